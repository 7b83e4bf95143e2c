"""Scale-out on a Dask cluster: partitions of inputs processed on workers.

The parent plans partitions without reading rows: files in groups of
``partition_size``, and dataset files as parts (byte ranges of a JSONL file,
row groups of a Parquet file) that the workers read themselves. Workers load
the pipeline once each (cached per worker thread, keyed by model name) and
write their partition as a JSONL part; the parent then merges the parts in
input order, making dataset ids unique per file and applying the same
duplicate rule as the serial run, so the output is identical to ``claimkit
extract`` without Dask. On ``--resume`` the parent parses a dataset's rows
while planning (one at a time) to settle their ids and leave out the rows
already written.

Requires the ``dask`` extra: ``pip install "claimkit[dask]"``.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
import threading
from collections import deque
from collections.abc import Container, Iterable, Iterator, Sequence, Sized
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimkit.corpus import DatasetPart, Fields, iter_part, plan_inputs
from claimkit.io import (
    DEFAULT_MAX_CHARS,
    DEFAULT_PATTERNS,
    InputFile,
    InputText,
    LineWriter,
)
from claimkit.keystore import DocIdSet
from claimkit.records import Article, Failure
from claimkit.rows import repeat_issue, unique_id

if TYPE_CHECKING:
    import dask.bag
    from spacy.language import Language

    from claimkit.batch import BatchStats, HashTable

logger = logging.getLogger("claimkit")

# Per worker thread: the pipelines it has loaded, by model name and dollar. A
# pipeline is not safe to share between threads (a worker with several threads,
# or a LocalCluster of threads), so each thread loads its own.
_LOCAL = threading.local()

Partition = tuple[InputFile | InputText, ...] | DatasetPart
"""What one task processes: input files and texts, or a part of a dataset."""


@dataclass(frozen=True)
class DaskOptions:
    """What every partition task needs to know (picklable, sent to workers)."""

    model: str | None = None
    batch_size: int = 64
    max_chars: int = DEFAULT_MAX_CHARS
    html: bool = False
    fields: Fields | None = None
    dollar: str | None = None  # ck_quantities' default dollar; None: the model's


def worker_pipeline(model: str | None, dollar: str | None = None) -> Language:
    """Return this thread's pipeline for ``model`` and ``dollar``, loaded once."""
    from claimkit.loading import load, resolve_model, set_dollar

    key = (resolve_model(model), dollar)
    pipelines: dict[tuple[str, str | None], Language] = _LOCAL.__dict__.setdefault(
        "pipelines", {}
    )
    if key not in pipelines:
        pipelines[key] = set_dollar(load(key[0]), dollar)
    return pipelines[key]


def partition_inputs(
    partition: Partition, options: DaskOptions
) -> Iterator[InputFile | InputText]:
    """Return the inputs of a partition; a dataset part's rows are read here."""
    if isinstance(partition, DatasetPart):
        return iter_part(partition, options.fields, options.max_chars)
    return iter(partition)


def extract_partition(
    partition: Partition | Sequence[InputFile | InputText], options: DaskOptions
) -> Iterator[Article | Failure]:
    """Process one partition on a worker; one record per input, streaming."""
    from claimkit.batch import process_files

    if not isinstance(partition, DatasetPart):
        partition = tuple(partition)
    return process_files(
        partition_inputs(partition, options),
        nlp=worker_pipeline(options.model, options.dollar),
        batch_size=options.batch_size,
        max_chars=options.max_chars,
        html=options.html,
        dedupe=False,
    )


def write_partition(
    partition: Partition, part: str, options: DaskOptions
) -> tuple[int, int]:
    """Process a partition and write it as a JSONL part; return (articles, failures)."""
    articles = failures = 0
    with LineWriter(part) as writer:
        for record in extract_partition(partition, options):
            # One file holds both kinds; the "kind" field keeps them apart.
            is_article = isinstance(record, Article)
            articles += is_article
            failures += not is_article
            kind = "article" if is_article else "failure"
            writer.write(f'{{"kind":"{kind}","record":{record.model_dump_json()}}}')
    return articles, failures


def plan_partitions(
    inputs: Iterable[str | os.PathLike[str] | InputFile | InputText],
    *,
    patterns: Sequence[str] = DEFAULT_PATTERNS,
    fields: Fields | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    partition_size: int = 256,
    skip: Container[str] = frozenset(),
    stats: BatchStats | None = None,
) -> Iterator[Partition]:
    """Yield the partitions of a run, in input order, without reading rows.

    Files and texts go in groups of ``partition_size``; a dataset file is
    cut into parts of about ``partition_size`` rows. A file or text whose
    doc_id is in ``skip`` is left out here (counted in ``stats.skipped``).
    With a non-empty ``skip`` (``--resume``) the ids of a dataset's rows are
    settled here, which means parsing its rows here (one at a time), so that
    the workers do not process rows already written; otherwise the parts go
    unread and the merge settles the ids.
    """
    settle = _not_empty(skip)
    ids: DocIdSet | None = None
    file_no = 0
    group: list[InputFile | InputText] = []
    for item in plan_inputs(
        inputs,
        patterns=patterns,
        fields=fields,
        max_chars=max_chars,
        rows_per_part=partition_size,
    ):
        if isinstance(item, DatasetPart):
            if group:
                yield tuple(group)
                group = []
            if settle:
                if ids is None or item.file_no != file_no:
                    ids, file_no = _fresh(ids), item.file_no
                item = _settle(item, ids, skip, fields, max_chars, stats)
            yield item
        elif item.doc_id in skip:
            if stats is not None:
                stats.skipped += 1
        else:
            group.append(item)
            if len(group) >= partition_size:
                yield tuple(group)
                group = []
    if group:
        yield tuple(group)
    if ids is not None:
        ids.close()


def _not_empty(skip: Container[str]) -> bool:
    return bool(len(skip)) if isinstance(skip, Sized) else True


def _fresh(ids: DocIdSet | None) -> DocIdSet:
    if ids is not None:
        ids.close()
    return DocIdSet()


def _settle(
    part: DatasetPart,
    ids: DocIdSet,
    skip: Container[str],
    fields: Fields | None,
    max_chars: int,
    stats: BatchStats | None,
) -> DatasetPart:
    """Return a part with its rows' ids settled and its written rows marked."""
    skip_rows: set[int] = set()
    renames: list[tuple[int, str]] = []
    for item in iter_part(part, fields, max_chars):
        row = item.row if item.row is not None else 0
        doc_id = unique_id(item.doc_id, ids)
        if doc_id != item.doc_id:
            renames.append((row, doc_id))
        if doc_id in skip:
            skip_rows.add(row)
            if stats is not None:
                stats.skipped += 1
    return replace(
        part, settled=True, skip_rows=frozenset(skip_rows), renames=tuple(renames)
    )


def _extract_partitions(
    partitions: Sequence[Partition], options: DaskOptions
) -> list[Article | Failure]:
    return [r for p in partitions for r in extract_partition(p, options)]


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

    Each bag partition is a group of ``partition_size`` files or a part of a
    dataset file (about ``partition_size`` rows), read by the worker; the
    calling process reads no row.

    Nothing runs until the bag is computed (``bag.compute()`` or
    ``bag.to_textfiles``). Duplicate texts are processed like any other file,
    and a dataset id repeated in two parts is not made unique here;
    :func:`run` applies the serial run's rules for both when merging.
    """
    import dask.bag as db

    options = DaskOptions(
        model=model,
        batch_size=batch_size,
        max_chars=max_chars,
        html=html,
        fields=fields,
    )
    partitions = list(
        plan_partitions(
            paths,
            patterns=patterns,
            fields=fields,
            max_chars=max_chars,
            partition_size=partition_size,
        )
    )
    bag = db.from_sequence(partitions, npartitions=max(1, len(partitions)))
    return bag.map_partitions(_extract_partitions, options)


def run(
    inputs: Iterable[str | os.PathLike[str] | InputFile | InputText],
    *,
    options: DaskOptions,
    patterns: Sequence[str] = DEFAULT_PATTERNS,
    skip: Container[str] = frozenset(),
    scheduler: str | None = None,
    n_workers: int = 2,
    partition_size: int = 256,
    seen_hashes: HashTable | None = None,
    stats: BatchStats | None = None,
    parts_dir: str | Path | None = None,
) -> Iterator[Article | Failure]:
    """Process ``inputs`` on a Dask cluster; yield records in input order.

    ``inputs`` are paths, folders, dataset files and input items, as for
    :func:`claimkit.run_extract`; ``skip`` holds the doc_ids already written
    (``--resume``). Without ``scheduler`` a LocalCluster of ``n_workers``
    single-threaded worker processes is started (and closed at the end). A
    few partitions per worker are in flight at a time. Parts are written to
    ``parts_dir`` (a temporary folder by default; on a multi-machine cluster
    give a folder every worker can write to, and inputs every worker can
    read) and removed once merged.
    """
    from distributed import Client, LocalCluster

    from claimkit.batch import BatchStats

    stats = stats if stats is not None else BatchStats()
    own_dir = parts_dir is None
    folder: Path | None = None
    cluster: Any = None
    client: Any = None
    merge = _Merge(seen_hashes, skip, stats)
    try:
        if scheduler is None:
            cluster = LocalCluster(
                n_workers=n_workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.WARNING,
            )
        client = Client(cluster if cluster is not None else scheduler)
        folder = Path(
            tempfile.mkdtemp(prefix="claimkit-parts-")
            if parts_dir is None
            else parts_dir
        )
        folder.mkdir(parents=True, exist_ok=True)
        workers = len(client.scheduler_info().get("workers", {}))
        window = 2 * max(n_workers, workers, 1)
        in_flight: deque[tuple[Partition, str, Any]] = deque()
        plan = plan_partitions(
            inputs,
            patterns=patterns,
            fields=options.fields,
            max_chars=options.max_chars,
            partition_size=partition_size,
            skip=skip,
            stats=stats,
        )
        for number, partition in enumerate(plan):
            part = str(folder / f"part-{number:06d}.jsonl")
            future = client.submit(
                write_partition, partition, part, options, pure=False
            )
            in_flight.append((partition, part, future))
            if len(in_flight) >= window:
                yield from merge.part(*in_flight.popleft())
        while in_flight:
            yield from merge.part(*in_flight.popleft())
    finally:
        merge.close()
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
        if own_dir and folder is not None:
            shutil.rmtree(folder, ignore_errors=True)


class _Merge:
    """The parent's side of a Dask run: parts merged in order, rules applied."""

    def __init__(
        self, seen_hashes: HashTable | None, skip: Container[str], stats: BatchStats
    ) -> None:
        from claimkit.batch import Deduper

        self.deduper = Deduper(seen_hashes)
        self.skip = skip
        self.stats = stats
        self.file_no = 0
        self.ids: DocIdSet | None = None

    def part(
        self, partition: Partition, part: str, future: Any
    ) -> Iterator[Article | Failure]:
        from claimkit.batch import count_failure

        future.result()
        dataset = partition if isinstance(partition, DatasetPart) else None
        if dataset is not None and dataset.settled:
            dataset = None  # ids settled and written rows left out already
        if dataset is not None and dataset.file_no != self.file_no:
            self._new_file(dataset.file_no)
        for record in _read_part(part):
            if dataset is not None:
                record = self._unique(record, dataset)
                if record.doc_id in self.skip:
                    self.stats.skipped += 1
                    continue
            self.stats.read += 1
            if isinstance(record, Article):
                record = self._dedupe(record)
                self.stats.written += 1
            else:
                count_failure(self.stats, record)
            yield record
        Path(part).unlink(missing_ok=True)

    def _new_file(self, file_no: int) -> None:
        if self.ids is not None:
            self.ids.close()
        self.ids = DocIdSet()
        self.file_no = file_no

    def _unique(
        self, record: Article | Failure, part: DatasetPart
    ) -> Article | Failure:
        """Give a row the id the serial run gives it (unique in its file)."""
        assert self.ids is not None
        doc_id = unique_id(record.doc_id, self.ids)
        if doc_id == record.doc_id:
            return record
        if isinstance(record, Failure):
            return record.model_copy(update={"doc_id": doc_id})
        issue = repeat_issue(part.file_id, record.doc_id, doc_id)
        return record.model_copy(
            update={"doc_id": doc_id, "issues": (issue, *record.issues)}
        )

    def _dedupe(self, record: Article) -> Article:
        duplicate = self.deduper.check(
            doc_id=record.doc_id,
            source=record.source,
            text=record.text,
            encoding=record.encoding,
            stats=self.stats,
        )
        if duplicate is None:
            return record
        # The serial run keeps a duplicate's metadata (title, date...) too.
        meta = {name: getattr(record, name) for name in _META}
        return duplicate.model_copy(
            update={k: v for k, v in meta.items() if v is not None}
        )

    def close(self) -> None:
        self.deduper.close()
        if self.ids is not None:
            self.ids.close()


_META = ("title", "published", "author", "site", "url")


def _read_part(part: str) -> Iterator[Article | Failure]:
    with open(part, encoding="utf-8") as fh:
        for line in fh:
            data = json.loads(line)
            model = Article if data["kind"] == "article" else Failure
            yield model.model_validate(data["record"])
