"""ck_claims: quantity claims with the entity they are about and who asserts them."""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from claimkit.components._base import LexiconComponent

DEFAULT_CONFIG: dict[str, Any] = {"lexicon": None}


class ClaimLinker(LexiconComponent):
    """Give each quantity a subject and a source entity, or leave them empty."""

    default_lexicon = "claims.json"

    def _compile(self) -> None:
        self.source_lemmas = set(self.lexicon.get("source_lemmas", []))

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
    mention_index = _mention_index(doc)
    quotes = doc._.ck_quotes or []
    claims: list[dict[str, Any]] = []
    for found in doc._.ck_quantities or []:
        span = doc.char_span(found["start"], found["end"], alignment_mode="expand")
        if span is None:
            continue
        sent = span.root.sent
        verb = _governing_verb(span.root)
        subject = source = None
        if verb is not None:
            subject = _subject_entity(verb, mention_index)
            reporter = _reporting_head(verb, linker)
            if reporter is not None:
                source = _subject_entity(reporter, mention_index)
        for quote in quotes:
            if quote["start"] <= found["start"] and found["end"] <= quote["end"]:
                source = quote.get("speaker") or source
        claims.append(
            {
                "type": "quantity",
                "text": found["text"],
                "start": found["start"],
                "end": found["end"],
                "quantity": found["quantity"],
                "subject": subject,
                "source": source,
                "sentence": sent.text,
            }
        )
    return claims


def _mention_index(doc: Doc) -> dict[int, str]:
    """Map each token index covered by an entity mention to the entity id."""
    index: dict[int, str] = {}
    for entity in doc._.ck_entities or []:
        for mention in entity["mentions"]:
            span = doc.char_span(
                mention["start"], mention["end"], alignment_mode="expand"
            )
            if span is not None:
                for token in span:
                    index[token.i] = entity["id"]
    return index


def _governing_verb(token: Token) -> Token | None:
    while token.head.i != token.i:
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return token if token.pos_ in ("VERB", "AUX") else None


def _subject_entity(verb: Token, index: dict[int, str]) -> str | None:
    current: Token | None = verb
    while current is not None:
        for child in current.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                for token in child.subtree:
                    if token.i in index:
                        return index[token.i]
                return None
        # Coordinated verbs share the first conjunct's subject.
        current = current.head if current.dep_ == "conj" else None
    return None


def _reporting_head(verb: Token, linker: ClaimLinker) -> Token | None:
    token = verb
    while token.head.i != token.i:
        if token.dep_ in ("ccomp", "xcomp", "conj", "advcl") and (
            token.head.lemma_.lower() in linker.source_lemmas
        ):
            return token.head
        token = token.head
    return None
