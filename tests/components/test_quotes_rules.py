"""Rule tests of ck_quotes on hand-built Docs: no trained model.

Each Doc states its tokens, parse, lemmas and entities (``tests/handmade.py``);
ck_entities (``EntityResolver``) runs on it as in the pipeline, so speakers
resolve to the entities it finds, and then ``QuoteFinder``. Each rule family
has positives and negatives: a cue after or before a direct quote, a partial
quote inside a reported clause, reported clauses of cue lemmas, 'according
to', pronoun and role-noun speakers, dash and colon attribution, continued
speakers, scare quotes, titles and nicknames, unbalanced marks, headlines and
paragraphs.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from claimkit.components.entities import EntityResolver
from claimkit.components.quotes import QuoteFinder
from tests.handmade import parse

# A table row's word cannot be whitespace; "¶" stands for "\n" (see _parse).
_NEWLINE = "\u00b6"


def _parse(nlp: Language, text: str, table: str) -> Doc:
    """``parse`` with line breaks: a row '¶' ('¶¶') is a '\\n' ('\\n\\n') token."""
    doc = parse(nlp.vocab, text.replace("\n", _NEWLINE), table)
    if _NEWLINE not in text.replace("\n", _NEWLINE):
        return doc
    return Doc(
        nlp.vocab,
        words=[t.text.replace(_NEWLINE, "\n") for t in doc],
        spaces=[bool(t.whitespace_) for t in doc],
        pos=[t.pos_ for t in doc],
        tags=[t.tag_ for t in doc],
        deps=[t.dep_ for t in doc],
        heads=[t.head.i for t in doc],
        lemmas=[t.lemma_.replace(_NEWLINE, "\n") for t in doc],
        ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in doc],
    )


def _run(
    nlp: Language,
    text: str,
    table: str,
    resolver: EntityResolver,
    finder: QuoteFinder,
) -> Doc:
    doc = _parse(nlp, text, table)
    assert doc.text == text
    doc = finder(resolver(doc))
    assert doc._.ck_failure is None
    return doc


def _quotes(doc: Doc) -> list[tuple[Any, ...]]:
    """(text, form, speaker words, speaker entity name, cue) of each quote."""
    names = {entity["id"]: entity["name"] for entity in doc._.ck_entities}
    return [
        (q["text"], q["form"], q["speaker_text"], names.get(q["speaker"]), q["cue"])
        for q in doc._.ck_quotes
    ]


# --- direct quotes: cue after, cue before ---------------------------------------------

SAID_AFTER = """
"       PUNCT punct    8
Berths  NOUN  nsubj    2 O        berth
ran     VERB  ccomp    8 O        run
out     ADP   prt      2
in      ADP   prep     2
June    PROPN pobj     4
,       PUNCT punct    8
"       PUNCT punct    8
said    VERB  ROOT     8 O        say
Priya   PROPN compound 10 B-PERSON
Nair    PROPN nsubj    8 I-PERSON
.       PUNCT punct    8
"""


def test_quotes_direct_cue_after_inverted(blank_nlp, resolver, finder) -> None:
    text = '"Berths ran out in June," said Priya Nair.'
    doc = _run(blank_nlp, text, SAID_AFTER, resolver, finder)
    assert _quotes(doc) == [
        ("Berths ran out in June,", "direct", "Priya Nair", "Priya Nair", "said")
    ]


def test_quotes_direct_cue_after_subject_first(blank_nlp, resolver, finder) -> None:
    text = '"Our crews worked through the storm," Tomas Berg added.'
    table = """
    "       PUNCT punct    11
    Our     PRON  poss     2
    crews   NOUN  nsubj    3  O        crew
    worked  VERB  ccomp    11 O        work
    through ADP   prep     3
    the     DET   det      6
    storm   NOUN  pobj     4
    ,       PUNCT punct    11
    "       PUNCT punct    11
    Tomas   PROPN compound 10 B-PERSON
    Berg    PROPN nsubj    11 I-PERSON
    added   VERB  ROOT     11 O        add
    .       PUNCT punct    11
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert _quotes(doc) == [
        (
            "Our crews worked through the storm,",
            "direct",
            "Tomas Berg",
            "Tomas Berg",
            "added",
        )
    ]


def test_quotes_direct_cue_before(blank_nlp, resolver, finder) -> None:
    text = 'Helen Ortiz said, "The bridge will open in spring."'
    table = """
    Helen  PROPN compound 1 B-PERSON
    Ortiz  PROPN nsubj    2 I-PERSON
    said   VERB  ROOT     2 O        say
    ,      PUNCT punct    2
    "      PUNCT punct    2
    The    DET   det      6
    bridge NOUN  nsubj    8
    will   AUX   aux      8
    open   VERB  ccomp    2
    in     ADP   prep     8
    spring NOUN  pobj     9
    .      PUNCT punct    8
    "      PUNCT punct    2
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert _quotes(doc) == [
        (
            "The bridge will open in spring.",
            "direct",
            "Helen Ortiz",
            "Helen Ortiz",
            "said",
        )
    ]


def test_quotes_direct_cue_after_in_a_sentence_of_its_own(
    blank_nlp, resolver, finder
) -> None:
    # the parser often starts a sentence at 'said X' after a quote: nothing
    # governs the quote, only the cue after it names the speaker
    text = '"Berths ran out in June," said Priya Nair.'
    table = """
    "       PUNCT punct    2
    Berths  NOUN  nsubj    2  O        berth
    ran     VERB  ROOT     2  O        run
    out     ADP   prt      2
    in      ADP   prep     2
    June    PROPN pobj     4
    ,       PUNCT punct    2
    "       PUNCT punct    2
    said    VERB  ROOT     8  O        say
    Priya   PROPN compound 10 B-PERSON
    Nair    PROPN nsubj    8  I-PERSON
    .       PUNCT punct    8
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert _quotes(doc) == [
        ("Berths ran out in June,", "direct", "Priya Nair", "Priya Nair", "said")
    ]


def test_quotes_direct_cue_before_in_a_sentence_of_its_own(
    blank_nlp, resolver, finder
) -> None:
    text = 'Helen Ortiz said, "The bridge will open in spring."'
    table = """
    Helen  PROPN compound 1 B-PERSON
    Ortiz  PROPN nsubj    2 I-PERSON
    said   VERB  ROOT     2 O        say
    ,      PUNCT punct    2
    "      PUNCT punct    8
    The    DET   det      6
    bridge NOUN  nsubj    8
    will   AUX   aux      8
    open   VERB  ROOT     8
    in     ADP   prep     8
    spring NOUN  pobj     9
    .      PUNCT punct    8
    "      PUNCT punct    8
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert _quotes(doc) == [
        (
            "The bridge will open in spring.",
            "direct",
            "Helen Ortiz",
            "Helen Ortiz",
            "said",
        )
    ]


def test_quotes_direct_without_cue_has_no_speaker(blank_nlp, resolver, finder) -> None:
    # a non-reporting verb after a dash attributes nothing
    text = '"Rebuild the pier" \u2014 that was the plan.'
    table = """
    "       PUNCT punct 1
    Rebuild VERB  ROOT  1 O rebuild
    the     DET   det   3
    pier    NOUN  dobj  1
    "       PUNCT punct 1
    \u2014       PUNCT punct 7
    that    PRON  nsubj 7
    was     AUX   ROOT  7 O be
    the     DET   det   9
    plan    NOUN  attr  7
    .       PUNCT punct 7
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert _quotes(doc) == [("Rebuild the pier", "direct", None, None, None)]


# --- partial quotes and reported clauses ----------------------------------------------


def test_quotes_partial_inside_reported_clause(blank_nlp, resolver, finder) -> None:
    text = 'Priya Nair said the plan was "dead on arrival" at the council.'
    table = """
    Priya   PROPN compound 1 B-PERSON
    Nair    PROPN nsubj    2 I-PERSON
    said    VERB  ROOT     2 O        say
    the     DET   det      4
    plan    NOUN  nsubj    5
    was     AUX   ccomp    2 O        be
    "       PUNCT punct    5
    dead    ADJ   acomp    5
    on      ADP   prep     7
    arrival NOUN  pobj     8
    "       PUNCT punct    5
    at      ADP   prep     5
    the     DET   det      13
    council NOUN  pobj     11
    .       PUNCT punct    2
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert _quotes(doc) == [
        (
            'the plan was "dead on arrival" at the council',
            "indirect",
            "Priya Nair",
            "Priya Nair",
            "said",
        ),
        # the partial "dead on arrival" is inside this report: not claimed twice
    ]


def test_quotes_partial_quote_far_below_its_cue(blank_nlp, resolver, finder) -> None:
    # more than a window of words between cue and quote: the verb governing
    # the quoted words reports them
    text = (
        "Priya Nair said the plan that the council approved in a rush last spring "
        'after months of talks was "dead on arrival".'
    )
    table = """
    Priya    PROPN compound 1  B-PERSON
    Nair     PROPN nsubj    2  I-PERSON
    said     VERB  ROOT     2  O        say
    the      DET   det      4
    plan     NOUN  nsubj    18
    that     PRON  dobj     8
    the      DET   det      7
    council  NOUN  nsubj    8
    approved VERB  relcl    4  O        approve
    in       ADP   prep     8
    a        DET   det      11
    rush     NOUN  pobj     9
    last     ADJ   amod     13
    spring   NOUN  npadvmod 8
    after    ADP   prep     8
    months   NOUN  pobj     14 O        month
    of       ADP   prep     15
    talks    NOUN  pobj     16 O        talk
    was      AUX   ccomp    2  O        be
    "        PUNCT punct    18
    dead     ADJ   acomp    18
    on       ADP   prep     20
    arrival  NOUN  pobj     21
    "        PUNCT punct    18
    .        PUNCT punct    2
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    speaker = ("Priya Nair", "Priya Nair", "said")
    assert _quotes(doc) == [
        # one claim per passage: the partial quote lies inside the report
        (text[text.index("the plan") : text.index(".")], "indirect", *speaker),
    ]


def _reported(verb: str, lemma: str, *, told: bool = False, that: bool = False) -> str:
    """Table of 'Priya Nair <verb> [reporters] [that] the port would grow.'"""
    rows = ["Priya PROPN compound 1 B-PERSON", "Nair PROPN nsubj 2 I-PERSON"]
    rows.append(f"{verb} VERB ROOT 2 O {lemma}")
    grow = 6 + told + that
    if told:
        rows.append("reporters NOUN dobj 2 O reporter")
    if that:
        rows.append(f"that SCONJ mark {grow}")
    rows += [
        f"the DET det {grow - 2}",
        f"port NOUN nsubj {grow}",
        f"would AUX aux {grow}",
        "grow VERB ccomp 2",
        ". PUNCT punct 2",
    ]
    return "\n".join(rows)


@pytest.mark.parametrize(
    ("verb", "lemma", "told", "that", "clause", "cue"),
    [
        ("said", "say", False, False, "the port would grow", "said"),
        ("told", "tell", True, False, "the port would grow", "told reporters"),
        ("added", "add", False, True, "that the port would grow", "added"),
        ("claimed", "claim", False, False, "the port would grow", "claimed"),
    ],
    ids=["say", "tell", "add", "claim"],
)
def test_quotes_indirect_report_of_cue_lemmas(
    blank_nlp, resolver, finder, verb, lemma, told, that, clause, cue
) -> None:
    words = [verb, "reporters" if told else "", "that" if that else ""]
    text = "Priya Nair " + " ".join(w for w in words if w) + " the port would grow."
    table = _reported(verb, lemma, told=told, that=that)
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert _quotes(doc) == [(clause, "indirect", "Priya Nair", "Priya Nair", cue)]


def test_quotes_non_reporting_verb_gives_no_quote(blank_nlp, resolver, finder) -> None:
    text = "Priya Nair dreamed the port would grow."
    doc = _run(blank_nlp, text, _reported("dreamed", "dream"), resolver, finder)
    assert _quotes(doc) == []


def test_quotes_indirect_option_off_keeps_marked_quotes(blank_nlp, resolver) -> None:
    direct_only = QuoteFinder("ck_quotes", indirect=False)
    text = "Priya Nair said the port would grow."
    doc = _run(blank_nlp, text, _reported("said", "say"), resolver, direct_only)
    assert _quotes(doc) == []
    text = '"Berths ran out in June," said Priya Nair.'
    doc = _run(blank_nlp, text, SAID_AFTER, resolver, direct_only)
    assert [q[:3] for q in _quotes(doc)] == [
        ("Berths ran out in June,", "direct", "Priya Nair")
    ]


# --- according to ---------------------------------------------------------------------


def test_quotes_according_to_opens_the_sentence(blank_nlp, resolver, finder) -> None:
    text = "According to Acme Shipping, cargo volumes rose last year."
    table = """
    According VERB  prep     7 O     accord
    to        ADP   prep     0
    Acme      PROPN compound 3 B-ORG
    Shipping  PROPN pobj     1 I-ORG
    ,         PUNCT punct    7
    cargo     NOUN  compound 6
    volumes   NOUN  nsubj    7 O     volume
    rose      VERB  ROOT     7 O     rise
    last      ADJ   amod     9
    year      NOUN  npadvmod 7
    .         PUNCT punct    7
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert _quotes(doc) == [
        (
            "cargo volumes rose last year",
            "indirect",
            "Acme Shipping",
            "Acme Shipping",
            "According to",
        )
    ]


def test_quotes_per_closes_the_sentence(blank_nlp, resolver, finder) -> None:
    text = "Cargo volumes rose last year, per Acme Shipping."
    table = """
    Cargo    NOUN  compound 1
    volumes  NOUN  nsubj    2 O     volume
    rose     VERB  ROOT     2 O     rise
    last     ADJ   amod     4
    year     NOUN  npadvmod 2
    ,        PUNCT punct    2
    per      ADP   prep     2
    Acme     PROPN compound 8 B-ORG
    Shipping PROPN pobj     6 I-ORG
    .        PUNCT punct    2
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert _quotes(doc) == [
        (
            "Cargo volumes rose last year",
            "indirect",
            "Acme Shipping",
            "Acme Shipping",
            "per",
        )
    ]


def test_quotes_accordingly_is_no_cue(blank_nlp, resolver, finder) -> None:
    text = "Acme Shipping acted accordingly last year."
    table = """
    Acme        PROPN compound 1 B-ORG
    Shipping    PROPN nsubj    2 I-ORG
    acted       VERB  ROOT     2 O     act
    accordingly ADV   advmod   2
    last        ADJ   amod     5
    year        NOUN  npadvmod 2
    .           PUNCT punct    2
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert _quotes(doc) == []


# --- speakers: pronouns and role nouns ------------------------------------------------

PRONOUN = """
Nadia   PROPN compound 1  B-PERSON
Petrova PROPN nsubj    2  I-PERSON
runs    VERB  ROOT     2  O        run
the     DET   det      4
farm    NOUN  dobj     2
.       PUNCT punct    2
"       PUNCT punct    14
Rain    NOUN  nsubj    8  O        rain
came    VERB  ccomp    14 O        come
too     ADV   advmod   10
late    ADV   advmod   8
,       PUNCT punct    14
"       PUNCT punct    14
she     PRON  nsubj    14
said    VERB  ROOT     14 O        say
.       PUNCT punct    14
"""
PRONOUN_TEXT = 'Nadia Petrova runs the farm. "Rain came too late," she said.'


def test_quotes_pronoun_speaker_is_the_person_named_before(
    blank_nlp, resolver, finder
) -> None:
    doc = _run(blank_nlp, PRONOUN_TEXT, PRONOUN, resolver, finder)
    she = PRONOUN_TEXT.index("she")
    (person,) = doc._.ck_entities
    assert {"text": "she", "start": she, "end": she + 3} in person["mentions"]
    assert _quotes(doc) == [
        ("Rain came too late,", "direct", "she", "Nadia Petrova", "said")
    ]


def test_quotes_pronoun_resolved_by_quotes_when_entities_did_not(
    blank_nlp, finder
) -> None:
    no_pronouns = EntityResolver("ck_entities", resolve_pronouns=False)
    doc = _run(blank_nlp, PRONOUN_TEXT, PRONOUN, no_pronouns, finder)
    (person,) = doc._.ck_entities
    assert [m["text"] for m in person["mentions"]] == ["Nadia Petrova"]
    assert _quotes(doc)[0][2:4] == ("she", "Nadia Petrova")


def test_quotes_pronoun_with_no_person_before_names_no_entity(
    blank_nlp, resolver, finder
) -> None:
    text = '"Rain came too late," she said.'
    table = """
    "    PUNCT punct  8
    Rain NOUN  nsubj  2 O rain
    came VERB  ccomp  8 O come
    too  ADV   advmod 4
    late ADV   advmod 2
    ,    PUNCT punct  8
    "    PUNCT punct  8
    she  PRON  nsubj  8
    said VERB  ROOT   8 O say
    .    PUNCT punct  8
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert _quotes(doc) == [("Rain came too late,", "direct", "she", None, "said")]


ROLE = """
Acme     PROPN compound 1 B-ORG
Shipping PROPN nsubj    2 I-ORG
cut      VERB  ROOT     2 O     cut
200      NUM   nummod   4
jobs     NOUN  dobj     2 O     job
.        PUNCT punct    2
The      DET   det      7
company  NOUN  nsubj    8
said     VERB  ROOT     8 O     say
demand   NOUN  nsubj    11
had      AUX   aux      11 O    have
fallen   VERB  ccomp    8 O     fall
.        PUNCT punct    8
"""


def test_quotes_the_company_is_the_organization_named_before(
    blank_nlp, resolver, finder
) -> None:
    text = "Acme Shipping cut 200 jobs. The company said demand had fallen."
    doc = _run(blank_nlp, text, ROLE, resolver, finder)
    assert _quotes(doc) == [
        ("demand had fallen", "indirect", "The company", "Acme Shipping", "said")
    ]


def test_quotes_the_company_with_no_organization_before(
    blank_nlp, resolver, finder
) -> None:
    text = "The company said demand had fallen."
    table = """
    The     DET  det   1
    company NOUN nsubj 2
    said    VERB ROOT  2 O say
    demand  NOUN nsubj 5
    had     AUX  aux   5 O have
    fallen  VERB ccomp 2 O fall
    .       PUNCT punct 2
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert _quotes(doc) == [
        ("demand had fallen", "indirect", "The company", None, "said")
    ]


# --- dash and colon attribution -------------------------------------------------------


def test_quotes_dash_names_the_speaker(blank_nlp, resolver, finder) -> None:
    text = '"We will rebuild the pier." \u2014 Marta Lindqvist'
    table = """
    "         PUNCT punct    3
    We        PRON  nsubj    3
    will      AUX   aux      3
    rebuild   VERB  ROOT     3  O        rebuild
    the       DET   det      5
    pier      NOUN  dobj     3
    .         PUNCT punct    3
    "         PUNCT punct    3
    \u2014         PUNCT punct    10
    Marta     PROPN compound 10 B-PERSON
    Lindqvist PROPN ROOT     10 I-PERSON
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert _quotes(doc) == [
        (
            "We will rebuild the pier.",
            "direct",
            "Marta Lindqvist",
            "Marta Lindqvist",
            "\u2014",
        )
    ]


def test_quotes_name_and_colon_before_quote(blank_nlp, resolver, finder) -> None:
    text = 'Soren Dahl: "The vote must be held again."'
    table = """
    Soren PROPN compound  1 B-PERSON
    Dahl  PROPN ROOT      1 I-PERSON
    :     PUNCT punct     1
    "     PUNCT punct     9
    The   DET   det       5
    vote  NOUN  nsubjpass 9
    must  AUX   aux       9
    be    AUX   auxpass   9
    held  VERB  ROOT      9 O        hold
    again ADV   advmod    9
    .     PUNCT punct     9
    "     PUNCT punct     9
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert _quotes(doc) == [
        ("The vote must be held again.", "direct", "Soren Dahl", "Soren Dahl", ":")
    ]


def test_quotes_colon_ending_the_paragraph_before(blank_nlp, resolver, finder) -> None:
    text = 'Soren Dahl wrote to the board:\n\n"The vote must be held again."'
    table = """
    Soren PROPN compound  1  B-PERSON
    Dahl  PROPN nsubj     2  I-PERSON
    wrote VERB  ROOT      2  O        write
    to    ADP   prep      2
    the   DET   det       5
    board NOUN  pobj      3
    :     PUNCT punct     2
    ¶¶    SPACE dep       6
    "     PUNCT punct     13
    The   DET   det       10
    vote  NOUN  nsubjpass 13
    must  AUX   aux       13
    be    AUX   auxpass   13
    held  VERB  ROOT      13 O        hold
    again ADV   advmod    13
    .     PUNCT punct     13
    "     PUNCT punct     13
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert _quotes(doc) == [
        (
            "The vote must be held again.",
            "direct",
            "Soren Dahl",
            "Soren Dahl",
            "wrote",
        )
    ]


# --- continued speakers ---------------------------------------------------------------


def test_quotes_split_quote_continues_its_speaker(blank_nlp, resolver, finder) -> None:
    # '"A," X said. "B."': B continues A's cue and speaker. The parse gives
    # 'said' no subject (the name next to it names the speaker of A), so only
    # the split rule gives B its cue
    text = (
        '"We lost three contracts," Marek Zielinski said. '
        '"The next quarter will be harder."'
    )
    table = """
    "         PUNCT punct    9
    We        PRON  nsubj    2
    lost      VERB  ccomp    9  O        lose
    three     NUM   nummod   4
    contracts NOUN  dobj     2  O        contract
    ,         PUNCT punct    9
    "         PUNCT punct    9
    Marek     PROPN compound 8  B-PERSON
    Zielinski PROPN npadvmod 9  I-PERSON
    said      VERB  ROOT     9  O        say
    .         PUNCT punct    9
    "         PUNCT punct    16
    The       DET   det      14
    next      ADJ   amod     14
    quarter   NOUN  nsubj    16
    will      AUX   aux      16
    be        AUX   ROOT     16
    harder    ADJ   acomp    16 O        hard
    .         PUNCT punct    16
    "         PUNCT punct    16
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    speaker = ("Marek Zielinski", "Marek Zielinski", "said")
    assert _quotes(doc) == [
        ("We lost three contracts,", "direct", *speaker),
        ("The next quarter will be harder.", "direct", *speaker),
    ]


PREVIOUS_PARAGRAPH = """
Ingrid  PROPN compound 1  B-PERSON
Solberg PROPN nsubj    3  I-PERSON
has     AUX   aux      3  O        have
fished  VERB  ROOT     3  O        fish
here    ADV   advmod   3
for     ADP   prep     3
years   NOUN  pobj     5  O        year
.       PUNCT punct    3
{gap}   SPACE dep      7
"       PUNCT punct    14
Every   DET   det      11
season  NOUN  npadvmod 14
the     DET   det      13
boats   NOUN  nsubj    14 O        boat
come    VERB  ROOT     14
back    ADV   advmod   14
lighter ADJ   acomp    14 O        light
.       PUNCT punct    14
"       PUNCT punct    14
"""


def test_quotes_quote_opening_a_paragraph_is_the_person_before(
    blank_nlp, resolver, finder
) -> None:
    text = (
        "Ingrid Solberg has fished here for years.\n\n"
        '"Every season the boats come back lighter."'
    )
    table = PREVIOUS_PARAGRAPH.format(gap=_NEWLINE * 2)
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert _quotes(doc) == [
        (
            "Every season the boats come back lighter.",
            "direct",
            "Ingrid Solberg",
            "Ingrid Solberg",
            None,
        )
    ]


def test_quotes_quote_inside_a_paragraph_is_not_the_person_before(
    blank_nlp, resolver, finder
) -> None:
    # the same words in one paragraph: the quote does not open a paragraph
    text = (
        "Ingrid Solberg has fished here for years. "
        '"Every season the boats come back lighter."'
    )
    table = """
    Ingrid  PROPN compound 1  B-PERSON
    Solberg PROPN nsubj    3  I-PERSON
    has     AUX   aux      3  O        have
    fished  VERB  ROOT     3  O        fish
    here    ADV   advmod   3
    for     ADP   prep     3
    years   NOUN  pobj     5  O        year
    .       PUNCT punct    3
    "       PUNCT punct    13
    Every   DET   det      10
    season  NOUN  npadvmod 13
    the     DET   det      12
    boats   NOUN  nsubj    13 O        boat
    come    VERB  ROOT     13
    back    ADV   advmod   13
    lighter ADJ   acomp    13 O        light
    .       PUNCT punct    13
    "       PUNCT punct    13
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert _quotes(doc) == [
        ("Every season the boats come back lighter.", "direct", None, None, None)
    ]


# --- not quotes: scare quotes, titles, nicknames --------------------------------------


def test_quotes_scare_quote_is_dropped(blank_nlp, resolver, finder) -> None:
    text = 'The "reform" left tenants paying more.'
    table = """
    The     DET   det    2
    "       PUNCT punct  2
    reform  NOUN  nsubj  4
    "       PUNCT punct  2
    left    VERB  ROOT   4 O leave
    tenants NOUN  dobj   4 O tenant
    paying  VERB  xcomp  4 O pay
    more    ADJ   dobj   6 O much
    .       PUNCT punct  4
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert _quotes(doc) == []


def test_quotes_book_title_is_no_quote(blank_nlp, resolver, finder) -> None:
    text = 'Ana Lund wrote the book "High Wire Acts" last year.'
    table = """
    Ana   PROPN compound 1 B-PERSON
    Lund  PROPN nsubj    2 I-PERSON
    wrote VERB  ROOT     2 O        write
    the   DET   det      4
    book  NOUN  dobj     2
    "     PUNCT punct    4
    High  PROPN compound 7
    Wire  PROPN compound 8
    Acts  PROPN appos    4
    "     PUNCT punct    4
    last  ADJ   amod     11
    year  NOUN  npadvmod 2
    .     PUNCT punct    2
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert _quotes(doc) == []


def test_quotes_nickname_is_no_quote(blank_nlp, resolver, finder) -> None:
    text = 'Tom "The Hammer" Reed said he would win.'
    table = """
    Tom    PROPN compound 5 B-PERSON
    "      PUNCT punct    5
    The    DET   det      3
    Hammer PROPN compound 5
    "      PUNCT punct    5
    Reed   PROPN nsubj    6 B-PERSON
    said   VERB  ROOT     6 O        say
    he     PRON  nsubj    9
    would  AUX   aux      9
    win    VERB  ccomp    6
    .      PUNCT punct    6
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert [q[:3] for q in _quotes(doc)] == [("he would win", "indirect", "Reed")]


# --- unbalanced quote marks -----------------------------------------------------------


def test_quotes_unclosed_mark_recorded_as_issue(blank_nlp, resolver, finder) -> None:
    text = 'Priya Nair said the plan "was dead on arrival.'
    table = """
    Priya   PROPN compound 1 B-PERSON
    Nair    PROPN nsubj    2 I-PERSON
    said    VERB  ROOT     2 O        say
    the     DET   det      4
    plan    NOUN  nsubj    6
    "       PUNCT punct    6
    was     AUX   ccomp    2 O        be
    dead    ADJ   acomp    6
    on      ADP   prep     7
    arrival NOUN  pobj     8
    .       PUNCT punct    2
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert doc._.ck_issues == [
        "quote mark at 25 not closed in its paragraph; closed at the paragraph end"
    ]
    # the quote closes at the paragraph end; the clause around it is reported
    speaker = ("Priya Nair", "Priya Nair", "said")
    assert _quotes(doc) == [
        ('the plan "was dead on arrival', "indirect", *speaker),
    ]


def test_quotes_stray_closing_mark_recorded_as_issue(
    blank_nlp, resolver, finder
) -> None:
    text = 'The vote is next week." Nair left.'
    table = """
    The  DET   det      1
    vote NOUN  nsubj    2
    is   AUX   ROOT     2 O        be
    next ADJ   amod     4
    week NOUN  npadvmod 2
    .    PUNCT punct    2
    "    PUNCT punct    2
    Nair PROPN nsubj    8 B-PERSON
    left VERB  ROOT     8 O        leave
    .    PUNCT punct    8
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert doc._.ck_issues == ["stray closing quote mark at 22 skipped"]
    assert _quotes(doc) == []


def test_quotes_balanced_marks_record_no_issue(blank_nlp, resolver, finder) -> None:
    text = '"Berths ran out in June," said Priya Nair.'
    doc = _run(blank_nlp, text, SAID_AFTER, resolver, finder)
    assert not doc._.ck_issues


# --- headlines and paragraphs ---------------------------------------------------------

HEADLINE = """
{first}   PROPN compound 1 {ent1}
{second}  PROPN ROOT     1 {ent2}
:         PUNCT punct    1
Harbour   PROPN compound 4
Plan      PROPN nsubj    5
Comes     VERB  ROOT     5 O come
Far       ADV   advmod   7
Too       ADV   advmod   8
Late      ADV   advmod   5
{gap}     SPACE dep      8
The       DET   det      11
council   NOUN  nsubj    12
meets     VERB  ROOT     12 O meet
on        ADP   prep     12
Monday    PROPN pobj     13
.         PUNCT punct    12
"""


def test_quotes_headline_name_colon_statement(blank_nlp, resolver, finder) -> None:
    text = (
        "Lena Fischer: Harbour Plan Comes Far Too Late\n\nThe council meets on Monday."
    )
    table = HEADLINE.format(
        first="Lena",
        second="Fischer",
        ent1="B-PERSON",
        ent2="I-PERSON",
        gap=_NEWLINE * 2,
    )
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert [q[:3] + q[4:] for q in _quotes(doc)] == [
        ("Harbour Plan Comes Far Too Late", "indirect", "Lena Fischer", ":")
    ]


def test_quotes_headline_without_a_name_is_no_quote(
    blank_nlp, resolver, finder
) -> None:
    text = (
        "Port Report: Harbour Plan Comes Far Too Late\n\nThe council meets on Monday."
    )
    table = HEADLINE.format(
        first="Port", second="Report", ent1="O", ent2="O", gap=_NEWLINE * 2
    )
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert _quotes(doc) == []


# A quote hard-wrapped inside a paragraph, the speaker on the next line
WRAPPED = """
Port      PROPN compound 1
news      NOUN  ROOT     1
{gap}     SPACE dep      1
"         PUNCT punct    20
Berths    NOUN  nsubj    5  O        berth
ran       VERB  ccomp    20 O        run
out       ADP   prt      5
in        ADP   prep     5
June      PROPN pobj     7
and       CCONJ cc       5
nobody    PRON  nsubj    14
at        ADP   prep     10
the       DET   det      13
council   NOUN  pobj     11
listened  VERB  conj     5  O        listen
to        ADP   prep     14
{wrap}    SPACE dep      15
us        PRON  pobj     15 O        we
,         PUNCT punct    20
"         PUNCT punct    20
said      VERB  ROOT     20 O        say
Priya     PROPN compound 22 B-PERSON
Nair      PROPN nsubj    20 I-PERSON
.         PUNCT punct    20
"""


def test_quotes_wrapped_quote_is_one_with_its_speaker(
    blank_nlp, resolver, finder
) -> None:
    # issue 13: the line break inside the paragraph cut the quote in two
    text = (
        "Port news\n\n"
        '"Berths ran out in June and nobody at the council listened to\n'
        'us," said Priya Nair.'
    )
    table = WRAPPED.format(gap=_NEWLINE * 2, wrap=_NEWLINE)
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert not doc._.ck_issues
    assert _quotes(doc) == [
        (
            "Berths ran out in June and nobody at the council listened to\nus,",
            "direct",
            "Priya Nair",
            "Priya Nair",
            "said",
        )
    ]


def test_quotes_single_newlines_end_paragraphs(blank_nlp, resolver, finder) -> None:
    # no blank line in the text: every line break ends a paragraph, but a quote
    # left open there runs on to the next line's lone closing mark before its
    # 'said X' (issue 16): one quote, with its speaker
    text = (
        "Port news\n"
        '"Berths ran out in June and nobody at the council listened to\n'
        'us," said Priya Nair.'
    )
    table = WRAPPED.format(gap=_NEWLINE, wrap=_NEWLINE)
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert not any("not closed" in issue for issue in doc._.ck_issues)
    marked = [q for q in _quotes(doc) if q[1] != "indirect"]
    assert marked == [
        (
            "Berths ran out in June and nobody at the council listened to\nus,",
            "direct",
            "Priya Nair",
            "Priya Nair",
            "said",
        )
    ]
