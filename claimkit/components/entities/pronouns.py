"""Pronoun resolution: he/she join the person they clearly refer to."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from spacy.attrs import TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from claimkit.components._extensions import text_of
from claimkit.components.entities.mentions import _SPEECH_DEPS
from claimkit.components.roles import role_of, titled_person
from claimkit.linking.normalize import SURNAMES
from claimkit.text.quotemarks import find_quote_marks

if TYPE_CHECKING:
    from claimkit.components.entities.resolver import EntityResolver

_NN = get_string_id("NN")  # the TAG of a singular common noun


def _own_subject(name: Token, pronoun: Token) -> bool:
    """``name`` is the subject of the verb ``pronoun`` is the object of: in
    'Tom Baker told him' 'him' is someone else."""
    return (
        name.dep_ in _SPEECH_DEPS
        and pronoun.dep_ in ("dobj", "dative")
        and not pronoun.lower_.endswith("self")
        and name.head == pronoun.head
    )


def _main(verb: Token) -> bool:
    """``verb`` heads a main clause: the root, or a verb coordinated with it."""
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def _subject_antecedent(
    fitting: list[tuple[int, str, Token]], pronoun: Token
) -> str | None:
    """The person named last as a subject, unless coordinated with another.

    A relative clause's subject is no clause's topic: in 'Lebed, whom Yeltsin
    sent, struck a deal. He later met ...' 'He' is Lebed, not Yeltsin. A
    pronoun that is a main clause's subject takes a main clause's subject:
    in 'Ann Ray said police believe Tom Baker fled. "..." he said' 'he' is
    not Tom Baker; one in a reported clause takes the latest ('Ann Ray said
    Tom Baker left because he was ill').
    """
    subjects = [
        s for s in fitting if s[2].dep_ in _SPEECH_DEPS and s[2].head.dep_ != "relcl"
    ]
    if _main(pronoun.head):
        subjects = [s for s in subjects if _main(s[2].head)]
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


def _role_subjects(
    doc: Doc, roles: set[str], named_by: tuple[str, ...]
) -> Iterator[Token]:
    """Singular role nouns ("minister") that are a clause's subject, without a
    name beside them as one of ``named_by`` ("the minister, Ann Ray,")."""
    for i, tag in enumerate(doc.to_array(TAG).tolist()):
        if tag != _NN:
            continue  # no Token is made for the other words
        token = doc[i]
        if (
            token.dep_ in _SPEECH_DEPS
            and token.lower_ in roles
            and not any(
                c.pos_ == "PROPN" and c.dep_ in named_by for c in token.children
            )
        ):
            yield token


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
    for token in _role_subjects(doc, roles, ("appos",)):
        if token.head.dep_ not in ("ROOT", "conj"):
            continue
        role = role_of(doc[token.left_edge.i : token.i + 1].text)
        if role is None:
            continue
        before = (m for m in named if m[1] <= token.idx)
        person = titled_person(text_of(doc), role, before)
        if person is not None:
            out.append((token.i, person, token))
    return out


# Determiners that bring in someone not named before: "a spokesman said".
_NEW_PERSON_DETS = frozenset({"a", "an", "another", "one"})


def _unnamed_people(
    doc: Doc, roles: set[str], taken: set[int]
) -> list[tuple[int, str, Token]]:
    """Subjects a role names that are no one named, as rivals.

    'Ann Ray's spokesman said the talks failed. He added ...': 'He' is the
    spokesman, whom the article does not name, not Ann Ray. A role counts when
    it plainly brings in a new person: with "a" ("an official said"), with an
    owner ("her spokesman", "Ray's aide"), with "for" or "of" ("a spokesman
    for the minister", "the head of the bank"), or a spokesman of any kind
    (who never speaks for himself). "The minister said" alone may be the
    minister named before, so it adds nothing here (see
    :func:`_described_people`).
    """
    out = []
    for token in _role_subjects(doc, roles, ("appos", "compound")):
        if token.i in taken or token.ent_type_ == "PERSON":
            continue
        new = token.lower_.startswith("spokes") or any(
            (c.dep_ == "det" and c.lower_ in _NEW_PERSON_DETS)
            or (c.dep_ == "poss" and (c.pos_ == "PRON" or c.ent_type_ == "PERSON"))
            or (c.dep_ == "prep" and c.lower_ in ("for", "of"))
            for c in token.children
        )
        if new:
            out.append((token.i, _UNTYPED + "r" + str(token.i), token))
    return out


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans between quote marks, in text order."""
    return [(span.start, span.end) for span in find_quote_marks(text)[0]]


def _enclosing(spans: list[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    """The one of ``spans`` (sorted, not overlapping) ``offset`` falls in."""
    at = bisect_right([start for start, _ in spans], offset) - 1
    if at >= 0 and spans[at][0] <= offset < spans[at][1]:
        return spans[at]
    return None


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
    sentence, outside quotes, whose gender (from titles or earlier pronouns)
    does not clash; unnamed people a role brings in ("a spokesman") are
    rivals. One candidate wins outright; among several, the latest one named
    as a subject wins when the pronoun is itself a subject
    (:func:`_subject_antecedent`). A pronoun inside a quote is resolved last,
    by :class:`_QuotedPeople`, never to the quote's speaker.
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
    described = _described_people(doc, people, resolver.roles)
    spots.extend(described)
    taken = {spot[0] for spot in described}
    spots.extend(_unnamed_people(doc, resolver.roles, taken))
    # A person named inside a quote is whom the speaker talks about, not the
    # speaker: '"Tom Baker let us down," he said' is no mention of Tom Baker.
    quoted = _quoted_spans(text_of(doc))
    spots.sort(key=lambda spot: spot[0])
    spot_starts = [spot[0] for spot in spots]
    where = [_enclosing(quoted, doc[spot[0]].idx) for spot in spots]
    starts = [start for start, _ in sents]
    added: list[tuple[str, Token]] = []
    inside: list[tuple[Token, tuple[int, int]]] = []
    for position in pronouns:
        token = doc[position]
        if token.pos_ != "PRON":
            continue
        quote = _enclosing(quoted, token.idx)
        if quote is not None:
            inside.append((token, quote))  # once every speaker is known
            continue
        current = bisect_right(starts, position) - 1
        window = starts[max(current - 1, 0)]
        lo, hi = bisect_left(spot_starts, window), bisect_left(spot_starts, position)
        seen = [spots[k] for k in range(lo, hi) if where[k] is None]
        # 'Ann Ray spoke first. She said ... She added': a pronoun resolved
        # before links the chain on to the next one
        seen += [(t.i, e, t) for e, t in added if window <= t.i]
        seen.sort(key=lambda spot: spot[0])
        sex = resolver.pronouns[token.lower_]
        fitting = [
            s
            for s in seen
            if gender.get(s[1], sex) == sex and not _own_subject(s[2], token)
        ]
        ids = {s[1] for s in fitting}
        chosen: str | None = None
        if len(ids) == 1:
            chosen = ids.pop()
        elif ids and token.dep_ in _SPEECH_DEPS:
            chosen = _subject_antecedent(fitting, token)
        if chosen is not None and chosen in by_id:
            gender.setdefault(chosen, sex)
            added.append((chosen, token))
    subject_of = {spot[2].i: spot[1] for spot in spots} | {t.i: e for e, t in added}
    quoted_people = _QuotedPeople(doc, spots, where, starts, subject_of, resolver)
    for token, quote in inside:
        sex = resolver.pronouns[token.lower_]
        chosen = quoted_people.antecedent(token, quote, sex, gender)
        if chosen is not None and chosen in by_id:
            gender.setdefault(chosen, sex)
            quoted_people.chained.append((token.i, chosen, token, quote))
            added.append((chosen, token))
    for entity_id, token in added:
        by_id[entity_id]["mentions"].append(
            {"text": token.text, "start": token.idx, "end": token.idx + len(token)}
        )
    for entity in people:
        entity["mentions"].sort(key=lambda m: m["start"])


class _QuotedPeople:
    """Whom 'he' or 'she' inside a quote may be: never the quote's speaker.

    '"I told Ann we need her," Tom Baker said': 'her' is a person the speaker
    names before it in the same quote (Ann). With nobody named there, it is
    the one person of that sex named outside the quote in the sentence before
    it, once the quote's speaker is known and is someone else: 'Ann Ray was
    taken ill. "She is in no danger," the team doctor said.' When the speaker
    is a pronoun left unresolved, or no speech verb is found, nothing is
    known of who speaks and the pronoun is left out.
    """

    def __init__(
        self,
        doc: Doc,
        spots: list[tuple[int, str, Token]],
        where: list[tuple[int, int] | None],
        starts: list[int],
        said: dict[int, str],
        resolver: EntityResolver,
    ) -> None:
        self.doc = doc
        self.spots = spots
        self.where = where
        self.starts = starts
        self.said = said
        self.resolver = resolver
        # pronouns resolved inside a quote, for the next one there
        self.chained: list[tuple[int, str, Token, tuple[int, int]]] = []

    def _sentence(self, char: int) -> int:
        token = self.doc.char_span(char, char + 1, alignment_mode="expand")
        position = token.start if token is not None else 0
        return bisect_right(self.starts, position) - 1

    def speakers(self, quote: tuple[int, int]) -> set[str] | None:
        """Ids of the quote's speakers; None when who speaks is not known.

        They are the subjects of speech verbs outside the quote in its own
        sentences, else in the sentence before it: a quote run on from the
        one before ('Ann Ray said: "..." | "He was ..."') is the same
        speaker's.
        """
        first = self._sentence(max(quote[0] - 1, 0))
        last = self._sentence(max(quote[1] - 1, 0))
        end = self.starts[last + 1] if last + 1 < len(self.starts) else len(self.doc)
        found = self._speech_subjects(quote, self.starts[first], end)
        if found is not None and not found[0] and first > 0:
            found = self._speech_subjects(
                quote, self.starts[first - 1], self.starts[first]
            )
        return found[1] if found is not None and found[0] else None

    def _speech_subjects(
        self, quote: tuple[int, int], start: int, end: int
    ) -> tuple[bool, set[str]] | None:
        """Whether tokens ``start:end`` hold a speech verb's subject outside
        ``quote``, and whom; None when one is a person not resolved."""
        found: set[str] = set()
        any_speaker = False
        for token in self.doc[start:end]:
            if (
                token.dep_ not in _SPEECH_DEPS
                or quote[0] <= token.idx < quote[1]
                or token.head.lemma_ not in self.resolver.speech_verbs
            ):
                continue
            any_speaker = True
            if token.i in self.said:
                found.add(self.said[token.i])
            elif token.lower_ in self.resolver.pronouns or token.pos_ == "PROPN":
                return None  # a speaker the article names, but not here
        return any_speaker, found

    def antecedent(
        self, token: Token, quote: tuple[int, int], sex: str, gender: dict[str, str]
    ) -> str | None:
        """The one person 'he'/'she' inside ``quote`` can be, or None."""
        speakers = self.speakers(quote)
        ids = {
            e
            for i, e, t in self._inside(quote, token.i)
            if gender.get(e, sex) == sex
            and e not in (speakers or ())
            and not _own_subject(t, token)
        }
        if not ids and speakers is not None:
            before = self._sentence(max(quote[0] - 1, 0))
            window = self.starts[max(before - 1, 0)] if quote[0] > 0 else 0
            ids = {
                e
                for (i, e, t), q in zip(self.spots, self.where, strict=True)
                if q is None
                and window <= i < token.i
                and gender.get(e, sex) == sex
                and e not in speakers
            }
        return ids.pop() if len(ids) == 1 else None

    def _inside(
        self, quote: tuple[int, int], before: int
    ) -> list[tuple[int, str, Token]]:
        named = [
            spot
            for spot, q in zip(self.spots, self.where, strict=True)
            if q == quote and spot[0] < before
        ]
        named += [(i, e, t) for i, e, t, q in self.chained if q == quote]
        return named
