"""Reported clauses the parse hides (hand-built Docs, invented sentences).

A report whose relative pronoun went to the front ('the donors, which she said
were generous'); a cue set off by commas with the party told ('The difference
now, she told me on Friday, is ...') or parsed as the complement of the verb
after it ('These workers, she explained, were well paid'); a 'that'-clause the
parse hung on the party told ('told a meeting of farmers that ...'); 'demanded
that X pay' (a verb that otherwise reports only a quote it introduces); and a
clause with its own subject after a phrase of the cue, parsed as adverbial
('said after the vote he would resign'). Each with a negative.
"""

from __future__ import annotations

from tests.components.test_quotes_rules import _quotes, _run


def test_report_after_a_fronted_relative(blank_nlp, resolver, finder) -> None:
    text = "Ann Ray praised the donors, which she said were generous beyond measure."
    table = """
    Ann      PROPN compound  1   B-PERSON
    Ray      PROPN nsubj     2   I-PERSON
    praised  VERB  ROOT      2   O         praise
    the      DET   det       4
    donors   NOUN  dobj      2   O         donor
    ,        PUNCT punct     4
    which    PRON  nsubj     9
    she      PRON  nsubj     8
    said     VERB  relcl     4   O         say
    were     AUX   ccomp     8   O         be
    generous ADJ   acomp     9
    beyond   ADP   prep      10
    measure  NOUN  pobj      11
    .        PUNCT punct     2
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert [q[:2] + q[4:] for q in _quotes(doc)] == [
        ("were generous beyond measure", "indirect", "said")
    ]


def test_relative_clause_without_a_cue_reports_nothing(
    blank_nlp, resolver, finder
) -> None:
    text = "Ann Ray praised the donors, who gave more than she asked."
    table = """
    Ann     PROPN compound  1   B-PERSON
    Ray     PROPN nsubj     2   I-PERSON
    praised VERB  ROOT      2   O         praise
    the     DET   det       4
    donors  NOUN  dobj      2   O         donor
    ,       PUNCT punct     4
    who     PRON  nsubj     7
    gave    VERB  relcl     4   O         give
    more    ADJ   dobj      7
    than    SCONJ mark      11
    she     PRON  nsubj     11
    asked   VERB  advcl     8   O         ask
    .       PUNCT punct     2
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert _quotes(doc) == []


def test_cue_set_off_with_the_party_told(blank_nlp, resolver, finder) -> None:
    text = "The difference now, Ann Ray told me on Friday, is that the plant is closed."
    table = """
    The        DET   det       1
    difference NOUN  nsubj     11
    now        ADV   advmod    1
    ,          PUNCT punct     6
    Ann        PROPN compound  5   B-PERSON
    Ray        PROPN nsubj     6   I-PERSON
    told       VERB  parataxis 1   O         tell
    me         PRON  dobj      6   O         I
    on         ADP   prep      6
    Friday     PROPN pobj      8   B-DATE
    ,          PUNCT punct     6
    is         AUX   ROOT      11  O         be
    that       SCONJ mark      16
    the        DET   det       14
    plant      NOUN  nsubjpass 16
    is         AUX   auxpass   16  O         be
    closed     VERB  ccomp     11  O         close
    .          PUNCT punct     11
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert [q[:4] for q in _quotes(doc)] == [
        (
            "The difference now, Ann Ray told me on Friday, is that the plant is "
            "closed",
            "indirect",
            "Ann Ray",
            "Ann Ray",
        )
    ]


def test_telling_a_story_reports_nothing(blank_nlp, resolver, finder) -> None:
    text = "Last week, Ann Ray told me a story."
    table = """
    Last  ADJ   amod      1   B-DATE
    week  NOUN  npadvmod  5   I-DATE
    ,     PUNCT punct     5
    Ann   PROPN compound  4   B-PERSON
    Ray   PROPN nsubj     5   I-PERSON
    told  VERB  ROOT      5   O         tell
    me    PRON  dative    5   O         I
    a     DET   det       8
    story NOUN  dobj      5
    .     PUNCT punct     5
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert _quotes(doc) == []


def test_cue_set_off_but_parsed_as_a_complement(blank_nlp, resolver, finder) -> None:
    text = "These workers, Ann Ray explained at the hearing, were well paid."
    table = """
    These     DET   det       1
    workers   NOUN  dep       5   O         worker
    ,         PUNCT punct     5
    Ann       PROPN compound  4   B-PERSON
    Ray       PROPN nsubj     5   I-PERSON
    explained VERB  ccomp     12  O         explain
    at        ADP   prep      5
    the       DET   det       8
    hearing   NOUN  pobj      6
    ,         PUNCT punct     5
    were      AUX   auxpass   12  O         be
    well      ADV   advmod    12
    paid      VERB  ROOT      12  O         pay
    .         PUNCT punct     12
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert [q[:4] for q in _quotes(doc)] == [
        (
            "These workers, Ann Ray explained at the hearing, were well paid",
            "indirect",
            "Ann Ray",
            "Ann Ray",
        )
    ]


def test_cue_in_an_opening_clause_reports_nothing(blank_nlp, resolver, finder) -> None:
    text = "When Ann Ray explained the plan, the staff cheered."
    table = """
    When      SCONJ advmod    3
    Ann       PROPN compound  2   B-PERSON
    Ray       PROPN nsubj     3   I-PERSON
    explained VERB  advcl     9   O         explain
    the       DET   det       5
    plan      NOUN  dobj      3
    ,         PUNCT punct     9
    the       DET   det       8
    staff     NOUN  nsubj     9
    cheered   VERB  ROOT      9   O         cheer
    .         PUNCT punct     9
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert _quotes(doc) == []


def test_that_clause_hung_on_the_party_told(blank_nlp, resolver, finder) -> None:
    text = "In Oslo, Ann Ray told a meeting of local farmers that prices would fall."
    table = """
    In      ADP   prep      5
    Oslo    PROPN pobj      0   B-GPE
    ,       PUNCT punct     5
    Ann     PROPN compound  4   B-PERSON
    Ray     PROPN nsubj     5   I-PERSON
    told    VERB  ROOT      5   O         tell
    a       DET   det       7
    meeting NOUN  dobj      5
    of      ADP   prep      7
    local   ADJ   amod      10
    farmers NOUN  pobj      8   O         farmer
    that    SCONJ mark      14
    prices  NOUN  nsubj     14  O         price
    would   AUX   aux       14
    fall    VERB  relcl     7
    .       PUNCT punct     5
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert [q[:4] for q in _quotes(doc)] == [
        ("that prices would fall", "indirect", "Ann Ray", "Ann Ray")
    ]


def test_relative_clause_on_the_party_told_is_no_report(
    blank_nlp, resolver, finder
) -> None:
    text = "Ann Ray told a meeting that lasted an hour about the plan."
    table = """
    Ann     PROPN compound  1   B-PERSON
    Ray     PROPN nsubj     2   I-PERSON
    told    VERB  ROOT      2   O         tell
    a       DET   det       4
    meeting NOUN  dobj      2
    that    PRON  nsubj     6
    lasted  VERB  relcl     4   O         last
    an      DET   det       8
    hour    NOUN  dobj      6
    about   ADP   prep      2
    the     DET   det       11
    plan    NOUN  pobj      9
    .       PUNCT punct     2
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert _quotes(doc) == []


DEMANDED = """
The      DET   det       1
city     NOUN  nsubj     2
demanded VERB  ROOT      2   O         demand
"""


def test_demanded_that_reports(blank_nlp, resolver, finder) -> None:
    text = "The city demanded that the firm pay the fine."
    table = (
        DEMANDED
        + """
    that     SCONJ mark      6
    the      DET   det       5
    firm     NOUN  nsubj     6
    pay      VERB  ccomp     2
    the      DET   det       8
    fine     NOUN  dobj      6
    .        PUNCT punct     2
    """
    )
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert [q[:3] for q in _quotes(doc)] == [
        ("that the firm pay the fine", "indirect", "The city")
    ]


def test_demanded_an_object_reports_nothing(blank_nlp, resolver, finder) -> None:
    text = "The city demanded a recount."
    table = (
        DEMANDED
        + """
    a        DET   det       4
    recount  NOUN  dobj      2
    .        PUNCT punct     2
    """
    )
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert _quotes(doc) == []


def test_clause_after_a_phrase_of_the_cue(blank_nlp, resolver, finder) -> None:
    text = "Tom Hale said after the vote he would resign."
    table = """
    Tom    PROPN compound  1   B-PERSON
    Hale   PROPN nsubj     2   I-PERSON
    said   VERB  ROOT      2   O         say
    after  ADP   prep      8
    the    DET   det       5
    vote   NOUN  pobj      3
    he     PRON  nsubj     8
    would  AUX   aux       8
    resign VERB  advcl     2
    .      PUNCT punct     2
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert [q[:4] for q in _quotes(doc)] == [
        ("he would resign", "indirect", "Tom Hale", "Tom Hale")
    ]


def test_marked_clause_after_a_phrase_is_no_report(blank_nlp, resolver, finder) -> None:
    text = "Tom Hale said goodbye after the vote as the hall emptied."
    table = """
    Tom     PROPN compound  1   B-PERSON
    Hale    PROPN nsubj     2   I-PERSON
    said    VERB  ROOT      2   O         say
    goodbye NOUN  dobj      2
    after   ADP   prep      2
    the     DET   det       6
    vote    NOUN  pobj      4
    as      SCONJ mark      10
    the     DET   det       9
    hall    NOUN  nsubj     10
    emptied VERB  advcl     2   O         empty
    .       PUNCT punct     2
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert _quotes(doc) == []
