"""Article bytes to article text: encodings, binary data, HTML pages.

Decoding follows a stated order: a byte-order mark, then UTF-8, then cp1252
(Latin-1 where cp1252 leaves a byte undefined). charset-normalizer is asked
only where that order fails: UTF-16 without a BOM, or a garbled cp1252 reading
of another code page. The decoded text is kept exactly, so every offset in a
record slices it.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from claimkit.errors import Errors, InputError
from claimkit.meta import ArticleMeta

DEFAULT_MAX_CHARS = 1_000_000
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SAMPLE = 8192
"""Bytes (or characters) looked at to tell text from binary data."""
_TEXT_CONTROLS = frozenset((9, 10, 12, 13, 27))
_OTHER_CONTROLS = tuple(c for c in range(32) if c not in _TEXT_CONTROLS)
_CLEAN_CHAOS = 0.1
"""charset-normalizer chaos (share of garbled characters) at or under which a
reading counts as clean; its own default cut-off for any match is 0.2."""
_MIN_DETECT_BYTES = 32
"""Fewest bytes whose encoding is guessed; charset-normalizer itself warns that
its guess on less is unreliable, and a few stray bytes are not an article."""
_HTML_START = re.compile(
    rb"^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.I
)
_HTML_TAG = re.compile(
    rb"</?(?:p|div|span|a|br|table|td|script|style|meta|li)[\s/>]", re.I
)


@dataclass(frozen=True)
class DecodedText:
    """Article text as decoded, the codec used, and what decoding noticed."""

    text: str
    encoding: str
    issues: tuple[str, ...] = ()
    meta: ArticleMeta | None = None
    """Title, date, author, site and url read from an HTML page."""


class ReadError(InputError):
    """An input file could not become article text; ``code`` names the reason."""

    def __init__(self, message: str, *, code: str) -> None:
        super().__init__(message)
        self.code = code


def decode_bytes(
    data: bytes,
    *,
    path: str = "<bytes>",
    max_chars: int = DEFAULT_MAX_CHARS,
    html: bool = False,
    url: str | None = None,
) -> DecodedText:
    """Decode article bytes: BOM, then UTF-8, then a detected legacy encoding.

    The fast path needs no guessing: a byte-order mark names the encoding, and
    text that is valid UTF-8 (or mostly so, with a few broken runs) is UTF-8.
    Otherwise charset-normalizer is asked, and only where the order fails:

    - bytes full of control bytes (as UTF-16 without a BOM is, every other
      byte a NUL) are text only if charset-normalizer reads them cleanly and
      the decoded text itself has no more control characters than text has;
      anything else (a PNG, a gzip stream) is binary, ``E025``;
    - bytes with no UTF-8 sequence in them are cp1252 (Latin-1 where cp1252
      leaves a byte undefined) when that reading is clean, as Western text
      is; when it is garbled (Cyrillic in cp1251 read as cp1252) the clean
      reading charset-normalizer prefers is used instead.

    A reading is clean when charset-normalizer's chaos (its share of garbled
    characters, 0 to 1) is at most ``_CLEAN_CHAOS``. ``encoding`` is the
    Python codec used; non-UTF-8 decoding is recorded in ``issues``.
    """
    issues: list[str] = []
    text: str | None = None
    encoding = ""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = data.decode(codec, errors="replace")
            encoding = codec
            if "\ufffd" in text:
                issues.append(f"invalid {codec} bytes replaced with U+FFFD")
            break
    sample = data[:_SAMPLE]
    if text is None and _too_many_controls(sample):
        guess = _detect(data)
        if guess is None or _too_many_controls(guess[0][:_SAMPLE]):
            reason = f"{_controls(sample)} control bytes in the first {len(sample)}"
            raise ReadError(
                Errors.E025.format(path=path, reason=reason),
                code="E025",
            )
        text, encoding = guess
        issues.append(f"not UTF-8; decoded as {encoding}")
    if text is None:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as err:
            bad = err.end - err.start
            # Mostly valid UTF-8 with a few broken runs is still UTF-8 text; a
            # legacy single-byte file has non-ASCII bytes that never form UTF-8.
            replaced = data.decode("utf-8", errors="replace")
            valid_multibyte = sum(
                1 for ch in replaced if ord(ch) > 127 and ch != "\ufffd"
            )
            if valid_multibyte > 0:
                text, encoding = replaced, "utf-8"
                issues.append(
                    f"{replaced.count(chr(0xFFFD))} invalid UTF-8 byte run(s) replaced "
                    f"with U+FFFD (first at byte {err.start}, {bad} byte(s))"
                )
            else:
                text, encoding = _decode_legacy(data)
                issues.append(f"not UTF-8; decoded as {encoding}")
    meta = None
    if _looks_like_html(data):
        if not html:
            raise ReadError(Errors.E027.format(path=path), code="E027")
        from claimkit.html import read_page

        page = read_page(text, url=url)
        text, meta = page.text, page.meta
        issues.append(f"HTML reduced to its main text ({page.reader})")
    if len(text) > max_chars:
        raise ReadError(
            Errors.E024.format(path=path, size=len(text), limit=max_chars), code="E024"
        )
    if not text.strip():
        raise ReadError(Errors.E028.format(path=path), code="E028")
    return DecodedText(text=text, encoding=encoding, issues=tuple(issues), meta=meta)


def _controls(sample: bytes | str) -> int:
    """Count control characters other than tab, newline, form feed, CR and ESC."""
    # One count a control character, in C, not a test a character in Python.
    if isinstance(sample, bytes):
        return sum(sample.count(c) for c in _OTHER_CONTROLS)
    return sum(sample.count(chr(c)) for c in _OTHER_CONTROLS)


def _too_many_controls(sample: bytes | str) -> bool:
    # Text has next to no control characters besides tab, newline, form feed
    # and carriage return; a stray NUL is tolerated, a few percent is binary.
    controls = _controls(sample)
    return controls > 2 and controls > len(sample) // 20


def _decode_legacy(data: bytes) -> tuple[str, str]:
    """Decode bytes that hold no UTF-8: cp1252 if it reads cleanly, else a guess."""
    try:
        text, encoding = data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        text, encoding = data.decode("latin-1"), "latin-1"
    if _chaos(data, encoding) > _CLEAN_CHAOS:
        guess = _detect(data)
        if guess is not None:
            return guess
    return text, encoding


def _chaos(data: bytes, encoding: str) -> float:
    """Return charset-normalizer's chaos of ``data`` read as ``encoding``.

    1.0 when the reading is past any threshold or ``encoding`` cannot decode it.
    """
    from charset_normalizer import from_bytes

    match = from_bytes(data, cp_isolation=[encoding], threshold=1.0).best()
    return 1.0 if match is None else match.chaos


def _detect(data: bytes) -> tuple[str, str] | None:
    """Return (text, codec) for charset-normalizer's best clean reading, or None."""
    # Imported here: only files that are not UTF-8 need it, and it takes
    # tens of milliseconds to import.
    from charset_normalizer import from_bytes

    if len(data) < _MIN_DETECT_BYTES:
        return None
    match = from_bytes(data).best()
    if match is None or match.chaos > _CLEAN_CHAOS:
        return None
    try:
        encoding = codecs.lookup(match.encoding).name
        return data.decode(encoding), encoding
    except (LookupError, UnicodeDecodeError):
        # charset-normalizer judges a sample of a large file; a byte it did not
        # see may still be undefined in its guess.
        return None


def _looks_like_html(data: bytes) -> bool:
    head = data[:4096]
    return bool(_HTML_START.match(head)) or len(_HTML_TAG.findall(head)) >= 5


def html_to_text(markup: str) -> str:
    """Reduce an HTML page to paragraphs of its main text, without trafilatura.

    Scripts, styles, navigation, headers, footers, asides, forms, figures and
    elements named as page furniture are dropped; every block element ends a
    paragraph. See :mod:`claimkit.html` for the rules and for metadata.
    """
    from claimkit.html import html_text

    return html_text(markup)
