"""Tests of ck_quotes (quote-mark pairing: tests/text/test_quotemarks.py)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc

from claimkit.components import install_extensions
from claimkit.components.quotes import QuoteFinder
from tests.conftest import DATA, EXAMPLES, assert_offsets

GOLDEN = [
    json.loads(line)
    for line in (DATA / "golden" / "quotes.jsonl").read_text("utf-8").splitlines()
    if line.strip()
]
# Known misses: id -> reason (xfail strict, so a fix shows up)
KNOWN_MISSES: dict[str, str] = {}


@pytest.fixture(scope="module")
def flat_doc() -> Callable[[str], Doc]:
    """Make a Doc with a flat parse: each sentencizer sentence hangs on its first token.

    A Doc with sentence starts but no parse makes spaCy 3.8 crash (a segmentation
    fault, e.g. on '\\n\u2014:\\n\u201ds') when ck_quotes walks a token's children; the
    component requires a parse, so these tests give their Docs the simplest one.
    """
    install_extensions()
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")

    def make(text: str) -> Doc:
        doc = nlp(text)
        heads = [sent.start for sent in doc.sents for _ in sent]
        return Doc(
            doc.vocab,
            words=[t.text for t in doc],
            spaces=[bool(t.whitespace_) for t in doc],
            heads=heads,
            deps=["ROOT" if i == head else "dep" for i, head in enumerate(heads)],
        )

    return make


# --- robustness (no model) ---------------------------------------------------------

# Text made of quote marks, apostrophes, dashes and line breaks
_MARKY = st.text(
    alphabet=st.sampled_from(
        list("ab .,:\n'\"\u201c\u201d\u2018\u2019\u00ab\u00bb\u2014<>s")
    ),
    max_size=300,
)


@given(text=_MARKY)
@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
def test_quotes_component_never_fails_on_arbitrary_text(
    flat_doc: Callable[[str], Doc], text: str
) -> None:
    doc = flat_doc(text)
    doc._.ck_entities = []
    finder = QuoteFinder()
    finder(doc)
    assert doc._.ck_failure is None
    for quote in doc._.ck_quotes:
        assert text[quote["start"] : quote["end"]] == quote["text"]
        if quote["speaker_start"] is not None:
            words = text[quote["speaker_start"] : quote["speaker_end"]]
            assert words == quote["speaker_text"]


def test_quotes_component_handles_tens_of_thousands_of_marks(
    flat_doc: Callable[[str], Doc],
) -> None:
    # six marks a paragraph, of which three are apostrophes and one is unclosed
    paragraph = (
        'Ana said, "We build the new pier this year." The firms\' \u201cnew\u201d plan, '
        "'90s \"x\n"
    )
    doc = flat_doc(paragraph * 2500)
    doc._.ck_entities = []
    QuoteFinder()(doc)
    assert doc._.ck_failure is None
    assert len(doc._.ck_quotes) == 2500  # "new" and "x" are scare quotes
    assert len(doc._.ck_issues) == 2500  # one unclosed mark per paragraph


# --- component plumbing -------------------------------------------------------------


def test_quotes_rejects_bad_options() -> None:
    with pytest.raises(ValueError, match="E010"):
        QuoteFinder(min_tokens=0)
    with pytest.raises(ValueError, match="E010"):
        QuoteFinder(indirect="yes")  # type: ignore[arg-type]


def test_quotes_lexicon_round_trip(tmp_path: Path) -> None:
    finder = QuoteFinder()
    finder.lexicon["cue_lemmas"] = ["say", "grumble"]
    finder._compile()
    finder.to_disk(tmp_path / "q")
    restored = QuoteFinder().from_disk(tmp_path / "q")
    assert isinstance(restored, QuoteFinder)
    assert restored.cue_lemmas == {"say", "grumble"}


def test_quotes_unbalanced_marks_reported_not_failed(
    flat_doc: Callable[[str], Doc],
) -> None:
    doc = flat_doc('The plan "was dead on arrival.\n\nThe vote is next week.')
    doc._.ck_entities = []
    QuoteFinder()(doc)
    assert doc._.ck_failure is None
    assert any("not closed" in issue for issue in doc._.ck_issues)


# --- golden cases (model) -----------------------------------------------------------


def _entity_name(doc: Any, entity_id: str | None) -> str | None:
    for entity in doc._.ck_entities or []:
        if entity["id"] == entity_id:
            return str(entity["name"])
    return None


def _golden_params() -> list[Any]:
    params = []
    for row in GOLDEN:
        marks = []
        if row["id"] in KNOWN_MISSES:
            marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[row["id"]]))
        params.append(pytest.param(row, marks=marks, id=row["id"]))
    return params


@pytest.mark.model
@pytest.mark.parametrize("row", _golden_params())
def test_quotes_golden(nlp: Language, row: dict[str, Any]) -> None:
    doc = nlp(row["text"])
    assert doc._.ck_failure is None
    found = [
        {"text": q["text"], "form": q["form"], "speaker_text": q["speaker_text"]}
        for q in doc._.ck_quotes
    ]
    expected = [
        {k: e[k] for k in ("text", "form", "speaker_text")} for e in row["expected"]
    ]
    assert found == expected
    for quote, want in zip(doc._.ck_quotes, row["expected"], strict=True):
        if "speaker_name" in want:
            assert _entity_name(doc, quote["speaker"]) == want["speaker_name"]
        if quote["speaker"] is not None:
            assert quote["speaker_text"].lower() not in {"he", "she", "they", "it"} or (
                _entity_name(doc, quote["speaker"]) is not None
            )


@pytest.mark.model
@pytest.mark.parametrize("with_pronoun_mention", [True, False])
def test_quotes_pronoun_resolves_to_person_entity(
    nlp: Language, with_pronoun_mention: bool
) -> None:
    text = (
        'Nadia Petrova has farmed in the valley for years. "Rain came too late," '
        "she said."
    )
    doc = nlp(text)
    she = text.index("she")
    mentions = [{"text": "Nadia Petrova", "start": 0, "end": 13}]
    if with_pronoun_mention:  # ck_entities resolved the pronoun itself
        mentions.append({"text": "she", "start": she, "end": she + 3})
    doc._.ck_entities = [
        {"id": "e0", "label": "ORG", "name": "Valley Farms", "mentions": []},
        {"id": "e1", "label": "PERSON", "name": "Nadia Petrova", "mentions": mentions},
    ]
    doc._.ck_quotes = None
    nlp.get_pipe("ck_quotes")(doc)
    (quote,) = doc._.ck_quotes
    assert (quote["speaker"], quote["speaker_text"]) == ("e1", "she")
    assert quote["speaker_start"] == she


@pytest.mark.model
@pytest.mark.parametrize("reed_called_he", [True, False])
def test_quotes_pronoun_skips_person_of_other_gender(
    nlp: Language, reed_called_he: bool
) -> None:
    text = (
        "Nadia Petrova hired Tom Reed last year, and he runs the farm now. "
        '"Rain came too late," she said.'
    )
    doc = nlp(text)
    he = text.index(" he ") + 1
    reed = [{"text": "Tom Reed", "start": 20, "end": 28}]
    if reed_called_he:  # ck_entities resolved 'he' to Tom Reed
        reed.append({"text": "he", "start": he, "end": he + 2})
    doc._.ck_entities = [
        {
            "id": "e0",
            "label": "PERSON",
            "name": "Nadia Petrova",
            "mentions": [{"text": "Nadia Petrova", "start": 0, "end": 13}],
        },
        {"id": "e1", "label": "PERSON", "name": "Tom Reed", "mentions": reed},
    ]
    doc._.ck_quotes = None
    nlp.get_pipe("ck_quotes")(doc)
    (quote,) = doc._.ck_quotes
    assert quote["speaker_text"] == "she"
    # 'she' is not the man the text calls 'he', nor one whose given name (Tom)
    # is a man's: the pronoun skips him either way
    assert quote["speaker"] == "e0"


@pytest.mark.model
@pytest.mark.parametrize(
    ("name", "speaker"), [("Tom Reed", "e0"), ("Kim Reed", "e1"), ("Mrs. Reed", "e1")]
)
def test_quotes_pronoun_agrees_with_given_name_or_title(
    nlp: Language, name: str, speaker: str
) -> None:
    text = f'{name} joined the farm of Nadia Petrova. "Rain came too late," she said.'
    doc = nlp(text)
    nadia = text.index("Nadia")
    # ck_entities found 'Reed' alone after the title: the title still tells
    found = name.removeprefix("Mrs. ")
    at = text.index(found)
    doc._.ck_entities = [
        {
            "id": "e0",
            "label": "PERSON",
            "name": "Nadia Petrova",
            "mentions": [{"text": "Nadia Petrova", "start": nadia, "end": nadia + 13}],
        },
        {
            "id": "e1",
            "label": "PERSON",
            "name": found,
            "mentions": [{"text": found, "start": at, "end": at + len(found)}],
        },
    ]
    doc._.ck_quotes = None
    nlp.get_pipe("ck_quotes")(doc)
    (quote,) = doc._.ck_quotes
    # Tom is a man's given name: 'she' skips him for the woman named after him.
    # Kim is either, and Mrs. a woman's title: the subject named last is taken.
    assert quote["speaker"] == speaker


@pytest.mark.model
def test_quotes_pronoun_resolved_to_wrong_sex_falls_back(nlp: Language) -> None:
    # ck_entities resolved 'He' to 'Stella' (of Stella's Cafe): a woman's name,
    # so the pronoun goes to the man named before instead
    text = (
        "Tom Berg runs the bakery next to Stella's Cafe. "
        '"Flour costs twice what it did," he said.'
    )
    doc = nlp(text)
    he = text.index(" he ") + 1
    doc._.ck_entities = [
        {
            "id": "e0",
            "label": "PERSON",
            "name": "Tom Berg",
            "mentions": [{"text": "Tom Berg", "start": 0, "end": 8}],
        },
        {
            "id": "e1",
            "label": "PERSON",
            "name": "Stella",
            "mentions": [
                {"text": "Stella", "start": 33, "end": 39},
                {"text": "he", "start": he, "end": he + 2},
            ],
        },
    ]
    doc._.ck_quotes = None
    nlp.get_pipe("ck_quotes")(doc)
    (quote,) = doc._.ck_quotes
    assert (quote["speaker_text"], quote["speaker"]) == ("he", "e0")


@pytest.mark.model
def test_quotes_chip_selloff_speakers_and_book_title(nlp: Language) -> None:
    import claimkit

    article = next(
        a
        for a in claimkit.extract_files([EXAMPLES], nlp=nlp)
        if a.doc_id == "chip_selloff"
    )
    assert_offsets(article)
    names = {e.id: e.name for e in article.entities}
    marked = {q.text: q for q in article.quotes if q.form != "indirect"}
    want = {
        "This is a wake-up call for the whole industry,": "Richard Windsor",
        "frontrunner": "Richard Windsor",
        "Their prices are more than 95% cheaper than what the American labs charge,": (
            "Richard Windsor"
        ),
        "Scarcity forced them to be efficient,": "Angela Zhang",
        # no cue: the person introduced in the previous paragraph speaks
        "Nobody in this business has seen a week like this one. The old assumptions "
        "about how much computing a model needs have been thrown out.": "Mark Ellison",
    }
    # one claim per passage: the partial "frontrunner" lies in Windsor's report
    front = want.pop("frontrunner")
    assert any(
        '"frontrunner"' in q.text or "\u201cfrontrunner\u201d" in q.text
        for q in article.quotes
        if q.form == "indirect" and names.get(q.speaker or "") == front
    )
    for text, speaker in want.items():
        assert text in marked, text
        assert names.get(marked[text].speaker or "") == speaker, text
    assert not any(q.text.startswith("High Wire") for q in article.quotes)
    assert not any(
        "High Wire" in q.text for q in article.quotes if q.form != "indirect"
    )


@pytest.mark.model
@pytest.mark.parametrize("he_resolved_to_quoted", [True, False])
def test_quotes_pronoun_is_not_someone_named_inside_the_quote(
    nlp: Language, he_resolved_to_quoted: bool
) -> None:
    # 'he' quotes the words; the man named inside them is not the speaker, even
    # when ck_entities resolved the pronoun to him
    text = 'Tom Berg follows the awards. "Voters love Clint Wade," he said.'
    doc = nlp(text)
    he = text.index(" he ") + 1
    clint = text.index("Clint")
    mentions = [{"text": "Clint Wade", "start": clint, "end": clint + 10}]
    if he_resolved_to_quoted:
        mentions.append({"text": "he", "start": he, "end": he + 2})
    doc._.ck_entities = [
        {
            "id": "e0",
            "label": "PERSON",
            "name": "Tom Berg",
            "mentions": [{"text": "Tom Berg", "start": 0, "end": 8}],
        },
        {"id": "e1", "label": "PERSON", "name": "Clint Wade", "mentions": mentions},
    ]
    doc._.ck_quotes = None
    nlp.get_pipe("ck_quotes")(doc)
    (quote,) = doc._.ck_quotes
    assert (quote["speaker_text"], quote["speaker"]) == ("he", "e0")
