"""claimkit: typed claim records from news articles, built on spaCy.

>>> import claimkit
>>> nlp = claimkit.load()
>>> article = claimkit.extract("Nvidia shed nearly $600 billion.", nlp=nlp)
"""

from __future__ import annotations

__version__ = "0.1.0"

from claimkit.errors import ClaimkitError, InputError, ModelNotFoundError, RecordError
from claimkit.io import read_articles, read_registry, write_records
from claimkit.pipeline import extract, extract_files, load, process_files
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

__all__ = [
    "Article",
    "ClaimkitError",
    "Entity",
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
    "load",
    "process_files",
    "read_articles",
    "read_registry",
    "write_records",
]
