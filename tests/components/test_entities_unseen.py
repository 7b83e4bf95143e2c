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
