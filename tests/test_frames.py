"""Tidy DataFrames of Articles: one row per record, typed columns, joins."""

from __future__ import annotations

import pytest

pd = pytest.importorskip("pandas")

import claimkit  # noqa: E402
from claimkit.frames import to_frames  # noqa: E402
from claimkit.records import Article, Entity, LinkedEntity  # noqa: E402
from tests.conftest import EXAMPLES  # noqa: E402
from tests.test_display import _article  # noqa: E402


def _relinked(article: Article, doc_id: str, link: str | None) -> Article:
    entities = tuple(
        e.model_copy(update={"link": link}) if e.id == "e1" else e
        for e in article.entities
    )
    return article.model_copy(update={"doc_id": doc_id, "entities": entities})


def test_frames_one_row_per_record() -> None:
    article = _article()
    frames = to_frames([article, _relinked(article, "second", "P9")])
    assert len(frames.articles) == 2
    assert len(frames.entities) == 2 * len(article.entities)
    assert len(frames.mentions) == 2 * sum(len(e.mentions) for e in article.entities)
    assert len(frames.quantities) == 2 * len(article.quantities)
    assert len(frames.quotes) == 2 * len(article.quotes)
    assert frames.articles["n_quotes"].tolist() == [1, 1]


def test_frames_column_types() -> None:
    frames = to_frames([_article()])
    q = frames.quantities
    for column in ("value", "low", "high"):
        assert q[column].dtype == "float64"
    assert isinstance(q["kind"].dtype, pd.CategoricalDtype)
    assert list(q["kind"].cat.categories) == [
        "money",
        "percent",
        "count",
        "measure",
        "duration",
        "multiple",
    ]
    assert isinstance(q["qualifier"].dtype, pd.CategoricalDtype)
    assert isinstance(frames.quotes["form"].dtype, pd.CategoricalDtype)
    assert isinstance(frames.entities["label"].dtype, pd.CategoricalDtype)
    assert frames.mentions["start"].dtype == "int64"
    assert str(frames.quotes["speaker_start"].dtype) == "Int64"
    assert q["low"].isna().all()
    assert q["value"].tolist() == [5.0, 2000.0]


def test_frames_empty_input_keeps_columns_and_types() -> None:
    frames = to_frames([])
    assert all(len(frame) == 0 for frame in frames)
    assert frames.quantities["value"].dtype == "float64"
    assert isinstance(frames.quotes["form"].dtype, pd.CategoricalDtype)


def test_frames_claims_join_entities_on_doc_and_id() -> None:
    article = _article()
    frames = to_frames([article, _relinked(article, "second", "P9")])
    joined = frames.quotes.merge(
        frames.entities,
        left_on=["doc_id", "speaker"],
        right_on=["doc_id", "entity_id"],
        validate="many_to_one",
    )
    assert len(joined) == 2
    assert (joined["speaker_name"] == joined["name"]).all()
    assert joined["link"].tolist() == [None, "P9"]
    assert frames.quotes["speaker_link"].tolist() == [None, "P9"]
    subject = frames.quantities.dropna(subset=["subject"])
    assert subject["subject_name"].unique().tolist() == ["Acme Corp"]
    assert subject["subject_link"].unique().tolist() == ["L1"]
    assert frames.quantities["source"].isna().all()


def test_frames_link_name_from_articles_or_registry() -> None:
    article = _article()
    other = article.model_copy(
        update={
            "doc_id": "b",
            "entities": tuple(
                e.model_copy(update={"name": "ACME"}) if e.id == "e0" else e
                for e in article.entities
            ),
        }
    )
    frames = to_frames([article, article.model_copy(update={"doc_id": "c"}), other])
    # Most mentioned name of the link wins.
    assert set(frames.entities.query("link == 'L1'")["link_name"]) == {"Acme Corp"}
    registry = [LinkedEntity(id="L1", label="ORG", name="Acme Corporation")]
    frames = to_frames([article, other], registry=registry)
    assert set(frames.mentions.query("link == 'L1'")["link_name"]) == {
        "Acme Corporation"
    }
    assert frames.quantities["subject_link_name"].dropna().unique().tolist() == [
        "Acme Corporation"
    ]
    assert frames.entities.query("link.isna()")["link_name"].isna().all()


def test_frames_unknown_speaker_entity_leaves_names_empty() -> None:
    article = Article(
        doc_id="x", text="hi", entities=(Entity(id="e0", label="ORG", name="A"),)
    )
    frames = to_frames([article])
    assert frames.entities["n_mentions"].tolist() == [0]
    assert frames.mentions.empty


def test_frames_exposed_lazily_from_package() -> None:
    assert claimkit.to_frames is to_frames
    assert claimkit.Frames.__name__ == "Frames"


@pytest.mark.model
def test_frames_example_articles_match_records(nlp) -> None:
    articles = list(claimkit.extract_files([EXAMPLES], nlp=nlp))
    frames = to_frames(articles)
    assert len(frames.quantities) == sum(len(a.quantities) for a in articles)
    assert len(frames.quotes) == sum(len(a.quotes) for a in articles)
    for row in frames.mentions.itertuples():
        text = next(a.text for a in articles if a.doc_id == row.doc_id)
        assert text[row.start : row.end] == row.text
