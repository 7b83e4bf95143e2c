"""Where same-figure pairs are lost on the way to a claim group.

    python benchmarks/compare_losses.py ARTICLES.jsonl [--show REASON] [--seed N]

Takes pairs of quantity claims from different articles that state the same
figure (same kind; for money the same currency; values within 2%) in
sentences that read alike (rapidfuzz ``token_set_ratio`` of the two
sentences at least ``--similar``, default 70, and at least one shared word of
four letters or more beside the figure), then says, for each pair, at which
step of :class:`claimkit.compare.Comparer` it is lost:

- ``subject null``: a claim has no subject (``, named`` when both
  sentences name one linked entity: a subject extraction may have missed);
- ``subject unlinked``: the subject entity has no corpus link;
- ``subjects differ``: both linked, to different entities;
- ``concept null``: a claim has no concept (no ``concept_key``; counts fall
  back to their counted noun);
- ``concepts differ``: concepts (after synonyms and the bounded fuzzy match)
  differ;
- ``unit/per differ``, ``level vs change``;
- ``no period``: a change, an event count or an occasion level without a
  named period is left out;
- ``periods differ``;
- ``grouped``: the two claims share a group.

The pairs are candidates, not a gold set: a pair that reads alike may still
be two measures (two races' distances). ``--show REASON`` prints a sample of
that reason's pairs with their sentences, for reading.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process

from claimkit.compare import Comparer, day_of, period_of
from claimkit.io import read_articles
from claimkit.records import Article, QuantityClaim

_STEPS = (
    "subject null",
    "subject null, named",
    "subject unlinked",
    "subjects differ",
    "concept null",
    "concepts differ",
    "unit/per differ",
    "level vs change",
    "no period",
    "periods differ",
    "grouped",
)


def _trace(comparer: Comparer, article: Article) -> Iterable[dict[str, Any]]:
    """Each quantity claim with what Comparer.add decides about it."""
    entities = {e.id: e for e in article.entities}
    for claim in article.claims:
        if not isinstance(claim, QuantityClaim) or claim.quantity.value is None:
            continue
        q = claim.quantity
        subject = entities.get(claim.subject) if claim.subject else None
        # With a subject, what Comparer decides (ages, places, a person's
        # counts); without one, the claim's own concept.
        measured = comparer.measure(claim, subject, article) if subject else None
        concept, stock = comparer._concept(claim)
        # The linked entities named in the claim's sentence.
        at = article.text.find(claim.sentence)
        span = (at, at + len(claim.sentence)) if at >= 0 else (claim.start, claim.end)
        named = {
            e.link
            for e in article.entities
            if e.link and any(span[0] <= m.start < span[1] for m in e.mentions)
        }
        period = period_of(claim.sentence, article.published)
        if q.change and not period:
            period = (
                article.published[:10] if article.published else day_of(claim.sentence)
            )
        dropped = not period and (bool(q.change) or not stock)
        if measured is not None:
            concept, period = measured.concept, measured.period
            dropped = not measured.compared
        yield {
            "doc": article.doc_id,
            "text": claim.text,
            "start": claim.start,
            "sentence": claim.sentence.strip(),
            "kind": q.kind,
            "unit": q.unit or "",
            "per": q.per or "",
            "value": abs(q.value or 0.0),
            "change": bool(q.change),
            "subject": None if subject is None else subject.name,
            "link": None if subject is None else subject.link,
            "named": named,
            "concept": concept,
            "dropped": dropped,
            "period": period,
        }


def _reason(a: dict[str, Any], b: dict[str, Any], grouped: set[tuple[str, int]]) -> str:
    if a["subject"] is None or b["subject"] is None:
        # Extraction missed a subject when both sentences name one entity.
        if a["named"] & b["named"]:
            return "subject null, named"
        return "subject null"
    if a["link"] is None or b["link"] is None:
        return "subject unlinked"
    if a["link"] != b["link"]:
        return "subjects differ"
    if a["concept"] is None or b["concept"] is None:
        return "concept null"
    together = (a["doc"], a["start"]) in grouped and (b["doc"], b["start"]) in grouped
    if a["concept"] != b["concept"] and not together:
        return "concepts differ"
    unit_a = a["concept"].split()[-1] if a["kind"] == "count" else a["unit"]
    unit_b = b["concept"].split()[-1] if b["kind"] == "count" else b["unit"]
    if (unit_a, a["per"]) != (unit_b, b["per"]):
        return "unit/per differ"
    if a["change"] != b["change"]:
        return "level vs change"
    if a["dropped"] or b["dropped"]:
        return "no period"
    if a["period"] != b["period"]:
        return "periods differ"
    return "grouped" if together else "concepts differ"


def _words(sentence: str) -> set[str]:
    return {w.lower().strip(".,;:'\"()") for w in sentence.split() if len(w) >= 4}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles")
    parser.add_argument("--similar", type=float, default=70.0)
    parser.add_argument("--ratio", type=float, default=3.0)
    parser.add_argument("--show", default=None, help="same|REASON or differ|REASON")
    parser.add_argument("--n", type=int, default=15)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    comparer = Comparer()
    claims: list[dict[str, Any]] = []
    for article in read_articles(args.articles):
        comparer.add(article)
        claims.extend(_trace(comparer, article))
    grouped: dict[tuple[str, int], str] = {}
    for group in comparer.groups():
        for m in group.members:
            grouped[(m.doc_id, m.start)] = group.id
    # Pairs within one kind and currency whose sentences read alike.
    buckets: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for c in claims:
        if c["value"]:
            buckets[(c["kind"], "" if c["kind"] == "count" else c["unit"])].append(c)
    pairs: list[tuple[str, dict[str, Any], dict[str, Any]]] = []
    for bucket in buckets.values():
        sentences = [c["sentence"] for c in bucket]
        scores = process.cdist(
            sentences,
            sentences,
            scorer=fuzz.token_set_ratio,
            score_cutoff=args.similar,
            dtype=np.uint8,
        )
        for i, j in zip(*np.nonzero(scores), strict=True):
            a, b = bucket[i], bucket[j]
            if i >= j or a["doc"] == b["doc"]:
                continue
            ratio = max(a["value"], b["value"]) / min(a["value"], b["value"])
            if ratio > args.ratio:
                continue
            if not (_words(a["sentence"]) & _words(b["sentence"])):
                continue
            together = {(a["doc"], a["start"]), (b["doc"], b["start"])}
            same = len({grouped.get(k) for k in together}) == 1 and all(
                k in grouped for k in together
            )
            reason = _reason(a, b, {k for k in together if same})
            close = "same" if ratio <= 1.02 else "differ"
            pairs.append((f"{close}|{reason}", a, b))
    counts = Counter(reason for reason, _, _ in pairs)
    print(f"{len(claims)} quantity claims with a value; {len(pairs)} candidate pairs")
    print(f"  {'lost at':18} {'same':>6} {'differ':>6}")
    for step in _STEPS:
        same, differ = counts.get(f"same|{step}", 0), counts.get(f"differ|{step}", 0)
        print(f"  {step:18} {same:6} {differ:6}")
    if args.show:
        chosen = [p for p in pairs if p[0] == args.show]
        random.Random(args.seed).shuffle(chosen)
        for _, a, b in chosen[: args.n]:
            for c in (a, b):
                print(
                    f"  {c['doc']:18} {c['text']!r:24} subj={c['subject']}/{c['link']}"
                    f" concept={c['concept']} period={c['period']!r}"
                    f" drop={c['dropped']}"
                )
                print(f"      {c['sentence'][:220]}")
            print()


if __name__ == "__main__":
    main()
