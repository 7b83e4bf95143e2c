"""Zero-width characters at word edges never change what is found."""

from __future__ import annotations

import subprocess
import sys

import pytest

import claimkit
from claimkit.loading import INVISIBLE, split_invisible

PLAIN = (
    "The cafe owner Anna Traeger said the rent had doubled. "
    "Mark Olsen, the landlord, said costs rose 12% to $4,000 a month."
)


def _with_invisible(char: str) -> str:
    return PLAIN.replace("Traeger", f"Traeger{char}").replace(" Mark", f" {char}Mark")


def _summary(article: claimkit.Article) -> tuple[object, ...]:
    return (
        [(e.label, e.name) for e in article.entities],
        [(c.type, c.text) for c in article.claims],
        [(q.speaker_text, q.cue) for q in article.quotes],
    )


def test_loading_split_invisible_on_a_blank_pipeline() -> None:
    import spacy

    nlp = spacy.blank("en")
    assert [t.text for t in nlp("Traeger\u200b said")] == ["Traeger\u200b", "said"]
    split_invisible(nlp)
    split_invisible(nlp)  # idempotent
    assert [t.text for t in nlp("Traeger\u200b said \u2060Olsen")] == [
        "Traeger",
        "\u200b",
        "said",
        "\u2060",
        "Olsen",
    ]
    # Split off, each is whitespace to the tagger and parser.
    assert all(nlp.vocab[char].is_space for char in INVISIBLE)
    # A soft hyphen inside a word is the word's own; it is not split.
    assert [t.text for t in nlp("co\u00adoperate")] == ["co\u00adoperate"]


@pytest.mark.model
@pytest.mark.parametrize("char", list(INVISIBLE), ids=lambda c: f"U+{ord(c):04X}")
def test_loading_invisible_characters_change_nothing(nlp, char: str) -> None:
    plain = claimkit.extract(PLAIN, nlp=nlp)
    marked = claimkit.extract(_with_invisible(char), nlp=nlp)
    assert _summary(marked) == _summary(plain)
    for entity in marked.entities:
        assert char not in entity.name


@pytest.mark.model
@pytest.mark.parametrize("char", list(INVISIBLE), ids=lambda c: f"U+{ord(c):04X}")
def test_loading_invisible_characters_stay_out_of_names(nlp, char: str) -> None:
    marked = claimkit.extract(_with_invisible(char), nlp=nlp)
    # "cafe owner Anna Traeger": "owner" describes a person too, so she is one.
    names = [e.name for e in marked.entities if e.label == "PERSON"]
    assert names == ["Anna Traeger", "Mark Olsen"]
    for quote in marked.quotes:
        assert quote.speaker_text is None or quote.speaker_text.strip(INVISIBLE)


@pytest.mark.model
def test_loading_saved_pipeline_keeps_the_split(nlp, tmp_path) -> None:
    nlp.to_disk(tmp_path / "saved")
    code = (
        "import spacy, sys; nlp = spacy.load(sys.argv[1]); "
        "print([t.text for t in nlp.make_doc('Traeger\\u200b said')])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "saved")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "'Traeger', '\\u200b', 'said'" in out
