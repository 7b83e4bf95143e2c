"""Precision rules of ck_quotes on hand-built Docs (no model).

What is no report: 'per' dividing a quantity, verbs of thought, a negated or
questioning cue, an object with no words reported; one claim per attributed
passage; link and caption lines; invisible characters beside a name.
Positives stand beside each negative, so a rule that cuts too much fails too.
"""

from __future__ import annotations

import pytest

from tests.components.test_quotes_rules import _quotes, _run

# --- 'per': a source before a name or a document, never a rate ------------------------

_CARGO = """
    Cargo    NOUN  compound 1
    volumes  NOUN  nsubj    2 O     volume
    rose     VERB  ROOT     2 O     rise
    last     ADJ   amod     4
    year     NOUN  npadvmod 2
    ,        PUNCT punct    2
"""
_PER_TAIL = {
    "the filing": """
    per      ADP   prep     2
    the      DET   det      8
    filing   NOUN  pobj     6
    """,
    "cent": """
    per      ADP   prep     2
    cent     NOUN  pobj     6
    """,
    "person": """
    per      ADP   prep     2
    person   NOUN  pobj     6
    """,
    "Reuters": """
    per      ADP   prep     2
    Reuters  PROPN pobj     6 B-ORG
    """,
}


@pytest.mark.parametrize(
    ("tail", "source"),
    [("the filing", "the filing"), ("Reuters", "Reuters"), ("cent", None)],
)
def test_quotes_per_names_a_source_not_a_rate(
    blank_nlp, resolver, finder, tail: str, source: str | None
) -> None:
    text = f"Cargo volumes rose last year, per {tail}."
    table = _CARGO + _PER_TAIL[tail] + "    .        PUNCT punct    2\n"
    doc = _run(blank_nlp, text, table, resolver, finder)
    found = [(q[0], q[2]) for q in _quotes(doc)]
    if source is None:
        assert found == []
    else:
        assert found == [("Cargo volumes rose last year", source)]


@pytest.mark.parametrize(
    ("first", "quotes"),
    [
        # a capital 'Per' inside a line is a name ('Per Lund') or a table's
        # heading ('Per Share'), no source
        ("Cargo", []),
        # opening a sentence it still names one: 'Per Reuters, ...'
        ("Per", [("cargo volumes rose last year", "Reuters")]),
    ],
)
def test_quotes_capital_per_reports_only_opening_a_sentence(
    blank_nlp, resolver, finder, first: str, quotes: list
) -> None:
    if first == "Per":
        text = "Per Reuters, cargo volumes rose last year."
        table = """
    Per      ADP   prep     5
    Reuters  PROPN pobj     0 B-ORG
    ,        PUNCT punct    5
    cargo    NOUN  compound 4
    volumes  NOUN  nsubj    5 O     volume
    rose     VERB  ROOT     5 O     rise
    last     ADJ   amod     7
    year     NOUN  npadvmod 5
    .        PUNCT punct    5
    """
    else:
        text = "Cargo volumes rose last year, Per Reuters."
        table = (
            _CARGO
            + """
    Per      ADP   prep     2
    Reuters  PROPN pobj     6 B-ORG
    .        PUNCT punct    2
    """
        )
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert [(q[0], q[2]) for q in _quotes(doc)] == quotes


def test_quotes_per_person_is_a_rate(blank_nlp, resolver, finder) -> None:
    text = "Tickets cost ten dollars, per person."
    table = """
    Tickets  NOUN  nsubj    1 O     ticket
    cost     VERB  ROOT     1
    ten      NUM   nummod   3
    dollars  NOUN  dobj     1 O     dollar
    ,        PUNCT punct    1
    per      ADP   prep     1
    person   NOUN  pobj     5
    .        PUNCT punct    1
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert _quotes(doc) == []


# --- reporting cues: speech, not thought; something stated -------------------------


def _clause(verb: str, lemma: str) -> str:
    return f"""
    Marta  PROPN compound 1 B-PERSON
    Lind   PROPN nsubj    2 I-PERSON
    {verb} VERB  ROOT     2 O        {lemma}
    the    DET   det      4
    ferry  NOUN  nsubj    6
    will   AUX   aux      6
    fail   VERB  ccomp    2
    .      PUNCT punct    2
    """


@pytest.mark.parametrize(
    ("verb", "lemma", "reported"),
    [
        ("says", "say", True),
        ("warns", "warn", True),
        ("thinks", "think", False),
        ("believes", "believe", False),
        ("knows", "know", False),
        ("hopes", "hope", False),
    ],
)
def test_quotes_thought_is_no_report(
    blank_nlp, resolver, finder, verb: str, lemma: str, reported: bool
) -> None:
    text = f"Marta Lind {verb} the ferry will fail."
    doc = _run(blank_nlp, text, _clause(verb, lemma), resolver, finder)
    want = [("the ferry will fail", "indirect", "Marta Lind", "Marta Lind", verb)]
    assert _quotes(doc) == (want if reported else [])


def test_quotes_negated_cue_states_nothing(blank_nlp, resolver, finder) -> None:
    text = "Marta Lind did not say whether the ferry will fail."
    table = """
    Marta   PROPN compound 1  B-PERSON
    Lind    PROPN nsubj    4  I-PERSON
    did     AUX   aux      4  O        do
    not     PART  neg      4
    say     VERB  ROOT     4  O        say
    whether SCONJ mark     9
    the     DET   det      7
    ferry   NOUN  nsubj    9
    will    AUX   aux      9
    fail    VERB  ccomp    4
    .       PUNCT punct    4
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert _quotes(doc) == []


@pytest.mark.parametrize(
    ("verb", "lemma"), [("attacked", "attack"), ("cited", "cite"), ("called", "call")]
)
def test_quotes_object_without_words_is_no_report(
    blank_nlp, resolver, finder, verb: str, lemma: str
) -> None:
    text = f"Marta Lind {verb} the budget on Monday."
    table = f"""
    Marta   PROPN compound 1 B-PERSON
    Lind    PROPN nsubj    2 I-PERSON
    {verb}  VERB  ROOT     2 O        {lemma}
    the     DET   det      4
    budget  NOUN  dobj     2
    on      ADP   prep     2
    Monday  PROPN pobj     5 B-DATE
    .       PUNCT punct    2
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert _quotes(doc) == []


_DESCRIBED = """
Marta     PROPN compound 1 B-PERSON
Lind      PROPN nsubj    2 I-PERSON
described VERB  ROOT     2 O        describe
the       DET   det      4
ruling    NOUN  dobj     2
as        ADP   prep     2
"         PUNCT punct    8
deeply    ADV   advmod   8
unfair    ADJ   pobj     5
"         PUNCT punct    8
.         PUNCT punct    2
"""


def test_quotes_described_as_is_one_claim(blank_nlp, resolver, finder) -> None:
    text = 'Marta Lind described the ruling as "deeply unfair".'
    doc = _run(blank_nlp, text, _DESCRIBED, resolver, finder)
    # the partial quote lies in the report of the same speaker: claimed once
    assert _quotes(doc) == [
        (
            'the ruling as "deeply unfair"',
            "indirect",
            "Marta Lind",
            "Marta Lind",
            "described",
        )
    ]


def test_quotes_described_as_without_marks_is_a_report(
    blank_nlp, resolver, finder
) -> None:
    text = "Marta Lind described the ruling as unfair."
    table = """
    Marta     PROPN compound 1 B-PERSON
    Lind      PROPN nsubj    2 I-PERSON
    described VERB  ROOT     2 O        describe
    the       DET   det      4
    ruling    NOUN  dobj     2
    as        ADP   prep     2
    unfair    ADJ   pobj     5
    .         PUNCT punct    2
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert [q[:3] for q in _quotes(doc)] == [
        ("the ruling as unfair", "indirect", "Marta Lind")
    ]


# --- layout: link lines and captions ------------------------------------------------

_SAID = """
"      PUNCT punct 4
We     PRON  nsubj 2
rest   VERB  ccomp 4 O rest
,      PUNCT punct 4
"      PUNCT punct 4
said   VERB  ROOT  4 O say
Lind   PROPN nsubj 4 B-PERSON
.      PUNCT punct 4
"""


@pytest.mark.parametrize(
    ("opening", "found"),
    [("", True), ("READ MORE: ", False), ("Photo: ", False), ("Today: ", True)],
)
def test_quotes_link_and_caption_lines_hold_no_quotes(
    blank_nlp, resolver, finder, opening: str, found: bool
) -> None:
    text = f'{opening}"We rest," said Lind.'
    rows = []
    if opening:
        label = opening.rstrip(": ").split()
        rows = [f"{w} PROPN ROOT {i}" for i, w in enumerate(label)]
        rows.append(": PUNCT punct 0")
    table = "\n".join(rows) + "\n"
    shift = len(rows)
    for line in _SAID.strip().splitlines():
        cols = line.split()
        cols[3] = str(int(cols[3]) + shift)
        table += " ".join(cols) + "\n"
    doc = _run(blank_nlp, text, table, resolver, finder)
    want = [("We rest,", "direct", "Lind", "Lind", "said")]
    assert _quotes(doc) == (want if found else [])


# --- invisible characters ---------------------------------------------------------


@pytest.mark.parametrize("invisible", ["", "\u200b", "\u200d", "\ufeff", "\u00ad"])
def test_quotes_invisible_character_after_name_changes_nothing(
    blank_nlp, resolver, finder, invisible: str
) -> None:
    text = f'"We rest," said Lind{invisible}.'
    table = _SAID.replace("Lind   PROPN", f"Lind{invisible}   PROPN")
    doc = _run(blank_nlp, text, table, resolver, finder)
    (quote,) = doc._.ck_quotes
    assert (quote["text"], quote["speaker_text"]) == ("We rest,", "Lind")
    # offsets stay offsets into the text as given
    assert text[quote["speaker_start"] : quote["speaker_end"]] == "Lind"


# --- a partial quote's verb: a speech act or a person's, not any verb --------------


def _partial(subject: str, verb: str, lemma: str) -> tuple[str, str]:
    first, last = subject.split()
    ent = "PERSON" if first == "Marta" else "ORG"
    text = f'{subject} {verb} the "costly and reckless" plan.'
    table = f"""
    {first}   PROPN compound 1 B-{ent}
    {last}    PROPN nsubj    2 I-{ent}
    {verb}    VERB  ROOT     2 O        {lemma}
    the       DET   det      9
    "         PUNCT punct    9
    costly    ADJ   amod     9
    and       CCONJ cc       5
    reckless  ADJ   conj     5
    "         PUNCT punct    9
    plan      NOUN  dobj     2
    .         PUNCT punct    2
    """
    return text, table


@pytest.mark.parametrize(
    ("subject", "verb", "lemma", "speaker"),
    [
        ("Marta Lind", "slammed", "slam", "Marta Lind"),  # a speech act
        ("Acme Shipping", "slammed", "slam", "Acme Shipping"),
        ("Marta Lind", "published", "publish", "Marta Lind"),  # a person's verb
        ("Acme Shipping", "published", "publish", None),  # any verb: no speaker
    ],
)
def test_quotes_partial_quote_verb_must_report(
    blank_nlp, resolver, finder, subject: str, verb: str, lemma: str, speaker
) -> None:
    text, table = _partial(subject, verb, lemma)
    doc = _run(blank_nlp, text, table, resolver, finder)
    found = _quotes(doc)
    if speaker is None:
        # three quoted words with no reporting verb: a scare quote, no claim
        assert found == []
    else:
        assert [q[:3] for q in found] == [
            ('the "costly and reckless" plan', "indirect", speaker)
        ]


@pytest.mark.parametrize(
    ("before", "speaker"),
    [
        ("chose", "Marta Lind"),  # her act carries her words
        ("was ordered", None),  # what befalls her carries none
    ],
)
def test_quotes_partial_quote_verb_of_a_passive_is_no_act(
    blank_nlp, resolver, finder, before: str, speaker: str | None
) -> None:
    text = f'Marta Lind {before} to pay the "costly and reckless" fine.'
    if before == "chose":
        head = """
    Marta     PROPN compound 1 B-PERSON
    Lind      PROPN nsubj    2 I-PERSON
    chose     VERB  ROOT     2 O        choose
    """
    else:
        head = """
    Marta     PROPN compound 1 B-PERSON
    Lind      PROPN nsubjpass 3 I-PERSON
    was       AUX   auxpass  3
    ordered   VERB  ROOT     3 O        order
    """
    n = len(before.split())
    table = head + "\n".join(
        f"    {row}"
        for row in (
            f"to        PART  aux      {n + 3}",
            f"pay       VERB  xcomp    {n + 1} O        pay",
            f"the       DET   det      {n + 10}",
            f'"         PUNCT punct    {n + 10}',
            f"costly    ADJ   amod     {n + 10}",
            f"and       CCONJ cc       {n + 6}",
            f"reckless  ADJ   conj     {n + 6}",
            f'"         PUNCT punct    {n + 10}',
            f"fine      NOUN  dobj     {n + 3}",
            f".         PUNCT punct    {n + 1}",
        )
    )
    doc = _run(blank_nlp, text, table, resolver, finder)
    found = [q[:3] for q in _quotes(doc)]
    if speaker is None:
        assert found == []
    else:
        assert found == [('the "costly and reckless" fine', "indirect", speaker)]


# --- a mark that closed a quote, read as opening one: 'moments, "said Ann Ray.' ---


@pytest.mark.parametrize(
    ("text", "attribution"),
    [
        ('It hurts, "said Ida Lund, the champion.', True),
        ('It hurts, "she said.', True),
        ('We go on. "one team official told reporters.', True),
        ('It hurts, "said the champion."', True),
        # words of a quote that open with a verb are no attribution
        ('The feature, free in Ostria, "adds useful links".', False),
        ('His wife "said right from the start, you will win."', False),
        ('It hurts," said Ida Lund.', False),  # the spacing as written
    ],
)
def test_quotes_attribution_after_a_flipped_mark_is_no_quote(
    text: str, attribution: bool
) -> None:
    from claimkit.components.quotes.component import _attribution_only
    from claimkit.text.quotemarks import find_quote_marks

    spans, _ = find_quote_marks(text)
    assert any(_attribution_only(text, s.open_at, s.start) for s in spans) is (
        attribution
    )


# --- 'quoted X as saying' when the parse did not make X the object ----------------


@pytest.mark.parametrize(
    ("dep", "speaker"),
    [("dobj", "Anna Berg"), ("advcl", "Anna Berg"), ("npadvmod", "Anna Berg")],
)
def test_quotes_quoted_as_saying_finds_the_one_quoted_however_parsed(
    blank_nlp, resolver, finder, dep: str, speaker: str
) -> None:
    from tests.components.test_quotes_frames import QUOTED_AS
    from tests.components.test_quotes_frames import _quotes as _frame_quotes

    text = "Reuters quoted Anna Berg as saying the deal was dead."
    table = QUOTED_AS.replace("Berg    PROPN dobj", f"Berg    PROPN {dep}")
    got = _frame_quotes(
        blank_nlp, text, table.format(verb="quote"), resolver, finder, (5,)
    )
    # never Reuters, which only passes the words on
    assert [(q[0], q[3]) for q in got] == [("the deal was dead", speaker)]
