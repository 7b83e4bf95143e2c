"""Candidate name spans: an entity span trimmed to the names it holds.

Titles, articles, possessives, post-nominals and a nationality before a
person's given name ("Kenyan Alice Timbilil") are cut off; a span is cut at
line breaks and spaced dashes, product codes split off, and a person named
after an organization or a title inside one span ("Golf Channel's Jaime
Diaz") is a name of its own. Words that are never a person or organization
alone are dropped.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from claimkit.components.entities.completion import (
    _completed,
    _double_barrelled,
    _person_completed,
    _up_to_acronym,
    _with_initial,
)
from claimkit.components.entities.cues import glued_at, lines_of
from claimkit.components.entities.demonyms import (
    DEMONYM_NOUNS,
    is_demonym,
    nationality_phrase,
)
from claimkit.components.entities.edges import (
    given_title,
    leading_role,
    with_number,
)
from claimkit.components.entities.terms import spelled_in_lower_case
from claimkit.components.entities.works import inside_longer_title
from claimkit.text.layout import INVISIBLE

if TYPE_CHECKING:
    from claimkit.components.entities.resolver import EntityResolver

_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
# A model or chip code: letters and digits together ("R1", "H800", "GPT-4").
_CODE = re.compile(r"^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9][A-Za-z0-9.\-]*$")


@functools.lru_cache(maxsize=8192)
def _key_text(text: str) -> str:
    text = _POSSESSIVE.sub("", text.strip()).casefold().replace(".", "")
    if text.startswith("the "):
        text = text[4:]
    return " ".join(text.split())


def _invisible(token: Token) -> bool:
    """A token of zero-width characters only (split off by the tokenizer)."""
    return not token.text.strip(INVISIBLE)


def _candidate_spans(
    ent: Span,
    resolver: EntityResolver,
    demonyms: set[str],
    owned: frozenset[str] = frozenset(),
    terms: frozenset[str] = frozenset(),
) -> list[Span]:
    """Trim an entity span to the names it holds.

    A span never crosses a line break (a headline and the paragraph under it
    are two names at most); titles, articles, possessives and post-nominals
    ("MSP", "QC") are cut off, product codes split off, and a person named
    after an organization or a title inside one span ("Golf Channel's Jaime
    Diaz", "Ontario Premier Doug Ford") is a name of its own. A name the
    recognizer cut short is completed (:func:`_completed`), and one whose
    key is in ``owned`` keeps the "'s" after it ("McDonald's"); an acronym in
    ``terms`` (spelled out in lower case: a term of a field) is no name.
    """
    found: list[Span] = []
    for line in lines_of(ent):
        span = _trim(line, resolver, ent.label_ == "PERSON")
        if span is None:
            continue
        span = _completed(span, resolver)
        if span is None:
            continue
        if ent.label_ == "PERSON":
            span = _double_barrelled(_person_completed(_with_initial(span), resolver))
        span = _up_to_acronym(span)
        if owned and _key_text(span.text) in owned:
            span = _with_name_s(span)
        span = _without_nationality(
            span, resolver, demonyms, person=ent.label_ == "PERSON"
        )
        span = with_number(span)
        if ent.label_ == "PERSON" and _plural_noun(span):
            continue
        for part in _person_tail(span, resolver):
            if not (
                _is_noise(part, resolver, demonyms)
                or inside_longer_title(part, resolver)
                or spelled_in_lower_case(part, terms)
            ):
                found.append(part)
    return found


_QUANTIFIERS = {"All", "Every", "Each", "Some", "Many", "Most", "Both", "Any", "No"}
_CLOSED_CLASS = {"ADP", "CCONJ", "SCONJ", "PRON", "AUX", "PART"}


def _trim(span: Span, resolver: EntityResolver, person: bool) -> Span | None:
    """Cut what a name does not include from both ends of ``span``."""
    doc = span.doc
    start, end = span.start, span.end
    # One Token object per position looked at (each ``doc[i]`` makes a new one).
    while start < end:
        first = doc[start]
        if not (
            (first.lower_ in ("the", "a", "an") and end - start > 1)
            # "All Alfa Romeo models" (not "All Nippon Airways said")
            or (end - start > 1 and _quantifier(first, span))
            or (end - start > 1 and first.pos_ in _CLOSED_CLASS)  # "Across Europe"
            # "Again Roddick served well": a sentence's opening adverb.
            or (end - start > 1 and first.pos_ == "ADV" and first.is_sent_start)
            or first.is_punct
            or first.is_space
            or _invisible(first)
            or (
                end - start > 1
                and _is_title(first, resolver, person)
                and not given_title(doc[start:end], resolver.given_names)
            )
            or (
                person
                and start == span.start
                and leading_role(doc[start:end], resolver.given_names)
            )
            or (
                person
                and end - start > 1
                and _plural_title(first, doc[start + 1], resolver)
            )
        ):
            break
        start += 1
    while end > start:
        last = doc[end - 1]
        if not (
            last.tag_ == "POS"
            or (last.is_punct and not _closes_bracket(doc, start, end))
            or last.is_space
            or _invisible(last)
            or (end - start > 1 and last.text in resolver.post_nominals)
            # "the deal with Tanzania Mr Brown said": an honorific opens the
            # next name, never ends one.
            or (end - start > 1 and last.text in _HONORIFICS)
        ):
            break
        end -= 1
    if start >= end:
        return None
    if end < len(doc) and doc[end].text == ")" and _closes_bracket(doc, start, end + 1):
        end += 1  # "Proleter (Z" the recognizer cut before its ")"
    # "Ted Cruz—35 to 12 percent", "on Twitter @JaneRoe": a number glued on
    # by a dash, or a handle, is no part of a name, and ends it there; one
    # word left before it is too little to tell ("Twitter").
    cut = glued_at(doc, start, end)
    if cut is not None:
        if cut - start < 2:
            return None
        end = cut
    # "Nvidia H800": the code is a product; the maker before it may be a name.
    last_text = doc[end - 1].text
    if _CODE.match(last_text) and not last_text.isdigit():
        while end > start and _CODE.match(doc[end - 1].text):
            end -= 1
        if end == start:
            return None
    if start == span.start and end == span.end:
        return span
    return doc[start:end]


_NAME_S = {"'s", "’s"}
# After a name, an "'s" that a finite verb, a preposition or a clause's end
# follows is the name's own: "Moody's have", "Sainsbury's, Tesco", "at
# McDonald's." (never "Nvidia's chips", "Nvidia's rising sales").
_FINITE = {"VBD", "VBZ", "VBP", "MD"}
_CLOSING = {".", ",", ";", ":", "!", "?", ")", "”", "’"}
_AFTER_NAME_S = {"ADP", "SCONJ", "PART"}


def name_s_at(doc: Doc, i: int) -> bool:
    """The "'s" token at ``i`` ends the name before it, not a possessive."""
    token = doc[i]
    if token.tag_ != "POS" or token.lower_ not in _NAME_S or i == 0:
        return False
    if doc[i - 1].whitespace_ or doc[i - 1].dep_ == "poss":
        return False  # "examining Verizon's bid": the parse says whose
    if i + 1 >= len(doc):
        return True
    after = doc[i + 1]
    if after.is_space or after.text in _CLOSING:
        return True  # "at Sainsbury's.", not "Sapir's (1971)" or "Smyth's “Goodbye”"
    if after.pos_ == "AUX":
        return after.tag_ in _FINITE
    if after.pos_ == "VERB":
        # "Dalton's postulates" tagged a verb: a present tense counts only
        # where the parse makes the name its subject.
        subject = doc[i - 1].dep_ in ("nsubj", "nsubjpass", "conj")
        return after.tag_ in ("VBD", "MD") or (after.tag_ in _FINITE and subject)
    if after.pos_ == "CCONJ":
        # "Blair's and Brown's plans" is a pair of possessives.
        return not any(t.tag_ == "POS" for t in doc[i + 2 : i + 6])
    # "at McDonald's in Paris", not "Madonna's Like A Virgin" (a title)
    return after.pos_ in _AFTER_NAME_S and after.is_lower


def _with_name_s(span: Span) -> Span:
    """The name with the "'s" written right after it: "McDonald's"."""
    doc = span.doc
    end = span.end
    if (
        end < len(doc)
        and doc[end].lower_ in _NAME_S
        and doc[end].tag_ == "POS"
        and not span[-1].whitespace_
    ):
        return doc[span.start : end + 1]
    return span


def _quantifier(token: Token, span: Span) -> bool:
    """A quantifier of the noun after the name: "All Alfa Romeo models"."""
    doc = span.doc
    return (
        token.pos_ == "DET"
        and token.text in _QUANTIFIERS
        and span.end < len(doc)
        and doc[span.end].pos_ == "NOUN"
        and doc[span.end].is_lower
    )


# A party before a given name, as a nationality: "Tory Dominic Grieve".
_PARTY_WORDS = {"Tory", "Labour", "Conservative", "Liberal", "Democrat", "Republican"}


def _without_nationality(
    span: Span, resolver: EntityResolver, demonyms: set[str], *, person: bool = False
) -> Span:
    """Cut a nationality before a given name: "Kenyan Alice Timbilil".

    The first word is a demonym (the lexicon's, one the model tagged NORP in
    the text, or a capitalized word ending like one that is no given name)
    and the rest a given name and a surname.
    """
    if len(span) < 3:
        return span
    first, given = span[0], span[1]
    text = first.text
    # "Dane Kenneth Carlsen": a people's noun before a given name, though
    # "Dane" is a given name too.
    noun = text in DEMONYM_NOUNS and given.text in resolver.given_names
    if not (text in _PARTY_WORDS or noun) and (
        text in resolver.given_names or text.lower() in resolver.particles
    ):
        return span  # "Jenna Nicole Mourey", whatever the model made of Jenna
    if not (text in _PARTY_WORDS or is_demonym(text, demonyms)):
        return span
    rest = span.doc[span.start + 1 : span.end]
    if len(rest) > 3 or not all(_name_word(t) for t in rest):
        return span
    # A given name the list lacks counts after a people's noun or a
    # nationality the text types so, in a span typed PERSON: "Frenchman
    # Gilles Simon".
    known = given.text in resolver.given_names or (
        person and len(rest) == 2 and (text in DEMONYM_NOUNS or text in demonyms)
    )
    return rest if known and _person_like(rest, resolver) else span


def _person_tail(span: Span, resolver: EntityResolver) -> list[Span]:
    """Split a person's name off the organization or title before it.

    The tail is two or three capitalized words opening with a given name, after
    a title ("Premier Doug Ford"; any two words: "Mayor Rahm Emanuel"), a
    possessive ("Golf Channel's Jaime Diaz") or, for a common given name, the
    end of a longer name ("Council on American-Islamic Relations Kevin Lee").
    The words before stay a candidate unless they are a title phrase.
    """
    doc = span.doc
    if len(span) < 3:
        return [span]
    for k in range(span.start + 1, span.end - 1):
        tail = doc[k : span.end]
        if len(tail) > 3 or not all(_name_word(t) for t in tail):
            continue
        before = doc[k - 1]
        titled = _is_title(before, resolver, True) and not before.is_lower
        # A title after a name's words opens its phrase: not "Guild of Chief
        # Pilots Officers", nor "Major League Baseball".
        untitled = not any(t.text in resolver.titles for t in tail) and (
            k - 1 > span.start and not doc[k - 2].is_lower
        )
        named = tail[0].text in resolver.given_names or (
            titled and len(tail) == 2 and untitled
        )
        if not (named and _person_like(tail, resolver)):
            continue
        if not (
            titled
            or before.tag_ == "POS"
            or (
                k - span.start >= 2
                and resolver.given_names.is_common(tail[0].text)
                and _name_word(before)
                and before.text not in resolver.given_names
                and before.lower_ not in resolver.particles
            )
        ):
            continue
        head = _trim(doc[span.start : k], resolver, False)
        while head is not None and _is_title(head[-1], resolver, True):
            head = doc[head.start : head.end - 1] if len(head) > 1 else None
        if head is None or (
            _is_title(head[0], resolver, True)
            and (len(head) == 1 or any(t.is_lower for t in head))
        ):
            return [tail]
        return [head, tail]
    return [span]


def _closes_bracket(doc: Doc, start: int, end: int) -> bool:
    """The span's last token closes a bracket it opens: "Proleter (Z)"."""
    texts = [doc[i].text for i in range(start, end)]
    return texts[-1] == ")" and texts.count("(") == texts.count(")")


def _name_word(token: Token) -> bool:
    """A capitalized word that may be part of a person's name."""
    text = token.text
    return text[:1].isupper() and text.replace("-", "").replace("'", "").isalpha()


_HONORIFICS = {
    "Mr",
    "Mr.",
    "Mrs",
    "Mrs.",
    "Ms",
    "Ms.",
    "Miss",
    "Dr",
    "Dr.",
    "Sir",
    "Dame",
    "Lord",
    "Baroness",
    "Professor",
    "Prof",
    "Prof.",
}


def _is_title(token: Token, resolver: EntityResolver, person: bool) -> bool:
    """A title or role word that a person span should not include.

    An honorific ("Mr", "Ms") is cut from any span: "Mr Ebbers" typed ORG is
    still Mr Ebbers, and the honorific before him says he is a person.
    """
    if token.text in _HONORIFICS:
        return True
    return person and (token.text in resolver.titles or token.lower_ in resolver.roles)


def _plural_noun(span: Span) -> bool:
    """One word the tagger reads as a plural common noun ("Children's author",
    "Alerts tell people", "Spurs"): a group or a thing, never one person."""
    if len(span) != 1:
        return False
    token = span[0]
    return token.tag_ == "NNS" and token.lemma_ != token.lower_


def _plural_title(token: Token, after: Token, resolver: EntityResolver) -> bool:
    """A plural title or role, or a party's name, before a given name is no
    part of a person's name: "Princes Charles", "Veterans Simon", "Tories Ken
    Clarke" (a party's people, one of them named)."""
    if token.text in resolver.given_names or after.text not in resolver.given_names:
        return False
    text = token.text
    if _key_text(text) in resolver.party_names:
        return True
    if not (len(text) > 3 and text[0].isupper() and text.endswith("s")):
        return False
    single = text[:-1]
    return single in resolver.titles or single.lower() in resolver.roles


def _is_noise(span: Span, resolver: EntityResolver, demonyms: set[str]) -> bool:
    """Words that are never a person or organization on their own."""
    if _key_text(span.text) in resolver.not_entities:
        return True
    words = [t for t in span if not t.is_punct]
    if not words or all(
        t.text in demonyms or _key_text(t.text) in resolver.not_entities for t in words
    ):
        return True
    if nationality_phrase(span, words, demonyms, lambda part: _place(part, resolver)):
        return True
    if not any(t.text[:1].isupper() or t.text[:1].isdigit() for t in words):
        return True
    if (
        len(span) >= 3
        and span[-2].text == "-"
        and span[-1].is_lower
        and span[-1].text.endswith("ed")
    ):
        return True  # "Russian-registered", "EU-funded": an adjective
    first = span[0]
    # A unit after a number ("50 MW") is part of a quantity, not a name.
    if len(span) == 1 and first.i > 0 and first.nbor(-1).like_num:
        return first.text.isupper() or first.text.islower()
    return all(t.like_num for t in words)


def _place(span: Span, resolver: EntityResolver) -> bool:
    """A known place, or a name the recognizer types a place elsewhere in
    the text."""
    return _key_text(span.text) in resolver.places or any(
        e.label_ in ("GPE", "LOC") and e.text == span.text for e in span.doc.ents
    )


def _person_like(span: Span, resolver: EntityResolver) -> bool:
    """No word after the first is an organization's or a place's head."""
    return span[-1].tag_ != "NNPS" and not any(
        t.text in resolver.suffixes
        or t.lower_ in resolver.org_nouns
        or t.text in resolver.place_words
        for t in span[1:]
    )
