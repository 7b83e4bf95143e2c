"""Tidy pandas DataFrames of Articles, for filtering and grouping in notebooks.

Needs the ``notebook`` extra (pandas). One row per record: per article, per
entity, per mention, per quantity claim, per quote claim, per member of a
claim group. Tables join on
``doc_id`` and ``entity_id`` (claims carry ``subject``/``source``/``speaker``
entity ids, and the names and corpus links of those entities beside them).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, get_args

import pandas as pd

from claimkit.records import (
    Article,
    Change,
    ClaimGroup,
    Entity,
    EntityLabel,
    GroupStatus,
    LinkedEntity,
    Qualifier,
    QuantityClaim,
    QuantityKind,
    QuoteClaim,
    QuoteForm,
)

LABEL = pd.CategoricalDtype(list(get_args(EntityLabel)))
KIND = pd.CategoricalDtype(list(get_args(QuantityKind)))
QUALIFIER = pd.CategoricalDtype(list(get_args(Qualifier)))
CHANGE = pd.CategoricalDtype(list(get_args(Change)))
FORM = pd.CategoricalDtype(list(get_args(QuoteForm)))
STATUS = pd.CategoricalDtype(list(get_args(GroupStatus)))

_TEXT = "object"
_ARTICLE_COLUMNS: dict[str, Any] = {
    "doc_id": _TEXT,
    "title": _TEXT,
    "source": _TEXT,
    "published": _TEXT,
    "author": _TEXT,
    "site": _TEXT,
    "url": _TEXT,
    "n_chars": "int64",
    "n_entities": "int64",
    "n_quantities": "int64",
    "n_quotes": "int64",
    "n_issues": "int64",
}
_ENTITY_BASE: dict[str, Any] = {
    "doc_id": _TEXT,
    "entity_id": _TEXT,
    "label": LABEL,
    "name": _TEXT,
    "link": _TEXT,
    "link_name": _TEXT,
}
_ENTITY_COLUMNS: dict[str, Any] = {
    **_ENTITY_BASE,
    "link_rule": _TEXT,
    "link_score": "float64",
    "n_mentions": "int64",
}
_MENTION_COLUMNS: dict[str, Any] = {
    **_ENTITY_BASE,
    "text": _TEXT,
    "start": "int64",
    "end": "int64",
}
_ROLE_COLUMNS = ("{role}", "{role}_name", "{role}_link", "{role}_link_name")
_QUANTITY_COLUMNS: dict[str, Any] = {
    "doc_id": _TEXT,
    "claim_id": _TEXT,
    "text": _TEXT,
    "start": "int64",
    "end": "int64",
    "kind": KIND,
    "value": "float64",
    "low": "float64",
    "high": "float64",
    "unit": _TEXT,
    "unit_text": _TEXT,
    "qualifier": QUALIFIER,
    "change": CHANGE,
    "per": _TEXT,
    "previous": "float64",
    "currency_basis": _TEXT,
    **{c.format(role="subject"): _TEXT for c in _ROLE_COLUMNS},
    **{c.format(role="source"): _TEXT for c in _ROLE_COLUMNS},
    "sentence": _TEXT,
    "concept": _TEXT,
    "concept_start": "Int64",
    "concept_end": "Int64",
    "concept_key": _TEXT,
}
_QUOTE_COLUMNS: dict[str, Any] = {
    "doc_id": _TEXT,
    "claim_id": _TEXT,
    "text": _TEXT,
    "start": "int64",
    "end": "int64",
    "form": FORM,
    **{c.format(role="speaker"): _TEXT for c in _ROLE_COLUMNS},
    "speaker_text": _TEXT,
    "speaker_start": "Int64",
    "speaker_end": "Int64",
    "cue": _TEXT,
}


_GROUP_COLUMNS: dict[str, Any] = {
    "group_id": _TEXT,
    "status": STATUS,
    "subject": _TEXT,
    "subject_name": _TEXT,
    "concept": _TEXT,
    "kind": KIND,
    "unit": _TEXT,
    "per": _TEXT,
    "period": _TEXT,
    "spread": "float64",
    "doc_id": _TEXT,
    "published": _TEXT,
    "text": _TEXT,
    "start": "int64",
    "end": "int64",
    "value": "float64",
    "low": "float64",
    "high": "float64",
    "qualifier": QUALIFIER,
    "change": CHANGE,
    "source": _TEXT,
    "sentence": _TEXT,
}


@dataclass(frozen=True)
class Frames:
    """The tables of a set of Articles; each one row per record."""

    articles: pd.DataFrame
    entities: pd.DataFrame
    mentions: pd.DataFrame
    quantities: pd.DataFrame
    quotes: pd.DataFrame
    groups: pd.DataFrame = field(default_factory=lambda: _frame([], _GROUP_COLUMNS))

    def __iter__(self) -> Iterator[pd.DataFrame]:
        yield from (
            self.articles,
            self.entities,
            self.mentions,
            self.quantities,
            self.quotes,
            self.groups,
        )


def to_frames(
    articles: Iterable[Article], *, registry: Iterable[LinkedEntity] | None = None
) -> Frames:
    """Build tidy DataFrames from Articles (a list, or a ``read_articles`` reader).

    ``link_name`` is the registry's name for ``Entity.link`` when a registry is
    given, else the name most often given to that link among the articles. Claim
    ``claim_id`` is the claim's index in ``Article.claims`` ("c0", "c1", ...).
    ``groups`` has a row per member of each :func:`claimkit.compare` group (the
    same figure about the same entity in several articles), conflicts first.
    """
    from claimkit.compare import compare

    articles = list(articles)
    link_names = _link_names(articles, registry)
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for article in articles:
        _article_rows(article, link_names, rows)
    return Frames(
        articles=_frame(rows["articles"], _ARTICLE_COLUMNS),
        entities=_frame(rows["entities"], _ENTITY_COLUMNS),
        mentions=_frame(rows["mentions"], _MENTION_COLUMNS),
        quantities=_frame(rows["quantities"], _QUANTITY_COLUMNS),
        quotes=_frame(rows["quotes"], _QUOTE_COLUMNS),
        groups=groups_frame(compare(articles)),
    )


def groups_frame(groups: Iterable[ClaimGroup]) -> pd.DataFrame:
    """One row per member of each claim group, with the group's fields beside it."""
    rows = [
        {
            "group_id": group.id,
            **group.model_dump(exclude={"id", "members"}),
            **member.model_dump(),
        }
        for group in groups
        for member in group.members
    ]
    return _frame(rows, _GROUP_COLUMNS)


def _link_names(
    articles: list[Article], registry: Iterable[LinkedEntity] | None
) -> dict[str, str]:
    names: dict[str, Counter[str]] = defaultdict(Counter)
    for article in articles:
        for entity in article.entities:
            if entity.link is not None:
                names[entity.link][entity.name] += len(entity.mentions) or 1
    # Most mentioned name first; ties go to the longer, then alphabetically first.
    chosen = {
        link: min(counts, key=lambda n: (-counts[n], -len(n), n))
        for link, counts in names.items()
    }
    if registry is not None:
        chosen.update({linked.id: linked.name for linked in registry})
    return chosen


def _article_rows(
    article: Article,
    link_names: dict[str, str],
    rows: dict[str, list[dict[str, Any]]],
) -> None:
    doc_id = article.doc_id
    entities = {entity.id: entity for entity in article.entities}
    rows["articles"].append(
        {
            "doc_id": doc_id,
            "title": article.title,
            "source": article.source,
            "published": article.published,
            "author": article.author,
            "site": article.site,
            "url": article.url,
            "n_chars": len(article.text),
            "n_entities": len(article.entities),
            "n_quantities": len(article.quantities),
            "n_quotes": len(article.quotes),
            "n_issues": len(article.issues),
        }
    )
    for entity in article.entities:
        about = {
            "doc_id": doc_id,
            "entity_id": entity.id,
            "label": entity.label,
            "name": entity.name,
            "link": entity.link,
            "link_name": link_names.get(entity.link or ""),
        }
        rows["entities"].append(
            {
                **about,
                "link_rule": entity.link_rule,
                "link_score": entity.link_score,
                "n_mentions": len(entity.mentions),
            }
        )
        rows["mentions"].extend(
            {**about, "text": m.text, "start": m.start, "end": m.end}
            for m in entity.mentions
        )
    for index, claim in enumerate(article.claims):
        base = {
            "doc_id": doc_id,
            "claim_id": f"c{index}",
            "text": claim.text,
            "start": claim.start,
            "end": claim.end,
        }
        if isinstance(claim, QuantityClaim):
            rows["quantities"].append(
                {
                    **base,
                    **claim.quantity.model_dump(),
                    **_role("subject", claim.subject, entities, link_names),
                    **_role("source", claim.source, entities, link_names),
                    "sentence": claim.sentence,
                    "concept": claim.concept,
                    "concept_start": claim.concept_start,
                    "concept_end": claim.concept_end,
                    "concept_key": claim.concept_key,
                }
            )
        elif isinstance(claim, QuoteClaim):
            rows["quotes"].append(
                {
                    **base,
                    "form": claim.form,
                    **_role("speaker", claim.speaker, entities, link_names),
                    "speaker_text": claim.speaker_text,
                    "speaker_start": claim.speaker_start,
                    "speaker_end": claim.speaker_end,
                    "cue": claim.cue,
                }
            )


def _role(
    role: str,
    entity_id: str | None,
    entities: dict[str, Entity],
    link_names: dict[str, str],
) -> dict[str, str | None]:
    entity = entities.get(entity_id) if entity_id is not None else None
    link = entity.link if entity is not None else None
    return {
        role: entity_id,
        f"{role}_name": entity.name if entity is not None else None,
        f"{role}_link": link,
        f"{role}_link_name": link_names.get(link) if link is not None else None,
    }


def _frame(rows: list[dict[str, Any]], columns: dict[str, Any]) -> pd.DataFrame:
    # Column by column, so that text columns keep None (not NaN) for no value.
    return pd.DataFrame(
        {
            name: pd.Series([row.get(name) for row in rows], dtype=dtype)
            for name, dtype in columns.items()
        },
        columns=list(columns),
    )
