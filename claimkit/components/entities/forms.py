"""When two organization names in one article are one organization's.

Word-level tests the clustering (:mod:`.clusters`) applies to name keys
(lower case, possessive and a leading "the" dropped): a country before a name
("us federal reserve"), a plural or shortened last word ("deluxe film(s)",
"gw pharma(ceuticals)"), a form that opens a longer one, and a head kept with
only qualifiers left out ("borders council" of the "scottish borders
council").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimkit.linking.normalize import extends_plainly

if TYPE_CHECKING:
    from spacy.tokens import Span

    from claimkit.components.entities.mentions import _Name
    from claimkit.components.entities.resolver import EntityResolver

_COUNTRY_PREFIXES = {"us", "uk", "eu", "un", "american", "british", "european"}
_CONNECTORS = {"to", "of", "and", "for", "the", "in", "on", "at", "&", "with", "a"}


_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")  # as spans' (which imports this module)
_QUALIFIERS = {"national", "local", "regional", "federal", "state", "royal"}


def _qualifier(word: str, resolver: EntityResolver) -> bool:
    """A word that adds where or what kind, not which: "Scottish", "US",
    "Local", "Department", "for"."""
    return (
        word in _CONNECTORS
        or word in _COUNTRY_PREFIXES
        or word in _QUALIFIERS
        or word in resolver.places
        or word.title() in resolver.demonyms
        or word.title() in resolver.of_heads
    )


def _in_order(short: list[str], full: list[str]) -> bool:
    """Every word of ``short`` stands in ``full``, in the same order."""
    rest = iter(full)
    return all(word in rest for word in short)


def _opens(short: str, full: str) -> bool:
    words = short.split()
    return full.split()[: len(words)] == words


def _variant(key: str, other: str) -> bool:
    """Two names of two words or more that differ only in their last word's
    ending: "Deluxe Film" and "Deluxe Films", "GW Pharma" and "GW
    Pharmaceuticals", a plural "s" after a short word ("Lib Dem", "Lib
    Dems")."""
    words, others = key.split(), other.split()
    if len(words) < 2 or len(words) != len(others) or words[:-1] != others[:-1]:
        return False
    short, full = sorted((words[-1], others[-1]), key=len)
    if len(short) == 3 and full == short + "s":
        return True  # "Lib Dem" and "Lib Dems"
    return short != full and len(short) >= 4 and full.startswith(short)


_CLUB_ENDINGS = (["fc"], ["afc"], ["rfc"], ["cf"])  # "Newry" is Newry FC


def named_alone_first(name: _Name, full: str, spans: list[Span]) -> bool:
    """Say whether a one-word organization is another than the fuller name.

    When the body names "Liverpool", "Sony" or "Samsung" alone before it
    names "Liverpool Echo", "Sony Computer Entertainment America" or "Samsung
    Biologics", the reader has met the short name as an organization of its
    own, and the fuller one is another (a paper, a unit, a subsidiary). A
    fuller name that only adds a legal suffix or a descriptor ("Samsung
    Electronics Co.", "Southwest Airlines", "Labour Party") is the same one
    whatever the order, and so is a fuller name the headline gave first.
    """
    short = _POSSESSIVE.sub("", name.spans[0].text).lower()
    rest = [w.lower().strip(".,") for w in full.split()]
    if (
        rest[0] != short  # an acronym, a nickname: not this question
        or rest[1:] in (["party"], *_CLUB_ENDINGS)
        or extends_plainly((short,), rest)
    ):
        return False
    text = name.spans[0].doc.text
    title_end = text.find("\n") if "\n" in text.strip() else -1
    # "Northrop" that the recognizer cut from "Northrop Grumman" is no name alone
    tail = " " + " ".join(full.split()[1:])
    body = [
        sp.start_char
        for sp in name.spans
        if sp.start_char > title_end
        and text[sp.end_char : sp.end_char + len(tail)].lower() != tail
    ]
    return bool(body) and bool(spans) and min(body) < min(sp.start_char for sp in spans)
