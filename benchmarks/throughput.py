"""Throughput and memory: bare spaCy pipeline vs claimkit, serial and Dask.

Every configuration runs in its own fresh Python process, so peak RSS
(``ru_maxrss`` of the process and its children) belongs to that configuration
alone. Runs are repeated and the median is reported.

    python benchmarks/throughput.py [FOLDER] [--limit N] [--scales 1,4,16]

FOLDER defaults to ../shared/data/bbc/articles. Results go to a JSON file
(``--json``) and a table on stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # this checkout's claimkit, not an installed one
DEFAULT_FOLDER = REPO.parent / "shared" / "data" / "bbc" / "articles"


def _files(folder: Path, limit: int | None) -> list[Path]:
    paths = sorted(p for p in folder.rglob("*.txt") if p.is_file())
    return paths[:limit] if limit else paths


def _inputs(paths: list[Path], repeat: int):  # type: ignore[no-untyped-def]
    from claimkit.io import InputFile

    items = []
    for r in range(repeat):
        for p in paths:
            items.append(InputFile(doc_id=f"{r}/{p.stem}", path=p, index=len(items)))
    return items


def _texts(paths: list[Path], repeat: int):  # type: ignore[no-untyped-def]
    from claimkit.io import ReadError, read_text_file

    for _ in range(repeat):
        for p in paths:
            try:
                yield read_text_file(p).text
            except ReadError:
                continue


def _peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def _cpu_seconds() -> float:
    """CPU time (user + system) of this process and its finished children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def run_config(config: str, paths: list[Path], repeat: int, batch_size: int) -> dict:
    """Run one configuration in this process; return its measurements."""
    import claimkit
    from claimkit.io import LineWriter
    from claimkit.loading import resolve_model

    model = resolve_model(None)
    words = 0
    docs = 0
    start, cpu_start = time.perf_counter(), _cpu_seconds()
    if config == "bare":
        import spacy

        nlp = spacy.load(model)
        texts = _texts(paths, repeat)
        start, cpu_start = time.perf_counter(), _cpu_seconds()
        for doc in nlp.pipe(texts, batch_size=batch_size):
            docs += 1
            words += len(doc.text.split())
    elif config.startswith("claimkit"):
        n_process = int(config.rsplit("-", 1)[1])
        # "claimkit/NER-N" picks the entity recognizer (load(ner=NER)).
        ner = config.split("/", 1)[1].rsplit("-", 1)[0] if "/" in config else None
        nlp = claimkit.load(model) if ner is None else claimkit.load(model, ner=ner)
        items = _inputs(paths, repeat)
        out = Path(tempfile.mkdtemp()) / "out.jsonl"
        start, cpu_start = time.perf_counter(), _cpu_seconds()
        with LineWriter(out) as writer:
            for record in claimkit.process_files(
                items, nlp=nlp, batch_size=batch_size, n_process=n_process, dedupe=False
            ):
                writer.write_record(record)
                docs += 1
                text = getattr(record, "text", "")
                words += len(text.split())
    elif config == "dask":
        from claimkit import dask as ck_dask

        items = _inputs(paths, repeat)
        options = ck_dask.DaskOptions(model=model, batch_size=batch_size)
        start, cpu_start = time.perf_counter(), _cpu_seconds()
        for record in ck_dask.run(
            items, options=options, n_workers=2, partition_size=64
        ):
            docs += 1
            words += len(getattr(record, "text", "").split())
    else:
        raise SystemExit(f"unknown config {config}")
    seconds = time.perf_counter() - start
    # Worker processes count once they have been waited for (children rusage).
    cpu = _cpu_seconds() - cpu_start
    return {
        "config": config,
        "repeat": repeat,
        "docs": docs,
        "seconds": seconds,
        "cpu_seconds": cpu,
        "docs_per_s": docs / seconds,
        "peak_rss_mb": _peak_rss_mb(),
        "words": words,
    }


def _spawn(
    config: str, folder: Path, limit: int | None, repeat: int, batch_size: int
) -> dict:
    cmd = [
        sys.executable,
        __file__,
        str(folder),
        "--worker",
        config,
        "--repeat",
        str(repeat),
        "--batch-size",
        str(batch_size),
    ]
    if limit:
        cmd += ["--limit", str(limit)]
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{config} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument("--limit", type=int, default=None, help="first N files only")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument(
        "--runs", type=int, default=1, help="repeats per config (median)"
    )
    parser.add_argument("--configs", default="bare,claimkit-1,claimkit-2,dask")
    parser.add_argument(
        "--scales", default="1,4,16", help="corpus repeats for memory growth"
    )
    parser.add_argument(
        "--scale-limit", type=int, default=150, help="files used for scaling"
    )
    parser.add_argument(
        "--json", type=Path, default=REPO / "benchmarks" / "results" / "throughput.json"
    )
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--repeat", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.folder.is_dir():
        print(f"skipped: {args.folder} is not a folder (pass the BBC articles folder)")
        return
    if args.worker:
        paths = _files(args.folder, args.limit)
        print(json.dumps(run_config(args.worker, paths, args.repeat, args.batch_size)))
        return

    results: dict[str, list[dict]] = {"throughput": [], "scaling": []}
    configs = [c for c in args.configs.split(",") if c]
    print(
        f"corpus: {args.folder} (limit {args.limit or 'none'}), cpus {os.cpu_count()}"
    )
    print(
        f"{'config':<12}{'docs':>7}{'sec':>9}{'docs/s':>9}{'words/s':>10}{'vs bare':>9}"
        f"{'CPU s':>8}{'CPU vs bare':>12}{'peak MB':>9}"
    )
    bare_rate = bare_cpu = None
    # Runs alternate between configurations (a, b, c, a, b, c, ...) so that a
    # change in the machine's load hits every configuration alike.
    all_runs: dict[str, list[dict]] = {config: [] for config in configs}
    for _ in range(args.runs):
        for config in configs:
            all_runs[config].append(
                _spawn(config, args.folder, args.limit, 1, args.batch_size)
            )
    for config in configs:
        runs = all_runs[config]
        med = dict(runs[0])
        med["seconds"] = statistics.median(r["seconds"] for r in runs)
        med["docs_per_s"] = med["docs"] / med["seconds"]
        med["words_per_s"] = med["words"] / med["seconds"]
        med["peak_rss_mb"] = statistics.median(r["peak_rss_mb"] for r in runs)
        med["cpu_seconds"] = statistics.median(r["cpu_seconds"] for r in runs)
        med["wall_seconds_runs"] = [round(r["seconds"], 2) for r in runs]
        med["cpu_seconds_runs"] = [round(r["cpu_seconds"], 2) for r in runs]
        if config == "bare":
            bare_rate, bare_cpu = med["docs_per_s"], med["cpu_seconds"]
        med["ratio_vs_bare"] = med["docs_per_s"] / bare_rate if bare_rate else None
        # Throughput per CPU-second against bare: the machine's other load
        # moves wall time far more than CPU time.
        med["cpu_ratio_vs_bare"] = bare_cpu / med["cpu_seconds"] if bare_cpu else None
        results["throughput"].append(med)
        ratio = f"{med['ratio_vs_bare']:.2f}" if med["ratio_vs_bare"] else "-"
        cpu_ratio = (
            f"{med['cpu_ratio_vs_bare']:.2f}" if med["cpu_ratio_vs_bare"] else "-"
        )
        print(
            f"{config:<12}{med['docs']:>7}{med['seconds']:>9.1f}{med['docs_per_s']:>9.1f}"
            f"{med['words_per_s']:>10.0f}{ratio:>9}{med['cpu_seconds']:>8.1f}"
            f"{cpu_ratio:>12}{med['peak_rss_mb']:>9.0f}"
        )
    scales = [int(s) for s in args.scales.split(",") if s]
    if scales:
        print(f"\nmemory growth ({args.scale_limit} files repeated)")
        print(
            f"{'config':<12}{'scale':>6}{'docs':>7}{'docs/s':>9}{'peak MB':>9}{'vs 1x':>8}"
        )
        for config in ("bare", "claimkit-1"):
            first = None
            for scale in scales:
                r = _spawn(
                    config, args.folder, args.scale_limit, scale, args.batch_size
                )
                first = first or r["peak_rss_mb"]
                r["rss_vs_first"] = r["peak_rss_mb"] / first
                results["scaling"].append(r)
                print(
                    f"{config:<12}{scale:>5}x{r['docs']:>7}{r['docs_per_s']:>9.1f}"
                    f"{r['peak_rss_mb']:>9.0f}{r['rss_vs_first']:>8.2f}"
                )
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2))
    print(f"\nwritten {args.json}")


if __name__ == "__main__":
    main()
