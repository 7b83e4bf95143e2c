"""Reported speech outside quote marks: indirect, mixed and headline quotes.

'X said that ...', 'according to X, ...' and 'per Reuters' give the reported
clause; 'described the plan as reckless' gives the characterization; 'hailed it
as a "breakthrough"' gives the phrase around a partial quote (one claim: the
partial inside it is not claimed again); a headline line 'Name: statement'
gives the statement. Only verbs of speech report (the lexicon's
``indirect_cue_lemmas``): 'thinks', 'knows', 'attacked the plan', 'called for a
vote', 'has not said whether' and 'asked if' state nothing.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from claimkit.components.quotes.context import _SUBJECTS, _Quote
from claimkit.components.quotes.speakers import _Speakers
from claimkit.text.quotemarks import ALL_MARKS

# a clause opening with one of these asks, it states nothing: 'could not say how'
_QUESTION_WORDS = {"how", "why", "what", "when", "where", "whether", "which", "who"}
# verbs whose object is the party told, not what was said
_TOLD = {"tell", "inform", "assure", "remind"}
# a reporting verb under one of these reports what may be said, not what was
_MODALS = {"may", "might", "could", "should", "must"}
# prepositions that name what a report is about, not what it says
_TOPIC_PREPS = {"over", "about", "on", "regarding", "concerning"}
# verbs whose infinitive is said later, if at all: 'is expected to announce'
_INTENDED = {
    "seem",
    "appear",
    "expect",
    "plan",
    "intend",
    "want",
    "hope",
    "aim",
    "prepare",
    "refuse",
    "decline",
    "threaten",
    "wish",
}


class _ReportedSpeech(_Speakers):
    """Indirect quotes of reporting verbs and 'according to'; mixed; headlines."""

    def indirect_quotes(self, marked: list[_Quote]) -> list[_Quote]:
        """Reported clauses of reporting verbs and 'according to', outside marks."""
        doc = self.doc
        covered = sorted((q.start, q.end) for q in marked)
        starts = [c[0] for c in covered]
        statements = sorted(
            (q for q in marked if self._introduced(q)), key=lambda q: q.start
        )
        found: list[_Quote] = []
        seen: set[tuple[int, int]] = set()
        for i in self._cue_candidates():
            token = doc[i]
            if self._inside(token.idx, covered, starts):
                continue
            clause: tuple[int, int] | None = None
            quote: _Quote | None = None
            lemma = token.lemma_.lower()
            if token.pos_ in ("VERB", "AUX") and (
                lemma in self.finder.indirect_lemmas
                and lemma not in self.finder.quote_only
            ):
                # a reported clause ('said that ...'), never a bare object
                # ('attacked Clinton', 'called for a vote'): an object phrase is a
                # report only around a quoted phrase (``mixed_quotes``)
                name = self._inverted_inserted(token)
                if name is not None:
                    # 'The problem, said Ann Ray, head of X, is cost': the
                    # report runs around the cue, as 'The economy, she said, ...'
                    sent = self.sent(token.i)
                    clause = self._trim(sent.start, sent.end - 1)
                    if clause is not None:
                        quote = _Quote(clause[0], clause[1], "indirect")
                        quote.cue, quote.cue_text = token, self._cue_text(token)
                        quote.route = "inverted"  # the name's clause states
                        self._set_subject(quote, name)
                else:
                    clause = self._reported_clause(token)
                    if (
                        clause is None
                        and token.dep_ == "parataxis"
                        and not self._idiom(token)  # 'That said, ...'
                    ):
                        clause = self._inserted_clause(token)
                if clause is not None and quote is None:
                    quote = _Quote(clause[0], clause[1], "indirect")
                    if not self._set_speaker(quote, token):
                        quote.cue = token
                        quote.cue_text = self._cue_text(token)
            elif token.pos_ == "VERB" and lemma in self.finder.as_lemmas:
                # 'described the plan as reckless', 'called the charges false':
                # a characterization with its predicate, not 'called for a vote'
                clause = self._characterization(token)
                if clause is not None:
                    quote = _Quote(clause[0], clause[1], "indirect")
                    if not self._set_speaker(quote, token):
                        quote = None
            elif self._according(token) is not None:
                clause = self._according_clause(token)
                if clause is not None:
                    quote = _Quote(clause[0], clause[1], "indirect")
                    self._set_according(quote, token)
            if quote is None or clause is None:
                continue
            cut = self._cut_at_statement(clause, statements)
            if cut is None or cut in seen:
                continue
            if (
                lemma in self.finder.indirect_lemmas
                and quote.route != "inverted"
                and not self._states(cut)
            ):
                continue
            clause = cut
            quote.start, quote.end = clause
            if self._mostly_marked(clause, covered, starts):
                continue
            seen.add(clause)
            quote.paragraph = self.paragraph(clause[0])
            quote.route = quote.route or "reported"
            found.append(quote)
        return found

    def _states(self, clause: tuple[int, int]) -> bool:
        """The clause states something: a verb heads it with its own subject.

        '[Asked about damages], Mr Godsiff said:' and 'Parties warned [over
        "grey vote"]' hold no statement of the cue's; 'the price will double'
        and 'there is no incentive' do.
        """
        doc = self.doc
        lo, hi = self.token_at(clause[0]), self.token_at(clause[1] - 1)
        for token in doc[lo : hi + 1]:
            if lo <= token.head.i <= hi and token.head.i != token.i:
                continue  # not a root of the span
            if token.pos_ in ("VERB", "AUX") and any(
                c.dep_ in _SUBJECTS or c.dep_ == "expl" for c in token.children
            ):
                return True
        return False

    def _cue_candidates(self) -> list[int]:
        """Tokens that may cue a reported clause: its lemma, or 'according'."""
        strings = self.doc.vocab.strings
        lemmas = self.finder.clause_lemmas
        according = self.finder.according_hashes
        known: dict[int, bool] = {}
        found: list[int] = []
        for i, row in enumerate(self.columns):
            lemma, lower = row[3], row[4]
            cue = known.get(lemma)
            if cue is None:
                cue = known[lemma] = lemma != 0 and strings[lemma].lower() in lemmas
            if cue or lower in according:
                found.append(i)
        return found

    def _introduced(self, quote: _Quote) -> bool:
        """A direct quote right after its own cue and a comma or colon: 'replied, "'."""
        if quote.form != "direct" or quote.cue is None:
            return False
        between = self.doc[quote.cue.i + 1 : self.token_at(quote.start)]
        return quote.cue.idx < quote.start and all(
            t.text in ",:" or t.text in ALL_MARKS or t.is_space for t in between
        )

    def _cut_at_statement(
        self, clause: tuple[int, int], statements: list[_Quote]
    ) -> tuple[int, int] | None:
        """End a reported clause before a quoted statement that opens inside it.

        'When Clinton noted that X, Trump boasted, "That makes me smart."': the
        clause of 'noted' stops before the quote and before its own attribution.
        """
        i = bisect.bisect_right([q.start for q in statements], clause[0])
        if i == len(statements) or statements[i].start >= clause[1]:
            return clause
        quote = statements[i]
        end = self.token_at(quote.start) - 1  # the token before the quote's first
        while end >= 0 and self.doc[end].text in ALL_MARKS:
            end -= 1
        cue = quote.cue
        if cue is not None and cue.i <= end and quote.speaker is not None:
            # stop before the statement's own attribution: 'Mayor Ines Roth replied,'
            subject = self.doc[self.token_at(quote.speaker[1] - 1)]
            for _ in range(4):
                if subject.head.i in (cue.i, subject.i):
                    break
                subject = subject.head
            left = subject.left_edge.i if subject.head.i == cue.i else subject.i
            end = min(end, left - 1, self.token_at(quote.speaker[0]) - 1)
        return self._trim(self.token_at(clause[0]), end)

    def _reported_clause(self, verb: Token) -> tuple[int, int] | None:
        """The ccomp (or 'that'-clause) of a reporting verb, as char offsets."""
        clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
        clauses = [c for c in clauses if c.dep_ == "ccomp" or c.lemma_ == "be"]
        if not clauses:
            clauses = self._that_clause_after_phrase(verb)
        if not clauses:
            return None
        clause = clauses[0]
        if clause.pos_ not in ("VERB", "AUX"):
            return None
        subject = self._subject(verb)
        if subject is not None and self._supposed(verb, subject):
            return None  # 'If they say the price will double, ...'
        if self._mooted(verb):
            return None  # 'Analysts could say rates will fall', 'Did he say ...?'
        if (
            any(c.dep_ == "neg" for c in verb.children)
            or any(
                c.dep_ == "mark" and c.lower_ in ("whether", "if", "than")
                for c in clause.children
            )
            or clause.left_edge.lower_ in _QUESTION_WORDS
        ):
            # 'has not said that', 'asked whether', 'could say how ...', 'told
            # what they expect', 'more from claiming than ...': nothing is stated
            return None
        base = verb
        while base.dep_ == "conj" and base.head.i != base.i:
            base = base.head  # 'seems certain to end the war and announce ...'
        if (
            (base.dep_ in ("xcomp", "acomp") and base.head.pos_ == "ADJ")
            or (base.dep_ == "xcomp" and base.head.lemma_.lower() in _INTENDED)
            or self._idiom(verb)
            or (verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_ == "let")
        ):
            # 'it was difficult to say', 'That said, ...', 'Let us say the
            # price doubles', 'seems certain to announce', 'plans to say': a
            # supposition, or a report still to come
            return None
        if not any(c.dep_ in _SUBJECTS or c.dep_ == "expl" for c in clause.children):
            return None
        sent = self.sent(verb.i)
        left = max(clause.left_edge.i, sent.start)
        right = min(clause.right_edge.i, sent.end - 1)
        if left < verb.i < right:
            return None
        if left > verb.i:
            right = max(
                right, self.sent(verb.i).end - 1
            )  # the report runs to the full stop
            left = self._past_cue_phrase(verb, clause, left)
        return self._trim(left, self._before_reporter_act(verb, clause, right))

    @staticmethod
    def _past_cue_phrase(verb: Token, clause: Token, left: int) -> int:
        """'said on Monday it had no plan': the phrase before the subject is the cue's.

        With no 'that' to open the clause, a phrase between the cue and the
        clause's subject tells when or where it was said ('in a statement').
        """
        subjects = [c for c in clause.children if c.dep_ in _SUBJECTS]
        if not subjects or verb.doc[left].lower_ == "that":
            return left
        for child in clause.lefts:
            if (
                child.dep_ in ("prep", "npadvmod")
                and child.left_edge.i == left
                and child.right_edge.i < subjects[0].left_edge.i
            ):
                return child.right_edge.i + 1
        return left

    @staticmethod
    def _before_reporter_act(verb: Token, clause: Token, right: int) -> int:
        """'said the plan was sound, adding that ...': the report ends at the comma.

        A participle after a comma, hung on the cue or on the reported
        clause's verb, is the reporter's next act, not part of the report.
        """
        doc = verb.doc
        cut = right
        for head in (verb, clause):
            for token in head.rights:
                if (
                    clause.i < token.i <= cut
                    and token.tag_ == "VBG"
                    and token.dep_ in ("advcl", "xcomp", "conj")
                    and doc[token.i - 1].text == ","
                ):
                    cut = token.i - 1
        return cut

    def _mooted(self, verb: Token) -> bool:
        """The report is only possible or asked about: a modal or a question.

        'He may argue that ...', 'Analysts could say ...' and 'Did she say
        the plan works?' report nothing said; 'He will say in a speech that
        ...' (a speech announced) and 'she would later say' (a report told
        from the past) do.
        """
        if any(
            c.dep_ == "aux" and c.lower_ in _MODALS and c.i < verb.i
            for c in verb.children
        ):
            return True
        sent = self.sent(verb.i)
        last = sent.end - 1
        while last > sent.start and (
            self.doc[last].is_space or self.doc[last].text in ALL_MARKS
        ):
            last -= 1
        return self.doc[last].text == "?" and not self.in_marks(self.doc[last].idx)

    @staticmethod
    def _that_clause_after_phrase(verb: Token) -> list[Token]:
        """'said in an interview that ...': the 'that'-clause the parse hung on a noun.

        The complementizer 'that' (a ``mark``, not the relative pronoun of 'an
        interview that aired') shows the clause is what the verb reports.
        """
        for prep in verb.rights:
            if prep.dep_ != "prep":
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                for clause in obj.rights:
                    if clause.dep_ in ("acl", "relcl", "ccomp") and any(
                        c.dep_ == "mark" and c.lower_ == "that" and c.i < clause.i
                        for c in clause.children
                    ):
                        return [clause]
        return []

    def _idiom(self, verb: Token) -> bool:
        """'That said, ...' / 'Having said that': a connective, no report."""
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
        nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
        return (
            len(subjects) == 1
            and subjects[0].lower_ in ("that", "this")
            and subjects[0].i == verb.i - 1
            and nxt is not None
            and nxt.text == ","
        )

    def _inverted_inserted(self, verb: Token) -> Token | None:
        """The name of an inverted cue set into its report: 'The problem they
        face, said Ann Ray, head of X, is educating people'.

        The parse takes the phrase before the comma for the cue's subject and
        the name after it for the subject of what follows; the cue stands
        between commas, its name right after it, and the report goes on after
        the name's phrase. None for 'The firm, she said, ...' (parsed as
        inserted) and for 'Ann Ray said, ...'.
        """
        doc = self.doc
        sent = self.sent(verb.i)
        if verb.i < sent.start + 2 or doc[verb.i - 1].text != ",":
            return None
        if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
            return None
        name = doc[verb.i + 1] if verb.i + 1 < sent.end else None
        while name is not None and name.dep_ in ("compound", "flat"):
            if name.head.i <= name.i:
                break
            name = name.head
        if (
            name is None
            or name.pos_ != "PROPN"
            or name.ent_type_ not in ("PERSON", "ORG")
            or name.dep_ != "nsubj"
            or name.head.i not in (verb.i, *(c.i for c in verb.children))
        ):
            return None
        after = name.right_edge.i  # the closing comma may hang on the name
        if doc[after].text != ",":
            after += 1
        if after >= sent.end - 2 or doc[after].text != ",":
            return None
        rest = doc[after + 1 : sent.end]
        return name if any(t.pos_ in ("VERB", "AUX") for t in rest) else None

    def _inserted_clause(self, verb: Token) -> tuple[int, int] | None:
        """What an inserted 'X said,' reports: the longer side of its sentence."""
        if self._subject(verb) is None or any(
            g.dep_ in ("ccomp", "dobj", "xcomp") for g in verb.children
        ):
            return None
        sent = self.sent(verb.i)
        left, right = verb.left_edge.i, verb.right_edge.i
        before = (sent.start, left - 1)
        after = (right + 1, sent.end - 1)
        if min(before[1] - before[0], after[1] - after[0]) >= 2:
            # 'The economy, she said, is strong': the report runs around the cue
            return self._trim(sent.start, sent.end - 1)
        side = max(before, after, key=lambda r: r[1] - r[0])
        return self._trim(*side)

    def _according_clause(self, token: Token) -> tuple[int, int] | None:
        """The sentence around 'according to X' without that phrase."""
        sent = self.sent(token.i)
        obj = self._according(token)
        if obj is None:
            return None
        phrase_end = max(obj.right_edge.i, token.i + 1)
        before = token.i - 1
        while before > sent.start and self.doc[before].is_punct:
            before -= 1
        if token.i - sent.start <= 1 or self.doc[before].pos_ == "CCONJ":
            # 'X went along, but according to those present, it was ...': what
            # they say follows the phrase
            left, right = phrase_end + 1, sent.end - 1
        else:
            left, right = sent.start, token.i - 1
        return self._trim(left, right)

    # --- mixed quotes -----------------------------------------------------

    def mixed_quotes(self, quotes: list[_Quote]) -> list[_Quote]:
        """Reported phrases around quoted words: 'hailed it as a "breakthrough"'."""
        taken = sorted((q.start, q.end) for q in quotes if q.form == "indirect")
        starts = [t[0] for t in taken]
        found: list[_Quote] = []
        for quote in quotes:
            verb = quote.mixed_verb or quote.cue
            if verb is None or quote.form not in ("partial", "scare"):
                continue
            if self._inside(quote.start, taken, starts):
                continue
            clause = self._object_phrase(verb)
            if clause is None or not (
                clause[0] <= quote.start and quote.end <= clause[1] + 1
            ):
                continue
            if (
                self._topic_only(verb)
                and quote.entity is None
                and len(self.text[quote.start : quote.end].split()) <= 3
            ):
                # 'Parties warned over "grey vote"': a short label of what it was
                # about, by no one named; 'Ann Ray warned about "a dangerous
                # precedent"' keeps her words
                quote.form = "scare"
                continue
            mixed = _Quote(clause[0], clause[1], "indirect", paragraph=quote.paragraph)
            mixed.cue, mixed.cue_text = quote.cue, quote.cue_text
            mixed.speaker, mixed.entity = quote.speaker, quote.entity
            mixed.route = "mixed " + quote.route
            found.append(mixed)
            at = bisect.bisect_left(taken, clause)
            taken.insert(at, clause)
            starts.insert(at, clause[0])
        return found

    @staticmethod
    def _topic_only(verb: Token) -> bool:
        """The verb's only complement names a topic: 'warned over X', 'spoke
        about X' (not 'thanked fans "for ..."', 'described it as X')."""
        rights = [
            c
            for c in verb.rights
            if c.dep_ in ("dobj", "obj", "prep", "xcomp", "ccomp", "dative", "attr")
        ]
        return bool(rights) and all(
            c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS for c in rights
        )

    def _characterization(self, verb: Token) -> tuple[int, int] | None:
        """The object and predicate of 'described X as Y' / 'called X Y'."""
        objects = [c for c in verb.rights if c.dep_ in ("dobj", "obj")]
        if any(o.lower_.endswith(("self", "selves")) for o in objects):
            return None  # 'the group called itself X': a name, not a judgment
        predicate = [
            c
            for c in verb.rights
            if c.dep_ in ("oprd", "xcomp")
            or (
                c.dep_ == "prep"
                and c.lower_ == "as"
                and any(g.dep_ == "pobj" for g in c.children)
            )
        ]
        if not objects or not predicate:
            return None
        return self._object_phrase(verb)

    def _object_phrase(self, verb: Token) -> tuple[int, int] | None:
        """What the verb is about: its objects and complements to their right."""
        rights = [
            c
            for c in verb.rights
            if c.dep_
            in ("dobj", "prep", "xcomp", "ccomp", "dative", "attr", "oprd", "obj")
        ]
        if verb.lemma_.lower() in _TOLD:
            # 'told reporters in Paris that he wanted to "try a new form"': the
            # party told and where are no part of what was said
            rights = [c for c in rights if c.dep_ in ("ccomp", "xcomp")]
        if not rights:
            return None
        left = rights[0].left_edge.i
        right = max(c.right_edge.i for c in rights)
        right = self._infinitive_after(verb, right)
        right = min(right, self.sent(verb.i).end - 1)
        return self._trim(left, right)

    def _infinitive_after(self, verb: Token, right: int) -> int:
        """'attacked the government's "failure" to control immigration': the
        infinitive the parse hung on the verb, right after the object's closing
        quote mark, completes the quoted noun ('praised the staff to win votes'
        is the act's purpose)."""
        doc = self.doc
        for child in verb.rights:
            if child.dep_ != "advcl" or child.left_edge.lower_ != "to":
                continue
            gap = doc[right : child.left_edge.i]
            if doc[right].text in ALL_MARKS and all(t.text in ALL_MARKS for t in gap):
                return child.right_edge.i
        return right

    # --- headline lines ---------------------------------------------------

    def headline_quotes(self, quotes: list[_Quote]) -> list[_Quote]:
        """Headline-style attributions on a line of their own: 'Name: statement'."""
        taken = sorted((q.start, q.end) for q in quotes)
        starts = [t[0] for t in taken]
        found = []
        for line_start in self.para_starts:
            found_colon = self.headline_speaker(line_start)
            if found_colon is None:
                continue
            colon, line_end = found_colon
            start = line_start + colon + 2
            end = line_end
            while end > start and (
                self.text[end - 1] in ALL_MARKS + "." or self.text[end - 1].isspace()
            ):
                end -= 1
            while start < end and self.text[start] in ALL_MARKS:
                start += 1
            if len(self.text[start:end].split()) < 3 or not self._has_verb(start, end):
                continue  # 'Johnny Depp: The acting outlaw' labels, it states nothing
            if self._mostly_marked((start, end), taken, starts):
                continue
            quote = _Quote(start, end, "indirect", paragraph=self.paragraph(start))
            quote.cue_text = ":"
            quote.speaker = (line_start, line_start + colon)
            quote.entity = self.entity_at(line_start, line_start + colon)
            quote.route = "headline"
            found.append(quote)
        return found

    def _has_verb(self, start: int, end: int) -> bool:
        """A verb of its own stands in [start, end): not 'The acting outlaw'."""
        return any(
            (t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound"))
            or t.dep_ in ("nsubj", "nsubjpass", "expl")  # 'It’s' tagged PUNCT
            for t in self.doc[self.token_at(start) : self.token_at(end - 1) + 1]
        )
