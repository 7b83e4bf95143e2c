"""Cues from how news writes a name: where it ends, and what it is.

A number glued on by a dash ("Cruz—35") or a handle ("@JaneRoe") ends a
name; a surname may open with "D’" or "O'" that the tagger misreads; a place
in capitals opening the first line is a dateline; a word in capitals that no
list knows as a name is an acronym, no person's short form; a courtesy title
before a Spanish name takes its paternal surname; a headline may write the
given name the body leaves out; courtesy titles say a surname and a sex.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from claimkit.linking.normalize import SURNAMES

if TYPE_CHECKING:
    from claimkit.components.entities.mentions import _Name
    from claimkit.components.entities.resolver import EntityResolver
    from claimkit.text.names import GivenNames

# A social-media handle ("@JaneRoe") or a word with a number glued on by a
# dash ("Cruz—35", which the tokenizer keeps as one token).
_GLUED = re.compile(r"^(?:@\w|\w+[—–]\d)")
# "O'Neill", "D’Souza": a surname opening with "O'" or "D'".
_APOSTROPHE_SURNAME = re.compile(r"^[OD]['’][A-Z][a-z]")
_APOSTROPHE = re.compile(r"(?<=^[OD])['’]")
_DASHES = {"-", "–", "—", "--"}


def glued_at(doc: Doc, start: int, end: int) -> int | None:
    """The first token from ``start`` to ``end`` glued to a number or a handle."""
    return next((i for i in range(start, end) if _GLUED.match(doc[i].text)), None)


def apostrophe_surname(text: str) -> bool:
    """ "D’Souza", "O'Neill": a surname by its shape, known to no list."""
    return bool(_APOSTROPHE_SURNAME.match(text))


def surname_letters(text: str) -> str:
    """A surname's letters without its hyphens and "D’"/"O'" apostrophe."""
    return _APOSTROPHE.sub("", text.replace("-", ""))


def lines_of(span: Span) -> list[Span]:
    """The pieces of ``span`` between line breaks and spaced dashes.

    spaCy makes each line break a token; "the LSE - Europe's biggest market"
    holds two names at most.
    """
    doc = span.doc
    pieces: list[Span] = []
    start = span.start
    for token in span:
        i = token.i
        text = token.text
        spaced_dash = (
            text in _DASHES and token.whitespace_ and i > 0 and doc[i - 1].whitespace_
        )
        if "\n" in text or spaced_dash:
            if i > start:
                pieces.append(doc[start:i])
            start = i + 1
    if start < span.end:
        pieces.append(doc[start : span.end])
    return pieces


_DATELINE_NEXT = frozenset({"(", ",", "-", "—", "–", "--"})


def dateline(span: Span) -> bool:
    """A place in capitals opening a line, then a bracket, comma or dash."""
    doc = span.doc
    return (
        span.text.isupper()
        and (span.start == 0 or "\n" in doc[span.start - 1].text)
        and span.end < len(doc)
        and doc[span.end].text in _DATELINE_NEXT
    )


def agency_dateline(span: Span) -> bool:
    """ "WASHINGTON (AP) —", "RENO, Nev. (AP) —": a dateline opening a line
    with a word in capitals, its agency in brackets, a dash after."""
    doc, end = span.doc, span.end
    # The agency in brackets after the name, rare, is read first.
    if not (
        end + 3 < len(doc)
        and doc[end].text == "("
        and doc[end + 2].text == ")"
        and doc[end + 3].text in _DASHES
    ):
        return False
    i = span.start
    while i > 0 and "\n" not in doc[i - 1].text and span.start - i < _DATELINE_WORDS:
        i -= 1
    return (
        (i == 0 or "\n" in doc[i - 1].text)
        and doc[i].is_upper
        and all(t.is_upper or t.is_title or t.is_punct for t in doc[i:end])
    )


_DATELINE_WORDS = 6  # "ST. PAUL, MINN. (AP) —" at most


_INITIAL = re.compile(r"^[A-Z]\.$")


def cut_at_initial(spans: list[Span]) -> bool:
    """A person's fullest name ends with an initial: "Charles G." of "the
    brothers Charles G. and David H. Koch" is cut before the surname they
    share (not "Malcolm X", written without a point)."""
    fullest = max(spans, key=len)
    return len(fullest) > 1 and bool(_INITIAL.match(fullest[-1].text))


def first_surname(key: str, full: str, resolver: EntityResolver) -> bool:
    """``key`` is the paternal surname of a Spanish or Portuguese name of
    three words or more: a word after the given name, not the last, that no
    list knows as a given name ("Acosta" of "Melba Acosta Febo"; not the
    "Lee" of "Robert Lee Stone")."""
    words = full.split()
    return (
        len(words) >= 3
        and key in words[1:-1]
        and key not in resolver.given_names
        and key not in resolver.particles
    )


def capitals_only(name: _Name, resolver: EntityResolver) -> bool:
    """Every mention is one word in capitals that no list knows as a given
    name or a surname: an acronym ("SVP", "HLN"), no short form of a
    person's name ("Junge SVP", its youth wing, typed PERSON)."""
    return (
        len(name.key.split()) == 1
        and name.key not in SURNAMES
        and name.key not in resolver.given_names
        and all(
            " " not in text and len(text) > 1 and text.isupper()
            for text in (_without_s(span) for span in name.spans)
        )
    )


def _without_s(span: Span) -> str:
    return span[:-1].text if len(span) > 1 and span[-1].tag_ == "POS" else span.text


def acronym_typed_person(
    names: dict[str, _Name], labels: dict[str, str], resolver: EntityResolver
) -> None:
    """A person's name holding an organization's acronym is an organization:
    "Junge SVP", the youth wing of the SVP the article names alone."""
    for key, label in labels.items():
        words = key.split()
        if (
            label == "PERSON"
            and len(words) > 1
            and any(
                labels.get(w) == "ORG" and capitals_only(names[w], resolver)
                for w in words
            )
        ):
            labels[key] = "ORG"


def given_names_before(span: Span, name: Span, given: GivenNames) -> bool:
    """``span`` writes ``name`` after one or more given names."""
    extra = len(span) - len(name)
    return (
        extra > 0
        and [t.text for t in span[extra:]] == [t.text for t in name]
        and all(t.is_title and t.text in given for t in span[:extra])
    )


# courtesy titles, always followed by a surname ("Sir" and "Lord" are not)
_COURTESY = frozenset({"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Mx"})


def always_mistered(name: _Name) -> bool:
    """Every mention of the name follows "Mr", "Mrs", "Ms" or "Miss"."""
    return all(
        span.start > 0 and span.doc[span.start - 1].text in _COURTESY
        for span in name.spans
    )


_MALE_TITLES = frozenset({"Mr", "Mr."})
OTHER_SEX = {"m": ("f",), "f": ("m",), None: ()}


def titled_sex(name: _Name) -> str | None:
    """'m' when the courtesy titles before the name's mentions are all "Mr",
    'f' when they are all "Mrs", "Ms" or "Miss", else (none, or both) None."""
    titles = {
        span.doc[span.start - 1].text in _MALE_TITLES
        for span in name.spans
        if span.start > 0 and span.doc[span.start - 1].text in _COURTESY
    }
    if len(titles) != 1:
        return None
    return "m" if titles.pop() else "f"


_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})


def mostly_determined(name: _Name) -> bool:
    """More of the name's mentions stand after "the" as a noun phrase of
    their own ("end the Common Core", "wrote for the Harlan Clarion") than
    without it, and only a given name's shape says it is a person's: a
    thing's or a body's name. A name that only qualifies a noun ("the Jo Roe
    campaign") counts neither way, nor does a family ("the Roes") or an owner
    ("the Roe's").
    """
    # mentions.WEAK + "PERSON": a clue only next to the name (mentions imports us)
    said = name.evidence["PERSON"] + name.evidence["WEAK_PERSON"] - name.shaped
    if said > 0:
        return False
    determined = bare = 0
    for span in name.spans:
        doc = span.doc
        if span.root.dep_ in _MODIFIER_DEPS or span[-1].tag_ == "NNPS":
            continue
        if span.end < len(doc) and doc[span.end].tag_ == "POS":
            continue
        if span.start > 0 and doc[span.start - 1].lower_ == "the":
            determined += 1
        else:
            bare += 1
    return determined > bare


def company_namesake(name: _Name, label: str) -> bool:
    """A one-word name the model typed an organization at every mention, and
    no mention a person ("Marlow said its sales fell", "Marlow's plants"):
    beside a company it opens ("Marlow Motor Company") it is the company's,
    whoever else bears it as a surname ("Ada Marlow Jr.")."""
    return (
        len(name.key.split()) == 1
        and label == "ORG"
        and len(name.spans) >= 2
        and set(name.model) == {"ORG"}
        and not any(clue.endswith("PERSON") for clue in name.evidence)
    )


def initials_typed_org(names: dict[str, _Name], labels: dict[str, str]) -> None:
    """An initial and a surname typed ORG, where the article names a person
    of that surname whose given name has that initial, is a person ("K Maggs"
    in a team sheet beside "Kevin Maggs"); retyped in ``labels``."""
    people = {
        (key.split()[0][0], key.split()[-1])
        for key, label in labels.items()
        if label == "PERSON" and len(key.split()) >= 2
    }
    for key, label in labels.items():
        spans = names[key].spans
        words = spans[0].text.split() if label == "ORG" and spans else []
        if (
            len(words) == 2
            and len(words[0]) == 1
            and words[0].isupper()
            and words[1][:1].isupper()
            and (words[0].lower(), words[1].lower()) in people
        ):
            labels[key] = "PERSON"


# The finite verb forms that agree with a plural subject only; not "do",
# whose subject may be a person called to ("no Jo, don't do it").
_PLURAL_VERBS = frozenset({"are", "were", "have", "'re", "’re", "'ve", "’ve"})
_SUBJUNCTIVE_MARKS = frozenset({"if", "though", "unless", "whether"})


def plural_subject(span: Span, root: Token) -> bool:
    """A name written in the singular, alone the subject of a verb agreeing in
    the plural, names a group: "Keane are touring", "Travis were playing"
    (a band, a club, a firm in British usage). Not two names joined or listed
    ("Jo Roe and Al Poe are", "Al Poe, Jo Roe and Di Lee were"), a plural name
    ("the Roes are"), a plural noun opening a sentence ("Strikes have
    hurt"), nor "if Jo were"."""
    doc = span.doc
    if root.dep_ not in ("nsubj", "nsubjpass") or span[-1].tag_ == "NNPS":
        return False
    if span.start == span.sent.start and span[-1].lower_.endswith("s"):
        return False
    if any(c.dep_ in ("conj", "cc") for c in root.children):
        return False
    verb = root.head
    if verb.pos_ not in ("VERB", "AUX") or any(
        c.dep_ == "mark" and c.lower_ in _SUBJUNCTIVE_MARKS for c in verb.children
    ):
        return False
    finite = min(
        [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))],
        key=lambda t: t.i,
    )
    if finite.i < span.end or finite.lower_ not in _PLURAL_VERBS:
        return False
    # A list or a pair around the name, whatever the parse made of it.
    start = max(span.sent.start, span.start - _LIST_WINDOW)
    return not any(t.lower_ in _LIST_WORDS for t in doc[start : finite.i]) and not any(
        t.text == "," for t in doc[start : span.start]
    )


_LIST_WINDOW = 3  # "Al Poe, the Roe and Jo Lee were": a list's words before
_LIST_WORDS = frozenset({"and", "&", "or", "nor", "plus", "with"})
