"""Spans that fuse a name of the article with another name or with words that are none.

Run in :func:`.glued.regroup`, where the article's people are known:

- names joined by a slash or an unspaced hyphen, each part a name of the
  article ("a Trump-Clinton race", "the Cruz/Fiorina ticket", "an NBC/WSJ
  poll") are the parts; a slash whose parts are not all names keeps the
  parts that are and drops the rest ("Cruz/Carly" beside "Ted Cruz"); a
  hyphenated name whose parts are not all names stays whole ("Mercedes-Benz",
  "Zeta-Jones");
- a person of the article before an "'s" and what he owns is the person
  ("Trump's Indiana chairman", "Trump's Middle Eastern policy"), plus the owned
  name when it is a person or an organization of the article;
- a person of the article before a title ("Clinton Chief of Staff") or before
  an organization of the article ("the Obama White House") is the person,
  and the organization apart.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from spacy.tokens import Span

from claimkit.components.entities.mentions import _Name
from claimkit.components.entities.spans import _key_text

if TYPE_CHECKING:
    from claimkit.components.entities.resolver import EntityResolver

AGENTS = ("PERSON", "ORG")
_SLASHES = {"/"}
_HYPHENS = {"-", "–"}


def fused_parts(
    span: Span,
    names: dict[str, _Name],
    labels: dict[str, str],
    people: dict[str, str],
    resolver: EntityResolver,
) -> list[tuple[Span, str]] | None:
    """The names a fused span holds with their labels, ``[]`` when it holds
    none that stands, or None when the span is no fused name."""
    parts = _joined_parts(span, names, labels, people)
    if parts is not None:
        return parts
    return _person_before(span, names, labels, people, resolver)


def _label_of(
    key: str,
    whole: str,
    names: dict[str, _Name],
    labels: dict[str, str],
    people: dict[str, str],
) -> str | None:
    """PERSON or ORG when ``key`` names a person or an organization of the
    article's body (a person's surname included), else None."""
    if key == whole:
        return None
    if key in people:
        return "PERSON"
    name = names.get(key)
    if name is not None and name.body and labels.get(key) in AGENTS:
        return labels[key]
    return None


def _joined_parts(
    span: Span,
    names: dict[str, _Name],
    labels: dict[str, str],
    people: dict[str, str],
) -> list[tuple[Span, str]] | None:
    doc = span.doc
    cuts: list[int] = []
    slash = False
    for k in range(span.start + 1, span.end - 1):
        text = doc[k].text
        if text in _SLASHES:
            slash = True
            cuts.append(k)
        elif text in _HYPHENS and not doc[k - 1].whitespace_ and not doc[k].whitespace_:
            cuts.append(k)
    if not cuts:
        return None
    bounds = [span.start - 1, *cuts, span.end]
    pieces = [doc[a + 1 : b] for a, b in pairwise(bounds)]
    if any(len(p) == 0 or not p[0].text[:1].isupper() for p in pieces):
        return None
    whole = _key_text(span.text)
    known = [
        (p, label)
        for p in pieces
        if (label := _label_of(_key_text(p.text), whole, names, labels, people))
    ]
    if len(known) == len(pieces) or (slash and known):
        return known
    return None


def _person_before(
    span: Span,
    names: dict[str, _Name],
    labels: dict[str, str],
    people: dict[str, str],
    resolver: EntityResolver,
) -> list[tuple[Span, str]] | None:
    doc = span.doc
    whole = _key_text(span.text)
    end = next(
        (
            j
            for j in range(span.end - 1, span.start, -1)
            if _key_text(doc[span.start : j].text) in people
        ),
        None,
    )
    if end is None:
        return None
    person = doc[span.start : end]
    rest = doc[end : span.end]
    if _key_text(person.text) == whole:
        return None  # "McCain's": the name and its possessive
    if person[-1].tag_ == "POS" or rest[0].tag_ == "POS":
        owned = doc[end + (rest[0].tag_ == "POS") : span.end]
        if person[-1].tag_ == "POS":
            person = person[:-1]
        label = (
            _label_of(_key_text(owned.text), whole, names, labels, people)
            if len(owned)
            else None
        )
        return [(person, "PERSON")] + ([(owned, label)] if label is not None else [])
    if all(t.text in resolver.titles for t in rest):
        return [(person, "PERSON")]
    # "the Obama White House": a place or an organization of the article.
    rest_key = _key_text(rest.text)
    other = names.get(rest_key)
    if len(rest) < 2 or other is None or not other.body or rest_key == whole:
        return None
    if labels.get(rest_key) == "ORG":
        return [(person, "PERSON"), (rest, "ORG")]
    return None if labels.get(rest_key) == "PERSON" else [(person, "PERSON")]
