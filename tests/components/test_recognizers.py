"""Two recognizers combined: stash, merge, votes; hand-built Docs and golden cases."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import spacy
from spacy.tokens import Doc, Span

from claimkit.components.entities import EntityResolver, find_entities
from claimkit.components.entities.recognizers import (
    BASE_KEY,
    FINE_KEY,
    FINE_SHARE,
    EntityMerger,
    EntityStash,
    labels_over,
    merge_ents,
    votes,
    windows,
)
from claimkit.loading import CLAIMKIT_NER, load
from tests.components.test_entities import make_doc
from tests.conftest import DATA
from tests.handmade import parse

WORDS = [
    "Vela",
    "Power",
    "said",
    "it",
    "paid",
    "£",
    "1.2bn",
    "for",
    "Harbor",
    "Windle",
    ".",
]
VERBS = {"said", "paid", "rose"}


def _spans(doc: Doc, *spans: tuple[int, int, str]) -> list[Span]:
    return [Span(doc, start, end, label=label) for start, end, label in spans]


def _found(spans: list[Span]) -> set[tuple[str, str]]:
    return {(span.text, span.label_) for span in spans}


def test_recognizers_merge_takes_numbers_from_the_base(blank_nlp):
    doc = make_doc(blank_nlp.vocab, WORDS, ["O"] * len(WORDS))
    base = _spans(doc, (0, 2, "PERSON"), (5, 7, "MONEY"))
    fine = _spans(doc, (0, 2, "ORG"), (6, 7, "CARDINAL"), (8, 10, "PERSON"))
    merged = merge_ents(base, fine, names="fine_first")
    assert _found(merged) == {
        ("Vela Power", "ORG"),
        ("£ 1.2bn", "MONEY"),
        ("Harbor Windle", "PERSON"),
    }
    assert ("1.2bn", "CARDINAL") not in _found(merged)


def test_recognizers_merge_fills_gaps_only_where_nothing_overlaps(blank_nlp):
    doc = make_doc(blank_nlp.vocab, WORDS, ["O"] * len(WORDS))
    base = _spans(doc, (0, 1, "GPE"), (8, 10, "ORG"))
    fine = _spans(doc, (0, 2, "ORG"))
    assert _found(merge_ents(base, fine, names="fine_first")) == {
        ("Vela Power", "ORG"),
        ("Harbor Windle", "ORG"),
    }
    assert _found(merge_ents(base, fine, names="base_first")) == {
        ("Vela", "GPE"),
        ("Harbor Windle", "ORG"),
    }
    assert _found(merge_ents(base, fine, names="fine")) == {("Vela Power", "ORG")}
    assert _found(merge_ents(base, fine, names="base")) == {
        ("Vela", "GPE"),
        ("Harbor Windle", "ORG"),
    }


def test_recognizers_merge_can_keep_the_fine_tunes_numbers(blank_nlp):
    doc = make_doc(blank_nlp.vocab, WORDS, ["O"] * len(WORDS))
    base = _spans(doc, (5, 7, "MONEY"))
    fine = _spans(doc, (6, 7, "CARDINAL"))
    assert _found(merge_ents(base, fine, numbers="fine")) == {("1.2bn", "CARDINAL")}


def test_recognizers_stash_keeps_spans_and_clears_ents(blank_nlp):
    tags = ["B-ORG", "I-ORG"] + ["O"] * (len(WORDS) - 2)
    doc = make_doc(blank_nlp.vocab, WORDS, tags)
    EntityStash()(doc)
    assert _found(list(doc.spans[BASE_KEY])) == {("Vela Power", "ORG")}
    assert not doc.ents
    # Missing, not outside: the next recognizer is not bound by a preset O.
    assert all(token.ent_iob == 0 for token in doc)


def test_recognizers_merger_sets_ents_and_keeps_both_span_sets(blank_nlp):
    doc = make_doc(blank_nlp.vocab, WORDS, ["O"] * len(WORDS))
    doc.spans[BASE_KEY] = _spans(doc, (0, 2, "PERSON"), (5, 7, "MONEY"))
    doc.ents = _spans(doc, (0, 2, "ORG"))
    EntityMerger()(doc)
    assert _found(list(doc.ents)) == {("Vela Power", "ORG"), ("£ 1.2bn", "MONEY")}
    assert _found(list(doc.spans[FINE_KEY])) == {("Vela Power", "ORG")}
    assert doc[4].ent_iob_ == "O"


def test_recognizers_merger_without_a_stash_keeps_the_ents(blank_nlp):
    doc = make_doc(blank_nlp.vocab, WORDS, ["O"] * len(WORDS))
    doc.ents = _spans(doc, (0, 2, "ORG"))
    EntityMerger()(doc)
    assert _found(list(doc.ents)) == {("Vela Power", "ORG")}


def test_recognizers_options_are_checked():
    with pytest.raises(ValueError, match="E010"):
        EntityMerger(names="longest")
    with pytest.raises(ValueError, match="E010"):
        EntityMerger(numbers="both")
    with pytest.raises(ValueError, match="E010"):
        EntityStash(key="")


def test_recognizers_votes_give_each_recognizers_label(blank_nlp):
    doc = make_doc(blank_nlp.vocab, WORDS, ["O"] * len(WORDS))
    assert votes(doc) is None  # one recognizer: nothing to vote with
    doc.spans[BASE_KEY] = _spans(doc, (0, 2, "PERSON"))
    doc.spans[FINE_KEY] = _spans(doc, (0, 2, "ORG"), (8, 10, "FAC"))
    found = votes(doc)
    assert found is not None
    assert labels_over(found, 0, 2) == [("ORG", FINE_SHARE)]
    assert labels_over(found, 8, 10) == [("FAC", FINE_SHARE)]
    assert labels_over(found, 3, 4) == []


def _resolved(blank_nlp, base, fine, words=WORDS):  # type: ignore[no-untyped-def]
    """Entities of a Doc whose two recognizers said ``base`` and ``fine``."""
    pos = [
        "VERB" if w in VERBS else "PROPN" if w[:1].isupper() else "NOUN" for w in words
    ]
    doc = make_doc(blank_nlp.vocab, words, ["O"] * len(words), pos=pos)
    doc.spans[BASE_KEY] = _spans(doc, *base)
    doc.ents = _spans(doc, *fine)
    EntityMerger()(doc)
    return {e["name"]: e["label"] for e in find_entities(doc, EntityResolver())}


# "Vela Power" is a proper word and an industry head: an organization whatever
# the recognizers say (claimkit/components/entities/industry.py).
_INDUSTRY = {"Vela Power": "ORG"}


def test_recognizers_agreeing_votes_type_the_name(blank_nlp):
    found = _resolved(blank_nlp, [(8, 10, "ORG")], [(8, 10, "ORG")])
    assert found == {"Harbor Windle": "ORG", **_INDUSTRY}


def test_recognizers_a_name_one_recognizer_alone_found_is_dropped(blank_nlp):
    # In prose one recognizer is not enough.
    assert _resolved(blank_nlp, [(8, 10, "ORG")], []) == _INDUSTRY
    assert _resolved(blank_nlp, [], [(8, 10, "PERSON")]) == _INDUSTRY


def test_recognizers_agreement_takes_the_fine_tunes_span(blank_nlp):
    found = _resolved(blank_nlp, [(9, 10, "ORG")], [(8, 10, "ORG")])
    assert found == {"Harbor Windle": "ORG", **_INDUSTRY}


def test_recognizers_fine_tune_types_an_agreed_name(blank_nlp):
    words = ["Vela", "Power", "said", "it", "paid", "£", "1.2bn", "."]
    found = _resolved(blank_nlp, [(0, 2, "PERSON")], [(0, 2, "ORG")], words)
    assert found == {"Vela Power": "ORG"}
    # The text's evidence still outweighs the model ("Ltd").
    words = ["Vela", "Power", "Ltd", "said", "it", "paid", "£", "1.2bn", "."]
    found = _resolved(blank_nlp, [(0, 3, "ORG")], [(0, 3, "PERSON")], words)
    assert found == {"Vela Power Ltd": "ORG"}


def test_recognizers_place_votes_keep_a_place_out(blank_nlp):
    words = ["Prices", "in", "Oslo", "rose", "."]
    found = _resolved(blank_nlp, [(2, 3, "GPE")], [(2, 3, "GPE")], words)
    assert found == {}


def _results_doc(blank_nlp):  # type: ignore[no-untyped-def]
    """A results line (no verb) and a prose sentence, parsed by hand."""
    return parse(
        blank_nlp.vocab,
        "Tarn 3 Osby 1 . Osby signed Lund .",
        """
        Tarn   PROPN ROOT  0
        3      NUM   nummod 0
        Osby   PROPN conj  0
        1      NUM   nummod 2
        .      PUNCT punct 0
        Osby   PROPN nsubj 6
        signed VERB  ROOT  6 O sign
        Lund   PROPN dobj  6
        .      PUNCT punct 6
        """,
    )


def test_recognizers_lines_without_a_verb_keep_the_fine_tunes_names(blank_nlp):
    doc = _results_doc(blank_nlp)
    fine = _spans(doc, (0, 1, "ORG"), (2, 3, "ORG"), (7, 8, "PERSON"))
    merged = merge_ents([], fine, names="agree_lines")
    # The results row keeps both teams; prose needs the base model to agree.
    assert _found(merged) == {("Tarn", "ORG"), ("Osby", "ORG")}
    assert [s.start for s in merged] == [0, 2]
    assert merge_ents([], fine, names="agree") == []


def test_recognizers_windows_cover_names_and_lines(blank_nlp):
    doc = _results_doc(blank_nlp)
    names = _spans(doc, (7, 8, "PERSON"), (1, 2, "CARDINAL"))
    assert windows(names, len(doc), 1) == [(6, 9)]
    assert windows(names, len(doc), 1, [(0, 5)]) == [(0, 5), (6, 9)]
    assert windows(names, len(doc), 3, [(0, 5)]) == [(0, 9)]
    assert windows([], len(doc), 4) == []


class _FakeRecognizer:
    """Tags every title-case word ORG and records the words it was shown."""

    def __init__(self) -> None:
        self.seen: list[list[str]] = []

    def __call__(self, doc: Doc) -> Doc:
        self.seen.append([t.text for t in doc])
        doc.ents = [Span(doc, t.i, t.i + 1, label="ORG") for t in doc if t.is_title]
        return doc


def test_recognizers_merger_runs_the_second_recognizer_on_windows(blank_nlp):
    doc = _results_doc(blank_nlp)
    doc.ents = _spans(doc, (7, 8, "PERSON"), (1, 2, "CARDINAL"))
    fake = _FakeRecognizer()
    EntityMerger(recognizer=fake, margin=1)(doc)
    # The verbless line whole, and one token either side of "Lund".
    assert fake.seen == [["Tarn", "3", "Osby", "1", "."], ["signed", "Lund", "."]]
    assert _found(list(doc.spans[FINE_KEY])) == {
        ("Tarn", "ORG"),
        ("Osby", "ORG"),
        ("Lund", "ORG"),
    }
    assert _found(list(doc.spans[BASE_KEY])) == {("Lund", "PERSON"), ("3", "CARDINAL")}
    assert _found(list(doc.ents)) == {
        ("Tarn", "ORG"),
        ("Osby", "ORG"),
        ("Lund", "ORG"),
        ("3", "CARDINAL"),
    }
    assert [e.start for e in doc.ents] == [0, 1, 2, 7]  # offsets in the whole text


def test_recognizers_merger_factory_needs_the_recognizer_in_the_pipeline():
    nlp = spacy.blank("en")
    with pytest.raises(ValueError, match="E100"):
        nlp.add_pipe("ck_merge_ents", config={"recognizer": "ck_ner"})
    with pytest.raises(ValueError, match="E010"):
        EntityMerger(margin=-1)


@pytest.fixture(scope="module")
def both_nlp():  # type: ignore[no-untyped-def]
    if not CLAIMKIT_NER.is_dir():
        pytest.skip("claimkit's trained entity recognizer is not built")
    return load(ner="both")


@pytest.mark.model
def test_recognizers_load_both_adds_the_second_recognizer(both_nlp):
    names = both_nlp.component_names
    assert both_nlp.meta["claimkit"]["ner"] == "both"
    # The fine-tune is a disabled pipe that ck_merge_ents runs on windows.
    assert "ck_ner" in both_nlp.disabled
    assert names.index("ner") < names.index("ck_ner") < names.index("ck_merge_ents")
    assert names.index("ck_merge_ents") < names.index("ck_entities")


@pytest.mark.model
def test_recognizers_load_base_has_one_recognizer():
    nlp = load(ner="base")
    assert nlp.meta["claimkit"]["ner"] == "base"
    assert "ck_ner" not in nlp.pipe_names
    assert "ck_merge_ents" not in nlp.pipe_names


GOLDEN = [json.loads(line) for line in (DATA / "golden" / "recognizers.jsonl").open()]


@pytest.mark.model
@pytest.mark.parametrize(
    "case",
    [
        pytest.param(
            case,
            marks=[pytest.mark.xfail(strict=True, reason=case["xfail"])]
            if "xfail" in case
            else [],
        )
        for case in GOLDEN
    ],
    ids=[case["id"] for case in GOLDEN],
)
def test_recognizers_golden(both_nlp, case):
    doc = both_nlp(case["text"])
    found = sorted([e["label"], e["name"]] for e in doc._.ck_entities)
    assert found == case["expected"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The port approved a £1.2bn plan.", ("1.2bn", "MONEY")),
        ("It spent $5.6 million on the final run.", ("$5.6 million", "MONEY")),
    ],
)
def test_recognizers_both_keeps_the_base_models_numbers(both_nlp, text, expected):
    assert expected in {(e.text, e.label_) for e in both_nlp(text).ents}


@pytest.mark.model
def test_recognizers_saved_both_pipeline_loads_in_fresh_process(both_nlp, tmp_path):
    path = tmp_path / "claimkit_both"
    both_nlp.to_disk(path)
    text = "Maria Lindqvist, chief executive of Nordvik Bank, said profits rose 12%."
    code = (
        "import json, sys, spacy\n"
        f"nlp = spacy.load({str(path)!r})\n"
        "doc = nlp(sys.stdin.read())\n"
        "print(json.dumps({'pipes': nlp.pipe_names, 'disabled': nlp.disabled,"
        " 'ents': doc._.ck_entities}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        input=text,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    )
    result = json.loads(done.stdout)
    assert "ck_ner" in result["disabled"]
    assert "ck_merge_ents" in result["pipes"]
    assert result["ents"] == json.loads(json.dumps(both_nlp(text)._.ck_entities))
    again = load(str(path))
    assert again.meta["claimkit"]["ner"] == "both"
    assert again.pipe_names == both_nlp.pipe_names


def _checked(blank_nlp, base, fine, words, pos=None):  # type: ignore[no-untyped-def]
    """Entities of a Doc the fine-tune labelled ``fine``, with the base model's
    ``base`` spans from around its names (``ner="claimkit"``, ck_check_ents)."""
    pos = pos or [
        "VERB" if w in VERBS else "PROPN" if w[:1].isupper() else "NOUN" for w in words
    ]
    doc = make_doc(blank_nlp.vocab, words, ["O"] * len(words), pos=pos)
    doc.ents = _spans(doc, *fine)
    doc.spans[FINE_KEY] = list(doc.ents)
    doc.spans[BASE_KEY] = _spans(doc, *base)
    return {e["name"]: e["label"] for e in find_entities(doc, EntityResolver())}


_GAME = ["Fans", "queued", "for", "Moss", "Quentar", "on", "Friday", "."]


def test_recognizers_check_keeps_a_name_the_base_model_also_calls_an_agent(blank_nlp):
    # A recognizer each: found by both, the name stays (the fine-tune's type).
    found = _checked(blank_nlp, [(3, 5, "ORG")], [(3, 5, "PERSON")], _GAME)
    assert found == {"Moss Quentar": "PERSON"}


def test_recognizers_check_drops_a_name_only_the_fine_tune_found(blank_nlp):
    # Nothing but the fine-tune says "Moss Quentar" is a person: a game title.
    assert _checked(blank_nlp, [], [(3, 5, "PERSON")], _GAME) == {}
    # Nor is the base model's product or title a person's or a company's.
    assert _checked(blank_nlp, [(3, 5, "PRODUCT")], [(3, 5, "ORG")], _GAME) == {}
    assert _checked(blank_nlp, [(3, 5, "WORK_OF_ART")], [(3, 5, "PERSON")], _GAME) == {}


def test_recognizers_check_keeps_a_name_the_text_supports(blank_nlp):
    # It speaks: the text says it acts, whatever the base model found.
    doc = parse(
        blank_nlp.vocab,
        "Moss Quentar said it paid more.",
        """
        Moss   PROPN compound 1 B-ORG
        Quentar PROPN nsubj   2 I-ORG
        said   VERB  ROOT     2 O     say
        it     PRON  nsubj    4
        paid   VERB  ccomp    2 O     pay
        more   ADJ   dobj     4
        .      PUNCT punct    2
        """,
    )
    doc.spans[FINE_KEY] = list(doc.ents)
    doc.spans[BASE_KEY] = []
    found = {e["name"]: e["label"] for e in find_entities(doc, EntityResolver())}
    assert found == {"Moss Quentar": "ORG"}
    # A title before it says a person.
    words = ["Fans", "queued", "for", "Dr", "Moss", "Quentar", "on", "Friday", "."]
    found = _checked(blank_nlp, [], [(3, 6, "PERSON")], words)
    assert found == {"Moss Quentar": "PERSON"}
    # A corporate suffix says an organization.
    words = ["Fans", "queued", "for", "Moss", "Quentar", "Ltd", "on", "Friday", "."]
    found = _checked(blank_nlp, [(3, 6, "PRODUCT")], [(3, 6, "ORG")], words)
    assert found == {"Moss Quentar Ltd": "ORG"}


def test_recognizers_check_keeps_a_results_table(blank_nlp):
    # Beside a figure (a results line) no sentence can say what a name is.
    words = ["Tarn", "3", "Osby", "1", "."]
    doc_pos = ["PROPN", "NUM", "PROPN", "NUM", "PUNCT"]
    found = _checked(blank_nlp, [], [(0, 1, "ORG"), (2, 3, "ORG")], words, pos=doc_pos)
    assert found == {"Tarn": "ORG", "Osby": "ORG"}


def test_recognizers_check_keeps_names_a_rule_found(blank_nlp):
    # "Vela Power" comes from the industry-name rule, not the fine-tune.
    found = _checked(blank_nlp, [], [], WORDS)
    assert found == _INDUSTRY


@pytest.mark.model
def test_recognizers_load_claimkit_keeps_the_base_model_to_check_names():
    if not CLAIMKIT_NER.is_dir():
        pytest.skip("claimkit's trained entity recognizer is not built")
    nlp = load()
    assert nlp.meta["claimkit"]["ner"] == "claimkit"
    assert "ck_base_ner" in nlp.disabled
    assert nlp.get_pipe("ck_entities").check is nlp.get_pipe("ck_base_ner")
    found = {
        e["name"]: e["label"] for e in nlp("Anna Berg of Volvo said so.")._.ck_entities
    }
    assert found == {"Anna Berg": "PERSON", "Volvo": "ORG"}
    # The check runs only for names nothing else supports.
    doc = nlp("Fans queued all night for Moss Quest on Friday.")
    assert doc._.ck_entities == []


def test_recognizers_check_keeps_a_person_named_with_a_known_surname(blank_nlp):
    # No given name the lexicon knows, but a surname it does.
    words = ["Fans", "queued", "for", "Zoryn", "Cotton", "on", "Friday", "."]
    found = _checked(blank_nlp, [], [(3, 5, "PERSON")], words)
    assert found == {"Zoryn Cotton": "PERSON"}
    # The same words typed ORG have no such support.
    assert _checked(blank_nlp, [], [(3, 5, "ORG")], words) == {}


def test_recognizers_check_keeps_an_industry_name(blank_nlp):
    # The base model reads a place in "Orvik Freight"; the industry head says firm.
    words = ["Deal", "signed", "by", "Orvik", "Freight", "on", "Friday", "."]
    found = _checked(blank_nlp, [(3, 4, "GPE")], [(3, 5, "ORG")], words)
    assert found == {"Orvik Freight": "ORG"}
    # Without the head nothing supports the fine-tune's organization.
    words = ["Deal", "signed", "by", "Orvik", "Quentar", "on", "Friday", "."]
    assert _checked(blank_nlp, [(3, 4, "GPE")], [(3, 5, "ORG")], words) == {}


def test_recognizers_check_runs_the_base_model_around_chosen_labels_only(blank_nlp):
    doc = _results_doc(blank_nlp)
    doc.ents = _spans(doc, (0, 1, "GPE"), (7, 8, "PERSON"))
    fake = _FakeRecognizer()
    EntityMerger(
        key=FINE_KEY,
        found_key=BASE_KEY,
        names="base",
        numbers="base",
        recognizer=fake,
        margin=1,
        around=["PERSON", "ORG"],
    )(doc)
    # "Tarn" (a place) gets no window; the fine-tune's spans stay doc.ents.
    assert fake.seen == [["signed", "Lund", "."]]
    assert _found(list(doc.ents)) == {("Tarn", "GPE"), ("Lund", "PERSON")}
    assert _found(list(doc.spans[FINE_KEY])) == {("Tarn", "GPE"), ("Lund", "PERSON")}
    assert _found(list(doc.spans[BASE_KEY])) == {("Lund", "ORG")}
