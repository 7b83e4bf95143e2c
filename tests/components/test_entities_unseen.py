"""ck_entities: places opening a person's name.

Hand-built Docs (tests/handmade.py), sentences our own.
"""

from __future__ import annotations

import pytest

from claimkit.components.entities import EntityResolver, find_entities
from tests.handmade import parse


@pytest.fixture(scope="module")
def resolver() -> EntityResolver:
    return EntityResolver()


# --- a known place opening a name the model calls a person --------------------


_CITY = """
    York     PROPN nsubj    1 B-GPE
    grew     VERB  ROOT     1 O grow
    .        PUNCT punct    1
    Guests   NOUN  nsubj    4
    saw      VERB  ROOT     4 O see
    York     PROPN compound 6 B-PERSON
    Minster  PROPN dobj     4 I-PERSON
    .        PUNCT punct    4
    York     PROPN nsubj    9 B-GPE
    thrived  VERB  ROOT     9 O thrive
    .        PUNCT punct    9
"""


def test_place_is_no_short_form_of_a_person_it_opens(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab, "York grew. Guests saw York Minster. York thrived.", _CITY
    )
    found = find_entities(doc, resolver)
    mentions = {e["name"]: [m["text"] for m in e["mentions"]] for e in found}
    assert mentions.get("York Minster", []) in ([], ["York Minster"])


def test_place_word_ending_a_persons_name_still_joins_it(blank_nlp, resolver):
    # A place word may be a given name at the end of a name ("Lindau").
    doc = parse(
        blank_nlp.vocab,
        "Kai Lindau spoke. Lindau left.",
        """
        Kai     PROPN compound 1 B-PERSON
        Lindau  PROPN nsubj    2 I-PERSON
        spoke   VERB  ROOT     2 O speak
        .       PUNCT punct    2
        Lindau  PROPN nsubj    5 B-GPE
        left    VERB  ROOT     5 O leave
        .       PUNCT punct    5
        """,
    )
    found = find_entities(doc, resolver)
    assert [(e["name"], [m["text"] for m in e["mentions"]]) for e in found] == [
        ("Kai Lindau", ["Kai Lindau", "Lindau"])
    ]


# --- "his" or "her" owning what the name's verb acts on -----------------------


def _owner(blank_nlp, resolver, text: str, rows: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    doc = parse(blank_nlp.vocab, text, rows)
    return {e["name"]: e["label"] for e in find_entities(doc, resolver)}


def test_his_object_makes_a_person_of_a_name_typed_org(blank_nlp, resolver):
    rows = """
        Orsini    PROPN nsubj 1 B-ORG
        published VERB  ROOT  1 O publish
        his       PRON  poss  4
        first     ADJ   amod  4
        essay     NOUN  dobj  1
        in        ADP   prep  1
        1902      NUM   pobj  5 B-DATE
        .         PUNCT punct 1
    """
    text = "Orsini published his first essay in 1902."
    assert _owner(blank_nlp, resolver, text, rows) == {"Orsini": "PERSON"}


def test_his_inside_a_reported_clause_is_someone_elses(blank_nlp, resolver):
    # The club said a player's contract ended: "his" is not the club's.
    rows = """
        Orsini   PROPN nsubj 1 B-ORG
        said     VERB  ROOT  1 O say
        his      PRON  poss  3
        contract NOUN  nsubj 4
        ended    VERB  ccomp 1 O end
        .        PUNCT punct 1
    """
    text = "Orsini said his contract ended."
    assert _owner(blank_nlp, resolver, text, rows) == {"Orsini": "ORG"}


def test_his_after_the_names_a_body_acting_on_someone(blank_nlp, resolver):
    rows = """
        the       DET   det      2
        Harbor    PROPN compound 2 B-ORG
        Tribunal  PROPN nsubj    3 I-ORG
        rejected  VERB  ROOT     3 O reject
        his       PRON  poss     5
        appeal    NOUN  dobj     3
        .         PUNCT punct    3
    """
    text = "the Harbor Tribunal rejected his appeal."
    found = _owner(blank_nlp, resolver, text, rows)
    assert found == {"Harbor Tribunal": "ORG"}


def test_her_after_a_place_leaves_it_a_place(blank_nlp, resolver):
    # "her" of a country or a ship makes no person of a place.
    rows = """
        Norland PROPN nsubj 1 B-GPE
        closed  VERB  ROOT  1 O close
        her     PRON  poss  3
        ports   NOUN  dobj  1
        .       PUNCT punct 1
    """
    text = "Norland closed her ports."
    assert "PERSON" not in _owner(blank_nlp, resolver, text, rows).values()
