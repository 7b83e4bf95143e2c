"""Shared plumbing of claimkit components: lexicon files, serialization, isolation."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from spacy import util
from spacy.tokens import Doc

from claimkit.components._extensions import (
    install_extensions,
    record_failure,
    text_of,
)
from claimkit.text.lexicon import load_lexicon

logger = logging.getLogger("claimkit")

LEXICON_FILE = "lexicon.json"


class LexiconComponent:
    """A component whose behaviour is driven by a JSON lexicon it can save.

    Subclasses set ``default_lexicon`` (a file in ``claimkit/lexicons``) and
    implement ``process(doc)``. An exception in ``process`` marks the doc as
    failed (``doc._.ck_failure``) instead of aborting the whole ``nlp.pipe``
    stream; the batch runner turns it into a failure row.
    """

    default_lexicon = ""

    def __init__(self, name: str, *, lexicon: str | None = None) -> None:
        install_extensions()
        self.name = name
        self.lexicon: dict[str, Any] = load_lexicon(lexicon, self.default_lexicon)
        self._compile()

    def _compile(self) -> None:
        """Build lookup structures from ``self.lexicon``."""

    def process(self, doc: Doc) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def __call__(self, doc: Doc) -> Doc:
        if doc._.ck_failure is not None:
            return doc
        try:
            self.process(doc)
        except Exception as err:
            self.fail(doc, err)
        return doc

    def fail(self, doc: Doc, err: Exception) -> None:
        """Log ``err`` (raised while processing ``doc``) and mark the doc failed."""
        logger.exception("component %s failed on a document", self.name)
        record_failure(doc, self.name, err)

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 128) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Any]] | None = None,
        *,
        nlp: Any = None,
        lexicon: str | None = None,
    ) -> None:
        """Load a lexicon file in place of the packaged one."""
        if lexicon is not None:
            self.lexicon = load_lexicon(lexicon, self.default_lexicon)
            self._compile()

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        def write(p: Path) -> None:
            p.write_text(json.dumps(self.lexicon, indent=1, sort_keys=True))

        util.to_disk(path, {LEXICON_FILE: write}, exclude)

    def from_disk(
        self, path: str | Path, *, exclude: Iterable[str] = ()
    ) -> LexiconComponent:
        def read(p: Path) -> None:
            if p.exists():
                self.lexicon = load_lexicon(p, self.default_lexicon)
                self._compile()

        util.from_disk(path, {LEXICON_FILE: read}, exclude)
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return util.to_bytes(
            {LEXICON_FILE: lambda: json.dumps(self.lexicon).encode("utf-8")}, exclude
        )

    def from_bytes(
        self, data: bytes, *, exclude: Iterable[str] = ()
    ) -> LexiconComponent:
        def read(b: bytes) -> None:
            self.lexicon = json.loads(b)
            self._compile()

        util.from_bytes(data, {LEXICON_FILE: read}, exclude)
        return self


def char_span_of(doc: Doc, start: int, end: int) -> dict[str, Any]:
    """Return a mention dict for ``doc.text[start:end]``."""
    return {"text": text_of(doc)[start:end], "start": start, "end": end}
