"""A poll's or survey's finding is no one's statement, golden cases on the model.

'a survey has found that 40% ...', 'the figures suggest', 'research
revealed': data found, not words said, so no quote record. A share
of those polled who said something ('Most of those polled said') is an unnamed
group's speech; a person called a figure ('a leading figure in the party'), a
firm named Research ('Kelvane Research said') and the one who ran the poll
('the pollster said') speak, and 'according to official statistics' cites a
source for the report's words. Own sentences, invented names.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

pytestmark = pytest.mark.model


def _speakers(nlp: Language, text: str) -> list[str | None]:
    """The speaker words of each quote about the bus fares."""
    doc = nlp(text)
    return [q["speaker_text"] for q in doc._.ck_quotes if "bus fares" in q["text"]]


@pytest.mark.parametrize(
    "text",
    [
        "A survey has found that 40% of commuters think bus fares are too high.",
        "Commuters now pay 7.4% more for bus fares, the figures suggest.",
        "Bus fares are the biggest worry of commuters, a survey has suggested.",
        "A survey has revealed that many commuters think bus fares are too high.",
        "Research by the Kelvane Institute revealed that commuters think bus "
        "fares are too high.",
        "A new poll by Kelvane Research for the Evening Post shows that "
        "commuters think bus fares are too high.",
    ],
)
def test_quotes_poll_finding_is_no_quote(nlp: Language, text: str) -> None:
    assert _speakers(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Most of those polled said bus fares were too high.",
            "Most",
        ),
        (
            "A leading figure in the party said bus fares were too high.",
            "A leading figure",
        ),
        ("Kelvane Research said bus fares were too high.", "Kelvane Research"),
        ("The pollster said bus fares were too high.", "The pollster"),
        (
            "Commuters paid more for bus fares last year, according to official "
            "statistics.",
            "official statistics",  # a source the report cites
        ),
    ],
)
def test_quotes_people_behind_a_poll_still_speak(
    nlp: Language, text: str, speaker: str
) -> None:
    assert _speakers(nlp, text) == [speaker]
