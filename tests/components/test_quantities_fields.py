"""Fields of a quantity beyond its value: change, per, bounds, and what is no figure.

From the blind business audit's field errors (issue 15): a level converted in
brackets carries no change; "$1.35 to the euro" is a rate per euro; "a barrel of
crude ... $51" a price per barrel; "of LNG each year" a rate; "$1.3 to $1.5bn"
scales both ends; "within" bounds from above; "the three months to December" is a
period, not a figure; "its two biggest lenders" a rank. Parses are stated by hand
(``tests/handmade.py``); the sentences are the project's own.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from claimkit.components.quantities import QuantityFinder
from claimkit.text.currency import carry_conversions
from claimkit.text.lexicon import Lexicon, load_lexicon
from claimkit.text.scanner import parse_text
from tests.handmade import parse_plurals as _doc
from tests.handmade import quantities_of as _found


@pytest.fixture(scope="module")
def finder() -> QuantityFinder:
    return QuantityFinder("ck_quantities")


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return Lexicon.from_json(load_lexicon(None, "quantities.json"))


def _fields(finder: QuantityFinder, doc: Doc) -> list[tuple[Any, ...]]:
    return [
        (r["text"], r["quantity"]["change"], r["quantity"]["per"])
        for r in _found(finder, doc)
    ]


def _tag(doc: Doc, tags: dict[int, str]) -> Doc:
    for i, tag in tags.items():
        doc[i].tag_ = tag
    return doc


# -- change -------------------------------------------------------------------------


def _by_wrapper(nlp: Language, verb: str, lemma: str, noun: str) -> Doc:
    """ "Landlords <verb> rents by an average <noun> of 6%." """
    return _doc(
        nlp,
        f"Landlords {verb} rents by an {noun} of 6%.",
        f"""
        Landlords NOUN  nsubj  1 O landlord
        {verb}    VERB  ROOT   1 O {lemma}
        rents     NOUN  dobj   1 O rent
        by        ADP   prep   1
        an        DET   det    5
        {noun}    NOUN  pobj   3
        of        ADP   prep   5
        6         NUM   nummod 8
        %         NOUN  pobj   6
        .         PUNCT punct  1
        """,
    )


@pytest.mark.parametrize(
    ("verb", "lemma", "want"), [("cut", "cut", "down"), ("raised", "raise", "up")]
)
def test_change_reaches_past_an_average_of(blank_nlp, finder, verb, lemma, want):
    doc = _by_wrapper(blank_nlp, verb, lemma, "average")
    assert _fields(finder, doc) == [("6%", want, None)]


def test_change_not_through_any_noun_of(blank_nlp, finder) -> None:
    # "by an estimate of 6%": no wrapper, the walk stops before the verb.
    doc = _by_wrapper(blank_nlp, "cut", "cut", "estimate")
    assert _fields(finder, doc) == [("6%", None, None)]


def test_change_not_through_a_rate_named_by_the_figure(blank_nlp, finder) -> None:
    # "fell short of the 4% rate forecast": the rate is a level, not a fall.
    doc = _doc(
        blank_nlp,
        "Growth fell short of the 4% rate forecast.",
        """
        Growth   NOUN  nsubj    1
        fell     VERB  ROOT     1 O fall
        short    ADV   advmod   1
        of       ADP   prep     2
        the      DET   det      7
        4        NUM   nummod   6
        %        NOUN  compound 7
        rate     NOUN  pobj     3
        forecast VERB  acl      7
        .        PUNCT punct    1
        """,
    )
    assert _fields(finder, doc) == [("4%", None, None)]


def test_change_rate_of_rise(blank_nlp, finder) -> None:
    doc = _doc(
        blank_nlp,
        "Rents grew at an annual rate of 4.5% in May.",
        """
        Rents  NOUN  nsubj  1 O rent
        grew   VERB  ROOT   1 O grow
        at     ADP   prep   1
        an     DET   det    5
        annual ADJ   amod   5
        rate   NOUN  pobj   2
        of     ADP   prep   5
        4.5    NUM   nummod 8
        %      NOUN  pobj   6
        in     ADP   prep   1
        May    PROPN pobj   9 B-DATE
        .      PUNCT punct  1
        """,
    )
    assert _fields(finder, doc) == [("4.5%", "up", None)]


def test_change_not_for_the_subject_of_a_verb_of_change(blank_nlp, finder) -> None:
    doc = _doc(
        blank_nlp,
        "About 300 miners lost their jobs.",
        """
        About  ADV   advmod 1
        300    NUM   nummod 2
        miners NOUN  nsubj  3 O miner
        lost   VERB  ROOT   3 O lose
        their  PRON  poss   5
        jobs   NOUN  dobj   3 O job
        .      PUNCT punct  3
        """,
    )
    assert _fields(finder, doc) == [("About 300 miners", None, None)]


def test_change_an_object_still_changes(blank_nlp, finder) -> None:
    doc = _doc(
        blank_nlp,
        "The mine lost 300 miners.",
        """
        The    DET   det    1
        mine   NOUN  nsubj  2
        lost   VERB  ROOT   2 O lose
        300    NUM   nummod 4
        miners NOUN  dobj   2 O miner
        .      PUNCT punct  2
        """,
    )
    assert _fields(finder, doc) == [("300 miners", "down", None)]


@pytest.mark.parametrize(("word", "want"), [("higher", "up"), ("lower", "down")])
def test_change_from_a_comparative_after_the_figure(blank_nlp, finder, word, want):
    doc = _doc(
        blank_nlp,
        f"Fares are 7% {word} than in March.",
        f"""
        Fares  NOUN  nsubj    1 O fare
        are    AUX   ROOT     1 O be
        7      NUM   nummod   3
        %      NOUN  npadvmod 4
        {word} ADJ   acomp    1 O {word[:-2]}
        than   ADP   prep     4
        in     ADP   prep     5
        March  PROPN pobj     6 B-DATE
        .      PUNCT punct    1
        """,
    )
    assert _fields(finder, _tag(doc, {4: "JJR"})) == [("7%", want, None)]


def test_change_not_from_a_comparative_before_a_noun(blank_nlp, finder) -> None:
    # "a 7% higher fare": the comparative qualifies the noun (amod) - left alone.
    doc = _doc(
        blank_nlp,
        "They pay a 7% higher fare.",
        """
        They   PRON  nsubj    1
        pay    VERB  ROOT     1
        a      DET   det      6
        7      NUM   nummod   4
        %      NOUN  npadvmod 5
        higher ADJ   amod     6 O high
        fare   NOUN  dobj     1
        .      PUNCT punct    1
        """,
    )
    assert _fields(finder, _tag(doc, {5: "JJR"})) == [("7%", None, None)]


def _from_to_count(nlp: Language, verb: str, lemma: str) -> Doc:
    return _doc(
        nlp,
        f"The league {verb} from 18 to 20 clubs.",
        f"""
        The     DET   det    1
        league  NOUN  nsubj  2
        {verb}  VERB  ROOT   2 O {lemma}
        from    ADP   prep   2
        18      NUM   pobj   3
        to      ADP   prep   2
        20      NUM   nummod 7
        clubs   NOUN  pobj   5 O club
        .       PUNCT punct  2
        """,
    )


def test_counted_from_to_after_a_verb_of_change_is_one_change(blank_nlp, finder):
    (record,) = _found(finder, _from_to_count(blank_nlp, "grew", "grow"))
    quantity = record["quantity"]
    assert record["text"] == "from 18 to 20 clubs"
    assert (quantity["kind"], quantity["unit"]) == ("count", "club")
    assert (quantity["value"], quantity["previous"], quantity["change"]) == (
        20.0,
        18.0,
        "up",
    )
    assert (quantity["low"], quantity["high"], quantity["qualifier"]) == (
        None,
        None,
        "exact",
    )


def test_counted_from_to_without_a_change_stays_a_range(blank_nlp, finder) -> None:
    (record,) = _found(finder, _from_to_count(blank_nlp, "has", "have"))
    quantity = record["quantity"]
    assert (quantity["qualifier"], quantity["low"], quantity["high"]) == (
        "range",
        18.0,
        20.0,
    )
    assert "previous" not in quantity


# -- per ----------------------------------------------------------------------------


def _rate(nlp: Language, word: str, currency: str, lemma: str) -> Doc:
    """ "The pound ended at $1.92 <word> the <currency>." """
    return _doc(
        nlp,
        f"The pound ended at $1.92 {word} the {currency}.",
        f"""
        The        DET   det   1
        pound      NOUN  nsubj 2
        ended      VERB  ROOT  2 O end
        at         ADP   prep  2
        $          SYM   nmod  5
        1.92       NUM   pobj  3
        {word}     ADP   prep  2
        the        DET   det   8
        {currency} NOUN  pobj  6 O {lemma}
        .          PUNCT punct 2
        """,
    )


@pytest.mark.parametrize("word", ["to", "against", "versus"])
def test_per_an_exchange_rate(blank_nlp, finder, word) -> None:
    doc = _rate(blank_nlp, word, "euro", "euro")
    assert _fields(finder, doc) == [("$1.92", None, "euro")]


def test_per_not_the_amounts_own_currency(blank_nlp, finder) -> None:
    # "$1.92 against the dollar" says nothing of a rate per dollar.
    doc = _rate(blank_nlp, "against", "dollar", "dollar")
    assert _fields(finder, doc) == [("$1.92", None, None)]


def test_per_not_after_a_word_that_is_no_currency(blank_nlp, finder) -> None:
    doc = _rate(blank_nlp, "to", "board", "board")
    assert _fields(finder, doc) == [("$1.92", None, None)]


def _a_unit_of(nlp: Language, det: str, noun: str, lemma: str) -> Doc:
    """ "<det> <noun> of copper rose $40 to $7,100." """
    return _doc(
        nlp,
        f"{det} {noun} of copper rose $40 to $7,100.",
        f"""
        {det}  DET   det    1
        {noun} NOUN  nsubj  4 O {lemma}
        of     ADP   prep   1
        copper NOUN  pobj   2
        rose   VERB  ROOT   4 O rise
        $      SYM   nmod   6
        40     NUM   dobj   4
        to     ADP   prep   4
        $      SYM   nmod   9
        7,100  NUM   pobj   7
        .      PUNCT punct  4
        """,
    )


def test_per_a_unit_of_a_good_as_subject(blank_nlp, finder) -> None:
    doc = _a_unit_of(blank_nlp, "A", "tonne", "tonne")
    assert _fields(finder, doc) == [("$40", "up", "t"), ("$7,100", None, "t")]


@pytest.mark.parametrize(
    ("det", "noun", "lemma"),
    [("The", "tonne", "tonne"), ("A", "shipment", "shipment"), ("A", "year", "year")],
)
def test_per_not_from_other_subjects(blank_nlp, finder, det, noun, lemma) -> None:
    # a definite subject, a noun that is no unit, a period: no price per unit
    doc = _a_unit_of(blank_nlp, det, noun, lemma)
    assert _fields(finder, doc) == [("$40", "up", None), ("$7,100", None, None)]


def test_per_after_the_of_phrase(blank_nlp, finder) -> None:
    doc = _doc(
        blank_nlp,
        "The mine ships 2.5 million tonnes of ore each year.",
        """
        The     DET   det    1
        mine    NOUN  nsubj  2
        ships   VERB  ROOT   2 O ship
        2.5     NUM   compound 4
        million NUM   nummod 5
        tonnes  NOUN  dobj   2 O tonne
        of      ADP   prep   5
        ore     NOUN  pobj   6
        each    DET   det    9
        year    NOUN  npadvmod 2
        .       PUNCT punct  2
        """,
    )
    (record,) = _found(finder, doc)
    assert record["text"] == "2.5 million tonnes"
    assert (record["quantity"]["unit"], record["quantity"]["per"]) == ("t", "year")


def test_per_not_after_the_of_phrase_for_a_date(blank_nlp, finder) -> None:
    doc = _doc(
        blank_nlp,
        "The mine shipped 2.5 million tonnes of ore a year ago.",
        """
        The     DET   det    1
        mine    NOUN  nsubj  2
        shipped VERB  ROOT   2 O ship
        2.5     NUM   compound 4
        million NUM   nummod 5
        tonnes  NOUN  dobj   2 O tonne
        of      ADP   prep   5
        ore     NOUN  pobj   6
        a       DET   det    9
        year    NOUN  npadvmod 10
        ago     ADV   advmod 2
        .       PUNCT punct  2
        """,
    )
    (record,) = _found(finder, doc)
    assert record["quantity"]["per"] is None


# -- a rank is no figure ---------------------------------------------------------------


def test_rank_with_a_superlative_is_no_count(blank_nlp, finder) -> None:
    doc = _doc(
        blank_nlp,
        "Its three largest lenders agreed.",
        """
        Its     PRON  poss   3
        three   NUM   nummod 3
        largest ADJ   amod   3
        lenders NOUN  nsubj  4 O lender
        agreed  VERB  ROOT   4 O agree
        .       PUNCT punct  4
        """,
    )
    assert _found(finder, _tag(doc, {2: "JJS"})) == []


def test_count_with_a_plain_adjective_stays(blank_nlp, finder) -> None:
    doc = _doc(
        blank_nlp,
        "It hired 40 new lenders.",
        """
        It      PRON  nsubj  1
        hired   VERB  ROOT   1 O hire
        40      NUM   nummod 4
        new     ADJ   amod   4
        lenders NOUN  dobj   1 O lender
        .       PUNCT punct  1
        """,
    )
    assert [r["text"] for r in _found(finder, doc)] == ["40 new lenders"]


# -- scanner: bounds, scale, periods, ratios (no spaCy) -------------------------------


def _one(lex: Lexicon, text: str) -> list[tuple[Any, ...]]:
    return [
        (
            r["text"],
            r["quantity"]["kind"],
            r["quantity"]["value"],
            r["quantity"]["low"],
            r["quantity"]["high"],
            r["quantity"]["qualifier"],
        )
        for r in parse_text(text, lex)
        if r["quantity"]["kind"] is not None
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "repairs will cost $2.1 to $2.4bn",
            ("$2.1 to $2.4bn", "money", None, 2.1e9, 2.4e9, "range"),
        ),
        (
            "between £3 and £5m",
            ("between £3 and £5m", "money", None, 3e6, 5e6, "range"),
        ),
        # the low end is written in full: no magnitude to share
        (
            "from $400 to $1.5m",
            ("from $400 to $1.5m", "money", None, 400, 1.5e6, "range"),
        ),
        # different currencies are no range at all
        ("$3 to £5m", ("$3", "money", 3.0, None, None, "exact")),
    ],
)
def test_scanner_money_range_shares_its_magnitude(lex, text, want) -> None:
    assert _one(lex, text)[0] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("sold out within 20 minutes", ("within 20 minutes", "duration", 20, None, 20)),
        ("homes within 3 km of the site", ("within 3 km", "measure", 3, None, 3)),
    ],
)
def test_scanner_within_is_at_most(lex, text, want) -> None:
    (got,) = _one(lex, text)
    assert got[:5] == want
    assert got[5] == "at_most"


@pytest.mark.parametrize(
    "text",
    [
        "profit in the three months to June",
        "sales in the final three months of 2003",
        "output in the first nine months of the year",
        "prices doubled over the past two years",
        "it hopes to double output over the next five years",
    ],
)
def test_scanner_a_definite_period_is_no_figure(lex, text) -> None:
    assert _one(lex, text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("the worst figure of the past 12 years", "12 years"),
        ("he spent the last six years abroad", "six years"),
        ("jailed for three years", "three years"),
        ("the three years he served", "three years"),
        ("the 41 year-old striker", "41 year-old"),
    ],
)
def test_scanner_other_durations_stay(lex, text, want) -> None:
    assert [g[0] for g in _one(lex, text)] == [want]


@pytest.mark.parametrize(
    ("text", "value"),
    [("seven out of every 10 voters", 0.7), ("one in every four homes", 0.25)],
)
def test_scanner_ratio_out_of_every(lex, text, value) -> None:
    (record,) = parse_text(text, lex)
    assert record["quantity"]["value"] == pytest.approx(value)


# -- conversions in brackets --------------------------------------------------------


def _record(kind: str, unit: str, start: int, end: int, **fields: Any) -> dict:
    quantity = {
        "kind": kind,
        "unit": unit,
        "value": 1.0,
        "low": None,
        "high": None,
        "qualifier": "exact",
        "change": None,
        "per": None,
    }
    quantity.update(fields)
    return {"start": start, "end": end, "quantity": quantity}


def test_conversion_of_a_measure_carries_its_bound() -> None:
    text = "about 80 kilometres (50 miles) away"
    records = [
        _record("measure", "km", 0, 19, qualifier="approx"),
        _record("measure", "mi", 21, 29),
    ]
    carry_conversions(text, records)
    assert records[1]["quantity"]["qualifier"] == "approx"


def test_conversion_of_a_level_has_no_change() -> None:
    # the parse gave the converted amount a change its source does not have
    text = "raised its offer to £2bn ($3.8bn)."
    records = [_record("money", "GBP", 20, 24), _record("money", "USD", 26, 32)]
    records[1]["quantity"]["change"] = "up"
    carry_conversions(text, records)
    assert records[1]["quantity"]["change"] is None


def test_conversion_carries_change_and_per() -> None:
    text = "rose $2 a barrel (£1.05)"
    records = [
        _record("money", "USD", 5, 16, change="up", per="bbl"),
        _record("money", "GBP", 18, 23),
    ]
    carry_conversions(text, records)
    assert (records[1]["quantity"]["change"], records[1]["quantity"]["per"]) == (
        "up",
        "bbl",
    )


def test_no_conversion_between_kinds() -> None:
    text = "80 kilometres (£50) away"
    records = [
        _record("measure", "km", 0, 13, qualifier="approx"),
        _record("money", "GBP", 15, 18),
    ]
    carry_conversions(text, records)
    assert records[1]["quantity"]["qualifier"] == "exact"


# -- levels after "at" and "below"; a year is no end of a range ---------------------------


def test_level_at_after_an_amount_has_no_change(blank_nlp, finder) -> None:
    doc = _doc(
        blank_nlp,
        "Shares were up 4% at 210p.",
        """
        Shares NOUN  nsubj    1 O share
        were   AUX   ROOT     1 O be
        up     ADV   advmod   1
        4      NUM   nummod   4
        %      NOUN  npadvmod 2
        at     ADP   prep     2
        210p   NUM   pobj     5
        .      PUNCT punct    1
        """,
    )
    assert _fields(finder, doc) == [("4%", "up", None), ("210p", None, None)]


def test_rate_at_without_an_amount_is_a_change(blank_nlp, finder) -> None:
    doc = _doc(
        blank_nlp,
        "Wages grew at 3% last year.",
        """
        Wages NOUN  nsubj    1 O wage
        grew  VERB  ROOT     1 O grow
        at    ADP   prep     1
        3     NUM   nummod   4
        %     NOUN  pobj     2
        last  ADJ   amod     6
        year  NOUN  npadvmod 1
        .     PUNCT punct    1
        """,
    )
    assert _fields(finder, doc) == [("3%", "up", None)]


@pytest.mark.parametrize(
    ("bound", "want"), [("below", None), ("above", None), ("by", "down")]
)
def test_level_named_by_below_or_above(blank_nlp, finder, bound, want) -> None:
    doc = _doc(
        blank_nlp,
        f"Output may fall {bound} 2% this year.",
        f"""
        Output  NOUN  nsubj    2
        may     AUX   aux      2
        fall    VERB  ROOT     2
        {bound} ADP   prep     2
        2       NUM   nummod   5
        %       NOUN  pobj     3
        this    DET   det      7
        year    NOUN  npadvmod 2
        .       PUNCT punct    2
        """,
    )
    (record,) = _found(finder, doc)
    assert record["quantity"]["change"] == want


def test_scanner_a_year_is_no_low_end_of_money(lex) -> None:
    got = _one(lex, "losses shrank in 2003 to $80m")
    assert got == [("$80m", "money", 8e7, None, None, "exact")]


def test_scanner_a_count_range_from_a_four_digit_number_stays(lex) -> None:
    (record,) = parse_text("1500 to 2000", lex)
    assert (record["quantity"]["low"], record["quantity"]["high"]) == (1500, 2000)


@pytest.mark.parametrize(
    ("text", "value", "shown"),
    [
        ("a dividend of 48 euro cents", 0.48, "48 euro cents"),
        ("a dividend of 48 euros", 48.0, "48 euros"),
    ],
)
def test_scanner_euro_cents(lex, text, value, shown) -> None:
    (record,) = _one(lex, text)
    assert (record[0], record[2]) == (shown, pytest.approx(value))


# -- the dollar of a conversion ------------------------------------------------------


def test_dollar_in_a_conversion_is_not_the_one_it_converts(blank_nlp) -> None:
    from claimkit.components.quantities import find_quantities

    text = "Kiwi Rail lost NZ$40m ($29m). It will spend $15m."
    doc = blank_nlp.make_doc(text)
    found = find_quantities(doc, QuantityFinder("ck_quantities"))
    units = [(r["text"], r["quantity"]["unit"]) for r in found]
    assert units == [("NZ$40m", "NZD"), ("$29m", "USD"), ("$15m", "NZD")]
    assert found[1]["quantity"]["currency_basis"] == "default"


# -- money raised, misparsed neighbours ---------------------------------------------------


def _raise(nlp: Language, tail: str, table: str) -> Doc:
    return _doc(nlp, f"The sale will raise {tail}.", table)


def test_money_raised_is_collected_not_a_rise(blank_nlp, finder) -> None:
    doc = _raise(
        blank_nlp,
        "£40m",
        """
        The  DET   det   1
        sale NOUN  nsubj 3
        will AUX   aux   3
        raise VERB ROOT  3
        £    SYM   nmod  5
        40m  NUM   dobj  3
        .    PUNCT punct 3
        """,
    )
    assert _fields(finder, doc) == [("£40m", None, None)]


def test_raised_by_an_amount_is_a_rise(blank_nlp, finder) -> None:
    doc = _doc(
        blank_nlp,
        "The bidder raised its offer by £40m.",
        """
        The    DET   det   1
        bidder NOUN  nsubj 2
        raised VERB  ROOT  2 O raise
        its    PRON  poss  4
        offer  NOUN  dobj  2
        by     ADP   prep  2
        £      SYM   nmod  7
        40m    NUM   pobj  5
        .      PUNCT punct 2
        """,
    )
    assert _fields(finder, doc) == [("£40m", "up", None)]


def test_no_change_through_another_figures_number(blank_nlp, finder) -> None:
    # a misparse hangs "£9bn" from the "12" of "12% higher": only 12% rose
    doc = _doc(
        blank_nlp,
        "Costs may reach £9bn - 12% higher than planned.",
        """
        Costs   NOUN  nsubj    2 O cost
        may     AUX   aux      2
        reach   VERB  ROOT     2
        £       SYM   quantmod 6
        9bn     NOUN  compound 6
        -       SYM   punct    6
        12      NUM   nummod   7
        %       NOUN  npadvmod 8
        higher  ADJ   advmod   2 O high
        than    SCONJ mark     10
        planned VERB  advcl    8 O plan
        .       PUNCT punct    2
        """,
    )
    got = _fields(finder, _tag(doc, {8: "JJR"}))
    assert got == [("£9bn", None, None), ("12%", "up", None)]


def test_per_after_the_of_phrase_of_a_duration(blank_nlp, finder) -> None:
    doc = _doc(
        blank_nlp,
        "Pupils get three hours of music a week.",
        """
        Pupils NOUN  nsubj    1 O pupil
        get    VERB  ROOT     1
        three  NUM   nummod   3
        hours  NOUN  dobj     1 O hour
        of     ADP   prep     3
        music  NOUN  pobj     4
        a      DET   det      7
        week   NOUN  npadvmod 1
        .      PUNCT punct    1
        """,
    )
    (record,) = _found(finder, doc)
    assert (record["text"], record["quantity"]["per"]) == ("three hours", "week")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("the 90 days of fighting", ["90 days"]),
        ("the nine years of the war", ["nine years"]),
        ("the first two years of the government", []),
        ("the first nine months of the year", []),
    ],
)
def test_scanner_a_period_of_what(lex, text, want) -> None:
    assert [g[0] for g in _one(lex, text)] == want


def test_scanner_millions_of_pounds_is_money(lex) -> None:
    ((text, kind, *_),) = _one(lex, "millions of pounds of public money")
    assert (text, kind) == ("millions of pounds", "money")


def test_scanner_near_is_approximate(lex) -> None:
    ((text, _, value, _, _, qualifier),) = _one(lex, "a near 8% rise")
    assert (text, value, qualifier) == ("near 8%", 8.0, "approx")


def test_range_of_change_before_a_comparative_stays_one(blank_nlp, finder) -> None:
    doc = _doc(
        blank_nlp,
        "Sales will be 4% to 6% lower.",
        """
        Sales NOUN  nsubj    2 O sale
        will  AUX   aux      2
        be    AUX   ROOT     2
        4     NUM   nummod   4
        %     NOUN  npadvmod 8
        to    ADP   quantmod 7
        6     NUM   nummod   7
        %     NOUN  npadvmod 8
        lower ADJ   acomp    2 O low
        .     PUNCT punct    2
        """,
    )
    (record,) = _found(finder, _tag(doc, {8: "JJR"}))
    quantity = record["quantity"]
    assert (record["text"], quantity["low"], quantity["high"]) == ("4% to 6%", 4, 6)
    assert (quantity["qualifier"], quantity["change"]) == ("range", "down")


def test_per_inside_the_of_phrase(blank_nlp, finder) -> None:
    # the parse hangs "per day" from the noun after "of"
    doc = _doc(
        blank_nlp,
        "The field pumps 90,000 barrels of oil per day (bpd).",
        """
        The     DET   det    1
        field   NOUN  nsubj  2
        pumps   VERB  ROOT   2 O pump
        90,000  NUM   nummod 4
        barrels NOUN  dobj   2 O barrel
        of      ADP   prep   4
        oil     NOUN  pobj   5
        per     ADP   prep   6
        day     NOUN  pobj   7
        (       PUNCT punct  6
        bpd     NOUN  appos  6
        )       PUNCT punct  6
        .       PUNCT punct  2
        """,
    )
    (record,) = _found(finder, doc)
    assert (record["quantity"]["unit"], record["quantity"]["per"]) == ("bbl", "day")


def _bracketed(nlp: Language, tail: str, tail_rows: str) -> Doc:
    """ "It pledged $30bn (£16bn) <tail>." """
    return _doc(
        nlp,
        f"It pledged $30bn (£16bn) {tail}.",
        f"""
        It      PRON  nsubj    1
        pledged VERB  ROOT     1 O pledge
        $       SYM   nmod     3
        30bn    NUM   dobj     1
        (       PUNCT punct    3
        £       SYM   nmod     6
        16bn    NUM   appos    3
        )       PUNCT punct    3
        {tail_rows}
        .       PUNCT punct    1
        """,
    )


def test_per_after_the_brackets_of_a_conversion(blank_nlp, finder) -> None:
    doc = _bracketed(
        blank_nlp,
        "a year",
        """a       DET   det      9
        year    NOUN  npadvmod 1""",
    )
    assert [r["quantity"]["per"] for r in _found(finder, doc)] == ["year", "year"]


def test_no_per_after_the_brackets_for_a_date(blank_nlp, finder) -> None:
    doc = _bracketed(
        blank_nlp,
        "a year ago",
        """a       DET   det      9
        year    NOUN  npadvmod 10
        ago     ADV   advmod   1""",
    )
    assert [r["quantity"]["per"] for r in _found(finder, doc)] == [None, None]


def _at_stores(nlp: Language, number: str, noun: str, lemma: str) -> Doc:
    return _doc(
        nlp,
        f"Sales rose at {number} {noun}.",
        f"""
        Sales    NOUN  nsubj  1 O sale
        rose     VERB  ROOT   1 O rise
        at       ADP   prep   1
        {number} NUM   nummod 4
        {noun}   NOUN  pobj   2 O {lemma}
        .        PUNCT punct  1
        """,
    )


def test_count_after_at_is_where_not_how_much(blank_nlp, finder) -> None:
    doc = _at_stores(blank_nlp, "40", "stores", "store")
    assert _fields(finder, doc) == [("40 stores", None, None)]


def test_percent_after_at_is_still_a_rate_of_change(blank_nlp, finder) -> None:
    doc = _doc(
        blank_nlp,
        "Sales rose at 4%.",
        """
        Sales NOUN  nsubj  1 O sale
        rose  VERB  ROOT   1 O rise
        at    ADP   prep   1
        4     NUM   nummod 4
        %     NOUN  pobj   2
        .     PUNCT punct  1
        """,
    )
    assert _fields(finder, doc) == [("4%", "up", None)]
