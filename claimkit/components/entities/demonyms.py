"""Words for a nationality or its people: "American", "Spaniard", "Briton".

Used to cut a nationality off a person's name ("Frenchman Gilles Simon",
"American Dent") and to drop one standing alone ("the Dane") or in a phrase
that names a people ("South African", "Anglo-Dutch", "Florida Latino").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from claimkit.text.lexicon import load_lexicon

_DEMONYM_ENDINGS = ("an", "ese", "ish")
# Nouns for a nationality's people that no ending gives away: "Briton Tim
# Henman", "Frenchman Gilles Simon", "the Spaniard" (lexicon entities.json).
DEMONYM_NOUNS: frozenset[str] = frozenset(
    load_lexicon(None, "entities.json")["demonym_nouns"]
)


def is_demonym(text: str, demonyms: set[str] | frozenset[str]) -> bool:
    """A word for a nationality or its people: "American", "Spaniard",
    "Belgian" (a capitalized word ending like one, longer than four letters)."""
    return (
        text in demonyms
        or text in DEMONYM_NOUNS
        or (
            text.istitle()
            and text.isalpha()
            and len(text) > 4  # not "San Diego"
            and text.endswith(_DEMONYM_ENDINGS)
        )
    )


_COMPASS = {"North", "South", "East", "West", "Central", "Northern", "Southern"}


def nationality_phrase(
    span: Span,
    words: list[Token],
    demonyms: set[str] | frozenset[str],
    place: Callable[[Span], bool],
) -> bool:
    """A phrase that names a people, no person or organization: a noun for a
    nationality's people after a determiner ("the Briton", "the Dane's
    serve"), a compass point and a nationality ("South African"), two
    nationalities joined ("Anglo-Dutch", "Sino-Japanese") or a place before
    one before a noun ("Florida Latino voters"; ``place`` says whether a
    span is a place).
    ``words`` are the span's tokens that are no punctuation."""
    if len(words) == 1 and words[0].text in DEMONYM_NOUNS and _determined(span):
        return True
    if len(words) == 2 and words[0].text in _COMPASS and words[1].text in demonyms:
        return True
    if len(span) == 3 and span[1].text == "-" and not span[0].whitespace_:
        first, last = span[0].text, span[2].text
        if last in demonyms and first[:1].isupper() and first.endswith("o"):
            return True
    # Only before the noun it describes: "the Cleveland Indians" is a team.
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return (
        len(words) >= 2
        and after is not None
        and after.is_lower
        and after.pos_ == "NOUN"
        and is_demonym(words[-1].text, demonyms)
        and place(span[: words[-1].i - span.start])
    )


def _determined(span: Span) -> bool:
    """A determiner or a possessive stands right before the span."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    if before.pos_ == "DET" or before.tag_ in ("PRP$", "POS"):
        return True
    # "the 31-year-old Dane"
    return any(c.dep_ in ("det", "poss") for c in span.root.children)
