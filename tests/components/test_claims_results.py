"""Issue 15 on the model: losses reported, acts with no agent, headlines.

Entities are fixed by hand (as in ``test_claims.py``). Sentences are the
project's own, with invented companies; each positive has a negative beside
it in the same shape.
"""

from __future__ import annotations

from typing import Any

import pytest

from claimkit.components.claims import find_claims
from tests.components.test_claims import _name_of, _with_entities

CASES: list[tuple[str, str, dict[str, str], dict[str, dict[str, Any]]]] = [
    # A sum reported lost is a loss (a level), not a fall.
    (
        "loss-reported-losing",
        "Vanta Motors reported losing $3.1 billion in the second quarter.",
        {"Vanta Motors": "ORG"},
        {"$3.1 billion": {"change": None, "concept_key": "loss"}},
    ),
    (
        "loss-net-and-per-share",
        "Vanta Motors said it had lost a net $2.2 billion, or $4.10 per share.",
        {"Vanta Motors": "ORG"},
        {"$2.2 billion": {"change": None}, "$4.10 per share": {"change": None}},
    ),
    (
        "loss-period",
        "Vanta Motors announced it has lost $900 million in the first quarter of 2011.",
        {"Vanta Motors": "ORG"},
        {"$900 million": {"change": None, "concept_key": "loss"}},
    ),
    (
        "loss-noun-beside-losing",
        "Vanta reported losing $1.2 billion in the quarter and a total loss of "
        "$5.5 billion for the year.",
        {"Vanta": "ORG"},
        {"$5.5 billion": {"change": None, "concept_key": "total loss"}},
    ),
    # A value lost, or nothing that says it was a result: still a fall.
    (
        "fall-value-lost-in-a-day",
        "Korvel lost nearly $300 billion on Tuesday.",
        {"Korvel": "ORG"},
        {"nearly $300 billion": {"change": "down", "concept_key": None}},
    ),
    (
        "fall-market-value-last-year",
        "Korvel lost $40 billion in market value last year.",
        {"Korvel": "ORG"},
        {"$40 billion": {"change": "down", "concept_key": None}},
    ),
    (
        "fall-shares-lost-in-the-quarter",
        "Korvel shares lost $3.20 in the quarter.",
        {"Korvel": "ORG"},
        {"$3.20": {"change": "down"}},
    ),
    # An act written with no agent is the article's organization's, when the
    # sentence or the one before names it as the main subject.
    (
        "agentless-cut-after-it",
        "Brenner Motors makes trucks in Ohio. Brenner Motors said on Monday it "
        "would cut 3,000 jobs. It also plans to close a plant. About 6,000 "
        "production jobs will be cut in the U.S., 1,500 production jobs in "
        "Canada, and 800 salaried jobs.",
        {"Brenner Motors": "ORG"},
        {
            "About 6,000 production jobs": {"subject": "Brenner Motors"},
            "1,500 production jobs": {"subject": "Brenner Motors"},
            "800 salaried jobs": {"subject": "Brenner Motors"},
        },
    ),
    (
        "agentless-participle-after-a-thing",
        "Brenner Motors makes trucks. Brenner Motors has announced deep cuts. "
        "The move adds to plans in which 9 plants closed by 2014.",
        {"Brenner Motors": "ORG"},
        {"9 plants": {"subject": "Brenner Motors"}},
    ),
    (
        "agentless-not-another-main-subject",
        "Brenner Motors makes trucks. Brenner Motors said demand fell. "
        "Halden Bank approved a loan to Brenner Motors. About 900 jobs will be cut.",
        {"Brenner Motors": "ORG", "Halden Bank": "ORG"},
        {"About 900 jobs": {"subject": None}},
    ),
    (
        "agentless-not-with-an-agent",
        "Brenner Motors makes trucks. Brenner Motors said demand fell. "
        "Ten stores were closed by the regulator.",
        {"Brenner Motors": "ORG"},
        {"Ten stores": {"subject": None}},
    ),
    (
        "agentless-not-an-act",
        "Brenner Motors makes trucks. Brenner Motors said demand fell. "
        "About 40 workers were injured in the fire.",
        {"Brenner Motors": "ORG"},
        {"About 40 workers": {"subject": None}},
    ),
    (
        "agentless-not-a-lesser-organization",
        "Brenner Motors makes trucks. Brenner Motors said demand fell. "
        "Brenner Motors hired staff. Colt Tools said sales fell. "
        "About 90 jobs will be cut.",
        {"Brenner Motors": "ORG", "Colt Tools": "ORG"},
        {"About 90 jobs": {"subject": None}},
    ),
    # Headlines, whose parse fails: one organization, a verb chain, its act.
    (
        "headline-plans-to",
        "US retailer Marlow plans to close 600 stores\n\nMay 2, 2012\n"
        "Marlow said on Monday that it would shut about 600 of its stores.",
        {"Marlow": "ORG"},
        {"600 stores": {"subject": "Marlow"}},
    ),
    (
        "headline-own-measure",
        "Marlow Group clothing sales plunge by 38%\n\nMay 2, 2012\n"
        "Marlow Group said trade was weak.",
        {"Marlow Group": "ORG"},
        {"38%": {"subject": "Marlow Group"}},
    ),
    (
        "headline-not-a-rival",
        "Marlow rival to buy 20 stores\n\nMay 2, 2012\nMarlow said trade was weak.",
        {"Marlow": "ORG"},
        {"20 stores": {"subject": None}},
    ),
    (
        "headline-not-what-it-says-of-another",
        "Marlow says rival to cut 800 jobs\n\nMay 2, 2012\nMarlow said so.",
        {"Marlow": "ORG"},
        {"800 jobs": {"subject": None}},
    ),
    # A shareholding written with "by" is its holder's, never the company's.
    (
        "stake-owned-by",
        "The new Colt will be owned 40 percent by the Machinists Union, nine "
        "percent by the Ohio Pension Fund and three percent by Brenner Group.",
        {
            "Colt": "ORG",
            "Machinists Union": "ORG",
            "Ohio Pension Fund": "ORG",
            "Brenner Group": "ORG",
        },
        {
            "40 percent": {"subject": "Machinists Union"},
            "nine percent": {"subject": "Ohio Pension Fund"},
            "three percent": {"subject": "Brenner Group"},
        },
    ),
    (
        "stake-owned-by-no-name",
        "The new Colt will be owned 40 percent by its workers.",
        {"Colt": "ORG"},
        {"40 percent": {"subject": None}},
    ),
    (
        "stake-given-to-the-company",
        "Brenner Group bought shares in Colt, which would give the Swiss company "
        "a 61 percent stake in Colt.",
        {"Brenner Group": "ORG", "Colt": "ORG"},
        {"61 percent": {"subject": "Brenner Group"}},
    ),
    (
        "stake-given-to-an-unresolved-company",
        "Brenner Group sold shares in Colt, which would give a Swiss company "
        "a 61 percent stake in Colt.",
        {"Brenner Group": "ORG", "Colt": "ORG"},
        {"61 percent": {"subject": None}},
    ),
    # Prices, per-share figures, forecasts.
    (
        "price-paid-for-a-thing-is-the-things",
        "Brenner Group will pay $61 million for a 70 percent stake in the mill.",
        {"Brenner Group": "ORG"},
        {"$61 million": {"concept_key": "stake"}},
    ),
    (
        "price-not-for-an-act",
        "Brenner Group will pay $6 million for breaching the rules.",
        {"Brenner Group": "ORG"},
        {"$6 million": {"concept_key": None}},
    ),
    (
        "per-share-takes-the-sum-before",
        "Brenner Group had reported a loss of $215 million, or $0.41 per share.",
        {"Brenner Group": "ORG"},
        {"$0.41 per share": {"subject": "Brenner Group", "concept_key": "loss"}},
    ),
    (
        "per-share-equates",
        "Brenner Group's profits equate to 31 cents per share.",
        {"Brenner Group": "ORG"},
        {"31 cents per share": {"concept_key": "profit"}},
    ),
    (
        "forecast-object-not-forecaster",
        "Analysts had forecast the group's losses to be over $2.9 billion.",
        {},
        {"over $2.9 billion": {"concept_key": "loss"}},
    ),
    (
        "plunge-is-no-measure",
        "Colt was worst hit, with a plunge of 38%.",
        {"Colt": "ORG"},
        {"38%": {"concept_key": None}},
    ),
    (
        "forecast-object-owner-is-the-subject",
        "Colt Motors reported results. Most analysts had forecast the "
        "automaker's losses to be over $2.9 billion, or $5.12 per share.",
        {"Colt Motors": "ORG"},
        {
            "over $2.9 billion": {"subject": "Colt Motors", "concept_key": "loss"},
            "$5.12 per share": {"subject": "Colt Motors", "concept_key": "loss"},
        },
    ),
    # A figure in brackets right after a name is that name's.
    (
        "bracketed-after-a-name",
        "It ranks after the failures of Harlow Bank ($61.2 billion) and "
        "Tenby Savings ($32.8 billion).",
        {"Harlow Bank": "ORG", "Tenby Savings": "ORG"},
        {
            "$61.2 billion": {"subject": "Harlow Bank"},
            "$32.8 billion": {"subject": "Tenby Savings"},
        },
    ),
    (
        "bracketed-not-a-conversion",
        "Harlow Bank lost a sum of $4 billion (£3.1 billion) in the year.",
        {"Harlow Bank": "ORG"},
        {"£3.1 billion": {"subject": "Harlow Bank"}},
    ),
    # How long someone has been with an organization.
    (
        "tenure-with-an-organization",
        "Nora Pell, 48, has been with Colt Motors for 21 years.",
        {"Nora Pell": "PERSON", "Colt Motors": "ORG"},
        {"21 years": {"concept_key": "tenure"}},
    ),
    (
        "tenure-not-talks-with",
        "Colt Motors has been in talks with Brenner Group for 3 years.",
        {"Colt Motors": "ORG", "Brenner Group": "ORG"},
        {"3 years": {"concept_key": None}},
    ),
    (
        "tenure-not-a-place",
        "Nora Pell has lived in Lisbon for 21 years.",
        {"Nora Pell": "PERSON"},
        {"21 years": {"concept_key": "live"}},
    ),
    # A share of a company itself that is traded or held is a stake.
    (
        "stake-of-a-company",
        "Brenner Group agreed to buy 27% of Colt Motors, which owns 80% of Tarn Oil.",
        {"Brenner Group": "ORG", "Colt Motors": "ORG", "Tarn Oil": "ORG"},
        {"27%": {"concept_key": "stake"}, "80%": {"concept_key": "stake"}},
    ),
    (
        "stake-not-a-measure-of-it",
        "Brenner Group sold 27% of Colt Motors's trucks.",
        {"Brenner Group": "ORG", "Colt Motors": "ORG"},
        {"27%": {"concept_key": "truck"}},
    ),
    # "The firm" far from any name is the article's one organization.
    (
        "the-firm-is-the-only-organization",
        "Kestrel Sports sells shoes in Ohio. Demand was strong in the spring. "
        "Shoppers bought more boots than last year. Prices held steady. "
        "The firm reported orders of $3.2bn for the winter.",
        {"Kestrel Sports": "ORG"},
        {"$3.2bn": {"subject": "Kestrel Sports"}},
    ),
    (
        "the-firm-not-with-two-organizations",
        "Kestrel Sports sells shoes in Ohio. Demand was strong in the spring. "
        "Shoppers bought more boots than Dunlin Outdoor sold. Prices held steady. "
        "The firm reported orders of $3.2bn for the winter.",
        {"Kestrel Sports": "ORG", "Dunlin Outdoor": "ORG"},
        {"$3.2bn": {"subject": None}},
    ),
    # A name on a line of its own above the dateline is the writer's byline.
    (
        "byline-is-no-subject",
        "U.S. SHIPS WAIT.\n\nTom Farrow\nWASHINGTON 1996-03-12\nMore than 40 U.S. "
        "warships and 12 submarines were available on Saturday in case the "
        "president ordered an attack.\n",
        {"Tom Farrow": "PERSON"},
        {
            "More than 40 U.S. warships": {"subject": None},
            "12 submarines": {"subject": None},
        },
    ),
    (
        "name-on-its-own-line-and-in-a-sentence-stays",
        "ORDERS.\n\nVanta Motors\nDETROIT 1996-03-12\nVanta Motors sold 4,000 trucks "
        "in March.\n",
        {"Vanta Motors": "ORG"},
        {"4,000 trucks": {"subject": "Vanta Motors"}},
    ),
    # The place of a dateline line is where the story was filed.
    (
        "dateline-place-is-no-subject",
        "SQUAD NAMED.\n\nVILAMAR 1996-03-12\nVilamar's new coach called up six "
        "players from the champions on Friday.\n",
        {"VILAMAR": "GPE"},
        {"six players": {"subject": None}},
    ),
    (
        "place-named-in-a-sentence-stays",
        "SQUAD NAMED.\n\nVILAMAR 1996-03-12\nVILAMAR hired 40 teachers on Friday.\n",
        {"VILAMAR": "GPE"},
        {"40 teachers": {"subject": "VILAMAR"}},
    ),
    # A concept is written on the figure's own line, never a heading above it.
    (
        "concept-not-from-a-heading-line",
        "MARKETS\nThe dollar was at 1.5120 marks and 104.20 yen at the close.\n",
        {},
        {"1.5120 marks": {"concept_key": None}, "104.20 yen": {"concept_key": None}},
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "entities", "expected"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_claims_results_acts_headlines(
    nlp, text: str, entities: dict[str, str], expected: dict[str, dict[str, Any]]
) -> None:
    check_claims(nlp, text, entities, expected)


def check_claims(
    nlp, text: str, entities: dict[str, str], expected: dict[str, dict[str, Any]]
) -> None:
    """Each figure's claim has the fields ``expected`` gives it (subject by
    name; change; concept; concept_key), with ``entities`` fixed by hand."""
    doc = _with_entities(
        nlp, text, {name: [label, name] for name, label in entities.items()}
    )
    claims = {c["text"]: c for c in find_claims(doc, nlp.get_pipe("ck_claims"))}
    for figure, want in expected.items():
        claim = claims[figure]
        got = {
            "subject": _name_of(doc, claim["subject"]),
            "change": claim["quantity"]["change"],
            "concept": claim.get("concept"),
            "concept_key": claim.get("concept_key"),
        }
        assert {k: got[k] for k in want} == want, figure
