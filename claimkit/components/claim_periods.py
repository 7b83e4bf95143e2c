"""A rate's period read beside a figure rather than right after it (used by
:mod:`claimkit.components.claims` once the concept is known):

- an adverb of period on the verb that governs the figure: "will save $46
  million annually" -> per "year"; "spends $2bn on defence each year"
  (``period_adverbs``; "a year" written right after the figure is read by
  ck_quantities already);
- a word of period on the noun the figure is the value of: "a $500 annual
  benefit", "a monthly fee of $30" -> per "year", "month"; not an
  organization's reported totals ("annual revenue of $5bn", ``own_measures``:
  their period is the report's, which compare reads from the sentence);
- an hourly wage written without its hour: "a $15 minimum wage", "the minimum
  wage of $7.25" -> per "h" (``hourly_measures``, below
  ``_MAX_HOURLY`` in money).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

_KINDS = frozenset({"money", "count", "measure", "percent"})
_MAX_HOPS = 3
_MAX_HOURLY = 100.0
# Determiners that make a period noun a rate: "each year", "every month".
_EVERY = frozenset({"each", "every", "a", "an", "per"})
_ARGUMENTS = frozenset(
    {"dobj", "npadvmod", "attr", "pobj", "prep", "nsubjpass", "nummod", "quantmod"}
)
_LEVEL_PREPS = frozenset({"to", "by", "at", "with"})


def _verb_of(anchor: Token) -> Token | None:
    """The verb the figure is an argument of, or the level "to", "by" or
    "at" gives ("raise the wage to $15") or "with" supplies ("supply India
    with 7.5m tonnes annually"); never a phrase that only frames
    the clause ("For every $10,000 you borrow, you pay ... each year")."""
    token = anchor
    for _ in range(_MAX_HOPS):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i or token.dep_ not in _ARGUMENTS:
            return None
        if token.dep_ == "pobj" and (
            token.head.lower_ not in _LEVEL_PREPS or token.head.i < token.head.head.i
        ):
            return None  # not "With $5m in the bank, the club hires ... each year"
        token = token.head
    return None


def _adverb_period(
    verb: Token, span: Span, adverbs: dict[str, str], units: dict[str, str]
) -> str | None:
    for child in verb.children:
        if span.start <= child.i < span.end:
            continue
        if child.dep_ == "advmod" and child.lower_ in adverbs:
            return adverbs[child.lower_]  # "save $46m annually"
        if (
            child.dep_ == "npadvmod"
            and child.lower_ in units
            and any(c.dep_ == "det" and c.lower_ in _EVERY for c in child.children)
        ):
            return units[child.lower_]  # "spends $2bn each year"
    return None


def period_per(
    span: Span,
    anchor: Token,
    quantity: dict[str, Any],
    concept: dict[str, Any] | None,
    lex: dict[str, Any],
    own_measures: frozenset[str],
) -> str | None:
    """The period a figure is a rate over, from the words beside it, or None."""
    kind = quantity.get("kind")
    if quantity.get("per") is not None or kind not in _KINDS:
        return None
    adjectives: dict[str, str] = lex.get("period_adjectives", {})
    units: dict[str, str] = lex.get("period_units", {})
    words = _concept_words(span, concept)
    if words is not None:
        lowered = [t.lower_ for t in words]
        head = words[-1].lemma_.lower()
        key = concept.get("concept_key") or "" if concept else ""
        value = quantity.get("value")
        if (
            kind == "money"
            and isinstance(value, float)
            and 0 < value <= _MAX_HOURLY
            and any(key.endswith(m) for m in lex.get("hourly_measures", []))
        ):
            return "h"  # "a $15 minimum wage"
        found = next((adjectives[w] for w in lowered if w in adjectives), None)
        if (
            found is not None
            and kind in ("money", "count")
            and head not in own_measures
            and words[-1].lower_ not in own_measures
        ):
            return found  # "a $500 annual benefit"
    verb = _verb_of(anchor)
    if verb is None:
        return None
    return _adverb_period(verb, span, lex.get("period_adverbs", {}), units)


def _concept_words(span: Span, concept: dict[str, Any] | None) -> Span | None:
    if not concept or concept.get("concept_start") is None:
        return None
    return span.doc.char_span(concept["concept_start"], concept["concept_end"])
