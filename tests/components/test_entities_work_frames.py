"""ck_entities: the words around a title say it is a work, not a name.

Hand-built Docs (tests/handmade.py), sentences our own: a title qualifying an
actor or an author ("Harbour Lights actress Jo Marsh"), the object of writing
or directing ("he wrote Ring of Gold"), and a headline's fragment of a title
named whole below it. Negatives: a firm's founder, a name in capitals before
"actor", an order to a firm ("directed Harwick Holdings to pay").
"""

from __future__ import annotations

from tests.components.test_entities_works import found
from tests.handmade import parse


def test_a_title_before_actress_is_a_work(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Harbour Lights actress Jo Marsh won the prize.",
        """
        Harbour PROPN compound 1 B-ORG
        Lights  PROPN compound 2 I-ORG
        actress NOUN  compound 4
        Jo      PROPN compound 4 B-PERSON
        Marsh   PROPN nsubj    5 I-PERSON
        won     VERB  ROOT     5 O win
        the     DET   det      7
        prize   NOUN  dobj     5
        .       PUNCT punct    5
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Jo Marsh")]


def test_a_firm_before_founder_stays(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Kestrel Systems founder Jo Marsh spoke.",
        """
        Kestrel PROPN compound 1 B-ORG
        Systems PROPN compound 2 I-ORG
        founder NOUN  compound 4
        Jo      PROPN compound 4 B-PERSON
        Marsh   PROPN nsubj    5 I-PERSON
        spoke   VERB  ROOT     5 O speak
        .       PUNCT punct    5
        """,
    )
    assert sorted(found(doc, resolver)) == [
        ("ORG", "Kestrel Systems"),
        ("PERSON", "Jo Marsh"),
    ]


def test_a_name_in_capitals_before_actor_stays(blank_nlp, resolver):
    # "a BBC actor": who employs him, not a title.
    doc = parse(
        blank_nlp.vocab,
        "KTV actor Tom Brandt said so.",
        """
        KTV    PROPN compound 1 B-ORG
        actor  NOUN  compound 3
        Tom    PROPN compound 3 B-PERSON
        Brandt PROPN nsubj    4 I-PERSON
        said   VERB  ROOT     4 O say
        so     ADV   advmod   4
        .      PUNCT punct    4
        """,
    )
    assert sorted(found(doc, resolver)) == [("ORG", "KTV"), ("PERSON", "Tom Brandt")]


def test_what_someone_wrote_is_a_work(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Tom Brandt wrote Ring of Gold in 1962.",
        """
        Tom    PROPN compound 1 B-PERSON
        Brandt PROPN nsubj    2 I-PERSON
        wrote  VERB  ROOT     2 O write
        Ring   PROPN dobj     2 B-ORG
        of     ADP   prep     3 I-ORG
        Gold   PROPN pobj     4 I-ORG
        in     ADP   prep     2
        1962   NUM   pobj     6 B-DATE
        .      PUNCT punct    2
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Tom Brandt")]


def test_an_order_to_a_firm_is_no_work(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "The court directed Harwick Holdings to pay.",
        """
        The      DET   det   1
        court    NOUN  nsubj 2
        directed VERB  ROOT  2 O direct
        Harwick  PROPN compound 4 B-ORG
        Holdings PROPN dobj  2 I-ORG
        to       PART  aux   6
        pay      VERB  xcomp 2
        .        PUNCT punct 2
        """,
    )
    assert found(doc, resolver) == [("ORG", "Harwick Holdings")]


def test_a_headline_fragment_of_a_title_named_below_goes_with_it(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Tide of Glass writer dies\n\nHe wrote the hit Tide of Glass.",
        """
        Tide   PROPN compound 3
        of     ADP   prep     0
        Glass  PROPN pobj     1 B-ORG
        writer NOUN  nsubj    4
        dies   VERB  ROOT     4 O die
        \\n\\n   SPACE dep      4
        He     PRON  nsubj    7
        wrote  VERB  ROOT     7 O write
        the    DET   det      10
        hit    NOUN  compound 10
        Tide   PROPN dobj     7 B-ORG
        of     ADP   prep     10 I-ORG
        Glass  PROPN pobj     11 I-ORG
        .      PUNCT punct    7
        """,
    )
    assert found(doc, resolver) == []


def test_names_after_a_plural_work_noun_are_works(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Long-running shows Tom and Ruby were named best comedy.",
        """
        Long    ADV   advmod    2
        -       PUNCT punct     2
        running VERB  amod      3
        shows   NOUN  nsubjpass 8
        Tom     PROPN appos     3 B-PERSON
        and     CCONJ cc        4
        Ruby    PROPN conj      4 B-PERSON
        were    AUX   auxpass   8
        named   VERB  ROOT      8 O name
        best    ADJ   amod      10
        comedy  NOUN  oprd      8
        .       PUNCT punct     8
        """,
    )
    assert found(doc, resolver) == []
