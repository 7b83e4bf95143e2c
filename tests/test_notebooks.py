"""The notebooks run top to bottom on the example articles, and are committed clean."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, REPO

nbformat = pytest.importorskip("nbformat")
NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))


def execute_notebook(path: Path, *, env: dict[str, str] | None = None) -> object:
    """Run a notebook in a fresh kernel that imports this checkout's claimkit."""
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    notebook = nbformat.read(path, as_version=4)
    saved = dict(os.environ)
    # The kernel is a subprocess: it inherits this environment. PYTHONPATH puts
    # this checkout first, whatever claimkit is installed in the environment.
    os.environ.update(
        {
            "PYTHONPATH": os.pathsep.join(
                [str(REPO), *filter(None, [saved.get("PYTHONPATH")])]
            ),
            **(env or {}),
        }
    )
    try:
        client = nbclient.NotebookClient(
            notebook,
            timeout=600,
            kernel_name="python3",
            resources={"metadata": {"path": str(path.parent)}},
        )
        client.execute()
    finally:
        os.environ.clear()
        os.environ.update(saved)
    return notebook


def test_notebooks_committed_without_outputs() -> None:
    assert [p.name for p in NOTEBOOKS] == [
        "01_quickstart.ipynb",
        "02_corpus.ipynb",
        "03_compare.ipynb",
    ]
    for path in NOTEBOOKS:
        notebook = nbformat.read(path, as_version=4)
        for cell in notebook.cells:
            if cell.cell_type == "code":
                assert cell.outputs == [], (path.name, cell.source[:40])
                assert cell.execution_count is None, path.name


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebooks_execute_on_examples(path: Path, tmp_path: Path) -> None:
    notebook = execute_notebook(
        path,
        env={
            "CLAIMKIT_CORPUS": str(EXAMPLES),
            "CLAIMKIT_ARTICLES": str(EXAMPLES),
            "TMPDIR": str(tmp_path),
        },
    )
    # A notebook's scratch files go away with it: nothing is left in the temp folder.
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("claimkit")] == []
    outputs = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    shown = [o.data["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    # Every notebook shows at least one highlighted article with speaker labels.
    assert any('data-ck-kind="quote"' in html for html in shown)
    assert any('data-ck-kind="quantity"' in html for html in shown)
    if path.stem == "02_corpus":
        figures = [o for o in outputs if "image/png" in o.get("data", {})]
        assert len(figures) == 2  # entities and speakers; money per organization
    if path.stem == "03_compare":
        text = "".join(o.get("text", "") for o in outputs)
        assert "read 6, written 6, failed 0" in text


# Colours of claimkit.display: quantity highlight and speaker label background.
QUANTITY_RGB = (0xFE, 0xCA, 0x74)
SPEAKER_RGB = (0x6B, 0xB1, 0x4A)
PERSON_RGB = (0xC7, 0xB9, 0xFF)


@pytest.mark.model
@pytest.mark.slow
def test_notebooks_screenshot_shows_highlights(tmp_path: Path) -> None:
    import subprocess
    import sys

    image = pytest.importorskip("PIL.Image")
    script = REPO / "scripts" / "screenshot_notebook.py"
    sys.path.insert(0, str(script.parent))
    try:
        from screenshot_notebook import find_browser
    finally:
        sys.path.remove(str(script.parent))
    if find_browser(None) is None:
        pytest.skip("no Chromium installed")
    png = tmp_path / "notebook_01.png"
    subprocess.run(
        [sys.executable, str(script), "-o", str(png), "--size", "1280,1800"],
        check=True,
        cwd=REPO,
        env={**os.environ, "CLAIMKIT_ARTICLES": str(EXAMPLES)},
        timeout=300,
    )
    colours = image.open(png).convert("RGB").getcolors(maxcolors=1 << 24)
    counts = {rgb: n for n, rgb in colours}
    # Highlighted spans and speaker labels are on the page, not just in the HTML.
    assert counts.get(QUANTITY_RGB, 0) > 2000
    assert counts.get(SPEAKER_RGB, 0) > 500
    assert counts.get(PERSON_RGB, 0) > 1000
