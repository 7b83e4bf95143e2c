"""People described by their role: 'the chancellor', 'the Tory leader'.

An article names a person once with a title ('Tory leader Ann Ray') or an
apposition ('Ann Ray, the Tory leader,') and then writes the role alone. The
quote speakers and the pronoun resolver both need to know whom such a
description means; these checks are shared by both and need no model.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# a definite description: 'the chancellor', 'The Tory leader'
_DEFINITE = re.compile(r"^the\s+([A-Za-z][A-Za-z' -]{1,40})$", re.I)
# words that make a title before a name another role: 'shadow chancellor Ann Ray'
_ROLE_MODIFIERS = frozenset(
    {
        "former",
        "ex",
        "shadow",
        "deputy",
        "vice",
        "acting",
        "assistant",
        "junior",
        "then",
        "late",
        "interim",
        "outgoing",
        "incoming",
        "new",
        "future",
        "would-be",
    }
)

ROLE_MODIFIERS = _ROLE_MODIFIERS

# a possessive pronoun before a title is no word of it: 'His mother Ann Ray'
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its", "my", "our", "your"})

# capitalized words ending in -ed that open names, not participles
_NOT_PARTICIPLES = frozenset({"united", "federated", "associated", "allied"})

# abbreviated titles as the role they stand for: 'Sen. Ann Ray' is 'the senator'
_ABBREVIATIONS = {
    "sen.": "senator",
    "gov.": "governor",
    "rep.": "representative",
    "gen.": "general",
    "col.": "colonel",
    "capt.": "captain",
    "lt.": "lieutenant",
    "sgt.": "sergeant",
    "adm.": "admiral",
    "atty.": "attorney",
    "supt.": "superintendent",
    "insp.": "inspector",
    "det.": "detective",
    "prof.": "professor",
    "amb.": "ambassador",
}


def role_of(words: str) -> str | None:
    """The role a definite description gives, lower-cased: 'the Tory leader'
    -> 'tory leader'; None for anything else ('a leader', 'Tory leaders said')."""
    match = _DEFINITE.match(words.strip())
    if match is None:
        return None
    return " ".join(match[1].lower().split()) or None


def titled(text: str, name_start: int, role: str) -> bool:
    """``role`` is the title right before the name at ``name_start``.

    Only words of the name's own line count: a headline's last word above
    'Tory leader Ann Ray' is no part of the title.
    """
    before = text[max(0, name_start - 80) : name_start]
    before = before[before.rfind("\n") + 1 :]
    words = before.split()
    size = len(role.split())
    title = [_ABBREVIATIONS.get(w.lower(), w.lower()) for w in words[-size:]]
    if len(words) < size or " ".join(title) != role:
        return False
    if not before[-1:].isspace():
        return False
    if len(words) == size:
        return True
    previous = words[-size - 1]
    if previous[-1:] in '.?!:;,"\u201d':
        return True  # the title opens a sentence
    if _participle_opening(words[: -size - 1], previous):
        return True  # 'Sacked MP Ann Ray': 'Sacked' is no part of the title
    if previous.lower().strip("-") in _ROLE_MODIFIERS:
        return False
    if previous.lower() in _POSSESSIVE_PRONOUNS:
        return True  # 'His mother Ann Ray', capitalized only as it opens a sentence
    # 'Labour's chancellor', 'Tory leader': another word of the title (a
    # capitalized word, a possessive) makes it another role than the bare one
    return not (previous[:1].isupper() or previous.endswith(("'s", "\u2019s")))


def _participle_opening(earlier: list[str], word: str) -> bool:
    """``word`` is a capitalized participle opening its sentence ('Sacked',
    'Jailed', 'Disgraced' of 'Sacked MP Ann Ray'), ``earlier`` the words of
    its line before it; 'United' is a name's."""
    opens = not earlier or earlier[-1][-1:] in '.?!:;"\u201d'
    return (
        opens
        and len(word) > 4
        and word[:1].isupper()
        and word[1:].islower()
        and word.endswith("ed")
        and word.lower() not in _NOT_PARTICIPLES
    )


def apposed(text: str, name_end: int, role: str) -> bool:
    """``role`` is in apposition right after the name ending at ``name_end``."""
    after = text[name_end : name_end + 80]
    pattern = r",\s+the\s+" + r"\s+".join(map(re.escape, role.split())) + r"[,.;:)]"
    return re.match(pattern, after, re.I) is not None


def titled_person(
    text: str, role: str, named: Iterable[tuple[int, int, str]]
) -> str | None:
    """The one entity among ``named`` mentions (start, end, id) given ``role``
    as a title (:func:`titled`) or in apposition (:func:`apposed`); None when
    nobody or several were."""
    found = titled_people(text, role, named)
    return found.pop() if len(found) == 1 else None


def titled_people(
    text: str, role: str, named: Iterable[tuple[int, int, str]]
) -> set[str]:
    """Every entity among ``named`` mentions (start, end, id) given ``role``
    as a title or in apposition."""
    return {
        entity
        for start, end, entity in named
        if titled(text, start, role) or apposed(text, end, role)
    }
