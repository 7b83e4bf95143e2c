"""An organization's own measure written bare ("Net profit rose 4%", "the
company said revenue rose 8%"): used by
:func:`claimkit.components.subjects.find_subject` to give such a figure to
the organization the clause or the article is about. "Operating", "pre-tax"
and words of period say which measure, not whose; any other modifier
("retail sales", "the group's profit", "world output") makes it another's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from claimkit.components.claims import ClaimLinker

_PERIOD_NOUNS = frozenset({"quarter", "year", "half", "month", "week", "period"})
# Words that say which of an organization's own measures it is, not whose:
# "operating profit", "pre-tax profit", "underlying earnings".
_MEASURE_QUALIFIERS = frozenset(
    {"operating", "pre-tax", "pretax", "underlying", "trading", "net", "gross", "core"}
)

# Prepositions that say which parts a measure counts: "sales, including vans,".
_PART_PREPS = frozenset({"including", "excluding"})


def bare_measure(subject: Token, linker: ClaimLinker) -> bool:
    """An organization's own measure with nothing saying whose: "profit",
    "net profits", not "retail sales" or "the group's profit"."""
    if subject.pos_ != "NOUN" or not own_measure_word(subject, linker):
        return False
    for child in subject.children:
        if child.dep_ == "compound" and _period(child):
            continue  # "fourth quarter sales"
        if child.dep_ in ("compound", "amod") and _qualifier(child):
            continue  # "operating profit", "pre-tax profits"
        if child.dep_ == "prep" and _period(child):
            continue  # "profits for 2004", "sales in the first half"
        if child.dep_ == "prep" and child.lower_ in _PART_PREPS:
            continue  # "sales, including vans,": which parts, not whose
        if child.dep_ in ("compound", "poss", "det", "nmod", "prep"):
            return False
        if child.dep_ == "amod" and child.lower_ in linker.not_own:
            return False
    return True


def own_measure_word(token: Token, linker: ClaimLinker) -> bool:
    """The word names one of ``own_measures`` ("earnings", lemma "earning")."""
    return (
        token.lemma_.lower() in linker.own_measures
        or token.lower_ in linker.own_measures
    )


def _qualifier(token: Token) -> bool:
    """ "operating", "pre-tax": which measure, not whose."""
    words = "".join(t.text for t in token.subtree).lower()
    return words in _MEASURE_QUALIFIERS


def _period(token: Token) -> bool:
    """A compound or preposition that only says when: "fourth quarter",
    "for 2004", "in the three months", "to 31 December"."""
    if token.dep_ == "prep":
        if token.lower_ not in ("for", "in", "during", "over", "to"):
            return False
        objects = [c for c in token.children if c.dep_ == "pobj"]
        return len(objects) == 1 and _period(objects[0])
    if token.ent_type_ == "DATE":
        return True
    return token.lemma_.lower() in _PERIOD_NOUNS
