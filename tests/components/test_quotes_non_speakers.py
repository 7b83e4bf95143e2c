"""Words that stand where a speaker does but do not speak (own sentences).

A headline's report before its cue ('Pay deal "unfair", says union boss') is
content; the one after the verb speaks. The object of a verb that makes
someone speak ('The row prompted the mayor to say') speaks, not the row; a
passive cue keeps its agent; a 'who' after a thing a person's noun is about
('an expert on tax law, who') is the person. A share of those polled ('Nearly a quarter said') is an unnamed
group: its report is kept and names no entity. Each rule has its negatives.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.test_quotes_speaker_checks import _speaker_of, _speakers

pytestmark = pytest.mark.model


BODY = "\n\nNurses at the Harlow clinic will get a 2% rise from June."


@pytest.mark.parametrize(
    ("headline", "words", "speaker"),
    [
        ("Pay deal 'unfair', says union boss", "unfair", "union boss"),
        ("Brindle shop 'to close by June', says owner", "to close by June", "owner"),
        ("Acme plan 'a disaster', warns Tom Reed", "a disaster", "Tom Reed"),
        # negatives: a speaker before the cue keeps it
        ("Union boss says pay deal 'unfair'", "unfair", "Union boss"),
        ("Tom Reed calls pay deal 'unfair'", "unfair", "Tom Reed"),
    ],
)
def test_headline_speaker_is_after_the_verb_of_saying(
    nlp: Language, headline: str, words: str, speaker: str
) -> None:
    assert _speaker_of(nlp, headline + BODY, words)[0] == speaker


def test_a_list_after_a_request_is_no_inverted_speaker(nlp: Language) -> None:
    text = (
        "Ravi Mehta spoke in Leeds on Friday. He also called for reform of the "
        "United Nations, the World Bank and the IMF."
    )
    assert _speaker_of(nlp, text, "reform")[0] == "He"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The pressure prompted the prime minister to say the rules would be "
            '"looked at again".',
            "looked at again",
            "the prime minister",
        ),
        (
            'The row forced Acme to admit its sales figures were "wrong".',
            "wrong",
            "Acme",
        ),
        # negatives: a request or a wish is the asker's, never the one asked
        (
            'Tom Reed asked the board to explain why costs were "so high".',
            "so high",
            "Tom Reed",
        ),
        (
            'The mayor used a radio address to denounce the plan as "a waste".',
            "a waste",
            "The mayor",
        ),
    ],
)
def test_one_made_to_speak_is_the_speaker(
    nlp: Language, text: str, words: str, speaker: str
) -> None:
    assert _speaker_of(nlp, text, words)[0] == speaker


def test_passive_cue_with_an_agent_keeps_it(nlp: Language) -> None:
    text = 'The cuts were announced by Tom Reed, who said they were "painful".'
    assert _speaker_of(nlp, text, "painful")[0] == "Tom Reed"


def test_who_after_a_topic_is_the_person_not_the_topic(nlp: Language) -> None:
    text = (
        "The plan was praised by a leading expert on code-breaking, who has "
        'confirmed the files were "genuine".'
    )
    speaker = _speaker_of(nlp, text, "genuine")[0]
    assert speaker is not None and "expert" in speaker


@pytest.mark.parametrize(
    "text",
    [
        "Pollster Ann Ray asked 2,000 voters about the tax. Nearly a quarter "
        'said they would "never vote" for it.',
        "Ann Ray ran the survey for Acme. A third of Ann Ray's staff said she "
        'was "a fine boss".',
        'Acme polled its staff. 53% of Acme\'s workers said the plan was "a mistake".',
    ],
)
def test_share_of_those_polled_names_no_entity(nlp: Language, text: str) -> None:
    quotes = [q for q in _speakers(nlp, text) if "Ann Ray" not in str(q[0])]
    reported = [q for q in quotes if '"' in q[0]]
    assert reported, quotes
    for _, words, entity in reported:
        assert entity is None
        assert words is None or "Ray" not in words
