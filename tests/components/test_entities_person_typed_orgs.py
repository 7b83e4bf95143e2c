"""Longer names the model types PERSON that the text shows are organizations.

"X said it would close its plant", "X, which makes engines", a name ending
in an organization's head ("Wendy Aircraft") and a band's plural ("the
Marbolts") make a firm, a body or a band of a name typed PERSON; a person's
own evidence ("he", "who", a given name opening the name) keeps a person.
The sentences and names are the project's own.
"""

from __future__ import annotations

import pytest


def _labels(nlp, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return {e["name"]: e["label"] for e in doc._.ck_entities}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Halvorsen Marwick said it would cut 400 jobs at its plant in Ohio.",
            "Halvorsen Marwick",
        ),
        (
            "Dalton Rowe, which makes engines for airliners, said sales would rise.",
            "Dalton Rowe",
        ),
        ("Wendy Aircraft designed the wing.", "Wendy Aircraft"),
        (
            "Fans of the Marbolts queued for hours. The Marbolts said they "
            "would tour Japan.",
            "Marbolts",
        ),
    ],
)
def test_person_typed_name_is_an_organization(nlp, text: str, name: str) -> None:
    assert _labels(nlp, text).get(name) == "ORG"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Martin Lockwood said he would not stand again. Lockwood, who is 62, "
            "has led the party since 2010.",
            "Martin Lockwood",
        ),
        (
            "Martin Lockwood said it was a disgrace. Lockwood said he would resign.",
            "Martin Lockwood",
        ),
        ("Halvorsen Marwick said it was wrong.", "Halvorsen Marwick"),
        (
            "John Halden, who runs three factories in Saxony, said sales fell.",
            "John Halden",
        ),
    ],
)
def test_person_stays_a_person(nlp, text: str, name: str) -> None:
    assert _labels(nlp, text).get(name) == "PERSON"


@pytest.mark.model
def test_a_family_is_no_band(nlp) -> None:
    labels = _labels(nlp, "The Kennedys gathered in Boston for the funeral.")
    assert labels.get("Kennedys") != "ORG"
