"""Pure, linear-time scanner for numbers and quantities in token pieces.

No spaCy here: the scanner works on ``Piece`` tuples (a word, number or symbol
with its character offsets), made either from raw text (``pieces_of_text``) or
from spaCy tokens by the ``ck_quantities`` component. Every step looks a fixed
number of pieces ahead, and a parse that succeeds consumes what it read, so a
scan is linear in the number of pieces. No regular expression is used.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, NamedTuple

# Longest multi-piece phrase (unit, currency, bound) the scanner looks up.
MAX_PHRASE = 4
_DIGITS = frozenset("0123456789")
_NUMBER_JOINERS = frozenset(",./")
_DASHES = frozenset("-–—")


class Piece(NamedTuple):
    """A word, number or symbol with its character offsets and source token."""

    text: str
    lower: str
    start: int
    end: int
    space_before: bool
    src: int


@dataclass
class Found:
    """One quantity or bare number found by ``scan``."""

    first: int  # first piece, bound words included
    last: int  # last piece (inclusive)
    kind: str | None  # money, percent, measure; None for a bare number
    value: float | None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    unit_text: str | None = None
    qualifier: str = "exact"
    num_first: int = 0  # pieces holding the (last) number, magnitude included
    num_last: int = 0
    from_to: bool = False
    yearlike: bool = False
    words: bool = False  # the number is written in words
    flags: dict[str, Any] = field(default_factory=dict)


@dataclass
class Lexicon:
    """Compiled lookup tables of a quantities lexicon."""

    units: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, Decimal]
    multiples: dict[str, int]
    fractions: dict[str, Decimal]
    suffixes: dict[str, Decimal]
    money_suffixes: dict[str, Decimal]
    currency_prefixes: dict[str, str]
    currency_words: dict[str, tuple[str, Decimal]]
    subunits: dict[str, Decimal]
    percent: dict[str, str]
    measures: dict[str, str]
    measures_exact: dict[str, str]
    bounds_before: dict[str, str]
    bounds_after: dict[str, str]
    below: frozenset[str]
    ordinal_suffixes: frozenset[str]
    clock_words: frozenset[str]
    reference_words: frozenset[str]
    range_words: frozenset[str]
    decimal_words: frozenset[str]
    negative_words: frozenset[str]
    default_dollar: str
    a_money: frozenset[str]
    exact_suffixes: dict[str, Decimal]
    vulgar: dict[str, Decimal]
    compound_units: dict[str, dict[str, Decimal]]
    mass_pounds: frozenset[str]
    weight_cues: frozenset[str]
    metre_context: frozenset[str]
    denominators: dict[str, tuple[Decimal, bool]]
    ambiguous_currency_words: frozenset[str]
    spaced_dollar_prefixes: frozenset[str]
    lowercase_code_stoplist: frozenset[str]
    percent_glued_only: frozenset[str] = frozenset()
    ratio_words: frozenset[str] = frozenset()
    fraction_of: frozenset[str] = frozenset()
    durations: frozenset[str] = frozenset()
    pronoun_one_after: frozenset[str] = frozenset()
    unit_powers: dict[str, dict[str, str]] = field(default_factory=dict)
    inch_context: frozenset[str] = frozenset()
    range_verbs: frozenset[str] = frozenset()
    point_fractions: dict[str, float] = field(default_factory=dict)
    # Derived: lower-cased pieces a quantity can start with, besides digits;
    # words of which every number written in words has at least one.
    starts: frozenset[str] = field(init=False)
    number_words: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        prefixes = {pieces_of_text(key)[0].lower for key in self.currency_prefixes}
        self.starts = frozenset(
            {"a", "an", *prefixes, *self.spaced_dollar_prefixes, *self.negative_words}
            | {*_DASHES, *self.fractions, *self.units, *self.tens}
            | {*self.multiples, *self.vulgar}
        )
        self.number_words = frozenset(
            {*self.units, *self.tens, *self.scales, *self.multiples, *self.fractions}
            | {*self.denominators, *self.a_money}
        )

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Lexicon:
        """Compile the JSON lexicon ``data``."""
        measures: dict[str, str] = {}
        exact: dict[str, str] = {}
        for symbol, forms in data.get("measure_units", {}).items():
            for form in forms:
                # Short forms ("MW", "m", "g") are case-sensitive symbols.
                if (len(form) <= 3 and not form.islower()) or len(form) <= 2:
                    exact[_squash(form)] = symbol
                else:
                    measures[_squash(form.lower())] = symbol
        words = {
            _squash(k.lower()): (v[0], Decimal(str(v[1])))
            for k, v in data.get("currency_words", {}).items()
        }
        return cls(
            units={k: int(v) for k, v in data.get("number_words", {}).items()},
            tens={k: int(v) for k, v in data.get("tens_words", {}).items()},
            scales={k: Decimal(str(v)) for k, v in data.get("scales", {}).items()},
            multiples={k: int(v) for k, v in data.get("multiples", {}).items()},
            fractions={
                k: Decimal(str(v)) for k, v in data.get("fraction_words", {}).items()
            },
            suffixes={
                k: Decimal(str(v))
                for k, v in data.get("magnitude_suffixes", {}).items()
            },
            money_suffixes={
                k: Decimal(str(v))
                for k, v in data.get("money_magnitude_suffixes", {}).items()
            },
            currency_prefixes={
                _squash(k): v for k, v in data.get("currency_prefixes", {}).items()
            },
            currency_words=words,
            subunits={
                _squash(k.lower()): Decimal(str(v))
                for k, v in data.get("currency_subunits", {}).items()
            },
            percent={_squash(k.lower()): v for k, v in data.get("percent", {}).items()},
            measures=measures,
            measures_exact=exact,
            bounds_before={
                _squash(p): kind
                for kind, ps in data.get("bounds_before", {}).items()
                for p in ps
            },
            bounds_after={
                _squash(p): kind
                for kind, ps in data.get("bounds_after", {}).items()
                for p in ps
            },
            below=frozenset(_squash(p) for p in data.get("below_value_approx", [])),
            ordinal_suffixes=frozenset(data.get("ordinal_suffixes", [])),
            clock_words=frozenset(data.get("clock_words", [])),
            reference_words=frozenset(data.get("reference_words", [])),
            range_words=frozenset(data.get("range_words", [])),
            decimal_words=frozenset(data.get("decimal_words", [])),
            negative_words=frozenset(data.get("negative_words", [])),
            default_dollar=str(data.get("default_dollar", "USD")),
            a_money=frozenset(data.get("a_money_words", [])),
            exact_suffixes={
                k: Decimal(str(v))
                for k, v in data.get("magnitude_suffixes_exact", {}).items()
            },
            vulgar={
                k: Decimal(str(v)) for k, v in data.get("vulgar_fractions", {}).items()
            },
            compound_units={
                unit: {k: Decimal(str(v)) for k, v in parts.items()}
                for unit, parts in data.get("compound_units", {}).items()
            },
            mass_pounds=frozenset(data.get("mass_pound_words", [])),
            weight_cues=frozenset(data.get("weight_cues", [])),
            metre_context=frozenset(data.get("metre_context", [])),
            denominators={
                word: (Decimal(str(den)), word.endswith("s") and word != "halves")
                for word, den in data.get("denominators", {}).items()
            }
            | {
                word: (Decimal(str(den)), True)
                for word, den in data.get("denominators", {}).items()
                if word == "halves"
            },
            spaced_dollar_prefixes=frozenset(data.get("spaced_dollar_prefixes", [])),
            lowercase_code_stoplist=frozenset(data.get("lowercase_code_stoplist", [])),
            percent_glued_only=frozenset(data.get("percent_glued_only", [])),
            ratio_words=frozenset(_squash(w) for w in data.get("ratio_words", [])),
            fraction_of=frozenset(data.get("fraction_of", [])),
            durations=frozenset(data.get("duration_nouns", [])),
            pronoun_one_after=frozenset(data.get("pronoun_one_after", [])),
            unit_powers={
                power: dict(units)
                for power, units in data.get("unit_powers", {}).items()
            },
            inch_context=frozenset(data.get("inch_context", [])),
            range_verbs=frozenset(data.get("range_verbs", [])),
            point_fractions={
                k: float(v) for k, v in data.get("point_fractions", {}).items()
            },
            ambiguous_currency_words=frozenset(
                data.get("ambiguous_currency_words", [])
            ),
        )


def _squash(phrase: str) -> str:
    """Key a phrase by its words joined with single spaces."""
    return " ".join(phrase.split())


def _char_class(char: str) -> str:
    if char in _DIGITS:
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
                text[j] in _DIGITS
                or (text[j] in _NUMBER_JOINERS and j + 1 < n and text[j + 1] in _DIGITS)
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
        elif text[i] == "." and j < n and text[j] in _DIGITS:
            kind = "d"
            while j < n and (
                text[j] in _DIGITS
                or (text[j] in ",." and j + 1 < n and text[j + 1] in _DIGITS)
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


def _finite(value: Decimal | None) -> float | None:
    if value is None:
        return None
    number = float(value)
    return number if math.isfinite(number) else None


class _Scanner:
    """Walk pieces once, trying a quantity at each position."""

    def __init__(self, pieces: Sequence[Piece], lex: Lexicon) -> None:
        self.p = pieces
        self.lex = lex
        self.n = len(pieces)
        self.floor = 0  # pieces before this belong to an earlier quantity
        self.fraction = False  # the last word number was a fraction ("two thirds")

    # -- small helpers -------------------------------------------------
    def joined(self, i: int, k: int, *, tight: bool) -> str | None:
        """Return pieces i..i+k-1 joined (no spaces when ``tight``), or None."""
        if i + k > self.n:
            return None
        parts = [self.p[i].text]
        for j in range(i + 1, i + k):
            if self.p[j].space_before:
                if tight:
                    return None
                parts.append(" ")
            parts.append(self.p[j].text)
        return "".join(parts)

    def phrase(self, i: int, k: int) -> str | None:
        """Return pieces i..i+k-1 lower-cased with words separated by spaces."""
        if i < 0 or i + k > self.n:
            return None
        return " ".join(self.p[j].lower for j in range(i, i + k))

    def lookup(self, i: int, table: dict[str, Any]) -> tuple[int, Any] | None:
        """Longest phrase starting at piece i found in ``table``: (length, value).

        Pieces written together are joined without a space ("°c", "km/h").
        """
        best: tuple[int, Any] | None = None
        key = ""
        for j in range(i, min(i + MAX_PHRASE, self.n)):
            piece = self.p[j].lower
            key = (
                piece
                if j == i
                else key + (" " if self.p[j].space_before else "") + piece
            )
            if key in table:
                best = (j - i + 1, table[key])
        return best

    def is_word(self, i: int) -> bool:
        return 0 <= i < self.n and self.p[i].text[0].isalpha()

    def is_digit(self, i: int) -> bool:
        if not 0 <= i < self.n:
            return False
        text = self.p[i].text
        if text in self.lex.vulgar:
            return True
        return text[0] in _DIGITS or (
            text[0] == "." and len(text) > 1 and text[1] in _DIGITS
        )

    def glued(self, i: int) -> bool:
        """Piece i is written against the piece before it."""
        return 0 < i < self.n and not self.p[i].space_before

    # -- numbers ---------------------------------------------------------
    def number(
        self, i: int, *, after_symbol: bool = False
    ) -> tuple[int, Decimal, bool] | None:
        """Parse a number at piece i: (next piece, value, written in words).

        With ``after_symbol`` a minus may be glued to what stands before it
        ("$-99.99").
        """
        if i >= self.n:
            return None
        negative = False
        j = i
        if self.p[j].text in _DASHES and self.is_digit(j + 1) and self.glued(j + 1):
            if j > 0 and self.glued(j) and not after_symbol:
                return None
            negative, j = True, j + 1
        elif self.p[j].lower in self.lex.negative_words and j + 1 < self.n:
            negative, j = True, j + 1
        self.fraction = False
        if self.is_digit(j):
            parsed = self.digit_number(j)
            words = False
        else:
            parsed = self.word_number(j)
            words = True
        if parsed is None:
            return None
        end, value = parsed
        return end, -value if negative else value, words

    def digit_number(self, i: int) -> tuple[int, Decimal] | None:
        vulgar = self.lex.vulgar
        if self.p[i].text in vulgar:
            return self.scale_tail(i + 1, vulgar[self.p[i].text])
        value = parse_digits(self.p[i].text)
        if value is None:
            return None
        j = i + 1
        if (
            self.p[i].text.isdigit()
            and len(self.p[i].text) <= 3
            and not (i > 0 and self.p[i].space_before and self.is_digit(i - 1))
        ):
            j, value = self.spaced_groups(j, value)
        if j < self.n and self.p[j].text in vulgar and self.glued(j):
            value += vulgar[self.p[j].text]  # "2½"
            j += 1
        # A mixed fraction: "2 1/2".
        if (
            j < self.n
            and "/" in self.p[j].text
            and self.p[j].space_before
            and "/" not in self.p[i].text
            and "." not in self.p[i].text
        ):
            frac = parse_digits(self.p[j].text)
            if frac is not None and frac < 1:
                value += frac
                j += 1
        j, value = self.exponent(j, value)
        j, value = self.scale_tail(j, value)
        return self.digit_scale_rest(j, value)

    def spaced_groups(self, j: int, value: Decimal) -> tuple[int, Decimal]:
        """Join digit groups written with a space: "40 000", "1 234 567.89"."""
        while j < self.n:
            text = self.p[j].text
            whole = text.partition(".")[0]
            glued_on = (
                j + 1 < self.n
                and self.glued(j + 1)
                and (self.p[j + 1].text[0].isalnum() or self.p[j + 1].text in _DASHES)
            )
            if not (
                len(whole) == 3
                and whole.isdigit()
                and self.p[j].space_before
                and self.p[j].start == self.p[j - 1].end + 1
                and (text == whole or text[4:].isdigit())
                and not glued_on  # "10 737-800 planes": a count and a model
            ):
                break
            value = value * 1000 + Decimal(text)
            j += 1
            if text != whole:
                break
        return j, value

    def digit_scale_rest(self, j: int, value: Decimal) -> tuple[int, Decimal]:
        """Finish "4 thousand 3 hundred and 21" after the digits and a scale."""
        if j < 1 or j >= self.n:
            return j, value
        prev = self.p[j - 1].lower
        scale = self.lex.scales.get(prev)
        if scale is not None and scale >= 1000 and self.p[j].lower == "and":
            part = self.fraction_part(j + 1)
            if part is not None:
                return part[0], value + part[1] * scale  # "3 million and a half"
        if (
            prev == "thousand"
            and j + 1 < self.n
            and self.p[j].text.isdigit()
            and len(self.p[j].text) == 1
            and self.p[j + 1].lower == "hundred"
        ):
            value += int(self.p[j].text) * 100
            j += 2
            prev = "hundred"
        if prev == "hundred" and j + 1 < self.n and self.p[j].lower == "and":
            text = self.p[j + 1].text
            if text.isdigit() and len(text) <= 2:
                rest: tuple[int, Decimal] | None = (j + 2, Decimal(text))
                if j + 2 < self.n and self.p[j + 2].lower in self.lex.scales:
                    rest = None  # "3 hundred and 2 hundred": two numbers
            else:
                rest = self.word_number(j + 1)  # no digits: no recursion
            if rest is not None and 0 < rest[1] < 100 and rest[1] % 1 == 0:
                return rest[0], value + rest[1]
        return j, value

    def scale_tail(self, j: int, value: Decimal) -> tuple[int, Decimal]:
        """Apply magnitude words and suffixes after a number ("1.5 million")."""
        lex = self.lex
        if (
            j < self.n
            and self.p[j].text == "m"
            and self.glued(j)
            and self.million_reading(j + 1, value)
        ):
            return j + 1, value * 1000000
        if j < self.n and self.p[j].text in lex.exact_suffixes and self.glued(j):
            return j + 1, value * lex.exact_suffixes[self.p[j].text]  # "1MM"
        if j < self.n and self.p[j].lower in lex.suffixes and self.glued(j):
            suffix_value = lex.suffixes[self.p[j].lower]
            return j + 1, value * suffix_value
        stacked = 0
        while j < self.n and self.p[j].lower in lex.scales and stacked < 2:
            value *= lex.scales[self.p[j].lower]  # "1.5 million", "5 thousand million"
            j += 1
            stacked += 1
        if j < self.n and self.p[j].lower in lex.multiples:
            value *= lex.multiples[self.p[j].lower]  # "3 dozen"
            j += 1
        # "5.6 bn" with a space; single letters ("5 m") stay units.
        if (
            j < self.n
            and self.p[j].lower in lex.suffixes
            and not self.glued(j)
            and len(self.p[j].lower) > 1
        ):
            value *= lex.suffixes[self.p[j].lower]
            j += 1
        return j, value

    def word_number(self, i: int) -> tuple[int, Decimal] | None:
        """Parse "two hundred and five", "a dozen", "two and a half"."""
        lex = self.lex
        total = Decimal(0)
        current = Decimal(0)
        seen = False
        j = i
        last = ""  # kind of the last word: unit, teen, tens, scale
        last_scale = Decimal(1)
        big_scale: Decimal | None = None
        self.fraction = False
        while j < self.n:
            word = self.p[j].lower
            if seen and word in lex.denominators:
                # "two thirds", "one fifth", "one hundred and two fifths"
                den, plural = lex.denominators[word]
                whole = total + current
                if plural == (whole == 1) or whole == 0:
                    break
                self.fraction = True
                return j + 1, whole / den
            if word in ("a", "an") and not seen:
                nxt = self.p[j + 1].lower if j + 1 < self.n else ""
                nxt2 = self.p[j + 2].lower if j + 2 < self.n else ""
                if nxt in lex.fractions and nxt2 in lex.scales:
                    return j + 3, lex.fractions[nxt] * lex.scales[nxt2]
                if nxt in lex.denominators and not lex.denominators[nxt][1]:
                    self.fraction = True
                    return j + 2, 1 / lex.denominators[nxt][0]  # "a fifth"
                if nxt in lex.scales or nxt in lex.multiples or nxt in lex.a_money:
                    current, seen, last = Decimal(1), True, "unit"
                    j += 1
                    continue
                break
            if word in lex.fractions and not seen:
                # "half a million", "quarter million"
                nxt = self.p[j + 1].lower if j + 1 < self.n else ""
                nxt2 = self.p[j + 2].lower if j + 2 < self.n else ""
                if nxt in ("a", "an") and nxt2 in lex.scales:
                    return j + 3, lex.fractions[word] * lex.scales[nxt2]
                if nxt in ("a", "an") and nxt2 in lex.multiples:
                    return j + 3, lex.fractions[word] * lex.multiples[nxt2]
                if nxt in lex.scales and lex.scales[nxt] >= 1000:
                    return j + 2, lex.fractions[word] * lex.scales[nxt]
                break
            if word in lex.units:
                if last in ("unit", "teen"):
                    break
                if last == "tens" and lex.units[word] >= 10:
                    break
                current += lex.units[word]
                last = "teen" if lex.units[word] >= 10 else "unit"
            elif word in lex.tens:
                if last in ("unit", "teen", "tens"):
                    break
                current += lex.tens[word]
                last = "tens"
            elif word in lex.multiples and (seen or word == "dozen"):
                if not seen:
                    break
                current = (current or Decimal(1)) * lex.multiples[word]
                last = "scale"
            elif word in lex.scales and seen:
                # Scales fall as the number goes on ("two million three
                # thousand"), so a number is at most a few dozen words long.
                scale = lex.scales[word]
                if scale == 100:
                    if current >= 100 or last == "scale":
                        break
                    current = (current or Decimal(1)) * scale
                elif big_scale is not None and scale >= big_scale:
                    if not (last == "scale" and current == 0):
                        break
                    total *= scale  # "three lakh crore", "five thousand million"
                    big_scale = scale
                else:
                    big_scale = scale
                    total += (current or Decimal(1)) * scale
                    current = Decimal(0)
                last_scale = scale
                last = "scale"
            elif word in _DASHES and last == "unit" and self.glued(j):
                nxt = self.p[j + 1].lower if j + 1 < self.n else ""
                if nxt in lex.denominators and self.glued(j + 1):
                    j += 1  # "one-eighth"
                    continue
                if nxt == "and" and self.glued(j + 1):
                    j += 1  # "one-and-a-half"
                    continue
                break
            elif word in _DASHES and last == "tens" and self.glued(j):
                nxt = self.p[j + 1].lower if j + 1 < self.n else ""
                if nxt in lex.units and lex.units[nxt] < 10 and self.glued(j + 1):
                    j += 1
                    continue
                break
            elif word == "and" and seen:
                nxt = self.p[j + 1].lower if j + 1 < self.n else ""
                nxt2 = self.p[j + 2].lower if j + 2 < self.n else ""
                part = self.fraction_part(j + 1)
                if part is not None:
                    j, frac = part
                    big = last == "scale" and last_scale >= 1000
                    following = lex.scales.get(self.p[j].lower) if j < self.n else None
                    if following is not None:
                        j += 1
                        if big:
                            current += (
                                frac * following
                            )  # "a billion and a half million"
                        else:
                            current = (
                                current + frac
                            ) * following  # "two and a half thousand"
                    else:
                        current += (
                            frac * last_scale if big else frac
                        )  # "two million and a half"
                    seen = True
                    break
                if last == "scale" and (nxt in lex.units or nxt in lex.tens):
                    j += 1
                    continue
                break
            elif word in lex.decimal_words and seen:
                decimals = self.decimal_digits(j + 1)
                if decimals is None:
                    break
                j, digits = decimals
                current += digits
                seen = True
                break
            else:
                break
            seen = True
            j += 1
        if not seen:
            return None
        return j, total + current

    def fraction_part(self, j: int) -> tuple[int, Decimal] | None:
        """Read "a half", "a fifth" or "two thirds" after "and": (next, value)."""
        lex = self.lex
        if j < self.n and self.p[j].text in _DASHES and self.glued(j):
            j += 1  # "one-and-a-half"
        k = j + 1
        if k < self.n and self.p[k].text in _DASHES and self.glued(k):
            k += 1  # "one-half"
        if k >= self.n:
            return None
        word, nxt = self.p[j].lower, self.p[k].lower
        if nxt not in lex.denominators:
            return None
        den, plural = lex.denominators[nxt]
        if word in ("a", "an", "one") and not plural:
            return k + 1, 1 / den  # "and a half", "and one fourth"
        if word in lex.units and plural and lex.units[word] > 1:
            return k + 1, lex.units[word] / den
        return None

    def exponent(self, j: int, value: Decimal) -> tuple[int, Decimal]:
        """Apply a glued exponent: "1e10", "12.32e+14", "-12e-1", "1.3x10^6"."""
        if not (j + 1 < self.n and self.glued(j)):
            return j, value
        if self.p[j].lower == "e":
            k = j + 1
        elif (
            self.p[j].lower in ("x", "×")
            and j + 2 < self.n
            and self.p[j + 1].text == "10"
            and self.glued(j + 1)
            and self.glued(j + 2)
        ):
            # "1.3x10^6", "2.48×10−5" (a superscript exponent flattened)
            k = j + 3 if self.p[j + 2].text == "^" else j + 2
            if k >= self.n:
                return j, value
        else:
            return j, value
        sign = 1
        if self.p[k].text in ("+", "-", "−") and self.glued(k) and k + 1 < self.n:
            sign = 1 if self.p[k].text == "+" else -1
            k += 1
        digits = self.p[k].text
        if not (self.glued(k) and digits.isdigit() and len(digits) <= 3):
            return j, value
        return k + 1, value.scaleb(sign * int(digits))

    def decimal_digits(self, j: int) -> tuple[int, Decimal] | None:
        """Read the digits after "point": "point zero three" -> (next, 0.03)."""
        digits = ""
        while j < self.n and self.p[j].lower in self.lex.units:
            value = self.lex.units[self.p[j].lower]
            if value >= 10:
                break
            digits += str(value)
            j += 1
        if not digits:
            return None
        return j, Decimal("0." + digits)

    # -- the quantity ----------------------------------------------------
    def ratio(self, j: int, value: Decimal) -> tuple[int, Decimal] | None:
        """Read "in three" or "out of five" after a count: (next piece, share)."""
        if j >= self.n or value <= 0 or value % 1:
            return None
        if self.p[j].lower == "in":
            k = j + 1
        elif self.phrase(j, 2) in self.lex.ratio_words:
            k = j + 2
        else:
            return None
        den = self.number(k)
        if den is None:
            return None
        after, whole, _ = den
        if whole <= value or whole % 1 or whole > 100:
            return None  # "117 million out of 833 million handsets": two counts
        digits = self.p[k].text
        if digits.isdigit() and len(digits) == 4 and 1000 <= whole <= 2199:
            return None  # "one in 2020"
        if after < self.n:
            word = self.p[after].lower
            if (
                word in self.lex.durations
                or word.rstrip("s") in self.lex.durations
                or self.unit_at(after)
            ):
                return None  # "2 in 3 weeks", "1 in 10 km"
        return after, value / whole

    def unit_at(self, j: int) -> bool:
        """A percent sign, unit of measure or currency word starts at piece j."""
        return j < self.n and (
            self.lookup(j, self.lex.percent) is not None
            or self.lookup(j, self.lex.currency_words) is not None
            or self.measure_after(j, Decimal(1)) is not None
        )

    def half_a(self, j: int) -> tuple[int, Decimal, bool] | None:
        """Read "half a" before a unit ("half a percentage point", "half a mile")."""
        if j + 2 >= self.n or self.p[j + 1].lower not in ("a", "an"):
            return None
        share = self.lex.fractions.get(self.p[j].lower)
        if share is None or not self.unit_at(j + 2):
            return None
        self.fraction = True
        return j + 2, share, True

    def fraction_of(self, num: tuple[int, Decimal, bool]) -> tuple[int, Decimal, bool]:
        """Extend a fraction over "of a" and a unit or magnitude.

        "a quarter of a percent" -> 0.25 before "percent"; "two thirds of a
        million" -> 666,666.67 (a whole number, no longer a fraction).
        """
        end, value, words = num
        if not (
            end + 2 < self.n
            and self.p[end].lower == "of"
            and self.p[end + 1].lower in self.lex.fraction_of
        ):
            return num
        after = end + 2
        scale = self.lex.scales.get(self.p[after].lower)
        if scale is not None and scale >= 1000 and self.p[end + 1].lower != "one":
            self.fraction = False
            return after + 1, value * scale, words
        if self.unit_at(after):
            return after, value, words
        return num

    def currency_before(self, i: int) -> tuple[int, str] | None:
        """Currency symbol or code at piece i: (pieces used, ISO code).

        Letters are matched upper-cased ("usd", "hk$"), and a dollar prefix may
        stand apart from its "$" as in tokenised text ("c $ 16.4 million").
        """
        prefixes = self.lex.currency_prefixes
        for k in range(3, 0, -1):
            key = self.joined(i, k, tight=True)
            if key is None:
                continue
            code = prefixes.get(key)
            if (
                code is None
                and key[0].isalpha()
                and key.lower() not in self.lex.lowercase_code_stoplist
            ):
                code = prefixes.get(key.upper())
            if code is not None:
                return k, code
        if i >= self.n:
            return None
        piece = self.p[i]
        if (
            piece.lower in self.lex.spaced_dollar_prefixes
            and i + 1 < self.n
            and self.p[i + 1].text == "$"
            and (piece.text.upper() + "$") in prefixes
        ):
            return 2, prefixes[piece.text.upper() + "$"]
        return None

    def quantity(self, i: int) -> Found | None:
        """Parse one quantity whose number (or currency prefix) starts at piece i."""
        lex = self.lex
        code: str | None = None
        unit_text: str | None = None
        j = i
        prefix = self.currency_before(i)
        if prefix is not None:
            k, code = prefix
            unit_text = self.joined(i, k, tight=True)
            j = i + k
        if (
            prefix is None
            and j + 1 < self.n
            and self.p[j].lower in ("a", "an")
            and self.p[j + 1].lower in lex.fractions
        ):
            point = self.lookup(j + 1, lex.point_fractions)
            if point is not None:  # "a quarter-point cut"
                k, share = point
                return Found(
                    first=j,
                    last=j + k,
                    kind="percent",
                    value=share,
                    unit="pp",
                    unit_text=self.joined(j + 1, k, tight=False),
                    num_first=j,
                    num_last=j + 1,
                    words=True,
                )
        num = self.number(j, after_symbol=prefix is not None)
        if num is None:
            if j >= self.n or self.p[j].lower not in lex.fractions:
                return None
            num = self.half_a(j)  # "half a percent"
            if num is None:
                return None
        elif self.fraction:
            num = self.fraction_of(num)  # "a quarter of a percent"
        end, value, words = num
        fraction = self.fraction
        num_first = j
        kind: str | None = None
        unit: str | None = None
        factor = Decimal(1)
        if self.is_digit(num_first) and self.identifier_context(num_first, end):
            return None
        if code is not None:
            kind, unit = "money", code
            if (
                end < self.n
                and self.glued(end)
                and self.p[end].lower in (lex.money_suffixes)
            ):
                value *= lex.money_suffixes[self.p[end].lower]
                end += 1
        # A magnitude letter that needs a currency ("5m euros").
        if (
            kind is None
            and end < self.n
            and self.glued(end)
            and self.p[end].lower in lex.money_suffixes
            and self.currency_after(end + 1) is not None
        ):
            value *= lex.money_suffixes[self.p[end].lower]
            end += 1
        num_last = end - 1
        if kind is None:
            after = self.currency_after(end)
            if after is not None and self.pounds_of_weight(num_first, end, after[0]):
                after = None
                kind, unit, unit_text = "measure", "lb", self.p[end].text
                end += 1
            if after is not None:
                k, (unit, factor) = after
                kind = "money"
                unit_text = self.joined(end, k, tight=False)
                end += k
                if end < self.n and self.p[end].lower in lex.scales:
                    factor *= lex.scales[self.p[end].lower]
                    end += 1
        if kind is None:
            dash = 0
            if (
                end + 1 < self.n
                and self.p[end].text in _DASHES
                and self.glued(end)
                and self.glued(end + 1)
                and self.p[end + 1].text[0].isalpha()
            ):
                dash = 1  # "a 0.25-percentage-point cut", "a 5-per-cent rise"
            at = end + dash
            hit = self.lookup(at, lex.percent)
            if hit is not None and (
                hit[0] > 1
                or self.p[at].lower not in lex.percent_glued_only
                or self.glued(at)
            ):
                k, unit = hit
                kind = "percent"
                unit_text = self.joined(at, k, tight=False)
                end = at + k
        if kind is None:
            measure = self.measure_after(end, value)
            if measure is not None:
                k, (unit, skip) = measure
                kind = "measure"
                unit_text = self.joined(end + skip, k - skip, tight=False)
                end += k
                end, value = self.compound_measure(end, value, unit)
        words_before = False
        if kind is None and prefix is None and num_first > 0:
            before = self.currency_word_before(num_first)
            if before is not None:
                k, (code_before, factor) = before
                kind, unit = "money", code_before
                unit_text = self.joined(num_first - k, k, tight=False)
                i = num_first - k
                words_before = True
        if kind == "money":
            value *= factor
            if factor == 1:
                end, value = self.money_subunit(
                    end, value, spoken=prefix is None and not words_before
                )
        if kind is None and self.is_digit(num_first) and end < self.n:
            # A time of day or an ordinal is not a number.
            nxt = self.p[end].lower
            if nxt in lex.ordinal_suffixes and self.glued(end):
                return None
            if nxt in lex.clock_words:
                return None
        if kind is None and num_first > 0:
            word_before = self.p[num_first - 1].lower.rstrip(".")
            if word_before in lex.reference_words:
                return None
            if (
                words
                and end == num_first + 1
                and self.p[num_first].lower == "one"
                and word_before in lex.pronoun_one_after
            ):
                return None  # "the one you mentioned", "which one"
        if kind is None and prefix is None and not fraction:
            ratio = self.ratio(end, value)
            if ratio is not None:
                end, value = ratio  # "one in three", "two out of five"
                fraction = True
        yearlike = (
            kind is None
            and not words
            and self.p[num_first].text.isdigit()
            and len(self.p[num_first].text) == 4
            and num_last == num_first
            and 1000 <= value <= 2199
        )
        number = _finite(value)
        if number is None:
            return None
        return Found(
            first=i,
            last=end - 1,
            kind=kind,
            value=number,
            unit=unit,
            unit_text=unit_text,
            num_first=num_first,
            num_last=num_last,
            yearlike=yearlike,
            words=words,
            flags={"fraction": True} if fraction else {},
        )

    def identifier_context(self, first: int, end: int) -> bool:
        """Digits glued to letters, colons or more digit groups form a name or code."""
        lex = self.lex
        p = self.p
        if first > 0 and self.glued(first):
            prev = p[first - 1].text
            if prev[0].isalpha() and self.currency_before(first - 1) is None:
                # "H800", "R1" - unless the letters are a currency ("RM42").
                return not (
                    first >= 1
                    and self.joined(first - 1, 1, tight=True) in lex.currency_prefixes
                )
            if prev in (":", "#") or (prev[0] in _DIGITS):
                return True
            if prev in _DASHES and first > 1 and self.glued(first - 1):
                before = p[first - 2].text
                if before[0].isalpha():
                    return True  # "COVID-19", "F-35"
        if self.dash_chain(first) >= 3:
            return True  # a phone number or an ISO date
        last = end - 1
        if end < self.n and self.glued(end):
            nxt = p[end].text
            if nxt == ":" and self.is_digit(end + 1):
                return True  # 10:30
            if nxt[0].isalpha():
                low = p[end].lower
                known = (
                    low in lex.suffixes
                    or low in lex.money_suffixes
                    or low in lex.percent
                    or low in lex.ordinal_suffixes
                    or low in lex.clock_words
                    or p[end].text in lex.measures_exact
                    or low in lex.measures
                    or low in lex.currency_words
                    or low in lex.subunits
                    or p[end].text in lex.currency_prefixes
                    or (low in lex.scales)
                    or self.currency_before(end) is not None
                )
                if not known and last == first:
                    return True  # "5G", "1990s", "4x"
        return False

    def currency_word_before(
        self, j: int
    ) -> tuple[int, tuple[str | None, Decimal]] | None:
        """A currency name right before a number ("ringgit 42", "dollar 22.5m")."""
        for k in range(min(MAX_PHRASE, j - self.floor), 0, -1):
            start = j - k
            hit = self.lookup(start, self.lex.currency_words)
            if hit is None or hit[0] != k:
                continue
            if self.p[start].lower in self.lex.ambiguous_currency_words:
                return None
            if hit[1][1] != 1:
                return None
            return hit
        return None

    def dash_chain(self, i: int) -> int:
        """Count digit groups joined to piece i by glued dashes (at most 5)."""
        groups = 1
        j = i
        while groups < 5 and j >= 2 and self.p[j - 1].text in _DASHES:
            if not (self.glued(j) and self.glued(j - 1) and self.is_digit(j - 2)):
                break
            groups += 1
            j -= 2
        j = i
        while groups < 5 and j + 2 < self.n and self.p[j + 1].text in _DASHES:
            if not (self.glued(j + 1) and self.glued(j + 2) and self.is_digit(j + 2)):
                break
            groups += 1
            j += 2
        return groups

    def currency_after(self, j: int) -> tuple[int, tuple[str, Decimal]] | None:
        """Currency word, code or symbol after a number: (pieces, (ISO, factor))."""
        hit = self.lookup(j, self.lex.currency_words)
        if hit is not None:
            k, (code, factor) = hit
            single = len(self.p[j].text) == 1 and self.p[j].text.isalpha()
            if single and not self.glued(j):
                return None
            return k, (code, factor)
        if j >= self.n:
            return None
        text = self.p[j].text
        prefix = self.currency_before(j)
        if prefix is not None and (
            not text.isascii()
            or not text.isalpha()
            or text.isupper()
            or self.glued(j)
            or len(text) == 3
        ):
            return prefix[0], (prefix[1], Decimal(1))
        if (
            text in _DASHES
            and self.glued(j)
            and j + 1 < self.n
            and self.glued(j + 1)
            and self.p[j + 1].text.isalpha()
        ):
            hit = self.lookup(j + 1, self.lex.currency_words)
            if hit is not None:
                return hit[0] + 1, hit[1]  # "12-cent", "one-yen"
        return None

    def measure_after(
        self, j: int, value: Decimal
    ) -> tuple[int, tuple[str, int]] | None:
        """A unit of measure after a number ("3 km", "3-inch", "75ml")."""
        if j >= self.n:
            return None
        start = j
        if (
            self.p[j].text in _DASHES
            and self.glued(j)
            and j + 1 < self.n
            and self.glued(j + 1)
        ):
            start = j + 1
        best: tuple[int, str] | None = None
        for k in range(MAX_PHRASE, 0, -1):
            exact = self.joined(start, k, tight=True)
            if exact is not None and exact in self.lex.measures_exact:
                best = (k, self.lex.measures_exact[exact])
                break
        hit = self.lookup(start, self.lex.measures)
        if hit is not None and (best is None or hit[0] > best[0]):
            best = hit
        if best is None:
            return None
        k, symbol = best
        after = start + k
        if (
            after < self.n
            and self.glued(after)
            and (
                self.is_digit(after)
                or (self.p[after].text in _DASHES and self.is_digit(after + 1))
            )
        ):
            return None  # "L-202", "m212": a code, not a unit
        power = self.unit_power(after, symbol)
        if power is not None:
            return after + power[0] - j, (power[1], start - j)
        if (
            symbol == "m"
            and self.p[start].lower == "m"
            and self.million_reading(start + k, value)
        ):
            return None
        if symbol == "in" and not self.inch_reading(start, k):
            return None
        return start + k - j, (symbol, start - j)

    def unit_power(self, j: int, symbol: str) -> tuple[int, str] | None:
        """A power after a length unit: "km^2", "m^3", "km squared"."""
        powers = self.lex.unit_powers
        if (
            j + 1 < self.n
            and self.p[j].text == "^"
            and self.glued(j)
            and self.glued(j + 1)
            and self.p[j + 1].text in powers
        ):
            squared = powers[self.p[j + 1].text].get(symbol)
            return None if squared is None else (2, squared)
        if (
            j < self.n
            and self.p[j].space_before
            and self.p[j].text.isalpha()
            and self.p[j].lower in powers
        ):
            squared = powers[self.p[j].lower].get(symbol)
            return None if squared is None else (1, squared)
        return None

    def inch_reading(self, start: int, k: int) -> bool:
        """Read "in" as inches before a word of size ("2 1/2 in thick") or at a
        sentence end ("is 2 in."), never as the preposition ("2 in March")."""
        if k != 1 or self.p[start].lower != "in" or self.glued(start):
            return True  # "42in"
        nxt = start + 1
        if nxt >= self.n or (
            self.p[nxt].text == "."
            and (nxt + 1 >= self.n or self.p[nxt + 1].text[0].isupper())
        ):
            return True  # a stranded "in" closes the sentence: "is 2 in."
        return self.p[nxt].lower in self.lex.inch_context and not (
            nxt + 1 < self.n and self.glued(nxt + 1) and self.p[nxt + 1].text in _DASHES
        )

    def pounds_of_weight(self, num_first: int, j: int, k: int) -> bool:
        """Read "25 pounds" as a weight when the words around speak of weight."""
        lex = self.lex
        if k != 1 or self.p[j].lower not in lex.mass_pounds:
            return False
        if any(self.p[x].lower in lex.scales for x in range(num_first, j)):
            return False  # "5 million pounds" is money
        if j + 1 < self.n and self.p[j + 1].lower == "of":
            return True
        window = range(max(self.floor, num_first - 8), num_first)
        return any(self.p[x].lower in lex.weight_cues for x in window)

    def compound_measure(
        self, j: int, value: Decimal, unit: str
    ) -> tuple[int, Decimal]:
        """Add the smaller unit of "5 ft 2 in" or "5 feet and 2 inches"."""
        parts = self.lex.compound_units.get(unit)
        if not parts or j >= self.n:
            return j, value
        k = j + 1 if self.p[j].lower == "and" else j
        num = self.number(k) if k < self.n else None
        if num is None:
            return j, value
        end, small, _ = num
        if end < self.n and self.p[end].lower in parts:
            return end + 1, value + small * parts[self.p[end].lower]
        return j, value

    def million_reading(self, j: int, value: Decimal) -> bool:
        """Read a glued "m" ("38m", "1.5m people") as million, not metres.

        News writes million as "m"; metres keep the reading before a word of
        length or sport ("100m sprint", "8m tall", "50m-long") and when the
        "m" stands apart ("5 m").
        """
        if not self.glued(j - 1):
            return False
        if j < self.n and not self.p[j].space_before:
            # "50m-long" is metres, "24703m2" square metres.
            return self.p[j].text not in _DASHES and not self.is_digit(j)
        word = self.p[j].lower if j < self.n else ""
        return word not in self.lex.metre_context

    def money_subunit(
        self, j: int, value: Decimal, *, spoken: bool
    ) -> tuple[int, Decimal]:
        """Add "and 42 cents" after a money amount.

        With ``spoken`` (the currency was named after the number), a bare
        closing number under 100 is read as cents: "twenty dollars forty-five".
        """
        k = j
        joined_by_and = k < self.n and self.p[k].lower == "and"
        if joined_by_and:
            k += 1
        num = self.number(k) if k < self.n else None
        if num is None:
            return j, value
        end, cents, _ = num
        if not (0 < cents < 100):
            return j, value
        if end < self.n and self.p[end].lower in self.lex.subunits:
            return end + 1, value + cents * self.lex.subunits[self.p[end].lower]
        closing = end >= self.n or not self.p[end].text[0].isalnum()
        if (
            closing
            and (spoken or not joined_by_and)
            and cents == cents.to_integral_value()
            and value == value.to_integral_value()
            and not (end < self.n and self.p[end].text in _DASHES)
            and "." not in self.p[k].text
        ):
            return end, value + cents / 100
        return j, value

    def bound_before(self, first: int) -> tuple[int, str] | None:
        """Bound words ending right before piece ``first``: (start piece, kind)."""
        for k in range(min(MAX_PHRASE, first - self.floor), 0, -1):
            start = first - k
            key = self.phrase(start, k)
            if key is not None and key in self.lex.bounds_before:
                return start, self.lex.bounds_before[key]
        return None

    def bound_after(self, last: int) -> tuple[int, str] | None:
        """Bound words right after piece ``last`` ("or more", "40-odd")."""
        hit = self.lookup(last + 1, self.lex.bounds_after)
        if hit is None:
            return None
        return last + hit[0], hit[1]

    def range_tail(self, q: Found, bound: tuple[int, str] | None) -> Found | None:
        """Extend q into a range "X-Y", "X to Y" or "between X and Y".

        ``bound`` is (first piece, kind) of the bound words before q (kind
        "range" after "between", "from" after "from").
        """
        kind_before = None if bound is None else bound[1]
        j = q.last + 1
        if j >= self.n:
            return None
        word = self.p[j].lower
        if (
            word in _DASHES
            and self.glued(j)
            and j + 1 < self.n
            and self.p[j + 1].lower == "to"
            and not self.glued(j + 1)
        ):
            j, word = j + 1, "to"  # a suspended hyphen: "8- to 16-metre"
        if kind_before == "range":
            if word not in ("and", "to"):
                return None
        elif word not in self.lex.range_words:
            return None
        elif word == "to" and q.first > 0 and self.p[q.first - 1].lower == "by":
            return None  # "rose by $19bn to $419bn": an amount, then a level
        q2 = self.quantity(j + 1)
        if q2 is None or q.value is None or q2.value is None:
            return None
        if q.kind is not None and q2.kind is not None and q.unit != q2.unit:
            return None
        if q.kind is not None and q2.kind is None and q.kind != "money":
            return None
        low = q.value
        high = q2.value
        if q.num_last == q.num_first and not q.words and q.kind is None:
            # "5 to 10 million": the magnitude applies to both ends.
            scale = _magnitude(q2, self)
            if scale > 1 and low * float(scale) <= high:
                low *= float(scale)
        first_value = low
        if high < low and q2.kind is not None and q.kind in (None, q2.kind) and bound:
            # "between -5 and -12 °C", "ranged from -18 °C to -34 °C"; a
            # falling "from 7.3% to 6.9%" is a change, not a range.
            verb = self.p[bound[0] - 1].lower if bound[0] > 0 else ""
            if kind_before == "range" or (
                kind_before == "from" and verb in self.lex.range_verbs
            ):
                low, high = high, low
        if not low < high:
            return None
        if (
            word in _DASHES
            and q.kind is None
            and q2.kind is None
            and (q.yearlike or q2.yearlike)
        ):
            return None  # "2019-2020": years, not a range
        kind = q2.kind or q.kind
        return Found(
            first=q.first,
            last=q2.last,
            kind=kind,
            value=None,
            low=low,
            high=high,
            unit=q2.unit or q.unit,
            unit_text=q2.unit_text or q.unit_text,
            qualifier="range",
            num_first=q2.num_first,
            num_last=q2.num_last,
            words=q.words and q2.words,
            flags={"parts": (q, q2), "low": first_value},
        )

    def may_start(self, i: int) -> bool:
        """Cheap test: could a quantity start at piece i? (No false negatives.)"""
        piece = self.p[i]
        first = piece.text[0]
        return (
            first in _DIGITS
            or piece.lower in self.lex.starts
            or (first == "." and len(piece.text) > 1 and piece.text[1] in _DIGITS)
        )

    def share_unit(self, q: Found, bound: str | None) -> None:
        """Give a bare number the unit of the quantity it is coordinated with.

        "45 and 50 mg", "2 and 3 per cent", "from 12 to 10 per cent" (a fall,
        so not a range): the unit written after the second number belongs to
        both. Only plain numbers (no magnitude) qualify.
        """
        j = q.last + 1
        joiner = "to" if bound == "from" else "and"
        if (
            q.yearlike
            or q.num_first != q.num_last
            or q.flags.get("fraction")
            or j + 1 >= self.n
            or self.p[j].lower != joiner
        ):
            return
        q2 = self.quantity(j + 1)
        if (
            q2 is None
            or q2.kind not in ("measure", "percent")
            or q2.num_first != q2.num_last
            or q2.first != q2.num_first
        ):
            return
        q.kind, q.unit, q.unit_text = q2.kind, q2.unit, q2.unit_text

    def scan(self) -> Iterator[Found]:
        i = 0
        while i < self.n:
            q = self.quantity(i) if self.may_start(i) else None
            if q is None:
                i += 1
                continue
            bound = self.bound_before(q.first)
            ranged = self.range_tail(q, bound)
            if ranged is None and q.kind is None:
                # "45 and 50 mg"; a falling "from 12 to 10 per cent"
                self.share_unit(q, None if bound is None else bound[1])
            if ranged is not None:
                if bound is not None and bound[1] in ("range", "from", "approx"):
                    ranged.first = bound[0]
                    ranged.from_to = bound[1] == "from"
                q = ranged
            elif bound is not None and bound[1] not in ("range", "from"):
                q.first = bound[0]
                q.qualifier = bound[1]
            after = self.bound_after(q.last)
            if after is not None and q.qualifier == "exact":
                q.last, q.qualifier = after
            if q.qualifier != "range":
                _set_interval(q, self.phrase_below(q, bound))
            yield q
            i = q.last + 1
            self.floor = i

    def phrase_below(self, q: Found, bound: tuple[int, str] | None) -> bool:
        if bound is None or q.qualifier != "approx":
            return False
        key = " ".join(self.p[j].lower for j in range(bound[0], q.num_first))
        return any(key.startswith(phrase) for phrase in self.lex.below)


def _magnitude(q: Found, scanner: _Scanner) -> Decimal:
    """The magnitude multiplier written after q's number ("million" -> 1e6)."""
    scale = Decimal(1)
    for j in range(q.num_first + 1, q.num_last + 1):
        word = scanner.p[j].lower
        if word in scanner.lex.scales:
            scale *= scanner.lex.scales[word]
        elif word in scanner.lex.suffixes:
            scale *= scanner.lex.suffixes[word]
        elif word in scanner.lex.money_suffixes:
            scale *= scanner.lex.money_suffixes[word]
    return scale


def _set_interval(q: Found, below: bool) -> None:
    if q.qualifier in ("more_than", "at_least"):
        q.low = q.value
    elif q.qualifier in ("less_than", "at_most") or (q.qualifier == "approx" and below):
        q.high = q.value


def scan(pieces: Sequence[Piece], lex: Lexicon) -> list[Found]:
    """Find quantities and bare numbers in ``pieces``, left to right."""
    return list(_Scanner(pieces, lex).scan())


def parse_text(text: str, lex: Lexicon) -> list[dict[str, Any]]:
    """Find quantities and bare numbers in raw text, as plain dicts with offsets."""
    pieces = pieces_of_text(text)
    return [to_record(text, pieces, found) for found in scan(pieces, lex)]


def to_record(text: str, pieces: Sequence[Piece], found: Found) -> dict[str, Any]:
    """Turn a ``Found`` into a ``{text, start, end, quantity}`` dict."""
    start = pieces[found.first].start
    end = pieces[found.last].end
    return {
        "text": text[start:end],
        "start": start,
        "end": end,
        "quantity": {
            "kind": found.kind,
            "value": found.value,
            "low": found.low,
            "high": found.high,
            "unit": found.unit,
            "unit_text": found.unit_text,
            "qualifier": found.qualifier,
            "change": None,
        },
    }
