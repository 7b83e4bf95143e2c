"""A name the parse hangs on the speaker, though it follows a role noun in
the speaker's own phrase, is the role's person, not the speaker: "The wife of
director Tom Reed has said". Sentences our own; negatives keep the names that
are the speaker's."""

from __future__ import annotations

import pytest

from claimkit.articles import doc_to_article

CASES = [
    ("The wife of director Tom Reed has said he is innocent.", "The wife", None),
    ("Friends of director Tom Reed have said he is unwell.", "Friends", None),
    ("The lawyer of singer Ann Ray said she would appeal.", "The lawyer", None),
    # negatives: the name is the speaker's
    (
        "The chairman of Acme LLC Jo Hart said the plan would work.",
        "Jo Hart",
        "Jo Hart",
    ),
    ("Her senior adviser, Tom Reed, said the plan would work.", "Tom Reed", "Tom Reed"),
    (
        "A spokesman for Acme Foods, Jane Doe, said sales were strong.",
        "Jane Doe",
        "Jane Doe",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize("text,speaker_text,speaker", CASES)
def test_quotes_a_role_in_the_speakers_phrase_keeps_its_name(
    nlp, text: str, speaker_text: str, speaker: str | None
) -> None:
    article = doc_to_article(nlp(text), doc_id="t")
    names = {e.id: e.name for e in article.entities}
    (quote,) = article.quotes
    assert quote.speaker_text == speaker_text
    assert names.get(quote.speaker) == speaker
