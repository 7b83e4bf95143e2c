"""Values computed from a Doc's entity spans, kept for the last Doc asked.

Making ``doc.ents``'s Spans costs a Span per name on every access; rules that
ask the same question once per candidate name keep the answer for the Doc at
hand (held weakly, and checked against its entity marks, so a changed
``doc.ents`` or another Doc computes afresh).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any, TypeVar

from spacy.attrs import ENT_IOB, ENT_TYPE
from spacy.tokens import Doc

T = TypeVar("T")

# key -> (the Doc, weakly; its entity marks; the value)
_LAST: dict[str, tuple[weakref.ref[Doc], bytes, Any]] = {}


def from_ents(doc: Doc, key: str, make: Callable[[Doc], T]) -> T:
    """``make(doc)``, computed once while ``doc`` and its entities stay."""
    marks = doc.to_array([ENT_IOB, ENT_TYPE]).tobytes()
    last = _LAST.get(key)
    if last is not None and last[0]() is doc and last[1] == marks:
        value: T = last[2]
        return value
    value = make(doc)
    _LAST[key] = (weakref.ref(doc), marks, value)
    return value
