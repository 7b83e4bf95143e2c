"""Dataset runs end to end: counts add up row by row, resume is per row."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimkit.cli import app
from claimkit.corpus import read_corpus
from claimkit.io import InputText, read_articles, read_failures
from claimkit.run import run_extract
from tests.conftest import DATA

PATTERNS = ("*.txt", "*.html", "*.jsonl", "*.csv")


def _mixed_folder(root: Path) -> dict[str, str | None]:
    """Write a folder of mixed inputs; return every doc_id and its failure code."""
    (root / "notes").mkdir(parents=True)
    (root / "notes" / "memo.txt").write_text(
        "Delta Foods said its sales rose 6% to $1.1 billion.", encoding="utf-8"
    )
    (root / "notes" / "empty.txt").write_text("", encoding="utf-8")
    (root / "page.html").write_bytes((DATA / "pages" / "news_page.html").read_bytes())
    rows = [
        json.dumps({"id": "j1", "text": "Orbit Air flew 2.5 million passengers."}),
        "",
        "{broken",
        json.dumps({"id": "j3", "text": ""}),
        json.dumps({"id": "j4", "text": "x" * 5000}),
        json.dumps(
            {"id": "j1", "text": "Orbit Air hired 80 pilots, a spokesman said."}
        ),
    ]
    (root / "feed.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (root / "sheet.csv").write_text(
        "id,text\n"
        "c1,Kestrel Bank lent £300m to small firms.\n"
        "c2,\n"
        '"c3","Quill Media cut 45 jobs."\n',
        encoding="utf-8",
    )
    return {
        "notes/memo": None,
        "notes/empty": "E028",
        "page": None,
        "feed/j1": None,
        "feed/3": "E023",
        "feed/j3": "E060",
        "feed/j4": "E024",
        "feed/j1~2": None,
        "sheet/c1": None,
        "sheet/c2": "E060",
        "sheet/c3": None,
    }


@pytest.mark.model
def test_corpus_run_mixed_folder_counts_add_up_row_by_row(nlp, tmp_path):
    expected = _mixed_folder(tmp_path / "in")
    out = tmp_path / "out" / "run.jsonl"
    report = run_extract(
        [tmp_path / "in"],
        out,
        nlp=nlp,
        patterns=PATTERNS,
        html=True,
        max_chars=4000,
        link=False,
    )
    assert report.total == report.read == len(expected)
    assert report.read == report.written + report.failed
    written = {a.doc_id: a for a in read_articles(out)}
    failed = {f.doc_id: f for f in read_failures(report.failures_path)}
    assert set(written) == {d for d, code in expected.items() if code is None}
    assert {d: f.code for d, f in failed.items()} == {
        d: code for d, code in expected.items() if code is not None
    }
    assert (report.written, report.failed) == (len(written), len(failed))
    # Dataset failures name their row; file failures have none.
    assert failed["feed/3"].row == 3 and failed["feed/j4"].row == 5
    assert failed["sheet/c2"].row == 2 and failed["notes/empty"].row is None
    assert written["page"].published == "2025-06-17"
    assert written["page"].site == "The Meridian Courier"
    assert written["feed/j1"].source.endswith("feed.jsonl")

    again = run_extract(
        [tmp_path / "in"],
        out,
        nlp=nlp,
        patterns=PATTERNS,
        html=True,
        max_chars=4000,
        link=False,
        resume=True,
    )
    # Written rows are skipped; only the failed ones are tried (and fail) again.
    assert again.written == 0
    assert again.skipped == len(written)
    assert again.read == again.failed == len(failed)
    assert sum(1 for _ in read_articles(out)) == len(written)


@pytest.mark.model
def test_corpus_run_resume_skips_rows_already_written(nlp, tmp_path):
    path = tmp_path / "d.jsonl"
    lines = [
        json.dumps({"id": f"r{i}", "text": f"Firm {i} hired {i + 2} staff."})
        for i in range(4)
    ]
    path.write_text("\n".join(lines[:2]) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    first = run_extract([path], out, nlp=nlp, link=False)
    assert first.written == 2
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")  # two rows added
    second = run_extract([path], out, nlp=nlp, link=False, resume=True)
    assert (second.skipped, second.written) == (2, 2)
    assert [a.doc_id for a in read_articles(out)] == ["d/r0", "d/r1", "d/r2", "d/r3"]


@pytest.mark.model
def test_corpus_run_read_corpus_and_input_texts(nlp, tmp_path):
    path = tmp_path / "d.csv"
    path.write_text(
        "key,story,when\nk1,Argo Mining sold 12 tonnes of gold.,2024-05-06\n"
    )
    corpus = read_corpus(path, text_field="story", id_field="key", date_field="when")
    own = InputText(doc_id="mine", text="Helix Labs raised $40 million.", author="Me")
    out = tmp_path / "out.jsonl"
    report = run_extract(corpus, out, nlp=nlp, link=False)
    assert report.total == report.written == 1
    report = run_extract([own], tmp_path / "own.jsonl", nlp=nlp, link=False)
    (article,) = read_articles(tmp_path / "own.jsonl")
    assert (article.doc_id, article.author, article.source) == ("mine", "Me", None)
    (row,) = read_articles(out)
    assert (row.doc_id, row.published) == ("d/k1", "2024-05-06")


@pytest.mark.model
def test_corpus_run_cli_dataset_options(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text(
        json.dumps(
            {"guid": "g1", "story": "Pike Energy cut 120 jobs.", "headline": "Cuts"}
        )
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(
        app,
        [
            "extract",
            str(path),
            "-o",
            str(out),
            "--text-field",
            "story",
            "--no-progress",
            "--no-link",
        ],
    )
    assert result.exit_code == 0, result.output
    (article,) = read_articles(out)
    assert (article.doc_id, article.title) == ("news/g1", "Cuts")


def test_corpus_run_cli_missing_column_is_a_usage_error(tmp_path):
    path = tmp_path / "d.csv"
    path.write_text("id,body\n1,Text.\n", encoding="utf-8")
    result = CliRunner().invoke(
        app,
        [
            "extract",
            str(path),
            "-o",
            str(tmp_path / "o.jsonl"),
            "--text-field",
            "story",
        ],
    )
    assert result.exit_code == 2
    assert "E063" in result.output
    assert not (tmp_path / "o.jsonl").exists()


@pytest.mark.model
def test_corpus_run_dask_bag_of_dataset_rows(tmp_path):
    pytest.importorskip("distributed")
    import dask

    from claimkit.dask import extract_bag
    from claimkit.records import Article, Failure

    path = tmp_path / "d.jsonl"
    rows = [
        {"id": "a", "text": "Acme Corp cut 300 jobs."},
        {"id": "b"},
        {"id": "c", "text": "Beta Ltd hired 20 engineers."},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    bag = extract_bag([path], partition_size=2)
    with dask.config.set(scheduler="sync"):
        records = bag.compute()
    assert [r.doc_id for r in records] == ["d/a", "d/b", "d/c"]
    assert [type(r) for r in records] == [Article, Failure, Article]
    assert records[1].row == 2 and records[1].code == "E060"
