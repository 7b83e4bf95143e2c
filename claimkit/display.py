"""HTML rendering of Articles for notebooks, without spaCy."""

from __future__ import annotations

import html

from claimkit.records import Article


def render_html(article: Article) -> str:
    """Return the article as escaped HTML (a plain first version)."""
    return f"<pre>{html.escape(article.text)}</pre>"
