"""An organization's own measure written bare ("Net profit rose 4%", "the
company said revenue rose 8%"): used by
:func:`claimkit.components.subjects.find_subject` to give such a figure to
the organization the clause or the article is about. "Operating", "pre-tax"
and words of period say which measure, not whose; any other modifier
("retail sales", "the group's profit", "world output") makes it another's,
unless "its" parts say whose ("overall sales across its divisions").
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
# "sales across its divisions", "sales at its stores": the parts of the one
# the measure is of, said by "its".
_OWN_PART_PREPS = frozenset({"across", "at", "in", "from"})
_PART_NOUNS = frozenset(
    {"division", "store", "shop", "branch", "business", "unit", "operation"}
)


def bare_measure(subject: Token, linker: ClaimLinker) -> bool:
    """An organization's own measure with nothing saying whose: "profit",
    "net profits", not "retail sales" or "the group's profit"."""
    if subject.pos_ != "NOUN" or not own_measure_word(subject, linker):
        return False
    # "overall sales across its divisions": "its" says whose, whatever the
    # adjective ("overall sales" alone may be a market's)
    its_parts = any(_own_parts(c) for c in subject.children)
    for child in subject.children:
        if child.dep_ == "compound" and _period(child):
            continue  # "fourth quarter sales"
        if child.dep_ in ("compound", "amod") and _qualifier(child):
            continue  # "operating profit", "pre-tax profits"
        if child.dep_ == "prep" and _period(child):
            continue  # "profits for 2004", "sales in the first half"
        if child.dep_ == "prep" and child.lower_ in _PART_PREPS:
            continue  # "sales, including vans,": which parts, not whose
        if _own_parts(child):
            continue  # "sales across its divisions": its own parts
        if child.dep_ in ("compound", "poss", "det", "nmod", "prep"):
            return False
        if child.dep_ == "amod" and child.lower_ in linker.not_own and not its_parts:
            return False
    return True


def _own_parts(prep: Token) -> bool:
    """A preposition naming parts of the same organization's, by "its":
    "sales across its two divisions", "sales at its stores"; not "sales at
    its rival" (another's)."""
    if prep.dep_ != "prep" or prep.lower_ not in _OWN_PART_PREPS:
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if len(objects) != 1 or objects[0].lemma_.lower() not in _PART_NOUNS:
        return False
    return any(c.dep_ == "poss" and c.lower_ == "its" for c in objects[0].children)


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
