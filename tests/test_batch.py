"""Batch runs: order, failures, workers, duplicates."""

from __future__ import annotations

import gc

import pytest
import spacy
from spacy.language import Language

from claimkit.batch import BatchStats, process_files
from claimkit.records import Article, Failure

SAMPLE = (
    "Acme Corp said on Monday that its sales rose 5% to $3.2 billion.\n\n"
    '"We are pleased," said chief executive Jo Park.'
)


@pytest.mark.model
def test_batch_process_files_keeps_order_and_reports_failures(nlp, tmp_path):
    (tmp_path / "a.txt").write_text(SAMPLE)
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02" * 200)
    (tmp_path / "c.txt").write_text("")
    (tmp_path / "d.txt").write_text("Beta Ltd hired 40 engineers.")
    results = list(process_files([tmp_path], nlp=nlp, batch_size=2))
    assert [r.doc_id for r in results] == ["a", "b", "c", "d"]
    assert [type(r) for r in results] == [Article, Failure, Failure, Article]
    assert results[1].code == "E025" and results[2].code == "E028"


@pytest.mark.model
def test_batch_component_error_fails_only_that_document(nlp, tmp_path):
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
def test_batch_two_processes_match_one(nlp, tmp_path):
    for i in range(6):
        (tmp_path / f"{i}.txt").write_text(
            f"Firm {i} Holdings said revenue rose {i + 1}%."
        )
    one = list(process_files([tmp_path], nlp=nlp, batch_size=2))
    two = list(process_files([tmp_path], nlp=nlp, batch_size=2, n_process=2))
    assert one == two


@pytest.mark.model
def test_batch_duplicate_text_is_reported_not_reprocessed(nlp, tmp_path):
    (tmp_path / "a.txt").write_text(SAMPLE)
    (tmp_path / "b.txt").write_text("Another text about Beta Ltd.")
    (tmp_path / "c.txt").write_text(SAMPLE)
    stats = BatchStats()
    a, _, c = process_files([tmp_path], nlp=nlp, stats=stats)
    assert isinstance(c, Article) and c.doc_id == "c"
    assert c.text == a.text and c.claims == () and c.entities == ()
    assert c.issues[-1].startswith("duplicate of a:")
    assert stats.duplicates == 1 and stats.written == 3


def test_batch_settled_heap_freezes_only_while_a_run_lasts(tmp_path):
    (tmp_path / "a.txt").write_text("First text.")
    (tmp_path / "b.txt").write_text("Second text.")
    nlp = spacy.blank("en")
    assert gc.get_freeze_count() == 0
    results = process_files([tmp_path], nlp=nlp, batch_size=1)
    next(results)
    assert gc.get_freeze_count() > 0  # the objects made before the run
    assert len(list(results)) == 1
    assert gc.get_freeze_count() == 0


def test_batch_settled_heap_leaves_another_freeze_alone(tmp_path):
    (tmp_path / "a.txt").write_text("First text.")
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert len(list(process_files([tmp_path], nlp=spacy.blank("en")))) == 1
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
