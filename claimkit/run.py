"""One batch run, callable from Python: what ``claimkit extract`` does.

>>> from claimkit import run_extract
>>> report = run_extract(["articles/"], "out/articles.jsonl")
>>> report.written, report.failed, report.failures_path

The CLI is a thin wrapper over :func:`run_extract` (it adds the progress bar,
the printed summary and the exit codes), and so is a notebook that wants "the
same run as the CLI".
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from claimkit.batch import BatchStats, process_files
from claimkit.corpus import Corpus, Fields, count_inputs, expand_inputs
from claimkit.errors import Errors, InputError, Warnings
from claimkit.io import (
    DEFAULT_MAX_CHARS,
    DEFAULT_PATTERNS,
    InputFile,
    InputText,
    LineWriter,
    iter_written,
    read_articles,
    repair_jsonl,
)
from claimkit.keystore import DocIdSet, KeyStore
from claimkit.loading import check_dollar, load, resolve_model, set_dollar
from claimkit.records import Article, Failure

if TYPE_CHECKING:
    from spacy.language import Language

    from claimkit.linking import EntityRegistry

logger = logging.getLogger("claimkit")

Engine = Literal["serial", "dask"]
InputItem = str | os.PathLike[str] | InputFile | InputText


@dataclass
class RunReport:
    """What a run read, wrote and failed, and where it wrote it.

    ``failures_path`` is None when nothing failed (no empty failures file is
    written); ``registry_path`` is None when linking was off.
    """

    output: Path
    total: int = 0
    read: int = 0
    written: int = 0
    failed: int = 0
    skipped: int = 0
    duplicates: int = 0
    failures_by_stage: dict[str, int] = field(default_factory=dict)
    failures_path: Path | None = None
    registry_path: Path | None = None
    entities: int = 0

    @property
    def ok(self) -> bool:
        """True when every input file was written."""
        return self.failed == 0

    @property
    def done(self) -> int:
        """Files accounted for so far: written, failed or skipped."""
        return self.written + self.failed + self.skipped

    def summary(self) -> str:
        """One line of counts: ``read N, written N, failed N`` and what else."""
        text = f"read {self.read}, written {self.written}, failed {self.failed}"
        if self.skipped:
            text += f", skipped {self.skipped} already in {self.output}"
        if self.duplicates:
            text += f", {self.duplicates} duplicate(s) of earlier files not reprocessed"
        return text


def sibling(output: str | Path, suffix: str) -> Path:
    """Return ``OUT.<suffix>.jsonl`` beside ``OUT.jsonl`` (the default paths)."""
    output = Path(output)
    return output.with_name(output.name.removesuffix(".jsonl") + f".{suffix}.jsonl")


def run_extract(
    inputs: Iterable[InputItem],
    output: str | Path,
    *,
    nlp: Language | None = None,
    model: str | None = None,
    patterns: Sequence[str] = DEFAULT_PATTERNS,
    fields: Fields | None = None,
    failures: str | Path | None = None,
    batch_size: int = 64,
    n_process: int = 1,
    max_chars: int = DEFAULT_MAX_CHARS,
    html: bool = False,
    resume: bool = False,
    link: bool = True,
    registry: str | Path | None = None,
    engine: Engine = "serial",
    scheduler: str | None = None,
    workers: int = 2,
    partition_size: int = 256,
    dollar: str | None = None,
    on_progress: Callable[[RunReport], None] | None = None,
) -> RunReport:
    """Extract claim records from files and folders into a JSONL file.

    Every input file ends as one Article line in ``output`` or one Failure
    line in ``failures`` (default ``OUT.failures.jsonl``, written only when
    something fails), in input order whatever the engine or the number of
    processes. With ``link`` entities are linked across the run and the
    registry is saved to ``registry`` (default ``OUT.entities.jsonl``); an
    existing registry given as ``registry`` is loaded first, so a second batch
    keeps the first one's ids.

    Args:
        inputs: files, folders (searched recursively for ``patterns``),
            dataset files (``.jsonl``, ``.csv``, ``.parquet``...: one input a
            row), :class:`~claimkit.io.InputFile` and
            :class:`~claimkit.io.InputText` items, or a
            :func:`~claimkit.corpus.read_corpus` corpus; any iterable.
        fields: which dataset fields hold the text, id, title, date, url,
            author and site (:class:`~claimkit.corpus.Fields`; default: the
            usual names).
        output: the articles JSONL file.
        nlp: a pipeline from :func:`claimkit.load` (serial engine); default:
            ``load(model)``.
        resume: keep the articles already in ``output`` (a torn last line is
            cut) and process only the other files.
        engine: "serial" (this machine's processes, ``n_process`` of them) or
            "dask" (``scheduler`` address, else a LocalCluster of ``workers``).
        dollar: the currency a bare "$" means when an article gives no
            evidence of its own ("CAD"; default: the pipeline's ``dollar``,
            USD unless set). Set on ``nlp`` too when one is passed. Each
            money record says how its currency was decided
            (``Quantity.currency_basis``).
        on_progress: called with the report after every file.

    Raises:
        InputError: an input path does not exist (E020), or no file matches
            (E021).
        ModelNotFoundError, ModelError: the model cannot be used (E001-E003).
        ConfigError: ``dollar`` is not a dollar currency code (E080).
    """
    check_dollar(dollar)
    output = Path(output)
    report = RunReport(output=output)
    # Count in a first pass and stream in a second: a list of a million paths
    # is memory the run does not need. A one-shot iterable is listed once.
    # A Corpus reads its files again on each pass, so it is not listed.
    items = inputs if isinstance(inputs, (list, tuple, Corpus)) else list(inputs)
    report.total = count_inputs(
        items, patterns=patterns, fields=fields, max_chars=max_chars
    )
    if not report.total:
        raise InputError(
            Errors.E021.format(
                patterns=", ".join(patterns),
                paths=", ".join(str(i) for i in items) or "(no inputs)",
            )
        )
    if engine == "serial":
        nlp = set_dollar(nlp if nlp is not None else load(model), dollar)
    else:
        resolve_model(model)
    # The doc_ids and text hashes already written are kept on disk (a set and
    # a dict of them would grow with the rows of the output).
    with DocIdSet() as done, KeyStore() as hashes:
        if resume:
            repair_jsonl(output)
            for doc_id, digest in iter_written(output):
                done.add(doc_id)
                if digest is not None:
                    hashes.setdefault(digest, doc_id)
        failures_path = (
            Path(failures) if failures is not None else sibling(output, "failures")
        )
        # Failed files are retried on --resume, so an old failures file is stale.
        failures_path.unlink(missing_ok=True)
        linker = None
        if link:
            report.registry_path = (
                Path(registry) if registry else sibling(output, "entities")
            )
            linker = _open_registry(report.registry_path, load=bool(registry) or resume)
            if resume and output.exists():
                # Replay the articles already written so new ids continue from
                # them, even when the earlier run stopped before saving its registry.
                for _ in linker.link_many(read_articles(output, skip_invalid=True)):
                    pass
        stats = BatchStats()
        results = _results(
            items,
            engine=engine,
            nlp=nlp,
            model=model,
            patterns=patterns,
            fields=fields,
            batch_size=batch_size,
            n_process=n_process,
            max_chars=max_chars,
            html=html,
            done=done,
            hashes=hashes,
            stats=stats,
            scheduler=scheduler,
            workers=workers,
            partition_size=partition_size,
            dollar=dollar,
        )
        bad: LineWriter | None = None
        try:
            with LineWriter(output, append=resume) as out:
                for result in results:
                    if isinstance(result, Article):
                        out.write_record(
                            linker.link_article(result)
                            if linker is not None
                            else result
                        )
                    else:
                        if bad is None:
                            bad = LineWriter(failures_path)
                        bad.write_record(result)
                    _update(report, stats)
                    if on_progress is not None:
                        on_progress(report)
        finally:
            if bad is not None:
                bad.close()
        _update(report, stats)
        if linker is not None and report.registry_path is not None:
            linker.save(report.registry_path)
            report.entities = len(linker)
        if report.failed:
            report.failures_path = failures_path
            logger.warning(
                Warnings.W002.format(count=report.failed, path=failures_path)
            )
        if report.duplicates:
            logger.info(Warnings.W003.format(count=report.duplicates))
        return report


def _results(
    items: Iterable[InputItem],
    *,
    engine: Engine,
    nlp: Language | None,
    model: str | None,
    patterns: Sequence[str],
    fields: Fields | None,
    batch_size: int,
    n_process: int,
    max_chars: int,
    html: bool,
    done: DocIdSet,
    hashes: KeyStore,
    stats: BatchStats,
    scheduler: str | None,
    workers: int,
    partition_size: int,
    dollar: str | None,
) -> Iterator[Article | Failure]:
    if engine == "dask":
        from claimkit import dask as ck_dask

        options = ck_dask.DaskOptions(
            model=model,
            batch_size=batch_size,
            max_chars=max_chars,
            html=html,
            fields=fields,
            dollar=dollar,
        )
        return ck_dask.run(
            items,
            options=options,
            patterns=patterns,
            skip=done,
            scheduler=scheduler,
            n_workers=workers,
            partition_size=partition_size,
            seen_hashes=hashes,
            stats=stats,
        )
    return process_files(
        expand_inputs(items, patterns=patterns, fields=fields, max_chars=max_chars),
        nlp=nlp,
        batch_size=batch_size,
        n_process=n_process,
        max_chars=max_chars,
        html=html,
        skip_doc_ids=done,
        seen_hashes=hashes,
        stats=stats,
    )


def _update(report: RunReport, stats: BatchStats) -> None:
    report.read = stats.read
    report.written = stats.written
    report.failed = stats.failed
    report.skipped = stats.skipped
    report.duplicates = stats.duplicates
    report.failures_by_stage = dict(stats.failures_by_stage)


def _open_registry(path: Path, *, load: bool) -> EntityRegistry:
    """Load the registry at ``path`` when asked and present, else start empty."""
    from claimkit.linking import EntityRegistry

    if load and path.exists():
        return EntityRegistry.load(path)
    return EntityRegistry()
