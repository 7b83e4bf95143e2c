"""ck_entities: people and organizations, typed per document and clustered.

The base model's entity spans are candidates. Each name gets one type per
document from the model's votes over all its mentions plus what the text says
around them (organization nouns and corporate suffixes, titles and roles,
speech verbs, possessives, product codes). Lines in ALL CAPS or Title Case
(headlines) are weak evidence: their spans are re-cut to names the body
establishes. Short forms then join their full form ("Windsor" -> "Richard
Windsor", "Wenfeng" -> "Liang Wenfeng"), and he/she join the person they
clearly refer to.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from spacy.attrs import IDX, LENGTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from claimkit.components._base import LexiconComponent
from claimkit.components._extensions import text_of
from claimkit.errors import Errors

DEFAULT_CONFIG: dict[str, Any] = {
    "lexicon": None,
    "resolve_pronouns": True,
    "propagate": True,
}

# Base-model labels a person or organization name may wrongly carry.
CANDIDATE_LABELS = {
    "PERSON",
    "ORG",
    "GPE",
    "PRODUCT",
    "NORP",
    "LOC",
    "FAC",
    "WORK_OF_ART",
    "LAW",
    "EVENT",
}
PLACES = {"GPE", "LOC", "FAC", "PLACE"}
AGENT = "AGENT"  # evidence that a name acts or owns: a person or organization
TYPES = ("PERSON", "ORG")
MODEL_WEIGHT = 3.0  # the model's votes, spread over a name's mentions
EVIDENCE_WEIGHT = 4.0  # one clear context clue outweighs the model
HEADLINE_WEIGHT = 0.25
WEAK = "WEAK_"  # prefix of evidence that is only next to a name, not tied to it
WEAK_WEIGHT = 1.5
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
# A model or chip code: letters and digits together ("R1", "H800", "GPT-4").
_CODE = re.compile(r"^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9][A-Za-z0-9.\-]*$")
# Internal capital after a lower-case letter: "DeepSeek", "OpenAI" (not "McLean").
_CAMEL = re.compile(r"^(?!Mc|Mac|Di|De|La|Le|O')[A-Z][a-z]+[A-Z]")
_QUOTES = {'"', "“", "”", "«", "»"}
_SPEECH_DEPS = {"nsubj", "nsubjpass"}


class EntityResolver(LexiconComponent):
    """Collect PERSON/ORG mentions, vote one type per name, cluster short forms."""

    default_lexicon = "entities.json"

    def __init__(
        self,
        name: str = "ck_entities",
        *,
        lexicon: str | None = None,
        resolve_pronouns: bool = True,
        propagate: bool = True,
    ) -> None:
        for option, value in (
            ("resolve_pronouns", resolve_pronouns),
            ("propagate", propagate),
        ):
            if not isinstance(value, bool):
                raise ValueError(
                    Errors.E010.format(
                        option=option,
                        component=name,
                        value=value,
                        hint="Use true or false.",
                    )
                )
        self.resolve_pronouns = resolve_pronouns
        self.propagate = propagate
        super().__init__(name, lexicon=lexicon)

    def _compile(self) -> None:
        lex = self.lexicon
        self.org_nouns = {w.lower() for w in lex.get("org_nouns", [])}
        self.suffixes = set(lex.get("corporate_suffixes", []))
        self.titles = set(lex.get("person_titles", []))
        self.roles = {w.lower() for w in self.titles}
        self.gendered_titles: dict[str, str] = dict(lex.get("gendered_titles", {}))
        self.not_entities = {_key_text(w) for w in lex.get("not_entities", [])}
        self.place_words = set(lex.get("place_words", []))
        self.product_nouns = {w.lower() for w in lex.get("product_nouns", [])}
        self.speech_verbs = set(lex.get("speech_verbs", []))
        self.demonyms = set(lex.get("demonyms", []))
        self.pronouns: dict[str, str] = dict(lex.get("pronouns", {}))
        self.org_pronouns = set(lex.get("org_pronouns", []))
        self.particles = set(lex.get("name_particles", []))

    def process(self, doc: Doc) -> None:
        doc._.ck_entities = find_entities(doc, self)


@Language.factory(
    "ck_entities",
    assigns=["doc._.ck_entities"],
    requires=["doc.ents", "token.dep", "token.pos"],
    default_config=DEFAULT_CONFIG,
)
def make_entity_resolver(
    nlp: Language,
    name: str,
    lexicon: str | None,
    resolve_pronouns: bool,
    propagate: bool,
) -> EntityResolver:
    return EntityResolver(
        name, lexicon=lexicon, resolve_pronouns=resolve_pronouns, propagate=propagate
    )


@dataclass
class _Name:
    """One normalized name and the evidence gathered over its mentions."""

    key: str
    spans: list[Span] = field(default_factory=list)
    model: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    evidence: Counter[str] = field(default_factory=Counter)
    body: bool = False

    def scores(self) -> dict[str, float]:
        total = sum(self.model.values()) or 1.0
        scores: defaultdict[str, float] = defaultdict(float)
        for label, weight in self.model.items():
            scores[label] += MODEL_WEIGHT * weight / total
        for label, count in self.evidence.items():
            if label == AGENT:
                scores[label] += count
            elif label.startswith(WEAK):
                scores[label[len(WEAK) :]] += WEAK_WEIGHT * count
            else:
                scores[label] += EVIDENCE_WEIGHT * count
        return scores


def find_entities(doc: Doc, resolver: EntityResolver) -> list[dict[str, Any]]:
    """Return the doc's PERSON/ORG entities as plain dicts with char offsets."""
    text = text_of(doc)
    texts = _token_texts(doc, text)
    ents = list(doc.ents)
    sents = (
        [(s.start, s.end) for s in doc.sents]
        if doc.has_annotation("SENT_START")
        else [(0, len(doc))]
    )
    weak = _headline_tokens(doc, text, texts, sents)
    titled = _quoted_title_tokens(text, texts)
    names: dict[str, _Name] = {}
    taken: set[int] = set()
    headline_spans: list[tuple[Span, str]] = []
    demonyms = resolver.demonyms | {e.text for e in ents if e.label_ == "NORP"}
    for ent in ents:
        if ent.label_ not in CANDIDATE_LABELS:
            continue
        for span in _candidate_spans(ent, resolver, demonyms):
            if span.start in titled:
                continue
            if span.start in weak:
                headline_spans.append((span, ent.label_))
                continue
            _add_mention(names, span, ent.label_, 1.0, resolver)
            taken.update(range(span.start, span.end))
    for span in _agent_acronyms(doc, texts, taken | weak, resolver):
        _add_mention(names, span, "ORG", 1.0, resolver)
        taken.update(range(span.start, span.end))
    for name in names.values():
        name.body = True
    for span, label in headline_spans:
        for piece in _recut_headline(span, label, names):
            if not taken.intersection(range(piece.start, piece.end)):
                _add_mention(names, piece, label, HEADLINE_WEIGHT, resolver)
                taken.update(range(piece.start, piece.end))
    if resolver.propagate:
        labels = {key: _decide(name, resolver) for key, name in names.items()}
        _propagate(doc, texts, names, labels, taken, weak | titled)
    labels = {key: _decide(name, resolver) for key, name in names.items()}
    clusters = _cluster(names, labels, resolver)
    entities = _to_dicts(clusters, weak)
    if resolver.resolve_pronouns:
        _add_pronouns(doc, texts, sents, entities, resolver)
    return entities


# --- candidates -----------------------------------------------------------


def _token_texts(doc: Doc, text: str) -> list[str]:
    # Slicing the text by offsets is several times cheaper than making Tokens.
    offsets = doc.to_array([IDX, LENGTH]).tolist()
    return [text[start : start + length] for start, length in offsets]


def _key_text(text: str) -> str:
    text = _POSSESSIVE.sub("", text.strip()).casefold().replace(".", "")
    if text.startswith("the "):
        text = text[4:]
    return " ".join(text.split())


def _candidate_spans(
    ent: Span, resolver: EntityResolver, demonyms: set[str]
) -> list[Span]:
    """Trim an entity span to the name it holds; split off product codes."""
    doc = ent.doc
    start, end = ent.start, ent.end
    person = ent.label_ == "PERSON"
    while start < end and (
        (doc[start].lower_ in ("the", "a", "an") and end - start > 1)
        or doc[start].is_punct
        or doc[start].is_space
        or (end - start > 1 and _is_title(doc[start], resolver, person))
    ):
        start += 1
    while end > start and (
        doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].is_space
    ):
        end -= 1
    if start >= end:
        return []
    # "Nvidia H800": the code is a product; the maker before it may be a name.
    if _CODE.match(doc[end - 1].text) and not doc[end - 1].text.isdigit():
        while end > start and _CODE.match(doc[end - 1].text):
            end -= 1
        if end == start:
            return []
    span = doc[start:end]
    if _is_noise(span, resolver, demonyms):
        return []
    return [span]


def _is_title(token: Token, resolver: EntityResolver, person: bool) -> bool:
    """A title or role word that a person span should not include."""
    return person and (token.text in resolver.titles or token.lower_ in resolver.roles)


def _is_noise(span: Span, resolver: EntityResolver, demonyms: set[str]) -> bool:
    """Words that are never a person or organization on their own."""
    if _key_text(span.text) in resolver.not_entities:
        return True
    words = [t for t in span if not t.is_punct]
    if not words or all(
        t.text in demonyms or _key_text(t.text) in resolver.not_entities for t in words
    ):
        return True
    if not any(t.text[:1].isupper() or t.text[:1].isdigit() for t in words):
        return True
    first = span[0]
    # A unit after a number ("50 MW") is part of a quantity, not a name.
    if len(span) == 1 and first.i > 0 and first.nbor(-1).like_num:
        return first.text.isupper() or first.text.islower()
    return all(t.like_num for t in words)


def _agent_acronyms(
    doc: Doc, texts: list[str], taken: set[int], resolver: EntityResolver
) -> Iterable[Span]:
    """Untagged acronyms that speak or are spoken to ("told DW") are names."""
    for i, text in enumerate(texts):
        if not (2 <= len(text) <= 5 and text.isupper() and text.isalpha()):
            continue
        if i in taken or _key_text(text) in resolver.not_entities:
            continue
        token = doc[i]
        if token.pos_ != "PROPN":
            continue
        head = token.head
        if (
            head.pos_ == "VERB"
            and head.lemma_ in resolver.speech_verbs
            and (token.dep_ in _SPEECH_DEPS or token.dep_ in ("dobj", "dative"))
        ):
            yield doc[token.i : token.i + 1]


def _add_mention(
    names: dict[str, _Name],
    span: Span,
    label: str,
    weight: float,
    resolver: EntityResolver,
) -> None:
    key = _key_text(span.text)
    if not key:
        return
    name = names.get(key)
    if name is None:
        name = names[key] = _Name(key)
    name.spans.append(span)
    name.model[label] += weight
    root = span[0] if len(span) == 1 else span.root
    clue = _evidence(span, root, resolver)
    if clue is not None:
        name.evidence[clue] += 1
    if _is_agent(span, root, resolver):
        name.evidence[AGENT] += 1


def _evidence(span: Span, root: Token, resolver: EntityResolver) -> str | None:
    """What the words around a name say it is: ORG, PERSON or PRODUCT."""
    doc = span.doc
    first, last = span[0], span[-1]
    if _CODE.match(last.text) and not last.text.isdigit():
        return "PRODUCT"
    if first.text[:1].islower() and any(c.isupper() for c in first.text[1:]):
        return "PRODUCT"  # "iPhone", "iPad"
    if len(span) > 1 and last.text in resolver.suffixes:
        return "ORG"
    if len(span) > 1 and last.text in resolver.place_words:
        return "PLACE"
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None:
        plain = before.is_lower or before.is_sent_start
        if before.lower_ in resolver.org_nouns and plain:
            # "chipmaker Nvidia" describes the name; in "told Itar-Tass news
            # agency Yeltsin was ill" the noun ends another name.
            return WEAK + "ORG" if _inside_name(before) else "ORG"
        if before.text in resolver.titles and not before.is_lower:
            return "PERSON"
        if before.is_lower and before.text in resolver.roles and before.pos_ == "NOUN":
            return "PERSON"
    after = doc[span.end] if span.end < len(doc) else None
    if (
        after is not None
        and after.lower_ in resolver.product_nouns
        and root.dep_ == "compound"
        and _looks_like_product(span)
    ):
        return "PRODUCT"
    for child in root.children:
        if child.dep_ != "appos" or child.i < span.end:
            continue
        if child.lower_ in resolver.org_nouns:
            return "ORG"
        if child.lower_ in resolver.roles:
            return "PERSON"
        if any(c.dep_ == "conj" and c.lower_ in resolver.roles for c in child.children):
            return "PERSON"
    if root.dep_ == "appos" and root.head.lower_ in resolver.org_nouns:
        return "ORG"
    if _CAMEL.match(first.text):
        return "ORG"
    return None


def _inside_name(noun: Token) -> bool:
    """The noun ends a longer name ("Itar-Tass news agency"), not a description."""
    for token in reversed(noun.doc[max(noun.i - 4, 0) : noun.i]):
        if token.is_sent_start or token.ent_type_ == "NORP":
            return False
        if token.text[:1].isupper():
            return True
        if token.pos_ not in ("NOUN", "ADJ", "PUNCT") or token.is_space:
            return False
    return False


def _looks_like_product(span: Span) -> bool:
    return any(t.text[:1].isdigit() or _CODE.match(t.text) for t in span)


def _is_agent(span: Span, root: Token, resolver: EntityResolver) -> bool:
    """The name speaks, acts as a subject of speech, or owns something."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].tag_ == "POS":
        return True
    head = root.head
    return (
        root.dep_ in _SPEECH_DEPS
        and head.pos_ == "VERB"
        and head.lemma_ in resolver.speech_verbs
    )


# --- headlines ------------------------------------------------------------


def _headline_tokens(
    doc: Doc, text: str, texts: list[str], sents: list[tuple[int, int]]
) -> set[int]:
    """Token indices on lines written in ALL CAPS or Title Case."""
    lines = "\n" in text.strip()
    segments: list[tuple[int, int]] = []
    if lines:
        offset = 0
        for line in text.split("\n"):
            span = doc.char_span(offset, offset + len(line), alignment_mode="expand")
            if span is not None and len(span):
                segments.append((span.start, span.end))
            offset += len(line) + 1
    else:
        segments = sents
    weak: set[int] = set()
    for start, end in segments:
        # Without line breaks a Title Case sentence is as likely a list of names.
        if _is_headline(texts[start:end], title_case=lines):
            weak.update(range(start, end))
    return weak


def _is_headline(texts: list[str], *, title_case: bool = True) -> bool:
    words = [w for w in texts if w.isalpha()]
    if len(words) < 2:
        return False
    letters = [w for w in words if len(w) > 1]
    numbers = sum(1 for w in texts if w[:1].isdigit())
    # A caps line full of figures is a results table, not a headline.
    if len(letters) >= 2 and all(w.isupper() for w in letters):
        return numbers * 2 <= len(words)
    long_words = [w for w in words if len(w) > 3]
    capitalized = all(w[:1].isupper() for w in long_words)
    return title_case and len(long_words) >= 4 and capitalized


def _quoted_title_tokens(text: str, texts: list[str]) -> set[int]:
    """Token indices inside quotation marks that hold a Title Case title."""
    inside: set[int] = set()
    if not any(q in text for q in _QUOTES):
        return inside
    opened: int | None = None
    for i, text in enumerate(texts):
        if text not in _QUOTES:
            continue
        if opened is None or text in ("“", "«"):
            opened = i
            continue
        words = [w for w in texts[opened + 1 : i] if w.isalpha() and len(w) > 3]
        if len(words) >= 3 and all(w[:1].isupper() for w in words):
            inside.update(range(opened + 1, i))
        opened = None
    return inside


def _recut_headline(span: Span, label: str, names: dict[str, _Name]) -> list[Span]:
    """Keep a headline span only as the body names (or their words) it holds."""
    doc = span.doc
    known = set(names)
    if label in TYPES:
        known.update(w for key in names for w in key.split() if len(w) > 2)
    found: list[Span] = []
    i = span.start
    while i < span.end:
        for j in range(span.end, i, -1):
            if _key_text(doc[i:j].text) in known:
                found.append(doc[i:j])
                i = j
                break
        else:
            i += 1
    if found:
        return found
    caps = all(t.is_upper or not t.is_alpha for t in span)
    return [span] if caps else []


def _propagate(
    doc: Doc,
    texts: list[str],
    names: dict[str, _Name],
    labels: dict[str, str],
    taken: set[int],
    weak: set[int],
) -> None:
    """Add untagged repeats of a name, or a person's surname, the body names."""
    forms: dict[str, list[tuple[list[str], str]]] = defaultdict(list)
    for key, name in list(names.items()):
        if not name.body or labels[key] not in TYPES:
            continue
        words = [t.text for t in name.spans[0] if t.tag_ != "POS" and not t.is_space]
        if not words:
            continue
        forms[words[0].lower()].append((words, key))
        surname = words[-1]
        if labels[key] == "PERSON" and len(words) > 1 and len(surname) > 1:
            short = _key_text(surname)
            if short and short not in names:
                names[short] = _Name(short, body=True)
                forms[surname.lower()].append(([surname], short))
    for candidates in forms.values():
        candidates.sort(key=lambda item: -len(item[0]))
    for i, text in enumerate(texts):
        if not text[:1].isupper() or i in taken:
            continue
        for words, key in forms.get(text.lower(), []):
            end = i + len(words)
            if end > len(doc) or taken.intersection(range(i, end)):
                continue
            same = texts[i:end] == words or (
                i in weak
                and [w.lower() for w in texts[i:end]] == [w.lower() for w in words]
            )
            if not same:
                continue
            if i not in weak and end < len(doc) and doc[end].pos_ == "PROPN":
                continue
            if doc[i].ent_type_ and doc[i].ent_type_ not in CANDIDATE_LABELS:
                continue
            names[key].spans.append(doc[i:end])
            taken.update(range(i, end))
            break


# --- typing and clustering --------------------------------------------------


def _decide(name: _Name, resolver: EntityResolver) -> str:
    """One label for a name from the model's votes and the text's evidence."""
    scores = name.scores()
    agent = scores.pop(AGENT, 0.0)
    label, top = max(scores.items(), key=_by_score, default=("", 0.0))
    if label in TYPES:
        return label
    # Countries speak and own things too: acting only retypes non-places.
    if agent and label not in PLACES and label != "PRODUCT":
        person, org = scores.get("PERSON", 0.0), scores.get("ORG", 0.0)
        if max(person, org) + agent >= top:
            if person != org:
                return "PERSON" if person > org else "ORG"
            return _shape_type(name)
    return label


def _by_score(item: tuple[str, float]) -> tuple[float, str]:
    return item[1], item[0]


def _shape_type(name: _Name) -> str:
    span = name.spans[0]
    words = [t for t in span if not t.is_punct]
    if len(words) in (2, 3) and all(t.is_title for t in words):
        return "PERSON"
    return "ORG"


def _cluster(
    names: dict[str, _Name], labels: dict[str, str], resolver: EntityResolver
) -> list[tuple[str, list[Span]]]:
    """Join short forms to their full form; keep namesakes apart.

    A one-word form joins a person whose name holds it whatever the model
    called it alone ("Lara" tagged ORG beside "Brian Lara"), unless the text
    itself says otherwise; a group takes the label of its fullest form.
    """
    by_length = sorted(names, key=lambda k: (-len(k.split()), k))
    groups: dict[str, list[Span]] = {}
    group_label: dict[str, str] = {}
    index: dict[str, list[str]] = defaultdict(list)  # word or initials -> groups
    for key in by_length:
        label = labels[key]
        name = names[key]
        targets: list[str] = []
        words = key.split()
        near = index.get(words[0], []) + index.get(key, [])
        # The model often calls a lone given name a place ("Wenfeng").
        if len(words) == 1 and not _says_not(name, "PERSON"):
            targets = _targets(key, "PERSON", near, group_label, resolver)
        # A short form the model calls a place ("Japan") is no company's
        # short form ("Japan Airlines").
        if not targets and (label in TYPES or (label == "" and len(words) == 1)):
            targets = _targets(key, "ORG", near, group_label, resolver)
        if len(targets) == 1:
            groups[targets[0]].extend(name.spans)
        elif targets:
            _attach_to_recent(name.spans, targets, groups)
        elif label in TYPES:
            groups[key] = list(name.spans)
            group_label[key] = label
            for word in {*words, _initials(words)}:
                index[word].append(key)
    return [(group_label[k], spans) for k, spans in groups.items() if spans]


def _says_not(name: _Name, label: str) -> bool:
    """The text itself gives the name another type than ``label``."""
    others = {"PERSON", "ORG", "PRODUCT", "PLACE"} - {label}
    return any(name.evidence[c] for c in others)


def _targets(
    key: str,
    label: str,
    near: list[str],
    group_label: dict[str, str],
    resolver: EntityResolver,
) -> list[str]:
    found = [
        full
        for full in near
        if group_label[full] == label and _short_form_of(key, full, label, resolver)
    ]
    return list(dict.fromkeys(found))


def _initials(words: list[str]) -> str:
    significant = [w for w in words if w not in ("of", "the", "and", "for", "&")]
    return "".join(w[0] for w in significant if w[:1].isalpha())


def _short_form_of(short: str, full: str, label: str, resolver: EntityResolver) -> bool:
    """``short`` names the same entity as ``full`` (already longer)."""
    s_words, f_words = short.split(), full.split()
    if len(s_words) >= len(f_words):
        return False
    if label == "PERSON":
        core = [w for w in f_words if w not in resolver.particles]
        return all(w in core for w in s_words)
    if f_words[: len(s_words)] == s_words:
        return True
    initials = _initials(f_words)
    return len(s_words) == 1 and len(initials) > 1 and s_words[0] == initials


def _attach_to_recent(
    spans: list[Span], targets: list[str], groups: dict[str, list[Span]]
) -> None:
    """A shared surname goes to the namesake mentioned last before it."""
    for span in spans:
        best: tuple[int, str] | None = None
        for target in targets:
            before = [s.start for s in groups[target] if s.start < span.start]
            if before and (best is None or max(before) > best[0]):
                best = (max(before), target)
        if best is not None:
            groups[best[1]].append(span)


def _to_dicts(
    clusters: list[tuple[str, list[Span]]], weak: set[int]
) -> list[dict[str, Any]]:
    entities: list[dict[str, Any]] = []
    ordered = sorted(clusters, key=lambda item: min(s.start for s in item[1]))
    for i, (label, spans) in enumerate(ordered):
        unique = {(s.start, s.end): s for s in spans}
        spans = sorted(unique.values(), key=lambda s: s.start)
        body = [s for s in spans if s.start not in weak] or spans
        name = max(body, key=lambda s: (len(s), len(s.text), -s.start)).text
        entities.append(
            {
                "id": f"e{i}",
                "label": label,
                "name": _POSSESSIVE.sub("", name),
                "mentions": [
                    {"text": s.text, "start": s.start_char, "end": s.end_char}
                    for s in spans
                ],
            }
        )
    return entities


# --- pronouns -------------------------------------------------------------


def _subject_antecedent(fitting: list[tuple[int, str, Token]]) -> str | None:
    """The person named last as a subject, unless coordinated with another."""
    subjects = [s for s in fitting if s[2].dep_ in _SPEECH_DEPS]
    if not subjects:
        return None
    _, chosen, root = subjects[-1]
    for _, other, token in fitting:
        if other != chosen and token.dep_ == "conj" and token.head == root:
            return None
    return chosen


def _add_pronouns(
    doc: Doc,
    texts: list[str],
    sents: list[tuple[int, int]],
    entities: list[dict[str, Any]],
    resolver: EntityResolver,
) -> None:
    """Attach he/she to the person the text clearly means, else leave it out.

    Candidates are the people named earlier in the same or the previous
    sentence whose gender (from titles or earlier pronouns) does not clash.
    One candidate wins outright; among several, the latest one named as a
    subject wins when the pronoun is itself a subject.
    """
    people = [e for e in entities if e["label"] == "PERSON"]
    pronouns = [i for i, w in enumerate(texts) if w.lower() in resolver.pronouns]
    if not people or not pronouns or not doc.has_annotation("SENT_START"):
        return
    by_id = {e["id"]: e for e in people}
    gender: dict[str, str] = {}
    spots: list[tuple[int, str, Token]] = []  # (token index, entity id, root)
    for entity in people:
        for mention in entity["mentions"]:
            span = doc.char_span(mention["start"], mention["end"])
            if span is None:
                continue
            spots.append((span.start, entity["id"], span.root))
            if span.start > 0:
                title = doc[span.start - 1].text
                if title in resolver.gendered_titles:
                    gender.setdefault(entity["id"], resolver.gendered_titles[title])
    spots.sort()
    spot_starts = [spot[0] for spot in spots]
    starts = [start for start, _ in sents]
    added: list[tuple[str, Token]] = []
    index = 0
    for position in pronouns:
        token = doc[position]
        sex = resolver.pronouns[token.lower_]
        if token.pos_ != "PRON":
            continue
        current = bisect_right(starts, position) - 1
        window = starts[max(current - 1, 0)]
        while index < len(spots) and spots[index][0] < token.i:
            index += 1
        seen = spots[bisect_left(spot_starts, window) : index]
        fitting = [s for s in seen if gender.get(s[1], sex) == sex]
        ids = {s[1] for s in fitting}
        chosen: str | None = None
        if len(ids) == 1:
            chosen = ids.pop()
        elif ids and token.dep_ in _SPEECH_DEPS:
            chosen = _subject_antecedent(fitting)
        if chosen is not None:
            gender.setdefault(chosen, sex)
            added.append((chosen, token))
    for entity_id, token in added:
        by_id[entity_id]["mentions"].append(
            {"text": token.text, "start": token.idx, "end": token.idx + len(token)}
        )
    for entity in people:
        entity["mentions"].sort(key=lambda m: m["start"])
