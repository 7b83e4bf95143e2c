"""Names that glue a person of the article to words that are not its name.

Run on the typed names just before clustering (:func:`regroup`), where the
article's people are known: a nationality, an adjective or a headline's word
before a surname ("American Dent", "Spaniard Costa", "Classy Henman" beside
"Taylor Dent", "Albert Costa", "Tim Henman"), a preposition's phrase after one
("Dent in Adelaide"), a small word or verb glued before one ("Though Kaine",
"Telling Jeb Bush"), a headline's verb after one ("Trump Booed") and two
surnames joined ("Henman & Murray") are re-cut to
the people they hold, whatever type the recognizer gave the glued span. A
given name at a line's start before a lone surname is the person's ("Lleyton |
Hewitt" after a headline); a lone word the recognizer cut out of a longer name
("Jelena" of "23 Jelena Jankovic") is no mention of a namesake; a nickname the
text defines ("Moya, nicknamed Charly") is the person's, as is a former
name ("HLN, once known as CNN Headline News") an organization's; an organization's
"'s" before a person's surname ("Gazette's Smith") holds both, as does a name
written once that runs an organization of the article into a person of it
("At La Fenice Viotti was acclaimed").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from claimkit.components.entities.demonyms import DEMONYM_NOUNS, is_demonym
from claimkit.components.entities.fused import fused_parts
from claimkit.components.entities.mentions import _Name
from claimkit.components.entities.spans import _key_text, _name_word

if TYPE_CHECKING:
    from claimkit.components.entities.resolver import EntityResolver

# Words after a name that open a phrase of their own: "Dent in Adelaide".
_PHRASE_WORDS = {"in", "at", "to", "for", "on", "with", "after", "against", "v", "vs"}
_JOINERS = {"&", "and"}
_NICKNAMING = {"nicknamed", "dubbed", "aka", "alias"}


def regroup(
    names: dict[str, _Name], labels: dict[str, str], resolver: EntityResolver
) -> None:
    """Re-cut glued names to the people they hold, in place (see module)."""
    if not names:
        return
    _given_name_before(names, labels, resolver)
    _name_before_person(names, labels, resolver)
    people = _people(names, labels, resolver)
    if _split_fused(names, labels, people, resolver):
        # "Trump's Indiana" was no person, nor "Indiana" a surname.
        people = _people(names, labels, resolver)
    _recut(names, labels, people, resolver)
    if people:
        _nicknames(names, labels)
    _known_as(names, labels)
    _cut_out_words(names, labels)
    _camel_acronyms(names, labels)


def _name_before_person(
    names: dict[str, _Name], labels: dict[str, str], resolver: EntityResolver
) -> None:
    """A name written once that runs an organization of the article into a
    person of it is the two: "At La Fenice Viotti was acclaimed" beside "La
    Fenice" and "Marcello Viotti", "EADS Philippe Camus said" beside "EADS"
    and "Camus" (see :func:`_person_part`). "Sony Ericsson" beside "Sony" and
    the firm "Ericsson" stays whole, as does a name that opens with a given
    name ("Paris Hilton") or runs a title into the person ("Crown Prince
    Frederik" beside "the Crown")."""
    fused = [k for k, n in names.items() if len(n.spans) == 1 and len(n.spans[0]) > 1]
    if not fused:
        return
    people: dict[str, set[str]] = {}
    for key, name in names.items():
        if labels.get(key) == "PERSON" and name.body:
            for word in {key, key.split()[-1]}:
                people.setdefault(word, set()).add(key)
    for key in fused:
        span = names[key].spans[0]
        if span[0].text in resolver.given_names or any(t.tag_ == "POS" for t in span):
            continue  # an owner's "'s" is read in _split_fused
        for k in range(span.start + 1, span.end):
            if span.doc[k].text in resolver.titles:
                break
            left, right = span.doc[span.start : k], span.doc[k : span.end]
            left_key = _key_text(left.text)
            other = names.get(left_key)
            if (
                other is not None
                and other.body
                and labels.get(left_key) == "ORG"
                and _person_part(right, people, key, names, resolver)
            ):
                del names[key]
                labels.pop(key, None)
                _move(names, labels, left, labels[left_key])
                _move(names, labels, right, "PERSON")
                break


def _person_part(
    span: Span,
    people: dict[str, set[str]],
    whole: str,
    names: dict[str, _Name],
    resolver: EntityResolver,
) -> bool:
    """``span`` is a person of the article other than the ``whole`` name it
    is cut from: the surname of another full name that opens with a given
    name ("Camus" beside "Philippe Camus"; never "Robben" beside a lone
    "Robben" only, as "Arjen Robben" may be all there is of him, nor
    "Universal" of "NBC Universal" beside a firm "Vivendi Universal" taken
    for a person), or a given name before a name of the article ("Philippe
    Camus" beside "Camus")."""
    key = _key_text(span.text)
    for owner in people.get(key, set()) - {whole, key}:
        name = names.get(owner)  # None once re-cut itself
        if (
            name
            and len(owner.split()) > 1
            and name.spans[0][0].text in resolver.given_names
        ):
            return True
    if len(span) < 2:
        return False
    rest = _key_text(span[1:].text)
    return span[0].text in resolver.given_names and rest in names and rest != whole


def _people(
    names: dict[str, _Name], labels: dict[str, str], resolver: EntityResolver
) -> dict[str, str]:
    """Person keys of the body (full names and their surnames) -> the full key.

    A surname two people share names neither; a name every mention of which
    opens with a word glued to it ("Spaniard Costa") is none.
    """
    found: dict[str, str] = {}
    shared: set[str] = set()
    for key, name in names.items():
        words = key.split()
        if labels.get(key) != "PERSON" or len(words) < 2 or not name.body:
            continue
        if all(
            _glue_before(s[0], resolver, _on_headline(s.doc, s.start))
            for s in name.spans
        ):
            continue
        found[key] = key
        surname = words[-1]
        if found.get(surname, key) != key:
            shared.add(surname)
        found.setdefault(surname, key)
    for surname in shared:
        del found[surname]
    return found


def _recut(
    names: dict[str, _Name],
    labels: dict[str, str],
    people: dict[str, str],
    resolver: EntityResolver,
) -> None:
    for key in list(names):
        if key in people or len(key.split()) < 2:
            continue
        name = names[key]
        kept: list[Span] = []
        for span in name.spans:
            owned = _owner_and_person(span, names, labels, people)
            if owned:
                _move(names, labels, owned[0], "ORG")
                _move(names, labels, owned[1], "PERSON")
                continue
            pieces = _pieces(span, people, resolver)
            for piece in pieces:
                _move(names, labels, piece, "PERSON")
            joined = [] if pieces else _two_names(span, names, labels)
            for piece in joined:
                _move(names, labels, piece, labels[_key_text(piece.text)])
            if not pieces and not joined:
                kept.append(span)
        _keep(names, labels, key, kept)


def _split_fused(
    names: dict[str, _Name],
    labels: dict[str, str],
    people: dict[str, str],
    resolver: EntityResolver,
) -> bool:
    """Spans fusing a name with another or with words that are none are
    re-cut to the names they hold (:func:`.fused.fused_parts`); whether any
    was."""
    changed = False
    for key in list(names):
        kept: list[Span] = []
        for span in names[key].spans:
            parts = fused_parts(span, names, labels, people, resolver)
            if parts is None:
                kept.append(span)
            for part, label in parts or ():
                _move(names, labels, part, label)
        changed |= len(kept) < len(names[key].spans)
        _keep(names, labels, key, kept)
    return changed


def _owner_and_person(
    span: Span, names: dict[str, _Name], labels: dict[str, str], people: dict[str, str]
) -> tuple[Span, Span] | None:
    """An organization of the article, its "'s", and a person's surname or
    name: "Gazette's Smith" beside "Gazette" and "Jo Smith" is both."""
    doc = span.doc
    for k in range(span.start + 1, span.end - 1):
        if doc[k].tag_ != "POS":
            continue
        owner, person = doc[span.start : k], doc[k + 1 : span.end]
        if (
            labels.get(_key_text(owner.text)) == "ORG"
            and names[_key_text(owner.text)].body
            and _key_text(person.text) in people
        ):
            return owner, person
    return None


def _two_names(
    span: Span, names: dict[str, _Name], labels: dict[str, str]
) -> list[Span]:
    """Two names of the article a small word joins into one span: "Arsenal
    to Real Madrid" beside "Arsenal" and "Real Madrid"."""
    doc = span.doc
    key = _key_text(span.text)
    for k in range(span.start + 1, span.end - 1):
        word = doc[k]
        if not (word.is_lower and word.text in _PHRASE_WORDS | _JOINERS):
            continue
        left, right = doc[span.start : k], doc[k + 1 : span.end]
        keys = [_key_text(left.text), _key_text(right.text)]
        if all(
            k2 != key and k2 in names and labels.get(k2) in ("PERSON", "ORG")
            for k2 in keys
        ):
            return [left, right]
    return []


def _pieces(span: Span, people: dict[str, str], resolver: EntityResolver) -> list[Span]:
    """The people a glued span holds, or nothing when it is no glued name."""
    if not people:
        return []
    doc = span.doc
    best: tuple[int, int] | None = None
    for i in range(span.start, span.end):
        for j in range(span.end, i, -1):
            if (i, j) != (span.start, span.end) and _key_text(doc[i:j].text) in people:
                if best is None or j - i > best[1] - best[0]:
                    best = (i, j)
                break
    if best is None:
        return []
    start, end = best
    headline = _on_headline(doc, span.start)
    glue = range(span.start, start)
    if not all(_glue_before(doc[k], resolver, headline) for k in glue):
        return []
    if end == span.end:
        return [doc[start:end]]
    after = doc[end]
    if after.is_lower and after.text in _PHRASE_WORDS:
        return [doc[start:end]]  # "Dent in Adelaide"
    if after.lower_ in _JOINERS and _key_text(doc[end + 1 : span.end].text) in people:
        return [doc[start:end], doc[end + 1 : span.end]]  # "Henman & Murray"
    if after.like_num and end + 1 == span.end:
        return [doc[start:end]]  # "Roddick 6" of a set's score
    if (
        headline
        and span.end - end <= 2
        and all(_glue_after(doc[k], resolver) for k in range(end, span.end))
    ):
        return [doc[start:end]]  # "Trump Wants" of "Donald Trump Wants To ..."
    return []


def _glue_before(token: Token, resolver: EntityResolver, headline: bool) -> bool:
    """A word before a surname that is no part of the person's name: a
    nationality ("American Dent"), an adjective, or any word of a headline
    that is no given name ("Classy Henman")."""
    text = token.text
    if text in resolver.given_names and text not in DEMONYM_NOUNS:
        return False
    if is_demonym(text, resolver.demonyms) or token.ent_type_ == "NORP":
        return True
    # "Though Kaine has ...", "Telling Jeb Bush To ...": a small word or a verb
    if token.is_stop or token.tag_.startswith("VB"):
        return True
    return token.tag_ == "JJ" or (headline and token.is_alpha)


def _glue_after(token: Token, resolver: EntityResolver) -> bool:
    """A headline's word after a person that is no part of the name: a verb
    ("Trump Booed After ...") or a small word, never a given name."""
    if not token.is_alpha or token.text in resolver.given_names:
        return False
    return token.is_stop or token.tag_.startswith(("VB", "RB", "IN", "MD"))


def _on_headline(doc: Doc, i: int) -> bool:
    """Token ``i`` is on a first line a blank line ends (the headline)."""
    for token in doc[: i + 1]:
        if "\n" in token.text:
            return False
    for token in doc[i:]:
        if "\n" in token.text:
            return token.text.count("\n") >= 2
    return False


def _given_name_before(
    names: dict[str, _Name], labels: dict[str, str], resolver: EntityResolver
) -> None:
    """A lone surname after a given name that opens a line takes it:
    "Lleyton | Hewitt suffered ..." straight after a headline, where the
    parser starts a sentence between the two."""
    held = _held(names)
    for key in list(names):
        if labels.get(key) != "PERSON" or len(key.split()) != 1:
            continue
        name = names[key]
        kept: list[Span] = []
        for span in name.spans:
            doc = span.doc
            i = span.start
            if (
                i >= 2
                and i - 1 not in held
                and _line_given_name(doc[i - 1], doc[i - 2], resolver)
            ):
                _move(names, labels, doc[i - 1 : span.end], "PERSON")
            else:
                kept.append(span)
        _keep(names, labels, key, kept)


def _line_given_name(token: Token, before: Token, resolver: EntityResolver) -> bool:
    return (
        "\n" in before.text
        and token.text_with_ws == token.text + " "
        and token.is_title
        and token.is_alpha
        and len(token.text) > 1  # not the "K" of "K Holmes" in a results list
        and token.pos_ == "PROPN"
        and token.ent_type_ in ("", "PERSON")
        and not is_demonym(token.text, resolver.demonyms)
        and token.text not in resolver.titles
    )


def _nicknames(names: dict[str, _Name], labels: dict[str, str]) -> None:
    """ "Moya, nicknamed Charly": the nickname's mentions are Moya's."""
    owner: dict[int, str] = {}
    for key, name in names.items():
        if labels.get(key) == "PERSON":
            for span in name.spans:
                for k in range(span.start, span.end):
                    owner[k] = key
    for key in list(names):
        if labels.get(key) != "PERSON" or len(key.split()) != 1:
            continue
        for span in names[key].spans:
            doc = span.doc
            verb = doc[span.start - 1] if span.start else None
            if verb is None or verb.lower_ not in _NICKNAMING:
                continue
            target = owner.get(verb.head.i) if verb.head.i != verb.i else None
            if target is None and span.start >= 3 and doc[span.start - 2].text == ",":
                target = owner.get(span.start - 3)  # "Moya, nicknamed Charly"
            if target is not None and target != key:
                names[target].spans.extend(names.pop(key).spans)
                labels.pop(key, None)
                break


_KNOWN_AS_ADVERBS = frozenset({"once", "formerly", "previously", "also", "now"})


def _known_as(names: dict[str, _Name], labels: dict[str, str]) -> None:
    """ "HLN, once known as CNN Headline News": two names of one entity, of
    one type, the shorter key's mentions going to the longer's."""
    starts: dict[int, str] = {}
    for key, name in names.items():
        for span in name.spans:
            starts.setdefault(span.start, key)
    for key in list(names):
        if key not in names or labels.get(key) not in ("PERSON", "ORG"):
            continue
        for span in names[key].spans:
            other = _named_after_known_as(span, starts)
            if other is None or other == key or other not in names:
                continue
            if labels.get(other) != labels[key]:
                continue
            keep, gone = sorted((key, other), key=lambda k: (-len(k.split()), k))
            names[keep].spans.extend(names.pop(gone).spans)
            labels.pop(gone, None)
            break


def _named_after_known_as(span: Span, starts: dict[int, str]) -> str | None:
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].text == ",":
        i += 1
    if i < len(doc) and doc[i].lower_ in _KNOWN_AS_ADVERBS:
        i += 1
    if i + 2 >= len(doc) or [t.lower_ for t in doc[i : i + 2]] != ["known", "as"]:
        return None
    i += 2
    if doc[i].lower_ == "the":
        i += 1
    return starts.get(i)


def _cut_out_words(names: dict[str, _Name], labels: dict[str, str]) -> None:
    """A lone name word written inside a longer name no mention holds is no
    mention: the "Jelena" the recognizer kept of "23 Jelena Jankovic" is not
    Jelena Kostanic."""
    held = _held(names)
    for key in list(names):
        if labels.get(key) != "PERSON" or len(key.split()) != 1:
            continue
        kept = [s for s in names[key].spans if not _inside_longer(s, held)]
        _keep(names, labels, key, kept)


def _held(names: dict[str, _Name]) -> set[int]:
    """Token indices inside a mention of any name."""
    held: set[int] = set()
    for name in names.values():
        for span in name.spans:
            held.update(range(span.start, span.end))
    return held


def _inside_longer(span: Span, held: set[int]) -> bool:
    """The recognizer's person name runs on from ``span`` over a name word
    that no mention holds (cut off in a re-cut headline or list line): the
    lone word is another person's given name. A surname the name's start
    was cut from ("Watch | Voltaro" of a headline) is the surname still."""
    doc = span.doc
    j = span.end
    return j < len(doc) and doc[j].ent_iob_ == "I" and _glued(doc[j], held)


def _glued(token: Token, held: set[int]) -> bool:
    return (
        token.i not in held
        and token.ent_type_ == "PERSON"
        and _name_word(token)
        and token.is_title
    )


def _camel_acronyms(names: dict[str, _Name], labels: dict[str, str]) -> None:
    """ "GSK" is GlaxoSmithKline: an organization in capitals that spells the
    capitals of one written in one word (three at least), when only one does."""
    spelled: dict[str, list[str]] = {}
    for key, name in names.items():
        text = name.spans[0].text if name.spans else ""
        capitals = "".join(c for c in text if c.isupper())
        if (
            labels.get(key) == "ORG"
            and len(name.spans[0]) == 1
            and text.isalpha()
            and len(capitals) >= 3
            and not text.isupper()
        ):
            spelled.setdefault(capitals.lower(), []).append(key)
    for short, fulls in spelled.items():
        if len(fulls) == 1 and short in names and labels.get(short) == "ORG":
            names[fulls[0]].spans.extend(names.pop(short).spans)
            labels.pop(short, None)


def _move(
    names: dict[str, _Name], labels: dict[str, str], span: Span, label: str
) -> None:
    key = _key_text(span.text)
    name = names.get(key)
    if name is None:
        name = names[key] = _Name(key, body=True)
        labels[key] = label
    name.spans.append(span)


def _keep(
    names: dict[str, _Name], labels: dict[str, str], key: str, kept: list[Span]
) -> None:
    if len(kept) == len(names[key].spans):
        return
    if kept:
        names[key].spans[:] = kept
    else:
        del names[key]
        labels.pop(key, None)
