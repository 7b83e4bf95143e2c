"""The README's snippets (and the user guide's) run as written after `make demo`.

Each ```python block runs in its own interpreter (a reader copies one block at a
time) in a copy of what `make demo` leaves: examples/articles and
out/examples.jsonl with its entity registry. A block preceded by
``<!-- not-run -->`` is an illustrative fragment and is skipped. The ```bash
blocks' ``claimkit`` commands must parse with the real command line.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import typer

import claimkit
from claimkit.cli import app
from tests.conftest import EXAMPLES, REPO

README = REPO / "README.md"
GUIDE = sorted((REPO / "docs").glob("*.md"))
NOT_RUN = "<!-- not-run -->"
FENCE = re.compile(r"^```(\w*)\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def readme_blocks(language: str, page: Path = README) -> list[tuple[int, str]]:
    """Return (line number, source) of each runnable block in ``language``."""
    text = page.read_text(encoding="utf-8")
    blocks = []
    for found in FENCE.finditer(text):
        if found.group(1) != language:
            continue
        before = text[: found.start()].rstrip()
        if before.endswith(NOT_RUN):
            continue
        blocks.append((text.count("\n", 0, found.start()) + 1, found.group(2)))
    return blocks


PYTHON_BLOCKS = readme_blocks("python")
SNIPPETS = [
    (f"{page.relative_to(REPO)}:{line}", source)
    for page in [README, *GUIDE]
    for line, source in readme_blocks("python", page)
]


@pytest.fixture(scope="module")
def after_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder laid out as the repository is after `make demo`."""
    root = tmp_path_factory.mktemp("readme")
    shutil.copytree(EXAMPLES, root / "examples" / "articles")
    # The demo's own command (Makefile `demo`), with this checkout's claimkit.
    demo = ["extract", "examples/articles", "-o", "out/examples.jsonl", "--no-progress"]
    subprocess.run(
        [sys.executable, "-m", "claimkit", *demo],
        cwd=root,
        env=_env(),
        check=True,
        capture_output=True,
        timeout=600,
    )
    return root


def _env() -> dict[str, str]:
    path = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
    return {**os.environ, "PYTHONPATH": path, "MPLBACKEND": "Agg"}


def test_readme_has_python_blocks() -> None:
    assert len(PYTHON_BLOCKS) >= 4


@pytest.mark.model
@pytest.mark.parametrize(
    "source", [s for _, s in SNIPPETS], ids=[where for where, _ in SNIPPETS]
)
def test_readme_python_block_runs(source: str, after_demo: Path) -> None:
    if "run_extract" in source and not hasattr(claimkit, "run_extract"):
        pytest.skip("claimkit.run_extract is not on this branch yet")
    result = subprocess.run(
        [sys.executable, "-c", source],
        cwd=after_demo,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr


def _claimkit_commands() -> list[list[str]]:
    commands = []
    for _, source in [
        b for page in [README, *GUIDE] for b in readme_blocks("bash", page)
    ]:
        for line in source.splitlines():
            words = shlex.split(line, comments=True)
            if words[:1] == ["claimkit"]:
                commands.append(words[1:])
    return commands


@pytest.mark.parametrize("words", _claimkit_commands(), ids=" ".join)
def test_readme_bash_claimkit_commands_parse(words: list[str]) -> None:
    # Parsing checks the command, its options and its required arguments
    # without running anything; a bad one raises a usage error.
    command = typer.main.get_command(app).commands[words[0]]  # type: ignore[attr-defined]
    if "--help" not in words:
        command.make_context(words[0], words[1:])
    for word in words[1:]:
        if word.startswith("examples/"):
            assert (REPO / word).exists(), word
