"""HTML display of Articles: escaping, one highlight per record, nesting."""

from __future__ import annotations

import html
import itertools
import subprocess
import sys
from collections import Counter
from html.parser import HTMLParser
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimkit
from claimkit.display import Highlight, render_html, render_spans
from claimkit.records import (
    Article,
    Entity,
    Mention,
    Quantity,
    QuantityClaim,
    QuoteClaim,
)
from tests.conftest import EXAMPLES, REPO, assert_offsets

TEXT = (
    'Acme Corp said <script>alert("x")</script> sales rose 5%. '
    '"We sold over 2,000 Acme units & more," Jane Roe said.'
)


def _span(text: str, words: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return start, start + len(words)


def _mention(text: str, start: int, end: int) -> Mention:
    return Mention(text=text[start:end], start=start, end=end)


def _article(text: str = TEXT) -> Article:
    acme = [_span(text, "Acme Corp"), _span(text, "Acme", 1)]
    roe = _span(text, "Jane Roe")
    quote = _span(text, "We sold over 2,000 Acme units & more,")
    units = _span(text, "over 2,000 Acme units")
    percent = _span(text, "5%")
    return Article(
        doc_id="t<1>",
        text=text,
        entities=(
            Entity(
                id="e0",
                label="ORG",
                name="Acme Corp",
                mentions=tuple(
                    Mention(text=text[s:e], start=s, end=e) for s, e in acme
                ),
                link="L1",
            ),
            Entity(
                id="e1",
                label="PERSON",
                name="Jane <b>Roe</b>",
                mentions=(
                    Mention(text=text[roe[0] : roe[1]], start=roe[0], end=roe[1]),
                ),
            ),
        ),
        claims=(
            QuantityClaim(
                text=text[percent[0] : percent[1]],
                start=percent[0],
                end=percent[1],
                quantity=Quantity(kind="percent", value=5.0, unit="%", change="up"),
                subject="e0",
            ),
            QuoteClaim(
                text=text[quote[0] : quote[1]],
                start=quote[0],
                end=quote[1],
                speaker="e1",
                speaker_text="Jane Roe",
                speaker_start=roe[0],
                speaker_end=roe[1],
                cue="said",
            ),
            QuantityClaim(
                text=text[units[0] : units[1]],
                start=units[0],
                end=units[1],
                quantity=Quantity(
                    kind="count", value=2000.0, unit="unit", qualifier="more_than"
                ),
            ),
        ),
    )


class _Marks(HTMLParser):
    """Collect marks, labels and the text outside labels; check nesting."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.marks: list[dict[str, str | None]] = []
        self.labels: list[str] = []
        self.text: list[str] = []
        self.tags: Counter[str] = Counter()
        self._in_label = 0
        self._in_doc = 0
        self._label: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] += 1
        data = dict(attrs)
        css = data.get("class") or ""
        self.stack.append((tag, data))
        if "ck-doc" in css.split():
            self._in_doc += 1
        if tag == "mark":
            self.marks.append(data)
        if "ck-label" in css.split():
            self._in_label += 1
            self._label = []

    def handle_endtag(self, tag: str) -> None:
        open_tag, data = self.stack.pop()
        assert open_tag == tag, f"</{tag}> closes <{open_tag}>"
        css = (data.get("class") or "").split()
        if "ck-label" in css:
            self._in_label -= 1
            self.labels.append("".join(self._label))
        if "ck-doc" in css:
            self._in_doc -= 1

    def handle_data(self, data: str) -> None:
        if self._in_label:
            self._label.append(data)
        elif self._in_doc:
            self.text.append(data)


def _parse(markup: str) -> _Marks:
    parser = _Marks()
    parser.feed(markup)
    parser.close()
    assert parser.stack == []
    return parser


def _first_marks(parser: _Marks) -> Counter[str]:
    return Counter(
        str(m["data-ck-kind"])
        for m in parser.marks
        if "ck-cont" not in str(m.get("class")).split()
    )


def _expected(article: Article) -> Counter[str]:
    return Counter(
        entity=sum(len(e.mentions) for e in article.entities),
        quantity=len(article.quantities),
        quote=len(article.quotes),
    )


def test_display_script_in_article_stays_text() -> None:
    markup = render_html(_article())
    parser = _parse(markup)
    assert "script" not in parser.tags
    assert "b" not in parser.tags  # entity names are escaped too
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in markup
    assert "t&lt;1&gt;" in markup


def test_display_text_round_trips_outside_labels() -> None:
    article = _article()
    assert "".join(_parse(render_html(article)).text) == article.text


def test_display_one_highlight_per_record() -> None:
    article = _article()
    parser = _parse(render_html(article))
    assert _first_marks(parser) == _expected(article)
    records = [
        m["data-ck-record"] for m in parser.marks if "ck-cont" not in str(m["class"])
    ]
    assert len(records) == len(set(records))


def test_display_labels_speaker_quantity_and_entity() -> None:
    labels = _parse(render_html(_article())).labels
    assert "Jane <b>Roe</b>" in labels  # the speaker's entity name, as text
    assert "5% ↑" in labels
    assert "> 2,000 unit" in labels
    assert Counter(labels)["ORG"] == 2
    assert Counter(labels)["PERSON"] == 1


def test_display_nests_quantity_and_mention_inside_quote() -> None:
    markup = render_html(_article())
    quote_at = markup.index('data-ck-kind="quote"')
    quote_end = markup.index("</mark>", markup.index("&amp; more,", quote_at))
    inner = markup[quote_at:quote_end]
    assert 'data-ck-kind="quantity"' in inner
    assert 'data-ck-kind="entity"' in inner


def test_display_crossing_spans_continue_without_second_label() -> None:
    text = "alpha beta gamma delta"
    article = Article(
        doc_id="x",
        text=text,
        entities=(
            Entity(
                id="e0",
                label="ORG",
                name="beta gamma",
                mentions=(Mention(text="beta gamma", start=6, end=16),),
            ),
        ),
        claims=(QuoteClaim(text="alpha beta", start=0, end=10, speaker_text=None),),
    )
    parser = _parse(render_html(article))
    assert "".join(parser.text) == text
    assert _first_marks(parser) == Counter(entity=1, quote=1)
    continued = [m for m in parser.marks if "ck-cont" in str(m["class"]).split()]
    assert [m["data-ck-kind"] for m in continued] == ["entity"]
    assert Counter(parser.labels) == Counter({"ORG": 1, "unknown speaker": 1})


class _CountedHighlight(Highlight):
    """A Highlight that counts how often the renderer reads its offsets."""

    reads = 0

    def __getattribute__(self, name: str) -> Any:
        if name in ("start", "end"):
            _CountedHighlight.reads += 1
        return object.__getattribute__(self, name)


def _nested_groups(groups: int) -> tuple[str, list[Highlight]]:
    """Text of ``groups`` sentences, each a quote holding a quantity and a name."""
    sentence = '"Acme sold 5 units," she said. '
    text = sentence * groups
    spans: list[Highlight] = []
    for group in range(groups):
        at = group * len(sentence)
        for start, end, kind, css, label in (
            (1, 18, "quote", "ck-quote", "she"),
            (6, 18, "quantity", "ck-quantity", "5 unit"),
            (1, 5, "entity", "ck-ORG", "ORG"),
        ):
            spans.append(
                _CountedHighlight(
                    start=at + start,
                    end=at + end,
                    kind=kind,
                    css=css,
                    label=label,
                    title=kind,
                    record=f"{kind}{group}",
                )
            )
    return text, spans


def _offset_reads(groups: int) -> int:
    text, spans = _nested_groups(groups)
    _CountedHighlight.reads = 0
    render_spans(text, spans)
    return _CountedHighlight.reads


def test_display_render_spans_work_grows_linearly_with_spans() -> None:
    # Counting offset reads instead of timing cannot flake: linear work reads
    # about 8 times as often for 8 times the spans; a scan of every span at
    # every boundary (the old renderer) reads about 64 times as often.
    small, large = _offset_reads(20), _offset_reads(160)
    assert large < 12 * small, (small, large)


def _reference_render(text: str, spans: list[Highlight]) -> str:
    """The renderer's specification: collect the covering spans at each boundary."""
    from claimkit.display import _close_mark, _open_mark

    ordered = sorted(
        (s for s in spans if 0 <= s.start < s.end <= len(text)), key=Highlight.sort_key
    )
    bounds = sorted(
        {0, len(text)} | {s.start for s in ordered} | {s.end for s in ordered}
    )
    out: list[str] = []
    stack: list[Highlight] = []
    opened: set[str] = set()
    for left, right in itertools.pairwise(bounds):
        active = [s for s in ordered if s.start <= left and right <= s.end]
        keep = 0
        while keep < min(len(stack), len(active)) and stack[keep] is active[keep]:
            keep += 1
        out.extend(_close_mark(span, left) for span in reversed(stack[keep:]))
        del stack[keep:]
        for span in active[keep:]:
            out.append(_open_mark(span, continued=span.record in opened))
            opened.add(span.record)
            stack.append(span)
        out.append(html.escape(text[left:right]))
    out.extend(_close_mark(span, len(text)) for span in reversed(stack))
    return "".join(out)


_SPAN = st.builds(
    Highlight,
    start=st.integers(-2, 24),
    end=st.integers(-2, 26),
    kind=st.sampled_from(["quote", "quantity", "entity"]),
    css=st.sampled_from(["ck-quote", "ck-quote ck-unresolved", "ck-ORG"]),
    label=st.sampled_from(["Jane <Roe>", "5% ↑", "ORG"]),
    title=st.just("t & t"),
    record=st.sampled_from(["c0", "c1", "c2", "e0.m0", "e0.m1"]),
)


@given(text=st.text(alphabet='ab <&">', max_size=24), spans=st.lists(_SPAN))
def test_display_render_spans_matches_reference(
    text: str, spans: list[Highlight]
) -> None:
    assert render_spans(text, spans) == _reference_render(text, spans)


def test_display_module_is_callable_and_repr_html_matches() -> None:
    article = _article()
    shown = claimkit.display(article)
    assert shown._repr_html_() == article._repr_html_() == str(shown)


def test_display_import_does_not_load_spacy_or_pandas() -> None:
    code = (
        "import sys, claimkit, claimkit.display;"
        "bad = [m for m in ('spacy', 'pandas') if m in sys.modules];"
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True)


@pytest.mark.model
def test_display_example_articles_one_highlight_per_record(nlp) -> None:
    for article in claimkit.extract_files([EXAMPLES], nlp=nlp):
        assert_offsets(article)
        parser = _parse(render_html(article))
        assert _first_marks(parser) == _expected(article), article.doc_id
        assert "".join(parser.text) == article.text
