"""ck_entities: a name the model took for a person's that holds a place.

Hand-built Docs (tests/handmade.py), our own sentences and invented names. A
team's or a firm's name holds a country ("Orion Morocco") or a known place
the model tags a place elsewhere in the text ("Dynamo Volgograd" beside "in
Volgograd"); a known place alone may be a surname, a given name opens a
person's name ("Jack London"), and a role names a person ("Morocco
Blogger").
"""

from __future__ import annotations

from claimkit.components.entities.mentions import _place_named
from tests.components.test_entities_fullnames import resolver
from tests.handmade import parse

__all__ = ["resolver"]  # the module's fixture, shared


def test_place_named_country_in_a_person_typed_name(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Orion Morocco rose.",
        """
        Orion   PROPN compound 1 B-PERSON
        Morocco PROPN nsubj    2 I-PERSON
        rose    VERB  ROOT     2
        .       PUNCT punct    2
        """,
    )
    assert _place_named(doc[0:2], resolver) == "ORG"


def test_place_named_known_place_needs_the_model_elsewhere(blank_nlp, resolver):
    table = """
        Dynamo    PROPN compound 1 B-PERSON
        Volgograd PROPN nsubj    2 I-PERSON
        lost      VERB  ROOT     2
        .         PUNCT punct    2
        """
    alone = parse(blank_nlp.vocab, "Dynamo Volgograd lost.", table)
    assert _place_named(alone[0:2], resolver) is None
    doc = parse(
        blank_nlp.vocab,
        "Dynamo Volgograd lost. Fans in Volgograd cried.",
        table
        + """
        Fans      NOUN  nsubj    8
        in        ADP   prep     4
        Volgograd PROPN pobj     5 B-GPE
        cried     VERB  ROOT     8
        .         PUNCT punct    8
        """,
    )
    assert _place_named(doc[0:2], resolver) == "ORG"


def test_place_named_not_after_a_given_name_or_with_a_role(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Jack London and Morocco Blogger wrote.",
        """
        Jack    PROPN compound 1 B-PERSON
        London  PROPN nsubj    5 I-PERSON
        and     CCONJ cc       1
        Morocco PROPN compound 4 B-PERSON
        Blogger PROPN conj     1 I-PERSON
        wrote   VERB  ROOT     5
        .       PUNCT punct    5
        """,
    )
    assert _place_named(doc[0:2], resolver) is None
    assert _place_named(doc[3:5], resolver) is None
