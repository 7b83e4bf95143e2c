from __future__ import annotations

import os

import pytest

from claimkit.decode import ReadError
from claimkit.errors import InputError, RecordError
from claimkit.io import (
    LineWriter,
    done_doc_ids,
    iter_input_files,
    read_articles,
    read_text_file,
    repair_jsonl,
    split_title,
)
from tests.test_records import make_article


def test_io_inputs_are_recursive_sorted_and_suffix_free(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("z")
    (tmp_path / "a.md").write_text("a")
    (tmp_path / "c.json").write_text("{}")
    files = list(iter_input_files([tmp_path]))
    assert [f.doc_id for f in files] == ["a", "b/z"]
    assert [f.index for f in files] == [0, 1]


def test_io_inputs_glob_and_direct_files(tmp_path):
    (tmp_path / "x.text").write_text("x")
    (tmp_path / "y.txt").write_text("y")
    assert [f.doc_id for f in iter_input_files([tmp_path], patterns=["*.text"])] == [
        "x"
    ]
    assert [f.doc_id for f in iter_input_files([tmp_path / "x.text"])] == ["x"]


def test_io_inputs_same_stem_keep_distinct_ids(tmp_path):
    (tmp_path / "a.txt").write_text("1")
    (tmp_path / "a.md").write_text("2")
    ids = [f.doc_id for f in iter_input_files([tmp_path])]
    assert len(set(ids)) == 2


def test_io_missing_input_is_an_error(tmp_path):
    with pytest.raises(InputError, match="E020"):
        list(iter_input_files([tmp_path / "nope"]))


def test_io_symlink_loop_does_not_hang(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").write_text("a")
    os.symlink(tmp_path, tmp_path / "d" / "loop")
    assert [f.doc_id for f in iter_input_files([tmp_path])] == ["d/a"]


def test_io_oversized_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 1000)
    with pytest.raises(ReadError, match="E024"):
        read_text_file(path, max_chars=100)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Headline here\n\nBody text.", "Headline here"),
        ("Headline\r\n\r\nBody", "Headline"),
        ("No headline, one paragraph\nstill going.", None),
        ("Single line", None),
    ],
)
def test_io_split_title(text, title):
    assert split_title(text) == title


def test_io_line_writer_appends_whole_lines(tmp_path):
    path = tmp_path / "o.jsonl"
    with LineWriter(path) as writer:
        writer.write("a")
        writer.write("b\n")
    with LineWriter(path, append=True) as writer:
        writer.write("c")
    assert path.read_text() == "a\nb\nc\n"
    with LineWriter(path) as writer:
        writer.write("d")
    assert path.read_text() == "d\n"


def test_io_repair_cuts_a_torn_last_line(tmp_path):
    path = tmp_path / "o.jsonl"
    good = make_article().model_dump_json()
    path.write_text(good + "\n" + good[:40])
    assert repair_jsonl(path) == 40
    assert path.read_text() == good + "\n"
    assert repair_jsonl(path) == 0
    assert done_doc_ids(path) == {"a/b"}


def test_io_read_articles_names_bad_line(tmp_path):
    path = tmp_path / "o.jsonl"
    good = make_article().model_dump_json()
    path.write_text(good + "\n\n" + '{"doc_id": "x"}\n' + good + "\n")
    with pytest.raises(RecordError, match=r"o.jsonl:3") as info:
        list(read_articles(path))
    assert info.value.line == 3
    reader = read_articles(path, skip_invalid=True)
    assert len(list(reader)) == 2
    assert [line for line, _ in reader.skipped] == [3]


def test_io_read_articles_rejects_broken_json(tmp_path):
    path = tmp_path / "o.jsonl"
    path.write_text("{not json\n")
    with pytest.raises(RecordError, match="E023"):
        list(read_articles(path))
