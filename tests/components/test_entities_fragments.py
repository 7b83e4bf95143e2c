"""ck_entities: a name the recognizer cut out of a longer title is no name.

Hand-built Docs (tests/handmade.py), sentences our own: the recognizer typed
an organization that opens a title of capitalized words joined by "of"
("Eternal Daylight | of the Quiet Heart"), and the rest of the title is
typed nothing. Negatives: a person's whole name ending a title, a person of
an organization, an organization of a place, a fellow of a society, a
headline.
"""

from __future__ import annotations

from tests.components.test_entities_works import found
from tests.handmade import parse


def test_an_organization_opening_a_longer_title_is_dropped(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Critics loved Eternal Daylight of the Quiet Heart last year.",
        """
        Critics  NOUN  nsubj    1
        loved    VERB  ROOT     1 O love
        Eternal  PROPN compound 3 B-ORG
        Daylight PROPN dobj     1 I-ORG
        of       ADP   prep     3
        the      DET   det      7
        Quiet    PROPN compound 7
        Heart    PROPN pobj     4
        last     ADJ   amod     9
        year     NOUN  npadvmod 1
        .        PUNCT punct    1
        """,
    )
    assert found(doc, resolver) == []


def test_a_person_ending_a_longer_title_stays_a_person(blank_nlp, resolver):
    # A whole name of a person, set in a title, is still a person's name.
    doc = parse(
        blank_nlp.vocab,
        "Viewers praised The Journey of Tom Harker on Sunday.",
        """
        Viewers PROPN nsubj    1
        praised VERB  ROOT     1 O praise
        The     DET   det      3
        Journey PROPN dobj     1
        of      ADP   prep     3
        Tom     PROPN compound 6 B-PERSON
        Harker  PROPN pobj     4 I-PERSON
        on      ADP   prep     1
        Sunday  PROPN pobj     7 B-DATE
        .       PUNCT punct    1
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Tom Harker")]


def test_a_person_of_an_organization_keeps_both(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Anne Roe of the Daily Courier said sales rose.",
        """
        Anne    PROPN compound 1 B-PERSON
        Roe     PROPN nsubj    6 I-PERSON
        of      ADP   prep     1
        the     DET   det      5
        Daily   PROPN compound 5 B-ORG
        Courier PROPN pobj     2 I-ORG
        said    VERB  ROOT     6 O say
        sales   NOUN  nsubj    8
        rose    VERB  ccomp    6 O rise
        .       PUNCT punct    6
        """,
    )
    assert sorted(found(doc, resolver)) == [
        ("ORG", "Daily Courier"),
        ("PERSON", "Anne Roe"),
    ]


def test_a_firm_of_a_place_stays(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Shares in Kestrel of Ohio rose sharply.",
        """
        Shares  NOUN  nsubj 5
        in      ADP   prep  0
        Kestrel PROPN pobj  1 B-ORG
        of      ADP   prep  2
        Ohio    PROPN pobj  3 B-GPE
        rose    VERB  ROOT  5 O rise
        sharply ADV   advmod 5
        .       PUNCT punct 5
        """,
    )
    assert found(doc, resolver) == [("ORG", "Kestrel")]


def test_a_fellow_of_a_society_keeps_the_society(blank_nlp, resolver):
    # A capitalized word before "of the" that the recognizer typed nothing
    # holds a whole organization here: only a person is read to its left.
    doc = parse(
        blank_nlp.vocab,
        "She was made a Fellow of the Harwick Society in May.",
        """
        She     PRON  nsubjpass 2
        was     AUX   auxpass   2
        made    VERB  ROOT      2 O make
        a       DET   det       4
        Fellow  PROPN oprd      2
        of      ADP   prep      4
        the     DET   det       8
        Harwick PROPN compound  8 B-ORG
        Society PROPN pobj      5 I-ORG
        in      ADP   prep      2
        May     PROPN pobj      9 B-DATE
        .       PUNCT punct     2
        """,
    )
    assert found(doc, resolver) == [("ORG", "Harwick Society")]


def test_a_title_cased_headline_reads_no_fragment(blank_nlp, resolver):
    # A headline capitalizes every word: "Praise" says nothing there.
    doc = parse(
        blank_nlp.vocab,
        "Praise of Tom Harker Fills Every Paper",
        """
        Praise PROPN nsubj    4
        of     ADP   prep     0
        Tom    PROPN compound 3 B-PERSON
        Harker PROPN pobj     1 I-PERSON
        Fills  VERB  ROOT     4 O fill
        Every  DET   det      6
        Paper  PROPN dobj     4
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Tom Harker")]
