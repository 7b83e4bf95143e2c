"""Named speakers no entity holds: link them to one, or make one (issue 16).

A cue's speaker slot ('X said', 'said X', 'according to X') written as a proper
name that no ck_entities mention covers gets an entity when the name says what
it is: a short or fuller form of a name the document already has ('Rooney'
after 'Wayne Rooney'), a title before a name ('Lord Nicholls'), a common given
name before a surname ('Hugo Marsh'), an organization's head word ('Woodhill
Prison', 'Department for Transport'), a political party ('Liberal Democrats',
which the model types NORP), or a name the model tagged ORG. Anything else
stays text only: a missing speaker costs less than a wrong entity.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from spacy.tokens import Token

from claimkit.components.entities.demonyms import is_demonym
from claimkit.components.quotes.context import _Context, _Quote
from claimkit.text.names import load_places

# model types that never name a speaker's entity here
_NOT_NAMES = frozenset(
    {
        "DATE",
        "TIME",
        "CARDINAL",
        "ORDINAL",
        "PERCENT",
        "MONEY",
        "QUANTITY",
        "WORK_OF_ART",
        "EVENT",
        "LAW",
        "PRODUCT",
        "LANGUAGE",
    }
)
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC", "NORP"})
_JOINERS = frozenset({"of", "for", "and", "&"})  # 'Department for Education'
_MAX_WORDS = 6


class _NamedSpeakers(_Context):
    """Entities for speakers named in words that no entity mention covers."""

    def name_speakers(self, quotes: list[_Quote]) -> None:
        """Give each quote whose speaker is an uncovered proper name its entity."""
        found: dict[tuple[int, int], str | None] = {}
        for quote in quotes:
            if quote.entity is not None or quote.speaker is None:
                continue
            if quote.speaker not in found:
                found[quote.speaker] = self._named_speaker(*quote.speaker)
            quote.entity = found[quote.speaker]

    def _named_speaker(self, start: int, end: int) -> str | None:
        """The entity the name at [start, end) stands for, found or made."""
        if self.entity_at(start, end) is not None or self.in_marks(start):
            return None  # an entity the rules declined, or words in marks
        words = self._name_words(start, end)
        if words is None or self._cut(words) or not self._in_slot(words):
            return None
        label, name = self._evidence(words)
        entity = self._short_form_of(name, label)
        if entity is not None:
            self._add_mention(entity, name[0].idx, _end(name[-1]))
            return entity
        if label is None:
            return None
        return self._new_entity(label, name)

    def _name_words(self, start: int, end: int) -> list[Token] | None:
        """The tokens of a proper name filling [start, end), or None.

        Capitalized proper nouns, inner joiners ('of', 'for') and hyphens
        inside a word ('T-Mobile'); a leading 'the' is dropped.
        """
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return None
        words = list(span)
        if words and words[0].lower_ == "the":
            words = words[1:]
        if not words or len(words) > _MAX_WORDS:
            return None
        for k, token in enumerate(words):
            if token.ent_type_ in _NOT_NAMES:
                return None
            inner = 0 < k < len(words) - 1
            if token.text == "-" and inner:
                if token.whitespace_ or words[k - 1].whitespace_:
                    return None
                continue
            if token.lower_ in _JOINERS and inner:
                continue
            if k > 1 and words[k - 1].text == "-" and not words[k - 1].whitespace_:
                continue  # 'Chong-gyu': the hyphen joins one word of the name
            if not token.text[:1].isupper() or not (
                token.tag_ in ("NNP", "NNPS") or token.ent_type_ in ("PERSON", "ORG")
            ):
                return None  # 'said Connors' tagged NNS is a name the model typed
        return words

    def _cut(self, words: list[Token]) -> bool:
        """The words are part of a longer name: 'Department for Education' of
        'the Department for Education and Skills', 'Pew Internet' of 'the Pew
        Internet and American Life Project'."""
        doc = self.doc
        before = words[0].i - 1
        if (
            before >= 0
            and doc[before].text[:1].isupper()
            and doc[before].pos_ == "PROPN"
            and "\n" not in self.text[doc[before].idx : words[0].idx]
        ):
            return True
        after = words[-1].i + 1
        if after < len(doc):
            nxt = doc[after]
            if nxt.pos_ == "PROPN" and nxt.text[:1].isupper():
                return True
            if (
                nxt.lower_ in _JOINERS
                # 'Lord Nicholls of Birkenhead': a peer's place, no longer name
                and not (
                    words[0].text in self.finder.name_titles and nxt.lower_ == "of"
                )
                and after + 1 < len(doc)
                and doc[after + 1].text[:1].isupper()
            ):
                return True
        return False

    @staticmethod
    def _in_slot(words: list[Token]) -> bool:
        """The name fills a speaker's slot, not a place beside it.

        A subject ('X said'), the object of 'according to' or of a passive's
        'by', or a name set beside a noun ('her aide, X, said'); not 'a
        detainee in Woodhill Prison said' nor a title listed after 'include'.
        """
        inside = {t.i for t in words}
        heads = [t for t in words if t.head.i not in inside or t.head.i == t.i]
        if len(heads) != 1:
            return False
        head = heads[0]
        if any(
            c.i not in inside
            and c.dep_ in ("det", "amod", "nummod", "quantmod", "predet")
            and c.lower_ != "the"
            for c in head.lefts
        ):
            return False  # 'many Democrats say': some members, not the party
        if head.dep_ == "pobj":
            prep = head.head
            return (prep.lower_ == "to" and prep.head.lower_ == "according") or (
                prep.lower_ == "by" and prep.dep_ == "agent"
            )
        if head.dep_ == "appos":
            return head.head.pos_ == "NOUN"
        return head.dep_ not in ("compound", "poss", "dobj", "conj")

    def _evidence(self, words: list[Token]) -> tuple[str | None, list[Token]]:
        """What the name tells of its bearer, and the name without a title."""
        finder = self.finder
        text = " ".join(t.text for t in words)
        heads = finder.named_org_heads | finder.company_markers
        if text in finder.party_names:
            return "ORG", words
        if len(words) > 1 and (
            words[-1].lower_ in heads  # 'Woodhill Prison', 'Acme Ltd'
            or (words[0].lower_ in heads and words[1].lower_ in _JOINERS)
        ):
            return "ORG", words  # 'Department for Transport', 'Bank of Leeds'
        if words[0].text in finder.name_titles and len(words) > 1:
            rest = words[1:]
            # 'Cardinal Ann Murphy-Rowe': a hyphen joins one word of the name
            if len([t for t in rest if t.text != "-"]) <= 3 and not any(
                t.ent_type_ in _PLACE_TYPES | {"ORG"} or t.lower_ in _JOINERS
                for t in rest
            ):
                return "PERSON", rest
            return None, words
        if any(t.lower_ in _JOINERS for t in words):
            return None, words
        given = finder.given_names
        if (
            2 <= len(words) <= 3
            and given.gender(words[0].text) is not None
            and given.is_common(words[0].text)
            and not any(t.ent_type_ in _PLACE_TYPES | {"ORG"} for t in words)
        ):
            return "PERSON", words
        if self._role_apposed(words):
            return "PERSON", words
        kind = self._titled_kind(words)
        if kind is not None:
            return kind, words
        if self._tagged_org(words) or self._plural_body(words):
            return "ORG", words
        return None, words

    def _titled_kind(self, words: list[Token]) -> str | None:
        """What the article called the name where it titled it: 'software
        maker Symbian', 'rapper The Game', 'Symbian, the software firm,'. A
        word for a body (``org_title_nouns``, ``company_heads``) makes an ORG,
        one for a person's role or calling a PERSON; both, or none: None."""
        bodies, people = self.finder.title_bodies, self.finder.title_people
        text = " ".join(t.text for t in words)
        kinds = set()
        for found in re.finditer(rf"(?<!\w){re.escape(text)}(?!\w)", self.text):
            span = self.doc.char_span(found.start(), found.end())
            if span is None or self.in_marks(found.start()):
                continue
            inside = range(span.start, span.end)
            nouns = [c for c in span.root.children if c.dep_ == "appos"]
            at = span.start - 1
            if at > 0 and self.doc[at].lower_ == "the":
                at -= 1  # 'rapper The Game'
            if at >= 0:
                before = self.doc[at]
                opens = at == 0 or self.doc[at - 1].is_punct
                if before.head.i in inside and (before.is_lower or opens):
                    nouns.append(before)
            for noun in nouns:
                if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.i in inside:
                    continue
                if noun.lower_ in bodies:
                    kinds.add("ORG")
                elif noun.lower_ in people:
                    kinds.add("PERSON")
        return kinds.pop() if len(kinds) == 1 else None

    def _role_apposed(self, words: list[Token]) -> bool:
        """A name of two to four words set off by a comma and a singular noun
        for a person's role right after it: 'Laah Chong-gyu, executive
        director of Korea Development Bank, said'. A noun that may stand for
        a body ('the union', 'the authority') or a name the model typed ORG
        throughout is no such evidence."""
        finder = self.finder
        if not 2 <= len(words) <= 4 or all(t.ent_type_ == "ORG" for t in words):
            return False
        last = words[-1]
        if last.i + 2 >= len(self.doc) or self.doc[last.i + 1].text != ",":
            return False
        roles = (finder.people_nouns | finder.description_nouns) - (
            finder.org_nouns | finder.described_heads | finder.company_heads
        )
        return any(
            c.dep_ == "appos"
            and c.tag_ == "NN"
            and c.lower_ in roles
            and last.i + 2 <= c.i <= last.i + 4
            for c in last.children
        )

    def _plural_body(self, words: list[Token]) -> bool:
        """A singular name whose verb agrees in the plural: a body, not a person.

        'Athletics Ireland have hinted', 'Halvex say': British usage gives a
        collective a plural verb, which no one person takes. Not a plural name
        ('the Smiths'), a place ('Ireland have won'), a name with a person's
        tag or a given name first, nor names joined by 'and'.
        """
        head = words[-1]
        if head.dep_ != "nsubj" or head.tag_ != "NNP" or len(words) > 4:
            return False
        if any(
            t.tag_ == "NNPS" or t.ent_type_ in ("PERSON", "NORP") for t in words
        ) or any(c.dep_ == "conj" for c in head.children):
            return False
        if self.finder.given_names.gender(words[0].text) is not None:
            return False
        if " ".join(t.lower_ for t in words) in load_places() or (
            len(words) == 1 and head.ent_type_ in _PLACE_TYPES
        ):
            return False  # 'Scotland have won': a place's side, not a body named
        verb = head.head
        return any(
            t.tag_ == "VBP" or t.lower_ in ("are", "were")
            for t in [verb, *(c for c in verb.children if c.dep_ == "aux")]
        )

    def _tagged_org(self, words: list[Token]) -> bool:
        """The model tagged exactly these words ORG, and they are no people or place.

        'Gibraltarians said' (a plural, a people), 'the Briton said' (a
        nationality's word) and 'Paris said' (a place the model typed ORG) are
        not organizations.
        """
        first, last = words[0], words[-1]
        if not all(t.ent_type_ == "ORG" for t in words):
            return False
        if first.ent_iob_ != "B" or (
            last.i + 1 < len(self.doc) and self.doc[last.i + 1].ent_iob_ == "I"
        ):
            return False
        if any(t.tag_ == "NNPS" or is_demonym(t.text, frozenset()) for t in words):
            return False  # 'the Briton said': a people's word the model typed ORG
        return " ".join(t.lower_ for t in words) not in load_places()

    def _short_form_of(self, name: list[Token], label: str | None) -> str | None:
        """The one entity whose name this is a short or fuller form of.

        A person by a surname or a name ending in theirs ('Rooney', 'Rio
        Ferdinand' for 'Ferdinand'); an organization by a name that opens
        theirs ('Acme' for 'Acme Holdings'). Two candidates: none.
        """
        words = [t.text for t in name]
        found = set()
        for entity, entity_label in self.labels.items():
            if label is not None and entity_label != label:
                continue
            theirs = self.names.get(entity, "").split()
            if not theirs:
                continue
            if entity_label == "PERSON":
                n = min(len(words), len(theirs))
                # a fuller form only of a surname alone ('Rio Ferdinand' for
                # 'Ferdinand'), or with the name's own evidence of a person
                if words[-n:] == theirs[-n:] and (
                    len(words) <= len(theirs) or label == "PERSON" or len(theirs) == 1
                ):
                    found.add(entity)
            elif entity_label == "ORG" and (
                words == theirs
                or (len(words) < len(theirs) and theirs[: len(words)] == words)
            ):
                found.add(entity)
        return found.pop() if len(found) == 1 else None

    def _new_entity(self, label: str, name: list[Token]) -> str:
        """Add an entity named by ``name`` to the doc, with the name's other
        unclaimed uses as its mentions."""
        entities: list[dict[str, Any]] = list(self.doc._.ck_entities or [])
        numbers = [
            int(e["id"][1:]) for e in entities if re.fullmatch(r"e\d+", str(e["id"]))
        ]
        entity = f"e{max(numbers, default=-1) + 1}"
        start, end = name[0].idx, _end(name[-1])
        text = self.text[start:end]
        entities.append({"id": entity, "label": label, "name": text, "mentions": []})
        self.doc._.ck_entities = entities
        self.labels[entity] = label
        self.names[entity] = text
        for found in re.finditer(rf"(?<!\w){re.escape(text)}(?!\w)", self.text):
            if found.start() == start:
                self._add_mention(entity, start, end)
                continue
            span = self.doc.char_span(found.start(), found.end())
            if (
                span is not None
                and self.entity_at(found.start(), found.end()) is None
                and not self.in_marks(found.start())
                and not self._cut(list(span))  # 'Sky' of 'Sky News' is another
            ):
                self._add_mention(entity, found.start(), found.end())
        return entity

    def _add_mention(self, entity: str, start: int, end: int) -> None:
        """Record a mention of ``entity`` in the doc's entities and the lookups."""
        mention = (start, end, entity, self.text[start:end])
        if mention in self._mentions_of.get(entity, []):
            return
        at = bisect.bisect_left(self.mentions, mention)
        self.mentions.insert(at, mention)
        self.mention_starts.insert(at, start)
        bisect.insort(self._mentions_of.setdefault(entity, []), mention)
        for record in self.doc._.ck_entities or []:
            if record["id"] == entity:
                mentions = list(record["mentions"])
                mentions.append({"text": mention[3], "start": start, "end": end})
                mentions.sort(key=lambda m: (int(m["start"]), int(m["end"])))
                record["mentions"] = mentions


def _end(token: Token) -> int:
    return token.idx + len(token.text)
