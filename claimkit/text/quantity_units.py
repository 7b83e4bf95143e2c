"""The currency and the unit a number is read with.

``UnitReader`` is the part of :class:`~claimkit.text.quantity.QuantityReader`
that reads the currency around a number (a symbol or code before it; a word,
code or symbol after it), a unit of measure with its power ("km2"), inches
and pounds told apart from other readings, compound measures ("pound-feet")
and money subunits ("and 42 cents"). No spaCy.
"""

from __future__ import annotations

from decimal import Decimal

from claimkit.text.numbers import MAX_PHRASE, NumberReader
from claimkit.text.pieces import DASHES


class UnitReader(NumberReader):
    """Read the currency or unit written after a number."""

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

    def _opens_number(self, j: int) -> bool:
        """Piece ``j`` is a number written right after the piece before it."""
        return (
            j < self.n and not self.p[j].space_before and self.p[j].text[:1].isdigit()
        )

    def currency_after(self, j: int) -> tuple[int, tuple[str, Decimal]] | None:
        """Currency word, code or symbol after a number: (pieces, (ISO, factor))."""
        hit = self.lookup(j, self.lex.currency_words)
        if hit is not None:
            k, (code, factor) = hit
            single = len(self.p[j].text) == 1 and self.p[j].text.isalpha()
            if single and not self.glued(j):
                return None
            if factor < 1 and k == 1 and self.p[j].text[0].isupper():
                return None  # "50 Cent": a name, not half a dollar
            word, after = self.p[j].text, self.p[j + k] if j + k < self.n else None
            if (
                word.lower() in self.lex.ambiguous_currency_words
                and word.istitle()
                and after is not None
                and after.text.istitle()
            ):
                return None  # "three Grand Slam titles", "Grand Prix": a name
            return k, (code, factor)
        if j >= self.n:
            return None
        text = self.p[j].text
        prefix = self.currency_before(j)
        if prefix is not None and self._opens_number(j + prefix[0]):
            return None  # "2 £1bn parks": the symbol is the next sum's
        if prefix is not None and (
            not text.isascii()
            or not text.isalpha()
            or text.isupper()
            or self.glued(j)
            or len(text) == 3
        ):
            return prefix[0], (prefix[1], Decimal(1))
        if (
            text in DASHES
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
            self.p[j].text in DASHES
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
                or (self.p[after].text in DASHES and self.is_digit(after + 1))
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
            nxt + 1 < self.n and self.glued(nxt + 1) and self.p[nxt + 1].text in DASHES
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
        if (
            num_first >= 2
            and self.p[num_first - 1].text == "("
            and self.p[num_first - 2].lower in lex.weight_cues
        ):
            return True  # "weighing 2.2 kg (4.8 pounds)": a weight converted
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
            and not (end < self.n and self.p[end].text in DASHES)
            and "." not in self.p[k].text
        ):
            return end, value + cents / 100
        return j, value
