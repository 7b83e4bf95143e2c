"""ck_claims: quantity claims with the entity they are about and who asserts them."""

from __future__ import annotations

import bisect
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from claimkit.components._base import LexiconComponent
from claimkit.components._extensions import text_of
from claimkit.components.anaphora import OrgAnaphora
from claimkit.components.concepts import ConceptReader

DEFAULT_CONFIG: dict[str, Any] = {"lexicon": None}

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# Clauses whose missing subject is the governing clause's subject.
_SHARED_SUBJECT_DEPS = frozenset({"conj", "advcl", "xcomp"})
# Clauses reported by the verb they hang from.
_REPORTED_DEPS = frozenset({"ccomp", "xcomp", "conj", "advcl", "parataxis"})
# Parts of a subject phrase that name what it is ("Shares of chipmaker Nvidia").
_NAME_DEPS = frozenset(
    {"compound", "poss", "prep", "pobj", "appos", "amod", "nmod", "det", "case"}
)
_MAX_HOPS = 8
_RELATIVE = frozenset({"which", "that", "who"})
# Clauses whose possessive pronoun refers to the governing clause's subject.
_OWNER_DEPS = frozenset({"ccomp", "xcomp", "conj", "advcl"})
# Prepositions whose object is company or passage, never what the subject has.
_COMPANY_PREPS = frozenset(
    {"through", "between", "against", "among", "amongst", "past", "beside"}
)


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
        self.concepts = ConceptReader(lex)

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
    converting: dict[str, Any] | None = None  # the amount being converted
    for found in doc._.ck_quantities or []:
        span = doc.char_span(found["start"], found["end"], alignment_mode="expand")
        if span is None:
            continue
        anchor = span.root
        sent = sent_of[starts[bisect.bisect_right(starts, anchor.i) - 1]]
        subject = _subject(anchor, span, index, labels, linker, anaphora)
        source = _quote_source(found, quotes, index, doc)
        if source is None:
            if sent.start not in according:
                according[sent.start] = _according_to(sent, index, linker)
            source = according[sent.start]
        if source is None:
            reporter = _reporting_verb(anchor, linker)
            if reporter is not None:
                source = _subject_of(reporter, index, span)
        quantity = found["quantity"]
        concept = linker.concepts.concept(
            span, quantity["kind"], index, _unit_start(found)
        )
        if (
            concept is None
            and quantity["kind"] == "percent"
            and quantity.get("change")
            and subject is not None
            and labels.get(subject) == "ORG"
        ):
            concept = linker.concepts.implied_share(span, index)
        if claims and quantity["kind"] == "money":
            converted = _converted(text, claims[-1], found, converting)
            converting = converted
            if converted is not None:
                # "$11bn (£5.7bn) accounting fraud": the conversion measures
                # what the amount it converts measures, for the same subject.
                subject = subject if subject is not None else converted["subject"]
                if concept is None and converted.get("concept") is not None:
                    concept = {k: converted[k] for k in _NO_CONCEPT}
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
    return claims


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


def _unit_start(found: dict[str, Any]) -> int | None:
    """Where a count's counted words begin ("11m [voters]"), or None."""
    unit_text = found["quantity"].get("unit_text")
    if found["quantity"]["kind"] != "count" or not unit_text:
        return None
    return int(found["end"]) - len(unit_text)


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


def _governing_verb(token: Token) -> Token | None:
    """The nearest verb above ``token`` in the parse (itself if a verb)."""
    for _ in range(_MAX_HOPS):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _entity_in(token: Token, index: dict[int, str], exclude: Span) -> str | None:
    """The first entity named in the phrase headed by ``token``, outside ``exclude``."""
    stack = [token]
    seen = 0
    while stack and seen < 64:
        current = stack.pop(0)
        seen += 1
        if exclude.start <= current.i < exclude.end:
            continue
        if current.i in index:
            return index[current.i]
        stack.extend(c for c in current.children if c.dep_ in _NAME_DEPS)
    return None


def _subject_token(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in _SUBJECT_DEPS:
            return child
    return None


def _subject_of(verb: Token, index: dict[int, str], exclude: Span) -> str | None:
    """The entity in the subject of ``verb``, following shared subjects upwards."""
    found = _clause_subject(verb)
    return _entity_in(found[0], index, exclude) if found is not None else None


def _clause_subject(verb: Token) -> tuple[Token, Token] | None:
    """The subject token of ``verb``'s clause and the verb that has it.

    Follows shared subjects upwards ("used ... and spent ...").
    """
    current = verb
    for _ in range(_MAX_HOPS):
        subject = _subject_token(current)
        if subject is not None:
            return subject, current
        if current.dep_ == "xcomp":
            # Object control: in "regulators ordered Halden Bank to pay $40m"
            # the one who pays is the object of "ordered".
            for child in current.head.children:
                if child.dep_ == "dobj" and child.i < current.i:
                    return child, current.head
        if current.dep_ not in _SHARED_SUBJECT_DEPS or current.head.i == current.i:
            return None
        current = current.head
    return None


def _subject(
    anchor: Token,
    span: Span,
    index: dict[int, str],
    labels: dict[str, str],
    linker: ClaimLinker,
    anaphora: OrgAnaphora,
) -> str | None:
    """The entity the quantity is about.

    The possessor of the noun it modifies ("Tesco's £500m investment"), the
    object of a verb of payment or penalty ("regulators fined HSBC £64m"),
    else the subject of its clause ("Ryanair carried ...", "Barclays was
    fined ..."). A definite organization noun there ("the group's 8,200
    workers", "the bank was fined") stands for the organization it refers
    to when that is unambiguous (:mod:`claimkit.components.anaphora`).
    """
    owner = (
        _possessor(anchor, span, index, anaphora)
        or _aged(span, index)
        or _employed_at(anchor, span, index, labels)
    )
    if owner is not None:
        return owner
    if span.text.endswith("-old"):
        # "the 27-year-old Spaniard": the age of the one the noun names.
        return _described(anchor, span, index)
    if _inside_phrase(anchor, span):
        return None  # "through two defenders", "appeals by nine detainees"
    if anchor.pos_ in ("VERB", "AUX") and anchor.head.i != anchor.i:
        anchor = anchor.head  # a figure is never the verb: "£31m" tagged VERB
    verb = _governing_verb(anchor)
    if verb is None:
        return None
    verbs = linker.object_verbs
    if verb.lemma_.lower() in verbs or verb.lower_ in verbs:
        for child in verb.children:
            if child.dep_ in ("dobj", "dative") and not (
                span.start <= child.i < span.end
            ):
                entity = _entity_in(child, index, span) or anaphora.resolve(child)
                if entity is not None:
                    return entity
    found = _clause_subject(verb)
    if found is None:
        return None
    subject, clause = found
    if span.start <= subject.i < span.end:
        return None  # the quantity is the subject: "four firms build"
    entity = _entity_in(subject, index, span) or _owned_by(subject, index, anaphora)
    if entity is not None:
        return entity
    if subject.lower_ in _RELATIVE and clause.dep_ == "relcl":
        # "France Telecom's profits, which showed a 5.5% rise"
        return _entity_in(clause.head, index, span)
    owner = _its_owner(subject, clause, index, labels, span, linker)
    if owner is not None:
        return owner
    owner = _reporters_own(subject, clause, index, labels, span, linker)
    if owner is not None:
        return owner
    return _pronoun_antecedent(subject, clause, index, labels, span, linker)


def _its_owner(
    subject: Token,
    clause: Token,
    index: dict[int, str],
    labels: dict[str, str],
    span: Span,
    linker: ClaimLinker,
) -> str | None:
    """ "Glaxo saw its profits fall 9%": "its" is the subject of a clause the
    figure's clause hangs from, when that subject names an entity of a
    label the pronoun allows."""
    poss = next((c for c in subject.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    allowed = linker.pronouns.get(poss.lower_)
    if allowed is None:
        return None
    current = clause
    for _ in range(_MAX_HOPS):
        head = current.head
        if head.i == current.i or current.dep_ not in _OWNER_DEPS:
            return None
        found = _clause_subject(head)
        if found is not None:
            entity = _entity_in(found[0], index, span)
            if entity is not None:
                return entity if labels.get(entity) in allowed else None
        current = head
    return None


def _reporters_own(
    subject: Token,
    clause: Token,
    index: dict[int, str],
    labels: dict[str, str],
    span: Span,
    linker: ClaimLinker,
) -> str | None:
    """ "Orvik Chips said revenue rose 8%": a company's own measure (revenue,
    profit, ...; ``own_measures``), written bare as the subject of a clause an
    organization reports, is that organization's. Not "the ONS said retail
    sales rose" (a modifier noun says whose) nor "analysts said profit fell"
    (no organization reports it)."""
    if subject.pos_ != "NOUN" or subject.lemma_.lower() not in linker.own_measures:
        return None
    for child in subject.children:
        if child.dep_ in ("compound", "poss", "det", "nmod", "prep"):
            return None
        if child.dep_ == "amod" and child.lower_ in linker.not_own:
            return None
    while clause.dep_ in ("conj", "advcl") and clause.head.i != clause.i:
        clause = clause.head  # "revenue fell 4%, while profit rose 2%"
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in linker.source_lemmas:
        return None
    entity = _subject_of(clause.head, index, span)
    return entity if entity is not None and labels.get(entity) == "ORG" else None


def _described(anchor: Token, span: Span, index: dict[int, str]) -> str | None:
    """The entity an "N-year-old" noun phrase names: the noun itself ("the
    56-year-old Smith"), or the name it stands in apposition to ("Ann Lee, a
    44-year-old nurse"). None for "the 27-year-old Spaniard" alone."""
    noun = anchor.head if anchor.head.i >= span.end else anchor
    if noun.i in index and not span.start <= noun.i < span.end:
        return index[noun.i]
    if noun.dep_ == "appos" and noun.head.i in index:
        return index[noun.head.i]
    for child in noun.children:
        if child.dep_ == "appos" and child.i in index:
            return index[child.i]
    return None


def _inside_phrase(anchor: Token, span: Span) -> bool:
    """The figure names the agent or company of a noun ("appeals by nine
    detainees", "a family with two children") or what the subject passed
    ("through two defenders"): it is not about the clause's subject."""
    token = anchor
    for _ in range(_MAX_HOPS):
        head = token.head
        if head.i == token.i or head.pos_ in ("VERB", "AUX"):
            return False
        if head.dep_ == "prep" and not span.start <= head.i < span.end:
            prep = head.lower_
            if prep in _COMPANY_PREPS:
                return True
            if head.head.pos_ in ("NOUN", "PROPN") and prep in ("by", "from", "with"):
                return True  # the noun's agent or origin: "appeals by"
        token = head
    return False


def _aged(span: Span, index: dict[int, str]) -> str | None:
    """The person whose age this is: "Leslie Gray, 43," or "Tom Reid (61)"."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text not in (",", "("):
        return None
    if not (len(span) == 1 and span[0].like_num):
        return None
    return index.get(doc[span.start - 2].i)


def _possessor(
    anchor: Token, span: Span, index: dict[int, str], anaphora: OrgAnaphora
) -> str | None:
    """The entity owning the noun the quantity modifies ("Tesco's £500m
    investment") or counts ("Corvel Shipping's 8,200 workers", "the group's
    8,200 workers")."""
    head = anchor.head
    if anchor.pos_ == "NOUN" and anchor.is_alpha and span.start < anchor.i < span.end:
        head = anchor  # the counted noun is inside the figure's span
    elif anchor.dep_ not in ("compound", "nummod", "amod", "nmod") or head.i < span.end:
        return None
    for child in head.children:
        if child.dep_ == "poss" and child.i < span.start:
            if child.i in index:
                return index[child.i]
            return anaphora.resolve(child)
    return None


def _employed_at(
    anchor: Token, span: Span, index: dict[int, str], labels: dict[str, str]
) -> str | None:
    """ "9,500 staff at its rival Baltic Freight": the counted people are the
    organization's the "at" phrase names."""
    if anchor.pos_ != "NOUN" or not span.start < anchor.i < span.end:
        return None
    for prep in anchor.rights:
        if prep.dep_ == "prep" and prep.lower_ == "at":
            for obj in prep.rights:
                if obj.dep_ == "pobj" and labels.get(index.get(obj.i, "")) == "ORG":
                    return index[obj.i]
    return None


def _owned_by(
    subject: Token, index: dict[int, str], anaphora: OrgAnaphora
) -> str | None:
    """The organization a subject noun is ("the company") or belongs to ("the
    group's revenue"), by nominal anaphora."""
    found = anaphora.resolve(subject)
    if found is not None:
        return found
    for child in subject.children:
        if child.dep_ == "poss" and child.i not in index:
            return anaphora.resolve(child)
    return None


def _pronoun_antecedent(
    pronoun: Token,
    clause: Token,
    index: dict[int, str],
    labels: dict[str, str],
    span: Span,
    linker: ClaimLinker,
) -> str | None:
    """Resolve "DeepSeek claimed it ..." to the reporting verb's subject entity.

    Only a pronoun that is the subject of a clause reported by a verb whose own
    subject is an entity of a compatible label is resolved; others stay None.
    """
    allowed = linker.pronouns.get(pronoun.lower_)
    if allowed is None:
        return None
    current = clause
    for _ in range(_MAX_HOPS):
        head = current.head
        if head.i == current.i:
            return None
        if current.dep_ == "ccomp" and head.lemma_.lower() in linker.source_lemmas:
            entity = _subject_of(head, index, span)
            if entity is not None and labels.get(entity) in allowed:
                return entity
            return None
        if current.dep_ not in _SHARED_SUBJECT_DEPS:
            return None
        current = head
    return None


def _reporting_verb(anchor: Token, linker: ClaimLinker) -> Token | None:
    """The reporting verb ("claimed", "said") the quantity's clause hangs from."""
    token = _governing_verb(anchor)
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
