"""Scale-out on a Dask cluster: partitions of paths processed on workers.

Workers load the pipeline once each (cached per worker process, keyed by
model name) and write their partition as a JSONL part; the parent then merges
the parts in input order, applying the same duplicate rule as the serial run,
so the output is identical to ``claimkit extract`` without Dask.

Requires the ``dask`` extra: ``pip install "claimkit[dask]"``.
"""

from __future__ import annotations

import json
import logging
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimkit.corpus import Fields, expand_inputs
from claimkit.io import (
    DEFAULT_MAX_CHARS,
    DEFAULT_PATTERNS,
    InputFile,
    InputText,
    LineWriter,
)
from claimkit.records import Article, Failure

if TYPE_CHECKING:
    import dask.bag
    from spacy.language import Language

    from claimkit.batch import BatchStats, HashTable

logger = logging.getLogger("claimkit")

# Per worker process: the pipelines this worker has loaded, by model name.
_PIPELINES: dict[str, Language] = {}


@dataclass(frozen=True)
class DaskOptions:
    """What every partition task needs to know (picklable, sent to workers)."""

    model: str | None = None
    batch_size: int = 64
    max_chars: int = DEFAULT_MAX_CHARS
    html: bool = False


def worker_pipeline(model: str | None) -> Language:
    """Return this worker's pipeline for ``model``, loading it on first use."""
    from claimkit.loading import load, resolve_model

    name = resolve_model(model)
    if name not in _PIPELINES:
        _PIPELINES[name] = load(name)
    return _PIPELINES[name]


def extract_partition(
    files: Sequence[InputFile | InputText], options: DaskOptions
) -> list[Article | Failure]:
    """Process one partition of files on a worker; one record per file."""
    from claimkit.batch import process_files

    nlp = worker_pipeline(options.model)
    return list(
        process_files(
            iter(files),
            nlp=nlp,
            batch_size=options.batch_size,
            max_chars=options.max_chars,
            html=options.html,
            dedupe=False,
        )
    )


def write_partition(
    files: Sequence[InputFile | InputText], part: str, options: DaskOptions
) -> tuple[int, int]:
    """Process a partition and write it as a JSONL part; return (articles, failures)."""
    articles = failures = 0
    with LineWriter(part) as writer:
        for record in extract_partition(files, options):
            # One file holds both kinds; the "kind" field keeps them apart.
            is_article = isinstance(record, Article)
            articles += is_article
            failures += not is_article
            kind = "article" if is_article else "failure"
            writer.write(f'{{"kind":"{kind}","record":{record.model_dump_json()}}}')
    return articles, failures


def extract_bag(
    paths: Sequence[str | Path],
    *,
    model: str | None = None,
    patterns: Sequence[str] = DEFAULT_PATTERNS,
    fields: Fields | None = None,
    partition_size: int = 256,
    batch_size: int = 64,
    max_chars: int = DEFAULT_MAX_CHARS,
    html: bool = False,
) -> dask.bag.Bag:
    """Return a Dask bag of Article and Failure records, one per input.

    Dataset files are read row by row here, in the calling process, and
    their rows sent to the workers with the partitions.

    Nothing runs until the bag is computed (``bag.compute()`` or
    ``bag.to_textfiles``). Duplicate texts are processed like any other file
    here; :func:`run` applies the serial run's duplicate rule when merging.
    """
    import dask.bag as db

    files = list(
        expand_inputs(paths, patterns=patterns, fields=fields, max_chars=max_chars)
    )
    options = DaskOptions(
        model=model, batch_size=batch_size, max_chars=max_chars, html=html
    )
    bag = db.from_sequence(files, partition_size=partition_size)
    return bag.map_partitions(extract_partition, options)


def run(
    files: Sequence[InputFile | InputText],
    *,
    options: DaskOptions,
    scheduler: str | None = None,
    n_workers: int = 2,
    partition_size: int = 256,
    seen_hashes: HashTable | None = None,
    stats: BatchStats | None = None,
    parts_dir: str | Path | None = None,
) -> Iterator[Article | Failure]:
    """Process ``files`` on a Dask cluster; yield records in input order.

    Without ``scheduler`` a LocalCluster of ``n_workers`` single-threaded
    worker processes is started (and closed at the end). Parts are written to
    ``parts_dir`` (a temporary folder by default; on a multi-machine cluster
    give a folder every worker can write to) and removed once merged.
    """
    from dask import delayed
    from distributed import Client, LocalCluster

    from claimkit.batch import BatchStats, Deduper, count_failure

    stats = stats if stats is not None else BatchStats()
    deduper = Deduper(seen_hashes)
    own_dir = parts_dir is None
    folder = Path(
        tempfile.mkdtemp(prefix="claimkit-parts-") if parts_dir is None else parts_dir
    )
    folder.mkdir(parents=True, exist_ok=True)
    cluster: Any = None
    if scheduler is None:
        cluster = LocalCluster(
            n_workers=n_workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.WARNING,
        )
    client = Client(cluster if cluster is not None else scheduler)
    try:
        chunks = [
            files[i : i + partition_size] for i in range(0, len(files), partition_size)
        ]
        parts = [str(folder / f"part-{i:06d}.jsonl") for i in range(len(chunks))]
        tasks = [
            delayed(write_partition)(chunk, part, options)
            for chunk, part in zip(chunks, parts, strict=True)
        ]
        futures = client.compute(tasks)
        for future, part in zip(futures, parts, strict=True):
            future.result()
            for record in _read_part(part):
                stats.read += 1
                if isinstance(record, Article):
                    duplicate = deduper.check(
                        doc_id=record.doc_id,
                        source=record.source,
                        text=record.text,
                        encoding=record.encoding,
                        stats=stats,
                    )
                    record = duplicate or record
                    stats.written += 1
                else:
                    count_failure(stats, record)
                yield record
            Path(part).unlink(missing_ok=True)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
        if own_dir:
            shutil.rmtree(folder, ignore_errors=True)


def _read_part(part: str) -> Iterator[Article | Failure]:
    with open(part, encoding="utf-8") as fh:
        for line in fh:
            data = json.loads(line)
            model = Article if data["kind"] == "article" else Failure
            yield model.model_validate(data["record"])
