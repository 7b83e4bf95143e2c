"""Nominal anaphora: "the company", "the group's", "the bank" -> the organization meant.

A definite organization noun refers to an organization of the article only
when the choice is unambiguous:

- the noun has "the" and no other modifier ("the rival company", "the new
  group" may be another one) and names no one after it ("the company of ...");
- the antecedent is the organization last named as the subject of a main
  clause in this sentence or the two before it, and no other organization is
  named between that mention and the noun (a name that only modifies a
  common noun outside a main subject is none: "sent Fiat shares down",
  "forecast by Deutsche Bank analysts");
- a head-noun hint decides first: "the bank" means the one organization named
  in those sentences whose name ends in "Bank" (so "Halden Bank ... Corvel
  Shipping ... the bank" is Halden Bank), and nothing when two such are named.

A description that only places or ranks the organization ("the German group",
"the US giant", "France's biggest carmaker") is definite too: a nationality or
place, a superlative, or a place's possessive add nothing that could point
elsewhere; so is one an indefinite apposition describes ("the firm, a market
leader in broadband,"). "The rival group", "the new company" still do.

"It" and "its" (:meth:`OrgAnaphora.resolve_pronoun`) follow the same rule with
a shorter reach (this sentence and the one before) and one more: no thing "it"
could as well be (a plan, a deal, a tax) stands between the organization and
the pronoun as a subject or object.

The nouns are ``claimkit/lexicons/anaphora.json``. Used by ck_claims for
quantity subjects (clause subject, possessor, object of payment verbs) and by
ck_quotes for speakers ("the bank said") where its own rule finds none.
"""

from __future__ import annotations

import bisect
import functools
from collections import Counter
from collections.abc import Iterable

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from claimkit.text.lexicon import load_lexicon

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_WINDOW_SENTENCES = 2  # sentences before the noun's own
_PRONOUN_SENTENCES = 1  # sentences before the pronoun's own
_TOPIC_MENTIONS = 3  # mentions that make an organization the article's topic
# How a name stands inside a subject phrase: "Acme's", "at Acme", ", Acme,".
_SPEECH_LEMMAS = frozenset({"say", "tell", "add", "warn", "note", "comment", "predict"})
_IN_SUBJECT_DEPS = frozenset({"poss", "pobj", "prep", "appos", "compound"})
# Entity types of modifiers that place an organization ("the German group").
_PLACE_TYPES = frozenset({"NORP", "GPE", "LOC"})
# Dependents of a noun "it" might stand for instead of the organization.
_THING_DEPS = frozenset({"nsubj", "nsubjpass", "attr"})
# In the pronoun's own sentence an object may be it too: "delist a firm if its
# debt exceeds ...".
_THING_DEPS_HERE = _THING_DEPS | {"dobj"}
# Words before a trade noun that make the organization another one: "the new
# media group", "the former state airline".
_NOT_TRADE = frozenset({"new", "other", "former", "old", "same", "second", "third"})


@functools.lru_cache(maxsize=1)
def anaphora_nouns() -> frozenset[str]:
    """The shipped definite organization nouns."""
    return frozenset(load_lexicon(None, "anaphora.json").get("nouns", []))


@functools.lru_cache(maxsize=4)
def _lower_ids(nouns: frozenset[str]) -> frozenset[int]:
    """Hashes of "it", "its" and ``nouns``, as ``Token.lower`` holds them."""
    return frozenset(get_string_id(w) for w in ("it", "its", *nouns))


@functools.lru_cache(maxsize=1)
def not_antecedents() -> frozenset[str]:
    """Nouns "it" does not stand for in practice: what an organization reports
    of itself ("reported a rise. Its shares ...")."""
    return frozenset(load_lexicon(None, "anaphora.json").get("not_antecedents", []))


@functools.lru_cache(maxsize=1)
def relational_modifiers() -> frozenset[str]:
    """Nouns that make a description point to another organization ("the
    parent company", "the rival group")."""
    return frozenset(
        load_lexicon(None, "anaphora.json").get("relational_modifiers", [])
    )


@functools.lru_cache(maxsize=1)
def agent_verbs() -> frozenset[str]:
    """Verbs whose subject "it" is an organization, never a thing ("it
    reported a rise", "it agreed to pay")."""
    return frozenset(load_lexicon(None, "anaphora.json").get("agent_verbs", []))


def _agent(pronoun: Token) -> bool:
    """ "it" as the subject of a verb only an organization does."""
    return (
        pronoun.lower_ == "it"
        and pronoun.dep_ == "nsubj"
        and pronoun.head.lemma_.lower() in agent_verbs()
    )


@functools.lru_cache(maxsize=1)
def thing_verbs() -> frozenset[str]:
    """Verbs whose subject "it" is a thing, not an organization ("it will cost")."""
    return frozenset(load_lexicon(None, "anaphora.json").get("thing_verbs", []))


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
        described = self._described_organizations(doc, index)
        for i in sorted(index):
            entity = index[i]
            if doc[i].ent_type_ in ("GPE", "LOC") and entity not in described:
                continue  # a place the base model sees ("Jacksonville"), typed ORG
            if labels.get(entity) == "ORG" and index.get(i - 1) != entity:
                starts.append((i, entity))
        self.mentions = starts
        self.index = index
        self._sent_starts = [s.start for s in doc.sents]
        # Anaphors that are main subjects and resolved, as mentions of their
        # organization: "Acme ... It said ... The firm has debts ... its".
        self._virtual: set[int] = set()
        # Bare measures resolved as main subjects ("Net profit rose 4%"), in
        # text order, with their organization: the next sentence's bare
        # measure may be the same one's ("Sales were $2bn").
        self._measures: list[tuple[int, str]] = []
        self._chained = False
        self._topic_cache: str | None = None

    def _described_organizations(self, doc: Doc, index: dict[int, str]) -> set[str]:
        """Entities the text calls an organization in apposition ("Titan, a
        California-based company,", "the firm, Titan,"), whatever type the
        base model gave the name."""
        found: set[str] = set()
        for i, entity in index.items():
            token = doc[i]
            nouns = [c for c in token.children if c.dep_ == "appos"]
            if token.dep_ == "appos":
                nouns.append(token.head)
            if any(n.lower_ in self.nouns and n.i not in index for n in nouns):
                found.add(entity)
        return found

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
                    for i in range(span.start, span.end):
                        index.setdefault(i, entity["id"])
        return cls(doc, index, labels, names)

    def _chain(self) -> None:
        """Add each anaphor that is a main subject ("It said", "The firm has",
        "its shares fell") and resolves, in text order, as a mention of its
        organization, so a later one can refer through it."""
        if self._chained:
            return
        self._chained = True
        doc = self.doc
        # Only tokens spelled as an anaphor can be one: find them by the
        # hash of their lower-case form, without making every Token.
        wanted = _lower_ids(self.nouns)
        for i, lower in enumerate(doc.to_array(LOWER).tolist()):
            if lower not in wanted:
                continue
            token = doc[i]
            if token.lower_ in ("it", "its"):
                resolved = self._pronoun(token)
            elif token.lower_ in self.nouns:
                resolved = self._noun(token)
            else:
                continue
            if resolved is not None and self._main_subject_token(token):
                bisect.insort(self.mentions, (token.i, resolved))
                self._virtual.add(token.i)

    def resolve(self, noun: Token) -> str | None:
        """The entity ``noun`` ("company" in "the company") refers to, or None."""
        self._chain()
        return self._noun(noun)

    def _noun(self, noun: Token) -> str | None:
        if not self._definite(noun):
            return None
        since = self._window_start(noun.i)
        lo = bisect.bisect_left(self.mentions, (since, ""))
        hi = bisect.bisect_left(self.mentions, (noun.i, ""))
        window = self.mentions[lo:hi]
        if not window:
            return self._only_organization(noun)
        hint = noun.lemma_.lower()
        hinted = {e for _, e in window if self._ends_with(e, hint)}
        if len(hinted) == 1:
            return hinted.pop()
        if hinted:
            return None  # two banks named: "the bank" is either
        return self._antecedent(window, self._window_start(noun.i, 0))

    def resolve_pronoun(self, pronoun: Token) -> str | None:
        """The organization "it" or "its" refers to, or None.

        The organization last named as a main subject of this sentence or the
        one before, with no other organization named since and no thing "it"
        could as well be ("Acme unveiled a plan. It will cost ...") between.
        """
        self._chain()
        return self._pronoun(pronoun)

    def _pronoun(self, pronoun: Token) -> str | None:
        if pronoun.lower_ not in ("it", "its") or self._expletive(pronoun):
            return None
        found = self._recent(pronoun, _relative_head(pronoun))
        if found is None:
            return None
        if self._thing_between(found[0], pronoun.i) and not _agent(pronoun):
            return None
        return found[1]

    def salient(self, token: Token) -> str | None:
        """The organization a bare measure in a main clause belongs to ("Acme
        reported results. Net profit rose 4%"): as for "its", without the
        check for things between (a plan has no profit)."""
        self._chain()
        found = self._recent(token, strict=False)
        if found is not None:
            return found[1]
        return self._measure_before(token) or self._topic_here(token)

    def measured(self, token: Token, entity: str) -> None:
        """Note that the bare measure ``token``, a main subject, is ``entity``'s."""
        if (token.i, entity) not in self._measures:
            bisect.insort(self._measures, (token.i, entity))

    def _measure_before(self, token: Token) -> str | None:
        """The organization of the last bare measure noted in ``token``'s
        sentence or the one before, when no organization is named since:
        "Acme reported results. Net profit rose 4%. Total sales were $2bn"."""
        since = self._window_start(token.i, _PRONOUN_SENTENCES)
        lo = bisect.bisect_left(self._measures, (since, ""))
        hi = bisect.bisect_left(self._measures, (token.i, ""))
        if lo == hi:
            return None
        start, entity = self._measures[hi - 1]
        first = bisect.bisect_right(self.mentions, (start, "\uffff"))
        last = bisect.bisect_left(self.mentions, (token.i, ""))
        if any(e != entity for _, e in self.mentions[first:last]):
            return None
        return entity

    def acting_topic(self, token: Token) -> str | None:
        """The organization an act written with no agent is done by ("About
        9,000 jobs will be cut"; ``token`` is its figure's noun): the one named
        as the main subject of the sentence, or of the one before when the
        figure or a thing is the sentence's own main subject ("Acme said it
        would close two plants. About 9,000 jobs will be cut", "Acme cut
        output. The measure comes on top of plans in which 14 plants close");
        only when it is the organization the article names most often ("It"
        and "the firm" as main subjects count)."""
        self._chain()
        k = bisect.bisect_right(self._sent_starts, token.i) - 1
        sents = [self.doc[self._sent_starts[j]].sent for j in (k, k - 1) if j >= 0]
        entity = None
        for sent in sents:
            subject = next(
                (c for c in sent.root.children if c.dep_ in _SUBJECT_DEPS), None
            )
            if subject is None or subject.i == token.i:
                continue
            entity = self.index.get(subject.i) or self._virtual_at(subject.i)
            if entity is not None or not self._thing(subject):
                break
        if entity is None:
            return None
        counts = Counter(e for _, e in self.mentions).most_common(2)
        if len(counts) == 2 and counts[1][1] >= counts[0][1]:
            return None
        return entity if entity == counts[0][0] else None

    def _thing(self, subject: Token) -> bool:
        """A common noun that is no organization and names no one ("The
        measure"), never "the union", "it", "they" or a name."""
        return (
            subject.pos_ == "NOUN"
            and not subject.ent_type_
            and subject.lemma_.lower() not in self.nouns
            and subject.lower_ not in self.nouns
        )

    def _only_organization(self, noun: Token) -> str | None:
        """The article's one organization, for "the firm" as a main subject
        named nowhere near ("The firm reported orders of $4.9bn"), when it
        names no other organization at all, before or after."""
        named = {e for i, e in self.mentions if i not in self._virtual}
        if len(named) != 1 or not self._main_subject_token(noun, owner=False):
            return None
        entity = named.pop()
        first = min(i for i, e in self.mentions if e == entity)
        return entity if first < noun.i else None

    def _virtual_at(self, i: int) -> str | None:
        """The organization a resolved main-subject anaphor at token i is."""
        if i not in self._virtual:
            return None
        return next((e for j, e in self.mentions if j == i), None)

    def _topic_here(self, token: Token) -> str | None:
        """The organization the article is about, when it is the only one
        named in ``token``'s sentence and the one before, though not as a main
        subject ("Bad weather hit sales at Acme. Revenue dipped 1.4%")."""
        since = self._window_start(token.i, _PRONOUN_SENTENCES)
        k = bisect.bisect_right(self._sent_starts, token.i)
        end = self._sent_starts[k] if k < len(self._sent_starts) else len(self.doc)
        lo = bisect.bisect_left(self.mentions, (since, ""))
        hi = bisect.bisect_left(self.mentions, (end, ""))
        named = {e for _, e in self.mentions[lo:hi]}
        if len(named) != 1:
            return None
        entity = named.pop()
        return entity if entity == self._topic() else None

    def _topic(self) -> str | None:
        """The organization named most often in the article, at least three
        times and twice as often as any other."""
        if self._topic_cache is None:
            counts = Counter(
                e for i, e in self.mentions if i not in self._virtual
            ).most_common(2)
            dominant = bool(counts) and counts[0][1] >= _TOPIC_MENTIONS
            if dominant and len(counts) == 2:
                dominant = counts[0][1] >= 2 * counts[1][1]
            self._topic_cache = counts[0][0] if dominant else ""
        return self._topic_cache or None

    def _recent(
        self, token: Token, skip: range = range(0), strict: bool = True
    ) -> tuple[int, str] | None:
        """The organization last named as a main subject of ``token``'s
        sentence or the one before, and where it was last named; mentions in
        ``skip`` are left out."""
        since = self._window_start(token.i, _PRONOUN_SENTENCES)
        lo = bisect.bisect_left(self.mentions, (since, ""))
        hi = bisect.bisect_left(self.mentions, (token.i, ""))
        window = [m for m in self.mentions[lo:hi] if m[0] not in skip]
        entity = self._antecedent(window, self._window_start(token.i, 0), strict)
        if entity is None:
            return None
        return max(i for i, e in window if e == entity), entity

    def _antecedent(
        self, window: list[tuple[int, str]], here: int, strict: bool = True
    ) -> str | None:
        """The organization last named as a main subject in ``window``, when
        no other organization is named after it or beside it as a subject.

        Before the sentence starting at token ``here``, the owner of a main
        subject counts too ("Acme's sales rose. The group said ..."); in it,
        not ("Acme's sales helped the group": perhaps another), nor when another
        organization was named as a subject before it. Without ``strict`` (a
        bare measure: "Acme grew thanks to clients like Bolt. Profit rose 4%")
        only an organization named as or in a main subject after it is a rival."""
        for pos in range(len(window) - 1, -1, -1):
            i, entity = window[pos]
            if self._main_subject(i, owner=i < here):
                rivals = {
                    e
                    for j, e in window[pos + 1 :]
                    if (strict and not self._modifier(j))
                    or self._main_subject(j, owner=True)
                } - {entity}
                # "Acme opened a route and Bolt closed one. The company said":
                # another organization as a main subject of the same sentence.
                # An owner only ("Acme grew. Bolt's sales rose. The firm said"):
                # any organization named as a subject before it.
                sent = 0 if not self._main_subject(i) else self._window_start(i, 0)
                rivals |= {
                    e
                    for j, e in window[:pos]
                    if j >= sent and e != entity and self._main_subject(j)
                }
                return None if rivals else entity
        return None

    def _modifier(self, i: int) -> bool:
        """The mention starting at token ``i`` only modifies a common noun
        outside the main clause's subject: "sent Fiat shares down", "building
        the Wembley stadium", "forecast by Deutsche Bank analysts" (no rival for
        "it" or "the firm"), unlike "bought Bolt", "Bolt's shares" or "an
        inquiry into Bolt" (tried: a name in a noun's phrase is a rival too
        often: "an offer from Bolt, which the firm raised")."""
        token = self.doc[i]
        entity = self.index[i]
        while token.head.i != token.i and self.index.get(token.head.i) == entity:
            token = token.head
        return (
            token.dep_ == "compound"
            and token.head.pos_ == "NOUN"
            and token.head.i not in self.index
            and not self._main_subject_token(token.head)
        )

    def _thing_between(self, start: int, end: int) -> bool:
        """A singular common noun that "it" could refer to, as a subject or
        object between tokens ``start`` and ``end``."""
        skip = not_antecedents()
        here = self._window_start(end, 0)
        for token in self.doc[start + 1 : end]:
            deps = _THING_DEPS if token.i < here else _THING_DEPS_HERE
            if (
                token.pos_ == "NOUN"
                and token.tag_ == "NN"
                and token.dep_ in deps
                and token.head.dep_ != "relcl"
                and token.i not in self.index
                and token.lemma_.lower() not in skip
                and token.lower_ not in self.nouns
            ):
                return True
        return False

    @staticmethod
    def _expletive(pronoun: Token) -> bool:
        """ "It is likely that ...", "it will cost $5m", "it is going to
        take years": no organization is meant."""
        if pronoun.dep_ == "expl":
            return True
        if pronoun.lower_ != "it" or pronoun.dep_ not in _SUBJECT_DEPS:
            return False
        verb = pronoun.head
        if verb.lemma_ in ("be", "seem", "appear", "take", "make") and any(
            c.dep_ in ("ccomp", "xcomp", "csubj") and c.i > pronoun.i
            for c in verb.children
        ):
            return True
        for _ in range(4):  # "it is going to cost", "it is expected to mean"
            if verb.lemma_.lower() in thing_verbs():
                return True
            verb = next((c for c in verb.children if c.dep_ == "xcomp"), verb)
        return False

    def definite(self, noun: Token) -> bool:
        """``noun`` is a definite organization noun ("the firm", "the US
        giant"), whether or not it resolves."""
        return self._definite(noun)

    def _definite(self, noun: Token) -> bool:
        if noun.pos_ != "NOUN" or noun.lower_ not in self.nouns:
            return False
        dets = [c for c in noun.lefts if c.dep_ in ("det", "poss")]
        if len(dets) != 1 or not (
            dets[0].lower_ == "the" or self._place_owner(dets[0])
        ):
            return False
        for child in noun.children:
            if child.dep_ in ("amod", "compound", "nmod") and self._placing(child):
                continue  # "the German group", "the US giant", "biggest"
            if child.dep_ == "appos" and _described(child):
                continue  # "the firm, a market leader in broadband,"
            if child.dep_ == "relcl" and _aside(child):
                continue  # "the firm, which dominates the market,"
            if child.dep_ in ("amod", "compound", "nmod", "appos", "relcl"):
                return False  # "the rival company", "the company Acme"
            if child.dep_ == "prep" and child.i > noun.i:
                return False  # "the company of ..."
        # Not "the budget airline, AirAsia": named right after.
        after = noun.doc[noun.i + 1 : noun.i + 3]
        return not (
            len(after) == 2 and after[0].text == "," and after[1].pos_ == "PROPN"
        )

    @staticmethod
    def _place_owner(token: Token) -> bool:
        """ "France's", "the world's": a place owning the description."""
        return token.ent_type_ in _PLACE_TYPES or token.lower_ == "world"

    @staticmethod
    def _placing(token: Token) -> bool:
        """A modifier that only places, ranks or names the trade: "US",
        "German", "largest", "second largest", "car" in "the car maker"."""
        if token.ent_type_ in _PLACE_TYPES:
            return all(c.ent_type_ in _PLACE_TYPES for c in token.children)
        if token.pos_ == "NOUN" and token.dep_ == "compound":
            # "the car maker", "the oil group", "the real estate firm"; not
            # "the parent company", "the new media group", "the bank's unit"
            return token.lower_ not in relational_modifiers() and all(
                _trade_word(c) for c in token.children
            )
        if token.tag_ == "JJS":
            return all(
                c.ent_type_ == "ORDINAL" or c.lower_ == "most" for c in token.children
            )
        return False

    def _window_start(self, i: int, before: int = _WINDOW_SENTENCES) -> int:
        """The first token of the sentence ``before`` sentences above token i's."""
        k = bisect.bisect_right(self._sent_starts, i) - 1
        return self._sent_starts[max(0, k - before)]

    def _ends_with(self, entity: str, hint: str) -> bool:
        words = self.names.get(entity, "").lower().split()
        return bool(words) and words[-1].rstrip("s") == hint.rstrip("s")

    def _main_subject(self, i: int, owner: bool = False) -> bool:
        """The mention starting at token ``i`` is the subject of a main clause."""
        token = self.doc[i]
        if i in self._virtual:
            return self._main_subject_token(token)
        entity = self.index[i]
        while token.head.i != token.i and self.index.get(token.head.i) == entity:
            token = token.head  # up to the name's own head word
        return self._main_subject_token(token, owner)

    @staticmethod
    def _main_subject_token(token: Token, owner: bool = True) -> bool:
        """``token`` is the subject of a main clause, or with ``owner`` named
        in one: "Acme's chief said", "Profits at Acme fell", "Its unit, Acme,
        grew": Acme is what the sentence is about."""
        through = False
        for _ in range(4):
            if not owner or token.dep_ not in _IN_SUBJECT_DEPS:
                break
            if token.dep_ == "compound" and any(
                c.dep_ == "det" for c in token.head.children
            ):
                return False  # "the South Yorkshire company": a place, or a trade
            through = through or token.dep_ == "pobj"
            token = token.head
        if token.dep_ not in _SUBJECT_DEPS:
            return False
        if through and token.head.lemma_ in _SPEECH_LEMMAS:
            return False  # "Analysts at Acme said": whose they are, not the topic
        verb = token.head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        return verb.dep_ in ("ROOT", "ccomp") or verb.head.i == verb.i


def _trade_word(token: Token) -> bool:
    """A bare word before a trade noun that is part of the trade's name
    ("real" in "real estate", "phone" in "mobile phone"), not one that makes
    the organization another ("new", "rival", "former")."""
    return (
        token.i < token.head.i
        and token.dep_ in ("amod", "compound")
        and token.pos_ in ("ADJ", "NOUN")
        and token.tag_ not in ("JJR", "JJS")
        and not (token.n_lefts or token.n_rights)
        and token.lower_ not in _NOT_TRADE
        and token.lower_ not in relational_modifiers()
    )


def _aside(relcl: Token) -> bool:
    """A relative clause set off by a comma that only describes: "the firm,
    which dominates the market,"; not "the firm that bought Acme"."""
    noun = relcl.head
    doc = relcl.doc
    start = relcl.left_edge.i
    return (
        start == noun.i + 2
        and doc[noun.i + 1].text == ","
        and doc[start].lower_ in ("which", "who")
    )


def _described(appos: Token) -> bool:
    """An apposition that describes rather than names: a common noun with
    "a" or "an" ("the firm, a market leader in broadband,"), never a name
    ("the company, Acme,") nor "the" ("the firm, the largest lender,")."""
    return appos.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in appos.children
    )


def _relative_head(pronoun: Token) -> range:
    """The tokens of the noun phrase a relative clause around ``pronoun``
    modifies: "Kraft Foods, which it owes $15m" is not what "it" is."""
    verb = pronoun.head
    if verb.dep_ != "relcl":
        return range(0)
    return range(verb.head.left_edge.i, verb.left_edge.i)


def topic_referent(anaphora: OrgAnaphora, subject: Token) -> str | None:
    """The article's topic organization (named at least three times, twice
    as often as any other), for a main subject that stands for an
    organization named nowhere near: a definite organization noun ("Acme was
    founded in a garage. ... Funding followed. Now the firm employs 7,600
    workers") or "it" after a sentence whose main subject is the topic, "it"
    or such a noun ("It has diversified into hotels. It now owns 34
    casinos"). Only when no other organization is named in its sentence
    before it or in the sentence before, and not when another
    organization's name ends in the noun ("the bank": perhaps that one)."""
    anaphora._chain()
    if not anaphora._main_subject_token(subject, owner=False):
        return None
    if subject.lower_ == "it":
        if anaphora._expletive(subject) or not _after_topic(anaphora, subject):
            return None
    elif not anaphora._definite(subject):
        return None
    topic = anaphora._topic()
    if topic is None:
        return None
    since = anaphora._window_start(subject.i, _PRONOUN_SENTENCES)
    # Every organization named since counts, a place-like one too ("Yugansk
    # was sold ... It was bought for $9.4bn": the unit, not its topic owner).
    if any(
        anaphora.index[i] != topic and anaphora.labels.get(anaphora.index[i]) == "ORG"
        for i in range(since, subject.i)
        if i in anaphora.index
    ):
        return None
    hint = subject.lemma_.lower()
    others = {e for _, e in anaphora.mentions if e != topic}
    if any(anaphora._ends_with(e, hint) for e in others):
        return None
    return topic


def _after_topic(anaphora: OrgAnaphora, pronoun: Token) -> bool:
    """The sentence before ``pronoun``'s has a main subject that is an
    organization's name, a definite organization noun or an "it" that
    stands for one, not a thing "it" could as well be ("Half-Life 2
    dominated the prizes. It collected six Baftas")."""
    here = anaphora._window_start(pronoun.i, 0)
    if here == 0:
        return False
    root = anaphora.doc[here - 1].sent.root
    subject = next((c for c in root.children if c.dep_ in _SUBJECT_DEPS), None)
    if subject is None:
        return False
    if subject.i in anaphora.index:
        return anaphora.labels.get(anaphora.index[subject.i]) == "ORG"
    if subject.lower_ == "it":
        # only an "it" that is the organization itself ("It is a big hit.
        # It sold 2 million copies": the game)
        return subject.i in anaphora._virtual or (
            topic_referent(anaphora, subject) is not None
        )
    return anaphora._definite(subject)
