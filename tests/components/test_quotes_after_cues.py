"""A cue after a quote: how far its subject may reach, and who cannot speak.

Golden cases on the model, our own sentences: a named subject with an apposition
set off by commas ('"...," Ann Ray, a senior economist with the bank, told the
BBC') attributes the quote though the words between are many; a relative clause
after a quote ('"...," which votes in June') tells of the last word quoted and
names no speaker, nor does a question word ('recalled what happened to point
out that ...'), nor the subject of a sentence after the quote's ('the
"broadcaster". This allows ...') unless it only attributes ('". Ann Ray
said.'), while a relative clause inside the speaker's phrase ('Tom
Ridley, who chairs the council, told reporters') does not stop the cue.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language


def _speakers(nlp: Language, text: str) -> list[tuple[Any, ...]]:
    """(quote words, speaker words, speaker entity name, cue) of each quote."""
    doc = nlp(text)
    names = {e["id"]: e["name"] for e in doc._.ck_entities}
    return [
        (q["text"], q["speaker_text"], names.get(q["speaker"]), q["cue"])
        for q in doc._.ck_quotes
    ]


def _of(nlp: Language, text: str, words: str) -> tuple[Any, ...]:
    found = [s[1:] for s in _speakers(nlp, text) if words in s[0]]
    assert found, _speakers(nlp, text)
    return found[0]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Growth will pick up next year, the bank said. "
            '"The rise in fuel costs is not large by the standards of the past. If '
            'the price holds, we think it can be absorbed within a few months," '
            "Anna Kessler, a senior economist with the bank, told the BBC.",
            "absorbed within",
            "Anna Kessler",
        ),
        (
            "The port reopened on Monday, the council said. "
            '"We expect the first ships to dock by the end of the week and the '
            'rest to follow soon after," Tom Ridley, the harbour master at '
            "Eastmouth, told reporters.",
            "first ships",
            "Tom Ridley",
        ),
    ],
)
def test_quotes_cue_after_an_apposition_attributes_the_quote(
    nlp: Language, text: str, words: str, speaker: str
) -> None:
    assert _of(nlp, text, words)[1] == speaker


@pytest.mark.model
def test_quotes_relative_clause_after_a_quote_names_no_speaker(nlp: Language) -> None:
    text = (
        "''We could win enough delegates in Ohio and Utah to catch up further, "
        "and we have good chances all the way through Oregon,'' which votes "
        "June 7. Still, Mr. Dunne acknowledged that the race was hard."
    )
    speaker_text, _, cue = _of(nlp, text, "good chances")
    assert speaker_text != "which"
    assert cue != "votes"


@pytest.mark.model
def test_quotes_relative_clause_inside_the_subject_still_speaks(nlp: Language) -> None:
    # 'who chairs the council' describes the speaker; the cue after it reports
    text = (
        '"We will not close the school this year or next," Tom Ridley, who '
        "chairs the council, told reporters."
    )
    assert _of(nlp, text, "close the school")[:2] == ("Tom Ridley", "Tom Ridley")


@pytest.mark.model
def test_quotes_question_word_is_no_speaker(nlp: Language) -> None:
    # the parse hangs 'to point out' on 'happened', whose subject is 'what'
    text = (
        "But state Rep. Gilda Hunter, a member of the committee, recalled what "
        "happened in 2008 to point out that the lead in the state could erode."
    )
    assert all(s[1] != "what" for s in _speakers(nlp, text)), _speakers(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "It means there is not just a one-way link between the viewer and "
            'the "broadcaster". This allows for more choice and limitless storage.',
            None,
        ),
        ('"It was a fine day for a final". Ann Ray said.', "Ann Ray"),
        # a title's stop ends no sentence
        (
            '"Two men ran off with the cash," police Const. Ada Brill told reporters.',
            "Ada Brill",
        ),
        ('"She gave years to the parish," Msgr. Paul Orrin said.', "Paul Orrin"),
    ],
)
def test_quotes_no_cue_after_the_sentence_ended(
    nlp: Language, text: str, speaker: str | None
) -> None:
    # a stop outside the marks ends the sentence: only a sentence that just
    # attributes ('Ann Ray said.') speaks for the quote before it
    found = _speakers(nlp, text)
    assert [s[2] for s in found if s[1] is not None] == (
        [speaker] if speaker else []
    ), found
