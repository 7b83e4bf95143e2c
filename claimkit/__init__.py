"""claimkit: typed claim records from news articles, built on spaCy.

>>> import claimkit
>>> nlp = claimkit.load()
>>> article = claimkit.extract("Nvidia shed nearly $600 billion.", nlp=nlp)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

from claimkit.errors import ClaimkitError, InputError, ModelNotFoundError, RecordError
from claimkit.io import read_articles, read_registry, write_records
from claimkit.linking import EntityRegistry, link_articles
from claimkit.records import (
    Article,
    ClaimGroup,
    Entity,
    Failure,
    LinkedEntity,
    Mention,
    Quantity,
    QuantityClaim,
    QuoteClaim,
)

if TYPE_CHECKING:
    from claimkit.articles import extract
    from claimkit.batch import extract_files, process_files
    from claimkit.compare import compare
    from claimkit.corpus import read_corpus
    from claimkit.frames import Frames, to_frames
    from claimkit.loading import load
    from claimkit.run import RunReport, run_extract

# Names imported on first use, so that ``import claimkit`` (and reading JSONL or
# rendering an article) loads neither spaCy nor pandas.
_LAZY = {
    "extract": "claimkit.articles",
    "extract_files": "claimkit.batch",
    "read_corpus": "claimkit.corpus",
    "load": "claimkit.loading",
    "process_files": "claimkit.batch",
    "run_extract": "claimkit.run",
    "compare": "claimkit.compare",
    "RunReport": "claimkit.run",
    "Frames": "claimkit.frames",
    "to_frames": "claimkit.frames",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    if name == "display":
        # The module is callable: ``claimkit.display(article)``.
        return importlib.import_module("claimkit.display")
    raise AttributeError(f"module 'claimkit' has no attribute {name!r}")


__all__ = [
    "Article",
    "ClaimGroup",
    "ClaimkitError",
    "Entity",
    "EntityRegistry",
    "Failure",
    "Frames",
    "InputError",
    "LinkedEntity",
    "Mention",
    "ModelNotFoundError",
    "Quantity",
    "QuantityClaim",
    "QuoteClaim",
    "RecordError",
    "RunReport",
    "__version__",
    "compare",
    "display",
    "extract",
    "extract_files",
    "link_articles",
    "load",
    "process_files",
    "read_articles",
    "read_corpus",
    "read_registry",
    "run_extract",
    "to_frames",
    "write_records",
]
