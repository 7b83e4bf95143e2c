"""Issue 15 on the model: subjects by syntax and what each figure measures.

Entities are fixed by hand (as in ``test_claims.py``) so that the subject and
concept rules are checked against the data contract, not against what the
statistical NER happens to find. Sentences are the project's own.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from claimkit.components.claims import _lend_back, find_claims
from tests.components.test_claims import _name_of, _with_entities

CASES: list[tuple[str, str, dict[str, str], list[dict[str, Any]]]] = [
    (
        "concept-subject-of-lose-a-rate",
        "Shares of Tarvik Mining have lost seven percent since March.",
        {"Tarvik Mining": "ORG"},
        [{"text": "seven percent", "subject": "Tarvik Mining", "concept": "Shares"}],
    ),
    (
        "concept-subject-of-shed-points",
        "The main index shed 84 points on Friday.",
        {},
        [{"text": "84 points", "concept": "main index"}],
    ),
    (
        "concept-level-after-a-move-verb-and-its-rate",
        "Total revenues added 4% to 142bn euros.",
        {},
        [
            {"text": "4%", "concept": "Total revenues"},
            {"text": "142bn euros", "concept": "Total revenues"},
        ],
    ),
    (
        "concept-sum-a-move-verb-adds-to-a-noun-is-no-level",
        "The merger added $2bn to revenue.",
        {},
        [{"text": "$2bn", "concept": None}],
    ),
    (
        "concept-lost-money-is-no-measure-of-the-loser",
        "The pension fund lost $5m last year.",
        {},
        [{"text": "$5m", "concept": "lost"}],
    ),
    (
        "subject-clause",
        "Northjet carried 9.1 million passengers in June.",
        {"Northjet": "ORG"},
        [
            {
                "text": "9.1 million passengers",
                "subject": "Northjet",
                "concept": "passengers",
                "concept_key": "passenger",
            }
        ],
    ),
    (
        "subject-passive",
        "Halden Bank was fined £31m by the watchdog.",
        {"Halden Bank": "ORG"},
        [{"text": "£31m", "subject": "Halden Bank"}],
    ),
    (
        "subject-penalty-object",
        "Regulators fined Halden Bank £31m for lapses.",
        {"Halden Bank": "ORG"},
        [{"text": "£31m", "subject": "Halden Bank"}],
    ),
    (
        "subject-payment-object",
        "Vexor paid Lumo $20m last year.",
        {"Vexor": "ORG", "Lumo": "ORG"},
        [{"text": "$20m", "subject": "Lumo"}],
    ),
    (
        "subject-possessor",
        "Corvane's £500m investment in stores paid off.",
        {"Corvane": "ORG"},
        [
            {
                "text": "£500m",
                "subject": "Corvane",
                "concept": "investment",
                "concept_key": "investment",
            }
        ],
    ),
    (
        "concept-change-verb",
        "Revenue rose 8% to €6.1 billion.",
        {},
        [
            {"text": "8%", "subject": None, "concept": "Revenue"},
            {"text": "€6.1 billion", "subject": None, "concept": "Revenue"},
        ],
    ),
    (
        "concept-of",
        "The lender made a profit of $3.2bn.",
        {},
        [{"text": "$3.2bn", "concept": "profit", "concept_key": "profit"}],
    ),
    (
        "concept-modified-noun",
        "The $5.6 million training cost surprised analysts.",
        {},
        [{"text": "$5.6 million", "concept": "training cost"}],
    ),
    (
        "concept-count-phrase",
        "Pellam hired 40 compliance staff.",
        {"Pellam": "ORG"},
        [
            {
                "text": "40 compliance staff",
                "subject": "Pellam",
                "concept": "compliance staff",
                "concept_key": "compliance employee",
            }
        ],
    ),
    (
        "no-concept-without-a-noun",
        "Acme Corp lost $40 million on Monday.",
        {"Acme Corp": "ORG"},
        [{"text": "$40 million", "subject": "Acme Corp", "concept": None}],
    ),
    (
        # a period of accounts makes the sum lost a loss (components/losses.py)
        "loss-verb-with-a-period",
        "Acme Corp lost $40 million in the third quarter.",
        {"Acme Corp": "ORG"},
        [
            {
                "text": "$40 million",
                "subject": "Acme Corp",
                "concept": "lost",
                "concept_key": "loss",
            }
        ],
    ),
    (
        "no-concept-for-a-vague-noun",
        "Donors sent a total of $9m.",
        {},
        [{"text": "$9m", "concept": None}],
    ),
    # Nominal anaphora (claimkit/components/anaphora.py).
    (
        "possessor-of-the-noun-a-percent-modifies",
        "Ann Lee agreed to buy Tolvik Lines' 4.5% holding in the port.",
        {"Ann Lee": "PERSON", "Tolvik Lines": "ORG"},
        [{"text": "4.5%", "subject": "Tolvik Lines", "concept": "holding"}],
    ),
    (
        "anaphora-possessive",
        "Dunmore Ferries opened a route on Monday. "
        "The group's 4,100 workers will be retrained.",
        {"Dunmore Ferries": "ORG"},
        [{"text": "4,100 workers", "subject": "Dunmore Ferries"}],
    ),
    (
        "anaphora-head-noun-hint",
        "Kestrel Bank signed a deal with Dunmore Ferries. "
        "The bank was fined $7 million.",
        {"Kestrel Bank": "ORG", "Dunmore Ferries": "ORG"},
        [
            {
                "text": "$7 million",
                "subject": "Kestrel Bank",
                "concept": "fined",
                "concept_key": "fine",
            }
        ],
    ),
    (
        "anaphora-two-banks-no-subject",
        "Kestrel Bank and Ardent Bank signed a deal. The bank was fined $7 million.",
        {"Kestrel Bank": "ORG", "Ardent Bank": "ORG"},
        [{"text": "$7 million", "subject": None}],
    ),
    (
        "anaphora-modified-noun-no-subject",
        "Dunmore Ferries opened a route. The rival company employs 300 people.",
        {"Dunmore Ferries": "ORG"},
        [{"text": "300 people", "subject": None}],
    ),
    (
        "rival-headcount-not-the-subject",
        "Dunmore Ferries has 2,000 staff, against 3,500 at its rival Tolvik Lines.",
        {"Dunmore Ferries": "ORG", "Tolvik Lines": "ORG"},
        [{"text": "2,000 staff", "subject": "Dunmore Ferries"}],
    ),
    (
        "rival-headcount-is-the-rivals",
        "Dunmore Ferries has 2,000 staff, against 3,500 staff at its rival Tolvik Lines.",
        {"Dunmore Ferries": "ORG", "Tolvik Lines": "ORG"},
        [
            {"text": "2,000 staff", "subject": "Dunmore Ferries"},
            {"text": "3,500 staff", "subject": "Tolvik Lines"},
        ],
    ),
    (
        "staff-at-a-person-not-a-subject",
        "Dunmore Ferries sent 40 staff at Ann Lee's request.",
        {"Dunmore Ferries": "ORG", "Ann Lee": "PERSON"},
        [{"text": "40 staff", "subject": "Dunmore Ferries"}],
    ),
    # Money and percent concepts, and folded concept keys.
    (
        "concept-settlement",
        "Kestrel Bank will pay $12.5 million to settle the lawsuit.",
        {"Kestrel Bank": "ORG"},
        [{"text": "$12.5 million", "concept": "settle", "concept_key": "settlement"}],
    ),
    (
        "concept-no-act-without-to",
        "Kestrel Bank paid $12.5 million after a long dispute.",
        {"Kestrel Bank": "ORG"},
        [{"text": "$12.5 million", "concept": None}],
    ),
    (
        "concept-employs-people",
        "Tolvik Lines employs 3,500 people.",
        {"Tolvik Lines": "ORG"},
        [{"text": "3,500 people", "concept": "people", "concept_key": "employee"}],
    ),
    (
        "concept-people-not-employed",
        "Tolvik Lines carried 3,500 people.",
        {"Tolvik Lines": "ORG"},
        [{"text": "3,500 people", "concept_key": "people"}],
    ),
    (
        "concept-share-price-of-a-company",
        "Ardent Bank fell 4% on Tuesday.",
        {"Ardent Bank": "ORG"},
        [{"text": "4%", "subject": "Ardent Bank", "concept_key": "share"}],
    ),
    (
        "concept-growth-is-not-a-share-price",
        "Ardent Bank grew 4% last year.",
        {"Ardent Bank": "ORG"},
        [{"text": "4%", "concept": None}],
    ),
    (
        "concept-spent-on",
        "Tolvik Lines will spend $3 billion on new ferries.",
        {"Tolvik Lines": "ORG"},
        [{"text": "$3 billion", "subject": "Tolvik Lines", "concept_key": "new ferry"}],
    ),
    (
        "reporters-own-measure",
        "Tolvik Lines said turnover rose 6% to $900 million.",
        {"Tolvik Lines": "ORG"},
        [
            {"text": "6%", "subject": "Tolvik Lines", "concept_key": "revenue"},
            {"text": "$900 million", "subject": "Tolvik Lines"},
        ],
    ),
    (
        "subject-object-control",
        "Regulators ordered Kestrel Bank to pay $9 million.",
        {"Kestrel Bank": "ORG"},
        [{"text": "$9 million", "subject": "Kestrel Bank"}],
    ),
    (
        "subject-no-object-no-control",
        "Kestrel Bank agreed to pay $9 million.",
        {"Kestrel Bank": "ORG"},
        [{"text": "$9 million", "subject": "Kestrel Bank"}],
    ),
    (
        "concept-through-a-word-of-direction",
        "Shares in Ardent Bank closed 3% higher.",
        {"Ardent Bank": "ORG"},
        [{"text": "3%", "subject": "Ardent Bank", "concept_key": "share"}],
    ),
    (
        "concept-key-without-period-words",
        "Tolvik Lines made a quarterly profit of $80 million.",
        {"Tolvik Lines": "ORG"},
        [
            {
                "text": "$80 million",
                "concept": "quarterly profit",
                "concept_key": "profit",
            }
        ],
    ),
    (
        "market-measure-not-the-reporters",
        "The statistics office said retail sales rose 2%.",
        {"statistics office": "ORG"},
        [{"text": "2%", "subject": None}],
    ),
    (
        "concept-past-a-bracketed-conversion",
        "Delmar agreed a £2bn ($2.5bn) supply deal.",
        {"Delmar": "ORG"},
        [
            {"text": "£2bn", "concept": "supply deal", "concept_key": "supply deal"},
            {"text": "$2.5bn", "concept": "supply deal", "concept_key": "supply deal"},
        ],
    ),
    (
        "concept-object-of-a-change",
        "The central bank cut interest rates to 3%.",
        {},
        [{"text": "3%", "concept": "interest rates", "concept_key": "interest rate"}],
    ),
    (
        "concept-earlier-level-left-alone",
        "Net profits rose to $5m from $4m.",
        {},
        # one change written with both ends: the earlier level is its previous
        [{"text": "$5m from $4m", "concept": "Net profits"}],
    ),
    (
        "worth-of-a-noun",
        "The Harbour Line contract, worth £40m, was signed in May.",
        {},
        [{"text": "£40m", "concept": "contract", "concept_key": "contract"}],
    ),
    (
        "worth-after-be",
        "Her house is worth more than £1m.",
        {},
        [{"text": "more than £1m", "concept": "house", "concept_key": "house"}],
    ),
    (
        "worth-noting-is-no-concept",
        "It is worth noting that £3m was spent.",
        {},
        [{"text": "£3m", "concept": None}],
    ),
    # A figure giving another's earlier value or the next item of its list
    # (claim_siblings) measures what that figure measures.
    (
        "earlier-value-after-from-takes-concept-and-subject",
        "Operating profits at Varnox Group jumped 35% to $820m in the year, "
        "from $610m in 2003.",
        {"Varnox Group": "ORG"},
        [
            {"text": "35%", "concept": "profits"},
            {"text": "$820m", "concept": "profits"},
            {
                "text": "$610m",
                "subject": "Varnox Group",
                "concept": "profits",
            },
        ],
    ),
    (
        "up-from-and-a-list-of-earlier-values",
        "Inflation was 2.1% in May, up from 1.8% in April and 1.5% in March.",
        {},
        [
            {"text": "2.1%", "concept": "Inflation"},
            {"text": "1.8%", "concept": "Inflation"},
            {"text": "1.5%", "concept": "Inflation"},
        ],
    ),
    (
        "earlier-value-against-takes-the-subject-of-the-figure",
        "Pre-tax profit at Sorvik Telecom was 4.2bn kronor against 3.9bn kronor "
        "a year ago.",
        {"Sorvik Telecom": "ORG"},
        [
            {"text": "4.2bn kronor", "concept": "Pre-tax profit"},
            {
                "text": "3.9bn kronor",
                "subject": "Sorvik Telecom",
                "concept": "Pre-tax profit",
            },
        ],
    ),
    (
        "no-concept-from-a-figure-of-another-kind",
        "Kelmar Corp raised its bid by 10% from $2.5bn.",
        {"Kelmar Corp": "ORG"},
        [{"text": "10%", "concept": "bid"}, {"text": "$2.5bn", "concept": None}],
    ),
    (
        "compared-with-takes-the-concept-only",
        "Net profit was $186m in the quarter, compared with $1.13bn a year ago.",
        {},
        [
            {"text": "$186m", "concept": "Net profit"},
            {"text": "$1.13bn", "concept": "Net profit"},
        ],
    ),
    (
        "change-after-an-object-an-of-sum-values",
        "For the year, Halvor Corp posted a profit of $2.1bn, up 19% from 2003.",
        {"Halvor Corp": "ORG"},
        [
            {"text": "$2.1bn", "concept": "profit"},
            {"text": "19%", "subject": "Halvor Corp", "concept": "profit"},
        ],
    ),
    (
        "change-right-after-a-noun-it-measures",
        "The results came on sales up 21% in the year.",
        {},
        [{"text": "21%", "concept": "sales"}],
    ),
    (
        "no-concept-from-the-figures-own-rate-word",
        "Incomes gained 0.1 percent in May after a 0.9 percent jump in April.",
        {},
        [
            {"text": "0.1 percent", "concept": "Incomes"},
            {"text": "0.9 percent", "concept": None},
        ],
    ),
    (
        "concept-is-the-noun-not-another-figures-currency",
        "Varn settled after reaching a $2bn (1.53bn euros) deal with its lenders.",
        {},
        [
            {"text": "$2bn", "concept": "deal"},
            {"text": "1.53bn euros", "concept": "deal"},
        ],
    ),
    (
        "comparison-takes-the-concept-not-the-subject",
        "Margins at Tovar Bank rose to 4.7% last year, compared with 6.1% at "
        "Kessel Bank.",
        {"Tovar Bank": "ORG", "Kessel Bank": "ORG"},
        [
            {"text": "4.7%", "subject": "Tovar Bank", "concept": "Margins"},
            {"text": "6.1%", "subject": "Kessel Bank", "concept": "Margins"},
        ],
    ),
    (
        "no-concept-for-a-compared-share-of-its-own-base",
        "Sixteen percent of parents own tablets compared to 9% of those who don't.",
        {},
        [
            {"text": "Sixteen percent", "concept": "parents own tablets"},
            {"text": "9%", "concept": None},
        ],
    ),
    (
        "comparison-with-a-place-gives-no-subject",
        "The jobless rate rose to 4.7% last month, compared with 12.1% in Ruritania.",
        {},
        [
            {"text": "4.7%", "concept": "jobless rate"},
            {"text": "12.1%", "subject": None, "concept": "jobless rate"},
        ],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "entities", "expected"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_claims_subject_and_concept(
    nlp, text: str, entities: dict[str, str], expected: list[dict[str, Any]]
) -> None:
    mentions = {name: [label, name] for name, label in entities.items()}
    check_claims(nlp, text, mentions, expected)


def check_claims(
    nlp: Language,
    text: str,
    entities: dict[str, list[str]],
    expected: list[dict[str, Any]],
) -> None:
    """The claims of ``text`` with hand-made ``entities`` (label, then the
    surfaces that mention it) have the texts, subjects and concepts expected."""
    doc = _with_entities(nlp, text, entities)
    claims = find_claims(doc, nlp.get_pipe("ck_claims"))
    assert [c["text"] for c in claims] == [e["text"] for e in expected]
    for claim, want in zip(claims, expected, strict=True):
        got = {
            "text": claim["text"],
            "subject": _name_of(doc, claim["subject"]),
            "concept": claim.get("concept"),
            "concept_key": claim.get("concept_key"),
        }
        assert {k: got[k] for k in want} == want
        if claim.get("concept") is not None:
            span = text[claim["concept_start"] : claim["concept_end"]]
            assert span == claim["concept"]


@pytest.mark.model
def test_claims_age_belongs_to_the_person_before_it(nlp) -> None:
    text = "Ann Varley, 43, of Leeds; Tom Reid, 50, of York."
    doc = _with_entities(
        nlp,
        text,
        {"Ann Varley": ["PERSON", "Ann Varley"], "Tom Reid": ["PERSON", "Tom Reid"]},
    )
    claims = find_claims(doc, nlp.get_pipe("ck_claims"))
    got = [(c["text"], _name_of(doc, c["subject"])) for c in claims]
    assert got == [("43", "Ann Varley"), ("50", "Tom Reid")]


@pytest.mark.model
def test_claims_count_concept_leaves_out_the_magnitude(nlp) -> None:
    doc = _with_entities(nlp, "There are 11m voters over 60.", {})
    (claim,) = find_claims(doc, nlp.get_pipe("ck_claims"))
    assert (claim["concept"], claim["concept_key"]) == ("voters", "voter")


@pytest.mark.model
def test_claims_no_concept_from_a_vague_noun_before_of(nlp) -> None:
    doc = _with_entities(nlp, "It marked the start of 12 years of unrest.", {})
    (claim,) = find_claims(doc, nlp.get_pipe("ck_claims"))
    # never "start"; the span's own "of" names what it is a span of
    assert claim["concept"] == "unrest"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "It is the best song of the past 25 years.",
        "The 41-year-old chart-topper spoke.",
    ],
)
def test_claims_duration_has_no_concept_from_of_or_an_age(nlp, text: str) -> None:
    doc = _with_entities(nlp, text, {})
    (claim,) = find_claims(doc, nlp.get_pipe("ck_claims"))
    assert claim["quantity"]["kind"] == "duration"
    assert claim["concept"] is None


def _money(text: str, concept: str | None) -> dict[str, Any]:
    return {"text": text, "quantity": {"kind": "money"}, "concept": concept}


def _written(word: str) -> dict[str, Any]:
    """A concept written at offset 30."""
    return {
        "concept": word,
        "concept_start": 30,
        "concept_end": 30 + len(word),
        "concept_key": word,
    }


def test_claims_conversion_lends_its_concept_back() -> None:
    # "halt a $6bn (£4.8bn; €5.5bn) buyout": the parse hung the noun on the
    # last conversion only; the amount and the first conversion take it too.
    amount, first = _money("$6bn", None), _money("£4.8bn", None)
    claims = [_money("$1m", None), amount, first]
    _lend_back(claims, amount, _written("buyout"))
    assert [c["concept"] for c in claims] == [None, "buyout", "buyout"]


def test_claims_conversion_keeps_the_amounts_own_concept() -> None:
    amount = _money("$6bn", "takeover")
    claims = [amount]
    _lend_back(claims, amount, _written("bid"))
    assert [c["concept"] for c in claims] == ["takeover"]
