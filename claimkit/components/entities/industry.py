"""Company names made of a proper word and an industry head noun.

"Corvel Shipping", "Baltic Freight", "Orvik Chips": an invented or little
known company is often a proper word or two followed by the noun of its
trade. The base model misses many such names or types them PERSON or GPE.
The head nouns are a maintained lexicon (``claimkit/lexicons/org_heads.json``)
used as evidence:

- :func:`industry_names` finds the names the model missed: a run of one to
  three capitalized proper words ending in a head, with no capitalized word
  right after the head ("Bank Holiday", "Energy Murambadoro" and "Water
  Street" end no name) and at least one proper word before it ("Shipping
  costs rose" is none);
- :func:`retype_industry` types a PERSON or GPE span of that shape ORG.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Sequence

from spacy.tokens import Doc, Span

from claimkit.linking.normalize import SURNAMES
from claimkit.text.lexicon import load_lexicon
from claimkit.text.names import GivenNames

_MAX_NAME_WORDS = 3
_NAME_POS = frozenset({"PROPN"})


@functools.lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], frozenset[str]]:
    lex = load_lexicon(None, "org_heads.json")
    return frozenset(lex.get("heads", [])), frozenset(lex.get("not_before", []))


def industry_heads() -> frozenset[str]:
    """The industry head nouns of company names ("Steel", "Airlines")."""
    return _lexicon()[0]


def _capitalized(text: str) -> bool:
    return text[:1].isupper() and text.isalpha() and not text.isupper()


def _name_start(doc: Doc, head: int, given: GivenNames) -> int | None:
    """Where the proper words before the head at ``head`` begin, or None."""
    heads, not_before = _lexicon()
    start = head
    while start > 0 and head - start < _MAX_NAME_WORDS:
        word = doc[start - 1]
        if word.pos_ not in _NAME_POS or not _capitalized(word.text):
            break
        if word.text in heads or word.text in not_before:
            break
        start -= 1
    if start == head:
        return None
    first = doc[start]
    if start == head - 1 and first.text in given and doc[head].lower_ in SURNAMES:
        return None  # "Tom Power", "Anna Steel": a person ("Ada Aircraft" is none)
    return start


def _industry_span(doc: Doc, head: int, given: GivenNames) -> Span | None:
    heads, _ = _lexicon()
    token = doc[head]
    if token.text not in heads:
        return None
    after = doc[head + 1] if head + 1 < len(doc) else None
    if after is not None and (
        _capitalized(after.text) or after.text[:1].isdigit() or after.lower_ == "of"
    ):
        return None  # "Bank Holiday", "Energy Murambadoro", "Bank of ..."
    start = _name_start(doc, head, given)
    if start is None:
        return None
    return doc[start : head + 1]


def industry_names(
    doc: Doc,
    taken: set[int],
    given: GivenNames,
    texts: Sequence[str] | None = None,
) -> Iterator[Span]:
    """Organization names ending in an industry head that no mention covers
    (``texts``: the doc's token texts, when the caller has them)."""
    heads, _ = _lexicon()
    if texts is None:
        texts = [token.text for token in doc]
    for i, text in enumerate(texts):
        if text not in heads or i in taken:
            continue
        span = _industry_span(doc, i, given)
        if span is not None and not taken.intersection(range(span.start, span.end)):
            yield span


def industry_shaped(span: Span, given: GivenNames) -> bool:
    """The span is a proper word or two and an industry head ("Ostrava Freight")."""
    if len(span) < 2:
        return False
    found = _industry_span(span.doc, span.end - 1, given)
    return found is not None and found.start <= span.start


def retype_industry(ents: Iterable[Span], given: GivenNames) -> list[Span]:
    """The entity spans, with a PERSON or GPE of industry-name shape typed ORG."""
    out: list[Span] = []
    for ent in ents:
        if ent.label_ in ("PERSON", "GPE") and industry_shaped(ent, given):
            ent = Span(ent.doc, ent.start, ent.end, label="ORG")
        out.append(ent)
    return out
