"""Who a pronoun speaker stands for, checked: number, sex, distance and rivals.

'he'/'she' stand for a person named in the pronoun's sentence or the one
before it, else in its paragraph or the two before it, of no other sex; when
several fit, the one named last as a subject wins, and a name the tagger saw
as a person but ck_entities typed otherwise ('Its owner, Tom Baker' typed ORG)
is a rival that makes the choice unsure.
'they' stands for an organization only when that organization is the subject
named last, alone, with no people ('analysts', 'Democrats') between; 'it'
likewise, through earlier 'it's. When unsure: no entity rather than a wrong
one.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Token

from claimkit.components.entities.demonyms import DEMONYM_NOUNS
from claimkit.components.quotes.context import _SUBJECTS, _Quote
from claimkit.components.quotes.ties import _RoleTies
from claimkit.components.roles import role_of, titled_people, titled_person

# the subject of 'X said' outside its clause's verb: a name in a subject phrase
_DESCRIPTION = re.compile(
    r"^the\s+(?:(?P<age>\d+-year-old)|(?P<origin>[A-Z][\w-]+))(?:\s+(?P<noun>[a-z-]+))?$",
    re.I,
)
# 'Ann Ray, 34, said': an age in apposition right after a name
_AGE_APPOSED = re.compile(r",\s+(\d{1,3}),")
_SUBJECT_DEPS = (*_SUBJECTS, "appos", "compound", "conj")


class _Antecedents(_RoleTies):
    """Resolve pronoun speakers to entities, declining when unsure."""

    def person_antecedent(self, pronoun: Token, start: int) -> str | None:
        """The person 'he'/'she' at ``start`` stands for, or None when unsure.

        The people named in the pronoun's sentence and the one before decide
        when there are any; else those of its paragraph and the two before.
        One person wins outright; among several, the one named last as a
        subject (not coordinated with another).
        """
        lower = pronoun.lower_
        sex = self.finder.pronoun_sex.get(lower)
        if sex is None and not (lower in ("i", "me") and self.in_marks(start)):
            return None  # 'I' outside quote marks: the writer, not a name before
        found = self._person_near(pronoun, start, sex)
        if found is not None and self.described_nearer(pronoun, start, found):
            return None  # 'It rankles with the Dutchman. "...," he said'
        if found is not None and self.unnamed_subject_near(pronoun, start, found):
            return None  # 'the defender believes Ray is right. "...," he said'
        return found

    def description_antecedent(
        self, subject: Token, words: str, start: int
    ) -> str | None:
        """'said the 34-year-old', 'the British actor said': the person named
        before with that description, else chosen as for 'he'/'she'.

        A definite description by age ('the 22-year-old'), or by nationality
        or birthplace and a word for a person's calling ('the Australian-born
        actress', 'the Argentine'), stands for someone already named. The one
        person given it as a title or apposition ('Argentine David Nalbandian',
        'Ann Ray, the 34-year-old,') is meant; else, with an age or a calling,
        the person a 'he'/'she' would mean (:meth:`person_antecedent`), of the
        sex a word like 'actress' gives. A bare nationality ('the Argentine')
        names only the person it titled. An age also names the one person
        given it in apposition ('Ann Ray, 34,'), and no one the nearest person
        when that one was given another age.
        """
        found = _DESCRIPTION.match(words.strip())
        if found is None:
            return None
        noun = (found["noun"] or "").lower()
        if found["origin"] is not None:
            origin = self.doc[self.token_at(start) + 1]
            if not (origin.ent_type_ == "NORP" or origin.lower_.endswith("-born")):
                return None
            if noun and noun not in self.finder.description_nouns:
                return None
        elif noun and noun not in self.finder.description_nouns:
            return None  # 'the 17-year-old record', a thing of that age
        described = [words.strip()[4:].strip().lower()]
        if found["origin"] is not None:
            described.append(found["origin"].lower())
        i = bisect.bisect_left(self.mention_starts, start)
        people = [
            (m_start, m_end, entity)
            for m_start, m_end, entity, _ in self.mentions[:i]
            if self.labels.get(entity) == "PERSON" and not self.in_marks(m_start)
        ]
        for role in described:
            titled = titled_person(self.text, role, people)
            if titled is not None:
                return titled
        if found["origin"] is not None and not noun:
            return None
        ages = self._ages(people)
        if found["age"] is not None:
            age = int(found["age"].split("-")[0])
            aged = {entity for entity, ages_of in ages.items() if age in ages_of}
            if len(aged) == 1:
                return aged.pop()  # 'Ann Ray, 34, ...' then 'the 34-year-old'
        sex = self.finder.description_sex.get(noun)
        near = self._person_near(subject, start, sex)
        if found["age"] is not None and near in ages and age not in ages[near]:
            return None  # 'Ann Ray, 51,' is not 'the 34-year-old'
        return near

    def _ages(self, people: list[tuple[int, int, str]]) -> dict[str, set[int]]:
        """The ages the text gives people in apposition right after a
        mention ('Ann Ray, 34, said')."""
        ages: dict[str, set[int]] = {}
        for _, m_end, entity in people:
            given = _AGE_APPOSED.match(self.text, m_end)
            if given is not None:
                ages.setdefault(entity, set()).add(int(given[1]))
        return ages

    def outranking(self, mine: str, theirs: str, start: int) -> str | None:
        """``mine`` when the syntax prefers it to ``theirs`` for a pronoun at
        ``start``, else None.

        'Cox says Obama is trying to distract. He says ...': a person named as
        a main clause's subject in the pronoun's sentence or the one before
        (``mine``) outranks one named there only below a main clause or as an
        object (``theirs``); 'At a conference hosted by Ann Ray, he said'
        (``mine`` Ray, a passive's agent) is unsure.
        """
        sent = self.sent(self.token_at(start))
        since = self.sent(sent.start - 1).start_char if sent.start > 0 else 0
        roles: dict[str, list[tuple[int, bool]]] = {mine: [], theirs: []}
        i = bisect.bisect_left(self.mention_starts, start)
        for m_start, m_end, entity, _ in self.mentions[:i]:
            if (
                entity in roles
                and since <= m_start
                and m_end <= start
                and not self.in_marks(m_start)
            ):
                roles[entity].append(
                    self._subject_role(self.doc[self.token_at(m_end - 1)])
                )
        if not roles[theirs] or any(role == 2 for role, _ in roles[theirs]):
            return None
        if any(role == 2 and not coordinated for role, coordinated in roles[mine]):
            return mine
        return None

    def _person_near(self, pronoun: Token, start: int, sex: str | None) -> str | None:
        since = self.previous_paragraph_start(start)
        since = self.previous_paragraph_start(since) if since > 0 else 0
        sent = self.sent(pronoun.i)
        near = self.sent(sent.start - 1).start_char if sent.start > 0 else 0
        told = self.addressees(pronoun)
        found = [f for f in self._people_before(start, since, sex) if f[1] not in told]
        close = [f for f in found if f[0] >= near]
        if close and not any(f[2] for f in close) and any(f[2] for f in found):
            # 'Bob Hart said ... feeding from coma victim Tony Bland. "...,"
            # he said': a person named near only as an object is no surer
            # than the subject named before
            return None
        return self._choose(close or found)

    def _people_before(
        self, start: int, since: int, sex: str | None
    ) -> list[tuple[int, str | None, int, bool]]:
        """(start, entity or None for an untyped name, is a subject, coordinated)."""
        found: list[tuple[int, str | None, int, bool]] = []
        i = bisect.bisect_left(self.mention_starts, start)
        for j in range(i - 1, max(-1, i - 60), -1):
            m_start, m_end, entity, text = self.mentions[j]
            if m_start < since:
                break
            if m_end > start or self.in_marks(m_start):
                continue
            if self.labels.get(entity) != "PERSON":
                continue
            lower = text.lower()
            if lower in self.finder.group_pronouns or lower in ("i", "me"):
                continue
            if sex is not None and self.sexes.get(entity, sex) != sex:
                continue
            token = self.doc[self.token_at(m_end - 1)]
            if lower in self.finder.pronoun_sex and entity in self.addressees(token):
                continue  # 'he told Hannity' resolved to Hannity: no one's mention
            if token.dep_ == "compound" and token.head.pos_ == "NOUN":
                continue  # 'the Tomlinson report': no one the pronoun can mean
            if self._names_a_thing(token):
                continue  # 'The film, A Quiet Harbour, ...': a title, no one
            # a person of mixed sex is two people joined: a rival, not a choice
            chosen = None if entity in self.mixed_sex else entity
            found.append((m_start, chosen, *self._subject_role(token)))
        found.extend(self._untyped_people(since, start))
        found.extend(self._role_subjects(since, start, sex))
        found.sort(key=lambda f: f[0])
        return found

    def described_nearer(self, pronoun: Token, start: int, entity: str) -> bool:
        """A person described, not named, is nearer the pronoun than ``entity``.

        'Ferguson sold the defender ... The affair still rankles with the
        Dutchman. "...," he said': in the pronoun's sentence and the one before
        the entity is not named, and a definite description of a person is,
        not as a subject ('with the Dutchman', 'sold the 32-year-old'), that
        is not the entity's by title: the pronoun may mean either. A subject
        ('The American remains critical. "...," he said') is the one the
        article goes on about, named before.
        """
        sent = self.sent(pronoun.i)
        first = self.sent(sent.start - 1).start if sent.start > 0 else 0
        near = self.doc[first].idx
        for m_start, m_end, _, _ in self._mentions_of.get(entity, []):
            if near <= m_start and m_end <= start and not self.in_marks(m_start):
                return False
        for token in self.doc[first : pronoun.i]:
            if self.in_marks(token.idx) or not self._person_description(token):
                continue
            words = self.doc[token.left_edge.i : token.i + 1]
            found = self.description_antecedent(token, words.text, words.start_char)
            if found != entity:
                return True
        return False

    def addressees(self, subject: Token) -> set[str]:
        """Entities the subject's verb speaks to: 'he told Hannity', 'she said
        to Ray'. The one told is never the one telling."""
        if subject.dep_ not in ("nsubj", "nsubjpass") or subject.head.i == subject.i:
            return set()
        verb = subject.head
        tokens = [c for c in verb.children if c.dep_ in ("dobj", "obj", "dative")]
        for prep in verb.children:
            if prep.dep_ in ("prep", "dative") and prep.lower_ == "to":
                tokens.extend(c for c in prep.children if c.dep_ == "pobj")
        found = set()
        for token in tokens:
            entity = self.entity_at(token.idx, token.idx + len(token))
            if entity is not None and token.i != subject.i:
                found.add(entity)
        return found

    def _role_subjects(
        self, since: int, before: int, sex: str | None = None
    ) -> list[tuple[int, str | None, int, bool]]:
        """Subjects that are role nouns without a name: 'The prime minister said'.

        'The spokesman declined to comment. He said ...': the role noun is the
        likelier antecedent; it names the one person the article gave that
        role (:meth:`role_antecedent`), else no entity, a rival subject. A
        role noun with its name ('the minister, Ann Ray,', 'minister Ann Ray')
        is that name's, not a rival. A voice noun that may be of the
        pronoun's sex and speaks for someone ('an Acme spokesman', 'a
        spokesman for Acme', "the company's spokeswoman") stands for them,
        as it does as a speaker.
        """
        out: list[tuple[int, str | None, int, bool]] = []
        for token in self.subjects_between(self.token_at(since), self.token_at(before)):
            # 'The Archbishop of Canterbury wrote': a capitalized role is one
            titled = token.pos_ == "PROPN" and any(
                c.dep_ == "det" and c.lower_ == "the" for c in token.children
            )
            if (
                (token.pos_ != "NOUN" and not titled)
                or token.dep_ not in _SUBJECTS
                or token.idx < since
                or token.lemma_.lower() not in self.finder.people_nouns
                or self.in_marks(token.idx)
                or (
                    token.tag_ in ("NNS", "NNPS")
                    and not token.lower_.endswith(("'s", "\u2019s"))
                )
            ):
                continue  # not a role subject; 'People should ...' is no 'he'

            if any(
                c.pos_ == "PROPN"
                and (c.dep_ == "appos" or c.ent_type_ == "PERSON")
                and c.dep_ in ("appos", "compound")
                for c in token.children
            ) or self.entity_at(token.idx, token.idx + len(token)):
                # 'the minister, Ann Ray,' is Ann Ray's; 'an Acme spokesman' is
                # no one named: Acme is the spokesman's employer
                continue
            # 'the Tory leader said', after 'Tory leader Ann Ray': hers; one
            # only talked about ('Tom Baker said the minister had ...') stays
            # a rival
            person = None
            if token.head.dep_ in ("ROOT", "conj"):
                words = self.doc[token.left_edge.i : token.i + 1].text
                person = self.role_antecedent(words, token.idx, token)
                if (
                    person is None
                    and token.tag_ == "NN"
                    and token.lemma_.lower() not in self.finder.voice_nouns
                ):
                    # 'Ann Ray has apologised. The home secretary confirmed
                    # it. She said': the one the role was just said of; a
                    # spokeswoman speaks for another, 'the Archbishop' is
                    # someone's title
                    person = self.role_just_named(token, words, token.idx)
                if person and sex and self.sexes.get(person, sex) != sex:
                    person = None  # 'He said' is not Ann Ray: the role a rival
            if person is None and self.finder.description_sex.get(
                token.lower_, sex
            ) in (sex, None):
                # 'A spokesman for Acme declined to comment. "...," he said':
                # the voice speaks for Acme, as 'a spokesman for Acme said' does
                person = self._voice_for(token)
            out.append((token.idx, person, self._subject_role(token)[0], False))
        return out

    def _voice_for(self, subject: Token) -> str | None:
        """Whom a voice noun speaks for: see ``_Speakers._voice_for``."""
        return None

    def org_anaphora(self, subject: Token, start: int) -> str | None:
        """The organization 'the company' stands for: see
        ``_Speakers.org_anaphora``."""
        return self.org_noun_antecedent(subject, start)

    def unnamed_subject_near(
        self, pronoun: Token, start: int, entity: str, depth: int = 0
    ) -> bool:
        """A person described, not named, is the main subject nearest before
        'he'/'she' in its sentence or the one before, and is not ``entity``.

        'And the French defender believes Ann Ray is right. "...," he said':
        the defender speaks, not Ray, whom ck_entities may have chosen. Only
        when the entity is named apart from the description in its sentence:
        'The 48-year-old actor crossed a bridge' goes on about the one named
        before. A 'he' between that was given the entity is checked the same
        way: 'The Scot defended Lee, saying Ray overreacted. But he has had a
        rethink. He said ...' is not Ray.
        """
        sex = self.finder.pronoun_sex.get(pronoun.lower_)
        sent = self.sent(pronoun.i)
        first = self.sent(sent.start - 1).start if sent.start > 0 else 0
        named = [
            f
            for f in self._people_before(start, self.doc[first].idx, sex)
            if f[1] is not None and f[2] == 2
        ]
        for token in reversed(self.doc[first : pronoun.i]):
            if named and token.idx <= named[-1][0]:
                last = self.doc[self.token_at(named[-1][0])]
                if (
                    depth < 2
                    and named[-1][1] == entity
                    and last.lower_ in self.finder.pronoun_sex
                ):
                    return self.unnamed_subject_near(last, last.idx, entity, depth + 1)
                return False
            if self._described_subject(token, sex):
                return self._named_apart(entity, token)
            if (
                depth < 2
                and token.lower_ == pronoun.lower_
                and self._subject_role(token) == (2, False)
                and not self.in_marks(token.idx)
                and self.entity_at(token.idx, token.idx + len(token)) is None
            ):
                # 'But he has had a rethink. He said': the same one as the
                # 'he' before, subject of its sentence
                return self.unnamed_subject_near(token, token.idx, entity, depth + 1)
        return False

    def _described_subject(self, token: Token, sex: str | None) -> bool:
        """'the French defender', 'The Scot' as a main clause's subject, of
        no other sex and with no name of its own."""
        finder = self.finder
        described = (
            token.tag_ == "NN"
            and (
                token.lower_ in finder.description_nouns
                or token.lower_ in finder.people_nouns
            )
        ) or (
            token.tag_ == "NNP"
            and (token.ent_type_ == "NORP" or token.text in DEMONYM_NOUNS)
        )
        return (
            described
            and not self.in_marks(token.idx)
            and self._subject_role(token) == (2, False)
            and any(c.dep_ == "det" and c.lower_ == "the" for c in token.lefts)
            and not any(c.pos_ == "PROPN" for c in token.children)
            and self.entity_at(token.idx, token.idx + len(token)) is None
            and self.finder.description_sex.get(token.lower_, sex) == sex
        )

    def _named_apart(self, entity: str, token: Token) -> bool:
        """The entity is named after ``token`` in its sentence, outside its
        phrase: 'the defender believes Ray is right' is not Ray."""
        sent = self.sent(token.i)
        phrase = self.doc[token.left_edge.i : token.right_edge.i + 1]
        for m_start, _, _, text in self._mentions_of.get(entity, []):
            if (
                phrase.end_char <= m_start < sent.end_char
                and text.lower() not in self.finder.pronoun_sex
                and not self.in_marks(m_start)
            ):
                return True
        return False

    def _choose(self, found: list[tuple[int, str | None, int, bool]]) -> str | None:
        chosen = self._chosen(found)
        return None if chosen is None else chosen[1]

    def _chosen(
        self, found: list[tuple[int, str | None, int, bool]]
    ) -> tuple[int, str | None, int, bool] | None:
        if not found:
            return None
        ids = {f[1] for f in found}
        if len(ids) == 1:
            return found[-1]
        subjects = [f for f in found if f[2]]
        if not subjects:
            return None
        last = subjects[-1]
        if last[2] == 1:
            # the subject named last is of a clause below the main one: the
            # main clause's subject of that sentence comes first ('He added
            # that Obama was wrong. "...," he said': the one who added)
            sent = self.sent(self.token_at(last[0])).start
            main = [
                f
                for f in subjects
                if f[2] > 1 and self.sent(self.token_at(f[0])).start == sent
            ]
            last = main[-1] if main else last
        if last[3]:
            return None  # 'Ann and Bea met': either
        return last

    def chain_pronouns(self, quotes: list[_Quote]) -> None:
        """'"A," said Ann Ray. "B," she added.': 'she' is the last quote's speaker.

        A 'he'/'she' left unresolved takes the entity of the quote before it
        when that speaker is a person of no other sex, in the same or the
        previous paragraph, and no one else is named between the two; an
        'it' likewise an organization's (:meth:`_same_body`). Run over the
        marked quotes, then again over all quotes with the reports.
        """
        previous: _Quote | None = None
        for quote in quotes:
            if quote.speaker is None:
                continue
            if quote.entity is None and previous is not None:
                word = self.text[quote.speaker[0] : quote.speaker[1]].lower()
                sex = self.finder.pronoun_sex.get(word)
                same = (
                    self._same_voice(previous, quote, sex)
                    if sex is not None
                    else word == "it" and self._same_body(previous, quote)
                )
                if same and sex is not None:
                    # 'It rankles with the Dutchman. "...," he added': either
                    pronoun = self.doc[self.token_at(quote.speaker[0])]
                    assert previous.entity is not None
                    same = not self.described_nearer(
                        pronoun, quote.speaker[0], previous.entity
                    )
                if same:
                    quote.entity = previous.entity
            previous = quote

    def _paragraphs_apart(self, previous: _Quote, quote: _Quote) -> int:
        """Paragraphs from where the previous quote and its attribution end to
        where this one begins: a quote of three lines ending '"...," he told
        Reuters.' is right before a 'He said' on the next line."""
        assert quote.speaker is not None and previous.speaker is not None
        ends = max(previous.end, previous.speaker[1])
        return self.paragraph(min(quote.start, quote.speaker[0])) - self.paragraph(ends)

    def _same_body(self, previous: _Quote, quote: _Quote) -> bool:
        """'Acme Corp said ... The loan is due in May, it said': the one that
        spoke just before, in this or the previous paragraph, none between."""
        entity = previous.entity
        assert quote.speaker is not None and previous.speaker is not None
        if (
            entity is None
            or self.labels.get(entity) != "ORG"
            or self._paragraphs_apart(previous, quote) > 1
        ):
            return False
        since = max(previous.end, previous.speaker[1])
        if since >= quote.speaker[0] or not self.org_unrivalled(
            entity, since, quote.speaker[0]
        ):
            return False
        return not self._people_before(quote.speaker[0], since, None)

    def _same_voice(self, previous: _Quote, quote: _Quote, sex: str) -> bool:
        entity = previous.entity
        assert quote.speaker is not None and previous.speaker is not None
        if (
            entity is None
            or self.labels.get(entity) != "PERSON"
            or entity in self.mixed_sex
            or self.sexes.get(entity, sex) != sex
            or self._paragraphs_apart(previous, quote) > 1
        ):
            return False
        since = max(previous.end, previous.speaker[1])
        if since >= quote.speaker[0]:
            return False
        between = self._people_before(quote.speaker[0], since, None)
        return all(found[1] == entity for found in between)

    def organization_antecedent(self, pronoun: Token, start: int) -> str | None:
        """The organization 'they'/'it' at ``start`` stands for, or None.

        The nearest subject before the pronoun (in its sentence and the one
        before; for 'it' the two before, through earlier 'it's) must be an
        organization's name: 'The commission was asked ... But it said' and
        'The book says ... It claims' name none. 'they' also stops at a word
        for people ('the analysts', 'police').
        """
        lower = pronoun.lower_
        if lower not in ("they", "it"):
            return None  # 'we' and 'us' speak from inside a quote
        since = self.previous_paragraph_start(start)
        if lower == "it":
            since = self.previous_paragraph_start(since) if since > 0 else 0
        first = self.sent(pronoun.i).start
        for _ in range(2 if lower == "it" else 1):
            if first > 0:
                first = self.sent(first - 1).start
        first = max(first, self.token_at(since))
        for token in reversed(self.doc[first : pronoun.i]):
            if self.in_marks(token.idx):
                continue
            if lower == "they" and self._people_word(token):
                return None  # 'the analysts ... They said'
            if token.dep_ not in _SUBJECTS or not self._main_clause(token):
                continue  # not a subject, or one of a clause below the main one
            if token.lower_ in ("they", "it", "who", "which", "that"):
                continue  # an earlier pronoun or relative: look further back
            named = self._named_organization(token)
            if named is not None:
                # "Manufacturers' organisation, the EEF, said ... It also said"
                return named if self.org_unrivalled(named, token.idx, start) else None
            if lower == "it" and token.pos_ == "NOUN":
                # 'UK Coal ... The company said X. It expected Y', 'the
                # Japanese car maker has sought a loan. It said': the
                # organization the noun stands for
                found = self.org_anaphora(token, token.idx)
                if found is not None:
                    unrivalled = self.org_unrivalled(found, token.idx, start)
                    return found if unrivalled else None
                if token.lower_ in self.finder.org_nouns:
                    return None
            entity = self.entity_at(token.idx, token.idx + len(token))
            if entity is None or self.labels.get(entity) != "ORG":
                return None
            if self._subject_role(token)[1]:
                return None  # 'Acme and Bolt said ... They'
            return entity if self.org_unrivalled(entity, token.idx, start) else None
        return None

    def _named_organization(self, subject: Token) -> str | None:
        """The organization named in apposition to a common-noun subject."""
        if subject.pos_ != "NOUN":
            return None
        for child in subject.rights:
            if child.dep_ != "appos":
                continue
            entity = self.entity_at(child.idx, child.idx + len(child))
            if entity is not None and self.labels.get(entity) == "ORG":
                return entity
        return None

    @staticmethod
    def _main_clause(token: Token) -> bool:
        """The subject of a main clause ('Deloitte said ...'), not of one below it.

        In 'Deloitte said the economy had grown, with unemployment falling' the
        economy and unemployment are no antecedents for a later 'it'.
        """
        head = token.head
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        return head.dep_ == "ROOT"

    def org_noun_antecedent(self, subject: Token, start: int) -> str | None:
        """'the company said': the organization last named as a subject nearby.

        It is named as a subject in this sentence or the two before it (and in
        this paragraph or the one before), and no other organization is named
        since. For a word of ``media_heads`` ('the newspaper', 'the radio') it
        is the subject of a reporting verb: an organization the report is
        about is not the outlet.
        """
        if subject.pos_ != "NOUN" or subject.lower_ not in self.finder.org_nouns:
            return None
        dets = [c for c in subject.children if c.dep_ == "det"]
        if not dets or dets[0].lower_ != "the":
            return None
        sent = self.sent(subject.i)
        for _ in range(2):
            if sent.start == 0:
                break
            sent = self.sent(sent.start - 1)
        since = max(sent.start_char, self.previous_paragraph_start(start))
        found = self.preceding_entity(start, "ORG", subject=True)
        if found is None or found[0] < since:
            return None
        if not self.org_unrivalled(found[2], found[0], start):
            return None  # another organization named since
        if self._other_kind(subject.lower_, found[2]):
            return None  # 'The ... Services Union will strike. The government says'
        if subject.lower_ in self.finder.media_heads and not self._reports(found[1]):
            return None  # 'Acme plans a plant, the newspaper said': not Acme
        return found[2]

    def _reports(self, end: int) -> bool:
        """The mention ending at ``end`` is the subject of a reporting verb
        ('the Daily Courier said', 'Radio Ostria reported')."""
        head = self.doc[self.token_at(end - 1)].head
        return head.lemma_.lower() in self.finder.cue_lemmas

    def org_unrivalled(self, entity: str, since: int, before: int) -> bool:
        """No other organization is named between ``since`` and ``before``.

        'Orange grew fast. France Telecom's customers rose. The firm said': the
        subject named last is not the only organization the words may mean.
        """
        i = bisect.bisect_left(self.mention_starts, since)
        for m_start, _, other, _ in self.mentions[i:]:
            if m_start >= before:
                break
            if (
                other != entity
                and self.labels.get(other) == "ORG"
                and not self.in_marks(m_start)
            ):
                return False
        return True

    def role_antecedent(
        self, words: str, start: int, head: Token | None = None
    ) -> str | None:
        """'the chancellor said': the one person the article gave that role.

        ``words`` is the speaker's description ('the Tory leader'). The person
        is the only one named before ``start`` (outside quote marks) with the
        role as a title right before the name ('Tory leader Ann Ray') or in
        apposition right after it ('Ann Ray, the Tory leader,'). A title with
        a word of its own before it ('shadow chancellor Ann Ray', 'former
        prime minister ...') is another role; two people with the role: None.
        """
        role = role_of(words)
        if not role or role in self.finder.person_pronouns:
            return None
        i = bisect.bisect_left(self.mention_starts, start)
        people = [
            (m_start, m_end, entity)
            for m_start, m_end, entity, _ in self.mentions[:i]
            if self.labels.get(entity) == "PERSON" and not self.in_marks(m_start)
        ]
        titled = titled_people(self.text, role, people)
        if len(titled) == 1:
            return titled.pop()
        found = None
        if not titled and head is not None:
            # 'Ann Roe, a forensics expert at Leeds,' then 'the forensics expert'
            found = self.tied_person(head, start)
        return found

    def role_just_named(
        self, subject: Token, words: str, start: int, depth: int = 0
    ) -> str | None:
        """'..., Charles Kennedy has said. The Liberal Democrat leader predicted
        ...': a role nobody was titled with stands for the one person named in
        the sentence before or its own, as a main clause's subject.

        Only a singular role noun ('leader', 'senator', a capitalized 'The
        Chancellor') that is itself the subject of the main clause counts, only
        when that person is the only one named in the two sentences, and only
        when the role's word was not written before in a sentence without that
        person ('met the minister. The minister said'); a headline's role word
        ('Wales coach elated') is the story's and counts for no one else.
        """
        role = role_of(words)
        if (
            role is None
            or subject.tag_ not in ("NN", "NNP")
            or subject.lemma_.lower() not in self.finder.people_nouns
            or subject.dep_ != "nsubj"
            or not self._main_verb(subject.head)
        ):
            return None
        sent = self.sent(subject.i)
        near = self.sent(sent.start - 1).start_char if sent.start > 0 else 0
        near = max(near, self.previous_paragraph_start(start))
        sex = self.finder.description_sex.get(subject.lower_)
        found = self._people_before(start, near, None)
        entity = self._only_subject(found)
        if entity is None:
            return None
        if self.labels.get(entity) != "PERSON":
            return None  # 'a spokesman for Acme': Acme holds no role
        if sex is not None and self.sexes.get(entity, sex) != sex:
            return None
        named = [m[0] for m in self._mentions_of.get(entity, [])]
        for token in self.doc[: subject.i]:
            if token.lemma_.lower() != subject.lemma_.lower():
                continue
            if self._in_headline(token.idx):
                continue  # 'Wales coach elated': the headline's role is the story's
            other = self.sent(token.i)
            if any(other.start_char <= m < other.end_char for m in named):
                continue
            if depth < 3 and token.dep_ == "nsubj" and token.i != subject.i:
                # 'The foreign secretary told MPs' after 'Jack Straw said',
                # then 'But the foreign secretary said': both Straw
                earlier = self.doc[token.left_edge.i : token.i + 1]
                again = self.role_just_named(
                    token, earlier.text, earlier.start_char, depth + 1
                )
                if again == entity:
                    continue
            return None  # the role's word was written before, of someone else
        return entity

    def _only_subject(
        self, found: list[tuple[int, str | None, int, bool]]
    ) -> str | None:
        """The one person of ``found`` (:meth:`_people_before`) named as a main
        clause's subject, when every other name there is no subject of any
        clause nor an object of that subject's verb: 'Michael Howard has
        attacked the asylum system under Tony Blair' names Howard; 'Brown
        said Blair went back on a pledge' and 'Blair met Howard' name two."""
        if not found:
            return None
        if {f[1] for f in found} == {found[-1][1]}:
            entity = found[-1][1]
            return entity if any(f[2] > 1 for f in found) else None
        subjects = {f[1] for f in found if f[2] > 1}
        if len(subjects) != 1 or None in subjects:
            return None
        entity = next(e for e in subjects if e is not None)
        if any(f[3] for f in found if f[1] == entity):
            return None  # 'Ray and Hart said'
        texts = {m[0]: m[3].lower() for m in self._mentions_of.get(entity, [])}
        if not any(
            f[1] == entity
            and f[2] > 1
            and texts.get(f[0]) not in self.finder.pronoun_sex
            for f in found
        ):
            return None  # named only by a pronoun ck_entities chose: no surer
        verbs = {self._name_head(f[0]).head.i for f in found if f[1] == entity}
        for m_start, other, role, _ in found:
            if other == entity:
                continue
            if role > 0:
                return None  # the subject of a clause below: 'said Blair went'
            token = self._name_head(m_start)
            head = token.head
            if head.dep_ == "prep" or head.dep_ == "agent":
                head = head.head
            if token.dep_ in ("dobj", "obj", "dative", "pobj") and head.i in verbs:
                return None  # 'Blair met Howard', 'Blair spoke with Howard'
        return entity

    def _main_verb(self, verb: Token) -> bool:
        """The verb heads its sentence, though the parse may hang it on a
        verb inside quote marks ('But the minister told MPs: "We ..."')."""
        if verb.dep_ == "ROOT":
            return True
        return (
            verb.dep_ == "ccomp"
            and not self.in_marks(verb.idx)
            and self.in_marks(verb.head.idx)
        )

    def _name_head(self, start: int) -> Token:
        """The token a name starting at ``start`` hangs on the sentence by."""
        token = self.doc[self.token_at(start)]
        while token.dep_ in ("compound", "flat") and token.head.i != token.i:
            token = token.head
        return token

    def _people_word(self, token: Token) -> bool:
        """A word that may name people: 'analysts', 'police', 'Democrats', a name."""
        if token.ent_type_ in ("PERSON", "NORP"):
            return True
        return token.pos_ in ("NOUN", "PROPN") and (
            token.lemma_.lower() in self.finder.people_nouns
            or token.lower_ in self.finder.people_nouns
        )
