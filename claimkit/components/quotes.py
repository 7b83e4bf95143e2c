"""ck_quotes: quoted and reported speech with its cue and speaker."""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from claimkit.components._base import LexiconComponent
from claimkit.components._extensions import issues_of
from claimkit.errors import Errors

DEFAULT_CONFIG: dict[str, Any] = {"lexicon": None, "min_tokens": 1}

_PARAGRAPH = re.compile(r"\n\s*\n")


class QuoteFinder(LexiconComponent):
    """Find quote-marked passages and attribute them through reporting verbs."""

    default_lexicon = "quotes.json"

    def __init__(
        self,
        name: str = "ck_quotes",
        *,
        lexicon: str | None = None,
        min_tokens: int = 1,
    ) -> None:
        if not isinstance(min_tokens, int) or min_tokens < 1:
            raise ValueError(
                Errors.E010.format(
                    option="min_tokens",
                    component=name,
                    value=min_tokens,
                    hint="Use a whole number of at least 1.",
                )
            )
        self.min_tokens = min_tokens
        super().__init__(name, lexicon=lexicon)

    def _compile(self) -> None:
        self.cue_lemmas = set(self.lexicon.get("cue_lemmas", []))
        self.pairs: list[tuple[str, str]] = [
            (o, c) for o, c in self.lexicon.get("double_quotes", [])
        ]

    def process(self, doc: Doc) -> None:
        doc._.ck_quotes = find_quotes(doc, self)


@Language.factory(
    "ck_quotes",
    assigns=["doc._.ck_quotes"],
    requires=["doc.sents", "token.dep", "token.lemma", "doc._.ck_entities"],
    default_config=DEFAULT_CONFIG,
)
def make_quote_finder(
    nlp: Language, name: str, lexicon: str | None, min_tokens: int
) -> QuoteFinder:
    return QuoteFinder(name, lexicon=lexicon, min_tokens=min_tokens)


def find_quotes(doc: Doc, finder: QuoteFinder) -> list[dict[str, Any]]:
    """Return quote dicts with cue and speaker for the doc."""
    quotes: list[dict[str, Any]] = []
    for start, end in _quoted_spans(doc.text, finder, doc):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) < finder.min_tokens:
            continue
        cue, speaker = _attribute(doc, start, end, finder)
        record: dict[str, Any] = {
            "text": doc.text[start:end],
            "start": start,
            "end": end,
            "form": "direct",
            "cue": cue.text if cue is not None else None,
            "speaker": None,
            "speaker_text": None,
            "speaker_start": None,
            "speaker_end": None,
        }
        if speaker is not None:
            record["speaker_text"] = speaker.text
            record["speaker_start"] = speaker.start_char
            record["speaker_end"] = speaker.end_char
            record["speaker"] = _entity_at(doc, speaker.start_char, speaker.end_char)
        quotes.append(record)
    return quotes


def _quoted_spans(text: str, finder: QuoteFinder, doc: Doc) -> list[tuple[int, int]]:
    """Pair quote marks within each paragraph; an odd mark is reported, not guessed."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for para in [*_PARAGRAPH.split(text)]:
        para_start = text.index(para, pos) if para else pos
        pos = para_start + len(para)
        for opener, closer in finder.pairs:
            if opener == closer:
                idx = [m.start() for m in re.finditer(re.escape(opener), para)]
                if len(idx) % 2:
                    issues_of(doc).append(
                        f"unbalanced {opener} quote marks in paragraph at "
                        f"{para_start}; last one ignored"
                    )
                    idx = idx[:-1]
                pairs = list(zip(idx[::2], idx[1::2], strict=True))
            else:
                pairs = []
                open_at: int | None = None
                for m in re.finditer(f"[{re.escape(opener)}{re.escape(closer)}]", para):
                    if m.group() == opener and open_at is None:
                        open_at = m.start()
                    elif m.group() == closer and open_at is not None:
                        pairs.append((open_at, m.start()))
                        open_at = None
            for a, b in pairs:
                inner_start, inner_end = para_start + a + 1, para_start + b
                if inner_end > inner_start and text[inner_start:inner_end].strip():
                    spans.append((inner_start, inner_end))
    return sorted(set(spans))


def _attribute(
    doc: Doc, start: int, end: int, finder: QuoteFinder
) -> tuple[Token | None, Span | None]:
    """Find the reporting verb nearest the quote and its subject."""
    inside = doc.char_span(start, end, alignment_mode="expand")
    if inside is None:
        return None, None
    first_sent = doc[inside.start].sent
    last_sent = doc[max(inside.end - 1, inside.start)].sent
    candidates = [
        t
        for t in doc[first_sent.start : last_sent.end]
        if t.lemma_.lower() in finder.cue_lemmas
        and t.pos_ in ("VERB", "AUX")
        and not (start <= t.idx < end)
    ]
    for cue in sorted(
        candidates, key=lambda t: min(abs(t.idx - start), abs(t.idx - end))
    ):
        for child in cue.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return cue, _subject_phrase(child)
    return (candidates[0] if candidates else None), None


def _subject_phrase(token: Token) -> Span:
    """The subject's words without appositions and relative clauses."""
    doc = token.doc
    left = min(
        (
            t.i
            for t in token.lefts
            if t.dep_ in ("compound", "det", "amod", "poss", "nmod")
        ),
        default=token.i,
    )
    return doc[left : token.i + 1]


def _entity_at(doc: Doc, start: int, end: int) -> str | None:
    for entity in doc._.ck_entities or []:
        for mention in entity["mentions"]:
            if mention["start"] < end and start < mention["end"]:
                return str(entity["id"])
    return None
