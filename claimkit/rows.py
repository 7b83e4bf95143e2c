"""A dataset row to an input: its text, id and metadata fields.

Which field holds what (:class:`Fields`, with the usual names as defaults), a
row's doc_id (``<file doc_id>/<id>``, else its row number; made unique in its
file by :func:`unique_row`), its date read as an ISO date, and why a row has no
text when it has none.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from claimkit.errors import Errors
from claimkit.io import InputText
from claimkit.keystore import DocIdSet
from claimkit.meta import clean, iso_date

DEFAULT_FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article"),
    "id": ("id", "doc_id", "guid"),
    "title": ("title", "headline"),
    "date": ("date", "published", "publish_date", "published_at", "pubdate"),
    "url": ("url", "link"),
    "author": ("author", "authors", "byline"),
    "site": ("site", "sitename", "site_name"),
}


@dataclass(frozen=True)
class Fields:
    """Which field of a row holds what; None picks the first default present.

    Defaults (the first one a row has, non-empty): text ``text``, ``body``,
    ``content``, ``article``; id ``id``, ``doc_id``, ``guid`` (else the row
    number); title ``title``, ``headline``; date ``date``, ``published``,
    ``publish_date``, ``published_at``, ``pubdate``; url ``url``, ``link``;
    author ``author``, ``authors``, ``byline``; site ``site``, ``sitename``,
    ``site_name``.
    """

    text: str | None = None
    id: str | None = None
    title: str | None = None
    date: str | None = None
    url: str | None = None
    author: str | None = None
    site: str | None = None

    def candidates(self, name: str) -> tuple[str, ...]:
        given = getattr(self, name)
        return (given,) if given is not None else DEFAULT_FIELDS[name]

    def given(self) -> dict[str, str]:
        """Return the fields named explicitly, by role."""
        return {
            f.name: getattr(self, f.name)
            for f in fields(self)
            if getattr(self, f.name) is not None
        }


@dataclass(frozen=True)
class BadRow:
    """A row that could not be read: its message and code."""

    error: str
    code: str


Row = tuple[int, "Mapping[str, Any] | BadRow"]


def row_input(
    path: Path,
    file_id: str,
    row: int,
    values: Mapping[str, Any] | BadRow,
    fields: Fields,
) -> InputText:
    """Return a row's input, its doc_id ``<file_id>/<id>`` not yet made unique."""
    source = str(path)
    if isinstance(values, BadRow):
        doc_id = f"{file_id}/{row}"
        return InputText(
            doc_id=doc_id,
            source=source,
            row=row,
            error=values.error,
            code=values.code,
        )
    issues: list[str] = []
    key = _first(values, fields.candidates("id"))
    if key is None:
        if fields.id is not None:
            issues.append(f"no {fields.id!r} value; the row number is the id")
        key = str(row)
    doc_id = f"{file_id}/{key}"
    text, problem = _text(values, fields)
    if text is None:
        message = Errors.E060.format(path=path, row=row, detail=problem)
        return InputText(
            doc_id=doc_id, source=source, row=row, error=message, code="E060"
        )
    if "\ufffd" in text:
        issues.append("invalid UTF-8 bytes replaced with U+FFFD")
    raw_date = _first(values, fields.candidates("date"))
    published = iso_date(raw_date) if raw_date is not None else None
    if raw_date is not None and published is None:
        issues.append(
            f"date {raw_date[:40]!r} not read as a date; published left empty"
        )
    return InputText(
        doc_id=doc_id,
        text=text,
        source=source,
        row=row,
        title=clean(_first(values, fields.candidates("title"))),
        published=published,
        author=_first(values, fields.candidates("author")),
        site=clean(_first(values, fields.candidates("site"))),
        url=clean(_first(values, fields.candidates("url"))),
        issues=tuple(issues),
    )


def unique_id(base: str, seen: DocIdSet) -> str:
    """Return ``base``, or ``base~2``, ``base~3``... the first not in ``seen``."""
    doc_id, n = base, 2
    while not seen.add_new(doc_id):
        doc_id, n = f"{base}~{n}", n + 1
    return doc_id


def repeat_issue(file_id: str, base: str, doc_id: str) -> str:
    """Return the issue of a row whose id repeats an earlier row's."""
    key = base.removeprefix(f"{file_id}/")
    return f"id {key!r} repeats an earlier row's; written as {doc_id}"


def unique_row(item: InputText, file_id: str, seen: DocIdSet) -> InputText:
    """Return a row's input with its doc_id made unique in its file.

    A renamed row that has text gets an issue saying so (first among its
    issues); a row that failed is renamed silently.
    """
    return rename_row(item, file_id, unique_id(item.doc_id, seen))


def rename_row(item: InputText, file_id: str, doc_id: str) -> InputText:
    """Return a row's input under ``doc_id``, the unique id its file gave it."""
    if doc_id == item.doc_id:
        return item
    if item.error is not None:
        return replace(item, doc_id=doc_id)
    issue = repeat_issue(file_id, item.doc_id, doc_id)
    return replace(item, doc_id=doc_id, issues=(issue, *item.issues))


def _first(values: Mapping[str, Any], names: Sequence[str]) -> str | None:
    """Return the first of ``names`` with a non-empty value, as one-line text."""
    for name in names:
        value = values.get(name)
        if isinstance(value, (list, tuple)):  # "authors": ["A", "B"]
            value = ", ".join(str(v) for v in value if clean(v))
        elif isinstance(value, (dt.date, dt.datetime)):  # a Parquet date column
            value = value.isoformat()
        text = clean(value)
        if text is not None:
            return text
    return None


def _text(values: Mapping[str, Any], fields: Fields) -> tuple[str | None, str]:
    """Return (text, "") or (None, why the row has no text)."""
    names = fields.candidates("text")
    for name in names:
        value = values.get(name)
        if isinstance(value, str) and value.strip():
            return value, ""
    if fields.text is not None:
        value = values.get(fields.text)
        if value is None:
            return None, f"field {fields.text!r} is missing or null"
        if isinstance(value, str):
            return None, f"field {fields.text!r} is empty"
        return None, f"field {fields.text!r} is a {type(value).__name__}, not text"
    return None, f"none of {', '.join(names)} is a non-empty string"
