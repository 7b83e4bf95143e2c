"""A sum lost as a result reported, not as a fall in value (issue 15).

"Nvidia lost nearly $600 billion" is a fall in market value, with no value
word written: a change. "Vanta reported losing $4.8bn in the quarter", "lost a
net $5.9bn", "has lost $6bn in the first quarter of 2009" are a net loss for
a period: a level of concept "loss". The object alone cannot tell them apart,
so :func:`reported_loss` asks for evidence a reader would use: "net" on the
sum, a verb of reporting results that governs "lose", or a period of
accounts ("in the quarter", "for 2008", "last year"). Used by
:func:`claimkit.components.quantity_fields.read_change` (no change) and
:func:`claimkit.components.concept_acts.takings` (concept "loss").
"""

from __future__ import annotations

from spacy.tokens import Token

_LOSE = "lose"
# Verbs that report results: "reported losing", "announced it had lost".
_REPORTING = frozenset({"report", "post", "announce", "record", "book", "declare"})
# Periods of accounts; never "day" or "week", over which a value falls.
_PERIODS = frozenset({"quarter", "year", "half", "period", "fiscal", "financial"})
_PERIOD_PREPS = frozenset({"in", "for", "during", "over"})
# Nouns whose "lost $2" is a fall in value ("shares lost $2.80", "lost $2bn
# in market value"): then never a loss.
_VALUE_NOUNS = frozenset(
    {
        "value",
        "worth",
        "valuation",
        "capitalisation",
        "capitalization",
        "share",
        "stock",
        "price",
        "pound",
        "dollar",
        "euro",
        "yen",
        "currency",
        "index",
        "bond",
        "market",
    }
)


def reported_loss(verb: Token, obj: Token) -> bool:
    """``obj`` is a sum ``verb`` ("lose") takes as a result reported: "lost a
    net $5.9bn", "reported losing $4.8bn", "lost $6bn in the first quarter";
    not "Nvidia lost nearly $600bn" nor "shares lost $2.80"."""
    if verb.lemma_.lower() != _LOSE or obj.head.i != verb.i:
        return False
    if obj.dep_ == "conj" and obj.lemma_.lower() == "loss":
        return True  # "reported losing $4.8bn and a total loss of $8.6bn"
    if obj.dep_ != "dobj":
        return False
    if _value_lost(verb, obj):
        return False
    return (
        any(t.lower_ == "net" for t in obj.subtree)
        or _reported(verb)
        or any(_period(c) for c in [*verb.children, *obj.children])
    )


def _value_lost(verb: Token, obj: Token) -> bool:
    """A value or price lost the sum, or lost it in value."""
    for child in [*verb.children, *obj.children]:
        nouns = [child] if child.dep_ in ("nsubj", "nsubjpass") else []
        if child.dep_ == "prep" and child.lower_ in ("in", "of"):
            nouns = [t for t in child.children if t.dep_ == "pobj"]
        for noun in nouns:
            words = [noun, *(c for c in noun.children if c.dep_ == "compound")]
            if any(w.lemma_.lower() in _VALUE_NOUNS for w in words):
                return True
    return False


def _reported(verb: Token) -> bool:
    """ "reported losing", "announced it has lost": a verb of results governs."""
    head = verb
    for _ in range(2):
        if head.dep_ not in ("xcomp", "ccomp") or head.head.i == head.i:
            return False
        head = head.head
        if head.lemma_.lower() in _REPORTING:
            return True
    return False


def _period(child: Token) -> bool:
    """ "in the fourth quarter", "for 2008", "last year": a period of accounts."""
    if child.dep_ == "npadvmod":
        return child.lemma_.lower() in _PERIODS
    if child.dep_ != "prep" or child.lower_ not in _PERIOD_PREPS:
        return False
    return any(
        t.dep_ == "pobj"
        and (
            t.lemma_.lower() in _PERIODS
            or (t.shape_ == "dddd" and t.text[:2] in ("19", "20"))
        )
        for t in child.children
    )
