"""Paragraphs of plain text: where they start and end, which line breaks are wraps.

Pure functions over a string, no spaCy. A paragraph break is a blank line (a
line holding only whitespace between two lines of text). In a text with no
blank line, every line break is a paragraph break: web pages, feeds and many
archives put one paragraph on a line.

A text with blank lines may still break lines inside a paragraph: wire copy,
e-mail and plain-text archives are hard-wrapped at some 70 columns. Real text
mixes the two styles, so a single line break counts as a wrap, not a paragraph
break, only when it looks like one:

- the text is hard-wrapped: no line is longer than ``WRAP_MAX`` characters (a
  text with longer lines puts a paragraph on each line and only sometimes
  leaves a blank line between them);
- the line before it is full: the next line's first word would not have fit
  on it within the text's width (its longest line), as a wrapping program
  leaves it. A short line (a headline, a byline, the end of a list item) ends
  its paragraph;
- the next line is not a list item ('- ', '* ', '\u2022 ');
- the text's full lines mostly end inside a sentence. Lines that end sentences
  are paragraphs, one a line, even when the text has a blank line somewhere.

Blank lines count as paragraphs of their own, so in a text with no wrap the
paragraphs are exactly its lines, as they were before wraps were recognised.
"""

from __future__ import annotations

import bisect
import re

# Characters that show nothing: zero-width space, non-joiner, joiner, word
# joiner, a byte-order mark inside the text, soft hyphen. They never change
# what is found: a line of them is blank, a quote mark's neighbours are read
# past them, and no quote or speaker starts or ends with one.
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"

WRAP_MAX = 100  # longest line of a hard-wrapped text (wire copy 69, e-mail 72-78)

_BLANK_LINE = re.compile(f"[\\s{INVISIBLE}]*")
# a photo credit: '(Photo by Ana Ruiz/Getty Images)', 'Ana Ruiz/Reuters'
_CREDIT = re.compile(
    r"\((?:AP |CP |AFP )?Photo(?:graph)?\b|/(?:Getty Images|Reuters|AP|AFP|EPA|"
    r"Bloomberg|The Canadian Press|Shutterstock)\)?\s*$",
    re.IGNORECASE,
)
_BULLET = re.compile(r"[ \t]*[-*\u2022][ \t]")
# a line ending a sentence: . ? ! and any closing quote marks or brackets
_SENTENCE_END = re.compile(r"[.?!][\"'\u201d\u2019\u00bb)\]]*\s*$")


def paragraph_starts(text: str) -> list[int]:
    """Offsets where the paragraphs of ``text`` start, in order, from 0.

    Every line start is a paragraph start except the lines that continue a
    wrapped paragraph (see the module docstring). A text ending in a line break
    has an empty last paragraph at ``len(text)``.
    """
    lines = text.split("\n")
    line_starts = [0]
    for line in lines[:-1]:
        line_starts.append(line_starts[-1] + len(line) + 1)
    wraps = _wrapped_lines(lines)
    return [start for k, start in enumerate(line_starts) if k not in wraps]


def paragraph_spans(
    text: str, *, starts: list[int] | None = None
) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each paragraph; ``end`` is its closing line break."""
    if starts is None:
        starts = paragraph_starts(text)
    ends = [start - 1 for start in starts[1:]]
    return list(zip(starts, [*ends, len(text)], strict=True))


def paragraph_index(starts: list[int], char: int) -> int:
    """Index of the paragraph holding ``char`` (its closing line break included)."""
    return bisect.bisect_right(starts, char) - 1


def paragraph_end(text: str, starts: list[int], char: int) -> int:
    """Where the paragraph holding ``char`` ends: its closing line break or the end."""
    i = paragraph_index(starts, char) + 1
    return starts[i] - 1 if i < len(starts) else len(text)


def is_break(starts: list[int], newline_at: int) -> bool:
    """The line break at ``newline_at`` ends a paragraph (it is no wrap)."""
    i = bisect.bisect_left(starts, newline_at + 1)
    return i < len(starts) and starts[i] == newline_at + 1


def break_between(starts: list[int], lo: int, hi: int) -> bool:
    """A paragraph-ending line break lies in ``text[lo:hi]``."""
    i = bisect.bisect_right(starts, lo)
    return i < len(starts) and starts[i] <= hi


def _wrapped_lines(lines: list[str]) -> set[int]:
    """Indices of the lines that continue the paragraph of the line before."""
    widths = [len(line.rstrip()) for line in lines]
    if len(lines) < 3 or max(widths) > WRAP_MAX:
        return set()
    blank = [bool(_BLANK_LINE.fullmatch(line)) for line in lines]
    texts = [k for k, b in enumerate(blank) if not b]
    if not texts or not any(blank[texts[0] : texts[-1]]):
        return set()  # no blank line between two lines of text
    width = max(widths)
    wraps = set()
    for k in range(1, len(lines)):
        if blank[k - 1] or blank[k] or _BULLET.match(lines[k]):
            continue
        first_word = lines[k].split(maxsplit=1)[0]
        if widths[k - 1] + 1 + len(first_word) > width:
            wraps.add(k)
    inside = sum(not _SENTENCE_END.search(lines[k - 1]) for k in wraps)
    # a text whose full lines end sentences puts a paragraph on each line
    return wraps if inside * 2 > len(wraps) else set()


def line_opens_with(line: str, labels: frozenset[str] | set[str]) -> bool:
    """The line opens with one of ``labels`` and a colon: 'READ MORE: ...'.

    Labels are compared in lower case; 'Photo:' and 'PHOTO :' both match 'photo'.
    """
    head, colon, _ = line.lstrip().partition(":")
    return bool(colon) and head.strip().lower() in labels


def subheading(line: str, *, max_words: int = 12) -> bool:
    """A short line with no sentence-final stop: a subheading between paragraphs.

    'He has not decided yet, he says' heads the section after it; it is no
    sentence of the paragraph before. A line ending in '.', '!', '?' or ':' or
    a quote mark after one is a sentence, not a heading.
    """
    words = line.split()
    return (
        0 < len(words) <= max_words
        and not _SENTENCE_END.search(line.rstrip().rstrip(INVISIBLE))
        and not line.rstrip().endswith(":")
    )


def credit_line(line: str) -> bool:
    """A photo caption's credit: '(Photo by Ana Ruiz/Getty Images)'."""
    return bool(_CREDIT.search(line.rstrip().rstrip(INVISIBLE)))


# A photo credit closing a line: 'Doug Ives/The Canadian Press', '(Photo by Ana
# Ruiz/Getty Images)', 'Photo: AFP/Getty'. A run of capitalized words, a slash,
# another run, and nothing after it but a closing bracket.
_CAP_RUN = r"[A-Z][\w.'’&-]*(?:[ \t]+(?:[A-Z][\w.'’&-]*|of|de|van|von|the))*"
_CREDIT_AT_END = re.compile(
    rf"(?:\((?:[A-Za-z ]+:|Photo(?:graph)?s? by)?[ \t]*)?"
    rf"(?<![\w/])({_CAP_RUN})[ \t]*/[ \t]*({_CAP_RUN})[ \t]*\)?[ \t]*$"
)
_LABEL_WORDS = 2  # a section label in capitals: 'EARN', 'BABY NEWS'


def credit_start(line: str) -> int | None:
    """Where a photo credit at the end of ``line`` starts, or ``None``.

    'Doug Ford speaks. Doug Ives/The Canadian Press' -> 18 (the credit); a
    sentence with a slash in it ('Ottawa/Gatineau is a region.') has none.
    """
    if "/" not in line:
        return None  # every credit has its slash; the search is slow on prose
    found = _CREDIT_AT_END.search(line.rstrip().rstrip(INVISIBLE))
    if found is None:
        return None
    before = line[: found.start()].rstrip()
    # The credit stands alone, in brackets, or after a finished sentence.
    bracketed = found.group(0).startswith("(")
    if before and not bracketed and not re.search(r"[.?!:)\]\"”’|—–-]$", before):
        return None
    return found.start()


def caps_label(line: str) -> bool:
    """A short line in capitals with no sentence in it: a section label.

    'EARN', 'BABY', 'WORLD NEWS'; a line of three words or more in capitals
    is a headline, not a label.
    """
    # Stops at the first word that rules the line out: most lines are prose.
    count = 0
    for word in line.split():
        if any(c.isalpha() for c in word):
            count += 1
            if count > _LABEL_WORDS or not word.isupper():
                return False
    return (
        count > 0
        and not _SENTENCE_END.search(line.rstrip())
        and not any(c.isdigit() for c in line)
    )
