"""Two entity recognizers in one pipeline: the base model's and claimkit's.

The base ``ner`` (OntoNotes: modern text, modern number forms such as
"£1.2bn") and claimkit's CoNLL-2003 fine-tune (``ck_ner``: Reuters names,
results tables) each know names the other misses, and each alone finds names
that are not there. With ``load(ner="both")`` the base one runs on the whole
text and ``ck_merge_ents`` runs the fine-tune (a disabled pipe) only over
windows around the base model's names and over lines without a verb, then
sets ``doc.ents`` to one combination (:func:`merge_ents`):

- numbers, dates and times from the base model;
- names by the ``names`` policy; the default, ``agree_lines``, keeps a name
  where both recognizers found one (the fine-tune's span) and, on lines that
  are not prose (results tables, lists, bylines), the fine-tune's names.

Both span sets stay in ``doc.spans["ck_base_ents"]`` and
``doc.spans["ck_fine_ents"]``; ck_entities gives each recognizer's label a
vote (:func:`votes`). ``ck_stash_ents`` is the slower variant that lets the
fine-tune read the whole text (measured in models/ner/README.md).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from claimkit.errors import Errors

BASE_KEY = "ck_base_ents"
FINE_KEY = "ck_fine_ents"
# Types that are not names: the quantity and date components read them.
NUMBER_LABELS = frozenset(
    {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"}
)
# How the names of the two recognizers combine into doc.ents:
#   fine        the fine-tune's names only
#   base        the base model's names only
#   fine_first  the fine-tune's names, then the base's where they overlap none
#   base_first  the base's names, then the fine-tune's where they overlap none
#   agree       the fine-tune's names where the base also found a name
#   agree_base  the base's names where the fine-tune also found a name
#   agree_lines "agree", plus the fine-tune's names on lines without a verb
#               (results tables, lists, bylines), where the base misses names
NAME_POLICIES = (
    "fine",
    "base",
    "fine_first",
    "base_first",
    "agree",
    "agree_base",
    "agree_lines",
)
NUMBER_SOURCES = ("base", "fine")
AGENT_LABELS = frozenset({"PERSON", "ORG"})
# Tokens either side of a name the base recognizer reads to check it: on 400
# BBC articles 12 tokens changed one record of 2,432 against 3.
CHECK_MARGIN = 2
_VERBS = ("VERB", "AUX")
Votes = list[list[str]]  # per recognizer, a label per token
# The fine-tune's share of a mention's model vote where both recognizers label
# it. Measured (GUM tune genres, CoNLL test): an equal share for the base
# model's label cost CoNLL ORG F1 3.9 points and moved GUM by noise, so the
# base model decides which names exist (agreement) and the fine-tune their type.
FINE_SHARE = 1.0


class EntityStash:
    """Keep the spans of the recognizer before it and clear ``doc.ents``."""

    def __init__(self, name: str = "ck_stash_ents", *, key: str = BASE_KEY) -> None:
        _check_key(name, key)
        self.name = name
        self.key = key

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[self.key] = list(doc.ents)
        # "missing", not "outside": a preset O would not bind the next
        # recognizer, but missing says plainly that nothing is decided.
        doc.set_ents([], default="missing")
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        for doc in stream:
            yield self(doc)


class EntityMerger:
    """Set ``doc.ents`` from two recognizers' spans.

    Without ``recognizer``, the two are the spans stashed under ``key`` and
    ``doc.ents`` (the recognizer that ran last). With ``recognizer`` (a
    disabled pipe), ``doc.ents`` are the first recognizer's and the second
    runs here, only over windows of ``margin`` tokens around those names (and
    over lines without a verb, for ``agree_lines``). The fine-tune reads four
    tokens either side of a word; on GUM's tuning genres margins of 2, 4 and 6
    scored the same as the whole text, and 2 covers 28% of BBC news tokens
    where 4 covers 41%.
    """

    def __init__(
        self,
        name: str = "ck_merge_ents",
        *,
        key: str = BASE_KEY,
        names: str = "agree_lines",
        numbers: str = "base",
        recognizer: Callable[[Doc], Doc] | None = None,
        margin: int = 2,
        found_key: str = FINE_KEY,
        around: Iterable[str] = (),
    ) -> None:
        _check_key(name, key)
        _check_key(name, found_key)
        for option, value, allowed in (
            ("names", names, NAME_POLICIES),
            ("numbers", numbers, NUMBER_SOURCES),
        ):
            if value not in allowed:
                raise ValueError(
                    Errors.E010.format(
                        option=option,
                        component=name,
                        value=value,
                        hint=f"Use one of {', '.join(allowed)}.",
                    )
                )
        if isinstance(margin, bool) or not isinstance(margin, int) or margin < 0:
            raise ValueError(
                Errors.E010.format(
                    option="margin",
                    component=name,
                    value=margin,
                    hint="Use a whole number of tokens, 0 or more.",
                )
            )
        self.name = name
        self.key = key
        self.names = names
        self.numbers = numbers
        self.recognizer = recognizer
        self.margin = margin
        self.found_key = found_key
        # Only names of these labels get a window (all names when empty).
        self.around = frozenset(around)

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        for batch in minibatch(stream, size=batch_size):
            if self.recognizer is not None:
                self._recognize(batch, self.recognizer)
            for doc in batch:
                self._merge(doc)
                yield doc

    def _recognize(self, docs: list[Doc], recognizer: Callable[[Doc], Doc]) -> None:
        """Run the second recognizer over windows around the first one's names."""
        pieces: list[tuple[int, int, Doc]] = []
        for i, doc in enumerate(docs):
            lines = _lines(doc) if self.names == "agree_lines" else []
            around = [e for e in doc.ents if not self.around or e.label_ in self.around]
            for start, end in windows(around, len(doc), self.margin, lines):
                pieces.append((i, start, _piece(doc, start, end)))
        pipe = getattr(recognizer, "pipe", None)
        subdocs = [piece for _, _, piece in pieces]
        found = pipe(subdocs) if pipe is not None else map(recognizer, subdocs)
        spans: list[list[Span]] = [[] for _ in docs]
        for (i, start, _), piece in zip(pieces, found, strict=True):
            spans[i].extend(
                Span(docs[i], start + ent.start, start + ent.end, label=ent.label_)
                for ent in piece.ents
            )
        for doc, fine in zip(docs, spans, strict=True):
            doc.spans[self.key] = list(doc.ents)
            doc.spans[self.found_key] = fine

    def _merge(self, doc: Doc) -> None:
        if self.recognizer is None:
            fine = list(doc.ents)
            doc.spans[self.found_key] = fine
        else:
            fine = list(doc.spans[self.found_key])
        base = list(doc.spans[self.key]) if self.key in doc.spans else fine
        doc.set_ents(
            merge_ents(base, fine, names=self.names, numbers=self.numbers),
            default="outside",
        )


@Language.factory(
    "ck_stash_ents",
    assigns=["doc.spans"],
    requires=["doc.ents"],
    default_config={"key": BASE_KEY},
)
def make_entity_stash(nlp: Language, name: str, key: str) -> EntityStash:
    return EntityStash(name, key=key)


@Language.factory(
    "ck_merge_ents",
    assigns=["doc.ents", "doc.spans"],
    requires=["doc.ents"],
    default_config={
        "key": BASE_KEY,
        "names": "agree_lines",
        "numbers": "base",
        "recognizer": None,
        "margin": 2,
        "found_key": FINE_KEY,
        "around": [],
    },
)
def make_entity_merger(
    nlp: Language,
    name: str,
    key: str,
    names: str,
    numbers: str,
    recognizer: str | None,
    margin: int,
    found_key: str,
    around: list[str],
) -> EntityMerger:
    second = None
    if recognizer is not None:
        if recognizer not in nlp.component_names:
            raise ValueError(
                Errors.E100.format(
                    component=name,
                    recognizer=recognizer,
                    pipes=", ".join(nlp.component_names),
                )
            )
        second = nlp.get_pipe(recognizer)
    return EntityMerger(
        name,
        key=key,
        names=names,
        numbers=numbers,
        recognizer=second,
        margin=margin,
        found_key=found_key,
        around=around,
    )


def merge_ents(
    base: Sequence[Span],
    fine: Sequence[Span],
    *,
    names: str = "agree_lines",
    numbers: str = "base",
) -> list[Span]:
    """Combine two recognizers' spans into one set that overlaps nowhere.

    Number types come from ``numbers``' recognizer, names by the ``names``
    policy (:data:`NAME_POLICIES`); a number span goes first, so a name never
    swallows a figure the other recognizer read as one.
    """
    number_side = base if numbers == "base" else fine
    chosen: list[Span] = [s for s in number_side if s.label_ in NUMBER_LABELS]
    base_names = [s for s in base if s.label_ not in NUMBER_LABELS]
    fine_names = [s for s in fine if s.label_ not in NUMBER_LABELS]
    order = {
        "fine": (fine_names,),
        "base": (base_names,),
        "fine_first": (fine_names, base_names),
        "base_first": (base_names, fine_names),
        "agree": (_confirmed(fine_names, base_names),),
        "agree_base": (_confirmed(base_names, fine_names),),
        "agree_lines": (
            _confirmed(fine_names, base_names),
            [s for s in fine_names if not _prose(s)],
        ),
    }[names]
    taken = {i for span in chosen for i in range(span.start, span.end)}
    for group in order:
        for span in group:
            tokens = range(span.start, span.end)
            if taken.isdisjoint(tokens):
                chosen.append(span)
                taken.update(tokens)
    return sorted(chosen, key=_position)


def windows(
    spans: Iterable[Span],
    length: int,
    margin: int,
    extra: Iterable[tuple[int, int]] = (),
) -> list[tuple[int, int]]:
    """Token ranges ``margin`` either side of the name spans, joined where they meet.

    ``extra`` ranges (whole lines) are covered too.
    """
    ranges = [
        (max(span.start - margin, 0), min(span.end + margin, length))
        for span in spans
        if span.label_ not in NUMBER_LABELS
    ]
    found: list[tuple[int, int]] = []
    for start, end in sorted([*ranges, *extra]):
        if found and start <= found[-1][1]:
            found[-1] = (found[-1][0], max(end, found[-1][1]))
        else:
            found.append((start, end))
    return found


def _lines(doc: Doc) -> list[tuple[int, int]]:
    """Sentences without a verb (table rows, lists, bylines) as token ranges."""
    if not doc.has_annotation("SENT_START") or not doc.has_annotation("POS"):
        return []
    return [
        (sent.start, sent.end)
        for sent in doc.sents
        if not any(token.pos_ in _VERBS for token in sent)
    ]


def _piece(doc: Doc, start: int, end: int) -> Doc:
    """A new Doc of tokens ``start:end``: words, spaces and sentence starts."""
    tokens = doc[start:end]
    sents = doc.has_annotation("SENT_START")
    return Doc(
        doc.vocab,
        words=[token.text for token in tokens],
        spaces=[bool(token.whitespace_) for token in tokens],
        sent_starts=[i == 0 or bool(t.is_sent_start) for i, t in enumerate(tokens)]
        if sents
        else None,
    )


def _prose(span: Span) -> bool:
    """The span's sentence has a verb (so is prose, not a table row or list)."""
    doc = span.doc
    if not doc.has_annotation("SENT_START") or not doc.has_annotation("POS"):
        return True
    return any(token.pos_ in _VERBS for token in span.sent)


def _confirmed(spans: Sequence[Span], others: Sequence[Span]) -> list[Span]:
    """The spans that overlap a span of the other recognizer."""
    tokens = {i for span in others for i in range(span.start, span.end)}
    return [s for s in spans if not tokens.isdisjoint(range(s.start, s.end))]


def confirm_all(
    requests: Sequence[Sequence[Span]],
    recognizer: Callable[[Doc], Doc] | None = None,
    margin: int = CHECK_MARGIN,
) -> list[bool]:
    """For each group of spans in ``requests`` (of one Doc or of many):
    the base recognizer calls one of its spans a person or an organization.

    Its spans are the stashed ones (``ner="both"``), else ``recognizer`` runs
    over ``margin`` tokens around the spans (``ner="claimkit"``: only for the
    few names nothing else supports), all the requests' windows in one batch:
    a call costs about 2 ms whatever its few tokens, so on BBC news one call
    per window took a third of ck_entities' time. Also true where nothing can
    be told: no base recognizer, or a span is none the fine-tune found as a
    person or an organization (a rule found it, from evidence of its own). A
    name only the fine-tune finds is mostly wrong in modern text: on BBC tech
    and entertainment news, games, films, songs, gadgets and technical terms.
    """
    answers: list[bool | None] = []
    pieces: list[tuple[int, int, Doc]] = []  # request, offset, window
    for n, spans in enumerate(requests):
        answers.append(_told(spans, recognizer))
        if answers[-1] is None:
            doc = spans[0].doc
            for start, end in windows(spans, len(doc), margin):
                pieces.append((n, start, _piece(doc, start, end)))
    base: list[set[int]] = [set() for _ in requests]
    if pieces:
        assert recognizer is not None
        pipe = getattr(recognizer, "pipe", None)
        subdocs = [piece for _, _, piece in pieces]
        found = pipe(subdocs) if pipe is not None else map(recognizer, subdocs)
        for (n, start, _), piece in zip(pieces, found, strict=True):
            base[n] |= {start + i for i in _tokens(piece.ents, AGENT_LABELS)}
    return [
        told
        if told is not None
        else any(not base[n].isdisjoint(range(s.start, s.end)) for s in spans)
        for n, (told, spans) in enumerate(zip(answers, requests, strict=True))
    ]


def _told(
    spans: Sequence[Span], recognizer: Callable[[Doc], Doc] | None
) -> bool | None:
    """:func:`confirm_all`'s answer where no recognizer needs to run (None)."""
    if not spans:
        return True
    doc = spans[0].doc
    stashed = BASE_KEY in doc.spans and FINE_KEY in doc.spans
    if not stashed and recognizer is None:
        return True
    fine = _tokens(doc.spans[FINE_KEY] if stashed else doc.ents, AGENT_LABELS)
    if any(fine.isdisjoint(range(s.start, s.end)) for s in spans):
        return True
    if stashed:
        base = _tokens(doc.spans[BASE_KEY], AGENT_LABELS)
        return any(not base.isdisjoint(range(s.start, s.end)) for s in spans)
    return None


def _tokens(spans: Iterable[Span], labels: frozenset[str]) -> set[int]:
    return {
        i
        for span in spans
        if span.label_ in labels
        for i in range(span.start, span.end)
    }


def votes(doc: Doc) -> Votes | None:
    """Each recognizer's label for each token ("" outside its spans).

    None when the pipeline runs one recognizer (nothing stashed).
    """
    if BASE_KEY not in doc.spans or FINE_KEY not in doc.spans:
        return None
    found: Votes = []
    for key in (FINE_KEY, BASE_KEY):
        labels = [""] * len(doc)
        for span in doc.spans[key]:
            labels[span.start : span.end] = [span.label_] * len(span)
        found.append(labels)
    return found


def labels_over(found: Votes, start: int, end: int) -> list[tuple[str, float]]:
    """Each recognizer's label over tokens ``start:end`` and its vote's share."""
    labels = []
    for share, tokens in zip((FINE_SHARE, 1.0 - FINE_SHARE), found, strict=True):
        here = Counter(label for label in tokens[start:end] if label)
        if here and share > 0:
            labels.append((max(here.items(), key=_by_count)[0], share))
    return labels


def _by_count(item: tuple[str, int]) -> tuple[int, str]:
    return item[1], item[0]


def _position(span: Span) -> tuple[int, int]:
    return span.start, span.end


def _check_key(name: str, key: str) -> None:
    if not isinstance(key, str) or not key:
        raise ValueError(
            Errors.E010.format(
                option="key", component=name, value=key, hint="Use a span key."
            )
        )
