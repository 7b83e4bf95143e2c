"""Group a synthetic million quantity claims: time and memory of claimkit.compare.

    python benchmarks/compare_scale.py --claims 1000000

Synthetic linked articles (ten claims each) about a pool of subjects, with
concepts drawn from a small vocabulary (and near-spellings of it), so that
many claims share a subject and measure. Articles stream in as they would from
``read_articles``; generating them is timed alone and taken out of the
grouping time. Peak memory is the process's, generation included. Beside
claimkit's grouping it times the baseline a naive implementation would be:
every pair of claims of one subject compared (only run at the smallest size;
it grows with the square of a subject's claims).
"""

from __future__ import annotations

import argparse
import random
import resource
import time
from collections.abc import Iterator

from claimkit.compare import Comparer
from claimkit.records import Article, Entity, Mention, Quantity, QuantityClaim

CONCEPTS = [
    "revenue", "profit", "staff", "passenger", "fine", "settlement", "market value",
    "debt", "investment", "order", "subscriber", "store", "vehicle", "share price",
    "dividend", "loss", "sales", "tax bill", "budget", "customer",
]  # fmt: skip
UNITS = ["USD", "EUR", "GBP", "CAD"]


def _articles(n_claims: int, subjects: int, seed: int) -> Iterator[Article]:
    rng = random.Random(seed)
    for doc in range(n_claims // 10):
        text = "Synthetic article text." * 2
        entities = []
        claims = []
        for i in range(10):
            link = f"E{rng.randrange(subjects)}"
            entities.append(
                Entity.model_construct(
                    id=f"e{i}",
                    label="ORG",
                    name=f"Company {link}",
                    mentions=(Mention.model_construct(text="S", start=0, end=1),),
                    link=link,
                )
            )
            concept = rng.choice(CONCEPTS)
            if rng.random() < 0.1:
                concept += "s"  # a near-spelling joins by the bounded fuzzy match
            kind = "count" if concept in ("staff", "passenger", "customer") else "money"
            value = rng.choice([1, 2, 5, 10, 12.5, 40, 38.6]) * 10 ** rng.randrange(
                3, 9
            )
            claims.append(
                QuantityClaim.model_construct(
                    type="quantity",
                    text="S",
                    start=0,
                    end=1,
                    quantity=Quantity.model_construct(
                        kind=kind,
                        value=value,
                        low=None,
                        high=None,
                        unit=None if kind == "count" else rng.choice(UNITS),
                        qualifier=rng.choice(["exact", "exact", "approx", "more_than"]),
                        change=rng.choice([None, None, None, "up", "down"]),
                    ),
                    subject=f"e{i}",
                    source=None,
                    sentence="Synthetic sentence.",
                    concept=concept,
                    concept_key=concept,
                )
            )
        yield Article.model_construct(
            doc_id=f"d{doc}",
            text=text,
            entities=tuple(entities),
            claims=tuple(claims),
            issues=(),
        )


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--claims", type=int, nargs="+", default=[10_000, 100_000, 1_000_000]
    )
    parser.add_argument("--subjects", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    header = ("claims", "build s", "group s", "groups", "conflicts", "peak MB")
    print(" ".join(f"{h:>10}" for h in header) + "  all-pairs s")
    for size in args.claims:
        # Articles stream in as from read_articles: generating them is timed
        # alone first, then taken out of the grouping run.
        start = time.process_time()
        for _ in _articles(size, args.subjects, args.seed):
            pass
        built = time.process_time() - start
        start = time.process_time()
        comparer = Comparer()
        for article in _articles(size, args.subjects, args.seed):
            comparer.add(article)
        groups = comparer.groups()
        grouped = time.process_time() - start - built
        conflicts = sum(g.status == "conflict" for g in groups)
        pairs = "-"
        if size == min(args.claims):
            start = time.process_time()
            _all_pairs(comparer)
            pairs = f"{time.process_time() - start:.2f}"
        print(
            f"{size:>10,} {built:>10.1f} {grouped:>10.1f} {len(groups):>10,} "
            f"{conflicts:>10,} {_rss_mb():>10.0f}  {pairs:>11}"
        )


def _all_pairs(comparer: Comparer) -> int:
    """The naive baseline: compare every pair of a subject's claims."""
    overlaps = 0
    by_subject: dict[str, list[tuple[float, float]]] = {}
    for key, concepts in comparer._buckets.items():
        for claims in concepts.values():
            by_subject.setdefault(key[0], []).extend((c.low, c.high) for c in claims)
    for claims in by_subject.values():
        for i, (low, high) in enumerate(claims):
            for other_low, other_high in claims[i + 1 :]:
                overlaps += not (low > other_high or other_low > high)
    return overlaps


if __name__ == "__main__":
    main()
