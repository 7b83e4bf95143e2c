"""Doc -> Article: one text to a validated record."""

from __future__ import annotations

import pytest
from spacy.tokens import DocBin

import claimkit
from claimkit.articles import doc_to_article
from claimkit.records import Article
from tests.conftest import EXAMPLES, REPO, assert_offsets

SAMPLE = (
    "Acme Corp said on Monday that its sales rose 5% to $3.2 billion.\n\n"
    '"We are pleased," said chief executive Jo Park.'
)


@pytest.mark.model
def test_articles_extract_returns_valid_article(nlp):
    article = claimkit.extract(SAMPLE, doc_id="s", nlp=nlp)
    assert isinstance(article, Article)
    assert article.doc_id == "s"
    assert_offsets(article)
    names = {e.name for e in article.entities}
    assert "Acme Corp" in names
    assert any(c.type == "quote" for c in article.claims)
    assert any(c.type == "quantity" and c.text.endswith("5%") for c in article.claims)


@pytest.mark.model
def test_articles_docbin_keeps_user_data(nlp):
    doc = nlp(SAMPLE)
    data = DocBin(docs=[doc], store_user_data=True).to_bytes()
    back = next(DocBin().from_bytes(data).get_docs(nlp.vocab))
    article = doc_to_article(back, doc_id="x")
    assert article == doc_to_article(doc, doc_id="x")


@pytest.mark.model
def test_articles_examples_offsets(nlp):
    for article in claimkit.extract_files([EXAMPLES], nlp=nlp):
        assert_offsets(article)
        assert article.title


def test_articles_repo_has_examples():
    assert (REPO / "examples" / "articles").is_dir()
