"""The scripts in examples/ run on the example articles (CI smoke tests)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import claimkit
from tests.conftest import EXAMPLES, REPO, assert_offsets
from tests.test_display import _article


def run_example(name: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run examples/<name> with this checkout's claimkit first on the path."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, str(REPO / "examples" / name), *args],
        check=True,
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=300,
    )


@pytest.mark.model
def test_examples_one_article_prints_claims_and_writes_html(tmp_path: Path) -> None:
    page = tmp_path / "article.html"
    result = run_example(
        "one_article.py", str(EXAMPLES / "chip_selloff.txt"), "--html", str(page)
    )
    assert "== chip_selloff" in result.stdout
    assert "'kind': 'money'" in result.stdout
    assert 'data-ck-kind="quote"' in page.read_text(encoding="utf-8")


@pytest.mark.model
def test_examples_folder_writes_one_article_per_file(tmp_path: Path) -> None:
    out = tmp_path / "articles.jsonl"
    result = run_example("folder.py", str(EXAMPLES), "-o", str(out))
    articles = list(claimkit.read_articles(out))
    assert len(articles) == len(list(EXAMPLES.glob("*.*")))
    assert f"{len(articles)} articles" in result.stdout
    for article in articles:
        assert_offsets(article)


def test_examples_relink_reads_stored_jsonl_without_model(tmp_path: Path) -> None:
    stored = tmp_path / "articles.jsonl"
    claimkit.write_records(
        [_article(), _article().model_copy(update={"doc_id": "b"})], stored
    )
    out = tmp_path / "linked.jsonl"
    result = run_example("relink.py", str(stored), "-o", str(out))
    lines = result.stdout.splitlines()
    assert "Acme Corp" in lines[0]
    assert len(list(claimkit.read_articles(out))) == 2
