"""Tests of ck_quantities and its pure scanner (claimkit.text)."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimkit.components.quantities import QuantityFinder
from claimkit.text.lexicon import Lexicon, load_lexicon
from claimkit.text.pieces import pieces_of_text
from claimkit.text.scanner import parse_text
from tests.conftest import DATA, EXAMPLES, assert_offsets

GOLDEN = [
    json.loads(line)
    for line in (DATA / "golden" / "quantities.jsonl").read_text("utf-8").splitlines()
    if line.strip()
]
# Known misses of the current scanner and parse: kept here, never deleted.
KNOWN_MISSES: dict[str, str] = {}


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return Lexicon.from_json(load_lexicon(None, "quantities.json"))


def _cases() -> list[Any]:
    cases = []
    for row in GOLDEN:
        marks = []
        if row["id"] in KNOWN_MISSES:
            marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[row["id"]]))
        cases.append(pytest.param(row, id=row["id"], marks=marks))
    return cases


def _check(found: list[dict[str, Any]], expected: list[dict[str, Any]]) -> None:
    assert [f["text"] for f in found] == [e["text"] for e in expected]
    for got, want in zip(found, expected, strict=True):
        quantity = got["quantity"]
        for key, value in want.items():
            if key == "text":
                continue
            if isinstance(value, float):
                assert quantity[key] == pytest.approx(value), key
            else:
                assert quantity[key] == value, key


@pytest.mark.model
@pytest.mark.parametrize("row", _cases())
def test_quantities_golden(nlp, row: dict[str, Any]) -> None:
    doc = nlp(row["text"])
    found = doc._.ck_quantities
    for record in found:
        assert row["text"][record["start"] : record["end"]] == record["text"]
    _check(found, row["expected"])


@pytest.mark.model
def test_quantities_issue_phrases_in_example(nlp) -> None:
    text = (EXAMPLES / "chip_selloff.txt").read_text("utf-8")
    found = {q["text"]: q["quantity"] for q in nlp(text)._.ck_quantities}
    want = {
        "nearly $600 billion": ("money", 6e11, "USD", "approx", "down"),
        "just over 2,000 Nvidia H800 chips": (
            "count",
            2000.0,
            "chip",
            "more_than",
            None,
        ),
        "$5.6 million": ("money", 5.6e6, "USD", "exact", None),
        "€5.24 million": ("money", 5.24e6, "EUR", "exact", None),
        "more than 600 billion parameters": (
            "count",
            6e11,
            "parameter",
            "more_than",
            None,
        ),
        "more than 95%": ("percent", 95.0, "%", "more_than", None),
        "at least four Chinese firms": ("count", 4.0, "firm", "at_least", None),
    }
    for text, (kind, value, unit, qualifier, change) in want.items():
        quantity = found[text]
        assert quantity["kind"] == kind
        assert quantity["value"] == pytest.approx(value)
        assert quantity["unit"] == unit
        assert quantity["qualifier"] == qualifier
        assert quantity["change"] == change
    assert found["just over 2,000 Nvidia H800 chips"]["unit_text"] == (
        "Nvidia H800 chips"
    )
    assert found["nearly $600 billion"]["high"] == pytest.approx(6e11)
    # Nothing else: no "H800", "R1", "Monday" or "one" read as a quantity;
    # "for two decades" is a duration (issue 15).
    assert set(found) == set(want) | {"17%", "two decades"}
    assert found["two decades"]["kind"] == "duration"
    assert found["two decades"]["value"] == 20.0


@pytest.mark.model
def test_quantities_articles_pass_offset_check(nlp) -> None:
    import claimkit

    for article in claimkit.extract_files([EXAMPLES], nlp=nlp):
        assert_offsets(article)


def test_quantities_scanner_reads_word_numbers(lex: Lexicon) -> None:
    values = {
        "four": 4.0,
        "two and a half": 2.5,
        "a dozen": 12.0,
        "twenty-five": 25.0,
        "one hundred and six": 106.0,
        "half a million": 500000.0,
        "2 1/2": 2.5,
        "naught point five": 0.5,
        "five thousand million": 5e9,
        "three lakh crore": 3e12,
        "4 thousand 3 hundred and 21": 4321.0,
        "3 hundred and twenty": 320.0,
        "40 000": 40000.0,
        "1 234 567.89": 1234567.89,
        "12,34,567": 1234567.0,
    }
    for text, value in values.items():
        (record,) = parse_text(text, lex)
        assert record["quantity"]["value"] == pytest.approx(value), text
        assert record["text"] == text


def test_quantities_scanner_rejects_codes_and_times(lex: Lexicon) -> None:
    for text in ("H800", "R1", "10:30", "5pm", "3rd", "555-123-4567", "COVID-19"):
        assert parse_text(text, lex) == [], text


def test_quantities_scanner_money_prefixes(lex: Lexicon) -> None:
    units = {"US$5": "USD", "C$5": "CAD", "A$5": "AUD", "HK$5": "HKD", "S$5": "SGD"}
    for text, unit in units.items():
        (record,) = parse_text(text, lex)
        assert record["quantity"]["unit"] == unit


def test_quantities_scanner_is_linear_on_pathological_input(lex: Lexicon) -> None:
    # Inputs that make backtracking patterns explode; the scan must just finish.
    for text in (
        "1," * 20000,
        "one " * 20000,
        "$" * 20000,
        "1-" * 20000,
        "page " + "one hundred and " * 5000,
        "5 million " * 5000,
        "between 1 and " * 5000,
        "US$" * 5000 + "5",
        "3 hundred and " * 5000,
        "1 in " * 5000,
        "40 000 " * 5000,
        "half a " * 5000,
        "a quarter of a " * 5000,
        "8- to " * 5000,
        "45 and " * 5000,
    ):
        found = parse_text(text, lex)
        assert all(math.isfinite(r["quantity"]["value"] or 0.0) for r in found)


def test_quantities_lexicon_round_trip(tmp_path: Path) -> None:
    finder = QuantityFinder("ck_quantities")
    finder.lexicon["scales"]["gazillion"] = 1e30
    finder._compile()
    finder.to_disk(tmp_path / "ck_quantities")
    restored = QuantityFinder("ck_quantities").from_disk(tmp_path / "ck_quantities")
    assert isinstance(restored, QuantityFinder)
    assert restored.lexicon == finder.lexicon
    assert "gazillion" in restored.lex.scales


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *"0123456789,./-–$€£%: abcmkMbnt",
                *(" million ", " per cent", " more than ", " between ", " and ", "US$"),
            ]
        ),
        max_size=40,
    ).map("".join)
    | st.text(max_size=80)
)
def test_quantities_scanner_never_raises(text: str) -> None:
    lex = Lexicon.from_json(load_lexicon(None, "quantities.json"))
    for record in parse_text(text, lex):
        assert text[record["start"] : record["end"]] == record["text"]
        quantity = record["quantity"]
        for key in ("value", "low", "high"):
            value = quantity[key]
            assert value is None or math.isfinite(value)
    for piece in pieces_of_text(text):
        assert text[piece.start : piece.end] == piece.text


def test_quantities_scanner_reads_fractions_and_exponents(lex: Lexicon) -> None:
    values = {
        "two thirds": 2 / 3,
        "a fifth": 0.2,
        "one and a fourth": 1.25,
        "two million and a half": 2.5e6,
        "1e10": 1e10,
        "-12e-1": -1.2,
        "half a dozen": 6.0,
        "three and one fourth": 3.25,
        "one billion and a half million": 1.0005e9,
        "two thirds of a million": 2e6 / 3,
        "one in three": 1 / 3,
        "two out of five": 0.4,
    }
    for text, value in values.items():
        (record,) = parse_text(text, lex)
        assert record["quantity"]["value"] == pytest.approx(value), text


def test_quantities_component_on_hand_built_doc(blank_nlp) -> None:
    from spacy.tokens import Doc

    from claimkit.components.quantities import find_quantities

    words = ["Revenue", "was", "nearly", "$", "5.6bn", "(", "€", "5.2bn", ")", "."]
    spaces = [True, True, True, False, False, False, False, False, False, False]
    doc = Doc(blank_nlp.vocab, words=words, spaces=spaces)
    finder = QuantityFinder("ck_quantities")
    found = find_quantities(doc, finder)
    assert [f["text"] for f in found] == ["nearly $5.6bn", "€5.2bn"]
    assert found[0]["quantity"]["qualifier"] == "approx"
    assert found[0]["quantity"]["high"] == pytest.approx(5.6e9)
    assert found[1]["quantity"]["unit"] == "EUR"
    # Without a parse there is no counted noun, so bare numbers stay out.
    bare = Doc(blank_nlp.vocab, words=["He", "saw", "40", "ships"])
    assert find_quantities(bare, finder) == []


@pytest.mark.shared
def test_quantities_scanner_survives_peer_error_inputs(shared_data: Path) -> None:
    # quantulum3's crash regressions: inputs that must parse without raising.
    path = shared_data / "quantities" / "quantulum3" / "errors.json"
    if not path.exists():
        pytest.skip("quantulum3 suite not staged")
    lex = Lexicon.from_json(load_lexicon(None, "quantities.json"))
    for text in json.loads(path.read_text("utf-8")):
        for record in parse_text(text, lex):
            assert text[record["start"] : record["end"]] == record["text"]


def _full_scan(pieces: list[Any], lex: Lexicon) -> list[Any]:
    """Scan trying a quantity at every piece (no ``may_start`` shortcut)."""
    from claimkit.text.scanner import _Scanner

    scanner = _Scanner(pieces, lex)
    scanner.may_start = lambda i: True  # type: ignore[method-assign]
    return list(scanner.scan())


_WORDS = [
    "a",
    "an",
    "and",
    "half",
    "quarter",
    "two",
    "thirds",
    "million",
    "bn",
    "m",
    "per",
    "cent",
    "percent",
    "%",
    "$",
    "US$",
    "€",
    "£",
    "dollars",
    "euros",
    "nearly",
    "more",
    "than",
    "between",
    "to",
    "-",
    "–",
    "km",
    "tonnes",
    "from",
    "dozen",
    "twenty",
    "five",
    "point",
    "minus",
    "½",
    ".5",
    "1.5",
    "2,000",
    "30",
    "2019",
    "year",
    "shares",
    "rose",
    "fell",
    "of",
    "the",
    "at",
    "least",
    "up",
]


@given(st.lists(st.sampled_from(_WORDS), max_size=25), st.lists(st.booleans()))
def test_quantities_start_shortcut_misses_nothing(
    lex: Lexicon, words: list[str], glue: list[bool]
) -> None:
    from claimkit.text.scanner import scan

    text = ""
    for i, word in enumerate(words):
        text += ("" if i < len(glue) and glue[i] else " ") + word
    pieces = pieces_of_text(text)
    assert scan(pieces, lex) == _full_scan(pieces, lex)


@pytest.mark.model
def test_quantities_number_windows_find_what_a_full_scan_finds(
    nlp, monkeypatch
) -> None:
    from claimkit.components import quantities
    from claimkit.text import scanner

    finder = nlp.get_pipe("ck_quantities")
    texts = [p.read_text("utf-8") for p in sorted(EXAMPLES.glob("*.*"))]
    texts += [row["text"] for row in GOLDEN]
    docs = list(nlp.pipe(texts))
    windowed = [quantities.find_quantities(doc, finder) for doc in docs]
    # The reference: one window over the whole doc, a quantity tried everywhere.
    monkeypatch.setattr(quantities, "number_windows", lambda rows, *_: [(0, len(rows))])
    monkeypatch.setattr(scanner._Scanner, "may_start", lambda self, i: True)
    for doc, found in zip(docs, windowed, strict=True):
        assert found == quantities.find_quantities(doc, finder), doc.text[:60]
