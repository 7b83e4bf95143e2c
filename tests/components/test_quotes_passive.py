"""The passive subject of a main clause above a report speaks.

'After saying X, Jo Marsh was taken to hospital', 'Tom Reed was quoted as
saying X', 'He was said to be ill and said X': the one the main clause is
about said X. The passive subject of the cue itself ('Staff were told X')
heard it, and one of a clause on a noun ('rejected the claim that Reed had
been sidelined, saying X') is not who said it. Own sentences, invented names.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.test_quotes_described import _speaker

pytestmark = pytest.mark.model

_SAFE = "all twelve crew were safe"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            f"After saying {_SAFE}, Jo Marsh was taken to Orvik General "
            "Hospital for tests.",
            "Jo Marsh",
        ),
        (f"Tom Reed was quoted by the Orvik Courier as saying {_SAFE}.", "Tom Reed"),
        (f"Staff at Orvik Inc were told that {_SAFE}.", None),
        (
            "Bob Lane rejected the allegation that Tom Reed had been sidelined "
            f"in the campaign, saying {_SAFE}.",
            "Bob Lane",  # the one who rejected it, not Reed
        ),
    ],
)
def test_a_main_clauses_passive_subject_speaks_for_the_report_below(
    nlp: Language, text: str, speaker: str | None
) -> None:
    assert _speaker(nlp, text) == speaker
