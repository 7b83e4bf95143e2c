"""Whose a count of members is: the organization its "of" phrase names
("the 30 member countries of the Halvern Group", "40 shareholders of Norvex
Steel" -> the Halvern Group, Norvex Steel), used by
:func:`claimkit.components.subjects.find_subject` before the clause's
subject, which is someone else ("Acme sold its stake to 40 shareholders of
Bolt" is no count of Acme's). Only nouns of belonging (``_MEMBER_NOUNS``):
"three critics of Acme" and "10 customers of Acme" say nothing of whose.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimkit.components.anaphora import OrgAnaphora

_MEMBER_NOUNS = frozenset(
    {"member", "employee", "staff", "worker", "shareholder", "subsidiary"}
)


def member_owner(anchor: Token, anaphora: OrgAnaphora) -> str | None:
    """The one organization the "of" phrase of the counted noun of belonging
    names: "2,000 employees of Halvern Motors", "30 member countries of"."""
    noun = anchor.head if anchor.dep_ == "nummod" else anchor
    if noun.pos_ != "NOUN" or not _belonging(noun):
        return None
    if any(c.lower_ in ("former", "ex") for c in noun.children):
        return None  # "40 former employees of Bolt" are Bolt's no longer
    for prep in noun.rights:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if len(objects) != 1 or any(c.dep_ == "conj" for c in objects[0].children):
            return None  # "workers of Acme and Bolt"
        entity = anaphora.index.get(objects[0].i)
        if entity is not None and anaphora.labels.get(entity) == "ORG":
            return entity
        return None
    return None


def _belonging(noun: Token) -> bool:
    """ "shareholders", "staff", "member countries"."""
    return noun.lemma_.lower() in _MEMBER_NOUNS or any(
        c.dep_ == "compound" and c.lower_ == "member" for c in noun.children
    )
