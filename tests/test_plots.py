"""Corpus plots: bars counted from the records, linked entities merged."""

from __future__ import annotations

import pytest

pytest.importorskip("matplotlib")
pytest.importorskip("pandas")

import matplotlib

matplotlib.use("Agg")

from claimkit import plots
from claimkit.frames import to_frames
from tests.test_display import _article
from tests.test_frames import _relinked


def _bars(ax) -> dict[str, float]:  # type: ignore[no-untyped-def]
    if not ax.patches:
        return {}
    names = [t.get_text() for t in ax.get_yticklabels()]
    return dict(zip(names, [p.get_width() for p in ax.patches], strict=True))


def test_plots_top_speakers_counts_quotes_by_link() -> None:
    article = _article()
    articles = [_relinked(article, d, "P9") for d in ("a", "b", "c")]
    assert _bars(plots.top_speakers(articles)) == {"Jane <b>Roe</b>": 3}


def test_plots_top_entities_merges_linked_and_keeps_unlinked_apart() -> None:
    article = _article()
    linked = [_relinked(article, d, "P9") for d in ("a", "b")]
    unlinked = [_relinked(article, "c", None)]
    ax = plots.top_entities(to_frames(linked + unlinked))
    names = [t.get_text() for t in ax.get_yticklabels()]
    widths = [p.get_width() for p in ax.patches]
    # Acme is linked (L1) in all three: 2 mentions x 3 in one bar. Jane Roe is
    # linked (P9) in two articles and unlinked in the third: two bars.
    assert sorted(zip(names, widths, strict=True), key=str) == [
        ("Acme Corp (ORG)", 6),
        ("Jane <b>Roe</b> (PERSON) *", 1),
        ("Jane <b>Roe</b> (PERSON)", 2),
    ]
    assert names[-1] == "Acme Corp (ORG)"  # largest bar on top


def test_plots_money_by_organization_counts_money_about_orgs() -> None:
    assert _bars(plots.money_by_organization([_article()])) == {}
    frames = to_frames([_article()])
    money = frames.quantities.assign(
        kind=frames.quantities["kind"].where(
            frames.quantities["subject"].isna(), "money"
        )
    )
    frames = type(frames)(
        frames.articles, frames.entities, frames.mentions, money, frames.quotes
    )
    assert _bars(plots.money_by_organization(frames)) == {"Acme Corp": 1}
