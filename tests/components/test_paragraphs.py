"""ck_paragraphs: a blank line ends a sentence (headline apart from body)."""

from __future__ import annotations

import pytest

from claimkit.components.paragraphs import mark_paragraphs


@pytest.mark.model
def test_headline_is_its_own_sentence(nlp) -> None:
    doc = nlp("Ferry makers slide\n\nDunmore Ferries rose 3% on Monday.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents[-1] == "Dunmore Ferries rose 3% on Monday."
    assert nlp.pipe_names.index("ck_paragraphs") < nlp.pipe_names.index("parser")


def test_only_a_blank_line_marks_a_start(nlp) -> None:
    doc = mark_paragraphs(nlp.make_doc("One line\ngoes on\n\nNew paragraph"))
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["One", "New"]  # the first token is always a start
