"""The headline rule: a short first line that is not a sentence."""

from __future__ import annotations

import pytest

from claimkit.io import TITLE_MAX_CHARS, split_title

BODY = "\n\nThe port authority said on Friday that traffic had doubled.\n"
LEAD = (
    "The port authority said on Friday that container traffic through the "
    "harbour had doubled in a year, and that two new berths would open in May"
)


@pytest.mark.parametrize(
    ("first", "title"),
    [
        (
            "Port traffic doubles as new berths open",
            "Port traffic doubles as new berths open",
        ),
        ("Will the new bridge open on time?", "Will the new bridge open on time?"),
        ("Ministers weigh a fuel tax...", "Ministers weigh a fuel tax..."),
        ("Ministers weigh a fuel tax\u2026", "Ministers weigh a fuel tax\u2026"),
        ('Mayor: "We will rebuild the pier"', 'Mayor: "We will rebuild the pier"'),
        ("  Harbour fees rise 5%  ", "Harbour fees rise 5%"),
        ("x" * TITLE_MAX_CHARS, "x" * TITLE_MAX_CHARS),
    ],
    ids=[
        "plain",
        "question",
        "ellipsis",
        "ellipsis-char",
        "quote",
        "padded",
        "at-limit",
    ],
)
def test_io_title_short_first_line_is_a_title(first, title):
    assert split_title(first + BODY) == title


@pytest.mark.parametrize(
    "first",
    [
        LEAD,
        LEAD + ".",
        "x" * (TITLE_MAX_CHARS + 1),
        "Traffic doubled.",
        "Traffic doubled!",
        'The mayor said: "We will rebuild."',
        "The mayor said it would be rebuilt (by May.)",
        "He called it \u201cthe best year yet.\u201d",
    ],
    ids=[
        "long-lead",
        "long-sentence",
        "over-limit",
        "full-stop",
        "exclamation",
        "quote-after-stop",
        "bracket-after-stop",
        "curly-quote-after-stop",
    ],
)
def test_io_title_sentence_or_long_line_is_not_a_title(first):
    assert split_title(first + BODY) is None


@pytest.mark.parametrize(
    "text",
    [
        "Port traffic doubles\nas new berths open\n\nBody.",
        "Port traffic doubles",
        "\n\nPort traffic doubles\n\nBody.",
    ],
    ids=["no-blank-line-after", "single-line", "blank-first-line"],
)
def test_io_title_needs_a_first_line_then_a_blank_line(text):
    assert split_title(text) is None
