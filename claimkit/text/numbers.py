"""Numbers in digits or words, read from pieces by ``NumberReader``.

"2,000", "1.5 million", "2 1/2", "1e10", "two hundred and five", "a dozen",
"two thirds", "one point five million". Every step looks a fixed number of
pieces ahead, so reading a number is linear in the pieces it reads. No spaCy.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from claimkit.text.lexicon import Lexicon
from claimkit.text.pieces import DASHES, DIGITS, Piece, parse_digits

# Longest multi-piece phrase (unit, currency, bound) the scanner looks up.
MAX_PHRASE = 4

# A plural scale after a number is a scale: "£22 billions", "3 millions".
_PLURAL_SCALE = 1000000


# Denominators a whole number and a hyphenated fraction are written in ("8-1/2").
_FRACTION_DENOMINATORS = frozenset({"2", "3", "4", "8", "16", "32", "64"})


# Metre-context words that do not say "length" on their own ("38m in 2003").
_FUNCTION_WORDS = frozenset({"in", "and", "or", "to", "by", "of", "from"})


class NumberReader:
    """Read numbers at a piece; the base the quantity scanner builds on."""

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
        return text[0] in DIGITS or (
            text[0] == "." and len(text) > 1 and text[1] in DIGITS
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
        if self.p[j].text in DASHES and self.is_digit(j + 1) and self.glued(j + 1):
            if j > 0 and self.glued(j) and not after_symbol:
                return None
            negative, j = True, j + 1
        elif self.p[j].lower in self.lex.negative_words and j + 1 < self.n:
            if self.plus_or_minus(j):
                return None  # "plus or minus 4.1 points": a margin, read from 4.1
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

    def plus_or_minus(self, i: int) -> bool:
        """Piece i is the "minus" of "plus or minus": a margin either way,
        never a negative value."""
        return (
            i >= 2
            and self.p[i].lower == "minus"
            and self.p[i - 1].lower == "or"
            and self.p[i - 2].lower == "plus"
        )

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
        # A whole number and a fraction joined by a hyphen: "8-1/2", "106-26/32".
        hyphenated = self.hyphen_fraction(i, j)
        if hyphenated is not None:
            j, share = hyphenated
            value += share
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

    def hyphen_fraction(self, i: int, j: int) -> tuple[int, Decimal] | None:
        """The fraction of "8-1/2" after whole digits at piece i, which end at
        j: (next piece, fraction). The slash may stand apart ("12-1 / 2p").

        Only a proper fraction in halves, thirds or powers of two ("3-1/4",
        "107-6/32", "8-2/3 innings"); "20-30/12" is a run of dates.
        """
        if not (
            j == i + 1
            and j + 1 < self.n
            and self.p[i].text.isdigit()
            and self.p[j].text in DASHES
            and self.glued(j)
            and self.glued(j + 1)
        ):
            return None
        after = j + 2
        if self.p[j + 1].text.count("/") == 1:
            num, _, den = self.p[j + 1].text.partition("/")
        elif (
            j + 3 < self.n
            and self.p[j + 2].text == "/"
            and self.p[j + 1].text.isdigit()
            and self.p[j + 3].text.isdigit()
        ):
            num, den = self.p[j + 1].text, self.p[j + 3].text
            after = j + 4
        else:
            return None
        if not (num.isdigit() and den in _FRACTION_DENOMINATORS):
            return None
        if not 0 < int(num) < int(den):
            return None
        return after, Decimal(int(num)) / Decimal(int(den))

    def spaced_groups(self, j: int, value: Decimal) -> tuple[int, Decimal]:
        """Join digit groups written with a space: "40 000", "1 234 567.89"."""
        while j < self.n:
            text = self.p[j].text
            whole = text.partition(".")[0]
            glued_on = (
                j + 1 < self.n
                and self.glued(j + 1)
                and (self.p[j + 1].text[0].isalnum() or self.p[j + 1].text in DASHES)
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
        plural = lex.vague_plurals.get(self.p[j].lower) if j < self.n else None
        if stacked == 0 and plural is not None and plural >= _PLURAL_SCALE:
            value *= plural  # "£22 billions": an old plural, not a vague count
            j += 1
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
            elif word in DASHES and last == "unit" and self.glued(j):
                nxt = self.p[j + 1].lower if j + 1 < self.n else ""
                if nxt in lex.denominators and self.glued(j + 1):
                    j += 1  # "one-eighth"
                    continue
                if nxt == "and" and self.glued(j + 1):
                    j += 1  # "one-and-a-half"
                    continue
                break
            elif word in DASHES and last == "tens" and self.glued(j):
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
                if total == 0:
                    # "one point five million" scales the whole decimal, as
                    # "1.5 million" does.
                    return self.scale_tail(j, current + digits)
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
        if j < self.n and self.p[j].text in DASHES and self.glued(j):
            j += 1  # "one-and-a-half"
        k = j + 1
        if k < self.n and self.p[k].text in DASHES and self.glued(k):
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
            return self.p[j].text not in DASHES and not self.is_digit(j)
        word = self.p[j].lower if j < self.n else ""
        if word in self.lex.metre_context and self._change_base(j - 2):
            # "77m euros, up from 38m in 2003": the base of a change has the
            # scale of the figure it is compared with, not metres
            return word in _FUNCTION_WORDS
        return word not in self.lex.metre_context

    def _change_base(self, number: int) -> bool:
        """The number at ``number`` follows "up from" or "down from"."""
        return (
            number >= 2
            and self.p[number - 1].lower == "from"
            and self.p[number - 2].lower in ("up", "down")
        )
