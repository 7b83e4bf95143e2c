"""Nominal anaphora shared by quantity subjects and quote speakers.

Sentences are the project's own, with invented companies.
"""

from __future__ import annotations

import pytest


def _speaker(nlp, text: str) -> str | None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    names = {e["id"]: e["name"] for e in doc._.ck_entities}
    speakers = [q.get("speaker") for q in doc._.ck_quotes]
    assert len(speakers) == 1, doc._.ck_quotes
    return names.get(speakers[0]) if speakers[0] else None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Dunmore Shipping opened a route on Monday. "We expect growth," '
            "the company said.",
            "Dunmore Shipping",
        ),
        (
            'Dunmore Shipping opened a route. "We expect growth," the operator said.',
            "Dunmore Shipping",
        ),
        (
            "Kestrel Bank signed a deal with Dunmore Shipping on Monday. "
            '"We expect growth," the bank said.',
            "Kestrel Bank",
        ),
        # Two organizations as main subjects of one sentence: either may speak.
        (
            "Dunmore Shipping opened a route and Tolvik Freight closed one. "
            '"We expect growth," the company said.',
            None,
        ),
        # A rival named after the subject: unsure.
        (
            "Dunmore Shipping opened a route with help from Tolvik Freight. "
            '"We expect growth," the company said.',
            None,
        ),
        # Modified: "the rival company" is not the one named.
        (
            'Dunmore Shipping opened a route. "We expect growth," the rival '
            "company said.",
            None,
        ),
    ],
)
def test_org_noun_speaker(nlp, text: str, speaker: str | None) -> None:
    assert _speaker(nlp, text) == speaker
