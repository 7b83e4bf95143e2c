"""Pronoun resolution: he/she join the person they clearly refer to."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Token

from claimkit.components._extensions import text_of
from claimkit.components.entities.mentions import _SPEECH_DEPS
from claimkit.components.roles import role_of, titled_person
from claimkit.linking.normalize import SURNAMES

if TYPE_CHECKING:
    from claimkit.components.entities.resolver import EntityResolver


def _subject_antecedent(fitting: list[tuple[int, str, Token]]) -> str | None:
    """The person named last as a subject, unless coordinated with another."""
    subjects = [s for s in fitting if s[2].dep_ in _SPEECH_DEPS]
    if not subjects:
        return None
    _, chosen, root = subjects[-1]
    for _, other, token in fitting:
        if other != chosen and token.dep_ == "conj" and token.head == root:
            return None
    return chosen


_UNTYPED = "?"  # the id of a person's name no PERSON entity holds
_NO_SEX = "x"  # fits neither he nor she


def _untyped_people(
    doc: Doc, entities: list[dict[str, Any]]
) -> list[tuple[int, str, Token]]:
    """Names the tagger marks PERSON that no PERSON entity holds, as rivals.

    'Tom Baker hired Ann Ray. He spoke': when ck_entities typed Tom Baker an
    organization, 'He' has a rival antecedent it cannot name, so it is left
    unresolved rather than given to Ann Ray. A one-word name typed otherwise
    ('Labour') is taken to be typed right.
    """
    held: dict[int, str] = {}
    for entity in entities:
        for mention in entity["mentions"]:
            for i in _token_range(doc, mention["start"], mention["end"]):
                held[i] = entity["label"]
    out = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        labels = {held.get(i) for i in range(ent.start, ent.end)}
        if "PERSON" in labels or (labels - {None} and len(ent) < 2):
            continue
        out.append((ent.start, _UNTYPED + str(ent.start), ent.root))
    return out


def _described_people(
    doc: Doc, people: list[dict[str, Any]], roles: set[str]
) -> list[tuple[int, str, Token]]:
    """People a main clause's subject describes by role, as antecedents.

    'Tory leader Ann Ray spoke. ... the Tory leader said, after welcoming Tom
    Baker. He went on': 'He' is the described leader, the sentence's subject,
    not Tom Baker. The description stands for the one person the article
    titled so before (:func:`claimkit.components.roles.titled_person`). A role
    nobody or several were given adds nothing: British news calls the one
    person named by role far more often than it brings in another ('Mr
    McConnell ... the first minister said'). Neither a role with its name ('the
    minister, Ann Ray,': her mention is there already) nor one inside a
    reported clause ('Tom Baker said the minister had ordered ...') counts.
    """
    named = [
        (m["start"], m["end"], entity["id"])
        for entity in people
        for m in entity["mentions"]
    ]
    out = []
    for token in doc:
        if (
            token.dep_ not in _SPEECH_DEPS
            or token.tag_ != "NN"
            or token.lower_ not in roles
            or token.head.dep_ not in ("ROOT", "conj")
            or any(c.pos_ == "PROPN" for c in token.children if c.dep_ == "appos")
        ):
            continue
        role = role_of(doc[token.left_edge.i : token.i + 1].text)
        if role is None:
            continue
        before = (m for m in named if m[1] <= token.idx)
        person = titled_person(text_of(doc), role, before)
        if person is not None:
            out.append((token.i, person, token))
    return out


# Given names the US list gives to women that Britain, France, Italy or West
# Africa give men as often: "Ashley Cole", "Andrea Pirlo", "Lindsay Hoyle".
_EITHER_SEX = frozenset(
    {
        "Andrea", "Ashley", "Carey", "Celestine", "Courtney", "Daniele",
        "Emanuele", "Gabriele", "Jo", "Kerry", "Leigh", "Lindsay", "Michele",
        "Nicola", "Sasha", "Shannon", "Simone", "Stacey",
    }
)  # fmt: skip


def _name_gender(name: str, resolver: EntityResolver) -> str | None:
    """The gender a person's given name says: "Nathalie Dechy" is a woman.

    Only a name opening with a given name most bearers of one sex hold (a
    lone given name that is no surname too: "Sandra", not "Kelly")
    ('m' or 'f' in the shipped list, not 'u': "Kim", "Jordan", nor one of
    :data:`_EITHER_SEX`). A title before a mention that says the other sex
    ("Mrs Howard" joined to Michael Howard) leaves the entity no pronoun.
    """
    words = name.split()
    if not words or words[0] in _EITHER_SEX:
        return None
    if len(words) == 1 and words[0].lower() in SURNAMES:
        return None  # "Kelly", "Howard": a surname as often
    sex = resolver.given_names.gender(words[0])
    return sex if sex in ("m", "f") else None


def _token_range(doc: Doc, start: int, end: int) -> range:
    span = doc.char_span(start, end, alignment_mode="expand")
    return range(span.start, span.end) if span is not None else range(0)


def _add_pronouns(
    doc: Doc,
    texts: list[str],
    sents: list[tuple[int, int]],
    entities: list[dict[str, Any]],
    resolver: EntityResolver,
) -> None:
    """Attach he/she to the person the text clearly means, else leave it out.

    Candidates are the people named earlier in the same or the previous
    sentence whose gender (from titles or earlier pronouns) does not clash.
    One candidate wins outright; among several, the latest one named as a
    subject wins when the pronoun is itself a subject.
    """
    people = [e for e in entities if e["label"] == "PERSON"]
    pronouns = [i for i, w in enumerate(texts) if w.lower() in resolver.pronouns]
    if not people or not pronouns or not doc.has_annotation("SENT_START"):
        return
    by_id = {e["id"]: e for e in people}
    gender: dict[str, str] = {}
    spots: list[tuple[int, str, Token]] = []  # (token index, entity id, root)
    for entity in people:
        said: set[str] = set()  # the sexes its titles and given name say
        for mention in entity["mentions"]:
            span = doc.char_span(mention["start"], mention["end"])
            if span is None:
                continue
            spots.append((span.start, entity["id"], span.root))
            if span.start > 0:
                title = doc[span.start - 1].text
                if title in resolver.gendered_titles:
                    said.add(resolver.gendered_titles[title])
        given = _name_gender(entity["name"], resolver)
        if given is not None:
            said.add(given)
        if len(said) == 1:
            gender[entity["id"]] = said.pop()
        elif said:
            # "Mrs Howard" joined to Michael Howard: two people under one id,
            # whom no pronoun can be given safely
            gender[entity["id"]] = _NO_SEX
    spots.extend(_untyped_people(doc, entities))
    spots.extend(_described_people(doc, people, resolver.roles))
    spots.sort(key=lambda spot: spot[0])
    spot_starts = [spot[0] for spot in spots]
    starts = [start for start, _ in sents]
    added: list[tuple[str, Token]] = []
    index = 0
    for position in pronouns:
        token = doc[position]
        sex = resolver.pronouns[token.lower_]
        if token.pos_ != "PRON":
            continue
        current = bisect_right(starts, position) - 1
        window = starts[max(current - 1, 0)]
        while index < len(spots) and spots[index][0] < token.i:
            index += 1
        seen = spots[bisect_left(spot_starts, window) : index]
        # 'Ann Ray spoke first. She said ... She added': a pronoun resolved
        # before links the chain on to the next one
        seen = sorted(
            seen + [(t.i, e, t) for e, t in added if window <= t.i < token.i],
            key=lambda spot: spot[0],
        )
        fitting = [s for s in seen if gender.get(s[1], sex) == sex]
        ids = {s[1] for s in fitting}
        chosen: str | None = None
        if len(ids) == 1:
            chosen = ids.pop()
        elif ids and token.dep_ in _SPEECH_DEPS:
            chosen = _subject_antecedent(fitting)
        if chosen is not None and chosen in by_id:
            gender.setdefault(chosen, sex)
            added.append((chosen, token))
    for entity_id, token in added:
        by_id[entity_id]["mentions"].append(
            {"text": token.text, "start": token.idx, "end": token.idx + len(token)}
        )
    for entity in people:
        entity["mentions"].sort(key=lambda m: m["start"])
