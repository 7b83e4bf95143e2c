"""Golden tests of quantity subjects an organization lends a sentence or
two on: a bare measure after one already given to it ("Net profit rose 40%.
Sales rose 12%"), a count it reports going, a description it is ("the
band", "the real estate firm, which ..."), and ages that are no one's named."""

from __future__ import annotations

from typing import Any

import pytest

from claimkit.components.claims import find_claims
from tests.components.test_claims import _name_of, _with_entities

_RESULTS = "Orvane Systems reported strong results on Monday. "

CASES = [
    # a bare measure after one the organization was given: its too
    (
        _RESULTS + "Net profit climbed 40% to $200 million. "
        "Sales rose 12% to $1.9 billion.",
        {"Orvane Systems": "ORG"},
        "12%",
        "Orvane Systems",
    ),
    # another organization named between: perhaps that one's
    (
        _RESULTS + "Net profit climbed 40% to $200 million, helped by orders "
        "from Brightwell Capital. Sales rose 12% to $1.9 billion.",
        {"Orvane Systems": "ORG", "Brightwell Capital": "ORG"},
        "12%",
        None,
    ),
    # "including" says which parts a measure counts, not whose
    (
        "Orvane Motors reported strong results on Monday. Sales in the "
        "quarter, including vans and trucks, rose 8% to 90,000 units.",
        {"Orvane Motors": "ORG"},
        "8%",
        "Orvane Motors",
    ),
    # a count an organization says goes is its own
    (
        "Orvane Systems said 1,200 positions would go as a result of the merger.",
        {"Orvane Systems": "ORG"},
        "1,200 positions",
        "Orvane Systems",
    ),
    # not a newspaper's that reports it after the clause
    (
        "Some 1,200 jobs at the plant may go, the Daily Courier reported.",
        {"Daily Courier": "ORG"},
        "Some 1,200 jobs",
        None,
    ),
    # nor a warning or a guess: an onlooker's
    (
        "The Trade Council has warned that as many as 27 million jobs could "
        "be lost as a result of the new rules.",
        {"Trade Council": "ORG"},
        "as many as 27 million jobs",
        None,
    ),
    (
        "Orvane Systems said 1,200 positions could go next year.",
        {"Orvane Systems": "ORG"},
        "1,200 positions",
        None,
    ),
    # nor a name that only modifies the speaker
    (
        "A spokesman for Orvane Systems said 1,200 positions would go.",
        {"Orvane Systems": "ORG"},
        "1,200 positions",
        None,
    ),
    # "the band" stands for the one named as a main subject before
    (
        "Velvet Ashes played a short set in Leeds on Monday. The band had "
        "been scheduled to play four dates in Scotland.",
        {"Velvet Ashes": "ORG"},
        "four dates",
        "Velvet Ashes",
    ),
    # "the new band" may be another
    (
        "Velvet Ashes played a short set in Leeds on Monday. The new band had "
        "been scheduled to play four dates in Scotland.",
        {"Velvet Ashes": "ORG"},
        "four dates",
        None,
    ),
    # "its" divisions say whose sales, even "overall" ones
    (
        "Overall sales across both its store and online divisions were up "
        "9.5%, Orvane Retail said.",
        {"Orvane Retail": "ORG"},
        "9.5%",
        "Orvane Retail",
    ),
    # without them "overall sales" may be a market's
    (
        "Overall sales were up 9.5%, Orvane Retail said.",
        {"Orvane Retail": "ORG"},
        "9.5%",
        None,
    ),
    # sales at "its rival" are another's
    (
        "Sales at its rival were up 9.5%, Orvane Retail said.",
        {"Orvane Retail": "ORG"},
        "9.5%",
        None,
    ),
    # nor are they said by an organization
    (
        "Sales at its stores were up 9.5%, analysts said.",
        {"Orvane Retail": "ORG"},
        "9.5%",
        None,
    ),
    # "the party" stands for the party named as a main subject before
    (
        "The Social Radicals want to scrap the council tax. The party says "
        "it would aim for a £400 rebate for each household.",
        {"Social Radicals": "ORG"},
        "£400",
        "Social Radicals",
    ),
    # another party as a main subject of the same sentence: either
    (
        "The Social Radicals want to scrap the council tax, but Labour wants "
        "to keep it. The party says it would aim for a £400 rebate.",
        {"Social Radicals": "ORG", "Labour": "ORG"},
        "£400",
        None,
    ),
    # "the other party" is another
    (
        "The Social Radicals want to scrap the council tax. The other party "
        "says it would aim for a £400 rebate for each household.",
        {"Social Radicals": "ORG"},
        "£400",
        None,
    ),
    # a party that is a gathering is no organization's
    (
        "The Social Radicals want to scrap the council tax. Guests at the "
        "party said they had paid £400 for each ticket.",
        {"Social Radicals": "ORG"},
        "£400",
        None,
    ),
    # a trade of two words and an aside do not make the firm another
    (
        "Shares in Orvane Estates fell 15% on Friday. The real estate firm, "
        "which dominates the local market, ended the day at $8.08.",
        {"Orvane Estates": "ORG"},
        "$8.08",
        "Orvane Estates",
    ),
    (
        "Shares in Orvane Estates fell 15% on Friday. The new media firm, "
        "which dominates the local market, ended the day at $8.08.",
        {"Orvane Estates": "ORG"},
        "$8.08",
        None,
    ),
    # ages after "aged" are of the noun it hangs on
    (
        "Orvane Games is seeking people aged 18 to 99 for its new title.",
        {"Orvane Games": "ORG"},
        "18 to 99",
        None,
    ),
    # a first-person main subject before: "The 26-year-old" is not the one
    # the speaker mentions
    (
        'Mike Dale hopes to be fit in April. "I have spoken to Tom Reed and he '
        'understands the situation." The 26-year-old will face stiff competition.',
        {"Mike Dale": "PERSON", "Tom Reed": "PERSON"},
        "26-year-old",
        None,
    ),
    (
        "Chelsea have sacked Adrian Mutu after he failed a drugs test. "
        "The 25-year-old will appeal.",
        {"Chelsea": "ORG", "Adrian Mutu": "PERSON"},
        "25-year-old",
        "Adrian Mutu",
    ),
    # "I" is a person: the age is not of the one the speaker mentions
    (
        "Mike Dale hopes to be fit in April. \"I've spoken to Tom Reed and he "
        'agrees, so I hope I can tour." The 26-year-old faces stiff competition.',
        {"Mike Dale": "PERSON", "Tom Reed": "PERSON"},
        "26-year-old",
        None,
    ),
    # "it" that falls to a percent level is a rate, not the agency
    (
        "The jobless rate fell to a three-year low in December. The Statistics "
        "Bureau said it fell to 9.6% in December from 10.6% in November.",
        {"Statistics Bureau": "ORG"},
        "9.6%",
        None,
    ),
    (
        "The jobless rate fell to a three-year low in December. The Statistics "
        "Bureau said it fell to 9.6% in December from 10.6% in November.",
        {"Statistics Bureau": "ORG"},
        "10.6%",
        None,
    ),
    # an organization that says it grew by a percent grew
    (
        "Orvane Systems said it grew 9% last year.",
        {"Orvane Systems": "ORG"},
        "9%",
        "Orvane Systems",
    ),
]


def _claims(nlp: Any, text: str, entities: dict[str, str]) -> dict[str, Any]:
    doc = _with_entities(
        nlp, text, {name: [label, name] for name, label in entities.items()}
    )
    return {
        c["text"]: (_name_of(doc, c["subject"]), c["concept"])
        for c in find_claims(doc, nlp.get_pipe("ck_claims"))
    }


@pytest.mark.model
@pytest.mark.parametrize("text,entities,figure,subject", CASES)
def test_claims_chains_subjects(
    nlp, text: str, entities: dict[str, str], figure: str, subject: str | None
) -> None:
    assert _claims(nlp, text, entities)[figure][0] == subject


@pytest.mark.model
def test_claims_chains_organization_is_no_concept(nlp) -> None:
    text, entities = next(c[:2] for c in CASES if "real estate" in c[0])
    claims = _claims(nlp, text, entities)
    assert claims["$8.08"] == ("Orvane Estates", None)


@pytest.mark.model
@pytest.mark.parametrize(
    "text,figure,concept",
    [
        # the parse joins the upper bound to the noun: the range is its value
        (
            "The retailer expects to report annual profits of between £415m "
            "and £425m this year.",
            "between £415m and £425m",
            "annual profits",
        ),
        (
            "Orvane Systems expects to report annual profits of between $40 "
            "million and $45 million.",
            "between $40 million and $45 million",
            "annual profits",
        ),
        # a change hung on a figure by a word of direction is that figure's
        (
            "Total sales were 30.1bn rupees, up 27% from the same period.",
            "27%",
            "Total sales",
        ),
        # a share of a figure is no change of it
        (
            "Total sales were 30.1bn rupees, or 27% of the market.",
            "27%",
            "market",
        ),
        # a bound alone is no range: "rose to 40% and 45%" is two figures
        (
            "Support rose to 40% in May and 45% in June.",
            "40%",
            "Support",
        ),
    ],
)
def test_claims_chains_concepts(
    nlp, text: str, figure: str, concept: str | None
) -> None:
    assert _claims(nlp, text, {})[figure][1] == concept
