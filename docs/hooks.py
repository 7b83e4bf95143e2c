"""MkDocs hooks: API reference pages from the nav, the error catalogue table.

Adding a module to the reference is one line in mkdocs.yml's nav,
``- reference/claimkit.NAME.md``: ``on_files`` writes that page (a title and a
mkdocstrings ``::: claimkit.NAME`` block) unless a file of that name exists in
docs/. ``on_page_markdown`` replaces ``<!-- error-catalogue -->`` in a page with
tables of every code in ``claimkit.errors.Errors`` and ``Warnings``, read at
build time, so the catalogue page cannot fall behind the code.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

REFERENCE = re.compile(r"^reference/(?P<module>claimkit(\.\w+)*)\.md$")
CATALOGUE = "<!-- error-catalogue -->"
CODE = re.compile(r"^[EW]\d{3}$")


def _nav_paths(nav: Any) -> Iterator[str]:
    if isinstance(nav, str):
        yield nav
    elif isinstance(nav, dict):
        for value in nav.values():
            yield from _nav_paths(value)
    elif isinstance(nav, list):
        for item in nav:
            yield from _nav_paths(item)


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for path in _nav_paths(config.nav):
        found = REFERENCE.match(path)
        if found is None or files.get_file_from_path(path) is not None:
            continue
        module = found["module"]
        page = f"# `{module}`\n\n::: {module}\n"
        files.append(File.generated(config, path, content=page))
    return files


def _catalogue_table(messages: type) -> str:
    # The class __dict__ holds the bare templates; attribute access would
    # prefix each with its code.
    rows = [
        f"| `{code}` | {_cell(template)} |"
        for code, template in vars(messages).items()
        if CODE.match(code) and isinstance(template, str)
    ]
    return "\n".join(["| code | message |", "| --- | --- |", *rows])


def _cell(template: str) -> str:
    # Placeholders such as {path} read as code; pipes would end the cell.
    text = template.replace("|", "\\|").replace("`", "")
    return re.sub(r"\{[^{}]*\}", lambda m: f"`{m.group(0)}`", text)


def on_page_markdown(
    markdown: str, page: Page, config: MkDocsConfig, files: Files
) -> str:
    if CATALOGUE not in markdown:
        return markdown
    root = str(Path(config.config_file_path).parent)
    if root not in sys.path:
        sys.path.insert(0, root)
    from claimkit.errors import Errors, Warnings

    tables = (
        f"### Errors\n\n{_catalogue_table(Errors)}\n\n"
        f"### Warnings\n\n{_catalogue_table(Warnings)}\n"
    )
    return markdown.replace(CATALOGUE, tables)
