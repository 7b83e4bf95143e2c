"""The entity recognizer's training-data conversion (models/ner/build_ner.py).

Hand-made posts and documents, no model: what becomes a gold name, what is
left missing (no supervision) and what becomes "outside".
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc, Span

from claimkit.ner.conll import read_posts

BUILD = Path(__file__).resolve().parents[1] / "models" / "ner" / "build_ner.py"


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("build_ner", BUILD)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_ner"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


POSTS = (
    "Lunch\tO\nwith\tO\nMaria\tB-person\nKowalski\tI-person\nat\tO\n"
    "Fernhill\tB-corporation\n!\tO\n\t\n"
    "@\tB-PER\nbobby_t\tB-PER\nloves\tO\nGlasswing\tB-product\n"
    "and\tO\nGod\tB-person\n \tO\n\n"
    "#Leeds\tB-location\nrocks\tO\nto the\tO\n"
)


def test_read_posts_splits_posts_on_blank_and_tab_lines(tmp_path):
    path = tmp_path / "posts.conll"
    path.write_text(POSTS, encoding="utf-8")
    posts = list(read_posts(path))
    assert len(posts) == 3
    assert posts[0].words[2:4] == ["Maria", "Kowalski"]
    assert (2, 4, "person") in posts[0].spans
    assert posts[0].sent_starts == [True] + [False] * 6
    # A token with a space keeps one token; a blank token is skipped.
    assert posts[2].words == ["#Leeds", "rocks", "to_the"]
    assert "" not in posts[1].words


def test_post_items_map_types_and_leave_handles_missing(tmp_path, build):
    path = tmp_path / "posts.conll"
    path.write_text(POSTS, encoding="utf-8")
    first, second, third = build.post_items(path)
    assert (2, 4, "PER") in first.spans
    assert (5, 6, "ORG") in first.spans
    # "@" and the user name, a product, "God" and a hashtag: no supervision.
    assert {kind for _, _, kind in second.spans} == {build.SKIP}
    assert third.spans == [(0, 1, build.SKIP)]


def doc_with(blank, words, ents):
    doc = Doc(blank.vocab, words=words)
    doc.set_ents([Span(doc, s, e, label=label) for s, e, label in ents])
    return doc


def test_annotate_skip_is_missing_not_outside(build, blank):
    words = ["Ana", "Ruiz", "watched", "Glasswing", "in", "Leeds", "."]
    predicted = doc_with(blank, words, [(3, 4, "PERSON"), (5, 6, "GPE")])
    gold = [(0, 2, "PER"), (3, 4, build.SKIP), (5, 6, "LOC")]
    doc = build.annotate(Doc(blank.vocab, words=words), predicted, gold)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Ana Ruiz", "PERSON"),
        ("Leeds", "GPE"),
    ]
    assert doc[3].ent_iob_ == ""  # missing
    assert doc[2].ent_iob_ == "O"


def test_annotate_gum_decides_names_only(build, blank):
    words = ["Tom", "Lark", "met", "Oslo", "Bank", "staff", "in", "May", "."]
    predicted = doc_with(
        blank, words, [(0, 1, "PERSON"), (3, 4, "GPE"), (7, 8, "DATE")]
    )
    gold = [(0, 2, "PER"), (3, 5, "ORG")]
    doc = build.annotate(
        Doc(blank.vocab, words=words), predicted, gold, {"PERSON", "ORG"}
    )
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Tom Lark", "PERSON"),
        ("Oslo Bank", "ORG"),
        ("May", "DATE"),
    ]
    # A base PERSON span GUM does not mark becomes outside.
    words2 = ["Stairs", "creak", "."]
    predicted2 = doc_with(blank, words2, [(0, 1, "PERSON")])
    doc2 = build.annotate(
        Doc(blank.vocab, words=words2), predicted2, [], {"PERSON", "ORG"}
    )
    assert doc2[0].ent_iob_ == "O"
    # With the CoNLL rule, the base model's GPE is gold-decided too.
    doc3 = build.annotate(Doc(blank.vocab, words=words), predicted, gold)
    assert ("May", "DATE") in {(e.text, e.label_) for e in doc3.ents}


def test_annotate_unsure_types_left_missing(build, blank):
    # A post whose gold marks one name: the base model's other PERSON stays
    # missing with an unsure gold, "outside" with a complete one.
    words = ["Mo", "Dale", "and", "Ria", "Penn", "sang", "."]
    predicted = doc_with(blank, words, [(0, 2, "PERSON"), (3, 5, "PERSON")])
    gold = [(0, 2, "PER")]
    loose = build.annotate(
        Doc(blank.vocab, words=words), predicted, gold, unsure=frozenset({"PERSON"})
    )
    assert [e.text for e in loose.ents] == ["Mo Dale"]
    assert loose[3].ent_iob_ == "" and loose[5].ent_iob_ == "O"
    strict = build.annotate(Doc(blank.vocab, words=words), predicted, gold)
    assert strict[3].ent_iob_ == "O"


def test_gum_paragraphs_tokenize_and_skip_noise(build, blank):
    text = "Our guide Ines Baro met the President.\n\nGod knows Kelp Ltd. grew."
    record = {
        "doc_id": "x",
        "genre": "voyage",
        "text": text,
        "entities": [
            {"start": 10, "end": 19, "label": "PERSON"},
            {"start": 28, "end": 37, "label": "PERSON"},
            {"start": 40, "end": 43, "label": "PERSON"},
            {"start": 50, "end": 59, "label": "ORG"},
        ],
    }
    first, second = build.gum_paragraphs(record, blank)
    named = [(" ".join(first.words[s:e]), k) for s, e, k in first.spans]
    assert named == [("Ines Baro", "PER"), ("President", build.SKIP)]
    named = [(" ".join(second.words[s:e]), k) for s, e, k in second.spans]
    assert named == [("God", build.SKIP), ("Kelp Ltd.", "ORG")]


def test_gum_items_take_only_commercial_tune_genres(build, blank, tmp_path):
    import json

    lines = []
    for doc_id, genre in (("a", "bio"), ("b", "letter"), ("c", "fiction")):
        text = "Ada Voss wrote."
        entities = [{"start": 0, "end": 8, "label": "PERSON"}]
        lines.append(
            json.dumps(
                {"doc_id": doc_id, "genre": genre, "text": text, "entities": entities}
            )
        )
    (tmp_path / "gum_other_genres.jsonl").write_text("\n".join(lines) + "\n")
    (tmp_path / "splits.tsv").write_text(
        "doc_id\tgenre\tsplit\na\tbio\ttrain\nb\tletter\ttrain\nc\tfiction\ttrain\n"
    )
    assert len(build.gum_items(tmp_path, "train", blank)) == 1
    assert build.gum_items(tmp_path, "dev", blank) == []
