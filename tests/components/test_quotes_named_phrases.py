"""Names in quote marks, judgments of the writer and a second attribution after a
report (hand-built Docs, no model).

A title-cased phrase with no clause in quote marks names a film, book, nickname
or label ('the star of "Red Kite Lake"'), it is no partial quote, while the same
place holding lower-case words keeps its quote; 'it's safe to say X' is the
writer's judgment, while 'Ann Ray was quick to say X' reports; 'Police say X,
news agencies report' ends the police's report before the agencies'.
"""

from __future__ import annotations

import pytest

from tests.components.test_quotes_rules import _quotes, _run

# --- a title-cased phrase with no verb names something --------------------------------


def _levy_as(verb: str, lemma: str, words: list[tuple[str, str]]) -> tuple[str, str]:
    quoted = " ".join(w for w, _ in words)
    text = f'Ann Lowe {verb} the levy as "{quoted}".'
    last = 6 + len(words)
    rows = [
        "Ann    PROPN compound 1 B-PERSON",
        "Lowe   PROPN nsubj    2 I-PERSON",
        f"{verb} VERB ROOT     2 O {lemma}",
        "the    DET   det      4",
        "levy   NOUN  dobj     2",
        "as     ADP   prep     2",
        f'"      PUNCT punct    {last}',
    ]
    for i, (word, pos) in enumerate(words):
        dep, head = ("pobj", 5) if i == len(words) - 1 else ("compound", last)
        if pos in ("DET", "ADJ"):
            dep = "det" if pos == "DET" else "amod"
        rows.append(f"{word} {pos} {dep} {head}")
    rows += [
        f'"      PUNCT punct    {last}',
        ".      PUNCT punct    2",
    ]
    return text, "\n".join(rows)


TITLE = [("Project", "PROPN"), ("Slow", "PROPN"), ("Tax", "PROPN")]
TITLE_VERB = [("Paper", "PROPN"), ("Moon", "PROPN"), ("Rising", "VERB")]
LOWER = [("a", "DET"), ("slow", "ADJ"), ("tax", "NOUN")]


@pytest.mark.parametrize(
    ("verb", "lemma", "words", "quoted"),
    [
        ("revealed", "reveal", TITLE, False),  # a name: no report
        ("revealed", "reveal", TITLE_VERB, False),  # a title, every word capitalized
        ("revealed", "reveal", LOWER, True),  # words of its own: a report
        ("described", "describe", TITLE, True),  # a characterization names it
    ],
)
def test_a_title_cased_phrase_is_a_name_not_a_quote(
    blank_nlp, resolver, finder, verb, lemma, words, quoted
) -> None:
    text, table = _levy_as(verb, lemma, words)
    doc = _run(blank_nlp, text, table, resolver, finder)
    found = [q[:3] for q in _quotes(doc)]
    phrase = " ".join(w for w, _ in words)
    if quoted:
        assert found == [(f'the levy as "{phrase}"', "indirect", "Ann Lowe")]
    else:
        assert found == []


def test_a_report_keeps_a_name_that_is_a_small_part_of_it(
    blank_nlp, resolver, finder
) -> None:
    text = 'Ann Lowe stressed her support of the raid during a "Veterans Forum".'
    table = """
    Ann      PROPN compound 1 B-PERSON
    Lowe     PROPN nsubj    2 I-PERSON
    stressed VERB  ROOT     2 O stress
    her      PRON  poss     4
    support  NOUN  dobj     2
    of       ADP   prep     4
    the      DET   det      7
    raid     NOUN  pobj     5
    during   ADP   prep     2
    a        DET   det      12
    "        PUNCT punct    12
    Veterans PROPN compound 12
    Forum    PROPN pobj     8
    "        PUNCT punct    12
    .        PUNCT punct    2
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert [q[:3] for q in _quotes(doc)] == [
        (
            'her support of the raid during a "Veterans Forum"',
            "indirect",
            "Ann Lowe",
        )
    ]


# --- 'it's safe to say' judges; 'was quick to say' reports -----------------------------


@pytest.mark.parametrize(
    ("subject", "adjective", "found"),
    [
        ("it", "safe", []),  # the writer's judgment
        # a person quick to say it reports
        ("Ray", "quick", [("Bo exceeded all of them", "indirect", "Ray")]),
    ],
)
def test_it_is_safe_to_say_is_no_report(
    blank_nlp, resolver, finder, subject, adjective, found
) -> None:
    text = f"With the season over, {subject} was {adjective} to say Bo exceeded all of them."
    pos, ent = ("PROPN", "B-PERSON") if subject == "Ray" else ("PRON", "O")
    table = f"""
    With    ADP   prep     6
    the     DET   det      2
    season  NOUN  pobj     0
    over    ADP   advmod   2
    ,       PUNCT punct    6
    {subject} {pos} nsubj  6 {ent}
    was     AUX   ROOT     6 O be
    {adjective} ADJ acomp  6
    to      PART  aux      9
    say     VERB  xcomp    6
    Bo      PROPN nsubj    11 B-PERSON
    exceeded VERB ccomp    9 O exceed
    all     PRON  dobj     11
    of      ADP   prep     12
    them    PRON  pobj     13 O they
    .       PUNCT punct    6
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert [q[:3] for q in _quotes(doc)] == found


# --- 'Police say X, news agencies report' --------------------------------------------

POLICE = """
Police    NOUN  nsubj    1
say       VERB  {say}
thieves   NOUN  nsubj    3 O thief
robbed    VERB  ccomp    1 O rob
a         DET   det      5
bank      NOUN  dobj     3
in        ADP   prep     3
Oslo      PROPN pobj     6 B-GPE
,         PUNCT punct    11
news      NOUN  compound 10
agencies  NOUN  nsubj    11 O agency
report    VERB  {report}
.         PUNCT punct    {root}
"""
# the parse hangs the second cue on the first, beside the report
BESIDE = POLICE.format(say="ROOT 1", report="ccomp 1", root=1)
# or makes it the root, above the first
ABOVE = POLICE.format(say="ccomp 11", report="ROOT 11", root=11)


@pytest.mark.parametrize("table", [BESIDE, ABOVE], ids=["beside", "above"])
def test_a_report_ends_before_a_second_attribution(
    blank_nlp, resolver, finder, table
) -> None:
    text = "Police say thieves robbed a bank in Oslo, news agencies report."
    doc = _run(blank_nlp, text, table, resolver, finder)
    police = [q[:3] for q in _quotes(doc) if q[2] == "Police"]
    assert police == [("thieves robbed a bank in Oslo", "indirect", "Police")]


def test_a_report_keeps_a_clause_of_its_own_after_a_comma(
    blank_nlp, resolver, finder
) -> None:
    # 'news agencies report' inside the report is what the police say
    text = "Police say thieves robbed a bank, and news agencies report it."
    table = """
    Police    NOUN  nsubj    1
    say       VERB  ROOT     1
    thieves   NOUN  nsubj    3 O thief
    robbed    VERB  ccomp    1 O rob
    a         DET   det      5
    bank      NOUN  dobj     3
    ,         PUNCT punct    3
    and       CCONJ cc       3
    news      NOUN  compound 9
    agencies  NOUN  nsubj    10 O agency
    report    VERB  conj     3
    it        PRON  dobj     10
    .         PUNCT punct    1
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    police = [q[:3] for q in _quotes(doc) if q[2] == "Police"]
    assert police == [("thieves robbed a bank", "indirect", "Police")]


def test_a_report_in_an_opening_phrase_ends_with_the_phrase(
    blank_nlp, resolver, finder
) -> None:
    # 'After telling Vogue that ...,' ends before the writer's main clause
    text = "After telling Vogue that she would quit, Jo Marsh checked into a clinic."
    table = """
    After    ADP   prep     11
    telling  VERB  pcomp    0 O tell
    Vogue    PROPN dobj     1 B-ORG
    that     SCONJ mark     6
    she      PRON  nsubj    6
    would    AUX   aux      6
    quit     VERB  ccomp    1
    ,        PUNCT punct    11
    Jo       PROPN compound 10 B-PERSON
    Marsh    PROPN nsubj    11 I-PERSON
    checked  VERB  ROOT     11 O check
    into     ADP   prep     11
    a        DET   det      14
    clinic   NOUN  pobj     12
    .        PUNCT punct    11
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert [q[:2] for q in _quotes(doc)] == [("that she would quit", "indirect")]


def test_a_report_of_a_participle_ends_with_its_phrase(
    blank_nlp, resolver, finder
) -> None:
    # 'a studio saying X and a magazine claiming Y': X is the studio's only
    text = (
        "Now a fight is going on between a studio saying there is no news to "
        "report and a film magazine claiming Tom Hale is taking over the series."
    )
    table = """
    Now      ADV   advmod   4
    a        DET   det      2
    fight    NOUN  nsubj    4
    is       AUX   aux      4 O be
    going    VERB  ROOT     4 O go
    on       ADP   prt      4
    between  ADP   prep     4
    a        DET   det      8
    studio   NOUN  pobj     6
    saying   VERB  acl      8 O say
    there    PRON  expl     11
    is       VERB  ccomp    9 O be
    no       DET   det      13
    news     NOUN  attr     11
    to       PART  aux      15
    report   VERB  acl      13
    and      CCONJ cc       11
    a        DET   det      19
    film     NOUN  compound 19
    magazine NOUN  conj     8
    claiming VERB  acl      19 O claim
    Tom      PROPN compound 22 B-PERSON
    Hale     PROPN nsubj    24 I-PERSON
    is       AUX   aux      24 O be
    taking   VERB  ccomp    20 O take
    over     ADP   prt      24
    the      DET   det      27
    series   NOUN  dobj     24
    .        PUNCT punct    4
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert [q[:2] for q in _quotes(doc)] == [
        ("there is no news to report", "indirect"),
        ("Tom Hale is taking over the series", "indirect"),
    ]
