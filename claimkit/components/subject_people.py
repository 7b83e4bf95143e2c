"""Person subjects that the clause alone does not give (used by
:mod:`claimkit.components.subjects` and :mod:`claimkit.components.claims`).

- "The 17-year-old took 83 minutes": a definite age phrase with no one named
  in its own sentence before it is the age of the person the sentence before
  is about, its main clause's subject, when that subject names exactly one
  person (:func:`topic_person`); the age helper's own reading
  (:func:`claimkit.components.ages.age_owner`) comes first.
- "Smith's comedy Hitch took $21m": the figures of a work are the work's,
  never its star's (:func:`work_subject`).
- "I spent three days with the coaches," said X: a figure whose clause
  subject is "I" (or whose noun is "my") in a quote is the speaker's
  (:func:`first_person`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

_DEFINITE = frozenset({"the", "this"})


def topic_person(
    span: Span, index: dict[int, str], labels: dict[str, str]
) -> str | None:
    """The person a definite "the N-year-old (noun)" stands for: the one
    person in the subject of the sentence before, with no person named in
    its own sentence before the phrase."""
    noun = _noun_of(span)
    head = span.root.head  # "The 25-year-old tested positive": a misparse
    holders = [noun, head] if head.i >= span.end else [noun]
    if not any(
        c.dep_ == "det" and c.lower_ in _DEFINITE and c.i < span.start
        for holder in holders
        for c in holder.children
    ):
        return None
    doc = span.doc
    sent = noun.sent
    if sent.start == 0:
        return None
    if any(_person(i, index, labels) for i in range(sent.start, span.start)):
        return None
    before = doc[sent.start - 1].sent
    people = {
        index[t.i]
        for child in before.root.children
        if child.dep_ in ("nsubj", "nsubjpass")
        for t in child.subtree
        if _person(t.i, index, labels)
    }
    if not people:
        # "Chelsea have sacked Adrian Mutu after he failed a test. The
        # 25-year-old ...": a subject that is no person, one person named
        people = {index[t.i] for t in before if _person(t.i, index, labels)}
    if len(people) != 1:
        return None
    person = people.pop()
    # Another person as a core argument ("X beat Y.") makes it anyone's;
    # one inside a phrase ("a victory over Y") is not the topic.
    for t in before:
        other = t.i in index and index[t.i] != person and _person(t.i, index, labels)
        if other and not any(a.dep_ == "prep" for a in t.ancestors):
            return None
    return person


def _person(i: int, index: dict[int, str], labels: dict[str, str]) -> bool:
    entity = index.get(i)
    return entity is not None and labels.get(entity) == "PERSON"


def first_person(clause_subject: Token | None, span: Span) -> bool:
    """The figure's clause subject is "I", or its noun is "my" ...: what the
    speaker of a quote says of themself."""
    noun = _noun_of(span)
    if (
        clause_subject is not None
        and clause_subject.lower_ == "i"
        # the figure is what the speaker has or did, not a phrase's object:
        # "I spent three days", not "playing in front of thousands of fans"
        and (noun.dep_ != "pobj" or noun.head.lower_ == "for")
    ):
        return True
    return any(c.dep_ == "poss" and c.lower_ == "my" for c in noun.children)


def _noun_of(span: Span) -> Token:
    """The noun a figure modifies ("the 17-year-old girl"), else its root."""
    root = span.root
    outside = root.head.i >= span.end and root.head.pos_ in ("NOUN", "PROPN")
    return root.head if outside else root


def work_subject(subject: Token, works: frozenset[str]) -> bool:
    """The clause subject is a work: "the film", "Smith's comedy Hitch", "the
    thriller Hide and Seek": its figures (takings, nominations) are the
    work's, not its star's or maker's ("the games maker" is no work)."""
    if subject.lemma_.lower() in works:
        return True
    return subject.pos_ == "PROPN" and any(
        c.dep_ in ("compound", "appos") and c.lemma_.lower() in works
        for c in subject.children
    )
