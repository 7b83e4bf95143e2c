"""What stands at the edges of a name and whether it belongs to it.

A title that is also a common given name ("Dean") before a lone surname is
the person's given name ("Dean Jones"), not a title cut off; a role noun that
opens a sentence before a given name and surname ("Goalkeeper Ana Ruiz
saved") is no part of the name; a small number after a name is the name's own
("Maroon 5") only in prose, never at the end of a results line ("Leeds 2");
a name the recognizer cut short ("BBC" of "BBC Two") is read whole where the
article writes it whole elsewhere, or where a capitalized number word follows.
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

if TYPE_CHECKING:
    from claimkit.text.names import GivenNames

# A given name borne by this share of people (percent) is read as a name
# before a lone surname even when it is also a title: "Dean" (0.05), not
# "King" or "Major" (under 0.01).
_GIVEN_TITLE = 0.02


def given_title(span: Span, given: GivenNames) -> bool:
    """The title word that opens ``span`` is the person's given name here.

    "Dean Jones": a common given name before a single capitalized word that
    ends the span; "Dean Ana Ruiz" keeps it a title (two names follow it).
    """
    token = span[0]
    return (
        len(span) == 2
        and token.is_title
        and given.is_common(token.text, at_least=_GIVEN_TITLE)
        and span[1].is_title
        and span[1].is_alpha
    )


def leading_role(span: Span, given: GivenNames) -> bool:
    """``span`` opens with a role noun written capitalized only because it
    opens the sentence (or follows "Ex-"): "Fullback Ana Ruiz scored",
    "Ex-Yankee Tom Reed". The word is no given name, the next one is a common
    given name and a surname follows, all capitalized words."""
    if len(span) < 3:
        return False
    first, second = span[0], span[1]
    return (
        _opens_clause(first)
        and first.is_title
        and first.is_alpha
        and first.text not in given
        and given.is_common(second.text)
        and second.is_title
        and all(t.is_title and t.is_alpha for t in span[2:])
    )


def _opens_clause(token: Token) -> bool:
    if token.is_sent_start or token.i == 0:
        return True
    doc = token.doc
    before = doc[token.i - 1]
    if before.is_space and "\n" in before.text:
        return True
    # "Ex-Yankee Tom Reed": the role word after "Ex-".
    return before.text == "-" and token.i > 1 and doc[token.i - 2].lower_ == "ex"


def ends_results_line(number: Token) -> bool:
    """``number`` ends its line (or the text): a score in a results row."""
    doc = number.doc
    if number.i + 1 >= len(doc) or "\n" in number.whitespace_:
        return True
    after = doc[number.i + 1]
    return after.is_space and "\n" in after.text


def with_number(span: Span) -> Span:
    """A small number the name's last word takes is part of it: "Maroon 5".

    Only when the parse gives the number to the name itself: in "Liverpool
    3 points clear" and "Channel 4 show" it counts or qualifies another word.
    """
    doc = span.doc
    end = span.end
    if end >= len(doc) or not span[-1].whitespace_:
        return span
    number = doc[end]
    if not (number.text.isdigit() and len(number.text) <= 2):
        return span
    if ends_results_line(number):
        return span  # "Leeds 2" ending its line: a score
    if number.dep_ != "nummod" or number.head.i != end - 1:
        return span
    after = doc[end + 1].text if end + 1 < len(doc) else ""
    if after[:1].isdigit() or after[:1].isupper():
        return span  # "Arsenal 2 1": a score; "BBC 6 Music": a longer name
    if after in ("-", "\u2013", "/"):
        return span  # "Roddick 6-4 6-3", "Rochus 6/2": a set's score
    if not doc.has_annotation("SENT_START") or not any(
        t.pos_ in ("VERB", "AUX") for t in span.sent
    ):
        return span  # "Bolton 2 Chelsea 1": a results line
    return doc[span.start : end + 1]


# Number words that end a broadcaster's or a group's name when capitalized in
# running prose ("BBC Three", "Channel Five", "Sky One"); a count is written
# in lower case ("three channels").
NAME_NUMBERS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
)
# Labels of the pieces a longer name may swallow: the recognizer's number
# or date read of its last word ("Two" CARDINAL, "Four" of "BBC Four" DATE).
_SWALLOWED = frozenset({"CARDINAL", "ORDINAL", "DATE", "TIME", "QUANTITY"})


def whole_names(spans: Sequence[Span], weak: Container[int]) -> list[Span]:
    """Organization names the recognizer cut short, read whole.

    One string is one name within an article: where the article writes
    "BBC Two" as a name, every "BBC" directly before "Two" is that name, not
    the BBC ("BBC One will lose it to BBC Two", with the second "BBC" cut
    off). And a capitalized number word straight after an organization's
    name, in running prose, ends the name: "BBC Three controller", "moves to
    BBC Four in May"; but not before another capitalized word, where the
    number opens a name of its own ("RBS Six Nations"), nor after "a" ("a
    new Mini One": a model). Not on headline lines (``weak`` holds their
    tokens), where every word is capitalized, nor across a sentence's start
    or a line break. The recognizer's number or date read of the swallowed
    words is dropped (the entities read no dates or counts); a span of
    another name is never swallowed.
    """
    if not spans:
        return []
    doc = spans[0].doc
    longer: dict[str, list[tuple[str, ...]]] = {}
    for span in spans:
        if span.label_ == "ORG" and len(span) > 1:
            words = tuple(t.text for t in span)
            longer.setdefault(words[0], []).append(words)
    out: list[Span] = []
    skip_to = -1
    for i, span in enumerate(spans):
        if span.start < skip_to:
            if span.label_ in _SWALLOWED:
                continue
            skip_to = -1
        end = _whole_end(span, longer, weak) if span.label_ == "ORG" else span.end
        if end > span.end:
            later = [s for s in spans[i + 1 :] if s.start < end]
            if all(s.label_ in _SWALLOWED for s in later):
                out.append(Span(doc, span.start, end, label="ORG"))
                skip_to = end
                continue
        out.append(span)
    return out


def _whole_end(
    span: Span, longer: dict[str, list[tuple[str, ...]]], weak: Container[int]
) -> int:
    """Where ``span``'s whole name ends (its own end when it is whole)."""
    doc = span.doc
    words = tuple(t.text for t in span)
    best = span.end
    for name in longer.get(words[0], ()):
        size = len(name)
        if (
            size > len(words)
            and name[: len(words)] == words
            and span.start + size <= len(doc)
            and tuple(t.text for t in doc[span.start : span.start + size]) == name
            and _one_line(doc[span.end - 1 : span.start + size])
        ):
            best = max(best, span.start + size)
    if best > span.end or span.end >= len(doc) or span.start in weak:
        return best
    number = doc[span.end]
    if (
        number.is_title
        and number.lower_ in NAME_NUMBERS
        and not number.is_sent_start
        and span[-1].whitespace_ == " "
        and _one_line(doc[span.end - 1 : span.end + 1])
        and not (
            span.end + 1 < len(doc)
            and (doc[span.end + 1].is_title or doc[span.end + 1].text in "-\u2013")
        )
        and not _one_of_many(span)
    ):
        return span.end + 1
    return best


def _one_of_many(span: Span) -> bool:
    """An indefinite article before the name, past its adjectives: "a new
    Mini One", "an Xbox One": a model or a copy, which no broadcaster's or
    group's name takes."""
    i = span.start - 1
    while i >= 0 and span.doc[i].pos_ == "ADJ":
        i -= 1
    return i >= 0 and span.doc[i].lower_ in ("a", "an")


def _one_line(span: Span) -> bool:
    """No sentence starts inside ``span`` past its first word, nor a line break."""
    return not any(t.is_sent_start or "\n" in t.text for t in span[1:]) and not any(
        "\n" in t.whitespace_ for t in span[:-1]
    )
