"""HTML rendering of Articles for notebooks, without spaCy.

``claimkit.display(article)`` (this module is callable) and
``Article._repr_html_`` show the article text with every entity mention,
quantity and quote highlighted, in the manner of spaCy's displaCy: quotes carry
their speaker's name, quantities their normalized value and unit, mentions
their label. Spans may nest (a quantity inside a quote) or even cross; the
markup is built from one sorted list of boundaries, so it always nests, and a
span cut by another one continues in a second element that repeats no label.
All article text is escaped: articles are untrusted input.
"""

from __future__ import annotations

import html
import itertools
import sys
import types
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from claimkit.records import Article, Entity, QuantityClaim, QuoteClaim
from claimkit.report import format_quantity

# Outer kinds first: when spans share a start and an end, a quote encloses a
# quantity, which encloses a mention.
_KIND_RANK = {"quote": 0, "quantity": 1, "entity": 2}

_CSS = """
.ck-doc{font-family:-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;
 font-size:15px;line-height:2.7;white-space:pre-wrap;direction:ltr;
 padding:.6em 1em;max-width:62em}
.ck-head{font-family:inherit;font-size:13px;line-height:1.6;margin:.2em 0 .4em 0}
.ck-docid{font-weight:bold;font-size:14px;margin-right:.6em}
.ck-key{display:inline-block;border-radius:.35em;padding:0 .45em;margin-right:.4em}
.ck-mark{border-radius:.35em;padding:.22em .35em;margin:0 .1em;
 -webkit-box-decoration-break:clone;box-decoration-break:clone}
.ck-PERSON{background:#c7b9ff}
.ck-ORG{background:#7aecec}
.ck-quantity{background:#feca74}
.ck-quote{background:#e3f4d7;border-bottom:2px solid #6bb14a;padding:.35em .2em}
.ck-label{font-size:.68em;font-weight:bold;line-height:1;border-radius:.35em;
 text-transform:none;vertical-align:middle;margin-left:.45em;white-space:nowrap;
 letter-spacing:.02em}
.ck-quote>.ck-label{margin:0 .45em 0 0;padding:.15em .45em;background:#6bb14a;
 color:#fff}
.ck-quote>.ck-label.ck-unresolved{background:#9a9a9a}
.ck-issue{color:#a33;font-size:12px;line-height:1.4}
"""


@dataclass(frozen=True)
class Highlight:
    """One span to highlight: where it stands, its kind, CSS class and label."""

    start: int
    end: int
    kind: str
    css: str
    label: str
    title: str
    record: str

    def sort_key(self) -> tuple[int, int, int, str]:
        return (self.start, -self.end, _KIND_RANK[self.kind], self.record)


def highlights(article: Article) -> list[Highlight]:
    """Return one Highlight per mention, quantity claim and quote claim."""
    names = {entity.id: entity for entity in article.entities}
    found: list[Highlight] = []
    for entity in article.entities:
        found.extend(_mention_highlights(entity))
    for index, claim in enumerate(article.claims):
        record = f"c{index}"
        if isinstance(claim, QuantityClaim):
            found.append(_quantity_highlight(claim, record, names))
        elif isinstance(claim, QuoteClaim):
            found.append(_quote_highlight(claim, record, names))
    return sorted(found, key=Highlight.sort_key)


def _mention_highlights(entity: Entity) -> list[Highlight]:
    title = f"{entity.label} {entity.name}" + (
        f" (link {entity.link})" if entity.link else ""
    )
    return [
        Highlight(
            start=mention.start,
            end=mention.end,
            kind="entity",
            css=f"ck-{entity.label}",
            label=entity.label,
            title=title,
            record=f"{entity.id}.m{index}",
        )
        for index, mention in enumerate(entity.mentions)
    ]


def _quantity_highlight(
    claim: QuantityClaim, record: str, names: dict[str, Entity]
) -> Highlight:
    parts = [f"{claim.quantity.kind}, {claim.quantity.qualifier}"]
    if claim.quantity.unit_text:
        parts.append(f"unit as written: {claim.quantity.unit_text}")
    if claim.subject in names:
        parts.append(f"about {names[claim.subject].name}")
    if claim.source in names:
        parts.append(f"per {names[claim.source].name}")
    return Highlight(
        start=claim.start,
        end=claim.end,
        kind="quantity",
        css="ck-quantity",
        label=format_quantity(claim.quantity),
        title="; ".join(parts),
        record=record,
    )


def _quote_highlight(
    claim: QuoteClaim, record: str, names: dict[str, Entity]
) -> Highlight:
    speaker = speaker_name(claim, names)
    parts = [f"{claim.form} quote"]
    if claim.cue:
        parts.append(f"cue: {claim.cue}")
    if claim.speaker_text:
        parts.append(f"speaker as written: {claim.speaker_text}")
    resolved = "" if claim.speaker in names else " ck-unresolved"
    return Highlight(
        start=claim.start,
        end=claim.end,
        kind="quote",
        css="ck-quote" + resolved,
        label=speaker,
        title="; ".join(parts),
        record=record,
    )


def speaker_name(claim: QuoteClaim, names: dict[str, Entity]) -> str:
    """Name a quote's speaker: the entity name, else the words, else '?'."""
    if claim.speaker is not None and claim.speaker in names:
        return names[claim.speaker].name
    return claim.speaker_text or "unknown speaker"


def render_spans(text: str, spans: Iterable[Highlight]) -> str:
    """Return ``text`` as escaped HTML with ``spans`` as properly nested marks.

    At every boundary the spans covering the next stretch of text are ordered
    outermost first; marks close and open so that the stack of open marks
    always equals that order. A span cut short by a crossing one is reopened
    as a continuation (class ``ck-cont``) that repeats no label. A quote's
    speaker label opens the quote; other labels close their span, as in displaCy.

    One sweep over the boundaries: spans that start at a boundary sort after
    every open one (they start later), so the open marks only ever change at
    their tail, from the first one that ends there. The work is the sort plus
    the marks written.
    """
    ordered = sorted(
        (s for s in spans if 0 <= s.start < s.end <= len(text)), key=Highlight.sort_key
    )
    starting: dict[int, list[int]] = defaultdict(list)
    ending: dict[int, list[int]] = defaultdict(list)
    for index, span in enumerate(ordered):
        starting[span.start].append(index)
        ending[span.end].append(index)
    bounds = sorted({0, len(text)} | starting.keys() | ending.keys())
    out: list[str] = []
    stack: list[int] = []  # indices into ordered, outermost first
    depth: dict[int, int] = {}  # index -> its position in stack
    opened: set[str] = set()
    for left, right in itertools.pairwise(bounds):
        ended = ending.get(left, [])
        keep = min((depth.pop(index) for index in ended), default=len(stack))
        tail = stack[keep:]
        out.extend(_close_mark(ordered[index], left) for index in reversed(tail))
        closed = set(ended)
        reopen = [index for index in tail if index not in closed]
        del stack[keep:]
        for index in itertools.chain(reopen, starting.get(left, [])):
            span = ordered[index]
            out.append(_open_mark(span, continued=span.record in opened))
            opened.add(span.record)
            depth[index] = len(stack)
            stack.append(index)
        out.append(html.escape(text[left:right]))
    out.extend(_close_mark(ordered[index], len(text)) for index in reversed(stack))
    return "".join(out)


def _open_mark(span: Highlight, *, continued: bool) -> str:
    css = f"ck-mark {span.css}" + (" ck-cont" if continued else "")
    tag = (
        f'<mark class="{css}" data-ck-kind="{span.kind}" '
        f'data-ck-record="{html.escape(span.record)}" '
        f'title="{html.escape(span.title)}">'
    )
    if span.kind == "quote" and not continued:
        extra = " ck-unresolved" if "ck-unresolved" in span.css else ""
        return f'{tag}<span class="ck-label{extra}">{html.escape(span.label)}</span>'
    return tag


def _close_mark(span: Highlight, at: int) -> str:
    if span.kind != "quote" and at == span.end:
        return f'<span class="ck-label">{html.escape(span.label)}</span></mark>'
    return "</mark>"


def _header(article: Article) -> str:
    counts = [
        ("ck-PERSON", "PERSON", sum(e.label == "PERSON" for e in article.entities)),
        ("ck-ORG", "ORG", sum(e.label == "ORG" for e in article.entities)),
        ("ck-quantity", "quantity", len(article.quantities)),
        ("ck-quote", "quote", len(article.quotes)),
    ]
    keys = "".join(
        f'<span class="ck-key {css}">{name}: {count}</span>'
        for css, name, count in counts
    )
    doc_id = f'<span class="ck-docid">{html.escape(article.doc_id)}</span>'
    return f'<div class="ck-head">{doc_id} {keys}</div>'


def render_html(article: Article, *, header: bool = True) -> str:
    """Return the article as self-contained HTML with highlighted spans."""
    spans = highlights(article)
    body = render_spans(article.text, spans)
    parts = [f'<div class="ck-article"><style>{_CSS}</style>']
    if header:
        parts.append(_header(article))
    parts.append(f'<div class="ck-doc">{body}</div>')
    parts.extend(
        f'<div class="ck-issue">! {html.escape(note)}</div>' for note in article.issues
    )
    parts.append("</div>")
    return "".join(parts)


class RenderedArticle:
    """HTML of one article that notebooks display; ``str()`` gives the markup."""

    def __init__(self, markup: str, *, doc_id: str = "") -> None:
        self.html = markup
        self.doc_id = doc_id

    def __repr__(self) -> str:
        return f"<RenderedArticle {self.doc_id!r}: open in a notebook to see it>"

    def _repr_html_(self) -> str:
        return self.html

    def __str__(self) -> str:
        return self.html


def display(article: Article, *, header: bool = True) -> RenderedArticle:
    """Return the article rendered with highlights, for a notebook cell."""
    return RenderedArticle(render_html(article, header=header), doc_id=article.doc_id)


class _CallableModule(types.ModuleType):
    """This module, callable: ``claimkit.display(article)`` renders one article."""

    def __call__(self, article: Article, *, header: bool = True) -> RenderedArticle:
        return display(article, header=header)


sys.modules[__name__].__class__ = _CallableModule
