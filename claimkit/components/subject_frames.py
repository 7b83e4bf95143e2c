"""Whose a figure is when it is not the clause subject's (used by
:func:`claimkit.components.subjects.find_subject`):

- the owner of the object a verb of change or level sets: "a poll put his
  support at 5 percent", "Bloomberg estimates Mr. Kamprad's fortune at $42
  billion" -> him, Kamprad (:func:`object_owner`);
- the organization an "at" phrase names on counted people: "9,500 staff at
  Baltic Freight" (:func:`employed_at`);
- whether a figure is what an organization's act is done to, with no agent
  ("About 9,000 jobs will be cut", :func:`agentless_act`), also as a
  conjunct of such a figure (:func:`conjunct_of`);

and whose a share of a vote or a poll is:

- the second figure of a score is the rival's: "Clinton leads Sanders 46
  percent to 44 percent" -> 44 is Sanders's (the verb's object, or the
  object of "over"/"against"); with no rival named, nobody's (never the
  leader's); only after a verb of contest (``score_verbs``: "lead", "win",
  "beat"), never "rose from 40 percent to 45 percent";
- a share that backs someone is about whom it backs: "40 percent of likely
  voters back Sanders" -> Sanders (``support_verbs``);
- "followed by Cruz at 23 percent": the agent of a verb of following;
- "Rubio at 12 percent": a name right before the "at" of a share.

Only people and organizations are subjects; each rule answers only when its
words are there, and a score with no rival answers "nobody".

A person's share in one of these frames, or one they won, took or drew
("Cruz took 30 percent"), measures their support (:func:`poll_share`): the caller gives
it the concept key "support" when nothing in the text names its concept.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

# The answer "this share is nobody's": the caller keeps the subject empty.
NOBODY = ""
_RIVAL_PREPS = frozenset({"over", "against", "ahead"})
_FOLLOW = frozenset({"follow", "trail", "chase"})
_LABELS = frozenset({"PERSON", "ORG"})
_MAX_HOPS = 8
_HOLD_VERBS = frozenset({"own", "hold", "control"})
_PARTITIVES = frozenset(
    {"one", "some", "many", "most", "all", "none", "each", "any", "either", "neither"}
)
# Prepositions whose object is company or passage, never what the subject has.
_COMPANY_PREPS = frozenset(
    {"through", "between", "against", "among", "amongst", "past", "beside", "into"}
)


def _entity(
    token: Token | None, index: dict[int, str], labels: dict[str, str]
) -> str | None:
    if token is None or token.i not in index:
        return None
    entity = index[token.i]
    return entity if labels.get(entity) in _LABELS else None


def _verb(token: Token, hops: int = 4) -> Token | None:
    for _ in range(hops):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _rival(verb: Token, index: dict[int, str], labels: dict[str, str]) -> str | None:
    for child in verb.children:
        if child.dep_ == "dobj":
            return _entity(child, index, labels)
        if child.dep_ == "prep" and child.lower_ in _RIVAL_PREPS:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            found = _entity(obj, index, labels)
            if found is not None:
                return found
    return None


def poll_subject(
    anchor: Token,
    span: Span,
    index: dict[int, str],
    labels: dict[str, str],
    support_verbs: frozenset[str],
    score_verbs: frozenset[str],
) -> str | None:
    """The entity a share is about by the rules above, ``NOBODY`` for the
    second figure of a score with no rival named, else None (no rule)."""
    doc = span.doc
    head = anchor.head
    if _second_share(anchor, span):
        # "46 percent to 44 percent": the rival's, or nobody's; never "rose
        # from 40 percent to 45 percent" (a verb of no contest)
        verb = _verb(head)
        if verb is not None and verb.lemma_.lower() in score_verbs:
            rival = _rival(verb, index, labels)
            return rival if rival is not None else NOBODY
    if anchor.dep_ == "nsubj" and head.lemma_.lower() in support_verbs:
        obj = next((c for c in head.children if c.dep_ == "dobj"), None)
        return _entity(obj, index, labels)  # "40 percent ... back Sanders"
    if anchor.dep_ != "pobj" or head.lower_ not in ("at", "with"):
        return None
    verb = head.head
    if verb.lemma_.lower() in _FOLLOW and verb.tag_ == "VBN":
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        obj = (
            next((c for c in agent.children if c.dep_ == "pobj"), None)
            if agent
            else None
        )
        found = _entity(obj, index, labels)
        if found is not None and head.lower_ == "at":
            return found  # "followed by Sen. Ted Cruz at 23 percent"
    if head.lower_ == "at" and head.i > 0:
        before = doc[head.i - 1]
        if before.pos_ == "PROPN":
            return _entity(before, index, labels)  # "Rubio at 12 percent"
    return None


def poll_share(
    anchor: Token,
    span: Span,
    score_verbs: frozenset[str],
    vote_verbs: frozenset[str],
    vote_nouns: frozenset[str],
) -> bool:
    """The share stands in a frame of a poll or a vote: "Rubio at 12
    percent", "with 46 percent", "leads Sanders 46 percent to 44 percent",
    "Cruz took 30 percent" (``vote_verbs``); not a margin ("up 9 percentage
    points"), nor a share of anything but votes ("20% of the profits")."""
    if any(t.lower_ in ("point", "points") for t in span):
        return False
    for prep in anchor.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if not objects or objects[0].lemma_.lower() not in vote_nouns:
                return False
    head = anchor.head
    if anchor.dep_ == "pobj" and head.lower_ in ("at", "with"):
        return True
    verb = _verb(anchor, _MAX_HOPS)  # "leading Reid, 46 percent to 44 percent"
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    if lemma in vote_verbs and anchor.dep_ in ("dobj", "npadvmod"):
        return True  # "Cruz took 30 percent"
    doc = span.doc
    if (
        lemma in score_verbs
        and head.lower_ == "by"
        and span.end + 1 < len(doc)
        and doc[span.end].lower_ == "to"
        and doc[span.end + 1].like_num
    ):
        return True  # "leads Trump by 49 percent to 47 percent"; not "by 5 points"
    return lemma in score_verbs and _second_share(anchor, span)


def _second_share(anchor: Token, span: Span) -> bool:
    """ "46 percent to 44 percent": the figure is the second share of a score."""
    head = anchor.head
    return (
        anchor.dep_ == "pobj"
        and head.lower_ == "to"
        and head.i == span.start - 1
        and head.i > 0
        and span.doc[head.i - 1].ent_type_ == "PERCENT"
    )


def past_semicolon(head: Token, child: Token) -> bool:
    """An appositive a semicolon parts from its noun is a misparse: "Trump
    led with 42 percent ...; Sen. Marco Rubio at 12 percent"."""
    if child.dep_ != "appos":
        return False
    low, high = sorted((head.i, child.i))
    return any(t.text == ";" for t in head.doc[low:high])


def employed_at(
    anchor: Token, span: Span, index: dict[int, str], labels: dict[str, str]
) -> str | None:
    """ "9,500 staff at its rival Baltic Freight": the counted people are the
    organization's the "at" phrase names."""
    if anchor.pos_ != "NOUN" or not span.start < anchor.i < span.end:
        return None
    for prep in anchor.rights:
        if prep.dep_ == "prep" and prep.lower_ == "at":
            for obj in prep.rights:
                if obj.dep_ == "pobj" and labels.get(index.get(obj.i, "")) == "ORG":
                    return index[obj.i]
    return None


def object_owner(verb: Token, span: Span, index: dict[int, str]) -> str | None:
    """The entity that owns the object ``verb`` sets to the figure: "put his
    support at 5 percent" (a possessive the pipeline resolved)."""
    for child in verb.children:
        if child.dep_ != "dobj" or span.start <= child.i < span.end:
            continue
        poss = next((c for c in child.children if c.dep_ == "poss"), None)
        return index.get(poss.i) if poss is not None else None
    return None


def inside_phrase(anchor: Token, span: Span, kind: str | None = None) -> bool:
    """The figure names the agent or company of a noun ("appeals by nine
    detainees", "a family with two children") or what the subject passed
    ("through two defenders"): it is not about the clause's subject. A
    measure after a superlative is its value, not a set it picks from ("leapt
    to a season's best of 6.71m": the jumper's)."""
    token = anchor
    for _ in range(_MAX_HOPS):
        head = token.head
        if head.i == token.i or head.pos_ in ("VERB", "AUX"):
            return False
        if head.dep_ == "prep" and not span.start <= head.i < span.end:
            prep = head.lower_
            if prep in _COMPANY_PREPS:
                return True
            if head.head.pos_ in ("NOUN", "PROPN") and prep in ("by", "from", "with"):
                return True  # the noun's agent or origin: "appeals by"
            if prep == "of" and partitive(head.head) and kind != "measure":
                return True  # the set it is one of: "the first of five banks"
        token = head
    return False


def partitive(token: Token) -> bool:
    """A word that picks from a set: "one", "first", "most", "biggest"."""
    return (
        token.lower_ in _PARTITIVES
        or token.tag_ == "JJS"
        or token.ent_type_ == "ORDINAL"
    )


def agentless_act(subject: Token, clause: Token, acts: frozenset[str]) -> bool:
    """``subject`` is the figure an organization's act is done to, with no
    agent: "9,000 jobs will be cut", "14 plants closed by 2012" (not "closed
    by the regulator", nor "900 jobs went")."""
    # "14 plants closed by 2012": a participle, passive without "were"
    passive = subject.dep_ == "nsubjpass" or (
        subject.dep_ == "nsubj" and clause.tag_ == "VBN"
    )
    if not passive or clause.lemma_.lower() not in acts:
        return False
    return not any(
        c.dep_ == "agent"
        and any(t.ent_type_ not in ("DATE", "TIME") for t in c.subtree if t.i != c.i)
        for c in clause.children
    )


def conjunct_of(anchor: Token, subject: Token, clause: Token) -> bool:
    """The figure at ``anchor`` is a conjunct of ``subject``, or of the verb
    of a figure ``subject`` (a verb gapped): "9,000 jobs will be cut in the
    US, 2,000 jobs in Canada"."""
    token = anchor.head if anchor.dep_ in ("nummod", "compound") else anchor
    for _ in range(_MAX_HOPS):
        if token.dep_ != "conj" or token.head.i == token.i:
            return False
        token = token.head
        if token.i == subject.i:
            return True
        if token.i == clause.i:
            return any(c.dep_ == "nummod" for c in subject.children)
    return False


def held_by(anchor: Token, span: Span, index: dict[int, str]) -> str | None:
    """The holder of a shareholding written with "by": "Colt will be owned 55
    percent by the union, eight percent by the state" -> the union, the
    state; never the company owned. :data:`NOBODY` when the holder is
    written but names no entity."""
    if not any(_held(t) for t in anchor.sent):
        return None
    preps = [c for c in anchor.children if c.lower_ == "by"]
    if anchor.dep_ in ("npadvmod", "dobj") and _held(anchor.head):
        preps += [c for c in anchor.head.children if c.dep_ == "agent"]
    for prep in preps:
        if prep.i < span.end:
            continue  # "owned by X 55 percent": not this figure's "by"
        for token in prep.subtree:
            if token.i in index and token.dep_ != "conj":
                return index[token.i]
        return NOBODY
    return None


def _held(token: Token) -> bool:
    """A passive verb of holding: "will be owned", "is held"."""
    return (
        token.lemma_.lower() in _HOLD_VERBS
        and token.tag_ == "VBN"
        and any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)
    )
