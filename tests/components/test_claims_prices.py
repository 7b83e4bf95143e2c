"""Issue 15 on the model: what a price, a delay and a specification measure,
whose figure "it" and "the company" make it past a name that only modifies a
noun, and numbers that are no figure (a determiner "1", a count written
before a sum).

Entities are fixed by hand (as in ``test_claims.py``). Sentences are the
project's own, with invented companies and products; each positive has a
negative beside it in the same shape.
"""

from __future__ import annotations

from typing import Any

import pytest

from claimkit.components.claims import find_claims
from tests.components.test_claims_results import check_claims

CASES: list[tuple[str, str, dict[str, str], dict[str, dict[str, Any]]]] = [
    # A price is the value of the thing priced.
    (
        "price-subject-of-cost",
        "The new handset costs $649 in Europe.",
        {},
        {"$649": {"concept": "new handset"}},
    ),
    (
        "price-each-ticket-costs",
        "Each ticket to the show costs £45.",
        {},
        {"£45": {"concept_key": "ticket"}},
    ),
    (
        "price-pronoun-that-costs-keeps-the-verb",
        "It will cost $5bn, Halden Bank said.",
        {"Halden Bank": "ORG"},
        {"$5bn": {"concept_key": "cost"}},
    ),
    (
        "price-of-what-sells-for",
        "Analysts say the unit could sell for up to £200m.",
        {},
        {"up to £200m": {"concept": "unit"}},
    ),
    (
        "price-of-what-retails-for",
        "The watch retails for $350.",
        {},
        {"$350": {"concept": "watch"}},
    ),
    (
        "price-of-what-is-offered-for",
        "The carrier offers seats for about $99.",
        {},
        {"about $99": {"concept": "seats", "concept_key": "seat"}},
    ),
    (
        "price-of-what-goes-on-sale-for",
        "The new tablet goes on sale for €299.",
        {},
        {"€299": {"concept": "new tablet"}},
    ),
    (
        "price-paid-for-a-thing-not-its-share",
        "Orvel will pay $45 million for a 30 percent stake in the plant.",
        {"Orvel": "ORG"},
        {"$45 million": {"concept": "stake"}},
    ),
    (
        "price-of-two-things-together-is-the-payment",
        "Buyers will pay £85 for a lamp and a desk together.",
        {},
        {"£85": {"concept_key": "price"}},
    ),
    (
        "price-paid-for-an-act-is-none",
        "Orvel will pay $6 million for breaching the rules.",
        {"Orvel": "ORG"},
        {"$6 million": {"concept": None}},
    ),
    (
        "price-bought-it-says-not-what",
        "Orvel bought it for $4bn.",
        {"Orvel": "ORG"},
        {"$4bn": {"concept": None}},
    ),
    # A specification is the value of the noun it modifies or its "of" names.
    (
        "specification-screen-and-memory",
        "The tablet has a 10.2-inch screen and 8GB of memory.",
        {},
        {"10.2-inch": {"concept": "screen"}, "8GB": {"concept": "memory"}},
    ),
    (
        "specification-held-by-a-relative-clause-noun",
        "The player, which can hold 20GB, costs $300.",
        {},
        {"20GB": {"concept": "player"}, "$300": {"concept": "player"}},
    ),
    (
        "specification-weighed",
        "The rover weighs 900kg.",
        {},
        {"900kg": {"concept": "rover"}},
    ),
    (
        "specification-of-a-pronoun-is-none",
        "It weighs 3kg.",
        {},
        {"3kg": {"concept": None}},
    ),
    # A delay measures what is put off.
    (
        "delay-passive-subject",
        "The opening of the bridge was delayed by four months.",
        {},
        {"four months": {"concept": "opening"}},
    ),
    (
        "delay-object",
        "The council postponed the vote by two weeks.",
        {},
        {"two weeks": {"concept": "vote"}},
    ),
    (
        "delay-participle",
        "The trial, delayed by 18 months, opens on Monday.",
        {},
        {"18 months": {"concept": "trial"}},
    ),
    (
        "delay-of-a-pronoun-is-none",
        "It was delayed by three days.",
        {},
        {"three days": {"concept": None}},
    ),
    (
        "duration-of-what-is-expected-to-last",
        "The hearing is expected to last three days.",
        {},
        {"three days": {"concept": "hearing"}},
    ),
    (
        "duration-of-what-a-relative-clause-says-lasts",
        "The roadworks, which will last nine days, start in May.",
        {},
        {"nine days": {"concept": "roadworks"}},
    ),
    (
        "a-sentence-is-no-delay",
        "He was jailed for two years.",
        {},
        {"two years": {"concept": "jailed"}},
    ),
    # "It" and "the company" past a name that only modifies a noun.
    (
        "subject-past-a-name-modifying-a-noun",
        "Dunmore Shipping cut its fares, which sent Tolvik shares down. "
        "The company said it would hire 300 workers.",
        {"Dunmore Shipping": "ORG", "Tolvik": "ORG"},
        {"300 workers": {"subject": "Dunmore Shipping"}},
    ),
    (
        "subject-past-a-name-in-a-phrase-is-unsure",
        "Dunmore Shipping opened a route with Tolvik Freight. "
        "The company said it would hire 300 workers.",
        {"Dunmore Shipping": "ORG", "Tolvik Freight": "ORG"},
        {"300 workers": {"subject": None}},
    ),
    (
        "subject-past-a-named-object-is-unsure",
        "Dunmore Shipping bought Tolvik Freight. It employs 300 workers.",
        {"Dunmore Shipping": "ORG", "Tolvik Freight": "ORG"},
        {"300 workers": {"subject": None}},
    ),
    (
        "subject-described-by-an-apposition",
        "Dunmore Shipping reported results on Monday. The firm, a leader in "
        "river freight, made a profit of $40m.",
        {"Dunmore Shipping": "ORG"},
        {"$40m": {"subject": "Dunmore Shipping"}},
    ),
    (
        "subject-an-apposition-names-is-not-the-one-before",
        "Dunmore Shipping reported results on Monday. The firm, the rival "
        "freight operator, made a profit of $40m.",
        {"Dunmore Shipping": "ORG"},
        {"$40m": {"subject": None}},
    ),
    (
        "duration-of-talks",
        "The deal came after 18 months of talks.",
        {},
        {"18 months": {"concept": "talks"}},
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "entities", "expected"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_claims_prices(
    nlp, text: str, entities: dict[str, str], expected: dict[str, dict[str, Any]]
) -> None:
    check_claims(nlp, text, entities, expected)


# (id, text, figures found, figures not found)
FIGURES = [
    ("count-before-a-sum", "The city will build 2 £1bn parks.", ["£1bn"], ["2 £"]),
    ("symbol-after-a-sum", "Tickets cost 20 € each.", ["20 €"], []),
    ("a-headline-one", "1 man dies in Rovan crash", [], ["1 man"]),
    ("a-title-and-its-number", "Gloom 3 players queued.", [], ["3 players"]),
    ("a-maker-and-its-model", "Orvel ordered Kestra 900 jets.", [], ["900 jets"]),
    ("a-count-after-a-name", "Orvel ordered 40 jets.", ["40 jets"], []),
    ("a-count-of-two", "2 men die in Rovan crash", ["2 men"], []),
]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "found", "absent"),
    [pytest.param(*case[1:], id=case[0]) for case in FIGURES],
)
def test_figures_found(nlp, text: str, found: list[str], absent: list[str]) -> None:
    texts = {c["text"] for c in find_claims(nlp(text), nlp.get_pipe("ck_claims"))}
    assert set(found) <= texts
    assert not set(absent) & texts
