"""Small syntactic tests of clauses shared by the quote rules."""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Token

# subjects that speak for no one: 'but that it would add ...' is no second report
_NO_SPEAKER = {"it", "this", "that", "which", "what", "there"}


def second_report(verb: Token, lemmas: Container[str]) -> bool:
    """A speech verb with its own subject, joined to the clause above it
    ('..., while the Tories say ...', '..., but Bob said ...'): a report of its
    own, not part of the report above."""
    return (
        verb.dep_ in ("conj", "advcl", "parataxis")
        and verb.lemma_.lower() in lemmas
        and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _NO_SPEAKER
            for c in verb.children
        )
    )


def appositive_subject(cue: Token, content: list[Token], *, limit: int) -> bool:
    """The words ``content`` between a quote and its cue after it are the cue's
    named subject and an apposition set off by commas, nothing else: '"...,"
    Ann Ray, a senior economist with the bank, told the BBC'."""
    if not content or len(content) > limit:
        return False
    subject = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if (
        subject is None
        or subject.i > cue.i
        or subject.pos_ != "PROPN"
        or content[0].i != subject.left_edge.i
        or subject.right_edge.i < cue.i - 2
    ):
        return False
    doc = cue.doc
    appos = [c for c in subject.children if c.dep_ == "appos" and c.i > subject.i]
    return (
        len(appos) == 1
        and doc[appos[0].left_edge.i - 1].text == ","
        and doc[cue.i - 1].text == ","
        and not any(t.pos_ in ("VERB", "AUX") for t in content)
    )


def passive_by(verb: Token) -> Token | None:
    """The 'by' of a passive verb's agent, on the verb or its predicate: 'was
    labelled a "big misjudgement" by the Tories', 'was described as "a
    shambles" by the union'."""
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    for token in verb.subtree:
        if (
            token.i > verb.i
            and token.lower_ == "by"
            and token.dep_ in ("agent", "prep")
            and verb in list(token.ancestors)[:3]
        ):
            return token
    return None


# verbs that pass on another's words: 'quoted X as saying', 'reported X as saying'
_PASSING_ON = ("quote", "cite", "report")


def quoted_as_saying(verb: Token) -> Token | None:
    """The object of "quoted X as saying" / "cited X as saying" / "reported X
    as saying" / "quoted X complaining": X is the speaker, the one who quotes
    only passes the words on."""
    if verb.tag_ != "VBG":
        return None
    head = verb.head
    if verb.dep_ == "acl" and head.dep_ in ("dobj", "obj"):
        # 'It quoted a spokesman for Acme complaining that ...'
        quoted = head.head.lemma_.lower() in ("quote", "cite")
        return head if quoted else None
    if not (
        verb.dep_ == "pcomp"
        and head.lower_ == "as"
        and head.head.lemma_.lower() in _PASSING_ON
    ):
        return None
    quote = head.head
    found = next((c for c in quote.children if c.dep_ in ("dobj", "obj")), None)
    if found is None:
        # the parse hung the one quoted elsewhere ('quoted spokesman Umar
        # Bello as saying' with 'Bello' as a clause): the name between, not
        # a time ('was quoted this month by papers as saying')
        found = next(
            (
                c
                for c in quote.children
                if quote.i < c.i < head.i
                and (c.pos_ == "PROPN" or c.ent_type_ in ("PERSON", "ORG"))
                and c.ent_type_ not in ("DATE", "TIME")
            ),
            None,
        )
    return found


def quoting(verb: Token) -> Token | None:
    """'"...," the paper quoted an insider as saying': the cue 'quoted' after a
    quote gives its object as the speaker, the insider, not the paper; so does
    '..., Reuters reported the regulator as saying'."""
    if verb.lemma_.lower() not in _PASSING_ON:
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    saying = any(
        c.dep_ == "prep"
        and c.lower_ == "as"
        and any(g.tag_ == "VBG" for g in c.children)
        for c in verb.children
    )
    return objects[0] if objects and saying else None


def relative_antecedent(
    relative: Token, head: Token, people: Container[str] = ()
) -> Token:
    """Whom 'who' stands for when the parse hangs its clause on a place or thing.

    'said Ann Ray, a doctor from Leeds, who said ...': 'who' is never Leeds;
    it is the noun the place's preposition belongs to, and the name that noun
    is in apposition to. After an organization ('a banker at Acme, who') only
    that name of a person is surer than the organization. After a thing that
    is no person (a common noun not among `people`: 'an expert on tax law,
    who said') it is the person's noun the thing's preposition belongs to.
    """
    if relative.lower_ not in ("who", "whom", "whose"):
        return head
    if head.ent_type_ not in ("GPE", "LOC", "FAC", "ORG") and not _thing_of_person(
        head, people
    ):
        return head
    noun = head
    while (
        noun.dep_ == "appos"
        and noun.head.i != noun.i
        and noun.head.ent_type_ in ("GPE", "LOC", "FAC")
    ):
        noun = noun.head  # 'Leeds, England, who'
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return head
    noun = noun.head.head
    if noun.pos_ not in ("NOUN", "PROPN"):
        return head
    if (
        noun.dep_ == "appos"
        and noun.head.pos_ == "PROPN"
        and noun.head.ent_type_ == "PERSON"
    ):
        return noun.head  # 'Ann Ray, a doctor from Leeds, who': Ann Ray
    # 'the mayor of Leeds, who'; an organization's 'who' may be its own
    return noun if head.ent_type_ != "ORG" else head


def _thing_of_person(noun: Token, people: Container[str]) -> bool:
    """'an expert on tax law': a common noun after a person's noun's preposition."""
    if not people or noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    if noun.lemma_.lower() in people or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return False
    owner = noun.head.head
    return owner.pos_ == "NOUN" and owner.lemma_.lower() in people


def judged_sayable(verb: Token) -> bool:
    """'it's safe to say X', 'it is fair to say X': the writer judges what may
    be said (the parse hangs the infinitive on 'is', beside the adjective),
    nobody says it; 'the minister was quick to say X' reports."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and head.lemma_ == "be"
        and any(c.dep_ == "acomp" and c.pos_ == "ADJ" for c in head.children)
        and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children)
    )


def attribution_after(
    verb: Token, clause: Token, token: Token, lemmas: Container[str]
) -> int | None:
    """'Police say X, news agencies report': a second cue with a subject of its
    own after a comma, which the parse hung beside the report, on it or above
    the first cue; it names who reports the whole, and is no part of it.

    Returns the index where that attribution starts (its comma), else None."""
    doc = verb.doc
    left = min(
        (c.left_edge.i for c in token.children if c.i not in (clause.i, verb.i)),
        default=token.i,
    )
    found = (
        (
            (token.dep_ == "ccomp" and token.head.i in (verb.i, clause.i))
            or (token.i == verb.head.i and verb.dep_ == "ccomp")
            or (token.i == clause.head.i and clause.dep_ == "ccomp")
        )
        and left > clause.right_edge.i
        and "," in (doc[left].text, doc[left - 1].text)
        and token.lemma_.lower() in lemmas
        and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _NO_SPEAKER
            for c in token.children
        )
        and all(c.i < token.i or c.is_punct for c in token.children)
    )
    return left if found else None


# verbs whose object is whom they speak to, not what they say: 'told me'
_ADDRESSED = {"tell", "warn", "assure", "remind", "inform", "notify"}
# relative pronouns a report may lose to the front of its relative clause
_FRONTED = {"which", "who", "whom", "that"}


def addressee(verb: Token, token: Token) -> bool:
    """``token`` is the person ``verb`` speaks to: 'she told me', 'warned staff'."""
    return token.dep_ in ("dobj", "dative") and verb.lemma_.lower() in _ADDRESSED


def that_clause_after_phrase(verb: Token) -> list[Token]:
    """'said in an interview that ...', 'told a meeting of donors that ...': the
    'that'-clause the parse hung on a noun after the verb.

    The noun is the object of a preposition of the verb, or the addressee of a
    verb of telling (or a noun in that addressee's own prepositional phrase).
    The complementizer 'that' (a ``mark``, not the relative pronoun of 'an
    interview that aired') shows the clause is what the verb reports.
    """
    nouns: list[Token] = []
    for child in verb.rights:
        if child.dep_ == "prep":
            nouns.extend(c for c in child.children if c.dep_ == "pobj")
        elif addressee(verb, child):
            nouns.append(child)
            for prep in child.rights:
                if prep.dep_ == "prep":
                    nouns.extend(c for c in prep.children if c.dep_ == "pobj")
    for noun in nouns:
        for clause in noun.rights:
            if clause.dep_ in ("acl", "relcl", "ccomp") and any(
                c.dep_ == "mark" and c.lower_ == "that" and c.i < clause.i
                for c in clause.children
            ):
                return [clause]
    return []


def fronted_relative(verb: Token, clause: Token) -> int | None:
    """'the donors, which he said were generous': a cue in a relative clause
    whose report lost its relative pronoun to the front of that clause.

    Returns the index of the report's first word after the cue ('were
    generous'), else None. 'the man who said prices rose' (the pronoun is the
    cue's own subject) is no such case.
    """
    if verb.dep_ != "relcl":
        return None
    edge = clause.left_edge
    if edge.i > verb.i or edge.lower_ not in _FRONTED or edge.head.i == verb.i:
        return None
    before = [t for t in clause.subtree if t.i < verb.i]
    after = [t.i for t in clause.subtree if t.i > verb.i]
    return after[0] if before == [edge] and after else None


def inserted_as_complement(verb: Token, subject: Token | None, marks: set[str]) -> bool:
    """'These workers, Ann Ray explained at the hearing, were well paid': a cue
    set off by commas (or dashes) that the parse made the complement of the
    verb after it. The cue's phrase holds no verb and no report of its own,
    and words of the report stand on both sides of it."""
    head = verb.head
    if (
        subject is None
        or verb.dep_ != "ccomp"
        or not subject.i < verb.i < head.i
        or any(
            c.dep_ in ("ccomp", "xcomp", "dobj") and not addressee(verb, c)
            for c in verb.children
        )
    ):
        return False
    doc = verb.doc
    start = verb.sent.start
    opening = subject.left_edge.i - 1
    closing = next((t.i for t in doc[verb.i + 1 : head.i] if t.text in marks), None)
    if closing is None or opening - start < 2 or doc[opening].text not in marks:
        return False
    words = [t for t in doc[verb.i + 1 : closing] if not t.is_punct]
    return not any(t.pos_ in ("VERB", "AUX") for t in words) and all(
        verb.i in [a.i for a in t.ancestors] for t in words
    )


def that_complement(verb: Token) -> bool:
    """The verb's complement opens with the complementizer 'that' and has a
    subject of its own: 'demanded that the firm pay', not 'demanded a recount'
    or 'asked him to stay'."""
    return any(
        clause.dep_ == "ccomp"
        and clause.i > verb.i
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
        for clause in verb.children
    )


def unmarked_clause(verb: Token) -> list[Token]:
    """'said after the vote he would resign': a clause with a subject of its own
    and no subordinating word, which the parse hung on the verb as an adverbial
    clause after a phrase of the cue's; 'said it when he left' (marked) and
    'said, adding ...' (no subject) are no report. The clause's subject follows
    a phrase right after the verb ('said he would' parses as a complement)."""
    return [
        clause
        for clause in verb.rights
        if clause.dep_ == "advcl"
        and clause.pos_ in ("VERB", "AUX")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
        and not any(
            c.dep_ in ("mark", "advmod") and c.i < clause.i for c in clause.children
        )
        and verb.doc[verb.i + 1].dep_ == "prep"
    ]
