"""Golden tests of quantity subjects that stand for the article's topic
organization ("the firm", "it" with no organization named near) and of a
measure after a superlative ("a season's best of 6.71m")."""

from __future__ import annotations

import pytest

from claimkit.components.claims import find_claims
from tests.components.test_claims import _name_of, _with_entities

_FOUNDED = (
    "Orvane Systems was founded in Leeds in 1998. Orvane Systems sold its "
    "first scanner a year later. Investors backed Orvane Systems again in "
    "2001. "
)

CASES = [
    # a definite organization noun, no organization named near: the topic
    (
        _FOUNDED + "A second round of funding followed in the spring. "
        "Now the firm employs 2,300 people.",
        {"Orvane Systems": "ORG"},
        "2,300 people",
        "Orvane Systems",
    ),
    # another organization named in the sentence before: perhaps that one
    (
        _FOUNDED + "Later a stake was sold to Brightwell Capital. "
        "Now the firm employs 2,300 people.",
        {"Orvane Systems": "ORG", "Brightwell Capital": "ORG"},
        "2,300 people",
        None,
    ),
    # no organization the article names most often
    (
        "Orvane Systems was founded in 1998. Brightwell Capital was founded "
        "in 1999. Orvane Systems grew fast. Brightwell Capital grew too. "
        "Funding was scarce that year. Prices fell. Now the firm employs "
        "2,300 people.",
        {"Orvane Systems": "ORG", "Brightwell Capital": "ORG"},
        "2,300 people",
        None,
    ),
    # "it" after a sentence whose main subject is "it"
    (
        _FOUNDED + "For years the firm was a leading maker of scanners. "
        "It has since moved into hotels and holiday parks. "
        "It now owns 41 hotels.",
        {"Orvane Systems": "ORG"},
        "41 hotels",
        "Orvane Systems",
    ),
    # "it" after a sentence about a thing: the thing's
    (
        _FOUNDED + "Its new game won praise from critics. It collected six awards.",
        {"Orvane Systems": "ORG"},
        "six awards",
        None,
    ),
    # "it" after an "it" that is a thing
    (
        _FOUNDED + "Its new game went on sale in May. It is a big hit. "
        "It sold 40,000 copies.",
        {"Orvane Systems": "ORG"},
        "40,000 copies",
        None,
    ),
    # "it" after a sentence about another organization, one the base model
    # reads as a place too: that one's
    (
        _FOUNDED + "Its Karvask unit was put up for sale. Karvask was sold to "
        "pay a tax bill. It was bought for $9bn by a little-known group.",
        {"Orvane Systems": "ORG", "Karvask": "ORG"},
        "$9bn",
        None,
    ),
    # a measure after a superlative is its value
    (
        "Mara Quinn leapt to a season's best of 6.71m in Glasgow.",
        {"Mara Quinn": "PERSON"},
        "6.71m",
        "Mara Quinn",
    ),
    # a count after a superlative is the set it picks from
    (
        "Mara Quinn won the first of three races in Glasgow.",
        {"Mara Quinn": "PERSON"},
        "three races",
        None,
    ),
]


@pytest.mark.model
@pytest.mark.parametrize("text,entities,figure,subject", CASES)
def test_claims_topic_subjects(
    nlp, text: str, entities: dict[str, str], figure: str, subject: str | None
) -> None:
    doc = _with_entities(
        nlp, text, {name: [label, name] for name, label in entities.items()}
    )
    claims = {
        c["text"]: _name_of(doc, c["subject"])
        for c in find_claims(doc, nlp.get_pipe("ck_claims"))
    }
    assert claims[figure] == subject
