"""JSONL out and in: atomic record files, whole lines, line-numbered errors."""

from __future__ import annotations

import os

import pytest

from claimkit.io import LineWriter, read_articles, write_records
from claimkit.records import Article
from tests.test_records import make_article


def _article(doc_id: str) -> Article:
    return make_article().model_copy(update={"doc_id": doc_id})


def test_io_write_records_round_trips(tmp_path):
    path = tmp_path / "out" / "articles.jsonl"
    records = [_article("a"), _article("b")]
    assert write_records(records, path) == 2
    assert path.read_text() == "".join(r.model_dump_json() + "\n" for r in records)
    assert list(read_articles(path)) == records
    assert os.listdir(path.parent) == ["articles.jsonl"]


def test_io_write_records_error_leaves_target_and_no_temp_file(tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text("old contents\n")

    def failing():
        yield _article("a")
        raise RuntimeError("model crashed")

    with pytest.raises(RuntimeError, match="model crashed"):
        write_records(failing(), path)
    assert path.read_text() == "old contents\n"
    assert os.listdir(tmp_path) == ["articles.jsonl"]


def test_io_write_records_two_writers_keep_their_own_temp_files(tmp_path):
    path = tmp_path / "entities.jsonl"

    def first_run():
        yield _article("first-1")
        # A second run saves the same file while the first is still writing.
        assert write_records([_article("second")], path) == 1
        yield _article("first-2")

    assert write_records(first_run(), path) == 2
    assert [r.doc_id for r in read_articles(path)] == ["first-1", "first-2"]
    assert os.listdir(tmp_path) == ["entities.jsonl"]


def test_io_write_records_file_mode_is_a_new_files_mode(tmp_path):
    write_records([_article("a")], tmp_path / "records.jsonl")
    with LineWriter(tmp_path / "lines.jsonl") as writer:
        writer.write("{}")
    mode = (tmp_path / "records.jsonl").stat().st_mode & 0o777
    assert mode == (tmp_path / "lines.jsonl").stat().st_mode & 0o777
