"""Speakers named by an epithet: 'the Dutchman said', 'said the world champion'.

A sports or arts story names a person, then writes a description in place of
the name: a nationality's noun ('the Dutchman', 'the American') or a calling
with words of its own ('the attacking midfielder', 'the world indoor
champion'). Such a description as the subject of a reporting verb stands for
the person a 'he'/'she' there would mean (:meth:`_Antecedents._person_near`),
checked against what the document says of the people named near it:

- the description's sex ('Dutchwoman', 'actress') fits the person;
- a person given another nationality as a title ('Spanish captain Ann Ray')
  is not 'the American', and one given this nationality is nobody else's;
- every other person who might be meant (named in the same reach) is ruled
  out by that evidence: 'Moya beat Roddick. "...," said the American' may
  mean either, so it names no one.

A description with a name, a possessive or an entity's word in it ('the
Acme striker', "Ray's agent") is left to the rules that read those.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from claimkit.components.entities.demonyms import DEMONYM_NOUNS, is_demonym
from claimkit.components.quotes.antecedents import _Antecedents
from claimkit.components.roles import titled_person

# words that may stand between 'the' and the noun of an epithet
_MODIFIER_TAGS = frozenset(
    {"JJ", "JJR", "JJS", "NN", "NNP", "VBG", "VBN", "HYPH", "CD"}
)


class _Epithets(_Antecedents):
    """Resolve 'the Dutchman', 'the attacking midfielder' as speakers."""

    def epithet_person(self, subject: Token, start: int) -> str | None:
        """The person the epithet ``subject`` ('Dutchman' of 'the Dutchman
        said') stands for, or None when the document leaves it unsure."""
        words = self._epithet_words(subject)
        if words is None:
            return None
        origins = [w for w in words if self._nationality_word(w)]
        sex = self._epithet_sex(subject)
        i = bisect.bisect_left(self.mention_starts, start)
        people = [
            (m_start, m_end, entity)
            for m_start, m_end, entity, _ in self.mentions[:i]
            if self.labels.get(entity) == "PERSON" and not self.in_marks(m_start)
        ]
        role = " ".join(w.lower_ for w in words)
        titled = titled_person(self.text, role, people)
        if titled is not None:
            return None if self._ruled_out(titled, [], sex, start) else titled
        if origins and len(words) == 1:
            # 'the Dutchman' after 'Dutch coach Martin Jol': the one person
            # the article gave that nationality; two such: either
            given = {
                entity
                for m_start, _, entity in people
                if any(
                    self._same_origin(origins[0].text, word)
                    for word in self._origins_before(m_start)
                )
            }
            if len(given) > 1:
                return None
            if given:
                entity = given.pop()
                return None if self._ruled_out(entity, [], sex, start) else entity
        pool = self._epithet_pool(subject, start)
        fitting = [
            f
            for f in pool
            if f[1] is None or sex is None or self.sexes.get(f[1], sex) == sex
        ]
        chosen = self._choose(fitting)
        if chosen is None or not any(f[1] == chosen and f[2] for f in pool):
            return None  # 'His times were short of Ann Ray's record': not Ray
        for _, rival, _, _ in pool:
            if rival == chosen:
                continue
            if rival is None or not self._ruled_out(rival, origins, sex, start):
                return None  # 'Moya beat Roddick. "...," said the American'
        if self._ruled_out(chosen, origins, sex, start):
            return None
        return chosen

    def _epithet_words(self, subject: Token) -> list[Token] | None:
        """The words of 'the [modifiers] noun' after 'the', or None when
        ``subject`` heads no epithet for a person."""
        if subject.tag_ in ("NNS", "NNPS") or self.in_marks(subject.idx):
            return None
        dets = [c for c in subject.lefts if c.dep_ == "det" and c.lower_ == "the"]
        if not dets:
            return None
        # a nationality's noun as the tagger or the lexicon knows it: a name
        # that only ends like one ('The Guardian', 'the Vatican') is none
        nationality = subject.pos_ == "PROPN" and (
            subject.ent_type_ == "NORP" or subject.text in DEMONYM_NOUNS
        )
        calling = (
            subject.pos_ == "NOUN" and subject.lower_ in self.finder.description_nouns
        )
        if not (nationality or calling):
            return None
        words = list(self.doc[dets[0].i + 1 : subject.i + 1])
        for word in words[:-1]:
            if (
                word.tag_ not in _MODIFIER_TAGS
                or word.lower_ in self.finder.description_contrasts
            ):
                return None
            if self.entity_at(word.idx, word.idx + len(word)) is not None:
                return None  # 'the Acme striker': the firm's, read elsewhere
            if word.pos_ == "PROPN" and not self._nationality_word(word):
                return None  # 'the Chelsea striker', 'the Oscar winner'
        if any(
            c.dep_ in ("appos", "poss", "prep") or c.pos_ == "PROPN"
            for c in subject.children
            if c.i > subject.i
        ):
            return None  # 'the striker, Tom Reed,', 'the winner of the prize'
        if any(c.dep_ == "poss" for c in subject.lefts):
            return None
        return words

    def _nationality_word(self, token: Token) -> bool:
        return token.text[:1].isupper() and (
            token.ent_type_ == "NORP"
            or token.text in DEMONYM_NOUNS
            or is_demonym(token.text, frozenset())
        )

    def _epithet_sex(self, subject: Token) -> str | None:
        lower = subject.lower_
        sex = self.finder.description_sex.get(lower)
        if sex is None and subject.text in DEMONYM_NOUNS:
            if lower.endswith("woman"):
                sex = "f"
            elif lower.endswith("man"):
                sex = "m"
        return sex

    def _epithet_pool(
        self, subject: Token, start: int
    ) -> list[tuple[int, str | None, int, bool]]:
        """Who the epithet may mean: the people of any sex a 'he' there would
        choose among (its sentence and the one before, else its paragraph and
        the two before), so that a rival of the other sex is seen too."""
        since = self.previous_paragraph_start(start)
        since = self.previous_paragraph_start(since) if since > 0 else 0
        sent = self.sent(subject.i)
        while sent.start > 0:
            # the sentence before, past those all inside quote marks: 'Ray told
            # the Record: "A. B." The striker also claims ...' means Ray
            sent = self.sent(sent.start - 1)
            if any(not (t.is_punct or self.in_marks(t.idx)) for t in sent):
                break
        near = sent.start_char if sent.start < subject.i else 0
        told = self.addressees(subject)
        found = [f for f in self._people_before(start, since, None) if f[1] not in told]
        close = [f for f in found if f[0] >= near]
        return close or found

    def _ruled_out(
        self, entity: str, origins: list[Token], sex: str | None, before: int
    ) -> bool:
        """The document says ``entity`` is not the one described: of the
        other sex, or titled with another nationality than the description's."""
        if sex is not None and self.sexes.get(entity, sex) != sex:
            return True
        if not origins:
            return False
        given = [
            word
            for m_start, _, _, _ in self._mentions_of.get(entity, [])
            if m_start < before
            for word in self._origins_before(m_start)
        ]
        return bool(given) and not any(
            self._same_origin(origin.text, word) for origin in origins for word in given
        )

    def _origins_before(self, m_start: int) -> list[str]:
        """Nationality words titling the name at ``m_start``: 'Spanish' of
        'Spanish captain Jordi Arrese', 'Irishman' of 'Irishman Robbie Keane'."""
        first = self.token_at(m_start)
        out: list[str] = []
        for token in reversed(self.doc[max(0, first - 4) : first]):
            if token.is_punct or token.pos_ not in ("ADJ", "NOUN", "PROPN"):
                break
            if self._nationality_word(token):
                out.append(token.text)
        return out

    @staticmethod
    def _same_origin(one: str, other: str) -> bool:
        """'Dutch' and 'Dutchman', 'Scot' and 'Scottish' name one nationality."""
        one, other = one.lower(), other.lower()
        size = min(4, len(one) - 1, len(other) - 1)
        return one[:size] == other[:size]
