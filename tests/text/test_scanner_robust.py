"""The scanner never raises on numbers past Decimal's precision."""

from __future__ import annotations

import pytest

from claimkit.text.lexicon import Lexicon, load_lexicon
from claimkit.text.pieces import pieces_of_text
from claimkit.text.scanner import scan


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return Lexicon.from_json(load_lexicon(None, "quantities.json"))


@pytest.mark.parametrize(
    "text",
    ["1E100:", "1E100 in 3", "one in 1E100", "3 in 1E100 people", "2:1E100", "1E30:"],
)
def test_scanner_huge_numbers_do_not_raise(lex: Lexicon, text: str) -> None:
    scan(pieces_of_text(text), lex)


def test_scanner_ratio_still_read(lex: Lexicon) -> None:
    (found,) = scan(pieces_of_text("one in three adults"), lex)
    assert found.flags.get("fraction")
    assert found.value == pytest.approx(1 / 3)
