"""Web pages to article text and metadata.

With trafilatura installed (``pip install "claimkit[html]"``) a page's main
text and its metadata (title, date, author, site name, url) come from it.
Without it, a reader on the standard library's ``HTMLParser`` does the same job
more simply: it drops the parts of a page that are not the article (scripts,
navigation, headers, footers, asides, forms, figures and their captions, and
elements whose class, id or role names them as banners, menus, sidebars,
cookie notices, paywalls or share bars), keeps the longest ``<article>`` or
``<main>`` block when the page has one, and reads the metadata from ``<meta>``
tags. Either way every block element ends a paragraph, so the text of two
elements ("Revenue", "$30bn") never runs together.
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import ClassVar

from claimkit.meta import ArticleMeta, clean, iso_date


@dataclass(frozen=True)
class Page:
    """A web page as an article: its main text and what its markup says of it."""

    text: str
    meta: ArticleMeta = field(default_factory=ArticleMeta)
    reader: str = "claimkit"
    """Which reader produced it: "trafilatura" or "claimkit" (the fallback)."""


def has_trafilatura() -> bool:
    """True when trafilatura can be imported (the ``html`` extra)."""
    return importlib.util.find_spec("trafilatura") is not None


def read_page(
    markup: str, *, url: str | None = None, use_trafilatura: bool | None = None
) -> Page:
    """Return the main text of an HTML page and its metadata.

    Args:
        markup: the decoded page.
        url: the page's address when known (a dataset's url field); the
            page's own canonical link is used otherwise.
        use_trafilatura: None (default) uses trafilatura when installed;
            False forces the built-in reader; True requires trafilatura.
    """
    if use_trafilatura is None:
        use_trafilatura = has_trafilatura()
    if use_trafilatura:
        page = _read_with_trafilatura(markup, url=url)
        if page is not None:
            return page
    return read_page_plain(markup, url=url)


def _read_with_trafilatura(markup: str, *, url: str | None) -> Page | None:
    """Return trafilatura's reading, or None when it finds no main text."""
    import trafilatura

    document = trafilatura.bare_extraction(
        markup,
        url=url,
        with_metadata=True,
        favor_precision=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if document is None:
        return None
    data = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    text = str(data.get("text") or "")
    if not text.strip():
        return None
    # trafilatura writes one paragraph a line; claimkit's texts separate
    # paragraphs with a blank line, as the plain reader and .txt files do.
    # A line that stands whole inside an element the built-in reader knows as
    # furniture (a sign-up box, a share bar) is furniture too, whatever
    # trafilatura made of it.
    furniture = " ".join(
        " ".join(_parse(markup, furniture=True).furniture_parts).split()
    )
    paragraphs = [
        line.strip()
        for line in text.splitlines()
        if line.strip() and " ".join(line.split()) not in furniture
    ]
    if not paragraphs:
        return None
    meta = ArticleMeta(
        title=clean(data.get("title")),
        published=iso_date(data.get("date")),
        author=clean(data.get("author")),
        site=clean(data.get("sitename")) or clean(data.get("hostname")),
        url=clean(url) or clean(data.get("url")),
    )
    return Page(text="\n\n".join(paragraphs), meta=meta, reader="trafilatura")


def read_page_plain(markup: str, *, url: str | None = None) -> Page:
    """Return the main text and metadata of a page with the built-in reader."""
    parser = _parse(markup, furniture=True)
    kept = _normalize("".join(parser.parts))
    if not kept:
        # Everything was furniture by our rules: better the whole page than
        # nothing (a page of one <form>, a site whose wrapper is "banner").
        parser = _parse(markup, furniture=False)
        kept = _normalize("".join(parser.parts))
    text = kept
    # A page whose <article> (else <main>) holds most of its text is that
    # block; a teaser-sized <article> (a card in a list) is not the page.
    for tag in ("article", "main"):
        texts = [
            _normalize("".join(parts)) for name, parts in parser.blocks if name == tag
        ]
        best = max(texts, key=len, default="")
        if best and len(best) >= 0.4 * len(kept):
            text = best
            break
    found = parser.meta
    meta = ArticleMeta(
        title=clean(found.get("og:title"))
        or clean(parser.h1)
        or clean(found.get("title")),
        published=_first_date(
            found.get("article:published_time"),
            found.get("datepublished"),
            found.get("og:published_time"),
            found.get("pubdate"),
            found.get("publishdate"),
            found.get("dc.date.issued"),
            found.get("dc.date"),
            found.get("date"),
            found.get("time"),
        ),
        author=_author(found.get("author")) or clean(found.get("rel-author")),
        site=clean(found.get("og:site_name")) or clean(found.get("application-name")),
        url=clean(url) or clean(found.get("canonical")) or clean(found.get("og:url")),
    )
    return Page(text=text, meta=meta, reader="claimkit")


def _parse(markup: str, *, furniture: bool) -> _PageParser:
    parser = _PageParser(furniture=furniture)
    parser.feed(markup)
    parser.close()
    return parser


def html_text(markup: str) -> str:
    """Return the main text of a page with the built-in reader (no metadata)."""
    return read_page_plain(markup).text


def _first_date(*values: str | None) -> str | None:
    for value in values:
        date = iso_date(value)
        if date is not None:
            return date
    return None


def _author(value: str | None) -> str | None:
    # article:author is often a profile URL, which is not a name.
    if value is None or value.startswith(("http://", "https://")):
        return None
    return clean(value)


def _normalize(text: str) -> str:
    text = re.sub(r"[ \t\r\f\v\u00a0]+", " ", text)
    text = re.sub(r" ?\n ?", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


# Class or id words of page furniture, after Readability's "unlikely
# candidates": matched as whole words of the attribute ("cookie-banner",
# "most-read", "site-nav"), never as parts of words ("navy", "shareholder").
_FURNITURE = re.compile(
    r"(?:^|[\s_-])(?:cookies?|consent|gdpr|banner|paywall|subscribe|subscription|"
    r"newsletter|signup|promo|advert|ads?|sponsor(?:ed)?|sidebar|related|"
    r"most-?read|most-?popular|popular|trending|recommended|share|sharing|social|"
    r"breadcrumbs?|menu|nav|navbar|comments?|caption|credits?|footer|masthead|"
    r"modal|popup|skip-link|visually-hidden|sr-only)(?:$|[\s_-])",
    re.I,
)
# A wrapper named as content ("article-body", "main-content", "story",
# "c-article__body") is kept whatever else its class says ("content
# has-sidebar"). The last word of a class token decides: BEM names run from
# the general to the specific, so "c-article__image-caption" is a caption.
_CONTENT_WORDS = frozenset(
    {"article", "body", "content", "main", "story", "post", "entry"}
)
_LINK_DENSITY = 0.5
"""Share of a paragraph's characters inside links above which it is a link list
(menus, "most read", tags), as jusText and Readability judge it."""


def _is_content(marks: str) -> bool:
    return any(
        re.split(r"[-_]+", token.lower().strip("-_"))[-1] in _CONTENT_WORDS
        for token in marks.split()
    )


_FURNITURE_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog"}
)
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta"}
    | {"source", "track", "wbr", "param"}
)


class _PageParser(HTMLParser):
    """Collect a page's text outside its furniture, by block, and its <meta> tags."""

    _BLOCK: ClassVar[frozenset[str]] = frozenset(
        {"p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th"}
        | {"table", "thead", "tbody", "tfoot", "caption", "title", "article"}
        | {"section", "main", "blockquote", "pre", "hr", "address", "details"}
        | {"summary", "label", "option", "legend", "fieldset", "center"}
        | {"h1", "h2", "h3", "h4", "h5", "h6"}
    )
    # Elements never part of an article's text.
    _SKIP: ClassVar[frozenset[str]] = frozenset(
        {"script", "style", "noscript", "template", "head", "svg", "math", "iframe"}
        | {"nav", "aside", "footer", "header", "form", "figure", "figcaption"}
        | {"button", "select", "textarea", "dialog", "object", "canvas", "video"}
        | {"audio", "picture"}
    )
    _HARD_SKIP: ClassVar[frozenset[str]] = frozenset(
        {"script", "style", "noscript", "template", "head", "svg", "math"}
    )
    _CONTENT: ClassVar[frozenset[str]] = frozenset({"article", "main"})

    def __init__(self, *, furniture: bool = True) -> None:
        super().__init__(convert_charrefs=True)
        self.furniture = furniture
        self.parts: list[str] = []
        # Text inside elements read as furniture (navigation, sign-up boxes).
        self.furniture_parts: list[str] = []
        self._segment: list[str] = []
        self._link_chars = 0
        self._links = 0
        self.blocks: list[tuple[str, list[str]]] = []
        self._open: list[int] = []
        self.meta: dict[str, str] = {}
        self.h1: str | None = None
        self._skip_tag: str | None = None
        self._skip_depth = 0
        self._in: dict[str, int] = {"title": 0, "h1": 0, "a-author": 0}
        self._h1_parts: list[str] = []
        self._title_parts: list[str] = []
        self._author_parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        self._metadata(tag, values)
        if tag in _VOID and tag != "br":
            if tag == "hr" and not self._skip_tag:
                self._emit("\n\n")
            return
        if self._skip_tag is not None:
            if tag == self._skip_tag:
                self._skip_depth += 1
            return
        if self._is_furniture(tag, values):
            self._skip_tag, self._skip_depth = tag, 1
            return
        # The paragraph before a block ends first, outside the block.
        if tag in self._BLOCK:
            self._emit("\n\n")
        elif tag == "a":
            self._links += 1
        if tag in self._CONTENT:
            self._open.append(len(self.blocks))
            self.blocks.append((tag, []))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._in.get(tag):
            self._in[tag] -= 1
        if tag == "a" and self._in["a-author"]:
            self._in["a-author"] -= 1
        if self._skip_tag is not None:
            if tag == self._skip_tag:
                self._skip_depth -= 1
                if self._skip_depth == 0:
                    self._skip_tag = None
            return
        if tag in self._BLOCK:
            self._emit("\n\n")
        elif tag == "a" and self._links:
            self._links -= 1
        if tag in self._CONTENT:
            for position in range(len(self._open) - 1, -1, -1):
                if self.blocks[self._open[position]][0] == tag:
                    del self._open[position:]
                    break

    def handle_data(self, data: str) -> None:
        if self._in["title"]:
            self._title_parts.append(data)
            self.meta["title"] = "".join(self._title_parts)
        if self._in["h1"] and self.h1 is None:
            self._h1_parts.append(data)
        if self._in["a-author"]:
            self._author_parts.append(data)
            self.meta.setdefault("rel-author", "")
            self.meta["rel-author"] = "".join(self._author_parts)
        if self._skip_tag is None:
            self._emit(data)
        else:
            self.furniture_parts.append(data)

    def close(self) -> None:
        super().close()
        self._break()
        if self._h1_parts:
            self.h1 = "".join(self._h1_parts)

    def _emit(self, text: str) -> None:
        if text == "\n\n":
            self._break()
            return
        self._segment.append(text)
        if self._links:
            self._link_chars += len(text.strip())

    def _break(self) -> None:
        """End a paragraph: keep it unless it is mostly link text."""
        text = "".join(self._segment)
        chars = len("".join(text.split()))
        links, self._link_chars, self._segment = self._link_chars, 0, []
        if not chars or (self.furniture and links > _LINK_DENSITY * chars):
            return
        for parts in (self.parts, *(self.blocks[p][1] for p in self._open)):
            parts.append(text)
            parts.append("\n\n")

    def _is_furniture(self, tag: str, values: dict[str, str]) -> bool:
        if tag in self._SKIP:
            return self.furniture or tag in self._HARD_SKIP
        if not self.furniture:
            return False
        if "hidden" in values or values.get("aria-hidden") == "true":
            return True
        if values.get("role", "").lower() in _FURNITURE_ROLES:
            return True
        if tag in self._CONTENT or tag == "body" or tag == "html":
            return False
        marks = f"{values.get('class', '')} {values.get('id', '')}"
        if not marks.strip() or _is_content(marks):
            return False
        return _FURNITURE.search(marks) is not None

    def _metadata(self, tag: str, values: dict[str, str]) -> None:
        if tag == "meta":
            key = (
                values.get("property")
                or values.get("name")
                or values.get("itemprop")
                or ""
            ).lower()
            content = values.get("content", "")
            if key and content and key not in self.meta:
                self.meta[key] = content
        elif tag == "link" and "canonical" in values.get("rel", "").lower().split():
            self.meta.setdefault("canonical", values.get("href", ""))
        elif tag == "title" and "title" not in self.meta:
            self._in["title"] += 1
        elif tag == "h1" and self.h1 is None and not self._h1_parts:
            self._in["h1"] += 1
        elif tag == "a" and "author" in values.get("rel", "").lower().split():
            if "rel-author" not in self.meta:
                self._in["a-author"] += 1
        elif tag == "time" and values.get("datetime"):
            key = "datepublished" if values.get("itemprop") == "datePublished" else ""
            if key or "pubdate" in values:
                self.meta.setdefault("datepublished", values["datetime"])
            else:
                self.meta.setdefault("time", values["datetime"])
