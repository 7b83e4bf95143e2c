"""Figures that are part of a results table or a race time, not claims.

Wire copy carries sports results and market data as lines of figures:
standings and scorecard rows ("Simon Brown 1 2 1 11 10no 11.00"), rate
sheets ("1-mth Helibor 3.27 pct 3.29 pct"), price boards. A line of at least
``_TABLE_NUMBERS`` figures and no sentence (no finite verb, no closing full
stop), next to another line of two figures or more and no sentence, is such
a row: its figures come without the words that say what they measure, so
they make no records. A lone line of figures is a fragment, not a table, and
a sentence keeps all its figures ("The index lost 0.19 percent or 123.89
points to end at 64,178.78." has a verb).

A race time ("won in 10.08 seconds", "clocked 26 minutes 38.08 seconds", the
time of a results row "3. Ekimov 1 minute 7 seconds") is a result, not a
figure a reader quotes as a claim: a duration in seconds with hundredths, a
minutes figure run into its seconds, an hours figure run into its minutes
(a part of a time, never the whole), or a span of hours, minutes or seconds
on a line that opens with a placing ("3.") stays out. "Within four minutes" and
"90 seconds from time" stay.

A table's note of its unit ("(in millions of guilders unless stated)", "All
figures in thousands of tonnes:") is no amount either: a vague scale of a
unit after "in" or a bracket, before "unless", a bracket or a colon (or after
"figures in", "given in"). "Billions of dollars invested" stays. Nor is a
span of days after a month ("June 19-23 Second test"): a date.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

from claimkit.text.currency_names import ISO_DATELINE

# A table row holds at least this many numbers.
_TABLE_NUMBERS = 3
_CLOCK_UNITS = frozenset({"s", "min", "h"})
_PLACING = re.compile(r"\s*\d{1,3}\.\s")
_SECONDS_AFTER = re.compile(r"\s*,?\s*\d+(?:\.\d+)?\s+(?:sec|second)", re.IGNORECASE)
_MINUTES_AFTER = re.compile(r"\s*,?\s*\d+\s+(?:min|minute)", re.IGNORECASE)
_MINUTES_BEFORE = re.compile(r"(?:min|minutes?|mins)\s*,?\s*$", re.IGNORECASE)
# A finite verb makes a line a sentence ("A-rated" or "owned" in a row do not).
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_MONTH_BEFORE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$",
    re.IGNORECASE,
)
_VAGUE_SCALE = re.compile(
    r"(?:(?:tens|hundreds) of )?(?:thousands|millions|billions|trillions) of ",
    re.IGNORECASE,
)
_NOTE_BEFORE = re.compile(r"(?:\(|\bin)\s*$", re.IGNORECASE)
_NOTE_AFTER = re.compile(r"\s*(?:unless\b|\)|:)", re.IGNORECASE)
_NOTE_VERB = re.compile(
    r"\b(?:figures|given|expressed|stated|shown|are)\s+in\s*$", re.I
)
_HUNDREDTHS = re.compile(r"\d\.\d\d")


def drop_layout(
    doc: Doc, text: str, records: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """``records`` without the figures of table rows and race times."""
    if not records:
        return records
    figures: dict[int, int] = {}  # line start -> figures of a line with no sentence
    kept = []
    for record in records:
        line_start = text.rfind("\n", 0, record["start"]) + 1
        if (
            _table_row(doc, text, line_start, figures)
            or _race_time(text, record, line_start)
            or _unit_note(text, record, line_start)
            or _days_of_month(text, record, line_start)
        ):
            continue
        kept.append(record)
    return kept


def _table_row(doc: Doc, text: str, start: int, figures: dict[int, int]) -> bool:
    """The line at ``start`` is a row of a table: ``_TABLE_NUMBERS`` figures
    and no sentence, beside another line of at least two figures and no
    sentence (a lone line of figures is a fragment, not a table)."""
    if _figures(doc, text, start, figures) < _TABLE_NUMBERS:
        return False
    before = text.rfind("\n", 0, max(start - 1, 0)) + 1 if start else None
    after = text.find("\n", start) + 1 or None
    return any(
        line is not None
        and line != start
        and line < len(text)
        and _figures(doc, text, line, figures) >= 2
        for line in (before, after)
    )


def _figures(doc: Doc, text: str, start: int, figures: dict[int, int]) -> int:
    """How many figures the line at ``start`` holds; 0 for a sentence (a
    finite verb or a closing full stop). Cached in ``figures``."""
    if start in figures:
        return figures[start]
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    count = 0
    line = text[start:end]
    if not (line.rstrip().endswith(".") or ISO_DATELINE.fullmatch(line)):
        after_number = False  # "$41 billion" is one figure, "4 7 1" three
        span = doc.char_span(start, end, alignment_mode="expand")
        for token in span if span is not None else ():
            if token.tag_ in _FINITE:
                count = 0
                break
            number = token.like_num or token.text[:1].isdigit()
            count += number and not (after_number and token.is_alpha)
            after_number = number or (after_number and token.text in "-–")
    figures[start] = count
    return count


def _race_time(text: str, record: dict[str, Any], line_start: int) -> bool:
    """A clocked time: "10.08 seconds", "26 minutes 38.08 seconds", or a span
    of minutes or seconds in a results row ("3. Ekimov 1 minute 7 seconds")."""
    quantity = record["quantity"]
    if quantity["kind"] != "duration" or quantity["unit"] not in _CLOCK_UNITS:
        return False
    if quantity["unit"] == "s" and _HUNDREDTHS.search(record["text"]):
        return (
            True  # hundredths of a second are timed ("0-100km/h in 6.2 seconds" stays)
        )
    if quantity["unit"] == "min" and _SECONDS_AFTER.match(text, record["end"]):
        return True  # "26 minutes 38.08 seconds": the minutes of a time
    if quantity["unit"] == "h" and _MINUTES_AFTER.match(text, record["end"]):
        return True  # "5 hours 51 minutes 52 seconds": the hours of a time
    if quantity["unit"] == "s" and _MINUTES_BEFORE.search(
        text[line_start : record["start"]]
    ):
        return True  # the seconds of "four minutes, 12 seconds"
    return bool(_PLACING.match(text, line_start))


def _unit_note(text: str, record: dict[str, Any], line_start: int) -> bool:
    """ "(in millions of guilders unless stated)": a table's unit, no amount."""
    if not _VAGUE_SCALE.match(record["text"]):
        return False
    before = text[line_start : record["start"]]
    if not _NOTE_BEFORE.search(before):
        return False
    return bool(_NOTE_AFTER.match(text, record["end"]) or _NOTE_VERB.search(before))


def _days_of_month(text: str, record: dict[str, Any], line_start: int) -> bool:
    """ "June 19-23": a range of days of the month after its name."""
    quantity = record["quantity"]
    low, high = quantity["low"], quantity["high"]
    if quantity["qualifier"] != "range" or low is None or high is None:
        return False
    if not (1 <= low < high <= 31 and low % 1 == 0 and high % 1 == 0):
        return False
    return bool(_MONTH_BEFORE.search(text[line_start : record["start"]]))
