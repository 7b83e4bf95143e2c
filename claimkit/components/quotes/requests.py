"""Reports a verb's clause does not hold: requests and claims named by a noun.

'Ann Ray urged ministers to rethink the plan' and 'the union called on the
board to resign' report a request (the party asked and what they are to do);
'the union called for an inquiry into the deaths' a demand (its object); 'Ms
Ray's claim that the figures were wrong' a statement a noun names, its owner
the speaker. Each is an indirect quote only when its speaker is a name, a
pronoun or a body's or a person's noun; not when negated or under a modal
('did not urge', 'may call for'), nor when it overlaps a quote found before.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from claimkit.components.quotes.context import _Quote
from claimkit.components.quotes.mixed import _PhraseQuotes

# a request is reported under one of these only as what may be asked
_MODALS = {"may", "might", "could", "should", "would", "must"}
# 'called on the board to resign', 'appealed to fans to stay calm'
_PARTY_PREPS = {"call": {"on", "upon"}, "appeal": {"to"}}


class _Requests(_PhraseQuotes):
    """Indirect quotes of requests ('urged X to') and of claims a noun names."""

    def requested_quotes(self, quotes: list[_Quote]) -> list[_Quote]:
        """Requests, demands and noun-named claims no quote holds yet."""
        taken = sorted((q.start, q.end) for q in quotes)
        starts = [t[0] for t in taken]
        found: list[_Quote] = []
        request = self.finder.request_lemmas
        claims = self.finder.claim_nouns
        doc = self.doc
        for i in self.lemma_tokens(request.union(_PARTY_PREPS, claims)):
            token = doc[i]
            lemma = token.lemma_.lower()
            if token.pos_ == "VERB" and (lemma in request or lemma in _PARTY_PREPS):
                quote = self._request(token, lemma)
            elif token.pos_ == "NOUN" and lemma in claims:
                quote = self._named_claim(token)
            else:
                continue
            if quote is None or self._overlaps(quote, taken, starts):
                continue
            quote.paragraph = self.paragraph(quote.start)
            quote.route = "request"
            found.append(quote)
            bisect.insort(taken, (quote.start, quote.end))
            starts = [t[0] for t in taken]
        return found

    def _request(self, verb: Token, lemma: str) -> _Quote | None:
        """'urged ministers to rethink', 'called on X to ...', 'called for X'."""
        if (
            self.in_marks(verb.idx)
            or self._negated(verb)
            or self._modal(verb)
            # 'adverts in papers such as Variety urging them to ...': the
            # adverts urge; a bare participle's speaker is a guess
            or verb.dep_ in ("acl", "relcl", "amod")
            or (
                verb.tag_ == "VBG"
                and not any(c.dep_ in ("nsubj", "aux") for c in verb.children)
            )
        ):
            return None
        span: tuple[int, int] | None = None
        infinitive = next(
            (
                c
                for c in verb.children
                if c.dep_ == "xcomp"
                and c.i > verb.i
                and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
            ),
            None,
        )
        party = None
        particle = ""  # 'called for', 'called on': the cue's preposition
        if lemma in self.finder.request_lemmas:
            party = next((c for c in verb.children if c.dep_ == "dobj"), None)
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.i != verb.i + 1:
                continue
            objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
            if not objects:
                continue
            if prep.lower_ in _PARTY_PREPS.get(lemma, set()):
                party, particle = objects[0], prep.text
            elif lemma == "call" and prep.lower_ == "for" and infinitive is None:
                # 'called for an inquiry': the demand is the object
                obj, particle = objects[0], prep.text
                span = self._trim(obj.left_edge.i, obj.right_edge.i)
        if span is None and party is not None and infinitive is not None:
            if not party.i < infinitive.i or not self._party_like(party):
                return None
            span = self._trim(party.left_edge.i, infinitive.right_edge.i)
        if span is None:
            return None
        quote = _Quote(span[0], span[1], "indirect")
        subject = self._subject(verb)
        if subject is None or not self._speaker_like(subject):
            return None
        if not self._set_speaker(quote, verb):
            return None
        if particle:
            quote.cue_text = f"{quote.cue_text} {particle}"
        return quote

    def _named_claim(self, noun: Token) -> _Quote | None:
        """ "Ms Ray's claim that the figures were wrong": the owner says it."""
        if self.in_marks(noun.idx):
            return None
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        clause = next(
            (
                c
                for c in noun.children
                if c.dep_ in ("acl", "ccomp")
                and c.i > noun.i
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            ),
            None,
        )
        if owner is None or clause is None or not self._speaker_like(owner):
            return None
        if any(t.i != noun.i + 1 and t.i <= noun.i for t in clause.subtree):
            return None  # the clause's words run back over the noun
        span = self._trim(noun.i + 1, clause.right_edge.i)
        if span is None:
            return None
        quote = _Quote(span[0], span[1], "indirect")
        quote.cue, quote.cue_text = noun, noun.text
        self._set_subject(quote, owner)
        return quote

    def _speaker_like(self, subject: Token) -> bool:
        """A name, a person's or a group's pronoun, or a noun for a body or a
        person ('the union', 'analysts'); not 'the plan calls for ...'."""
        if subject.pos_ == "PROPN":
            return True
        lower = subject.lower_
        finder = self.finder
        if subject.pos_ == "PRON":
            return (
                lower in finder.person_pronouns
                or lower in finder.pronoun_sex
                or lower in ("they", "we", "their", "our", "its", "it")
            )
        lemma = subject.lemma_.lower()
        return subject.pos_ == "NOUN" and (
            lemma in finder.org_nouns
            or lemma in finder.people_nouns
            or lemma in finder.described_heads
        )

    def _party_like(self, party: Token) -> bool:
        """The party asked is someone: a name, a pronoun, people or a body
        ('ministers', 'the board'); 'is calling on its encyclopaedia to
        answer questions' asks a thing, it reports no request."""
        if party.pos_ in ("PROPN", "PRON") or party.tag_ == "NNS":
            return True
        return self._speaker_like(party) or party.ent_type_ in ("PERSON", "ORG")

    @staticmethod
    def _modal(verb: Token) -> bool:
        return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)

    @staticmethod
    def _overlaps(
        quote: _Quote, taken: list[tuple[int, int]], starts: list[int]
    ) -> bool:
        at = bisect.bisect_left(starts, quote.end)
        return any(quote.start < end for _, end in taken[:at])
