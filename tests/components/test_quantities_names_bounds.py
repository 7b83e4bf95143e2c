"""Figure values the BBC audits found wrong (issue 15): a currency word in a
name, minimum and maximum words, and a comparative of size as a change.
Sentences are the project's own."""

from __future__ import annotations

import pytest

from claimkit.text.lexicon import Lexicon, load_lexicon
from claimkit.text.scanner import parse_text


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return Lexicon.from_json(load_lexicon(None, "quantities.json"))


def _kinds(text: str, lex: Lexicon) -> list[tuple[str, float | None, str | None]]:
    return [
        (r["quantity"]["kind"], r["quantity"]["value"], r["quantity"]["unit"])
        for r in parse_text(text, lex)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "She has won three Grand Slam titles.",
        "He won a Grand Slam in Paris.",
        "Two Grand Prix wins followed.",
    ],
)
def test_currency_word_in_a_name_is_no_money(text: str, lex: Lexicon) -> None:
    assert all(kind != "money" for kind, _, _ in _kinds(text, lex))


@pytest.mark.parametrize(
    ("text", "value"),
    [("He paid five grand for the car.", 5000.0), ("It cost 5 Grand.", 5000.0)],
)
def test_currency_word_alone_is_still_money(text: str, value: float, lex) -> None:  # type: ignore[no-untyped-def]
    assert ("money", value, "USD") in _kinds(text, lex)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Boxes sell from as little as 70 euros.", "at_least"),
        ("Tickets go for as low as $5.", "at_least"),
        ("Some play upto eight hours a night.", "at_most"),
        ("Some play up to eight hours a night.", "at_most"),
        ("Boxes sell for 70 euros.", "exact"),
    ],
)
def test_minimum_and_maximum_words(text: str, qualifier: str, lex: Lexicon) -> None:
    (record,) = parse_text(text, lex)
    assert record["quantity"]["qualifier"] == qualifier


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "figure", "change"),
    [
        ("Takings were 13% greater than last year.", "13%", "up"),
        ("The crowd was 20% smaller than in May.", "20%", "down"),
        ("The greater 13% of the land is forest.", "13%", None),
    ],
)
def test_comparative_of_size_is_a_change(nlp, text, figure, change) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    (found,) = [q for q in doc._.ck_quantities if q["text"] == figure]
    assert found["quantity"]["change"] == change
