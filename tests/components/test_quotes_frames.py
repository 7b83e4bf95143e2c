"""Rule tests of what a report's frame says: its clause, its speaker, its mood.

Hand-built Docs (``tests/handmade.py``), no trained model. A reported clause
ends where the reporter's next act begins ('..., predicting that ...') and at
the closing mark of a quotation it opens; a phrase between the cue and the
clause's subject is the cue's ('said on Monday it ...'); a report under a
modal or in a question states nothing; the party told is no part of what was
said; a headline parsed into the first sentence lends the subject no words;
and pronoun speakers skip titles, count an employer's spokesman as a rival,
take the organization named in apposition, and continue the quote before.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from claimkit.components.entities import EntityResolver
from claimkit.components.quotes import QuoteFinder
from claimkit.components.quotes.component import _QuoteRules
from claimkit.components.quotes.context import _Quote
from claimkit.text.quotemarks import find_quote_marks
from tests.handmade import parse


def _quotes(
    nlp: Language,
    text: str,
    table: str,
    resolver: EntityResolver,
    finder: QuoteFinder,
    gerunds: tuple[int, ...] = (),
) -> list[tuple[Any, ...]]:
    """(text, form, speaker words, speaker entity name, cue) of each quote."""
    doc = parse(nlp.vocab, text, table)
    for i in gerunds:
        doc[i].tag_ = "VBG"  # the table's default tag for a verb is VBD
    doc = finder(resolver(doc))
    assert doc._.ck_failure is None
    names = {entity["id"]: entity["name"] for entity in doc._.ck_entities}
    return [
        (q["text"], q["form"], q["speaker_text"], names.get(q["speaker"]), q["cue"])
        for q in doc._.ck_quotes
    ]


# --- where a reported clause ends ------------------------------------------------

PREDICTING = """
Jane       PROPN compound 1  B-PERSON
Ortiz      PROPN nsubj    2  I-PERSON
said       VERB  ROOT     2  O        say
the        DET   det      4
museum     NOUN  nsubj    5
had        VERB  ccomp    2  O        have
a          DET   det      8
real       ADJ   amod     8
chance     NOUN  dobj     5
,          PUNCT punct    5
predicting VERB  advcl    5  O        predict
that       SCONJ mark     14
it         PRON  nsubj    14
would      AUX   aux      14
draw       VERB  ccomp    10 O        draw
crowds     NOUN  dobj     14 O        crowd
.          PUNCT punct    2
"""


def test_frames_a_participle_after_the_clause_is_the_reporters_act(
    blank_nlp, resolver, finder
) -> None:
    # the parse hangs 'predicting' on the reported clause's verb: its subject
    # is still the reporter, and the first report ends at the comma
    text = "Jane Ortiz said the museum had a real chance, predicting that it would draw crowds."
    assert _quotes(blank_nlp, text, PREDICTING, resolver, finder, (10,)) == [
        (
            "the museum had a real chance",
            "indirect",
            "Jane Ortiz",
            "Jane Ortiz",
            "said",
        ),
        (
            "that it would draw crowds",
            "indirect",
            "Jane Ortiz",
            "Jane Ortiz",
            "predicting",
        ),
    ]


def test_frames_a_participle_inside_the_clause_stays_in_it(
    blank_nlp, resolver, finder
) -> None:
    text = "Jane Ortiz said the museum had lost money selling tickets."
    table = """
    Jane    PROPN compound 1 B-PERSON
    Ortiz   PROPN nsubj    2 I-PERSON
    said    VERB  ROOT     2 O        say
    the     DET   det      4
    museum  NOUN  nsubj    6
    had     AUX   aux      6
    lost    VERB  ccomp    2 O        lose
    money   NOUN  dobj     6
    selling VERB  advcl    6 O        sell
    tickets NOUN  dobj     8 O        ticket
    .       PUNCT punct    2
    """
    assert _quotes(blank_nlp, text, table, resolver, finder, (8,)) == [
        (
            "the museum had lost money selling tickets",
            "indirect",
            "Jane Ortiz",
            "Jane Ortiz",
            "said",
        )
    ]


def test_frames_a_phrase_between_cue_and_subject_is_the_cues(
    blank_nlp, resolver, finder
) -> None:
    text = "Tom Reed said on Monday the firm had no plan."
    table = """
    Tom    PROPN compound 1 B-PERSON
    Reed   PROPN nsubj    2 I-PERSON
    said   VERB  ROOT     2 O        say
    on     ADP   prep     7
    Monday PROPN pobj     3 B-DATE
    the    DET   det      6
    firm   NOUN  nsubj    7
    had    VERB  ccomp    2 O        have
    no     DET   det      9
    plan   NOUN  dobj     7
    .      PUNCT punct    2
    """
    assert _quotes(blank_nlp, text, table, resolver, finder) == [
        ("the firm had no plan", "indirect", "Tom Reed", "Tom Reed", "said")
    ]


def test_frames_a_phrase_after_that_belongs_to_the_clause(
    blank_nlp, resolver, finder
) -> None:
    text = "Tom Reed said that on Monday the firm had no plan."
    table = """
    Tom    PROPN compound 1 B-PERSON
    Reed   PROPN nsubj    2 I-PERSON
    said   VERB  ROOT     2 O        say
    that   SCONJ mark     8
    on     ADP   prep     8
    Monday PROPN pobj     4 B-DATE
    the    DET   det      7
    firm   NOUN  nsubj    8
    had    VERB  ccomp    2 O        have
    no     DET   det      10
    plan   NOUN  dobj     8
    .      PUNCT punct    2
    """
    assert _quotes(blank_nlp, text, table, resolver, finder) == [
        (
            "that on Monday the firm had no plan",
            "indirect",
            "Tom Reed",
            "Tom Reed",
            "said",
        )
    ]


def test_frames_a_span_that_opens_a_quotation_runs_to_its_closing_mark(
    blank_nlp, resolver, finder
) -> None:
    # the parse stops the 'as' phrase at 'farce' and hangs the rest on the verb
    text = 'The magazine described the show as "a blend of farce and tragedy".'
    table = """
    The       DET   det   1
    magazine  NOUN  nsubj 2
    described VERB  ROOT  2 O describe
    the       DET   det   4
    show      NOUN  dobj  2
    as        ADP   prep  2
    "         PUNCT punct 8
    a         DET   det   8
    blend     NOUN  pobj  5
    of        ADP   prep  8
    farce     NOUN  pobj  9
    and       CCONJ cc    2
    tragedy   NOUN  conj  2
    "         PUNCT punct 2
    .         PUNCT punct 2
    """
    assert _quotes(blank_nlp, text, table, resolver, finder) == [
        (
            'the show as "a blend of farce and tragedy"',
            "indirect",
            "The magazine",
            None,
            "described",
        )
    ]


# --- frames that report nothing ------------------------------------------------


def _might_say(modal: str) -> str:
    return f"""
    Analysts NOUN  nsubj 2 O analyst
    {modal}  AUX   aux   2
    say      VERB  ROOT  2 O say
    that     SCONJ mark  6
    rates    NOUN  nsubj 6 O rate
    will     AUX   aux   6
    fall     VERB  ccomp 2 O fall
    .        PUNCT punct 2
    """


def test_frames_a_report_under_a_modal_states_nothing(
    blank_nlp, resolver, finder
) -> None:
    for modal in ("could", "may", "might"):
        text = f"Analysts {modal} say that rates will fall."
        assert _quotes(blank_nlp, text, _might_say(modal), resolver, finder) == []


def test_frames_a_report_announced_for_later_is_a_report(
    blank_nlp, resolver, finder
) -> None:
    text = "Analysts will say that rates will fall."
    assert _quotes(blank_nlp, text, _might_say("will"), resolver, finder) == [
        ("that rates will fall", "indirect", "Analysts", None, "will say")
    ]


def test_frames_a_report_asked_about_states_nothing(
    blank_nlp, resolver, finder
) -> None:
    text = "Did the minister say that the deal was done?"
    table = """
    Did      AUX   aux       3 O do
    the      DET   det       2
    minister NOUN  nsubj     3 O minister
    say      VERB  ROOT      3 O say
    that     SCONJ mark      8
    the      DET   det       6
    deal     NOUN  nsubjpass 8
    was      AUX   auxpass   8
    done     VERB  ccomp     3 O do
    ?        PUNCT punct     3
    """
    assert _quotes(blank_nlp, text, table, resolver, finder) == []


def test_frames_the_party_told_is_no_part_of_the_words(
    blank_nlp, resolver, finder
) -> None:
    # 'that' read as a relative pronoun hangs the clause on 'Paris': the
    # quoted words stand alone rather than 'reporters in Paris that ...'
    text = 'Ann Ray told reporters in Paris that she wanted to "try a new form".'
    table = """
    Ann       PROPN compound 1  B-PERSON
    Ray       PROPN nsubj    2  I-PERSON
    told      VERB  ROOT     2  O        tell
    reporters NOUN  dobj     2  O        reporter
    in        ADP   prep     2
    Paris     PROPN pobj     4  B-GPE
    that      PRON  dobj     11
    she       PRON  nsubj    8
    wanted    VERB  relcl    5  O        want
    to        PART  aux      11
    "         PUNCT punct    11
    try       VERB  xcomp    8  O        try
    a         DET   det      14
    new       ADJ   amod     14
    form      NOUN  dobj     11
    "         PUNCT punct    2
    .         PUNCT punct    2
    """
    assert _quotes(blank_nlp, text, table, resolver, finder) == [
        ("try a new form", "partial", "Ann Ray", "Ann Ray", "told reporters")
    ]


# --- speakers ------------------------------------------------------------------


def test_frames_a_headline_lends_the_subject_no_words(
    blank_nlp, resolver, finder
) -> None:
    text = "Boat ban lifted\n\nHarbour officials said they will reopen the marina."
    table = r"""
    Boat      NOUN  compound 1
    ban       NOUN  compound 5
    lifted    VERB  amod     5 O lift
    \n\n      SPACE dep      5
    Harbour   PROPN compound 5
    officials NOUN  nsubj    6 O official
    said      VERB  ROOT     6 O say
    they      PRON  nsubj    9
    will      AUX   aux      9
    reopen    VERB  ccomp    6 O reopen
    the       DET   det      11
    marina    NOUN  dobj     9
    .         PUNCT punct    6
    """
    assert _quotes(blank_nlp, text, table, resolver, finder) == [
        ("they will reopen the marina", "indirect", "Harbour officials", None, "said")
    ]


def test_frames_a_subjects_words_in_its_own_paragraph_stay(
    blank_nlp, resolver, finder
) -> None:
    text = "The city's harbour officials said they will reopen the marina."
    table = """
    The       DET   det      1
    city      NOUN  poss     4
    's        PART  case     1
    harbour   NOUN  compound 4
    officials NOUN  nsubj    5 O official
    said      VERB  ROOT     5 O say
    they      PRON  nsubj    8
    will      AUX   aux      8
    reopen    VERB  ccomp    5 O reopen
    the       DET   det      10
    marina    NOUN  dobj     8
    .         PUNCT punct    5
    """
    assert _quotes(blank_nlp, text, table, resolver, finder) == [
        (
            "they will reopen the marina",
            "indirect",
            "The city's harbour officials",
            None,
            "said",
        )
    ]


def _spokesman(spokesman: bool) -> tuple[str, str]:
    first = "Tom Reed left in May. "
    middle = "An Acme spokesman said the firm had no plan. " if spokesman else ""
    text = first + middle + "He also said the talks had ended."
    rows = """
    Tom       PROPN compound 1 B-PERSON
    Reed      PROPN nsubj    2 I-PERSON
    left      VERB  ROOT     2 O leave
    in        ADP   prep     2
    May       PROPN pobj     3 B-DATE
    .         PUNCT punct    2
    """
    at = 6
    if spokesman:
        rows += f"""
        An        DET   det      {at + 2}
        Acme      PROPN compound {at + 2} B-ORG
        spokesman NOUN  nsubj    {at + 3} O spokesman
        said      VERB  ROOT     {at + 3} O say
        the       DET   det      {at + 5}
        firm      NOUN  nsubj    {at + 6}
        had       VERB  ccomp    {at + 3} O have
        no        DET   det      {at + 8}
        plan      NOUN  dobj     {at + 6}
        .         PUNCT punct    {at + 3}
        """
        at += 10
    rows += f"""
    He        PRON  nsubj    {at + 2}
    also      ADV   advmod   {at + 2}
    said      VERB  ROOT     {at + 2} O say
    the       DET   det      {at + 4}
    talks     NOUN  nsubj    {at + 6} O talk
    had       AUX   aux      {at + 6}
    ended     VERB  ccomp    {at + 2} O end
    .         PUNCT punct    {at + 2}
    """
    return text, rows


def test_frames_an_employers_spokesman_is_a_rival_for_he(
    blank_nlp, resolver, finder
) -> None:
    # 'He' is the spokesman named last, not Tom Reed; the spokesman speaks
    # for Acme, as 'An Acme spokesman said' does
    text, table = _spokesman(True)
    found = _quotes(blank_nlp, text, table, resolver, finder)
    assert found[-1] == ("the talks had ended", "indirect", "He", "Acme", "said")


def test_frames_he_without_a_rival_is_the_person_named(
    blank_nlp, resolver, finder
) -> None:
    text, table = _spokesman(False)
    assert _quotes(blank_nlp, text, table, resolver, finder) == [
        ("the talks had ended", "indirect", "He", "Tom Reed", "said")
    ]


def _film(noun: str) -> tuple[str, str]:
    text = (
        f"The {noun}, Blue Harbour, follows Paul Dunn. He said the story was his own."
    )
    table = f"""
    The     DET   det      1
    {noun}  NOUN  nsubj    6
    ,       PUNCT punct    1
    Blue    PROPN compound 4 B-PERSON
    Harbour PROPN appos    1 I-PERSON
    ,       PUNCT punct    1
    follows VERB  ROOT     6 O follow
    Paul    PROPN compound 8 B-PERSON
    Dunn    PROPN dobj     6 I-PERSON
    .       PUNCT punct    6
    He      PRON  nsubj    11
    said    VERB  ROOT     11 O say
    the     DET   det      13
    story   NOUN  nsubj    14
    was     AUX   ccomp    11 O be
    his     PRON  poss     16
    own     ADJ   attr     14
    .       PUNCT punct    11
    """
    return text, table


def test_frames_a_title_typed_as_a_person_is_no_antecedent(
    blank_nlp, resolver, finder
) -> None:
    text, table = _film("film")
    assert _quotes(blank_nlp, text, table, resolver, finder) == [
        ("the story was his own", "indirect", "He", "Paul Dunn", "said")
    ]


def test_frames_a_name_beside_a_role_stays_a_rival(blank_nlp, resolver, finder) -> None:
    # 'The guide, Blue Harbour,' may be the person 'He' means: a rival beside
    # Paul Dunn, so no entity rather than a guess
    text, table = _film("guide")
    assert _quotes(blank_nlp, text, table, resolver, finder) == [
        ("the story was his own", "indirect", "He", None, "said")
    ]


def _guild(named: bool) -> tuple[str, str]:
    body = "Our trade body, the Widget Guild," if named else "Our trade body"
    text = f"{body} said it expected a fall. It also said prices would rise."
    rows = """
    Our    PRON  poss     2
    trade  NOUN  compound 2
    body   NOUN  nsubj    {said}
    """
    if named:
        rows += """
        ,      PUNCT punct    2
        the    DET   det      6
        Widget PROPN compound 6 B-ORG
        Guild  PROPN appos    2 I-ORG
        ,      PUNCT punct    2
        """
    at = 8 if named else 3
    rows = rows.format(said=at)
    rows += f"""
    said     VERB  ROOT   {at}     O say
    it       PRON  nsubj  {at + 2}
    expected VERB  ccomp  {at}     O expect
    a        DET   det    {at + 4}
    fall     NOUN  dobj   {at + 2}
    .        PUNCT punct  {at}
    It       PRON  nsubj  {at + 8}
    also     ADV   advmod {at + 8}
    said     VERB  ROOT   {at + 8} O say
    prices   NOUN  nsubj  {at + 11} O price
    would    AUX   aux    {at + 11}
    rise     VERB  ccomp  {at + 8} O rise
    .        PUNCT punct  {at + 8}
    """
    return text, rows


def test_frames_it_is_the_organization_named_beside_the_subject(
    blank_nlp, resolver, finder
) -> None:
    text, table = _guild(True)
    found = _quotes(blank_nlp, text, table, resolver, finder)
    assert found[-1] == ("prices would rise", "indirect", "It", "Widget Guild", "said")


def test_frames_it_after_an_unnamed_body_names_no_one(
    blank_nlp, resolver, finder
) -> None:
    text, table = _guild(False)
    found = _quotes(blank_nlp, text, table, resolver, finder)
    assert found[-1] == ("prices would rise", "indirect", "It", None, "said")


# --- a pronoun continuing the quote before --------------------------------------

TWO_QUOTES = """
"       PUNCT punct    7
We      PRON  nsubj    2
argue   VERB  ccomp    7  O argue
,       PUNCT punct    7
"       PUNCT punct    7
{name}  PROPN compound 6  B-PERSON
{last}  PROPN nsubj    7  I-PERSON
said    VERB  ROOT     7  O say
.       PUNCT punct    7
{rival}
"       PUNCT punct    {said}
It      PRON  nsubj    {be}
is      AUX   ccomp    {said}
hard    ADJ   acomp    {be}
,       PUNCT punct    {said}
"       PUNCT punct    {said}
{pronoun} PRON nsubj   {said}
said    VERB  ROOT     {said} O say
.       PUNCT punct    {said}
"""

RIVAL = """
Tom     PROPN compound 10 B-PERSON
Bell    PROPN nsubj    11 I-PERSON
nodded  VERB  ROOT     11 O nod
.       PUNCT punct    11
"""


def _chained(
    nlp: Language,
    resolver: EntityResolver,
    finder: QuoteFinder,
    pronoun: str,
    *,
    rival: bool = False,
) -> str | None:
    """Chain the second quote's pronoun to the first's speaker; its entity's name."""
    middle = "Tom Bell nodded. " if rival else ""
    text = f'"We argue," Ann Ray said. {middle}"It is hard," {pronoun} said.'
    at = 13 if rival else 9
    table = TWO_QUOTES.format(
        name="Ann",
        last="Ray",
        rival=RIVAL if rival else "",
        said=at + 7,
        be=at + 2,
        pronoun=pronoun,
    )
    doc: Doc = resolver(parse(nlp.vocab, text, table))
    ctx = _QuoteRules(doc, finder)
    marked, _ = find_quote_marks(text)
    ctx.set_marked(marked)
    first = _Quote(marked[0].start, marked[0].end, "direct")
    first.speaker = (text.index("Ann Ray"), text.index("Ann Ray") + 7)
    first.entity = ctx.entity_at(*first.speaker)
    second = _Quote(marked[1].start, marked[1].end, "direct")
    at_pronoun = text.rindex(f" {pronoun} ") + 1
    second.speaker = (at_pronoun, at_pronoun + len(pronoun))
    ctx.chain_pronouns([first, second])
    names = {entity["id"]: entity["name"] for entity in doc._.ck_entities}
    return names.get(second.entity) if second.entity else None


def test_frames_she_continues_the_quote_before(blank_nlp, resolver, finder) -> None:
    assert _chained(blank_nlp, resolver, finder, "she") == "Ann Ray"


def test_frames_no_chain_past_another_person_or_sex(
    blank_nlp, resolver, finder
) -> None:
    assert _chained(blank_nlp, resolver, finder, "she", rival=True) is None
    assert _chained(blank_nlp, resolver, finder, "he") is None


# --- a name is no title cue ------------------------------------------------------


def test_frames_a_name_like_bill_introducing_a_quote_is_no_title(
    blank_nlp, resolver, finder
) -> None:
    text = 'Chief executive Bill Gammon added: "The more we dig the better we feel."'
    table = """
    Chief     ADJ   amod     1
    executive NOUN  compound 3
    Bill      PROPN compound 3  B-PERSON
    Gammon    PROPN nsubj    4  I-PERSON
    added     VERB  ROOT     4  O add
    :         PUNCT punct    4
    "         PUNCT punct    4
    The       PRON  advmod   8
    more      ADV   advmod   10
    we        PRON  nsubj    10
    dig       VERB  advcl    14 O dig
    the       PRON  advmod   12
    better    ADJ   advmod   10
    we        PRON  nsubj    14
    feel      VERB  ccomp    4  O feel
    .         PUNCT punct    4
    "         PUNCT punct    4
    """
    assert _quotes(blank_nlp, text, table, resolver, finder) == [
        (
            "The more we dig the better we feel.",
            "direct",
            "Bill Gammon",
            "Bill Gammon",
            "added",
        )
    ]


def test_frames_a_bill_named_in_quote_marks_is_a_title(
    blank_nlp, resolver, finder
) -> None:
    text = 'The council passed the bill "Safer Roads For All" in May.'
    table = """
    The     DET   det      1
    council NOUN  nsubj    2
    passed  VERB  ROOT     2 O pass
    the     DET   det      4
    bill    NOUN  dobj     2
    "       PUNCT punct    4
    Safer   PROPN compound 8
    Roads   PROPN compound 8
    For     ADP   prep     8
    All     PRON  appos    4
    "       PUNCT punct    4
    in      ADP   prep     2
    May     PROPN pobj     11 B-DATE
    .       PUNCT punct    2
    """
    assert _quotes(blank_nlp, text, table, resolver, finder) == []


# --- the name behind a work -----------------------------------------------------


def test_frames_according_to_a_work_by_a_name_gives_the_name(
    blank_nlp, resolver, finder
) -> None:
    text = "According to a report by the Widget Guild, sales will fall."
    table = """
    According VERB  prep     11 O according
    to        ADP   prep     0
    a         DET   det      3
    report    NOUN  pobj     1
    by        ADP   prep     3
    the       DET   det      7
    Widget    PROPN compound 7  B-ORG
    Guild     PROPN pobj     4  I-ORG
    ,         PUNCT punct    11
    sales     NOUN  nsubj    11 O sale
    will      AUX   aux      11
    fall      VERB  ROOT     11 O fall
    .         PUNCT punct    11
    """
    assert _quotes(blank_nlp, text, table, resolver, finder) == [
        ("sales will fall", "indirect", "Widget Guild", "Widget Guild", "According to")
    ]


def test_frames_according_to_a_work_from_a_date_keeps_the_work(
    blank_nlp, resolver, finder
) -> None:
    text = "According to a book from 1990, sales will fall."
    table = """
    According VERB  prep  9 O according
    to        ADP   prep  0
    a         DET   det   3
    book      NOUN  pobj  1
    from      ADP   prep  3
    1990      NUM   pobj  4 B-DATE
    ,         PUNCT punct 9
    sales     NOUN  nsubj 9 O sale
    will      AUX   aux   9
    fall      VERB  ROOT  9 O fall
    .         PUNCT punct 9
    """
    assert _quotes(blank_nlp, text, table, resolver, finder) == [
        ("sales will fall", "indirect", "a book", None, "According to")
    ]


def test_frames_a_title_word_in_the_sentence_before_names_no_title(
    blank_nlp, resolver, finder
) -> None:
    # the attribution is too long for a cue right after the quote to save it
    text = (
        'It was the third album. "We should go through a kicking first," '
        "singer Gary Lane and drummer Jo Quinn said."
    )
    table = """
    It       PRON  nsubj    1
    was      AUX   ROOT     1  O be
    the      DET   det      4
    third    ADJ   amod     4
    album    NOUN  attr     1
    .        PUNCT punct    1
    "        PUNCT punct    23
    We       PRON  nsubj    9
    should   AUX   aux      9
    go       VERB  ccomp    23 O go
    through  ADP   prep     9
    a        DET   det      12
    kicking  NOUN  pobj     10
    first    ADV   advmod   9
    ,        PUNCT punct    23
    "        PUNCT punct    23
    singer   NOUN  compound 18
    Gary     PROPN compound 18 B-PERSON
    Lane     PROPN nsubj    23 I-PERSON
    and      CCONJ cc       18
    drummer  NOUN  compound 22
    Jo       PROPN compound 22 B-PERSON
    Quinn    PROPN conj     18 I-PERSON
    said     VERB  ROOT     23 O say
    .        PUNCT punct    23
    """
    assert _quotes(blank_nlp, text, table, resolver, finder) == [
        (
            "We should go through a kicking first,",
            "direct",
            "Gary Lane",
            "Gary Lane",
            "said",
        )
    ]


def test_frames_a_title_word_before_the_mark_in_its_sentence_is_a_title(
    blank_nlp, resolver, finder
) -> None:
    text = 'She loved the album "We Should Go Through It" most.'
    table = """
    She     PROPN nsubj    1
    loved   VERB  ROOT     1  O love
    the     DET   det      3
    album   NOUN  dobj     1
    "       PUNCT punct    7
    We      PRON  nsubj    7
    Should  AUX   aux      7
    Go      VERB  appos    3  O go
    Through ADP   prep     7
    It      PRON  pobj     8
    "       PUNCT punct    7
    most    ADV   advmod   1
    .       PUNCT punct    1
    """
    assert _quotes(blank_nlp, text, table, resolver, finder) == []


# --- who the words after another's quote belong to ------------------------------

WE_WILL_WIN = """
"       PUNCT punct    8
We      PRON  nsubj    3
will    AUX   aux      3
win     VERB  ccomp    8 O win
,       PUNCT punct    8
"       PUNCT punct    8
Tom     PROPN compound 7 B-PERSON
Reed    PROPN nsubj    8 I-PERSON
said    VERB  ROOT     8 O say
.       PUNCT punct    8
"""


def test_frames_words_set_inside_a_sentence_continue_no_speaker(
    blank_nlp, resolver, finder
) -> None:
    text = (
        '"We will win," Tom Reed said. Staff held a poster under the words '
        '"Can they fight crime when they fight each other?"'
    )
    table = (
        WE_WILL_WIN
        + """
    Staff   NOUN  nsubj    11 O staff
    held    VERB  ROOT     11 O hold
    a       DET   det      13
    poster  NOUN  dobj     11
    under   ADP   prep     13
    the     DET   det      16
    words   NOUN  pobj     14 O word
    "       PUNCT punct    20
    Can     AUX   aux      20
    they    PRON  nsubj    20
    fight   VERB  appos    16 O fight
    crime   NOUN  dobj     20
    when    SCONJ advmod   24
    they    PRON  nsubj    24
    fight   VERB  advcl    20 O fight
    each    DET   det      26
    other   ADJ   dobj     24
    ?       PUNCT punct    20
    "       PUNCT punct    20
    """
    )
    assert _quotes(blank_nlp, text, table, resolver, finder) == [
        ("We will win,", "direct", "Tom Reed", "Tom Reed", "said"),
        (
            "Can they fight crime when they fight each other?",
            "direct",
            None,
            None,
            None,
        ),
    ]


def test_frames_a_quote_opening_its_sentence_continues_the_speaker(
    blank_nlp, resolver, finder
) -> None:
    text = '"We will win," Tom Reed said. The polls opened. "We have the plans."'
    table = (
        WE_WILL_WIN
        + """
    The     DET   det      11
    polls   NOUN  nsubj    12 O poll
    opened  VERB  ROOT     12 O open
    .       PUNCT punct    12
    "       PUNCT punct    16
    We      PRON  nsubj    16
    have    VERB  ROOT     16 O have
    the     DET   det      18
    plans   NOUN  dobj     16 O plan
    .       PUNCT punct    16
    "       PUNCT punct    16
    """
    )
    assert _quotes(blank_nlp, text, table, resolver, finder) == [
        ("We will win,", "direct", "Tom Reed", "Tom Reed", "said"),
        ("We have the plans.", "direct", "Tom Reed", "Tom Reed", None),
    ]


def _antecedent(
    nlp: Language,
    text: str,
    table: str,
    resolver: EntityResolver,
    finder: QuoteFinder,
) -> str | None:
    """The name of the person the last 'he' stands for, by the quote rules alone.

    (ck_entities may chain the pronoun itself; this asks the quote rules.)
    """
    doc = resolver(parse(nlp.vocab, text, table))
    ctx = _QuoteRules(doc, finder)
    ctx.set_marked(find_quote_marks(text)[0])
    he = [t for t in doc if t.lower_ == "he"][-1]
    entity = ctx.person_antecedent(he, he.idx)
    names = {e["id"]: e["name"] for e in doc._.ck_entities}
    return names.get(entity) if entity else None


BOB_HART = """
Bob       PROPN compound 1 B-PERSON
Hart      PROPN nsubj    2 I-PERSON
said      VERB  ROOT     2 O say
the       DET   det      4
law       NOUN  nsubj    5
was       AUX   ccomp    2 O be
fine      ADJ   acomp    5
.         PUNCT punct    2
"""


def test_frames_he_after_a_person_named_only_as_an_object_is_unsure(
    blank_nlp, resolver, finder
) -> None:
    text = (
        "Bob Hart said the law was fine. The law may stop feeding patients like "
        'Tom Reed. "It is important," he said.'
    )
    table = (
        BOB_HART
        + """
    The       DET   det      9
    law       NOUN  nsubj    11
    may       AUX   aux      11
    stop      VERB  ROOT     11 O stop
    feeding   VERB  xcomp    11 O feed
    patients  NOUN  dobj     12 O patient
    like      ADP   prep     13
    Tom       PROPN compound 16 B-PERSON
    Reed      PROPN pobj     14 I-PERSON
    .         PUNCT punct    11
    "         PUNCT punct    25
    It        PRON  nsubj    20
    is        AUX   ccomp    25 O be
    important ADJ   acomp    20
    ,         PUNCT punct    25
    "         PUNCT punct    25
    he        PRON  nsubj    25
    said      VERB  ROOT     25 O say
    .         PUNCT punct    25
    """
    )
    assert _antecedent(blank_nlp, text, table, resolver, finder) is None


def test_frames_he_after_a_person_named_as_a_subject_is_that_person(
    blank_nlp, resolver, finder
) -> None:
    text = 'Bob Hart said the law was fine. Tom Reed disagreed. "It is important," he said.'
    table = (
        BOB_HART
        + """
    Tom       PROPN compound 9  B-PERSON
    Reed      PROPN nsubj    10 I-PERSON
    disagreed VERB  ROOT     10 O disagree
    .         PUNCT punct    10
    "         PUNCT punct    19
    It        PRON  nsubj    14
    is        AUX   ccomp    19 O be
    important ADJ   acomp    14
    ,         PUNCT punct    19
    "         PUNCT punct    19
    he        PRON  nsubj    19
    said      VERB  ROOT     19 O say
    .         PUNCT punct    19
    """
    )
    assert _antecedent(blank_nlp, text, table, resolver, finder) == "Tom Reed"


# --- "quoted X as saying" ------------------------------------------------------

QUOTED_AS = """
Reuters PROPN nsubj    1  B-ORG
quoted  VERB  ROOT     1  O        {verb}
Anna    PROPN compound 3  B-PERSON
Berg    PROPN dobj     1  I-PERSON
as      ADP   prep     1
saying  VERB  pcomp    4  O        say
the     DET   det      7
deal    NOUN  nsubj    8
was     AUX   ccomp    5  O        be
dead    ADJ   acomp    8
.       PUNCT punct    1
"""


def test_frames_quoted_as_saying_gives_the_one_quoted(
    blank_nlp, resolver, finder
) -> None:
    text = "Reuters quoted Anna Berg as saying the deal was dead."
    table = QUOTED_AS.format(verb="quote")
    got = _quotes(blank_nlp, text, table, resolver, finder, (5,))
    assert [(q[0], q[2], q[3]) for q in got] == [
        ("the deal was dead", "Anna Berg", "Anna Berg")
    ]


def test_frames_another_verb_as_saying_keeps_its_subject(
    blank_nlp, resolver, finder
) -> None:
    # "Reuters described Anna Berg as saying ..." is no "quoted X as saying"
    text = "Reuters described Anna Berg as saying the deal was dead."
    table = QUOTED_AS.replace("quoted  VERB", "described VERB").format(verb="describe")
    got = _quotes(blank_nlp, text, table, resolver, finder, (5,))
    assert all(q[3] != "Anna Berg" for q in got)


# --- 'according to' a norm is no source --------------------------------------


@pytest.mark.parametrize(
    ("noun", "reported"),
    [("wishes", False), ("plan", False), ("statement", True), ("police", True)],
)
def test_frames_according_to_a_norm_reports_nothing(
    blank_nlp, resolver, finder, noun, reported
) -> None:
    # 'according to his wishes' is 'in keeping with'; 'according to his
    # statement' names where the words come from
    text = f"According to his {noun}, there will be no service."
    table = f"""
    According VERB  prep  7 O according
    to        ADP   prep  0
    his       PRON  poss  3
    {noun}    NOUN  pobj  1
    ,         PUNCT punct 7
    there     PRON  expl  7
    will      AUX   aux   7
    be        AUX   ROOT  7 O be
    no        DET   det   9
    service   NOUN  attr  7
    .         PUNCT punct 7
    """
    found = _quotes(blank_nlp, text, table, resolver, finder)
    assert bool(found) is reported
