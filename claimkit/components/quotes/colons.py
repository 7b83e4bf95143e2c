"""Attribution routes through a colon: an introduction and a headline's name.

'Windsor put it bluntly: "..."' and the headline 'Windsor: "..."' give the
speaker before the colon; a label's topic ("Clinton on Iran:") is no speaker
(see :mod:`.labels`). Used by :mod:`.attribution` as two of its routes.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from claimkit.components.quotes.context import _Quote
from claimkit.components.quotes.labels import is_label, topic_of
from claimkit.components.quotes.speakers import _Speakers
from claimkit.text.quotemarks import MarkedSpan


class _ColonRoutes(_Speakers):
    """The colon routes of a marked quote's attribution."""

    def _colon_intro(
        self, quote: _Quote, span: MarkedSpan, first: int, before: list[Token]
    ) -> bool:
        """'Windsor put it bluntly: "..."' and the headline 'Windsor: "..."'."""
        prev_at = self._prev_char(span.open_at)
        prev = self.text[prev_at] if prev_at >= 0 else ""
        if prev != ":":
            return False
        if not before:  # the colon ends the previous paragraph
            before = self._before_tokens(prev_at)
            colon_at = bisect.bisect_left(self.starts, span.open_at) - 1
            while colon_at > 0 and self.doc[colon_at].is_space:
                colon_at -= 1
            if colon_at < 0 or self.doc[colon_at].text != ":":
                return False
            before = [self.doc[colon_at], *before]
        if before[0].text != ":":
            return False
        colon = before[0]
        for token in before[1:6]:
            if token.is_sent_start and token.i < colon.i - 1:
                break
            if token.pos_ == "VERB" and self._set_speaker(quote, token):
                return True
        if len(before) > 1 and before[1].pos_ == "PROPN":
            name = before[1]
            left = name.i
            para_start = self.para_starts[self.paragraph(name.idx)]
            while (
                left - 1 >= 0
                and self.doc[left - 1].pos_ == "PROPN"
                and self.doc[left - 1].idx >= para_start
            ):
                left -= 1
            words = self.doc[left : name.i + 1]
            if is_label(words.text, self.finder.colon_labels):
                return False  # 'Exclusive: "..."' labels the story, no one speaks
            topic = topic_of(self.doc, left, para_start)
            if topic is not None:
                # "Clinton on Iran: '...'": the name before "on" speaks, never
                # the topic; a name after another preposition speaks not at all
                if topic.start == topic.end:
                    return False
                quote.cue_text = ":"
                quote.speaker = (topic.start_char, topic.end_char)
                quote.entity = self._resolve(topic[-1], *quote.speaker)
                return True
            if (
                left == name.i
                or len(before) <= name.i - left + 2
                or not any(t.pos_ == "VERB" for t in before[1:8])
            ):
                quote.cue_text = ":"
                quote.speaker = (words.start_char, words.end_char)
                quote.entity = self._resolve(name, *quote.speaker)
                return True
        root = (
            colon.head
            if colon.head.pos_ in ("VERB", "AUX")
            else self.sent(colon.i).root
        )
        return root.i < first and self._set_speaker(quote, root)

    def _headline_name(self, quote: _Quote, span: MarkedSpan) -> bool:
        """'Name: Plan Is ‘Too Little’': the quote in a headline after its speaker."""
        line_start = self.para_starts[self.paragraph(span.open_at)]
        found = self.headline_speaker(line_start)
        if found is None or line_start + found[0] > span.open_at:
            return False
        quote.cue_text = ":"
        quote.speaker = (line_start, line_start + found[0])
        quote.entity = self.entity_at(*quote.speaker)
        return True
