"""A name the recognizer cuts before its number is read whole ("BBC" of
"BBC Two"), and a numbered name is no longer form of the plain one ("the
BBC" is not BBC One). Sentences our own; negatives keep counts and plain
names as they are."""

from __future__ import annotations

import pytest


def _entities(nlp, text: str) -> dict[str, set[str]]:
    """Each entity's name and the texts of its name mentions (pronouns aside)."""
    doc = nlp(text)
    return {
        e["name"]: {m["text"] for m in e["mentions"] if m["text"][:1].isupper()}
        for e in doc._.ck_entities
    }


CASES = [
    # a capitalized number word after the name, in running prose
    ("BBC Three controller Anna Pike said the show was a hit.", "BBC Three"),
    ("The series moves to BBC Four in May, the broadcaster said.", "BBC Four"),
    ("Viewers of Channel Five saw the final, the channel said.", "Channel Five"),
    # the name written whole elsewhere in the article: every cut copy is it
    (
        "The quiz moved to BBC Two on Sunday. BBC Two controller Anna Pike "
        "said the move was a success.",
        "BBC Two",
    ),
    # negatives: the plain name stays whole and alone
    # a count in lower case is no part of the name
    ("The BBC two years ago launched a quiz, its director said.", "BBC"),
    # a number word opening a name of its own
    ("Scotland lost their RBS Six Nations opener, RBS said.", "RBS"),
    # a number word opening the next sentence
    (
        "Arsenal beat Chelsea on Monday. Two days later Arsenal sold Tom Reyes.",
        "Chelsea",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize("text,name", CASES)
def test_entities_read_a_numbered_name_whole(nlp, text: str, name: str) -> None:
    found = _entities(nlp, text)
    assert found.get(name) == {name}
    assert not any(key.startswith(name + " ") for key in found)


@pytest.mark.model
def test_entities_the_plain_name_is_not_its_numbered_channel(nlp) -> None:
    found = _entities(
        nlp, "BBC One will lose the quiz to BBC Two next year, the BBC said."
    )
    assert found.get("BBC One") == {"BBC One"}
    assert found.get("BBC Two") == {"BBC Two"}
    assert found.get("BBC") == {"BBC"}


@pytest.mark.model
def test_entities_a_model_after_an_indefinite_article_keeps_no_number(nlp) -> None:
    found = _entities(nlp, "Buyers pay £11,500 for a new Mini One, the carmaker said.")
    assert "Mini One" not in found
