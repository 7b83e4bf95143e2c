"""ck_entities: people and organizations, typed per document and clustered."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from claimkit.components._base import LexiconComponent
from claimkit.errors import Errors

DEFAULT_CONFIG: dict[str, Any] = {"lexicon": None, "resolve_pronouns": True}

# Entity labels of the base model that may name an organization in news text.
_RETYPABLE = {"GPE", "PRODUCT", "NORP", "LOC", "FAC", "WORK_OF_ART", "LAW", "EVENT"}
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


class EntityResolver(LexiconComponent):
    """Collect PERSON/ORG mentions, vote one type per name, cluster short forms."""

    default_lexicon = "entities.json"

    def __init__(
        self,
        name: str = "ck_entities",
        *,
        lexicon: str | None = None,
        resolve_pronouns: bool = True,
    ) -> None:
        if not isinstance(resolve_pronouns, bool):
            raise ValueError(
                Errors.E010.format(
                    option="resolve_pronouns",
                    component=name,
                    value=resolve_pronouns,
                    hint="Use true or false.",
                )
            )
        self.resolve_pronouns = resolve_pronouns
        super().__init__(name, lexicon=lexicon)

    def _compile(self) -> None:
        lex = self.lexicon
        self.org_nouns = {w.lower() for w in lex.get("org_nouns", [])}
        self.suffixes = set(lex.get("corporate_suffixes", []))
        self.titles = set(lex.get("person_titles", []))
        self.not_entities = set(lex.get("not_entities", []))
        self.pronouns: dict[str, str] = dict(lex.get("pronouns", {}))

    def process(self, doc: Doc) -> None:
        doc._.ck_entities = find_entities(doc, self)


@Language.factory(
    "ck_entities",
    assigns=["doc._.ck_entities"],
    requires=["doc.ents", "token.dep", "token.pos"],
    default_config=DEFAULT_CONFIG,
)
def make_entity_resolver(
    nlp: Language, name: str, lexicon: str | None, resolve_pronouns: bool
) -> EntityResolver:
    return EntityResolver(name, lexicon=lexicon, resolve_pronouns=resolve_pronouns)


def find_entities(doc: Doc, resolver: EntityResolver) -> list[dict[str, Any]]:
    """Return the doc's PERSON/ORG entities as plain dicts with char offsets."""
    mentions: list[tuple[Span, str]] = []
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for ent in doc.ents:
        span = _trim(ent)
        if span is None or span.text in resolver.not_entities:
            continue
        key = _key(span.text)
        label = ent.label_
        if label in ("PERSON", "ORG"):
            votes[key][label] += 2
        elif label in _RETYPABLE:
            votes[key][label] += 1
        else:
            continue
        evidence = _evidence(span, resolver)
        if evidence:
            votes[key][evidence] += 3
        mentions.append((span, key))
    typed = {
        key: counter.most_common(1)[0][0]
        for key, counter in votes.items()
        if counter.most_common(1)[0][0] in ("PERSON", "ORG")
    }
    clusters: dict[tuple[str, str], list[Span]] = defaultdict(list)
    for span, key in mentions:
        if key in typed:
            clusters[(typed[key], key)].append(span)
    merged = _merge_short_forms(clusters)
    entities: list[dict[str, Any]] = []
    ordered = sorted(merged.items(), key=lambda item: min(s.start for s in item[1]))
    for i, ((label, _), spans) in enumerate(ordered):
        name = max((s.text for s in spans), key=lambda t: (len(t.split()), len(t)))
        entities.append(
            {
                "id": f"e{i}",
                "label": label,
                "name": name,
                "mentions": [
                    {"text": s.text, "start": s.start_char, "end": s.end_char}
                    for s in sorted(spans, key=lambda s: s.start)
                ],
            }
        )
    if resolver.resolve_pronouns:
        _add_pronouns(doc, entities, resolver)
    return entities


def _trim(ent: Span) -> Span | None:
    """Drop a leading determiner and a trailing possessive from an entity span."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    if start >= end:
        return None
    span = doc[start:end]
    return span


def _key(text: str) -> str:
    return _POSSESSIVE.sub("", text).casefold().replace(".", "").strip()


def _evidence(span: Span, resolver: EntityResolver) -> str | None:
    """Context that says what a name is: an organization noun, suffix or title."""
    doc = span.doc
    last = span[-1]
    if last.text in resolver.suffixes and len(span) > 1:
        return "ORG"
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None:
        if before.lower_ in resolver.org_nouns:
            return "ORG"
        if before.text in resolver.titles and before.text[:1].isupper():
            return "PERSON"
    head = span.root.head
    if span.root.dep_ in ("compound", "nmod") and head.lower_ in resolver.org_nouns:
        return "ORG"
    for child in span.root.children:
        if child.dep_ == "appos" and child.lower_ in resolver.org_nouns:
            return "ORG"
    return None


def _merge_short_forms(
    clusters: dict[tuple[str, str], list[Span]],
) -> dict[tuple[str, str], list[Span]]:
    """Join a one-word name to the unique longer name it ends (people) or starts."""
    merged: dict[tuple[str, str], list[Span]] = {}
    keys = sorted(clusters, key=lambda k: -len(k[1].split()))
    for label, key in keys:
        words = key.split()
        target = None
        if len(words) == 1:
            longer = [
                k
                for k in merged
                if k[0] == label and len(k[1].split()) > 1 and words[0] in k[1].split()
            ]
            if len(longer) == 1:
                target = longer[0]
        if target is None:
            merged[(label, key)] = list(clusters[(label, key)])
        else:
            merged[target].extend(clusters[(label, key)])
    return merged


def _add_pronouns(
    doc: Doc, entities: list[dict[str, Any]], resolver: EntityResolver
) -> None:
    """Attach he/she to the single person named in this or the previous sentence."""
    people = [e for e in entities if e["label"] == "PERSON"]
    if not people:
        return
    starts = sorted((m["start"], e["id"]) for e in people for m in e["mentions"])
    by_id = {e["id"]: e for e in people}
    sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    for i, sent in enumerate(sents):
        window_start = sents[i - 1].start_char if i > 0 else sent.start_char
        for token in sent:
            if token.lower_ not in resolver.pronouns or token.pos_ != "PRON":
                continue
            ids = {eid for s, eid in starts if window_start <= s < token.idx}
            if len(ids) != 1:
                continue
            entity = by_id[ids.pop()]
            entity["mentions"].append(
                {"text": token.text, "start": token.idx, "end": token.idx + len(token)}
            )
    for entity in people:
        entity["mentions"].sort(key=lambda m: m["start"])
