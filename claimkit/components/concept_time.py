"""What a span of time or a distance measures when no noun says it, read
from the words the parse hangs on it (used by
:mod:`claimkit.components.concepts`):

- the event it is counted from or to: "19 years since their last title",
  "16 weeks until the poll", "two days before the final" -> the phrase with
  its preposition (:func:`anchored`);
- what it is left for: "six days to recover", "three hours to spare" -> the
  "to" clause on the span (:func:`anchored`);
- where it is spent: "spent eight months on the sidelines", "served 22
  years in the Commons" -> the place phrase of the verb (:func:`spent_in`);
- what lasts it: "the match lasted three hours", "the trial is expected to
  last two months", "the repairs, which will last a week" -> the verb's
  subject (:func:`lasting`);
- what holds, weighs or measures it: "the tank holds 50 litres", "the
  rover weighs 900kg", "the player, which can hold 20GB" -> the clause
  subject (:func:`held`);
- what is that far off: "the poll is 16 weeks away" -> the clause subject;
  "200 metres away from schools" -> "away from schools" (:func:`away`);
- where it was spent with "be": "had been in the band for ten years"
  (:func:`been_in`); the act it is allowed for: "reviewed within seven
  days" (:func:`done_within`);
- what it puts off: "the launch was delayed by three months", "postponed
  the vote for a week" -> the thing delayed (:func:`delayed`);
- what it is spent on or doing: "two years of talks" (:func:`duration_of`),
  "took three weeks to recover", "jailed for 46 months", "21 years in
  prison" (:func:`duration_act`).

Each is read off the parse, never off a list of events; a frame ("the past
five years", "two years ago") and a name (a person's "in Smith's office" is
still a place) are left to the caller's checks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from spacy.tokens import Span, Token

from claimkit.components.concept_acts import record
from claimkit.components.concept_frames import thing_subject
from claimkit.components.concept_syntax import LIGHT_VERBS, is_noun, is_time, stops

KeyOf = Callable[[Iterable[Token]], "str | None"]

# Prepositions that tie a span of time to the event it is counted from or to.
_ANCHORS = frozenset({"since", "until", "till", "before", "after"})
# Prepositions of a verb that say where a span of time was spent.
_PLACES = frozenset({"in", "on", "at", "behind", "inside", "outside"})
# Verbs whose span of time is spent somewhere: "spent two years in prison".
_SPENDING = frozenset({"spend", "serve"})
# Verbs whose subject lasts the span: "the talks lasted three hours".
_LASTING = frozenset({"last", "span"})
_TRAILING = frozenset({"prep", "relcl", "acl", "punct", "cc", "conj", "appos"})
_WORDS = 7  # a longer phrase is cut at its head noun
_STOPS = frozenset({",", ";", ":", "(", ")", '"', "-", "–", "—", "?", "!"})


def _record(words: Span, key_of: KeyOf) -> dict[str, Any] | None:
    key = key_of(words)
    return None if key is None else record(words, key)


def _phrase_end(prep: Token) -> int | None:
    """The last token of a preposition's phrase, within ``_WORDS`` and before
    any stop; the object noun alone when the rest overflows; None when the
    object is a time ("since 2003", "until March")."""
    obj = next((c for c in prep.rights if c.dep_ in ("pobj", "pcomp")), None)
    if obj is None or is_time(obj) or obj.ent_type_ in ("DATE", "TIME"):
        return None
    doc = prep.doc
    # the noun phrase without the phrases hung on it: "on the sidelines",
    # not "on the sidelines with a knee injury"
    end = max([obj.i] + [c.right_edge.i for c in obj.rights if c.dep_ not in _TRAILING])
    if end - prep.i + 1 > _WORDS or any(
        stops(t, _STOPS) for t in doc[prep.i : end + 1]
    ):
        end = obj.i
        if any(stops(t, _STOPS) for t in doc[prep.i : end + 1]):
            return None
    return end


def anchored(root: Token, span: Span, key_of: KeyOf) -> dict[str, Any] | None:
    """ "19 years since their last title", "16 weeks until the poll", "six
    days to recover": the event phrase or "to" clause the span of time itself
    governs, right after the span."""
    doc = root.doc
    for child in root.rights:
        if child.left_edge.i != span.end:
            continue
        if child.dep_ == "prep" and child.lower_ in _ANCHORS:
            end = _phrase_end(child)
            if end is not None:
                return _record(doc[child.i : end + 1], key_of)
        if (
            child.dep_ in ("relcl", "acl")
            and child.pos_ == "VERB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.lefts)
        ):
            last = next(
                (c.i for c in child.rights if c.dep_ == "prt" and c.i == child.i + 1),
                child.i,
            )
            return _record(doc[child.i - 1 : last + 1], key_of)
    return None


def spent_in(root: Token, span: Span, key_of: KeyOf) -> dict[str, Any] | None:
    """ "spent eight months on the sidelines", "served 22 years in the
    Commons": the place phrase right after the span of time a verb of
    spending takes as its object."""
    verb = root.head
    if root.dep_ != "dobj" or verb.lemma_.lower() not in _SPENDING:
        return None
    doc = root.doc
    for child in verb.rights:
        if child.i == span.end and child.dep_ == "prep" and child.lower_ in _PLACES:
            end = _phrase_end(child)
            if end is not None:
                return _record(doc[child.i : end + 1], key_of)
    return None


def lasting(root: Token, key_of: KeyOf) -> dict[str, Any] | None:
    """ "The match lasted almost three hours": the common noun that lasts."""
    verb = root.head
    if (
        root.dep_ not in ("npadvmod", "dobj")
        or verb.lemma_.lower() not in _LASTING
        or verb.pos_ != "VERB"
    ):
        return None
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "xcomp":
        # "the trial is expected to last two months"
        subject = next((c for c in verb.head.lefts if c.dep_ == "nsubjpass"), None)
    elif subject is not None and subject.lower_ in ("which", "that"):
        # "the works, which will last 120 hours"
        subject = verb.head if verb.dep_ == "relcl" else None
    return _noun(subject, key_of)


def _noun(token: Token | None, key_of: KeyOf) -> dict[str, Any] | None:
    """A common noun with the compounds and adjectives right before it."""
    if token is None or token.pos_ != "NOUN" or is_time(token):
        return None
    first = token
    while first.i > 0:
        left = token.doc[first.i - 1]
        if (
            left.dep_ in ("compound", "amod")
            and left.head.i == token.i
            and left.is_alpha
        ):
            first = left
        else:
            break
    return _record(token.doc[first.i : token.i + 1], key_of)


def away(root: Token, span: Span, key_of: KeyOf) -> dict[str, Any] | None:
    """ "200 metres away from schools" -> "away from schools"; "the poll is
    16 weeks away" -> "poll" (the subject of the clause "away" completes)."""
    word = root.head
    if root.dep_ != "npadvmod" or word.lower_ != "away" or word.i != span.end:
        return None
    doc = root.doc
    prep = next(
        (c for c in word.rights if c.dep_ == "prep" and c.lower_ == "from"), None
    )
    if prep is not None:
        end = _phrase_end(prep)
        return _record(doc[word.i : end + 1], key_of) if end is not None else None
    verb = word.head
    if word.dep_ not in ("advmod", "acomp") or verb.lemma_.lower() != "be":
        return None
    return _noun(next((c for c in verb.lefts if c.dep_ == "nsubj"), None), key_of)


def time_measure(root: Token, span: Span, key_of: KeyOf) -> dict[str, Any] | None:
    """What a span of time measures when no noun of its own says it."""
    return (
        anchored(root, span, key_of)
        or spent_in(root, span, key_of)
        or lasting(root, key_of)
        or away(root, span, key_of)
        or been_in(root, key_of)
        or done_within(root, key_of)
    )


def been_in(root: Token, key_of: KeyOf) -> dict[str, Any] | None:
    """ "had been in the band for ten years", "has been on the board for six
    years": the place phrase of "be" a span of "for" lasts in (a common
    noun's place; an organization's is tenure, read by the caller)."""
    prep = root.head
    verb = prep.head
    if (
        root.dep_ != "pobj"
        or prep.lower_ != "for"
        or prep.dep_ != "prep"
        or verb.lemma_.lower() != "be"
    ):
        return None
    place = next(
        (
            c
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in _PLACES and c.i < prep.i
        ),
        None,
    )
    if place is None:
        return None
    obj = next((c for c in place.rights if c.dep_ == "pobj"), None)
    end = _phrase_end(place)
    if obj is None or obj.pos_ != "NOUN" or end is None:
        return None
    return _record(root.doc[place.i : end + 1], key_of)


def done_within(root: Token, key_of: KeyOf) -> dict[str, Any] | None:
    """ "would be reviewed by a judge within seven days": the act a span of
    "within" after its verb is the time allowed for (not a frame set before
    the verb: "within two years, sales had doubled")."""
    # "within" is the figure's own bound word, which the span may hold
    prep = root if root.lower_ == "within" else root.head
    verb = prep.head
    if (
        (root.dep_ != "pobj" and prep is not root)
        or prep.lower_ != "within"
        or prep.dep_ != "prep"
        or verb.pos_ != "VERB"
        or verb.i > prep.i
        or verb.lemma_.lower() in LIGHT_VERBS
    ):
        return None
    return _record(root.doc[verb.i : verb.i + 1], key_of)


def duration_of(root: Token, vague: frozenset[str]) -> Token | None:
    """ "three days of detailed deliberation", "two years of talks": what a
    span of time is spent on (never "three months of the year")."""
    for child in root.rights:
        if child.dep_ != "prep" or child.lower_ != "of":
            continue
        for obj in child.rights:
            if (
                obj.dep_ == "pobj"
                and obj.pos_ == "NOUN"
                and obj.lemma_.lower() not in vague
                and obj.lemma_.lower() != "age"  # "65 years of age"
                and not is_time(obj)
                and not any(c.dep_ in ("det", "poss") for c in obj.children)
            ):
                return obj
    return None


# Words that make a span of time a frame, not a measure: "for the past five
# years", "in the first three days", "three years ago".
_FRAME_WORDS = frozenset(
    {"past", "last", "next", "previous", "first", "coming", "recent", "ago", "the"}
)
# Verbs whose span of time is spent on the act a clause after them names:
# "took three weeks to recover", "spent 11 hours playing".
_SPEND_TIME = frozenset({"take", "spend", "waste"})
_SHORT_TIMES = frozenset({"second", "minute", "hour"})


def duration_act(root: Token, span: Span) -> Token | None:
    """What a span of time measures when a verb says it: the act it is spent
    on ("took three weeks to recover", "spent 11 hours playing"), the verb
    whose "for" it is ("queued for 36 hours", "jailed for 46 months"), the
    object done "in" it ("completed her match in 54 minutes"), or the bare
    place after it ("21 years in prison"). None for a frame ("grown for the
    past five years", "in the last three days", "two years ago")."""
    if framed(root):
        return None
    place = _bare_place(span)
    if place is not None:
        return place
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB":
        verb = head.head
        if verb.lemma_.lower() in LIGHT_VERBS:
            return None
        if head.lower_ == "for":
            return verb
        if head.lower_ == "in" and root.lemma_.lower() in _SHORT_TIMES:
            # "completed the match in 54 minutes"; never "her first title in
            # five years" (a horizon)
            return next(
                (
                    c
                    for c in verb.children
                    if c.dep_ == "dobj"
                    and is_noun(c)
                    and not any(n.dep_ == "nummod" for n in c.children)
                ),
                None,
            )
        return None
    if root.dep_ == "dobj" and head.lemma_.lower() in _SPEND_TIME:
        return next((c for c in head.children if _spent_on(c, root)), None)
    return None


def _spent_on(clause: Token, root: Token) -> bool:
    """ "took four years to write", "spent 11 hours playing": a "to" clause
    or a bare participle after the span; never a clause with a conjunction
    of its own ("spent five weeks at number one before injury ushered") nor
    one set off by a comma."""
    if clause.pos_ != "VERB" or clause.i < root.i:
        return False
    if any(t.is_punct for t in root.doc[root.i : clause.i]):
        return False  # "spent four years there, making 125 appearances"
    if clause.dep_ == "xcomp":
        return True
    return (
        clause.dep_ == "advcl"
        and not any(c.dep_ == "mark" for c in clause.children)
        and (clause.tag_ == "VBG" or any(c.lower_ == "to" for c in clause.lefts))
    )


def framed(root: Token) -> bool:
    """A span of time as a frame: "the past five years", "two years ago"."""
    return any(c.lower_ in _FRAME_WORDS for c in root.children)


def _bare_place(span: Span) -> Token | None:
    """ "up to 21 years in prison", "ten years in office": a noun with no
    article right after "in" right after the span."""
    doc = span.doc
    i = span.end
    if i + 1 >= len(doc) or doc[i].lower_ != "in" or doc[i].dep_ != "prep":
        return None
    obj = doc[i + 1]
    if (
        obj.dep_ == "pobj"
        and obj.head.i == i
        and obj.pos_ == "NOUN"
        and obj.tag_ == "NN"
        and not is_time(obj)
        and not any(c.dep_ in ("det", "poss", "amod", "prep") for c in obj.children)
    ):
        return obj  # not "in front of"
    return None


# Verbs that put a thing off by a span of time, with the particle some need.
_DELAYS = {
    "delay": None,
    "postpone": None,
    "defer": None,
    "extend": None,
    "push": "back",
    "put": "back",
    "set": "back",
}


def delayed(root: Token, key_of: KeyOf) -> dict[str, Any] | None:
    """ "The launch was delayed by three months", "postponed the vote for a
    week", "the trial, delayed by two years": the common noun put off (the
    passive subject, the object, or the noun the participle hangs on); None
    when it is no common noun ("it was delayed by a day")."""
    prep = root.head
    verb = prep.head
    if (
        root.dep_ != "pobj"
        or prep.lower_ not in ("by", "for")
        or verb.pos_ != "VERB"
        or verb.lemma_.lower() not in _DELAYS
    ):
        return None
    particle = _DELAYS[verb.lemma_.lower()]
    if particle and not any(c.lower_ == particle for c in verb.children):
        return None
    thing = next((c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")), None)
    if thing is None and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        # "flights were cancelled or delayed for hours"
        thing = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
    if thing is None and verb.dep_ == "acl":
        thing = verb.head
    return _noun(thing, key_of)


# Verbs whose subject a measure is the capacity, weight or size of.
_HOLDING = frozenset({"hold", "store", "carry", "contain", "weigh", "measure"})


def held(root: Token, key_of: KeyOf) -> dict[str, Any] | None:
    """ "The tank holds 50 litres", "the rover weighs 900kg", "the screen
    measures 6.1 inches", "the player, which can hold 20GB": the common noun
    whose capacity, weight or size the measure is."""
    verb = root.head
    if (
        root.dep_ not in ("dobj", "npadvmod", "attr", "appos")
        or verb.pos_ != "VERB"
        or verb.lemma_.lower() not in _HOLDING
    ):
        return None
    return _noun(thing_subject(verb), key_of)
