"""The words of a concept: its phrase as written and its comparison key.

The base of :class:`claimkit.components.concepts.ConceptReader`: given the
noun a figure measures, the phrase is the noun with the nouns and adjectives
written right before it, and the key the folded lemmas of its content words
(see :mod:`claimkit.components.concepts`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokens import Span, Token

from claimkit.components.concept_frames import of_complement, term_opener
from claimkit.components.concept_syntax import (
    hyphen_at,
    kind_named,
    nominal,
    plural_name,
    plural_of,
    verb_tagged,
)

_CONTENT_POS = frozenset({"NOUN", "PROPN", "ADJ", "VERB"})
_LEFT_DEPS = frozenset({"compound", "amod"})
# What may stand before a vague noun a name makes one thing: "the Dow Jones
# industrial average", "the Nikkei 225 average" (not "the average of 24%").
_NAME_DEPS = _LEFT_DEPS | {"nmod"}
_NAME_POS = ("NOUN", "ADJ", "PROPN")


class ConceptWords:
    """Concept phrases and keys, from the lexicon words the reader sets."""

    vague: frozenset[str]
    period_words: frozenset[str]
    employ_verbs: frozenset[str]
    measure_nouns: frozenset[str]
    synonyms: dict[str, str]

    def key_of(self, words: Iterable[Token]) -> str | None:
        """The folded lemmas of the content words among ``words``."""
        key = " ".join(
            self._lemma(t) for t in words if t.pos_ in _CONTENT_POS and t.is_alpha
        )
        return self.fold(key) if key else None

    def fold(self, key: str) -> str:
        """Fold a concept key's synonymous measure heads to one word: the
        whole key first ("net income"), else word by word."""
        whole = self.synonyms.get(key)
        if whole is not None:
            return whole
        return " ".join(self.synonyms.get(word, word) for word in key.split())

    def _lemma(self, token: Token) -> str:
        """The token's lemma, or the measure noun it is the plural of when the
        model's lemma is another word ("taxes" -> "taxis")."""
        lemma = token.lemma_.lower()
        lower = token.lower_
        if lemma in self.measure_nouns or lower == lemma:
            return lemma
        return plural_of(lower, self.measure_nouns) or lemma

    def _measure_name(self, token: Token) -> str | None:
        """The lemma of a measure noun the model tagged as a name because it
        opens a sentence or headline ("Revenues at Reuters slipped 11%")."""
        if token.pos_ != "PROPN" or not token.is_title:
            return None
        first = next((t for t in token.sent if t.is_alpha), None)
        if first is None or first.i != token.i:
            return None
        lower = token.lower_
        if lower in self.measure_nouns:
            return lower
        return plural_of(lower, self.measure_nouns)  # "Sales", "Taxes"

    def _phrase(
        self,
        noun: Token,
        span: Span | None,
        entity_tokens: set[int] | dict[int, str],
        floor: int | None = None,
    ) -> dict[str, Any] | None:
        """The noun with the nouns and adjectives written right before it
        (outside the figure's ``span``, when given)."""
        if span is not None:
            noun = term_opener(noun, span, entity_tokens) or noun  # "margin of error"
        named = self._measure_name(noun) if noun.i not in entity_tokens else None
        vague = noun.lemma_.lower() in self.vague
        # "the Dow Jones industrial average"; "two Olivier Awards"
        counted = plural_name(noun)
        titled = (vague and _titled(noun)) or counted
        if (
            (not nominal(noun) and not verb_tagged(noun) and not counted and not named)
            or not noun.text[0].isalpha()  # "47% of the £1.34bn": "%"
            or (vague and not titled and not kind_named(noun, self.vague))
        ):
            return None
        first = noun
        # The nouns and adjectives right before it that modify it or one of
        # them: "furniture store sales", "consumer price inflation"; the
        # name that makes a vague noun one thing too ("Dow Jones").
        while first.i > 0:
            left = noun.doc[first.i - 1]
            if (
                left.dep_ in (_NAME_DEPS if titled else _LEFT_DEPS)
                and first.i <= left.head.i <= noun.i
                and left.pos_ in (_NAME_POS if titled else ("NOUN", "ADJ"))
                and left.is_alpha  # not "m." of a sentence split after "£75m."
                and (titled or left.i not in entity_tokens)
                and not (titled and _after_hyphen(left))  # "225-share"
                and not (span is not None and span.start <= left.i < span.end)
                and not (floor is not None and left.idx < floor)
            ):
                first = left
            else:
                break
        doc = noun.doc
        last = noun.i
        # A hyphenated word is one word: "e-mail", "pay-off", "start-up".
        while last + 2 < len(doc) and hyphen_at(doc, last + 1):
            last += 2
        if span is not None and last == noun.i:
            last = of_complement(noun, entity_tokens)  # "margin of error"
        while first.i >= 2 and hyphen_at(doc, first.i - 1):
            if span is not None and span.start <= first.i - 2 < span.end:
                break
            first = doc[first.i - 2]
        words = doc[first.i : last + 1]
        key = " ".join(
            (named if t.i == noun.i and named else self._lemma(t))
            for t in words
            if t.pos_ in _CONTENT_POS
            and not t.is_punct
            and t.text[0].isalnum()
            and (t.i == noun.i or t.lower_ not in self.period_words)
        )
        if noun.lemma_.lower() in ("people", "person") and (
            noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.employ_verbs
        ):
            key = "employee"  # "employs 9,500 people"
        return {
            "concept": words.text,
            "concept_start": words.start_char,
            "concept_end": words.end_char,
            "concept_key": self.fold(key) if key else None,
        }


def _titled(noun: Token) -> bool:
    """A vague noun a proper name right before it makes one thing: "the Dow
    Jones industrial average" (not "the UK average" of a place, nor "the
    average of 24%")."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ in _NAME_DEPS
        and c.pos_ == "PROPN"
        and c.ent_type_ not in ("GPE", "LOC", "NORP", "DATE")
        for c in noun.lefts
    )


def _after_hyphen(token: Token) -> bool:
    """The word is the end of a hyphenated one: "share" of "225-share"."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is not None and before.text in ("-", "‐") and not before.whitespace_
