"""Nouns a figure measures that the parse hangs elsewhere (used by
:mod:`claimkit.components.concepts`).

- a figure between an article or possessive and a noun is that noun's value
  whatever the parse made of it: "to pay a $1.5m (£0.8m) fine", "the
  government's $280bn claim", "halt a $6.75bn buyout", and so is one after a
  headline's "in": "Air China in $1bn London listing" (:func:`noun_after`);
- a noun right before a word of direction that follows a verb's object:
  "sent its shares up 4%", "drove prices down 2%" (:func:`object_moved`);
- the subject a verb of reporting takes from a clause it reports: "data
  showed consumer spending grew 0.2%" parsed with "spending" as the object of
  "showed" (:func:`reported_subject`);
- the clause subject a participle shares: "auctions were the biggest source,
  comprising 16% of the total" (:func:`participle_subject`);
- the mark a sporting figure sets: "a personal best of 16.5m", "a season's
  best of 2.2m", "a new world record of 4.9m" (:func:`best_of`);
- the verb or noun "to the tune of" a sum hangs on: "to fund the studio to
  the tune of $2m" -> "fund", "losses to the tune of $5m" (:func:`tune_of`).
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable
from typing import Any

from spacy.tokens import Span, Token

from claimkit.components.concept_syntax import (
    CURRENCY_NAMES,
    DIRECTIONS,
    after_brackets,
    is_noun,
    is_time,
)

# What opens a noun phrase whose head the figure measures.
_OPENERS = frozenset({"DT", "PRP$", "POS"})
# Determiners that open no such phrase ("every $10 spent", "no 5% rise").
_NOT_OPENERS = frozenset({"every", "each", "no", "any", "all", "that", "which"})
_RUN_POS = frozenset({"NOUN", "PROPN", "ADJ"})
# Marks a competitor sets, named by the words before them ("personal best").
_MARKS = frozenset({"best", "record"})
_MARK_DEPS = frozenset({"amod", "compound", "poss", "nmod", "npadvmod"})
_NOT_MARK_WORDS = frozenset({"new", "own"})
_MAX_RUN = 4


def noun_after(
    span: Span, vague: frozenset[str], names: Container[int] = ()
) -> Token | None:
    """The noun a figure modifies by position: written after an article or a
    possessive, the figure (with a bracketed conversion) and a run of at most
    four nouns and adjectives ending in a common noun: "a $1.5m (£0.8m) fine",
    "its $4bn takeover bid". Never a vague noun ("the $40 level"), a span of
    time ("a 3% boost last year"), a currency's name, nor a run whose nouns
    an adjective follows; nor a noun that describes a named entity (``names``:
    the tokens of entity mentions), which the figure prices rather than
    measures: "Drogba, Chelsea's £24m striker", "the £12m midfielder Tom
    Reyes"."""
    doc = span.doc
    if span.start == 0:
        return None
    before = doc[span.start - 1]
    opens = before.tag_ in _OPENERS or before.lower_ == "'s"
    if before.lower_ in _NOT_OPENERS or not (opens or _headline_in(span)):
        return None
    run: list[Token] = []
    i = after_brackets(doc, span.end)
    while i < len(doc) and doc[i].pos_ in _RUN_POS and len(run) < _MAX_RUN:
        token = doc[i]
        if token.pos_ == "ADJ" and any(t.pos_ != "ADJ" for t in run):
            break  # "a 3.8% boost last year": the noun phrase has ended
        run.append(token)
        i += 1
    if not run:
        return None
    noun = run[-1]
    if (
        not is_noun(noun)
        or not noun.is_alpha
        or noun.lemma_.lower() in vague
        or noun.lemma_.lower() in CURRENCY_NAMES
        or any(is_time(t) for t in run)
        or (i < len(doc) and doc[i].text == "-" and not doc[i].whitespace_)
        or describes_name(noun, names)
    ):
        return None
    return noun


def describes_name(noun: Token, names: Container[int]) -> bool:
    """The noun stands beside a name as its description: in apposition to it
    or compounded onto it, or with a name in apposition to the noun."""
    if noun.dep_ in ("appos", "compound") and noun.head.i in names:
        return True
    return any(c.dep_ == "appos" and c.i in names for c in noun.children)


def object_moved(word: Token) -> Token | None:
    """ "sent its shares up 4%": the object right before a word of direction
    that hangs on it (``word`` is the word of direction)."""
    noun = word.head
    if (
        word.lower_ in DIRECTIONS
        and word.dep_ == "advmod"
        and is_noun(noun)
        and noun.dep_ == "dobj"
        and word.i == noun.i + 1
    ):
        return noun
    return None


def reported_subject(verb: Token) -> Token | None:
    """ "figures showed consumer spending grew 0.2%": a clause of change
    with no subject, reported by a verb whose object the parse took from it
    (the object is a common noun written right before the clause's verb,
    or before a dash-set aside that ends right before it)."""
    if verb.dep_ != "ccomp" or any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children
    ):
        return None
    obj = next(
        (c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None
    )
    if obj is None or not is_noun(obj) or obj.right_edge.i >= verb.i:
        return None
    between = verb.doc[obj.right_edge.i + 1 : verb.i]
    if any(not t.is_punct for t in between):
        return None
    return obj


def participle_subject(verb: Token) -> Token | None:
    """ "auctions were the biggest source, comprising 16%": the subject of
    the clause a participle with no subject of its own hangs from."""
    if (
        verb.dep_ != "advcl"
        or not (verb.tag_ == "VBG" or verb.lower_.endswith("ing"))
        or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)
    ):
        return None
    return next(
        (
            c
            for c in verb.head.children
            if c.dep_ in ("nsubj", "nsubjpass") and is_noun(c)
        ),
        None,
    )


def best_of(
    root: Token, key_of: Callable[[Iterable[Token]], str | None]
) -> dict[str, Any] | None:
    """ "a personal best of 16.5m", "a season's best of 2.2m", "a new national
    record of 13.2m": the mark with the words that say whose or where it is
    ("new" left out); never a bare "record of" ("a record of issuing")."""
    of = root.head
    if root.dep_ != "pobj" or of.lower_ != "of" or of.head.i >= root.i:
        return None
    mark = of.head
    if mark.lower_ not in _MARKS:
        return None
    named = [
        c
        for c in mark.lefts
        if c.dep_ in _MARK_DEPS and c.lower_ not in _NOT_MARK_WORDS and c.is_alpha
    ]
    if not named:
        return None
    words = mark.doc[named[0].left_edge.i : mark.i + 1]
    if any(t.pos_ == "DET" or t.lower_ in _NOT_MARK_WORDS for t in words):
        words = mark.doc[named[0].i : mark.i + 1]
    return {
        "concept": words.text,
        "concept_start": words.start_char,
        "concept_end": words.end_char,
        # "best" is lemmatized "good": the mark keys as written
        "concept_key": " ".join(
            filter(
                None, [key_of(t for t in words[:-1] if t.pos_ != "PART"), mark.lower_]
            )
        ),
    }


def _headline_in(span: Span) -> bool:
    """ "Air China in $1bn London listing": a headline's "in" before a figure
    and the noun phrase that ends its line."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ != "in":
        return False
    i = after_brackets(doc, span.end)
    while i < len(doc) and doc[i].pos_ in _RUN_POS:
        i += 1
    return i == len(doc) or (doc[i].is_space and "\n" in doc[i].text)


def misread_modifier(token: Token, span: Span) -> bool:
    """ "at a breakneck 9.1%": the figure hangs on a word the tagger made a
    noun, written right before it after "a" (an adjective of the figure's,
    so the figure stands in its place); never a noun after the figure."""
    head = token.head
    return (
        token.dep_ in ("npadvmod", "appos", "dobj")
        and is_noun(head)
        and head.i == span.start - 1
        and head.dep_ == "pobj"
        and not is_time(head)
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.lefts)
        and not any(c.dep_ in ("prep", "compound", "amod") for c in head.children)
    )


def tune_of(span: Span) -> Token | None:
    """ "fund the studio to the tune of $2m": the verb or common noun that
    the "to the tune of" opening the span hangs on, written before it."""
    words = [t.lower_ for t in span[:4]]
    if words != ["to", "the", "tune", "of"]:
        return None
    head = span[0].head
    if head.i >= span.start or not (head.pos_ == "VERB" or is_noun(head)):
        return None
    return head
