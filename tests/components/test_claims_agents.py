"""Subjects by who does a figure (subject_agents.py) and names that make a
vague concept one thing ("the Dow Jones industrial average").

Entities are fixed by hand (as in ``test_claims.py``); each entity maps to its
label and every surface that mentions it (a resolved "Her" included).
Sentences, names and figures are the project's own.
"""

from __future__ import annotations

from typing import Any

import pytest

from claimkit.components.claims import find_claims
from tests.components.test_claims import _name_of, _with_entities
from tests.components.test_claims_concepts import check_claims

CASES: list[tuple[str, str, dict[str, list[str]], list[dict[str, Any]]]] = [
    (
        "agent-of-a-participle-on-the-figure",
        "The deal dwarfs the $310m announced by rival Norvex Corp in May.",
        {"n": ["ORG", "Norvex Corp"]},
        [{"text": "$310m", "subject": "Norvex Corp"}],
    ),
    (
        "agent-of-a-participle-on-the-figure's-noun",
        "A $5bn offer made by Calder Mining was turned down.",
        {"c": ["ORG", "Calder Mining"]},
        [{"text": "$5bn", "subject": "Calder Mining", "concept": "offer"}],
    ),
    (
        "agent-of-a-passive-figure",
        "About 3,000 jobs will be cut by Halvern Steel.",
        {"h": ["ORG", "Halvern Steel"]},
        [{"text": "About 3,000 jobs", "subject": "Halvern Steel"}],
    ),
    (
        "no-agent-that-forecasts",
        "A 2% rise forecast by the Pellam Institute never came.",
        {"p": ["ORG", "Pellam Institute"]},
        [{"text": "2%", "subject": None}],
    ),
    (
        "no-agent-that-rejects",
        "The $8bn bid rejected by Corvel Shipping was the highest.",
        {"c": ["ORG", "Corvel Shipping"]},
        [{"text": "$8bn", "subject": None}],
    ),
    (
        "no-agent-that-imposes",
        "The $9m fine imposed by the Trade Board was appealed.",
        {"t": ["ORG", "Trade Board"]},
        [{"text": "$9m", "subject": None}],
    ),
    (
        "name-on-jobs-an-act-creates",
        "The plan will create 2,500 new Brightair jobs in the north.",
        {"b": ["ORG", "Brightair"]},
        [{"text": "2,500 new Brightair jobs", "subject": "Brightair"}],
    ),
    (
        "maker-on-a-product-is-no-owner",
        "The contract covers six Aerovane A40 aircraft.",
        {"a": ["ORG", "Aerovane"]},
        [{"text": "six Aerovane A40 aircraft", "subject": None}],
    ),
    (
        "jobs-to-go-at-an-organization",
        "Up to 2,500 jobs are to go at Orvane Group in a shake-up.",
        {"o": ["ORG", "Orvane Group"]},
        [{"text": "Up to 2,500 jobs", "subject": "Orvane Group"}],
    ),
    (
        "jobs-at-an-organization's-plant",
        "Some 2,000 jobs at Halvern Steel's Leeds plant may be cut.",
        {"h": ["ORG", "Halvern Steel"]},
        [{"text": "Some 2,000 jobs", "subject": "Halvern Steel"}],
    ),
    (
        "no-place-at-a-verb-of-no-work",
        "About 300 passengers were delayed at Kelby Airways on Monday.",
        {"k": ["ORG", "Kelby Airways"]},
        [{"text": "About 300 passengers", "subject": None}],
    ),
    (
        "her-warnings-own-no-fraud",
        "Jane Corrigan left in May. Her warnings led to the discovery of a $4bn fraud.",
        {"j": ["PERSON", "Jane Corrigan", "Her"]},
        [{"text": "$4bn", "subject": None}],
    ),
    (
        "her-pay-is-hers",
        "Jane Corrigan left in May. Her pay rose to $1m last year.",
        {"j": ["PERSON", "Jane Corrigan", "Her"]},
        [{"text": "$1m", "subject": "Jane Corrigan"}],
    ),
    (
        "his-record-in-games-is-his",
        "Tom Reid left in May. His record read 13 wins in 49 games.",
        {"t": ["PERSON", "Tom Reid", "His"]},
        [{"text": "13 wins"}, {"text": "49 games", "subject": "Tom Reid"}],
    ),
    (
        "no-agent-for-an-age",
        "The three-year-old, ridden by Tom Reid, won by a head.",
        {"t": ["PERSON", "Tom Reid"]},
        [{"text": "three-year-old", "subject": None}],
    ),
    (
        "titled-average-keeps-its-name",
        "The Dow Jones industrial average fell 31.44 points on Friday.",
        {},
        [{"text": "31.44 points", "concept": "Dow Jones industrial average"}],
    ),
    (
        "titled-average-not-a-number-before-a-hyphen",
        "The key 225-share Nikkei average shed 156.65 points.",
        {},
        [{"text": "156.65 points", "concept": "Nikkei average"}],
    ),
    (
        "untitled-average-stays-vague",
        "Rainfall was 21% above the average of the past five years.",
        {},
        [{"text": "21%", "concept": None}, {"text": "five years"}],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "entities", "expected"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_claims_agents_and_titled_concepts(
    nlp, text: str, entities: dict[str, list[str]], expected: list[dict[str, Any]]
) -> None:
    check_claims(nlp, text, entities, expected)


@pytest.mark.model
def test_claims_postposed_speaker_is_no_later_subject(nlp) -> None:
    # A line break the parser does not end the sentence at: the speaker after
    # "said" is not the subject of the bond's fall.
    text = (
        '"The figures were strong," said Tom Bright, analyst at Halvern Securities'
        " Inc.\nCanada's bond fell C$0.45 to C$101.15."
    )
    doc = _with_entities(
        nlp,
        text,
        {"t": ["PERSON", "Tom Bright"], "h": ["ORG", "Halvern Securities Inc."]},
    )
    claims = find_claims(doc, nlp.get_pipe("ck_claims"))
    assert {c["text"]: _name_of(doc, c["subject"]) for c in claims} == {
        "C$0.45": None,
        "C$101.15": None,
    }


@pytest.mark.model
def test_claims_speaker_before_said_keeps_the_reported_subject(nlp) -> None:
    text = "Orvane Group said Halvern Steel's shares fell 5% on Monday."
    doc = _with_entities(
        nlp, text, {"o": ["ORG", "Orvane Group"], "h": ["ORG", "Halvern Steel"]}
    )
    (claim,) = find_claims(doc, nlp.get_pipe("ck_claims"))
    assert _name_of(doc, claim["subject"]) == "Halvern Steel"
