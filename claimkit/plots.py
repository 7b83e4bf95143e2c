"""Corpus charts with matplotlib (``notebook`` extra): who is quoted, who is named.

Each function takes ``Frames`` (from ``to_frames``) or Articles, draws a
horizontal bar chart on ``ax`` (a new figure when none is given) and returns
the Axes. Entities are counted by their corpus link when they have one, so
"Nvidia" in ten articles is one bar; unlinked entities count by label and name
(marked "*" when a linked entity has the same name).
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.ticker import MaxNLocator

from claimkit.frames import Frames, to_frames
from claimkit.records import Article

_ENTITY_COLOURS = {"PERSON": "#9d8ce8", "ORG": "#4fc9c9"}


def top_speakers(
    data: Frames | Iterable[Article],
    *,
    n: int = 10,
    include_unresolved: bool = False,
    ax: Axes | None = None,
) -> Axes:
    """Plot the speakers with the most quotes.

    With ``include_unresolved`` quotes whose speaker is no entity ("police",
    "a spokesperson", and pronouns the pipeline did not resolve) count under
    their ``speaker_text``.
    """
    quotes = _frames(data).quotes
    who = _display_name(quotes, "speaker")
    if include_unresolved:
        who = who.fillna(quotes["speaker_text"].str.strip())
    counts = who.dropna().value_counts().head(n)
    return _barh(
        counts, ax=ax, colour="#6bb14a", title="Most quoted speakers", xlabel="quotes"
    )


def top_entities(
    data: Frames | Iterable[Article],
    *,
    n: int = 15,
    label: str | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Plot the entities with the most mentions across the corpus."""
    mentions = _frames(data).mentions
    if label is not None:
        mentions = mentions[mentions["label"] == label]
    key = _entity_key(mentions, "")
    names = _display_name(mentions, "")
    table = pd.DataFrame({"key": key, "name": names, "label": mentions["label"]})
    grouped = (
        table.groupby("key", sort=False, observed=True)
        .agg(
            name=("name", "first"),
            label=("label", _most_common),
            mentions=("name", "size"),
        )
        .sort_values(["mentions", "name"], ascending=[False, True])
        .head(n)
    )
    labels = grouped["name"] + " (" + grouped["label"].astype(str) + ")"
    # An unlinked entity may share its name with a linked one: tell them apart.
    unlinked = ~grouped.index.isin(mentions["link"].dropna())
    labels = labels.where(~(labels.duplicated(keep=False) & unlinked), labels + " *")
    counts = pd.Series(grouped["mentions"].to_numpy(), index=labels.to_list())
    colours = [_ENTITY_COLOURS.get(str(lab), "#999999") for lab in grouped["label"]]
    return _barh(
        counts,
        ax=ax,
        colour=colours,
        title="Most mentioned entities" + (f" ({label})" if label else ""),
        xlabel="mentions",
    )


def money_by_organization(
    data: Frames | Iterable[Article],
    *,
    n: int = 10,
    ax: Axes | None = None,
) -> Axes:
    """Plot the organizations that carry the most money claims (as subject)."""
    frames = _frames(data)
    money = frames.quantities[frames.quantities["kind"] == "money"]
    orgs = frames.entities[frames.entities["label"] == "ORG"][["doc_id", "entity_id"]]
    about_org = money.merge(
        orgs, left_on=["doc_id", "subject"], right_on=["doc_id", "entity_id"]
    )
    counts = _display_name(about_org, "subject").value_counts().head(n)
    return _barh(
        counts,
        ax=ax,
        colour="#f0a830",
        title="Money claims per organization",
        xlabel="money claims about the organization",
    )


def group_values(
    data: Frames | Iterable[Article] | pd.DataFrame,
    group_id: str | None = None,
    *,
    ax: Axes | None = None,
) -> Axes:
    """Plot one claim group's figures by article and source, with their intervals.

    Each member is a point at its value with a bar over its low-high range
    (for ranges); conflicts are drawn in red. ``data`` is Frames, Articles or
    the ``groups`` table itself; ``group_id`` defaults to the first group
    (a conflict when there is one).
    """
    groups = data if isinstance(data, pd.DataFrame) else _frames(data).groups
    if ax is None:
        import matplotlib.pyplot as plt

        _, ax = plt.subplots(figsize=(7, 3), layout="constrained")
    if groups.empty:
        ax.text(0.5, 0.5, "no claim groups", ha="center", transform=ax.transAxes)
        return ax
    group_id = group_id or str(groups["group_id"].iloc[0])
    rows = groups[groups["group_id"] == group_id].reset_index(drop=True)
    first = rows.iloc[0]
    colour = "#d9534f" if first["status"] == "conflict" else "#5cb85c"
    labels = [
        f"{row.doc_id}" + (f" ({row.source})" if isinstance(row.source, str) else "")
        for row in rows.itertuples()
    ]
    positions = list(range(len(rows)))
    values = rows["value"].fillna((rows["low"] + rows["high"]) / 2)
    ax.scatter(values, positions, color=colour, zorder=3)
    ranged = rows["low"].notna() & rows["high"].notna()
    ax.hlines(
        [p for p, r in zip(positions, ranged, strict=True) if r],
        rows["low"][ranged],
        rows["high"][ranged],
        color=colour,
    )
    ax.set_yticks(positions, labels)
    unit = first["unit"] if isinstance(first["unit"], str) else ""
    ax.set_xlabel(f"{first['concept']} ({unit})" if unit else str(first["concept"]))
    ax.set_title(f"{first['subject_name']}: {first['concept']} [{first['status']}]")
    return ax


def _frames(data: Frames | Iterable[Article]) -> Frames:
    return data if isinstance(data, Frames) else to_frames(data)


def _column(role: str, field: str) -> str:
    return f"{role}_{field}" if role else field


def _entity_key(frame: pd.DataFrame, role: str) -> pd.Series:
    """Key an entity by its link, else by label and name (unlinked entities)."""
    link = frame[_column(role, "link")]
    fallback = frame["label"].astype(str) + ":" + frame[_column(role, "name")]
    return link.where(link.notna(), fallback)


def _display_name(frame: pd.DataFrame, role: str) -> pd.Series:
    """Name an entity by its link's name when linked, else by its own name."""
    own = frame[_column(role, "name")]
    linked = frame[_column(role, "link_name")]
    return linked.where(linked.notna(), own)


def _most_common(values: pd.Series) -> str:
    return str(values.astype(str).mode().iloc[0]) if len(values) else ""


def _barh(
    counts: pd.Series,
    *,
    ax: Axes | None,
    colour: str | list[str],
    title: str,
    xlabel: str,
) -> Axes:
    if ax is None:
        import matplotlib.pyplot as plt

        height = 1.2 + 0.35 * max(len(counts), 1)
        _, ax = plt.subplots(figsize=(7, height), layout="constrained")
    # Largest bar on top; numeric positions, so equal labels stay two bars.
    positions = list(range(len(counts)))
    ax.barh(
        positions,
        counts.to_numpy()[::-1],
        color=colour[::-1] if isinstance(colour, list) else colour,
    )
    ax.set_yticks(positions, [str(i) for i in counts.index[::-1]])
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    if counts.empty:
        ax.text(0.5, 0.5, "nothing to plot", ha="center", transform=ax.transAxes)
    return ax
