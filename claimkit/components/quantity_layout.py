"""Figures that are part of a results table or a race time, not claims.

Wire copy carries sports results and market data as lines of figures:
standings and scorecard rows ("Simon Brown 1 2 1 11 10no 11.00"), rate
sheets ("1-mth Helibor 3.27 pct 3.29 pct"), price boards. A line of at least
``_TABLE_NUMBERS`` numbers with no finite verb and no closing full stop is such a
row: its figures come without the words that say what they measure, so they
make no records. A sentence with many figures keeps them all ("The index lost
0.19 percent or 123.89 points to end at 64,178.78." has verbs).

A race time ("won in 10.08 seconds", "clocked 26 minutes 38.08 seconds", the
time of a results row "3. Ekimov 1 minute 7 seconds") is a result, not a
figure a reader quotes as a claim: a duration in seconds with hundredths, a
minutes figure run into its seconds, or a span of minutes or seconds on a
line that opens with a placing ("3.") stays out. "Within four minutes" and
"90 seconds from time" stay.

A table's note of its unit ("(in millions of guilders unless stated)", "All
figures in thousands of tonnes:") is no amount either: a vague scale of a
unit after "in" or a bracket, before "unless", a bracket or a colon (or after
"figures in", "given in"). "Billions of dollars invested" stays.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from spacy.tokens import Doc

# A table row holds at least this many numbers.
_TABLE_NUMBERS = 3
_CLOCK_UNITS = frozenset({"s", "min"})
_PLACING = re.compile(r"\s*\d{1,3}\.\s")
_SECONDS_AFTER = re.compile(r"\s*,?\s*\d+(?:\.\d+)?\s+(?:sec|second)", re.IGNORECASE)
_MINUTES_BEFORE = re.compile(r"(?:min|minutes?|mins)\s*,?\s*$", re.IGNORECASE)
# A finite verb makes a line a sentence ("A-rated" or "owned" in a row do not).
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
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
    starts = [t.idx for t in doc]
    rows: dict[int, bool] = {}
    kept = []
    for record in records:
        line_start = text.rfind("\n", 0, record["start"]) + 1
        line_end = text.find("\n", record["end"])
        line_end = len(text) if line_end < 0 else line_end
        if line_start not in rows:
            rows[line_start] = _table_row(doc, starts, text, line_start, line_end)
        if (
            rows[line_start]
            or _race_time(text, record, line_start)
            or _unit_note(text, record, line_start)
        ):
            continue
        kept.append(record)
    return kept


def _table_row(doc: Doc, starts: list[int], text: str, start: int, end: int) -> bool:
    """The line ``text[start:end]`` is a row of figures: no verb, no full stop."""
    if text[start:end].rstrip().endswith("."):
        return False
    first = bisect_right(starts, start - 1)
    last = bisect_right(starts, end - 1)
    numbers = 0
    after_number = False  # "$41 billion" is one figure, "4 7 1" three
    for token in doc[first:last]:
        if token.tag_ in _FINITE:
            return False
        number = token.like_num or token.text[:1].isdigit()
        numbers += number and not (after_number and token.is_alpha)
        after_number = number
    return numbers >= _TABLE_NUMBERS


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
    if _SECONDS_AFTER.match(text, record["end"]):
        return True  # "26 minutes 38.08 seconds": the minutes of a time
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
