"""Whose a count of members is: the organization its "of" phrase names
("the 30 member countries of the Halvern Group", "40 shareholders of Norvex
Steel" -> the Halvern Group, Norvex Steel), used by
:func:`claimkit.components.subjects.find_subject` before the clause's
subject, which is someone else ("Acme sold its stake to 40 shareholders of
Bolt" is no count of Acme's). Only nouns of belonging (``_MEMBER_NOUNS``):
"three critics of Acme" and "10 customers of Acme" say nothing of whose.
A count an organization reports going, cut or kept, as the subject of the
clause its verb of saying governs, is its own ("SBC said 5,125 positions
would go": :func:`reported_count_owner`).
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


# Verbs an organization announces its own decisions with.
_ANNOUNCING = frozenset({"say", "announce", "confirm", "add", "state"})
# Modals of a guess, not a decision: "jobs could be lost".
_SPECULATIVE = frozenset({"could", "may", "might"})


def reported_count_owner(
    counted: Token,
    clause: Token,
    anaphora: OrgAnaphora,
    acts: frozenset[str],
) -> str | None:
    """The organization that says a count of its own goes, is cut or stays:
    ``counted`` is the subject of ``clause`` (a verb of ``acts``), reported by
    a verb of saying whose own subject is the organization's name, "it" or a
    definite organization noun ("SBC said 5,125 positions would go", "The
    firm said 300 jobs would be cut"); never someone the name only
    modifies ("A spokesman for SBC said"), a report written after the clause
    (often a newspaper's), a warning or a guess ("could", "may": an
    onlooker's, "The WTO warned that 27 million jobs could be lost")."""
    if clause.lemma_.lower() not in acts or clause.dep_ != "ccomp":
        return None
    verb = clause.head
    if verb.lemma_.lower() not in _ANNOUNCING or verb.i > clause.i:
        return None  # "2,000 jobs may be cut, the Financial Times reported"
    if any(c.dep_ == "aux" and c.lower_ in _SPECULATIVE for c in clause.children):
        return None  # "The WTO warned that 27 million jobs could be lost"
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.i > verb.i:
        return None
    entity = (
        anaphora.index.get(speaker.i)
        or anaphora.resolve(speaker)
        or anaphora.resolve_pronoun(speaker)
    )
    return entity if anaphora.labels.get(entity or "") == "ORG" else None
