"""On-disk bookkeeping: text hashes, row ids and resume ids whose RAM stays flat."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimkit import keystore
from claimkit.batch import BatchStats, Deduper, _read_all
from claimkit.corpus import expand_inputs, iter_dataset
from claimkit.io import content_hash
from claimkit.keystore import DocIdSet, KeyStore
from claimkit.records import Article


def test_keystore_setdefault_keeps_the_first_value():
    with KeyStore() as store:
        assert store.get(b"k1") is None and len(store) == 0
        assert store.setdefault(b"k1", "first") == "first"
        assert store.setdefault(b"k1", "second") == "first"
        assert store.setdefault(b"k2", "other") == "other"
        assert store.get(b"k1") == "first" and store.get(b"k3", "none") == "none"
        assert b"k2" in store and b"k3" not in store and "k1" not in store
        assert len(store) == 2


def test_keystore_empty_store_opens_nothing_and_closes_twice():
    store = KeyStore()
    assert b"x" not in store and store.get(b"x") is None
    assert store._con is None
    store.close()
    store.close()


def test_keystore_survives_commits_and_a_small_cache():
    # A tiny page cache and frequent commits: most keys live in the file.
    with KeyStore(cache_kib=64, commit_every=100) as store:
        for i in range(5000):
            assert store.setdefault(content_hash(f"text {i}"), f"doc{i}") == f"doc{i}"
        assert len(store) == 5000
        for i in range(0, 5000, 7):
            assert store.setdefault(content_hash(f"text {i}"), "later") == f"doc{i}"
        assert content_hash("text 5000") not in store


def test_keystore_doc_id_set():
    with DocIdSet(commit_every=2) as ids:
        assert ids.add_new("a/1") and ids.add_new("a/2") and ids.add_new("a/3")
        assert not ids.add_new("a/1")
        ids.add("a/4")
        assert "a/4" in ids and "a/5" not in ids and 4 not in ids
        assert len(ids) == 4


def _big_jsonl(path: Path, rows: int) -> tuple[Path, set[int], set[int]]:
    """Write ``rows`` short rows; some repeat an earlier text, some an earlier id."""
    dup_rows, repeat_rows = set(), set()
    with path.open("w", encoding="utf-8") as fh:
        for i in range(rows):
            text = f"Firm {i} reported sales of {i * 3} units in its quarter."
            key = f"k{i}"
            if i and i % 997 == 0:  # the text of a row far back
                j = i - 500
                text = f"Firm {j} reported sales of {j * 3} units in its quarter."
                dup_rows.add(i)
            if i and i % 1499 == 0:  # the id of a row far back
                key = f"k{i - 700}"
                repeat_rows.add(i)
            fh.write(json.dumps({"id": key, "text": text}) + "\n")
    return path, dup_rows, repeat_rows


@pytest.mark.slow
def test_keystore_large_corpus_finds_every_duplicate_and_repeated_id(
    tmp_path, monkeypatch
):
    # Small stores (64 KiB cache, a commit every 500 keys) so that 6,000 rows
    # cross the in-memory part many times over; every duplicate and every
    # repeated id must still be found, and the records be those of a dict.
    monkeypatch.setattr(keystore, "CACHE_KIB", 64)
    monkeypatch.setattr(keystore, "COMMIT_EVERY", 500)
    path, dup_rows, repeat_rows = _big_jsonl(tmp_path / "big.jsonl", 6000)
    stats = BatchStats()
    on_disk = list(_read_all(expand_inputs([path]), 100_000, False, Deduper(), stats))
    assert stats.read == 6000 and stats.duplicates == len(dup_rows)
    duplicates = [r for r in on_disk if r.done is not None]
    assert [int(r.item.doc_id.split("/k")[1]) for r in duplicates] == sorted(dup_rows)
    first = duplicates[0].done
    assert isinstance(first, Article)
    assert first.issues == ("duplicate of big/k497: same text, not processed again",)
    renamed = [r.item for r in on_disk if r.item.doc_id.endswith("~2")]
    assert [r.row for r in renamed] == [i + 1 for i in sorted(repeat_rows)]
    assert renamed[0].issues[0].startswith("id 'k799' repeats an earlier row's")
    # The same run with an in-memory table gives the same inputs and records.
    in_memory = list(
        _read_all(expand_inputs([path]), 100_000, False, Deduper({}), BatchStats())
    )
    assert [(r.item, r.done) for r in in_memory] == [(r.item, r.done) for r in on_disk]


def test_keystore_dataset_ids_unique_without_repeats(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text(
        "\n".join(json.dumps({"id": i % 3, "text": f"T{i}."}) for i in range(7)) + "\n"
    )
    ids = [r.doc_id for r in iter_dataset(path)]
    assert ids == ["d/0", "d/1", "d/2", "d/0~2", "d/1~2", "d/2~2", "d/0~3"]


def test_keystore_disk_trouble_is_coded(monkeypatch):
    from claimkit.errors import ProcessingError

    store = KeyStore()
    store.add(b"a")

    class Broken:
        def execute(self, *args: object) -> None:
            raise keystore.sqlite3.OperationalError("database or disk is full")

        def close(self) -> None:
            pass

    real = store._con
    monkeypatch.setattr(store, "_con", Broken())
    with pytest.raises(ProcessingError, match="E067"):
        store.add(b"b")
    monkeypatch.setattr(store, "_con", real)
    store.close()
