"""A report after its cue ends before the speaker's next act (hand-built Docs).

'Ann Ray said A, and urged B' / 'said A - but said B': a verb of speech the
parse joins to the cue is the speaker's next report, not part of the first; a
second cue with no subject of its own that the parse joins to the report ('said
profits rose, and said it expected growth') is a second report of the same
speaker. A clause with its own subject joined inside the report ('said prices
rose and sales fell') stays in it, as does a verb that is no speech ('said he
held no dinners and never called a donor').
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.test_quotes_rules import _quotes, _run


def test_report_ends_before_a_second_cue_joined_to_it(
    blank_nlp, resolver, finder
) -> None:
    text = "Acme Foods said profits rose in May, and said it expected growth."
    table = """
    Acme     PROPN compound 1 B-ORG
    Foods    PROPN nsubj    2 I-ORG
    said     VERB  ROOT     2 O say
    profits  NOUN  nsubj    4 O profit
    rose     VERB  ccomp    2 O rise
    in       ADP   prep     4
    May      PROPN pobj     5 B-DATE
    ,        PUNCT punct    4
    and      CCONJ cc       4
    said     VERB  conj     4 O say
    it       PRON  nsubj    11
    expected VERB  ccomp    9 O expect
    growth   NOUN  dobj     11
    .        PUNCT punct    2
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert [q[:4] for q in _quotes(doc)] == [
        ("profits rose in May", "indirect", "Acme Foods", "Acme Foods"),
        ("it expected growth", "indirect", "Acme Foods", "Acme Foods"),
    ]


def test_report_ends_before_the_speakers_next_report(
    blank_nlp, resolver, finder
) -> None:
    text = "Ann Ray told the board that the plant would close, and she urged calm."
    table = """
    Ann     PROPN compound 1 B-PERSON
    Ray     PROPN nsubj    2 I-PERSON
    told    VERB  ROOT     2 O tell
    the     DET   det      4
    board   NOUN  dobj     2
    that    SCONJ mark     9
    the     DET   det      7
    plant   NOUN  nsubj    9
    would   AUX   aux      9
    close   VERB  ccomp    2
    ,       PUNCT punct    2
    and     CCONJ cc       2
    she     PRON  nsubj    13
    urged   VERB  conj     2 O urge
    calm    NOUN  dobj     13
    .       PUNCT punct    13
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert [q[:3] for q in _quotes(doc)] == [
        ("that the plant would close", "indirect", "Ann Ray")
    ]


def test_report_keeps_a_clause_of_its_own_joined_inside(
    blank_nlp, resolver, finder
) -> None:
    text = "Ann Ray said prices rose and sales fell."
    table = """
    Ann     PROPN compound 1 B-PERSON
    Ray     PROPN nsubj    2 I-PERSON
    said    VERB  ROOT     2 O say
    prices  NOUN  nsubj    4 O price
    rose    VERB  ccomp    2 O rise
    and     CCONJ cc       4
    sales   NOUN  nsubj    7 O sale
    fell    VERB  conj     4 O fall
    .       PUNCT punct    2
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert [q[:3] for q in _quotes(doc)] == [
        ("prices rose and sales fell", "indirect", "Ann Ray")
    ]


def test_report_keeps_a_verb_that_is_no_speech(blank_nlp, resolver, finder) -> None:
    text = "Ann Ray said she held no dinners and never called a donor."
    table = """
    Ann     PROPN compound 1 B-PERSON
    Ray     PROPN nsubj    2 I-PERSON
    said    VERB  ROOT     2 O say
    she     PRON  nsubj    4
    held    VERB  ccomp    2 O hold
    no      DET   det      6
    dinners NOUN  dobj     4 O dinner
    and     CCONJ cc       2
    never   ADV   neg      9
    called  VERB  conj     2 O call
    a       DET   det      11
    donor   NOUN  dobj     9
    .       PUNCT punct    2
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert [q[:3] for q in _quotes(doc)] == [
        ("she held no dinners and never called a donor", "indirect", "Ann Ray")
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "report"),
    [
        (
            "Prosecutors contend that executives from the major firms met and "
            "agreed to present a unified strategy.",
            "that executives from the major firms met and agreed to present a "
            "unified strategy",
        ),
        (
            "Tom Ridley declared on television that he was holding a fundraiser "
            "right then and asked for people to chip in $27.",
            "that he was holding a fundraiser right then",
        ),
    ],
)
def test_report_ends_on_the_model(nlp: Language, text: str, report: str) -> None:
    assert [q["text"] for q in nlp(text)._.ck_quotes] == [report]
