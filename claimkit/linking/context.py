"""The evidence a link weighs beyond the name: the article's context (no spaCy).

:class:`Context` is the half of :class:`~claimkit.linking.policy.Decisions`
that reads evidence: which entities of this article keep company with a
candidate's articles (hubs aside, unless bound to it), which of an ambiguous
name's namesakes the context agrees with most, and which country's body a
name many countries share ("Supreme Court") is in this article.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from itertools import chain, islice

from claimkit.linking.candidates import _NONE, _LabelIndex
from claimkit.linking.normalize import article_countries, descriptor_words
from claimkit.records import Entity, EntityLabel, LinkedEntity

_CONTEXT_DOCS = 32  # latest articles of an entity read for context
_HUB_SHARE = 50  # an entity in more than 1/50 of the articles is no context...
_HUB_MIN = 20  # ...when that is more than this many
_HUB_LIFT = 4  # a hub is context when a candidate's articles hold it this much more...
_HUB_SHARED = 3  # ...than the corpus does, in at least this many of them
HOMONYMS = 16  # entities of one name read for an ambiguous name
_NO_COUNTRY: tuple[str | None, frozenset[str]] = (None, frozenset())


@dataclass(slots=True, eq=False)
class _Cluster:
    """One corpus-wide entity while the registry is open (mutable)."""

    index: int
    id: str
    label: EntityLabel
    name: str
    tokens: tuple[str, ...]
    aliases: dict[str, None] = field(default_factory=dict)
    anchors: dict[str, None] = field(default_factory=dict)  # a set: _Ids
    learned: dict[str, None] = field(default_factory=dict)
    doc_ids: dict[str, None] = field(default_factory=dict)
    mention_count: int = 0
    # The countries of the articles that named it by a national body's name
    # ("Supreme Court"): which country's body it is. None until one does.
    countries: dict[str, int] | None = None
    # What articles called it, for a common full name ("Shadow Home
    # Secretary" David Davis, "striker" Andy Williams): descriptor_words.
    descriptors: dict[str, None] | None = None

    def to_record(self) -> LinkedEntity:
        return LinkedEntity(
            id=self.id,
            label=self.label,
            name=self.name,
            aliases=tuple(self.aliases),
            doc_ids=tuple(self.doc_ids),
            mention_count=self.mention_count,
            learned_aliases=tuple(self.learned),
        )


@dataclass(slots=True)
class _Seen:
    """An entity already linked in the current article (its evidence)."""

    index: int
    label: str
    tokens: tuple[str, ...]


class Context:
    """Read the evidence of the article being linked (state: the registry's)."""

    _clusters: list[_Cluster]
    _index: dict[str, _LabelIndex]
    _doc_count: int  # articles linked
    _homes: dict[str, int]  # the countries of the national bodies linked so far
    _text: str  # the article being linked
    _entities: tuple[Entity, ...]  # its entities
    _forms: list[tuple[str, tuple[str, ...]]]  # its names, normalized
    _context: list[int] | None  # entities its names name exactly, when read
    _here: tuple[str | None, frozenset[str]] | None  # its countries, when read
    _current: Entity | None  # the entity being linked

    def _descriptors(self, entity: Entity | None = None) -> frozenset[str]:
        """Return the words that introduce an entity's names in this article."""
        entity = entity if entity is not None else self._current
        if entity is None or not self._text:
            return frozenset()
        words = set(entity.name.split())
        spans = [
            (m.start, m.end)
            for m in entity.mentions
            if words.intersection(m.text.split())
        ]
        others = {
            word.lower()
            for other in self._entities
            if other.label == "PERSON" and other.id != entity.id
            for word in other.name.split()
        }  # "Tony Blair's Gordon Brown": another person, no description
        return descriptor_words(self._text, spans) - others

    def _named(self) -> list[int]:
        """Return the entities the article's names name exactly or by learned alias."""
        named: dict[int, None] = {}
        for entity, (norm, tokens) in zip(self._entities, self._forms, strict=True):
            if not tokens:
                continue
            index = self._index[entity.label]
            owner = index.anchors.get(norm)
            if owner is not None:
                named[owner] = None
            learned = index.learned.get(norm, _NONE)
            if len(learned) == 1:
                named.update(learned)
        return list(named)

    def _homonym(self, token: str, label: str, seen: list[_Seen]) -> int | None:
        """Return the entity of this one-word name whose context agrees most here.

        Failed links leave one-article namesakes ("Labour" in an article whose
        context was not yet known); one of them agreeing as well does not
        block the entity that agrees on more.
        """
        ids = self._index[label].lone.get(token, _NONE)
        return best_supported(
            {c: self._support(c, seen)[0] for c in islice(ids, HOMONYMS)}
        )

    def _national(self, own: int, key: str) -> int | None:
        """Return the body of this name ("Supreme Court") in the article's country.

        Of the organizations so named, the first whose articles were about
        the same country, else the first whose country is not known yet or
        is named in this article too ("Iraq" throughout, "Westminster" once:
        a UK party may be meant); none (a new entity) when every one belongs
        to a country this article does not name. With no country clear here,
        the one named in the most articles.
        """
        ids = list(islice(self._index["ORG"].lone.get(key, (own,)), HOMONYMS))
        here, named = self.country_here(), self.countries_here()[1]
        if here is None:
            return max(ids, key=lambda c: len(self._clusters[c].doc_ids))
        fallback: int | None = None
        for candidate in ids:
            there = _dominant(self._clusters[candidate].countries)
            if there == here:
                return candidate
            if (there is None or there in named) and fallback is None:
                fallback = candidate
        return fallback

    def country_here(self) -> str | None:
        """Return this article's country, or the corpus's own when it is unclear.

        An article whose country is not clear but which names the corpus's own
        (the country of most national bodies linked so far) is about that one:
        the UK's planned "Supreme Court" in a BBC story is not Argentina's,
        though Argentina's came up first.
        """
        here, named = self.countries_here()
        if here is None and (home := _dominant(self._homes)) in named:
            return home
        return here

    def countries_here(self) -> tuple[str | None, frozenset[str]]:
        """Return this article's country and the countries it names, read once."""
        if self._here is None:
            self._here = article_countries(self._text) if self._text else _NO_COUNTRY
        return self._here

    def _agrees(
        self, candidate: int, seen: list[_Seen], *, unknown_agrees: bool = False
    ) -> bool:
        """Say whether this article shares context with one of ``candidate``'s.

        With ``unknown_agrees``, an article none of whose other entities (hubs
        aside) the registry knew before (nothing to contradict) agrees too.
        """
        support, known = self._support(candidate, seen, enough=1)
        return support > 0 or (unknown_agrees and not known)

    def _support(
        self,
        candidate: int,
        seen: list[_Seen],
        enough: int | None = None,
        namesakes: AbstractSet[int] = frozenset(),
    ) -> tuple[int, bool]:
        """Count this article's entities that keep company with ``candidate``.

        The article's entities are those linked so far (``seen``) and those
        its names name exactly or by a learned alias (read before linking, so
        a full name has its one-word neighbours as context too). An entity
        counts when one of the candidate's latest articles holds it; a hub
        (in more than a fiftieth of the articles) only when it is bound to
        the candidate (:meth:`_bound_hub`). Also says whether any non-hub
        entity of the article was known before. Only the candidate's latest
        articles are read, so a popular entity costs no more than a rare one;
        with ``enough``, counting stops once that many are found. The
        candidate's ``namesakes`` (the other people of its name) are no
        context of it, nor known entities.
        """
        docs = list(islice(reversed(self._clusters[candidate].doc_ids), _CONTEXT_DOCS))
        hub = max(_HUB_MIN, self._doc_count // _HUB_SHARE)
        known = False
        support: set[int] = set()
        if self._context is None:
            self._context = self._named()
        for other in chain((other.index for other in seen), self._context):
            if other == candidate or other in support or other in namesakes:
                continue
            other_docs = self._clusters[other].doc_ids
            if len(other_docs) > hub:
                # "BBC" is in every kind of article; "Tony Blair" is in many,
                # but in far more of Labour's than of the corpus's.
                if self._bound_hub(docs, other_docs):
                    support.add(other)
            else:
                known = known or bool(other_docs)
                if any(doc in other_docs for doc in docs):
                    support.add(other)
            if enough is not None and len(support) >= enough:
                break
        return len(support), known

    def _bound_hub(self, docs: list[str], hub_docs: dict[str, None]) -> bool:
        """Say whether a hub entity keeps company with a candidate's articles.

        A hub is no evidence by being shared, only by being shared far above
        its rate in the corpus: in at least ``_HUB_SHARED`` of the candidate's
        latest articles, and in a share of them ``_HUB_LIFT`` times its share
        of all articles. A hub in a quarter of the corpus never qualifies.
        """
        if len(docs) < _HUB_SHARED:
            return False
        shared = sum(doc in hub_docs for doc in docs)
        return shared >= _HUB_SHARED and shared * self._doc_count >= _HUB_LIFT * len(
            hub_docs
        ) * len(docs)


def _dominant(countries: dict[str, int] | None) -> str | None:
    """Return the country of at least two thirds of an entity's counted articles."""
    if not countries:
        return None
    code, count = max(countries.items(), key=lambda item: item[1])
    return code if 3 * count >= 2 * sum(countries.values()) else None


def best_supported(support: dict[int, int]) -> int | None:
    """Return the candidate with the most support, when it has some and no tie."""
    ranked = sorted(support.values(), reverse=True)
    if not ranked or ranked[0] == 0 or (len(ranked) > 1 and ranked[1] == ranked[0]):
        return None
    return max(support, key=support.__getitem__)
