"""Candidate generation for linking: scorers, the per-label indexes, blocking.

As scispacy keeps its candidate generator apart from the linker, this module
finds and scores the entities a name could link to; the registry
(:mod:`claimkit.linking.registry`) decides. Each label has an index over the
anchors (the aliases that are compared, not short forms) of its entities:
exact forms, the tables the short-form and expansion rules read, and blocks for
fuzzy matching. Aliases are blocked by token and 3-character prefix/suffix keys
and by length, and scored with ``rapidfuzz.process.cdist``. Blocks are read
smallest first and at most ``max_candidates`` aliases are scored; when even
the smallest block is larger (a common word such as "capital" or "john" whose
other words missed through a typo), its first ``max_candidates`` aliases are
scored: those of the first-seen entities.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import NamedTuple

import numpy as np
from rapidfuzz import fuzz, process

from claimkit.errors import Errors
from claimkit.linking.normalize import (
    COUNTRIES,
    NATIONAL_BODIES,
    NON_DISTINGUISHING,
    given_key,
    is_coordination,
    is_nickname,
    normalize_name,
    numbers_apart,
    qualifiers,
)

Scorer = Callable[..., float]
SCORERS: dict[str, Scorer] = {
    "ratio": fuzz.ratio,
    "token_sort_ratio": fuzz.token_sort_ratio,
    "token_set_ratio": fuzz.token_set_ratio,
    "partial_ratio": fuzz.partial_ratio,
    "QRatio": fuzz.QRatio,
    "WRatio": fuzz.WRatio,
}
DEFAULT_SCORER = "token_sort_ratio"
DEFAULT_SCORE_CUTOFF = 90.0

_TRAILING_DIGITS = re.compile(r"(.*?)(\d+)")
_DIGIT = re.compile(r"\d")
# Aliases are blocked by word and by length (in buckets of _BUCKET characters);
# the length bound holds for these Indel-based scorers.
_BUCKET = 4
_LENGTH_BOUNDED = frozenset({"ratio", "token_sort_ratio", "QRatio"})
# Sets of cluster indices are dicts with None values ("_Ids"): a dict of ints
# is never tracked by the garbage collector, a set always is, and at a million
# mentions full collections scanning the index's sets were a tenth of the time.
_Ids = dict[int, None]
_NONE: Mapping[int, None] = MappingProxyType({})


class Match(NamedTuple):
    """One link decision: the chosen id, its score (0-100) and the rule used."""

    id: str
    score: float
    rule: str


def get_scorer(name: str) -> Scorer:
    """Return the rapidfuzz scorer called ``name``.

    Raises:
        ValueError: ``name`` is not one of :data:`SCORERS`.
    """
    try:
        return SCORERS[name]
    except KeyError:
        raise ValueError(
            Errors.E040.format(name=name, options=", ".join(SCORERS))
        ) from None


def id_sort_key(entity_id: str) -> tuple[str, int, str]:
    """Order ids naturally: "E9" before "E10"; ids without digits after."""
    found = _TRAILING_DIGITS.fullmatch(entity_id)
    if found is None:
        return (entity_id, -1, entity_id)
    return (found.group(1), int(found.group(2)), "")


def best_match(
    query: str,
    choices: Mapping[str, str],
    *,
    scorer: str = DEFAULT_SCORER,
    processor: Callable[[str], str] | None = normalize_name,
    score_cutoff: float = DEFAULT_SCORE_CUTOFF,
) -> Match | None:
    """Return the choice (``id -> name``) most like ``query``, or ``None``.

    Scores are 0-100; ties go to the lowest id (natural order).
    """
    fn = get_scorer(scorer)
    if not choices:
        return None
    keys = sorted(choices, key=id_sort_key)
    if processor is None:
        names = [choices[key] for key in keys]
    else:
        query = processor(query)
        names = [processor(choices[key]) for key in keys]
    scores = process.cdist([query], names, scorer=fn, workers=1)[0]
    best = int(np.argmax(scores))  # first maximum: the lowest id
    score = float(scores[best])
    if score < score_cutoff:
        return None
    return Match(keys[best], score, "exact" if score >= 100.0 else "fuzzy")


@dataclass(slots=True)
class _LabelIndex:
    """Lookup tables over the anchors (comparable aliases) of one label."""

    anchors: dict[str, int] = field(default_factory=dict)
    blocks: dict[str, list[str]] = field(default_factory=dict)
    surnames: dict[str, _Ids] = field(default_factory=dict)
    given: dict[str, _Ids] = field(default_factory=dict)
    first_last: dict[str, _Ids] = field(default_factory=dict)
    initials: dict[str, _Ids] = field(default_factory=dict)
    prefixes: dict[str, _Ids] = field(default_factory=dict)
    lasts: dict[str, _Ids] = field(default_factory=dict)
    lone: dict[str, _Ids] = field(default_factory=dict)
    learned: dict[str, _Ids] = field(default_factory=dict)
    # An ORG's words run together ("timewarner", "supermicro" for "Super
    # Micro Computer"), for the same name written as one word.
    joined: dict[str, _Ids] = field(default_factory=dict)
    max_bucket: int = 0
    forms: dict[str, int] = field(default_factory=dict)

    def policy_keys(
        self, tokens: tuple[str, ...], label: str
    ) -> list[tuple[dict[str, _Ids], str]]:
        """Return the (table, key) pairs an anchor with ``tokens`` is filed under."""
        if len(tokens) == 1:
            # People known by one word; one-word organizations too, so that
            # an ambiguous one ("Leeds", the club or the city) can choose.
            return [(self.lone, tokens[0])]
        if label == "ORG" and (
            (name := " ".join(tokens)) in COUNTRIES or name in NATIONAL_BODIES
        ):
            # "New Zealand" the rugby side or the cricket side, the US or the
            # UK "Supreme Court": homonyms too.
            return [(self.lone, name)]
        if len(tokens) < 2 or is_coordination(tokens):
            return []
        if label == "PERSON":
            return [
                (self.surnames, tokens[-1]),
                (self.given, tokens[0]),
                (self.first_last, f"{given_key(tokens[0])} {tokens[-1]}"),
                (self.initials, f"{tokens[0][0]} {tokens[-1]}"),
            ]
        # Filed by the leading words a name extends plainly ("micron" for
        # "micron technology", never "mlb" for "mlb network") and by a
        # distinctive last word ("oilers" for "edmonton oilers").
        spelled = all(len(token) >= 2 for token in tokens)  # no initials
        keys = [(self.joined, "".join(tokens))] if spelled else []
        for k in range(len(tokens) - 1, 0, -1):
            if tokens[k] not in NON_DISTINGUISHING:
                break
            keys.append((self.prefixes, " ".join(tokens[:k])))
            if k > 1 and spelled:
                keys.append((self.joined, "".join(tokens[:k])))
        if is_nickname(tokens[-1], tokens):
            keys.append((self.lasts, tokens[-1]))
        return keys


def _block_keys(tokens: tuple[str, ...]) -> list[str]:
    """Return the blocking keys of a name.

    Several words: each word ("tnvidia"), so a typo in one word still meets the
    others. One word: its first and last three letters ("pnvi", "sdia"), which
    only one-word names share; a one-word name never scores high against a
    longer one.
    """
    if len(tokens) > 1:
        return ["t" + token for token in tokens if len(token) >= 2]
    token = tokens[0]
    if len(token) < 4:
        return []
    return ["p" + token[:3], "s" + token[-3:]]


class CandidateGenerator:
    """The per-label indexes over anchors, and the blocked fuzzy search on them.

    The registry files each anchor here (:meth:`add`, :meth:`drop`) and asks
    for fuzzy candidates (:meth:`fuzzy`); it reads the exact and short-form
    tables of :attr:`indexes` itself.

    Raises:
        ValueError: an unknown scorer (E040) or an option out of range (E010).
    """

    def __init__(
        self,
        labels: Iterable[str],
        *,
        scorer: str,
        score_cutoff: float,
        min_fuzzy_chars: int,
        max_candidates: int,
    ) -> None:
        get_scorer(scorer)  # an unknown scorer is the first error reported
        if not 0.0 <= score_cutoff <= 100.0:
            raise ValueError(
                Errors.E010.format(
                    option="score_cutoff",
                    component="EntityRegistry",
                    value=score_cutoff,
                    hint="Use a score between 0 and 100.",
                )
            )
        for option, value in (
            ("min_fuzzy_chars", min_fuzzy_chars),
            ("max_candidates", max_candidates),
        ):
            if value < 1:
                raise ValueError(
                    Errors.E010.format(
                        option=option,
                        component="EntityRegistry",
                        value=value,
                        hint="Use a positive integer.",
                    )
                )
        self.scorer = scorer
        self.score_cutoff = float(score_cutoff)
        self.min_fuzzy_chars = min_fuzzy_chars
        self.max_candidates = max_candidates
        self._presort = scorer == "token_sort_ratio"
        self._compare: Scorer = fuzz.ratio if self._presort else get_scorer(scorer)
        self.indexes: dict[str, _LabelIndex] = {
            label: _LabelIndex() for label in labels
        }

    def add(self, label: str, owner: int, norm: str, tokens: tuple[str, ...]) -> None:
        """File the anchor ``norm`` (words ``tokens``) of entity ``owner``."""
        index = self.indexes[label]
        first = index.anchors.get(norm)
        if first is None or owner < first:
            index.anchors[norm] = owner
        bucket = len(norm) // _BUCKET
        index.max_bucket = max(index.max_bucket, bucket)
        form = self._form(norm, tokens)
        first = index.forms.get(form)
        if first is None or owner < first:
            index.forms[form] = owner
        for key in _block_keys(tokens):
            index.blocks.setdefault(f"{key}|{bucket}", []).append(form)
        for table, key in index.policy_keys(tokens, label):
            table.setdefault(key, {})[owner] = None

    def drop(self, label: str, owner: int, norm: str, kept: Collection[str]) -> None:
        """Unfile the anchor ``norm`` of entity ``owner``, whose ``kept`` anchors stay.

        Blocks keep the form: a stale one is skipped when scored.
        """
        index = self.indexes[label]
        if index.anchors.get(norm) == owner:
            del index.anchors[norm]
        form = self._form(norm, tuple(norm.split()))
        if index.forms.get(form) == owner and not any(
            self._form(anchor, tuple(anchor.split())) == form for anchor in kept
        ):
            del index.forms[form]
        still = {
            (id(table), key)
            for anchor in kept
            for table, key in index.policy_keys(tuple(anchor.split()), label)
        }
        for table, key in index.policy_keys(tuple(norm.split()), label):
            if (id(table), key) not in still:
                table.get(key, {}).pop(owner, None)

    def fuzzy(
        self, norm: str, tokens: tuple[str, ...], label: str
    ) -> tuple[int, float, str] | None:
        """Score the blocked aliases with cdist; return the best at the cutoff.

        The best is (entity, score, the alias's compared form).

        An ORG alias whose place or nationality words differ is skipped: "US
        Senate" is not a typo of "UK Senate"; so is an alias whose numbers
        differ ("BBC Radio 4" / "BBC Radio 1").
        """
        if len(norm) < self.min_fuzzy_chars:
            return None
        index = self.indexes[label]
        blocks = index.blocks
        buckets = self._buckets(len(norm), index)
        keys = [
            f"{block}|{bucket}" for block in _block_keys(tokens) for bucket in buckets
        ]
        postings = sorted((blocks[key] for key in keys if key in blocks), key=len)
        if not postings:
            return None
        choices = postings[0][: self.max_candidates]
        for posting in postings[1:]:
            if len(choices) + len(posting) > self.max_candidates:
                break
            # An alias met twice is scored twice: cheaper than removing it.
            choices = choices + posting
        scores = process.cdist(
            [self._form(norm, tokens)],
            choices,
            scorer=self._compare,
            score_cutoff=self.score_cutoff,
            workers=1,
        )[0]
        best: tuple[int, float, str] | None = None
        places = qualifiers(tokens) if label == "ORG" else None
        numbered = _DIGIT.search(norm) is not None
        hits = np.flatnonzero(scores >= self.score_cutoff).tolist()
        if len(hits) > 1:
            # Best score first: the checks below run until the best that
            # passes, and its ties (the lowest entity wins a tie), are known.
            hits.sort(key=scores.__getitem__, reverse=True)
        for j in hits:
            score = float(scores[j])
            if best is not None and score < best[1]:
                break
            form = choices[j]
            owner = index.forms.get(form)
            if owner is None:
                continue  # an alias no longer compared (a short form now)
            if places is not None and qualifiers(form.split()) != places:
                continue
            if (numbered or _DIGIT.search(form)) and numbers_apart(
                tokens, form.split()
            ):
                continue
            if best is None or owner < best[0]:
                best = (owner, score, form)
        return best

    def _form(self, norm: str, tokens: tuple[str, ...]) -> str:
        """Return the string the scorer compares for a normalized name.

        token_sort_ratio is ratio on sorted words, so aliases are filed with
        their words sorted once and compared with plain ratio.
        """
        return " ".join(sorted(tokens)) if self._presort else norm

    def _buckets(self, length: int, index: _LabelIndex) -> range:
        """Return the length buckets a name of ``length`` can score well against.

        An Indel-based score (ratio, token_sort_ratio, QRatio) of ``c`` percent
        needs the shorter string to be at least ``c / (200 - c)`` of the longer,
        so most aliases need not be scored at all. Other scorers read every bucket.
        """
        cutoff = self.score_cutoff / 100.0
        if self.scorer not in _LENGTH_BOUNDED or cutoff <= 0.0:
            return range(index.max_bucket + 1)
        low = int(length * cutoff / (2.0 - cutoff))
        high = math.ceil(length * (2.0 - cutoff) / cutoff)
        return range(low // _BUCKET, min(high // _BUCKET, index.max_bucket) + 1)
