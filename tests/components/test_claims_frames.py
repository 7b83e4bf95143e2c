"""Issue 15 on modern US news: what a sum's verb or frame measures, the period
of a rate written beside a figure, whose a poll share is, and conditions about
a person that make a figure no claim. Sentences are the project's own; each
rule has negatives beside it.
"""

from __future__ import annotations

from typing import Any

import pytest

from claimkit.components.claims import find_claims
from tests.components.test_claims import _name_of, _with_entities


def _claims(nlp, text: str, entities: dict[str, str]) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    doc = _with_entities(
        nlp, text, {name: [label, name] for name, label in entities.items()}
    )
    found = find_claims(doc, nlp.get_pipe("ck_claims"))
    for claim in found:
        claim["subject_name"] = _name_of(doc, claim["subject"])
    return found


def _one(claims: list[dict[str, Any]], text: str) -> dict[str, Any]:
    hits = [c for c in claims if c["text"] == text]
    assert len(hits) == 1, [c["text"] for c in claims]
    return hits[0]


# (id, text, entities, figure, concept, key)
CONCEPTS = [
    (
        "raised",
        "Velmont Action raised $16 million in March.",
        {"Velmont Action": "ORG"},
        "$16 million",
        "raised",
        "raise",
    ),
    (
        "donated",
        "Tom Reid donated $20,000 to the campaign.",
        {"Tom Reid": "PERSON"},
        "$20,000",
        "donated",
        "donation",
    ),
    (
        "gave-keys-as-its-lemma",
        "Tom Reid gave $2,000 to the campaign.",
        {"Tom Reid": "PERSON"},
        "$2,000",
        "gave",
        "give",
    ),
    (
        "makes-earnings",
        "Tom Reid makes up to $560,000 a year from speeches.",
        {"Tom Reid": "PERSON"},
        "up to $560,000 a year",
        "makes",
        "earnings",
    ),
    (
        "received",
        "Tom Reid received $30,000 for the column.",
        {"Tom Reid": "PERSON"},
        "$30,000",
        "received",
        "receipt",
    ),
    (
        "worth-person",
        "Ann Holt says she is worth $10 billion.",
        {"Ann Holt": "PERSON"},
        "$10 billion",
        "worth",
        "worth",
    ),
    (
        "worth-thing-not-worth",
        "The contract is worth $40 million.",
        {},
        "$40 million",
        "contract",
        "contract",
    ),
    (
        "in-the-bank",
        "The campaign had $19 million in the bank at the end of March.",
        {},
        "$19 million",
        "in the bank",
        "cash",
    ),
    (
        "in-debt",
        "The utility is $2 billion in debt.",
        {},
        "$2 billion",
        "utility",
        "utility",
    ),
    (
        "margin-of-error",
        "The margin of error is plus or minus 4.1 percentage points.",
        {},
        "4.1 percentage points",
        "margin of error",
        "margin error",
    ),
    (
        "noun-a-value-verb-participle-hangs-on",
        "Its chairman made four donations totaling $2.35 million.",
        {},
        "$2.35 million",
        "donations",
        "donation",
    ),
    (
        "of-a-determined-noun-not-joined",
        "The cost of the project is $40 million.",
        {},
        "$40 million",
        "cost",
        "cost",
    ),
    (
        "for-before-the-verb-no-act",
        "For every $10,000 you borrow, you repay a further 1 percent of income.",
        {},
        "$10,000",
        None,
        None,
    ),
    (
        "margin-of-error-of",
        "The survey had a margin of error of plus or minus 2.4 percentage points.",
        {},
        "2.4 percentage points",
        "margin of error",
        "margin error",
    ),
    (
        "rate-of-inflation",
        "The rate of inflation rose 3 percent.",
        {},
        "3 percent",
        "rate of inflation",
        "rate inflation",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "entities", "figure", "concept", "key"),
    [pytest.param(*c[1:], id=c[0]) for c in CONCEPTS],
)
def test_frame_concepts(nlp, text, entities, figure, concept, key) -> None:  # type: ignore[no-untyped-def]
    claim = _one(_claims(nlp, text, entities), figure)
    assert (claim["concept"], claim["concept_key"]) == (concept, key)


# (id, text, figure, per)
PERIODS = [
    ("annually", "Brenmark will save $46 million annually.", "$46 million", "year"),
    (
        "each-year",
        "The county spends $2 million on parks each year.",
        "$2 million",
        "year",
    ),
    (
        "no-period-last-year",
        "Brenmark saved $46 million last year.",
        "$46 million",
        None,
    ),
    (
        "supplied-with",
        "Qatar will supply India with 7.5 million tonnes of gas annually.",
        "7.5 million tonnes",
        "year",
    ),
    (
        "with-before-the-verb-frames",
        "With $5 million in the bank, the club signs two players each year.",
        "$5 million",
        None,
    ),
    ("minimum-wage", "Workers at the depot want a $15 minimum wage.", "$15", "h"),
    (
        "minimum-wage-of",
        "The federal minimum wage of $7.25 has not changed.",
        "$7.25",
        "h",
    ),
    (
        "minimum-wage-bill-cost",
        "The minimum wage bill will cost $150 million.",
        "$150 million",
        None,
    ),
    (
        "framing-for-not-the-verbs",
        "For every $10,000 you borrow, you repay a further 1 percent of income each year.",
        "$10,000",
        None,
    ),
    (
        "annual-benefit",
        "The bill gives retirees a $500 annual benefit.",
        "$500",
        "year",
    ),
    ("monthly-fee", "Members pay a monthly fee of $30.", "$30", "month"),
    (
        "annual-revenue-no-per",
        "Corvia reported annual revenue of $5 billion.",
        "$5 billion",
        None,
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "figure", "per"), [pytest.param(*c[1:], id=c[0]) for c in PERIODS]
)
def test_period_per(nlp, text, figure, per) -> None:  # type: ignore[no-untyped-def]
    assert _one(_claims(nlp, text, {}), figure)["quantity"]["per"] == per


POLLS = {"Ann Holt": "PERSON", "Tom Reid": "PERSON"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        pytest.param(
            "The survey showed Ann Holt leading Tom Reid, 46 percent to 44 percent.",
            "44 percent",
            "Tom Reid",
            id="score-rival",
        ),
        pytest.param(
            "Ann Holt won 55 percent to 45 percent.",
            "45 percent",
            None,
            id="score-no-rival-nobody",
        ),
        pytest.param(
            "Ann Holt won 55 percent to 45 percent.",
            "55 percent",
            "Ann Holt",
            id="score-leader",
        ),
        pytest.param(
            "Support for Ann Holt rose from 40 percent to 45 percent.",
            "from 40 percent to 45 percent",
            "Ann Holt",
            id="change-not-score",
        ),
        pytest.param(
            "Ann Holt led with 42 percent, followed by Tom Reid at 23 percent.",
            "23 percent",
            "Tom Reid",
            id="followed-by",
        ),
    ],
)
def test_poll_subjects(nlp, text, figure, subject) -> None:  # type: ignore[no-untyped-def]
    assert _one(_claims(nlp, text, POLLS), figure)["subject_name"] == subject


# Keys no word of the text names: a candidate's share in a poll frame
# measures their support, an age its "age"; a margin, a share of something
# else, one whose concept the text names, or a span of time keeps its own.
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "figure", "key"),
    [
        pytest.param(
            "A new survey puts Ann Holt at 35% and Tom Reid at 20%.",
            "20%",
            "support",
            id="at",
        ),
        pytest.param(
            "Ann Holt led with 42 percent, followed by Tom Reid at 23 percent.",
            "42 percent",
            "support",
            id="led-with",
        ),
        pytest.param(
            "Tom Reid took 30 percent, while Ann Holt won 25 percent.",
            "25 percent",
            "support",
            id="won",
        ),
        pytest.param(
            "The survey showed Ann Holt leading Tom Reid, 46 percent to 44 percent.",
            "44 percent",
            "support",
            id="score",
        ),
        pytest.param(
            "Ann Holt beats Tom Reid by 46 percent to 42 percent, the survey found.",
            "46 percent",
            "support",
            id="by-score",
        ),
        pytest.param(
            "Ann Holt leads Tom Reid by 5 percent in the survey.",
            "5 percent",
            None,
            id="by-margin-not-support",
        ),
        pytest.param(
            "Ann Holt is up 9 percentage points in the survey.",
            "9 percentage points",
            None,
            id="margin-not-support",
        ),
        pytest.param(
            "Ann Holt receives 20% of the profits from the farm.",
            "20%",
            "profit",
            id="share-of-something-else",
        ),
        pytest.param(
            "Ann Holt's approval rating fell to 35%.",
            "35%",
            "approval rating",
            id="named-concept",
        ),
        pytest.param("Ann Holt, 43, runs the farm.", "43", "age", id="apposed"),
        pytest.param(
            "The farm hired a 27-year-old cook.", "27-year-old", "age", id="year-old"
        ),
        pytest.param(
            "The poet, who died aged 31 in 1890, was born here.",
            "31",
            "age",
            id="aged",
        ),
        pytest.param(
            "Ann Holt and Tom Reid, 27 and 29 years old, ran the farm.",
            "29 years",
            "age",
            id="years-old",
        ),
        pytest.param(
            "The rule covers 18- to 24-year-old drivers.",
            "18- to 24-year-old",
            "age",
            id="range",
        ),
        pytest.param(
            "Ann Holt ran the farm for 43 years.",
            "43 years",
            "run farm",
            id="span-of-time",
        ),
    ],
)
def test_implied_concept_keys(nlp, text, figure, key) -> None:  # type: ignore[no-untyped-def]
    claim = _one(_claims(nlp, text, POLLS), figure)
    assert claim["concept_key"] == key


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "figures"),
    [
        pytest.param("Even if I got two years, I would fight on.", [], id="even-if"),
        pytest.param(
            "If they wait six months, the price of 300 homes will rise.",
            ["300 homes"],
            id="if-person",
        ),
        pytest.param(
            "The regulator can delist a company if its debt exceeds its assets "
            "for two years.",
            ["two years"],
            id="rule-condition-kept",
        ),
        pytest.param(
            "The star will not play unless he is paid $5 million.",
            ["$5 million"],
            id="unless-kept",
        ),
        pytest.param(
            "If approved, the $5 billion deal would create 300 jobs.",
            ["$5 billion", "300 jobs"],
            id="main-clause-kept",
        ),
    ],
)
def test_conditions(nlp, text, figures) -> None:  # type: ignore[no-untyped-def]
    assert [c["text"] for c in _claims(nlp, text, {})] == figures


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        pytest.param(
            "The poll's margin of error is plus or minus 4.1 percentage points.",
            "4.1 percentage points",
            4.1,
            id="plus-or-minus-a-margin",
        ),
        pytest.param(
            "Overnight it was minus 4 degrees in the valley.",
            "minus 4 degrees",
            -4.0,
            id="minus-a-negative",
        ),
    ],
)
def test_plus_or_minus(nlp, text, figure, value) -> None:  # type: ignore[no-untyped-def]
    assert _one(_claims(nlp, text, {}), figure)["quantity"]["value"] == value


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "entities", "figure", "subject"),
    [
        pytest.param(
            "Halvard Research estimates Ann Holt's fortune at about $42 billion.",
            {"Halvard Research": "ORG", "Ann Holt": "PERSON"},
            "about $42 billion",
            "Ann Holt",
            id="owner-of-the-object-set",
        ),
        pytest.param(
            "Halvard Research estimates the market at about $42 billion.",
            {"Halvard Research": "ORG"},
            "about $42 billion",
            "Halvard Research",
            id="no-owner-the-clause-subject",
        ),
    ],
)
def test_object_owner(nlp, text, entities, figure, subject) -> None:  # type: ignore[no-untyped-def]
    assert _one(_claims(nlp, text, entities), figure)["subject_name"] == subject
