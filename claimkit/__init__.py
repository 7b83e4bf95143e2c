"""claimkit: typed claim records from news articles, built on spaCy.

>>> import claimkit
>>> nlp = claimkit.load()
>>> article = claimkit.extract("Nvidia shed nearly $600 billion.", nlp=nlp)
"""

from __future__ import annotations

__version__ = "0.1.0"

from typing import TYPE_CHECKING, Any

from claimkit.errors import ClaimkitError, InputError, ModelNotFoundError, RecordError
from claimkit.io import read_articles, read_registry, write_records
from claimkit.linking import EntityRegistry, link_articles
from claimkit.records import (
    Article,
    Entity,
    Failure,
    LinkedEntity,
    Mention,
    Quantity,
    QuantityClaim,
    QuoteClaim,
)

if TYPE_CHECKING:
    from claimkit.pipeline import extract, extract_files, load, process_files

# The pipeline imports spaCy; load it on first use so that records, io and
# linking stay importable (and fast) without spaCy.
_PIPELINE_NAMES = frozenset({"extract", "extract_files", "load", "process_files"})


def __getattr__(name: str) -> Any:
    if name in _PIPELINE_NAMES:
        from claimkit import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'claimkit' has no attribute {name!r}")


__all__ = [
    "Article",
    "ClaimkitError",
    "Entity",
    "EntityRegistry",
    "Failure",
    "InputError",
    "LinkedEntity",
    "Mention",
    "ModelNotFoundError",
    "Quantity",
    "QuantityClaim",
    "QuoteClaim",
    "RecordError",
    "__version__",
    "extract",
    "extract_files",
    "link_articles",
    "load",
    "process_files",
    "read_articles",
    "read_registry",
    "write_records",
]
