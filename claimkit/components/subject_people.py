"""Person subjects that the clause alone does not give (used by
:mod:`claimkit.components.subjects` and :mod:`claimkit.components.claims`).

- "The 17-year-old took 83 minutes": a definite age phrase with no one named
  in its own sentence before it is the age of the person the sentence before
  is about, its main clause's subject, when that subject names exactly one
  person (:func:`topic_person`); the age helper's own reading
  (:func:`claimkit.components.ages.age_owner`) comes first.
- "Smith's comedy Hitch took $21m": the figures of a work are the work's,
  never its star's (:func:`work_subject`).
- "The 48-year-old crossed a three-metre high bridge": a measure written on
  a noun is the thing's, never the age phrase's person
  (:func:`measures_a_thing`).
- "I spent three days with the coaches," said X: a figure whose clause
  subject is "I" (or whose noun is "my") in a quote is the speaker's
  (:func:`first_person`).
- "We lost $5m last year," said Tom Marley, chief executive of Acme: what
  "we" has or did (its object, or a noun "our" owns) in a quote is the
  speaker's organization, when the speaker is one or an article's title of
  the speaker makes them speak for exactly one (:func:`first_person_plural`,
  :func:`speaker_organization`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

_DEFINITE = frozenset({"the", "this"})
# Prepositions that tie a role to an organization: "chief executive of Acme".
_ROLE_PREPS = frozenset({"of", "at", "for"})
# Verbs of witnessing: "we have seen a 22% rise in fraud" is the market's.
_WITNESS_VERBS = frozenset({"see", "notice", "witness", "observe", "watch"})
# Dependents that put an organization in a person's title: "Acme boss Tom
# Marley", "Tom Marley, Acme's chief executive".
_TITLE_DEPS = frozenset({"compound", "poss", "nmod"})


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
    reported = _reported_person(before, index, labels)
    if reported is not None:
        return reported  # "Ruddock says Yapp is ready. The 21-year-old ..."
    people = {
        index[t.i]
        for child in before.root.children
        if child.dep_ in ("nsubj", "nsubjpass")
        for t in child.subtree
        if _person(t.i, index, labels)
    }
    if not people:
        if any(
            c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON"
            for c in before.root.children
        ):
            return None  # '"I've spoken to Jo Bell and ..." The 26-year-old'
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


# Verbs whose clause is about the one it names: "X says Y is ready".
_REPORTING = frozenset(
    {"say", "believe", "think", "insist", "admit", "reckon", "feel", "claim"}
)


def _reported_person(
    sent: Span, index: dict[int, str], labels: dict[str, str]
) -> str | None:
    """The one person named as the subject of the clause a sentence's main
    verb of saying reports: "Coach Ruddock says Yapp is ready" -> Yapp."""
    root = sent.root
    if root.lemma_.lower() not in _REPORTING:
        return None
    people = {
        index[t.i]
        for clause in root.children
        if clause.dep_ == "ccomp"
        for child in clause.children
        if child.dep_ in ("nsubj", "nsubjpass")
        for t in child.subtree
        if _person(t.i, index, labels)
    }
    return people.pop() if len(people) == 1 else None


def age_holder(span: Span, index: dict[int, str], labels: dict[str, str]) -> str | None:
    """The person an age is given to in its own clause: the name its noun
    is part of ("22-year-old Leeds student David Dunne") or the subject of
    the clause "as a N-year-old" describes ("made his debut as a
    20-year-old")."""
    noun = _noun_of(span)
    for _ in range(3):
        if not span.start <= noun.i < span.end and _person(noun.i, index, labels):
            return index[noun.i]
        if noun.dep_ != "compound" or noun.head.i <= noun.i:
            break
        noun = noun.head
    prep = noun.head
    if (
        noun.dep_ != "pobj"
        or prep.lower_ != "as"
        or prep.head.pos_ not in ("VERB", "AUX")
    ):
        return None
    for child in prep.head.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            people = {index[t.i] for t in child.subtree if _person(t.i, index, labels)}
            return people.pop() if len(people) == 1 else None
    return None


def described_age(noun: Token) -> Span | None:
    """The age phrase a clause subject is or has: "The 24-year-old (striker)"."""
    old = noun if noun.lower_ == "old" else None
    if old is None:
        old = next(
            (c for c in noun.lefts if c.lower_ == "old" and c.dep_ == "amod"), None
        )
    if old is None:
        return None
    first = next((t for t in old.subtree if t.like_num), None)
    if first is None or not any(t.lower_ == "year" for t in old.subtree):
        return None
    return old.doc[first.i : old.i + 1]


def measures_a_thing(span: Span, kind: str | None) -> bool:
    """A measure written on a noun is a dimension of that thing ("crossed a
    three-metre high bridge", "the 30m mast"): never a figure of the person
    an age phrase stands for. A mark or a distance of their own ("cleared
    1.76m", "dropped out after 23 miles") stays theirs."""
    if kind != "measure":
        return False
    root = span.root
    head = root.head
    if head.pos_ == "ADJ" and head.dep_ == "amod":
        head = head.head  # "a 30m-high mast"
    return (
        root.dep_ in ("compound", "nmod", "amod", "npadvmod", "nummod")
        and not span.start <= head.i < span.end
        and head.pos_ in ("NOUN", "PROPN")
    )


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


def first_person_plural(
    clause_subject: Token | None, span: Span, value_verbs: frozenset[str], kind: str
) -> bool:
    """The figure is what "we" has or did ("we lost $5m", "we have 11
    players") or what a noun "our" owns is or becomes ("our revenue rose 8%",
    "our 400 stores"): not a phrase's object ("we're headed to $30"), nor a
    level "we" reach or fall to ("we rose 5%": a price's, a poll's), nor
    what "we" have seen ("a 22% rise in fraud": the market's), nor a
    time "we" spend ("we're playing 42 weeks of the year": perhaps everyone's
    who does)."""
    noun = _noun_of(span)
    owners = [noun] if clause_subject is None else [noun, clause_subject]
    if any(c.dep_ == "poss" and c.lower_ == "our" for t in owners for c in t.children):
        return True
    if clause_subject is None or clause_subject.lower_ != "we" or kind == "duration":
        return False
    verb = clause_subject.head
    return (
        clause_subject.dep_ == "nsubj"
        and noun.dep_ in ("dobj", "attr", "npadvmod")
        and noun.head.i == verb.i
        and verb.lemma_.lower() not in value_verbs
        and verb.lemma_.lower() not in _WITNESS_VERBS
    )


def speaker_organization(
    speaker: str,
    doc: Doc,
    index: dict[int, str],
    labels: dict[str, str],
    roles: frozenset[str],
) -> str | None:
    """The organization a speaker is, or the one organization the article
    names in a title of the speaker that makes them speak for it ("Acme chief
    executive Tom Marley", "Tom Marley, a spokesman for Acme"; ``roles`` are
    the title nouns); None when there is none or more than one."""
    if labels.get(speaker) == "ORG":
        return speaker
    if labels.get(speaker) != "PERSON":
        return None
    found: set[str] = set()
    for i, entity in index.items():
        token = doc[i]
        if entity != speaker or (
            index.get(token.head.i) == speaker and token.head.i != i
        ):
            continue  # only the name's own head word
        for role in _titles(token):
            if role.lemma_.lower() in roles or role.lower_ in roles:
                found |= _role_organizations(role, index, labels)
    found.discard(speaker)
    return found.pop() if len(found) == 1 else None


def _titles(name: Token) -> list[Token]:
    """The nouns in apposition to a name, or before it as its title."""
    titles = [
        c
        for c in name.children
        if c.dep_ == "appos" or (c.dep_ == "compound" and c.pos_ == "NOUN")
    ]
    if name.dep_ == "appos" and name.head.pos_ == "NOUN":
        titles.append(name.head)
    return titles


def _role_organizations(
    role: Token, index: dict[int, str], labels: dict[str, str]
) -> set[str]:
    """Organizations a title names: "Acme('s) chief executive", "chief
    executive of Acme", "a spokesman for Acme"."""
    tied: set[str] = set()
    for child in role.children:
        if child.dep_ in _TITLE_DEPS:
            tied |= _organizations(child, index, labels)
        elif child.dep_ == "prep" and child.lower_ in _ROLE_PREPS:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    tied |= _organizations(obj, index, labels)
    return tied


def _organizations(
    token: Token, index: dict[int, str], labels: dict[str, str]
) -> set[str]:
    """The organizations named in the phrase ``token`` heads, through its
    compounds and possessives ("the Acme Bank board")."""
    found = set()
    for t in [token, *(c for c in token.children if c.dep_ in _TITLE_DEPS)]:
        entity = index.get(t.i)
        if entity is not None and labels.get(entity) == "ORG":
            found.add(entity)
    return found
