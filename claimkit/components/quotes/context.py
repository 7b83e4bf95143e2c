"""The per-doc state of ck_quotes: the lookups every rule uses (a found quote is
:class:`.found._Quote`).

``_Context`` maps characters to tokens, sentences and paragraphs, and finds entity
mentions near an offset. The rule classes build on it, each in its own module:
``speakers`` (a cue's subject and who it is), ``attribution`` (the cue and speaker
of a quoted span), ``marked`` (quoted spans as direct or partial quotes) and
``reported`` (reported speech outside quote marks).
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Collection
from typing import TYPE_CHECKING, Any

import numpy
from spacy.attrs import DEP, IDX, IS_SPACE, LEMMA, LENGTH, LOWER
from spacy.tokens import Doc, Span, Token

from claimkit.components._extensions import text_of
from claimkit.components.quotes.found import _Quote
from claimkit.components.quotes.labels import is_label
from claimkit.text.layout import (
    break_between,
    credit_line,
    is_break,
    line_opens_with,
    paragraph_end,
    paragraph_index,
    paragraph_starts,
    subheading,
)
from claimkit.text.quotemarks import ALL_MARKS, MarkedSpan, blank, strip_blank

if TYPE_CHECKING:
    from claimkit.components.quotes.component import QuoteFinder

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_SENT_END = ".?!"
_WINDOW = 12  # tokens searched for a cue on either side of a quote
_RELATIVE = {"who", "which", "that", "whom"}
_NOT_SPEAKERS = {"DATE", "TIME", "GPE", "LOC", "CARDINAL", "ORDINAL"}


_SETTING_OFF = frozenset({",", "—", "–", "-", "("})  # before a trailing source
_CLAUSE_ENDS = frozenset({",", ";", ":", "—", "–"})  # a clause goes on after them
_SOURCE_TYPES = frozenset({"PERSON", "ORG", "NORP"})  # a named witness


class _Context:
    """Per-doc lookups: char to token, paragraphs, entity mentions."""

    def __init__(self, doc: Doc, finder: QuoteFinder) -> None:
        self.doc = doc
        self.finder = finder
        self.text = text_of(doc)
        n = len(doc)
        array = doc.to_array([IDX, LENGTH, IS_SPACE, LEMMA, LOWER])
        self.columns = array.tolist()
        # each token's lemma as an index into the distinct lemmas (lemma_tokens)
        self._lemma_ids, self._lemma_of = numpy.unique(array[:, 3], return_inverse=True)
        self._lemma_lowers: list[str | None] | None = None  # read when first asked
        self._lower_hashes = array[:, 4]
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
        # paragraphs as claimkit.text.layout finds them: a line wrapped inside a
        # paragraph is no paragraph break
        self.para_starts = paragraph_starts(self.text)
        if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
            # a sentence never runs over a paragraph break (the parser
            # sometimes joins a paragraph's last sentence to the next one)
            breaks = [
                i + 1
                for i, (idx, length, space, _, _) in enumerate(self.columns)
                if space and break_between(self.para_starts, idx, idx + length)
            ]
            for sent in doc.sents:
                lo = bisect.bisect_right(breaks, sent.start)
                hi = bisect.bisect_left(breaks, sent.end)
                edges = [sent.start, *breaks[lo:hi], sent.end]
                for start, end in itertools.pairwise(edges):
                    self.sent_start[start:end] = [start] * (end - start)
                    self.sent_end[start:end] = [end] * (end - start)
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
        self._mentions_of: dict[str, list[tuple[int, int, str, str]]] = {}
        for mention in mentions:
            self._mentions_of.setdefault(mention[2], []).append(mention)
        # the sex of a person whose pronoun mentions (resolved by ck_entities)
        # all agree: 'she' never resolves to a person the text calls 'he'
        seen: dict[str, set[str]] = {}
        for _, _, entity, text in mentions:
            sex = finder.pronoun_sex.get(text.lower())
            if sex is not None:
                seen.setdefault(entity, set()).add(sex)
        self.sexes = {e: next(iter(s)) for e, s in seen.items() if len(s) == 1}
        self.mixed_sex: set[str] = set()
        # what the name tells, a gendered title ('Mrs. Ortiz') or a given name
        # of one sex ('Stella Marsh'), comes before pronouns ck_entities
        # resolved: those may be the very mistake ('He' given to 'Stella')
        for entity, label in self.labels.items():
            if label == "PERSON":
                sex = self._name_sex(entity)
                if sex is not None:
                    self.sexes[entity] = sex
        self.mention_starts = [m[0] for m in mentions]
        self.marked: list[tuple[int, int]] = []
        self.marked_starts: list[int] = []
        self._kinds: dict[int, str] = {}
        self._subjects: list[int] | None = None
        self._ents: list[Span] | None = None  # doc.ents, made when first asked
        self._ent_starts: list[int] = []

    def _name_sex(self, entity: str) -> str | None:
        """The sex a person's name or title tells, when all its clues agree."""
        finder = self.finder
        clues = set()
        guess = None
        words = self.names.get(entity, "").split()
        if words and words[0].lower() in finder.given_name_sex:
            clues.add(finder.given_name_sex[words[0].lower()])
        elif (
            len(words) > 1
            and finder.given_names.gender(words[0]) in ("m", "f")
            and finder.given_names.is_common(words[0])
        ):
            # a given name before a surname ('Hazel Blears'), as most bear it;
            # not a rare one, often a surname first ('Xiao Qiang', 'Lu Kang')
            guess = str(finder.given_names.gender(words[0]))
        roles = set()
        for start, _, _, text in self._mentions_of.get(entity, []):
            first = text.split(maxsplit=1)[0].lower() if text.split() else ""
            i = self.token_at(start)
            if self.starts[i] == start and i > 0:
                # the title before the name: 'Mrs. Ortiz' found as 'Ortiz'
                title = self.doc[i - 1].lower_
                if title in finder.title_sex:
                    clues.add(finder.title_sex[title])
                elif title in finder.description_sex:
                    # 'spokesman Lu Kang': a title against what a census says
                    # of a given name ('Lu') leaves the sex unknown, since
                    # 'chairman Petrina Holdsworth' is a woman
                    roles.add(finder.description_sex[title])
            if first in finder.title_sex:
                clues.add(finder.title_sex[first])
            elif first in finder.given_name_sex:
                clues.add(finder.given_name_sex[first])
        if roles and not clues:
            if len(roles) > 1 or guess not in (None, *roles):
                return None  # a title and a given name disagree: unknown
            return roles.pop()
        if guess is not None:
            clues.add(guess)  # a courtesy title ('Mrs') outranks a role word
        if len(clues) > 1:
            # 'Michael Howard' and 'Mrs Howard' joined as one: two people
            self.mixed_sex.add(entity)
        return next(iter(clues)) if len(clues) == 1 else None

    def agrees(self, pronoun: str, entity: str | None) -> bool:
        """A pronoun may stand for the entity: number, and sex when known.

        'he'/'she' stand for a PERSON of that sex (or of unknown sex), 'it' for an
        ORG, and 'they'/'we' never for one PERSON.
        """
        if entity is None:
            return True
        label = self.labels.get(entity)
        pronoun = pronoun.lower()
        sex = self.finder.pronoun_sex.get(pronoun)
        if sex is not None:
            return label == "PERSON" and self.sexes.get(entity, sex) == sex
        if pronoun in self.finder.group_pronouns:
            return label != "PERSON"
        return True

    def set_marked(self, marked: list[MarkedSpan]) -> None:
        """Remember the quoted spans: words inside them never name a cue's speaker."""
        self.marked = sorted((m.start, m.end) for m in marked)
        self.marked_starts = [m[0] for m in self.marked]

    def in_marks(self, char: int) -> bool:
        """``char`` lies inside a quoted span."""
        return self._inside(char, self.marked, self.marked_starts)

    # --- layout -----------------------------------------------------------

    def layout_kind(self, char: int) -> str:
        """What the paragraph at ``char`` is: 'link', 'caption', 'subheading', 'text'.

        A link line ('READ MORE: ...') names another story; a caption or credit
        describes a photo; a subheading is a short line with no full stop
        between two paragraphs (not the text's first line, its headline).
        """
        para = self.paragraph(char)
        kind = self._kinds.get(para)
        if kind is None:
            start = self.para_starts[para]
            line = self.text[start : paragraph_end(self.text, self.para_starts, char)]
            if line_opens_with(line, self.finder.link_labels):
                kind = "link"
            elif line_opens_with(line, self.finder.caption_labels) or credit_line(line):
                kind = "caption"
            elif start > 0 and subheading(line) and self._text_after(start + len(line)):
                kind = "subheading"
            else:
                kind = "text"
            self._kinds[para] = kind
        return kind

    def _text_after(self, at: int) -> bool:
        """A paragraph of text follows ``at`` (a subheading heads something)."""
        return bool(self.text[at:].strip())

    def laid_out(self, quote: _Quote) -> bool:
        """The quote stands where layout lets it: no link line, caption or credit.

        On a subheading a pronoun speaker ('..., he says') or one carried over
        from a paragraph before is no speaker the heading names: such a quote
        is dropped rather than given to the last person named.
        """
        kind = self.layout_kind(quote.start)
        if kind in ("link", "caption"):
            return False
        if kind != "subheading" or quote.speaker is None:
            return True
        if quote.route in ("previous quote", "previous paragraph", "split"):
            return False
        words = self.text[quote.speaker[0] : quote.speaker[1]].lower()
        return words not in self.finder.person_pronouns | self.finder.group_pronouns

    # --- lookups ----------------------------------------------------------

    def lemma_tokens(
        self, lemmas: Collection[str], lowers: Collection[int] = ()
    ) -> list[int]:
        """The tokens whose lemma, lower-cased, is in ``lemmas`` or whose
        lower-case form's hash is in ``lowers``, in order: read from the
        columns, each distinct lemma looked up once and no Token made."""
        if self._lemma_lowers is None:
            strings = self.doc.vocab.strings
            self._lemma_lowers = [
                strings[lemma].lower() if lemma != 0 else None
                for lemma in self._lemma_ids.tolist()
            ]
        hit = numpy.array(
            [lower is not None and lower in lemmas for lower in self._lemma_lowers],
            dtype=bool,
        )
        found = hit[self._lemma_of] if len(hit) else numpy.zeros(0, dtype=bool)
        if lowers:
            wanted = numpy.array(list(lowers), dtype=numpy.uint64)
            found = found | numpy.isin(self._lower_hashes, wanted)
        return list(numpy.flatnonzero(found).tolist())

    def sent(self, i: int) -> Span:
        """The sentence of token ``i`` (cheap; see ``sent_start``)."""
        return self.doc[self.sent_start[i] : self.sent_end[i]]

    def subjects_between(self, lo: int, hi: int) -> list[Token]:
        """The tokens of ``doc[lo:hi]`` whose dependency is a subject's
        (``_SUBJECTS``), in order. The rivals of a pronoun are read between
        two points for each pronoun; the subjects are found once per Doc."""
        if self._subjects is None:
            deps = {self.doc.vocab.strings[dep] for dep in _SUBJECTS}
            self._subjects = [
                i
                for i, dep in enumerate(self.doc.to_array(DEP).tolist())
                if dep in deps
            ]
        first = bisect.bisect_left(self._subjects, lo)
        last = bisect.bisect_left(self._subjects, hi)
        return [self.doc[i] for i in self._subjects[first:last]]

    def ents_between(self, lo: int, hi: int) -> list[Span]:
        """``doc[lo:hi].ents``: the entity spans within tokens ``lo`` to ``hi``,
        from ``doc.ents`` made once per Doc, not once per question."""
        if self._ents is None:
            self._ents = list(self.doc.ents)
            self._ent_starts = [ent.start for ent in self._ents]
        found: list[Span] = []
        for ent in self._ents[bisect.bisect_left(self._ent_starts, lo) :]:
            if ent.end > hi:
                break
            found.append(ent)
        return found

    def token_at(self, char: int) -> int:
        """Index of the token containing or preceding ``char``."""
        return max(0, bisect.bisect_right(self.starts, char) - 1)

    def paragraph(self, char: int) -> int:
        return paragraph_index(self.para_starts, char)

    def same_paragraph(self, a: Token, b: Token) -> bool:
        """``a`` and ``b`` lie in one paragraph (no paragraph break between them)."""
        return self.paragraph(a.idx) == self.paragraph(b.idx)

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

    def _prev_char(self, i: int) -> int:
        """Index of the last character before ``i`` that is not space, or -1."""
        i -= 1
        while i >= 0 and blank(self.text[i]):
            i -= 1
        return i

    def _prev_in_paragraph(self, i: int) -> int:
        """Index of the last character before ``i`` that is no space, tab or wrap.

        A line break that ends a paragraph is returned (its index), one that
        wraps a line inside a paragraph is skipped like a space; -1 at the start.
        """
        text = self.text
        i -= 1
        while i >= 0 and (
            text[i] in " \t\u00a0"
            or (text[i] == "\n" and not is_break(self.para_starts, i))
            or (text[i] != "\n" and blank(text[i]))
        ):
            i -= 1
        return i

    def _skip_blanks(self, at: int) -> int:
        """The first index from ``at`` that is no whitespace inside its paragraph."""
        text = self.text
        while (
            at < len(text)
            and blank(text[at])
            and not (text[at] == "\n" and is_break(self.para_starts, at))
        ):
            at += 1
        return at

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
        """Tokens after ``char`` in its paragraph, nearest first.

        A quote mark that ends its paragraph, before a paragraph opening in
        lower case ('"... the economy. "\\nsaid Ann Ray, the premier.'), is
        followed by that line: the attribution the writer broke off.
        """
        start = bisect.bisect_right(self.starts, char)
        para_end = paragraph_end(self.text, self.para_starts, char)
        if not self.text[char + 1 : para_end].strip():
            nxt = para_end
            while nxt < len(self.text) and self.text[nxt].isspace():
                nxt += 1
            if nxt < len(self.text) and self.text[nxt].islower():
                para_end = paragraph_end(self.text, self.para_starts, nxt)
        out = []
        for i in range(start, min(len(self.doc), start + _WINDOW * 2)):
            token = self.doc[i]
            if token.idx >= para_end:
                break
            out.append(token)
        return out

    def headline_speaker(self, line_start: int) -> tuple[int, int] | None:
        """A short paragraph opening 'Name: ...': its colon's offset and its end."""
        line_end = paragraph_end(self.text, self.para_starts, line_start)
        line = self.text[line_start:line_end]
        colon = line.find(": ")
        if colon <= 0 or len(line.split()) > 30:
            return None
        prefix = line[:colon].split()
        if not 1 <= len(prefix) <= 6 or not all(w[:1].isupper() for w in prefix):
            return None
        if is_label(line[:colon], self.finder.colon_labels):
            return None  # 'BreakingNews: ...' labels a section, no one speaks
        first = self.token_at(line_start)
        names = self.doc[first : self.token_at(line_start + colon)]
        if not any(t.ent_type_ in ("PERSON", "ORG") for t in names):
            return None
        if line[:colon].isupper() and not all(
            t.ent_type_ in ("PERSON", "ORG") for t in names if t.is_alpha
        ):
            return None  # a capitals kicker, 'LIKELY FOE:', names no one
        return colon, line_end

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
            if self.in_marks(m_start):
                continue  # '"... Clint is loved," he said': not the speaker
            if text.lower() in self.finder.group_pronouns:
                continue
            if sex is not None and self.sexes.get(entity, sex) != sex:
                continue
            if subject and self.doc[self.token_at(m_end - 1)].dep_ not in _SUBJECTS:
                continue
            if label is None or self.labels.get(entity) == label:
                return m_start, m_end, entity
        return None

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

    def _trim(self, left: int, right: int) -> tuple[int, int] | None:
        doc = self.doc

        def loose(token: Token) -> bool:
            # "%" belongs to its number ("cut by 25%"), not to the sentence.
            return (
                (token.is_punct and token.text != "%")
                or token.is_space
                or all(blank(c) for c in token.text)
            )

        while left <= right and loose(doc[left]):
            left += 1
        right = self._before_according(left, right)
        while right >= left and loose(doc[right]):
            right -= 1
        if right - left < 2:
            return None
        # Keep a closing quote mark whose opener the clause contains.
        marks = self.marks_before[right + 1] - self.marks_before[left]
        if marks % 2:
            # 'calls it "an early proof of concept."': the span runs to the mark,
            # over the punctuation inside it
            close = right + 1
            while close < len(doc) and close - right <= 2 and doc[close].is_punct:
                if doc[close].text in ALL_MARKS:
                    right = close
                    break
                close += 1
        right = self._to_closing_mark(left, right)
        return doc[left].idx, doc[right].idx + len(doc[right])

    def _before_according(self, left: int, right: int) -> int:
        """End a span before a trailing ", according to X": the source, no content.

        "that he viewed the race as close, according to someone in attendance"
        reports "that he viewed the race as close"; an "according to" that the
        clause goes on after ("according to the plan, taxes rise"), or one that
        names no witness of the report ("according to the handbook"), stays.
        """
        doc = self.doc
        for k in range(right - 1, left + 2, -1):
            token = doc[k]
            if (
                token.lower_ == "according"
                and doc[k + 1].lower_ == "to"
                and doc[k - 1].text in _SETTING_OFF
                and not any(doc[j].text in _CLAUSE_ENDS for j in range(k + 2, right))
                and self._witness(k + 2, right)
            ):
                return k - 2
        return right

    def _witness(self, start: int, end: int) -> bool:
        """Say whether "according to" names who witnessed a report, not a norm.

        A person or organization, or a witness or record of what was said
        ("someone in attendance", "an email"); "according to the handbook"
        may be what the speaker cited, so it stays in the report.
        """
        witnesses = self.finder.according_witnesses
        # The first word after "to", then each word up to its object.
        for token in self.doc[start : end + 1]:
            is_object = token.dep_ == "pobj"
            if (is_object or token.i == start) and (
                token.ent_type_ in _SOURCE_TYPES
                or token.lower_ in witnesses
                or token.lemma_.lower() in witnesses
            ):
                return True
            if is_object:
                return False
        return False

    def _to_closing_mark(self, left: int, right: int) -> int:
        """A span that opens a quotation ends at its closing mark, not inside it.

        'describing the series as "a cross between Farce and Hamlet"': a parse
        that stops the phrase at 'Farce' leaves the quotation cut; the span runs
        on to the mark when it closes in the same sentence.
        """
        doc = self.doc
        end = doc[right].idx + len(doc[right])
        i = bisect.bisect_right(self.marked_starts, end) - 1
        if i < 0:
            return right
        start, stop = self.marked[i]
        if not doc[left].idx <= start < end < stop:
            return right
        close = self.token_at(stop)
        if close >= self.sent_end[right] or doc[close].text not in ALL_MARKS:
            return right
        return close

    # --- output -----------------------------------------------------------

    def record(self, quote: _Quote) -> dict[str, Any]:
        speaker_text = speaker_start = speaker_end = None
        if quote.speaker is not None:
            # 'Traeger\u200b said': the name without the invisible character
            speaker_start, speaker_end = strip_blank(self.text, *quote.speaker)
            speaker_text = self.text[speaker_start:speaker_end]
            if not speaker_text:
                # The parser took an invisible character for the subject.
                speaker_text = speaker_start = speaker_end = None
        start, end = strip_blank(self.text, quote.start, quote.end)
        return {
            "text": self.text[start:end],
            "start": start,
            "end": end,
            "form": quote.form,
            "speaker": quote.entity,
            "speaker_text": speaker_text,
            "speaker_start": speaker_start,
            "speaker_end": speaker_end,
            "cue": quote.cue_text,
        }
