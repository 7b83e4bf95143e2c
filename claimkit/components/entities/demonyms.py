"""Words for a nationality or its people: "American", "Spaniard", "Briton".

Used to cut a nationality off a person's name ("Frenchman Gilles Simon",
"American Dent") and to drop one standing alone ("the Dane").
"""

from __future__ import annotations

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
