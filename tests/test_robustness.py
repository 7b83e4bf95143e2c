"""Bad input never crashes a batch or loses a record (issue: messy folders)."""

from __future__ import annotations

import codecs
import json
import math
import os

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from claimkit.cli import app
from claimkit.io import read_articles, read_failures

runner = CliRunner()

GOOD = 'Acme Corp said sales rose 5% to $3bn.\n\n"We are pleased," said Jo Park.'


def messy_folder(root):  # type: ignore[no-untyped-def]
    """Build a folder with every kind of messy input; return expected outcomes."""
    root.mkdir()
    expect: dict[str, str] = {}

    def put(name: str, data: bytes, outcome: str) -> None:
        (root / name).write_bytes(data)
        expect[name.rsplit(".", 1)[0]] = outcome

    put("utf8.txt", GOOD.encode(), "article")
    put("latin1.txt", "Price of £5 for café goers".encode("latin-1"), "article")
    put("bom.txt", codecs.BOM_UTF8 + GOOD.encode(), "article")
    put("utf16.txt", GOOD.encode("utf-16"), "article")
    put("crlf.txt", GOOD.replace("\n", "\r\n").encode(), "article")
    put("lone_cr.txt", GOOD.replace("\n", "\r").encode(), "article")
    put(
        "nbsp_blank.txt",
        "Headline\n\u00a0\nBody says 3 firms agreed.".encode(),
        "article",
    )
    put(
        "html_page.txt",
        b"<!DOCTYPE html><html><body><p>Hi</p></body></html>",
        "failure:E027",
    )
    put("empty.txt", b"", "failure:E028")
    put("binary.txt", bytes(range(256)) * 40, "failure:E025")
    put("nul_inside.txt", b"Acme Corp\x00 hired 40 staff.", "article")
    put(
        "broken_utf8.txt",
        "Zoë paid €5 ".encode() + b"\xc3\x28\xa0" + " in Köln.".encode(),
        "article",
    )
    put("name with spaces.txt", GOOD.encode(), "duplicate")
    put("naïve-ünïcödé.txt", b"Beta Ltd cut 12 jobs.", "article")
    put("quotes_flood.txt", ('"' * 20001 + " word ").encode(), "article")
    put("long_token.txt", b"x" * 300_000, "article")
    put("digits.txt", b"1,2" * 70_000, "article")
    big = root / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: 50 MB without writing it
    expect["big"] = "failure:E024"
    (root / "sub").mkdir()
    (root / "sub" / "inner.md").write_text("Gamma plc bought 2 rivals.")
    expect["sub/inner"] = "article"
    os.symlink(root, root / "sub" / "loop")
    os.symlink(root / "missing-target.txt", root / "dangling.txt")
    expect["dangling"] = "failure:E026"
    return expect


@pytest.mark.model
@pytest.mark.slow
def test_robustness_every_file_ends_in_exactly_one_place(tmp_path):
    expect = messy_folder(tmp_path / "in")
    out = tmp_path / "o.jsonl"
    result = runner.invoke(
        app,
        [
            "extract",
            str(tmp_path / "in"),
            "-o",
            str(out),
            "--no-progress",
            "--max-chars",
            "400000",
        ],
    )
    assert result.exit_code == 1, result.output
    articles = {a.doc_id: a for a in read_articles(out)}
    failures = {f.doc_id: f for f in read_failures(tmp_path / "o.failures.jsonl")}
    assert not set(articles) & set(failures)
    assert set(articles) | set(failures) == set(expect)
    for doc_id, outcome in expect.items():
        if outcome.startswith("failure:"):
            assert failures[doc_id].code == outcome.split(":")[1], doc_id
            assert failures[doc_id].error
        else:
            assert doc_id in articles, (doc_id, failures.get(doc_id))
    assert articles["latin1"].encoding == "cp1252"
    assert "£5" in articles["latin1"].text
    assert articles["crlf"].text == GOOD.replace("\n", "\r\n")
    assert articles["name with spaces"].issues[-1].startswith("duplicate of bom")
    assert any("invalid UTF-8" in issue for issue in articles["broken_utf8"].issues)
    for article in articles.values():
        for claim in article.claims:
            assert article.text[claim.start : claim.end] == claim.text
    n = len(expect)
    assert f"read {n}, written {len(articles)}, failed {len(failures)}" in result.output

    again = runner.invoke(
        app,
        [
            "extract",
            str(tmp_path / "in"),
            "-o",
            str(out),
            "--no-progress",
            "--max-chars",
            "400000",
            "--resume",
        ],
    )
    assert f"written 0, failed {len(failures)}" in again.output
    assert len(out.read_text().splitlines()) == len(articles)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
@pytest.mark.model
def test_robustness_unreadable_file_is_a_failure_row(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text(GOOD)
    locked = folder / "locked.txt"
    locked.write_text(GOOD + " more")
    locked.chmod(0)
    out = tmp_path / "o.jsonl"
    result = runner.invoke(
        app, ["extract", str(folder), "-o", str(out), "--no-progress"]
    )
    assert result.exit_code == 1
    (failure,) = read_failures(tmp_path / "o.failures.jsonl")
    assert failure.code == "E026"


NEWS_BITS = st.sampled_from(
    [
        '"',
        "'",
        "\u201c",
        "\u201d",
        "\u2018",
        "\u2019",
        "\u00ab",
        "\u00bb",
        " said ",
        " Acme Corp ",
        " she said",
        "$",
        "€",
        "£",
        "%",
        "5",
        "1,000",
        "2.5",
        " million",
        " bn",
        " nearly ",
        " more than ",
        " between ",
        " and ",
        "-",
        "\n\n",
        "\x00",
        " per cent",
        " H800 ",
        " 2024 ",
        ":",
        "\u2014",
        "(",
        ")",
    ]
)
TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(NEWS_BITS | st.text(max_size=5), max_size=60).map("".join),
)


@pytest.mark.model
@given(text=TEXTS)
def test_robustness_extractors_never_raise_and_offsets_hold(nlp, text):
    import claimkit

    article = claimkit.extract(text, nlp=nlp)
    for entity in article.entities:
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text
    for claim in article.claims:
        assert 0 <= claim.start <= claim.end <= len(text)
        assert text[claim.start : claim.end] == claim.text
        quantity = getattr(claim, "quantity", None)
        if quantity is not None:
            for value in (quantity.value, quantity.low, quantity.high):
                assert value is None or math.isfinite(value)
    json.loads(article.model_dump_json())
