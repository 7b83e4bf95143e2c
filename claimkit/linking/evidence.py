"""Evidence within one article that a short name stands for a full name.

An acronym or other short name links across documents only when an article
defines it; this module finds those definitions in one article's records
(no spaCy):

- a parenthesized short name right after a full name, or the other way round:
  "the Federal Reserve (Fed)", "Volkswagen AG (VW)", "GM (General Motors)";
- an all-capital acronym whose letters are the initials of exactly one full
  name of the same label in the article: "General Motors" ... "GM";
- the same two patterns among the mentions of one entity, when the pipeline
  has already clustered "GM" with "General Motors".

What is found here becomes a learned alias of the linked entity, kept in the
registry (``LinkedEntity.learned_aliases``), so later articles that use the
short name alone link to it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from claimkit.linking.normalize import acronyms, is_coordination
from claimkit.records import Article, Entity

Tokens = Callable[[str, str], tuple[str, ...]]

_OPEN = re.compile(r"\(\s*$")
_CLOSE = re.compile(r"^\s*\)")
_MAX_SHORT = 8  # letters in a defined short name ("Fed", "VW", "NASDAQ")
_WINDOW = 4  # characters looked at around a mention for the brackets


@dataclass(slots=True)
class Definitions:
    """What one article defines: short entity -> full entity, and aliases."""

    short_of: dict[int, int] = field(default_factory=dict)
    aliases: dict[int, list[str]] = field(default_factory=dict)


def looks_like_acronym(name: str) -> bool:
    """Say whether a name is written as an acronym: 2-6 letters, all capitals."""
    if not name.isupper():  # most names: one C call
        return False
    letters = [ch for ch in name if ch.isalpha()]
    return 2 <= len(letters) <= 6 and all(ch.isupper() for ch in letters)


def abbreviates(short: str, full: str) -> bool:
    """Say whether ``short``'s letters begin ``full`` and run through it in order.

    A parenthesized definition needs no more than this: "Fed" for "Federal
    Reserve", "VW" for "Volkswagen", "S&P" for "Standard & Poor's".
    """
    letters = [ch for ch in short.lower() if ch.isalnum()]
    text = full.lower()
    if not 2 <= len(letters) <= _MAX_SHORT or not text or text[0] != letters[0]:
        return False
    position = 0
    for letter in letters:
        position = text.find(letter, position) + 1
        if position == 0:
            return False
    return True


def find_definitions(article: Article, tokens_of: Tokens) -> Definitions:
    """Return the short names ``article`` defines for its full names."""
    found = Definitions()
    entities = article.entities
    if len(entities) > 1 and article.text:
        _parenthesized(article.text, entities, found)
    _initials(entities, tokens_of, found)
    for i, entity in enumerate(entities):
        if len(entity.mentions) > 1:
            _within(article.text, entity, tokens_of, found.aliases.setdefault(i, []))
    for i, j in found.short_of.items():
        found.aliases.setdefault(j, []).append(entities[i].name)
    return found


def _parenthesized(text: str, entities: Sequence[Entity], found: Definitions) -> None:
    """ "Federal Reserve (Fed)" and "GM (General Motors)" between two entities."""
    ends: dict[int, int] = {}
    for i, entity in enumerate(entities):
        for mention in entity.mentions:
            ends[mention.end] = i
    for i, entity in enumerate(entities):
        for mention in entity.mentions:
            before = text[max(0, mention.start - _WINDOW) : mention.start]
            opened = _OPEN.search(before)
            if opened is None or not _CLOSE.match(text[mention.end :][:_WINDOW]):
                continue
            outer = ends.get(
                len(text[: mention.start - len(before) + opened.start()].rstrip())
            )
            if outer is None or outer == i or entities[outer].label != entity.label:
                continue
            inner_name, outer_name = mention.text, entities[outer].name
            if abbreviates(inner_name, outer_name) and len(inner_name) < len(
                outer_name
            ):
                found.short_of.setdefault(i, outer)
            elif abbreviates(outer_name, inner_name) and len(outer_name) < len(
                inner_name
            ):
                found.short_of.setdefault(outer, i)


def _initials(
    entities: Sequence[Entity], tokens_of: Tokens, found: Definitions
) -> None:
    """An acronym beside the one full name (same label) whose initials it is."""
    shorts = [
        (i, entity)
        for i, entity in enumerate(entities)
        if i not in found.short_of and looks_like_acronym(entity.name)
    ]
    if not shorts:
        return
    fulls: dict[tuple[str, str], list[int]] = {}
    for j, entity in enumerate(entities):
        tokens = tokens_of(entity.name, entity.label)
        if len(tokens) >= 2 and not is_coordination(tokens):
            for initials in acronyms(tokens):
                fulls.setdefault((entity.label, initials), []).append(j)
    for i, entity in shorts:
        tokens = tokens_of(entity.name, entity.label)
        if len(tokens) != 1:
            continue
        candidates = fulls.get((entity.label, tokens[0]), [])
        if len(candidates) == 1:
            found.short_of[i] = candidates[0]


def _within(text: str, entity: Entity, tokens_of: Tokens, aliases: list[str]) -> None:
    """Acronyms among one entity's own mentions: "General Motors (GM)", "GM"."""
    tokens = tokens_of(entity.name, entity.label)
    if len(tokens) < 2 or is_coordination(tokens):
        return
    initials = acronyms(tokens)
    ends = {mention.end for mention in entity.mentions}
    for mention in entity.mentions:
        short = mention.text
        if short == entity.name or short in aliases or len(short) > _MAX_SHORT + 2:
            continue
        if looks_like_acronym(short):
            letters = tokens_of(short, entity.label)
            if len(letters) == 1 and letters[0] in initials:
                aliases.append(short)
                continue
        before = text[max(0, mention.start - _WINDOW) : mention.start]
        opened = _OPEN.search(before)
        if (
            opened is not None
            and _CLOSE.match(text[mention.end :][:_WINDOW])
            and len(text[: mention.start - len(before) + opened.start()].rstrip())
            in ends
            and abbreviates(short, entity.name)
        ):
            aliases.append(short)
