"""Word-level tests on names that the linking policy reads (no spaCy).

Whether one name's words are another's with words left out, misspelt or in a
familiar form, whether a person's name is common in both words, and whether
the lexicons make a one-word name ambiguous. :mod:`claimkit.linking.policy`
decides with them; :mod:`claimkit.linking.registry` and the entity joins reuse
two.
"""

from __future__ import annotations

import functools

from rapidfuzz.distance import OSA

from claimkit.linking.normalize import (
    COMMON_SURNAMES,
    COUNTRIES,
    GENERIC_HEADS,
    SURNAMES,
    given_key,
    places,
)
from claimkit.records import Entity
from claimkit.text.names import GivenNames

_LONG_WORD = 6  # letters from which a misspelt word may hold two slips
_COMMON_GIVEN = 0.05  # percent of people bearing a given name for it to be common


def _subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Say whether ``short`` is ``long`` with some words left out, in order."""
    words = iter(long)
    return all(word in words for word in short)


def _formal(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Return a person's name words with a familiar given name made formal."""
    return (given_key(tokens[0]), *tokens[1:])


def _misspelt(anchor: tuple[str, ...], tokens: tuple[str, ...]) -> bool:
    """Say whether person name ``tokens`` may be ``anchor`` misspelt, word by word."""
    if len(anchor) != len(tokens):
        return False
    last = len(tokens) - 1
    for i, (a, b) in enumerate(zip(anchor, tokens, strict=True)):
        if a == b:
            continue
        if a[:1] != b[:1]:
            return False
        if i == last and _slips(a, b) > (2 if min(len(a), len(b)) >= _LONG_WORD else 1):
            return False  # "mas" / "massu": another surname, not a slip of the hand
        if i == last and a in SURNAMES and b in SURNAMES:
            return False  # "davis" / "davies", "houston" / "huston"
        if i < last and a in _given() and b in _given():
            return False  # "natalie" / "nathalie"
    return True


def _slips(a: str, b: str) -> int:
    """Count the slips (a letter added, dropped, changed or swapped) from a to b."""
    return int(OSA.distance(a, b))


def _common_name(tokens: tuple[str, ...]) -> bool:
    """Say whether a person's two-word name is common in both words ("chad johnson")."""
    return (
        len(tokens) == 2
        and tokens[1] in COMMON_SURNAMES
        and _given().is_common(tokens[0], at_least=_COMMON_GIVEN)
    )


@functools.lru_cache(maxsize=1 << 16)
def _lexically_ambiguous(token: str, label: str) -> bool:
    """Say whether the lexicons make a one-word name ambiguous (see _ambiguous)."""
    return (
        token in places()
        or _given().is_common(token)  # "Bruno": a person read as an organization
        # "House", "Times"; "England" the football, rugby or cricket side
        or (label == "ORG" and (token in GENERIC_HEADS or token in COUNTRIES))
    )


@functools.cache
def _given() -> GivenNames:
    return GivenNames.load()


def _blanked(text: str, entities: tuple[Entity, ...]) -> str:
    """Return ``text`` with the entities' mentions left out."""
    spans = sorted((m.start, m.end) for entity in entities for m in entity.mentions)
    parts = []
    position = 0
    for start, end in spans:
        if start > position:
            parts.append(text[position:start])
        position = max(position, end)
    parts.append(text[position:])
    return " ".join(parts)
