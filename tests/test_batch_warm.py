"""The tokenizer cache is warmed outside memory zones; tokens never change."""

from __future__ import annotations

import spacy

from claimkit import batch
from claimkit.articles import make_doc

_TEXTS = [
    "The council said on Monday it would cut 40 jobs, a spokesman told us.",
    "Prices rose 3.5% in May; analysts had expected 3.1%.\n\nMORE NEWS",
    "Dr. Okafor's team (based in Leeds) won't comment -- yet.",
]


def _tokens(nlp, text):
    doc = make_doc(nlp, text)
    return [(t.text, t.whitespace_, t.idx) for t in doc]


def test_warm_tokenizer_keeps_tokens_identical():
    cold = spacy.blank("en")
    warm = spacy.blank("en")
    batch.warm_tokenizer(warm, _TEXTS)
    for text in _TEXTS:
        with warm.memory_zone():
            warmed = _tokens(warm, text)
        with cold.memory_zone():
            plain = _tokens(cold, text)
        assert warmed == plain


def test_warm_tokenizer_stops_at_its_budget(monkeypatch):
    monkeypatch.setattr(batch, "WARM_CHARS", 50)
    nlp = spacy.blank("en")
    batch.warm_tokenizer(nlp, _TEXTS)
    assert batch._warmed[nlp] == len(_TEXTS[0])  # one text reaches the budget
    batch.warm_tokenizer(nlp, _TEXTS)
    assert batch._warmed[nlp] == len(_TEXTS[0])  # nothing more once spent


def test_warm_tokenizer_does_nothing_inside_a_zone():
    nlp = spacy.blank("en")
    with nlp.memory_zone():
        batch.warm_tokenizer(nlp, _TEXTS)
    assert nlp not in batch._warmed
