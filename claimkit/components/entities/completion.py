"""Names the recognizer cut short, written out in full.

A span ending in "of", "the" or "and" runs on over the capitalized words
after it ("the Office of the | Deputy Prime Minister"); an organization's
head over "of"/"for" and a place or field ("UN Economic Commission | for
Latin America"); a person's given name or particle over the surname
("Walter van der | Vijver"); a surname back over its initial ("D | Jones")
and on over a hyphen ("Shaun Wright | -Phillips"); a name up to the words
its bracketed acronym spells out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from claimkit.components.entities.cues import apostrophe_surname, surname_letters
from claimkit.components.entities.joins import initials

if TYPE_CHECKING:
    from claimkit.components.entities.resolver import EntityResolver

_DANGLING = {"of", "the", "for", "and", "&", "on"}
_INNER = {"of", "the", "for"}  # not "and": "the Office of the | Deputy PM and X"
_NOT_NAME_WORDS = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
}  # fmt: skip
_NOT_NAME_TYPES = {"DATE", "TIME", "PERSON", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"}
_MAX_MORE = 5


def _completed(span: Span, resolver: EntityResolver) -> Span | None:
    """A name the recognizer cut short, written out in full.

    A span ending in "of", "the" or "and" stopped inside the name: "the
    Office of the | Deputy Prime Minister"; it runs on over the capitalized
    words after it (or loses the dangling words when none follow). A span
    ending in an organization's head runs on over "of"/"for" and a
    capitalized place or field: "UN Economic Commission | for Latin America".
    """
    doc = span.doc
    end = span.end
    if len(span) > 1 and span[-1].text in _DANGLING:
        more = _capitalized_run(doc, end)
        # After "and" the next name is as likely another one ("G8 and | EU").
        if more > end and span[-1].text not in ("and", "&"):
            return doc[span.start : more]
        while end > span.start and doc[end - 1].text in _DANGLING:
            end -= 1
        return doc[span.start : end] if end > span.start else None
    if (
        len(span) > 1
        and span[-1].text in resolver.of_heads
        and end + 1 < len(doc)
        and doc[end].lower_ in ("of", "for", "on")
        and _name_word_at(doc, end + 1)
    ):
        more = _capitalized_run(doc, end + 1)
        if more > end + 1:
            return doc[span.start : more]
    return span


def _person_completed(span: Span, resolver: EntityResolver) -> Span:
    """A person's name the recognizer cut before the surname.

    After a particle ("Walter van der | Vijver") the name runs on over more
    particles to a capitalized word; after a given name ("Tory Dominic |
    Grieve") over one capitalized proper noun that is no given name itself,
    or a surname no list needs to know ("Dinesh | D’Souza", "O'Neill").
    """
    if span.end >= len(span.doc):
        return span
    doc = span.doc
    end = span.end
    last = span[-1]
    if last.is_lower and last.lower_ in resolver.particles:
        while (
            end < len(doc)
            and doc[end].is_lower
            and doc[end].lower_ in resolver.particles
        ):
            end += 1
        return doc[span.start : end + 1] if _surname_at(doc, end) else span
    # the tagger often reads "D’Souza" as a common noun
    marked = apostrophe_surname(doc[end].text)
    if (
        (last.text in resolver.given_names or marked)
        and last.whitespace_
        and _surname_at(doc, end)
        and doc[end].text not in resolver.given_names
        and (doc[end].pos_ == "PROPN" or marked)
        and not (end + 1 < len(doc) and _surname_at(doc, end + 1))
    ):
        return doc[span.start : end + 1]
    return span


def after_initial(doc: Doc, i: int) -> bool:
    """An initial stands before token ``i``: "R | Jones", "J. | Thomas" (not a
    sentence's opening "A" or "I", nor one the tagger reads as the article or
    the pronoun: "And A Bernie Supporter" in a title-case headline)."""
    if i == 0:
        return False
    before = doc[i - 1]
    letter = before.text.rstrip(".")
    return (
        len(letter) == 1
        and letter.isupper()
        and bool(before.whitespace_)
        and not (
            letter in ("A", "I")
            and (
                before.is_sent_start
                # after a word, not a team sheet's comma ("), A Jones")
                or (before.pos_ in ("DET", "PRON") and doc[i - 2].is_alpha)
            )
        )
    )


def _with_initial(span: Span) -> Span:
    """A surname the recognizer took without the initial before it: "D | Jones
    (Redruth)" in a team sheet is no "Jones" of the article but "D Jones"."""
    doc = span.doc
    start = span.start
    if (
        span[0].is_title
        and after_initial(doc, start)
        # "J J Jones" is no initial twice
        and (start < 2 or doc[start - 2].text != doc[start - 1].text.rstrip("."))
    ):
        return doc[start - 1 : span.end]
    return span


def _double_barrelled(span: Span) -> Span:
    """A full name the recognizer cut at a surname's hyphen runs on over its
    second part: "Shaun Wright | -Phillips" (never "Federer-Nadal", one
    surname alone)."""
    doc = span.doc
    end = span.end
    if (
        len(span) >= 2
        and end + 1 < len(doc)
        and not span[-1].whitespace_
        and doc[end].text == "-"
        and not doc[end].whitespace_
        and doc[end + 1].is_title
        and doc[end + 1].is_alpha
    ):
        return doc[span.start : end + 2]
    return span


def _surname_at(doc: Doc, i: int) -> bool:
    if i >= len(doc):
        return False
    if doc[i].is_sent_start and not (i > 0 and doc[i - 1].is_alpha):
        # a sentence opens here; not where the parser split "Lindsay |
        # Davenport has ...", a name right after a headline, between words
        return False
    token = doc[i]
    return (
        token.is_title
        and surname_letters(token.text).isalpha()
        and token.text not in _NOT_NAME_WORDS
        and token.ent_type_ in ("", "PERSON")
    )


def _up_to_acronym(span: Span) -> Span:
    """A name cut before or after the words its bracketed acronym spells out:
    "Association of Chief Police | Officers (ACPO)", "Semiconductor |
    Manufacturing International Corp. (SMIC)" (a sentence's first word the
    recognizer left out). Only when the longer span's initials are the
    acronym and the span's own are not."""
    doc = span.doc
    j = span.end
    while j < len(doc) and j - span.end < 3 and _name_word_at(doc, j):
        j += 1
    if j + 2 >= len(doc) or doc[j].text != "(" or doc[j + 2].text != ")":
        return span
    letters = doc[j + 1].text
    if not (letters.isalpha() and 2 <= len(letters) <= 8 and letters[0].isupper()):
        return span
    letters = letters.lower()
    if initials([t.lower_ for t in span]) == letters:
        return span
    start = span.start
    while True:
        if initials([t.lower_ for t in doc[start:j]]) == letters:
            return doc[start:j]
        if (
            span.start - start >= 2
            or start == 0
            or not _name_word_at(doc, start - 1)
            or doc[start - 1].ent_type_ not in ("", span.label_)
        ):
            return span
        start -= 1


def _name_word_at(doc: Doc, i: int) -> bool:
    token = doc[i]
    text = token.text
    return (
        text[:1].isupper()
        and text.replace("-", "").isalpha()
        and text not in _NOT_NAME_WORDS
        and token.ent_type_ not in _NOT_NAME_TYPES
    )


def _capitalized_run(doc: Doc, start: int) -> int:
    """Where a run of capitalized words (and small words inside it) from ``start`` ends.

    A run that ends at a capitalized word followed by another name-like word
    ("... for Latin America Ltd") is taken whole; the run must end before a
    word that is not capitalized.
    """
    i = last = start
    while i < len(doc) and i - start <= _MAX_MORE:
        token = doc[i]
        if _name_word_at(doc, i):
            i += 1
            last = i
        elif token.lower_ in _INNER and i + 1 < len(doc) and _name_word_at(doc, i + 1):
            i += 1
        else:
            break
    if i - start > _MAX_MORE:
        return start  # too long a run to be one name's missing end
    return last
