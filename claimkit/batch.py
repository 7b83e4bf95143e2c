"""Batch runs: files read in chunks, processed in memory zones, in order.

One Article or one Failure comes out per input file, in input order, whatever
the number of worker processes. The duplicate-text rule lives here
(:class:`Deduper`), used by the serial engine and by the Dask merge alike.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import weakref
from collections import deque
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from spacy.language import Language
from spacy.tokens import Doc

from claimkit.articles import doc_to_article, duplicate_article, make_doc
from claimkit.corpus import Fields, expand_inputs
from claimkit.errors import Errors
from claimkit.io import (
    DEFAULT_MAX_CHARS,
    DEFAULT_PATTERNS,
    InputFile,
    InputText,
    ReadError,
    content_hash,
    read_text_file,
)
from claimkit.keystore import KeyStore
from claimkit.loading import load, model_label
from claimkit.meta import ArticleMeta
from claimkit.records import Article, Failure

logger = logging.getLogger("claimkit")


@dataclass
class BatchStats:
    """Counts of a batch run, updated as it streams."""

    read: int = 0
    written: int = 0
    failed: int = 0
    skipped: int = 0
    duplicates: int = 0
    failures_by_stage: dict[str, int] = field(default_factory=dict)


def extract_files(
    paths: Iterable[str | os.PathLike[str] | InputFile | InputText],
    *,
    nlp: Language | None = None,
    model: str | None = None,
    patterns: Sequence[str] = DEFAULT_PATTERNS,
    fields: Fields | None = None,
    batch_size: int = 64,
    n_process: int = 1,
    max_chars: int = DEFAULT_MAX_CHARS,
    html: bool = False,
    skip_doc_ids: Container[str] = frozenset(),
    on_failure: Callable[[Failure], None] | None = None,
    stats: BatchStats | None = None,
) -> Iterator[Article]:
    """Stream Articles from files and folders, in input order.

    Files that cannot be read or processed do not stop the stream: each
    becomes a ``Failure`` passed to ``on_failure`` (logged as a warning when
    no callback is given).
    """
    for result in process_files(
        paths,
        nlp=nlp,
        model=model,
        patterns=patterns,
        fields=fields,
        batch_size=batch_size,
        n_process=n_process,
        max_chars=max_chars,
        html=html,
        skip_doc_ids=skip_doc_ids,
        stats=stats,
    ):
        if isinstance(result, Article):
            yield result
        elif on_failure is not None:
            on_failure(result)
        else:
            logger.warning("%s (%s): %s", result.doc_id, result.stage, result.error)


def process_files(
    paths: Iterable[str | os.PathLike[str] | InputFile | InputText],
    *,
    nlp: Language | None = None,
    model: str | None = None,
    patterns: Sequence[str] = DEFAULT_PATTERNS,
    fields: Fields | None = None,
    batch_size: int = 64,
    n_process: int = 1,
    max_chars: int = DEFAULT_MAX_CHARS,
    html: bool = False,
    skip_doc_ids: Container[str] = frozenset(),
    seen_hashes: HashTable | None = None,
    dedupe: bool = True,
    stats: BatchStats | None = None,
) -> Iterator[Article | Failure]:
    """Yield one Article or one Failure per input file, in input order.

    The parent process reads and decodes files (read failures become Failure
    records there) and sends texts in chunks of ``batch_size`` to the
    pipeline; with ``n_process > 1`` chunks go to forked workers that each
    hold one copy of the pipeline and send back records, not Docs. At most two
    chunks per worker are in flight, so memory stays bounded.

    A file whose text is byte-for-byte that of an earlier file (``seen_hashes``
    carries the hashes of earlier runs) is not processed again: it becomes an
    Article without records whose ``issues`` names the original. Pass
    ``dedupe=False`` to process every file (benchmarks, Dask partitions).
    ``skip_doc_ids`` (the doc_ids already written, on resume) may be any
    container: a set, or a :class:`~claimkit.keystore.DocIdSet` on disk.
    """
    if nlp is None:
        nlp = load(model)
    # --max-chars is the one length limit: a text it admits must not then
    # fail spaCy's own max_length check.
    nlp.max_length = max(nlp.max_length, max_chars + 1)
    stats = stats if stats is not None else BatchStats()
    options = _ChunkOptions(batch_size=batch_size, model=model_label(nlp))
    inputs = expand_inputs(paths, patterns=patterns, fields=fields, max_chars=max_chars)
    items = (f for f in inputs if not _skip(f, skip_doc_ids, stats))
    deduper = Deduper(seen_hashes) if dedupe else None
    try:
        with _settled_heap():
            reader = _read_all(items, max_chars, html, deduper, stats)
            chunks = _chunked(reader, batch_size)
            if n_process == 1:
                results: Iterator[list[Article | Failure]] = _serial(
                    nlp, chunks, options
                )
            else:
                results = _parallel(nlp, chunks, options, n_process)
            for chunk_results in results:
                for result in chunk_results:
                    if isinstance(result, Article):
                        stats.written += 1
                    else:
                        count_failure(stats, result)
                    yield result
    finally:
        if deduper is not None:
            deduper.close()


@contextlib.contextmanager
def _settled_heap() -> Iterator[None]:
    """Leave the objects made before a batch run (the pipeline's model,
    lexicons and vocabulary above all) out of the collector's full passes
    while it runs, and give them back after.

    They do not become garbage during a run, and walking them on every full
    pass cost about 1% of a run's CPU (0.2 s of B300's 21 s). Objects the run
    makes are collected as usual. Someone else's frozen objects are left
    alone: then nothing is frozen or unfrozen here.
    """
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


@dataclass(frozen=True)
class _ChunkOptions:
    batch_size: int
    model: str


@dataclass(frozen=True)
class _Input:
    """An input after reading: its text, or the record that replaces processing."""

    item: InputFile | InputText
    text: str = ""
    encoding: str | None = None
    issues: tuple[str, ...] = ()
    done: Article | Failure | None = None
    meta: ArticleMeta | None = None


def source_of(item: InputFile | InputText) -> str | None:
    """Return where an input came from: the file, or the dataset of a row."""
    return str(item.path) if isinstance(item, InputFile) else item.source


def input_failure(
    item: InputFile | InputText, *, stage: str, error: str, code: str | None
) -> Failure:
    """Return the Failure record of an input (with its row for a dataset row)."""
    return Failure(
        doc_id=item.doc_id,
        path=source_of(item),
        row=item.row if isinstance(item, InputText) else None,
        stage=stage,
        error=error,
        code=code,
    )


def _skip(item: InputFile | InputText, skip: Container[str], stats: BatchStats) -> bool:
    if item.doc_id in skip:
        stats.skipped += 1
        return True
    return False


def _read_all(
    items: Iterable[InputFile | InputText],
    max_chars: int,
    html: bool,
    dedupe: Deduper | None,
    stats: BatchStats,
) -> Iterator[_Input]:
    for item in items:
        stats.read += 1
        read = _read_one(item, max_chars, html)
        if read.done is None and dedupe is not None:
            duplicate = dedupe.check(
                doc_id=item.doc_id,
                source=source_of(item),
                text=read.text,
                encoding=read.encoding,
                stats=stats,
            )
            if duplicate is not None:
                if read.meta is not None:
                    duplicate = duplicate.model_copy(update=read.meta.fields())
                read = replace(read, done=duplicate)
        yield read


def _read_one(item: InputFile | InputText, max_chars: int, html: bool) -> _Input:
    """Read a file, or check a given text; a failure is the input's record."""
    if isinstance(item, InputText):
        if item.error is not None:
            failure = input_failure(
                item, stage="read", error=item.error, code=item.code
            )
            return _Input(item, done=failure)
        if len(item.text) > max_chars:
            where = f"{item.source or item.doc_id} row {item.row}"
            error = Errors.E024.format(
                path=where if item.row is not None else item.doc_id,
                size=len(item.text),
                limit=max_chars,
            )
            failure = input_failure(item, stage="read", error=error, code="E024")
            return _Input(item, done=failure)
        return _Input(item, item.text, None, item.issues, meta=item.meta)
    try:
        decoded = read_text_file(item.path, max_chars=max_chars, html=html)
    except ReadError as err:
        failure = input_failure(item, stage="read", error=str(err), code=err.code)
        return _Input(item, done=failure)
    return _Input(
        item, decoded.text, decoded.encoding, decoded.issues, meta=decoded.meta
    )


class HashTable(Protocol):
    """What the duplicate rule needs of its table: a dict, or a KeyStore."""

    def setdefault(self, key: bytes, value: str, /) -> str: ...


class Deduper:
    """The duplicate-text rule, in one place for the serial and Dask engines.

    The first file with a given text is processed; a later file whose text is
    byte-for-byte the same becomes an Article without records whose
    ``issues`` names the original. ``seen`` maps text hashes to doc_ids and
    may carry those of an earlier run (``--resume``); by default it is a
    :class:`~claimkit.keystore.KeyStore` on disk, so the table of a corpus of
    any size takes a fixed amount of RAM (closed by :meth:`close`).
    """

    def __init__(self, seen: HashTable | None = None) -> None:
        self._own = seen is None
        self.seen: HashTable = seen if seen is not None else KeyStore()

    def close(self) -> None:
        """Close the table when the Deduper made it (its disk file goes)."""
        if self._own and isinstance(self.seen, KeyStore):
            self.seen.close()

    def check(
        self,
        *,
        doc_id: str,
        source: str | None,
        text: str,
        encoding: str | None,
        stats: BatchStats,
    ) -> Article | None:
        """Return the duplicate record for this text, or None when it is new."""
        original = self.seen.setdefault(content_hash(text), doc_id)
        if original == doc_id:
            return None
        stats.duplicates += 1
        return duplicate_article(
            doc_id=doc_id,
            source=source,
            text=text,
            encoding=encoding,
            original=original,
        )


def _chunked(items: Iterable[_Input], size: int) -> Iterator[list[_Input]]:
    chunk: list[_Input] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# Characters processed inside one nlp.memory_zone before it is renewed. A
# zone frees the strings, lexemes and tokenizer-cache entries added in it, so
# the vocabulary cannot grow with the corpus; renewing it too often costs speed
# (the tokenizer cache starts cold each time).
ZONE_CHARS = 2_000_000
# Inside a memory zone spaCy's tokenizer caches nothing (a cached entry would
# point at lexemes the zone frees), so every word is split afresh: about twice
# the tokenizer's time. The first WARM_CHARS characters a pipeline sees are
# tokenized once outside any zone, which caches their words for good; the
# vocabulary grows by that much text once, never with the corpus.
WARM_CHARS = 200_000
_warmed: weakref.WeakKeyDictionary[Language, int] = weakref.WeakKeyDictionary()


def warm_tokenizer(nlp: Language, texts: Iterable[str]) -> None:
    """Tokenize ``texts`` outside any memory zone until WARM_CHARS are done."""
    if getattr(nlp.vocab, "in_memory_zone", False):
        return
    done = _warmed.get(nlp, 0)
    for text in texts:
        if done >= WARM_CHARS:
            break
        make_doc(nlp, text[: WARM_CHARS - done])
        done += len(text)
    _warmed[nlp] = done


class MemoryZones:
    """Keep one ``nlp.memory_zone()`` open across chunks; renew it by size.

    Chunks are turned into records before the next chunk starts, so no Doc
    outlives the zone it was made in.
    """

    def __init__(self, nlp: Language, *, limit: int = ZONE_CHARS) -> None:
        self.nlp = nlp
        self.limit = limit
        self.used = 0
        self._zone: Any = None

    def enter(self, chars: int) -> None:
        """Account for a chunk of ``chars`` characters about to be processed."""
        if self._zone is not None and self.used >= self.limit:
            self.close()
        if self._zone is None:
            self._zone = self.nlp.memory_zone()
            self._zone.__enter__()
            self.used = 0
        self.used += chars

    def close(self) -> None:
        if self._zone is not None:
            zone, self._zone = self._zone, None
            zone.__exit__(None, None, None)


def process_chunk(
    nlp: Language,
    chunk: Sequence[_Input],
    options: _ChunkOptions,
    zones: MemoryZones | None = None,
) -> list[Article | Failure]:
    """Process a chunk of read files; one Article or Failure per file.

    The chunk runs inside a memory zone (``zones``, renewed every
    ``ZONE_CHARS`` characters; without it, a zone of its own) so the
    vocabulary does not grow with the corpus. Should a spaCy component raise
    (claimkit's own components report per document instead), the chunk is
    redone one document at a time so that only the failing file fails.
    """
    results: dict[int, Article | Failure] = {
        inp.item.index: inp.done for inp in chunk if inp.done is not None
    }
    todo = [inp for inp in chunk if inp.done is None]
    own = MemoryZones(nlp, limit=0) if zones is None else zones
    warm_tokenizer(nlp, (inp.text for inp in todo))
    own.enter(sum(len(inp.text) for inp in todo))
    try:
        pairs = [(make_doc(nlp, inp.text), inp) for inp in todo]
        try:
            docs = list(nlp.pipe(pairs, as_tuples=True, batch_size=options.batch_size))
        except Exception as err:  # isolate the failing file below
            logger.warning("a chunk failed in nlp.pipe (%s); retrying one by one", err)
            docs = []
            for inp in todo:
                try:
                    docs.append((nlp(make_doc(nlp, inp.text)), inp))
                except Exception as doc_err:  # becomes a failure row
                    logger.exception("spaCy failed on %s", inp.item.doc_id)
                    results[inp.item.index] = input_failure(
                        inp.item,
                        stage="nlp",
                        error=Errors.E030.format(
                            stage="nlp", error=f"{type(doc_err).__name__}: {doc_err}"
                        ),
                        code="E030",
                    )
        for doc, inp in docs:
            results[inp.item.index] = _doc_result(doc, inp, options.model)
    finally:
        if zones is None:
            own.close()
    return [results[inp.item.index] for inp in chunk]


def _doc_result(doc: Doc, inp: _Input, model: str) -> Article | Failure:
    failure = doc._.ck_failure
    item = inp.item
    if failure is not None:
        return input_failure(
            item,
            stage=failure["stage"],
            error=Errors.E030.format(**failure),
            code="E030",
        )
    article = doc_to_article(
        doc,
        doc_id=item.doc_id,
        source=source_of(item),
        encoding=inp.encoding,
        issues=inp.issues,
        model=model,
    )
    if inp.meta is not None:
        known = inp.meta.fields()
        if known:
            article = article.model_copy(update=known)
    return article


# Worker-process state: each worker holds the pipeline it was forked with.
_WORKER: dict[str, Any] = {}


def _serial(
    nlp: Language, chunks: Iterable[list[_Input]], options: _ChunkOptions
) -> Iterator[list[Article | Failure]]:
    zones = MemoryZones(nlp)
    try:
        for chunk in chunks:
            yield process_chunk(nlp, chunk, options, zones)
    finally:
        zones.close()


def _init_worker(nlp: Language) -> None:
    _WORKER["nlp"] = nlp
    _WORKER["zones"] = MemoryZones(nlp)


def _work(chunk: list[_Input], options: _ChunkOptions) -> list[Article | Failure]:
    return process_chunk(_WORKER["nlp"], chunk, options, _WORKER["zones"])


def _parallel(
    nlp: Language,
    chunks: Iterator[list[_Input]],
    options: _ChunkOptions,
    n_process: int,
) -> Iterator[list[Article | Failure]]:
    """Run chunks on ``n_process`` forked workers, yielding results in order.

    A worker that dies (killed, out of memory) breaks the pool: the files of
    the chunks in flight become E031 failures and a new pool takes the rest.
    """
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    in_flight: deque[tuple[list[_Input], Future[list[Article | Failure]]]] = deque()
    pools: list[ProcessPoolExecutor] = []

    def submit(chunk: list[_Input]) -> Future[list[Article | Failure]]:
        # A pool broken by a dead worker refuses work: start a fresh one.
        if pools:
            try:
                return pools[-1].submit(_work, chunk, options)
            except BrokenProcessPool:
                pools[-1].shutdown(wait=False, cancel_futures=True)
        pools.append(
            ProcessPoolExecutor(
                n_process, mp_context=context, initializer=_init_worker, initargs=(nlp,)
            )
        )
        return pools[-1].submit(_work, chunk, options)

    def collect() -> list[Article | Failure]:
        chunk, future = in_flight.popleft()
        try:
            return future.result()
        except BrokenProcessPool:
            logger.error(Errors.E031)
            return [inp.done or _lost(inp) for inp in chunk]

    try:
        for chunk in chunks:
            in_flight.append((chunk, submit(chunk)))
            if len(in_flight) >= 2 * n_process:
                yield collect()
        while in_flight:
            yield collect()
    finally:
        for pool in pools:
            pool.shutdown(cancel_futures=True)


def _lost(inp: _Input) -> Failure:
    return input_failure(inp.item, stage="nlp", error=Errors.E031, code="E031")


def count_failure(stats: BatchStats, failure: Failure) -> None:
    stats.failed += 1
    stats.failures_by_stage[failure.stage] = (
        stats.failures_by_stage.get(failure.stage, 0) + 1
    )
