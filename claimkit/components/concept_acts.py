"""Concepts a verb gives a figure (used by :mod:`claimkit.components.concepts`).

- a count with the clause that says what it counts: "21 films competing for
  the top prize" (:func:`with_clause`); a predicate said of the counted noun
  is none ("hundreds of fans queued" counts "fans");
- a span of time the act it measures: "queued for 36 hours" -> "queued",
  "spent 11 hours playing his game" -> "playing his game" (:func:`verb_phrase`);
- a share that is its clause's subject the predicate it counts: "59% wanted
  more technology", "the remaining 33% said they could not live without it"
  (:func:`predicate`), never the base ("18% of men");
- a sum "take" governs is takings only when it is taken in (:func:`takings`).

Each concept is text as written, with its key: the lemmas of its content words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from spacy.tokens import Doc, Span, Token

from claimkit.components.concept_syntax import (
    counted_clause,
    hyphen_at,
    is_time,
    stops,
)
from claimkit.components.losses import reported_loss

KeyOf = Callable[[Iterable[Token]], "str | None"]

_PREDICATE_WORDS = 8  # a longer predicate is cut before the part that overflows
_PREDICATE_DEPS = frozenset(
    {"dobj", "acomp", "attr", "prep", "xcomp", "ccomp", "oprd", "prt", "neg", "dative"}
)
_LIGHT = frozenset({"be", "have", "do"})
_STOPS = frozenset({",", ";", ":", "(", ")", '"', "-", "–", "?", "!"})


def takings(verb: Token, root: Token) -> bool:
    """A sum "take" governs is takings only when it is taken in: "the film
    took $22m", never "it took $5bn to build" (a cost) nor "took a $5m
    charge" (the sum modifies the object); a price a verb of sale names only
    when what is sold is said ("bought it for £4bn" is no concept). True for
    every other verb."""
    if verb.lemma_.lower() in ("sell", "buy"):
        # "sold the Dutchman for £16.5m"; "bought it for £4bn" says not what
        return not any(c.dep_ == "dobj" and c.pos_ == "PRON" for c in verb.children)
    if verb.lemma_.lower() == "lose":
        return reported_loss(
            verb, root
        )  # "lost a net $5.9bn", not "Nvidia lost $600bn"
    if verb.lemma_.lower() != "take":
        return True
    if root.dep_ not in ("dobj", "npadvmod"):
        return False
    return not any(
        (c.dep_ in ("nsubj", "expl") and c.lower_ == "it")
        or (
            c.dep_ in ("xcomp", "advcl", "ccomp")
            and c.i > root.i
            and not _aside(c)  # "took $22m, making a total of $90m"
        )
        for c in verb.children
    )


def _aside(clause: Token) -> bool:
    """A clause that says no purpose of the sum: a participle set off by a
    comma ("took $22m, making it the top film") or one a conjunction opens
    ("took $30m while X topped the chart"); never "took $5bn to build"."""
    before = clause.doc[clause.i - 1]
    participle = clause.tag_ == "VBG" or clause.lower_.endswith("ing")
    return (participle and before.text in (",", ")")) or any(
        c.dep_ == "mark" and c.lower_ != "to" for c in clause.children
    )


def record(words: Span, key: str | None) -> dict[str, Any]:
    return {
        "concept": words.text,
        "concept_start": words.start_char,
        "concept_end": words.end_char,
        "concept_key": key or None,
    }


def with_clause(noun: Token, phrase: dict[str, Any], key_of: KeyOf) -> dict[str, Any]:
    """A count's concept with the participle or relative clause that says
    what is counted; its key adds the clause's content words ("film compete
    prize"): "films competing for the prize" are fewer than "films"."""
    doc = noun.doc
    words = doc.char_span(phrase["concept_start"], phrase["concept_end"])
    if words is None:
        return phrase
    end = counted_clause(noun, words.end - 1)
    if end is None:
        return phrase
    added = key_of(t for t in doc[words.end : end + 1] if t.lemma_.lower() != "be")
    key = " ".join(filter(None, [phrase["concept_key"], added]))
    return record(doc[words.start : end + 1], key)


def verb_phrase(
    verb: Token, span: Span, entity_tokens: set[int] | dict[int, str], key_of: KeyOf
) -> dict[str, Any]:
    """A verb as a span of time's concept, with its particle and the object
    or complement written right after it: "queued", "set up", "playing his
    game", "go a bit crazy"."""
    doc = verb.doc
    last = next(
        (c.i for c in verb.rights if c.dep_ == "prt" and c.i == verb.i + 1),
        verb.i,
    )
    obj = next((c for c in verb.rights if c.dep_ in ("dobj", "acomp")), None)
    if (
        obj is not None
        and obj.i - verb.i <= 3
        and not span.start <= obj.i < span.end
        and obj.i not in entity_tokens
        and all(not t.like_num for t in doc[verb.i : obj.i + 1])
    ):
        last = obj.i
    words = doc[verb.i : last + 1]
    return record(words, key_of(words))


def share_verb(span: Span, value_verbs: frozenset[str]) -> Token | None:
    """The verb a share is the subject of, when it is no verb of change or
    level ("59% wanted", "62% were unaware"; not "5% rose")."""
    root = span.root
    if root.dep_ == "appos" and root.head.dep_ in ("nsubj", "nsubjpass"):
        root = root.head  # "those questioned, 68%, said"
    verb = root.head
    if (
        root.dep_ not in ("nsubj", "nsubjpass")
        or verb.pos_ not in ("VERB", "AUX")
        or verb.i < span.end
        or (verb.lemma_.lower() in value_verbs and verb.lemma_.lower() != "be")
    ):
        return None
    return verb


def predicate(span: Span, verb: Token, key_of: KeyOf) -> dict[str, Any] | None:
    """ "59% wanted more technology", "A small number, 17%, said they would not
    miss it": a share that is the subject of ``verb`` (:func:`share_verb`)
    measures what the verb says of it, up to about eight words; None when
    the verb says nothing alone ("33% were", "18% of men earn [less than
    £20,000]": the base "men" is not what is measured either) or only a
    pronoun ("11% regarded themselves [as savvy enough to send a video]")."""
    doc = span.doc
    start = verb.i
    for child in sorted(verb.lefts, key=lambda c: -c.i):
        if child.dep_ in ("aux", "auxpass", "neg") and child.i == start - 1:
            start = child.i  # "have bought", "were not"
    end = verb.i
    complements = sorted(
        c
        for c in verb.rights
        if c.dep_ in _PREDICATE_DEPS
        and not (c.dep_ == "prep" and any(_when(o) for o in c.children))
    )
    for child in complements:
        stop = child.right_edge.i
        if _words(doc[start : stop + 1]) > _PREDICATE_WORDS or any(
            stops(t, _STOPS) for t in doc[end + 1 : stop + 1]
        ):
            # "were unaware that ...": the complement's head alone, if whole
            head = child.i
            if child.dep_ in ("acomp", "attr") and not any(
                stops(t, _STOPS) for t in doc[end + 1 : head + 1]
            ):
                end = head
            break
        end = stop
    if end == verb.i and (verb.lemma_.lower() in _LIGHT or complements):
        return None  # "18% of men earn [less than £20,000]": cut, says nothing
    after = doc[verb.i + 1 : end + 1]
    if len(after) and all(t.pos_ in ("PRON", "PART") for t in after):
        return None  # "11% regarded themselves [as savvy enough to ...]"
    words = doc[start : end + 1]
    key = key_of(t for t in words if t.lemma_.lower() not in _LIGHT)
    return record(words, key)


def _words(span: Span) -> int:
    """The words of a span: a hyphenated word is one ("web-based")."""
    doc = span.doc

    def glued(i: int) -> bool:
        return 0 < i < len(doc) - 1 and hyphen_at(doc, i)

    return sum(1 for t in span if not glued(t.i) and not glued(t.i - 1))


def joined(base: dict[str, Any], said: dict[str, Any], doc: Doc) -> dict[str, Any]:
    """ "40% of the subscribers left": the base and its predicate as one
    concept when only auxiliaries and adverbs part them, else the predicate."""
    between = doc.char_span(base["concept_end"], said["concept_start"], "expand")
    if base["concept_end"] > said["concept_start"] or (
        between is not None
        and any(t.pos_ not in ("AUX", "PART", "ADV") for t in between)
    ):
        return said
    words = doc.char_span(base["concept_start"], said["concept_end"])
    if words is None:
        return said
    key = " ".join(filter(None, [base["concept_key"], said["concept_key"]]))
    return record(words, key)


def _when(token: Token) -> bool:
    """A phrase of time, not a figure: "in March", "in 2004", "last year"."""
    if token.like_num:
        return len(token.text) == 4 and token.text.startswith(("19", "20"))
    return is_time(token)


_SPENDING = frozenset({"spend", "invest"})


def spending(
    root: Token, span: Span, entity_tokens: set[int] | dict[int, str], key_of: KeyOf
) -> dict[str, Any] | None:
    """A sum a verb of spending takes with nothing it is spent "on": the
    participle right after that says what it does ("spending $100m over three
    years beefing up its network" -> "beefing up its network"), else the verb
    itself ("is spending $100m" -> "spending"). Never a clause with a
    conjunction of its own nor one set off by a comma."""
    verb = root.head
    if root.dep_ not in ("dobj", "npadvmod") or verb.lemma_.lower() not in _SPENDING:
        return None
    doc = root.doc
    for clause in verb.rights:
        if (
            clause.dep_ == "advcl"
            and (clause.tag_ == "VBG" or clause.lower_.endswith("ing"))
            and clause.i >= span.end
            and not any(c.dep_ == "mark" for c in clause.children)
            and not any(t.is_punct for t in doc[span.end : clause.i])
        ):
            return verb_phrase(clause, span, entity_tokens, key_of)
    if any(c.dep_ in ("xcomp", "ccomp", "advcl") and c.i > root.i for c in verb.rights):
        return None  # "spent $5m to build ...": said elsewhere, left to others
    return record(doc[verb.i : verb.i + 1], key_of([verb]))


def paid_act(
    span: Span, root: Token, verb_concepts: dict[str, str]
) -> dict[str, Any] | None:
    """ "pay $40m to settle claims" -> settle; "was fined $5m" -> fined."""
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ in ("for", "at") and verb.dep_ == "prep":
        if verb.head.i > verb.i:
            return None  # "For every $10,000 you borrow, you repay ...": a frame
        verb = verb.head  # "settled for £65,000", "priced at £229"
    elif root.dep_ not in ("dobj", "npadvmod", "attr"):
        return None
    if verb.pos_ != "VERB" or not takings(verb, root):
        return None
    # "pay $40m to settle claims": the act the sum pays for comes first.
    acts = [
        c for c in verb.rights if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"
    ] + [verb]
    for act in acts:
        key = verb_concepts.get(act.lemma_.lower()) or verb_concepts.get(
            act.lower_
        )  # the small model lemmatizes "fined" as "fin"
        if key is None or span.start <= act.i < span.end:
            continue
        if act is not verb and not any(c.lower_ == "to" for c in act.lefts):
            continue  # "to settle", not "after settling"
        return {
            "concept": act.text,
            "concept_start": act.idx,
            "concept_end": act.idx + len(act.text),
            "concept_key": key,
        }
    return None
