"""A label before a colon that names a topic, not a speaker (issue 16).

Golden cases on the model, our own sentences: in 'Name on topic: "..."' the
name speaks and the topic never does; 'A lesson from Name: "..."' gives Name's
words; a name after another preposition ('Sunday with Rhian Lowe:') is no
speaker, nor is a topic when no name opens the label ('Lessons on Iran:').
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.test_quotes_after_cues import _of


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "words", "speaker_text"),
    [
        (
            'Clinton on Iran: "We will not accept a nuclear-armed regime."',
            "nuclear-armed",
            "Clinton",
        ),
        (
            'Tim Varley on Apple: "A record quarter for the group."',
            "record",
            "Tim Varley",
        ),
        (
            'A lesson from Dana Whitlock: "Be the voice that people hear."',
            "voice",
            "Dana Whitlock",
        ),
    ],
)
def test_quotes_label_names_its_speaker(
    nlp: Language, text: str, words: str, speaker_text: str
) -> None:
    assert _of(nlp, text, words)[0] == speaker_text


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "words", "wrong"),
    [
        ('Lessons on Iran: "We will not accept it."', "accept", "Iran"),
        ('Tarrant on Iran: "We will not accept it."', "accept", "Iran"),
        (
            "Mark Ellery spoke at length on the plans. He told Channel 9's Sunday "
            'with Rhian Lowe: "This is the politics of the playground."',
            "playground",
            "Rhian Lowe",
        ),
    ],
)
def test_quotes_label_topic_is_no_speaker(
    nlp: Language, text: str, words: str, wrong: str
) -> None:
    assert _of(nlp, text, words)[0] != wrong


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "words", "speaker_text"),
    [
        ('BreakingNews: "Markets fell sharply at the open"', "sharply", None),
        ('Exclusive: "We will not sell the club," says owner', "sell", "owner"),
        (
            'Update: "The bridge will stay shut until Monday," the council said.',
            "bridge",
            "the council",
        ),
        ('Ann Ray: "We are not going anywhere."', "anywhere", "Ann Ray"),
    ],
    ids=["joined-label", "label-then-cue", "label-then-said", "name"],
)
def test_quotes_section_label_is_no_speaker(
    nlp: Language, text: str, words: str, speaker_text: str | None
) -> None:
    assert _of(nlp, text, words)[0] == speaker_text
