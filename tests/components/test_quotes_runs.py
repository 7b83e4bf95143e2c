"""Quotes with no cue of their own: whose words they continue.

Golden cases on the model, our own sentences: a quote that runs on to one with
its own "said X" is X's; a sentence whose subject is another person between
two quotes stops the carry-over from the first, and when it is the sentence
right before the quote, its subject speaks; a person named only as an object
does not stop it.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language


def _speakers(nlp: Language, text: str) -> list[tuple[Any, ...]]:
    doc = nlp(text)
    names = {e["id"]: e["name"] for e in doc._.ck_entities}
    return [(q["text"], names.get(q["speaker"])) for q in doc._.ck_quotes]


@pytest.mark.model
def test_quote_running_on_to_a_cue_is_that_speakers(nlp: Language) -> None:
    text = (
        '"What a great year," said Tom Ashby after the final.\n\n'
        'The fans stayed for an hour. "It was a hard game all the way." "We kept '
        'going and we won it," said Ann Rayner.'
    )
    assert ("It was a hard game all the way.", "Ann Rayner") in _speakers(nlp, text)


@pytest.mark.model
def test_quote_after_another_persons_sentence_is_theirs(nlp: Language) -> None:
    text = (
        '"What a great year," said Tom Ashby after the final. US coach Ben Lowe '
        'wants his players to train more on clay. "I think it will help them '
        'learn to play smarter."'
    )
    speakers = dict(_speakers(nlp, text))
    assert speakers["I think it will help them learn to play smarter."] == "Ben Lowe"


@pytest.mark.model
def test_person_named_as_an_object_keeps_the_carry_over(nlp: Language) -> None:
    text = (
        '"What a great year," said Tom Ashby after the final. The crowd cheered '
        'for Ben Lowe at the gates. "I will be back next year to win it again."'
    )
    speakers = dict(_speakers(nlp, text))
    assert speakers["I will be back next year to win it again."] == "Tom Ashby"
