"""Changes with both ends, levels after an amount, vague plurals, the run's dollar.

Issue 15's build: "fell from $36,040 to $34,935" is one fall (``value`` the
level reached, ``previous`` the level before); in "rose 8% to $1.2 billion"
the level carries no change; "tens of thousands of dollars" is a bounded
figure. Parses are stated by hand (``tests/handmade.py``); the sentences are
the project's own.
"""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from claimkit.components.quantities import QuantityFinder
from claimkit.errors import ConfigError
from claimkit.loading import check_dollar, set_dollar
from claimkit.records import QuantityClaim
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


def _from_to(nlp: Language, verb: str, lemma: str, low: str, high: str) -> Doc:
    """ "Fares <verb> from $<low> to $<high>." """
    return _doc(
        nlp,
        f"Fares {verb} from ${low} to ${high}.",
        f"""
        Fares   NOUN  nsubj 1 O fare
        {verb}  VERB  ROOT  1 O {lemma}
        from    ADP   prep  1
        $       SYM   nmod  4
        {low}   NUM   pobj  2
        to      ADP   prep  1
        $       SYM   nmod  7
        {high}  NUM   pobj  5
        .       PUNCT punct 1
        """,
    )


# -- a change written with both ends -------------------------------------------


def test_quantities_fall_from_to_is_one_change(blank_nlp, finder) -> None:
    doc = _from_to(blank_nlp, "fell", "fall", "36,040", "34,935")
    (record,) = _found(finder, doc)
    assert record["text"] == "from $36,040 to $34,935"
    quantity = record["quantity"]
    assert (quantity["value"], quantity["previous"]) == (34935.0, 36040.0)
    assert (quantity["change"], quantity["qualifier"]) == ("down", "exact")
    assert (quantity["low"], quantity["high"]) == (None, None)
    assert (
        QuantityClaim(
            text=record["text"], start=0, end=1, quantity=quantity
        ).quantity.previous
        == 36040.0
    )


def test_quantities_rise_from_to_is_one_change(blank_nlp, finder) -> None:
    doc = _from_to(blank_nlp, "rose", "rise", "5bn", "7bn")
    (record,) = _found(finder, doc)
    quantity = record["quantity"]
    assert (quantity["value"], quantity["previous"]) == (7e9, 5e9)
    assert quantity["change"] == "up"


def test_quantities_falling_from_to_without_a_change_verb(blank_nlp, finder) -> None:
    # "went from A to B": the direction is the values' own.
    doc = _from_to(blank_nlp, "went", "go", "90", "75")
    (record,) = _found(finder, doc)
    assert (record["quantity"]["value"], record["quantity"]["previous"]) == (75, 90)
    assert record["quantity"]["change"] == "down"


def test_quantities_rising_from_to_without_a_change_verb_is_a_range(
    blank_nlp, finder
) -> None:
    # "cost from $10 to $50": prices across a range, not a change.
    doc = _from_to(blank_nlp, "cost", "cost", "10", "50")
    (record,) = _found(finder, doc)
    quantity = record["quantity"]
    assert (quantity["qualifier"], quantity["low"], quantity["high"]) == (
        "range",
        10.0,
        50.0,
    )
    assert quantity["change"] is None
    assert "previous" not in quantity


def test_scanner_falling_range_after_a_range_verb_stays_a_range(lex) -> None:
    (record,) = parse_text("lows ranged from -3 °C to -9 °C", lex)
    assert (record["quantity"]["low"], record["quantity"]["high"]) == (-9.0, -3.0)
    assert record["quantity"]["qualifier"] == "range"


# -- a level after an amount of change --------------------------------------------


def test_quantities_level_after_an_amount_has_no_change(blank_nlp, finder) -> None:
    doc = _doc(
        blank_nlp,
        "Sales rose 8% to $1.2 billion.",
        """
        Sales   NOUN  nsubj    1 O sale
        rose    VERB  ROOT     1 O rise
        8       NUM   nummod   3
        %       NOUN  npadvmod 1
        to      ADP   prep     1
        $       SYM   nmod     7
        1.2     NUM   compound 7
        billion NUM   pobj     4
        .       PUNCT punct    1
        """,
    )
    found = _found(finder, doc)
    assert [(r["text"], r["quantity"]["change"]) for r in found] == [
        ("8%", "up"),
        ("$1.2 billion", None),
    ]


def test_quantities_level_after_by_amount_has_no_change(blank_nlp, finder) -> None:
    doc = _doc(
        blank_nlp,
        "Costs fell by $2m to $9m.",
        """
        Costs NOUN  nsubj 1 O cost
        fell  VERB  ROOT  1 O fall
        by    ADP   prep  1
        $     SYM   nmod  4
        2m    NUM   pobj  2
        to    ADP   prep  1
        $     SYM   nmod  7
        9m    NUM   pobj  5
        .     PUNCT punct 1
        """,
    )
    found = _found(finder, doc)
    assert [(r["text"], r["quantity"]["change"]) for r in found] == [
        ("$2m", "down"),
        ("$9m", None),
    ]


def test_quantities_level_alone_is_no_change(blank_nlp, finder) -> None:
    # "rose to $1.2 billion": the level reached, compared with levels (an
    # article's "sales of $1.19 billion"), never with amounts of change.
    doc = _doc(
        blank_nlp,
        "Sales rose to $1.2 billion.",
        """
        Sales   NOUN  nsubj    1 O sale
        rose    VERB  ROOT     1 O rise
        to      ADP   prep     1
        $       SYM   nmod     5
        1.2     NUM   compound 5
        billion NUM   pobj     2
        .       PUNCT punct    1
        """,
    )
    (record,) = _found(finder, doc)
    assert record["quantity"]["change"] is None


# -- vague plurals -------------------------------------------------------------


def _bounds(lex: Lexicon, text: str) -> list[tuple[Any, ...]]:
    return [
        (
            r["text"],
            r["quantity"]["kind"],
            r["quantity"]["low"],
            r["quantity"]["high"],
            r["quantity"]["unit"],
            r["quantity"]["qualifier"],
        )
        for r in parse_text(text, lex)
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "it cost tens of thousands of dollars",
            ("tens of thousands of dollars", "money", 2e4, 1e5, "USD", "range"),
        ),
        (
            "hundreds of millions of euros went missing",
            ("hundreds of millions of euros", "money", 2e8, 1e9, "EUR", "range"),
        ),
        ("dozens of nurses", ("dozens of", None, 24.0, 120.0, None, "range")),
        (
            "thousands of pounds of scrap metal",
            ("thousands of pounds", "measure", 2e3, 1e4, "lb", "range"),
        ),
    ],
)
def test_scanner_reads_vague_plurals_as_bounds(lex, text: str, want: tuple) -> None:
    assert _bounds(lex, text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "he made his millions in oil",  # no "of": no figure
        "thousands more were queuing",
        "fans came in their thousands",
    ],
)
def test_scanner_vague_plural_needs_of(lex, text: str) -> None:
    assert parse_text(text, lex) == []


def test_scanner_vague_money_takes_a_rate(lex) -> None:
    (record,) = parse_text("paid thousands of dollars a month", lex)
    assert record["quantity"]["per"] == "month"


def test_quantities_vague_count_counts_the_noun_after_of(blank_nlp, finder) -> None:
    doc = _doc(
        blank_nlp,
        "Dozens of nurses joined the march.",
        """
        Dozens  NOUN  nsubj 4 O dozen
        of      ADP   prep  0
        nurses  NOUN  pobj  1 O nurse
        joined  VERB  ROOT  3 O join
        the     DET   det   5
        march   NOUN  dobj  3
        .       PUNCT punct 3
        """,
    )
    (record,) = _found(finder, doc)
    assert record["text"] == "Dozens of nurses"
    quantity = record["quantity"]
    assert (quantity["kind"], quantity["unit"], quantity["value"]) == (
        "count",
        "nurse",
        None,
    )
    assert (quantity["low"], quantity["high"], quantity["qualifier"]) == (
        24.0,
        120.0,
        "range",
    )


def test_quantities_vague_plural_of_years_is_no_count(blank_nlp, finder) -> None:
    doc = _doc(
        blank_nlp,
        "It took hundreds of years.",
        """
        It       PRON  nsubj 1
        took     VERB  ROOT  1 O take
        hundreds NOUN  dobj  1 O hundred
        of       ADP   prep  2
        years    NOUN  pobj  3 O year
        .        PUNCT punct 1
        """,
    )
    assert _found(finder, doc) == []


# -- the run's dollar ---------------------------------------------------------------


def test_set_dollar_sets_the_component_default() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("ck_quantities")
    set_dollar(nlp, "NZD")
    assert nlp.get_pipe("ck_quantities").dollar == "NZD"
    set_dollar(nlp, None)  # None leaves it
    assert nlp.get_pipe("ck_quantities").dollar == "NZD"


def test_set_dollar_rejects_a_code_that_is_no_dollar() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("ck_quantities")
    with pytest.raises(ConfigError, match="E080"):
        set_dollar(nlp, "GBP")
    assert nlp.get_pipe("ck_quantities").dollar == "USD"
    with pytest.raises(ConfigError, match="E080"):
        check_dollar("EUR")
    check_dollar("AUD")
    check_dollar(None)
