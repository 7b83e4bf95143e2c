"""A report's span ends before a trailing ", according to X" (the source).

"told aides that the plan was dead, according to two people present" reports
"that the plan was dead"; an "according to" the clause goes on after, one that
opens the report, or one that names a norm the speaker cites ("according to
the handbook"), stays inside it.
"""

from __future__ import annotations

import pytest
from spacy.language import Language


def _spans(nlp: Language, text: str) -> list[str]:
    return [q["text"] for q in nlp(text)._.ck_quotes]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Dana Reyes told aides that the merger was dead, according to two "
            "people in the room.",
            "that the merger was dead",
        ),
        (
            "Port officials said the cranes were ready, according to an email "
            "seen by the Ledger.",
            "the cranes were ready",
        ),
        (
            "The mayor said that, according to the budget office, fares would "
            "rise in May.",
            "that, according to the budget office, fares would rise in May",
        ),
        (
            "The judge said the deal was fair, according to its terms, and would "
            "stand.",
            "the deal was fair, according to its terms, and would stand",
        ),
        (
            "Ann Ray said the fee should be paid, according to the club handbook.",
            "the fee should be paid, according to the club handbook",
        ),
    ],
)
def test_report_ends_before_a_trailing_according_to(
    nlp: Language, text: str, span: str
) -> None:
    assert span in _spans(nlp, text), _spans(nlp, text)
