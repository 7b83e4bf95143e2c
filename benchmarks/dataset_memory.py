"""Peak memory of a dataset run: does a JSONL corpus stream with flat memory?

Usage: python benchmarks/dataset_memory.py [--size-mb 125] [--factor 8]
       [--pipeline-rows 64] [--workdir DIR] [--keep] [--no-baseline]

A generator writes a synthetic JSONL corpus of its own sentences (company
names, figures, quotes; every row different, about 4 KB of text a row with
id, title, date, url and author fields) at ``--size-mb`` and at ``--factor``
times that. Each measurement runs in a fresh process, so each peak RSS
(``resource.getrusage``) is its own:

- ``read``: the input side of ``claimkit extract`` without spaCy's work:
  rows read (:func:`claimkit.corpus.expand_inputs`, which makes repeated ids
  unique), checked for ``--max-chars`` and duplicates (``batch._read_all``
  with its ``Deduper``) and written as Article lines (``LineWriter``; to
  /dev/null, so the disk is not filled twice). The ids and text hashes of
  every row are kept (they must be, to find a repeat of any earlier row), in
  on-disk stores (``claimkit.keystore``) whose RAM does not grow with rows;
- ``read, no dedupe``: the same with the duplicate check off;
- ``count``: the counting pass ``run_extract`` makes before it starts;
- ``pipeline``: ``run_extract`` itself (spaCy, claimkit's components,
  linking; batches of 32) on the first ``--pipeline-rows`` rows and on
  ``--factor`` times as many: spaCy cannot parse a gigabyte here in
  reasonable time;
- baseline ``list rows``: every row parsed into one list, as a reader that
  is not streaming would (skipped with ``--no-baseline``).

Peak RSS is printed side by side for 1x and Nx with their ratio (flat memory:
within 10%), with wall-clock and CPU seconds (user + system, the steadier of
the two on a shared machine).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COMPANIES = [
    "Harbourline Freight",
    "Kestrel Bank",
    "Orbit Air",
    "Quill Media",
    "Delta Foods",
    "Pike Energy",
    "Argo Mining",
    "Helix Labs",
    "Brackenford Orchards",
    "Solent Water",
]
PEOPLE = [
    "Marten Vos",
    "Ruth Ellery",
    "Dana Lee",
    "Priya Okafor",
    "Tomas Haverly",
    "Ana Ruiz",
    "Ben Cole",
    "Sam Vale",
    "Lena Brandt",
    "Jo Park",
]
CITIES = ["Rotterdam", "Leeds", "Lyon", "Gdansk", "Porto", "Tampere", "Cork", "Bari"]
SENTENCES = [
    "{company} said on {day} that its quarterly revenue rose {pct}% to ${money} million.",
    "The group employs {count} people in {city} and plans to hire {small} more this year.",
    '"We expect demand to stay strong," chief executive {person} told analysts.',
    "Shares in {company} closed {pct2}% lower after the results were published.",
    "{person}, who has led the firm since {year}, said costs had fallen by a fifth.",
    "Analysts at {company2} had forecast an operating profit of ${money2} million.",
    "The company shipped {count} units from its plant near {city} in the quarter.",
    "According to {person2}, prices in the sector rose {pct}% over the past year.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def make_paragraph(rng: random.Random) -> str:
    """Return one paragraph of four generated sentences."""
    sentences = []
    for _ in range(4):
        template = rng.choice(SENTENCES)
        sentences.append(
            template.format(
                company=rng.choice(COMPANIES),
                company2=rng.choice(COMPANIES),
                person=rng.choice(PEOPLE),
                person2=rng.choice(PEOPLE),
                city=rng.choice(CITIES),
                day=rng.choice(DAYS),
                pct=rng.randint(1, 40),
                pct2=round(rng.uniform(0.5, 9.5), 1),
                money=rng.randint(10, 990),
                money2=rng.randint(10, 990),
                count=rng.randint(100, 90_000),
                small=rng.randint(5, 400),
                year=rng.randint(1995, 2023),
            )
        )
    return " ".join(sentences)


def make_row(index: int, rng: random.Random, pool: list[str]) -> dict[str, str]:
    """Return one article row of about 4 KB of text, unique by its first line."""
    company = rng.choice(COMPANIES)
    paragraphs = [pool[rng.randrange(len(pool))] for _ in range(9)]
    return {
        "id": f"r{index:09d}",
        "title": f"{company} report number {index}",
        "date": f"2024-{1 + index % 12:02d}-{1 + index % 28:02d}",
        "url": f"https://news.example/{index}",
        "author": rng.choice(PEOPLE),
        "text": f"Report {index} on {company}.\n\n" + "\n\n".join(paragraphs),
    }


def write_corpus(path: Path, size_mb: float, seed: int = 0) -> int:
    """Write a JSONL corpus of about ``size_mb`` megabytes; return its rows."""
    rng = random.Random(seed)
    # Paragraphs are drawn from a pool (generating each anew would take
    # minutes a gigabyte); every row's first line makes its text unique.
    pool = [make_paragraph(rng) for _ in range(5000)]
    limit = int(size_mb * 1_000_000)
    written = rows = 0
    with path.open("w", encoding="utf-8") as fh:
        while written < limit:
            line = json.dumps(make_row(rows, rng, pool)) + "\n"
            fh.write(line)
            written += len(line.encode("utf-8"))
            rows += 1
    return rows


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


# -- the measured jobs (run in a child process each) --------------------------


def job_read(path: str, dedupe: bool) -> dict[str, float]:
    from claimkit.batch import BatchStats, Deduper, _read_all
    from claimkit.corpus import expand_inputs
    from claimkit.io import LineWriter
    from claimkit.records import Article

    stats = BatchStats()
    deduper = Deduper() if dedupe else None
    start = time.perf_counter()
    with LineWriter(os.devnull, append=True) as out:
        items = expand_inputs([path])
        for read in _read_all(items, 1_000_000, False, deduper, stats):
            if read.done is not None:
                out.write_record(read.done)
                continue
            record = Article(
                doc_id=read.item.doc_id, source=path, text=read.text, issues=read.issues
            )
            if read.meta is not None:
                record = record.model_copy(update=read.meta.fields())
            out.write_record(record)
    return {"rows": stats.read, "seconds": time.perf_counter() - start}


def job_count(path: str) -> dict[str, float]:
    from claimkit.corpus import count_inputs

    start = time.perf_counter()
    rows = count_inputs([path])
    return {"rows": rows, "seconds": time.perf_counter() - start}


def job_baseline(path: str) -> dict[str, float]:
    start = time.perf_counter()
    with open(path, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    return {"rows": len(rows), "seconds": time.perf_counter() - start}


def job_pipeline(path: str) -> dict[str, float]:
    from claimkit.run import run_extract

    out = Path(path).with_suffix(".out.jsonl")
    start = time.perf_counter()
    report = run_extract([path], out, batch_size=32)
    seconds = time.perf_counter() - start
    for suffix in ("", ".failures", ".entities"):
        Path(str(out).removesuffix(".jsonl") + suffix + ".jsonl").unlink(
            missing_ok=True
        )
    return {"rows": report.read, "seconds": seconds}


def child(job: str, path: str) -> None:
    if job == "read":
        result = job_read(path, dedupe=True)
    elif job == "read-nodedupe":
        result = job_read(path, dedupe=False)
    elif job == "count":
        result = job_count(path)
    elif job == "baseline":
        result = job_baseline(path)
    else:
        result = job_pipeline(path)
    print(json.dumps({**result, "peak_mb": peak_mb(), "cpu": cpu_seconds()}))


def measure(job: str, path: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", job, str(path)],
        check=True,
        capture_output=True,
        text=True,
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def head(source: Path, target: Path, rows: int) -> None:
    with source.open("rb") as src, target.open("wb") as dst:
        for _, line in zip(range(rows), src, strict=False):
            dst.write(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, default=125.0)
    parser.add_argument("--factor", type=int, default=8)
    parser.add_argument("--pipeline-rows", type=int, default=64)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--keep", action="store_true", help="keep the corpora")
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument(
        "--child", nargs=2, metavar=("JOB", "PATH"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    work = Path(args.workdir or tempfile.mkdtemp(prefix="claimkit-dataset-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        sizes = {"1x": args.size_mb, f"{args.factor}x": args.size_mb * args.factor}
        paths = {}
        for label, size in sizes.items():
            paths[label] = work / f"corpus_{label}.jsonl"
            start = time.perf_counter()
            rows = write_corpus(paths[label], size)
            mb = paths[label].stat().st_size / 1e6
            print(
                f"corpus {label}: {rows} rows, {mb:.0f} MB ({time.perf_counter() - start:.0f} s)"
            )
        small = {
            "1x": args.pipeline_rows,
            f"{args.factor}x": args.pipeline_rows * args.factor,
        }
        slices = {}
        for label, rows in small.items():
            slices[label] = work / f"slice_{label}.jsonl"
            head(paths["1x"], slices[label], rows)
        jobs = [
            ("read (rows + max-chars + dedupe + writer)", "read", paths),
            ("read, no dedupe (rows + writer)", "read-nodedupe", paths),
            ("count pass", "count", paths),
            (
                f"pipeline, run_extract ({small['1x']} / {small[f'{args.factor}x']} rows)",
                "pipeline",
                slices,
            ),
        ]
        if not args.no_baseline:
            jobs.append(("baseline: all rows in a list", "baseline", paths))
        labels = list(sizes)
        print(
            f"\n{'path':<58}{'peak RSS ' + labels[0]:>14}{'peak RSS ' + labels[1]:>14}{'ratio':>8}   seconds (cpu)"
        )
        for title, job, inputs in jobs:
            results = [measure(job, inputs[label]) for label in labels]
            a, b = (r["peak_mb"] for r in results)
            secs = " / ".join(
                f"{r['seconds']:.1f} ({r.get('cpu', 0.0):.1f})" for r in results
            )
            rows = " / ".join(str(int(r["rows"])) for r in results)
            print(
                f"{title:<58}{a:>11.0f} MB{b:>11.0f} MB{b / a:>8.2f}   {secs} ({rows} rows)"
            )
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
