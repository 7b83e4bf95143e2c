"""Linking at scale: synthetic mentions at 10k, 100k and 1M; time and peak memory.

Usage: python benchmarks/linking_scale.py [--sizes 10000 100000 1000000] [--seed 0]

A generator makes a corpus of articles (about ten entities each) that mention
people and companies drawn with Zipf-like popularity, written with realistic
variants: case changes, corporate suffixes ("Inc", "Corp.", "plc"),
possessives, titles, first-name drop ("Zhang" for "Angela Zhang"), typos
(swapped, dropped or replaced letters) and sibling companies that share a head
word ("Acme Capital", "Acme Energy"). People share surnames, so a surname alone
is often ambiguous.

Each size runs in a fresh subprocess, so its peak RSS (``resource.getrusage``)
is its own; 10k runs three times and 100k twice (the fastest run is kept) and
the 1-minute load average is printed, since the machine may be shared.
Timed: the ``EntityRegistry.link_article`` calls, in input order,
as wall and CPU seconds (the machine may be shared, so CPU is the steadier
figure); "total" adds building the Article records from the generated corpus.
Printed for each size: seconds, mentions per second, peak RSS, entities made,
pairwise precision/recall against the generator's truth; then the growth
exponent of time between the smallest and largest size next to that of
n log n. The baseline (rapidfuzz token_sort_ratio >= 90 over all distinct
names, connected components) is quadratic and runs at the smallest size only.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import random
import resource
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from claimkit.linking import EntityRegistry  # noqa: E402
from claimkit.records import Article, Entity  # noqa: E402

SYLLABLES = tuple(
    "ka ri to ma en lo vi sa na de mo ra li ta ne ko zu ha ye bo "  # noqa: SIM905
    "gar len mor tin vel son dra kel ban tor mir fen lan rus hol".split()
)
DESCRIPTORS = ("Capital", "Energy", "Systems", "Motors", "Labs", "Pharma", "Media")
SUFFIXES = ("Inc", "Inc.", "Corp.", "Corporation", "Ltd", "plc", "Group", "AG", "SA")
TITLES = ("Dr.", "Mr.", "Ms.", "President")

Mention = tuple[str, str, int]  # label, name, gold entity


def _word(rng: random.Random, low: int, high: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(low, high)))


def make_entities(n: int, rng: random.Random) -> list[tuple[str, tuple[str, ...]]]:
    """Return ``n`` distinct (label, name tokens): 60% people, 40% companies."""
    n_people = n * 6 // 10
    given = sorted({_word(rng, 2, 2).title() for _ in range(600)})
    surnames = sorted({_word(rng, 2, 3).title() for _ in range(max(50, n_people // 3))})
    seen: set[tuple[str, ...]] = set()
    out: list[tuple[str, tuple[str, ...]]] = []
    while len(out) < n_people:
        name = (rng.choice(given), rng.choice(surnames))
        if name not in seen:
            seen.add(name)
            out.append(("PERSON", name))
    heads: list[str] = []
    while len(out) < n:
        if heads and rng.random() < 0.15:  # a sibling of an earlier company
            name = (rng.choice(heads[-200:]), rng.choice(DESCRIPTORS))
        else:
            head = _word(rng, 2, 3).title()
            heads.append(head)
            name = (head,) if rng.random() < 0.5 else (head, rng.choice(DESCRIPTORS))
        if name not in seen:
            seen.add(name)
            out.append(("ORG", name))
    rng.shuffle(out)
    return out


def _typo(name: str, rng: random.Random) -> str:
    positions = [i for i, ch in enumerate(name) if ch.isalpha()][1:-1]
    if len(positions) < 4:
        return name
    i = rng.choice(positions)
    kind = rng.random()
    if kind < 0.4 and i + 1 < len(name) and name[i + 1].isalpha():
        return name[:i] + name[i + 1] + name[i] + name[i + 2 :]
    if kind < 0.7:
        return name[:i] + name[i + 1 :]
    return name[:i] + rng.choice("aeiourstnl") + name[i + 1 :]


def variant(label: str, tokens: tuple[str, ...], rng: random.Random) -> str:
    """Write one mention of an entity the way articles do."""
    name = " ".join(tokens)
    r = rng.random()
    if label == "PERSON":
        if r < 0.12:
            name = tokens[-1]
        elif r < 0.17:
            name += "'s"
        elif r < 0.20:
            name = f"{rng.choice(TITLES)} {name}"
    elif r < 0.12:
        name = f"{name} {rng.choice(SUFFIXES)}"
    elif r < 0.20:
        name += "'s"
    r = rng.random()
    if r < 0.05:
        name = name.upper()
    elif r < 0.08:
        name = name.lower()
    if rng.random() < 0.03:
        name = _typo(name, rng)
    return name


def make_corpus(n_mentions: int, *, seed: int = 0) -> list[list[Mention]]:
    """Return articles (lists of mentions) holding ``n_mentions`` in total."""
    rng = random.Random(seed)
    entities = make_entities(max(100, n_mentions // 10), rng)
    weights = [1.0 / (rank + 1) ** 0.9 for rank in range(len(entities))]
    cum = list(_accumulate(weights))
    articles: list[list[Mention]] = []
    made = 0
    while made < n_mentions:
        size = min(n_mentions - made, rng.randint(5, 15))
        picked = dict.fromkeys(
            rng.choices(range(len(entities)), cum_weights=cum, k=size)
        )
        mentions = [(entities[e][0], variant(*entities[e], rng), e) for e in picked]
        articles.append(mentions)
        made += len(mentions)
    return articles


def _accumulate(values: Sequence[float]) -> Iterator[float]:
    total = 0.0
    for value in values:
        total += value
        yield total


def _articles(corpus: list[list[Mention]]) -> Iterator[Article]:
    for i, mentions in enumerate(corpus):
        entities = tuple(
            Entity.model_construct(
                id=f"e{j}", label=label, name=name, mentions=(), link=None
            )
            for j, (label, name, _) in enumerate(mentions)
        )
        yield Article.model_construct(
            doc_id=f"doc{i}", source=None, title=None, text="", entities=entities,
            claims=(), issues=(), encoding=None, model=None,
        )  # fmt: skip


def pairwise(gold: Sequence[int], pred: Sequence[object]) -> tuple[float, float]:
    def pairs(counter: Counter[object]) -> int:
        return sum(n * (n - 1) // 2 for n in counter.values())

    both = pairs(Counter(zip(gold, pred, strict=True)))
    same_pred, same_gold = pairs(Counter(pred)), pairs(Counter(gold))
    return (
        both / same_pred if same_pred else 1.0,
        both / same_gold if same_gold else 1.0,
    )


def baseline(corpus: list[list[Mention]]) -> list[str]:
    """token_sort_ratio >= 90 between all distinct names, connected components."""
    from linking_quality import baseline_clusters

    return baseline_clusters([(label, name) for m in corpus for label, name, _ in m])


def run_one(n: int, seed: int, with_baseline: bool, repeats: int) -> dict[str, float]:
    """Link ``n`` synthetic mentions (best of ``repeats`` runs); return measurements."""
    corpus = make_corpus(n, seed=seed)
    gold = [e for mentions in corpus for _, _, e in mentions]
    load_before = os.getloadavg()[0]
    best: dict[str, float] = {}
    for _ in range(repeats):
        registry = EntityRegistry()
        links: list[str] = []
        seconds = cpu_seconds = 0.0
        total = time.perf_counter()
        for article in _articles(corpus):
            start, cpu = time.perf_counter(), time.process_time()
            linked = registry.link_article(article)
            seconds += time.perf_counter() - start
            cpu_seconds += time.process_time() - cpu
            links.extend(entity.link or "" for entity in linked.entities)
        total = time.perf_counter() - total
        if best and best["cpu_seconds"] <= cpu_seconds:
            continue
        precision, recall = pairwise(gold, links)
        best = {
            "mentions": len(gold),
            "articles": len(corpus),
            "true_entities": len(set(gold)),
            "entities": len(registry),
            "seconds": seconds,
            "cpu_seconds": cpu_seconds,
            "total_seconds": total,
            "pair_p": precision,
            "pair_r": recall,
        }
    best["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    best["load"] = max(load_before, os.getloadavg()[0])
    best["repeats"] = repeats
    if with_baseline:
        start = time.perf_counter()
        base = baseline(corpus)
        best["baseline_seconds"] = time.perf_counter() - start
        best["baseline_p"], best["baseline_r"] = pairwise(gold, base)
    return best


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000]
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--baseline", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--repeats", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(run_one(args.one, args.seed, args.baseline, args.repeats)))
        return 0
    rows = []
    for i, n in enumerate(sorted(args.sizes)):
        # Small sizes run several times (best kept): a shared machine's noise
        # would otherwise dominate the growth exponent.
        repeats = 3 if n <= 10_000 else 2 if n <= 100_000 else 1
        cmd = [sys.executable, __file__, "--one", str(n), "--seed", str(args.seed)]
        cmd += ["--repeats", str(repeats)]
        if i == 0:
            cmd.append("--baseline")
        done = subprocess.run(cmd, capture_output=True, text=True, check=True)
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
        row = rows[-1]
        print(
            f"{row['mentions']:>9,} mentions {row['articles']:>8,} articles: "
            f"{row['seconds']:7.2f} s wall {row['cpu_seconds']:7.2f} s CPU "
            f"(total {row['total_seconds']:6.1f} s) "
            f"({row['mentions'] / row['seconds']:>7,.0f}/s)  "
            f"peak RSS {row['peak_rss_mb']:7.1f} MB  entities {row['entities']:>7,} "
            f"(true {row['true_entities']:,})  "
            f"pair P {row['pair_p']:.3f} R {row['pair_r']:.3f}  "
            f"(best of {row['repeats']}, load avg {row['load']:.1f})",
            flush=True,
        )
        if "baseline_p" in row:
            print(
                f"{'':>9}   baseline token_sort_ratio>=90 global: "
                f"{row['baseline_seconds']:7.2f} s  pair P {row['baseline_p']:.3f} "
                f"R {row['baseline_r']:.3f} (quadratic; smallest size only)",
                flush=True,
            )
    steps = list(itertools.pairwise(rows))
    if len(rows) > 2:
        steps.append((rows[0], rows[-1]))
    for first, last in steps:
        ratio_n = last["mentions"] / first["mentions"]
        wall = math.log(last["seconds"] / first["seconds"]) / math.log(ratio_n)
        cpu = math.log(last["cpu_seconds"] / first["cpu_seconds"]) / math.log(ratio_n)
        nlogn = math.log(
            ratio_n * math.log(last["mentions"]) / math.log(first["mentions"])
        ) / math.log(ratio_n)
        print(
            f"time growth exponent {first['mentions']:,} -> {last['mentions']:,}: "
            f"{wall:.3f} wall, {cpu:.3f} CPU "
            f"(n log n would be {nlogn:.3f}, linear 1.000)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
