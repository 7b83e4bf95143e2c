"""Shared fixtures: pipelines are loaded once per test run."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import spacy
from hypothesis import HealthCheck, settings
from spacy.language import Language

from claimkit.components import install_extensions
from claimkit.errors import ModelNotFoundError

# `make test` runs a short profile; `make fuzz` sets HYPOTHESIS_PROFILE=fuzz.
settings.register_profile(
    "default",
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
settings.register_profile(
    "fuzz",
    max_examples=3000,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

TESTS = Path(__file__).parent
DATA = TESTS / "data"
REPO = TESTS.parent
EXAMPLES = REPO / "examples" / "articles"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"


@pytest.fixture(scope="session")
def blank_nlp() -> Language:
    install_extensions()
    return spacy.blank("en")


@pytest.fixture(scope="session")
def _session_nlp() -> Language:
    from claimkit.loading import load

    try:
        return load()
    except ModelNotFoundError as err:
        pytest.skip(f"no trained English pipeline installed: {err}")


@pytest.fixture
def nlp(_session_nlp: Language) -> Iterator[Language]:
    """The full claimkit pipeline; pipes a test adds are removed afterwards."""
    before = list(_session_nlp.pipe_names)
    yield _session_nlp
    for name in list(_session_nlp.pipe_names):
        if name not in before:
            _session_nlp.remove_pipe(name)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared/data is not present")
    return SHARED


def assert_offsets(article) -> None:  # type: ignore[no-untyped-def]
    """Every offset in an Article slices its text back to the recorded words."""
    text = article.text
    for entity in article.entities:
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text, mention
    for claim in article.claims:
        assert text[claim.start : claim.end] == claim.text, claim
        speaker_start = getattr(claim, "speaker_start", None)
        if speaker_start is not None:
            assert text[speaker_start : claim.speaker_end] == claim.speaker_text, claim
        sentence = getattr(claim, "sentence", None)
        if sentence:
            assert sentence in text
    ids = [e.id for e in article.entities]
    assert len(ids) == len(set(ids))
    for claim in article.claims:
        for role in ("subject", "source", "speaker"):
            value = getattr(claim, role, None)
            assert value is None or value in ids, (role, value)
