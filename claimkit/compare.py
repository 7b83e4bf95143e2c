"""Claims side by side: the same figure about the same entity across articles.

A :class:`~claimkit.records.ClaimGroup` holds the quantity claims of two or
more articles that measure one thing: the same subject (a linked entity), the
same kind, comparable unit and ``per``, the same concept (``concept_key``),
levels with levels and changes with changes, and the same period when the
sentences name years. Counts of events ("11 goals") and changes with neither a
year nor a publication date are left out: the claim does not say which
occasion it is about. A narrower concept of the same head ("factory
workers" beside "workers") and a supposed figure ("could face 85 years if
convicted") join a group only when they agree with it, never to make a
conflict. Its status says whether the figures can all be true at once
(``agree``) or not (``conflict``).

Runs on records only (no spaCy), streaming: :class:`Comparer` keeps a few
fields per claim, never the articles.

>>> groups = claimkit.compare(claimkit.read_articles("out/articles.jsonl"))
>>> [g for g in groups if g.status == "conflict"]

What each figure means, as an interval (the one place this is decided; the
user guide's "Comparing figures" page repeats it):

- exact ("$38.6 million", "6,000"): the value give or take half a unit of
  its last significant digit, at most 5% of it: [38.55, 38.65] million;
  [5,700, 6,300];
- approx ("about", "some", "roughly"): the value ± 10%; with a bound word
  that means "a little under" ("almost", "nearly", "just under"):
  [value - 10%, value];
- more_than, at_least ("more than 12 million", "12 million or more"):
  [value, ∞);
- less_than, at_most ("fewer than", "up to"): [0, value];
- range ("between 5 and 7"): [low, high], widened by their rounding;
- a person's age beside the name ("Dana Corran, 54,", "the 54-year-old
  Corran"): whole years lived, [54, 55], so 54 and 55 agree (articles a
  few months apart) and 54 and 56 conflict; ages compare within one
  publication year. See :func:`~claimkit.compare_text.age_of`.

A change ("rose 8%", "fell by $3bn") is signed (a fall is negative) and is
compared only with changes; levels only with levels. Currencies are never
converted: USD and CAD figures are different measures.
"""

from __future__ import annotations

import functools
import hashlib
import math
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import NamedTuple

from rapidfuzz import fuzz

from claimkit.compare_text import (
    age_of,
    converted,
    day_of,
    earlier_value,
    hedged,
    period_of,
    scope_of,
)
from claimkit.io import RecordReader
from claimkit.records import (
    Article,
    Change,
    ClaimGroup,
    Entity,
    GroupMember,
    GroupStatus,
    Qualifier,
    QuantityClaim,
)
from claimkit.text.lexicon import load_lexicon

__all__ = [
    "Comparer",
    "Measure",
    "age_of",
    "compare",
    "converted",
    "day_of",
    "hedged",
    "interval",
    "period_of",
    "read_groups",
    "scope_of",
]

# A figure with an approximate bound covers this fraction either side.
APPROX = 0.10
# A written figure covers half a unit of its last significant digit, but at
# most this fraction of its value ("$40 million": 38 to 42 million).
ROUNDING = 0.05
# Concept keys of one subject and measure that score at least this (rapidfuzz
# ratio over the whole key: "market value" and "value" stay apart) are one
# concept; at most this many distinct keys per
# subject and measure are compared, so grouping never compares all pairs.
CONCEPT_CUTOFF = 90.0
MAX_CONCEPTS = 64
# The concept of a person's age stated beside the name ("Dana Corran, 54,").
AGE_CONCEPT = "age"


class Measure(NamedTuple):
    """What one claim measures, as :meth:`Comparer.measure` decides it."""

    concept: str
    low: float
    high: float
    period: str
    # False: a change or a count of events with no period, left out.
    compared: bool


class _Claim(NamedTuple):
    """What grouping needs of one claim: plain values, not the records.

    A tuple of strings and numbers only, so the garbage collector stops
    tracking it and a million of them cost no collection time.
    """

    doc_id: str
    start: int
    end: int
    text: str
    value: float | None
    low_written: float | None
    high_written: float | None
    qualifier: Qualifier
    change: Change | None
    source: str | None
    sentence: str
    published: str | None
    low: float
    high: float
    signed: float
    hedged: bool

    def member(self) -> GroupMember:
        return GroupMember(
            doc_id=self.doc_id,
            start=self.start,
            end=self.end,
            text=self.text,
            value=self.value,
            low=self.low_written,
            high=self.high_written,
            qualifier=self.qualifier,
            change=self.change,
            source=self.source,
            sentence=self.sentence,
            published=self.published,
        )


def interval(
    claim: QuantityClaim, *, below_words: Iterable[str] = ()
) -> tuple[float, float]:
    """Return the interval of values a claim allows, signed for a fall.

    Args:
        claim: the quantity claim.
        below_words: bound words that mean "a little under" ("almost",
            "nearly"); an approximate figure written with one is at most its
            value.
    """
    q = claim.quantity
    value = q.value
    if q.qualifier == "range" and q.low is not None and q.high is not None:
        low = q.low - _half_unit(q.low)
        high = q.high + _half_unit(q.high)
    elif value is None:
        return (math.nan, math.nan)
    elif q.qualifier in ("more_than", "at_least"):
        low, high = value, math.inf
    elif q.qualifier in ("less_than", "at_most"):
        low, high = 0.0, value
    elif q.qualifier == "approx":
        spread = abs(value) * APPROX
        text = claim.text.lower()
        below = any(text.startswith(word) for word in below_words)
        low, high = value - spread, value if below else value + spread
    else:
        half = _half_unit(value)
        low, high = value - half, value + half
    if q.change == "down":
        low, high = -high, -low
    return (low, high)


@functools.lru_cache(maxsize=8192)
def _half_unit(value: float) -> float:
    """Half a unit of the last significant digit, at most ``ROUNDING`` of the value.

    38.6e6 -> 5e4; 6000 -> 300 (not 500: a round figure may be exact).
    """
    try:
        exponent = Decimal(repr(float(value))).normalize().as_tuple().exponent
    except InvalidOperation:
        return 0.0
    if not isinstance(exponent, int):
        return 0.0
    return min(0.5 * 10.0**exponent, abs(value) * ROUNDING)


class Comparer:
    """Collect quantity claims article by article; :meth:`groups` compares them.

    Args:
        concept_cutoff: least rapidfuzz ratio between two concept
            keys of one subject and measure that makes them one concept.
        include_unlinked: group claims whose subject has no corpus link by
            the entity's name within the article set (off: a name is weaker
            evidence than a link).
    """

    def __init__(
        self,
        *,
        concept_cutoff: float = CONCEPT_CUTOFF,
        include_unlinked: bool = False,
    ) -> None:
        lexicon = load_lexicon(None, "compare.json")
        self.concept_cutoff = concept_cutoff
        self.include_unlinked = include_unlinked
        self._folded: dict[str, str] = {}
        self._synonyms: dict[str, str] = {
            word: head
            for head, words in lexicon.get("concept_synonyms", {}).items()
            for word in [head, *words]
        }
        self._plain = frozenset(lexicon.get("plain_modifiers", ()))
        self._below = tuple(lexicon.get("below_words", ()))
        self._occasions = frozenset(
            self._fold(word) for word in lexicon.get("occasion_concepts", ())
        )
        self._stocks = frozenset(
            self._fold(word) for word in lexicon.get("stock_counts", ())
        )
        self._names: dict[str, str] = {}
        # (subject, kind, unit, per, change?, period) -> concept -> claims
        self._buckets: dict[tuple[str, ...], dict[str, list[_Claim]]] = defaultdict(
            lambda: defaultdict(list)
        )

    def add(self, article: Article) -> None:
        """Take the quantity claims of one article that can be compared."""
        entities = {entity.id: entity for entity in article.entities}
        published = article.published
        for claim in article.claims:
            if not isinstance(claim, QuantityClaim) or claim.subject is None:
                continue
            subject = entities.get(claim.subject)
            if subject is None:
                continue
            link = subject.link or (
                f"name:{subject.label}:{subject.name.lower()}"
                if self.include_unlinked
                else None
            )
            if link is None:
                continue
            measured = self.measure(claim, subject, article)
            if (
                measured is None
                or not measured.compared
                or earlier_value(article.text, claim.start)
            ):
                continue
            self._names.setdefault(link, subject.name)
            q = claim.quantity
            concept, low, high, period = measured[:4]
            per = q.per or ""
            # A count's unit is its counted noun: compare it as a concept
            # ("staff" and "workers" are one measure; "people" a company
            # employs are its employees), so the folded concept's head decides.
            unit = concept.split()[-1] if q.kind == "count" else q.unit or ""
            key = (
                link,
                q.kind,
                unit,
                per,
                "change" if q.change else "level",
                period,
            )
            source = entities.get(claim.source) if claim.source else None
            value = (q.value if q.value is not None else (low + high) / 2) * (
                -1 if q.change == "down" else 1
            )
            self._buckets[key][concept].append(
                _Claim(
                    article.doc_id,
                    claim.start,
                    claim.end,
                    claim.text,
                    q.value,
                    q.low,
                    q.high,
                    q.qualifier,
                    q.change,
                    source.name if source is not None else None,
                    claim.sentence,
                    published,
                    low,
                    high,
                    value,
                    # A conversion, like a supposition, never makes a conflict.
                    hedged(claim.sentence, claim.text)
                    or (q.kind == "money" and converted(article.text, claim.start)),
                )
            )

    def measure(
        self, claim: QuantityClaim, subject: Entity, article: Article
    ) -> Measure | None:
        """What a claim about ``subject`` measures, or None when it has no
        concept or no value.

        The concept is folded, and narrowed by the place or source named
        after the figure ("belmont employee"); an age beside the name is the
        concept ``age``. ``compared`` is False for a change or a count of
        events with no period to compare it in.
        """
        published = article.published
        q = claim.quantity
        age = age_of(claim, subject, article.text)
        concept: str | None
        if age is not None:
            # An age in whole years is [n, n + 1]; it is as of the day of
            # writing, whatever years the sentence names, so ages compare
            # within one publication year (or undated articles).
            concept, stock = AGE_CONCEPT, True
            low, high = float(age), float(age + 1)
            period = published[:4] if published else ""
        else:
            concept, stock = self._concept(claim)
            if concept == AGE_CONCEPT:
                # An age the extraction found away from the name ("The
                # 47-year-old finance director, Piet Amsel") may be someone
                # else's: only age_of's ages are compared.
                return None
            # Staff, members, stores and customers are an organization's
            # stock; a person's count ("spoke to 100 pupils") is an event.
            if q.kind == "count" and subject.label == "PERSON":
                stock = False
            low, high = interval(claim, below_words=self._below)
            period = period_of(claim.sentence, published)
        if concept is None or math.isnan(low):
            return None
        if q.change and not period:
            # A change happens on an occasion ("rose 6%" on one day,
            # "rose 3.8%" on another): compare it only within a named
            # period, the same publication date or a named day.
            period = published[:10] if published else day_of(claim.sentence)
        scope = scope_of(article.text, claim.end, level=not q.change)
        if scope:
            # A figure of a place is a narrower measure ("1,100 staff at its
            # Belmont resort": "belmont employee"): it joins the whole only
            # as narrower concepts do, when the figures are one.
            concept = f"{scope} {concept}"
        compared = bool(period) or not (q.change or not stock)
        return Measure(concept, low, high, period, compared)

    def _concept(self, claim: QuantityClaim) -> tuple[str | None, bool]:
        """The claim's concept key with synonyms folded (or None), and whether
        it measures a standing quantity that needs no period.

        A count of a standing quantity ("6,000 staff", "12 stores") compares
        across articles; a count of events ("11 goals", "12 million
        passengers") depends on an occasion, so it compares only within a
        named period. Money and percent levels need none.
        """
        key = claim.concept_key or (
            claim.quantity.unit if claim.quantity.kind == "count" else None
        )
        if not key:
            return None, False
        concept = self._fold(key)
        head = concept.split()[-1]
        if claim.quantity.kind != "count":
            # "16.1% of the vote": an election's result needs its election.
            return concept, head not in self._occasions
        return concept, head in self._stocks

    def _fold(self, key: str) -> str:
        """Lower-case a key, drop the modifiers that do not narrow a measure
        ("record profit", "key interest rate": ``plain_modifiers``) and fold
        each word's synonyms to one head word."""
        folded = self._folded.get(key)
        if folded is None:
            words = key.lower().split()
            kept = [w for w in words[:-1] if w not in self._plain] + words[-1:]
            lower = " ".join(kept)
            whole = self._synonyms.get(lower)
            folded = whole or " ".join(self._synonyms.get(w, w) for w in kept)
            self._folded[key] = folded
        return folded

    def groups(self) -> list[ClaimGroup]:
        """Return every group with claims from two or more articles.

        Conflicts come first, then by subject name, concept and id.
        """
        found: list[ClaimGroup] = []
        for key, by_concept in self._buckets.items():
            merged = {}
            for concept, claims in self._merge_concepts(by_concept).items():
                kept = _without_hedged_conflicts(claims)
                if kept:
                    merged[concept] = kept
            for concept, claims in _join_narrower(merged, key[1]).items():
                if len({c.doc_id for c in claims}) < 2:
                    continue
                found.append(self._group(key, concept, claims))
        found.sort(
            key=lambda g: (g.status != "conflict", g.subject_name, g.concept, g.id)
        )
        return found

    def _merge_concepts(
        self, by_concept: dict[str, list[_Claim]]
    ) -> dict[str, list[_Claim]]:
        """Fold near-identical concept keys of one bucket together (bounded)."""
        if len(by_concept) == 1:
            return by_concept
        merged: dict[str, list[_Claim]] = {}
        # Most-claimed concepts first, so a variant joins the common form.
        order = sorted(by_concept, key=lambda c: (-len(by_concept[c]), c))
        for concept in order:
            target = None
            for rep in list(merged)[:MAX_CONCEPTS]:
                score = fuzz.ratio(concept, rep)
                if score >= self.concept_cutoff:
                    target = rep
                    break
            merged.setdefault(target or concept, []).extend(by_concept[concept])
        return merged

    def _group(
        self, key: tuple[str, ...], concept: str, claims: list[_Claim]
    ) -> ClaimGroup:
        subject, kind, unit, per, _, period = key
        claims = sorted(claims, key=lambda c: (c.doc_id, c.start))
        status: GroupStatus = "agree" if _consistent(claims) else "conflict"
        values = [abs(c.signed) for c in claims if c.signed]
        spread = max(values) / min(values) if values else None
        ident = hashlib.blake2b(
            "|".join([*key, concept]).encode("utf-8"),
            digest_size=6,
        ).hexdigest()
        return ClaimGroup(
            id=f"G{ident}",
            subject=subject,
            subject_name=self._names.get(subject, subject),
            concept=concept,
            kind=kind,  # type: ignore[arg-type]
            unit=unit or None,
            per=per or None,
            period=period or None,
            status=status,
            spread=spread,
            members=tuple(c.member() for c in claims),
        )


def _join_narrower(
    by_concept: dict[str, list[_Claim]], kind: str
) -> dict[str, list[_Claim]]:
    """Join a narrower concept to a broader one of its head when they state one figure.

    "local government employee" is narrower than "employee" (the same head,
    its words a superset), "jail sentence" than "sentence". A narrower
    measure may be a part of the broader ("2,000 UK staff" of "6,000
    staff"), so a difference between them is no conflict: the narrower
    claims join only when all the claims then agree and state one figure
    (largest value at most ``1 + APPROX`` times the smallest, and 10 or
    more), and stay apart otherwise. Percents never join this way: small figures such as
    "sales rose 5%" and "UK sales rose 5%" coincide too often. Each concept
    is tried against at most ``MAX_CONCEPTS`` broader ones, fewest words and
    most-claimed first.
    """
    if len(by_concept) == 1:
        return by_concept
    words = {c: frozenset(c.split()) for c in by_concept}
    broad_first = sorted(
        by_concept, key=lambda c: (len(words[c]), -len(by_concept[c]), c)
    )
    joined = dict(by_concept)
    for concept in reversed(broad_first):
        head = concept.rsplit(" ", 1)[-1]
        for broad in broad_first[:MAX_CONCEPTS]:
            if (
                broad not in joined
                or not words[broad] < words[concept]
                or broad.rsplit(" ", 1)[-1] != head
            ):
                continue
            union = joined[broad] + joined[concept]
            if kind != "percent" and _one_figure(union) and _consistent(union):
                joined[broad] = union
                del joined[concept]
                break
    return joined


def _without_hedged_conflicts(claims: list[_Claim]) -> list[_Claim]:
    """Keep the reported figures and the supposed ones that agree with them.

    A supposed figure ("could face up to 85 years if convicted") is no
    report of a fact, and a conversion ("1.55bn euros ($2bn; £1.1bn)": the
    "$2bn") is the writer's arithmetic at the day's rate, so neither ever
    makes a conflict: it stays in a group only
    when it agrees with the reported figures and the supposed figures kept
    before it (so reported figures that conflict keep no supposed one).
    Linear in the claims per supposed figure; supposed figures are few.
    """
    kept = [c for c in claims if not c.hedged]
    if len(kept) == len(claims):
        return claims
    for claim in claims:
        if claim.hedged and _consistent([*kept, claim]):
            kept.append(claim)
    return kept


def _one_figure(claims: list[_Claim]) -> bool:
    """True when the claims' values are within ``APPROX`` of each other and
    not small (under 10: "two new stores" and "two stores" coincide)."""
    values = [abs(c.signed) for c in claims]
    return min(values) >= 10 and max(values) <= min(values) * (1 + APPROX)


def _consistent(claims: list[_Claim]) -> bool:
    """True when the figures of different articles can all be true at once.

    Figures within one article are not compared with each other (an article
    may give a figure and its revision); every pair across articles must
    overlap. Intervals on a line all overlap when the largest low is at most
    the smallest high, so this takes linear time: only the claims with the
    largest low and the smallest high (and, when those share an article,
    the best of the other articles) can make a conflicting pair.
    """
    top = max(claims, key=lambda c: c.low)
    bottom = min(claims, key=lambda c: c.high)
    if top.doc_id != bottom.doc_id:
        return top.low <= bottom.high
    others = [c for c in claims if c.doc_id != top.doc_id]
    if not others:
        return True
    return max(c.low for c in others) <= bottom.high and top.low <= min(
        c.high for c in others
    )


def compare(
    articles: Iterable[Article],
    *,
    concept_cutoff: float = CONCEPT_CUTOFF,
    include_unlinked: bool = False,
) -> list[ClaimGroup]:
    """Group the same figure about the same entity across articles.

    Args:
        articles: linked articles (``Entity.link`` set, as ``claimkit
            extract`` writes them); any iterable, read once.
        concept_cutoff: see :class:`Comparer`.
        include_unlinked: see :class:`Comparer`.

    Returns:
        Groups with claims from two or more articles, conflicts first.
    """
    comparer = Comparer(
        concept_cutoff=concept_cutoff, include_unlinked=include_unlinked
    )
    for article in articles:
        comparer.add(article)
    return comparer.groups()


def read_groups(
    path: str | Path, *, skip_invalid: bool = False
) -> RecordReader[ClaimGroup]:
    """Read ClaimGroup records (``claimkit compare`` output), validating each line.

    Raises (while iterating):
        RecordError: a line is not a valid ClaimGroup (E046) or not JSON (E023).
    """
    return RecordReader(path, ClaimGroup, skip_invalid=skip_invalid, code="E046")
