"""The EntityRegistry: corpus-wide entities, aliases and persistence (no spaCy).

An :class:`EntityRegistry` holds one :class:`~claimkit.records.LinkedEntity` per
corpus-wide entity and links each article's entities as the stream arrives, in
input order, so the result is the same whatever process produced the articles.

Policy, in the order it is tried for one entity name (the decisions live in
:mod:`claimkit.linking.policy`; each link keeps its rule in ``Entity.link_rule``):

1. Normalize (:mod:`claimkit.linking.normalize`): case, accents, punctuation,
   possessives, initials, appositions, ORG suffixes and PERSON titles.
2. Definitions in the article (:mod:`claimkit.linking.evidence`): "the Federal
   Reserve (Fed)", or an acronym beside the one full name it is the initials
   of, joins that name's entity (``acronym``) and becomes a learned alias of it.
3. A one-word name looks in its own article: it takes the link of the only full
   name there it shortens (``short_form``).
4. A learned alias (``alias``); corpus-level typing (``corpus_type``): a name
   whose exact form is an entity of the other label seen in more articles (and
   in at least ``type_evidence`` of them) joins it and takes its label; the
   exact normalized name (``exact``); a one-word person name joins an entity
   of that name only as a surname would (below).
5. Short forms against the registry: a surname links only when exactly one
   person in the registry carries it and the article shares an entity with one
   of that person's articles (``surname``); an ORG short name only when exactly
   one ORG extends it with non-distinguishing words or ends with it
   (``name_part``). Acronyms never link without a definition.
   An ORG name written as one word or as several ("Supermicro" / "Super
   Micro Computer") when exactly one entity spells it (``spacing``).
6. Fuzzy match against the aliases of each entity (never against other
   mentions, so no transitive chains), scored on the blocked candidates of
   :mod:`claimkit.linking.candidates` (``fuzzy``); place words must agree.
7. A Chinese name in the other order: "Wenfeng Liang" / "Liang Wenfeng"
   (``name_order``). Expansions: "Eric Kirkpatrick" / "Eric Allen
   Kirkpatrick", "M. Cheeks" / "Maurice Cheeks", "Meta Platforms" / "Meta"
   (``expansion``).
8. Otherwise a new entity with the next id (``new``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from claimkit.errors import Errors
from claimkit.linking.candidates import (
    _TRAILING_DIGITS,
    DEFAULT_SCORE_CUTOFF,
    DEFAULT_SCORER,
    CandidateGenerator,
    Match,
)
from claimkit.linking.context import _Cluster, _Seen
from claimkit.linking.evidence import find_definitions
from claimkit.linking.name_words import _common_name
from claimkit.linking.normalize import (
    NATIONAL_BODIES,
    base_tokens,
    is_junk,
    label_tokens,
    news_division,
)
from claimkit.linking.policy import Decisions
from claimkit.records import Article, Entity, EntityLabel, LinkedEntity

LABELS: tuple[EntityLabel, ...] = ("PERSON", "ORG")
_CACHE_LIMIT = 500_000  # names per label kept normalized
_DESCRIPTORS = 48  # words kept per common full name (descriptor_words)


class EntityRegistry(Decisions):
    """Corpus-wide entities; links each article's entities in arrival order.

    Args:
        scorer: name of a rapidfuzz scorer in :data:`SCORERS`.
        score_cutoff: least fuzzy score (0-100) that links two names.
        min_fuzzy_chars: names shorter than this (normalized) link only exactly.
        max_candidates: most aliases scored for one name (smallest blocks first;
            of a larger block, its oldest aliases), so a block's size, which
            grows with the corpus, never sets the cost of one name.
        type_evidence: articles an entity of the other label needs before it
            corrects an article's label.
        id_prefix: prefix of new ids ("E1", "E2", ...).
    """

    def __init__(
        self,
        *,
        scorer: str = DEFAULT_SCORER,
        score_cutoff: float = DEFAULT_SCORE_CUTOFF,
        min_fuzzy_chars: int = 5,
        max_candidates: int = 200,
        type_evidence: int = 2,
        id_prefix: str = "E",
    ) -> None:
        # The candidate generator checks the matching options (scorer first).
        self._candidates = CandidateGenerator(
            LABELS,
            scorer=scorer,
            score_cutoff=score_cutoff,
            min_fuzzy_chars=min_fuzzy_chars,
            max_candidates=max_candidates,
        )
        if type_evidence < 1:
            raise ValueError(
                Errors.E010.format(
                    option="type_evidence",
                    component="EntityRegistry",
                    value=type_evidence,
                    hint="Use a positive integer.",
                )
            )
        self.type_evidence = type_evidence
        self.id_prefix = id_prefix
        self._clusters: list[_Cluster] = []
        self._by_id: dict[str, _Cluster] = {}
        self._index = self._candidates.indexes
        # Normalization caches: one per label, keyed by the name (a str key
        # hashes once; a (name, label) key is a tuple built and hashed per call).
        self._norms: dict[str, dict[str, tuple[str, tuple[str, ...]]]] = {
            label: {} for label in LABELS
        }
        self._bases: dict[str, tuple[str, ...]] = {}  # tuples: untracked by gc
        self._next = 1
        self._docs: dict[str, None] = {}  # every article linked or loaded
        self._doc_count = 0
        self._homes: dict[str, int] = {}  # the countries of national bodies named
        self._text = ""
        self._entities: tuple[Entity, ...] = ()
        self._words: frozenset[str] | None = None
        self._common: dict[str, None] = {}
        self._plurals: frozenset[str] = frozenset()
        self._nouns: dict[str, None] = {}
        self._forms: list[tuple[str, tuple[str, ...]]] = []
        self._context: list[int] | None = None
        self._here: tuple[str | None, frozenset[str]] | None = None
        self._current: Entity | None = None

    # -- persistence -------------------------------------------------------

    @property
    def scorer(self) -> str:
        """Name of the rapidfuzz scorer for fuzzy matches (read-only)."""
        return self._candidates.scorer

    @property
    def score_cutoff(self) -> float:
        """Least fuzzy score that links two names (read-only)."""
        return self._candidates.score_cutoff

    @classmethod
    def load(cls, path: str | Path, **options: object) -> EntityRegistry:
        """Read a registry written by :meth:`save` (``entities.jsonl``).

        Raises:
            RecordError: a line is not a valid LinkedEntity.
        """
        from claimkit.io import read_registry

        registry = cls(**options)  # type: ignore[arg-type]
        for record in read_registry(path):
            registry.add(record)
        return registry

    def save(self, path: str | Path) -> int:
        """Write the registry atomically (temp file, then rename); return count."""
        from claimkit.io import write_records

        return write_records(self.entities(), path)

    def add(self, record: LinkedEntity) -> None:
        """Restore one stored entity, keeping its id.

        Raises:
            ValueError: the id is already in the registry.
        """
        if record.id in self._by_id:
            raise ValueError(Errors.E044.format(id=record.id))
        cluster = self._make_cluster(record.id, record.label, record.name)
        cluster.aliases.update(dict.fromkeys(record.aliases))
        cluster.doc_ids.update(dict.fromkeys(record.doc_ids))
        self._docs.update(cluster.doc_ids)
        self._doc_count = len(self._docs)
        cluster.mention_count = record.mention_count
        for alias in cluster.aliases:
            self._file_alias(cluster, alias)
        for alias in record.learned_aliases:
            self._learn(cluster, alias)
        found = _TRAILING_DIGITS.fullmatch(record.id)
        if found is not None and found.group(1) == self.id_prefix:
            self._next = max(self._next, int(found.group(2)) + 1)

    def entities(self) -> list[LinkedEntity]:
        """Return every entity as a record, in id (creation) order."""
        return [cluster.to_record() for cluster in self._clusters]

    def __len__(self) -> int:
        return len(self._clusters)

    def get(self, entity_id: str) -> LinkedEntity:
        """Return the entity with this id; raise ``KeyError`` when absent."""
        return self._by_id[entity_id].to_record()

    # -- linking -----------------------------------------------------------

    def match(self, name: str, label: EntityLabel) -> Match | None:
        """Return the entity ``name`` would link to, without changing anything."""
        self._text, self._words, self._context = "", None, []
        self._entities, self._forms, self._here = (), [], None
        found = self._resolve(name, label, [])
        if found is None:
            return None
        index, score, rule, _ = found
        return Match(self._clusters[index].id, score, rule)

    def link_article(self, article: Article) -> Article:
        """Link every entity of ``article``; return a copy with ``Entity.link`` set.

        Full names are resolved before one-word names, so a surname can lean
        on the full name and the other entities of the same article, and short
        names the article defines ("Fed" in "the Federal Reserve (Fed)") come
        last, to join their full name. Each entity also gets ``link_rule`` and
        ``link_score``. Updates aliases, learned aliases, doc_ids and mention
        counts; linking the same doc_id again counts nothing twice.
        """
        entities = article.entities
        self._text, self._words, self._here = article.text, None, None
        self._entities = entities
        forms = [
            self._normalized(entity.name, entity.label)
            if not is_junk(entity.name)
            else ("", ())
            for entity in entities
        ]
        defined = find_definitions(article, self._tokens)
        self._forms, self._context = forms, None
        short_of = defined.short_of
        # Full names, then one-word names (people last: a surname needs the
        # article's other entities as context), then the defined short names.
        rank = [
            3 if i in short_of
            else 0 if len(form[1]) > 1
            else 2 if entities[i].label == "PERSON"
            else 1
            for i, form in enumerate(forms)
        ]  # fmt: skip
        order = sorted(range(len(entities)), key=rank.__getitem__)
        seen: list[_Seen] = []
        chosen: dict[int, _Cluster] = {}
        rules: dict[int, tuple[str, float | None]] = {}
        for i in order:
            entity = entities[i]
            full = short_of.get(i)
            if full is not None and full in chosen:
                found: tuple[int, float, str, EntityLabel] | None = (
                    chosen[full].index, 100.0, "acronym", chosen[full].label
                )  # fmt: skip
            else:
                self._current = entity
                found = self._resolve(entity.name, entity.label, seen, forms[i])
                self._current = None
            if found is None:
                found = self._by_definition(
                    defined.aliases.get(i, ()), entity.label, seen
                )
            if found is None:
                cluster = self._new_cluster(entity.name, entity.label)
                rules[i] = ("new", None)
            else:
                cluster = self._clusters[found[0]]
                self._observe(cluster, entity.name)
                rules[i] = (found[2], round(found[1], 2))
            chosen[i] = cluster
            for alias in defined.aliases.get(i, ()):
                if cluster.label == entity.label:
                    self._learn(cluster, alias)
            tokens = forms[i][1] if cluster.label == entity.label else cluster.tokens
            seen.append(_Seen(cluster.index, cluster.label, tokens))
        counted: dict[int, int] = {}
        national: dict[int, str | None] = {}
        linked = []
        for i, entity in enumerate(entities):
            cluster = chosen[i]
            if cluster.label == "ORG" and forms[i][0] in NATIONAL_BODIES:
                national[cluster.index] = self.country_here()
            elif cluster.label == "PERSON" and _common_name(forms[i][1]):
                self._describe(cluster, entity)
            counted[cluster.index] = counted.get(cluster.index, 0) + max(
                1, len(entity.mentions)
            )
            rule, score = rules[i]
            update: dict[str, object] = {
                "link": cluster.id,
                "link_rule": rule,
                "link_score": score,
            }
            if cluster.label != entity.label:
                update["label"] = cluster.label
            linked.append(_replaced(entity, update))
        doc_id = article.doc_id
        if doc_id not in self._docs:
            self._docs[doc_id] = None
            self._doc_count += 1
        for index, mentions in counted.items():
            cluster = self._clusters[index]
            if doc_id not in cluster.doc_ids:
                cluster.doc_ids[doc_id] = None
                cluster.mention_count += mentions
                if (here := national.get(index)) is not None:
                    countries = cluster.countries or {}
                    countries[here] = countries.get(here, 0) + 1
                    cluster.countries = countries
                    self._homes[here] = self._homes.get(here, 0) + 1
        return article.model_copy(update={"entities": tuple(linked)})

    def _describe(self, cluster: _Cluster, entity: Entity) -> None:
        """Keep the words this article introduced a common full name with."""
        words = self._descriptors(entity)
        if not words:
            return
        kept = cluster.descriptors if cluster.descriptors is not None else {}
        kept.update(dict.fromkeys(words))
        while len(kept) > _DESCRIPTORS:
            del kept[next(iter(kept))]  # the oldest first
        cluster.descriptors = kept

    def _by_definition(
        self, aliases: Iterable[str], label: EntityLabel, seen: list[_Seen]
    ) -> tuple[int, float, str, EntityLabel] | None:
        """Join the entity named by a short name this article defines for the name.

        "GM" alone in an earlier article made an entity "GM"; an article with
        "General Motors (GM)" joins General Motors to it when the context
        agrees ("CCTV" footage is not China Central Television).
        """
        for alias in aliases:
            owner = self._defined_acronym(alias, label)
            if owner is not None and self._agrees(owner, seen, unknown_agrees=True):
                return owner, 100.0, "acronym", label
        return None

    def link_many(self, articles: Iterable[Article]) -> Iterator[Article]:
        """Link a stream of articles in input order; yield each linked copy."""
        for article in articles:
            yield self.link_article(article)

    # -- bookkeeping -------------------------------------------------------

    def _normalized(self, name: str, label: str) -> tuple[str, tuple[str, ...]]:
        cache = self._norms[label]
        found = cache.get(name)
        if found is None:
            if len(cache) >= _CACHE_LIMIT:
                cache.clear()
                self._bases.clear()
            base = self._bases.get(name)
            if base is None:
                base = self._bases[name] = tuple(base_tokens(name))
            tokens = tuple(label_tokens(base, label))
            if label == "ORG" and tokens[-1:] == ("news",):
                broadcaster = news_division(name)  # "CBC News" is the CBC
                if broadcaster is not None:
                    tokens = (broadcaster.lower(),)
            found = cache[name] = (" ".join(tokens), tokens)
        return found

    def _tokens(self, name: str, label: str) -> tuple[str, ...]:
        return self._normalized(name, label)[1]

    def _make_cluster(self, entity_id: str, label: EntityLabel, name: str) -> _Cluster:
        cluster = _Cluster(
            index=len(self._clusters),
            id=entity_id,
            label=label,
            name=name,
            tokens=self._tokens(name, label),
        )
        self._clusters.append(cluster)
        self._by_id[entity_id] = cluster
        return cluster

    def _new_cluster(self, name: str, label: EntityLabel) -> _Cluster:
        entity_id = f"{self.id_prefix}{self._next}"
        while entity_id in self._by_id:
            self._next += 1
            entity_id = f"{self.id_prefix}{self._next}"
        self._next += 1
        cluster = self._make_cluster(entity_id, label, name)
        self._observe(cluster, name)
        return cluster

    def _observe(self, cluster: _Cluster, name: str) -> None:
        """Record ``name`` as an alias; a fuller name becomes the representative."""
        if name in cluster.aliases:
            return
        cluster.aliases[name] = None
        tokens = self._tokens(name, cluster.label)
        if len(tokens) > len(cluster.tokens):
            # A new representative: the anchors are again exactly the aliases
            # that are not short forms of it, as EntityRegistry.load rebuilds them.
            cluster.name, cluster.tokens = name, tokens
            for norm in list(cluster.anchors):
                if self._is_short(tuple(norm.split()), cluster):
                    self._drop_anchor(cluster, norm)
            for alias in cluster.aliases:
                self._file_alias(cluster, alias)
            return
        self._file_alias(cluster, name)

    def _file_alias(self, cluster: _Cluster, name: str) -> None:
        if is_junk(name):
            return  # "Wigan\n\nSunderland": kept as an alias, never compared
        tokens = self._tokens(name, cluster.label)
        if tokens and not self._is_short(tokens, cluster):
            self._add_anchor(cluster, " ".join(tokens), tokens)

    def _learn(self, cluster: _Cluster, alias: str) -> None:
        """Keep ``alias`` as a name this entity was defined by in an article."""
        if alias in cluster.learned:
            return
        norm = self._normalized(alias, cluster.label)[0]
        if not norm:
            return
        cluster.learned[alias] = None
        self._index[cluster.label].learned.setdefault(norm, {})[cluster.index] = None

    def _add_anchor(
        self, cluster: _Cluster, norm: str, tokens: tuple[str, ...]
    ) -> None:
        if norm in cluster.anchors:
            return
        cluster.anchors[norm] = None
        self._candidates.add(cluster.label, cluster.index, norm, tokens)

    def _drop_anchor(self, cluster: _Cluster, norm: str) -> None:
        cluster.anchors.pop(norm, None)
        self._candidates.drop(cluster.label, cluster.index, norm, cluster.anchors)


def _replaced(entity: Entity, update: dict[str, object]) -> Entity:
    """Return ``entity.model_copy(update=update)``, built the cheaper way.

    Same object pydantic's ``model_copy`` builds (no validation; the values
    are a link id, its rule and score, and a label), without its three
    ``copy.copy`` calls: at a million entities that is a tenth of the linking
    time.
    """
    copy = Entity.__new__(Entity)
    object.__setattr__(copy, "__dict__", {**entity.__dict__, **update})
    object.__setattr__(copy, "__pydantic_extra__", None)
    object.__setattr__(
        copy, "__pydantic_fields_set__", entity.model_fields_set | update.keys()
    )
    object.__setattr__(copy, "__pydantic_private__", None)
    return copy


def link_articles(
    articles: Iterable[Article], *, registry: EntityRegistry | None = None
) -> Iterator[Article]:
    """Link a stream of articles in input order; yield each linked copy."""
    registry = registry if registry is not None else EntityRegistry()
    return registry.link_many(articles)
