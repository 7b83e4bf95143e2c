"""Web pages: main text without the page's furniture, and the page's metadata.

Golden pages in tests/data/pages are read by the built-in reader and, when
it is installed, by trafilatura; both must keep the article and drop the rest.
"""

from __future__ import annotations

import json

import pytest

from claimkit.decode import decode_bytes, html_to_text
from claimkit.html import has_trafilatura, read_page
from tests.conftest import DATA

PAGES = DATA / "pages"
EXPECTED = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))


def _cases() -> list[object]:
    """(page, reader) pairs; a page's known misses are strict xfails."""
    cases = []
    for name in sorted(EXPECTED):
        known = EXPECTED[name].get("xfail", {})
        for use_trafilatura, reader in ((False, "plain"), (True, "trafilatura")):
            marks = []
            if use_trafilatura and not has_trafilatura():
                marks.append(pytest.mark.skip(reason="trafilatura is not installed"))
            if reader in known:
                marks.append(pytest.mark.xfail(reason=known[reader], strict=True))
            cases.append(
                pytest.param(name, use_trafilatura, id=f"{name}-{reader}", marks=marks)
            )
    return cases


def _markup(name: str) -> str:
    return (PAGES / f"{name}.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(("name", "use_trafilatura"), _cases())
def test_html_golden_page_main_text_and_metadata(name, use_trafilatura):
    expected = EXPECTED[name]
    page = read_page(_markup(name), use_trafilatura=use_trafilatura)
    assert page.reader == ("trafilatura" if use_trafilatura else "claimkit")
    for words in expected["text_has"]:
        assert words in page.text
    for words in expected["boilerplate"]:
        assert words not in page.text, words
    for field, value in expected["meta"].items():
        assert getattr(page.meta, field) == value, field


def test_html_block_elements_never_glue():
    markup = (
        "<table><tr><td>Revenue</td><td>$30bn</td></tr></table>"
        "<dl><dt>Margin</dt><dd>12%</dd></dl>"
        "<ul><li>Alpha</li><li>Beta</li></ul><p>One</p>Two<br>Three"
    )
    text = html_to_text(markup)
    for glued in ("Revenue$30bn", "Margin12%", "AlphaBeta", "OneTwo", "TwoThree"):
        assert glued not in text
    assert "Revenue\n\n$30bn" in text


def test_html_inline_elements_stay_in_their_sentence():
    markup = "<p>Acme <b>sold</b> <a href='#'>4,000</a> units, <em>up</em> 5%.</p>"
    assert html_to_text(markup) == "Acme sold 4,000 units, up 5%."


@pytest.mark.parametrize(
    "markup",
    [
        "<nav>Home</nav><p>Kept.</p>",
        "<header>Masthead</header><p>Kept.</p>",
        "<p>Kept.</p><footer>Footer</footer>",
        "<aside>Aside</aside><p>Kept.</p>",
        "<form><label>Email</label></form><p>Kept.</p>",
        "<div class='cookie-notice'>Cookies</div><p>Kept.</p>",
        "<div id='most-read'>List</div><p>Kept.</p>",
        "<div role='navigation'>Menu</div><p>Kept.</p>",
        "<div hidden>Secret</div><p>Kept.</p>",
        "<div class='promo paywall'><div>Inner <div>deep</div></div></div><p>Kept.</p>",
    ],
    ids=[
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "cookie-class",
        "most-read-id",
        "role",
        "hidden",
        "nested-same-tag",
    ],
)
def test_html_furniture_is_dropped(markup):
    assert html_to_text(markup) == "Kept."


@pytest.mark.parametrize(
    "markup",
    [
        "<div class='navy-theme'><p>Kept.</p></div>",
        "<div class='shareholder-letter'><p>Kept.</p></div>",
        "<div class='advertorial-free'><p>Kept.</p></div>",
        "<div class='content has-sidebar'><p>Kept.</p></div>",
        "<body class='with-sidebar'><p>Kept.</p></body>",
    ],
    ids=["navy", "shareholder", "advertorial", "content-wrapper", "body-class"],
)
def test_html_words_that_only_contain_furniture_names_are_kept(markup):
    assert html_to_text(markup) == "Kept."


def test_html_longest_article_block_is_the_page():
    story = "<article><p>" + "The council approved the budget. " * 10 + "</p></article>"
    card = "<article><p>Related: a teaser of 5 words.</p></article>"
    text = html_to_text(f"<main>{card}{story}</main><div><p>Stray line.</p></div>")
    assert text.startswith("The council approved") and "teaser" not in text
    assert "Stray line" not in text


def test_html_short_article_block_does_not_hide_the_page():
    body = "<p>" + "Rainfall was below average across the region. " * 8 + "</p>"
    text = html_to_text(f"<div>{body}</div><article><p>Card.</p></article>")
    assert text.startswith("Rainfall")


def test_html_page_of_only_furniture_falls_back_to_its_text():
    assert (
        html_to_text("<form><p>Sign the petition.</p></form>") == "Sign the petition."
    )


def test_html_metadata_from_markup_without_trafilatura():
    markup = (
        "<html><head><title>Plain title</title>"
        '<meta name="author" content="https://site.example/staff/1">'
        "</head><body><article><h1>Headline here</h1>"
        '<p>By <a rel="author">Sam Vale</a></p>'
        '<time datetime="2023-12-31T22:00:00Z">New Year\'s Eve</time>'
        "<p>Prices rose.</p></article></body></html>"
    )
    page = read_page(markup, use_trafilatura=False, url="https://given.example/x")
    assert page.meta.title == "Headline here"  # h1 before <title>
    assert page.meta.author == "Sam Vale"  # a profile URL is not a name
    assert page.meta.published == "2023-12-31"
    assert page.meta.url == "https://given.example/x"
    assert page.meta.site is None


def test_html_decode_bytes_carries_metadata_and_says_which_reader():
    data = (PAGES / "news_page.html").read_bytes()
    decoded = decode_bytes(data, html=True)
    assert decoded.meta is not None
    assert decoded.meta.published == "2025-06-17"
    reader = "trafilatura" if has_trafilatura() else "claimkit"
    assert decoded.issues == (f"HTML reduced to its main text ({reader})",)


@pytest.mark.model
@pytest.mark.parametrize(("name", "use_trafilatura"), _cases())
def test_html_no_boilerplate_claim_on_golden_pages(
    nlp, tmp_path, monkeypatch, name, use_trafilatura
):
    import claimkit.html
    from claimkit.batch import process_files

    monkeypatch.setattr(claimkit.html, "has_trafilatura", lambda: use_trafilatura)

    (tmp_path / f"{name}.html").write_bytes((PAGES / f"{name}.html").read_bytes())
    (article,) = process_files([tmp_path], nlp=nlp, patterns=("*.html",), html=True)
    expected = EXPECTED[name]
    for field, value in expected["meta"].items():
        assert getattr(article, field) == value, field
    claims = [claim.text for claim in article.claims]
    sentences = [
        getattr(claim, "sentence", "") or claim.text for claim in article.claims
    ]
    for words in expected["boilerplate"]:
        assert not any(words in s for s in sentences), (words, claims)
    for words in expected["claims_have"]:
        assert any(words in c for c in claims), (words, claims)


def test_html_link_lists_are_dropped_but_sentences_with_links_kept():
    markup = (
        "<ul><li><a href='/a'>Markets</a></li><li><a href='/b'>Sport</a></li></ul>"
        "<p><a href='/c'>Bus fares rise by 30p</a></p>"
        "<p>The mayor, <a href='/d'>Ada Lin</a>, said fares would rise 4%.</p>"
        "<p>By <a rel='author' href='/e'>Priya Okafor</a>, Business Correspondent</p>"
    )
    assert html_to_text(markup) == (
        "The mayor, Ada Lin, said fares would rise 4%.\n\n"
        "By Priya Okafor, Business Correspondent"
    )


@pytest.mark.parametrize(
    "markup",
    [
        "<div class='c-article__image-caption'>Photo: A. Lee</div><p>Kept.</p>",
        "<div class='c-article__body'><p>Kept.</p></div>",
        "<div class='sidebar-content'><p>Kept.</p></div>",
        "<div class='content-sidebar'>Side</div><p>Kept.</p>",
    ],
    ids=["bem-caption", "bem-body", "content-last", "sidebar-last"],
)
def test_html_last_word_of_a_class_decides(markup):
    assert html_to_text(markup) == "Kept."


def test_html_text_before_an_article_is_not_part_of_it():
    story = "<p>" + "The port handled more ships than ever. " * 6 + "</p>"
    text = html_to_text(f"<div>Loose text <article>{story}</article></div>")
    assert text.startswith("The port handled")


_SIGNUP_PAGE = """<html><head><title>Ferry fares frozen</title></head><body>
<article>
<h1>Ferry fares frozen</h1>
<p>The island's ferry operator said on Tuesday that it would freeze fares for
the rest of the year, after passenger numbers fell by 8% over the summer.</p>
<div class="story-signup"><p>Get our free morning briefing: the 5 stories you
need, straight to your inbox.</p></div>
<p>The operator carried 410,000 passengers last year, its annual report shows,
and had planned a rise of 4% in January.</p>
<p>Island councillors welcomed the decision but asked for a timetable review
before the winter service begins.</p>
</article></body></html>"""


@pytest.mark.skipif(not has_trafilatura(), reason="the html extra is not installed")
def test_html_trafilatura_lines_inside_furniture_are_dropped():
    page = read_page(_SIGNUP_PAGE, use_trafilatura=True)
    assert page.reader == "trafilatura"
    assert "morning briefing" not in page.text
    # The article's own paragraphs, figures included, are all kept.
    assert "fell by 8% over the summer" in page.text
    assert "410,000 passengers" in page.text
    assert "timetable review" in page.text
