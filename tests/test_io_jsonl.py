"""JSONL out and in: atomic record files, whole lines, line-numbered errors."""

from __future__ import annotations

import os

import pytest

from claimkit.errors import RecordError
from claimkit.io import (
    LineWriter,
    content_hash,
    read_articles,
    read_registry,
    scan_output,
    write_records,
)
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


def _write_lines(path, *lines: bytes) -> None:
    path.write_bytes(b"".join(line + b"\n" for line in lines))


def test_io_reader_not_json_is_e023_with_line_number(tmp_path):
    path = tmp_path / "articles.jsonl"
    good = _article("a").model_dump_json().encode()
    _write_lines(path, good, b"", b'{"doc_id": "b", "text": ')
    with pytest.raises(RecordError, match=r"E023\].*articles\.jsonl:3: not valid JSON"):
        list(read_articles(path))


@pytest.mark.parametrize(
    ("line", "code"),
    [
        (b'{"doc_id": "x"}', "E022"),
        (b"[1, 2]", "E022"),
        (b"null", "E022"),
        (b"{'doc_id': 'x'}", "E023"),
        (b'{"doc_id": "x"} trailing', "E023"),
        (b'{"doc_id": "caf\xe9"}', "E023"),
    ],
    ids=["missing-fields", "array", "null", "single-quotes", "trailing", "not-utf8"],
)
def test_io_reader_names_code_and_line(tmp_path, line, code):
    path = tmp_path / "articles.jsonl"
    good = _article("a").model_dump_json().encode()
    _write_lines(path, good, line, good)
    with pytest.raises(RecordError, match=code) as info:
        list(read_articles(path))
    assert info.value.line == 2
    assert info.value.path == str(path)
    reader = read_articles(path, skip_invalid=True)
    assert [r.doc_id for r in reader] == ["a", "a"]
    assert [n for n, _ in reader.skipped] == [2]
    assert code in reader.skipped[0][1]


def test_io_registry_reader_codes(tmp_path):
    path = tmp_path / "entities.jsonl"
    _write_lines(path, b'{"id": "x"}', b"{oops")
    reader = read_registry(path, skip_invalid=True)
    assert list(reader) == []
    assert [(n, m.split("]")[0]) for n, m in reader.skipped] == [
        (1, "[claimkit E041"),
        (2, "[claimkit E023"),
    ]


def test_io_scan_output_counts_whole_object_lines(tmp_path):
    path = tmp_path / "articles.jsonl"
    a, b = _article("a"), _article("b").model_copy(update={"text": "Other text."})
    _write_lines(
        path,
        a.model_dump_json().encode(),
        b"{broken",
        b"[1]",
        b'{"doc_id": 7}',
        b'{"doc_id": "\xff"}',
        b"",
        b.model_dump_json().encode(),
    )
    with path.open("ab") as fh:
        fh.write(b'{"doc_id": "torn"}')
    ids, hashes = scan_output(path)
    assert ids == {"a", "b"}
    assert hashes == {content_hash(a.text): "a", content_hash(b.text): "b"}
    assert scan_output(tmp_path / "absent.jsonl") == (set(), {})


def test_io_line_writer_writes_each_line_in_one_call(tmp_path, monkeypatch):
    calls: list[bytes] = []
    real_write = os.write

    def spy(fd: int, data: bytes) -> int:
        calls.append(bytes(data))
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", spy)
    record = _article("a")
    with LineWriter(tmp_path / "o.jsonl") as writer:
        writer.write_record(record)
        writer.write("{}")
    assert calls == [record.model_dump_json().encode() + b"\n", b"{}\n"]
