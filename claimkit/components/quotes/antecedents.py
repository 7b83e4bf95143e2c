"""Who a pronoun speaker stands for, checked: number, sex, distance and rivals.

'he'/'she' stand for a person named in the pronoun's paragraph or the one
before it, of no other sex; when several fit, the one named last as a subject
wins, and a name the tagger saw as a person but ck_entities typed otherwise
('Its owner, Tom Baker' typed ORG) is a rival that makes the choice unsure.
'they' stands for an organization only when that organization is the subject
named last, alone, with no people ('analysts', 'Democrats') between; 'it' for
the organization named last nearby. When unsure: no entity rather than a wrong
one.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from claimkit.components.quotes.context import _SUBJECTS, _Context

# the subject of 'X said' outside its clause's verb: a name in a subject phrase
_SUBJECT_DEPS = (*_SUBJECTS, "appos", "compound", "conj")


class _Antecedents(_Context):
    """Resolve pronoun speakers to entities, declining when unsure."""

    def person_antecedent(self, pronoun: Token, start: int) -> str | None:
        """The person 'he'/'she' at ``start`` stands for, or None when unsure."""
        sex = self.finder.pronoun_sex.get(pronoun.lower_)
        if sex is None:
            return None  # 'I', 'me': the writer or someone quoted, not a name before
        since = self.previous_paragraph_start(start)
        # (start, entity or None for an untyped name, is a subject, coordinated)
        found: list[tuple[int, str | None, bool, bool]] = []
        i = bisect.bisect_left(self.mention_starts, start)
        for j in range(i - 1, max(-1, i - 40), -1):
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
            if self.sexes.get(entity, sex) != sex:
                continue
            token = self.doc[self.token_at(m_end - 1)]
            found.append((m_start, entity, *self._subject_role(token)))
        found.extend(self._untyped_people(since, start))
        if not found:
            return None
        found.sort(key=lambda f: f[0])
        ids = {f[1] for f in found}
        if len(ids) == 1:
            return found[-1][1]
        subjects = [f for f in found if f[2]]
        if not subjects or subjects[-1][3]:
            return None  # no subject named, or 'Ann and Bea met': either
        chosen = subjects[-1][1]
        # a subject named before the last naming of another person still wins
        # ('Ann Ray met Bea Cole. She said'), but not one a paragraph away when
        # a rival is named in the pronoun's own paragraph
        para = self.para_starts[self.paragraph(start)]
        if subjects[-1][0] < para and any(
            f[0] >= para and f[1] != chosen for f in found
        ):
            return None
        return chosen

    def _subject_role(self, token: Token) -> tuple[bool, bool]:
        """A name's part in its clause: is it the subject, and coordinated?"""
        head = token
        while head.dep_ in ("compound", "flat") and head.head.i != head.i:
            head = head.head
        if head.dep_ == "appos" and head.head.dep_ in _SUBJECTS:
            head = head.head  # 'its owner, Tom Baker, said'
        coordinated = head.dep_ == "conj" or any(
            c.dep_ == "conj" for c in head.children
        )
        return head.dep_ in _SUBJECTS, coordinated

    def _untyped_people(
        self, since: int, before: int
    ) -> list[tuple[int, str | None, bool, bool]]:
        """Names the tagger marks as a person that no PERSON entity holds."""
        lo_m = bisect.bisect_left(self.mention_starts, since)
        hi_m = bisect.bisect_left(self.mention_starts, before)
        held = {
            k
            for m_start, m_end, entity, _ in self.mentions[lo_m:hi_m]
            if self.labels.get(entity) == "PERSON"
            for k in range(m_start, m_end)
        }
        out: list[tuple[int, str | None, bool, bool]] = []
        doc = self.doc
        lo, hi = self.token_at(since), self.token_at(before)
        for token in doc[lo:hi]:
            if (
                token.ent_type_ == "PERSON"
                and token.ent_iob_ == "B"
                and token.idx >= since
                and token.idx not in held
                and not self.in_marks(token.idx)
            ):
                end = token.i
                while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
                    end += 1
                out.append((token.idx, None, *self._subject_role(doc[end])))
        return out

    def organization_antecedent(self, pronoun: Token, start: int) -> str | None:
        """The organization 'they'/'it' at ``start`` stands for, or None."""
        lower = pronoun.lower_
        since = self.previous_paragraph_start(start)
        if lower == "it":
            found = self.preceding_entity(start, "ORG")
            return found[2] if found and found[0] >= since else None
        if lower != "they":
            return None  # 'we' and 'us' speak from inside a quote
        # the nearest subject before 'they' in its sentence and the one before
        sent = self.sent(pronoun.i)
        first = self.sent(sent.start - 1).start if sent.start > 0 else sent.start
        first = max(first, self.token_at(since))
        for token in reversed(self.doc[first : pronoun.i]):
            if self.in_marks(token.idx):
                continue
            if self._people_word(token):
                return None  # 'the analysts ... They said'
            if token.dep_ not in _SUBJECTS or token.head.dep_ in ("ccomp", "xcomp"):
                continue  # not a subject, or one of reported words
            if token.lower_ in ("they", "it", "who", "which", "that"):
                continue  # an earlier pronoun or relative: look further back
            entity = self.entity_at(token.idx, token.idx + len(token))
            if entity is None or self.labels.get(entity) != "ORG":
                return None
            if self._subject_role(token)[1]:
                return None  # 'Acme and Bolt said ... They'
            return entity
        return None

    def _people_word(self, token: Token) -> bool:
        """A word that may name people: 'analysts', 'police', 'Democrats', a name."""
        if token.ent_type_ in ("PERSON", "NORP"):
            return True
        return token.pos_ in ("NOUN", "PROPN") and (
            token.lemma_.lower() in self.finder.people_nouns
            or token.lower_ in self.finder.people_nouns
        )
