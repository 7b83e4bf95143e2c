"""Tests of paragraph layout (claimkit.text.layout): no spaCy, no model."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimkit.text.layout import (
    WRAP_MAX,
    break_between,
    caps_label,
    credit_line,
    credit_start,
    is_break,
    line_opens_with,
    paragraph_end,
    paragraph_index,
    paragraph_spans,
    paragraph_starts,
    subheading,
)

# Two paragraphs hard-wrapped at 60 columns, under a headline and a byline
WIRE = (
    "Harbour runs out of berths\n"
    "By Ada Quist\n"
    "\n"
    + textwrap.fill(
        "Ships queued outside the harbour for a third week on Friday as the port "
        "authority said it had no berths left for container vessels until June.",
        60,
    )
    + "\n\n"
    + textwrap.fill(
        '"We ran out of space in the spring and nobody listened to us when we '
        'asked for a second quay," said Priya Nair, the port director.',
        60,
    )
    + "\n"
)


def _paragraphs(text: str) -> list[str]:
    return [text[start:end] for start, end in paragraph_spans(text)]


def _line_starts(text: str) -> list[int]:
    return [0] + [i + 1 for i, char in enumerate(text) if char == "\n"]


def test_layout_no_blank_line_every_line_is_a_paragraph() -> None:
    text = (
        "Ships queued outside the harbour for a third week on Friday as the\n"
        "port authority said it had no berths left for container vessels\n"
        "until June, and the queue grew."
    )
    assert paragraph_starts(text) == _line_starts(text)


def test_layout_blank_line_paragraphs_of_one_line_are_lines() -> None:
    text = "Harbour runs out of berths\n\nShips queued.\n\nThe port said so.\n"
    assert paragraph_starts(text) == _line_starts(text)
    assert _paragraphs(text) == [
        "Harbour runs out of berths",
        "",
        "Ships queued.",
        "",
        "The port said so.",
        "",
    ]


def test_layout_wrapped_lines_join_their_paragraph() -> None:
    paragraphs = [p for p in _paragraphs(WIRE) if p.strip()]
    assert len(paragraphs) == 4
    assert paragraphs[2].startswith("Ships queued") and "\n" in paragraphs[2]
    assert paragraphs[3].startswith('"We ran out') and paragraphs[3].endswith(
        "director."
    )


def test_layout_headline_and_byline_stay_paragraphs() -> None:
    paragraphs = _paragraphs(WIRE)
    assert paragraphs[:2] == ["Harbour runs out of berths", "By Ada Quist"]


def test_layout_list_items_stay_paragraphs() -> None:
    intro = textwrap.fill("The port asked the council for " + "money " * 20, 60)
    items = "\n".join(
        "- " + textwrap.fill("a second quay built of concrete and " + "x " * 9, 58)
        for _ in range(3)
    )
    text = f"{intro}\n\n{items}\n"
    paragraphs = [p for p in _paragraphs(text) if p.strip()]
    assert len(paragraphs) == 4
    assert all(p.startswith("- ") for p in paragraphs[1:])


def test_layout_long_lines_are_paragraphs_even_with_a_blank_line() -> None:
    # web style: a paragraph a line, a blank line only after the headline
    long = "The port said it had no berths left for container ships. " * 3
    text = f"Harbour runs out of berths\n\n{long}\n{long}\n{long}"
    assert max(len(line) for line in text.split("\n")) > WRAP_MAX
    assert paragraph_starts(text) == _line_starts(text)


def test_layout_lines_ending_sentences_are_paragraphs() -> None:
    text = (
        "Harbour news\n"
        "\n"
        "The port said on Friday that it had no berths left for ships.\n"
        "Priya Nair, the director, asked the council for a new quay.\n"
        '"We ran out of space in the spring," she said on the radio.\n'
    )
    assert paragraph_starts(text) == _line_starts(text)


def test_layout_paragraph_lookups() -> None:
    text = "0123456789\n\n2\n4567"
    starts = [0, 11, 12, 14]
    assert paragraph_starts(text) == starts
    assert paragraph_index(starts, 0) == 0 and paragraph_index(starts, 10) == 0
    assert paragraph_index(starts, 11) == 1 and paragraph_index(starts, 17) == 3
    assert paragraph_end(text, starts, 3) == 10
    assert paragraph_end(text, starts, 10) == 10
    assert paragraph_end(text, starts, 15) == len(text)
    assert is_break(starts, 10) and is_break(starts, 11) and not is_break(starts, 5)
    assert break_between(starts, 5, 11) and not break_between(starts, 0, 10)
    assert not break_between(starts, 12, 13) and break_between(starts, 12, 14)


def test_layout_wrapped_paragraph_lookups() -> None:
    starts = paragraph_starts(WIRE)
    ships = WIRE.index("Ships")
    wrap = WIRE.index("\n", ships)
    assert not is_break(starts, wrap)
    assert paragraph_index(starts, ships) == paragraph_index(starts, wrap + 1)
    assert paragraph_end(WIRE, starts, ships) == WIRE.index("\n\n", ships)
    assert not break_between(starts, ships, wrap + 5)
    assert break_between(starts, ships, WIRE.index('"We'))


def test_layout_imports_no_spacy() -> None:
    code = (
        "import sys, claimkit.text.layout, claimkit.text.quotemarks; "
        "assert 'spacy' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@given(text=st.text(alphabet=st.sampled_from(list("ab .\n-\t\u2022")), max_size=400))
def test_layout_starts_are_line_starts_and_spans_tile_the_text(text: str) -> None:
    starts = paragraph_starts(text)
    lines = _line_starts(text)
    assert starts[0] == 0 and set(starts) <= set(lines)
    assert starts == sorted(set(starts))
    spans = paragraph_spans(text)
    assert "".join(text[s:e] + "\n" for s, e in spans)[:-1] == text
    if "\n\n" not in text and not any(
        not line.strip() for line in text.split("\n")[1:-1]
    ):
        assert starts == lines


# --- layout lines ---------------------------------------------------------------


def test_layout_link_and_caption_labels() -> None:
    links = {"read more", "related"}
    assert line_opens_with("READ MORE: 'It works': a story", links)
    assert line_opens_with("  Related : more on the vote", links)
    assert not line_opens_with("Read the report: it is long", links)
    assert not line_opens_with("He said more: 'no'", links)
    assert not line_opens_with("READ MORE and more", links)


def test_layout_credit_lines() -> None:
    assert credit_line("The mayor at the rally. (Photo by Ana Ruiz/Getty Images)")
    assert credit_line("Flood water on Main Street. Ana Ruiz/Reuters")
    assert not credit_line("Reuters reported the vote on Monday.")
    assert not credit_line("The photo showed the mayor.")


def test_layout_subheadings() -> None:
    assert subheading("He hasn't decided yet, he says")
    assert subheading("A vote in June\u200b")
    assert not subheading("He hasn't decided yet, he says.")
    assert not subheading('"We wait," she said.\u201d')
    assert not subheading("The council met: ")
    assert not subheading(" ".join(["word"] * 13))
    assert not subheading("")


def test_layout_invisible_line_is_blank() -> None:
    # a blank line holding a zero-width space still separates wrapped paragraphs
    marked = WIRE.replace("\n\n", "\n\u200b\n")
    assert marked != WIRE

    def paragraphs(text: str) -> list[str]:
        spans = paragraph_spans(text)
        return [text[a:b].replace("\u200b", "") for a, b in spans]

    assert paragraphs(marked) == paragraphs(WIRE)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Ana Lutz/Harbour Press", "Ana Lutz/Harbour Press"),
        ("The mayor waves. Ana Lutz/The Harbour Press", "Ana Lutz/The Harbour Press"),
        ("(Photo by Ana Lutz/Getty Images)", "(Photo by Ana Lutz/Getty Images)"),
        (
            "The mayor in Oslo on Monday (Ana Lutz/Harbour Press)",
            "(Ana Lutz/Harbour Press)",
        ),
        ("Photo: AFP/Getty Images", "AFP/Getty Images"),
    ],
)
def test_credit_start_finds_the_credit(line: str, credit: str) -> None:
    start = credit_start(line)
    assert start is not None and line[start:] == credit


@pytest.mark.parametrize(
    "line",
    [
        "Ottawa/Gatineau is one region.",
        "Trains run Oslo/Bergen",
        "Sales rose (see Figure 2/Table 3)",
        "Use and/or as you like.",
        "",
    ],
)
def test_credit_start_leaves_sentences(line: str) -> None:
    assert credit_start(line) is None


@pytest.mark.parametrize("line", ["EARN", "BABY NEWS", "  MARKETS "])
def test_caps_label(line: str) -> None:
    assert caps_label(line)


@pytest.mark.parametrize(
    "line", ["Earn", "VOLTARO CUTS PRICES", "IBM SAID.", "", "2024", "UK: 3%"]
)
def test_not_caps_label(line: str) -> None:
    assert not caps_label(line)


def _caps_label_reference(line: str) -> bool:
    """caps_label as first written (before it stopped early): the spec."""
    words = [w for w in line.split() if any(c.isalpha() for c in w)]
    return (
        0 < len(words) <= 2
        and all(w.isupper() for w in words)
        and not re.search(r"[.?!][\"'\u201d\u2019\u00bb)\]]*\s*$", line.rstrip())
        and not any(c.isdigit() for c in line)
    )


@pytest.mark.parametrize(
    "line",
    [
        "EARN",
        "— SPORT —",
        "TOP STORIES",
        "THREE WORD LABEL",
        "PAY 2",
        "UK-EU",
        "R&D",
        "a LOWER start",
        "UPPER then lower",
        "ÉTÉ NEWS",
        "#### ",
        "- - -",
        "BBC NEWS.",
        "News of the day: parliament sat late and the bill passed.",
    ],
)
def test_caps_label_matches_its_spec(line: str) -> None:
    assert caps_label(line) == _caps_label_reference(line)


@given(st.text(alphabet="AbZ é1.!?:-—'’ \t", max_size=40))
def test_caps_label_matches_its_spec_on_any_line(line: str) -> None:
    assert caps_label(line) == _caps_label_reference(line)
