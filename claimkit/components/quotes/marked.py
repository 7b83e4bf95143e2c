"""Marked quotes: a span between quote marks as a direct, partial or scare quote.

Titles ('the book "High Wire"') and nicknames are no quotes. A direct quote with
no cue of its own continues the speaker of the quote before it, or is spoken by
the person named in the paragraph before.
"""

from __future__ import annotations

import itertools

from spacy.tokens import Token

from claimkit.components.quotes.attribution import _Attribution
from claimkit.components.quotes.context import _SENT_END, _Quote
from claimkit.text.quotemarks import ALL_MARKS, MarkedSpan

# a quoted phrase this short, with no cue and no speaker, is a term
_TERM_MAX_WORDS = 6


def _title_case(words: list[Token]) -> bool:
    """Most words capitalized, as in a title: 'War and Peace', "Van Wilder"."""
    capitalized = [w for w in words if w.text[:1].isupper() or not w.is_alpha]
    # 'War and Peace': short function words inside a title stay lower-case
    minor = [w for w in words[1:] if _minor(w)]
    return len(capitalized) >= 2 and len(capitalized) + len(minor) >= (
        len(words) * 0.75
    )


def _minor(word: Token) -> bool:
    """A short function word a title keeps lower-case: 'and', 'of', 'the'."""
    return word.is_stop and len(word) <= 3 and word.is_lower


class _MarkedQuotes(_Attribution):
    """Quotes between quote marks, and the speakers of those with no cue."""

    def marked_quote(
        self, span: MarkedSpan, previous: _Quote | None = None
    ) -> _Quote | None:
        doc = self.doc
        first = self.token_at(span.start)
        last = self.token_at(span.end - 1)
        words = [t for t in doc[first : last + 1] if not (t.is_punct or t.is_space)]
        if len(doc[first : last + 1]) < self.finder.min_tokens or not words:
            return None
        before = self._before_tokens(span.open_at)
        after = self._after_tokens(
            span.close_at if span.close_at is not None else span.end
        )
        if self._is_title(span, words, before, after):
            return None
        if self._is_nickname(words, before, after):
            return None
        quote = _Quote(
            span.start, span.end, "direct", paragraph=self.paragraph(span.start)
        )
        quote.direct_start = self._starts_clause(span.open_at, before)
        quote.form = (
            "direct" if quote.direct_start or self._ends_clause(span) else "partial"
        )
        own_cue = self.text[span.start : span.end].rstrip()[-1:] in ",?!" and (
            self._cue_follows(after)
        )
        if own_cue or not self._split_quote(quote, span, previous):
            self._attribute_marked(quote, span, first, last, before, after)
        reported = quote.cue_text is not None and quote.mixed_verb is None
        if len(words) <= self.finder.scare_max_words and not reported:
            # a scare quote: a word or two with no reporting verb near; the
            # sentence may still report speech around it
            quote.form = "scare"
        elif quote.form == "partial" and quote.cue is None and len(words) <= 3:
            quote.form = "scare"
        elif (
            quote.form == "partial"
            and quote.cue is None
            and quote.speaker is None
            and len(words) <= _TERM_MAX_WORDS
            and quote.paragraph > 0
        ):
            # 'an assessment of "who needs what and where"': a phrase nobody is
            # reported as saying (a headline's quote is a report BBC-style)
            quote.form = "scare"
        if quote.form == "partial" and self._is_term(words, before):
            quote.form = "scare"
        if (
            quote.form in ("partial", "scare")
            and self._named_phrase(quote, words)
            and not self._headline_cased(before)
        ):
            # 'the star of "Van Wilder"': a name, not words said
            quote.form, quote.named = "scare", True
        return quote

    def _headline_cased(self, before: list[Token]) -> bool:
        """The words before a quote are capitalized as a headline's ('Harbour
        Plan Is "Too Little, Too Late"'): a common word capitalized inside its
        sentence (not in marks itself), so capitals tell no name there."""
        near = [t for t in before[:8] if t.is_alpha and not self.in_marks(t.idx)]
        return any(
            t.text[:1].isupper()
            and t.pos_ != "PROPN"
            and t.lower_ != "i"
            and not t.is_sent_start
            and t.nbor(-1).text != ":"
            for t in near[:4]
        )

    def _named_phrase(self, quote: _Quote, words: list[Token]) -> bool:
        """The quoted words name something: a title-cased phrase with no verb.

        'the star of "Van Wilder"', 'revealed himself as "Deep Throat"', 'its
        "15 Most Wanted" list' quote a title, nickname or label, not words
        said; 'called the plan "reckless"' (lower-case) and 'branded the bill
        "A Tax On Jobs"' (a verb that characterizes) are reports. The name is
        a scare quote then, and a report around it needs a verb of speech
        (``mixed_quotes``).
        """
        if len(words) < 2 or len(words) > _TERM_MAX_WORDS:
            return False
        if self.text[quote.start : quote.end].rstrip()[-1:] in "!?":
            return False  # a cry or a question: 'chanting "U-S-A! U-S-A!"'
        if not _title_case(words):
            return False
        if any(
            w.pos_ in ("VERB", "AUX") and w.dep_ not in ("amod", "compound")
            for w in words
        ) and not all(
            w.text[:1].isupper() or not w.is_alpha or (i and _minor(w))
            for i, w in enumerate(words)
        ):
            return False  # a clause; but 'Paper Moon Rising' is a title
        verb = quote.mixed_verb or quote.cue
        return verb is None or verb.lemma_.lower() not in self.finder.as_lemmas

    def _is_term(self, words: list[Token], before: list[Token]) -> bool:
        """A short quoted phrase named as a term, not reported as said.

        'what Amazon calls "one-click shopping"', 'the so-called "gadget"',
        'terms like "digital", "interactive"', 'the word "meme"': the phrase right
        after a naming verb (no object between: 'called the plan "a joke"' is a
        judgment), or near a noun for words.
        """
        if len(words) > _TERM_MAX_WORDS - 2:
            return False
        near = [t for t in before[:8] if not (t.is_punct or t.text in ALL_MARKS)]
        if not near:
            return False
        first = near[0]
        if first.lower_ == "as" and len(near) > 1:
            first = near[1]  # 'billed as "..."', 'branded as "..."'
        if (
            first.pos_ in ("VERB", "AUX", "ADJ")
            and first.lemma_.lower() in self.finder.naming_lemmas
        ):
            return True
        # 'the word "meme"', 'terms like "digital", "interactive"'; 'in his own
        # words, "a disaster"' quotes a speaker
        return any(
            t.lower_ in self.finder.term_nouns
            and not any(c.dep_ == "poss" for c in t.children)
            for t in near[:3]
        )

    def _starts_clause(self, open_at: int, before: list[Token]) -> bool:
        """The quote opens a paragraph or sentence, or follows a cue's comma/colon."""
        prev_at = self._prev_in_paragraph(open_at)
        prev = self.text[prev_at] if prev_at >= 0 else ""
        if (
            prev in ("", "\n")
            or prev in _SENT_END
            or prev in ":\u2014\u2013"
            or prev in ALL_MARKS
        ):
            return True
        if prev == "," and len(before) > 1:
            token = before[1] if before[0].text == "," else before[0]
            return token.lemma_.lower() in self.finder.cue_lemmas or token.pos_ in (
                "PROPN",
                "PRON",
            )
        return False

    def _ends_clause(self, span: MarkedSpan) -> bool:
        """A long quote that ends with its own sentence punctuation is a statement."""
        inner = self.text[span.start : span.end].rstrip()
        return inner[-1:] in ".?!," and inner[:1].isupper() and len(inner.split()) > 5

    def _is_title(
        self,
        span: MarkedSpan,
        words: list[Token],
        before: list[Token],
        after: list[Token],
    ) -> bool:
        finder = self.finder
        # the words before the mark in its own sentence: 'their third album
        # Final Straw. "I think ...," Gary said' is no title of an album
        own = list(itertools.takewhile(lambda t: t.text not in ".?!", before[:5]))
        near = [t for t in own if not t.is_punct]
        # "the book "High Wire"" but not "the report said "..."": a cue verb
        # right after the quote makes it speech, and so does one introducing
        # it ('Bill Gammell added: "..."': a name, not a bill)
        # ('She told the Courier newspaper: "..."': the cue before the
        # newspaper's name)
        introduced = bool(own) and (
            (len(before) > 1 and before[0].text in ":," and self._is_cue(before[1]))
            or (before[0].text == ":" and any(self._is_cue(t) for t in own[1:]))
        )
        if (
            any(
                t.lower_ in finder.title_cues and t.ent_type_ != "PERSON"
                for t in near[:3]
            )
            and not self._cue_follows(after)
            and not introduced
        ):
            return True
        ordered = [t.lower_ for t in reversed(near[:4])]
        for a, b in finder.title_phrases:
            for x, y in itertools.pairwise(ordered):
                if x == a and y == b:
                    return True
        inner = self.text[span.start : span.end]
        title_case = _title_case(words)
        if (
            title_case
            and before
            and (before[0].tag_ == "POS" or before[0].lower_ in ("'s", "\u2019s"))
            and (inner.rstrip()[-1:] not in ".?!," or len(words) <= 4)
        ):
            return True  # CNN's "State of the Union"
        if (
            title_case
            and inner.rstrip()[-1:] not in ".?!,"
            and self._read_object(words)
        ):
            return True  # 'she read "War and Peace" on the train'
        if ":" in inner and title_case and not self._cue_follows(after):
            return inner.rstrip()[-1:] not in ".?!,"
        return False

    def _read_object(self, words: list[Token]) -> bool:
        """The quoted words are the object of a verb that does not report speech."""
        first, last = words[0].i, words[-1].i
        roots = [w for w in words if not first <= w.head.i <= last]
        if len(roots) != 1 or roots[0].dep_ not in ("dobj", "obj"):
            return False
        verb = roots[0].head
        lemma = verb.lemma_.lower()
        finder = self.finder
        return verb.pos_ == "VERB" and not (
            lemma in finder.cue_lemmas
            or lemma in finder.indirect_lemmas
            or lemma in finder.object_lemmas
        )

    def _is_nickname(
        self, words: list[Token], before: list[Token], after: list[Token]
    ) -> bool:
        if len(words) > 3:
            return False
        if before and before[0].lower_ in self.finder.nickname_cues:
            return True
        if len(before) > 1 and before[0].lower_ == "as" and before[1].lower_ == "known":
            return True
        title = all(w.text[:1].isupper() for w in words)
        return (
            title
            and bool(before)
            and bool(after)
            and before[0].pos_ == "PROPN"
            and after[0].pos_ == "PROPN"
        )

    def _cue_follows(self, after: list[Token]) -> bool:
        for token in after[:4]:
            if token.lemma_.lower() in self.finder.cue_lemmas and token.pos_ in (
                "VERB",
                "AUX",
            ):
                return True
        return False

    # --- continuation -----------------------------------------------------

    def continue_speakers(self, quotes: list[_Quote]) -> None:
        """A quote with no cue continues the previous quote's or paragraph's speaker."""
        self.chain_pronouns(quotes)
        self._run_on_to_cue(quotes)
        previous: _Quote | None = None
        for quote in quotes:
            if quote.speaker is None and quote.form == "direct":
                other = None
                if (
                    previous is not None
                    and previous.speaker is not None
                    and (quote.paragraph - previous.paragraph <= 2)
                    # 'a poster under the words "How can they ...?"': words set
                    # inside a sentence of their own are no one's continuing
                    and quote.direct_start
                    and (other := self._other_subject_between(previous, quote)) is None
                    and not self._named_subject_between(previous, quote)
                ):
                    quote.speaker = (
                        self.latest_mention(
                            previous.entity, previous.speaker[1], quote.start
                        )
                        or previous.speaker
                    )
                    quote.entity = previous.entity
                    quote.route = "previous quote"
                else:
                    if other is not None:
                        self._introduced_right_before(quote, other)
                    self._introduced_in_previous(quote)
            if quote.speaker is not None:
                previous = quote
            elif previous is not None and quote.paragraph - previous.paragraph > 2:
                previous = None

    def _run_on_to_cue(self, quotes: list[_Quote]) -> None:
        """'"A." "B." "C," said Ann Ray.': quotes that run on, with nothing but
        marks and spaces between, to one with its own speaker are that
        speaker's words too."""
        following: _Quote | None = None
        for quote in reversed(quotes):
            if (
                quote.speaker is None
                and quote.form == "direct"
                and following is not None
                and following.speaker is not None
                and following.cue is not None  # its own 'said X', no guess
                and following.paragraph == quote.paragraph
                and not self.text[quote.end : following.start].strip(" " + ALL_MARKS)
            ):
                quote.speaker = following.speaker
                quote.entity = following.entity
                quote.route = "run on to cue"
            following = quote

    def _other_subject_between(
        self, previous: _Quote, quote: _Quote
    ) -> tuple[int, int, str] | None:
        """Someone else is the subject of a sentence between two quotes:
        '"..," said Nadal. US coach Pat Kerr wants more clay. "I think ..."'
        does not continue Nadal. A name in a sentence of a quote run ("If Mr
        Kerr ...") is no such subject."""
        found = self.preceding_entity(quote.start, "PERSON", subject=True)
        if found is None or found[0] < previous.end or found[2] == previous.entity:
            return None
        sent = self.doc[self.token_at(found[0])].sent
        if self._quote_words_before(sent.start_char, found[0]):
            return None
        return found

    def _named_subject_between(self, previous: _Quote, quote: _Quote) -> bool:
        """A name the tagger read as a person's is a main clause's subject
        between the two quotes, though no PERSON entity holds it ('Unison's
        Dave Prentis criticised the plans' typed ORG): the quote may be his.
        """
        assert previous.speaker is not None
        # the previous quote's own attribution ('..," said Ann Ray.') is no other
        lo = self.token_at(max(previous.end, previous.speaker[1]))
        hi = self.token_at(quote.start)
        for token in self.doc[lo:hi]:
            if (
                token.ent_type_ == "PERSON"
                and token.dep_ in ("nsubj", "nsubjpass")
                and token.head.dep_ == "ROOT"
                and not self.in_marks(token.idx)
            ):
                entity = self.entity_at(token.idx, token.idx + len(token))
                if entity != previous.entity and self.labels.get(entity or "") != (
                    "PERSON"
                ):
                    return True
        return False

    def _quote_words_before(self, start: int, end: int) -> bool:
        """Quoted words of more than a title's length stand in [start, end):
        'On "Face the Nation," Sen. Ann Ray said' opens with a show's name,
        'If Mr Kerr wants it, "we go"' with a quote run's words; a mark left
        unpaired there (a quote run across sentences, or an apostrophe: unsure)
        counts as quote words too."""
        for m_start, m_end in self.marked:
            if m_start >= end:
                break
            if m_end > start and len(self.text[m_start:m_end].split()) > 4:
                return True
        prefix = self.text[start:end]
        unpaired = sum(prefix.count(mark) for mark in ALL_MARKS)
        inside = sum(
            1 for m_start, m_end in self.marked if start <= m_start and m_end < end
        )
        return unpaired > 2 * inside

    def _introduced_right_before(
        self, quote: _Quote, found: tuple[int, int, str]
    ) -> None:
        """The subject of the sentence right before the quote introduces it
        and speaks it."""
        sent = self.doc[self.token_at(found[0])].sent
        if not self.text[sent.end_char : quote.start].strip(" \n" + ALL_MARKS):
            quote.speaker = (found[0], found[1])
            quote.entity = found[2]
            quote.route = "introduced"

    def _introduced_in_previous(self, quote: _Quote) -> None:
        """The last person named in the paragraph before the quote's."""
        start = self.para_starts[self.paragraph(quote.start)]
        if start == 0 or self.text[start : quote.start].strip(" " + ALL_MARKS):
            return  # the quote does not open its paragraph, or opens the text
        found = self.preceding_entity(start, "PERSON")
        if found is not None and found[0] >= self.previous_paragraph_start(start):
            quote.speaker = (found[0], found[1])
            quote.entity = found[2]
            quote.route = "previous paragraph"
