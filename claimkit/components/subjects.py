"""Quantity subjects: the entity a figure is about, by syntax and discourse.

Used by ck_claims (:mod:`claimkit.components.claims`). The subject is the
possessor of the noun the figure modifies ("Tesco's £500m investment"), the
object of a verb of payment or penalty ("regulators fined HSBC £64m"), else
the subject of its clause ("Ryanair carried ...", "Barclays was fined ...").
Definite descriptions ("the firm", "the German group"), "it"/"its" and a bare
measure of a main clause ("Net profit rose 4%") stand for the organization the
article is talking about, when that is unambiguous
(:mod:`claimkit.components.anaphora`). A wrong subject costs more than none:
each rule leaves it empty when unsure.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from claimkit.components.ages import age_owner, aged
from claimkit.components.anaphora import (
    OrgAnaphora,
    relational_modifiers,
    topic_referent,
)
from claimkit.components.subject_agents import (
    agent_owner,
    at_owner,
    compound_owner,
    moved_owner,
    postposed_speaker,
    pronoun_aside,
)
from claimkit.components.subject_frames import (
    agentless_act,
    conjunct_of,
    employed_at,
    held_by,
    inside_phrase,
    object_owner,
    past_semicolon,
    poll_subject,
)
from claimkit.components.subject_measures import bare_measure
from claimkit.components.subject_members import member_owner, reported_count_owner
from claimkit.components.subject_others import (
    REPORT_NOUNS,
    REPORT_PREPS,
    names_another,
    onlooker,
)
from claimkit.components.subject_people import (
    age_holder,
    described_age,
    measures_a_thing,
    topic_person,
    work_subject,
)
from claimkit.components.subject_with import joined_owner, with_owner

if TYPE_CHECKING:
    from claimkit.components.claims import ClaimLinker

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# Clauses whose missing subject is the governing clause's subject.
_SHARED_SUBJECT_DEPS = frozenset({"conj", "advcl", "xcomp"})
# Parts of a subject phrase that name what it is ("Shares of chipmaker Nvidia").
_NAME_DEPS = frozenset(
    {"compound", "poss", "prep", "pobj", "appos", "amod", "nmod", "det", "case"}
)
_MAX_HOPS = 8
# "accused Titan of paying", "fined Acme for failing": the object does it.
_CHARGE_PREPS = frozenset({"of", "for"})
_TIME_PREPS = frozenset({"after", "before", "while", "since", "until", "when"})
# Entity types of the base model's NER that are never what a figure is about,
# whatever ck_entities made of the name ("The Jacksonville-based firm").
_PLACE_TYPES = frozenset({"GPE", "LOC", "NORP"})
_RELATIVE = frozenset({"which", "that", "who"})
# Determiners and modifiers that make an organization noun another one.
_OTHER_WORDS = frozenset({"a", "an", "another", "other", "new"})
_PLURAL_PRONOUNS = frozenset({"they", "their", "them", "theirs"})
# Clauses whose possessive pronoun refers to the governing clause's subject.
_OWNER_DEPS = frozenset({"ccomp", "xcomp", "conj", "advcl"})


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above ``token`` in the parse (itself if a verb)."""
    for _ in range(_MAX_HOPS):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _entity_in(token: Token, index: dict[int, str], exclude: Span) -> str | None:
    """The first entity named in the phrase headed by ``token``, outside ``exclude``.

    An appositive names the phrase before its possessor does ("Acme's parent,
    Bolt Holdings, is suing": Bolt Holdings); a phrase that joins two entities
    ("Acme and Bolt ended their two ventures", "a combination of Acme and
    Bolt would have sales of $32bn") is about neither alone.
    """
    stack = [token]
    seen = 0
    while stack and seen < 64:
        current = stack.pop(0)
        seen += 1
        if exclude.start <= current.i < exclude.end:
            continue
        if _joint(current, index):
            return None  # "a combination of Acme and Bolt" is neither's alone
        if current.i in index and not _place_modifier(current):
            return index[current.i]
        stack.extend(
            sorted(
                (
                    c
                    for c in current.children
                    if c.dep_ in _NAME_DEPS
                    and not past_semicolon(current, c)
                    and not names_another(current, c)
                ),
                key=lambda c: c.dep_ != "appos",
            )
        )
    return None


def report_source(verb: Token, index: dict[int, str], exclude: Span) -> str | None:
    """The entity a report noun subject of ``verb``'s clause comes from:
    "Figures from the Commerce Department showed ...", "A study by Acme
    found ..." (the source of what the clause says, never its subject)."""
    subject = clause_subject(verb)
    if (
        subject is None
        or subject.pos_ != "NOUN"
        or subject.lemma_.lower() not in REPORT_NOUNS
    ):
        return None
    for prep in subject.children:
        if prep.dep_ == "prep" and prep.lower_ in REPORT_PREPS:
            for noun in prep.children:
                if noun.dep_ == "pobj":
                    return _entity_in(noun, index, exclude)
    return None


def _place_modifier(token: Token) -> bool:
    """A place the base model sees, modifying a common noun: "the
    Jacksonville-based firm" is not Jacksonville, whatever it was typed."""
    return (
        token.ent_type_ in _PLACE_TYPES
        and token.dep_ in ("compound", "amod", "nmod", "npadvmod")
        and token.head.pos_ == "NOUN"
    )


def _joint(token: Token, index: dict[int, str]) -> bool:
    """ "Acme and Bolt", "Acme, Bolt and Cray": entities joined as one subject."""
    named = {index[token.i]} if token.i in index else set()
    for child in token.children:
        if child.dep_ == "conj" and child.i in index:
            named.add(index[child.i])
    return len(named) > 1


def _subject_token(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in _SUBJECT_DEPS:
            return child
    return None


def subject_of(verb: Token, index: dict[int, str], exclude: Span) -> str | None:
    """The entity in the subject of ``verb``, following shared subjects upwards."""
    found = _clause_subject(verb)
    return _entity_in(found[0], index, exclude) if found is not None else None


def clause_subject(verb: Token) -> Token | None:
    """The subject token of ``verb``'s clause, following shared subjects."""
    found = _clause_subject(verb)
    return found[0] if found is not None else None


def _clause_subject(
    verb: Token, payments: frozenset[str] = frozenset()
) -> tuple[Token, Token] | None:
    """The subject token of ``verb``'s clause and the verb that has it.

    Follows shared subjects upwards ("used ... and spent ...").
    """
    current = verb
    for _ in range(_MAX_HOPS):
        subject = _subject_token(current)
        if subject is not None:
            if current.i != verb.i and subject.i > current.i:
                return None  # "Sales rose 5%, said Jo Bell, and costs fell 2%"
            return subject, current
        if current.dep_ == "xcomp" or _to_be(current):
            # Object control: in "regulators ordered Halden Bank to pay $40m"
            # the one who pays is the object of "ordered"; "forecast the
            # firm's losses to be $6bn" (parsed as an adverbial clause).
            for child in current.head.children:
                if child.dep_ == "dobj" and child.i < current.i:
                    return child, current.head
        if (
            current.dep_ == "pcomp"
            and (
                current.lemma_.lower() in payments or current.head.lower_ in _TIME_PREPS
            )
            and current.head.dep_ == "prep"
            and current.head.head.pos_ in ("VERB", "AUX")
        ):
            # "Titan was accused of paying $2m": the accused paid it;
            # "regulators accused Titan of paying $2m": the object did; "GE
            # rose before ending 0.2% lower". Only for payments and time: "by
            # signing a deal worth $1bn" is not the signer's.
            prep, current = current.head, current.head.head
            for child in current.children:
                if (
                    child.dep_ == "dobj"
                    and child.i < prep.i
                    and prep.lower_ in _CHARGE_PREPS
                ):
                    return child, current
            continue
        if _comparison(current):
            # "Acme made a profit of $5m, compared with a loss of $2m": the
            # figure compared with is the same subject's.
            current = current.head
            continue
        if current.dep_ not in _SHARED_SUBJECT_DEPS or current.head.i == current.i:
            return None
        if current.dep_ == "advcl" and _purpose(current) and _passive(current.head):
            # "The unit was sold to pay off a $27bn bill": who pays is the
            # seller, not what was sold.
            return None
        current = current.head
    return None


def _comparison(verb: Token) -> bool:
    """ "compared with a loss of $2m" hanging from a clause, naming no one
    else ("compared with 3% at Bolt" is Bolt's)."""
    return (
        verb.lemma_.lower() == "compare"
        and verb.dep_ in ("prep", "advcl")
        and verb.head.i != verb.i
        and not any(
            t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "MONEY")
            for t in verb.subtree
        )
    )


def _purpose(verb: Token) -> bool:
    """A "to" clause: "sold to pay off", not "suspended, having fallen"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _to_be(verb: Token) -> bool:
    """A "to be" clause hanging from a verb: "forecast losses to be $6bn"."""
    return verb.dep_ == "advcl" and verb.lemma_ == "be" and _purpose(verb)


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def find_subject(
    anchor: Token,
    span: Span,
    index: dict[int, str],
    labels: dict[str, str],
    linker: ClaimLinker,
    anaphora: OrgAnaphora,
    quoted: bool = False,
    kind: str | None = None,
) -> str | None:
    """The entity the quantity is about.

    The possessor of the noun it modifies ("Tesco's £500m investment"), the
    object of a verb of payment or penalty ("regulators fined HSBC £64m"),
    else the subject of its clause ("Ryanair carried ...", "Barclays was
    fined ..."). A definite organization noun there ("the group's 8,200
    workers", "the bank was fined") stands for the organization it refers
    to when that is unambiguous (:mod:`claimkit.components.anaphora`).
    """
    owner = (
        _possessor(anchor, span, index, anaphora)
        or member_owner(anchor, anaphora)
        or aged(span, index)
        or employed_at(anchor, span, index, labels)
        or agent_owner(anchor, span, index, linker.foreign_agents)
        or at_owner(anchor, span, index, labels, linker.workplace_acts)
        or moved_owner(anchor, index, labels, linker.own_measures)
    )
    if owner is not None:
        return owner
    if kind == "percent":
        held = held_by(anchor, span, index)
        if held is not None:
            return held or None  # "owned 55 percent by the union"
        polled = poll_subject(
            anchor, span, index, labels, linker.support_verbs, linker.score_verbs
        )
        if polled is not None:
            return polled or None  # "leads Sanders 46 percent to 44 percent"
    if span.text.endswith("-old"):
        # "the 27-year-old Spaniard": the age of the one the noun names.
        return (
            age_holder(span, index, labels)
            or age_owner(anchor, span, index, labels)
            or topic_person(span, index, labels)
        )
    owner = with_owner(anchor, span, anaphora, linker)
    if owner is not None:
        return owner  # "Corvel Air, with debts of $560m," "with losses halved to"
    if inside_phrase(anchor, span, kind):
        return None  # "through two defenders", "appeals by nine detainees"
    if anchor.pos_ in ("VERB", "AUX") and anchor.head.i != anchor.i:
        anchor = anchor.head  # a figure is never the verb: "£31m" tagged VERB
    verb = governing_verb(anchor)
    if verb is None or _addressed(anchor, verb, kind, linker.address_verbs):
        return None  # "Blair apologised to two families": not his
    verbs = linker.object_verbs
    if verb.lemma_.lower() in verbs or verb.lower_ in verbs:
        for child in verb.children:
            if child.dep_ in ("dobj", "dative") and not (
                span.start <= child.i < span.end
            ):
                entity = (
                    _entity_in(child, index, span)
                    or anaphora.resolve(child)
                    or anaphora.resolve_pronoun(child)
                )
                if entity is not None:
                    return entity
                if child.dep_ == "dative" and (
                    child.lower_ in anaphora.nouns or child.pos_ == "PROPN"
                ):
                    return None  # "give the Italian company a 52% stake": its
    if verb.lemma_.lower() in linker.concepts.object_verbs:
        owner = object_owner(verb, span, index)
        if owner is not None:
            return owner  # "put his support at 5 percent"
    holder = _participle_holder(verb, index, anaphora)
    if holder is not None:
        return holder  # "Atticus Capital, holding 2% of Deutsche Boerse, wants"
    found = _clause_subject(verb, verbs)
    if found is None:
        return None
    subject, clause = found
    if postposed_speaker(subject, linker.source_lemmas):
        return None  # '"...," said Jo Bell [no stop] the bond fell 2%'
    if span.start <= subject.i < span.end:
        # the quantity is the subject: "four firms build"; "About 9,000 jobs
        # will be cut" is the act of the organization the article is about
        if quoted:
            return None
        owner = reported_count_owner(subject, clause, anaphora, linker.workplace_acts)
        if owner is not None:
            return owner  # "SBC said 5,125 positions would go"
        if not agentless_act(subject, clause, linker.agentless_acts):
            return None
        return anaphora.acting_topic(subject)
    if conjunct_of(anchor, subject, clause) and agentless_act(
        subject, clause, linker.agentless_acts
    ):
        # "9,000 jobs will be cut in the US, 2,000 jobs in Canada"
        return None if quoted else anaphora.acting_topic(subject)
    if subject.ent_type_ == "PERCENT":
        return None  # "eight percent by X, and Y would begin with 20 percent"
    if work_subject(subject, linker.work_nouns):
        return None  # "Smith's comedy Hitch took $21m": the film's
    if _rate_pronoun(subject, clause, anchor, kind, linker.concepts.value_verbs):
        return None  # "The agency said it fell to 9.6%": a rate, not the agency
    entity = _entity_in(subject, index, span) or _owned_by(subject, index, anaphora)
    if entity is not None:
        aside = pronoun_aside(subject, entity, anchor, clause, index, linker.levels)
        return None if aside else entity  # "Her warnings led to an $11bn fraud"
    age = described_age(subject)
    if age is not None and not measures_a_thing(span, kind):
        # "The 24-year-old has scored 13 goals": whoever the age is of
        return age_owner(age.root, age, index, labels) or topic_person(
            age, index, labels
        )
    if subject.lower_ in _RELATIVE and clause.dep_ == "relcl":
        # "France Telecom's profits, which showed a 5.5% rise"; "which" is
        # never a person: in "a firm controlled by Lord Ash which has given
        # £3m" the firm gave it
        entity = _entity_in(clause.head, index, span)
        if subject.lower_ == "which" and labels.get(entity or "") == "PERSON":
            return None
        return entity
    owner = _its_owner(subject, clause, index, labels, span, linker, anaphora)
    if owner is not None:
        return owner
    owner = _reporters_own(subject, clause, index, labels, span, linker, anaphora)
    if owner is not None:
        return owner
    owner = _pronoun_antecedent(subject, clause, index, labels, span, linker, anaphora)
    if owner is not None:
        return owner
    owner = compound_owner(anchor, span, index, linker.agentless_acts)
    if owner is not None or quoted:
        return owner  # in a quote "it" and a bare "profit" are the speaker's to mean
    if _other_reporter(clause, index, span, anaphora):
        return None  # "The rival firm said its profits ...": another one's
    owner = joined_owner(subject, clause, anaphora, linker)
    if owner is not None:
        return owner  # "Acme enjoyed a rise in sales while revenues rose 10%"
    return _salient_owner(subject, clause, linker, anaphora)


def _rate_pronoun(
    subject: Token,
    clause: Token,
    anchor: Token,
    kind: str | None,
    value_verbs: frozenset[str],
) -> bool:
    """ "it" whose clause moves to or stands at a percent level is a rate
    ("The agency said it fell to 9.6% in December"): no organization is a
    level in percent; nor is the level it left ("from 10.6% in November and
    10.9% a year before")."""
    if kind != "percent" or subject.lower_ != "it":
        return False
    if clause.lemma_.lower() not in value_verbs:
        return False
    while anchor.dep_ == "conj" and anchor.head.i != clause.i:
        anchor = anchor.head
    if anchor.dep_ == "conj":
        return True  # "... and 10.9% in 2003", the parse joining it to the verb
    prep = anchor.head
    return (
        anchor.dep_ == "pobj"
        and prep.lower_ in ("to", "at", "from")
        and prep.head.i == clause.i
    )


def _addressed(
    anchor: Token, verb: Token, kind: str | None, address_verbs: frozenset[str]
) -> bool:
    """A count the clause's verb speaks or points "to": "apologised to two
    families", "was speaking to 100 pupils", "pointed to the hundreds of
    thousands of people who marched" count the ones addressed, never anything
    of the speaker's."""
    prep = anchor.head
    return (
        kind == "count"
        and anchor.dep_ == "pobj"
        and prep.lower_ == "to"
        and prep.head.i == verb.i
        and verb.lemma_.lower() in address_verbs
    )


def _participle_holder(
    verb: Token, index: dict[int, str], anaphora: OrgAnaphora
) -> str | None:
    """The entity an active participle hangs on: "Atticus Capital, holding 2%
    of Deutsche Boerse," (the holder), "the group, employing 3,000 people,";
    never a common noun that names no entity ("unions representing 4.5m
    workers")."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG":
        return None
    noun = verb.head
    return index.get(noun.i) or anaphora.resolve(noun)


def _salient_owner(
    subject: Token, clause: Token, linker: ClaimLinker, anaphora: OrgAnaphora
) -> str | None:
    """The organization the article is talking about, for "It paid $5m", "Its
    shares fell 3%" and a bare measure of a main clause ("Net profit rose
    4%"): the one last named as a main subject of this sentence or the one
    before, when no other is named since (:mod:`claimkit.components.anaphora`)."""
    if subject.lower_ == "it":
        found = anaphora.resolve_pronoun(subject)
        if found is not None or not _main_clause(clause):
            return found
        return topic_referent(anaphora, subject)  # "It now owns 34 casinos"
    poss = next((c for c in subject.children if c.dep_ == "poss"), None)
    if poss is not None:
        return anaphora.resolve_pronoun(poss) if poss.lower_ == "its" else None
    if not _main_clause(clause):
        return None
    if not bare_measure(subject, linker):
        return topic_referent(anaphora, subject)  # "Now the firm employs 7,600"
    owner = anaphora.salient(subject)
    if owner is not None:
        anaphora.measured(subject, owner)  # "Net profit rose 4%. Sales were ..."
    return owner


def _main_clause(clause: Token) -> bool:
    """``clause`` is the sentence's main clause or a conjunct of it."""
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    return clause.dep_ == "ROOT"


def _its_owner(
    subject: Token,
    clause: Token,
    index: dict[int, str],
    labels: dict[str, str],
    span: Span,
    linker: ClaimLinker,
    anaphora: OrgAnaphora | None = None,
) -> str | None:
    """ "Glaxo saw its profits fall 9%": "its" is the subject of a clause the
    figure's clause hangs from, when that subject names an entity of a
    label the pronoun allows, or is a definite organization noun that
    refers to one ("The firm said its profits were $4m")."""
    poss = next((c for c in subject.children if c.dep_ == "poss"), None)
    if poss is None or names_another(subject, poss):
        return None  # "Jo Bell said his side scored": the side's, not his
    allowed = linker.pronouns.get(poss.lower_)
    if allowed is None:
        return None
    for noun in _governing_subjects(clause):
        entity = _entity_in(noun, index, span) or _referent(noun, anaphora)
        if entity is not None:
            return entity if _agrees(poss, labels.get(entity), allowed) else None
    return None


def _governing_subjects(clause: Token) -> Iterator[Token]:
    """The subjects of the clauses ``clause`` hangs from, nearest first."""
    current = clause
    for _ in range(_MAX_HOPS):
        head = current.head
        if head.i == current.i or current.dep_ not in _OWNER_DEPS:
            return
        found = _clause_subject(head)
        if found is not None:
            yield found[0]
        current = head


def _other_reporter(
    clause: Token, index: dict[int, str], span: Span, anaphora: OrgAnaphora
) -> bool:
    """The clause is reported by an organization noun that names none of the
    article and says it is another ("The rival firm said its profits ...",
    "a company said it"); not "The global sports giant said it ..."."""
    noun = next(_governing_subjects(clause), None)
    return (
        noun is not None
        and noun.lower_ in anaphora.nouns
        and any(
            c.lower_ in _OTHER_WORDS or c.lower_ in relational_modifiers()
            for c in noun.children
        )
        and _entity_in(noun, index, span) is None
        and anaphora.resolve(noun) is None
    )


def _referent(noun: Token, anaphora: OrgAnaphora | None) -> str | None:
    """The organization a definite noun ("the firm") refers to, if any."""
    return anaphora.resolve(noun) if anaphora is not None else None


def _agrees(pronoun: Token, label: str | None, allowed: list[str]) -> bool:
    """The pronoun can stand for an entity of ``label``: "they" and "their"
    are an organization's, never one person's ("Mr Lund says they expect
    15%": the people he speaks of)."""
    if pronoun.lower_ in _PLURAL_PRONOUNS and label == "PERSON":
        return False
    return label in allowed


def _reporters_own(
    subject: Token,
    clause: Token,
    index: dict[int, str],
    labels: dict[str, str],
    span: Span,
    linker: ClaimLinker,
    anaphora: OrgAnaphora,
) -> str | None:
    """ "Orvik Chips said revenue rose 8%": a company's own measure (revenue,
    profit, ...; ``own_measures``), written bare as the subject of a clause an
    organization reports, is that organization's. Not "the ONS said retail
    sales rose" (a modifier noun says whose) nor "analysts said profit fell"
    (no organization reports it). "Acme saw vehicle sales rise 8%": what an
    organization sees rise or fall, unless someone else's, is its own."""
    while clause.dep_ in ("conj", "advcl") and clause.head.i != clause.i:
        clause = clause.head  # "revenue fell 4%, while profit rose 2%"
    if clause.dep_ not in ("ccomp", "xcomp"):
        return None
    lemma = clause.head.lemma_.lower()
    if lemma == "see":
        if subject.pos_ != "NOUN" or any(c.dep_ == "poss" for c in subject.children):
            return None
    elif (
        clause.dep_ != "ccomp"
        or lemma not in linker.source_lemmas
        or not bare_measure(subject, linker)
    ):
        return None
    found = _clause_subject(clause.head)
    if found is None:
        return None
    entity = _entity_in(found[0], index, span)
    if entity is not None and onlooker(found[0], index):
        return None  # "Analysts at Brandt Bank expect profits to rise 5%"
    if entity is None and lemma == "see":
        # "Absa said it expects to see earnings grow", not "condemned the
        # move, saying it would see jobs axed" (the move).
        entity = _pronoun_antecedent(
            found[0], found[1], index, labels, span, linker
        ) or anaphora.resolve(found[0])
    elif entity is None:
        # "The company said revenue rose 8%"
        entity = anaphora.resolve(found[0]) or anaphora.resolve_pronoun(found[0])
    return entity if entity is not None and labels.get(entity) == "ORG" else None


def _possessor(
    anchor: Token, span: Span, index: dict[int, str], anaphora: OrgAnaphora
) -> str | None:
    """The entity owning the noun the quantity modifies ("Tesco's £500m
    investment") or counts ("Corvel Shipping's 8,200 workers", "the group's
    8,200 workers")."""
    for child in anchor.children:
        # "Labour's £35bn of savings", "Thatcher's 11 years in power"
        if child.dep_ == "poss" and child.i < span.start:
            owner = index.get(child.i) or anaphora.resolve_pronoun(child)
            if owner is not None:
                return owner
    head = anchor.head
    if anchor.pos_ == "NOUN" and anchor.is_alpha and span.start < anchor.i < span.end:
        head = anchor  # the counted noun is inside the figure's span
    elif anchor.dep_ not in ("compound", "nummod", "amod", "nmod") or head.i < span.end:
        return None
    for child in head.children:
        if child.dep_ == "poss" and child.i < span.start:
            if child.i in index:
                return index[child.i]
            return anaphora.resolve(child) or anaphora.resolve_pronoun(child)
    return None


def _owned_by(
    subject: Token, index: dict[int, str], anaphora: OrgAnaphora
) -> str | None:
    """The organization a subject noun is ("the company") or belongs to ("the
    group's revenue"), by nominal anaphora."""
    found = anaphora.resolve(subject)
    if found is not None:
        return found
    for child in subject.children:
        if child.dep_ == "poss" and child.i not in index:
            return anaphora.resolve(child)
    return None


def _pronoun_antecedent(
    pronoun: Token,
    clause: Token,
    index: dict[int, str],
    labels: dict[str, str],
    span: Span,
    linker: ClaimLinker,
    anaphora: OrgAnaphora | None = None,
) -> str | None:
    """Resolve "DeepSeek claimed it ..." to the reporting verb's subject entity.

    Only a pronoun that is the subject of a clause reported by a verb whose own
    subject is an entity of a compatible label, or a definite organization
    noun that refers to one ("The company said it ..."), is resolved; others
    stay None.
    """
    allowed = linker.pronouns.get(pronoun.lower_)
    if allowed is None:
        return None
    current = clause
    for _ in range(_MAX_HOPS):
        head = current.head
        if head.i == current.i:
            return None
        if current.dep_ == "ccomp" and head.lemma_.lower() in linker.source_lemmas:
            entity = subject_of(head, index, span)
            if entity is None:
                found = _clause_subject(head)
                entity = _referent(found[0], anaphora) if found is not None else None
            if entity is not None and _agrees(pronoun, labels.get(entity), allowed):
                return entity
            return None
        if current.dep_ not in _SHARED_SUBJECT_DEPS:
            return None
        current = head
    return None
