"""Company names of a proper word and an industry head ("Corvel Shipping").

The head nouns are claimkit/lexicons/org_heads.json; the sentences are the
project's own, with invented names.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from claimkit.components.entities.industry import industry_names, retype_industry
from claimkit.text.names import GivenNames


def _orgs(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return [e["name"] for e in doc._.ck_entities if e["label"] == "ORG"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dunmore Shipping employs 2,000 staff.", "Dunmore Shipping"),
        ("The deal was signed by Ostrava Freight on Friday.", "Ostrava Freight"),
        ("Analysts expect Kelvane Chips to raise prices.", "Kelvane Chips"),
        ("Customers of Harrow Water complained about leaks.", "Harrow Water"),
        ("Gulf Power cut its forecast.", "Gulf Power"),
    ],
)
def test_industry_name_is_an_organization(nlp, text: str, name: str) -> None:
    assert name in _orgs(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "not_name"),
    [
        ("Shipping costs rose sharply in May.", "Shipping"),
        ("The shop shuts on the Bank Holiday weekend.", "Bank"),
        ("Energy Murambadoro won the vote in Harare.", "Energy"),
        ("The office moved to 12 Water Street last year.", "Water"),
        ("Natural Gas prices fell in the winter.", "Natural Gas"),
    ],
)
def test_not_an_industry_name(nlp, text: str, not_name: str) -> None:
    assert not_name not in _orgs(nlp, text)


@pytest.mark.model
def test_industry_helpers_on_a_parse(nlp) -> None:
    doc = nlp.make_doc("Reports say Ostrava Freight grew.")
    for name, proc in nlp.pipeline:
        if name in ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"):
            doc = proc(doc)
    given = GivenNames.load()
    assert [s.text for s in industry_names(doc, set(), given)] == ["Ostrava Freight"]
    assert list(industry_names(doc, {2}, given)) == []  # taken by a mention
    person = Span(doc, 2, 4, label="PERSON")
    assert [e.label_ for e in retype_industry([person], given)] == ["ORG"]
    # A given name and a head is a person: "Tom Power".
    doc = nlp.make_doc("Reports say Tom Power left.")
    for name, proc in nlp.pipeline:
        if name in ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"):
            doc = proc(doc)
    assert list(industry_names(doc, set(), given)) == []
