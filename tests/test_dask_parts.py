"""Dask on datasets: parts planned without reading rows, read by the workers."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from claimkit.corpus import DatasetPart, iter_dataset, iter_part, plan_inputs
from claimkit.io import InputFile, InputText


def _jsonl(path: Path, lines: list[object]) -> Path:
    path.write_text(
        "".join(
            (line if isinstance(line, str) else json.dumps(line)) + "\n"
            for line in lines
        ),
        encoding="utf-8",
    )
    return path


def _rows_with_trouble(n: int) -> list[object]:
    """Rows with a bad line, a blank line, a row without text and repeated ids."""
    rows: list[object] = []
    for i in range(n):
        if i == 3:
            rows.append("{not json")
        elif i == 5:
            rows.append("")
        elif i == 8:
            rows.append({"id": "x8"})
        else:
            key = f"x{i % 6}" if i > 9 else f"x{i}"  # ids repeat after row 10
            rows.append({"id": key, "text": f"Row {i} says sales rose {i}%."})
    return rows


def test_dask_parts_jsonl_byte_ranges_give_the_serial_rows(tmp_path):
    path = _jsonl(tmp_path / "d.jsonl", _rows_with_trouble(23))
    planned = list(plan_inputs([path], rows_per_part=4))
    assert all(isinstance(p, DatasetPart) for p in planned)
    parts = [p for p in planned if isinstance(p, DatasetPart)]
    assert len(parts) == 6  # 23 lines in fours
    assert [p.span.first_row for p in parts] == [1, 5, 9, 13, 17, 21]
    assert parts[0].span.start == 0 and parts[-1].span.end is None
    assert all(a.span.end == b.span.start for a, b in itertools.pairwise(parts))
    from_parts = [row for part in parts for row in iter_part(part)]
    serial = list(iter_dataset(path))
    # Same rows, numbers, texts and errors; ids differ only where the serial
    # reader made a repeated id unique (the Dask merge does that).
    assert [r.row for r in from_parts] == [r.row for r in serial]
    assert [(r.text, r.error, r.code) for r in from_parts] == [
        (r.text, r.error, r.code) for r in serial
    ]
    renamed = [(p.doc_id, s.doc_id) for p, s in zip(from_parts, serial, strict=True)]
    assert ("d/x0", "d/x0~2") in renamed and ("d/x4", "d/x4") in renamed
    assert from_parts[3].code == "E023" and from_parts[3].row == 4


def test_dask_parts_plan_does_not_parse_rows(tmp_path):
    # Malformed lines do not stop the plan: the parent only counts lines.
    path = _jsonl(tmp_path / "d.jsonl", ["{bad", "[1, 2]", {"text": "Fine."}])
    parts = list(plan_inputs([path], rows_per_part=2))
    assert [p.span.first_row for p in parts if isinstance(p, DatasetPart)] == [1, 3]


def test_dask_parts_files_and_items_pass_through(tmp_path):
    (tmp_path / "a.txt").write_text("Acme said sales rose 3%.")
    csv = tmp_path / "t.csv"
    csv.write_text("id,text\n1,One.\n2,Two.\n3,Three.\n", encoding="utf-8")
    given = InputText(doc_id="mine", text="Given text.")
    planned = list(
        plan_inputs(
            [tmp_path / "a.txt", csv, given], rows_per_part=1, patterns=("*.txt",)
        )
    )
    assert isinstance(planned[0], InputFile) and planned[0].doc_id == "a"
    # A CSV file is one part, whatever its size: a quoted field may hold a
    # line break, so byte ranges are not rows.
    assert isinstance(planned[1], DatasetPart) and planned[1].span.end is None
    assert [r.doc_id for r in iter_part(planned[1])] == ["t/1", "t/2", "t/3"]
    assert planned[2] is given


def test_dask_parts_parquet_row_groups(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    table = pa.table(
        {"id": [f"p{i}" for i in range(10)], "text": [f"Text {i}." for i in range(10)]}
    )
    path = tmp_path / "d.parquet"
    pq.write_table(table, path, row_group_size=3)  # groups of 3, 3, 3, 1
    parts = [
        p for p in plan_inputs([path], rows_per_part=5) if isinstance(p, DatasetPart)
    ]
    assert [(p.span.first_row, p.span.row_groups) for p in parts] == [
        (1, (0, 1)),
        (7, (2, 3)),
    ]
    rows = [r for p in parts for r in iter_part(p)]
    assert [r.row for r in rows] == list(range(1, 11))
    assert [r.doc_id for r in rows] == [f"d/p{i}" for i in range(10)]


@pytest.fixture(scope="module")
def threads_cluster():
    pytest.importorskip("distributed")
    from distributed import LocalCluster

    cluster = LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=False,
        dashboard_address=None,
    )
    yield cluster
    cluster.close()


@pytest.mark.model
@pytest.mark.slow
def test_dask_parts_run_matches_serial_row_by_row(nlp, tmp_path, threads_cluster):
    from claimkit.run import run_extract

    rows = _rows_with_trouble(23)
    rows[12] = {"id": "dup", "text": "Row 2 says sales rose 2%.", "title": "Again"}
    path = _jsonl(tmp_path / "d.jsonl", rows)
    serial = run_extract([path], tmp_path / "serial.jsonl", nlp=nlp, link=False)
    dask = run_extract(
        [path],
        tmp_path / "dask.jsonl",
        link=False,
        engine="dask",
        scheduler=threads_cluster.scheduler_address,
        partition_size=4,
    )
    assert (serial.read, serial.written, serial.failed, serial.duplicates) == (
        dask.read,
        dask.written,
        dask.failed,
        dask.duplicates,
    )
    assert dask.read == dask.written + dask.failed == 22  # one blank line
    assert (tmp_path / "serial.jsonl").read_text() == (
        tmp_path / "dask.jsonl"
    ).read_text()
    assert (tmp_path / "serial.failures.jsonl").read_text() == (
        tmp_path / "dask.failures.jsonl"
    ).read_text()
    text = (tmp_path / "dask.jsonl").read_text()
    assert '"doc_id":"d/x0~2"' in text and "repeats an earlier row" in text
    assert "duplicate of d/x2" in text and '"title":"Again"' in text


@pytest.mark.model
@pytest.mark.slow
def test_dask_parts_resume_skips_rows_already_written(nlp, tmp_path, threads_cluster):
    from claimkit.run import run_extract

    path = _jsonl(tmp_path / "d.jsonl", _rows_with_trouble(14))
    out = tmp_path / "out.jsonl"
    first = run_extract([path], out, nlp=nlp, link=False)
    lines = out.read_text().splitlines(keepends=True)
    out.write_text("".join(lines[:5]))  # as if the run had stopped early
    again = run_extract(
        [path],
        out,
        link=False,
        resume=True,
        engine="dask",
        scheduler=threads_cluster.scheduler_address,
        partition_size=4,
    )
    assert again.skipped == 5
    assert again.skipped + again.written + again.failed == first.read
    assert out.read_text().splitlines() == ("".join(lines).splitlines())


def test_dask_parts_resume_settles_ids_and_leaves_written_rows_out(tmp_path):
    from claimkit.batch import BatchStats
    from claimkit.dask import plan_partitions

    path = _jsonl(tmp_path / "d.jsonl", _rows_with_trouble(14))
    serial = list(iter_dataset(path))
    done = {"d/x1", "d/x4~2", "d/x9"}  # as if these were in the output
    stats = BatchStats()
    parts = list(plan_partitions([path], partition_size=4, skip=done, stats=stats))
    assert stats.skipped == 3
    assert all(isinstance(p, DatasetPart) and p.settled for p in parts)
    rows = [r for p in parts if isinstance(p, DatasetPart) for r in iter_part(p)]
    # The rows left are the serial rows not written, under the serial ids
    # (a repeated id renamed with its issue, as the serial reader does).
    assert rows == [r for r in serial if r.doc_id not in done]
    assert any(r.doc_id == "d/x0~2" and r.issues for r in rows)
    # Without anything to skip the parts go unread: ids are the merge's job.
    unread = list(plan_partitions([path], partition_size=4))
    assert not any(isinstance(p, DatasetPart) and p.settled for p in unread)
