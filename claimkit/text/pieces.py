"""Pieces: the words, digit runs and symbols the number scanner reads.

No spaCy here. Raw text is cut into ``Piece`` tuples (a word, number or symbol
with its character offsets), and a digit run such as "2,000" or "1/2" is read
as a number. No regular expression is used.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import NamedTuple

DIGITS = frozenset("0123456789")
_NUMBER_JOINERS = frozenset(",./")
DASHES = frozenset("-–—")


class Piece(NamedTuple):
    """A word, number or symbol with its character offsets and source token."""

    text: str
    lower: str
    start: int
    end: int
    space_before: bool
    src: int


def _char_class(char: str) -> str:
    if char in DIGITS:
        return "d"
    if char.isalpha():
        return "a"
    if char.isspace():
        return " "
    return "s"


def split_word(text: str, offset: int, src: int, space_before: bool) -> list[Piece]:
    """Split one whitespace-free word into digit runs, letter runs and symbols.

    A digit run keeps the separators ``, . /`` that stand between two digits
    ("2,000", "1.5", "1/2"); a period after letters stays with them ("p.m.").
    """
    if "://" in text or text.lower().startswith("www.") or "@" in text:
        # A URL or an address: digits inside are not quantities.
        return [
            Piece(text, text.lower(), offset, offset + len(text), space_before, src)
        ]
    pieces: list[Piece] = []
    i, n = 0, len(text)
    first = True
    while i < n:
        kind = _char_class(text[i])
        j = i + 1
        if kind == "d":
            while j < n and (
                text[j] in DIGITS
                or (text[j] in _NUMBER_JOINERS and j + 1 < n and text[j + 1] in DIGITS)
            ):
                j += 1
        elif kind == "a":
            while j < n and (
                text[j].isalpha()
                or (text[j] == "." and j + 1 < n and text[j + 1].isalpha())
            ):
                j += 1
            # "p.m." and "U.S." keep their final period.
            if j < n and text[j] == "." and "." in text[i:j]:
                j += 1
        elif text[i] == "." and j < n and text[j] in DIGITS:
            kind = "d"
            while j < n and (
                text[j] in DIGITS
                or (text[j] in ",." and j + 1 < n and text[j + 1] in DIGITS)
            ):
                j += 1
        piece = text[i:j]
        pieces.append(
            Piece(
                piece,
                piece.lower(),
                offset + i,
                offset + j,
                space_before if first else False,
                src,
            )
        )
        first = False
        i = j
    return pieces


def pieces_of_text(text: str) -> list[Piece]:
    """Split raw text into pieces; ``src`` numbers the whitespace-separated words."""
    pieces: list[Piece] = []
    i, n, word = 0, len(text), 0
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        j = i
        while j < n and not text[j].isspace():
            j += 1
        pieces.extend(split_word(text[i:j], i, word, i == 0 or text[i - 1].isspace()))
        word += 1
        i = j
    return pieces


def parse_digits(text: str) -> Decimal | None:
    """Read "2,000", "1.5", ".5", "1/2" or "1,111.11"; None for other digit runs."""
    if not text or text.count("/") > 1:
        return None
    if "/" in text:
        num, _, den = text.partition("/")
        if not num.isdigit() or not den.isdigit() or int(den) == 0:
            return None
        if len(den) > 3 or int(num) >= 1000:
            return None
        if int(num) >= int(den) and int(den) > 1:
            return None  # "30/12", "22/96": a day and month, not 2.5
        return Decimal(int(num)) / Decimal(int(den))
    if text.count(".") > 1:
        return None
    whole, _, frac = text.partition(".")
    if frac and not frac.isdigit():
        return None
    if "," in whole:
        groups = whole.split(",")
        western = 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
        # Indian grouping: "12,34,567" (lakhs and crores).
        indian = (
            len(groups) >= 3
            and 1 <= len(groups[0]) <= 2
            and all(len(g) == 2 for g in groups[1:-1])
            and len(groups[-1]) == 3
        )
        if not (western or indian):
            return None
        whole = "".join(groups)
    if whole and not whole.isdigit():
        return None
    try:
        return Decimal(f"{whole or '0'}.{frac or '0'}")
    except InvalidOperation:
        return None
