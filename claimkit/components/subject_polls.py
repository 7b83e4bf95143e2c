"""Whose a share of a vote or a poll is, when it is not the clause subject's
(used by :func:`claimkit.components.subjects.find_subject`):

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
"""

from __future__ import annotations

from spacy.tokens import Span, Token

# The answer "this share is nobody's": the caller keeps the subject empty.
NOBODY = ""
_RIVAL_PREPS = frozenset({"over", "against", "ahead"})
_FOLLOW = frozenset({"follow", "trail", "chase"})
_LABELS = frozenset({"PERSON", "ORG"})


def _entity(
    token: Token | None, index: dict[int, str], labels: dict[str, str]
) -> str | None:
    if token is None or token.i not in index:
        return None
    entity = index[token.i]
    return entity if labels.get(entity) in _LABELS else None


def _verb(token: Token) -> Token | None:
    for _ in range(4):
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
    if (
        anchor.dep_ == "pobj"
        and head.lower_ == "to"
        and head.i == span.start - 1
        and head.i > 0
        and doc[head.i - 1].ent_type_ == "PERCENT"
    ):
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
