"""Precision rules of ck_quantities and ck_claims found in audits (issue 15).

Each rule has its positive and its negative, on hand-built Docs
(``tests/handmade.py``) or raw text for the spaCy-free scanner. The sentences
are the project's own.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from claimkit.components.claims import ClaimLinker
from claimkit.components.quantities import QuantityFinder
from claimkit.text.lexicon import Lexicon, load_lexicon
from claimkit.text.scanner import parse_text
from tests.handmade import parse


@pytest.fixture(scope="module")
def components() -> tuple[QuantityFinder, ClaimLinker]:
    return QuantityFinder("ck_quantities"), ClaimLinker("ck_claims")


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return Lexicon.from_json(load_lexicon(None, "quantities.json"))


def _doc(
    nlp: Language, text: str, table: str, entities: dict[str, str] | None = None
) -> Doc:
    doc = parse(nlp.vocab, text, table)
    for token in doc:
        if token.pos_ == "NOUN" and token.lemma_ != token.lower_:
            token.tag_ = "NNS"
    records = []
    for i, (name, label) in enumerate((entities or {}).items()):
        start = text.index(name)
        mention = {"text": name, "start": start, "end": start + len(name)}
        records.append(
            {"id": f"e{i}", "label": label, "name": name, "mentions": [mention]}
        )
    doc._.ck_entities = records
    doc._.ck_quotes = []
    return doc


def _claims(
    components: tuple[QuantityFinder, ClaimLinker], doc: Doc
) -> list[dict[str, object]]:
    finder, linker = components
    doc = linker(finder(doc))
    assert doc._.ck_failure is None
    names = {entity["id"]: entity["name"] for entity in doc._.ck_entities}
    return [{**c, "subject": names.get(c["subject"])} for c in doc._.ck_claims]


def _texts(components: tuple[QuantityFinder, ClaimLinker], doc: Doc) -> list[str]:
    return [c["text"] for c in _claims(components, doc)]


# -- "one" and "the two men" are no figures -----------------------------------------


def _count_doc(nlp: Language, before: list[str], number: str, noun: str) -> Doc:
    """ "<before...> <number> <noun> left." with the number on the noun."""
    words = [*before, number, noun, "left", "."]
    n = len(before)
    rows = [f"{w} DET det {n + 1}" for w in before]
    rows += [
        f"{number} NUM nummod {n + 1}",
        f"{noun} NOUN nsubj {n + 2} O {noun.rstrip('s')}",
        f"left VERB ROOT {n + 2} O leave",
        f". PUNCT punct {n + 2}",
    ]
    return _doc(nlp, " ".join(words[:-1]) + ".", "\n".join(rows))


@pytest.mark.parametrize(
    ("before", "number", "noun", "counted"),
    [
        ([], "one", "guest", False),  # "one guest left": a determiner
        ([], "two", "guests", True),
        (["the"], "two", "guests", False),  # "the two guests": named already
        (["their"], "three", "guests", False),
        (["the"], "40", "guests", True),  # digits: a figure
        (["the"], "nine", "guests", True),  # larger numbers are figures
    ],
)
def test_quantities_determiner_and_reference_numbers(
    blank_nlp, components, before, number, noun, counted
) -> None:
    doc = _count_doc(blank_nlp, before, number, noun)
    assert bool(_texts(components, doc)) is counted


def test_quantities_one_with_a_rate_is_a_figure(blank_nlp, components) -> None:
    doc = _doc(
        blank_nlp,
        "They evict one guest every night.",
        """
        They  PRON  nsubj 1
        evict VERB  ROOT  1
        one   NUM   nummod 3
        guest NOUN  dobj  1
        every DET   det   5
        night NOUN  npadvmod 1
        .     PUNCT punct 1
        """,
    )
    (claim,) = _claims(components, doc)
    assert claim["quantity"]["per"] == "night"


# -- change ---------------------------------------------------------------------


def test_quantities_counted_noun_is_no_verb_of_change(blank_nlp, components) -> None:
    # "lift" is a verb of change; "61 lifts" are lifts.
    doc = _doc(
        blank_nlp,
        "The mall has 61 lifts.",
        """
        The   DET   det    1
        mall  NOUN  nsubj  2
        has   VERB  ROOT   2 O have
        61    NUM   nummod 4
        lifts NOUN  dobj   2 O lift
        .     PUNCT punct  2
        """,
    )
    (claim,) = _claims(components, doc)
    assert claim["quantity"]["change"] is None


def test_quantities_duration_is_never_a_change(blank_nlp, components) -> None:
    doc = _doc(
        blank_nlp,
        "Fraud rose sharply in 12 months.",
        """
        Fraud   NOUN  nsubj  1
        rose    VERB  ROOT   1 O rise
        sharply ADV   advmod 1
        in      ADP   prep   1
        12      NUM   nummod 5
        months  NOUN  pobj   3 O month
        .       PUNCT punct  1
        """,
    )
    (claim,) = _claims(components, doc)
    assert claim["quantity"]["kind"] == "duration"
    assert claim["quantity"]["change"] is None


def _down_to(nlp: Language, verb: str, lemma: str) -> Doc:
    return _doc(
        nlp,
        f"Turnout {verb} down to 10% in Leeds.",
        f"""
        Turnout NOUN  nsubj  1
        {verb}  VERB  ROOT   1 O {lemma}
        down    ADV   advmod 1
        to      ADP   prep   2
        10      NUM   nummod 5
        %       NOUN  pobj   3
        in      ADP   prep   5
        Leeds   PROPN pobj   6
        .       PUNCT punct  1
        """,
    )


def test_quantities_down_to_a_level_is_no_change(blank_nlp, components) -> None:
    (claim,) = _claims(components, _down_to(blank_nlp, "ran", "run"))
    assert claim["quantity"]["change"] is None


# -- concepts -------------------------------------------------------------------


def test_claims_concept_is_a_word(blank_nlp, components) -> None:
    doc = _doc(
        blank_nlp,
        "Sony took 47% of the £9bn.",
        """
        Sony  PROPN nsubj  1 B-ORG
        took  VERB  ROOT   1 O take
        47    NUM   nummod 3
        %     NOUN  dobj   1
        of    ADP   prep   3
        the   DET   det    7
        £     SYM   nmod   7
        9bn   NUM   pobj   4
        .     PUNCT punct  1
        """,
    )
    # "%" is no concept of "£9bn", nor "£9bn" of "47%".
    assert [(c["text"], c["concept"]) for c in _claims(components, doc)] == [
        ("47%", None),
        ("£9bn", None),
    ]


@pytest.mark.parametrize(
    ("noun", "words", "concept"),
    [
        ("subscribers", ["subscribers"], "subscribers left"),
        ("mail", ["e", "-", "mail"], "e-mail left"),
    ],
)
def test_claims_share_of_a_noun_is_its_concept(
    blank_nlp, components, noun: str, words: list[str], concept: str
) -> None:
    # "40% of the subscribers left": the share's subject-predicate, base and verb
    text = "Some 40% of the " + "".join(words) + " left."
    rows = [
        "Some  DET   advmod 2",
        "40    NUM   nummod 2",
        f"%     NOUN  nsubj  {5 + len(words)}",
        "of    ADP   prep   2",
        f"the   DET   det    {4 + len(words)}",
    ]
    for word in words:
        head = 3 if word == noun else 4 + len(words)
        dep = "pobj" if word == noun else ("punct" if word == "-" else "compound")
        pos = "PUNCT" if word == "-" else "NOUN"
        rows.append(f"{word} {pos} {dep} {head}")
    rows += [
        f"left VERB ROOT {5 + len(words)} O leave",
        f". PUNCT punct {5 + len(words)}",
    ]
    doc = _doc(blank_nlp, text, "\n".join(rows))
    (claim,) = _claims(components, doc)
    assert claim["concept"] == concept


def test_claims_in_the_area_of_is_a_bound_not_a_concept(blank_nlp, components) -> None:
    doc = _doc(
        blank_nlp,
        "Savings in the area of £325m are needed.",
        """
        Savings NOUN  nsubj 7 O saving
        in      ADP   prep  0
        the     DET   det   3
        area    NOUN  pobj  1
        of      ADP   prep  3
        £       SYM   nmod  6
        325m    NUM   pobj  4
        are     AUX   ROOT  7 O be
        needed  VERB  acomp 7 O need
        .       PUNCT punct 7
        """,
    )
    (claim,) = _claims(components, doc)
    assert claim["text"] == "in the area of £325m"
    assert claim["quantity"]["qualifier"] == "approx"
    assert claim["concept"] is None


# -- subjects -------------------------------------------------------------------


def _age_doc(nlp: Language, name: str | None) -> Doc:
    """ "[<name>, ]the 27-year-old keeper signed." """
    if name is None:
        return _doc(
            nlp,
            "Wenger backed the 27-year-old keeper.",
            """
            Wenger PROPN nsubj 1 B-PERSON
            backed VERB  ROOT  1 O back
            the    DET   det   8
            27     NUM   npadvmod 5
            -      PUNCT punct 5
            year   NOUN  npadvmod 7
            -      PUNCT punct 7
            old    ADJ   amod  8
            keeper NOUN  dobj  1
            .      PUNCT punct 1
            """,
            {"Wenger": "PERSON"},
        )
    return _doc(
        nlp,
        f"Wenger backed {name}, the 27-year-old keeper.",
        f"""
        Wenger PROPN nsubj 1 B-PERSON
        backed VERB  ROOT  1 O back
        {name} PROPN dobj  1 B-PERSON
        ,      PUNCT punct 2
        the    DET   det   10
        27     NUM   npadvmod 7
        -      PUNCT punct 7
        year   NOUN  npadvmod 9
        -      PUNCT punct 9
        old    ADJ   amod  10
        keeper NOUN  appos 2
        .      PUNCT punct 1
        """,
        {"Wenger": "PERSON", name: "PERSON"},
    )


def test_claims_age_modifier_belongs_to_the_person_named(blank_nlp, components):
    (claim,) = _claims(components, _age_doc(blank_nlp, "Almunia"))
    assert (claim["text"], claim["subject"]) == ("27-year-old", "Almunia")


def test_claims_age_modifier_is_never_the_clause_subject(blank_nlp, components):
    (claim,) = _claims(components, _age_doc(blank_nlp, None))
    assert (claim["text"], claim["subject"]) == ("27-year-old", None)


@pytest.mark.parametrize(("prep", "subject"), [("through", None), ("to", "Robben")])
def test_claims_company_preposition_is_not_the_subjects(
    blank_nlp, components, prep: str, subject: str | None
) -> None:
    doc = _doc(
        blank_nlp,
        f"Robben ran {prep} four defenders.",
        f"""
        Robben    PROPN nsubj  1 B-PERSON
        ran       VERB  ROOT   1 O run
        {prep}    ADP   prep   1
        four      NUM   nummod 4
        defenders NOUN  pobj   2 O defender
        .         PUNCT punct  1
        """,
        {"Robben": "PERSON"},
    )
    (claim,) = _claims(components, doc)
    assert claim["subject"] == subject


# -- scanner --------------------------------------------------------------------


def test_scanner_metres_per_second(lex) -> None:
    (record,) = parse_text("a top speed of 17m per second", lex)
    quantity = record["quantity"]
    assert (quantity["kind"], quantity["value"], quantity["unit"]) == (
        "measure",
        17.0,
        "m",
    )
    assert quantity["per"] == "s"
    # Millions with another denominator stay a count: "2m per year".
    (record,) = parse_text("2m per year", lex)
    assert (record["quantity"]["kind"], record["quantity"]["value"]) == (
        "count",
        2e6,
    )


def test_scanner_duration_word_in_a_compound_is_no_duration(lex) -> None:
    kinds = [r["quantity"]["kind"] for r in parse_text("three second-half goals", lex)]
    assert "duration" not in kinds
    (record,) = parse_text("in three seconds", lex)
    assert record["quantity"]["kind"] == "duration"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("the Euro 2004 finals", []),  # a tournament
        ("he paid dollar 22 for it", [("dollar 22", "money")]),
        ("a part in 24 Hour Party People", []),  # a title
        ("open for 24 hours", [("24 hours", "duration")]),
        ("the 41 year-old striker", [("41 year-old", "duration")]),
        ("he scored after just nine minutes", []),  # the match clock
        ("the winner came four minutes from time", []),
        ("a deal after 20 minutes of talks", [("20 minutes", "duration")]),
    ],
)
def test_scanner_names_titles_and_the_match_clock(lex, text: str, want) -> None:
    got = [
        (r["text"], r["quantity"]["kind"])
        for r in parse_text(text, lex)
        if r["quantity"]["kind"] is not None
    ]
    assert got == want


def test_quantities_phrasal_up_is_no_bound(blank_nlp, components) -> None:
    doc = _doc(
        blank_nlp,
        "Scouts turned up to nine gigs.",
        """
        Scouts NOUN  nsubj    1 O scout
        turned VERB  ROOT     1 O turn
        up     ADP   prt      1
        to     ADP   quantmod 4
        nine   NUM   nummod   5
        gigs   NOUN  dobj     1 O gig
        .      PUNCT punct    1
        """,
    )
    assert _texts(components, doc) == []
    doc = _doc(
        blank_nlp,
        "Fees rise up to nine pounds.",
        """
        Fees   NOUN  nsubj    1 O fee
        rise   VERB  ROOT     1
        up     ADP   quantmod 4
        to     ADP   quantmod 4
        nine   NUM   nummod   5
        pounds NOUN  dobj     1 O pound
        .      PUNCT punct    1
        """,
    )
    (claim,) = _claims(components, doc)
    assert (claim["text"], claim["quantity"]["qualifier"]) == (
        "up to nine pounds",
        "at_most",
    )


def test_claims_vague_count_concept_is_the_counted_noun(blank_nlp, components) -> None:
    doc = _doc(
        blank_nlp,
        "Tens of thousands of fans left.",
        """
        Tens      NOUN  quantmod 2 O ten
        of        ADP   quantmod 2
        thousands NOUN  nsubj    5 O thousand
        of        ADP   prep     2
        fans      NOUN  pobj     3 O fan
        left      VERB  ROOT     5 O leave
        .         PUNCT punct    5
        """,
    )
    (claim,) = _claims(components, doc)
    assert claim["text"] == "Tens of thousands of fans"
    # What the fans did is said of them, not part of what is counted.
    assert (claim["concept"], claim["concept_key"]) == ("fans", "fan")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("it means a 4-5% cut", [("4-5%", "percent", None, 4.0, 5.0, "range")]),
        ("type a 5 here", []),  # "a 5" alone is no figure
        ("grow by 25 to 30 seats", [("25 to 30", None, None, 25.0, 30.0, "range")]),
        (
            "rose by $19bn to $419bn",
            [
                ("$19bn", "money", 19e9, None, None, "exact"),
                ("$419bn", "money", 419e9, None, None, "exact"),
            ],
        ),
        (
            "a better than 50% chance",
            [("better than 50%", "percent", 50.0, 50.0, None, "more_than")],
        ),
        (
            "a range beyond 6km",
            [("beyond 6km", "measure", 6.0, 6.0, None, "more_than")],
        ),
    ],
)
def test_scanner_ranges_after_a_and_by(lex, text: str, want) -> None:
    got = [
        (
            r["text"],
            r["quantity"]["kind"],
            r["quantity"]["value"],
            r["quantity"]["low"],
            r["quantity"]["high"],
            r["quantity"]["qualifier"],
        )
        for r in parse_text(text, lex)
    ]
    assert got == want


@pytest.mark.parametrize(
    ("verb", "lemma", "change"), [("set", "set", None), ("went", "go", "up")]
)
def test_quantities_phrasal_up_is_no_change(
    blank_nlp, components, verb: str, lemma: str, change: str | None
) -> None:
    doc = _doc(
        blank_nlp,
        f"They {verb} up 40 firms.",
        f"""
        They   PRON  nsubj  1
        {verb} VERB  ROOT   1 O {lemma}
        up     ADP   prt    1
        40     NUM   nummod 4
        firms  NOUN  dobj   1 O firm
        .      PUNCT punct  1
        """,
    )
    (claim,) = _claims(components, doc)
    assert claim["quantity"]["change"] == change


def test_quantities_down_to_reaches_coordinated_levels(blank_nlp, components) -> None:
    # The parse hangs both figures from "down"; neither is a fall.
    doc = _doc(
        blank_nlp,
        "It ran down to 10% in Leeds and 8% in Hull.",
        """
        It    PRON  nsubj    1
        ran   VERB  ROOT     1 O run
        down  ADV   advmod   1
        to    ADP   quantmod 4
        10    NUM   nummod   5
        %     NOUN  npadvmod 2
        in    ADP   prep     2
        Leeds PROPN pobj     6
        and   CCONJ cc       2
        8     NUM   nummod   10
        %     NOUN  conj     2
        in    ADP   prep     10
        Hull  PROPN pobj     11
        .     PUNCT punct    1
        """,
    )
    assert [c["quantity"]["change"] for c in _claims(components, doc)] == [None, None]
    doc = _doc(
        blank_nlp,
        "It closed down 4%.",
        """
        It     PRON  nsubj    1
        closed VERB  ROOT     1 O close
        down   ADV   advmod   1
        4      NUM   nummod   4
        %      NOUN  npadvmod 2
        .      PUNCT punct    1
        """,
    )
    (claim,) = _claims(components, doc)
    assert claim["quantity"]["change"] == "down"


@pytest.mark.parametrize(("by_head", "subject"), [(2, None), (1, "Acme")])
def test_claims_noun_by_phrase_is_not_the_subjects(
    blank_nlp, components, by_head: int, subject: str | None
) -> None:
    # "lost appeals by nine rivals" (the noun's agents) against "won by
    # nine votes" (the verb's margin).
    doc = _doc(
        blank_nlp,
        "Acme lost appeals by nine rivals.",
        f"""
        Acme    PROPN nsubj 1 B-ORG
        lost    VERB  ROOT  1 O lose
        appeals NOUN  dobj  1 O appeal
        by      ADP   prep  {by_head}
        nine    NUM   nummod 5
        rivals  NOUN  pobj  3 O rival
        .       PUNCT punct 1
        """,
        {"Acme": "ORG"},
    )
    (claim,) = _claims(components, doc)
    assert claim["subject"] == subject


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "a ban of between six months and two years",
            [("between six months and two years", "duration", 6.0, 24.0, "month")],
        ),
        (
            "cameras with five megapixel sensors",
            [("five megapixel", "measure", None, None, "MP")],
        ),
        ("he scored with three minutes to go", []),  # the clock of a match
        ("with two minutes of normal time remaining", []),
        (
            "the remaining three minutes of the game",
            [("three minutes", "duration", None, None, "min")],
        ),
        (
            "a wait of between 5 and 10 minutes",
            [("between 5 and 10 minutes", "duration", 5.0, 10.0, "min")],
        ),
    ],
)
def test_scanner_duration_ranges_units_and_clock(lex, text: str, want) -> None:
    got = [
        (
            r["text"],
            r["quantity"]["kind"],
            r["quantity"]["low"],
            r["quantity"]["high"],
            r["quantity"]["unit"],
        )
        for r in parse_text(text, lex)
        if r["quantity"]["kind"] is not None
    ]
    assert got == want


def test_quantities_amount_to_level_is_a_change_and_a_level(blank_nlp, components):
    doc = _doc(
        blank_nlp,
        "Joblessness edged up 0.1% to 4.7%.",
        """
        Joblessness NOUN  nsubj    1
        edged       VERB  ROOT     1 O edge
        up          ADV   advmod   1
        0.1         NUM   nummod   4
        %           NOUN  npadvmod 1
        to          ADP   prep     1
        4.7         NUM   nummod   7
        %           NOUN  pobj     5
        .           PUNCT punct    1
        """,
    )
    got = [
        (c["text"], c["quantity"]["value"], c["quantity"]["change"])
        for c in _claims(components, doc)
    ]
    assert got == [("0.1%", 0.1, "up"), ("4.7%", 4.7, None)]


def test_quantities_range_of_bare_numbers_stays_a_range(blank_nlp, components):
    # "rise 10 to 12 per cent": a range of rises, the unit written once.
    doc = _doc(
        blank_nlp,
        "Fares rise 10 to 12 per cent.",
        """
        Fares NOUN  nsubj    1 O fare
        rise  VERB  ROOT     1
        10    NUM   quantmod 5
        to    ADP   quantmod 5
        12    NUM   nummod   5
        per   ADP   compound 6
        cent  NOUN  npadvmod 1
        .     PUNCT punct    1
        """,
    )
    (claim,) = _claims(components, doc)
    assert (claim["quantity"]["qualifier"], claim["quantity"]["change"]) == (
        "range",
        "up",
    )


def test_quantities_pay_off_is_no_fall(blank_nlp, components) -> None:
    doc = _doc(
        blank_nlp,
        "They paid off $5bn.",
        """
        They PRON  nsubj 1
        paid VERB  ROOT  1 O pay
        off  ADP   prt   1
        $    SYM   nmod  4
        5bn  NUM   dobj  1
        .    PUNCT punct 1
        """,
    )
    (claim,) = _claims(components, doc)
    assert claim["quantity"]["change"] is None


@pytest.mark.parametrize(("tail", "concept"), [(" in profits", "profits"), ("", None)])
def test_claims_noun_of_change_measures_what_it_changes(
    blank_nlp, components, tail: str, concept: str | None
) -> None:
    rows = """
        Acme   PROPN nsubj  1 B-ORG
        posted VERB  ROOT   1 O post
        a      DET   det    5
        52     NUM   nummod 4
        %      NOUN  amod   5
        rise   NOUN  dobj   1
    """
    if tail:
        rows += """
        in      ADP   prep   5
        profits NOUN  pobj   6 O profit
        .       PUNCT punct  1
        """
    else:
        rows += """
        .      PUNCT punct  1
        """
    doc = _doc(blank_nlp, f"Acme posted a 52% rise{tail}.", rows, {"Acme": "ORG"})
    (claim,) = _claims(components, doc)
    assert claim["concept"] == concept


def test_quantities_conversion_in_brackets_shares_bound_and_concept(
    blank_nlp, components
) -> None:
    doc = _doc(
        blank_nlp,
        "Profit hit at least $20bn (£10.6bn).",
        """
        Profit NOUN  nsubj 1
        hit    VERB  ROOT  1
        at     ADP   advmod 3
        least  ADJ   advmod 5
        $      SYM   nmod  5
        20bn   NUM   dobj  1
        (      PUNCT punct 8
        £      SYM   nmod  8
        10.6bn NUM   appos 5
        )      PUNCT punct 8
        .      PUNCT punct 1
        """,
    )
    first, second = _claims(components, doc)
    assert second["quantity"]["qualifier"] == "at_least"
    assert second["quantity"]["low"] == second["quantity"]["value"]
    assert second["concept"] == first["concept"] == "Profit"


@pytest.mark.parametrize(("poss", "subject"), [("its", "Glaxo"), ("his", None)])
def test_claims_its_in_the_subject_is_the_governing_subject(
    blank_nlp, components, poss: str, subject: str | None
) -> None:
    doc = _doc(
        blank_nlp,
        f"Glaxo saw {poss} profits fall 9%.",
        f"""
        Glaxo   PROPN nsubj  1 B-ORG
        saw     VERB  ROOT   1 O see
        {poss}  PRON  poss   3
        profits NOUN  nsubj  4 O profit
        fall    VERB  ccomp  1
        9       NUM   nummod 6
        %       NOUN  npadvmod 4
        .       PUNCT punct  1
        """,
        {"Glaxo": "ORG"},
    )
    (claim,) = _claims(components, doc)
    assert claim["subject"] == subject
    assert claim["quantity"]["change"] == "down"


def test_claims_relative_clause_subject_is_its_noun(blank_nlp, components) -> None:
    doc = _doc(
        blank_nlp,
        "Orange's profits, which showed a 5% rise, grew.",
        """
        Orange  PROPN poss   2 B-ORG
        's      PART  case   0
        profits NOUN  nsubj  11 O profit
        ,       PUNCT punct  2
        which   PRON  nsubj  5
        showed  VERB  relcl  2 O show
        a       DET   det    9
        5       NUM   nummod 8
        %       NOUN  amod   9
        rise    NOUN  dobj   5
        ,       PUNCT punct  2
        grew    VERB  ROOT   11 O grow
        .       PUNCT punct  11
        """,
        {"Orange": "ORG"},
    )
    (claim,) = _claims(components, doc)
    assert claim["subject"] == "Orange"


@pytest.mark.parametrize(("prep", "change"), [("by", "up"), ("from", None)])
def test_quantities_particle_of_a_verb_and_a_starting_level(
    blank_nlp, components, prep: str, change: str | None
) -> None:
    doc = _doc(
        blank_nlp,
        f"Prices went up {prep} 4%.",
        f"""
        Prices NOUN  nsubj  1 O price
        went   VERB  ROOT   1 O go
        up     ADP   prt    1
        {prep} ADP   prep   1
        4      NUM   nummod 5
        %      NOUN  pobj   3
        .      PUNCT punct  1
        """,
    )
    (claim,) = _claims(components, doc)
    assert claim["quantity"]["change"] == change


def test_claims_count_with_a_rate_keeps_its_counted_noun(blank_nlp, components) -> None:
    # "50 lives a year": the counted words are "lives", not the rate's "year"
    doc = _doc(
        blank_nlp,
        "The plan could save 50 lives a year.",
        """
        The   DET   det      1
        plan  NOUN  nsubj    3
        could AUX   aux      3
        save  VERB  ROOT     3
        50    NUM   nummod   5
        lives NOUN  dobj     3 O life
        a     DET   det      7
        year  NOUN  npadvmod 5
        .     PUNCT punct    3
        """,
    )
    (claim,) = _claims(components, doc)
    assert (claim["concept"], claim["concept_key"]) == ("lives", "life")
