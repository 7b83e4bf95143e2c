from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from claimkit.io import read_articles, write_records
from claimkit.records import (
    CLAIM_ADAPTER,
    Article,
    Entity,
    Mention,
    Quantity,
    QuantityClaim,
    QuoteClaim,
    json_schema,
)

TEXT = 'Acme Corp said sales rose 5%. "We are pleased," said Jo Park.'


def make_article() -> Article:
    acme = Entity(
        id="e0",
        label="ORG",
        name="Acme Corp",
        mentions=(Mention(text="Acme Corp", start=0, end=9),),
    )
    park = Entity(
        id="e1",
        label="PERSON",
        name="Jo Park",
        mentions=(Mention(text="Jo Park", start=53, end=60),),
    )
    quantity = QuantityClaim(
        text="5%",
        start=26,
        end=28,
        quantity=Quantity(kind="percent", value=5.0, unit="%", change="up"),
        subject="e0",
        source="e0",
        sentence="Acme Corp said sales rose 5%.",
    )
    quote = QuoteClaim(
        text="We are pleased,",
        start=31,
        end=46,
        speaker="e1",
        speaker_text="Jo Park",
        speaker_start=53,
        speaker_end=60,
        cue="said",
    )
    return Article(
        doc_id="a/b",
        source="in/a/b.txt",
        text=TEXT,
        entities=(acme, park),
        claims=(quantity, quote),
    )


def test_records_offsets_of_the_fixture_are_true():
    article = make_article()
    for claim in article.claims:
        assert TEXT[claim.start : claim.end] == claim.text


def test_records_jsonl_round_trip_is_equal(tmp_path):
    article = make_article()
    path = tmp_path / "out.jsonl"
    write_records([article, article.model_copy(update={"doc_id": "c"})], path)
    back = list(read_articles(path))
    assert back[0] == article
    assert back[1].doc_id == "c"
    assert isinstance(back[0].claims[0], QuantityClaim)
    assert isinstance(back[0].claims[1], QuoteClaim)


def test_records_unknown_field_is_rejected():
    data = json.loads(make_article().model_dump_json())
    data["entities"][0]["lable"] = "ORG"
    with pytest.raises(ValidationError, match="lable"):
        Article.model_validate(data)


def test_records_claim_union_dispatches_on_type():
    claim = CLAIM_ADAPTER.validate_python(
        {"type": "quote", "text": "x", "start": 0, "end": 1}
    )
    assert isinstance(claim, QuoteClaim)
    with pytest.raises(ValidationError):
        CLAIM_ADAPTER.validate_python(
            {"type": "rumour", "text": "x", "start": 0, "end": 1}
        )


def test_records_are_frozen_and_hashable():
    article = make_article()
    with pytest.raises(ValidationError):
        article.entities[0].name = "Other"  # type: ignore[misc]
    assert hash(article) == hash(make_article())


def test_records_reject_end_before_start():
    with pytest.raises(ValidationError, match="before start"):
        Mention(text="x", start=5, end=2)


def test_records_reject_bad_literals():
    with pytest.raises(ValidationError):
        Quantity(kind="money", qualifier="roughly")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        Entity(id="e0", label="GPE", name="Paris")  # type: ignore[arg-type]


def test_records_schema_names_contract_fields():
    schema = json_schema()
    article = schema["Article"]
    for field in ("doc_id", "source", "title", "text", "entities", "claims", "issues"):
        assert field in article["properties"]
    defs = article["$defs"]
    assert {"subject", "source", "sentence", "quantity"} <= set(
        defs["QuantityClaim"]["properties"]
    )
    assert {
        "speaker",
        "speaker_text",
        "speaker_start",
        "speaker_end",
        "cue",
        "form",
    } <= set(defs["QuoteClaim"]["properties"])
    assert set(schema["LinkedEntity"]["properties"]) >= {
        "id",
        "label",
        "name",
        "aliases",
        "doc_ids",
        "mention_count",
    }


def test_records_article_helpers():
    article = make_article()
    assert article.entity("e1").name == "Jo Park"
    assert [c.type for c in article.quantities] == ["quantity"]
    assert [c.type for c in article.quotes] == ["quote"]
    with pytest.raises(KeyError):
        article.entity("e9")
