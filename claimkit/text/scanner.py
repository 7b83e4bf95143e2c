"""The quantity scanner: bounds, ranges and the left-to-right scan.

``scan`` walks the pieces once, trying a quantity at each position, then
extends it with bound words ("more than", "or more") and range tails ("5 to 10
million", "between X and Y"). A parse that succeeds consumes what it read, so a
scan is linear in the number of pieces. No spaCy, no regular expression.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Any

from claimkit.text.kinds import KindReader
from claimkit.text.lexicon import Lexicon
from claimkit.text.numbers import MAX_PHRASE
from claimkit.text.pieces import DASHES, DIGITS, Piece, pieces_of_text
from claimkit.text.quantity import Found


class _Scanner(KindReader):
    """Walk pieces once, trying a quantity at each position."""

    def bound_before(self, first: int) -> tuple[int, str] | None:
        """Bound words ending right before piece ``first``: (start piece, kind)."""
        for k in range(min(MAX_PHRASE, first - self.floor), 0, -1):
            start = first - k
            key = self.phrase(start, k)
            if key is not None and key in self.lex.bounds_before:
                return start, self.lex.bounds_before[key]
        return None

    def bound_over_article(self, q: Found) -> tuple[int, str] | None:
        """ "around an 80% success rate": a word of approximation before the
        article of a percent or a sum (never "a film about an 18-year-old")."""
        first = q.first
        if q.kind not in ("percent", "money") or first - 1 <= self.floor:
            return None
        if self.p[first - 1].lower not in ("a", "an"):
            return None
        found = self.bound_before(first - 1)
        return found if found is not None and found[1] == "approx" else None

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
        q = replace(q)  # a copy: the caller's q stays as read if no range
        j = q.last + 1
        if j >= self.n:
            return None
        word = self.p[j].lower
        if (
            word in DASHES
            and self.glued(j)
            and j + 1 < self.n
            and self.p[j + 1].lower == "to"
            and not self.glued(j + 1)
        ):
            j, word = j + 1, "to"  # a suspended hyphen: "8- to 16-metre"
        if kind_before == "range":
            if word not in ("and", "to") and word not in DASHES:
                return None  # "between 25-45 cents", "between $5.12 - $5.15"
        elif word not in self.lex.range_words:
            return None
        elif (
            word == "to"
            and q.kind is not None
            and q.first > 0
            and self.p[q.first - 1].lower == "by"
        ):
            return None  # "rose by $19bn to $419bn": an amount, then a level
        q2 = self.quantity(j + 1)
        if q2 is None or q.value is None or q2.value is None:
            return None
        tight = word in DASHES and self.glued(j) and self.glued(j + 1)
        if q.yearlike and q2.kind is not None and not tight:
            return None  # "halved in 2004 to $200m": a year, then a level
        if (
            q.kind is not None
            and q2.kind is not None
            and q.unit != q2.unit
            and not _same_scale(q, q2)  # "between six months and two years"
        ):
            return None
        if (
            q.kind is not None
            and q2.kind is None
            and q.kind != "money"
            and not (q.kind == "duration" and q.unit_text is None)  # "aged 40-48"
        ):
            return None
        low = self.shared_low(q.value, q, q2)  # "4.5 to nine cents"
        high = q2.value
        if (
            q.num_last == q.num_first
            and not q.words
            and (q.kind is None or (q.kind == "money" and q2.unit == q.unit))
        ):
            # "5 to 10 million", "$1.3 to $1.5bn": the magnitude applies to both.
            scale = _magnitude(q2, self)
            if scale > 1 and low * float(scale) <= high:
                low *= float(scale)
        first_value = low
        falling = False
        if high < low and q2.kind is not None and q.kind in (None, q2.kind) and bound:
            # "between -5 and -12 °C", "ranged from -18 °C to -34 °C"; a
            # falling "from 7.3% to 6.9%" is a change, not a range.
            verb = self.p[bound[0] - 1].lower if bound[0] > 0 else ""
            if kind_before == "range" or (
                kind_before == "from" and verb in self.lex.range_verbs
            ):
                low, high = high, low
            elif kind_before == "from":
                falling = True
        if not (low < high or falling):
            return None
        if (
            (word in DASHES or word == "or")
            and q.kind is None
            and q2.kind is None
            and (q.yearlike or q2.yearlike)
        ):
            return None  # "2019-2020": years, not a range
        kind = q2.kind or q.kind
        if falling:
            # "fell from $36,040 to $34,935": one fall, the level reached and
            # the level it fell from (the component reads its direction).
            return Found(
                first=q.first,
                last=q2.last,
                kind=kind,
                value=high,
                unit=q2.unit or q.unit,
                unit_text=q2.unit_text or q.unit_text,
                qualifier=q2.qualifier,
                num_first=q2.num_first,
                num_last=q2.num_last,
                words=q.words and q2.words,
                per=q2.per,
                flags={"parts": (q, q2), "low": first_value},
            )
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
            per=q2.per,
            flags={"parts": (q, q2), "low": first_value},
        )

    def to_from(self, q: Found) -> Found | None:
        """A level reached, then the level before: "raised to five percent
        from three", "fell to 40 cents from 46 cents". One change written with
        both ends, as "from 3% to 5%" is (``from_to``); a bare level before
        takes the unit of the one reached only when both or neither have a
        magnitude."""
        j = q.last + 1
        if (
            q.kind not in ("percent", "money", "measure")
            or q.value is None
            or q.first <= self.floor
            or self.p[q.first - 1].lower != "to"
            or j + 1 >= self.n
            or self.p[j].lower != "from"
        ):
            return None
        q2 = self.quantity(j + 1)
        if q2 is None or q2.value is None or q2.yearlike:
            return None
        if q2.kind is None:
            if (q.num_first != q.num_last) != (q2.num_first != q2.num_last):
                return None  # "to 15 million markka from 39": 39 of what?
            after = q2.last + 1
            if (
                after < self.n
                and self.p[after].text[0].isalpha()
                and self.p[after].lower not in _AFTER_EARLIER_LEVEL
            ):
                return None  # "to 20% from 12 countries"
            before = q2.value
        elif q2.kind != q.kind or q2.unit != q.unit:
            return None
        else:
            before = q2.value
        if before == q.value:
            return None
        return replace(
            q,
            last=q2.last,
            from_to=True,
            flags={"parts": (q2, q), "low": before},
        )

    def slash_pair(self, q: Found) -> Found | None:
        """A bid and an offer "22.00 / 22.75 percent": a range of the two
        quotes; an offer written short or below the bid ("2,343.00 / 43.50
        percent") is returned unranged, to be read as no figure."""
        j = q.last + 1
        if q.kind == "money" and q.first != q.num_first:
            return self.money_pair(q)  # "$387.00 / $387.50 an ounce"
        if (
            q.kind is not None
            or q.yearlike
            or q.num_first != q.num_last
            or q.value is None
            or j + 1 >= self.n
            or self.p[j].text != "/"
        ):
            return None
        q2 = self.quantity(j + 1)
        if not _plain(q2, ("percent", "money")) or q2 is None or q2.value is None:
            return None
        low = self.shared_low(q.value, q, q2)
        if q2.value <= low:
            return q2
        return replace(
            q2,
            first=q.first,
            value=None,
            low=low,
            high=q2.value,
            qualifier="range",
            flags={"parts": (q, q2), "low": q.value},
        )

    def money_pair(self, q: Found) -> Found | None:
        """A bid and an offer each with its currency sign: "$387.00 / $387.50
        an ounce" is a range; an offer at or below the bid, no figure."""
        j = q.last + 1
        if q.value is None or j + 1 >= self.n or self.p[j].text != "/":
            return None
        q2 = self.quantity(j + 1)
        if (
            q2 is None
            or q2.value is None
            or q2.kind != "money"
            or q2.unit != q.unit
            or q2.first == q2.num_first
        ):
            return None
        if q2.value <= q.value:
            return q2
        return replace(
            q2,
            first=q.first,
            value=None,
            low=q.value,
            high=q2.value,
            qualifier="range",
            flags={"parts": (q, q2), "low": q.value},
        )

    def shared_low(self, value: float, q: Found, q2: Found) -> float:
        """q's value in the share of a currency q2 is written in ("4.5 to
        nine cents": 0.045) when bare q shares that word; else q's value."""
        if q.kind is not None or q2.kind != "money" or q2.unit_text is None:
            return value
        hit = self.lex.currency_words.get(q2.unit_text.lower())
        if hit is None or hit[1] >= 1:
            return value
        return float(Decimal(str(value)) * hit[1])

    def may_start(self, i: int) -> bool:
        """Cheap test: could a quantity start at piece i? (No false negatives.)"""
        piece = self.p[i]
        first = piece.text[0]
        return (
            first in DIGITS
            or piece.lower in self.lex.starts
            or (first == "." and len(piece.text) > 1 and piece.text[1] in DIGITS)
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
        if not _plain(q2, ("measure", "percent")) or q2 is None:
            return
        q.kind, q.unit, q.unit_text = q2.kind, q2.unit, q2.unit_text

    def scan(self) -> Iterator[Found]:
        i = 0
        while i < self.n:
            q = self.quantity(i) if self.may_start(i) else None
            if q is None:
                i += 1
                continue
            bound = self.bound_before(q.first) or self.bound_over_article(q)
            if bound is not None and (
                (q.kind == "duration" and self.over_across(bound[0]))
                or (q.kind is None and self.over_after_figure(bound[0]))
            ):
                # "£9bn over five years", "two runs over seven innings": across
                bound = None
            if bound is not None and self.went_up_to(bound):
                bound = None  # "will go up to 695,000 tonnes": a level reached
            if bound is None or bound[1] != "range":
                q = self.compound_duration(q)  # "two hours and 40 minutes"
            pair = self.slash_pair(q)
            if pair is not None and pair.qualifier != "range":
                # "2,343.00 / 43.50": an offer written short, no one figure
                i = pair.last + 1
                self.floor = i
                continue
            ranged = pair if pair is not None else self.range_tail(q, bound)
            if ranged is None and bound is None:
                ranged = self.to_from(q)  # "rose to 5% from 3%"
            if ranged is None and q.kind is None:
                # "45 and 50 mg"; a falling "from 12 to 10 per cent"
                self.share_unit(q, None if bound is None else bound[1])
            if ranged is not None:
                if bound is not None and bound[1] in ("range", "from", "approx"):
                    ranged.first = bound[0]
                    ranged.from_to = bound[1] == "from"
                q = ranged
                if q.qualifier != "range":
                    bound = None  # a fall, not a range: no bound on its level
            elif (
                bound is not None
                and bound[1] not in ("range", "from")
                and q.value is not None
            ):
                q.first = bound[0]
                q.qualifier = bound[1]
            after = self.bound_after(q.last)
            if after is not None and q.qualifier == "exact":
                q.last, q.qualifier = after
                if q.per is None and q.kind is not None:
                    per = self.per_at(q.last + 1)  # "30% or more per month"
                    if per is not None:
                        q.last, q.per = per
            if q.qualifier != "range":
                _set_interval(q, self.phrase_below(q, bound))
            yield q
            i = q.last + 1
            self.floor = i

    def compound_duration(self, q: Found) -> Found:
        """ "two hours and 40 minutes", "1 hour 45 minutes" (the parts side by
        side), "two hours, 23 minutes and 10 seconds":
        one time on the clock in its smallest unit, when each part is less than
        one of the unit before (never "two hours and 90 minutes"). Years,
        months, weeks and days stay figures of their own ("21 years and six
        months"), as the shared suites write them."""
        j = q.last + 1
        if q.kind != "duration" or q.value is None or j >= self.n:
            return q
        if q.flags.get("vague"):
            return q
        # "two hours and 40 minutes", or the parts side by side: "1 hour 45 minutes"
        joined = self.p[j].lower in ("and", ",")
        if joined and j + 1 >= self.n:
            return q
        q2 = self.quantity(j + 1 if joined else j)
        if q2 is None or q2.kind != "duration" or q2.value is None:
            return q
        step = _CLOCK_STEPS.get((q.unit or "", q2.unit or ""))
        if step is None or q2.value >= step or q2.qualifier != "exact":
            return q
        q2_unit = q2.unit or ""
        if self.p[j].lower == ",":
            # "two hours, 23 minutes and 10 seconds": a comma only in a list
            # that "and" closes with a third part
            rest = self.compound_duration(q2)
            if rest is q2:
                return q
            q2 = rest
            step *= _CLOCK_STEPS.get((q2_unit, q2.unit or ""), 1)
        if q2.value is None:
            return q
        return replace(
            q,
            last=q2.last,
            value=q.value * step + q2.value,
            unit=q2.unit,
            unit_text=q2.unit_text,
            num_first=q2.num_first,
            num_last=q2.num_last,
        )

    def over_across(self, at: int) -> bool:
        """ "over" at piece ``at`` spans a period ("£9bn over five years",
        "spread over two years") rather than bounding it ("waiting over 12
        months"): it follows another quantity or a verb of spending or change."""
        if self.p[at].lower != "over" or at == 0:
            return False
        before = self.p[at - 1]
        return before.lower in self.lex.over_across or (
            self.floor > 0 and at - self.floor <= 1
        )

    def over_after_figure(self, at: int) -> bool:
        """The "over" at piece ``at`` comes right after another figure and
        its noun ("two runs over seven innings"): across a count of periods."""
        if self.p[at].lower != "over" or self.floor <= 0 or at - self.floor != 1:
            return False
        noun = self.p[at - 1].text  # the figure's noun: "runs", not "when"
        return noun.isalpha() and noun.islower() and noun not in _NOT_NOUNS

    def went_up_to(self, bound: tuple[int, str]) -> bool:
        """The "up to" at ``bound`` is the particle of "go" and its "to"
        ("will go up to 695,000 tonnes"): a rise to a level, no bound."""
        at = bound[0]
        return (
            bound[1] == "at_most"
            and at > self.floor
            and self.phrase(at, 2) == "up to"
            and self.p[at - 1].lower in _GO
        )

    def phrase_below(self, q: Found, bound: tuple[int, str] | None) -> bool:
        if bound is None or q.qualifier != "approx":
            return False
        key = " ".join(self.p[j].lower for j in range(bound[0], q.num_first))
        return any(key.startswith(phrase) for phrase in self.lex.below)


# Words that may follow the bare earlier level of "rose to 5% from 3": when
# ("a year earlier", "in June", "last year") or the next clause ("and").
_AFTER_EARLIER_LEVEL = frozenset(
    {"a", "an", "in", "on", "at", "last", "the", "earlier", "previously", "and"}
)


# Words that stand between a figure and "over" without being its noun.
_NOT_NOUNS = frozenset(
    {
        "and", "or", "but", "when", "while", "where", "which", "who", "that",
        "as", "than", "with", "to", "for", "of", "in", "on", "at", "by", "from",
        "is", "was", "were", "are", "be", "been", "has", "have", "had", "it",
        "the", "a", "an", "so", "then", "still", "just", "not",
    }
)  # fmt: skip


# Forms of "go", whose "up to" is a rise to a level ("went up to 5%").
_GO = frozenset({"go", "goes", "went", "gone", "going"})


# Durations written in two units: how many of the smaller make the larger.
_DURATION_STEPS = {
    ("year", "month"): 12,
    ("week", "day"): 7,
    ("day", "h"): 24,
    ("h", "min"): 60,
    ("min", "s"): 60,
}


# The parts of a time on the clock: "two hours and 40 minutes".
_CLOCK_STEPS = {("h", "min"): 60, ("min", "s"): 60}


def _plain(q: Found | None, kinds: tuple[str, ...]) -> bool:
    """q is one number of one of ``kinds`` with its unit after it and no
    magnitude ("22.75 percent", "50 mg"; not "$5", "5 million")."""
    return (
        q is not None
        and q.kind in kinds
        and q.first == q.num_first
        and q.num_first == q.num_last
    )


def _same_scale(q: Found, q2: Found) -> bool:
    """Put two durations in different units in the smaller unit, in place:
    "between six months and two years" -> 6 and 24 months."""
    if q.kind != "duration" or q2.kind != "duration":
        return False
    if q.value is None or q2.value is None:
        return False
    for big, small in ((q, q2), (q2, q)):
        step = _DURATION_STEPS.get((big.unit or "", small.unit or ""))
        if step is not None and big.value is not None:
            big.value = big.value * step
            big.unit, big.unit_text = small.unit, small.unit_text
            return True
    return False


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
            "per": found.per,
        },
    }
