from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimkit.cli import app
from claimkit.io import read_articles, read_failures

runner = CliRunner()

ARTICLE = (
    "Harbour plan approved\n\n"
    "The Lakeside Port Authority approved a £40m plan on Tuesday. "
    '"It is a good day," said port chief Ana Ruiz. Volumes rose 4% last year.'
)


def _corpus(folder: Path, n: int = 3, bad: bool = True) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"art{i:03d}.txt").write_text(ARTICLE.replace("£40m", f"£{40 + i}m"))
    if bad:
        (folder / "broken.txt").write_bytes(b"\x00\xff\x00\xfe" * 64)
    return folder


def test_cli_help_lists_commands():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("extract", "schema", "summary", "save-model"):
        assert command in result.output


def test_cli_schema_prints_article_schema():
    result = runner.invoke(app, ["schema", "Article"])
    assert result.exit_code == 0
    assert "doc_id" in json.loads(result.output)["properties"]
    assert runner.invoke(app, ["schema", "Nope"]).exit_code == 2


def test_cli_missing_input_is_usage_error(tmp_path):
    result = runner.invoke(
        app, ["extract", str(tmp_path / "nope"), "-o", str(tmp_path / "o.jsonl")]
    )
    assert result.exit_code == 2
    assert "E020" in result.output


def test_cli_missing_output_option_is_usage_error(tmp_path):
    assert runner.invoke(app, ["extract", str(tmp_path)]).exit_code == 2


def test_cli_no_matching_files_is_usage_error(tmp_path):
    (tmp_path / "a.csv").write_text("x")
    result = runner.invoke(
        app, ["extract", str(tmp_path), "-o", str(tmp_path / "o.jsonl")]
    )
    assert result.exit_code == 2
    assert "E021" in result.output and "No input files matched" in result.output


def test_cli_unknown_model_is_usage_error_naming_install(tmp_path):
    _corpus(tmp_path / "in", bad=False)
    result = runner.invoke(
        app,
        [
            "extract",
            str(tmp_path / "in"),
            "-o",
            str(tmp_path / "o.jsonl"),
            "--model",
            "en_nope",
        ],
    )
    assert result.exit_code == 2
    assert "pip install" in result.output


@pytest.mark.model
def test_cli_extract_all_good_exits_zero(tmp_path):
    _corpus(tmp_path / "in", bad=False)
    out = tmp_path / "o.jsonl"
    result = runner.invoke(
        app, ["extract", str(tmp_path / "in"), "-o", str(out), "--no-progress"]
    )
    assert result.exit_code == 0, result.output
    assert "read 3, written 3, failed 0" in result.output
    assert [a.doc_id for a in read_articles(out)] == ["art000", "art001", "art002"]
    # Nothing failed: no failures file at all, not an empty one.
    assert not (tmp_path / "o.failures.jsonl").exists()


@pytest.mark.model
def test_cli_extract_failures_file_and_exit_one(tmp_path):
    _corpus(tmp_path / "in")
    out = tmp_path / "o.jsonl"
    fails = tmp_path / "bad.jsonl"
    result = runner.invoke(
        app,
        [
            "extract",
            str(tmp_path / "in"),
            "-o",
            str(out),
            "--failures",
            str(fails),
            "--no-progress",
        ],
    )
    assert result.exit_code == 1
    assert "read 4, written 3, failed 1" in result.output
    (failure,) = list(read_failures(fails))
    assert failure.doc_id == "broken"
    assert failure.stage == "read" and failure.code == "E025"
    assert failure.path and failure.path.endswith("broken.txt")


@pytest.mark.model
def test_cli_summary_prints_entities_and_quotes(tmp_path):
    _corpus(tmp_path / "in", n=1, bad=False)
    out = tmp_path / "o.jsonl"
    assert (
        runner.invoke(
            app, ["extract", str(tmp_path / "in"), "-o", str(out), "--no-progress"]
        ).exit_code
        == 0
    )
    result = runner.invoke(app, ["summary", str(out)])
    assert result.exit_code == 0
    assert "Ana Ruiz" in result.output and "It is a good day" in result.output


@pytest.mark.model
@pytest.mark.slow
def test_cli_killed_run_resumes_to_identical_output(tmp_path):
    corpus = _corpus(tmp_path / "in", n=40)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    base = [
        sys.executable,
        "-m",
        "claimkit",
        "extract",
        str(corpus),
        "--no-progress",
        "--batch-size",
        "2",
    ]
    full = tmp_path / "full.jsonl"
    subprocess.run([*base, "-o", str(full)], env=env, capture_output=True, check=False)

    out = tmp_path / "killed.jsonl"
    proc = subprocess.Popen([*base, "-o", str(out)], env=env, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and (
        not out.exists() or out.stat().st_size < 2000
    ):
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    lines = out.read_bytes().split(b"\n")
    assert lines[-1] == b"", "a killed run left a torn line"
    for line in lines[:-1]:
        json.loads(line)
    assert 0 < len(lines) - 1 < 41, "the kill should land mid-run"

    resumed = subprocess.run(
        [*base, "-o", str(out), "--resume"], env=env, capture_output=True, text=True
    )
    assert resumed.returncode == 1  # the broken file still fails
    assert "skipped" in resumed.stderr
    assert out.read_text() == full.read_text()
    failures = (tmp_path / "killed.failures.jsonl").read_text().splitlines()
    assert len(failures) == 1

    again = subprocess.run(
        [*base, "-o", str(out), "--resume"], env=env, capture_output=True, text=True
    )
    assert out.read_text() == full.read_text()
    assert "written 0" in again.stderr


def test_cli_summary_reports_bad_line_number_and_skips_with_count(tmp_path):
    from tests.test_records import make_article

    path = tmp_path / "a.jsonl"
    good = make_article().model_dump_json()
    path.write_text(good + "\n" + '{"doc_id": 1}\n' + good + "\n")
    stopped = runner.invoke(app, ["summary", str(path)])
    assert stopped.exit_code == 2
    assert "a.jsonl:2" in stopped.output
    skipped = runner.invoke(app, ["summary", str(path), "--skip-invalid"])
    assert skipped.exit_code == 1
    assert skipped.output.count("== a/b") == 2
    assert "skipped 1 invalid line(s)" in skipped.output


def test_cli_dollar_that_is_no_dollar_is_usage_error(tmp_path):
    _corpus(tmp_path / "in", n=1, bad=False)
    result = runner.invoke(
        app,
        [
            "extract",
            str(tmp_path / "in"),
            "-o",
            str(tmp_path / "o.jsonl"),
            "--dollar",
            "EUR",
        ],
    )
    assert result.exit_code == 2
    assert "E080" in result.output
    assert not (tmp_path / "o.jsonl").exists()


@pytest.mark.model
def test_cli_dollar_sets_the_default_dollar(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("The town spent $3 million on roads.")
    (folder / "b.txt").write_text("The band was paid US$40,000 for the show.")
    out = tmp_path / "o.jsonl"
    args = ["extract", str(folder), "-o", str(out), "--no-progress", "--no-link"]
    result = runner.invoke(app, [*args, "--dollar", "cad"])
    assert result.exit_code == 0, result.output
    got = {
        a.doc_id: [(c.quantity.unit, c.quantity.currency_basis) for c in a.claims]
        for a in read_articles(out)
    }
    # The bare "$" takes the run's dollar; a marked one keeps its own.
    assert got == {"a": [("CAD", "default")], "b": [("USD", "explicit")]}
