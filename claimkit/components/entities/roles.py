"""What a role or a place beside a name says of it.

A role describing the name makes a person of a given name and a word of
organizations ("Tom Press, vice president of Acme"; the word is a surname
there); an organization opening the phrase of a role's holder is the
holder's affiliation, not the holder ("the chairman of Acme Inc Ann Post"),
and so is a field of the role in lower case ("director of rugby Ann Post":
she is the director);
a known place before a noun of organizations qualifies it ("a Texas
company"), and is no organization.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from claimkit.components.entities.spans import _key_text

if TYPE_CHECKING:
    from claimkit.components.entities.resolver import EntityResolver

PLACES = {"GPE", "LOC", "FAC", "PLACE"}
TYPES = ("PERSON", "ORG")


def role_named(span: Span, root: Token, resolver: EntityResolver) -> bool:
    """A given name and one word of organizations that a role describes:
    "Tom Press, vice president of Acme", "the chairman of Acme Inc Ann
    Post". The word is a surname there."""
    last = span[-1].text
    if not (
        len(span) == 2
        and span[0].ent_type_ == span[1].ent_type_ == "PERSON"
        and span[0].text in resolver.given_names
        and len(last) > 3  # no abbreviation: "Man Utd"
        and last.isalpha()
        and last.istitle()
    ):
        return False
    for child in root.children:
        if child.dep_ == "appos" and child.i > root.i:
            return child.lower_ in resolver.roles or any(
                c.dep_ == "conj" and c.lower_ in resolver.roles for c in child.children
            )
    holder = root.head.head
    return (
        root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and holder.lower_ in resolver.roles
        and firm_before(root)
    )


def firm_before(root: Token) -> bool:
    """An organization's name opens the name's phrase: "of Acme Inc Jo Roe"
    (not "at ASK-Raymond James", one name)."""
    return any(
        t.ent_type_ == "ORG" and t.whitespace_
        for c in root.lefts
        if c.dep_ == "compound"
        for t in c.subtree
    )


def field_before(root: Token, resolver: EntityResolver) -> bool:
    """A role's field in lower case opens the name's phrase: "director of
    rugby Ann Post", "head of security Jo Roe". The name is the role's
    holder; not when a word of the field is a noun for an organization
    ("analyst at investment bank Acme Stanley": the bank is the name), nor
    when no given name the model calls a person's opens the name ("of its
    imaging partner Acme": the partner is an organization)."""
    if not any(
        c.dep_ == "compound" and c.is_title and c.ent_type_ == "PERSON"
        for c in root.lefts
    ):
        return False
    words = [
        t
        for c in root.lefts
        if c.dep_ in ("compound", "amod", "nmod")
        for t in c.subtree
        if t.is_lower
    ]
    return bool(words) and not any(
        not t.is_alpha
        or t.lower_ in resolver.org_nouns
        or t.lower_ in resolver.compound_org_heads
        for t in words
    )


def place_qualifying(span: Span, root: Token, resolver: EntityResolver) -> bool:
    """A known place the model calls one qualifies the noun after it: "a
    Texas company", "the Ohio primary", "United States carmaker Acme";
    not "New York magazine", which may be the magazine's name."""
    if root.ent_type_ not in PLACES or _key_text(span.text) not in resolver.places:
        return False
    doc = span.doc
    head = root.head
    after = doc[head.i + 1] if head.i + 1 < len(doc) else None
    return (
        (span.start > 0 and doc[span.start - 1].lower_ in ("a", "an", "the"))
        or head.dep_ == "compound"
        or (after is not None and after.ent_type_ in TYPES)
    )


_OWN_PATH = {"dobj", "pobj", "prep", "poss", "attr", "dative", "npadvmod"}


def his_subject(span: Span, root: Token) -> bool:
    """The name is the subject of a verb whose object is the name's own by
    "his" or "her" ("Varga received his early education", "Lund lost her
    seat"): a person, not a company. Only the first possessive after the name
    counts, and only through objects and prepositions: in "Acme said his
    contract ended" the owner is someone named before; nor after "the": "the
    Government can prove his guilt" is a body's act on someone else's.
    """
    if span.start > 0 and span.doc[span.start - 1].lower_ == "the":
        return False
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    verb = root.head
    if root.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.i < span.end:
        return False
    for token in verb.subtree:
        if token.i < span.end or token.dep_ != "poss" or token.pos_ != "PRON":
            continue
        if token.lower_ not in ("his", "her"):
            return False
        step = token
        while step.i != verb.i:
            if step.dep_ not in _OWN_PATH:
                return False
            step = step.head
        return True
    return False
