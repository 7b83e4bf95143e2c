"""Linking at scale: synthetic mentions from 10k to 1M; time, memory, growth.

Usage: python benchmarks/linking_scale.py [--sizes 10000 30000 100000 300000 1000000]
       [--repeats N] [--seed 0]

A generator makes a corpus of articles (about ten entities each) that mention
people and companies drawn with Zipf-like popularity, written with realistic
variants: case changes, corporate suffixes ("Inc", "Corp.", "plc"),
possessives, titles, first-name drop ("Zhang" for "Angela Zhang"), typos
(swapped, dropped or replaced letters) and sibling companies that share a head
word ("Acme Capital", "Acme Energy"). People share surnames, so a surname alone
is often ambiguous; the given-name pool and the company descriptors are fixed,
so the blocks of common words ("john", "capital") grow with the corpus, as they
do in real news.

How it measures (printed with the results):

- one worker process per size, so each size's peak RSS
  (``resource.getrusage``) is its own; each worker first links a 2,000-mention
  warm-up corpus (another seed) with a throwaway registry, so imports and
  first calls are not timed, then builds its corpus;
- the generated corpus is frozen out of the garbage collector's scans
  (``gc.freeze``) and the links are kept in an array: they are the harness's
  data (``claimkit extract`` streams articles and keeps no corpus), and at 1M
  mentions scanning them would be charged to linking; everything the registry
  allocates is collected as usual;
- once every worker is ready, runs are interleaved across sizes, round by
  round (alternately smallest-first and largest-first), so the changing load
  of a shared machine falls on every size alike; each run links the corpus
  with a new registry after ``gc.collect()``; timed are the
  ``EntityRegistry.link_article`` calls, in input order, as CPU seconds
  (``time.process_time``; steadier than wall time on a shared machine) and
  wall seconds; garbage-collector pauses inside them are timed too
  (``gc.callbacks``) and shown apart;
- every size reports the median of its runs (and the min-max spread); the
  same statistic at every size, so no size is favoured;
- growth: the least-squares slope of log(median CPU seconds) on log(mentions)
  over all sizes, with its standard error, next to the slope that n log n
  has over the same sizes computed the same way (and 1.000 for linear); also
  the slopes of the min and max runs, and of CPU time less GC pauses;
- a linear reference job (``reference_seconds``: n random lookups in a dict of
  n names, O(1) per item) is timed in the same workers after their peak RSS is
  read; its slope is what this machine's caches and memory make of linear
  work that is all memory access, at these sizes.

The baseline (rapidfuzz token_sort_ratio >= 90 over all distinct names,
connected components) is quadratic and runs at the smallest size only.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from array import array
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


class _GcClock:
    """Sum the wall time of garbage-collector pauses (``gc.callbacks``)."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.collections = 0
        self._start = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.seconds += time.perf_counter() - self._start
            self.collections += 1


def _link_once(
    corpus: list[list[Mention]],
) -> tuple[EntityRegistry, array[int], dict[str, float]]:
    """Link ``corpus`` with a new registry; return it, the links and the timings.

    The links are kept as numbers in an array, which the garbage collector does
    not scan (a list of a million id strings would be scanned at every full
    collection, a cost of this harness, not of linking).
    """
    gc.collect()
    clock = _GcClock()
    gc.callbacks.append(clock)
    registry = EntityRegistry(id_prefix="E")
    links: array[int] = array("q")
    seconds = cpu_seconds = 0.0
    total = time.perf_counter()
    try:
        for article in _articles(corpus):
            start, cpu = time.perf_counter(), time.process_time()
            linked = registry.link_article(article)
            seconds += time.perf_counter() - start
            cpu_seconds += time.process_time() - cpu
            links.extend(int((e.link or "E0")[1:]) for e in linked.entities)
    finally:
        gc.callbacks.remove(clock)
    timing = {
        "seconds": seconds,
        "cpu_seconds": cpu_seconds,
        "total_seconds": time.perf_counter() - total,
        "gc_seconds": clock.seconds,
    }
    return registry, links, timing


def reference_seconds(n: int, seed: int, runs: int = 3) -> float:
    """Time a plainly linear job at size ``n``: the median CPU seconds of runs.

    The job looks up ``n`` names in random order in a dict of ``n`` names: O(1)
    work per item, so any growth of its time per item is the machine's (caches,
    memory), not an algorithm's. It calibrates the growth exponent. Each run
    makes at least 2M lookups (several passes at small ``n``, too short to time
    once) and reports the seconds of one pass.
    """
    rng = random.Random(seed)
    names = [f"{_word(rng, 2, 3)} {_word(rng, 2, 3)} {i}" for i in range(n)]
    table = {name: i for i, name in enumerate(names)}
    probes = [names[j] for j in rng.choices(range(n), k=n)]
    passes = max(1, 2_000_000 // n)
    timings = []
    for _ in range(runs):
        start = time.process_time()
        for _ in range(passes):
            for name in probes:
                table.get(name)
        timings.append((time.process_time() - start) / passes)
    return statistics.median(timings)


def worker(n: int, seed: int, with_baseline: bool) -> None:
    """Serve timed runs over stdin: "run" links the corpus once, "done" reports.

    Each reply is one JSON line; the last one holds the accuracy, peak RSS and
    (``with_baseline``) the baseline's figures.
    """
    _link_once(make_corpus(2_000, seed=seed + 1))  # warm-up, not reported
    corpus = make_corpus(n, seed=seed)
    gold = array("q", (e for mentions in corpus for _, _, e in mentions))
    # The corpus is this harness's data (claimkit extract streams articles and
    # holds none): frozen out of the collector's scans; what linking allocates
    # is collected as usual.
    gc.collect()
    gc.freeze()
    print("ready", flush=True)
    first: tuple[array[int], int] | None = None
    for line in sys.stdin:
        if line.strip() != "run":
            break
        load = os.getloadavg()[0]
        registry, links, timing = _link_once(corpus)
        timing["load"] = max(load, os.getloadavg()[0])
        if first is None:  # linking is deterministic: every run links the same
            first = (links, len(registry))
        del registry, links
        print(json.dumps(timing), flush=True)
    row: dict[str, object] = {
        "mentions": len(gold),
        "articles": len(corpus),
        "true_entities": len(set(gold)),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    row["reference_seconds"] = reference_seconds(len(gold), seed)  # after the RSS
    if first is not None:
        row["pair_p"], row["pair_r"] = pairwise(gold, first[0])
        row["entities"] = first[1]
    if with_baseline:
        start = time.perf_counter()
        base = baseline(corpus)
        row["baseline_seconds"] = time.perf_counter() - start
        row["baseline_p"], row["baseline_r"] = pairwise(gold, base)
    print(json.dumps(row), flush=True)


def measure(sizes: Sequence[int], seed: int, repeats: int) -> list[dict[str, object]]:
    """Start one worker per size, then time their runs interleaved, round by round.

    Interleaving spreads a shared machine's changing load over every size
    alike; rounds alternate smallest-first and largest-first.
    """
    workers = []
    for i, n in enumerate(sizes):
        cmd = [sys.executable, __file__, "--worker", str(n), "--seed", str(seed)]
        if i == 0:
            cmd.append("--baseline")
        workers.append(
            subprocess.Popen(
                cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
            )
        )
    for proc in workers:  # every corpus is built before anything is timed
        assert proc.stdout is not None
        if proc.stdout.readline().strip() != "ready":
            raise RuntimeError(f"worker failed: {proc.args}")
    runs: list[list[dict[str, float]]] = [[] for _ in sizes]
    plan = [repeats or default_repeats(n) for n in sizes]
    for round_ in range(max(plan)):
        order = range(len(sizes)) if round_ % 2 == 0 else reversed(range(len(sizes)))
        for i in order:
            if round_ < plan[i]:
                proc = workers[i]
                assert proc.stdin is not None and proc.stdout is not None
                proc.stdin.write("run\n")
                proc.stdin.flush()
                runs[i].append(json.loads(proc.stdout.readline()))
    rows: list[dict[str, object]] = []
    for proc, timings in zip(workers, runs, strict=True):
        out, _ = proc.communicate("done\n")
        if proc.returncode:
            raise RuntimeError(f"worker failed: {proc.args}")
        row = json.loads(out.strip().splitlines()[-1])
        row["runs"] = timings
        rows.append(row)
    return rows


def slope(xs: Sequence[float], ys: Sequence[float]) -> tuple[float, float]:
    """Return the least-squares slope of log(ys) on log(xs) and its standard error."""
    lx, ly = [math.log(x) for x in xs], [math.log(y) for y in ys]
    mx, my = statistics.fmean(lx), statistics.fmean(ly)
    sxx = sum((x - mx) ** 2 for x in lx)
    b = sum((x - mx) * (y - my) for x, y in zip(lx, ly, strict=True)) / sxx
    if len(xs) < 3:
        return b, float("nan")
    residual = sum((y - my - b * (x - mx)) ** 2 for x, y in zip(lx, ly, strict=True))
    return b, math.sqrt(residual / (len(xs) - 2) / sxx)


def default_repeats(n: int) -> int:
    """Return how many runs a size gets: five up to 100k mentions, else three."""
    return 5 if n <= 100_000 else 3


METHOD = """\
method: one worker process per size (its own peak RSS) builds its corpus and links
  2,000 other mentions untimed (warm-up); the corpus is frozen out of the garbage
  collector's scans (gc.freeze: the harness's data; extract streams articles) and
  links are kept in an array. Runs: {repeats} per size, interleaved across sizes
  round by round (alternately smallest- and largest-first) so a shared machine's
  load drift hits every size alike; each run uses a new registry after
  gc.collect(). Timed: the link_article calls (CPU = process_time; wall; GC =
  collector pauses inside them; the registry's objects are collected as usual).
  Reported: the median run (min-max spread). Growth: least-squares slope of
  log(median CPU s) on log(mentions) over all sizes (+- standard error), beside the
  slope that n log n has over the same sizes, computed the same way, and beside a
  linear reference job timed in the same workers (after peak RSS is read)."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes",
        type=int,
        nargs="+",
        default=[10_000, 30_000, 100_000, 300_000, 1_000_000],
    )
    parser.add_argument(
        "--repeats",
        type=int,
        default=0,
        help="runs per size (default: 5 up to 100k mentions, else 3)",
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--baseline", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        worker(args.worker, args.seed, args.baseline)
        return 0
    sizes = sorted(set(args.sizes))
    plan = ", ".join(f"{n:,}: {args.repeats or default_repeats(n)}" for n in sizes)
    print(METHOD.format(repeats=args.repeats or f"({plan})"), flush=True)
    print(
        f"{'mentions':>9} {'articles':>8} {'runs':>4} {'CPU s':>7} "
        f"{'(min-max)':>15} {'wall s':>7} {'GC s':>6} {'us/ment':>7} "
        f"{'ns/(n lg n)':>11} {'peak MB':>8} {'entities':>8} "
        f"{'pair P':>6} {'pair R':>6} {'load':>4}",
        flush=True,
    )
    rows = measure(sizes, args.seed, args.repeats)
    for row in rows:
        runs = row["runs"]
        for key in ("cpu_seconds", "seconds", "gc_seconds", "total_seconds"):
            values = [run[key] for run in runs]
            row[key] = statistics.median(values)
            row[f"{key}_min"], row[f"{key}_max"] = min(values), max(values)
        row["cpu_less_gc"] = statistics.median(
            max(run["cpu_seconds"] - run["gc_seconds"], 1e-9) for run in runs
        )
        row["load"] = max(run["load"] for run in runs)
        m = row["mentions"]
        print(
            f"{m:>9,} {row['articles']:>8,} {len(runs):>4} "
            f"{row['cpu_seconds']:>7.2f} "
            f"({row['cpu_seconds_min']:>6.2f}-{row['cpu_seconds_max']:>6.2f}) "
            f"{row['seconds']:>7.2f} {row['gc_seconds']:>6.2f} "
            f"{1e6 * row['cpu_seconds'] / m:>7.1f} "
            f"{1e9 * row['cpu_seconds'] / (m * math.log2(m)):>11.1f} "
            f"{row['peak_rss_mb']:>8.1f} {row['entities']:>8,} "
            f"{row['pair_p']:>6.3f} {row['pair_r']:>6.3f} {row['load']:>4.1f}",
            flush=True,
        )
        if "baseline_p" in row:
            print(
                f"{'':>9} baseline token_sort_ratio>=90 global (quadratic; smallest "
                f"size only): {row['baseline_seconds']:.2f} s wall, "
                f"pair P {row['baseline_p']:.3f} R {row['baseline_r']:.3f}; "
                f"true entities {row['true_entities']:,}",
                flush=True,
            )
    if len(rows) < 2:
        return 0
    ns = [row["mentions"] for row in rows]
    reference, _ = slope(ns, [n * math.log(n) for n in ns])
    growth, error = slope(ns, [row["cpu_seconds"] for row in rows])
    print(
        f"time growth, fitted over {len(ns)} sizes {ns[0]:,} -> {ns[-1]:,}: "
        f"{growth:.3f} +- {error:.3f} (median CPU); n log n {reference:.3f}, "
        f"linear 1.000"
    )
    for label, key in (
        ("min-run CPU", "cpu_seconds_min"),
        ("max-run CPU", "cpu_seconds_max"),
        ("median wall", "seconds"),
        ("median CPU less GC pauses", "cpu_less_gc"),
    ):
        value, err = slope(ns, [row[key] for row in rows])
        print(f"  {label:<26} {value:.3f} +- {err:.3f}")
    linear, err = slope(ns, [row["reference_seconds"] for row in rows])
    per_item = ", ".join(
        f"{1e9 * row['reference_seconds'] / row['mentions']:.0f}" for row in rows
    )
    print(
        f"  linear reference job       {linear:.3f} +- {err:.3f} (n random lookups "
        f"in an n-name dict, same workers: O(1) work per item, all of it memory "
        f"access; ns per item {per_item})"
    )
    first, last = rows[0], rows[-1]
    ends = math.log(last["mentions"] / first["mentions"])
    nlogn = [n * math.log(n) for n in (first["mentions"], last["mentions"])]
    print(
        f"  end points only ({first['mentions']:,} -> {last['mentions']:,}): "
        f"{math.log(last['cpu_seconds'] / first['cpu_seconds']) / ends:.3f} "
        f"(n log n {math.log(nlogn[1] / nlogn[0]) / ends:.3f})"
    )
    verdict = "within" if growth <= reference else "ABOVE"
    print(f"verdict: fitted growth {growth:.3f} is {verdict} n log n ({reference:.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
