"""Reported speech outside quote marks: indirect quotes (mixed and headline
quotes are in ``mixed.py``).

'X said that ...', 'according to X, ...' and 'per Reuters' give the reported
clause; a cue set into its report ('The gap, he claimed, was ...') gives the
sentence around it; a report ends before a second report with a speaker of its
own. Only verbs of speech report (the lexicon's
``indirect_cue_lemmas``): 'thinks', 'knows', 'attacked the plan', 'has not
said whether' and 'asked if' state nothing (requests are in ``requests.py``).
"""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from claimkit.components.quotes.clauses import (
    addressee,
    attribution_after,
    fronted_relative,
    inserted_as_complement,
    judged_sayable,
    second_report,
    that_clause_after_phrase,
    that_complement,
    unmarked_clause,
)
from claimkit.components.quotes.context import _RELATIVE, _SUBJECTS, _Quote
from claimkit.components.quotes.mixed import _PhraseQuotes
from claimkit.text.quotemarks import ALL_MARKS

# a clause opening with one of these asks, it states nothing: 'could not say how'
_QUESTION_WORDS = {"how", "why", "what", "when", "where", "whether", "which", "who"}
# a reporting verb under one of these reports what may be said, not what was
_MODALS = {"may", "might", "could", "should", "must"}
# punctuation that sets a cue into its report: 'The gap, he claimed, was ...'
_INSERT_MARKS = {",", "-", "\u2013", "\u2014", "--"}
# a second report joined with a contrast is another speaker's: 'X, while the
# Tories say Y'; 'when he said' tells when the first was said
_CONTRAST = {"while", "whereas", "though", "although", "but"}
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


class _ReportedSpeech(_PhraseQuotes):
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
            route = ""
            lemma = token.lemma_.lower()
            if token.pos_ in ("VERB", "AUX") and (
                lemma in self.finder.indirect_lemmas
                and (lemma not in self.finder.quote_only or that_complement(token))
            ):
                # a reported clause ('said that ...'), never a bare object
                # ('attacked Clinton', 'called for a vote'): an object phrase is a
                # report only around a quoted phrase (``mixed_quotes``); a verb
                # that reports only a quote it introduces ('demanded a recount')
                # also reports a 'that'-clause ('demanded that the firm pay')
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
                    if clause is not None or self._idiom(token):  # 'That said,'
                        pass
                    elif token.dep_ == "parataxis":
                        clause = self._inserted_clause(token)
                    elif inserted_as_complement(
                        token, self._subject(token), _INSERT_MARKS
                    ):
                        # 'These workers, Ann Ray explained, were well paid':
                        # the parse hung the report's verb above the cue
                        sent = self.sent(token.i)
                        clause = self._trim(sent.start, sent.end - 1)
                        route = "inserted"
                if clause is not None and quote is None:
                    quote = _Quote(clause[0], clause[1], "indirect")
                    quote.route = route
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
                and quote.route not in ("inverted", "inserted")
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
        return self.lemma_tokens(
            self.finder.clause_lemmas, self.finder.according_hashes
        )

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
            clauses = that_clause_after_phrase(verb) or unmarked_clause(verb)
        if not clauses:
            return None
        around = any(c.i < verb.i for c in clauses) and any(
            c.i > verb.i for c in clauses
        )
        if around and not (self._subject(verb) is not None and self._set_off(verb)):
            # clauses on both sides of a cue not set off by commas: one is a
            # misparse ('But Tindall, who signed for Gloucester, told Rugby
            # Special he would be fit'; 'Writing for X, Barabak noted that ...')
            around = False
            if not self._reported_before(verb, clauses):
                clauses = [c for c in clauses if c.i > verb.i]
        clause = clauses[0]
        if clause.pos_ not in ("VERB", "AUX"):
            return None
        subject = self._subject(verb)
        if subject is not None and self._supposed(verb, subject):
            return None  # 'If they say the price will double, ...'
        if self._mooted(verb):
            return None  # 'Analysts could say rates will fall', 'Did he say ...?'
        fronted = fronted_relative(verb, clause)  # 'which he said were ...'
        if (
            any(c.dep_ == "neg" for c in verb.children)
            or any(
                c.dep_ == "mark" and c.lower_ in ("whether", "if", "than")
                for c in clause.children
            )
            or (clause.left_edge.lower_ in _QUESTION_WORDS and fronted is None)
        ):
            # 'has not said that', 'asked whether', 'could say how ...', 'told
            # what they expect', 'more from claiming than ...': nothing is stated
            return None
        base = verb
        while base.dep_ == "conj" and base.head.i != base.i:
            base = base.head  # 'seems certain to end the war and announce ...'
        if (
            (base.dep_ in ("xcomp", "acomp") and base.head.pos_ == "ADJ")
            or judged_sayable(base)
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
        if around and len(clauses) > 1:
            # 'The gap was so narrow, he claimed, that only his party ...': the
            # cue is set into its report, which runs around it
            return self._trim(sent.start, sent.end - 1)
        left = max(clause.left_edge.i if fronted is None else fronted, sent.start)
        right = min(clause.right_edge.i, sent.end - 1)
        if left < verb.i < right:
            return None
        if fronted is not None:
            return self._trim(left, right)  # the relative clause ends the report
        if left > verb.i:
            right = self._report_end(verb, clause, right)
            left = self._past_cue_phrase(verb, clause, left)
        return self._trim(left, self._before_reporter_act(verb, clause, right))

    def _reported_before(self, verb: Token, clauses: list[Token]) -> bool:
        """Of clauses on both sides, the one before the cue is its report:
        '"It's over," she said of the race, in which ...'.

        It has its own subject and no report of another cue inside, ends at a
        comma or quote mark right before the cue's subject, and the clause
        after the cue opens with no 'that'.
        """
        doc = self.doc
        subject = self._subject(verb)
        left = next(c for c in clauses if c.i < verb.i)
        right = next(c for c in clauses if c.i > verb.i)
        if subject is None:
            # 'But Tindall, who signed for X, told Rugby Special he would be
            # fit': after the party told comes the report; 'The plan would cut
            # costs, says the party - and ...' reports what comes before
            return not any(c.dep_ in ("dobj", "dative") for c in verb.children)
        if subject.i > verb.i:
            return True

        between = doc[left.right_edge.i + 1 : subject.left_edge.i]
        return (
            len(between) > 0
            and all(t.text == "," or t.text in ALL_MARKS for t in between)
            and any(c.dep_ in _SUBJECTS for c in left.children)
            and not any(
                t.i != left.i
                and t.dep_ in ("advcl", "ccomp", "conj", "parataxis")
                and t.lemma_.lower() in self.finder.indirect_lemmas
                and any(c.dep_ in _SUBJECTS for c in t.children)
                for t in left.subtree
            )
            and not any(c.dep_ == "mark" and c.lower_ == "that" for c in right.children)
        )

    def _set_off(self, verb: Token) -> bool:
        """'..., he claimed, ...': the cue and its subject stand between commas
        or dashes, set into the sentence they report."""
        doc = self.doc
        subject = self._subject(verb)
        if subject is None or subject.i > verb.i or verb.i + 1 >= len(doc):
            return False
        before = subject.left_edge.i - 1
        return (
            before >= 0
            and doc[before].text in _INSERT_MARKS
            and doc[verb.i + 1].text in _INSERT_MARKS
        )

    def _report_end(self, verb: Token, clause: Token, right: int) -> int:
        """Where a report after its cue ends: the full stop, or before what is
        not the cue's.

        The report runs to the full stop ('said the firm will cut jobs in
        March'), but not into the main clause that a cue's phrase opens
        ('While claiming they would not be swayed, they still managed ...')
        nor into a second report with its own speaker ('Labour say X, while
        the Tories say Y'; 'Ann said X, but Bob said Y').
        """
        doc = self.doc
        end = self.sent(verb.i).end - 1
        opener = verb.head if verb.dep_ == "pcomp" else verb  # 'After telling X ...,'
        if (opener.head.i > verb.i and opener.dep_ in ("advcl", "prep")) or (
            verb.dep_ == "acl" and verb.head.i < verb.i  # 'a studio saying X and ...'
        ):
            end = min(end, verb.right_edge.i)
        end = max(end, right)
        inside = {t.i for t in clause.subtree}
        for token in doc[clause.i + 1 : end + 1]:
            if self._next_act(verb, token, inside):
                end = token.left_edge.i - 1
                break
            after = attribution_after(verb, clause, token, self.finder.indirect_lemmas)
            if after is not None and not self.in_marks(token.idx):
                end = after - 1
                break
            if (
                second_report(token, self.finder.indirect_lemmas)
                and not self.in_marks(token.idx)
                and (token.head.i == verb.i or token.head.i in inside)
                and (
                    token.dep_ != "advcl"
                    or any(c.lower_ in _CONTRAST for c in token.children)
                )
            ):
                end = token.left_edge.i - 1
                break
        while end > clause.i and (
            doc[end].is_punct or doc[end].pos_ in ("CCONJ", "SCONJ")
        ):
            end -= 1
        return end

    def _next_act(self, verb: Token, token: Token, inside: set[int]) -> bool:
        """``token`` is a report of its own after the report, not part of it.

        'said A - but said B', 'said A, and urged B', 'told the board A, and
        she added B': a verb of speech joined to the cue, with no subject of
        its own or only 'he'/'she'; 'said profits rose, and said it ...',
        'declared he was holding a fundraiser and asked ...': one in the cue's
        tense with no subject, that the parse joined to a verb of the report
        in another tense, or that has a clause of its own. 'said he has not
        held dinners and never called a donor' and 'contend that executives
        met and agreed to ...' go on with the report.
        """
        if (
            token.dep_ != "conj"
            or self.in_marks(token.idx)
            or token.lemma_.lower() not in self.finder.indirect_lemmas
            or token.pos_ != "VERB"
        ):
            return False
        subjects = [c for c in token.children if c.dep_ in _SUBJECTS]
        if token.head.i in inside:
            # 'executives met and agreed to present ...' is what was contended
            return (
                not subjects
                and token.tag_ == verb.tag_
                and (
                    token.head.tag_ != token.tag_
                    or any(c.dep_ == "ccomp" for c in token.children)
                )
            )
        return token.head.i == verb.i and (
            not subjects or (len(subjects) == 1 and subjects[0].lower_ in ("he", "she"))
        )

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
                    max(clause.i, verb.i) < token.i <= cut
                    and token.tag_ == "VBG"
                    and token.dep_ in ("advcl", "xcomp", "conj")
                    and doc[token.i - 1].text == ","
                ):
                    cut = token.i - 1
        return cut

    def _mooted(self, verb: Token) -> bool:
        """The report is only possible or asked about: a modal or a question.

        'He may argue that ...', 'Analysts could say ...', 'she will be saying
        ...' and 'Did she say the plan works?' report nothing said; 'He will
        say in a speech that ...' (a speech announced) and 'she would later
        say' (a report told from the past) do.
        """
        auxes = [c.lower_ for c in verb.children if c.dep_ == "aux" and c.i < verb.i]
        if any(a in _MODALS for a in auxes) or (
            verb.tag_ == "VBG" and "be" in auxes and {"will", "'ll"} & set(auxes)
        ):
            # 'may argue', and 'will be saying' of what someone is expected to
            # say ('the day after an attack, he will be saying ...')
            return True
        sent = self.sent(verb.i)
        last = sent.end - 1
        while last > sent.start and (
            self.doc[last].is_space or self.doc[last].text in ALL_MARKS
        ):
            last -= 1
        return self.doc[last].text == "?" and not self.in_marks(self.doc[last].idx)

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
            g.dep_ in ("ccomp", "dobj", "xcomp") and not addressee(verb, g)
            for g in verb.children
        ):
            return None
        sent = self.sent(verb.i)
        left, right = verb.left_edge.i, verb.right_edge.i
        before = (sent.start, left - 1)
        after = (right + 1, sent.end - 1)
        words = [
            sum(not t.is_punct for t in self.doc[a : b + 1]) for a, b in (before, after)
        ]
        if min(words) >= 2:
            # 'The economy, she said, is strong', 'That might, he suggests, lead
            # to ...': the report runs around the cue
            return self._trim(sent.start, sent.end - 1)
        side = max(before, after, key=lambda r: r[1] - r[0])
        return self._trim(*side)

    def _according_clause(self, token: Token) -> tuple[int, int] | None:
        """The sentence around 'according to X' without that phrase."""
        sent = self.sent(token.i)
        obj = self._according(token)
        if obj is None or (
            token.head.lemma_.lower() in self.finder.indirect_lemmas
            and self._subject(token.head) is not None
        ):
            # 'She said the advice should be attached, according to the code':
            # her report, which the phrase is part of
            return None
        phrase_end = max(obj.right_edge.i, token.i + 1)
        before = token.i - 1
        while before > sent.start and self.doc[before].is_punct:
            before -= 1
        if token.i - sent.start <= 1 or self.doc[before].pos_ == "CCONJ":
            # 'X went along, but according to those present, it was ...': what
            # they say follows the phrase
            left, right = self._past_apposition(phrase_end + 1, sent.end), sent.end - 1
        else:
            left, right = sent.start, token.i - 1
        return self._trim(left, right)

    def _past_apposition(self, left: int, end: int) -> int:
        """'According to a new book, Peston's Britain, Blair went back ...': a
        phrase with no verb between commas right after the source names the
        source again; the report starts after it."""
        doc = self.doc
        if left >= end or doc[left].text != ",":
            return left
        for i in range(left + 1, end):
            token = doc[i]
            if token.pos_ in ("VERB", "AUX") or token.text in ALL_MARKS:
                return left
            if token.text == ",":
                # what follows has a subject of its own: 'the plan, which was
                # costly, failed' keeps its subject
                own = any(
                    t.dep_ in ("nsubj", "nsubjpass")
                    and t.lower_ not in _RELATIVE
                    and t.head.i > i
                    and t.head.dep_ not in ("relcl", "acl")
                    for t in doc[i + 1 : end]
                )
                return i + 1 if own and i > left + 1 else left
        return left
