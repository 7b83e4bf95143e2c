"""ck_quotes on hard-wrapped text: a line break inside a paragraph is no paragraph edge.

Regression tests for issue 13 (every line break was taken as a paragraph break,
so a quote wrapped at 72 columns was cut in two), and the negatives that keep
today's handling: single-newline texts put a paragraph on each line, and a quote
across a blank line still stops at it.
"""

from __future__ import annotations

import re
import textwrap
from typing import Any

import pytest
from spacy.language import Language

pytestmark = pytest.mark.model

_ARTICLE = [
    "Harbour runs out of berths",
    "Ships queued outside the harbour for a third week on Friday as the port "
    "authority said it had no berths left for container vessels until June.",
    '"We ran out of space in the spring and nobody listened to us when we asked '
    'the council for a second quay," said Priya Nair, the port director.',
    "Tom Reed, who chairs the council, said the quay would cost more than the "
    "town could raise and that the port should share its berths with Eastfield.",
    '"Nobody here wants to pay for a quay that only the shipping lines will use," '
    "Reed told reporters after the meeting on Thursday evening.",
]


def _wrapped(paragraphs: list[str], width: int = 72) -> str:
    return "\n\n".join(textwrap.fill(p, width) for p in paragraphs) + "\n"


def _quotes(nlp: Language, text: str) -> list[dict[str, Any]]:
    doc = nlp(text)
    assert doc._.ck_failure is None
    return list(doc._.ck_quotes)


def _flat(quotes: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    def norm(words: str | None) -> str | None:
        return None if words is None else re.sub(r"\s+", " ", words)

    return [(norm(q["text"]), q["form"], norm(q["speaker_text"])) for q in quotes]


def test_quotes_wrapped_marked_quote_is_one_direct_quote_with_speaker(
    nlp: Language,
) -> None:
    text = _wrapped(_ARTICLE[:3])
    assert text.count("\n") > 6  # the quote is wrapped over two lines
    marked = [q for q in _quotes(nlp, text) if q["form"] != "indirect"]
    assert len(marked) == 1
    (quote,) = marked
    assert quote["form"] == "direct"
    assert quote["text"].startswith("We ran out") and quote["text"].endswith("quay,")
    assert quote["speaker_text"] == "Priya Nair"


def test_quotes_wrapped_article_reads_as_unwrapped(nlp: Language) -> None:
    wrapped = _quotes(nlp, _wrapped(_ARTICLE))
    unwrapped = _quotes(nlp, "\n\n".join(_ARTICLE) + "\n")
    assert _flat(wrapped) == _flat(unwrapped)
    speakers = {q["speaker_text"] for q in wrapped if q["form"] == "direct"}
    assert speakers == {"Priya Nair", "Reed"}


def test_quotes_single_newlines_keep_each_line_a_paragraph(nlp: Language) -> None:
    # no blank line: each line is a paragraph, so an unclosed quote mark closes
    # at its line's end and does not run into the next line
    text = (
        'Tom Reed said the plan for a second quay "was dead on arrival in the\n'
        "council chamber and would stay dead. The vote is next week, said Ines Roth.\n"
    )
    doc = nlp(text)
    assert any("not closed" in issue for issue in doc._.ck_issues)
    # the quoted words close at the line's end, inside Reed's report (one claim)
    reed = [q for q in doc._.ck_quotes if q["speaker_text"] == "Tom Reed"]
    assert [q["text"] for q in reed] == [
        'the plan for a second quay "was dead on arrival in the'
    ]


@pytest.mark.parametrize("width", [None, 72], ids=["one_line_paragraphs", "wrapped"])
def test_quotes_quote_across_blank_line_keeps_paragraph_edge(
    nlp: Language, width: int | None
) -> None:
    # a mark left open at a blank line closes there (the next paragraph does not
    # open with a mark), as before, whether the paragraphs are wrapped or not
    paragraphs = [
        _ARTICLE[0],
        _ARTICLE[1],
        'Tom Reed said the plan for a second quay "was dead on arrival in the '
        "council chamber and would stay dead for as long as he chaired it",
        "The vote is next week, and the port director Priya Nair said she would "
        "ask the council again for a second quay before the summer.",
    ]
    if width is None:
        text = "\n\n".join(paragraphs) + "\n"
    else:
        text = _wrapped(paragraphs, width)
    doc = nlp(text)
    assert any("not closed" in issue for issue in doc._.ck_issues)
    # one claim: Reed's report, its quoted words closed at the paragraph's end
    reed = [q for q in doc._.ck_quotes if q["speaker_text"] == "Tom Reed"]
    assert len(reed) == 1
    assert reed[0]["text"].startswith('the plan for a second quay "was dead on')
    assert reed[0]["text"].endswith("as long as he chaired it")


# Scraped articles often lose paragraph breaks: a quote over three paragraphs
# arrives on one line, each paragraph opening with its own mark.
_RUN_ON = (
    "Cyclist Ruth Obi is to retire after a run of injuries. "
    '"I had hoped to race this winter but I am too slow," said Obi. '
    'She told the Courier newspaper: "I am not in great shape after missing a '
    'month. "I missed a lot of speed work over three weeks. "I still enjoy '
    'training, but it is time to move on." '
    'Obi won the national title in 2019. But her coach doubted her. "She '
    'trained harder than anyone," said coach Ida Lund.'
)


def test_quotes_paragraphs_run_into_one_line_stay_one_quote(nlp: Language) -> None:
    quotes = _quotes(nlp, _RUN_ON)
    told = [q for q in quotes if q["text"].startswith("I am not in great shape")]
    assert len(told) == 1
    assert told[0]["form"] == "direct" and told[0]["speaker_text"] == "She"
    assert told[0]["text"].endswith("it is time to move on.")
    # no claim from words inside the quote, no speaker found inside it
    assert not [q for q in quotes if q["text"].startswith("I missed")]
    lund = [q for q in quotes if q["text"].startswith("She trained")]
    assert len(lund) == 1 and lund[0]["speaker_text"] == "Ida Lund"
    assert not any("Obi won" in q["text"] for q in quotes)
