"""Reported phrases around quoted words, and headline lines.

'hailed it as a "breakthrough"' gives the phrase around a partial quote (one
claim: the partial inside it is not claimed again); 'described the plan as
reckless' gives the characterization; a headline line 'Name: statement' gives
the statement.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from claimkit.components.quotes.clauses import passive_by
from claimkit.components.quotes.context import _Quote
from claimkit.components.quotes.speakers import _Speakers
from claimkit.text.quotemarks import ALL_MARKS

# prepositions that name what a report is about, not what it says
_TOPIC_PREPS = {"over", "about", "on", "regarding", "concerning"}
# verbs whose object is the party told, not what was said
_TOLD = {"tell", "inform", "assure", "remind"}


class _PhraseQuotes(_Speakers):
    """Mixed quotes (a phrase around quoted words), characterizations, headlines."""

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
            if self._negated(verb):
                continue  # 'urged people not to rush to call things "..."'
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
            if quote.named and not self._reports_around_name(verb, quote, clause):
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

    def _reports_around_name(
        self, verb: Token, quote: _Quote, clause: tuple[int, int]
    ) -> bool:
        """A name in marks stands in a report only of a verb of speech, and as
        the smaller part of it: 'stressed her support of the raid during a
        "Veterans Forum"' reports; 'revealed himself as "Silver Fox"' (the
        name is the report) and 'starred in "Red Kite Lake"' do not."""
        lemma = verb.lemma_.lower()
        if lemma not in self.finder.indirect_lemmas or lemma in self.finder.quote_only:
            return False
        named = len(self.text[quote.start : quote.end].split())
        return 2 * named < len(self.text[clause[0] : clause[1]].split())

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

    @staticmethod
    def _negated(verb: Token) -> bool:
        """The verb, or the verb it completes, is negated: 'urged people not
        to rush to call things anti-Semitic' calls nothing so."""
        token = verb
        for _ in range(3):
            if any(c.dep_ == "neg" for c in token.children):
                return True
            if token.dep_ not in ("xcomp", "conj") or token.head.i == token.i:
                break
            token = token.head
        return False

    def _characterization(self, verb: Token) -> tuple[int, int] | None:
        """The object and predicate of 'described X as Y' / 'called X Y'."""
        if self._negated(verb):
            return None
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
        agent = passive_by(verb)
        if agent is not None and left < agent.i <= right:
            right = agent.i - 1  # 'was labelled "a misjudgement" by the Tories
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
