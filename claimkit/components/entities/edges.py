"""What stands at the edges of a name and whether it belongs to it.

A title that is also a common given name ("Dean") before a lone surname is
the person's given name ("Dean Jones"), not a title cut off; a role noun that
opens a sentence before a given name and surname ("Goalkeeper Ana Ruiz
saved") is no part of the name; a small number after a name is the name's own
("Maroon 5") only in prose, never at the end of a results line ("Leeds 2").
"""

from __future__ import annotations

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
