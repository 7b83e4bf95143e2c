"""A figure on a noun that describes a named entity prices the entity; the
noun is no concept ("Didier Drogba, Chelsea's £24m striker"). Sentences our
own; negatives keep the nouns a figure measures."""

from __future__ import annotations

import pytest

CASES = [
    # the noun in apposition to a person's name
    ("Didier Drogba, Chelsea's £24m striker, has missed three weeks.", "£24m", None),
    # the name in apposition to the noun
    ("Arsenal said the £12m midfielder, Tom Reyes, was fit.", "£12m", None),
    # negatives: nouns the figure measures
    ("Arsenal paid a £12m fee for Tom Reyes on Monday.", "£12m", "fee"),
    ("Acme Foods announced a £500m investment in Leeds.", "£500m", "investment"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,figure,concept", CASES)
def test_concepts_a_names_description_is_no_concept(
    nlp, text: str, figure: str, concept: str | None
) -> None:
    claims = {c["text"]: c.get("concept") for c in nlp(text)._.ck_claims}
    assert claims[figure] == concept
