"""A person's name ending a work's title as the subject, golden cases on the model.

'Lord of the Isles director Tom Reed has said ...': the parser may take the
title's first word for the subject and hang the rest on its 'of'; the person
named last, with a word for a role right before the name, speaks. With no role
word ('Voice of Tom Reed has said') the title's words name no one. Own
sentences, invented names.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.test_quotes_role_speakers import _speakers

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Lord of the Isles director Tom Reed has said that the sequel will "
            "take four years.",
            "Tom Reed",
        ),
        (
            "Enemy of the State director Tom Reed said the sequel will take four "
            "years.",
            "Tom Reed",
        ),
        ("Voice of Tom Reed has said that the sequel will take four years.", None),
    ],
)
def test_quotes_name_ending_a_title_speaks_after_a_role(
    nlp: Language, text: str, speaker: str | None
) -> None:
    assert [name for _, name in _speakers(nlp, text)] == [speaker]
