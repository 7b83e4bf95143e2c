"""Rule tests of issue 15's readings in ck_quantities, on hand-built Docs.

Ages set off after a person's name, rates after a counted noun, and which
dollar a bare "$" means: the parse and entities are stated, not predicted.
The spaCy-free readings (durations, multiples, points, rates) are tested on
raw text through ``claimkit.text.scanner.parse_text``.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from claimkit.components.quantities import QuantityFinder
from claimkit.errors import Errors
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


def _read(lex: Lexicon, text: str) -> list[tuple[Any, ...]]:
    """(text, kind, value, unit, per) of every quantity with a kind."""
    return [
        (
            r["text"],
            r["quantity"]["kind"],
            r["quantity"]["value"],
            r["quantity"]["unit"],
            r["quantity"]["per"],
        )
        for r in parse_text(text, lex)
        if r["quantity"]["kind"] is not None
    ]


# -- ages ----------------------------------------------------------------------

_AGE = """
    The       DET   det   2
    pilot     NOUN  nsubj 9
    ,         PUNCT punct 1
    Ann       PROPN compound 4 B-PERSON
    Lee       PROPN appos 1 I-PERSON
    ,         PUNCT punct 4
    44        NUM   appos 4 B-DATE
    ,         PUNCT punct 4
    was       AUX   auxpass 9
    unhurt    ADJ   ROOT  9
    .         PUNCT punct 9
"""


def test_quantities_age_after_a_person_is_a_duration(blank_nlp, finder) -> None:
    doc = _doc(blank_nlp, "The pilot, Ann Lee, 44, was unhurt.", _AGE)
    (record,) = _found(finder, doc)
    assert record["text"] == "44"
    assert (record["quantity"]["kind"], record["quantity"]["unit"]) == (
        "duration",
        "year",
    )
    assert record["quantity"]["value"] == 44.0


def test_quantities_number_after_a_place_is_not_an_age(blank_nlp, finder) -> None:
    table = _AGE.replace("B-PERSON", "B-GPE").replace("I-PERSON", "I-GPE")
    doc = _doc(blank_nlp, "The pilot, Ann Lee, 44, was unhurt.", table)
    assert _found(finder, doc) == []


def test_quantities_age_in_brackets(blank_nlp, finder) -> None:
    doc = _doc(
        blank_nlp,
        "Tom Reid (61) resigned.",
        """
        Tom      PROPN compound 1 B-PERSON
        Reid     PROPN nsubj    5 I-PERSON
        (        PUNCT punct    1
        61       NUM   appos    1
        )        PUNCT punct    1
        resigned VERB  ROOT     5 O resign
        .        PUNCT punct    5
        """,
    )
    (record,) = _found(finder, doc)
    assert record["quantity"]["kind"] == "duration"


# -- rates after a counted noun -------------------------------------------------


def test_quantities_count_with_a_rate(blank_nlp, finder) -> None:
    doc = _doc(
        blank_nlp,
        "Doctors saw 40 patients a day.",
        """
        Doctors  NOUN  nsubj  1 O doctor
        saw      VERB  ROOT   1 O see
        40       NUM   nummod 3
        patients NOUN  dobj   1 O patient
        a        DET   det    5
        day      NOUN  npadvmod 1
        .        PUNCT punct  1
        """,
    )
    (record,) = _found(finder, doc)
    assert record["text"] == "40 patients a day"
    assert (record["quantity"]["unit"], record["quantity"]["per"]) == (
        "patient",
        "day",
    )


# -- which dollar ---------------------------------------------------------------


def _money_doc(nlp: Language, text: str, places: list[str]) -> Doc:
    """``text`` ends in "spent $5 million ." and starts with ``places``."""
    rows = []
    for place in places:
        rows.append(f"{place} PROPN npadvmod 0 B-GPE")
        rows.append(", PUNCT punct 0")
    n = len(rows)
    rows += [
        f"spent VERB ROOT {n} O spend",
        f"$ SYM nmod {n + 2} B-MONEY",
        f"5 NUM compound {n + 3} I-MONEY",
        f"million NUM dobj {n} I-MONEY",
        f". PUNCT punct {n}",
    ]
    rows[0] = rows[0].replace("npadvmod 0", f"npadvmod {n}")
    rows = [r.replace(" 0 ", f" {n} ") if "punct 0" in r else r for r in rows]
    return _doc(nlp, text, "\n".join(rows))


def test_quantities_bare_dollar_defaults_to_usd(blank_nlp, finder) -> None:
    doc = _money_doc(blank_nlp, "spent $5 million.", [])
    (record,) = _found(finder, doc)
    assert record["quantity"]["unit"] == "USD"
    assert record["quantity"]["currency_basis"] == "default"


def test_quantities_bare_dollar_read_from_places(blank_nlp, finder) -> None:
    text = "Calgary, Ontario, Canada, spent $5 million."
    doc = _money_doc(blank_nlp, text, ["Calgary", "Ontario", "Canada"])
    (record,) = _found(finder, doc)
    assert record["quantity"]["unit"] == "CAD"
    assert record["quantity"]["currency_basis"] == "article"


def test_quantities_us_place_keeps_the_default(blank_nlp, finder) -> None:
    text = "Calgary, Ontario, Canada, Texas, spent $5 million."
    doc = _money_doc(blank_nlp, text, ["Calgary", "Ontario", "Canada", "Texas"])
    (record,) = _found(finder, doc)
    assert record["quantity"]["unit"] == "USD"
    assert record["quantity"]["currency_basis"] == "default"


def test_quantities_dollar_config_sets_the_default(blank_nlp) -> None:
    finder = QuantityFinder("ck_quantities", dollar="AUD")
    doc = _money_doc(blank_nlp, "spent $5 million.", [])
    (record,) = _found(finder, doc)
    assert record["quantity"]["unit"] == "AUD"
    assert record["quantity"]["currency_basis"] == "default"


def test_quantities_bracketed_number_after_a_surname_is_no_age(
    blank_nlp, finder
) -> None:
    doc = _doc(
        blank_nlp,
        "Green for Dowd (71) came on.",
        """
        Green  PROPN nsubj 6 B-PERSON
        for    ADP   prep  0
        Dowd   PROPN pobj  1 B-PERSON
        (      PUNCT punct 2
        71     NUM   appos 2
        )      PUNCT punct 2
        came   VERB  ROOT  6 O come
        on     ADP   prt   6
        .      PUNCT punct 6
        """,
    )
    assert _found(finder, doc) == []


def test_quantities_dollar_config_rejects_other_codes() -> None:
    with pytest.raises(ValueError, match="E080"):
        QuantityFinder("ck_quantities", dollar="EUR")
    assert "E080" in Errors.E080


# -- spaCy-free readings ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("jailed for three years", ("three years", "duration", 3.0, "year", None)),
        ("within six weeks", ("within six weeks", "duration", 6.0, "week", None)),
        ("in 3.5 seconds", ("3.5 seconds", "duration", 3.5, "s", None)),
        ("ran for 90 minutes", ("90 minutes", "duration", 90.0, "min", None)),
        ("a 2h delay", ("2h", "duration", 2.0, "h", None)),
        ("a 44-year-old nurse", ("44-year-old", "duration", 44.0, "year", None)),
        ("she is 9 years old", ("9 years", "duration", 9.0, "year", None)),
        ("rose fourfold", ("fourfold", "multiple", 4.0, "x", None)),
        ("a 4-fold rise", ("4-fold", "multiple", 4.0, "x", None)),
        ("at 6.5 times earnings", ("6.5 times", "multiple", 6.5, "x", None)),
        ("four times the number", ("four times", "multiple", 4.0, "x", None)),
        ("the Dow fell 269 points", ("269 points", "measure", 269.0, "pt", None)),
        ("$58.24 per barrel", ("$58.24 per barrel", "money", 58.24, "USD", "bbl")),
        ("5% a year", ("5% a year", "percent", 5.0, "%", "year")),
        ("$15.4/hour", ("$15.4/hour", "money", 15.4, "USD", "h")),
        ("20 per week", ("20 per week", "count", 20.0, None, "week")),
        ("275 pound-feet", ("275 pound-feet", "measure", 275.0, "lbf ft", None)),
        ("3000 rpm", ("3000 rpm", "measure", 3000.0, "rpm", None)),
        ("at 40 °F", ("40 °F", "measure", 40.0, "°F", None)),
    ],
)
def test_scanner_reads_issue_15_kinds(lex, text: str, want: tuple[Any, ...]) -> None:
    assert _read(lex, text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "two years ago",  # a date
        "a 10-year bond",  # a name of a thing
        "a 24-hour strike",
        "one day he left",
        "the 1990s",
        "on 3 March 2020",
        "at 10:30",
        "call 555-123-4567",
        "the 3rd year",
        "three times a week",  # a frequency, not a multiple
        "he scored 25 points",  # no index named
        "5 per cent",  # a percent, checked below: never a rate
    ],
)
def test_scanner_leaves_out_non_figures(lex, text: str) -> None:
    kinds = [(t, k, u, p) for t, k, _, u, p in _read(lex, text)]
    if text == "5 per cent":
        assert kinds == [("5 per cent", "percent", "%", None)]
    else:
        assert kinds == []


def test_scanner_a_year_ago_is_not_a_rate(lex) -> None:
    assert _read(lex, "sales of $4m a year ago") == [("$4m", "money", 4e6, "USD", None)]


def test_scanner_over_a_period_is_not_a_bound(lex) -> None:
    (record,) = [r for r in parse_text("cost $9bn over five years", lex)][1:]
    assert record["text"] == "five years"
    assert record["quantity"]["qualifier"] == "exact"


@pytest.mark.model
def test_quantities_dollar_from_the_pipeline_config() -> None:
    from claimkit.loading import load

    nlp = load(config={"ck_quantities": {"dollar": "CAD"}})
    assert nlp.get_pipe("ck_quantities").dollar == "CAD"
    (record,) = nlp("The town spent $3 million on roads.")._.ck_quantities
    assert (record["quantity"]["unit"], record["quantity"]["currency_basis"]) == (
        "CAD",
        "default",
    )


# -- temperatures written the British way ("35C") -------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Temperatures reached 35C on Monday.", [("35C", "°C", 35.0)]),
        ("Highs of 95F are forecast.", [("95F", "°F", 95.0)]),
        ("Lows of -3C were recorded.", [("-3C", "°C", -3.0)]),
        ("Leaders vowed to limit warming to 1.5C.", [("1.5C", "°C", 1.5)]),
        ("Expect highs of 30-35C.", [("30-35C", "°C", None)]),
        # no temperature talk: a seat, a clause, a code
        ("He sat in seat 35C on the flight.", []),
        ("Section 35C of the act applies.", []),
        ("The 35F model sold well.", []),
        # a capital only: lower-case "c" after a number is cents
        ("Hot coffee costs 35c.", [("35c", "USD", 0.35)]),
    ],
)
def test_scanner_glued_degrees_need_temperature_talk(lex, text: str, want) -> None:
    got = [
        (r["text"], r["quantity"]["unit"], r["quantity"]["value"])
        for r in parse_text(text, lex)
        if r["quantity"]["kind"] is not None
    ]
    assert got == want


# -- a rate over any common noun ("per asylum seeker") ---------------------------


def _per(noun_rows: str, nouns: str) -> tuple[str, str]:
    """ "Councils pay £900 per <nouns>." with the nouns stated as rows."""
    return (
        f"Councils pay £900 per {nouns}.",
        f"""
        Councils PROPN nsubj  1
        pay      VERB  ROOT   1 O pay
        £        SYM   nmod   3
        900      NUM   dobj   1
        per      ADP   prep   3
        {noun_rows}
        """,
    )


def test_quantities_per_a_compound_noun_is_a_rate(blank_nlp, finder) -> None:
    rows = """asylum NOUN compound 6
        seeker NOUN pobj 4
        . PUNCT punct 1"""
    (record,) = _found(finder, _doc(blank_nlp, *_per(rows, "asylum seeker")))
    assert record["text"] == "£900 per asylum seeker"
    assert (record["quantity"]["unit"], record["quantity"]["per"]) == (
        "GBP",
        "asylum seeker",
    )


def test_quantities_per_a_name_or_a_determiner_is_no_rate(blank_nlp, finder) -> None:
    rows = """the DET det 6
        rules NOUN pobj 4 O rule
        . PUNCT punct 1"""
    (record,) = _found(finder, _doc(blank_nlp, *_per(rows, "the rules")))
    assert (record["text"], record["quantity"]["per"]) == ("£900", None)
    rows = """Acme PROPN pobj 4
        . PUNCT punct 1"""
    (record,) = _found(finder, _doc(blank_nlp, *_per(rows, "Acme")))
    assert (record["text"], record["quantity"]["per"]) == ("£900", None)


# -- a group counted by its members ("a workforce of 2,400") ---------------------


def _group(bound_rows: str, bound: str, tail_rows: str, tail: str) -> tuple[str, str]:
    """ "Acme has a workforce of <bound> 2,400<tail>." """
    return (
        f"Acme has a workforce of {bound}2,400{tail}.",
        f"""
        Acme      PROPN nsubj 1
        has       VERB  ROOT  1 O have
        a         DET   det   3
        workforce NOUN  dobj  1
        of        ADP   prep  3
        {bound_rows}
        2,400     NUM   pobj  4
        {tail_rows}
        .         PUNCT punct 1
        """,
    )


def test_quantities_a_group_of_n_counts_the_group(blank_nlp, finder) -> None:
    (record,) = _found(finder, _doc(blank_nlp, *_group("", "", "", "")))
    quantity = record["quantity"]
    assert (record["text"], quantity["kind"], quantity["unit"]) == (
        "2,400",
        "count",
        "workforce",
    )
    bound = "about ADV advmod 6"
    (record,) = _found(finder, _doc(blank_nlp, *_group(bound, "about ", "", "")))
    assert (record["text"], record["quantity"]["qualifier"]) == (
        "about 2,400",
        "approx",
    )


def test_quantities_a_group_of_n_members_counts_the_members(blank_nlp, finder) -> None:
    rows = "nurses NOUN pobj 4 O nurse"
    text, table = _group("", "", "", "")
    text = text.replace("2,400.", "2,400 nurses.")
    table = table.replace("2,400     NUM   pobj  4", "2,400 NUM nummod 6\n" + rows)
    (record,) = _found(finder, _doc(blank_nlp, text, table))
    assert (record["text"], record["quantity"]["unit"]) == ("2,400 nurses", "nurse")


def test_quantities_of_n_after_no_group_noun_is_no_count(blank_nlp, finder) -> None:
    text, table = _group("", "", "", "")
    text = text.replace("workforce", "share")
    table = table.replace("workforce NOUN", "share NOUN")
    assert _found(finder, _doc(blank_nlp, text, table)) == []
