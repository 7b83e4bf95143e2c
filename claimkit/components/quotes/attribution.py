"""Attribution of a quoted span: the cue and speaker after, before or around it.

The routes are tried in order (``_attribute_marked``): the verb governing a
partial quote, a dash and a name, a cue after the quote ('", said Windsor.'), a
cue before it ('Windsor said: "'), a colon introduction, a headline 'Name:', the
verb governing a whole quote, and 'according to X' in its sentence.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from claimkit.components.quotes.clauses import appositive_subject, second_report
from claimkit.components.quotes.colons import _ColonRoutes
from claimkit.components.quotes.context import (
    _NOT_SPEAKERS,
    _RELATIVE,
    _WINDOW,
    _Quote,
)
from claimkit.text.layout import break_between
from claimkit.text.quotemarks import ALL_MARKS, MarkedSpan

# a verb with one of these is about something else than the quote before it
_NOT_INTRANSITIVE = {"dobj", "obj", "agent", "auxpass", "nsubjpass"}
# a relative pronoun ('which', 'who', 'that') as the subject of a verb
_RELATIVE_TAGS = {"WDT", "WP", "WP$"}
# a sentence's end outside quote marks
_STOPS = {".", "!", "?"}


class _Attribution(_ColonRoutes):
    """The routes that attribute a marked quote to a cue and a speaker."""

    def _split_quote(
        self, quote: _Quote, span: MarkedSpan, previous: _Quote | None
    ) -> bool:
        """'"A," Trump said. "B."': B continues A when only A's cue stands between."""
        if previous is None or previous.cue is None or previous.speaker is None:
            return False
        if not previous.end < previous.cue.idx < span.open_at:
            return False
        between = self.text[previous.end + 1 : span.open_at]
        if (
            break_between(self.para_starts, previous.end + 1, span.open_at)
            or len(between.split()) > 10
        ):
            return False
        lo = bisect.bisect_left(self.starts, previous.end + 1)
        hi = bisect.bisect_left(self.starts, span.open_at)
        if any(
            t.pos_ == "VERB" and t.i != previous.cue.i and t.dep_ != "conj"
            for t in self.doc[lo:hi]
        ):
            return False  # '"A," Franken said. Silverman responded, "B."
        if any(
            t.is_sent_start and t.i > lo and t.is_alpha and t.idx > previous.cue.idx
            for t in self.doc[lo:hi]
        ):
            return False  # '"A," said Ann. On "Face the Nation," ...': a new sentence
        quote.cue, quote.cue_text = previous.cue, previous.cue_text
        quote.speaker, quote.entity = previous.speaker, previous.entity
        quote.route = "split"
        return True

    def _attribute_marked(
        self,
        quote: _Quote,
        span: MarkedSpan,
        first: int,
        last: int,
        before: list[Token],
        after: list[Token],
    ) -> None:
        """Find the cue and speaker: after, before, around, or governing the quote."""
        inner = self.text[span.start : span.end].rstrip()
        ends_sentence = inner[-1:] == "."
        partial = quote.form == "partial"
        routes = (
            ("governing", lambda: partial and self._governing(quote, first, last)),
            ("dash", lambda: self._dash_after(quote, span, after)),
            (
                "after",
                lambda: self._cue_after(
                    quote, last, after, ends_sentence=ends_sentence
                ),
            ),
            ("before", lambda: self._cue_before(quote, first, before)),
            ("colon", lambda: self._colon_intro(quote, span, first, before)),
            ("headline", lambda: self._headline_name(quote, span)),
            ("governing", lambda: not partial and self._governing(quote, first, last)),
            ("according", lambda: self._according_in(quote, first, last)),
        )
        for route, found in routes:
            if found():
                quote.route = route
                return

    def _according_in(self, quote: _Quote, first: int, last: int) -> bool:
        sent = self.sent(first)
        lo, hi = max(sent.start, first - _WINDOW * 2), min(sent.end, last + _WINDOW * 2)
        for token in self.doc[lo:hi]:
            if not first <= token.i <= last and self._set_according(quote, token):
                return True
        return False

    def _dash_after(self, quote: _Quote, span: MarkedSpan, after: list[Token]) -> bool:
        """'"..." — Richard Windsor' / '"..."― Name, title': a name after a dash."""
        if span.close_at is None or not after:
            return False
        text = self.text
        at = self._skip_blanks(span.close_at + 1)
        dash = next((d for d in self.finder.dash_order if text.startswith(d, at)), None)
        if dash is None:
            return False
        at = self._skip_blanks(at + len(dash))
        words: list[Token] = []
        for token in after:
            if token.idx < at:
                continue  # the dash (spaCy may glue it to the closing mark)
            if not self._name_word(token):
                break
            words.append(token)
        if not words:
            return False
        nxt = words[-1].i + 1
        if nxt < len(self.doc):
            follower = self.doc[nxt]
            if not (
                follower.is_space or follower.text in ",.;)" or self._is_cue(follower)
            ):
                return False  # '"..." — Trump's own words': no attribution
        quote.cue_text = dash
        quote.speaker = (words[0].idx, words[-1].idx + len(words[-1]))
        quote.entity = self._resolve(words[-1], *quote.speaker)
        return True

    @staticmethod
    def _name_word(token: Token) -> bool:
        """A word of a name: a proper noun or capitalized word ('A.' initials too)."""
        if token.is_space or not token.text[:1].isupper():
            return False
        return (
            token.pos_ == "PROPN"
            or token.ent_type_ in ("PERSON", "ORG")
            or (token.is_alpha or token.text.rstrip(".").isalpha())
        )

    def _cue_after(
        self, quote: _Quote, last: int, after: list[Token], *, ends_sentence: bool
    ) -> bool:
        """'", said Windsor.' / '" Windsor added.' / '," she barked.'"""
        for n, token in enumerate(after[:_WINDOW]):
            if (
                token.text in ALL_MARKS
                and token.i > last + 1
                and self._is_open_mark(token)
            ):
                return False  # the next quote begins
            if (
                token.text in _STOPS
                and not self.in_marks(token.idx)
                and not self._title_stop(token)
            ):
                # 'between the viewer and the "broadcaster". This allows ...':
                # the sentence ended after the mark; only '". Ann Ray said.' is left
                return token.i + 1 < len(self.doc) and self._short_attribution(
                    quote, self.doc[token.i + 1]
                )
            if token.i > last + 1 and not token.is_space and self.in_marks(token.idx):
                return False  # inside the next quote, which opened right after
            if (
                token.is_sent_start
                and token.i > last + 1
                and token.text not in ALL_MARKS
            ):
                if ends_sentence:
                    return self._short_attribution(quote, token)
                if not self._inverted_candidate(token, generic=True):
                    return False
            cue_word = (
                self._is_cue(token)
                or self._is_cue_word(token)
                or (  # '"...," the letter reads.'; 'she read "War and Peace"' is none
                    token.pos_ == "VERB"
                    and token.lemma_.lower() in self.finder.after_lemmas
                )
            )
            if (
                cue_word
                and self._cue_ok_after(token, last)
                and not self._own_complement(token)
            ):
                if self._set_speaker(quote, token) or self._adjacent_name(
                    quote, token, last
                ):
                    return True
            elif (
                not ends_sentence
                and token.pos_ == "VERB"
                and n <= 5
                and self._cue_ok_after(token, last)
                and token.dep_ in ("ROOT", "parataxis", "ccomp", "conj", "advcl")
                and not (quote.form == "partial" and self._governs(token, last))
                and not self._own_complement(token)
            ) and self._named_subject_speaks(quote, token):
                return True
        return False

    def _own_complement(self, cue: Token) -> bool:
        """'"...?" Connors has also agreed to commentate for the BBC': a verb
        after a quote with an infinitive or a clause of its own, outside marks,
        says something else; '", she said, adding ...' and '", Warren told
        Stumpf, after he admitted ...' (a clause set off by a comma) do not.
        """
        return any(
            c.i > cue.i
            and c.pos_ in ("VERB", "AUX")
            and not self.in_marks(c.idx)
            and c.dep_ in ("xcomp", "ccomp")
            # 'told Stumpf, after he admitted ...': a clause set off by a comma
            # tells when, it is not what was said
            and self.doc[c.left_edge.i - 1].text != ","
            for c in cue.children
        )

    def _governs(self, verb: Token, last: int) -> bool:
        """The quote's words hang on ``verb``: 'Before the "Winter of Discontent",
        Ann Ray refused to ...' sets a phrase in the verb's own clause, it does
        not attribute it ('"Too late," sniffed Ann Ray' does)."""
        token = self.doc[last]
        for _ in range(12):
            if token.i == verb.i:
                return True
            if token.head.i == token.i:
                return False
            token = token.head
        return False

    def _named_subject_speaks(self, quote: _Quote, verb: Token) -> bool:
        """A verb next to a quote attributes it when its subject is a name/pronoun."""
        if verb.lemma_.lower() in self.finder.thought_lemmas:
            return False  # '"...", thinks Mr Dean': a thought, not a report
        if not self._is_cue(verb) and any(
            c.dep_ in _NOT_INTRANSITIVE and not self.in_marks(c.idx)
            for c in verb.children
        ):
            # '"...", translated by OutRage! as ...': a verb outside the lexicon
            # attributes a quote only as speech does, with no object of its own
            return False
        subject = self._subject(verb)
        return (
            subject is not None
            and subject.pos_ in ("PROPN", "PRON")
            # '"... through Oregon," which votes June 7': a relative clause
            # tells of the last word quoted, nobody speaks in it
            and not (
                subject.tag_ in _RELATIVE_TAGS
                and not self._is_cue(verb)
                and subject.head.i == verb.i
            )
            and self._set_speaker(quote, verb)
        )

    def _is_cue_word(self, token: Token) -> bool:
        """'Bozell answers.': a reporting verb the tagger took for a plural noun."""
        lower = token.lower_
        return (
            token.pos_ == "NOUN"
            and lower.endswith("s")
            and lower[:-1] in self.finder.cue_lemmas
            and token.i > 0
            and token.doc[token.i - 1].pos_ in ("PROPN", "PRON")
        )

    def _adjacent_name(
        self, quote: _Quote, cue: Token, last: int | None = None
    ) -> bool:
        """'"..." Espinoza said.' when the parse gave the cue no subject."""
        doc = cue.doc
        first = self._name_after_mark(last, cue) if last is not None else None
        if first is not None:
            # '"...," Flynn, a top surrogate, said': the name opening the attribution
            left = right = first.i
            while right + 1 < cue.i and self._speaker_word(doc[right + 1]):
                right += 1
        elif cue.i > 0 and doc[cue.i - 1].pos_ in ("PROPN", "PRON"):
            right = cue.i - 1
            left = right
            while left > 0 and doc[left - 1].pos_ == "PROPN":
                left -= 1
        elif cue.i + 1 < len(doc) and self._speaker_word(doc[cue.i + 1]):
            left = right = cue.i + 1
            while right + 1 < len(doc) and self._speaker_word(doc[right + 1]):
                right += 1
        elif cue.i > 0 and doc[cue.i - 1].pos_ in ("NOUN", "ADJ"):
            # '"..." the 43-year-old asked': a short noun phrase after the quote
            right = cue.i - 1
            left = right
            while (
                left > 0
                and right - left < 6
                and (
                    doc[left - 1].pos_ in ("DET", "NUM", "ADJ", "NOUN", "PROPN")
                    or doc[left - 1].text == "-"
                )
            ):
                left -= 1
            if doc[left].pos_ != "DET":
                return False
        else:
            return False
        if doc[left].text in ALL_MARKS:
            return False
        quote.cue, quote.cue_text = cue, cue.text
        self._set_subject(quote, doc[right])
        words = doc[left : right + 1]
        quote.speaker = (words.start_char, words.end_char)
        return True

    def _speaker_word(self, token: Token) -> bool:
        """A proper noun that can name a speaker (not a date or a place)."""
        return token.pos_ == "PROPN" and token.ent_type_ not in _NOT_SPEAKERS

    def _name_after_mark(self, last: int, cue: Token) -> Token | None:
        """The name right after the quote's closing mark, before ``cue``."""
        doc = self.doc
        i = last + 1
        while i < cue.i and (doc[i].is_punct or doc[i].text in ALL_MARKS):
            i += 1
        if i >= cue.i - 1 or not self._speaker_word(doc[i]):
            return None
        return doc[i]

    def _title_stop(self, token: Token) -> bool:
        """Say whether a stop ends a title ("Const.", "Msgr."), not a sentence."""
        before = self.doc[token.i - 1] if token.i else token
        return (
            token.text == "."
            and not before.whitespace_
            and (before.lower_ in self.finder.title_abbreviations)
        )

    def _short_attribution(self, quote: _Quote, start: Token) -> bool:
        """'"... tonight." Trump said.': a sentence that only attributes."""
        sent = self.sent(start.i)
        if len(sent) > 6:
            return False
        for token in sent:
            if self._is_cue(token) and not any(
                c.dep_ in ("ccomp", "dobj", "xcomp") for c in token.children
            ):
                return self._set_speaker(quote, token)
        return False

    def _cue_before(self, quote: _Quote, first: int, before: list[Token]) -> bool:
        """'Windsor said: "...' / 'he said, "...' / 'X told DW that ... "'."""
        if len(before) > 2 and before[0].text in (",", ":"):
            verb = before[1] if before[1].dep_ not in ("prt", "advmod") else before[2]
            if (
                verb.pos_ == "VERB"
                and not self._is_cue(verb)
                and self._named_subject_speaks(quote, verb)
            ):
                return True
        for token in before[:_WINDOW]:
            if token.text in ALL_MARKS and self._is_close_mark(token):
                return False  # the previous quote ends
            if token.i < first - 1 and not token.is_space and self.in_marks(token.idx):
                return False  # inside the previous quote, which lost its closing mark
            if (
                self._is_cue(token)
                and token.i < first
                and self._cue_reaches(quote, token, first)
                and self._set_speaker(quote, token)
            ):
                return True
            if token.is_sent_start and token.i < first - 1:
                return False
        return False

    def _cue_reaches(self, quote: _Quote, cue: Token, first: int) -> bool:
        """A cue before the quote reports it: it introduces or governs it.

        'he continued: "..."' / 'Lind said the ferry was "doomed"', but not 'If
        hoarding habits continue, people carry a "digitally obese" 20GB' nor 'The
        firm will start broadcasts, offering them as "premium packages"': a verb
        that reports only as a quote's introduction ('continue', 'offer') must
        introduce it, unless it characterizes ('called it "a joke"'); any other
        cue before a partial quote must introduce it or govern its words.
        """
        between = self.doc[cue.i + 1 : first]
        if all(
            t.text in ",:" or t.text in ALL_MARKS or t.is_space or t.dep_ == "prt"
            for t in between
        ):
            return True
        lemma = cue.lemma_.lower()
        if lemma in self.finder.quote_only and (
            lemma not in self.finder.as_lemmas | self.finder.object_lemmas
        ):
            return False  # 'offering them as "premium packages"': no introduction
        if quote.form != "partial":
            return True
        token = self.doc[first]
        for _ in range(10):
            if token.i == cue.i:
                return True
            if token.head.i == token.i:
                break
            token = token.head
        return any(self._inserted_cue_of(cue, t) for t in (token,))

    @staticmethod
    def _inserted_cue_of(cue: Token, root: Token) -> bool:
        """'But, he added, the console was rumoured to have "..."': a set-in cue."""
        return cue.dep_ == "parataxis" and cue.head.i == root.i

    def _governing(self, quote: _Quote, first: int, last: int) -> bool:
        """The verb above a partial quote: 'told DW that X is the "frontrunner"'."""
        token = self.doc[first]
        fallback: Token | None = None
        strong: list[Token] = []
        inserted: list[Token] = []
        for _ in range(8):
            if token.head.i == token.i or not self.same_paragraph(token, token.head):
                break
            token = token.head
            if first <= token.i <= last:
                continue
            lemma = token.lemma_.lower()
            if lemma == "ask" and token.tag_ == "VBN" and token.i < first:
                # 'Asked if this was the "decapitation strategy", X said ...':
                # the question's words, not the answer's
                return False
            inserted.extend(self._inserted_cues(token))
            if (
                self._is_cue(token) or lemma in self.finder.indirect_lemmas
            ) and lemma not in self.finder.quote_only:
                strong.append(token)
                if second_report(token, self.finder.indirect_lemmas):
                    break  # 'Ann said X, while Bob says Y "..."': Bob's words
            elif (
                fallback is None
                and token.pos_ == "VERB"
                and token.is_alpha  # not a dash the tagger took for a verb
                # a verb of speech acts from the lexicon ('slammed', 'hailed'),
                # not any verb a person does ('thanked his "hero"', 'was taken
                # to hospital with "severe flu"', 'remained second because of
                # the "monumental" costs')
                and lemma not in self.finder.thought_lemmas
                and lemma not in self.finder.state_lemmas
                # an act carries words after it, not a phrase set before it
                # ('before the "Winter of Discontent", Callaghan refused ...')
                and token.i < first
                and (
                    lemma in self.finder.object_lemmas | self.finder.as_lemmas
                    or self._person_subject(token)
                )
                and self._subject(token)
            ):
                fallback = token
        # 'X told Y that he is feeling "..."': the speech verb highest up reports
        # the words; verbs of thought below it belong to the reported clause
        speech = [t for t in strong if t.lemma_.lower() in self.finder.cue_lemmas]
        for verb in [*inserted, *speech[::-1], *strong]:
            if self._set_speaker(quote, verb):
                return True
        if fallback is not None and quote.form == "partial":
            subject = self._subject(fallback)
            if (
                subject is not None
                and subject.pos_ in ("PROPN", "PRON", "NOUN")
                and subject.lower_ not in _RELATIVE
                and self._set_speaker(quote, fallback)
            ):
                quote.mixed_verb = fallback
                return True
        return False

    def _person_subject(self, verb: Token) -> bool:
        """The verb's active subject is a person: a PERSON name or 'he'/'she'.

        A person's act may carry their words ('thanked fans "for ..."'); what
        befalls them does not ('was taken to hospital with "severe flu"').
        """
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            return False
        if verb.dep_ == "xcomp" and any(
            c.dep_ in ("auxpass", "nsubjpass") for c in verb.head.children
        ):
            return False  # 'was ordered to serve a year of "hard labour"'
        subject = self._subject(verb)
        return subject is not None and (
            subject.ent_type_ == "PERSON" or subject.lower_ in self.finder.pronoun_sex
        )

    def _inserted_cues(self, head: Token) -> list[Token]:
        """'Mr. Obama said, a majority ...': a reporting verb set into the clause."""
        return [
            c
            for c in head.children
            if c.dep_ == "parataxis"
            and self._is_cue(c)
            and not self.in_marks(c.idx)
            and not any(g.dep_ in ("ccomp", "dobj", "xcomp") for g in c.children)
        ]

    def _inverted_candidate(self, token: Token, *, generic: bool = False) -> bool:
        """spaCy often starts a new sentence at 'said Windsor' after a quote."""
        if self._is_cue(token):
            return True
        if token.pos_ not in ("PROPN", "PRON", "DET", "NOUN"):
            return False
        window = token.doc[token.i : token.i + 8]
        return any(self._is_cue(t) for t in window) or (
            generic and any(t.pos_ == "VERB" for t in window[:4])
        )

    def _cue_ok_after(self, cue: Token, last: int) -> bool:
        """A cue after the quote attributes it when only its subject intervenes."""
        between = self.doc[last + 1 : cue.i]
        content = [t for t in between if not (t.is_punct or t.text in ALL_MARKS)]
        # a name the tagger took for a verb ('Tulsa police Chief ...') is no verb
        if len(content) <= 6 and not any(
            t.pos_ == "VERB" and not t.ent_type_ for t in content
        ):
            return True
        return appositive_subject(cue, content, limit=_WINDOW)

    def _is_open_mark(self, token: Token) -> bool:
        return token.text in "\u201c\u201e\u00ab\u2018" or (
            token.text in "\"'" and token.whitespace_ == ""
        )

    def _is_close_mark(self, token: Token) -> bool:
        return token.text in "\u201d\u00bb\u2019" or (
            token.text in "\"'"
            and token.i > 0
            and token.doc[token.i - 1].whitespace_ == ""
        )
