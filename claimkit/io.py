"""Article folders in, JSONL records out.

Reading finds the article files of a run and decodes each (``claimkit.decode``
turns its bytes into text). Records are read back through jsonlines, each line
validated and a bad one named by file and line number. ``LineWriter`` appends
one whole line per ``os.write`` so a killed run never leaves a torn line, and
a resumed run can trust every line it finds; ``write_records`` replaces a file
atomically.
"""

from __future__ import annotations

import contextlib
import fnmatch
import hashlib
import json
import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar, cast

import jsonlines
from pydantic import BaseModel, ValidationError

from claimkit.decode import DEFAULT_MAX_CHARS, DecodedText, ReadError, decode_bytes
from claimkit.errors import Errors, InputError, RecordError
from claimkit.meta import ArticleMeta
from claimkit.records import Article, Failure, LinkedEntity

DEFAULT_PATTERNS: tuple[str, ...] = ("*.txt", "*.md")
TITLE_MAX_CHARS = 100
"""Longest first line taken as a headline; a longer one is the lead paragraph."""
_CLOSERS = "\"')]\u2019\u201d\u00bb\u203a"

R = TypeVar("R", bound=BaseModel)


@dataclass(frozen=True)
class InputFile:
    """One article file to read: its doc_id, its path, and its place in the run."""

    doc_id: str
    path: Path
    index: int


@dataclass(frozen=True)
class InputText:
    """One article given as text: a dataset row, or a text you built yourself.

    It is processed like a file's text, with no file to read: ``--max-chars``
    and the duplicate rule apply, and the metadata fields land on the Article
    (``title`` replaces the headline rule when given). A row that could not
    become text carries ``error`` and ``code`` instead and is written as a
    Failure with its ``row``.
    """

    doc_id: str
    text: str = ""
    index: int = 0
    source: str | None = None
    """The dataset file (Article.source, Failure.path)."""
    row: int | None = None
    title: str | None = None
    published: str | None = None
    author: str | None = None
    site: str | None = None
    url: str | None = None
    error: str | None = None
    code: str | None = None
    issues: tuple[str, ...] = ()

    @property
    def meta(self) -> ArticleMeta:
        return ArticleMeta(
            title=self.title,
            published=self.published,
            author=self.author,
            site=self.site,
            url=self.url,
        )


def iter_input_files(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    patterns: Sequence[str] = DEFAULT_PATTERNS,
) -> Iterator[InputFile]:
    """Yield the files under ``inputs`` matching ``patterns``, in a stable order.

    Folders are walked recursively without following symbolic links (a link
    loop cannot hang the run); files named directly are taken whatever their
    name. ``doc_id`` is the path relative to the input folder, suffix dropped;
    when two files would share an id the later keeps its suffix.

    Raises:
        InputError: an input path does not exist.
    """
    seen: set[str] = set()
    index = 0
    for raw in inputs:
        root = Path(raw)
        if not root.exists() and not root.is_symlink():
            raise InputError(Errors.E020.format(path=root))
        if root.is_dir():
            candidates = sorted(_walk(root, patterns), key=lambda p: p.as_posix())
            pairs = [(p, p.relative_to(root)) for p in candidates]
        else:
            pairs = [(root, Path(root.name))]
        for path, rel in pairs:
            doc_id = rel.with_suffix("").as_posix() if rel.suffix else rel.as_posix()
            if doc_id in seen:
                doc_id = rel.as_posix()
            n = 2
            base = doc_id
            while doc_id in seen:
                doc_id, n = f"{base}~{n}", n + 1
            seen.add(doc_id)
            yield InputFile(doc_id=doc_id, path=path, index=index)
            index += 1


def _walk(root: Path, patterns: Sequence[str]) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames.sort()
        for name in sorted(filenames):
            if any(fnmatch.fnmatch(name, pat) for pat in patterns):
                yield Path(dirpath) / name


def read_text_file(
    path: str | Path, *, max_chars: int = DEFAULT_MAX_CHARS, html: bool = False
) -> DecodedText:
    """Read and decode one article file.

    Raises:
        ReadError: the file is missing, unreadable, too large, binary, empty,
            or an HTML page while ``html`` is false. ``code`` says which.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        # A UTF-32 file is at most four bytes a character: anything larger can
        # only exceed the limit, so refuse it before loading it into memory.
        if size > 4 * max_chars + 4:
            raise ReadError(
                Errors.E024.format(
                    path=path, size=f"at least {size // 4}", limit=max_chars
                ),
                code="E024",
            )
        data = path.read_bytes()
    except OSError as err:
        raise ReadError(Errors.E026.format(path=path, error=err), code="E026") from err
    return decode_bytes(data, path=str(path), max_chars=max_chars, html=html)


def split_title(text: str) -> str | None:
    """Return the headline: a short first line that is not a sentence.

    The first line is a title when a blank line follows it, it is at most
    ``TITLE_MAX_CHARS`` long, and it does not end as a sentence does: in a
    full stop or an exclamation mark, closing quotes and brackets after it
    disregarded (``He said "no."``). Headlines rarely end in a full stop but
    do ask questions, so a final question mark is allowed, and so is an
    ellipsis ("Ministers weigh a fuel tax..."). A plain-text news file whose
    first paragraph is its lead sentence therefore has no title.
    """
    lines = text.lstrip("\ufeff").splitlines()
    if len(lines) < 2 or lines[1].strip():
        return None
    title = lines[0].strip()
    if not title or len(title) > TITLE_MAX_CHARS:
        return None
    last = title.rstrip(_CLOSERS)
    if last.endswith("!") or (last.endswith(".") and not last.endswith("...")):
        return None
    return title


class LineWriter:
    """Append whole lines to a file, one ``os.write`` per line.

    A process killed between two writes leaves only whole lines behind, so the
    file stays valid JSONL at every moment.
    """

    def __init__(self, path: str | Path, *, append: bool = False) -> None:
        self.path = Path(path)
        if self.path.parent != Path():
            self.path.parent.mkdir(parents=True, exist_ok=True)
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND
        if not append:
            flags |= os.O_TRUNC
        self._fd: int | None = os.open(self.path, flags, 0o644)

    def write(self, line: str) -> None:
        if self._fd is None:
            raise ValueError(Errors.E045.format(path=self.path))
        data = (line.rstrip("\n") + "\n").encode("utf-8")
        view = memoryview(data)
        while view:
            written = os.write(self._fd, view)
            view = view[written:]

    def write_record(self, record: BaseModel) -> None:
        self.write(record.model_dump_json())

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> LineWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def repair_jsonl(path: str | Path) -> int:
    """Cut a torn last line (no newline) from ``path``; return bytes removed."""
    path = Path(path)
    if not path.exists():
        return 0
    with path.open("rb+") as fh:
        fh.seek(0, os.SEEK_END)
        size = fh.tell()
        if size == 0:
            return 0
        fh.seek(size - 1)
        if fh.read(1) == b"\n":
            return 0
        pos = size - 1
        while pos > 0:
            step = min(65536, pos)
            fh.seek(pos - step)
            chunk = fh.read(step)
            nl = chunk.rfind(b"\n")
            if nl >= 0:
                keep = pos - step + nl + 1
                break
            pos -= step
        else:
            keep = 0
        fh.truncate(keep)
        return size - keep


class RecordReader(Generic[R]):
    """Iterate validated records from a JSONL file.

    A bad line raises ``RecordError`` naming the file and line number: ``E023``
    when the line is not JSON (or not UTF-8), else ``code`` (``E022`` for
    articles, ``E041`` for the registry) when the JSON is not a valid record.
    With ``skip_invalid`` a bad line is counted in ``skipped`` (line number and
    message) instead of raising. Blank lines are skipped.
    """

    def __init__(
        self,
        path: str | Path,
        model: type[R],
        *,
        skip_invalid: bool = False,
        code: str = "E022",
    ) -> None:
        self.path = Path(path)
        self.model = model
        self.skip_invalid = skip_invalid
        self.code = code
        self.skipped: list[tuple[int, str]] = []

    def __iter__(self) -> Iterator[R]:
        # jsonlines numbers the lines and decodes each from UTF-8 on its own, so
        # a line that is not UTF-8 is reported with its number like a bad one;
        # the record is validated straight from the line's JSON by pydantic.
        loads = self.model.model_validate_json
        with (
            self.path.open("rb") as fh,
            jsonlines.Reader(fh, loads=loads) as reader,
        ):
            while True:
                try:
                    record = reader.read(skip_empty=True)
                except EOFError:
                    return
                except jsonlines.InvalidLineError as err:
                    message = self._message(err)
                    if not self.skip_invalid:
                        raise RecordError(  # message from the catalogue
                            message, path=str(self.path), line=err.lineno
                        ) from (err.__cause__ or err)
                    self.skipped.append((err.lineno, message))
                    continue
                yield cast(R, record)

    def _message(self, err: jsonlines.InvalidLineError) -> str:
        """Word a bad line: E023 when it is not JSON, else this reader's code."""
        cause = err.__cause__
        if isinstance(cause, ValidationError) and not _is_json_error(cause):
            template = getattr(Errors, self.code)
            return template.format(
                path=self.path, line=err.lineno, error=_short_error(cause)
            )
        if isinstance(cause, ValidationError):
            detail = str(cause.errors()[0]["msg"])
        elif isinstance(cause, UnicodeDecodeError):
            detail = f"not UTF-8 ({cause.reason} at byte {cause.start})"
        else:
            detail = str(err)
        return Errors.E023.format(path=self.path, line=err.lineno, error=detail)


def _is_json_error(err: ValidationError) -> bool:
    return any(error["type"] == "json_invalid" for error in err.errors())


def _short_error(err: ValidationError) -> str:
    first = err.errors()[0]
    where = ".".join(str(p) for p in first.get("loc", ())) or "line"
    more = f" (and {err.error_count() - 1} more)" if err.error_count() > 1 else ""
    return f"{where}: {first.get('msg')}{more}"


def read_articles(
    path: str | Path, *, skip_invalid: bool = False
) -> RecordReader[Article]:
    """Read Articles from a JSONL file, validating each line.

    Raises (while iterating):
        RecordError: a line is not JSON (E023) or not a valid Article (E022);
            the message names the file and line number. Pass
            ``skip_invalid=True`` to count and skip.
    """
    return RecordReader(path, Article, skip_invalid=skip_invalid)


def read_registry(
    path: str | Path, *, skip_invalid: bool = False
) -> RecordReader[LinkedEntity]:
    """Read LinkedEntity records (an ``entities.jsonl`` registry)."""
    return RecordReader(path, LinkedEntity, skip_invalid=skip_invalid, code="E041")


def read_failures(path: str | Path) -> RecordReader[Failure]:
    return RecordReader(path, Failure)


def write_records(records: Iterable[BaseModel], path: str | Path) -> int:
    """Write records to ``path`` atomically; return how many were written.

    The lines go to a temporary file of a unique name in the same folder,
    which replaces ``path`` only once every record is written and synced. Two
    runs writing the same path do not share a temporary file (the last to
    finish wins), and on any error the temporary file is removed and ``path``
    is left as it was.
    """
    path = Path(path)
    if path.parent != Path():
        path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(
        dir=path.parent, prefix=path.name + ".", suffix=".partial"
    )
    count = 0
    try:
        with open(fd, "wb") as fh:
            # mkstemp makes the file private; give it the mode a new file gets.
            os.fchmod(fh.fileno(), 0o644 & ~_umask())
            writer = jsonlines.Writer(fh, dumps=_dump_json)
            for record in records:
                writer.write(record)
                count += 1
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return count


def _dump_json(value: BaseModel | dict[str, object]) -> str:
    # jsonlines' Writer probes its dumps with an empty dict before any record.
    if isinstance(value, BaseModel):
        return value.model_dump_json()
    return json.dumps(value)


def _umask() -> int:
    """Return the process umask.

    It can only be read by setting it; for that instant it is the strictest
    mask, so a file another thread creates meanwhile is never more open.
    """
    mask = os.umask(0o077)
    os.umask(mask)
    return mask


def content_hash(text: str) -> bytes:
    """Return a 16-byte digest of an article text (duplicate detection)."""
    data = text.encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=16).digest()


def scan_output(path: str | Path) -> tuple[set[str], dict[bytes, str]]:
    """Return the doc_ids and text hashes of the whole lines of an output file.

    In memory: a run over a large output fills on-disk stores from
    :func:`iter_written` instead.
    """
    ids: set[str] = set()
    hashes: dict[bytes, str] = {}
    for doc_id, digest in iter_written(path):
        ids.add(doc_id)
        if digest is not None:
            hashes.setdefault(digest, doc_id)
    return ids, hashes


def iter_written(path: str | Path) -> Iterator[tuple[str, bytes | None]]:
    """Yield (doc_id, text hash or None) for each whole line of an output file.

    Only lines that end in a newline and parse as JSON objects with a string
    ``doc_id`` count; ``repair_jsonl`` has already cut a torn last line.
    """
    path = Path(path)
    if not path.exists():
        return
    with path.open("rb") as fh:
        reader = jsonlines.Reader(_whole_lines(fh))
        for data in reader.iter(type=dict, skip_invalid=True, skip_empty=True):
            doc_id = data.get("doc_id")
            if isinstance(doc_id, str):
                text = data.get("text")
                yield doc_id, content_hash(text) if isinstance(text, str) else None


def _whole_lines(lines: Iterable[bytes]) -> Iterator[bytes]:
    """Yield lines up to the first without a newline (a torn last line)."""
    for line in lines:
        if not line.endswith(b"\n"):
            return
        yield line


def done_doc_ids(path: str | Path) -> set[str]:
    """Return the doc_ids of the whole lines already in an output file."""
    return scan_output(path)[0]
