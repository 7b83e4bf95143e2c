"""Looser forms of one name within an article, tried when no plain short form fits.

Word-level tests on name keys (lower case, possessive and a leading "the"
dropped) that :mod:`.clusters` applies last, and only where a single name of
the same type fits: a shortened word ("man utd" of "manchester united", "fed"
of the "us federal reserve"), the first part of a hyphenated name
("mercedes" of "mercedes-benz"), the same words in another order, a party's
plural ("conservatives"), initials before a kept head ("pcs union"), and the
article's own misspelling of a long name ("iliaronov", "abd" for a defined
"adb"). Precision first: two candidates, a short word or a word of the
dictionary's kind ("air" of "airways") join nothing. Forms written in brackets
after a name ("PricewaterhouseCoopers (PwC)") are found here too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from claimkit.components.entities.cues import agency_dateline
from claimkit.components.entities.forms import _COUNTRY_PREFIXES
from claimkit.linking.normalize import GENERIC_HEADS

if TYPE_CHECKING:
    from spacy.tokens import Span

    from claimkit.components.entities.mentions import _Name

_SMALL = {"of", "the", "and", "for", "&"}
# Particles of a foreign name that no acronym spells: "Avions de Transport
# Regional" is ATR.
_NAME_PARTICLES = {"de", "du", "des", "la", "le", "der", "von", "van", "di", "da"}
_MIN_FUZZY = 8  # letters: "Johnson" and "Johnston" may be two people


def initials(words: list[str]) -> str:
    """The first letters of a name's words, small words and particles left out."""
    significant = [w for w in words if w not in _SMALL and w not in _NAME_PARTICLES]
    return "".join(w[0] for w in significant if w[:1].isalpha())


def loose_target(
    key: str,
    label: str,
    group_label: dict[str, str],
    acronyms: AcronymsOf,
    joint: set[str] | frozenset[str] = frozenset(),
) -> list[str]:
    """The one group of ``label`` that ``key`` names by a looser form, if one."""
    if label not in ("PERSON", "ORG") or key in joint:
        return []
    test = _person_forms if label == "PERSON" else _org_forms
    found = [
        full
        for full, other in group_label.items()
        if other == label
        and full != key
        and full not in joint
        and test(key, full, acronyms)
    ]
    return found if len(found) == 1 else []


def joint_names(names: Iterable[str]) -> set[str]:
    """Organizations that join two of the article's with a hyphen: "Gazprom-Rosneft"
    and "Fiat-GM" beside "Rosneft" and "GM" (not "Mercedes-Benz")."""
    keys = set(names)
    return {
        k for k in keys if any(p in keys for w in k.split() for p in w.split("-")[1:])
    }


AcronymsOf = Callable[[list[str]], set[str]]


def promote(
    key: str,
    old: str,
    spans: list[Span],
    groups: dict[str, list[Span]],
    group_label: dict[str, str],
    index: dict[str, list[str]],
) -> None:
    """Make ``key`` the group of ``old``, its shorter form seen first."""
    groups[key] = [*groups.pop(old), *spans]
    group_label[key] = group_label.pop(old)
    for found in index.values():
        found[:] = [key if k == old else k for k in found]


def initials_and_surname(span: Span) -> bool:
    """A person's initials and surname: "JP McManus", "J.K. Rowling"."""
    words = [t.text for t in span if t.text != "."]
    surname = words[1] if len(words) == 2 else ""
    if not (surname[:1].isupper() and surname[1:2].islower() and surname.isalpha()):
        return False  # "McManus", not "JP MORGAN"
    letters = words[0].replace(".", "")
    return 2 <= len(letters) <= 3 and letters.isalpha() and letters.isupper()


def spelled_in_brackets(key: str, full: str | None) -> bool:
    """A one-word form in brackets right after a name that opens with its
    letter, whatever the model called it: "Association of Payment Clearing
    Services (Apacs)"."""
    return full is not None and key[:1] == full[:1]


def without_models(key: str, targets: list[str]) -> list[str]:
    """Of two names "ATR" may stand for, the one it spells, not "ATR 72": a
    model's number after the short form makes a product, not its maker."""
    if len(targets) < 2:
        return targets
    kept = [
        t for t in targets if not (t.startswith(key + " ") and t.split()[-1].isdigit())
    ]
    return kept or targets


def _org_forms(key: str, full: str, acronyms: AcronymsOf) -> bool:
    words, f_words = key.split(), full.split()
    if len(words) == len(f_words) == 1 and hyphen_part(full, key):
        return True  # "Mercedes-Benz" after "Mercedes"
    if len(words) == len(f_words):
        return (
            _clipped_words(words, f_words)
            or _clipped_words(f_words, words)
            or _reordered(words, f_words)
            or _one_word_misspelt(words, f_words)
        )
    if len(words) > len(f_words):
        return False
    if len(words) == 1:
        return (
            _clipped_first_word(words[0], f_words)
            or hyphen_part(words[0], f_words[0])
            or _party_plural(words[0], f_words)
            or _transposed_acronym(words[0], acronyms(f_words))
        )
    # "pcs union" of the "public and commercial services union"
    return (
        len(words) == 2
        and words[-1] == f_words[-1]
        and len(f_words) > 2
        and words[0] in acronyms(f_words[:-1])
    )


def _person_forms(key: str, full: str, acronyms: AcronymsOf) -> bool:
    words, f_words = key.split(), full.split()
    if len(words) == 1 and len(f_words) > 1:
        # "Kilroy" of "Robert Kilroy-Silk", "Iliaronov" of "Andrei Illarionov"
        return (
            hyphen_part(words[0], f_words[-1])
            or _misspelt(words[0], f_words[-1])
            or _undoubled(words[0], f_words[-1])
        )
    if len(words) != len(f_words) or len(words) < 2:
        return False
    if words[:-1] == f_words[:-1]:
        return _misspelt(words[-1], f_words[-1]) or _undoubled(words[-1], f_words[-1])
    return (
        len(words) == 2
        and words[-1] == f_words[-1]
        and _given_name_forms(words[0], f_words[0])
    )


def _given_name_forms(a: str, b: str) -> bool:
    """Two ways to write one given name: "steve" and "steven" (one opening
    the other, three letters at least), "h" and "howard" (an initial), "sandy"
    and "sandra" (a pet form in -y or -ie on four letters of the name)."""
    short, long_ = sorted((a.rstrip("."), b.rstrip(".")), key=len)
    if not (short.isalpha() and long_.isalpha()) or short == long_:
        return False
    if len(short) == 1:
        return long_[0] == short
    stem = _PET_ENDING.sub("", short)
    return (len(short) >= 3 and long_.startswith(short)) or (
        stem != short and len(stem) >= 4 and long_.startswith(stem)
    )


_PET_ENDING = re.compile(r"(?:y|ie)$")


_MIN_UNDOUBLED = 5  # letters of the shorter spelling


def _undoubled(a: str, b: str) -> bool:
    """One spelling writes a doubled letter once: "Rodick" for "Roddick",
    "Philipoussis" for "Philippoussis" (never "Johnson" and "Johnston")."""
    short, long_ = sorted((a, b), key=len)
    if len(long_) != len(short) + 1 or len(short) < _MIN_UNDOUBLED:
        return False
    if not short.isalpha():
        return False
    for i in range(1, len(long_)):
        if long_[i] == long_[i - 1] and long_[:i] + long_[i + 1 :] == short:
            return True
    return False


def _contracted(short: str, word: str) -> bool:
    """``short`` is ``word`` written short: "utd" of "united", "intl" of
    "international" (first and last letters kept, the rest in order)."""
    if not (3 <= len(short) <= len(word) // 2 + 1 and short.isalpha()):
        return False  # "Orbs" is no contraction of "Orbis"
    if short[0] != word[0] or short[-1] != word[-1] or word.startswith(short):
        return False
    rest = iter(word[1:-1])
    return all(c in rest for c in short[1:-1])


def _clipped_words(short: list[str], full: list[str]) -> bool:
    """Word for word the same name, some words cut short, one at least
    contracted: "Man Utd" of "Manchester United"; never "Vexa Air" of "Vexa
    Airways", where the short word is a word of its own."""
    contracted = False
    for s, f in zip(short, full, strict=True):
        if s == f:
            continue
        if _contracted(s, f):
            contracted = True
        elif not (len(s) >= 3 and f.startswith(s) and len(f) >= len(s) + 3):
            return False
    return contracted


def _clipped_first_word(short: str, full: list[str]) -> bool:
    """ "Fed" of the "US Federal Reserve": the short form is the cut first word
    (a country before it left out) of a longer name."""
    words = full[1:] if full[0] in _COUNTRY_PREFIXES and len(full) > 2 else full
    first = words[0]
    return (
        len(words) >= 2
        and len(short) >= 3
        and short.isalpha()
        and short not in GENERIC_HEADS
        and first.startswith(short)
        and len(first) >= len(short) + 3
    )


def hyphen_part(short: str, word: str) -> bool:
    """ "Mercedes" of "Mercedes-Benz", "Kilroy" of "Kilroy-Silk"."""
    parts = word.split("-")
    return len(parts) > 1 and len(short) >= 3 and parts[0] == short


def _party_plural(short: str, full: list[str]) -> bool:
    """ "Conservatives" of the "Conservative Party"."""
    return len(full) == 2 and full[1] == "party" and short == full[0] + "s"


def _reordered(words: list[str], full: list[str]) -> bool:
    """The same three words or more in another order: "State Tobacco
    Administration Monopoly" of the "State Tobacco Monopoly Administration"."""
    return len(words) >= 3 and words != full and sorted(words) == sorted(full)


def _transposed_acronym(short: str, acronyms: Iterable[str]) -> bool:
    """ "ABD" written for the "ADB" a longer name spells: two letters swapped."""
    if not (3 <= len(short) <= 6 and short.isalpha()):
        return False
    swaps = {
        short[:i] + short[i + 1] + short[i] + short[i + 2 :]
        for i in range(len(short) - 1)
    }
    return any(a != short and a in swaps for a in acronyms)


def _one_word_misspelt(words: list[str], full: list[str]) -> bool:
    """One long word misspelt, the others the same: never "Deutsche Bank"
    and "Deutsche Bahn"."""
    diff = [(a, b) for a, b in zip(words, full, strict=True) if a != b]
    return len(diff) == 1 and _misspelt(*diff[0])


def _misspelt(a: str, b: str) -> bool:
    """Two spellings of one long name: one letter off (two in names of nine
    letters or more), first letter kept: "Iliaronov" and "Illarionov"."""
    if min(len(a), len(b)) < _MIN_FUZZY or a[0] != b[0] or a == b:
        return False
    if not (a.isalpha() and b.isalpha()):
        return False
    limit = 2 if min(len(a), len(b)) >= 9 else 1
    return _distance(a, b, limit) <= limit


def _distance(a: str, b: str, limit: int) -> int:
    """Edit distance (insert, delete, replace), stopping above ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            )
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def bracketed_short_forms(
    names: dict[str, _Name], places: frozenset[str] | set[str] = frozenset()
) -> dict[str, str]:
    """One-word names written in brackets right after a longer name.

    "PricewaterhouseCoopers (PwC)", "Columbia Management Advisors (CAM)": the
    bracketed form is the name's own short form, initials or not; a known
    place's is none ("LONDON (Reuters)", "New York (AFP)").
    """
    ends: dict[int, str] = {}
    datelines: set[int] = set()
    for key, name in names.items():
        for span in name.spans:
            ends[span.end] = key
            if agency_dateline(span):
                datelines.add(span.end)
    found: dict[str, str] = {}
    for key, name in names.items():
        if len(key.split()) != 1:
            continue
        for span in name.spans:
            doc = span.doc
            if (
                span.start >= 2
                and span.end < len(doc)
                and doc[span.start - 1].text == "("
                and doc[span.end].text == ")"
                and ends.get(span.start - 1, key) != key
                # "LONDON (Reuters) -": a dateline's agency is no short form
                # of the place.
                and ends[span.start - 1] not in places
                and span.start - 1 not in datelines
            ):
                found[key] = ends[span.start - 1]
                break
    return found


def org_of_short_form(
    key: str,
    bracketed: dict[str, str],
    groups: dict[str, list[Span]],
    group_label: dict[str, str],
) -> list[str]:
    """The organization a bracketed form or a generic head stands for.

    "the Commission" after "the European Commission" is that commission when
    the article names no other; "Senate" beside the "Senate Budget Committee"
    stays apart (its head is "committee").
    """
    full = bracketed.get(key)
    if full is not None:
        return [full] if group_label.get(full) == "ORG" else []
    if len(key.split()) != 1 or key not in GENERIC_HEADS:
        return []
    heads = [
        g
        for g, label in group_label.items()
        if label == "ORG" and len(g.split()) > 1 and g.split()[-1] == key
    ]
    return heads if len(heads) == 1 else []
