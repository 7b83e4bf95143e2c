"""Whose a figure is by who does it, and when a clause subject is not its owner
(used by :func:`claimkit.components.subjects.find_subject`):

- the agent of a passive or a participle on the figure: "the $310m
  announced by rival Norvex", "a $5bn offer made by Calder Mining",
  "3,000 jobs will be cut by Halvern Steel" -> Norvex, Calder Mining,
  Halvern Steel (:func:`agent_owner`); not an agent that reports, judges,
  imposes or grants it ("a 2% rise forecast by the IMF", "the $8bn bid
  rejected by MCI", "a $9m fine imposed by the FSA": ``foreign_agent_verbs``
  and the source and payment verbs);
- an organization named on the counted noun of an act an organization does
  ("will create 2,500 new Brightair jobs", "500 Halvern jobs will go" ->
  Brightair, Halvern: :func:`compound_owner`); only for the acts of
  ``agentless_acts``, so "the contract covers six Airbus aircraft" is not
  Airbus's (a maker's name on its product is not its owner);
- the organization an "at" phrase names for counted people or jobs: "2,000
  jobs at Rover's plant", "up to 2,500 jobs are to go at Marsh" (on the
  verb only for the acts of ``workplace_acts``: :func:`at_owner`);
- a speaker written after "said" is no clause subject of the figure's, when
  a missed sentence break hangs the next clause on him (:func:`postposed_speaker`);
- a possessive pronoun on a clause subject owns that noun, not a figure in
  the phrase of another noun its verb governs: "Her warnings led to the
  exposure of an $11bn fraud" is not hers (:func:`pronoun_aside`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimkit.components.concept_nouns import object_moved

_PARTICIPLE_DEPS = frozenset({"acl", "relcl"})
_HOPS = 6


def agent_owner(
    anchor: Token,
    span: Span,
    index: dict[int, str],
    excluded: frozenset[str],
) -> str | None:
    """The entity named by the "by" agent of the passive verb or participle
    whose subject or noun the figure is, unless the verb's lemma is in
    ``excluded``; never for an age ("The three-year-old, ridden by Jo Bell",
    is the horse's)."""
    if span.text.endswith("-old"):
        return None
    noun = _figure_noun(anchor, span)
    verbs = [c for c in noun.children if c.dep_ in _PARTICIPLE_DEPS and c.tag_ == "VBN"]
    if noun.dep_ == "nsubjpass":
        verbs.append(noun.head)
    for verb in verbs:
        if verb.lemma_.lower() in excluded or verb.lower_ in excluded:
            continue
        for agent in verb.children:
            if agent.dep_ != "agent":
                continue
            objects = [c for c in agent.children if c.dep_ == "pobj"]
            if len(objects) == 1:
                return _named(objects[0], index)
    return None


def compound_owner(
    anchor: Token, span: Span, index: dict[int, str], acts: frozenset[str]
) -> str | None:
    """The organization a name right on the counted noun gives, when the noun
    is what an act of ``acts`` does: "create 2,500 new Brightair jobs"."""
    noun = _figure_noun(anchor, span)
    if noun.dep_ not in ("dobj", "nsubjpass") or noun.head.lemma_.lower() not in acts:
        return None
    names = {
        index[c.i]
        for c in noun.children
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i in index
    }
    return names.pop() if len(names) == 1 else None


def moved_owner(
    anchor: Token,
    index: dict[int, str],
    labels: dict[str, str],
    own_measures: frozenset[str],
) -> str | None:
    """The organization named on an own measure a verb moves by the figure:
    "the ruling sent Kelso shares up 6%", "pushed Brandt profits down 3%" (one
    organization's name right on a noun of ``own_measures``)."""
    if anchor.dep_ != "npadvmod":
        return None
    noun = object_moved(anchor.head)
    if noun is None or not {noun.lower_, noun.lemma_.lower()} & own_measures:
        return None
    names = {
        index[c.i]
        for c in noun.lefts
        if c.dep_ in ("compound", "amod", "nmod") and c.i in index
    }
    if len(names) != 1:
        return None
    name = names.pop()
    return name if labels.get(name) == "ORG" else None


def at_owner(
    anchor: Token,
    span: Span,
    index: dict[int, str],
    labels: dict[str, str],
    acts: frozenset[str],
) -> str | None:
    """The organization an "at" phrase names, or owns, for a counted noun:
    "2,000 jobs at Rover's plant", "Up to 2,500 jobs are to go at Marsh"
    (on the verb, for the counted subject of an act in ``acts``)."""
    noun = _figure_noun(anchor, span)
    if noun.pos_ != "NOUN":
        return None
    hosts = [noun]
    if noun.dep_ in ("nsubj", "nsubjpass"):
        verb = noun.head
        hosts += [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
        hosts = [noun] + [v for v in hosts[1:] if v.lemma_.lower() in acts]
    for host in hosts:
        for prep in host.rights:
            if prep.dep_ != "prep" or prep.lower_ != "at":
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                owners = [obj, *(c for c in obj.children if c.dep_ == "poss")]
                for owner in owners:
                    entity = index.get(owner.i)
                    if entity is not None and labels.get(entity) == "ORG":
                        return entity
    return None


def pronoun_aside(
    subject: Token,
    entity: str,
    anchor: Token,
    clause: Token,
    index: dict[int, str],
    levels: frozenset[str],
) -> bool:
    """``entity`` is found in the clause subject only as its possessive
    pronoun ("Her warnings"), and the figure sits in the phrase of another
    noun of a verb that is not one of level or change (``levels``): "Her
    warnings led to the exposure of an $11bn fraud", not "Her pay rose to
    $1m", "his record read 13 wins in 49 games" nor "her husband left her
    with three children"."""
    named = [t for t in subject.subtree if index.get(t.i) == entity]
    if not named or any(t.tag_ != "PRP$" for t in named):
        return False
    if clause.lemma_.lower() in levels:
        return False
    token = anchor
    for _ in range(_HOPS):
        if token.i == clause.i or token.head.i == token.i:
            return False
        if token.dep_ == "pobj" and token.head.head.pos_ in ("NOUN", "PROPN"):
            return True
        token = token.head
    return False


def postposed_speaker(subject: Token, speech: frozenset[str]) -> bool:
    """The subject is a speaker written after the verb that reports, which a
    missed sentence break hung on the next clause: '"..." said Jo Bell,
    director at Acme [no stop] Canada's bond fell C$0.45'. The reporting
    verb has no subject of its own and follows a comma or quotation mark (not
    "Acme said Bolt's shares fell 5%")."""
    first = subject.left_edge
    if first.i < 2:
        return False
    verb = subject.doc[first.i - 1]
    return (
        verb.lemma_.lower() in speech
        and verb in subject.ancestors
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and (verb.nbor(-1).is_punct or verb.nbor(-1).is_quote)
    )


def _figure_noun(anchor: Token, span: Span) -> Token:
    """The noun the figure is or modifies: "$310m", "$5bn offer", "3,000 jobs"."""
    head = anchor.head
    if anchor.dep_ in ("compound", "nmod", "nummod", "amod") and head.i >= span.end:
        return head
    return anchor


def _named(token: Token, index: dict[int, str]) -> str | None:
    """The one entity a name phrase is: "rival Norvex", "Halvern Steel"; not
    "Acme and Bolt"."""
    if any(c.dep_ == "conj" for c in token.children):
        return None
    return index.get(token.i)
