"""Fixtures shared by the component rule tests: claimkit's components, built bare."""

from __future__ import annotations

import pytest

from claimkit.components.entities import EntityResolver
from claimkit.components.quotes import QuoteFinder


@pytest.fixture(scope="module")
def resolver() -> EntityResolver:
    return EntityResolver("ck_entities")


@pytest.fixture(scope="module")
def finder() -> QuoteFinder:
    return QuoteFinder("ck_quotes")
