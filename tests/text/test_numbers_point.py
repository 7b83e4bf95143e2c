"""Decimals written in words ("one point five million"), read by the scanner."""

from __future__ import annotations

import pytest

from claimkit.text.lexicon import Lexicon, load_lexicon
from claimkit.text.scanner import parse_text


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return Lexicon.from_json(load_lexicon(None, "quantities.json"))


def _only(text: str, lex: Lexicon) -> dict:
    (record,) = parse_text(text, lex)
    return record


def test_numbers_point_decimal_takes_the_magnitude_after_it(lex: Lexicon) -> None:
    # Regression: "one point five million" was read as 1.5, "million" dropped.
    record = _only("one point five million", lex)
    assert record["text"] == "one point five million"
    assert record["quantity"]["value"] == pytest.approx(1_500_000)


@pytest.mark.parametrize(
    ("text", "surface", "kind", "value", "unit"),
    [
        (
            "Sales reached three point two billion dollars.",
            "three point two billion dollars",
            "money",
            3.2e9,
            "USD",
        ),
        (
            "about one point five million",
            "about one point five million",
            None,
            1.5e6,
            None,
        ),
        (
            "zero point two five billion",
            "zero point two five billion",
            None,
            2.5e8,
            None,
        ),
        (
            "twenty-one point five thousand",
            "twenty-one point five thousand",
            None,
            21_500,
            None,
        ),
        (
            "two hundred point five million",
            "two hundred point five million",
            None,
            200.5e6,
            None,
        ),
    ],
)
def test_numbers_point_decimal_with_magnitude_and_unit(
    lex: Lexicon,
    text: str,
    surface: str,
    kind: str | None,
    value: float,
    unit: str | None,
) -> None:
    record = _only(text, lex)
    assert record["text"] == surface
    assert record["quantity"]["kind"] == kind
    assert record["quantity"]["value"] == pytest.approx(value)
    assert record["quantity"]["unit"] == unit


@pytest.mark.parametrize(
    ("text", "surface", "kind", "value", "unit"),
    [
        ("two point three percent", "two point three percent", "percent", 2.3, "%"),
        ("one point five", "one point five", None, 1.5, None),
        ("naught point zero three", "naught point zero three", None, 0.03, None),
        ("1.5 million", "1.5 million", None, 1.5e6, None),
        ("one point five metres", "one point five metres", "measure", 1.5, "m"),
    ],
)
def test_numbers_point_decimal_without_magnitude_is_unchanged(
    lex: Lexicon,
    text: str,
    surface: str,
    kind: str | None,
    value: float,
    unit: str | None,
) -> None:
    record = _only(text, lex)
    assert record["text"] == surface
    assert record["quantity"]["kind"] == kind
    assert record["quantity"]["value"] == pytest.approx(value)
    assert record["quantity"]["unit"] == unit


def test_numbers_point_without_digits_is_not_a_decimal(lex: Lexicon) -> None:
    # "point" not followed by a digit word: the number ends before it.
    found = parse_text("one point of order, two million", lex)
    assert [r["text"] for r in found] == ["one", "two million"]
    assert [r["quantity"]["value"] for r in found] == [1.0, 2e6]


def test_numbers_point_decimals_in_a_row_stay_apart(lex: Lexicon) -> None:
    found = parse_text("one point five million, then two point five billion", lex)
    assert [r["text"] for r in found] == [
        "one point five million",
        "two point five billion",
    ]
    assert [r["quantity"]["value"] for r in found] == [1.5e6, 2.5e9]
