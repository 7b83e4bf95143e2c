"""Acronyms that the text spells out in lower case: terms, not names.

A writer spells an organization's acronym out in capitals ("the National
Health Service (NHS)"); an acronym spelled out in lower case is a term of a
field ("RSS (really simple syndication)", "other-initiated repair (OIR)",
"HD [high-definition]"), which the recognizer often types ORG. The test is
the spelling alone: the initials of the lower-case words beside the bracket
are the acronym's letters.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

_OPEN = {"(": ")", "[": "]"}
_SMALL = frozenset({"of", "the", "and", "for", "to", "in", "on", "a", "an", "over"})


def spelled_in_lower_case(span: Span, terms: frozenset[str]) -> bool:
    """The span is an acronym its text spells out in lower-case words
    (``terms``: :func:`lower_case_acronyms` of its Doc)."""
    return len(span) == 1 and span.text in terms


def lower_case_acronyms(doc: Doc, texts: Sequence[str] | None = None) -> frozenset[str]:
    """The acronyms of ``doc`` spelled out in lower case beside a bracket:
    "words (ACR)" or "ACR (words)" (``texts``: the doc's token texts, when
    the caller has them). Read once per Doc by the caller (nothing is kept
    on the Doc, which must stay serializable)."""
    return frozenset(_find(doc, [t.text for t in doc] if texts is None else texts))


def _find(doc: Doc, texts: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for i, text in enumerate(texts):
        close = _OPEN.get(text)
        if close is None or not 0 < i < len(doc) - 1:
            continue
        inside = doc[i + 1]
        if (
            _acronym(inside)
            and i + 2 < len(doc)
            and texts[i + 2] == close
            and _spells(_initials(_words_before(doc, i)), inside.text, end=True)
        ):
            found.add(inside.text)
        before = doc[i - 1]
        if _acronym(before) and _spells(
            _initials(_words_after(doc, i + 1)), before.text, end=False
        ):
            found.add(before.text)
    return found


def _acronym(token: Token) -> bool:
    """Two to six letters, two of them or more capitals: "RSS", "CoM"."""
    text = token.text
    return (
        2 <= len(text) <= 6 and text.isalpha() and sum(c.isupper() for c in text) >= 2
    )


def _plain(token: Token) -> bool:
    """A lower-case word, or a hyphen inside one ("other-initiated")."""
    return (token.is_lower and token.is_alpha) or token.text == "-"


def _words_before(doc: Doc, i: int) -> list[Token]:
    """The lower-case words (and hyphens) right before position ``i``."""
    words: list[Token] = []
    j = i - 1
    while j >= 0 and _plain(doc[j]) and len(words) < 10:
        words.insert(0, doc[j])
        j -= 1
    return words


def _words_after(doc: Doc, i: int) -> list[Token]:
    """The lower-case words (and hyphens) from position ``i`` on."""
    words: list[Token] = []
    j = i
    while j < len(doc) and _plain(doc[j]) and len(words) < 10:
        words.append(doc[j])
        j += 1
    return words


def _initials(words: list[Token]) -> list[str]:
    """The first letter of each word; small words give an empty one."""
    return ["" if w.text in _SMALL else w.text[0] for w in words if w.text != "-"]


def _spells(initials: list[str], acronym: str, *, end: bool) -> bool:
    """The acronym's letters are the initials of the words nearest it (those
    that end the run before it when ``end``, else those that open the run
    after it), small words skipped."""
    letters = acronym.lower()
    run = initials[::-1] if end else initials
    want = letters[::-1] if end else letters
    got = ""
    for initial in run:
        if len(got) == len(want):
            break
        if not initial:
            continue
        got += initial
    return len(want) >= 2 and got == want
