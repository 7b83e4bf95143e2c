"""A label before a colon that names a topic, not a speaker (no state).

Headlines and broadcast credits set a name and a colon before quoted words.
In "Clinton on Iran: ..." the name before "on" (or "about", "over") speaks
and the topic after it never does; "A lesson from Ann Ray: ..." gives Ann
Ray's words; a name after another preposition ("Sunday with Adam Boulton:")
is no speaker at all. A section label ("Update:", "BreakingNews:", "Exclusive:")
names no one either. Used by :mod:`.colons` for a colon's introduction and by
the headline lines of :mod:`.context`.
"""

from __future__ import annotations

import re
from collections.abc import Container

from spacy.tokens import Doc, Span

# A label's "X on Y:" names Y as the topic and X as the speaker; "from X:" X.
_TOPIC_PREPS = frozenset({"on", "about", "over"})
_SOURCE_PREPS = frozenset({"from", "by"})
# 'BreakingNews' is 'breaking news'; '#Update' is 'update'
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def is_label(words: str, labels: Container[str]) -> bool:
    """The words before a colon are a section label, not a name.

    Compared in lower case after splitting a joined capitalized word
    ('BreakingNews') and dropping a hashtag or a leading 'the'; ``labels``
    holds the lexicon's lower-case labels ('update', 'breaking news').
    """
    text = _CAMEL.sub(" ", words.strip().lstrip("#")).lower()
    text = " ".join(text.split())
    if text.startswith("the "):
        text = text[4:]
    return text in labels


def topic_of(doc: Doc, left: int, para_start: int) -> Span | None:
    """The names before a preposition that opens a label's last words.

    ``left`` is the first token of the label's last name and ``para_start``
    the character offset where its line begins. None when no preposition
    stands at ``left - 1`` or it is one of a source ("A lesson from Loretta
    Lynch:"); an empty span when the name is another preposition's ("Sunday
    with Adam Boulton:") or no name opens the line before a topic's "on"
    ("Lessons on Iran:"); else that name ("Clinton on Iran:").
    """
    if left < 1 or doc[left - 1].pos_ != "ADP":
        return None
    prep = doc[left - 1]
    if prep.lower_ in _SOURCE_PREPS:
        return None  # "A lesson from Loretta Lynch:": her words
    empty = doc[left:left]
    if prep.lower_ not in _TOPIC_PREPS or prep.i < 1:
        return empty
    end = prep.i
    start = end
    while start - 1 >= 0 and doc[start - 1].pos_ == "PROPN":
        start -= 1
    if start == end or doc[start].idx != para_start:
        return empty
    return doc[start:end]
