"""Longer names the model types PERSON that the text shows are organizations.

"X said it would close its plant", "X, which makes engines", a name ending
in an organization's head ("Wendy Aircraft") and a band's plural ("the
Marbolts") make a firm, a body or a band of a name typed PERSON; a person's
own evidence ("he", "who", a given name opening the name) keeps a person.
The sentences and names are the project's own.
"""

from __future__ import annotations

import pytest

from claimkit.components.entities.mentions import _Name
from claimkit.components.entities.support import org_by_members


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
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Kennedys gathered in Boston for the funeral.", "Kennedys"),
        # a plural name that does not act: books, not a band
        ("The monk wrote long notes on the Canticles and the Homilies.", "Homilies"),
    ],
)
def test_no_band(nlp, text: str, name: str) -> None:
    assert _labels(nlp, text).get(name) != "ORG"


@pytest.mark.model
def test_said_to_be_an_organization(nlp) -> None:
    text = "Renwick Tallis is a charity that helps older people."
    assert _labels(nlp, text).get("Renwick Tallis") == "ORG"
    assert _labels(nlp, "Dana Pike is a producer at the studio.") == {
        "Dana Pike": "PERSON"
    }


def _name(doc, key: str, n: int, **evidence: int) -> _Name:  # type: ignore[no-untyped-def]
    name = _Name(key, spans=[doc[i : i + 1] for i in range(n)])
    name.evidence.update(evidence)
    return name


@pytest.mark.parametrize(
    ("full", "short_mentions", "evidence", "expected"),
    [
        # "Mendaro Vilches" once, "Mendaro" four times with a firm's clue
        ("mendaro vilches", 4, {"ORG": 1}, True),
        # the short forms hold no more than half the mentions
        ("mendaro vilches", 1, {"ORG": 1}, False),
        # no clue of the text's own: the model's ORG alone does not retype
        ("mendaro vilches", 4, {}, False),
        # a person's clue on a form keeps the person
        ("mendaro vilches", 4, {"ORG": 1, "PERSON": 1}, False),
        # a given name opens the full name: a person's surname typed ORG
        ("john vilches", 4, {"ORG": 1}, False),
    ],
)
def test_group_typed_by_its_forms(
    blank_nlp, resolver, full: str, short_mentions: int, evidence, expected: bool
) -> None:  # type: ignore[no-untyped-def]
    doc = blank_nlp("a b c d e f g h")
    short = full.split()[1 if full.startswith("john") else 0]
    names = {
        full: _name(doc, full, 1),
        short: _name(doc, short, short_mentions, **evidence),
    }
    labels = {full: "PERSON", short: "ORG"}
    found = org_by_members(full, [full, short], names, labels, resolver)
    assert found is expected


@pytest.mark.model
def test_owner_of_a_person_is_an_organization(nlp) -> None:
    # a team, a band or a firm owns its player, singer or officer
    text = "Kelbrook won again. Kelbrook's Dan Marsh scored twice."
    assert _labels(nlp, text) == {"Kelbrook": "ORG", "Dan Marsh": "PERSON"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a word of a longer person's name in the text
        (
            "Jose Mourinho was pleased. Mourinho's Arjen Robben scored twice.",
            "Jose Mourinho",
        ),
        # a known surname
        ("Blair's Alastair Campbell said nothing.", "Blair"),
        # a person's full name: the part an actor plays
        ("Martin Scorsese's Howard Hughes is a troubled man.", "Martin Scorsese"),
    ],
)
def test_person_owner_stays_a_person(nlp, text: str, name: str) -> None:
    assert _labels(nlp, text).get(name) == "PERSON"


@pytest.mark.model
def test_list_beside_a_plural_organization_noun(nlp) -> None:
    text = "Palmer Group bought two cosmetics brands, Hard Candy and Urban Decay."
    labels = _labels(nlp, text)
    assert labels.get("Hard Candy") == "ORG"
    assert labels.get("Urban Decay") == "ORG"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a plural that people hold too, or no organization's noun
        "Two miners, Dan Marsh and Carl Ryan, were rescued.",
        "Two producers, Dan Marsh and Carl Ryan, won the prize.",
        "His parents, Martin Ross and Ann Ross, were at the match.",
    ],
)
def test_list_beside_a_plural_of_people(nlp, text: str) -> None:
    assert set(_labels(nlp, text).values()) == {"PERSON"}
