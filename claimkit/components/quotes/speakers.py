"""Who speaks: a reporting verb's subject, its words and its entity.

A subject is found through conjunctions, relative clauses and 'by saying'; its
words are the name or noun phrase without apposition; its entity is the mention
it overlaps, or for a pronoun or 'the company' the entity named before it.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimkit.components.anaphora import OrgAnaphora
from claimkit.components.quotes.according import _According
from claimkit.components.quotes.clauses import (
    passive_by,
    quoted_as_saying,
    quoting,
    relative_antecedent,
)
from claimkit.components.quotes.context import (
    _RELATIVE,
    _SUBJECTS,
    _Quote,
)
from claimkit.components.quotes.stand_ins import inverted_subject, object_controller
from claimkit.text.quotemarks import ALL_MARKS

# auxiliaries of what is only possible: 'could defend myself by claiming ...'
_POSSIBLE = {"may", "might", "could", "would", "should", "can", "'d"}


class _Speakers(_According):
    """Cues and their speakers: the verb's subject, 'according to X'."""

    def _is_cue(self, token: Token) -> bool:
        return (
            token.pos_ in ("VERB", "AUX")
            and token.lemma_.lower() in self.finder.cue_lemmas
        )

    def _set_speaker(self, quote: _Quote, cue: Token) -> bool:
        """Set the cue and its subject as the speaker; False without a subject."""
        subject = self._subject(cue)
        if subject is None or self._supposed(cue, subject):
            return False
        if quote.start <= subject.idx < quote.end and quote.form != "indirect":
            return False  # the subject of a verb quoted inside the quote
        quote.cue = cue
        quote.cue_text = self._cue_text(cue)
        self._set_subject(quote, subject)
        return True

    def _supposed(self, cue: Token, subject: Token) -> bool:
        """The cue supposes or infers: no one is reported as saying anything.

        'If they say "quick", ...', 'The key is if Gerrard says that ...', 'you
        would probably say ...'; and 'suggest' of what is no source ('the win
        suggested that ...', 'a crowd, suggesting that ...', 'That suggests
        ...'), as against 'Lind suggested', 'the study suggests'.
        """
        finder = self.finder
        token = cue
        for _ in range(3):
            if any(
                c.dep_ == "mark" and c.lower_ in ("if", "unless")
                for c in token.children
            ):
                return True
            if token.dep_ != "conj" or token.head.i == token.i:
                break
            token = token.head
        if subject.lower_ in ("you", "one") and any(
            c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "'d")
            for c in cue.children
        ):
            return True
        if self._means_to_an_end(cue):
            return True
        if cue.lemma_.lower() in finder.source_subject_lemmas:
            if self._inferred_from_event(cue):
                return True
            words = {subject.lower_, subject.lemma_.lower()}
            nouns = (
                finder.org_nouns
                | finder.people_nouns
                | finder.voice_nouns
                | finder.per_sources
            )
            # 'research by Jupiter suggested': a source's work speaks for it
            by = any(
                p.dep_ == "prep"
                and p.lower_ in ("by", "from")
                and any(o.ent_type_ in ("PERSON", "ORG") for o in p.subtree)
                for p in subject.children
            )
            if subject.lower_ in ("that", "this", "which"):
                return True  # 'That suggests ...': the writer infers
            return not (
                subject.ent_type_ in ("PERSON", "ORG", "NORP")
                or subject.pos_ in ("PRON", "PROPN")
                or bool(words & nouns)
                or by
            )
        return False

    @staticmethod
    def _means_to_an_end(cue: Token) -> bool:
        """'could defend myself by claiming that ...', 'can earn more from
        claiming than ...': a gerund under a preposition of a verb that is only
        possible names a way to act, not a claim anyone made ('He began by
        saying that ...' reports)."""
        if cue.tag_ != "VBG" or cue.dep_ != "pcomp" or cue.head.dep_ != "prep":
            return False
        governor = cue.head.head
        return any(c.dep_ == "aux" and c.lower_ in _POSSIBLE for c in governor.children)

    def _inferred_from_event(self, cue: Token) -> bool:
        """'A speech drew a large crowd, suggesting that ...': a participle of an
        inference verb after a comma says what an event suggests, unless it
        hangs on a reporting verb or its clause ('Lind said the sale was near,
        suggesting that ...')."""
        head = cue.head
        return (
            cue.tag_ == "VBG"
            and cue.dep_ in ("advcl", "xcomp", "conj")
            and cue.i > 0
            and cue.doc[cue.i - 1].text == ","
            and head.i < cue.i
            and not self._is_cue(head)
            and not (head.dep_ == "ccomp" and self._is_cue(head.head))
        )

    def _cue_text(self, cue: Token) -> str:
        """The reporting words: the verb, its particle and the told party."""
        words = [cue]
        for child in cue.children:
            if child.dep_ in ("prt", "neg") or (
                child.dep_ in ("dobj", "dative")
                and cue.lemma_ == "tell"
                and child.i > cue.i
            ):
                words.append(child)
            if child.dep_ == "aux" and child.i == cue.i - 1:
                words.append(child)
        words.sort(key=lambda t: t.i)
        return self.doc[words[0].i : words[-1].i + 1].text

    def _subject(self, verb: Token) -> Token | None:
        """The verb's subject, climbing conjunctions and relative clauses."""
        quoted = quoted_as_saying(verb) or quoting(verb)
        if quoted is not None:
            return quoted  # 'Reuters quoted Anna Berg as saying ...': Berg speaks
        if verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
            # 'issued a statement saying, "..."': the statement's issuer speaks
            noun = verb.head
            if noun.dep_ in ("dobj", "obj") and not any(
                c.dep_ in _SUBJECTS for c in verb.children
            ):
                issuer = self._subject(noun.head)
                return issuer if issuer is not None else noun
        named = self._reduced_relative_name(verb) or self._conjoined_name_before(verb)
        if named is not None:
            return named
        if verb.tag_ == "VBG" and verb.i > 0 and verb.dep_ != "ROOT":
            # 'footage of Hillary Clinton asking, "..."': the name the gerund follows
            name = verb.doc[verb.i - 1]
            if (
                name.pos_ == "PROPN"
                and name.ent_type_ in ("PERSON", "ORG")
                and not any(c.dep_ in _SUBJECTS for c in verb.children)
            ):
                return name
        token = verb
        # a verb outside quote marks never takes its subject from inside them
        # (a misparse of '"A," Jordan said' joins 'said' to the quoted verb)
        outside = not self.in_marks(verb.idx)
        crossed = False  # the parse ran the sentence over a line break
        for _ in range(4):
            if outside and token is not verb and self.in_marks(token.idx):
                return None
            for child in token.children:
                if child.is_punct or child.text in ALL_MARKS:
                    continue  # a quote mark misparsed as the subject
                if outside and self.in_marks(child.idx):
                    continue
                if not self.same_paragraph(child, verb):
                    crossed = crossed or child.dep_ == "nsubj"
                    continue
                if child.dep_ == "nsubjpass" and (
                    not self._main_clause(token)
                    if token is not verb
                    else (
                        self._is_cue(verb)
                        or verb.lemma_.lower() in self.finder.as_lemmas
                    )
                ):
                    # 'staff were told', 'it is estimated': the passive subject
                    # heard or is the report; only 'by X' (agent) speaks. The
                    # passive subject of a main clause above speaks ('After
                    # saying X, Jo Marsh was taken to hospital'; 'Ray was quoted
                    # as saying'), not one of a clause on a noun ('rejected the
                    # claim that Reed had been sidelined, saying ...')
                    continue
                if child.dep_ in _SUBJECTS and child.pos_ != "SCONJ":
                    if child.lower_ in _RELATIVE and token.dep_ == "relcl":
                        return relative_antecedent(
                            child, token.head, self.finder.people_nouns
                        )
                    if child.tag_ in ("WP", "WDT"):
                        # 'the police department which reported' (a relative
                        # the parse did not hang on its noun) is the noun's;
                        # 'recalled what happened to point out' is no one's
                        if child.i > 0 and child.nbor(-1).pos_ in ("NOUN", "PROPN"):
                            return relative_antecedent(
                                child, child.nbor(-1), self.finder.people_nouns
                            )
                        continue
                    if child.dep_ == "csubj":
                        continue
                    return (
                        self._named_co_subject(token, child)
                        or self._inverted_subject(token, child)
                        or child
                    )
                if child.dep_ == "agent" or (
                    token is verb and child.lower_ == "by" and child is passive_by(verb)
                ):
                    objects = [c for c in child.children if c.dep_ == "pobj"]
                    if objects:
                        return objects[0]
            controller = object_controller(token, self.finder.control_lemmas)
            if controller is not None:
                return controller
            participle = token.tag_ in ("VBG", "VBN") and token.dep_ != "ccomp"
            if (
                token.dep_ == "conj"
                and token.head.dep_ == "ccomp"
                and self._is_cue(token)
                and self._is_cue(token.head.head)
            ):
                # 'X said profits rose, and said it expected growth': the parse
                # joins the second cue to the report; its subject is the first's
                token = token.head.head
                continue
            reporter = self._reporter_above(token)
            if reporter is not None:
                token = reporter
                continue
            if (
                token.head.i != token.i
                and self.same_paragraph(token, token.head)
                and (
                    token.dep_ in ("conj", "xcomp", "advcl")
                    or (participle and token.head.pos_ in ("VERB", "AUX"))
                )
            ):
                token = token.head
                continue
            head = token.head
            if (
                token is verb
                and self._is_cue(token)
                and token.tag_ == "VBG"
                and token.dep_ == "pcomp"
                and head.dep_ == "prep"
                and head.head.pos_ in ("VERB", "AUX")
                and self.same_paragraph(token, head.head)
            ):
                blamed = [c for c in head.head.children if c.dep_ in ("dobj", "obj")]
                if head.lower_ == "for" and blamed:
                    # 'criticised the government for claiming ...': the
                    # government claimed; the critic did not
                    return blamed[0]
                token = head.head  # 'began by saying', 'responded by saying'
                continue
            across = not self.same_paragraph(token, token.head) and (
                token.dep_ in ("conj", "ROOT", "appos", "relcl")
                or (token.dep_ == "acl" and self._reports_as_relative(token))
            )
            if crossed or across:
                return self._line_subject(verb)
            break
        return None

    @staticmethod
    def _named_co_subject(verb: Token, subject: Token) -> Token | None:
        """'Tory co-chairman Liam Fox said': the parse split the role at its
        hyphen into subjects of their own; the name among them speaks. So
        does 'The chairman of the Bar Council, Guy Mansfield QC warned', a
        name after a comma whose last word ('QC') the tagger left untyped."""
        if subject.pos_ != "NOUN":
            return None
        for other in verb.children:
            if (
                other.i > subject.i
                and other.dep_ == subject.dep_
                and other.pos_ == "PROPN"
                and (
                    other.ent_type_ in ("PERSON", "ORG")
                    or any(
                        c.dep_ == "compound" and c.ent_type_ == "PERSON"
                        for c in other.lefts
                    )
                )
            ):
                return other
        return None

    def _inverted_subject(self, verb: Token, subject: Token) -> Token | None:
        if not self._is_cue(verb):
            return None
        return inverted_subject(
            verb,
            subject,
            lambda t: not self.in_marks(t.idx) and self.same_paragraph(t, verb),
        )

    def _reporter_above(self, participle: Token) -> Token | None:
        """'X said the museum had a chance, predicting that ...': the reporter.

        A participle set off by a comma after a reported clause is the
        reporter's act, though the parse hangs it on the clause's verb: its
        subject is the reporting verb's, not the reported clause's ('the
        museum').
        """
        head = participle.head
        if (
            participle.tag_ != "VBG"
            or participle.dep_ not in ("advcl", "xcomp", "conj")
            or participle.i == 0
            or participle.doc[participle.i - 1].text != ","
            or head.i > participle.i
        ):
            return None
        reporter = head.head
        if (
            head.dep_ == "acl"
            and reporter.pos_ == "NOUN"
            and reporter.dep_ in ("dobj", "obj")
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in head.children)
        ):
            # 'denied the notion that a shakeup is coming, explaining that
            # ...': the denier explains, not the shakeup
            reporter = reporter.head
        elif head.dep_ != "ccomp":
            return None
        if not self._is_cue(reporter) or not self.same_paragraph(participle, reporter):
            return None
        return reporter

    def _role_in_phrase(self, subject: Token, name: Token) -> bool:
        """The name the parse put in apposition to the subject is the title
        of a role noun in the subject's own phrase: 'The wife of director Tom
        Reed has said', 'Friends of the director Tom Reed said' (the parse
        hangs 'Reed' on 'wife'): the role's person, not the one who speaks.
        Not 'the chairman of Acme LLC Jo Hart', whose name follows no role."""
        doc = subject.doc
        before = doc[name.left_edge.i - 1] if name.left_edge.i > subject.i else None
        return (
            before is not None
            and before.lower_ in self.finder.people_nouns
            and before.dep_ == "pobj"
            and before.head.dep_ == "prep"
            and before.head.head.i == subject.i
        )

    def _set_subject(self, quote: _Quote, subject: Token) -> None:
        if subject.ent_type_ in ("DATE", "TIME"):
            # 'Saturday at the convention Sen. Warren said': a misparsed subject;
            # take the person or organization named nearest before the verb
            for token in reversed(list(subject.doc[subject.i + 1 : subject.head.i])):
                if token.ent_type_ in ("PERSON", "ORG") and token.pos_ == "PROPN":
                    subject = token
                    break
        role = subject.lower_ in self.finder.people_nouns
        if subject.pos_ == "NOUN" or (subject.pos_ == "PROPN" and role):
            # 'her senior adviser, Tom Reed, said': the name in apposition;
            # 'Director, Tom Reed, said' with the role capitalized too
            names = (
                [
                    c
                    for c in subject.rights
                    if c.dep_ == "appos"
                    and c.pos_ == "PROPN"
                    and not self._role_in_phrase(subject, c)
                ]
                or self._appositive_person(subject)
                or self._name_after_noun(subject)
                or self._name_ending_role(subject)
            )
            if names:
                subject = names[0]
        else:
            subject = (
                self._one_of_name(subject)
                or self._name_ending_title(subject)
                or subject
            )
        subject = self._name_after_title(subject) or subject
        words = self._subject_words(subject)
        start, end = words.start_char, words.end_char
        quote.speaker = (start, end)
        quote.entity = self._resolve(subject, start, end)
        if quote.entity is not None and self._legal_suffix(quote.entity):
            owner = self._suffix_owner(quote.entity)
            quote.entity = owner[0] if owner else None
            if owner and (start, end) == owner[2]:
                quote.speaker = (owner[1], end)  # 'Acme LLC', not 'LLC'

    def _resolve(self, subject: Token, start: int, end: int) -> str | None:
        """Entity id of the speaker: the mention, a resolved pronoun, or a role noun."""
        entity = self.entity_at(start, end)
        lower = subject.lower_
        # 'Mr Howard said' names its speaker even when his last naming before
        # was inside someone else's quote; a pronoun or noun is checked
        a_name = subject.pos_ == "PROPN" and (
            subject.dep_ in ("nsubj", "nsubjpass")
            or quoting(subject.head) == subject  # 'Reuters quoted Acme as saying'
        )
        # 'a BaFin spokeswoman said' names its organization in its own words,
        # though its naming before was inside a quote
        a_name = a_name or self._named_in_words(entity, subject, start, end)
        if entity is not None and not (
            self.agrees(lower, entity)
            and (a_name or self._named_outside_marks(entity, start))
            and (a_name or entity not in self.addressees(subject))
        ):
            # 'He said' resolved to 'Stella' of Stella's Cafe, 'they' to a person:
            # a pronoun that cannot stand for the entity ck_entities chose
            entity = None
            if lower not in self.finder.person_pronouns:
                return None
        elif entity is not None:
            if self.labels.get(entity) not in ("PERSON", "ORG"):
                return None
            if lower in self.finder.pronoun_sex:
                mine = self.person_antecedent(subject, start)
                if mine not in (None, entity):
                    # ck_entities and the checks here name two people: the
                    # syntax decides when it can, else no one
                    entity = self.outranking(mine, entity, start)
                    if entity is None:
                        return None
                elif mine is None and self.only_as_modifier(entity, start):
                    # 'an Alan Shearer strike earned them a win. "...," he
                    # said': Shearer is no one the pronoun can mean
                    return None
                elif mine is None and self.unnamed_subject_near(subject, start, entity):
                    return None  # 'the French defender believes Ray is ...'
                if self.described_nearer(subject, start, entity):
                    return None  # 'It rankles with the Dutchman. "...," he said'
            return entity if self._speaks_for(subject, entity) else None
        if subject.pos_ == "PROPN":
            named = self.named_entity(self.text[start:end], start)
            if self.labels.get(named or "") in ("PERSON", "ORG"):
                return named
            dets = [c for c in subject.lefts if c.dep_ == "det" and c.lower_ == "the"]
            if subject.ent_type_ == "NORP" and dets:
                # 'The Argentine had stoked up the temperature by saying ...'
                at = dets[0].idx
                found = self.description_antecedent(subject, self.text[at:end], at)
                return found or self.epithet_person(subject, at)
            found = self.role_antecedent(self.text[start:end], start, subject)
            if found is None and dets:
                # 'Gordon Brown has spoken ... The Chancellor said': a capitalized
                # role nobody was titled with, as 'the chancellor' is read below
                found = self.role_just_named(subject, self.text[start:end], start)
            if found is None and dets:
                found = self.epithet_person(subject, start)  # 'the Dutchman said'
            return found
        if lower in self.finder.person_pronouns:
            return self.person_antecedent(subject, start)
        if lower in self.finder.group_pronouns:
            return self.organization_antecedent(subject, start)
        found = (
            self._voice_for(subject)
            or self.document_maker(subject)
            or self._issued_before(subject)
            or self._voice_of_subject_before(subject)
            or self.org_anaphora(subject, start)
        )
        found = found or self.described_organization(subject, start)
        if found is None and subject.pos_ == "NOUN":
            # 'the chancellor said': the person given that title before
            found = self.role_antecedent(self.text[start:end], start, subject)
            if found is None:
                found = self.role_just_named(subject, self.text[start:end], start)
            if found is None:
                # 'The South African archbishop said', after 'Archbishop
                # Desmond Tutu': the role without the words of origin
                found = self._role_without_origin(subject, start)
        if found is None:
            # 'said the 34-year-old', 'the British actor said'
            left = subject.left_edge
            if subject.lower_ == "old" and 0 < left.i < subject.i:
                # '"...," the 34-year-old said': the parser heads it by 'old'
                # and may hang 'the' elsewhere
                the = self.doc[left.i - 1]
                start = the.idx if the.lower_ == "the" else left.idx
            found = self.description_antecedent(subject, self.text[start:end], start)
        if found is None:
            # 'said the world indoor champion', 'the attacking midfielder said'
            found = self.epithet_person(subject, start)
        return found

    def _voice_for(self, subject: Token) -> str | None:
        """'a spokesman for Acme said', 'her spokesman said': the one a voice
        noun speaks for, as in 'the Acme spokesman' (:meth:`_speaks_for`)."""
        if subject.lemma_.lower() not in self.finder.voice_nouns:
            return None
        for poss in subject.lefts:
            if poss.dep_ == "poss" and poss.lower_ in self.finder.pronoun_sex:
                # 'her spokesman insisted': hers, as "Mr Blair's spokesman"
                return self.person_antecedent(poss, poss.idx)
            if poss.dep_ == "poss" and poss.pos_ == "NOUN":
                # "the company's spokesman said": the one 'the company' means
                return self.org_anaphora(poss, poss.idx) or self.described_organization(
                    poss, poss.idx
                )
            if poss.dep_ == "compound" and poss.pos_ == "NOUN":
                # 'The Velmoran Navy ... A navy spokesman said': the navy's
                return self.compound_organization(poss)
            if poss.dep_ in ("compound", "poss") and poss.pos_ == "PROPN":
                # 'A Labour spokesman denied it. "...," he said': Labour's
                named = self.entity_at(poss.idx, poss.idx + len(poss))
                if self.labels.get(named or "") in ("PERSON", "ORG"):
                    return named
        for prep in subject.rights:
            if prep.dep_ != "prep" or prep.lower_ not in ("for", "of", "at"):
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj" or self.in_marks(obj.idx):
                    continue
                entity = self.entity_at(obj.idx, obj.idx + len(obj))
                if entity is None:  # 'a spokesman for the club said'
                    entity = self.described_organization(obj, obj.idx)
                if self.labels.get(entity or "") in ("PERSON", "ORG"):
                    return entity
        return None

    def _voice_of_subject_before(self, subject: Token) -> str | None:
        """'The Vestey Group said it owned the land. But a spokesman added':
        a bare voice ('a spokesman', 'an official') speaks for the
        organization that is the main subject of its sentence or the one
        before, when no other organization and no person is named since."""
        finder = self.finder
        if (
            subject.lemma_.lower() not in finder.voice_nouns & finder.people_nouns
            or subject.tag_ != "NN"
            or any(c.dep_ != "det" for c in subject.children)
        ):
            return None
        sent = self.sent(subject.i)
        first = self.sent(sent.start - 1).start if sent.start > 0 else 0
        for token in reversed(self.doc[first : subject.i]):
            if (
                self.in_marks(token.idx)
                or token.dep_ not in _SUBJECTS
                or not self._main_clause(token)
                or not self.same_paragraph(token, subject)
            ):
                continue
            entity = self.entity_at(token.idx, token.idx + len(token))
            if entity is None and token.pos_ == "NOUN":
                entity = self.org_anaphora(token, token.idx)  # 'The agency said'
            if (
                self.labels.get(entity or "") != "ORG"
                or self._subject_role(token)[1]
                or not self.org_unrivalled(entity or "", token.idx, subject.idx)
                or self._people_before(subject.idx, token.idx + len(token), None)
            ):
                return None
            return entity
        return None

    def org_anaphora(self, subject: Token, start: int) -> str | None:
        """'the company said', 'the bank said': a noun of the shared anaphora
        lexicon is resolved by claimkit.components.anaphora (built once a
        doc); another organization noun of the quotes lexicon by
        :meth:`org_noun_antecedent`."""
        resolver = getattr(self, "_org_anaphora", None)
        if resolver is None:
            resolver = self._org_anaphora = OrgAnaphora.from_doc(self.doc)
        if subject.lower_ in resolver.nouns:
            found = resolver.resolve(subject)
            since = self.sent(subject.i).start_char
            if found is not None and not self.org_unrivalled(found, since, start):
                # 'In a statement from Lycos, the company denied it': Lycos,
                # whatever organization was named as a subject before
                return None
            return found
        return self.org_noun_antecedent(subject, start)

    def _speaks_for(self, subject: Token, entity: str) -> bool:
        """The entity is the subject, or the one a role or message noun speaks for.

        'Ann Ray said' names its entity; so do 'the Acme spokesman said',
        'Labour campaign chiefs say' (an organization's names before its role
        noun) and "Mr Blair's spokesman said", "His message was" (a person's
        voice: spokesman, statement, e-mail). In 'a Trump aide said', "Mr Brown's
        aides say", 'the Marsh executive admitted' (one person of the firm) or
        'Principal researcher said' (a capital typed ORG) the entity is no
        speaker: the aide is not Trump.
        """
        mentions = self._mentions_of.get(entity, [])
        if subject.pos_ in ("PRON", "PROPN") or any(
            m_start <= subject.idx < m_end for m_start, m_end, _, _ in mentions
        ):
            return True  # a name's own words ('Guy Mansfield QC', 'Ann Ray MP')
        voice = subject.lemma_.lower() in self.finder.voice_nouns
        if self.labels.get(entity) != "ORG" and not voice:
            return False
        if (
            not voice
            and subject.tag_ == "NN"
            and subject.lemma_.lower() in self.finder.people_nouns
        ):
            return False  # 'the Marsh executive admitted': a person, not Marsh
        for child in subject.lefts:
            if child.dep_ not in ("compound", "poss", "nmod"):
                continue
            for token in child.subtree:
                # 'an REM spokesman': a name the tagger took for a noun
                named = token.pos_ == "PROPN" or (
                    voice and (token.pos_ == "PRON" or token.ent_type_ == "ORG")
                )
                if named and any(m[0] <= token.idx < m[1] for m in mentions):
                    return True
        return False

    def _named_in_words(
        self, entity: str | None, subject: Token, start: int, end: int
    ) -> bool:
        """A name of the entity stands in the speaker's words before the head
        noun ('a BaFin spokeswoman', "the Acme chief's aide")."""
        return any(
            start <= m_start
            and m_end <= min(end, subject.idx)
            and self.doc[self.token_at(m_end - 1)].pos_ == "PROPN"
            for m_start, m_end, _, _ in self._mentions_of.get(entity or "", [])
        )

    def _named_outside_marks(self, entity: str, before: int) -> bool:
        """The entity's last naming before ``before`` is no word inside a quote.

        '"... Clint is a beloved chum," he said': 'he' is the one quoting, not
        the man named inside the quote (whom ck_entities may have chosen).
        """
        pronouns = self.finder.person_pronouns | self.finder.group_pronouns
        pronouns = pronouns | set(self.finder.pronoun_sex)
        for start, _, _, text in reversed(self._mentions_of.get(entity, [])):
            if start >= before or text.lower() in pronouns:
                continue
            return not self.in_marks(start)
        return True

    def _set_according(self, quote: _Quote, token: Token) -> bool:
        obj = self._according(token)
        if obj is None:
            return False
        quote.cue = token
        n = 2 if token.lower_ == "according" else 1
        quote.cue_text = token.doc[token.i : token.i + n].text
        self._set_subject(quote, self._source_behind(obj) or obj)
        return True
