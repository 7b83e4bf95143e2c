"""ck_entities: untagged acronyms and town clubs the recognizers miss.

Hand-built Docs (tests/handmade.py), sentences our own.
"""

from __future__ import annotations

from claimkit.components.entities import find_entities
from tests.handmade import parse

# --- an acronym that spells an organization the text names ----------------------


def _spelled(full: list[str], acronym: str) -> str:
    """ "<full> met . <acronym> officials left .", the full name tagged ORG
    and the acronym left untagged."""
    rows = [
        f"{w} PROPN compound {len(full) - 1} {'B' if i == 0 else 'I'}-ORG"
        for i, w in enumerate(full)
    ]
    rows[-1] = (
        rows[-1]
        .replace("compound", "nsubj")
        .replace(f" {len(full) - 1} ", f" {len(full)} ")
    )
    n = len(full)
    rows += [
        f"met VERB ROOT {n} O meet",
        f". PUNCT punct {n}",
        f"{acronym} PROPN compound {n + 3}",
        f"officials NOUN nsubj {n + 4}",
        f"left VERB ROOT {n + 4} O leave",
        f". PUNCT punct {n + 4}",
    ]
    return "\n".join(rows)


def _names(blank_nlp, resolver, full: list[str], acronym: str):  # type: ignore[no-untyped-def]
    text = f"{' '.join(full)} met. {acronym} officials left."
    doc = parse(blank_nlp.vocab, text, _spelled(full, acronym))
    return [
        (e["label"], e["name"], [m["text"] for m in e["mentions"]])
        for e in find_entities(doc, resolver)
    ]


def test_an_acronym_spelling_an_organization_joins_it(blank_nlp, resolver):
    full = ["Kelso", "Farming", "Union"]
    assert _names(blank_nlp, resolver, full, "KFU") == [
        ("ORG", "Kelso Farming Union", ["Kelso Farming Union", "KFU"])
    ]


def test_an_acronym_spelling_a_name_with_no_organization_word_is_left(
    blank_nlp, resolver
):
    # "Quartz Link Access Protocol" may be a standard the model calls a firm.
    full = ["Quartz", "Link", "Access", "Protocol"]
    names = _names(blank_nlp, resolver, full, "QLAP")
    assert not any("QLAP" in mentions for _, _, mentions in names)


def test_an_acronym_spelling_nothing_named_is_left(blank_nlp, resolver):
    full = ["Kelso", "Farming", "Union"]
    names = _names(blank_nlp, resolver, full, "BBX")
    assert not any("BBX" in mentions for _, _, mentions in names)
