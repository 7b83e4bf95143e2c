"""A speaker's words and the name behind them.

What a subject token stands for when the parse did not hang the name on the
verb: the name in apposition or right after a role noun ('the US carmaker
Acme said', 'said the chairman of Acme LLC Jo Hart'), the phrase opening a
line the parse ran into the line before, a name read as a reduced relative,
and the organization a bare legal suffix ('LLC') was cut from.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimkit.components.quotes.context import _SUBJECTS
from claimkit.components.quotes.described import _Described
from claimkit.text.quotemarks import ALL_MARKS

# reporting verbs whose past participle after a name is passive: the name heard
_HEARD = {"tell", "inform", "assure", "remind", "warn", "advise", "ask", "notify"}


class _SubjectNames(_Described):
    """The name a speaker's subject token stands for."""

    def _line_subject(self, verb: Token) -> Token | None:
        """The noun opening the verb's line when the parse ran a line before it
        into the sentence ('June 5, 2009\\nAcme Corp announced on Friday that
        ...' hangs 'Acme Corp' on the date as its apposition, and the verb's
        subject is 'June'): the phrase that starts the line and whose head lies
        on the line before, when the verb follows it on the line with no other
        subject in between."""
        doc = verb.doc
        if any(c.dep_ == "auxpass" for c in verb.children):
            return None  # 'Reports ... have been described as': no one speaks
        line = self.para_starts[self.paragraph(verb.idx)]
        first = next(
            (t for t in doc[: verb.i] if t.idx >= line and not t.is_space), None
        )
        if first is None:
            return None
        for token in doc[first.i : verb.i]:
            if token.idx >= line and not self.same_paragraph(token, token.head):
                if token.pos_ not in ("NOUN", "PROPN") or token.left_edge.i > first.i:
                    return None
                between = doc[token.right_edge.i + 1 : verb.i]
                if any(
                    t.dep_ in _SUBJECTS and t.tag_ not in ("WDT", "WP") for t in between
                ):
                    return None
                return token
        return None

    @staticmethod
    def _reports_as_relative(verb: Token) -> bool:
        """A verb parsed as a reduced relative that reports: its own 'that'
        clause, active ('announced on Friday that ...'); not 'described as
        "..."' or 'told that ...', where the name is described or told."""
        return (
            verb.tag_ in ("VBD", "VBN")
            and verb.lemma_.lower() not in _HEARD
            and not any(c.dep_ in ("auxpass", "agent") for c in verb.children)
            and any(
                c.dep_ == "ccomp"
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                for c in verb.children
            )
        )

    def _reduced_relative_name(self, verb: Token) -> Token | None:
        """'Acme Corp, a carmaker which has filed for bankruptcy, announced on
        Friday that ...': the parse read the verb after a long apposition as a
        reduced relative of the name ('acl'); with a reported 'that' clause of
        its own and a comma before it, the name is its subject. A verb whose
        object is the party told ('Ann Ray, told that ...', 'warned that') is
        passive there: the name heard, it did not speak."""
        head = verb.head
        if (
            verb.dep_ != "acl"
            or head.pos_ != "PROPN"
            or head.i > verb.i
            or verb.i == 0
            or verb.doc[verb.i - 1].text != ","
            or not self.same_paragraph(head, verb)
            or not self._reports_as_relative(verb)
        ):
            return None
        entity = self.entity_at(head.idx, head.idx + len(head))
        return head if self.labels.get(entity or "") in ("PERSON", "ORG") else None

    def _legal_suffix(self, entity: str) -> bool:
        """The entity's name is a company's legal suffix alone ('LLC', 'Inc.')."""
        name = self.names.get(entity, "").strip(" .").lower()
        return name in self.finder.company_markers

    def _suffix_owner(self, suffix: str) -> tuple[str, int, tuple[int, int]] | None:
        """The organization a bare legal suffix was cut from: 'Acme' of 'Acme LLC'.

        Returns its id, where its mention starts, and the suffix mention; None
        when no organization's mention stands right before the suffix.
        """
        for s_start, s_end, _, _ in self._mentions_of.get(suffix, []):
            before = self.text[:s_start].rstrip(" ,")
            if len(before) < s_start - 2:
                continue
            for m_start, m_end, entity, _ in self.mentions:
                if (
                    m_end == len(before)
                    and entity != suffix
                    and self.labels.get(entity) == "ORG"
                ):
                    return entity, m_start, (s_start, s_end)
        return None

    def _issued_before(self, subject: Token) -> str | None:
        """'Acme issued a statement on Tuesday. "...," the statement said': the
        one who issued it. A voice or document noun with 'the' and nothing else
        ('the statement', 'the letter', 'the report') stands for the last one
        of its kind named before, in its paragraph or the three before (a quote
        over two lines may come between): its maker is the name it was made
        the object of ('Acme issued a statement'), that it was named with ('an
        Acme statement', "Acme's statement") or by ('a report by Acme'); another
        one of its kind names no one."""
        lemma = subject.lemma_.lower()
        if lemma not in self.finder.voice_nouns | self.finder.document_nouns or any(
            c.dep_ != "det" or c.lower_ != "the" for c in subject.children
        ):
            return None
        if not any(c.dep_ == "det" for c in subject.children):
            return None
        since = subject.idx
        for _ in range(3):
            since = self.previous_paragraph_start(since) if since > 0 else 0
        for token in reversed(subject.doc[: subject.i]):
            if token.idx < since:
                break
            if (
                token.lemma_ != subject.lemma_
                or token.pos_ != "NOUN"  # 'the Times reported': no report named
                or self.in_marks(token.idx)
            ):
                continue
            names = [
                c
                for c in token.children
                if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"
            ]
            if not names and token.dep_ in ("dobj", "obj"):
                names = [
                    c
                    for c in token.head.children
                    if c.dep_ == "nsubj" and c.pos_ == "PROPN"
                ]
            if not names:
                return self.document_maker(token)
            name = names[-1]
            entity = self.entity_at(name.idx, name.idx + len(name))
            return (
                entity if self.labels.get(entity or "") in ("PERSON", "ORG") else None
            )
        return None

    def document_maker(self, noun: Token) -> str | None:
        """'a report by Acme', 'a study from Acme': the one a document noun is
        by, when the words name one person or organization."""
        if noun.lemma_.lower() not in self.finder.document_nouns:
            return None
        for prep in noun.rights:
            if prep.dep_ != "prep" or prep.lower_ not in ("by", "from"):
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj" or self.in_marks(obj.idx):
                    continue
                if any(c.dep_ == "conj" for c in obj.children):
                    return None  # 'a joint report from Acme and Bolt': both
                entity = self.entity_at(obj.idx, obj.idx + len(obj))
                if self.labels.get(entity or "") in ("PERSON", "ORG"):
                    return entity
        return None

    def _name_after_title(self, subject: Token) -> Token | None:
        """'said Police Sgt. Marty Earley': the parse took the abbreviated title
        for the subject and cut the name off at its full stop; the person named
        right after the title speaks."""
        doc = subject.doc
        if subject.lower_.rstrip(".") not in self.finder.title_abbreviations:
            return None
        i = subject.i + 1
        if i < len(doc) and doc[i].text == ".":
            i += 1
        if i >= len(doc) or doc[i].pos_ != "PROPN" or doc[i].is_space:
            return None
        entity = self.entity_at(doc[i].idx, doc[i].idx + len(doc[i]))
        if self.labels.get(entity or "") != "PERSON":
            return None
        while i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I":
            i += 1
        return doc[i]

    def _name_ending_role(self, subject: Token) -> list[Token]:
        """'said the chairman of Acme LLC Jo Hart': the name the role runs into.

        With no comma between, the parse hangs the person's name on the
        organization's; a name of the article's entities that opens with a given
        name and follows the organization's last word ends the role phrase, and
        is the speaker whatever type the name was given.
        """
        if subject.lemma_.lower() not in self.finder.people_nouns:
            return []
        doc = subject.doc
        last = subject.right_edge
        while last.i > subject.i and last.is_punct:
            last = doc[
                last.i - 1
            ]  # 'Chairman of X Jo Hart, said': the comma is no role's
        if any(t.text in ",;:()" for t in doc[subject.i : last.i + 1]):
            return []
        if last.i > subject.i + 1 and last.is_upper and len(last) <= 4:
            last = doc[last.i - 1]  # 'Jo Hart MP', 'Jo Hart QC': a post-nominal
        for m_start, m_end, _, text in self.mentions:
            if m_end != last.idx + len(last) or m_start <= subject.idx:
                continue
            first = self.token_at(m_start)
            words = text.split()
            if (
                len(words) > 1
                and first > subject.i + 1
                and doc[first - 1].pos_ == "PROPN"
                and self.finder.given_names.gender(words[0]) in ("m", "f")
            ):
                return [last]
        return []

    def _name_after_noun(self, subject: Token) -> list[Token]:
        """'The US carmaker Acme has said': the name right after the noun.

        The parse may give the noun and the name each as a subject of the verb;
        the name, a person or organization, is the one who speaks.
        """
        doc = subject.doc
        if subject.i + 1 >= len(doc):
            return []
        name = doc[subject.i + 1]
        if (
            name.pos_ == "PROPN"
            and self.labels.get(self.entity_at(name.idx, name.idx + len(name)) or "")
            in ("PERSON", "ORG")
            and (
                name.dep_ in ("nsubj", "nsubjpass")
                or (name.dep_ in ("appos", "compound") and name.head is subject)
            )
        ):
            return [name]
        return []

    @staticmethod
    def _appositive_person(subject: Token) -> list[Token]:
        """'A spokesperson for Acme, Jane Doe, said': the name the parse gave Acme.

        A person's name in apposition to the object of the role noun's 'for' or
        'at' names the role noun itself when that object is an organization's
        name; after a person noun ('a spokesman for the prosecutor, Alan
        Hevesi') it names the prosecutor.
        """
        for prep in subject.rights:
            if prep.dep_ != "prep":
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj" or obj.ent_type_ == "PERSON":
                    continue
                if obj.pos_ != "PROPN" and not obj.ent_type_:
                    continue  # 'a spokesman for the prosecutor, Alan Hevesi'
                names = [
                    c
                    for c in obj.rights
                    if c.dep_ == "appos"
                    and c.pos_ == "PROPN"
                    and c.ent_type_ == "PERSON"
                ]
                if names:
                    return names
        return []

    def _subject_words(self, token: Token) -> Span:
        """The subject's own words: its name or noun phrase, no apposition or clause."""
        doc = token.doc
        # 'Theresa May' whose 'May' the model typed DATE: the name's compound
        # words, not the date's
        if token.ent_type_ not in ("", "DATE", "TIME") and token.pos_ == "PROPN":
            left = token.i
            while (
                left > 0 and doc[left - 1].ent_iob_ != "O" and doc[left].ent_iob_ == "I"
            ):
                left -= 1
            right = token.i
            while right + 1 < len(doc) and doc[right + 1].ent_iob_ == "I":
                right += 1
            return self._in_paragraph(token, left, right)
        left = token.i
        for child in token.lefts:
            if child.dep_ in (
                "compound",
                "det",
                "amod",
                "poss",
                "nmod",
                "nummod",
                "flat",
            ):
                left = min(left, child.left_edge.i)
        right = token.i
        for child in token.rights:
            if child.dep_ in ("compound", "flat") and child.i == right + 1:
                right = child.i
        while left < token.i and (doc[left].is_punct or doc[left].text in ALL_MARKS):
            left += 1
        return self._in_paragraph(token, left, right)

    def _in_paragraph(self, token: Token, left: int, right: int) -> Span:
        """The words ``left``..``right`` of ``token``'s paragraph only.

        'Boat ban lifted / Harbour officials said': a headline parsed into the
        first sentence lends the subject no words.
        """
        doc = token.doc
        while left < token.i and not self.same_paragraph(doc[left], token):
            left += 1
        while right > token.i and not self.same_paragraph(doc[right], token):
            right -= 1
        while left < token.i and (doc[left].is_space or doc[left].is_punct):
            left += 1
        return doc[left : right + 1]

    def _role_without_origin(self, subject: Token, start: int) -> str | None:
        """'the South African archbishop': the one person titled with the role
        once the nationality words before it (NORP) are set aside.

        Only a role whose other words are all of the nationality counts ('the
        former South African president' keeps 'former'), and only a role the
        article gave as a title or apposition (:meth:`role_antecedent`).
        """
        lefts = list(subject.lefts)
        if not lefts or lefts[0].lower_ != "the" or lefts[0].dep_ != "det":
            return None
        modifiers = [t for t in self.doc[lefts[0].i + 1 : subject.i]]
        if not modifiers or not all(t.ent_type_ == "NORP" for t in modifiers):
            return None
        return self.role_antecedent("the " + subject.text, start)

    def _conjoined_name_before(self, verb: Token) -> Token | None:
        """'Robots can fulfil serious functions and the UN Commission predicts
        that ...': the parse joined the name to the object before it and the
        verb to the verb before; the name right before the verb speaks.

        Only a verb of its own subjectless conjunct, right after a person's or
        organization's name (its last word, or the last of a phrase hanging
        on it: 'Commission for Europe') that the parse made a conjunct of a
        noun ('functions and the Commission').
        """
        if verb.dep_ != "conj" or verb.i == 0:
            return None
        if any(c.dep_ in _SUBJECTS for c in verb.children):
            return None
        name = verb.doc[verb.i - 1]
        for _ in range(4):
            # 'the UN Commission for Europe predicts': from the name's last
            # word up to the word the phrase hangs on
            head = name.head
            if (
                name.dep_ == "conj"
                or head.i >= verb.i
                or head.right_edge.i != verb.i - 1
            ):
                break
            name = head
        if (
            name.pos_ != "PROPN"
            or name.dep_ != "conj"
            or name.head.pos_ not in ("NOUN", "PROPN")
            or name.ent_type_ not in ("PERSON", "ORG")
            or self.in_marks(name.idx)
        ):
            return None
        entity = self.entity_at(name.idx, name.idx + len(name))
        return name if self.labels.get(entity or "") in ("PERSON", "ORG") else None

    def _name_ending_title(self, subject: Token) -> Token | None:
        """'Lord of the Rings director Peter Jackson has said': the parse took
        a title's first word for the subject and hung the rest on its 'of'; a
        person's name ending the subject's words, with a word for a person's
        role or calling right before it, speaks. 'Friends of Tom Reed said'
        (no role) and 'the wife of director Tom Reed' (a noun speaks) do not
        give him the words."""
        doc = subject.doc
        if (
            subject.pos_ != "PROPN"
            or subject.tag_ == "NNPS"  # 'Friends of director Tom Reed said'
            or any(c.dep_ == "det" for c in subject.lefts)
            or self.entity_at(subject.idx, subject.idx + len(subject)) is not None
            or not any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.rights)
        ):
            return None
        last = subject.right_edge
        if any(
            t.text in ",;:()" or self.in_marks(t.idx) for t in doc[subject.i : last.i]
        ):
            return None
        entity = self.entity_at(last.idx, last.idx + len(last))
        if self.labels.get(entity or "") != "PERSON":
            return None
        first = last.i
        while first - 1 > subject.i and doc[first - 1].pos_ == "PROPN":
            first -= 1
        role = doc[first - 1]
        lemma = role.lemma_.lower()
        if (
            role.pos_ != "NOUN"
            or not role.is_lower
            or not (
                lemma in self.finder.people_nouns
                or lemma in self.finder.description_nouns
            )
        ):
            return None
        return last

    @staticmethod
    def _one_of_name(subject: Token) -> Token | None:
        """'One of the men, Tom Reed, 34, said': the person in apposition to
        'one of ...'; None for 'One of her aides, a teacher,'."""
        if subject.lower_ != "one" or not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in subject.rights
        ):
            return None
        for child in subject.rights:
            if (
                child.dep_ == "appos"
                and child.pos_ == "PROPN"
                and child.ent_type_ == "PERSON"
            ):
                return child
        return None
