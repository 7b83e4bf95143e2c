"""Execute a notebook, export it to HTML and capture it in headless Chromium.

    python scripts/screenshot_notebook.py [notebooks/01_quickstart.ipynb]
        [-o out/notebook_01.png] [--browser chromium] [--size 1280,3200]

The notebook runs in a fresh kernel that imports this checkout's claimkit
(PYTHONPATH), on the example articles unless CLAIMKIT_ARTICLES says otherwise.
Exits with status 3 and a message when no Chromium is installed
(Debian: ``apt-get install chromium``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "chrome")
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
)


def find_browser(name: str | None) -> str | None:
    """Return the path of the named browser, else of the first one installed."""
    for candidate in (name,) if name else BROWSERS:
        found = shutil.which(candidate)
        if found:
            return found
    return None


def execute(path: Path) -> object:
    """Run the notebook top to bottom; return the executed notebook."""
    import nbclient
    import nbformat

    notebook = nbformat.read(path, as_version=4)
    env = {
        "PYTHONPATH": os.pathsep.join(
            [str(REPO), *filter(None, [os.environ.get("PYTHONPATH")])]
        ),
    }
    os.environ.update(env)
    nbclient.NotebookClient(
        notebook,
        timeout=600,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
    ).execute()
    return notebook


def to_html(notebook: object) -> str:
    """Export an executed notebook to standalone HTML with nbconvert."""
    from nbconvert import HTMLExporter

    body, _ = HTMLExporter(template_name="lab").from_notebook_node(notebook)
    return str(body)


def capture(browser: str, page: Path, png: Path, *, size: str) -> None:
    """Capture ``page`` as a PNG with a fresh browser profile."""
    with tempfile.TemporaryDirectory(prefix="ck-chromium-") as profile:
        command = [
            browser,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            f"--window-size={size}",
            # The exported page asks a CDN for MathJax; do not wait for it.
            "--virtual-time-budget=5000",
            f"--screenshot={png.resolve()}",
            page.resolve().as_uri(),
        ]
        subprocess.run(command, check=True, capture_output=True, timeout=120)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "notebook",
        nargs="?",
        type=Path,
        default=REPO / "notebooks" / "01_quickstart.ipynb",
    )
    parser.add_argument(
        "-o", "--output", type=Path, default=REPO / "out" / "notebook_01.png"
    )
    parser.add_argument("--browser", help="browser executable (default: chromium)")
    parser.add_argument("--size", default="1280,3200", help="window WIDTH,HEIGHT")
    args = parser.parse_args()

    browser = find_browser(args.browser)
    if browser is None:
        print(
            "no Chromium found (tried: " + ", ".join(BROWSERS) + "); "
            "install one, e.g. `apt-get install chromium`",
            file=sys.stderr,
        )
        return 3
    args.output.parent.mkdir(parents=True, exist_ok=True)
    page = args.output.with_suffix(".html")
    page.write_text(to_html(execute(args.notebook.resolve())), encoding="utf-8")
    capture(browser, page, args.output, size=args.size)
    print(f"wrote {page} and {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
