"""Speakers named by an epithet, golden cases on the model.

'the Dutchman said', 'said the American', 'the attacking midfielder claims',
'said the world indoor champion': the one person a 'he' there would mean,
named as a subject nearby, when the document rules out everyone else who
might be meant (another sex, another nationality given as a title). A rival
nobody rules out ('Ray beat Hale. "...," said the American'), a person named
only in someone else's phrase ('short of Ann Ray's record'), a description
that sets someone apart ('the other actor'), or one with a name's word in it
('the Harwick striker') name no one. Own sentences, invented names.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

pytestmark = pytest.mark.model


def _speaker(nlp: Language, text: str) -> str | None:
    """The name of the speaker of the one quote about the long season."""
    doc = nlp(text)
    names = {e["id"]: e["name"] for e in doc._.ck_entities}
    (found,) = [
        names.get(q["speaker"]) for q in doc._.ck_quotes if "long season" in q["text"]
    ]
    return found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Harwick manager Joost Vermeer praised his players after the win. "
            '"It has been a long season for all of us," the Dutchman said.',
            "Joost Vermeer",
        ),
        (
            "Dale Brannock was left frustrated after losing both his matches. "
            '"It has been a long season for me," said the American.',
            "Dale Brannock",
        ),
        (
            "Harwick sold Tomas Reyes to Dunmere in the summer. Reyes told the "
            'Evening Post: "I wanted to stay." The attacking midfielder also '
            "claims it has been a long season for the squad.",
            "Tomas Reyes",
        ),
        (
            "Dutch coach Joost Vermeer and Ann Ray met on Sunday. "
            '"It has been a long season," the Dutchman said.',
            "Joost Vermeer",  # the one the article titled Dutch
        ),
    ],
)
def test_quotes_epithet_names_the_person_just_named(
    nlp: Language, text: str, speaker: str
) -> None:
    assert _speaker(nlp, text) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a rival nobody rules out: either may be the American
        "Pablo Serrano beat Dale Brannock in four sets on Sunday. "
        '"It has been a long season," said the American.',
        # named only in another's phrase: 'his times' are someone else's
        "His times were well short of Dale Brannock's world record. "
        '"It has been a long season," said the world indoor champion.',
        # the description sets someone apart from the one named
        'Tom Hale flew in. "It has been a long season," the other actor said.',
        # titled with another nationality: not the American
        "Spanish captain Pablo Serrano was delighted with the win. "
        '"It has been a long season," said the American.',
        # a name that only ends like a nationality's word
        "Tom Hale was left frustrated after losing both his matches. "
        '"It has been a long season," said the Vatican.',
        # the other sex
        "Ann Ray was left frustrated after losing both her matches. "
        '"It has been a long season," said the Dutchman.',
    ],
)
def test_quotes_epithet_left_unsure_names_no_one(nlp: Language, text: str) -> None:
    assert _speaker(nlp, text) is None


def test_quotes_epithet_with_a_name_word_is_not_the_person(nlp: Language) -> None:
    """'the Harwick striker' holds the club's name: read by the rules for
    organizations' voices, never as an epithet for the one named before."""
    text = (
        "Tom Hale scored twice on Saturday. "
        '"It has been a long season," said the Harwick striker.'
    )
    assert _speaker(nlp, text) != "Tom Hale"
