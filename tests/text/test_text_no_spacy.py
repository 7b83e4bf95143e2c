"""claimkit.text imports no spaCy: checked in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys

# Every module of the package is imported, found on disk so that a new module
# is covered without editing this test.
_IMPORT_ALL = """
import importlib, pkgutil, sys
import claimkit.text
names = sorted(m.name for m in pkgutil.iter_modules(claimkit.text.__path__))
for name in names:
    importlib.import_module("claimkit.text." + name)
print(" ".join(names))
assert "spacy" not in sys.modules, "claimkit.text imported spaCy"
"""


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )


def test_text_imports_no_spacy() -> None:
    result = _run(_IMPORT_ALL)
    assert result.returncode == 0, result.stderr
    modules = set(result.stdout.split())
    assert {"pieces", "lexicon", "numbers", "quantity", "scanner"} <= modules


def test_text_import_of_claimkit_loads_no_spacy() -> None:
    result = _run("import claimkit, sys; assert 'spacy' not in sys.modules")
    assert result.returncode == 0, result.stderr


def test_text_check_fails_when_spacy_is_imported() -> None:
    # The subprocess check itself can fail: it is not vacuous.
    result = _run("import spacy\n" + _IMPORT_ALL)
    assert result.returncode != 0
    assert "claimkit.text imported spaCy" in result.stderr
