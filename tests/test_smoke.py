from __future__ import annotations

import pytest

import claimkit
from tests.conftest import EXAMPLES, assert_offsets


@pytest.mark.model
def test_pipeline_extracts_example_articles(nlp):
    articles = list(claimkit.extract_files([EXAMPLES], nlp=nlp))
    assert len(articles) == len(list(EXAMPLES.glob("*.*")))
    for article in articles:
        assert_offsets(article)
        assert article.entities
        assert article.claims
