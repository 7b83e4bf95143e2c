"""The one place where claimkit declares its ``Doc`` extensions.

Values are plain JSON-like data (lists of dicts with character offsets), never
``Span`` objects or pydantic records, so that ``DocBin(store_user_data=True)``
and multiprocessing can carry them.
"""

from __future__ import annotations

from spacy.tokens import Doc

DOC_EXTENSIONS: tuple[str, ...] = (
    "ck_entities",
    "ck_quantities",
    "ck_quotes",
    "ck_claims",
    "ck_issues",
    "ck_failure",
)


def install_extensions() -> None:
    """Declare every ``doc._.ck_*`` extension once; never overwrite another's."""
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


_TEXT_KEY = "ck_text"


def text_of(doc: Doc) -> str:
    """Return ``doc.text``, computed once per Doc.

    ``Doc.text`` joins every token on each access; the components and the
    record builder all need it, so the first caller keeps it in
    ``doc.user_data`` (checked against the Doc's length, so a stale copy is
    never used).
    """
    cached = doc.user_data.get(_TEXT_KEY)
    if (
        isinstance(cached, str)
        and len(doc)
        and len(cached) == doc[-1].idx + len(doc[-1].text_with_ws)
    ):
        return cached
    text = doc.text
    doc.user_data[_TEXT_KEY] = text
    return text


def remember_text(doc: Doc, text: str) -> Doc:
    """Keep ``text``, the string ``doc`` was tokenized from, as its text: the
    tokenizer loses no character, so :func:`text_of` need not join tokens."""
    doc.user_data[_TEXT_KEY] = text
    return doc


def forget_text(doc: Doc) -> None:
    """Drop the cached text (before a Doc is stored or serialized)."""
    doc.user_data.pop(_TEXT_KEY, None)


def issues_of(doc: Doc) -> list[str]:
    """Return the doc's issue list, creating it on first use."""
    issues = doc._.ck_issues
    if issues is None:
        issues = []
        doc._.ck_issues = issues
    elif isinstance(issues, tuple):
        issues = list(issues)
        doc._.ck_issues = issues
    return issues


def record_failure(doc: Doc, stage: str, err: Exception) -> None:
    """Mark the doc as failed in ``stage``; the batch writes a failure row for it."""
    doc._.ck_failure = {"stage": stage, "error": f"{type(err).__name__}: {err}"}
