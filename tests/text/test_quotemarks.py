"""Tests of quote-mark pairing (claimkit.text.quotemarks): no spaCy, no model."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimkit.text.quotemarks import blank, find_quote_marks, strip_blank


def _marked(text: str) -> list[str]:
    spans, _ = find_quote_marks(text)
    return [text[s.start : s.end] for s in spans]


def test_quotemarks_pairs_straight_curly_single_and_guillemets() -> None:
    text = 'A "one" B \u201ctwo\u201d C \u2018three\u2019 D \u00abfour\u00bb E'
    assert _marked(text) == ["one", "two", "three", "four"]


def test_quotemarks_apostrophes_and_possessives_are_not_marks() -> None:
    text = "The firms\u2019 chips don\u2019t sell as in the \u201990s; rock 'n' roll"
    spans, issues = find_quote_marks(text + "; O'Neill's shop")
    assert spans == [] and issues == []


def test_quotemarks_single_quote_after_possessive_closes_later() -> None:
    text = "He called it \u2018the firms\u2019 best year\u2019 in a memo."
    assert _marked(text) == ["the firms\u2019 best year"]


def test_quotemarks_multi_paragraph_quote_is_one() -> None:
    text = "\u201cFirst part.\n\n\u201cSecond part.\n\n\u201cLast part,\u201d she said."
    spans, issues = find_quote_marks(text)
    assert len(spans) == 1 and not issues
    assert spans[0].paragraphs == 3
    assert text[spans[0].start : spans[0].end].endswith("Last part,")


def test_quotemarks_unclosed_mark_closes_at_paragraph_end_and_is_reported() -> None:
    text = 'He said "it was fine\n\nNext "one" here.'
    spans, issues = find_quote_marks(text)
    assert [text[s.start : s.end] for s in spans] == ["it was fine", "one"]
    assert spans[0].close_at is None
    assert issues and "not closed" in issues[0]


def test_quotemarks_stray_closing_mark_is_skipped_and_reported() -> None:
    spans, issues = find_quote_marks("x\u201d y \u201cz\u201d")
    assert len(spans) == 1 and issues


def test_quotemarks_nested_single_belongs_to_outer() -> None:
    assert _marked("\u201cThey said \u2018no\u2019 to us,\u201d she said.") == [
        "They said \u2018no\u2019 to us,"
    ]


def test_quotemarks_markup_attributes_are_not_quotes() -> None:
    assert _marked('<tweet author="someone" id="12">Hi</tweet> "real one"') == [
        "real one"
    ]


def test_quotemarks_linear_on_many_marks() -> None:
    text = ('"a" \u201cb\u201d \' " \u2019 ' * 20000) + "\n"
    spans, _ = find_quote_marks(text)
    assert len(spans) >= 40000


_MARKY = st.text(
    alphabet=st.sampled_from(
        list("ab .,:\n'\"\u201c\u201d\u2018\u2019\u00ab\u00bb\u2014<>s")
    ),
    max_size=300,
)


@given(text=_MARKY)
@settings(max_examples=300, deadline=None)
def test_quotemarks_never_raise_and_spans_slice_back(text: str) -> None:
    spans, issues = find_quote_marks(text)
    for span in spans:
        assert 0 <= span.open_at < span.start <= span.end <= len(text)
        assert text[span.start : span.end].strip() == text[span.start : span.end]
    assert all(isinstance(issue, str) for issue in issues)


# --- paragraphs (claimkit.text.layout) ----------------------------------------------

_WRAPPED = (
    "Port runs out of berths\n"
    "\n"
    'Ships queued for a third week. "We ran out of space in the spring and\n'
    'nobody listened to us when we asked the council for a second quay," said\n'
    "Priya Nair, the port director, on Friday morning at the harbour office.\n"
    "\n"
    "The council meets on Monday to discuss the harbour and its berths.\n"
)


def test_quotemarks_quote_wrapped_inside_a_paragraph_is_one() -> None:
    spans, issues = find_quote_marks(_WRAPPED)
    assert [_WRAPPED[s.start : s.end] for s in spans] == [
        "We ran out of space in the spring and\nnobody listened to us when we "
        "asked the council for a second quay,"
    ]
    assert issues == []


def test_quotemarks_single_newlines_each_line_a_paragraph() -> None:
    # no blank line: an unclosed mark closes at its line's end, as before
    text = 'He said "it was fine\nNext "one" here.'
    spans, issues = find_quote_marks(text)
    assert [text[s.start : s.end] for s in spans] == ["it was fine", "one"]
    assert issues and "not closed" in issues[0]


def test_quotemarks_quote_over_blank_line_closes_at_paragraph_end() -> None:
    text = _WRAPPED.replace("spring and\n", "spring and\n\n")
    spans, issues = find_quote_marks(text)
    first = text[spans[0].start : spans[0].end]
    assert first == "We ran out of space in the spring and"
    assert spans[0].close_at is None
    assert issues and "not closed" in issues[0]


# --- invisible characters -----------------------------------------------------


@pytest.mark.parametrize(
    "invisible", ["\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad"]
)
def test_quotemarks_invisible_characters_change_nothing(invisible: str) -> None:
    plain = 'Lind said "we rest" and left; the firms\' plan, "it works"'
    text = plain.replace('"we', f'{invisible}"{invisible}we').replace(
        'rest"', f'rest{invisible}"{invisible}'
    )
    found = [text[s.start : s.end] for s in find_quote_marks(text)[0]]
    assert found == ["we rest", "it works"]
    assert find_quote_marks(text)[1] == find_quote_marks(plain)[1] == []


def test_quotemarks_apostrophe_next_to_invisible_is_still_apostrophe() -> None:
    text = "Lind\u200b's plan and O\u200b'Brien's \u2018new\u2019 idea"
    found = [text[s.start : s.end] for s in find_quote_marks(text)[0]]
    assert found == ["new"]


def test_quotemarks_strip_blank_keeps_offsets() -> None:
    text = "\u200b Lind\u00ad\u200b "
    start, end = strip_blank(text, 0, len(text))
    assert text[start:end] == "Lind"
    assert blank("\u200b") and blank("\u00a0") and not blank("x")


def test_quotemarks_paragraph_run_into_the_line_continues_the_quote() -> None:
    # a scraped article lost the break between two paragraphs of one quote
    text = (
        '"We trained in the cold for a month. "Then the snow came and nobody '
        'could reach the ground," said Ruth Obi. Rivals were slower.'
    )
    spans, _ = find_quote_marks(text)
    assert len(spans) == 1
    assert text[spans[0].start : spans[0].end].endswith("reach the ground,")
    curly = (
        text.replace('"W', "\u201cW").replace('"T', "\u201cT").replace(',"', ",\u201d")
    )
    assert len(find_quote_marks(curly)[0]) == 1


@pytest.mark.parametrize(
    "text, expected",
    [
        # a closing mark after the sentence's end: two quotes, as before
        ('"We won." "They lost," she said.', ["We won.", "They lost,"]),
        # after a comma a space and a capital: the mark closes
        ('"We won , "Ruth said. "Yes."', ["We won ,", "Yes."]),
        # lower case after the mark: a closing mark with a stray space
        ('"It ended. " then he left.', ["It ended."]),
    ],
)
def test_quotemarks_run_on_needs_a_sentence_end_and_a_capital(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


def test_quotemarks_run_on_only_after_spoken_words() -> None:
    # the closing mark was lost before the narration: with no first or
    # second person before it, the quote ends at the stop before the mark,
    # and the mark opens the next speaker's words, which stand alone
    text = (
        '"My knee is fine now. Obi joined the club in 2019 and the US coach '
        'praised her. "She trains harder than anyone," said Ida Lund.'
    )
    marked = _marked(text)
    assert marked[0].endswith("the US coach praised her.")
    assert marked[1:] == ["She trains harder than anyone,"]


def test_quotemarks_spaced_straight_mark_after_a_stop_opens() -> None:
    # '... plans. "With ...': the mark after the stop and a space opens the
    # next quote, so the narration after the real closing mark is no quote
    text = (
        'Ann Ray said: "The levy must go. "Taxes are too high. " And Tom '
        "Reed said the figures did not add up."
    )
    marked = _marked(text)
    assert marked == ["The levy must go.", "Taxes are too high."]
    # a mark between a word and a space closes, as it always did
    assert _marked('Ann Ray said "we will cut waste" and left.') == [
        "we will cut waste"
    ]


@pytest.mark.parametrize("said", ["said Ida Lund", "Ida Lund said"])
def test_quotemarks_flipped_lines_pair_in_order(said: str) -> None:
    # text rebuilt one sentence a line: each line's first mark is glued to
    # the word after it, so the mark that closes a quote run over two lines
    # looks like an opening one (', "said'); the marks pair in order
    text = (
        "Ida Lund lost in three sets.\n"
        '"We lost the first set.\n'
        f'It hurts, "{said}."\n'
        'But we go on. "\n'
        "The final is on Sunday."
    )
    spans, issues = find_quote_marks(text)
    assert [text[s.start : s.end] for s in spans] == [
        "We lost the first set.\nIt hurts,",
        "But we go on.",
    ]
    assert [s.paragraphs for s in spans] == [2, 2] and not issues


@pytest.mark.parametrize(
    "text",
    [
        # an odd number of marks: one is lost, the order pairs nothing
        '"We lost the first set.\nIt hurts, "said Ida Lund. "\nShe left.',
        # the mark after a colon opens, so the order is off by one
        '"We lost.\nIt hurts, "she said. "Yes.\nHe added: "We go."\nFine. "',
        # a mark of the closing shape where the order opens: a mark was lost
        'Ida Lund said: "We lost. "\nIt hurts, "she said. "Go. "\nOn."',
        # a mark that closes as the spacing writes it where the order opens
        '"We lost.\nIt hurts, "said Ida.\nWe go," added Ida. "\nOn. "Yes."',
        # the lower-case mark is not the first of its line: the spacing decides
        'He said, "we lost." She said, "it hurts," "said" is a verb.\n"Go."',
    ],
)
def test_quotemarks_flipped_pairing_needs_its_evidence(text: str) -> None:
    from claimkit.text.layout import paragraph_spans
    from claimkit.text.quotemarks import _toggled_pairs

    assert _toggled_pairs(text, paragraph_spans(text)) is None
