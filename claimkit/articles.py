"""From text to records: linear-time tokenization and Doc -> Article."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from claimkit.components._extensions import forget_text, remember_text, text_of
from claimkit.errors import Errors, ProcessingError
from claimkit.io import split_title
from claimkit.loading import cached_pipeline, model_label
from claimkit.records import Article

# spaCy's tokenizer strips prefixes and suffixes one at a time, which is
# quadratic in the length of a run such as 20,000 quote marks (minutes of
# work). Runs of non-space characters this long are never words of prose.
_LONG_RUN = re.compile(r"\S{200,}")
_RUN_PIECE = re.compile(r"\S{1,100}")


def make_doc(nlp: Language, text: str) -> Doc:
    """Tokenize ``text`` in time linear in its length.

    Ordinary text goes through ``nlp.tokenizer``. A run of 200 or more
    non-space characters (a flood of quote marks, a 300 KB token, a long run
    of digits and commas) is cut into tokens of 100 characters instead; the
    Doc's text is unchanged.
    """
    runs = [m.span() for m in _LONG_RUN.finditer(text)]
    if not runs:
        return remember_text(nlp.make_doc(text), text)
    pieces: list[Doc] = []
    pos = 0
    for start, end in runs:
        if start > pos:
            pieces.append(nlp.make_doc(text[pos:start]))
        words = _RUN_PIECE.findall(text[start:end])
        pieces.append(Doc(nlp.vocab, words=words, spaces=[False] * len(words)))
        pos = end
    if pos < len(text):
        pieces.append(nlp.make_doc(text[pos:]))
    doc = Doc.from_docs(pieces, ensure_whitespace=False)
    if doc.text != text:  # pragma: no cover - a bug here must not corrupt offsets
        raise ProcessingError(Errors.E032)
    return remember_text(doc, text)


def doc_to_article(
    doc: Doc,
    *,
    doc_id: str,
    source: str | None = None,
    encoding: str | None = None,
    issues: Sequence[str] = (),
    model: str | None = None,
) -> Article:
    """Turn a processed Doc into a validated Article record."""
    text = text_of(doc)
    forget_text(doc)
    quantity_claims = list(doc._.ck_claims or [])
    quote_claims = [{"type": "quote", **q} for q in doc._.ck_quotes or []]
    claims = sorted(
        quantity_claims + quote_claims, key=lambda c: (c["start"], c["end"], c["type"])
    )
    return Article.model_validate(
        {
            "doc_id": doc_id,
            "source": source,
            "title": split_title(text),
            "text": text,
            "entities": list(doc._.ck_entities or []),
            "claims": claims,
            "issues": [*issues, *(doc._.ck_issues or [])],
            "encoding": encoding,
            "model": model,
        }
    )


def extract(
    text: str,
    *,
    doc_id: str = "doc",
    nlp: Language | None = None,
    model: str | None = None,
) -> Article:
    """Extract one Article from a string.

    Without ``nlp`` the default pipeline (or ``model``) is loaded once and
    reused by later calls.

    Raises:
        ProcessingError: a claimkit component failed on this text (E030).
    """
    if nlp is None:
        nlp = cached_pipeline(model)
    doc = nlp(make_doc(nlp, text))
    failure = doc._.ck_failure
    if failure is not None:
        raise ProcessingError(
            Errors.E030.format(stage=failure["stage"], error=failure["error"])
        )
    return doc_to_article(doc, doc_id=doc_id, model=model_label(nlp))


def duplicate_article(
    *, doc_id: str, source: str | None, text: str, encoding: str | None, original: str
) -> Article:
    """Return the record written for a file whose text repeats ``original``'s."""
    return Article(
        doc_id=doc_id,
        source=source,
        title=split_title(text),
        text=text,
        encoding=encoding,
        issues=(f"duplicate of {original}: same text, not processed again",),
    )
