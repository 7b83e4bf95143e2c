"""Name normalization for linking: the words two mentions are compared by.

Case, accents and Latin letters without a decomposition ("ø", "ł", "đ", "ß",
"æ", via anyascii), punctuation, possessives, initials ("U.S." -> "us"),
appositions ("Ford Motor Co., the carmaker"), corporate suffixes for ORG
("Inc", "Corp.", "plc", "Group") and titles for PERSON ("Dr", "Jr"). Other
scripts (Cyrillic, Greek, CJK, Arabic...) keep their own letters: a
romanization would make distinct names collide ("王毅" and "王义" are both
"WangYi"). Also the small predicates on normalized words the linking policy
uses (acronyms, coordinations, regional units).
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Container, Iterable, Sequence
from importlib import resources
from typing import Any

from anyascii import anyascii

from claimkit.text.lexicon import load_lexicon
from claimkit.text.names import load_places


def _read_lexicon() -> dict[str, Any]:
    path = resources.files("claimkit.lexicons").joinpath("linking.json")
    raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return raw


def _load_lexicon(raw: dict[str, Any]) -> dict[str, frozenset[str]]:
    return {
        key: frozenset(values) for key, values in raw.items() if type(values) is list
    }


def _load_surnames() -> frozenset[str]:
    path = resources.files("claimkit.lexicons").joinpath("surnames.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


_RAW = _read_lexicon()
_LEXICON = _load_lexicon(_RAW)
# Surnames of the 1990 US Census (scripts/build_surnames.py): "davies" and
# "davis" are two surnames, so neither is a misspelling of the other.
SURNAMES = _load_surnames()
ORG_SUFFIXES = _LEXICON["org_suffixes"]
PERSON_TITLES = _LEXICON["person_titles"]
PERSON_SUFFIXES = _LEXICON["person_suffixes"]
ACRONYM_STOPWORDS = _LEXICON["acronym_stopwords"]
# Words that introduce a name without saying who it is ("said", "Mr", "the").
DESCRIPTOR_STOPWORDS = _LEXICON["descriptor_stopwords"]
REGION_WORDS = _LEXICON["region_words"]
ORG_DESCRIPTORS = _LEXICON["org_descriptors"]
QUALIFIERS = _LEXICON["qualifiers"]
GENERIC_HEADS = _LEXICON["generic_heads"]
# Countries and the home nations: as an ORG, a national side or a government.
COUNTRIES = _LEXICON["countries"]
# Bodies that many countries have under one name ("Supreme Court", "Labour
# Party", "House of Commons"): the name says which only with the article's country.
NATIONAL_BODIES = _LEXICON["national_bodies"]
# Words that place an article in a country: its name, people, places, capital.
_COUNTRY_OF = {cue: code for code, cues in _RAW["country_cues"].items() for cue in cues}
_COUNTRY_CUE = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(sorted(map(re.escape, _COUNTRY_OF), key=len, reverse=True))
    + r")(?!\w)"
)
_COUNTRY_MIN = 3  # cues the article's country needs...
_COUNTRY_LEAD = 2  # ...and this many times the next country's
# Surnames of the 1990 US Census borne by at least 0.1% of people (via the
# PyPI package 'names'): "Chad Johnson" may be two people, "Ochocinco" not.
COMMON_SURNAMES = _LEXICON["common_surnames"]
# Common Chinese surnames in pinyin, which may stand first ("Liang Wenfeng")
# or last ("Wenfeng Liang") in English text.
CHINESE_SURNAMES = _LEXICON["chinese_surnames"]
# Words that make a region of a place: "East Midlands" is no team "Midlands".
PLACE_PREFIXES = _LEXICON["place_prefixes"]
# Familiar given names and the name they shorten ("larry" -> "lawrence"):
# "Larry Lessig" and "Lawrence Lessig" are filed under one first-last key.
NICKNAMES = dict(pair.split("=", 1) for pair in _LEXICON["nicknames"])
# Words that add nothing to an ORG name: "Micron Technology" is Micron,
# "Volkswagen AG" is Volkswagen; any other word makes another organization.
NON_DISTINGUISHING = ORG_DESCRIPTORS | ORG_SUFFIXES

_APOSTROPHES = {"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"}
_POSSESSIVE = re.compile(r"(?<=\w)\s*'s\b|(?<=s)'(?=\s|$)")
_INNER_AMPERSAND = re.compile(r"(?<=\w)&(?=\w)")
_NON_WORD = re.compile(r"[\W_]+")
_APPOSITION = re.compile(r"[(,;\[]")
_COORDINATION = re.compile(r"\band\b|&")
_NEWS_DIVISION = re.compile(r"(?:[Tt]he\s+)?([A-Z]{2,5})(?:'s)?\s+News")
_PLURAL_WORD = re.compile(r"(?<![\w'’-])[A-Za-z]+s(?![\w'’-])")
_DESCRIPTOR_CHARS = 48  # how far before a mention its introducing words are read
_DESCRIPTOR_WORDS = 3  # how many of them
_DESCRIPTOR_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# A sentence's end, a comma or a coordination ends what introduces a name:
# "Tony Blair and [Gordon Brown]" does not call Gordon Brown "Tony Blair".
_SENTENCE_CUT = re.compile(r"[.!?;:\"“”()\n&/]|, | and | or | with ")
_POSSESSIVE = re.compile(r"['’]s?$")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w’-])")


class _FoldTable(dict[int, str]):
    """A ``str.translate`` table: apostrophes to "'", Latin letters to ASCII.

    Filled as characters are met. A Latin letter that NFKD leaves non-ASCII
    ("ø", "ł", "đ", "æ", "þ") takes anyascii's form when that is ASCII letters
    or digits; any other character (another script, a symbol) stays as it is.
    """

    def __missing__(self, point: int) -> str:
        char = chr(point)
        folded = char
        if (
            point > 127
            and char.isalpha()
            and unicodedata.name(char, "").startswith("LATIN")
        ):
            ascii_form = anyascii(char).lower()
            if ascii_form.isascii() and ascii_form.isalnum():
                folded = ascii_form
        self[point] = folded
        return folded


_FOLD = _FoldTable({ord(mark): folded for mark, folded in _APOSTROPHES.items()})


def normalize_name(name: str, label: str | None = None) -> str:
    """Reduce a name to the form linking compares: lower case, bare words.

    Accents, punctuation, possessives and appositions go; Latin letters fold
    to ASCII ("Ørsted" -> "orsted"); runs of initials are joined ("U.S." ->
    "us"); with ``label="ORG"`` trailing corporate suffixes go ("NVIDIA
    Corp." -> "nvidia"), with ``label="PERSON"`` leading titles and trailing
    generational suffixes ("Dr. Regina Benjamin, MD" -> "regina benjamin").
    The last word is never stripped.
    """
    return " ".join(label_tokens(base_tokens(name), label))


def base_tokens(name: str) -> list[str]:
    """Return the words of a name with the label-independent normalization."""
    if name.isascii():
        text = name.lower().replace("`", "'")
    else:
        text = unicodedata.normalize("NFKD", name)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
        text = text.casefold().translate(_FOLD)
    cut = _APPOSITION.search(text)
    if (
        cut is not None
        and any(ch.isalnum() for ch in text[: cut.start()])
        and not _COORDINATION.search(text[cut.start() :])
    ):
        text = text[: cut.start()]  # "Ford, the carmaker" but not "GM, Ford and VW"
    text = _INNER_AMPERSAND.sub("", text).replace("&", " and ")
    text = _POSSESSIVE.sub("", text).replace("'", "")
    tokens = _join_initials(_NON_WORD.sub(" ", text).split())
    if len(tokens) > 1 and tokens[0] == "the":
        tokens = tokens[1:]
    return tokens


def label_tokens(tokens: Sequence[str], label: str | None) -> list[str]:
    """Strip corporate suffixes (ORG) or titles and suffixes (PERSON) from words."""
    tokens = list(tokens)
    if label == "ORG":
        while len(tokens) > 1 and tokens[-1] in ORG_SUFFIXES:
            tokens.pop()
        if len(tokens) > 2 and tokens[-1] == "and" and tokens[-2] != "and":
            tokens.pop()  # "Johnson & Johnson & Co" leaves a dangling "and"
    elif label == "PERSON":
        # "U.S. President Barack Obama", "Ford CEO Alan Mulally": the name
        # follows the last title word.
        titles = [i for i, token in enumerate(tokens[:-1]) if token in PERSON_TITLES]
        if titles and tokens[titles[-1] + 1] not in ACRONYM_STOPWORDS:
            tokens = tokens[titles[-1] + 1 :]
        while len(tokens) > 1 and tokens[-1] in PERSON_SUFFIXES:
            tokens.pop()
    return tokens


def _join_initials(tokens: list[str]) -> list[str]:
    """Join runs of single characters: ["u", "s", "steel"] -> ["us", "steel"]."""
    out: list[str] = []
    run: list[str] = []
    for token in tokens:
        if len(token) == 1:
            run.append(token)
            continue
        if run:
            out.append("".join(run))
            run = []
        out.append(token)
    if run:
        out.append("".join(run))
    return out


def acronym(tokens: Iterable[str]) -> str:
    """Return the initials of the content words ("general motors" -> "gm")."""
    letters = [t[0] for t in tokens if t not in ACRONYM_STOPWORDS]
    return "".join(letters) if len(letters) >= 2 else ""


def acronyms(tokens: Sequence[str]) -> tuple[str, ...]:
    """Return the initials of a name, and its letters with a place's letters kept.

    "uk independence party" -> ("uip", "ukip"); "us air force" -> ("uaf",
    "usaf"): a place written as letters ("UK", "US", "EU") keeps them all in
    the short name.
    """
    plain = acronym(tokens)
    spelled = "".join(
        t if len(t) <= 3 and t in QUALIFIERS else t[0]
        for t in tokens
        if t not in ACRONYM_STOPWORDS
    )
    return (plain,) if spelled == plain or not plain else (plain, spelled)


def is_coordination(tokens: tuple[str, ...]) -> bool:
    """Say whether normalized tokens join several names ("gm and chrysler")."""
    return "and" in tokens[1:-1]


def is_unit(tokens: tuple[str, ...]) -> bool:
    """Say whether an ORG name names a regional unit ("ford australia")."""
    return any(token in REGION_WORDS for token in tokens[1:])


def qualifiers(tokens: Iterable[str]) -> frozenset[str]:
    """Return the place and nationality words of a name ("us senate" -> {"us"})."""
    return frozenset(token for token in tokens if token in QUALIFIERS)


def numbers_apart(a: Sequence[str], b: Sequence[str]) -> bool:
    """Say whether two near names differ in their numbers, which no typo does.

    "sky movies 1" / "sky movies" are a channel and its brand, "bbc radio 4" /
    "bbc radio 1" two stations ("formula 1" / "formula one" is missed too: a
    link lost rather than a wrong one).
    """
    only = (Counter(a) - Counter(b)) + (Counter(b) - Counter(a))
    return any(any(c.isdigit() for c in word) for word in only)


def plural_apart(a: Sequence[str], b: Sequence[str]) -> bool:
    """Say whether two names differ only in a word's plural, word for word.

    "court of appeals" (the US court) / "court of appeal" (the English one),
    "rolling stone" / "rolling stones"; but also "lib dem" / "lib dems": the
    same party. Such a pair is no misspelling and needs the context.
    """
    return (
        len(a) == len(b)
        and tuple(a) != tuple(b)
        and all(
            x == y or _singular(x) == _singular(y) for x, y in zip(a, b, strict=True)
        )
    )


def _singular(word: str) -> str:
    """Return ``word`` less a plural "s" ("appeals" -> "appeal"; "boss" stays)."""
    return word[:-1] if len(word) > 3 and word[-1] == "s" and word[-2] != "s" else word


def extends_plainly(short: Sequence[str], long: Sequence[str]) -> bool:
    """Say whether ORG ``long`` is ``short`` plus only non-distinguishing words.

    "micron technology" extends "micron" plainly; "mlb network" and "senate
    budget committee" add a distinguishing word and name another organization.
    """
    n = len(short)
    return (
        0 < n < len(long)
        and tuple(long[:n]) == tuple(short)
        and all(token in NON_DISTINGUISHING for token in long[n:])
    )


def is_nickname(token: str, long: Sequence[str]) -> bool:
    """Say whether a one-word ORG name is the distinctive last word of ``long``.

    "oilers" for "edmonton oilers", "cardinals" for "arizona cardinals"; never
    a generic head ("senate", "committee") or a descriptor ("technology"),
    nor the place a compass word qualifies ("midlands" in "east midlands"),
    nor a place at all ("newcastle" in "bbc newcastle", a station named
    after the city: "Newcastle" alone is the club or the city).
    """
    return (
        len(long) >= 2
        and long[-1] == token
        and long[-2] not in ACRONYM_STOPWORDS  # "Aguas de Barcelona", "Bank of X"
        and len(token) >= 4
        and token not in GENERIC_HEADS
        and token not in NON_DISTINGUISHING
        and token not in QUALIFIERS
        and not is_coordination(tuple(long))
        and not all(word in PLACE_PREFIXES for word in long[:-1])
        and token not in places()
    )


def is_junk(name: str) -> bool:
    """Say whether a recognized name is no name: it runs across lines or joins a list.

    "Wigan\n\nSunderland" spans two lines of a fixture list; "Dead, Oasis" is
    the end of one title and the next band in a list. Appositions ("Ford, the
    carmaker", "Sony Corp., Japan's biggest") and suffixes ("Kirin Co., Ltd.",
    "Ford, Jr.") are names.
    """
    if "\n" in name:
        return True
    if "," not in name:
        return False
    head, comma, rest = name.partition(",")
    if not comma or not head.strip():
        return False
    words = rest.split()
    if len(words) != 1 or not words[0][:1].isupper():
        return False
    word = _NON_WORD.sub("", words[0].lower())
    return word not in ORG_SUFFIXES and word not in PERSON_SUFFIXES


def news_division(name: str) -> str | None:
    """Return the broadcaster whose news a name is: "CBC News" -> "CBC".

    A broadcaster known by its letters is named by its news division ("told
    CBC News", "BBC News reported"); "Fox News", "Sky News" and "MLB Network"
    are channels of their own.
    """
    found = _NEWS_DIVISION.fullmatch(name.strip())
    return found.group(1) if found is not None else None


def descriptor_words(text: str, spans: Iterable[tuple[int, int]]) -> frozenset[str]:
    """Return the words that introduce a name in a text: what it calls the person.

    The last words before each mention in its sentence, lower case, possessives
    cut, honorifics and function words left out: "Shadow Home Secretary
    [David Davis]" gives "shadow", "home", "secretary"; "Coldplay's [Chris
    Martin]" gives "coldplay"; of lower-case words only roles count
    ("striker", "author"). Two articles that call a common name ("David
    Davis") by the same words are likely about the same person.
    """
    words: set[str] = set()
    for start, _ in spans:
        window = text[max(0, start - _DESCRIPTOR_CHARS) : start]
        before = _SENTENCE_CUT.split(window)[-1]
        for word in _DESCRIPTOR_WORD.findall(before)[-_DESCRIPTOR_WORDS:]:
            lower = _POSSESSIVE.sub("", word.lower())
            if lower in DESCRIPTOR_STOPWORDS or len(lower) < 2:
                continue
            if word[0].isupper() or lower in _role_words():
                words.add(lower)
    return frozenset(words)


@functools.cache
def _role_words() -> frozenset[str]:
    """Return the lower-case words that say what a person is ("striker", "author")."""
    titles = load_lexicon(None, "entities.json")["person_titles"]
    return frozenset(title.lower() for title in titles if title.islower())


def lower_words(text: str) -> frozenset[str]:
    """Return the words a text writes in lower case: the common words it uses."""
    return frozenset(_LOWER_WORD.findall(text))


def plural_words(text: str) -> frozenset[str]:
    """Return the singulars (lower case) of the words a text writes with an "s".

    "MPs", "DVDs", "DJs": a name the text also writes in the plural is a
    common noun ("an MP"), not a name.
    """
    return frozenset(word[:-1].lower() for word in _PLURAL_WORD.findall(text))


def given_key(token: str) -> str:
    """Return the formal given name a familiar one shortens ("larry" -> "lawrence")."""
    return NICKNAMES.get(token, token)


def other_order(tokens: Sequence[str], given: Container[str]) -> tuple[str, str] | None:
    """Return a Chinese name's two words in the other order, else None.

    "liang wenfeng" -> ("wenfeng", "liang") and back: one word is a Chinese
    surname and the other is neither one nor a given name of ``given`` nor a
    census surname, so "Wang Li" / "Li Wang" (two surnames) or "Jordan Lee"
    never qualify.
    """
    if len(tokens) != 2 or tokens[0] == tokens[1]:
        return None
    surnamed = [token in CHINESE_SURNAMES for token in tokens]
    if sum(surnamed) != 1:
        return None
    other = tokens[surnamed.index(False)]
    if len(other) < 3 or not other.isalpha() or other in given or other in SURNAMES:
        return None
    return tokens[1], tokens[0]


def article_countries(text: str) -> tuple[str | None, frozenset[str]]:
    """Return the country a text is about, if clear, and every country it names.

    The country whose cues (its name and nationality, capital and main places,
    best-known leaders) the text writes most: at least three times, and twice
    as often as any other: "a Washington group ... American ... US" is "us";
    an article that names Britain and the US alike is about neither.
    """
    counts = Counter(_COUNTRY_OF[cue] for cue in _COUNTRY_CUE.findall(text))
    ranked = counts.most_common(2)
    named = frozenset(counts)
    if not ranked or ranked[0][1] < _COUNTRY_MIN:
        return None, named
    if len(ranked) > 1 and ranked[0][1] < _COUNTRY_LEAD * ranked[1][1]:
        return None, named
    return ranked[0][0], named


@functools.cache
def places() -> frozenset[str]:
    """Return the place names of the lexicon (lower case), read once."""
    return load_places()
