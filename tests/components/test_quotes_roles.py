"""A speaker described by a role ('the chancellor said') is the person given it.

Rule tests of the title and apposition checks (no model), then golden cases on
the model, positives and negatives: a role with a word of its own ('shadow
chancellor'), two people with the role, and a role nobody was given.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from claimkit.components.quotes.antecedents import _apposed, _titled


@pytest.mark.parametrize(
    ("before", "role", "titled"),
    [
        ("Chancellor ", "chancellor", True),
        ("On Monday, Tory leader ", "tory leader", True),
        ("On Monday Tory leader ", "tory leader", False),
        ("said. Home Secretary ", "home secretary", True),
        ("the shadow chancellor ", "chancellor", False),
        ("former prime minister ", "prime minister", False),
        ("Labour's chancellor ", "chancellor", False),
        ("the chancellor and ", "chancellor", False),
        ("Chancellor-", "chancellor", False),
    ],
)
def test_quotes_role_is_a_title_right_before_the_name(
    before: str, role: str, titled: bool
) -> None:
    text = before + "Tom Reed"
    assert _titled(text, len(before), role) is titled


@pytest.mark.parametrize(
    ("after", "role", "apposed"),
    [
        (", the chancellor, said", "chancellor", True),
        (", the Tory leader.", "tory leader", True),
        (", the chancellor's wife", "chancellor", False),
        (", the shadow chancellor,", "chancellor", False),
        (" and the chancellor,", "chancellor", False),
    ],
)
def test_quotes_role_is_in_apposition_right_after_the_name(
    after: str, role: str, apposed: bool
) -> None:
    text = "Tom Reed" + after
    assert _apposed(text, len("Tom Reed"), role) is apposed


def _speakers(nlp: Language, text: str) -> list[tuple[Any, ...]]:
    doc = nlp(text)
    names = {e["id"]: e["name"] for e in doc._.ck_entities}
    return [(q["speaker_text"], names.get(q["speaker"])) for q in doc._.ck_quotes]


@pytest.mark.model
def test_quotes_role_speaker_is_the_person_titled_before(nlp: Language) -> None:
    text = (
        "Chancellor Tom Reed set out his budget on Monday. Shadow chancellor Ann "
        'Ray attacked it. "This budget will help every family," the chancellor '
        'said. "It is a gamble," the shadow chancellor said. "We will see," the '
        "treasurer said."
    )
    speakers = _speakers(nlp, text)
    assert ("the chancellor", "Tom Reed") in speakers
    assert ("the shadow chancellor", "Ann Ray") in speakers
    # nobody was called the treasurer: no entity
    assert ("the treasurer", None) in speakers


@pytest.mark.model
def test_quotes_role_given_to_two_people_names_no_one(nlp: Language) -> None:
    text = (
        "Minister Tom Reed met minister Ann Ray in Leeds on Friday. "
        '"The talks went well," the minister said after the meeting.'
    )
    assert _speakers(nlp, text) == [("the minister", None)]
