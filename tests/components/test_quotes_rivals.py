"""A name the tagger gave no type is still someone a pronoun may mean.

'Piers Marlow is a union officer in Orvik. He said: "..."': the main clause's
subject, two capitalized words with no entity type, is a rival for 'He', so
the quote names no one rather than the chancellor named before. With no such
name between, 'He' is the one named before. Own sentences, invented names.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.test_quotes_described import _speaker

pytestmark = pytest.mark.model

_CHANCELLOR = "Chancellor Tom Reed has said the cuts will fund more teachers. "
_SAID = 'He said: "All twelve crew were safe."'


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            _CHANCELLOR + "Piers Marlow is a senior benefit officer on the "
            "picket line at Orvik House. " + _SAID,
            None,
        ),
        (
            _CHANCELLOR + "The picket line at Orvik House was quiet. " + _SAID,
            "Tom Reed",
        ),
    ],
)
def test_an_untyped_name_as_subject_is_a_rival_for_he(
    nlp: Language, text: str, speaker: str | None
) -> None:
    assert _speaker(nlp, text) == speaker
