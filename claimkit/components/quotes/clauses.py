"""Small syntactic tests of clauses shared by the quote rules."""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Token

# subjects that speak for no one: 'but that it would add ...' is no second report
_NO_SPEAKER = {"it", "this", "that", "which", "what", "there"}


def second_report(verb: Token, lemmas: Container[str]) -> bool:
    """A speech verb with its own subject, joined to the clause above it
    ('..., while the Tories say ...', '..., but Bob said ...'): a report of its
    own, not part of the report above."""
    return (
        verb.dep_ in ("conj", "advcl", "parataxis")
        and verb.lemma_.lower() in lemmas
        and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _NO_SPEAKER
            for c in verb.children
        )
    )


def passive_by(verb: Token) -> Token | None:
    """The 'by' of a passive verb's agent, on the verb or its predicate: 'was
    labelled a "big misjudgement" by the Tories', 'was described as "a
    shambles" by the union'."""
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    for token in verb.subtree:
        if (
            token.i > verb.i
            and token.lower_ == "by"
            and token.dep_ in ("agent", "prep")
            and verb in list(token.ancestors)[:3]
        ):
            return token
    return None
