"""Datasets as inputs: rows of JSONL, CSV and Parquet files, read as they stream."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import claimkit
from claimkit.corpus import (
    Fields,
    count_inputs,
    count_rows,
    expand_inputs,
    iter_dataset,
    read_corpus,
)
from claimkit.errors import InputError
from claimkit.io import InputFile, InputText
from claimkit.meta import iso_date
from claimkit.records import Article, Failure


def _jsonl(path: Path, lines: list[object]) -> Path:
    path.write_text(
        "".join(
            (line if isinstance(line, str) else json.dumps(line)) + "\n"
            for line in lines
        ),
        encoding="utf-8",
    )
    return path


def test_corpus_jsonl_rows_with_defaults(tmp_path):
    path = _jsonl(
        tmp_path / "news.jsonl",
        [
            {
                "id": "r-1",
                "headline": "Tin prices rise",
                "body": "Tin rose 4% on Friday.",
                "published": "2024-02-29T16:00:00Z",
                "authors": ["Ana Ruiz", "Ben Cole"],
                "url": "https://news.example/r-1",
                "site": "Metals Daily",
            },
            {"doc_id": 7, "content": "Zinc fell 2%.", "title": "Zinc falls"},
            {"article": "Lead was flat."},
        ],
    )
    rows = list(iter_dataset(path))
    assert [r.doc_id for r in rows] == ["news/r-1", "news/7", "news/3"]
    assert [r.row for r in rows] == [1, 2, 3]
    first = rows[0]
    assert first.text == "Tin rose 4% on Friday."
    assert (first.title, first.published, first.author, first.site, first.url) == (
        "Tin prices rise",
        "2024-02-29",
        "Ana Ruiz, Ben Cole",
        "Metals Daily",
        "https://news.example/r-1",
    )
    assert rows[1].title == "Zinc falls" and rows[1].published is None
    assert rows[2].error is None and rows[2].source == str(path)


def test_corpus_jsonl_bad_rows_keep_their_line_numbers(tmp_path):
    path = _jsonl(
        tmp_path / "d.jsonl",
        [
            {"id": "a", "text": "Fine row."},
            "",
            "{not json",
            "[1, 2, 3]",
            {"id": "b", "text": "   "},
            {"id": "c", "summary": "no text field"},
            {"id": "d", "text": ["a", "list"]},
        ],
    )
    rows = list(iter_dataset(path))
    # The blank line 2 is not a row; every other line is one, numbered as a line.
    assert [r.row for r in rows] == [1, 3, 4, 5, 6, 7]
    assert [r.code for r in rows] == [None, "E023", "E061", "E060", "E060", "E060"]
    assert rows[1].doc_id == "d/3"  # no id could be read: the line number
    assert rows[3].doc_id == "d/b"  # the id is kept for a row without text
    assert "d.jsonl:3" in (rows[1].error or "")
    assert count_rows(path) == len(rows)


def test_corpus_explicit_fields(tmp_path):
    path = _jsonl(
        tmp_path / "d.jsonl",
        [
            {
                "key": "x1",
                "story": "Copper rose 1%.",
                "text": "not this one",
                "when": "5 March 2024",
            },
            {"story": "Nickel fell.", "text": "nor this"},
            {"key": "x3", "text": "only a text field"},
        ],
    )
    rows = list(iter_dataset(path, fields=Fields(text="story", id="key", date="when")))
    assert rows[0].doc_id == "d/x1" and rows[0].text == "Copper rose 1%."
    assert rows[0].published == "2024-03-05"
    assert rows[1].doc_id == "d/2"
    assert any("row number is the id" in issue for issue in rows[1].issues)
    assert rows[2].code == "E060" and "'story' is missing" in (rows[2].error or "")


def test_corpus_repeated_id_gets_a_suffix_and_an_issue(tmp_path):
    path = _jsonl(
        tmp_path / "d.jsonl",
        [
            {"id": "a", "text": "One."},
            {"id": "a", "text": "Two."},
            {"id": "a", "text": "Three."},
        ],
    )
    rows = list(iter_dataset(path))
    assert [r.doc_id for r in rows] == ["d/a", "d/a~2", "d/a~3"]
    assert rows[0].issues == ()
    assert "repeats an earlier row" in rows[1].issues[0]


def test_corpus_unreadable_date_is_an_issue_not_a_guess(tmp_path):
    path = _jsonl(tmp_path / "d.jsonl", [{"text": "Rates held.", "date": "05/03/2024"}])
    (row,) = iter_dataset(path)
    assert row.published is None
    assert any("not read as a date" in issue for issue in row.issues)


def test_corpus_jsonl_long_line_is_one_failure_and_not_held(tmp_path):
    path = tmp_path / "d.jsonl"
    with path.open("w") as fh:
        fh.write(json.dumps({"id": "a", "text": "Short."}) + "\n")
        fh.write(json.dumps({"id": "b", "text": "x" * 3_000_000}) + "\n")
        fh.write(json.dumps({"id": "c", "text": "After."}) + "\n")
    rows = list(iter_dataset(path, max_chars=1000))
    assert [r.code for r in rows] == [None, "E024", None]
    assert [r.row for r in rows] == [1, 2, 3]
    assert rows[2].text == "After."
    assert count_rows(path, max_chars=1000) == 3


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-05", "2024-03-05"),
        ("2024-03-05T23:30:00-05:00", "2024-03-05"),
        ("20240305", "2024-03-05"),
        ("Tue, 05 Mar 2024 10:00:00 GMT", "2024-03-05"),
        ("March 5, 2024", "2024-03-05"),
        ("Mar. 5 2024", "2024-03-05"),
        ("5th March 2024", "2024-03-05"),
        ("Tuesday, 5 March 2024", "2024-03-05"),
        ("05/03/2024", None),
        ("2024-02-30", None),
        ("1709632800", None),
        ("yesterday", None),
        ("", None),
        ("Smarch 5, 2024", None),
    ],
)
def test_corpus_iso_date(value, expected):
    assert iso_date(value) == expected


def test_corpus_csv_rows_quoted_newlines_and_a_long_field(tmp_path):
    long_text = "Steel output rose. " * 10_000  # over csv's default 131,072 limit
    path = tmp_path / "d.csv"
    path.write_text(
        "id,title,text,date\n"
        'a,"Steel, again","First line.\n\nSecond paragraph.",2024-01-02\n'
        "\n"
        f'b,Long,"{long_text}",\n'
        "c,No text,,\n",
        encoding="utf-8",
    )
    rows = list(iter_dataset(path))
    assert [r.doc_id for r in rows] == ["d/a", "d/b", "d/c"]
    assert [r.row for r in rows] == [1, 2, 3]
    assert rows[0].text == "First line.\n\nSecond paragraph."
    assert rows[0].title == "Steel, again" and rows[0].published == "2024-01-02"
    assert rows[1].text == long_text
    assert rows[2].code == "E060"
    assert count_rows(path) == 3


def test_corpus_tsv(tmp_path):
    path = tmp_path / "d.tsv"
    path.write_text("id\tbody\n1\tGold rose 1%.\n", encoding="utf-8")
    assert [(r.doc_id, r.text) for r in iter_dataset(path)] == [
        ("d/1", "Gold rose 1%.")
    ]


def test_corpus_csv_without_a_text_column_is_coded(tmp_path):
    path = tmp_path / "d.csv"
    path.write_text("id,summary\n1,Nothing here\n", encoding="utf-8")
    with pytest.raises(InputError, match="E064"):
        list(iter_dataset(path))
    with pytest.raises(InputError, match="E063"):
        count_rows(path, Fields(text="summary", title="headline"))


def test_corpus_parquet_rows_in_batches(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    import datetime as dt

    n = 600  # more than one record batch
    table = pa.table(
        {
            "id": list(range(n)),
            "text": [
                f"Firm {i} hired {i + 1} people." if i != 5 else None for i in range(n)
            ],
            "date": [dt.date(2024, 1, 1) + dt.timedelta(days=i % 30) for i in range(n)],
            "extra": ["ignored"] * n,
        }
    )
    path = tmp_path / "d.parquet"
    pq.write_table(table, path, row_group_size=100)
    rows = list(iter_dataset(path))
    assert len(rows) == count_rows(path) == n
    assert rows[0].doc_id == "d/0" and rows[0].published == "2024-01-01"
    assert rows[5].code == "E060" and rows[5].row == 6
    assert rows[-1].text == f"Firm {n - 1} hired {n} people."


def test_corpus_parquet_without_pyarrow_is_coded(tmp_path, monkeypatch):
    path = tmp_path / "d.parquet"
    path.write_bytes(b"PAR1")
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    with pytest.raises(InputError, match="E062") as info:
        list(iter_dataset(path))
    assert "claimkit[parquet]" in str(info.value)


def test_corpus_folder_patterns_select_datasets(tmp_path):
    (tmp_path / "a.txt").write_text("Plain article.")
    _jsonl(tmp_path / "b.jsonl", [{"text": "Row one."}, {"text": "Row two."}])
    (tmp_path / "c.csv").write_text("text\nRow A.\n")
    default = list(expand_inputs([tmp_path]))
    assert [type(i) for i in default] == [InputFile]  # *.txt, *.md: no datasets
    patterns = ("*.txt", "*.jsonl", "*.csv")
    items = list(expand_inputs([tmp_path], patterns=patterns))
    assert [i.doc_id for i in items] == ["a", "b/1", "b/2", "c/1"]
    assert [i.index for i in items] == [0, 1, 2, 3]
    assert count_inputs([tmp_path], patterns=patterns) == 4


def test_corpus_read_corpus_is_reiterable_and_counts(tmp_path):
    _jsonl(tmp_path / "b.jsonl", [{"body": "Row one."}, "oops", {"body": "Row two."}])
    corpus = read_corpus(tmp_path, text_field="body")
    first = [i.doc_id for i in corpus]
    assert first == [i.doc_id for i in corpus] == ["b/1", "b/2", "b/3"]
    assert corpus.count() == count_inputs(corpus) == 3
    assert all(isinstance(i, InputText) for i in corpus)


def test_corpus_read_corpus_is_exported_without_spacy():
    code = (
        "import sys, claimkit; claimkit.read_corpus; "
        "assert 'spacy' not in sys.modules, 'spacy imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    assert "read_corpus" in claimkit.__all__


def test_corpus_records_without_new_fields_still_validate():
    old = '{"doc_id": "a", "source": "a.txt", "title": null, "text": "Hi."}'
    article = Article.model_validate_json(old)
    assert (article.published, article.author, article.site, article.url) == (None,) * 4
    failure = Failure.model_validate_json(
        '{"doc_id": "a", "path": "a.txt", "stage": "read", "error": "x", "code": "E028"}'
    )
    assert failure.row is None
    new = Article(doc_id="b", text="Hi.", published="2024-01-02", site="S")
    assert Article.model_validate_json(new.model_dump_json()) == new
