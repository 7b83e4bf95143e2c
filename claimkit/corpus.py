"""Datasets as inputs: JSONL, CSV and Parquet files of one article a row.

A dataset file (``.jsonl``, ``.ndjson``, ``.csv``, ``.tsv``, ``.parquet``)
named as an input, or matched in a folder by a ``--glob`` pattern, is read row
by row: each row becomes one :class:`~claimkit.io.InputText` (its text and
metadata), or one that carries the error that stopped it (a line that is not
JSON, a row with no text), so that every row ends as one Article or one
Failure. Nothing is read whole: JSONL line by line, CSV through the ``csv``
module row by row, Parquet one record batch at a time.

The doc_id of a row is ``<file doc_id>/<id>``: the row's id field when it has
one, else its row number. A repeated id gets ``~2``, ``~3``... in the order
the rows come, and an issue says so. Row numbers count from 1: the line
number in a JSONL file (blank lines are not rows but keep their number), the
data row in a CSV file (the header is not a row), the row in a Parquet file.
"""

from __future__ import annotations

import csv
import itertools
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any

from claimkit.decode import DEFAULT_MAX_CHARS
from claimkit.errors import Errors, InputError
from claimkit.io import DEFAULT_PATTERNS, InputFile, InputText, iter_input_files
from claimkit.keystore import DocIdSet
from claimkit.rows import (
    DEFAULT_FIELDS,
    BadRow,
    Fields,
    Row,
    rename_row,
    row_input,
    unique_row,
)

DATASET_KINDS: dict[str, str] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "tsv",
    ".parquet": "parquet",
}
DATASET_PATTERNS: tuple[str, ...] = tuple(f"*{suffix}" for suffix in DATASET_KINDS)
_PARQUET_BATCH = 256
"""Rows per Parquet record batch: memory holds one batch of texts at a time."""
_LINE_SLACK = 1 << 20
"""Bytes a JSONL line may hold beyond its text's ``4 * max_chars`` (other fields)."""

Input = InputFile | InputText


def dataset_kind(path: str | os.PathLike[str]) -> str | None:
    """Return "jsonl", "csv", "tsv" or "parquet" for a dataset file, else None."""
    return DATASET_KINDS.get(Path(path).suffix.lower())


class Corpus:
    """Inputs from files, folders and datasets, re-iterable and countable.

    Iterating yields :class:`~claimkit.io.InputText` rows for dataset files and
    :class:`~claimkit.io.InputFile` items for other files; every iteration
    reads the files again, so a run can count first and stream after.
    """

    def __init__(
        self,
        paths: Sequence[str | os.PathLike[str]],
        *,
        fields: Fields,
        patterns: Sequence[str],
        max_chars: int,
    ) -> None:
        self.paths = list(paths)
        self.fields = fields
        self.patterns = tuple(patterns)
        self.max_chars = max_chars

    def __iter__(self) -> Iterator[Input]:
        return expand_inputs(
            self.paths,
            patterns=self.patterns,
            fields=self.fields,
            max_chars=self.max_chars,
        )

    def count(self) -> int:
        """Return how many inputs iterating yields, without parsing rows."""
        return count_inputs(
            self.paths,
            patterns=self.patterns,
            fields=self.fields,
            max_chars=self.max_chars,
        )


def read_corpus(
    paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    *,
    text_field: str | None = None,
    id_field: str | None = None,
    title_field: str | None = None,
    date_field: str | None = None,
    url_field: str | None = None,
    author_field: str | None = None,
    site_field: str | None = None,
    patterns: Sequence[str] = DATASET_PATTERNS,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Corpus:
    """Read datasets (and article files) as inputs for the run API.

    >>> corpus = read_corpus("news.jsonl", text_field="body")
    >>> report = run_extract(corpus, "out/news.jsonl")

    Folders are searched recursively for ``patterns`` (by default the dataset
    suffixes: ``*.jsonl``, ``*.ndjson``, ``*.csv``, ``*.tsv``,
    ``*.parquet``). Field names default as :class:`Fields` says.

    Raises (while iterating or counting):
        InputError: a path does not exist (E020); a CSV or Parquet file has no
            text column (E064) or lacks a named field (E063); Parquet without
            pyarrow (E062); an unreadable dataset (E066).
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    fields = Fields(
        text=text_field,
        id=id_field,
        title=title_field,
        date=date_field,
        url=url_field,
        author=author_field,
        site=site_field,
    )
    return Corpus(paths, fields=fields, patterns=patterns, max_chars=max_chars)


def expand_inputs(
    items: Iterable[str | os.PathLike[str] | Input],
    *,
    patterns: Sequence[str] = DEFAULT_PATTERNS,
    fields: Fields | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Iterator[Input]:
    """Yield inputs for paths, folders, datasets and input items, in order.

    Consecutive paths are expanded together by
    :func:`claimkit.io.iter_input_files` (so their doc_ids stay unique);
    dataset files among them are read row by row; InputFile and InputText
    items pass through. Indexes are renumbered so that every input has its
    own place in the run.
    """
    fields = fields if fields is not None else Fields()
    index = 0
    for is_item, group in itertools.groupby(items, key=_is_item):
        inputs: Iterable[Any] = group
        if not is_item:
            inputs = _expand_paths(inputs, patterns, fields, max_chars)
        for item in inputs:
            yield replace(item, index=index)
            index += 1


def count_inputs(
    items: Iterable[str | os.PathLike[str] | Input],
    *,
    patterns: Sequence[str] = DEFAULT_PATTERNS,
    fields: Fields | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> int:
    """Return how many inputs :func:`expand_inputs` yields, rows not parsed."""
    if isinstance(items, Corpus):
        return items.count()
    fields = fields if fields is not None else Fields()
    total = 0
    for is_item, group in itertools.groupby(items, key=_is_item):
        if is_item:
            total += sum(1 for _ in group)
            continue
        for item in iter_input_files(_paths(group), patterns=patterns):
            kind = dataset_kind(item.path)
            total += 1 if kind is None else count_rows(item.path, fields, max_chars)
    return total


def _is_item(item: object) -> bool:
    return isinstance(item, (InputFile, InputText))


def _paths(items: Iterable[object]) -> Iterator[str | os.PathLike[str]]:
    for item in items:
        if not isinstance(item, (str, os.PathLike)):
            raise InputError(
                Errors.E029.format(type=type(item).__name__, item=repr(item)[:80])
            )
        yield item


def _expand_paths(
    paths: Iterable[object], patterns: Sequence[str], fields: Fields, max_chars: int
) -> Iterator[Input]:
    for item in iter_input_files(_paths(paths), patterns=patterns):
        if dataset_kind(item.path) is None:
            yield item
        else:
            yield from iter_dataset(
                item.path, doc_id=item.doc_id, fields=fields, max_chars=max_chars
            )


# -- dataset files in parts (Dask) -------------------------------------------


@dataclass(frozen=True)
class DatasetPart:
    """Some rows of one dataset file, for a worker to read: a span of the file.

    ``file_no`` tells the parts of one file from those of another (a file
    named twice is two files), for the ids made unique per file. A part whose
    ids were settled before it was sent (``settled``: on ``--resume``, where
    the rows already written must be known) carries the rows to leave out and
    the rows whose id repeats an earlier row's, with the id each gets.
    """

    path: Path
    file_id: str
    file_no: int
    span: Span
    settled: bool = False
    skip_rows: frozenset[int] = frozenset()
    renames: tuple[tuple[int, str], ...] = ()


def plan_inputs(
    items: Iterable[str | os.PathLike[str] | Input],
    *,
    patterns: Sequence[str] = DEFAULT_PATTERNS,
    fields: Fields | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    rows_per_part: int = 256,
) -> Iterator[Input | DatasetPart]:
    """Yield what :func:`expand_inputs` would, dataset files as parts, unread.

    A JSONL file is cut into byte ranges of ``rows_per_part`` lines (the
    lines are counted, not parsed), a Parquet file into runs of row groups
    of at least ``rows_per_part`` rows (from its metadata); a CSV file is one
    part, since a quoted field may hold a line break. Every part's rows come
    from :func:`iter_part`, with ids not yet made unique across parts.
    """
    fields = fields if fields is not None else Fields()
    file_no = 0
    for is_item, group in itertools.groupby(items, key=_is_item):
        if is_item:
            yield from (i for i in group if isinstance(i, (InputFile, InputText)))
            continue
        for item in iter_input_files(_paths(group), patterns=patterns):
            if dataset_kind(item.path) is None:
                yield item
                continue
            file_no += 1
            for span in split_dataset(item.path, fields, max_chars, rows_per_part):
                yield DatasetPart(item.path, item.doc_id, file_no, span)


def split_dataset(
    path: Path, fields: Fields, max_chars: int, rows_per_part: int
) -> Iterator[Span]:
    """Yield the spans of a dataset file, about ``rows_per_part`` rows each."""
    kind = dataset_kind(path)
    if kind == "parquet":
        parquet = parquet_file(path)
        check_columns(path, list(parquet.schema_arrow.names), fields)
        groups: list[int] = []
        first = row = 1
        for group in range(parquet.metadata.num_row_groups):
            groups.append(group)
            row += parquet.metadata.row_group(group).num_rows
            if row - first >= rows_per_part:
                yield Span(first_row=first, row_groups=tuple(groups))
                groups, first = [], row
        if groups:
            yield Span(first_row=first, row_groups=tuple(groups))
        return
    if kind != "jsonl":
        yield Span()
        return
    with _open(path, "rb") as fh:
        start = lines = 0
        first = 1
        for _ in bounded_lines(fh, line_limit(max_chars)):
            lines += 1
            if lines >= rows_per_part:
                end = fh.tell()
                yield Span(first_row=first, start=start, end=end)
                start, first, lines = end, first + lines, 0
        if lines:
            yield Span(first_row=first, start=start)


def iter_part(
    part: DatasetPart, fields: Fields | None = None, max_chars: int = DEFAULT_MAX_CHARS
) -> Iterator[InputText]:
    """Yield the rows of a part, each doc_id ``<file_id>/<id>`` as the row has it.

    Ids are made unique per file by whoever sees all the parts in order
    (:func:`claimkit.rows.unique_row`, as :func:`claimkit.dask.run` does),
    unless the part is ``settled``: then its ``renames`` apply here and its
    ``skip_rows`` are left out.
    """
    fields = fields if fields is not None else Fields()
    renames = dict(part.renames)
    rows = dataset_rows(part.path, fields, max_chars, parse=True, span=part.span)
    for row, values in rows:
        if row in part.skip_rows:
            continue
        item = row_input(part.path, part.file_id, row, values, fields)
        if row in renames:
            item = rename_row(item, part.file_id, renames[row])
        yield item


# -- one dataset file --------------------------------------------------------


def iter_dataset(
    path: str | os.PathLike[str],
    *,
    doc_id: str | None = None,
    fields: Fields | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Iterator[InputText]:
    """Yield one InputText per row of a dataset file, streaming.

    ``doc_id`` is the file's (default: its name without the suffix); rows
    are ``<doc_id>/<id>``.

    Raises:
        InputError: see :func:`read_corpus`.
    """
    path = Path(path)
    fields = fields if fields is not None else Fields()
    file_id = doc_id if doc_id is not None else path.with_suffix("").name
    # The ids used so far are kept on disk: a set of them would grow with rows.
    with DocIdSet() as seen:
        for row, values in dataset_rows(path, fields, max_chars, parse=True):
            item = row_input(path, file_id, row, values, fields)
            yield unique_row(item, file_id, seen)


def count_rows(
    path: str | os.PathLike[str],
    fields: Fields | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> int:
    """Return the number of rows :func:`iter_dataset` yields, rows not parsed."""
    path = Path(path)
    fields = fields if fields is not None else Fields()
    if dataset_kind(path) == "parquet":
        parquet = parquet_file(path)
        check_columns(path, list(parquet.schema_arrow.names), fields)
        return int(parquet.metadata.num_rows)
    return sum(1 for _ in dataset_rows(path, fields, max_chars, parse=False))


def dataset_rows(
    path: Path,
    fields: Fields,
    max_chars: int,
    *,
    parse: bool,
    span: Span | None = None,
) -> Iterator[Row]:
    """Yield (row number, values) for the rows of a dataset file, or of a span."""
    kind = dataset_kind(path)
    if kind == "jsonl":
        return _jsonl_rows(path, max_chars, parse=parse, span=span)
    if kind in ("csv", "tsv"):
        return _csv_rows(path, fields, delimiter="\t" if kind == "tsv" else ",")
    return _parquet_rows(path, fields, span=span)


@dataclass(frozen=True)
class Span:
    """A part of a dataset file: a byte range of a JSONL, row groups of a Parquet.

    A JSONL range starts at the beginning of a line and ends at one (``end``
    None: the end of the file); ``first_row`` is the row number of its first
    line or row.
    """

    first_row: int = 1
    start: int = 0
    end: int | None = None
    row_groups: tuple[int, ...] | None = None


def line_limit(max_chars: int) -> int:
    """Return the longest JSONL line read, in bytes, for ``max_chars``."""
    return 4 * max_chars + _LINE_SLACK


def _open(path: Path, mode: str, **kwargs: Any) -> IO[Any]:
    try:
        return open(path, mode, **kwargs)
    except OSError as err:
        raise InputError(
            Errors.E066.format(path=path, kind=dataset_kind(path), error=err)
        ) from err


def _jsonl_rows(
    path: Path, max_chars: int, *, parse: bool, span: Span | None = None
) -> Iterator[Row]:
    # A line is read up to a bound, so one line of a gigabyte cannot fill
    # memory: its text would be over --max-chars anyway.
    span = span if span is not None else Span()
    limit = line_limit(max_chars)
    with _open(path, "rb") as fh:
        fh.seek(span.start)
        lines = bounded_lines(fh, limit, end=span.end)
        for row, line in enumerate(lines, start=span.first_row):
            if line is None:
                size = f"over {limit // 4}"
                message = Errors.E024.format(
                    path=f"{path} row {row}", size=size, limit=max_chars
                )
                yield row, BadRow(message, "E024")
                continue
            if not line.strip():
                continue
            if not parse:
                yield row, {}
                continue
            try:
                values = json.loads(line)
            except ValueError as err:  # JSONDecodeError and UnicodeDecodeError
                message = Errors.E023.format(path=path, line=row, error=err)
                yield row, BadRow(message, "E023")
                continue
            if not isinstance(values, dict):
                kind = type(values).__name__
                yield (
                    row,
                    BadRow(Errors.E061.format(path=path, row=row, type=kind), "E061"),
                )
                continue
            yield row, values


def bounded_lines(
    fh: IO[bytes], limit: int, *, end: int | None = None
) -> Iterator[bytes | None]:
    """Yield each line of ``fh``, or None for a line longer than ``limit`` bytes.

    With ``end``, lines that start at or after that byte offset are not read.
    """
    while end is None or fh.tell() < end:
        line = fh.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            # Skip the rest of the long line without holding it.
            while True:
                rest = fh.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield None
            continue
        yield line


def _csv_rows(path: Path, fields: Fields, *, delimiter: str) -> Iterator[Row]:
    _raise_csv_limit()
    with _open(path, "r", encoding="utf-8-sig", errors="replace", newline="") as fh:
        reader = csv.reader(fh, delimiter=delimiter)
        try:
            header = next(reader, None)
        except csv.Error as err:
            raise InputError(
                Errors.E066.format(path=path, kind="CSV", error=err)
            ) from err
        if header is None:
            return
        header = [name.strip() for name in header]
        check_columns(path, header, fields)
        row = 0
        while True:
            try:
                record = next(reader)
            except StopIteration:
                return
            except csv.Error as err:
                row += 1
                yield (
                    row,
                    BadRow(Errors.E065.format(path=path, row=row, error=err), "E065"),
                )
                continue
            if not record:  # a blank line is not a row
                continue
            row += 1
            yield row, dict(zip(header, record, strict=False))


def _raise_csv_limit() -> None:
    # An article is longer than csv's default field limit of 131,072
    # characters more often than one would think; the limit only grows.
    limit = sys.maxsize
    while limit > csv.field_size_limit():
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:
            limit //= 2


def check_columns(path: Path, columns: Sequence[str], fields: Fields) -> None:
    """Raise when a named field, or any text column, is missing from a header."""
    for role, name in fields.given().items():
        if name not in columns:
            raise InputError(
                Errors.E063.format(
                    path=path,
                    field=name,
                    option=f"--{role}-field",
                    columns=", ".join(columns) or "(none)",
                )
            )
    if fields.text is None and not any(c in columns for c in DEFAULT_FIELDS["text"]):
        raise InputError(
            Errors.E064.format(
                path=path,
                candidates=", ".join(DEFAULT_FIELDS["text"]),
                columns=", ".join(columns) or "(none)",
            )
        )


def parquet_file(path: Path) -> Any:
    try:
        import pyarrow.parquet as pq
    except ImportError as err:
        raise InputError(Errors.E062.format(path=path)) from err
    try:
        return pq.ParquetFile(path)
    except (OSError, ValueError) as err:  # ArrowInvalid is a ValueError
        raise InputError(
            Errors.E066.format(path=path, kind="Parquet", error=err)
        ) from err


def _parquet_rows(
    path: Path, fields: Fields, *, span: Span | None = None
) -> Iterator[Row]:
    span = span if span is not None else Span()
    parquet = parquet_file(path)
    columns = list(parquet.schema_arrow.names)
    check_columns(path, columns, fields)
    wanted = {name for role in DEFAULT_FIELDS for name in fields.candidates(role)}
    selected = [c for c in columns if c in wanted]
    row = span.first_row - 1
    try:
        batches = parquet.iter_batches(
            batch_size=_PARQUET_BATCH, columns=selected, row_groups=span.row_groups
        )
        for batch in batches:
            for values in batch.to_pylist():
                row += 1
                yield row, values
    except (OSError, ValueError) as err:
        raise InputError(
            Errors.E066.format(path=path, kind="Parquet", error=err)
        ) from err
