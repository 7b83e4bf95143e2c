"""Whose a figure is when its clause has no subject of its own or a bare
measure for one, but the clause it hangs from names an organization (used by
:func:`claimkit.components.subjects.find_subject`):

- a "with" phrase of an organization's own measure on a clause or a name:
  "The Greens were third with donations totalling £2.1m", "Halvern is
  losing money, with losses halved to $200m" -> the Greens, Halvern
  (:func:`with_owner`); not "with Bolt's sales of $5bn" nor "with retail
  sales up 2%" (a modifier says whose);
- a bare own measure subject of a clause joined to one whose subject is an
  organization's name: "Ostara enjoyed a rise in sales while revenues rose
  10%" -> Ostara (:func:`joined_owner`); not when that subject only names
  one ("Shares in Ostara rose 3% while output fell 2%").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from claimkit.components.subject_measures import bare_measure, own_measure_word

if TYPE_CHECKING:
    from claimkit.components.anaphora import OrgAnaphora
    from claimkit.components.claims import ClaimLinker

# What an organization has, besides its own measures: "with debts of $560m".
_HOLDINGS = frozenset({"debt", "debts", "asset", "assets", "donation", "donations"})
# Children of the measure noun that say nothing of whose it is.
_NEUTRAL_DEPS = frozenset({"acl", "nummod", "punct", "cc", "advmod"})
# Words a "with" phrase may hang from on its way to the clause.
_LINKS = frozenset({"albeit", "but", "although", "though"})
_JOINED_DEPS = frozenset({"advcl", "conj"})
_HOPS = 5


def with_owner(
    anchor: Token, span: Span, anaphora: OrgAnaphora, linker: ClaimLinker
) -> str | None:
    """The organization a "with" phrase holding the figure is of: the name
    the phrase hangs from, or the subject name of the clause it hangs from."""
    index = anaphora.index
    measure = _with_measure(anchor, span)
    if measure is None or not _own(measure, span, linker):
        return None
    host = measure.head.head
    if host.lower_ in _LINKS and host.head.i != host.i:
        host = host.head  # "is losing money, albeit with losses halved"
    entity: str | None = None
    if host.i in index:
        entity = index[host.i]
    elif host.pos_ in ("VERB", "AUX"):
        entity = _named_subject(host, index)
    else:
        return None
    return _organization(entity, anaphora)


def joined_owner(
    subject: Token, clause: Token, anaphora: OrgAnaphora, linker: ClaimLinker
) -> str | None:
    """The organization named as the subject of the clause a bare measure's
    clause is joined to ("while revenues rose 10%", "and profit fell 2%")."""
    if not bare_measure(subject, linker):
        return None
    current = clause
    for _ in range(_HOPS):
        if current.dep_ not in _JOINED_DEPS or current.head.i == current.i:
            return None
        current = current.head
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children):
            return _organization(_named_subject(current, anaphora.index), anaphora)
    return None


def _with_measure(anchor: Token, span: Span) -> Token | None:
    """The noun of the "with" phrase the figure is in: "with debts of
    $560m", "with losses halved to $200m", "with 3,000 staff"."""
    token = anchor
    for _ in range(_HOPS):
        if (
            token.dep_ == "pobj"
            and token.head.lower_ == "with"
            and token.head.dep_ == "prep"
            and not (span.start <= token.i < span.end and token.pos_ != "NOUN")
        ):
            return token
        if token.head.i == token.i or token.dep_ in ("nsubj", "nsubjpass", "ROOT"):
            return None
        if token.pos_ in ("VERB", "AUX") and token.dep_ != "acl":
            return None  # a clause of its own: "with sales that rose 5%"
        token = token.head
    return None


def _own(measure: Token, span: Span, linker: ClaimLinker) -> bool:
    """An organization's own measure or holding, with nothing saying whose."""
    if not (own_measure_word(measure, linker) or measure.lower_ in _HOLDINGS):
        return False
    for child in measure.children:
        if span.start <= child.i < span.end or child.dep_ in _NEUTRAL_DEPS:
            continue
        if child.dep_ == "prep" and child.lower_ == "of":
            continue  # "debts of $560m"
        if child.dep_ == "det" and child.lower_ in ("a", "an"):
            continue
        return False  # "Bolt's sales", "retail sales", "sales in Asia"
    return True


def _named_subject(verb: Token, index: dict[int, str]) -> str | None:
    """The entity the subject of ``verb`` is by name ("Ostara Pharma"), not
    one it only mentions ("Shares in Ostara")."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            if any(c.dep_ == "conj" for c in child.children):
                return None  # "Acme and Bolt"
            return index.get(child.i)
    return None


def _organization(entity: str | None, anaphora: OrgAnaphora) -> str | None:
    """``entity`` when it is an organization."""
    if entity is None or anaphora.labels.get(entity) != "ORG":
        return None
    return entity
