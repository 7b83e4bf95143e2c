"""Article metadata (title, date, author, site, url) and ISO dates.

Pages and dataset rows carry metadata beside their text. It travels with the
input as an :class:`ArticleMeta` and lands in the Article's ``title``,
``published``, ``author``, ``site`` and ``url`` fields. Dates are written as
ISO dates (``2024-03-05``) so that claims can be ordered by date; a date that
cannot be read without guessing (``05/03/2024``: May or March?) is left out.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from dataclasses import dataclass

_ISO_PREFIX = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])")
_ISO_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
# "March 5, 2024", "Mar. 5 2024", "5 March 2024", "Tue, 5 Mar 2024" (weekday
# dropped first). Written-out months are unambiguous; numeric day/month orders
# are not, so they are not read.
_MONTH_DAY_YEAR = re.compile(r"^([A-Za-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$")
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+)\.?,? (\d{4})$")
_WEEKDAY = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? ", re.I)


@dataclass(frozen=True)
class ArticleMeta:
    """What is known about an article besides its text; None when unknown."""

    title: str | None = None
    published: str | None = None
    author: str | None = None
    site: str | None = None
    url: str | None = None

    def fields(self) -> dict[str, str]:
        """Return the known fields, for ``Article.model_copy(update=...)``."""
        return {
            name: value
            for name, value in (
                ("title", self.title),
                ("published", self.published),
                ("author", self.author),
                ("site", self.site),
                ("url", self.url),
            )
            if value is not None
        }


def iso_date(value: object) -> str | None:
    """Return ``value`` as an ISO date (``YYYY-MM-DD``), or None when unreadable.

    Read: ISO 8601 dates and datetimes (the date part is kept as written, not
    shifted to UTC), ``YYYYMMDD``, RFC 2822 dates of RSS feeds, dates with the
    month written out ("March 5, 2024", "5 Mar 2024"), and ``date`` or
    ``datetime`` objects (Parquet columns). Not read: numeric day/month
    orders (``05/03/2024``) and bare numbers (seconds or milliseconds?).
    """
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    if not text:
        return None
    match = _ISO_PREFIX.match(text) or _ISO_COMPACT.match(text)
    if match:
        return _checked(*(int(g) for g in match.groups()))
    parsed = email.utils.parsedate_tz(text) if "," in text or ":" in text else None
    if parsed is not None and parsed[0] > 0:
        return _checked(parsed[0], parsed[1], parsed[2])
    text = _WEEKDAY.sub("", text)
    match = _MONTH_DAY_YEAR.match(text)
    if match:
        month = _MONTHS.get(match.group(1).lower())
        return _checked(int(match.group(3)), month, int(match.group(2)))
    match = _DAY_MONTH_YEAR.match(text)
    if match:
        month = _MONTHS.get(match.group(2).lower())
        return _checked(int(match.group(3)), month, int(match.group(1)))
    return None


def _checked(year: int, month: int | None, day: int) -> str | None:
    if month is None:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def clean(value: object) -> str | None:
    """Return a metadata value as a stripped one-line string, None when empty."""
    if value is None or isinstance(value, (bytes, dict, list, tuple)):
        return None
    text = " ".join(str(value).split())
    return text or None
