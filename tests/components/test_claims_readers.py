"""Figures and subjects a reader would write (issue 15, session 9), on the
real model: compound spans of time, old plural scales, a range that modifies
a noun, an approximate figure behind an article, and the person an age
phrase stands for. Positives and negatives; sentences are the project's own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.components.test_subjects import _subject


def _claims(nlp, text: str) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    return list(nlp(text)._.ck_claims)


def _one(nlp, text: str, figure: str) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    found = [c for c in _claims(nlp, text) if c["text"] == figure]
    assert len(found) == 1, [c["text"] for c in _claims(nlp, text)]
    return found[0]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "figure", "value", "unit"),
    [
        (
            "The final lasted three hours and 25 minutes.",
            "three hours and 25 minutes",
            205,
            "min",
        ),
        ("The bill came to £31 billions in all.", "£31 billions", 31e9, "GBP"),
    ],
)
def test_claims_value_read_whole(nlp, text, figure, value, unit) -> None:  # type: ignore[no-untyped-def]
    quantity = _one(nlp, text, figure)["quantity"]
    assert quantity["value"] == pytest.approx(value)
    assert quantity["unit"] == unit


@pytest.mark.model
def test_claims_time_in_three_parts(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "He finished in two hours, 11 minutes and 5 seconds."
    quantity = _one(nlp, text, "two hours, 11 minutes and 5 seconds")["quantity"]
    assert (quantity["value"], quantity["unit"]) == (7865, "s")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "joined"),
    [
        # "and" between two spans that do not make one: each stays its own
        ("She rested two hours and 90 minutes.", "two hours and 90 minutes"),
        # years and months stay two figures, as the shared suites write them
        ("He was jailed for one year and six months.", "one year and six months"),
        # a comma with no "and" to close the list
        ("It took two hours, 30 minutes of it wasted.", "two hours, 30 minutes"),
    ],
)
def test_claims_two_spans_of_time_not_joined(nlp, text, joined) -> None:  # type: ignore[no-untyped-def]
    assert joined not in [c["text"] for c in _claims(nlp, text)]


@pytest.mark.model
def test_claims_range_before_a_noun_is_a_range(nlp) -> None:  # type: ignore[no-untyped-def]
    quantity = _one(nlp, "Orvik forecast a 4% to 5% rise in sales.", "4% to 5%")[
        "quantity"
    ]
    assert (quantity["low"], quantity["high"], quantity["qualifier"]) == (4, 5, "range")


@pytest.mark.model
def test_claims_change_then_level_stays_two(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = [c["text"] for c in _claims(nlp, "Inflation rose 0.2% to 3.1% in May.")]
    assert texts == ["0.2%", "3.1%"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "figure", "qualifier"),
    [
        ("The striker has roughly a 40% conversion rate.", "roughly a 40%", "approx"),
        ("Orvik bought a 40% stake.", "40%", "exact"),
    ],
)
def test_claims_approx_behind_article(nlp, text, figure, qualifier) -> None:  # type: ignore[no-untyped-def]
    assert _one(nlp, text, figure)["quantity"]["qualifier"] == qualifier


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # the name the age's noun is part of
        (
            "She answered 19-year-old Leeds student Tom Barker.",
            "19-year-old",
            "Tom Barker",
        ),
        # "as a N-year-old" describes the clause subject
        (
            "Gareth Pryce won his first cap in 1996 as a 21-year-old.",
            "21-year-old",
            "Gareth Pryce",
        ),
        # the person a reported clause is about
        (
            "Coach Tom Keane says Rhys Powell is ready. The 23-year-old lock has "
            "trained with the squad.",
            "23-year-old",
            "Rhys Powell",
        ),
        # a figure whose clause subject is the age phrase
        (
            "Dean Ashby scored twice for Fulham on Saturday. The 27-year-old has "
            "now scored 11 goals this season.",
            "11 goals",
            "Dean Ashby",
        ),
    ],
)
def test_claims_age_phrase_person(nlp, text, figure, subject) -> None:  # type: ignore[no-untyped-def]
    # the entity, by whichever of its names the entity step made canonical
    found = _subject(nlp, text, figure)
    assert found is not None and found.split()[-1] == subject.split()[-1]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # two people named before, neither reported on: no guess
        (
            "Tom Keane picked Rhys Powell over Dean Ashby. The 23-year-old lock has "
            "trained with the squad.",
            "23-year-old",
        ),
        # "a N-year-old" is someone new
        ("Dean Ashby met a 30-year-old fan.", "30-year-old"),
    ],
)
def test_claims_age_phrase_no_guess(nlp, text, figure) -> None:  # type: ignore[no-untyped-def]
    assert _subject(nlp, text, figure) is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # the possessor written on the figure itself
        ("Labour's £35bn of savings would fund schools.", "£35bn", "Labour"),
        ("Its £35bn of savings would fund schools, Labour said.", "£35bn", None),
    ],
)
def test_claims_possessor_of_the_figure(nlp, text, figure, subject) -> None:  # type: ignore[no-untyped-def]
    assert _subject(nlp, text, figure) == subject


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # a measure written on a noun is the thing's, not the age phrase's person
        (
            "Dean Ashby opened the new stand on Saturday. The 27-year-old walked "
            "across a four-metre high walkway.",
            "four-metre",
            None,
        ),
        # a mark of their own stays theirs
        (
            "Nia Hale won in Leeds on Saturday. The 22-year-old cleared 1.92m in "
            "the high jump.",
            "1.92m",
            "Hale",
        ),
    ],
)
def test_claims_age_phrase_person_only_gets_own_figures(  # type: ignore[no-untyped-def]
    nlp, text, figure, subject
) -> None:
    found = _subject(nlp, text, figure)
    assert (found and found.split()[-1]) == subject
