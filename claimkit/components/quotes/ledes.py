"""A headline's quote whose speaker the lede names.

A headline gives a claim in marks with nobody saying it ("UK 'will stand firm
on EU rebate'"), and the article's first paragraph reports the same claim with
its speaker ("The UK's EU rebate is not up for renegotiation, Jo Marr said.").
The headline's quote takes the speaker of the lede's first report when the two
share content words: at least two, or all of a headline quote's only one.
A lede that gives the claim to reports or figures ("..., say reports",
"according to early sales figures") names no entity and gives none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimkit.components.quotes.context import _Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc

_CONTENT = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
_WORD = re.compile(r"\S")


def lede_speakers(doc: Doc, text: str, quotes: list[_Quote]) -> None:
    """Give a headline's speakerless quotes the speaker of the lede's first
    report, in place (see module)."""
    heads = [q for q in quotes if q.paragraph == 0 and q.speaker is None]
    if not heads:
        return
    head_end = text.find("\n")
    if head_end < 0 or not text.startswith("\n", head_end + 1):
        return  # no headline: the first line runs on into the text
    first_word = _WORD.search(text, head_end)
    lede_start = first_word.start() if first_word else len(text)
    lede_end = text.find("\n", lede_start)
    lede_end = len(text) if lede_end < 0 else lede_end
    report = next(
        (
            q
            for q in quotes
            if lede_start <= q.start < lede_end and q.entity is not None
        ),
        None,
    )
    if report is None:
        return
    said = _content(doc, report.start, report.end)
    for quote in heads:
        words = _content(doc, quote.start, quote.end)
        shared = words & said
        if len(shared) >= 2 or (len(words) == 1 and shared):
            quote.speaker, quote.entity = report.speaker, report.entity
            quote.route = "lede"


def _content(doc: Doc, start: int, end: int) -> set[str]:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return set()
    return {t.lemma_.lower() for t in span if t.pos_ in _CONTENT and not t.is_stop}
