"""ck_quotes: quoted and reported speech with its cue and speaker."""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass
from typing import Any

from spacy.attrs import IDX, IS_SPACE, LEMMA, LENGTH, LOWER
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from claimkit.components._base import LexiconComponent
from claimkit.components._extensions import issues_of, text_of
from claimkit.errors import Errors
from claimkit.text.quotemarks import ALL_MARKS, MarkedSpan, find_quote_marks

DEFAULT_CONFIG: dict[str, Any] = {
    "lexicon": None,
    "min_tokens": 1,
    "indirect": True,
    "scare_max_words": 2,
}

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_SENT_END = ".?!"
_WINDOW = 12  # tokens searched for a cue on either side of a quote
_RELATIVE = {"who", "which", "that", "whom"}
_NOT_SPEAKERS = {"DATE", "TIME", "GPE", "LOC", "CARDINAL", "ORDINAL"}


@dataclass
class _Quote:
    start: int
    end: int
    form: str
    cue: Token | None = None
    cue_text: str | None = None
    speaker: tuple[int, int] | None = None
    entity: str | None = None
    paragraph: int = 0
    direct_start: bool = False
    mixed_verb: Token | None = None
    route: str = ""  # which rule found the speaker (for debugging and tests)


class QuoteFinder(LexiconComponent):
    """Find quoted and reported speech and attribute it to a speaker."""

    default_lexicon = "quotes.json"

    def __init__(
        self,
        name: str = "ck_quotes",
        *,
        lexicon: str | None = None,
        min_tokens: int = 1,
        indirect: bool = True,
        scare_max_words: int = 2,
    ) -> None:
        for option, value, ok, hint in (
            (
                "min_tokens",
                min_tokens,
                isinstance(min_tokens, int) and min_tokens >= 1,
                "Use a whole number of at least 1.",
            ),
            ("indirect", indirect, isinstance(indirect, bool), "Use true or false."),
            (
                "scare_max_words",
                scare_max_words,
                isinstance(scare_max_words, int) and scare_max_words >= 0,
                "Use a whole number of at least 0.",
            ),
        ):
            if not ok:
                raise ValueError(
                    Errors.E010.format(
                        option=option, component=name, value=value, hint=hint
                    )
                )
        self.min_tokens = min_tokens
        self.indirect = indirect
        self.scare_max_words = scare_max_words
        super().__init__(name, lexicon=lexicon)

    def _compile(self) -> None:
        lex = self.lexicon
        self.cue_lemmas = {w.lower() for w in lex.get("cue_lemmas", [])}
        self.indirect_lemmas = {w.lower() for w in lex.get("indirect_cue_lemmas", [])}
        self.quote_only = {w.lower() for w in lex.get("quote_verbs_only", [])}
        self.after_lemmas = {w.lower() for w in lex.get("after_cue_lemmas", [])}
        self.object_lemmas = {w.lower() for w in lex.get("object_cue_lemmas", [])}
        self.according = [tuple(p) for p in lex.get("according_to", [])]
        self.according_first = {p[0] for p in self.according if p}
        self.according_hashes = {get_string_id(w) for w in self.according_first}
        self.clause_lemmas = self.indirect_lemmas | self.object_lemmas
        self.title_cues = {w.lower() for w in lex.get("title_cues", [])}
        self.title_phrases = [tuple(p) for p in lex.get("title_phrases", [])]
        self.nickname_cues = {w.lower() for w in lex.get("nickname_cues", [])}
        self.person_pronouns = {w.lower() for w in lex.get("person_pronouns", [])}
        self.group_pronouns = {w.lower() for w in lex.get("group_pronouns", [])}
        self.pronoun_sex = {
            str(k).lower(): str(v) for k, v in lex.get("pronoun_sex", {}).items()
        }
        self.org_nouns = {w.lower() for w in lex.get("org_nouns", [])}
        self.dashes = set(lex.get("dashes", []))
        # longest first, so '--' is matched before '-'
        self.dash_order = sorted(self.dashes, key=len, reverse=True)

    def process(self, doc: Doc) -> None:
        quotes, issues = find_quotes(doc, self)
        issues_of(doc).extend(issues)
        doc._.ck_quotes = quotes


@Language.factory(
    "ck_quotes",
    assigns=["doc._.ck_quotes"],
    requires=["doc.sents", "token.dep", "token.lemma", "doc._.ck_entities"],
    default_config=DEFAULT_CONFIG,
)
def make_quote_finder(
    nlp: Language,
    name: str,
    lexicon: str | None,
    min_tokens: int,
    indirect: bool,
    scare_max_words: int,
) -> QuoteFinder:
    return QuoteFinder(
        name,
        lexicon=lexicon,
        min_tokens=min_tokens,
        indirect=indirect,
        scare_max_words=scare_max_words,
    )


def find_quotes(
    doc: Doc, finder: QuoteFinder
) -> tuple[list[dict[str, Any]], list[str]]:
    """Return the doc's quotes as contract dicts, and issues in words."""
    marked, issues = find_quote_marks(text_of(doc))
    ctx = _Context(doc, finder)
    ctx.set_marked(marked)
    quotes: list[_Quote] = []
    for span in marked:
        quote = ctx.marked_quote(span, quotes[-1] if quotes else None)
        if quote is not None:
            quotes.append(quote)
    ctx.continue_speakers(quotes)
    if finder.indirect:
        quotes.extend(ctx.indirect_quotes(quotes))
        quotes.extend(ctx.mixed_quotes(quotes))
        quotes.extend(ctx.headline_quotes(quotes))
    quotes = [q for q in quotes if q.form != "scare"]
    quotes.sort(key=lambda q: (q.start, q.end))
    return [ctx.record(q) for q in quotes], issues


class _Context:
    """Per-doc lookups: char to token, paragraphs, entity mentions."""

    def __init__(self, doc: Doc, finder: QuoteFinder) -> None:
        self.doc = doc
        self.finder = finder
        self.text = text_of(doc)
        n = len(doc)
        self.columns = doc.to_array([IDX, LENGTH, IS_SPACE, LEMMA, LOWER]).tolist()
        self.starts = [row[0] for row in self.columns]
        # marks_before[i]: quote-mark tokens before token i (prefix sums)
        self.marks_before = [
            0,
            *itertools.accumulate(
                self.text[idx : idx + length] in ALL_MARKS
                for idx, length, _, _, _ in self.columns
            ),
        ]
        # Token.sent scans outward for the sentence edges on every access,
        # which is quadratic over a long run-on text: look them up instead.
        self.sent_start = [0] * n
        self.sent_end = [n] * n
        if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
            # a sentence never runs over a paragraph break (the parser
            # sometimes joins a paragraph's last sentence to the next one)
            breaks = [
                i + 1
                for i, (idx, length, space, _, _) in enumerate(self.columns)
                if space and "\n" in self.text[idx : idx + length]
            ]
            for sent in doc.sents:
                lo = bisect.bisect_right(breaks, sent.start)
                hi = bisect.bisect_left(breaks, sent.end)
                edges = [sent.start, *breaks[lo:hi], sent.end]
                for start, end in itertools.pairwise(edges):
                    self.sent_start[start:end] = [start] * (end - start)
                    self.sent_end[start:end] = [end] * (end - start)
        self.para_starts = [0]
        newline = self.text.find("\n")
        while newline >= 0:
            self.para_starts.append(newline + 1)
            newline = self.text.find("\n", newline + 1)
        mentions: list[tuple[int, int, str, str]] = []
        self.labels: dict[str, str] = {}
        self.names: dict[str, str] = {}
        for entity in doc._.ck_entities or []:
            self.labels[str(entity["id"])] = str(entity["label"])
            self.names[str(entity["id"])] = str(entity["name"])
            for mention in entity["mentions"]:
                mentions.append(
                    (
                        int(mention["start"]),
                        int(mention["end"]),
                        str(entity["id"]),
                        str(mention["text"]),
                    )
                )
        mentions.sort()
        self.mentions = mentions
        # the sex of a person whose pronoun mentions (resolved by ck_entities)
        # all agree: 'she' never resolves to a person the text calls 'he'
        seen: dict[str, set[str]] = {}
        for _, _, entity, text in mentions:
            sex = finder.pronoun_sex.get(text.lower())
            if sex is not None:
                seen.setdefault(entity, set()).add(sex)
        self.sexes = {e: next(iter(s)) for e, s in seen.items() if len(s) == 1}
        self.mention_starts = [m[0] for m in mentions]
        self.marked: list[tuple[int, int]] = []
        self.marked_starts: list[int] = []

    def set_marked(self, marked: list[MarkedSpan]) -> None:
        """Remember the quoted spans: words inside them never name a cue's speaker."""
        self.marked = sorted((m.start, m.end) for m in marked)
        self.marked_starts = [m[0] for m in self.marked]

    def in_marks(self, char: int) -> bool:
        """``char`` lies inside a quoted span."""
        return self._inside(char, self.marked, self.marked_starts)

    # --- lookups --------------------------------------------------------------

    def sent(self, i: int) -> Span:
        """The sentence of token ``i`` (cheap; see ``sent_start``)."""
        return self.doc[self.sent_start[i] : self.sent_end[i]]

    def token_at(self, char: int) -> int:
        """Index of the token containing or preceding ``char``."""
        return max(0, bisect.bisect_right(self.starts, char) - 1)

    def paragraph(self, char: int) -> int:
        return bisect.bisect_right(self.para_starts, char) - 1

    def same_paragraph(self, a: Token, b: Token) -> bool:
        """``a`` and ``b`` lie in one paragraph (no line break between them)."""
        return self.paragraph(a.idx) == self.paragraph(b.idx)

    def entity_at(self, start: int, end: int) -> str | None:
        """Entity id of a mention overlapping [start, end)."""
        i = bisect.bisect_left(self.mention_starts, end)
        for j in range(i - 1, max(-1, i - 8), -1):
            m_start, m_end, entity, _ = self.mentions[j]
            if m_start < end and start < m_end:
                return entity
        return None

    def named_entity(self, name: str, before: int) -> str | None:
        """The entity last mentioned before ``before`` whose name contains ``name``."""
        words = name.split()
        i = bisect.bisect_left(self.mention_starts, before)
        for j in range(i - 1, -1, -1):
            if i - j > 200:
                break  # bounded, so many quotes stay linear
            entity = self.mentions[j][2]
            names = self.names.get(entity, "").split()
            if len(words) <= len(names) and any(
                names[k : k + len(words)] == words for k in range(len(names))
            ):
                return entity
        return None

    def preceding_entity(
        self,
        char: int,
        label: str | None,
        *,
        subject: bool = False,
        pronoun: str | None = None,
    ) -> tuple[int, int, str] | None:
        """The nearest non-pronoun entity mention before ``char``.

        With ``pronoun`` ('she'), skip people referred to by the other gender's
        pronouns elsewhere in the text.
        """
        sex = self.finder.pronoun_sex.get(pronoun or "")
        i = bisect.bisect_left(self.mention_starts, char)
        for j in range(i - 1, max(-1, i - 40), -1):
            m_start, m_end, entity, text = self.mentions[j]
            if m_end > char or text.lower() in self.finder.person_pronouns:
                continue
            if text.lower() in self.finder.group_pronouns:
                continue
            if sex is not None and self.sexes.get(entity, sex) != sex:
                continue
            if subject and self.doc[self.token_at(m_end - 1)].dep_ not in _SUBJECTS:
                continue
            if label is None or self.labels.get(entity) == label:
                return m_start, m_end, entity
        return None

    # --- marked quotes --------------------------------------------------------

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
        return quote

    def _prev_char(self, i: int, space: str | None = None) -> int:
        """Index of the last character before ``i`` that is not space, or -1."""
        i -= 1
        while i >= 0 and (
            self.text[i] in space if space is not None else self.text[i].isspace()
        ):
            i -= 1
        return i

    def _before_tokens(self, char: int) -> list[Token]:
        """Tokens before ``char`` in its paragraph, nearest first, at most 2 _WINDOW."""
        end = bisect.bisect_left(self.starts, char)
        para = self.para_starts[self.paragraph(char)]
        out = []
        for i in range(end - 1, max(-1, end - 1 - _WINDOW * 2), -1):
            token = self.doc[i]
            if token.idx < para:
                break
            out.append(token)
        return out

    def _after_tokens(self, char: int) -> list[Token]:
        """Tokens after ``char`` in its paragraph, nearest first."""
        start = bisect.bisect_right(self.starts, char)
        para_end = self.text.find("\n", char)
        para_end = len(self.text) if para_end < 0 else para_end
        out = []
        for i in range(start, min(len(self.doc), start + _WINDOW * 2)):
            token = self.doc[i]
            if token.idx >= para_end:
                break
            out.append(token)
        return out

    def _starts_clause(self, open_at: int, before: list[Token]) -> bool:
        """The quote opens a paragraph or sentence, or follows a cue's comma/colon."""
        prev_at = self._prev_char(open_at, " \t")
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
        near = [t for t in before[:5] if not t.is_punct]
        lowers = [t.lower_ for t in near]
        # "the book "High Wire"" but not "the report said "..."": a cue verb
        # right after the quote makes it speech
        if any(w in finder.title_cues for w in lowers[:3]) and not self._cue_follows(
            after
        ):
            return True
        ordered = [t.lower_ for t in reversed(near[:4])]
        for a, b in finder.title_phrases:
            for x, y in itertools.pairwise(ordered):
                if x == a and y == b:
                    return True
        inner = self.text[span.start : span.end]
        capitalized = [w for w in words if w.text[:1].isupper() or not w.is_alpha]
        # 'War and Peace': short function words inside a title stay lower-case
        minor = [w for w in words[1:] if w.is_stop and len(w) <= 3 and w.is_lower]
        title_case = len(capitalized) >= 2 and len(capitalized) + len(minor) >= (
            len(words) * 0.75
        )
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

    # --- attribution ----------------------------------------------------------

    def _is_cue(self, token: Token) -> bool:
        return (
            token.pos_ in ("VERB", "AUX")
            and token.lemma_.lower() in self.finder.cue_lemmas
        )

    def _split_quote(
        self, quote: _Quote, span: MarkedSpan, previous: _Quote | None
    ) -> bool:
        """'"A," Trump said. "B."': B continues A when only A's cue stands between."""
        if previous is None or previous.cue is None or previous.speaker is None:
            return False
        if not previous.end < previous.cue.idx < span.open_at:
            return False
        between = self.text[previous.end + 1 : span.open_at]
        if "\n" in between or len(between.split()) > 10:
            return False
        lo = bisect.bisect_left(self.starts, previous.end + 1)
        hi = bisect.bisect_left(self.starts, span.open_at)
        if any(
            t.pos_ == "VERB" and t.i != previous.cue.i and t.dep_ != "conj"
            for t in self.doc[lo:hi]
        ):
            return False  # '"A," Franken said. Silverman responded, "B."
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

    def _skip_blanks(self, at: int) -> int:
        """The first index from ``at`` that is not a space or tab on the same line."""
        text = self.text
        while at < len(text) and text[at] != "\n" and text[at].isspace():
            at += 1
        return at

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
            if cue_word and self._cue_ok_after(token, last):
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
            ) and self._named_subject_speaks(quote, token):
                return True
        return False

    def _named_subject_speaks(self, quote: _Quote, verb: Token) -> bool:
        """A verb next to a quote attributes it when its subject is a name/pronoun."""
        subject = self._subject(verb)
        return (
            subject is not None
            and subject.pos_ in ("PROPN", "PRON")
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
            if (
                self._is_cue(token)
                and token.i < first
                and self._set_speaker(quote, token)
            ):
                return True
            if token.is_sent_start and token.i < first - 1:
                return False
        return False

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
            while (
                left - 1 >= 0
                and self.doc[left - 1].pos_ == "PROPN"
                and self.doc[left - 1].idx >= self.para_starts[self.paragraph(name.idx)]
            ):
                left -= 1
            words = self.doc[left : name.i + 1]
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
            inserted.extend(self._inserted_cues(token))
            lemma = token.lemma_.lower()
            if (
                self._is_cue(token) or lemma in self.finder.indirect_lemmas
            ) and lemma not in self.finder.quote_only:
                strong.append(token)
            elif (
                fallback is None
                and token.pos_ == "VERB"
                and token.is_alpha  # not a dash the tagger took for a verb
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
        return len(content) <= 6 and not any(
            t.pos_ == "VERB" and not t.ent_type_ for t in content
        )

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

    def _according(self, token: Token) -> Token | None:
        """The object of 'according to X' / 'per X' starting at ``token``."""
        if token.lower_ not in self.finder.according_first:
            return None
        for phrase in self.finder.according:
            words = token.doc[token.i : token.i + len(phrase)]
            if len(words) == len(phrase) and all(
                w.lower_ == p for w, p in zip(words, phrase, strict=True)
            ):
                last = words[-1]
                objects = [c for c in last.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
                nxt = token.doc[last.i + 1] if last.i + 1 < len(token.doc) else None
                if nxt is not None and nxt.pos_ in ("PROPN", "NOUN"):
                    return nxt
        return None

    def _set_according(self, quote: _Quote, token: Token) -> bool:
        obj = self._according(token)
        if obj is None:
            return False
        quote.cue = token
        n = 2 if token.lower_ == "according" else 1
        quote.cue_text = token.doc[token.i : token.i + n].text
        self._set_subject(quote, obj)
        return True

    def _set_speaker(self, quote: _Quote, cue: Token) -> bool:
        """Set the cue and its subject as the speaker; False without a subject."""
        subject = self._subject(cue)
        if subject is None:
            return False
        if quote.start <= subject.idx < quote.end and quote.form != "indirect":
            return False  # the subject of a verb quoted inside the quote
        quote.cue = cue
        quote.cue_text = self._cue_text(cue)
        self._set_subject(quote, subject)
        return True

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
        if verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
            # 'issued a statement saying, "..."': the statement's issuer speaks
            noun = verb.head
            if noun.dep_ in ("dobj", "obj") and not any(
                c.dep_ in _SUBJECTS for c in verb.children
            ):
                issuer = self._subject(noun.head)
                return issuer if issuer is not None else noun
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
        for _ in range(4):
            if outside and token is not verb and self.in_marks(token.idx):
                return None
            for child in token.children:
                if child.is_punct or child.text in ALL_MARKS:
                    continue  # a quote mark misparsed as the subject
                if outside and self.in_marks(child.idx):
                    continue
                if not self.same_paragraph(child, verb):
                    continue
                if child.dep_ in _SUBJECTS and child.pos_ != "SCONJ":
                    if child.lower_ in _RELATIVE and token.dep_ == "relcl":
                        return token.head
                    if child.dep_ == "csubj":
                        continue
                    return child
                if child.dep_ == "agent":
                    objects = [c for c in child.children if c.dep_ == "pobj"]
                    if objects:
                        return objects[0]
            participle = token.tag_ in ("VBG", "VBN") and token.dep_ != "ccomp"
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
                token = head.head  # 'began by saying', 'responded by saying'
                continue
            break
        return None

    def _set_subject(self, quote: _Quote, subject: Token) -> None:
        if subject.ent_type_ in _NOT_SPEAKERS:
            # 'Saturday at the convention Sen. Warren said': a misparsed subject;
            # take the person or organization named nearest before the verb
            for token in reversed(list(subject.doc[subject.i + 1 : subject.head.i])):
                if token.ent_type_ in ("PERSON", "ORG") and token.pos_ == "PROPN":
                    subject = token
                    break
        if subject.pos_ == "NOUN":
            # 'her senior adviser, Tom Reed, said': the name in apposition
            names = [
                c for c in subject.rights if c.dep_ == "appos" and c.pos_ == "PROPN"
            ]
            if names:
                subject = names[0]
        words = self._subject_words(subject)
        start, end = words.start_char, words.end_char
        quote.speaker = (start, end)
        quote.entity = self._resolve(subject, start, end)

    def _subject_words(self, token: Token) -> Span:
        """The subject's own words: its name or noun phrase, no apposition or clause."""
        doc = token.doc
        if token.ent_type_ and token.pos_ == "PROPN":
            left = token.i
            while (
                left > 0 and doc[left - 1].ent_iob_ != "O" and doc[left].ent_iob_ == "I"
            ):
                left -= 1
            right = token.i
            while right + 1 < len(doc) and doc[right + 1].ent_iob_ == "I":
                right += 1
            return doc[left : right + 1]
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
        return doc[left : right + 1]

    def _resolve(self, subject: Token, start: int, end: int) -> str | None:
        """Entity id of the speaker: the mention, a resolved pronoun, or a role noun."""
        entity = self.entity_at(start, end)
        if entity is not None:
            return entity if self.labels.get(entity) in ("PERSON", "ORG") else None
        if subject.pos_ == "PROPN":
            return self.named_entity(self.text[start:end], start)
        lower = subject.lower_
        if lower in self.finder.person_pronouns:
            found = self.preceding_entity(start, "PERSON", pronoun=lower)
            return found[2] if found else None
        if lower in self.finder.group_pronouns and lower == "it":
            found = self.preceding_entity(start, "ORG")
            return found[2] if found else None
        if subject.pos_ == "NOUN" and lower in self.finder.org_nouns:
            dets = [c for c in subject.children if c.dep_ == "det"]
            if dets and dets[0].lower_ == "the":
                # 'the company said': the organization last named as a subject in
                # this sentence or the two before it
                sent = self.sent(subject.i)
                for _ in range(2):
                    if sent.start == 0:
                        break
                    sent = self.sent(sent.start - 1)
                since = max(sent.start_char, self.previous_paragraph_start(start))
                found = self.preceding_entity(start, "ORG", subject=True)
                return found[2] if found and found[0] >= since else None
        return None

    # --- continuation ---------------------------------------------------------

    def continue_speakers(self, quotes: list[_Quote]) -> None:
        """A quote with no cue continues the previous quote's or paragraph's speaker."""
        previous: _Quote | None = None
        for quote in quotes:
            if quote.speaker is None and quote.form == "direct":
                if (
                    previous is not None
                    and previous.speaker is not None
                    and (quote.paragraph - previous.paragraph <= 2)
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
                    self._introduced_in_previous(quote)
            if quote.speaker is not None:
                previous = quote
            elif previous is not None and quote.paragraph - previous.paragraph > 2:
                previous = None

    def latest_mention(
        self, entity: str | None, after: int, before: int
    ) -> tuple[int, int] | None:
        """The entity's last naming (no pronoun) between two offsets, outside marks."""
        if entity is None:
            return None
        pronouns = self.finder.person_pronouns | self.finder.group_pronouns
        pronouns |= set(self.finder.pronoun_sex)
        i = bisect.bisect_left(self.mention_starts, before)
        for j in range(i - 1, max(-1, i - 40), -1):
            start, end, found, text = self.mentions[j]
            if start < after:
                break
            if (
                found == entity
                and end <= before
                and text.lower() not in pronouns
                and not self.in_marks(start)
            ):
                return start, end
        return None

    def previous_paragraph_start(self, char: int) -> int:
        """Where the last non-blank paragraph before ``char``'s paragraph starts."""
        para = self.paragraph(char) - 1
        while (
            para >= 0
            and not self.text[
                self.para_starts[para] : self.para_starts[para + 1]
            ].strip()
        ):
            para -= 1
        return self.para_starts[para] if para >= 0 else 0

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

    # --- indirect quotes ------------------------------------------------------

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
                clause = self._reported_clause(token)
                if clause is None and lemma in self.finder.object_lemmas:
                    clause = self._object_phrase(token)
                if clause is None and token.dep_ == "parataxis":
                    clause = self._inserted_clause(token)
                if clause is not None:
                    quote = _Quote(clause[0], clause[1], "indirect")
                    if not self._set_speaker(quote, token):
                        quote.cue = token
                        quote.cue_text = self._cue_text(token)
            elif token.pos_ == "VERB" and lemma in self.finder.object_lemmas:
                clause = self._object_phrase(token)
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
            clause = cut
            quote.start, quote.end = clause
            if self._mostly_marked(clause, covered, starts):
                continue
            seen.add(clause)
            quote.paragraph = self.paragraph(clause[0])
            quote.route = "reported"
            found.append(quote)
        return found

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
            mixed = _Quote(clause[0], clause[1], "indirect", paragraph=quote.paragraph)
            mixed.cue, mixed.cue_text = quote.cue, quote.cue_text
            mixed.speaker, mixed.entity = quote.speaker, quote.entity
            mixed.route = "mixed " + quote.route
            found.append(mixed)
            at = bisect.bisect_left(taken, clause)
            taken.insert(at, clause)
            starts.insert(at, clause[0])
        return found

    def _object_phrase(self, verb: Token) -> tuple[int, int] | None:
        """What the verb is about: its objects and complements to their right."""
        rights = [
            c
            for c in verb.rights
            if c.dep_
            in ("dobj", "prep", "xcomp", "ccomp", "dative", "attr", "oprd", "obj")
        ]
        if not rights:
            return None
        left = rights[0].left_edge.i
        right = min(max(c.right_edge.i for c in rights), self.sent(verb.i).end - 1)
        return self._trim(left, right)

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
            if len(self.text[start:end].split()) < 3:
                continue
            if self._mostly_marked((start, end), taken, starts):
                continue
            quote = _Quote(start, end, "indirect", paragraph=self.paragraph(start))
            quote.cue_text = ":"
            quote.speaker = (line_start, line_start + colon)
            quote.entity = self.entity_at(line_start, line_start + colon)
            quote.route = "headline"
            found.append(quote)
        return found

    def headline_speaker(self, line_start: int) -> tuple[int, int] | None:
        """A short line opening 'Name: ...': its colon's offset and the line end."""
        line_end = self.text.find("\n", line_start)
        line_end = len(self.text) if line_end < 0 else line_end
        line = self.text[line_start:line_end]
        colon = line.find(": ")
        if colon <= 0 or len(line.split()) > 30:
            return None
        prefix = line[:colon].split()
        if not 1 <= len(prefix) <= 6 or not all(w[:1].isupper() for w in prefix):
            return None
        first = self.token_at(line_start)
        names = self.doc[first : self.token_at(line_start + colon)]
        if not any(t.ent_type_ in ("PERSON", "ORG") for t in names):
            return None
        return colon, line_end

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

    def _inside(
        self, char: int, covered: list[tuple[int, int]], starts: list[int]
    ) -> bool:
        i = bisect.bisect_right(starts, char) - 1
        return i >= 0 and covered[i][0] <= char < covered[i][1]

    def _mostly_marked(
        self, clause: tuple[int, int], covered: list[tuple[int, int]], starts: list[int]
    ) -> bool:
        """The clause is already a marked quote (most of its words are in marks)."""
        lo = bisect.bisect_left(starts, clause[0]) - 1
        inside = 0
        for start, end in covered[max(0, lo) :]:
            if start >= clause[1]:
                break
            inside += max(0, min(end, clause[1]) - max(start, clause[0]))
        return inside >= 0.5 * (clause[1] - clause[0])

    def _reported_clause(self, verb: Token) -> tuple[int, int] | None:
        """The ccomp (or 'that'-clause) of a reporting verb, as char offsets."""
        clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
        clauses = [c for c in clauses if c.dep_ == "ccomp" or c.lemma_ == "be"]
        if not clauses:
            return None
        clause = clauses[0]
        if clause.pos_ not in ("VERB", "AUX"):
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
        return self._trim(left, right)

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
        if token.i - sent.start <= 1:
            left, right = phrase_end + 1, sent.end - 1
        else:
            left, right = sent.start, token.i - 1
        return self._trim(left, right)

    def _trim(self, left: int, right: int) -> tuple[int, int] | None:
        doc = self.doc

        def loose(token: Token) -> bool:
            # "%" belongs to its number ("cut by 25%"), not to the sentence.
            return (token.is_punct and token.text != "%") or token.is_space

        while left <= right and loose(doc[left]):
            left += 1
        while right >= left and loose(doc[right]):
            right -= 1
        if right - left < 2:
            return None
        # Keep a closing quote mark whose opener the clause contains.
        marks = self.marks_before[right + 1] - self.marks_before[left]
        if marks % 2 and right + 1 < len(doc) and doc[right + 1].text in ALL_MARKS:
            right += 1
        return doc[left].idx, doc[right].idx + len(doc[right])

    # --- output ---------------------------------------------------------------

    def record(self, quote: _Quote) -> dict[str, Any]:
        speaker_text = speaker_start = speaker_end = None
        if quote.speaker is not None:
            speaker_start, speaker_end = quote.speaker
            speaker_text = self.text[speaker_start:speaker_end]
        return {
            "text": self.text[quote.start : quote.end],
            "start": quote.start,
            "end": quote.end,
            "form": quote.form,
            "speaker": quote.entity,
            "speaker_text": speaker_text,
            "speaker_start": speaker_start,
            "speaker_end": speaker_end,
            "cue": quote.cue_text,
        }
