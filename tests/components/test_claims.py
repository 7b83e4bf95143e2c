"""Tests of ck_claims: subject and source of quantity claims."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from claimkit.components.claims import ClaimLinker, find_claims
from tests.conftest import DATA, EXAMPLES

GOLDEN = [
    json.loads(line)
    for line in (DATA / "golden" / "claims.jsonl").read_text("utf-8").splitlines()
    if line.strip()
]


def _mentions(text: str, *surfaces: str) -> list[dict[str, Any]]:
    found = []
    for surface in surfaces:
        start = text.find(surface)
        while start >= 0:
            found.append({"text": surface, "start": start, "end": start + len(surface)})
            start = text.find(surface, start + len(surface))
    return found


def _with_entities(nlp: Language, text: str, entities: dict[str, list[str]]) -> Doc:
    """Run the pipeline, then replace ck_entities with hand-made contract data.

    Entities come from another component; these tests check claims against the
    data contract alone, so the entity list is fixed by hand, and the quote
    finder and claim linker are run again on it.
    """
    doc = nlp(text)
    doc._.ck_entities = [
        {
            "id": f"e{i}",
            "label": label_and_names[0],
            "name": label_and_names[1],
            "mentions": _mentions(text, *label_and_names[1:]),
        }
        for i, label_and_names in enumerate(entities.values())
    ]
    doc = nlp.get_pipe("ck_quotes")(doc)
    return doc


def _name_of(doc: Doc, entity_id: str | None) -> str | None:
    names = {e["id"]: e["name"] for e in doc._.ck_entities}
    return None if entity_id is None else names[entity_id]


@pytest.mark.model
@pytest.mark.parametrize("row", GOLDEN, ids=[r["id"] for r in GOLDEN])
def test_claims_golden(nlp, row: dict[str, Any]) -> None:
    entities = {name: [label, name] for name, label in row["entities"].items()}
    doc = _with_entities(nlp, row["text"], entities)
    claims = find_claims(doc, nlp.get_pipe("ck_claims"))
    got = [
        {
            "text": c["text"],
            "subject": _name_of(doc, c["subject"]),
            "source": _name_of(doc, c["source"]),
        }
        for c in claims
    ]
    assert got == row["expected"]


@pytest.mark.model
def test_claims_issue_phrases_in_example(nlp) -> None:
    text = (EXAMPLES / "chip_selloff.txt").read_text("utf-8")
    entities = {
        "nvidia": ["ORG", "Nvidia"],
        "deepseek": ["ORG", "DeepSeek", "the company"],
        "windsor": ["PERSON", "Richard Windsor", "Windsor"],
        "zhang": ["PERSON", "Angela Zhang", "Zhang"],
    }
    doc = _with_entities(nlp, text, entities)
    claims = find_claims(doc, nlp.get_pipe("ck_claims"))
    roles = {
        c["text"]: (_name_of(doc, c["subject"]), _name_of(doc, c["source"]))
        for c in claims
        if c["start"] < 80  # the headline
        or c["text"] != "nearly $600 billion"
    }
    assert roles["nearly $600 billion"] == ("Nvidia", None)
    assert roles["just over 2,000 Nvidia H800 chips"] == ("DeepSeek", "DeepSeek")
    assert roles["$5.6 million"] == ("DeepSeek", "DeepSeek")
    assert roles["€5.24 million"] == ("DeepSeek", "DeepSeek")
    assert roles["more than 600 billion parameters"] == (None, "DeepSeek")
    assert roles["more than 95%"][1] == "Richard Windsor"
    assert roles["at least four Chinese firms"] == (None, "Angela Zhang")
    assert roles["17%"] == ("Nvidia", None)


@pytest.mark.model
def test_claims_leave_roles_empty_without_entities(nlp) -> None:
    doc = _with_entities(nlp, "Someone said the firm spent $5 million.", {})
    (claim,) = find_claims(doc, nlp.get_pipe("ck_claims"))
    assert claim["subject"] is None
    assert claim["source"] is None


def test_claims_lexicon_round_trip(tmp_path: Path) -> None:
    linker = ClaimLinker("ck_claims")
    linker.lexicon["source_lemmas"].append("opine")
    linker._compile()
    linker.to_disk(tmp_path / "ck_claims")
    restored = ClaimLinker("ck_claims").from_disk(tmp_path / "ck_claims")
    assert isinstance(restored, ClaimLinker)
    assert "opine" in restored.source_lemmas
