"""Durations, ages, multiples, index points and rates on top of ``QuantityReader``.

``KindReader.quantity`` reads what ``QuantityReader`` reads, then:

- a bare number before a duration word is a duration ("three years",
  "within six weeks", "in 3.5 seconds"); "a 44-year-old" and "aged 44" are ages
  (durations in years). "two years ago" is a date, "a 10-year bond" a name:
  both stay out;
- "fourfold", "4-fold", "6.5 times earnings", "four times the number" are
  multiples (unit "x"); "three times a week" is not;
- "269 points" after an index name ("the Dow fell 269 points") and an index
  level ("the index closed at 22,104") are measures in points ("pt");
- a rate's denominator is read after any quantity: "$58.24 per barrel",
  "5% a year", "$15.4/hour", "20 per week" (``Found.per``); "per cent" is a
  percent, never a rate, and "a year ago" is a date, not a rate;
- "275 pound-feet" is a measure, not 275 pounds sterling (the longer match wins).

No spaCy, no regular expression.
"""

from __future__ import annotations

from decimal import Decimal

from claimkit.text.pieces import DASHES, DIGITS
from claimkit.text.quantity import GLUED_DEGREES, Found, QuantityReader

# How far back an index name may stand before "N points" (pieces).
_INDEX_WINDOW = 16
_MAX_AGE = 130
# "millions of pounds" is money even before "of": weights are not told in millions.
_MONEY_ONLY_SCALE = 1_000_000


class KindReader(QuantityReader):
    """Read a quantity, then its duration, multiple, points or rate reading."""

    def quantity(self, i: int) -> Found | None:
        q = super().quantity(i)
        if q is None:
            if i >= self.n:
                return None
            q = (
                self.fold_word(i)
                or self.glued_duration(i)
                or self.age_after_a(i)
                or self.vague(i)
            )
            if q is not None and q.kind == "money" and q.per is None:
                per = self.per_at(q.last + 1)  # "thousands of dollars a year"
                if per is not None:
                    q.last, q.per = per
            return q
        if q.kind is None:
            self.read_kind(q)
        elif q.kind == "money":
            self.longer_measure(q)
        if q.per is None and q.kind is not None:
            per = self.per_at(q.last + 1)
            if per is not None:
                q.last, q.per = per
        elif q.kind is None and not q.yearlike:
            per = self.per_at(q.last + 1)
            if per is not None and per[1] in self.lex.count_per_ok:
                q.last, q.per = per
                q.kind = "count"  # "20 per week": a count of something named before
                self.metres_per_time(q)
        return q

    # -- durations and ages ------------------------------------------------
    def read_kind(self, q: Found) -> None:
        """Give a bare number a duration, multiple or points reading in place."""
        if q.flags.get("fraction"):
            return
        if self.age_after_aged(q):
            return
        j = q.last + 1
        if j >= self.n:
            self.index_level(q)
            return
        if (
            self.duration(q, j)
            or self.multiple(q, j)
            or self.points(q, j)
            or self.glued_degrees(q, j)
        ):
            return
        self.index_level(q)

    def duration(self, q: Found, j: int) -> bool:
        lex = self.lex
        dashed = self.p[j].text in DASHES and self.glued(j) and self.glued(j + 1)
        at = j + 1 if dashed else j
        if at >= self.n:
            return False
        hit = lex.duration_units.get(self.p[at].lower)
        if hit is None or q.value is None:
            return False
        unit, factor = hit
        end = at + 1
        if dashed:
            # "a 44-year-old": an age. "a 10-year bond", "a 24-hour strike" are
            # names of things, not figures: left alone.
            if not (
                unit == "year"
                and factor == 1
                and end + 1 < self.n
                and self.p[end].text in DASHES
                and self.glued(end)
                and self.glued(end + 1)
                and self.p[end + 1].lower in ("old", "olds")
            ):
                return False
            if self.p[end + 1].lower == "olds":
                return False  # "two 44-year-olds": people counted
            end += 2
        else:
            if end < self.n and self.p[end].lower in lex.duration_not_after:
                return False  # "two years ago": a date
            if self.period_frame(q.num_first, end):
                return False  # "in the three months to December": a period
            if self.p[at].text[:1].isupper() and self.titled(end):
                return False  # "24 Hour Party People": a title
            if unit == "min" and self.match_clock(q, end):
                return False  # "on 28 minutes", "3 minutes into injury time"
            if q.words and q.value == 1 and unit in ("min", "s"):
                return False  # "think for one minute", "one second"
            if (
                q.words
                and q.value == 1
                and not (end < self.n and self.p[end].lower == "old")
                and (
                    q.num_first == 0
                    or self.p[q.num_first - 1].lower not in lex.duration_preps
                )
            ):
                return False  # "one day he left": not a figure
            if end < self.n and self.glued(end) and self.p[end].text[0].isalnum():
                return False
            if (
                end + 1 < self.n
                and self.p[end].text in DASHES
                and self.glued(end)
                and self.glued(end + 1)
            ):
                if not (unit == "year" and self.p[end + 1].lower == "old"):
                    return False  # "three second-half goals": a compound word
                end += 2  # "the 41 year-old striker": an age
        q.kind, q.unit = "duration", unit
        q.unit_text = self.joined(at, end - at, tight=False)
        q.value = float(Decimal(str(q.value)) * factor)
        q.last = end - 1
        return True

    def period_frame(self, first: int, end: int) -> bool:
        """ "the three months to December", "the final three months of 2004",
        "over the past three years", "in the last two years": a definite period
        that frames a figure
        (the period it is reported for, or grown over) is not itself a figure.
        "the best song of the past 25 years" keeps its time horizon."""
        at = first - 1
        if at >= self.floor and self.p[at].lower in self.lex.period_frames:
            at -= 1
        if at < self.floor or self.p[at].lower != "the":
            return False
        if end < self.n and self.p[end].lower in self.lex.period_ends:
            return self.p[end].lower != "of" or self.dated(end + 1)
        return at > self.floor and self.p[at - 1].lower in self.lex.period_preps

    def dated(self, j: int) -> bool:
        """A year or a named year starts at piece j: "2004", "the year", "last
        year", "the fiscal year" (not "disturbances", "sport")."""
        if j >= self.n:
            return False
        if self.is_digit(j) and len(self.p[j].text) == 4:
            return True
        return any(
            self.p[x].lower in self.lex.period_nouns
            for x in range(j, min(j + 3, self.n))
        )

    def match_clock(self, q: Found, end: int) -> bool:
        """A minute of a match, not a duration: "on 28 minutes", "after (just)
        37 minutes", "3 minutes into injury time", "four minutes from time"."""
        at = q.num_first - 1
        if at > 0 and self.p[at].lower in ("just", "only"):
            at -= 1
        before = self.p[at].lower if at >= 0 else ""
        after = self.p[end].lower if end < self.n else ""
        if after == "into" or before == "on":
            return True
        if self.time_left(end):
            return True  # "with three minutes left", "two minutes to go"
        if before == "after":
            return after != "of"  # "after 20 minutes of talks" is a duration
        return (
            after == "from"
            and end + 1 < self.n
            and self.p[end + 1].lower in ("time", "full-time", "the")
        )

    def time_left(self, j: int) -> bool:
        """ "left", "remaining", "to go" or "to play" at piece j, after an
        optional "of normal time": the clock of a match."""
        if j + 2 < self.n and self.p[j].lower == "of" and self.p[j + 2].lower == "time":
            j += 3
        if j >= self.n:
            return False
        word = self.p[j].lower
        if word in ("left", "remaining"):
            return True
        return word == "to" and j + 1 < self.n and self.p[j + 1].lower in ("go", "play")

    def titled(self, j: int) -> bool:
        """Piece j is a capitalised word: the words before it are a title."""
        return j < self.n and self.p[j].text[:1].isupper() and self.p[j].text.isalpha()

    def age_after_aged(self, q: Found) -> bool:
        """ "aged 44": an age in years."""
        if (
            q.num_first == 0
            or self.p[q.num_first - 1].lower not in ("aged", "age")
            or q.value is None
            or not 0 < q.value < _MAX_AGE
        ):
            return False
        q.kind, q.unit, q.unit_text = "duration", "year", None
        return True

    def age_after_a(self, i: int) -> Found | None:
        """ "a 44-year-old": the article before the number hides it from
        ``QuantityReader``, which reads "a 5" as a reference ("type a 5")."""
        if i == 0 or self.p[i - 1].lower not in ("a", "an") or not self.is_digit(i):
            return None
        num = self.number(i)
        if num is None or num[0] != i + 1 or num[0] >= self.n:
            return None
        q = Found(
            first=i, last=i, kind=None, value=float(num[1]), num_first=i, num_last=i
        )
        if not self.glued(i + 1):
            return None
        if self.duration(q, i + 1) or self.multiple(q, i + 1):
            return q  # "a 44-year-old", "a 4-fold rise"
        return self.a_range(q)

    def a_range(self, q: Found) -> Found | None:
        """ "a 4-5% cut": a range after "a" (where "a 4" alone is no figure)."""
        j = q.last + 1
        if not (
            j + 1 < self.n
            and self.p[j].text in DASHES
            and self.glued(j)
            and self.glued(j + 1)
        ):
            return None
        q2 = super().quantity(j + 1)
        if q2 is None or q2.kind not in ("percent", "money", "measure"):
            return None
        if q2.value is None or q.value is None or not q.value < q2.value:
            return None
        return Found(
            first=q.first,
            last=q2.last,
            kind=q2.kind,
            value=None,
            low=q.value,
            high=q2.value,
            unit=q2.unit,
            unit_text=q2.unit_text,
            qualifier="range",
            num_first=q2.num_first,
            num_last=q2.num_last,
        )

    def glued_duration(self, i: int) -> Found | None:
        """ "3.5s", "30min", "2h": a number glued to a duration abbreviation."""
        if i + 1 >= self.n or self.p[i].text[0] not in DIGITS:
            return None
        unit = self.lex.glued_durations.get(self.p[i + 1].text)
        if unit is None or not self.glued(i + 1):
            return None
        if i > 0 and self.glued(i) and self.p[i - 1].text[0].isalnum():
            return None
        if unit == "s" and i > 0 and self.glued(i):
            return None  # "the $3.40s": prices in a decade, not seconds
        if i + 2 < self.n and self.glued(i + 2) and self.p[i + 2].text[0].isalnum():
            return None
        if unit == "s" and "." not in self.p[i].text:
            return None  # "1990s", "80s": decades, not seconds
        num = self.number(i)
        if num is None or num[0] != i + 1:
            return None
        return Found(
            first=i,
            last=i + 1,
            kind="duration",
            value=float(num[1]),
            unit=unit,
            unit_text=self.p[i + 1].text,
            num_first=i,
            num_last=i,
        )

    # -- multiples -------------------------------------------------------
    def multiple(self, q: Found, j: int) -> bool:
        lex = self.lex
        word = self.p[j].lower
        end = 0
        if word in DASHES and self.glued(j) and self.glued(j + 1):
            if j + 1 < self.n and self.p[j + 1].lower == "fold":
                end = j + 2  # "4-fold", "four-fold"
        elif word == "fold":
            end = j + 1
        elif (
            word == "times"
            and j + 1 < self.n
            and self.p[j + 1].lower in lex.multiple_after
        ):
            end = j + 1  # "6.5 times earnings", "four times the number"
        if not end:
            return False
        q.kind, q.unit = "multiple", "x"
        q.unit_text = self.joined(j, end - j, tight=False)
        q.last = end - 1
        return True

    def fold_word(self, i: int) -> Found | None:
        """ "fourfold", "tenfold": a multiple written as one word."""
        value = self.lex.fold_words.get(self.p[i].lower)
        if value is None:
            return None
        return Found(
            first=i,
            last=i,
            kind="multiple",
            value=float(value),
            unit="x",
            unit_text=self.p[i].text,
            num_first=i,
            num_last=i,
            words=True,
        )

    def metres_per_time(self, q: Found) -> None:
        """ "17m per second": metres in a speed, not 17 million a second."""
        last = self.p[q.num_last]
        if (
            q.per in ("s", "min", "h")
            and q.num_last > q.num_first
            and last.text == "m"
            and self.glued(q.num_last)
            and q.value is not None
        ):
            q.kind, q.unit, q.unit_text = "measure", "m", last.text
            scale = self.lex.money_suffixes.get("m", Decimal(1_000_000))
            q.value = float(Decimal(str(q.value)) / scale)

    # -- vague plurals ------------------------------------------------------
    def vague(self, i: int) -> Found | None:
        """ "tens of thousands of dollars", "dozens of people": a bounded figure.

        A plural magnitude W ("hundreds", or "tens of thousands": 10 x 1000)
        means at least two of it and fewer than ten: low 2W, high 10W. The
        words must go on with "of": money when a currency follows ("of
        dollars"), else a count of the noun that follows (read by the
        component; the record stops at "of" here).
        """
        table = self.lex.vague_plurals
        scale = table.get(self.p[i].lower)
        if scale is None:
            return None
        j = i + 1
        while (
            j + 1 < self.n
            and self.p[j].lower == "of"
            and table.get(self.p[j + 1].lower, Decimal(0)) > scale
        ):
            scale *= table[self.p[j + 1].lower]  # "tens of thousands"
            j += 2
        if j + 1 >= self.n or self.p[j].lower != "of":
            return None
        q = Found(
            first=i,
            last=j,
            kind=None,
            value=None,
            low=float(2 * scale),
            high=float(10 * scale),
            qualifier="range",
            num_first=i,
            num_last=j - 1,
            words=True,
            flags={"vague": True},
        )
        money = self.currency_after(j + 1)
        if (
            money is not None
            and scale < _MONEY_ONLY_SCALE  # "billions of pounds of cash"
            and self.pounds_of_weight(i, j + 1, money[0])
        ):
            q.kind, q.unit, q.unit_text = "measure", "lb", self.p[j + 1].text
            q.last = j + 1  # "thousands of pounds of cocaine"
        elif money is not None:
            k, (code, factor) = money
            q.kind, q.unit = "money", code
            q.unit_text = self.joined(j + 1, k, tight=False)
            q.low = float(2 * scale * factor)
            q.high = float(10 * scale * factor)
            q.last = j + k
        return q

    # -- index points ----------------------------------------------------
    def index_near(self, first: int, last: int) -> bool:
        """An index name stands shortly before piece ``first`` (or after ``last``)."""
        cues = self.lex.index_cues
        lo = max(0, first - _INDEX_WINDOW)
        for x in range(lo, first):
            word = self.p[x].lower
            if word in cues:
                return True
            if word == "p" and x > 0 and self.p[x - 1].text == "&":
                return True  # "S&P"
        return False

    def points(self, q: Found, j: int) -> bool:
        if self.p[j].lower not in ("points", "point", "pts"):
            return False
        if not self.index_near(q.first, j):
            return False
        q.kind, q.unit, q.unit_text = "measure", "pt", self.p[j].text
        q.last = j
        return True

    def glued_degrees(self, q: Found, j: int) -> bool:
        """ "35C", "-3C", "95F": a temperature written the British way, a
        capital C or F after the number, read only where the sentence
        speaks of temperature ("highs of 35C"; not "seat 35C", "Form 10-F").
        Wire copy spaces it ("between 14 and 18 C."); spaced, no capital may
        follow the letter, so "35 C Street" stays unread."""
        unit = GLUED_DEGREES.get(self.p[j].text)
        if unit is None or q.words or q.value is None:
            return False
        if not self.glued(j) and not (
            q.last == j - 1 and (j + 1 >= self.n or not self.p[j + 1].text[0].isupper())
        ):
            return False
        if j + 1 < self.n and self.glued(j + 1) and self.p[j + 1].text[0].isalnum():
            return False  # "35Cx"
        if not -90 <= q.value <= 140 or not self.temperature_near(q.first, j):
            return False
        q.kind, q.unit, q.unit_text = "measure", unit, self.p[j].text
        q.last = j
        return True

    def index_level(self, q: Found) -> None:
        """ "the index closed at 22,104": a level in points."""
        if (
            q.yearlike
            or q.words
            or q.value is None
            or q.value < 100
            or q.num_first == 0
            or self.p[q.num_first - 1].lower not in ("at", "to")
            or q.num_first != q.num_last
        ):
            return
        if q.num_first + 1 < self.n and self.p[q.num_first + 1].text[0].isalnum():
            return  # a word follows: "at 200 stores" is a count
        verbs = self.lex.level_verbs
        lo = max(0, q.num_first - _INDEX_WINDOW)
        if any(
            self.p[x].lower in verbs for x in range(lo, q.num_first)
        ) and self.index_near(q.num_first - 1, q.num_last):
            q.kind, q.unit, q.unit_text = "measure", "pt", None

    # -- rates -----------------------------------------------------------
    def per_at(self, j: int) -> tuple[int, str] | None:
        """A rate's denominator at piece j: (last piece, unit), or None.

        "per barrel", "a year", "an hour", "/hour"; never "per cent", never
        "a year ago".
        """
        if j + 1 >= self.n:
            return None
        lex = self.lex
        word = self.p[j].lower
        if word in ("each", "every"):
            hit = self.lookup(j + 1, lex.per_units)
            if hit is None or hit[1] not in lex.per_after_each:
                return None  # "each day", "every year"; not "each company"
            end = j + 1 + hit[0]
            if end < self.n and self.p[end].lower in lex.duration_not_after:
                return None
            return end - 1, hit[1]
        if word in ("per", "a", "an") or (word == "/" and self.glued(j)):
            nxt = j + 1
            if word == "/" and not self.glued(nxt):
                return None
            if self.p[nxt].lower in lex.per_never:
                return None  # "per cent"
            hit = self.lookup(nxt, lex.per_units)
            if hit is not None:
                k, unit = hit
                if word in ("a", "an") and unit not in lex.per_after_a:
                    return None
                end = nxt + k
            elif word == "per" or word == "/":
                measure = self.measure_after(nxt, Decimal(1))
                if measure is None:
                    return None
                k, (unit, _) = measure
                end = nxt + k
            else:
                return None
            if end < self.n and self.p[end].lower in lex.duration_not_after:
                return None  # "a year ago", "a year earlier": a date
            return end - 1, unit
        return None

    # -- currency against measure -------------------------------------------
    def longer_measure(self, q: Found) -> None:
        """ "275 pound-feet": a measure that starts with a currency word."""
        j = q.num_last + 1
        if j >= self.n or q.value is None or q.first != q.num_first:
            return
        measure = self.measure_after(j, Decimal(1))
        if measure is None or j + measure[0] - 1 <= q.last:
            return
        k, (unit, skip) = measure
        q.kind, q.unit = "measure", unit
        q.unit_text = self.joined(j + skip, k - skip, tight=False)
        q.last = j + k - 1
