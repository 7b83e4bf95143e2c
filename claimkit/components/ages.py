"""Whose age a figure is: "Leslie Gray, 43,", "the 56-year-old Smith", and
"the 17-year-old" standing for the person the sentences before are about;
and whether a figure is an age at all (:func:`is_age`: ck_claims gives an
age the concept key "age", which no word of the text names).

Used by :mod:`claimkit.components.subjects`. A wrong owner costs more than
none: with two people equally likely, the age has no subject.
"""

from __future__ import annotations

from spacy.tokens import Span, Token


def aged(span: Span, index: dict[int, str]) -> str | None:
    """The person whose age this is: "Leslie Gray, 43," or "Tom Reid (61)"."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text not in (",", "("):
        return None
    if not (len(span) == 1 and span[0].like_num):
        return None
    return index.get(doc[span.start - 2].i)


def is_age(span: Span, index: dict[int, str]) -> bool:
    """The figure is an age: "a 43-year-old", "18- to 24-year-old", "29 years
    old", "died aged 27", "Leslie Gray, 43,"."""
    doc = span.doc
    if span.text.lower().endswith("-old"):
        return True
    if span.end < len(doc) and doc[span.end].lower_ == "old":
        return True  # "27 and 29 years old"
    if span.start > 0 and doc[span.start - 1].lower_ == "aged":
        return True
    return aged(span, index) is not None


def aged_other(
    span: Span, subject: str, index: dict[int, str], labels: dict[str, str]
) -> bool:
    """An age after "aged" that is not ``subject``'s: it is a person's, and
    of a common noun's when "aged" hangs on one ("is seeking people aged 18
    to 99": the people's, not the company's; "Ann Lee died aged 81": hers)."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ != "aged":
        return False
    word = doc[span.start - 1]
    if labels.get(subject) != "PERSON":
        return True
    holder = word.head
    return (
        holder.i != word.i and holder.pos_ == "NOUN" and index.get(holder.i) != subject
    )


def _described(anchor: Token, span: Span, index: dict[int, str]) -> str | None:
    """The entity an "N-year-old" noun phrase names: the noun itself ("the
    56-year-old Smith"), or the name it stands in apposition to ("Ann Lee, a
    44-year-old nurse"). None for "the 27-year-old Spaniard" alone."""
    noun = anchor.head if anchor.head.i >= span.end else anchor
    if noun.i in index and not span.start <= noun.i < span.end:
        return index[noun.i]
    if noun.dep_ == "appos" and noun.head.i in index:
        return index[noun.head.i]
    for child in noun.children:
        if child.dep_ == "appos" and child.i in index:
            return index[child.i]
    return None


def age_owner(
    anchor: Token, span: Span, index: dict[int, str], labels: dict[str, str]
) -> str | None:
    """The person an "N-year-old" phrase is about: named in it or beside it
    (:func:`_described`), else, for a definite one ("The 17-year-old beat
    ..."), the one person the sentence before named (:func:`_antecedent`)."""
    owner = _described(anchor, span, index)
    if owner is not None:
        return owner
    root = span.root
    outside = root.head.i >= span.end and root.head.pos_ in ("NOUN", "PROPN")
    noun = root.head if outside else root  # "the 17-year-old (girl)"
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None  # "a 17-year-old" is someone new
    return _antecedent(noun, index, labels)


def _antecedent(
    noun: Token, index: dict[int, str], labels: dict[str, str]
) -> str | None:
    """The one person named in the sentence before ``noun``'s, with no one
    named in its own before it ("Wenger backed the 27-year-old keeper" is
    someone else); None when there are several or none."""
    doc = noun.doc
    sent = noun.sent
    if sent.start == 0:
        return None
    start = doc[sent.start - 1].sent.start
    people: set[str] = set()
    for i in range(start, noun.i):
        entity = index.get(i)
        person = entity is not None and labels.get(entity) == "PERSON"
        if i >= sent.start and (person or _someone(doc[i])):
            return None
        if person and entity is not None:
            people.add(entity)
        elif entity is None and _someone(doc[i]):
            return None  # a person no entity holds
    return people.pop() if len(people) == 1 else None


# "I" and "me" are a person too: the speaker of a quote, named or not ('"I've
# spoken to Jo Bell and he agrees." The 26-year-old' is not Jo Bell).
_PERSONAL = frozenset({"he", "she", "him", "her", "his", "hers", "i", "me", "my"})


def _someone(token: Token) -> bool:
    """A word that may name a person: the tagger's person, he/she or I."""
    return (token.pos_ == "PROPN" and token.ent_type_ == "PERSON") or (
        token.lower_ in _PERSONAL
    )


# Verbs of working for an organization, and the prepositions that name it.
_TENURE_VERBS = frozenset({"be", "work", "serve", "stay", "remain"})
_TENURE_PREPS = frozenset({"with", "at", "for"})


def is_tenure(span: Span, index: dict[int, str], labels: dict[str, str]) -> bool:
    """The figure is how long someone has worked for an organization: "has
    been with Acme for 33 years", "worked at Acme for 12 years"; not "has
    been in talks with Acme for 3 years" (the organization is the talks')
    nor "lived in Paris for 10 years" (no organization)."""
    root = span.root
    prep = root.head
    verb = prep.head
    if root.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep":
        return False
    if verb.lemma_.lower() not in _TENURE_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return False
    if not any(
        c.dep_ == "nsubj" and c.pos_ in ("PRON", "PROPN") for c in verb.children
    ):
        return False  # a person works there: "she", "Smith"
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in _TENURE_PREPS and child.i < prep.i:
            named = [index[t.i] for t in child.subtree if t.i in index]
            if named and labels.get(named[0]) == "ORG":
                return True
    return False
