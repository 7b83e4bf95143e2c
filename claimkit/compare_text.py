"""What a quantity claim's sentence says about its figure, for comparing.

The period it names ("2024", "last year"), the day a change happens on, a
supposition ("could face up to 85 years if convicted") and a person's age
("Mr Corran, 54,"): plain text tests on records, no spaCy. Used by
:mod:`claimkit.compare`, which re-exports them.
"""

from __future__ import annotations

import re

from claimkit.records import Entity, QuantityClaim

_YEAR = re.compile(r"\b(?:19[5-9]\d|20\d\d)\b")
_ORDINALS = {
    "first": "1",
    "1st": "1",
    "second": "2",
    "2nd": "2",
    "third": "3",
    "3rd": "3",
    "fourth": "4",
    "4th": "4",
}
_PART = re.compile(
    r"\b(first|second|third|fourth|1st|2nd|3rd|4th)[- ](quarter|half)\b"
    r"|\b([QH][1-4])\b",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    r"\b(last|this|next|previous|past) (year|quarter|month|week|financial year"
    r"|january|february|march|april|may|june|july|august|september|october"
    r"|november|december|spring|summer|autumn|winter)\b",
    re.IGNORECASE,
)
# Relative calendar years, as an offset from the publication year.
_YEAR_SHIFT = {"last year": -1, "this year": 0, "next year": 1}
_DAY = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|yesterday|today)\b",
    re.IGNORECASE,
)


def period_of(sentence: str, published: str | None) -> str:
    """The period a claim's sentence names, as a key: its years, quarters and
    halves ("2024,q4"), and relative periods ("last year"), dated by the
    publication year when known ("last month@2024"). A calendar year named
    relative to a known publication year is that year: "last year" in an
    article of 2025 is "2024", as an article that names 2024 says; "this
    year" and "next year" likewise ("the past year" is the twelve months
    before, no calendar year). Empty when it names none. Two claims are
    compared only when their periods are equal."""
    parts = set(_YEAR.findall(sentence))
    for match in _PART.finditer(sentence):
        if match.group(3):
            parts.add(match.group(3).lower())
        else:
            parts.add(match.group(2)[0].lower() + _ORDINALS[match.group(1).lower()])
    for match in _RELATIVE.finditer(sentence):
        phrase = f"{match.group(1).lower()} {match.group(2).lower()}"
        shift = _YEAR_SHIFT.get(phrase)
        if published and published[:4].isdigit() and shift is not None:
            parts.add(str(int(published[:4]) + shift))
        else:
            parts.add(f"{phrase}@{published[:4]}" if published else phrase)
    return ",".join(sorted(parts))


def day_of(sentence: str) -> str:
    """The day a change is said to happen on ("on Monday"), lower-case, or ""."""
    found = sorted({m.group(1).lower() for m in _DAY.finditer(sentence)})
    return ",".join(found)


# Words before a figure in its sentence that make it a supposition, not a
# report: "could face up to 85 years if convicted", "maybe when I have been
# managing for 20 years".
_HEDGE = re.compile(r"\b(if|unless|could|would|might|maybe|perhaps)\b", re.IGNORECASE)


def hedged(sentence: str, text: str) -> bool:
    """True when a word of supposition comes before the figure in its sentence."""
    at = sentence.find(text)
    return bool(_HEDGE.search(sentence, 0, at if at >= 0 else len(sentence)))


# An age as the records hold it: a duration in years written as a bare
# number ("Mr Corran, 54,") or as "54-year-old" ("Seventeen-year-old").
_AGE = re.compile(r"\d{1,3}|(?:\d{1,3}|[A-Za-z]+(?:-[a-z]+)?)(-year-old)")
# What may stand between the subject's name and its age, and after a bare
# age: "Corran, 54," "Corran (54)"; "Corran, a 54-year-old" and "the
# 54-year-old Corran".
_BARE_BEFORE = (", ", " (")
_BARE_AFTER = (",", ")", ";", ".")
_OLD_BEFORE = (", a ", ", the ", ", ")
# Mentions that are no name ("She, 61," starts a sentence with a capital).
_PRONOUNS = frozenset(
    {"i", "he", "she", "it", "we", "they", "you", "him", "her", "his", "its", "them"}
)


def age_of(claim: QuantityClaim, subject: Entity, text: str) -> int | None:
    """The subject's age when the claim states it next to the subject's name.

    Only the apposition beside a name counts ("Dana Corran, 54, said",
    "Corran (54)", "Corran, a 54-year-old banker", "the 54-year-old Corran"):
    a "54-year-old" whose person is found by coreference ("The 54-year-old
    said") or a figure a few words away may belong to someone else, and a
    wrong age group costs more than a missing one. A pronoun is no name, and
    only a person has an age here.

    Args:
        claim: a quantity claim; only a level duration in years qualifies.
        subject: the claim's subject entity, with its mentions.
        text: the article's text (the offsets of claim and mentions).

    Returns:
        The age in whole years, or None.
    """
    q = claim.quantity
    if subject.label != "PERSON":
        # "the 43-year-old Liverpool legend", "Le Matin, the 24-year-old
        # Swiss": beside an organization's name, an age is someone else's.
        return None
    if q.kind != "duration" or q.unit != "year" or q.change or q.value is None:
        return None
    if q.qualifier != "exact":
        return None
    match = _AGE.fullmatch(claim.text)
    if match is None:
        return None
    old = match.group(1) is not None
    after = text[claim.end : claim.end + 1]
    if not old and after not in _BARE_AFTER:
        return None
    for mention in subject.mentions:
        if not mention.text[:1].isupper() or mention.text.lower() in _PRONOUNS:
            continue
        if mention.end <= claim.start:
            between = text[mention.end : claim.start]
            fits = between in (_OLD_BEFORE if old else _BARE_BEFORE)
            if fits and (between != " (" or after == ")"):
                return int(q.value)
        elif old and mention.start == claim.end + 1 and text[claim.end] == " ":
            return int(q.value)
    return None


# A place named right after a figure: "40 turbines at its Dunlow wind farm",
# "2,000 staff in the UK". Names of months, days and quarters are periods,
# not places (period_of and day_of read them).
_SCOPE = re.compile(
    r"\s+(?:at|in)\s+(?:(?:its|the|their|his|her|our)\s+)?"
    r"([A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*)"
)
_TIMES = re.compile(
    r"(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december|monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday|q[1-4]|h[12])\b"
)


# The source of a level: "earned $5 million from the seminars".
_SOURCE = re.compile(r"\s+from\s+(?:its|the|their|his|her|our)\s+([a-z][a-z-]+)\b")


def scope_of(text: str, end: int, *, level: bool = True) -> str:
    """The place a figure is said to be at or in ("at its Dunlow wind farm":
    "dunlow"; "in the UK": "uk"), or for a level the source it comes from
    ("earned $5 million from the seminars": "seminars"), lower-case, or ""
    when none follows it.

    A figure of one place or source is a part of the whole ("2,000 staff in
    the UK" of "6,000 staff"), so figures compare only within one scope: the
    Dunlow farm's 40 and 55 turbines, but not a farm's turbines with the
    fleet's. After a change, "from the previous year" is its base, no source.

    Args:
        text: the article's text.
        end: where the figure ends in it.
        level: the figure is a level, not a change.
    """
    match = _SCOPE.match(text, end, end + 80)
    if match is not None:
        name = match.group(1).lower().rstrip(".")
        return "" if _TIMES.match(name) else name
    source = _SOURCE.match(text, end, end + 80) if level else None
    return source.group(1) if source is not None else ""


# A figure written in parentheses after a sum in another currency is the
# writer's conversion: "1.55bn euros ($2bn; £1.1bn)", "$10bn (£5.38bn)".
_CONVERSION = re.compile(
    r"\d(?:bn|m|k|p)?(?:\s+(?:billion|million|trillion))?"
    r"(?:\s+(?:euros?|pounds?|dollars?|yen|yuan|roubles?|rupees?|francs?|krona"
    r"|kronor|won|pesos?|(?:euro\s+)?cents?|pence))?"
    r"\s*\((?:[^()]*;\s*)?$",
    re.IGNORECASE,
)


def converted(text: str, start: int) -> bool:
    """True when the money figure at ``start`` is a conversion in parentheses
    of the sum written before it ("1.55bn euros ($2bn; £1.1bn)": the "$2bn"
    and the "£1.1bn"). Two articles convert one sum at different rates, so a
    conversion never makes a conflict (see :mod:`claimkit.compare`)."""
    return bool(_CONVERSION.search(text, max(0, start - 80), start))


# A figure after these words is an earlier or a compared value of the measure
# of the figure before it: "reached $3.4bn, up from $3.1bn a year earlier".
_EARLIER = re.compile(
    r"\b(?:from|against|versus|vs\.?|compared\s+(?:with|to))\s+"
    r"(?:(?:the|an?|just|only|about|around)\s+)?$",
    re.IGNORECASE,
)


def earlier_value(text: str, start: int) -> bool:
    """True when the figure at ``start`` gives another figure's earlier or
    compared value ("up from $3.1bn a year earlier", "compared with 10%"):
    it shares that figure's concept, but not the period its sentence names,
    so it is not compared (see :mod:`claimkit.compare`)."""
    return bool(_EARLIER.search(text, max(0, start - 40), start))
