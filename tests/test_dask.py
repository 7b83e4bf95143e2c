from __future__ import annotations

import pytest
from typer.testing import CliRunner

from claimkit.cli import app

pytest.importorskip("distributed")

runner = CliRunner()


@pytest.mark.model
@pytest.mark.slow
def test_dask_output_is_identical_to_serial(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    for i in range(7):
        (corpus / f"a{i}.txt").write_text(
            f"Firm {i} Holdings said on Monday that revenue rose {i + 2}% to ${i + 1}.5bn. "
            f'"We grew," said its chief, Dana Lee {i}.'
        )
    (corpus / "dup.txt").write_text((corpus / "a3.txt").read_text())
    (corpus / "bad.txt").write_bytes(b"\x00\x01" * 300)
    serial = tmp_path / "serial.jsonl"
    parallel = tmp_path / "dask.jsonl"
    first = runner.invoke(
        app, ["extract", str(corpus), "-o", str(serial), "--no-progress"]
    )
    second = runner.invoke(
        app,
        [
            "extract",
            str(corpus),
            "-o",
            str(parallel),
            "--no-progress",
            "--engine",
            "dask",
            "--workers",
            "2",
            "--partition-size",
            "2",
        ],
    )
    assert first.exit_code == second.exit_code == 1, second.output
    assert serial.read_text() == parallel.read_text()
    assert (tmp_path / "serial.failures.jsonl").read_text() == (
        tmp_path / "dask.failures.jsonl"
    ).read_text()
    assert "duplicate" in second.output
    serial_links = (tmp_path / "serial.entities.jsonl").read_text()
    assert (
        serial_links and serial_links == (tmp_path / "dask.entities.jsonl").read_text()
    )


@pytest.mark.model
def test_dask_extract_bag_yields_one_record_per_file(tmp_path):
    import dask

    from claimkit.dask import extract_bag
    from claimkit.records import Article, Failure

    (tmp_path / "a.txt").write_text("Acme Corp cut 300 jobs.")
    (tmp_path / "b.txt").write_text("")
    (tmp_path / "c.txt").write_text("Beta Ltd hired 20 engineers.")
    bag = extract_bag([tmp_path], partition_size=2)
    assert bag.npartitions == 2
    with dask.config.set(scheduler="sync"):
        records = bag.compute()
    assert [r.doc_id for r in records] == ["a", "b", "c"]
    assert [type(r) for r in records] == [Article, Failure, Article]
