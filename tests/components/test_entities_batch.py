"""ck_entities over a batch: one run of the base recognizer, the same entities.

The base recognizer checks names nothing else supports
(recognizers.confirm_all). ``EntityResolver.pipe`` gathers those checks from
a whole batch of Docs into one run; each Doc must end with exactly the
entities it gets alone, and one Doc's failure must stay its own. Sentences
are our own.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from claimkit.components.entities import resolver as resolver_module

TEXTS = [
    # "Zorbal Theft Auto": a name only the fine-tune types, which the base
    # recognizer is asked about ("Vice City", common words, is dropped first).
    "The Zorbal Theft Auto game was released by Rockstar. Vice City topped the charts.",
    "Zorblax Quintero met the board on Monday. Quintero said the plan would work.",
    "Fans queued for the Halo 2 launch, which Bungie made. Halo 2 sold well.",
    "Shares in Velmora rose after Velmora said profits had doubled.",
    "Critics loved the film, and Sofia Coppola won praise from Paramount.",
]


class _Spy:
    """Stands in for the base recognizer and counts how it is called."""

    def __init__(self, recognizer: Any) -> None:
        self.recognizer = recognizer
        self.calls: list[tuple[str, int]] = []

    def __call__(self, doc: Doc) -> Doc:
        self.calls.append(("call", 1))
        return self.recognizer(doc)

    def pipe(self, docs: Iterable[Doc], **kwargs: Any) -> Iterator[Doc]:
        docs = list(docs)
        self.calls.append(("pipe", len(docs)))
        return self.recognizer.pipe(docs, **kwargs)


@pytest.fixture
def spy(nlp: Language) -> Iterator[_Spy]:
    component = nlp.get_pipe("ck_entities")
    if component.check is None:
        pytest.skip("this pipeline has no base recognizer to check names with")
    original = component.check
    component.check = _Spy(original)
    yield component.check
    component.check = original


def _entities(doc: Doc) -> list[tuple[str, str, list[tuple[int, int]]]]:
    return [
        (e["label"], e["name"], [(m["start"], m["end"]) for m in e["mentions"]])
        for e in doc._.ck_entities
    ]


def test_a_batch_gets_the_entities_each_doc_gets_alone(nlp, spy):
    alone = [_entities(nlp(text)) for text in TEXTS]
    asked_alone = [calls for calls in spy.calls if calls[0] == "pipe"]
    assert asked_alone, "no name went to the base recognizer: the test is moot"
    spy.calls.clear()
    together = [_entities(doc) for doc in nlp.pipe(TEXTS, batch_size=len(TEXTS))]
    assert together == alone
    names = {name for doc in together for _, name, _ in doc}
    assert {"Zorblax Quintero", "Velmora", "Sofia Coppola"} <= names
    # One run for the batch, reading every window the Docs alone asked about.
    assert [kind for kind, _ in spy.calls] == ["pipe"]
    assert spy.calls[0][1] == sum(n for _, n in asked_alone)


def test_a_doc_that_fails_does_not_fail_its_batch(nlp, spy, monkeypatch):
    steps = resolver_module.entity_steps

    def failing(doc: Doc, resolver: Any) -> Any:
        if "Velmora" in doc.text:
            raise RuntimeError("broken on purpose")
        return steps(doc, resolver)

    monkeypatch.setattr(resolver_module, "entity_steps", failing)
    docs = list(nlp.pipe(TEXTS, batch_size=len(TEXTS)))
    failed = [doc for doc in docs if doc._.ck_failure is not None]
    assert [doc.text for doc in failed] == [TEXTS[3]]
    assert "broken on purpose" in str(failed[0]._.ck_failure)
    names = {
        e["name"] for doc in docs if doc._.ck_failure is None for e in doc._.ck_entities
    }
    assert {"Zorblax Quintero", "Sofia Coppola"} <= names


def test_a_failing_check_fails_no_doc_it_does_not_concern(nlp, spy, monkeypatch):
    # The batch's one run fails; each Doc is then checked alone, so only the
    # Doc whose window breaks the recognizer fails.
    def pipe(docs: Iterable[Doc], **kwargs: Any) -> Iterator[Doc]:
        docs = list(docs)
        if any("Theft" in doc.text for doc in docs):
            raise ValueError("bad window")
        return spy.recognizer.pipe(docs, **kwargs)

    monkeypatch.setattr(spy, "pipe", pipe)
    docs = list(nlp.pipe(TEXTS, batch_size=len(TEXTS)))
    assert docs[0]._.ck_failure is not None
    assert all(doc._.ck_failure is None for doc in docs[1:])
    assert any(e["name"] == "Velmora" for e in docs[3]._.ck_entities)
