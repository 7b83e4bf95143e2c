"""A quote ck_quotes has found, while its rules work on it (see :mod:`.context`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass
class _Quote:
    start: int
    end: int
    form: str
    cue: Token | None = None
    cue_text: str | None = None
    speaker: tuple[int, int] | None = None
    entity: str | None = None
    paragraph: int = 0
    direct_start: bool = False
    mixed_verb: Token | None = None
    named: bool = False  # a title-cased name in marks ('"Van Wilder"'), no words said
    route: str = ""  # which rule found the speaker (for debugging and tests)
