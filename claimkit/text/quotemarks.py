"""Pair quote marks in raw text: straight, curly, single, double, guillemets.

Pure functions over a string, no spaCy. One pass over the text, so a document
with tens of thousands of quote marks costs no more than its length. Marks pair
within a paragraph as ``claimkit.text.layout`` finds them, so a quote wrapped
over two lines of one paragraph is one quote.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from claimkit.text.layout import INVISIBLE, paragraph_spans

DOUBLE_OPEN = "\u201c\u201e\u00ab"  # “ „ «
DOUBLE_CLOSE = "\u201d\u00bb"  # ” »
SINGLE_OPEN = "\u2018\u2039"  # ‘ ‹
SINGLE_CLOSE = "\u2019\u203a"  # ’ ›
STRAIGHT_DOUBLE = '"'
STRAIGHT_SINGLE = "'"
DOUBLE_MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + STRAIGHT_DOUBLE
SINGLE_MARKS = SINGLE_OPEN + SINGLE_CLOSE + STRAIGHT_SINGLE
ALL_MARKS = DOUBLE_MARKS + SINGLE_MARKS


def blank(char: str) -> bool:
    """``char`` is whitespace or an invisible character."""
    return char.isspace() or char in INVISIBLE


def strip_blank(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without whitespace or invisible characters at its edges."""
    while start < end and blank(text[start]):
        start += 1
    while end > start and blank(text[end - 1]):
        end -= 1
    return start, end


_MARK = re.compile(f"[{re.escape(ALL_MARKS)}]")
# Markup in scraped text (<tweet author="...">): its attribute values are no quotes
_TAG = re.compile(r"<[A-Za-z/][^<>\n]{0,500}>")
# Characters before an opening mark: nothing, space, an open bracket, a dash, a slash
_OPEN_BEFORE = set(" \t\r\n([{\u2014\u2013-/" + DOUBLE_OPEN + SINGLE_OPEN + '"')
# Elided year or word after an apostrophe: '90s, ’em, 'til, ’tis, 'cause, 'n'
_ELISION = re.compile(r"(?:\d\d(?:s\b|\b)|em\b|til\b|tis\b|twas\b|cause\b|n\b)", re.I)


@dataclass(frozen=True)
class MarkedSpan:
    """Quoted words between a pair of marks (offsets exclude the marks)."""

    start: int
    end: int
    open_at: int
    close_at: int | None  # None: closed at the paragraph end
    single: bool
    paragraphs: int = 1


def find_quote_marks(text: str) -> tuple[list[MarkedSpan], list[str]]:
    """Pair the quote marks of ``text``; return spans and issues in words.

    Apostrophes (don't, Clinton’s, firms’, '90s) are not quote marks. An opening
    double mark left open at a paragraph end continues when the next paragraph
    opens with a double mark (the news convention for multi-paragraph quotes);
    otherwise it is closed at the paragraph end and reported. A stray closing
    mark is skipped and reported. Single-quoted spans inside a double-quoted
    span belong to it and are not returned.
    """
    spans: list[MarkedSpan] = []
    issues: list[str] = []
    open_double: int | None = None
    paragraphs = 1
    continue_at = -1  # the opening mark that continues a quote in a new paragraph
    close_next = -1  # a lone mark that closes a quote run on from the paragraph before
    tags = [m.span() for m in _TAG.finditer(text)]
    tag_i = 0
    paras = paragraph_spans(text)
    for at, (para_start, para_end) in enumerate(paras):
        if para_start == para_end and para_start < len(text):
            continue
        open_single: int | None = None
        for mark in _MARK.finditer(text, para_start, para_end):
            i = mark.start()
            if i == continue_at:
                continue
            while tag_i < len(tags) and tags[tag_i][1] <= i:
                tag_i += 1
            if tag_i < len(tags) and tags[tag_i][0] < i:
                continue  # inside markup
            char = text[i]
            if i == close_next and open_double is not None:
                _emit(text, spans, open_double, i, i, single=False, paras=paragraphs)
                open_double = None
                open_single = None
                paragraphs = 1
                continue
            before = _neighbour(text, i, -1, para_start, para_end)
            after = _neighbour(text, i, 1, para_start, para_end)
            opens = before in _OPEN_BEFORE or before in ALL_MARKS
            closes = not before.isspace() and not (after.isalnum())
            if char in DOUBLE_MARKS:
                if open_double is None:
                    stray_curly = char in DOUBLE_CLOSE and (
                        not opens or after.isspace()
                    )
                    stray_straight = char == STRAIGHT_DOUBLE and not opens
                    if stray_curly or (stray_straight and after.isspace()):
                        issues.append(f"stray closing quote mark at {i} skipped")
                    else:
                        open_double = i
                        open_single = None
                    continue
                if _runs_on(text, i, para_start, after) and _speaks(
                    text, open_double, i
                ):
                    paragraphs += 1  # a paragraph run into the line: still open
                    continue
                if (
                    char == STRAIGHT_DOUBLE
                    and before.isspace()
                    and after.isalnum()
                    and _after_stop(text, i, para_start)
                ):
                    # '... their plans. "With the ...': a straight mark after a
                    # sentence's end and a space, before a word, opens the next
                    # quote; the open one lost its closing mark at the stop
                    issues.append(
                        f"quote mark at {open_double} not closed before another "
                        f"opens at {i}; closed there"
                    )
                    _emit(text, spans, open_double, i, None, single=False, paras=1)
                    open_double = i
                    open_single = None
                    paragraphs = 1
                    continue
                if char in DOUBLE_OPEN and not closes and i > open_double + 1:
                    issues.append(
                        f"quote mark at {open_double} not closed before another "
                        f"opens at {i}; skipped"
                    )
                    open_double = i
                    open_single = None
                    continue
                if i == open_double + 1 and char in DOUBLE_OPEN:
                    continue
                _emit(text, spans, open_double, i, i, single=False, paras=paragraphs)
                open_double = None
                open_single = None
                paragraphs = 1
                continue
            # single marks: quote marks only when they pair up in the paragraph
            if char in SINGLE_OPEN or char == STRAIGHT_SINGLE:
                if before.isalnum() and after.isalnum():
                    continue  # don't, O'Brien
                if open_single is None:
                    if (
                        opens
                        and not after.isspace()
                        and not _ELISION.match(text, i + 1)
                    ):
                        open_single = i
                    continue
            if char in SINGLE_CLOSE or char == STRAIGHT_SINGLE:
                if open_single is None or not closes or after.isalnum():
                    continue  # apostrophe: Clinton’s, firms’, rock ’n’ roll
                if before in "sSzZ" and after == " " and _next_lower(text, i + 2):
                    continue  # the firms’ chips: possessive, keep looking
                if open_double is None or open_single > open_double:
                    _emit(text, spans, open_single, i, i, single=True, paras=1)
                open_single = None
        if open_double is not None:
            continue_at = _next_paragraph_opens(text, para_end)
            if continue_at >= 0:
                paragraphs += 1
                continue
            close_next = (
                _closed_in_next(text, *paras[at + 1]) if at + 1 < len(paras) else -1
            )
            if close_next >= 0:
                paragraphs += 1
                continue
            issues.append(
                f"quote mark at {open_double} not closed in its paragraph; "
                "closed at the paragraph end"
            )
            _emit(
                text, spans, open_double, para_end, None, single=False, paras=paragraphs
            )
            open_double = None
            paragraphs = 1
    if open_double is not None:  # last paragraph ended with an open quote
        issues.append(f"quote mark at {open_double} not closed; closed at the end")
        _emit(text, spans, open_double, len(text), None, single=False, paras=paragraphs)
    toggled = _toggled_pairs(text, paras)
    if toggled is not None:
        issues = [i for i in issues if "quote mark" not in i or "single" in i]
        spans = toggled + [s for s in spans if s.single]
    spans.sort(key=lambda s: (s.start, -s.end))
    return _drop_nested(spans), issues


# A closing mark written as an opening one: ', "said Ann Ray.', '. "Ann Ray said'
_FLIPPED_CLOSE = re.compile(r'[,.?!] "(?=\w)')
_STRAIGHT_DOUBLE = re.compile(STRAIGHT_DOUBLE)
# A closing mark as the spacing writes it: 'more," lamented Ann Ray'
_CLOSES = re.compile(r'[,.?!]" (?=[a-z])')
# a speaker's name (up to six words) and a reporting verb after such a mark
_SAID = re.compile(
    r"(?:[\w.'-]+,? ){1,6}(?:said|says|told|added|adds|asked|replied|quoted)\b"
)
# a quote paired in order runs over at most this many paragraphs
_TOGGLE_MAX_PARAGRAPHS = 12


def _toggled_pairs(text: str, paras: list[tuple[int, int]]) -> list[MarkedSpan] | None:
    """Straight double marks paired in order, when the text's spacing is flipped.

    Text rebuilt from tokens one sentence a line attaches each line's first
    mark to the word after it and the second to the word before, so a quote
    run over several lines is closed by a mark that looks like an opening one
    ('"We lost.\\nIt hurts, "said Ann Ray."\\nBut we go on. "'). When the text
    has only straight double marks, an even number of them, and a line whose
    first mark closes in that shape (after a stop or comma and a space, before
    a lower-case word) where pairing in order puts a closing mark, the marks
    pair in order across lines. No opening mark may have that shape or close
    as the spacing writes it ('more," lamented'), and no closing one may
    follow a colon; otherwise (None) the spacing decides.
    """
    if any(c in text for c in DOUBLE_OPEN + DOUBLE_CLOSE):
        return None
    marks = [m.start() for m in _STRAIGHT_DOUBLE.finditer(text)]
    if not marks or len(marks) % 2:
        return None
    opens, closes = marks[0::2], marks[1::2]
    starts = [a for a, _ in paras]
    if not any(
        _flipped_close(text, i) and _first_in_paragraph(text, starts, i) for i in closes
    ):
        return None
    if any(_flipped_close(text, i) or _CLOSES.match(text, i - 1) for i in opens) or any(
        text[max(0, i - 2) : i].rstrip().endswith(":") for i in closes
    ):
        return None  # a mark lost or added: the order pairs them wrongly
    spans: list[MarkedSpan] = []
    for open_at, close_at in zip(opens, closes, strict=True):
        paragraphs = 1 + bisect.bisect_right(starts, close_at)
        paragraphs -= bisect.bisect_right(starts, open_at)
        if paragraphs > _TOGGLE_MAX_PARAGRAPHS:
            return None
        _emit(text, spans, open_at, close_at, close_at, single=False, paras=paragraphs)
    return spans


def _flipped_close(text: str, i: int) -> bool:
    """The mark at ``i`` closes a quote but is glued to the word after it:
    after a stop or comma and a space, before a lower-case word (', "said
    Ann Ray') or words that name a speaker (', "Ann Ray said')."""
    if not _FLIPPED_CLOSE.match(text, i - 2) or i < 2:
        return False
    if text[i + 1 : i + 2].islower():
        return True
    end = text.find("\n", i)
    return _SAID.match(text, i + 1, end if end >= 0 else len(text)) is not None


def _first_in_paragraph(text: str, starts: list[int], i: int) -> bool:
    """No double mark stands before ``text[i]`` in its paragraph."""
    k = bisect.bisect_right(starts, i) - 1
    lo = starts[k] if k >= 0 else 0
    return STRAIGHT_DOUBLE not in text[lo:i]


def _emit(
    text: str,
    spans: list[MarkedSpan],
    open_at: int,
    end: int,
    close_at: int | None,
    *,
    single: bool,
    paras: int,
) -> None:
    start, end = strip_blank(text, open_at + 1, end)
    if end > start:
        spans.append(MarkedSpan(start, end, open_at, close_at, single, paras))


def _neighbour(text: str, i: int, step: int, lo: int, hi: int) -> str:
    """The character next to ``text[i]`` (before: -1), invisible ones skipped.

    A paragraph's edge reads as a space.
    """
    j = i + step
    while lo <= j < hi and text[j] in INVISIBLE:
        j += step
    return text[j] if lo <= j < hi else " "


def _runs_on(text: str, i: int, lo: int, after: str) -> bool:
    """The opening mark at ``i`` continues an open quote on the same line.

    Scraped articles often lose paragraph breaks: '"... in the heat. "But once
    I saw the scans ..."' is one speaker's quote over two paragraphs, the
    second opening with a mark as the convention wants. A double mark after a
    sentence's end and a space, before a capital or a digit, opens; it does not
    close the quote that is open.
    """
    if not (after.isupper() or after.isdigit()) or text[i] in DOUBLE_CLOSE:
        return False
    j = i - 1
    if j < lo or not blank(text[j]):
        return False
    while j >= lo and blank(text[j]):
        j -= 1
    while j >= lo and text[j] in SINGLE_CLOSE + STRAIGHT_SINGLE + ")":
        j -= 1
    return j >= lo and text[j] in ".?!"


# first and second person ('US', the country, is no 'us')
_SPEAKER_WORDS = re.compile(r"\b(?:i|me|my|we|our|you|your|(?-i:us))\b", re.I)
_SENTENCE_END = re.compile(r"[.?!][\"'\u2019\u201d)]*\s+")


def _speaks(text: str, open_at: int, i: int) -> bool:
    """The last sentence before the mark at ``i`` reads as spoken words.

    In '"... fit enough. Bosvelt joined City in 2003. "He realised ...' the
    closing mark was lost before the narration: only words in the first or
    second person ('I', 'we', 'you') show the quote ran on to the new mark.
    """
    segment = text[open_at + 1 : i].rstrip()
    ends = [m.end() for m in _SENTENCE_END.finditer(segment)]
    last = segment[ends[-1] :] if ends else segment
    return _SPEAKER_WORDS.search(last) is not None


def _after_stop(text: str, i: int, lo: int) -> bool:
    """A sentence ends right before the blanks before ``text[i]``."""
    j = i - 1
    while j >= lo and blank(text[j]):
        j -= 1
    return j >= lo and text[j] in ".?!"


def _next_lower(text: str, i: int) -> bool:
    return i < len(text) and text[i].islower()


def _next_paragraph_opens(text: str, para_end: int) -> int:
    """Return where the next paragraph's opening double mark is, or -1."""
    i = para_end
    n = len(text)
    while i < n and blank(text[i]):
        i += 1
    if i < n and i > para_end and (text[i] in DOUBLE_OPEN or text[i] == '"'):
        return i
    return -1


def _closed_in_next(text: str, start: int, end: int) -> int:
    """Where the next paragraph closes a quote left open, or -1.

    '"We will act.\\nThat is the plan, "said Ann Ray.': the writer broke the
    quote over two lines without reopening it, and the next paragraph's only
    double mark, after the quote's last stop or comma and before a lower-case
    word ('said', 'he said') or the paragraph's end, closes it. A next
    paragraph with more marks, or whose lone mark opens words of its own, does
    not.
    """
    while start < end and blank(text[start]):
        start += 1
    marks = [
        m.start()
        for m in _MARK.finditer(text, start, end)
        if text[m.start()] in DOUBLE_MARKS
    ]
    if len(marks) != 1 or marks[0] == start:
        return -1
    i = marks[0]
    j = i - 1
    while j > start and blank(text[j]):
        j -= 1
    if text[j] not in ".,?!":
        return -1
    k = i + 1
    while k < end and (blank(text[k]) or text[k] == ","):
        k += 1
    if k == end:
        return i  # a mark ending its paragraph after a stop opens nothing
    return i if text[k].islower() else -1


def _drop_nested(spans: list[MarkedSpan]) -> list[MarkedSpan]:
    """Drop spans inside an earlier double-quoted span (sorted by start)."""
    kept: list[MarkedSpan] = []
    reach = -1
    for span in spans:
        if span.end <= reach:
            continue
        kept.append(span)
        if not span.single:
            reach = max(reach, span.end)
    return kept
