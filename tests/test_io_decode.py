"""Decoding files that are not UTF-8: detected encodings, kept fallbacks, binary."""

from __future__ import annotations

import gzip
import struct
import zlib

import pytest

from claimkit.io import ReadError, decode_bytes, read_text_file

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
def test_io_decode_utf16_without_bom(codec, text):
    decoded = decode_bytes(text.encode(codec))
    assert decoded.text == text
    assert decoded.encoding == codec
    assert decoded.issues == (f"not UTF-8; decoded as {codec}",)


def test_io_decode_cp1251_russian():
    decoded = decode_bytes(RUSSIAN.encode("cp1251"))
    assert decoded.text == RUSSIAN
    assert decoded.encoding == "cp1251"
    assert decoded.issues == ("not UTF-8; decoded as cp1251",)


def test_io_decode_cp1252_western_stays_cp1252():
    decoded = decode_bytes(ENGLISH.encode("cp1252"))
    assert decoded.text == ENGLISH
    assert decoded.encoding == "cp1252"
    assert decoded.issues == ("not UTF-8; decoded as cp1252",)


@pytest.mark.parametrize(
    "text",
    [FRENCH, "Die Brücke über den Fluß wird größer.\n", "Price £5 today"],
    ids=["french", "german", "short"],
)
def test_io_decode_latin1_text_reads_as_cp1252(text):
    # cp1252 agrees with Latin-1 on every printable byte, so it stays the label.
    decoded = decode_bytes(text.encode("latin-1"))
    assert decoded.text == text
    assert decoded.encoding == "cp1252"


def test_io_decode_utf8_needs_no_detection(monkeypatch):
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
    ],
    ids=["png", "gzip", "control-bytes"],
)
def test_io_decode_binary_is_still_rejected(tmp_path, data):
    path = tmp_path / "image.txt"
    path.write_bytes(data)
    with pytest.raises(ReadError, match="E025") as info:
        read_text_file(path)
    assert info.value.code == "E025"
