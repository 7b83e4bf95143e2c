"""ck_claims: quantity claims with the entity they are about and who asserts them."""

from __future__ import annotations

import bisect
import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from claimkit.components._base import LexiconComponent
from claimkit.components._extensions import text_of
from claimkit.components.ages import aged_other, is_age, is_tenure
from claimkit.components.anaphora import OrgAnaphora
from claimkit.components.claim_periods import period_per
from claimkit.components.claim_siblings import inherit_from_siblings
from claimkit.components.concept_frames import stake_in
from claimkit.components.concept_syntax import figure_root
from claimkit.components.concepts import ConceptReader
from claimkit.components.subject_frames import poll_share
from claimkit.components.subject_headlines import (
    bracketed_subject,
    headline_subject,
)
from claimkit.components.subject_people import (
    first_person,
    first_person_plural,
    speaker_organization,
)
from claimkit.components.subjects import (
    clause_subject,
    find_subject,
    governing_verb,
    report_source,
    subject_of,
)

DEFAULT_CONFIG: dict[str, Any] = {"lexicon": None}

# Clauses reported by the verb they hang from.
_REPORTED_DEPS = frozenset({"ccomp", "xcomp", "conj", "advcl", "parataxis"})
_MAX_HOPS = 8
# Subjects that make a condition a person's hypothetical.
_PERSONAL = frozenset({"i", "you", "he", "she", "we", "they"})
# The parts of a dateline's date: "1996", "-", "08".
_DATE_PART = re.compile(r"[\d-]+")


class ClaimLinker(LexiconComponent):
    """Give each quantity a subject and a source entity, or leave them empty."""

    default_lexicon = "claims.json"

    def _compile(self) -> None:
        lex = self.lexicon
        self.source_lemmas = frozenset(lex.get("source_lemmas", []))
        self.according = [p.split() for p in lex.get("according_to", [])]
        self.pronouns: dict[str, list[str]] = {
            k.lower(): list(v) for k, v in lex.get("pronoun_labels", {}).items()
        }
        self.object_verbs = frozenset(lex.get("object_subject_verbs", []))
        self.own_measures = frozenset(lex.get("own_measures", []))
        self.not_own = frozenset(lex.get("not_own_modifiers", []))
        self.work_nouns = frozenset(lex.get("work_nouns", []))
        self.member_roles = frozenset(lex.get("member_roles", []))
        self.vote_verbs = frozenset(lex.get("vote_share_verbs", []))
        self.vote_nouns = frozenset(lex.get("vote_nouns", []))
        self.support_verbs = frozenset(lex.get("support_verbs", []))
        self.score_verbs = frozenset(lex.get("score_verbs", []))
        self.conditions = frozenset(lex.get("condition_marks", ["if"]))
        self.agentless_acts = frozenset(lex.get("agentless_acts", []))
        self.address_verbs = frozenset(lex.get("address_verbs", []))
        self.concepts = ConceptReader(lex)
        # Agents of a passive that report, judge, impose or grant a figure,
        # never own it ("a 2% rise forecast by the IMF").
        self.foreign_agents = self.object_verbs | frozenset(
            lex.get("foreign_agent_verbs", [])
        )
        self.workplace_acts = self.agentless_acts | frozenset(
            lex.get("workplace_acts", [])
        )
        # Verbs whose figure is a level or change of their subject.
        self.levels = (
            self.concepts.value_verbs
            | self.concepts.move_verbs
            | self.concepts.holder_verbs
        )

    def process(self, doc: Doc) -> None:
        doc._.ck_claims = find_claims(doc, self)


@Language.factory(
    "ck_claims",
    assigns=["doc._.ck_claims"],
    requires=["doc._.ck_quantities", "doc._.ck_entities", "doc._.ck_quotes"],
    default_config=DEFAULT_CONFIG,
)
def make_claim_linker(nlp: Language, name: str, lexicon: str | None) -> ClaimLinker:
    return ClaimLinker(name, lexicon=lexicon)


def find_claims(doc: Doc, linker: ClaimLinker) -> list[dict[str, Any]]:
    """Return quantity-claim dicts: the quantity plus subject, source and sentence."""
    # Token -> entity id of every mention, and each entity's label.
    anaphora = OrgAnaphora.from_doc(doc)
    index, labels = anaphora.index, anaphora.labels
    quotes = list(doc._.ck_quotes or [])
    text = text_of(doc)
    # Per-sentence work is done once per sentence, not once per quantity, so a
    # long sentence full of numbers stays linear.
    according: dict[int, str | None] = {}
    sent_of = {sent.start: sent for sent in doc.sents}
    starts = sorted(sent_of)
    claims: list[dict[str, Any]] = []
    anchors: list[Token] = []
    converting: dict[str, Any] | None = None  # the amount being converted
    bylines = _Bylines(doc, index)
    for found in doc._.ck_quantities or []:
        span = doc.char_span(found["start"], found["end"], alignment_mode="expand")
        if span is None:
            continue
        anchor = figure_root(span)
        if _conditional(anchor, linker.conditions):
            continue  # "if he got 15 percent in the polls": no claim
        sent = sent_of[starts[bisect.bisect_right(starts, anchor.i) - 1]]
        quoted = _quoted(found, quotes)
        subject = find_subject(
            anchor,
            span,
            index,
            labels,
            linker,
            anaphora,
            quoted,
            kind=found["quantity"]["kind"],
        )
        if subject is None and not quoted:
            # "Acme plans to close 1,100 stores": a headline the parse fails on
            subject = headline_subject(
                span, index, labels, linker.own_measures
            ) or bracketed_subject(span, index, labels)
        if subject is not None and (
            bylines.only(subject) or aged_other(span, subject, index, labels)
        ):
            # "Jim Adams" on a line of his own writes the story; "seeks people
            # aged 18 to 99" is no age of the one who seeks
            subject = None
        source = _quote_source(found, quotes, index, doc)
        if subject is None and source is not None:
            subject = _speaker_subject(
                anchor,
                span,
                source,
                quoted,
                anaphora,
                linker,
                found["quantity"]["kind"],
            )
        if source is None:
            if sent.start not in according:
                according[sent.start] = _according_to(sent, index, linker)
            source = according[sent.start]
        if source is None:
            reporter = _reporting_verb(anchor, linker)
            if reporter is not None:
                source = subject_of(reporter, index, span) or report_source(
                    reporter, index, span
                )
        if source is None and (verb := governing_verb(anchor)) is not None:
            # "Figures from the Commerce Department showed exports down 2.3%"
            source = report_source(verb, index, span)
        quantity = found["quantity"]
        concept = linker.concepts.concept(
            span, quantity["kind"], index, _unit_start(found)
        )
        if concept is not None and (
            not _concept_on_line(text, found, concept)
            or (subject is not None and _organization_concept(doc, concept, anaphora))
        ):
            concept = None
        if (
            concept is None
            and quantity["kind"] == "percent"
            and quantity.get("change")
            and subject is not None
            and labels.get(subject) == "ORG"
        ):
            concept = linker.concepts.implied_share(span, index)
        if (
            concept is None
            and quantity["kind"] == "percent"
            and subject is not None
            and labels.get(subject) == "PERSON"
            and poll_share(
                anchor, span, linker.score_verbs, linker.vote_verbs, linker.vote_nouns
            )
        ):
            # "Rubio at 12 percent": nothing in the text names what a
            # candidate's share measures; only the key says it.
            concept = {**_NO_CONCEPT, "concept_key": "support"}
        if concept is None and quantity["kind"] == "duration" and is_age(span, index):
            concept = {**_NO_CONCEPT, "concept_key": "age"}  # "Ann Lee, 43,"
        if (
            concept is None
            and quantity["kind"] == "duration"
            and is_tenure(span, index, labels)
        ):
            # "has been with Acme for 9 years"
            concept = {**_NO_CONCEPT, "concept_key": "tenure"}
        if (
            concept is None
            and quantity["kind"] == "percent"
            and stake_in(anchor, index, labels)
        ):
            concept = {**_NO_CONCEPT, "concept_key": "stake"}  # "buy 6% of Colt"
        per = period_per(
            span, anchor, quantity, concept, linker.lexicon, linker.own_measures
        )
        if per is not None:
            quantity["per"] = per  # "will save $46m annually", "a $15 minimum wage"
        if claims and quantity["kind"] == "money":
            converted = _converted(text, claims[-1], found, converting)
            converting = converted
            if converted is None and _per_share(text, claims[-1], found):
                converted = claims[-1]  # "lost $5.9bn, or $9.66 per share"
            if converted is not None:
                # "$11bn (£5.7bn) accounting fraud": the conversion measures
                # what the amount it converts measures, for the same subject.
                subject = subject if subject is not None else converted["subject"]
                if concept is None and converted.get("concept") is not None:
                    concept = {k: converted[k] for k in _NO_CONCEPT}
            if converting is not None and concept and concept.get("concept"):
                _lend_back(claims, converting, concept)
        else:
            converting = None
        claims.append(
            {
                "type": "quantity",
                "text": found["text"],
                "start": found["start"],
                "end": found["end"],
                "quantity": found["quantity"],
                "subject": subject,
                "source": source,
                "sentence": _sentence_text(text, sent, span),
                **(concept or _NO_CONCEPT),
            }
        )
        anchors.append(anchor)
    inherit_from_siblings(claims, anchors)
    return claims


class _Bylines:
    """Entities named only on lines of names: a byline ("Jim Adams" above the
    dateline) names the writer and a dateline ("LISBON 1996-08-23") where it
    was filed, never what a figure is about. Read for a subject when asked."""

    def __init__(self, doc: Doc, index: dict[int, str]) -> None:
        self.doc, self.index = doc, index
        self.text = text_of(doc)
        self.known: dict[str, bool] = {}

    def only(self, entity: str) -> bool:
        if entity not in self.known:
            tokens = [i for i, e in self.index.items() if e == entity]
            self.known[entity] = bool(tokens) and all(self._lone(i) for i in tokens)
        return self.known[entity]

    def _lone(self, i: int) -> bool:
        """Every word of token ``i``'s line belongs to some entity."""
        text, at = self.text, self.doc[i].idx
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        line = self.doc.char_span(
            start, len(text) if end < 0 else end, alignment_mode="expand"
        )
        return line is not None and all(
            t.i in self.index
            for t in line
            if not (t.is_space or t.is_punct or _DATE_PART.fullmatch(t.text))
        )


def _concept_on_line(text: str, found: dict[str, Any], concept: dict[str, Any]) -> bool:
    """The concept is written on the figure's own line: a table's next row or
    a dateline ("TOKYO 1996-08-27") says nothing of what the figure measures."""
    start = concept.get("concept_start")
    if start is None:
        return True
    low, high = sorted((start, found["start"]))
    return "\n" not in text[low:high]


def _organization_concept(
    doc: Doc, concept: dict[str, Any], anaphora: OrgAnaphora
) -> bool:
    """The concept is a clause subject that stands for the organization the
    figure is given to ("The real estate firm ended the day at $8.08"): whose
    figure it is, not what it measures. Without a subject it says the most
    there is ("The utility is $2bn in debt")."""
    end = concept.get("concept_end")
    span = doc.char_span(end - 1, end, alignment_mode="expand") if end else None
    if span is None:
        return False
    noun = span[-1]
    return noun.dep_ == "nsubj" and anaphora.definite(noun)


def _conditional(anchor: Token, marks: frozenset[str]) -> bool:
    """The figure stands in a clause a condition about a person opens ("If
    they want to go into the next six months", "even if I got two years"):
    what would be, not what is. A rule's condition is a figure still ("can
    delist a company if its debt exceeds its assets for two years")."""
    token = anchor
    for _ in range(_MAX_HOPS):
        mark = next(
            (c for c in token.children if c.dep_ == "mark" and c.lower_ in marks),
            None,
        )
        if mark is not None:
            return any(c.lower_ == "even" for c in mark.children) or any(
                c.dep_ in ("nsubj", "nsubjpass")
                and c.pos_ == "PRON"
                and c.lower_ in _PERSONAL
                for c in token.children
            )
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _converted(
    text: str,
    last: dict[str, Any],
    found: dict[str, Any],
    converting: dict[str, Any] | None,
) -> dict[str, Any] | None:
    """The money claim that ``found`` converts: the one right before it and
    a "(" ("$11bn (£5.7bn"), or the same one again after ";" or ","."""
    between = text[last["end"] : found["start"]].strip()
    if between == "(" and last["quantity"]["kind"] == "money":
        return last
    if between in (";", ",") and converting is not None:
        return converting
    return None


def _lend_back(
    claims: list[dict[str, Any]],
    converting: dict[str, Any],
    concept: dict[str, Any],
) -> None:
    """Give a conversion's concept to the amount it converts and to the
    conversions between them that have none: in "halt a $6bn (£3bn) buyout"
    the parse may hang the noun on the conversion alone."""
    for claim in reversed(claims):
        if claim.get("concept") is None:
            claim.update({k: concept[k] for k in _NO_CONCEPT})
        if claim is converting:
            break


def _per_share(text: str, last: dict[str, Any], found: dict[str, Any]) -> bool:
    """``found`` gives the money claim right before it per share: "a loss
    of $381m, or $0.67 per share"."""
    between = text[last["end"] : found["start"]].strip()
    return (
        between in (", or", "or")
        and found["quantity"].get("per") == "share"
        and last["quantity"]["kind"] == "money"
        and last["quantity"].get("per") is None
    )


def _unit_start(found: dict[str, Any]) -> int | None:
    """Where a count's counted words begin ("11m [voters]", "50 [lives] a
    year": a rate's "a year" after them), or None."""
    unit_text = found["quantity"].get("unit_text")
    if found["quantity"]["kind"] != "count" or not unit_text:
        return None
    at = str(found["text"]).rfind(unit_text)
    if at < 0:
        return int(found["end"]) - len(unit_text)
    return int(found["start"]) + at


_NO_CONCEPT: dict[str, Any] = dict.fromkeys(
    ("concept", "concept_start", "concept_end", "concept_key")
)
_MAX_SENTENCE = 1000
_WINDOW = 300


def _sentence_text(text: str, sent: Span, span: Span) -> str:
    """The claim's sentence; for a run-on "sentence", a window around the claim."""
    if sent.end_char - sent.start_char <= _MAX_SENTENCE:
        return text[sent.start_char : sent.end_char]
    start = max(sent.start_char, span.start_char - _WINDOW)
    end = min(sent.end_char, span.end_char + _WINDOW)
    return text[start:end].strip()


def _reporting_verb(anchor: Token, linker: ClaimLinker) -> Token | None:
    """The reporting verb ("claimed", "said") the quantity's clause hangs from."""
    token = governing_verb(anchor)
    if token is None:
        return None
    for _ in range(_MAX_HOPS):
        head = token.head
        if head.i == token.i:
            return None
        if token.dep_ in _REPORTED_DEPS and head.lemma_.lower() in linker.source_lemmas:
            return head
        token = head
    return None


def _according_to(sent: Span, index: dict[int, str], linker: ClaimLinker) -> str | None:
    """The entity named after "according to" in the sentence."""
    words = [t.lower_ for t in sent]
    for phrase in linker.according:
        width = len(phrase)
        for i in range(len(words) - width + 1):
            if words[i : i + width] != phrase:
                continue
            for token in sent[i + width : i + width + 6]:
                if token.i in index:
                    return index[token.i]
                if token.is_punct:
                    break
    return None


def _speaker_subject(
    anchor: Token,
    span: Span,
    source: str,
    quoted: bool,
    anaphora: OrgAnaphora,
    linker: ClaimLinker,
    kind: str,
) -> str | None:
    """What the speaker of a quote says of themself: "I spent three days
    ...," said X (X); in a direct quote, "We lost $5m," said X, chief
    executive of Acme (Acme, :func:`speaker_organization`)."""
    verb = governing_verb(anchor)
    subject = clause_subject(verb) if verb is not None else None
    labels = anaphora.labels
    if labels.get(source) == "PERSON" and first_person(subject, span):
        return source
    if quoted and first_person_plural(subject, span, linker.concepts.value_verbs, kind):
        return speaker_organization(
            source, span.doc, anaphora.index, labels, linker.member_roles
        )
    return None


def _quoted(found: dict[str, Any], quotes: list[dict[str, Any]]) -> bool:
    """The quantity stands inside a direct quote."""
    return any(
        q.get("form") == "direct" and q["start"] <= found["start"] < q["end"]
        for q in quotes
    )


def _quote_source(
    found: dict[str, Any],
    quotes: list[dict[str, Any]],
    index: dict[int, str],
    doc: Doc,
) -> str | None:
    """The speaker of the quote that contains the quantity."""
    for quote in quotes:
        if not (quote["start"] <= found["start"] and found["end"] <= quote["end"]):
            continue
        if quote.get("speaker"):
            return str(quote["speaker"])
        start, end = quote.get("speaker_start"), quote.get("speaker_end")
        if start is not None and end is not None:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                for token in span:
                    if token.i in index:
                        return index[token.i]
    return None
