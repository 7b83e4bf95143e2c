"""run_extract: the CLI's run, callable from Python, and the input forms it takes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

import claimkit
from claimkit.batch import process_files
from claimkit.components._extensions import record_failure
from claimkit.corpus import expand_inputs as as_input_files
from claimkit.errors import InputError, ModelError, ProcessingError
from claimkit.io import InputFile, read_articles, read_failures
from claimkit.run import RunReport, run_extract


def _corpus(folder: Path, n: int = 3) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"art{i:03d}.txt"
        path.write_text(
            f"Acme Corp said on Monday that sales rose {i + 2}% to $4{i} million.\n",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


def test_run_as_input_files_takes_a_generator(tmp_path):
    paths = _corpus(tmp_path)
    files = list(as_input_files(p for p in paths))
    assert [f.doc_id for f in files] == ["art000", "art001", "art002"]
    assert [f.index for f in files] == [0, 1, 2]


def test_run_as_input_files_keeps_strings_mixed_with_input_files(tmp_path):
    paths = _corpus(tmp_path)
    given = InputFile(doc_id="given", path=paths[1], index=0)
    files = list(as_input_files([str(paths[0]), given, paths[2]]))
    assert [f.doc_id for f in files] == ["art000", "given", "art002"]
    # Every file has its own place in the run, whatever index it came with.
    assert [f.index for f in files] == [0, 1, 2]


def test_run_as_input_files_rejects_other_types(tmp_path):
    with pytest.raises(InputError, match="E029"):
        list(as_input_files([42]))  # type: ignore[list-item]


@pytest.mark.model
def test_run_extract_files_from_a_generator(nlp, tmp_path):
    paths = _corpus(tmp_path)
    articles = list(claimkit.extract_files((p for p in paths), nlp=nlp))
    assert [a.doc_id for a in articles] == ["art000", "art001", "art002"]


@pytest.mark.model
def test_run_process_files_mixed_list_drops_nothing(nlp, tmp_path):
    paths = _corpus(tmp_path)
    given = InputFile(doc_id="given", path=paths[1], index=0)
    results = list(process_files([str(paths[0]), given, paths[2]], nlp=nlp))
    assert [r.doc_id for r in results] == ["art000", "given", "art002"]


@pytest.mark.model
def test_run_extract_report_and_files(nlp, tmp_path):
    _corpus(tmp_path / "in")
    (tmp_path / "in" / "empty.txt").write_text("   \n", encoding="utf-8")
    seen: list[int] = []

    def progress(report: RunReport) -> None:
        seen.append(report.done)

    out = tmp_path / "out" / "a.jsonl"
    report = run_extract([tmp_path / "in"], out, nlp=nlp, on_progress=progress)
    assert (report.total, report.read, report.written, report.failed) == (4, 4, 3, 1)
    assert not report.ok
    assert report.failures_by_stage == {"read": 1}
    assert report.failures_path == tmp_path / "out" / "a.failures.jsonl"
    assert report.registry_path == tmp_path / "out" / "a.entities.jsonl"
    assert report.registry_path.exists() and report.entities >= 1
    assert [f.code for f in read_failures(report.failures_path)] == ["E028"]
    assert len(list(read_articles(out))) == 3
    assert seen == [1, 2, 3, 4]
    assert "read 4, written 3, failed 1" in report.summary()


@pytest.mark.model
def test_run_extract_no_failures_no_failures_file(nlp, tmp_path):
    _corpus(tmp_path / "in")
    out = tmp_path / "a.jsonl"
    stale = tmp_path / "a.failures.jsonl"
    stale.write_text('{"stale": true}\n', encoding="utf-8")
    report = run_extract([tmp_path / "in"], out, nlp=nlp, link=False)
    assert report.ok and report.failures_path is None
    assert report.registry_path is None
    # A failures file left by an earlier run does not describe this one.
    assert not stale.exists()
    assert not (tmp_path / "a.entities.jsonl").exists()


@pytest.mark.model
def test_run_extract_resume_skips_written(nlp, tmp_path):
    _corpus(tmp_path / "in", n=4)
    out = tmp_path / "a.jsonl"
    first = run_extract([tmp_path / "in" / "art000.txt"], out, nlp=nlp)
    assert first.written == 1
    again = run_extract([tmp_path / "in"], out, nlp=nlp, resume=True)
    assert (again.skipped, again.written) == (1, 3)
    assert [a.doc_id for a in read_articles(out)] == [
        "art000",
        "art001",
        "art002",
        "art003",
    ]


def test_run_extract_missing_input_is_coded(tmp_path):
    with pytest.raises(InputError, match="E020"):
        run_extract([tmp_path / "nope"], tmp_path / "o.jsonl")


def test_run_extract_nothing_matches_is_coded(tmp_path):
    (tmp_path / "a.csv").write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="E021"):
        run_extract([tmp_path], tmp_path / "o.jsonl")


def _dying_work(chunk, options):  # type: ignore[no-untyped-def]
    """Stand-in for batch._work: the worker dies on a poisoned chunk."""
    import claimkit.batch as batch

    if any("POISON" in inp.text for inp in chunk):
        os._exit(1)  # a worker killed mid-chunk (OOM killer, kill -9)
    return batch.process_chunk(
        batch._WORKER["nlp"], chunk, options, batch._WORKER["zones"]
    )


@pytest.mark.model
def test_run_worker_death_becomes_failures_and_run_goes_on(nlp, tmp_path, monkeypatch):
    import claimkit.batch as batch

    _corpus(tmp_path / "in", n=12)
    (tmp_path / "in" / "art002.txt").write_text("POISON text.\n", encoding="utf-8")
    monkeypatch.setattr(batch, "_work", _dying_work)
    results = list(process_files([tmp_path / "in"], nlp=nlp, batch_size=1, n_process=2))
    assert [r.doc_id for r in results] == [f"art{i:03d}" for i in range(12)]
    lost = [r for r in results if not isinstance(r, claimkit.Article)]
    assert "art002" in {r.doc_id for r in lost}
    assert {r.code for r in lost} == {"E031"}
    # At most the chunks in flight (two per worker) are lost; files after the
    # break are processed by a new pool.
    assert len(lost) <= 4
    assert isinstance(results[-1], claimkit.Article)


def test_run_load_pipeline_without_parser_is_coded(tmp_path):
    import spacy

    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    blank.to_disk(tmp_path / "noparser")
    with pytest.raises(ModelError, match="E003"):
        claimkit.load(tmp_path / "noparser")


def test_run_cli_pipeline_without_parser_exits_2(tmp_path):
    import spacy
    from typer.testing import CliRunner

    from claimkit.cli import app

    blank = spacy.blank("en")
    blank.to_disk(tmp_path / "noparser")
    (tmp_path / "a.txt").write_text("Some text.\n", encoding="utf-8")
    result = CliRunner().invoke(
        app,
        [
            "extract",
            str(tmp_path / "a.txt"),
            "-o",
            str(tmp_path / "o.jsonl"),
            "--model",
            str(tmp_path / "noparser"),
            "--no-progress",
        ],
    )
    assert result.exit_code == 2, result.output
    assert "E003" in result.output
    assert "Traceback" not in result.output


def test_run_load_bad_ner_option_is_coded():
    with pytest.raises(ValueError, match="E010"):
        claimkit.load(ner="nope")


@Language.component("ck_test_marks_failure")
def _marks_failure(doc: Doc) -> Doc:
    record_failure(doc, "ck_quotes", ValueError("boom"))
    return doc


@pytest.mark.model
def test_run_extract_component_failure_is_coded(nlp):
    nlp.add_pipe("ck_test_marks_failure", last=True)
    with pytest.raises(ProcessingError, match="E030") as info:
        claimkit.extract("Acme said sales rose.", nlp=nlp)
    assert info.value.code == "E030"
