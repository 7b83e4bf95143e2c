"""Nominal anaphora: "the company", "the group's", "the bank" -> the organization meant.

A definite organization noun refers to an organization of the article only
when the choice is unambiguous:

- the noun has "the" and no other modifier ("the rival company", "the new
  group" may be another one) and names no one after it ("the company of ...");
- the antecedent is the organization last named as the subject of a main
  clause in this sentence or the two before it, and no other organization is
  named between that mention and the noun;
- a head-noun hint decides first: "the bank" means the one organization named
  in those sentences whose name ends in "Bank" (so "Halden Bank ... Corvel
  Shipping ... the bank" is Halden Bank), and nothing when two such are named.

The nouns are ``claimkit/lexicons/anaphora.json``. Used by ck_claims for
quantity subjects (clause subject, possessor, object of payment verbs) and by
ck_quotes for speakers ("the bank said") where its own rule finds none.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from claimkit.text.lexicon import load_lexicon

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_WINDOW_SENTENCES = 2  # sentences before the noun's own


@functools.lru_cache(maxsize=1)
def anaphora_nouns() -> frozenset[str]:
    """The shipped definite organization nouns."""
    return frozenset(load_lexicon(None, "anaphora.json").get("nouns", []))


class OrgAnaphora:
    """Resolve definite organization nouns of one doc to entity ids."""

    def __init__(
        self,
        doc: Doc,
        index: dict[int, str],
        labels: dict[str, str],
        names: dict[str, str],
        nouns: Iterable[str] | None = None,
    ) -> None:
        self.doc = doc
        self.nouns = anaphora_nouns() if nouns is None else frozenset(nouns)
        self.labels = labels
        self.names = names
        # Organization mentions: (first token, entity id), in text order.
        starts: list[tuple[int, str]] = []
        for i in sorted(index):
            entity = index[i]
            if labels.get(entity) == "ORG" and index.get(i - 1) != entity:
                starts.append((i, entity))
        self.mentions = starts
        self.index = index
        self._sent_starts = [s.start for s in doc.sents]

    @classmethod
    def from_doc(cls, doc: Doc) -> OrgAnaphora:
        """A resolver over ``doc._.ck_entities`` (mentions by token)."""
        index: dict[int, str] = {}
        labels: dict[str, str] = {}
        names: dict[str, str] = {}
        for entity in doc._.ck_entities or []:
            labels[entity["id"]] = entity.get("label", "")
            names[entity["id"]] = entity.get("name", "")
            for mention in entity.get("mentions", []):
                span = doc.char_span(
                    mention["start"], mention["end"], alignment_mode="expand"
                )
                if span is not None:
                    for token in span:
                        index.setdefault(token.i, entity["id"])
        return cls(doc, index, labels, names)

    def resolve(self, noun: Token) -> str | None:
        """The entity ``noun`` ("company" in "the company") refers to, or None."""
        if not self._definite(noun):
            return None
        since = self._window_start(noun.i)
        lo = bisect.bisect_left(self.mentions, (since, ""))
        hi = bisect.bisect_left(self.mentions, (noun.i, ""))
        window = self.mentions[lo:hi]
        if not window:
            return None
        hint = noun.lemma_.lower()
        hinted = {e for _, e in window if self._ends_with(e, hint)}
        if len(hinted) == 1:
            return hinted.pop()
        if hinted:
            return None  # two banks named: "the bank" is either
        for pos in range(len(window) - 1, -1, -1):
            i, entity = window[pos]
            if self._main_subject(i):
                rivals = {e for _, e in window[pos + 1 :]} - {entity}
                # "Acme opened a route and Bolt closed one. The company said":
                # another organization as a main subject of the same sentence.
                sent = self._window_start(i, 0)
                rivals |= {
                    e
                    for j, e in window[:pos]
                    if j >= sent and e != entity and self._main_subject(j)
                }
                return None if rivals else entity
        return None

    def _definite(self, noun: Token) -> bool:
        if noun.pos_ != "NOUN" or noun.lower_ not in self.nouns:
            return False
        dets = [c for c in noun.lefts if c.dep_ == "det"]
        if len(dets) != 1 or dets[0].lower_ != "the":
            return False
        for child in noun.children:
            if child.dep_ in ("amod", "compound", "nmod", "appos", "relcl"):
                return False  # "the rival company", "the company Acme"
            if child.dep_ == "prep" and child.i > noun.i:
                return False  # "the company of ..."
        return True

    def _window_start(self, i: int, before: int = _WINDOW_SENTENCES) -> int:
        """The first token of the sentence ``before`` sentences above token i's."""
        k = bisect.bisect_right(self._sent_starts, i) - 1
        return self._sent_starts[max(0, k - before)]

    def _ends_with(self, entity: str, hint: str) -> bool:
        words = self.names.get(entity, "").lower().split()
        return bool(words) and words[-1].rstrip("s") == hint.rstrip("s")

    def _main_subject(self, i: int) -> bool:
        """The mention starting at token ``i`` is the subject of a main clause."""
        token = self.doc[i]
        entity = self.index[i]
        while token.head.i != token.i and self.index.get(token.head.i) == entity:
            token = token.head  # up to the name's own head word
        if token.dep_ not in _SUBJECT_DEPS:
            return False
        verb = token.head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        return verb.dep_ in ("ROOT", "ccomp") or verb.head.i == verb.i
