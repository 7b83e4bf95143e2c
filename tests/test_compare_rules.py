"""compare: ages beside a name, and the place a figure is of (session 11 rules)."""

from __future__ import annotations

import pytest

from claimkit.compare import compare
from claimkit.compare_text import age_of, converted, earlier_value, scope_of
from claimkit.records import Article, Entity, Mention, Quantity, QuantityClaim
from tests.test_compare import _article


def _age_article(
    doc_id: str, text: str, figure: str, name: str, *, link: str = "P1"
) -> Article:
    """One article whose ``figure`` (a duration in years) has ``name`` as subject."""
    start = text.index(figure)
    value = (
        61.0 if figure.startswith("Sixty") else float(figure.split("-")[0].split()[0])
    )
    mentions = []
    at = text.find(name)
    while at >= 0:
        mentions.append(Mention(text=name, start=at, end=at + len(name)))
        at = text.find(name, at + 1)
    entity = Entity(
        id="e0", label="PERSON", name=name, mentions=tuple(mentions), link=link
    )
    claim = QuantityClaim(
        text=figure,
        start=start,
        end=start + len(figure),
        quantity=Quantity(kind="duration", value=value, unit="year"),
        subject="e0",
        sentence=text,
    )
    return Article(doc_id=doc_id, text=text, entities=(entity,), claims=(claim,))


@pytest.mark.parametrize(
    ("text", "figure", "name", "age"),
    [
        ("Nell Ardry, 61, retired on Friday.", "61", "Nell Ardry", 61),
        ("The board thanked Nell Ardry (61).", "61", "Nell Ardry", 61),
        ("Nell Ardry, a 61-year-old banker, retired.", "61-year-old", "Nell Ardry", 61),
        ("They hired the 61-year-old Nell Ardry.", "61-year-old", "Nell Ardry", 61),
        ("Sixty-one-year-old Nell Ardry left.", "Sixty-one-year-old", "Nell Ardry", 61),
        # Found by coreference or a few words away: someone else's, maybe.
        ("The 61-year-old said she would retire.", "61-year-old", "Nell Ardry", None),
        (
            "The 61-year-old banker Nell Ardry retired.",
            "61-year-old",
            "Nell Ardry",
            None,
        ),
        # Not an age: a span of years after the name.
        ("Nell Ardry, 61 years at the firm, retired.", "61 years", "Nell Ardry", None),
        ("Nell Ardry (61 goals) retired.", "61", "Nell Ardry", None),
        ("Nell Ardry, 61 and counting.", "61", "Nell Ardry", None),
    ],
)
def test_age_of_beside_the_name(text: str, figure: str, name: str, age: int | None):
    article = _age_article("d1", text, figure, name)
    (claim,) = article.claims
    assert isinstance(claim, QuantityClaim)
    assert age_of(claim, article.entities[0], text) == age


def test_age_beside_an_organization_is_someone_elses():
    text = "They cannot sack the 43-year-old Brennock legend."
    article = _age_article("d1", text, "43-year-old", "Brennock")
    entity = article.entities[0].model_copy(update={"label": "ORG"})
    (claim,) = article.claims
    assert isinstance(claim, QuantityClaim)
    assert age_of(claim, entity, text) is None


def test_age_of_a_pronoun_is_no_name():
    text = "She, 61, retired."
    article = _age_article("d1", text, "61", "She")
    (claim,) = article.claims
    assert isinstance(claim, QuantityClaim)
    assert age_of(claim, article.entities[0], text) is None


def test_ages_a_year_apart_agree_and_further_conflict():
    groups = compare(
        [
            _age_article("d1", "Nell Ardry, 61, retired.", "61", "Nell Ardry"),
            _age_article(
                "d2", "The 62-year-old Nell Ardry left.", "62-year-old", "Nell Ardry"
            ),
        ]
    )
    assert [(g.concept, g.status) for g in groups] == [("age", "agree")]
    groups = compare(
        [
            _age_article("d1", "Nell Ardry, 61, retired.", "61", "Nell Ardry"),
            _age_article("d2", "Nell Ardry, 64, left.", "64", "Nell Ardry"),
        ]
    )
    assert [(g.concept, g.status) for g in groups] == [("age", "conflict")]


def test_ages_of_two_people_stay_apart():
    groups = compare(
        [
            _age_article("d1", "Nell Ardry, 61, retired.", "61", "Nell Ardry"),
            _age_article("d2", "Ivo Pask, 64, left.", "64", "Ivo Pask", link="P2"),
        ]
    )
    assert groups == []


def test_ages_of_different_years_stay_apart():
    first = _age_article("d1", "Nell Ardry, 61, retired.", "61", "Nell Ardry")
    second = _age_article("d2", "Nell Ardry, 64, left.", "64", "Nell Ardry")
    dated = [
        first.model_copy(update={"published": "2021-05-01"}),
        second.model_copy(update={"published": "2024-05-01"}),
    ]
    assert compare(dated) == []


# --- scope: a place named after a figure --------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "scope"),
    [
        (
            "It will install 40 turbines at its Dunlow wind farm.",
            "40 turbines",
            "dunlow",
        ),
        ("It has 4,000 staff in the UK and more abroad.", "4,000 staff", "uk"),
        ("It has 4,000 staff in the U.S.", "4,000 staff", "u.s"),
        ("It has 4,000 staff at the New Harbour site.", "4,000 staff", "new harbour"),
        # No place: a period, a lower-case phrase, nothing.
        ("It was fined £15,000 in December.", "£15,000", ""),
        ("Sales rose 4% in Q3.", "4%", ""),
        ("It has 4,000 staff in total.", "4,000 staff", ""),
        ("It has 4,000 staff, it said.", "4,000 staff", ""),
        # A level's source is its scope too.
        ("He earned $5 million from the seminars.", "$5 million", "seminars"),
        ("He earned $5 million from seminars.", "$5 million", ""),
    ],
)
def test_scope_of_a_figure(text: str, figure: str, scope: str):
    assert scope_of(text, text.index(figure) + len(figure)) == scope


def test_scope_of_a_change_has_no_source():
    text = "Sales rose 5% from the previous year."
    assert scope_of(text, text.index("5%") + 2, level=False) == ""
    assert scope_of(text, text.index("5%") + 2) == "previous"


def test_earnings_from_two_sources_stay_apart():
    def earned(doc: str, sentence: str, figure: str, value: float) -> Article:
        return _article(
            doc, sentence, figure, value=value, concept_key="profit", subject="Corvel"
        )

    apart = [
        earned("a", "Corvel earned $132 million from the club.", "$132 million", 132e6),
        earned("b", "Corvel earned $5 million from the seminars.", "$5 million", 5e6),
    ]
    assert compare(apart) == []


def _count_article(doc_id: str, text: str, figure: str) -> Article:
    """One article whose count ``figure`` of staff is about Nollen Group."""
    value = float(figure.split()[0].replace(",", ""))
    return _article(
        doc_id,
        text,
        figure,
        subject="Nollen Group",
        kind="count",
        unit="staff",
        value=value,
        concept_key="employee",
    )


def test_a_place_and_the_whole_stay_apart():
    groups = compare(
        [
            _count_article("d1", "Nollen Group has 6,000 staff.", "6,000 staff"),
            _count_article("d2", "Nollen Group has 900 staff in Wales.", "900 staff"),
        ]
    )
    assert groups == []


def test_one_place_compares_and_names_it():
    groups = compare(
        [
            _count_article(
                "d1", "Nollen Group has 1,100 staff in Wales.", "1,100 staff"
            ),
            _count_article("d2", "Nollen Group has 900 staff in Wales.", "900 staff"),
        ]
    )
    assert [(g.concept, g.status) for g in groups] == [("wales employee", "conflict")]


# --- conversions, a person's counts, money raised -----------------------------


@pytest.mark.parametrize(
    ("text", "figure", "conversion"),
    [
        ("It paid 1.55bn euros ($2bn; £1.1bn) to leave.", "$2bn", True),
        ("It paid 1.55bn euros ($2bn; £1.1bn) to leave.", "£1.1bn", True),
        ("It offered $10bn (£5.38bn) a year.", "£5.38bn", True),
        ("It lifted its dividend to 70 euro cents (£0.48) from 55.", "£0.48", True),
        ("It paid 1.55bn euros ($2bn; £1.1bn) to leave.", "1.55bn euros", False),
        ("It sued for $28.3bn (£15.2bn).", "$28.3bn", False),
        ("The deal ($5bn) was signed.", "$5bn", False),
    ],
)
def test_converted_figure(text: str, figure: str, conversion: bool):
    assert converted(text, text.index(figure)) is conversion


@pytest.mark.parametrize(
    ("text", "figure", "earlier"),
    [
        ("Revenue reached $3.4bn, up from $3.1bn a year earlier.", "$3.1bn", True),
        ("Net profit was $186m, compared with $1.13bn in 2003.", "$1.13bn", True),
        ("Profit was 4.2bn kronor against 3.9bn kronor.", "3.9bn kronor", True),
        ("It rose to $820m from the $610m of 2003.", "$610m", True),
        ("Revenue reached $3.4bn, up from $3.1bn a year earlier.", "$3.4bn", False),
        ("It raised $40m from investors.", "$40m", False),
    ],
)
def test_earlier_value(text: str, figure: str, earlier: bool):
    assert earlier_value(text, text.index(figure)) is earlier


def test_an_earlier_value_is_not_compared():
    # "$3.1bn" is last year's revenue's earlier value, not last year's revenue.
    first = _article(
        "a",
        "Corvel Shipping's revenue reached $3.4bn last year, up from $3.1bn.",
        "$3.1bn",
        value=3.1e9,
    )
    second = _article(
        "b", "Corvel Shipping's revenue was $3.4bn last year.", "$3.4bn", value=3.4e9
    )
    assert compare([first, second]) == []
    # Written as last year's level, the same figure conflicts.
    level = _article(
        "a",
        "Corvel Shipping's revenue reached $3.1bn last year.",
        "$3.1bn",
        value=3.1e9,
    )
    assert [g.status for g in compare([level, second])] == ["conflict"]


def test_conversions_at_two_rates_make_no_conflict():
    # One sum in euros, converted to dollars at two rates by two articles.
    first = _article(
        "a",
        "Corvel Shipping paid 4bn euros ($4.8bn) in the settlement.",
        "$4.8bn",
        value=4.8e9,
    )
    second = _article(
        "b",
        "Corvel Shipping paid 4bn euros ($5.2bn) in the settlement.",
        "$5.2bn",
        value=5.2e9,
    )
    assert compare([first, second]) == []
    # Written as the sum itself, the same figures conflict.
    plain = _article(
        "b", "Corvel Shipping paid $5.2bn in the settlement.", "$5.2bn", value=5.2e9
    )
    reported = _article(
        "a", "Corvel Shipping paid $4.8bn in the settlement.", "$4.8bn", value=4.8e9
    )
    assert [g.status for g in compare([reported, plain])] == ["conflict"]


def test_a_persons_count_is_an_event_not_a_stock():
    kwargs = {"kind": "count", "unit": "member", "concept_key": "member"}
    person = [
        _article(
            d,
            f"Rhona Vell spoke to {n} members.",
            f"{n} members",
            subject="Rhona Vell",
            label="PERSON",
            value=float(n),
            **kwargs,
        )
        for d, n in (("a", 300), ("b", 500))
    ]
    assert compare(person) == []
    union = [
        _article(
            d,
            f"Corvel Union has {n} members.",
            f"{n} members",
            subject="Corvel Union",
            value=float(n),
            **kwargs,
        )
        for d, n in (("a", 300), ("b", 500))
    ]
    assert [g.status for g in compare(union)] == ["conflict"]


def test_money_raised_needs_a_named_period():
    def raised(doc: str, sentence: str, figure: str, value: float) -> Article:
        return _article(
            doc,
            sentence,
            figure,
            subject="Rhona Vell",
            label="PERSON",
            value=value,
            concept_key="raise",
        )

    apart = [
        raised("a", "Rhona Vell raised $20 million in January.", "$20 million", 20e6),
        raised("b", "Rhona Vell has raised $6 million from donors.", "$6 million", 6e6),
    ]
    assert compare(apart) == []
    dated = [
        raised("a", "Rhona Vell raised $20 million in 2031.", "$20 million", 20e6),
        raised("b", "In 2031 Rhona Vell raised $26 million.", "$26 million", 26e6),
    ]
    assert [g.status for g in compare(dated)] == ["conflict"]


@pytest.mark.parametrize(
    ("concept", "unit"), [("cash", "USD"), ("republican voter", "%")]
)
def test_a_balance_or_a_poll_share_needs_a_named_period(concept: str, unit: str):
    kind = "percent" if unit == "%" else "money"
    figures = [
        _article(
            d,
            f"Rhona Vell had {n}{unit}.",
            f"{n}{unit}",
            subject="Rhona Vell",
            label="PERSON",
            kind=kind,
            unit=unit,
            value=float(n),
            concept_key=concept,
        )
        for d, n in (("a", 31), ("b", 41))
    ]
    assert compare(figures) == []
