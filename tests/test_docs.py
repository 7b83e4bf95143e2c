"""The documentation keeps up with the package (`make docs` builds it)."""

from __future__ import annotations

import importlib.util
import pkgutil
import re
from typing import Any

import pytest

import claimkit
from claimkit.errors import Errors, Warnings
from tests.conftest import REPO

yaml = pytest.importorskip("yaml")

# Modules with no page of their own in the API reference, and why.
NOT_IN_REFERENCE = {
    "cli": "the command line, documented by --help and the guide",
    "components": "spaCy factories, configured through claimkit.load",
    "ner": "the build of the shipped entity recognizer",
    "report": "the text of claimkit summary",
}


def _nav_paths(nav: Any) -> list[str]:
    if isinstance(nav, str):
        return [nav]
    if isinstance(nav, dict):
        return [path for value in nav.values() for path in _nav_paths(value)]
    return [path for item in nav for path in _nav_paths(item)]


def _reference_modules() -> list[str]:
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    found = [re.fullmatch(r"reference/(.+)\.md", p) for p in _nav_paths(config["nav"])]
    return [m.group(1) for m in found if m is not None]


def test_docs_reference_pages_name_existing_modules() -> None:
    modules = _reference_modules()
    assert "claimkit" in modules
    for module in modules:
        assert importlib.util.find_spec(module) is not None, module


def test_docs_every_module_has_a_reference_page_or_a_reason() -> None:
    documented = set(_reference_modules())
    for module in pkgutil.iter_modules(claimkit.__path__):
        name = module.name
        if name in NOT_IN_REFERENCE or name.startswith("_"):
            continue
        assert f"claimkit.{name}" in documented, (
            f"claimkit.{name} has no API reference page: add "
            f"'- reference/claimkit.{name}.md' to the nav of mkdocs.yml"
        )


def test_docs_nav_pages_exist() -> None:
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    for path in _nav_paths(config["nav"]):
        if not path.startswith("reference/"):  # written by docs/hooks.py
            assert (REPO / "docs" / path).is_file(), path


def test_docs_error_catalogue_lists_every_code() -> None:
    spec = importlib.util.spec_from_file_location("docs_hooks", REPO / "docs/hooks.py")
    assert spec is not None and spec.loader is not None
    hooks = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hooks)
    for messages in (Errors, Warnings):
        table = hooks._catalogue_table(messages)
        codes = [code for code in vars(messages) if re.fullmatch(r"[EW]\d{3}", code)]
        assert codes
        for code in codes:
            assert f"| `{code}` |" in table
