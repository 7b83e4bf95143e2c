"""A headline's quote takes the speaker its lede names, golden cases on the model.

'Dorset "will keep its ferry link"' over a lede that reports the same claim
with its speaker ('The ferry link will stay, council leader Mara Quill said.')
is Mara Quill's. A lede that gives the claim to reports or figures, a lede
about something else, and a first line that runs on into the text (no
headline) give the headline's quote no speaker. Own sentences, invented names.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

pytestmark = pytest.mark.model


def _headline_speaker(nlp: Language, text: str) -> str | None:
    doc = nlp(text)
    names = {e["id"]: e["name"] for e in doc._.ck_entities}
    head_end = text.index("\n")
    (found,) = [
        names.get(q["speaker"]) for q in doc._.ck_quotes if q["end"] <= head_end
    ]
    return found


def test_headline_quote_takes_the_lede_speaker(nlp: Language) -> None:
    text = (
        "Dorset 'will keep its ferry link to Jersey'\n\n"
        "The county's ferry link to Jersey will stay open next year, council "
        "leader Mara Quill said on Monday.\n\n"
        "Ms Quill told councillors the service had carried more passengers.\n"
    )
    assert _headline_speaker(nlp, text) == "Mara Quill"


def test_lede_giving_the_claim_to_figures_names_no_one(nlp: Language) -> None:
    text = (
        "Band 'set for third number one'\n\n"
        "The Velvet Larks are likely to score a third number one single on "
        "Sunday, according to early sales figures.\n\n"
        "Their new single sold well in its first week, said Tom Hale of the "
        "chart company.\n"
    )
    assert _headline_speaker(nlp, text) is None


def test_lede_about_something_else_names_no_one(nlp: Language) -> None:
    text = (
        "Dorset 'will keep its ferry link to Jersey'\n\n"
        "Bus fares across the county will rise by a tenth in April, council "
        "leader Mara Quill said on Monday.\n\n"
        "Ms Quill told councillors the ferry service was under review.\n"
    )
    assert _headline_speaker(nlp, text) is None
