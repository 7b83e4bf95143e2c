"""ck_entities: a name alone the subject of a plural verb is a group (hand-built Docs).

Sentences are our own; the parse is written out (tests/handmade.py).
"""

from __future__ import annotations

import pytest

from claimkit.components.entities import EntityResolver, find_entities
from tests.handmade import parse


@pytest.fixture(scope="module")
def resolver() -> EntityResolver:
    return EntityResolver()


def found(doc, resolver) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(e["label"], e["name"]) for e in find_entities(doc, resolver)]


def test_band_agreeing_in_the_plural_is_an_org(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Tarrow are touring Japan.",
        """
        Tarrow  PROPN nsubj 2 B-PERSON
        are     AUX   aux   2
        touring VERB  ROOT  2 O tour
        Japan   PROPN dobj  2 B-GPE
        .       PUNCT punct 2
        """,
    )
    assert ("ORG", "Tarrow") in found(doc, resolver)


def test_club_with_a_given_name_agreeing_in_the_plural_is_an_org(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Chelsea have signed a striker.",
        """
        Chelsea PROPN nsubj 2 B-PERSON
        have    AUX   aux   2
        signed  VERB  ROOT  2 O sign
        a       DET   det   4
        striker NOUN  dobj  2
        .       PUNCT punct 2
        """,
    )
    assert found(doc, resolver) == [("ORG", "Chelsea")]


def test_two_people_joined_are_people(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Ann Ray and Jo Lee are married.",
        """
        Ann     PROPN compound  1 B-PERSON
        Ray     PROPN nsubjpass 6 I-PERSON
        and     CCONJ cc        1
        Jo      PROPN compound  4 B-PERSON
        Lee     PROPN conj      1 I-PERSON
        are     AUX   auxpass   6
        married VERB  ROOT      6 O marry
        .       PUNCT punct     6
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Ann Ray"), ("PERSON", "Jo Lee")]


def test_a_list_the_parse_missed_is_no_group(blank_nlp, resolver):
    # The parser hangs only the last name on the verb: the list still counts.
    doc = parse(
        blank_nlp.vocab,
        "Al Poe, Di Ray and Tarrow were there.",
        """
        Al      PROPN compound 1 B-PERSON
        Poe     PROPN npadvmod 7 I-PERSON
        ,       PUNCT punct    1
        Di      PROPN compound 4 B-PERSON
        Ray     PROPN appos    1 I-PERSON
        and     CCONJ cc       7
        Tarrow  PROPN nsubj    7 B-PERSON
        were    AUX   ROOT     7 O be
        there   ADV   advmod   7
        .       PUNCT punct    7
        """,
    )
    assert ("ORG", "Tarrow") not in found(doc, resolver)


def test_subjunctive_were_and_a_singular_verb_say_nothing(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "If Jo Lee were mayor, Tarrow has said.",
        """
        If      SCONJ mark     3
        Jo      PROPN compound 2 B-PERSON
        Lee     PROPN nsubj    3 I-PERSON
        were    AUX   advcl    8 O be
        mayor   NOUN  attr     3
        ,       PUNCT punct    8
        Tarrow  PROPN nsubj    8 B-PERSON
        has     AUX   aux      8
        said    VERB  ROOT     8 O say
        .       PUNCT punct    8
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Jo Lee"), ("PERSON", "Tarrow")]


def test_a_person_called_to_before_do_is_no_group(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "No Tarrow, don't go.",
        """
        No      INTJ  intj  5
        Tarrow  PROPN nsubj 5 B-PERSON
        ,       PUNCT punct 5
        do      AUX   aux   5
        n't     PART  neg   5
        go      VERB  ROOT  5
        .       PUNCT punct 5
        """,
    )
    assert ("ORG", "Tarrow") not in found(doc, resolver)
