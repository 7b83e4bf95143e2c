"""Pydantic records: the output contract of claimkit (guide: docs/records.md).

Records hold no spaCy types. All offsets are half-open character offsets into
``Article.text``. Records are frozen (sequence fields are tuples) so they hash,
and ``extra="forbid"`` makes a misspelled field in stored JSONL an error rather
than a silent loss.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, model_validator

from claimkit.errors import Errors

EntityLabel = Literal["PERSON", "ORG"]
QuantityKind = Literal["money", "percent", "count", "measure", "duration", "multiple"]
CurrencyBasis = Literal["explicit", "article", "default"]
Qualifier = Literal[
    "exact", "approx", "more_than", "at_least", "less_than", "at_most", "range"
]
Change = Literal["up", "down"]
GroupStatus = Literal["agree", "conflict"]
QuoteForm = Literal["direct", "partial", "indirect"]


class Record(BaseModel):
    """Base of every claimkit record: frozen, unknown fields rejected."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class _Spanned(Record):
    """A record that stands at ``[start, end)`` in the article text."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _check_offsets(self) -> _Spanned:
        if self.end < self.start:
            raise ValueError(
                Errors.E043.format(end=self.end, start=self.start, text=self.text)
            )
        return self


class Mention(_Spanned):
    """One mention of an entity: a name, short form, possessive or pronoun."""


class Entity(Record):
    """A person or organization, clustered within one article."""

    id: str
    label: EntityLabel
    name: str
    mentions: tuple[Mention, ...] = ()
    link: str | None = None
    # Why the linker gave this link: "new" (the entity's first article),
    # "exact", "alias", "acronym", "short_form", "surname", "name_part",
    # "expansion", "name_order", "spacing", "fuzzy" or "corpus_type"
    # (docs/linking.md);
    # link_score is the fuzzy score (0-100), 100 for the other rules, None
    # for "new".
    link_rule: str | None = None
    link_score: float | None = None


class Quantity(Record):
    """A normalized quantity: value, interval, unit and bound."""

    kind: QuantityKind
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    unit_text: str | None = None
    qualifier: Qualifier = "exact"
    change: Change | None = None
    per: str | None = None
    # The level before a change written with both ends: "fell from $36,040 to
    # $34,935" -> value 34935.0, previous 36040.0, change "down".
    previous: float | None = None
    # Money only: how the currency was decided. "explicit": the amount names it
    # ("US$", "C$", "€", "Canadian dollars"); "article": a bare "$" read by the
    # article's own evidence (the dollar it names elsewhere, its dateline or
    # places); "default": a bare "$" read as the run's default dollar.
    currency_basis: CurrencyBasis | None = None


class QuantityClaim(_Spanned):
    """A quantity asserted in the article, with what it is about and who says so."""

    type: Literal["quantity"] = "quantity"
    quantity: Quantity
    subject: str | None = None
    source: str | None = None
    sentence: str = ""
    concept: str | None = None
    concept_start: int | None = None
    concept_end: int | None = None
    concept_key: str | None = None


class QuoteClaim(_Spanned):
    """Words attributed to a speaker: quoted directly, partially or reported."""

    type: Literal["quote"] = "quote"
    form: QuoteForm = "direct"
    speaker: str | None = None
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None


Claim = Annotated[QuantityClaim | QuoteClaim, Field(discriminator="type")]


class Article(Record):
    """One input article and everything claimkit found in it."""

    doc_id: str
    source: str | None = None
    title: str | None = None
    published: str | None = None
    """ISO date (``2024-03-05``) from the page's metadata or a dataset field."""
    author: str | None = None
    site: str | None = None
    url: str | None = None
    text: str
    entities: tuple[Entity, ...] = ()
    claims: tuple[Claim, ...] = ()
    issues: tuple[str, ...] = ()
    encoding: str | None = None
    model: str | None = None

    def entity(self, entity_id: str) -> Entity:
        """Return the entity with this id; raise ``KeyError`` when absent."""
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        raise KeyError(Errors.E042.format(doc_id=self.doc_id, entity_id=entity_id))

    @property
    def quantities(self) -> tuple[QuantityClaim, ...]:
        return tuple(c for c in self.claims if isinstance(c, QuantityClaim))

    @property
    def quotes(self) -> tuple[QuoteClaim, ...]:
        return tuple(c for c in self.claims if isinstance(c, QuoteClaim))

    def _repr_html_(self) -> str:
        from claimkit.display import render_html

        return render_html(self)


class LinkedEntity(Record):
    """One corpus-wide entity in the registry (``entities.jsonl``)."""

    id: str
    label: EntityLabel
    name: str
    aliases: tuple[str, ...] = ()
    doc_ids: tuple[str, ...] = ()
    mention_count: int = 0
    # Short names an article defined for this entity ("Fed" from "the Federal
    # Reserve (Fed)"); a later name equal to one links here (rule "alias").
    learned_aliases: tuple[str, ...] = ()


class GroupMember(Record):
    """One article's figure in a :class:`ClaimGroup`."""

    doc_id: str
    start: int
    end: int
    text: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    qualifier: Qualifier = "exact"
    change: Change | None = None
    source: str | None = None
    sentence: str = ""
    published: str | None = None


class ClaimGroup(Record):
    """The same figure about the same entity in two or more articles.

    ``subject`` is the corpus-wide link id; ``status`` is "conflict" when two
    articles' figures cannot both be true (see :mod:`claimkit.compare` for the
    intervals); ``spread`` is the largest value over the smallest.
    """

    id: str
    subject: str
    subject_name: str
    concept: str
    kind: QuantityKind
    unit: str | None = None
    per: str | None = None
    period: str | None = None
    status: GroupStatus
    spread: float | None = None
    members: tuple[GroupMember, ...]


class Failure(Record):
    """One input that did not become an Article, and why."""

    doc_id: str
    path: str | None = None
    row: int | None = None
    """The row of a dataset file (JSONL line number, CSV or Parquet row from 1)."""
    stage: str
    error: str
    code: str | None = None


CLAIM_ADAPTER: TypeAdapter[Any] = TypeAdapter(Claim)


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema of every public record, keyed by record name."""
    return {
        "Article": Article.model_json_schema(),
        "LinkedEntity": LinkedEntity.model_json_schema(),
        "Failure": Failure.model_json_schema(),
        "ClaimGroup": ClaimGroup.model_json_schema(),
    }
