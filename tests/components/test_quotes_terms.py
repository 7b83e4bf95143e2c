"""Terms are no quotes, and a cue must report the quote (hand-built Docs, no model).

A short quoted phrase named as a term ('what Rask calls "one-tap banking"', 'the
word "meme"') or with no cue and no speaker is no quote; a verb that reports only
as a quote's introduction ('continued:') does not report a phrase it neither
introduces nor governs; a verb of thought after a quote is no cue; a reported span
runs to the closing mark. Each negative stands beside a positive.
"""

from __future__ import annotations

import pytest

from tests.components.test_quotes_rules import _quotes, _run

# --- a phrase after a naming verb is a term; after an object, a judgment ----------------


def _naming(verb: str, lemma: str, obj: bool) -> tuple[str, str]:
    if obj:
        text = f'Vera Holm {verb} the levy "a slow tax on farms".'
        rows = f"""
        Vera   PROPN compound 1 B-PERSON
        Holm   PROPN nsubj    2 I-PERSON
        {verb} VERB  ROOT     2 O        {lemma}
        the    DET   det      4
        levy   NOUN  dobj     2
        "      PUNCT punct    8
        a      DET   det      8
        slow   ADJ   amod     8
        tax    NOUN  oprd     2
        on     ADP   prep     8
        farms  NOUN  pobj     9 O        farm
        "      PUNCT punct    8
        .      PUNCT punct    2
        """
        return text, rows
    text = f'Vera Holm sells what Rask {verb} "one-tap farm banking".'
    rows = f"""
    Vera    PROPN compound 1 B-PERSON
    Holm    PROPN nsubj    2 I-PERSON
    sells   VERB  ROOT     2 O        sell
    what    PRON  dobj     5
    Rask    PROPN nsubj    5 B-ORG
    {verb}  VERB  ccomp    2 O        {lemma}
    "       PUNCT punct    10
    one     NUM   nummod   8
    -       PUNCT punct    8
    tap     NOUN  compound 10
    farm    NOUN  compound 10
    banking NOUN  oprd     5
    "       PUNCT punct    10
    .       PUNCT punct    2
    """
    return text, rows


def test_quotes_phrase_after_a_naming_verb_is_a_term(
    blank_nlp, resolver, finder
) -> None:
    text, rows = _naming("calls", "call", obj=False)
    doc = _run(blank_nlp, text, rows, resolver, finder)
    assert [q for q in _quotes(doc) if '"' in q[0]] == []


def test_quotes_phrase_calling_an_object_something_is_a_judgment(
    blank_nlp, resolver, finder
) -> None:
    text, rows = _naming("called", "call", obj=True)
    doc = _run(blank_nlp, text, rows, resolver, finder)
    found = _quotes(doc)
    assert found, "a judgment of the levy is reported"
    assert all(q[2] == "Vera Holm" for q in found)
    assert any("a slow tax on farms" in q[0] for q in found)


# --- a noun for words names a term -----------------------------------------------------


@pytest.mark.parametrize(("noun", "quoted"), [("phrase", False), ("message", True)])
def test_quotes_the_phrase_names_a_term(
    blank_nlp, resolver, finder, noun: str, quoted: bool
) -> None:
    # the text's first line: a phrase there needs no speaker (a headline's quote)
    text = f'Shops overuse the {noun} "buy now pay later" daily.'
    table = f"""
    Shops   NOUN  nsubj    1 O shop
    overuse VERB  ROOT     1
    the     DET   det      3
    {noun}  NOUN  dobj     1
    "       PUNCT punct    3
    buy     VERB  appos    3
    now     ADV   advmod   5
    pay     VERB  conj     5
    later   ADV   advmod   7
    "       PUNCT punct    3
    daily   ADV   advmod   1
    .       PUNCT punct    1
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    partials = [q[0] for q in _quotes(doc) if q[1] == "partial"]
    assert partials == (["buy now pay later"] if quoted else [])


# --- a quote-only verb before a phrase it does not introduce is no cue -----------------


def test_quotes_continue_before_a_phrase_is_no_cue(blank_nlp, resolver, finder) -> None:
    text = 'If sales continue, shops face a "long and very cold winter".'
    table = """
    If      SCONJ mark     2
    sales   NOUN  nsubj    2 O sale
    continue VERB advcl    5
    ,       PUNCT punct    5
    shops   NOUN  nsubj    5 O shop
    face    VERB  ROOT     5
    a       DET   det      12
    "       PUNCT punct    12
    long    ADJ   amod     12
    and     CCONJ cc       8
    very    ADV   advmod   11
    cold    ADJ   conj     8
    winter  NOUN  dobj     5
    "       PUNCT punct    12
    .       PUNCT punct    5
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert [q for q in _quotes(doc) if q[4] == "continue"] == []
    assert all(q[2] is None for q in _quotes(doc))


def test_quotes_continue_introducing_a_quote_is_a_cue(
    blank_nlp, resolver, finder
) -> None:
    text = 'Ana Lund continued: "Sales will fall all winter."'
    table = """
    Ana       PROPN compound 1 B-PERSON
    Lund      PROPN nsubj    2 I-PERSON
    continued VERB  ROOT     2 O continue
    :         PUNCT punct    2
    "         PUNCT punct    2
    Sales     NOUN  nsubj    7 O sale
    will      AUX   aux      7
    fall      VERB  ccomp    2
    all       DET   det      9
    winter    NOUN  npadvmod 7
    .         PUNCT punct    7
    "         PUNCT punct    2
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert _quotes(doc) == [
        ("Sales will fall all winter.", "direct", "Ana Lund", "Ana Lund", "continued")
    ]


# --- a verb of thought after a quote is no cue ------------------------------------------


@pytest.mark.parametrize(
    ("verb", "lemma", "cue"),
    [("says", "say", True), ("thinks", "think", False), ("hopes", "hope", False)],
)
def test_quotes_thought_after_a_phrase_is_no_cue(
    blank_nlp, resolver, finder, verb: str, lemma: str, cue: bool
) -> None:
    text = f'Buyers want "phones that last a decade", {verb} Ana Lund.'
    table = f"""
    Buyers  NOUN  nsubj    1 O buyer
    want    VERB  ccomp    10
    "       PUNCT punct    3
    phones  NOUN  dobj     1 O phone
    that    PRON  nsubj    5
    last    VERB  relcl    3
    a       DET   det      7
    decade  NOUN  npadvmod 5
    "       PUNCT punct    3
    ,       PUNCT punct    10
    {verb}  VERB  ROOT     10 O {lemma}
    Ana     PROPN compound 12 B-PERSON
    Lund    PROPN nsubj    10 I-PERSON
    .       PUNCT punct    10
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    speakers = {q[2] for q in _quotes(doc)}
    assert ("Ana Lund" in speakers) is cue


# --- a reported span runs to the closing mark -------------------------------------------


def test_quotes_reported_span_ends_at_the_closing_mark(
    blank_nlp, resolver, finder
) -> None:
    text = 'Ana Lund calls it "an early sketch of a plan."'
    table = """
    Ana     PROPN compound 1 B-PERSON
    Lund    PROPN nsubj    2 I-PERSON
    calls   VERB  ROOT     2 O call
    it      PRON  dobj     2
    "       PUNCT punct    7
    an      DET   det      7
    early   ADJ   amod     7
    sketch  NOUN  oprd     2
    of      ADP   prep     7
    a       DET   det      10
    plan    NOUN  pobj     8
    .       PUNCT punct    2
    "       PUNCT punct    2
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    spans = [q[0] for q in _quotes(doc)]
    assert 'it "an early sketch of a plan."' in spans
    assert 'it "an early sketch of a plan' not in spans


# --- a phrase with no cue and no speaker below the headline is a term -------------------


@pytest.mark.parametrize(("words", "kept"), [(5, False), (7, True)])
def test_quotes_short_phrase_with_no_speaker_is_a_term(
    blank_nlp, resolver, finder, words: int, kept: bool
) -> None:
    phrase = "a clear and safe channel" + (" for tankers" if words == 7 else "")
    extra = (
        """
    for      ADP   prep     10
    tankers  NOUN  pobj     11 O tanker
    """
        if words == 7
        else ""
    )
    text = f'Ports reopened.\n\nShips need "{phrase}" now.'
    table = (
        """
    Ports    NOUN  nsubj    1 O port
    reopened VERB  ROOT     1 O reopen
    .        PUNCT punct    1
    \u00b6\u00b6       SPACE dep      2
    Ships    NOUN  nsubj    5 O ship
    need     VERB  ROOT     5
    "        PUNCT punct    10
    a        DET   det      10
    clear    ADJ   amod     10
    and      CCONJ cc       8
    safe     ADJ   conj     8
    channel  NOUN  dobj     5
    """
        + extra
        + """
    "        PUNCT punct    10
    now      ADV   advmod   5
    .        PUNCT punct    5
    """
    )
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert [q[0] for q in _quotes(doc)] == ([phrase] if kept else [])


# --- a verb outside the lexicon after a quote speaks only with no object ---------------


@pytest.mark.parametrize(("obj", "speaker"), [(False, "Lind"), (True, None)])
def test_quotes_verb_after_a_quote_with_an_object_is_no_cue(
    blank_nlp, resolver, finder, obj: bool, speaker: str | None
) -> None:
    verb = "taped it" if obj else "shrugged"
    text = f'"Closed until the spring," Lind {verb}.'
    table = (
        f"""
    "       PUNCT punct    8
    Closed  VERB  ccomp    8 O close
    until   ADP   prep     1
    the     DET   det      4
    spring  NOUN  pobj     2
    ,       PUNCT punct    8
    "       PUNCT punct    8
    Lind    PROPN nsubj    8 B-PERSON
    {"taped VERB ROOT 8 O tape" if obj else "shrugged VERB ROOT 8 O shrug"}
    """
        + ("    it      PRON  dobj     8\n" if obj else "")
        + """
    .       PUNCT punct    8
    """
    )
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert [(q[0], q[2]) for q in _quotes(doc)] == [
        ("Closed until the spring,", speaker)
    ]


@pytest.mark.parametrize(
    ("verb", "lemma", "cued"),
    [("joined", "join", False), ("thought", "think", False), ("hailed", "hail", True)],
)
def test_quotes_a_state_or_thought_above_a_partial_is_no_cue(
    blank_nlp, resolver, finder, verb: str, lemma: str, cued: bool
) -> None:
    text = f'Ana Lund {verb} her "oldest and dearest friend" on stage.'
    table = f"""
    Ana      PROPN compound 1 B-PERSON
    Lund     PROPN nsubj    2 I-PERSON
    {verb}   VERB  ROOT     2 O {lemma}
    her      PRON  poss     8
    "        PUNCT punct    8
    oldest   ADJ   amod     8 O old
    and      CCONJ cc       5
    dearest  ADJ   conj     5 O dear
    friend   NOUN  dobj     2
    "        PUNCT punct    8
    on       ADP   prep     2
    stage    NOUN  pobj     10
    .        PUNCT punct    2
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert ("Ana Lund" in {q[2] for q in _quotes(doc)}) is cued


# --- 'Let us say ...' supposes, it reports nothing ---------------------------------------


@pytest.mark.parametrize(("lead", "reported"), [("Let us", False), ("Ana Lund", True)])
def test_quotes_let_us_say_is_a_supposition(
    blank_nlp, resolver, finder, lead: str, reported: bool
) -> None:
    if reported:
        text = "Ana Lund did say the price will double."
        rows = """
    Ana    PROPN compound 1 B-PERSON
    Lund   PROPN nsubj    3 I-PERSON
    did    AUX   aux      3 O do
    """
    else:
        text = "Let us say the price will double."
        rows = """
    Let    VERB  ROOT     0 O let
    us     PRON  nsubj    2 O we
    """
    say = 3 if reported else 2
    table = (
        rows
        + f"""
    say    VERB  {"ROOT " if reported else "ccomp"}    {say if reported else 0} O say
    the    DET   det      {say + 2}
    price  NOUN  nsubj    {say + 4}
    will   AUX   aux      {say + 4}
    double VERB  ccomp    {say}
    .      PUNCT punct    {say}
    """
    )
    doc = _run(blank_nlp, text, table, resolver, finder)
    found = [q[0] for q in _quotes(doc)]
    assert found == (["the price will double"] if reported else [])


# --- a supposed or inferred 'say' reports nothing ----------------------------------------


@pytest.mark.parametrize(("mark", "reported"), [("If", False), ("When", True)])
def test_quotes_if_they_say_is_a_supposition(
    blank_nlp, resolver, finder, mark: str, reported: bool
) -> None:
    text = f"{mark} Ana Lund says the price will double, buyers leave."
    table = f"""
    {mark}  SCONJ {"mark  " if mark == "If" else "advmod"}   3 O {mark.lower()}
    Ana    PROPN compound 2 B-PERSON
    Lund   PROPN nsubj    3 I-PERSON
    says   VERB  advcl    11 O say
    the    DET   det      5
    price  NOUN  nsubj    7
    will   AUX   aux      7
    double VERB  ccomp    3
    ,      PUNCT punct    11
    buyers NOUN  nsubj    11 O buyer
    leave  VERB  ROOT     11
    .      PUNCT punct    11
    """
    table = table.replace("    11 ", "    10 ").replace(" 11\n", " 10\n")
    doc = _run(blank_nlp, text, table, resolver, finder)
    found = [q[0] for q in _quotes(doc)]
    assert [f.startswith("the price will double") for f in found] == (
        [True] if reported else []
    )


@pytest.mark.parametrize(
    ("subject", "rows", "reported"),
    [
        ("The win", "The DET det 1\n    win NOUN nsubj 2", False),
        ("The coach", "The DET det 1\n    coach NOUN nsubj 2", True),
    ],
)
def test_quotes_suggest_of_no_source_is_an_inference(
    blank_nlp, resolver, finder, subject: str, rows: str, reported: bool
) -> None:
    text = f"{subject} suggested that the squad is ready."
    table = f"""
    {rows}
    suggested VERB ROOT  2 O suggest
    that   SCONJ mark     6
    the    DET   det      5
    squad  NOUN  nsubj    6
    is     AUX   ccomp    2 O be
    ready  ADJ   acomp    6
    .      PUNCT punct    2
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    found = [q[0] for q in _quotes(doc)]
    assert found == (["that the squad is ready"] if reported else [])


@pytest.mark.parametrize(("subject", "reported"), [("you", False), ("she", True)])
def test_quotes_you_would_say_is_a_supposition(
    blank_nlp, resolver, finder, subject: str, reported: bool
) -> None:
    text = f"Then {subject} would say the price is fair."
    table = f"""
    Then    ADV   advmod   3
    {subject} PRON nsubj   3
    would   AUX   aux      3
    say     VERB  ROOT     3 O say
    the     DET   det      5
    price   NOUN  nsubj    6
    is      AUX   ccomp    3 O be
    fair    ADJ   acomp    6
    .       PUNCT punct    3
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    found = [q[0] for q in _quotes(doc)]
    assert found == (["the price is fair"] if reported else [])


# --- a reported clause states something: a verb with its own subject -------------------


def test_quotes_reported_clause_must_state(blank_nlp, resolver, finder) -> None:
    from claimkit.components.quotes.component import _QuoteRules
    from tests.components.test_quotes_rules import _parse

    text = "Asked about fares, Ana Lund said the price will double."
    table = """
    Asked  VERB  advcl    6 O ask
    about  ADP   prep     0
    fares  NOUN  pobj     1 O fare
    ,      PUNCT punct    6
    Ana    PROPN compound 5 B-PERSON
    Lund   PROPN nsubj    6 I-PERSON
    said   VERB  ROOT     6 O say
    the    DET   det      8
    price  NOUN  nsubj    10
    will   AUX   aux      10
    double VERB  ccomp    6
    .      PUNCT punct    6
    """
    doc = resolver(_parse(blank_nlp, text, table))
    rules = _QuoteRules(doc, finder)
    assert rules._states((text.index("the price"), text.index(".")))
    assert not rules._states((0, text.index(",")))
