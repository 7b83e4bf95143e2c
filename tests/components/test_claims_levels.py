"""What a level "from" which a measure moves, an elided clause of change, a
figure set against another one, a figure a reduced clause expects and a count
of a plural name ("six Bafta Awards") measure,
and the holder an active participle names, not the speaker of a count spoken
"to" (issue 15, concepts and subjects).
Sentences are the project's own; negatives are cases where the field must stay
empty or be the figure's own noun."""

from __future__ import annotations

from typing import Any

import pytest

from claimkit.components.claims import find_claims
from tests.components.test_claims import _with_entities
from tests.components.test_claims_concepts import check_claims

CASES: list[tuple[str, str, dict[str, str], list[dict[str, Any]]]] = [
    (
        "level-from-which-a-measure-plummets",
        "Pop star Ann Reyes has seen her fortune plummet from £90m to £40m.",
        {"Ann Reyes": "PERSON"},
        [{"text": "from £90m to £40m", "concept": "fortune"}],
    ),
    (
        "levels-a-measure-ranges-between",
        "Ticket prices range from £20 to £45 a seat.",
        {},
        [{"text": "from £20 to £45", "concept": "Ticket prices"}],
    ),
    (
        "earlier-level-after-a-rate-of-change",
        "Sales at the chain slipped 4% from $2.1bn in 2003 to $2bn in 2004.",
        {},
        [
            {"text": "4%", "concept": "Sales"},
            {"text": "$2.1bn", "concept": "Sales"},
            {"text": "$2bn", "concept": "Sales"},
        ],
    ),
    (
        "from-a-sum-on-a-noun-is-no-level-of-the-subject",
        "The grant came from a $40m fund set up by the council.",
        {},
        [{"text": "$40m", "concept": "fund"}],
    ),
    (
        "elided-clause-of-change-takes-concept-and-direction",
        "The lender said prices rose 12.4% over the whole of 2004, but by only "
        "3.1% in the second half of the year.",
        {},
        [
            {"text": "12.4%", "concept": "prices"},
            {"text": "3.1%", "concept": "prices"},
        ],
    ),
    (
        "second-item-joined-to-the-first-ones-year",
        "Shareholders gained: Tarvo started to pay dividends - $48m in 2001 "
        "and almost $2bn in 2002 - and sold its stake.",
        {"Tarvo": "ORG"},
        [
            {"text": "$48m", "concept": "dividends"},
            {"text": "almost $2bn", "concept": "dividends"},
        ],
    ),
    (
        "second-item-joined-to-the-verb",
        "The firm paid dividends of $20m in 2002 and $35m in 2003.",
        {},
        [
            {"text": "$20m", "concept": "dividends"},
            {"text": "$35m", "concept": "dividends"},
        ],
    ),
    (
        "the-object-of-a-verb-of-change-is-no-figure-joined-to-it",
        "The charity raised $3m in 2003 and $5m in 2004.",
        {},
        [
            {"text": "$3m", "concept": "raised"},
            {"text": "$5m", "concept": "raised"},
        ],
    ),
    (
        "a-figure-of-a-clause-of-its-own-takes-nothing",
        "Sales rose $8m in 2003, and $4m went to charity.",
        {},
        [
            {"text": "$8m", "concept": "Sales"},
            {"text": "$4m", "concept": None},
        ],
    ),
    (
        "compared-with-hanging-high-takes-the-nearest-figures-concept",
        "The figures echo research from the analyst Webtrack which suggested "
        "that the browser had 91.3% of users in October compared to 94.1% in June.",
        {"Webtrack": "ORG"},
        [
            {"text": "91.3%", "concept": "users"},
            {"text": "94.1%", "concept": "users"},
        ],
    ),
    (
        "compared-with-a-figure-of-another-kind-stays-empty",
        "The survey of 2,000 firms found that 31% had cut staff, compared with "
        "£4m a year earlier.",
        {},
        [
            {"text": "2,000 firms"},
            {"text": "31%"},
            {"text": "£4m", "concept": None},
        ],
    ),
    (
        "a-measure-a-reduced-clause-expects-to-grow",
        "The agency said trade was strong, with exports of farm goods expected "
        "to grow by 6% in 2006.",
        {},
        [{"text": "6%", "concept": "exports"}],
    ),
    (
        "a-sum-inherited",
        "Tom Reyes inherited £90m from his father.",
        {"Tom Reyes": "PERSON"},
        [{"text": "£90m", "subject": "Tom Reyes", "concept": "inherited"}],
    ),
    (
        "subject-the-entity-an-active-participle-hangs-on",
        "Kestrel Capital, holding 4% of Varnox Group, wants a buyback.",
        {"Kestrel Capital": "ORG", "Varnox Group": "ORG"},
        [{"text": "4%", "subject": "Kestrel Capital"}],
    ),
    (
        "subject-a-participle-on-a-common-noun-names-no-one",
        "Unions representing 4.5m workers threatened action against Varnox Group.",
        {"Varnox Group": "ORG"},
        [{"text": "4.5m workers", "subject": None, "concept": "workers"}],
    ),
    (
        "a-count-of-a-plural-name",
        "About 3,000 Caribs live on the island.",
        {},
        [{"text": "About 3,000 Caribs", "concept": "Caribs"}],
    ),
    (
        "a-count-of-a-plural-name-with-its-modifier",
        "The film won six Bafta Awards.",
        {},
        [{"text": "six Bafta Awards", "concept": "Bafta Awards"}],
    ),
    (
        "a-count-of-an-entitys-name-is-no-concept",
        "The club signed two Rangers last year.",
        {"Rangers": "ORG"},
        [{"text": "two Rangers", "concept": None}],
    ),
    (
        "subject-no-speakers-of-the-ones-they-address",
        "Tom Reyes apologised to two families on Monday.",
        {"Tom Reyes": "PERSON"},
        [{"text": "two families", "subject": None}],
    ),
    (
        "subject-no-speakers-of-the-ones-they-speak-to",
        "Tom Reyes was speaking to 40 pupils in Leeds.",
        {"Tom Reyes": "PERSON"},
        [{"text": "40 pupils", "subject": None}],
    ),
    (
        "subject-a-level-after-to-stays-the-subjects",
        "Ann Hale took her tally to 12 goals.",
        {"Ann Hale": "PERSON"},
        [{"text": "12 goals", "subject": "Ann Hale"}],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "entities", "expected"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_claims_levels_and_siblings(
    nlp, text: str, entities: dict[str, str], expected: list[dict[str, Any]]
) -> None:
    mentions = {name: [label, name] for name, label in entities.items()}
    check_claims(nlp, text, mentions, expected)


@pytest.mark.model
def test_claims_elided_change_keeps_the_direction(nlp) -> None:
    text = (
        "The lender said prices rose 12.4% over the whole of 2004, but by only "
        "3.1% in the second half of the year."
    )
    doc = _with_entities(nlp, text, {})
    claims = find_claims(doc, nlp.get_pipe("ck_claims"))
    assert [c["quantity"]["change"] for c in claims] == ["up", "up"]
