"""Who may be meant by a pronoun: the people named before it and their parts.

A name's part in its clause (a main clause's subject, one below it, or none),
a name set beside a word for a work or a body ('the film, X,'), and names the
tagger saw as a person's that no PERSON entity holds: rivals that make a
pronoun's choice unsure. Also the small checks the antecedent rules share: a
name only modifying a noun ('a Tom Reed strike'), a person's description ('the
Dutchman'), an organization of another kind than a noun says, a headline line.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from claimkit.components.quotes.context import _SUBJECTS, _Context
from claimkit.text.layout import subheading

# organization words that fit a body of any kind: 'the group' may be a bank's
_ANY_BODY = frozenset(
    {"group", "company", "corporation", "organization", "organisation"}
)


class _Rivals(_Context):
    """The parts names play before a pronoun, for :class:`_Antecedents`."""

    def _names_a_thing(self, token: Token) -> bool:
        """The name is in apposition to a word for a work or a body: 'the film, X,'.

        A title ('The film, A Quiet Harbour,') or an organization ('the band,
        Sea Lanes,') the tagger took for a person is no one a 'he' can mean;
        'head of research Peter Kim' is.
        """
        head = token
        while head.dep_ in ("compound", "flat") and head.head.i != head.i:
            head = head.head
        noun = head.head
        things = self.finder.title_cues | self.finder.org_nouns
        return (
            head.dep_ == "appos"
            and noun.pos_ == "NOUN"
            and (noun.lower_ in things or noun.lemma_.lower() in things)
        )

    def _subject_role(self, token: Token) -> tuple[int, bool]:
        """A name's part in its clause: is it a subject (0 no, 1 of a clause
        below the main one, 2 of the main clause), and is it coordinated?"""
        head = token
        while head.dep_ in ("compound", "flat") and head.head.i != head.i:
            head = head.head
        if head.dep_ == "appos":
            head = head.head  # 'its owner, Tom Baker, said'
        if head.dep_ == "ROOT" and self._finite_clause(head, "acl") is not None:
            return 2, False  # 'Ann Ray, head of Acme, called on ...' hung on 'Ray'
        first = head.left_edge.i
        if head.dep_ == "conj" and first > 0 and self.doc[first - 1].dep_ == "cc":
            verb = self._finite_clause(head, "advcl")
            if verb is not None:
                # '... a win at Carrow Road and Keegan sympathised with ...':
                # the parse joined the name to a noun before, not to its verb
                return 2 if verb.dep_ == "ROOT" else 1, False
        coordinated = head.dep_ == "conj" or any(
            c.dep_ == "conj" for c in head.children
        )
        # the agent of a passive acts as its subject: 'was denied by Jack Straw'
        agent = head.dep_ == "pobj" and head.head.dep_ == "agent"
        if not (head.dep_ in _SUBJECTS or agent):
            return 0, coordinated
        if agent:
            return 1, coordinated  # 'Rubio was asked by Baker': Rubio is the topic
        verb = head.head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ == "ROOT" or self._closing_report(verb, head):
            return 2, coordinated
        return 1, coordinated

    def _finite_clause(self, name: Token, dep: str) -> Token | None:
        """The verb with no subject of its own that the parse hung where a
        name's verb should be: a finite verb, no subject, right after the
        name ('Ann Ray, head of Acme, called', ``dep`` 'acl', a child of the
        name) or the name's next word ('... and Keegan sympathised', ``dep``
        'advcl', below the name's clause)."""
        if dep == "acl":
            verbs = [c for c in name.rights if c.dep_ == "acl"]
            verb = verbs[0] if verbs else None
            if verb is None or verb.i < 2 or self.doc[verb.i - 1].text != ",":
                return None
        else:
            verb = self.doc[name.i + 1] if name.i + 1 < len(self.doc) else None
            if verb is None or verb.dep_ != dep:
                return None
        if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in (*_SUBJECTS, "expl") for c in verb.children
        ):
            return None
        return verb

    def _closing_report(self, verb: Token, subject: Token) -> bool:
        """'..., if orders were defied, Lord Falconer said.': a reporting verb
        closing its sentence after a comma, its subject right after the comma,
        is the sentence's main clause, however the parse hung it on the report."""
        if (
            verb.pos_ not in ("VERB", "AUX")
            or verb.lemma_.lower() not in self.finder.cue_lemmas
            or verb.head.i >= verb.i
            or subject.i > verb.i
        ):
            return False
        first = subject.left_edge.i
        if first == 0 or self.doc[first - 1].text != ",":
            return False
        sent = self.sent(verb.i)
        after = self.doc[verb.right_edge.i + 1 : sent.end]
        return all(t.is_punct for t in after)

    def _untyped_people(
        self, since: int, before: int
    ) -> list[tuple[int, str | None, int, bool]]:
        """Names the tagger marks as a person that no PERSON entity holds.

        A name ck_entities dropped, or typed otherwise though it opens with a
        given name ('Tom Baker' typed ORG; not 'Labour'), is a rival antecedent.
        """
        lo_m = bisect.bisect_left(self.mention_starts, since)
        hi_m = bisect.bisect_left(self.mention_starts, before)
        held: dict[int, str] = {}
        for m_start, m_end, entity, _ in self.mentions[lo_m:hi_m]:
            for k in range(m_start, m_end):
                held[k] = self.labels.get(entity, "")
        out: list[tuple[int, str | None, int, bool]] = []
        lo, hi = self.token_at(since), self.token_at(before)
        for ent in self.ents_between(lo, hi):
            if ent.label_ != "PERSON" or ent.start_char < since:
                continue
            labels = {held.get(k) for k in range(ent.start_char, ent.end_char)}
            if (
                "PERSON" in labels
                or self.in_marks(ent.start_char)
                or self._names_a_thing(ent[-1])
                or not any(t.tag_ in ("NNP", "NNPS") for t in ent)
            ):
                continue  # 'Backstage, he said': no proper noun, no name
            if labels - {None} and not (
                len(ent) > 1 and self.finder.given_names.gender(ent[0].text)
            ):
                continue  # typed otherwise, and rightly so as far as we can tell
            out.append((ent.start_char, None, *self._subject_role(ent[-1])))
        out.extend(self._untagged_subjects(lo, hi, held))
        return out

    def _untagged_subjects(
        self, lo: int, hi: int, held: dict[int, str]
    ) -> list[tuple[int, str | None, int, bool]]:
        """A main clause's subject written as a name of two capitalized words
        or more that the tagger gave no type ('Piers Marlow is a union officer
        in Cardiff. He said ...'): someone a pronoun after it may mean."""
        out: list[tuple[int, str | None, int, bool]] = []
        for token in self.subjects_between(lo, hi):
            if token.pos_ != "PROPN" or token.dep_ not in ("nsubj", "nsubjpass"):
                continue
            words = [c for c in token.lefts if c.dep_ == "compound"] + [token]
            first = words[0]
            if (
                len(words) < 2
                or first.i != token.i - len(words) + 1
                or any(w.ent_type_ or not w.text[:1].isupper() for w in words)
                or any(k in held for k in range(first.idx, token.idx + len(token)))
                or self.in_marks(first.idx)
            ):
                continue
            role, coordinated = self._subject_role(token)
            if role == 2:
                out.append((first.idx, None, role, coordinated))
        return out

    def only_as_modifier(self, entity: str, start: int) -> bool:
        """Before ``start``, in the reach of a 'he'/'she' (its paragraph and
        the two before), the entity is named, and only as a word of a noun
        phrase ('an Alan Shearer strike', 'the Tomlinson report') or beside
        a work ('the film, X,'): no mention a pronoun can stand for."""
        since = self.previous_paragraph_start(start)
        since = self.previous_paragraph_start(since) if since > 0 else 0
        seen = False
        for m_start, m_end, _, _ in self._mentions_of.get(entity, []):
            if m_start < since or m_end > start or self.in_marks(m_start):
                continue
            seen = True
            token = self.doc[self.token_at(m_end - 1)]
            modifier = token.dep_ == "compound" and token.head.pos_ == "NOUN"
            if not (modifier or self._names_a_thing(token)):
                return False
        return seen

    def _person_description(self, token: Token) -> bool:
        """'the Dutchman', 'the 32-year-old', 'the striker': a singular noun
        with 'the' that describes a person by origin, age or calling."""
        if token.pos_ not in ("NOUN", "PROPN") or token.tag_ in ("NNS", "NNPS"):
            return False
        if token.dep_ in (
            "compound",
            "amod",
            "poss",
            *_SUBJECTS,
        ) or token.ent_type_ in (
            "PERSON",
            "ORG",
        ):
            return False  # a subject 'The 48-year-old actor' is the one spoken of
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.lefts):
            return False
        return (
            token.ent_type_ == "NORP"
            or token.lower_.endswith("-year-old")
            or token.lower_ in self.finder.description_nouns
        )

    def _other_kind(self, noun: str, entity: str) -> bool:
        """The organization's name says it is another kind of body than
        ``noun`` ('the government' for 'Public Services Union', 'the party'
        for 'Home Office'): a word of ``named_org_heads`` in the name, and not
        ``noun`` nor a kind ``kind_fits`` gives it ('the agency' fits 'Federal
        Bureau of Investigation'). Names of no kind ('Labour', 'Acme') and
        words that fit any body ('the group', 'the company') fit."""
        if noun in self.finder.company_heads or noun in _ANY_BODY:
            return False
        words = {w.strip(".,'’").lower() for w in self.names.get(entity, "").split()}
        kinds = words & (self.finder.named_org_heads - _ANY_BODY)
        fits = {noun, noun + "s"} | self.finder.kind_fits.get(noun, frozenset())
        return bool(kinds) and not words & fits

    def _in_headline(self, char: int) -> bool:
        """``char`` lies on the text's first line and that line reads as a
        headline: short, with no sentence-final stop."""
        first = self.text.find("\n")
        if first < 0 or char >= first:
            return False
        return subheading(self.text[:first])
