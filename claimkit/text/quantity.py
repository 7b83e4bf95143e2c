"""One quantity read at a piece: a number with its currency, percent or unit.

``QuantityReader`` finds the currency before or after a number, a percent sign,
a unit of measure, a counted ratio ("one in three") and money subunits, and
rejects codes, times and ordinals; ``Found`` is what it reads. No spaCy.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from claimkit.text.numbers import MAX_PHRASE
from claimkit.text.pieces import DASHES, DIGITS
from claimkit.text.quantity_units import UnitReader

# "35C", "95F": a capital glued to a number, a temperature where the words
# within CUE_WINDOW pieces speak of temperature (``temperature_cues``).
GLUED_DEGREES = {"C": "°C", "F": "°F"}
CUE_WINDOW = 16


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
    per: str | None = None  # a rate's denominator ("per barrel" -> "bbl")
    flags: dict[str, Any] = field(default_factory=dict)


def _finite(value: Decimal | None) -> float | None:
    if value is None:
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def _integral(value: Decimal) -> bool:
    # ``value % 1`` raises DivisionImpossible past the context's precision
    # ("1E100"); comparing with the integral value never does.
    return value == value.to_integral_value()


class QuantityReader(UnitReader):
    """Read one quantity at a piece: a number and what it counts or measures."""

    def ratio(self, j: int, value: Decimal) -> tuple[int, Decimal] | None:
        """Read "in three" or "out of five" after a count: (next piece, share)."""
        if j >= self.n or value <= 0 or not _integral(value):
            return None
        if self.p[j].lower == "in":
            k = j + 1
        elif self.phrase(j, 2) in self.lex.ratio_words:
            k = j + 2
        else:
            return None
        if k < self.n and self.p[k].lower == "every":
            k += 1  # "six out of every 10 planes"
        den = self.number(k)
        if den is None:
            return None
        after, whole, _ = den
        if whole <= value or whole > 100 or not _integral(whole):
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
            if after is not None and self.date_before_symbol(num_first, end):
                after = None  # "1/12 $5.25": a date in a table, then a rate
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
                elif (
                    factor == 1
                    and end < self.n
                    and self.p[end].lower in ("cent", "cents")
                ):
                    factor = lex.subunits[self.p[end].lower]  # "55 euro cents"
                    unit_text = self.joined(end - k, k + 1, tight=False)
                    end += 1
        if kind is None:
            dash = 0
            if (
                end + 1 < self.n
                and self.p[end].text in DASHES
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
        if (
            kind == "money"
            and end < self.n
            and self.p[end].lower == "s"
            and self.glued(end)
        ):
            return None  # "in the $3.40s": a decade of prices, no one level
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

    def date_before_symbol(self, num_first: int, end: int) -> bool:
        """A slash number before a currency symbol ("1/12 $"): a date."""
        return (
            "/" in self.p[num_first].text
            and end < self.n
            and not self.p[end].text[0].isalnum()
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
            if prev in (":", "#") or (prev[0] in DIGITS):
                return True
            if prev in DASHES and first > 1 and self.glued(first - 1):
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
                if (
                    not known
                    and last == first
                    and not (
                        p[end].text in GLUED_DEGREES
                        and self.temperature_near(first, end)
                    )
                ):
                    return True  # "5G", "1990s", "4x"; not "95F" in the heat
        return False

    def temperature_near(self, first: int, last: int) -> bool:
        """The words around pieces ``first`` to ``last`` speak of temperature."""
        cues = self.lex.temperature_cues
        lo, hi = max(0, first - CUE_WINDOW), min(self.n, last + 1 + CUE_WINDOW)
        return any(self.p[x].lower in cues for x in range(lo, hi))

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
            if self.p[start].text[0].isupper() and self.p[j].text.isdigit():
                return None  # "Euro 2004", "Dollar 100": a name
            return hit
        return None

    def dash_chain(self, i: int) -> int:
        """Count digit groups joined to piece i by glued dashes (at most 5)."""
        groups = 1
        j = i
        while groups < 5 and j >= 2 and self.p[j - 1].text in DASHES:
            if not (self.glued(j) and self.glued(j - 1) and self.is_digit(j - 2)):
                break
            groups += 1
            j -= 2
        j = i
        while groups < 5 and j + 2 < self.n and self.p[j + 1].text in DASHES:
            if not (self.glued(j + 1) and self.glued(j + 2) and self.is_digit(j + 2)):
                break
            groups += 1
            j += 2
        return groups
