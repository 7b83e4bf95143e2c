"""Bytes to article text: the decoding order, detected encodings, binary, HTML."""

from __future__ import annotations

import codecs
import gzip
import struct
import zlib

import pytest

from claimkit.decode import ReadError, _controls, decode_bytes
from claimkit.io import read_text_file

ENGLISH = (
    "The harbour board said on Monday that the new “east quay” would cost "
    "£4.2m, well above the £3m it had promised. Fishermen weren’t consulted.\n"
)
RUSSIAN = (
    "Городской совет объявил во вторник, что ремонт моста обойдётся в четыре "
    "миллиона рублей. «Мы закончим работы к осени», — сказал мэр города.\n"
)
FRENCH = (
    "Le conseil municipal a voté mardi la rénovation du marché couvert. "
    "Les travaux coûteront près de deux millions, a précisé l'élue déléguée.\n"
)


@pytest.mark.parametrize(
    ("codec", "text"),
    [
        ("utf-16-le", ENGLISH),
        ("utf-16-be", ENGLISH),
        ("utf-16-le", RUSSIAN),
    ],
    ids=["le-english", "be-english", "le-russian"],
)
def test_decode_utf16_without_bom(codec, text):
    decoded = decode_bytes(text.encode(codec))
    assert decoded.text == text
    assert decoded.encoding == codec
    assert decoded.issues == (f"not UTF-8; decoded as {codec}",)


def test_decode_cp1251_russian():
    decoded = decode_bytes(RUSSIAN.encode("cp1251"))
    assert decoded.text == RUSSIAN
    assert decoded.encoding == "cp1251"
    assert decoded.issues == ("not UTF-8; decoded as cp1251",)


def test_decode_cp1252_western_stays_cp1252():
    decoded = decode_bytes(ENGLISH.encode("cp1252"))
    assert decoded.text == ENGLISH
    assert decoded.encoding == "cp1252"
    assert decoded.issues == ("not UTF-8; decoded as cp1252",)


@pytest.mark.parametrize(
    "text",
    [FRENCH, "Die Brücke über den Fluß wird größer.\n", "Price £5 today"],
    ids=["french", "german", "short"],
)
def test_decode_latin1_text_reads_as_cp1252(text):
    # cp1252 agrees with Latin-1 on every printable byte, so it stays the label.
    decoded = decode_bytes(text.encode("latin-1"))
    assert decoded.text == text
    assert decoded.encoding == "cp1252"


def test_decode_utf8_needs_no_detection(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("charset-normalizer asked about UTF-8 text")

    monkeypatch.setattr("charset_normalizer.from_bytes", refuse)
    assert decode_bytes(RUSSIAN.encode()).encoding == "utf-8"
    assert decode_bytes(ENGLISH.encode()).encoding == "utf-8"
    assert decode_bytes(ENGLISH.encode("utf-16")).encoding == "utf-16"


def _png() -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body)
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"".join(b"\x00" + bytes(range(48)) for _ in range(16)))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", pixels)
        + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize(
    "data",
    [
        _png(),
        gzip.compress(ENGLISH.encode() * 20, mtime=0),
        b"\x00\x01\x02\x03" * 100,
        bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15]),
    ],
    ids=["png", "gzip", "control-bytes", "few-control-bytes"],
)
def test_decode_binary_is_still_rejected(tmp_path, data):
    path = tmp_path / "image.txt"
    path.write_bytes(data)
    with pytest.raises(ReadError, match="E025") as info:
        read_text_file(path)
    assert info.value.code == "E025"


@pytest.mark.parametrize(
    ("data", "encoding", "text"),
    [
        ("Café costs £5".encode(), "utf-8", "Café costs £5"),
        (codecs.BOM_UTF8 + b"Hi there", "utf-8-sig", "Hi there"),
        ("Hi £5".encode("utf-16"), "utf-16", "Hi £5"),
        (b"Price \xa35 today", "cp1252", "Price £5 today"),
        (b"line one\r\nline two\rthree", "utf-8", "line one\r\nline two\rthree"),
    ],
    ids=["utf8", "bom", "utf16", "latin1", "crlf-kept"],
)
def test_decode_order(data, encoding, text):
    decoded = decode_bytes(data)
    assert decoded.encoding == encoding
    assert decoded.text == text


def test_decode_broken_utf8_bytes_are_replaced_and_reported():
    decoded = decode_bytes("naïve \u2014 ".encode() + b"\xff\xfe" + " café".encode())
    assert decoded.encoding == "utf-8"
    assert "\ufffd" in decoded.text
    assert any("invalid UTF-8" in issue for issue in decoded.issues)


@pytest.mark.parametrize(
    ("data", "code", "kwargs"),
    [
        (b"", "E028", {}),
        (b"  \n\n ", "E028", {}),
        (b"\x00\x01\x02\x03" * 100, "E025", {}),
        (b"x" * 50, "E024", {"max_chars": 10}),
        (b"<!DOCTYPE html><html><body><p>Hi</p></body></html>", "E027", {}),
    ],
    ids=["empty", "blank", "binary", "too-long", "html"],
)
def test_decode_unusable_input_raises_coded_error(data, code, kwargs):
    with pytest.raises(ReadError, match=code) as info:
        decode_bytes(data, **kwargs)
    assert info.value.code == code


def test_decode_html_reduced_when_asked():
    page = (
        b"<html><head><style>p{}</style><script>x()</script></head>"
        b"<body><h1>Title</h1><p>One &amp; two.</p></body></html>"
    )
    decoded = decode_bytes(page, html=True)
    # trafilatura (when installed) may leave the headline out of the text;
    # either reader puts it in the metadata.
    assert decoded.text.endswith("One & two.")
    assert decoded.text.removesuffix("One & two.") in ("", "Title\n\n")
    assert decoded.meta is not None and decoded.meta.title == "Title"


@pytest.mark.parametrize(
    "sample",
    [b"", b"plain text\n", bytes(range(256)) * 3, "tab\there\x00\x1b\x07\x7f é\x0c"],
    ids=["empty", "plain", "every-byte", "text"],
)
def test_decode_controls_counts_control_characters_but_layout_ones(sample):
    layout = {9, 10, 12, 13, 27}
    codes = sample if isinstance(sample, bytes) else [ord(c) for c in sample]
    assert _controls(sample) == sum(c < 32 and c not in layout for c in codes)
