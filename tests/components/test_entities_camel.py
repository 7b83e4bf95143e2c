"""A one-word company name written with an inner capital, acting.

The model alone calls "DeepSeek" an organization; a one-word name only the
model supports is dropped (it is more often a product or a title), unless the
text gives evidence. A word written with an inner capital, as companies write
their names, that is the subject of an active verb is such evidence; a
surname's prefix ("DiCaprio") and a name that does not act are not.
"""

from __future__ import annotations

import pytest

from claimkit.components.entities import EntityResolver, find_entities
from tests.handmade import parse


@pytest.fixture(scope="module")
def resolver() -> EntityResolver:
    return EntityResolver()


def _names(blank_nlp, resolver, name: str, verb: str, lemma: str, dep: str):  # type: ignore[no-untyped-def]
    doc = parse(
        blank_nlp.vocab,
        f"{name} {verb} a new model.",
        f"""
        {name}  PROPN {dep}  1 B-ORG
        {verb}  VERB  ROOT   1 O {lemma}
        a       DET   det    4
        new     ADJ   amod   4
        model   NOUN  dobj   1
        .       PUNCT punct  1
        """,
    )
    return [(e["label"], e["name"]) for e in find_entities(doc, resolver)]


def test_camel_case_name_that_acts_is_kept(blank_nlp, resolver) -> None:
    got = _names(blank_nlp, resolver, "DeepSeek", "released", "release", "nsubj")
    assert got == [("ORG", "DeepSeek")]


@pytest.mark.parametrize("name", ["Deepseek", "DiCaprio", "McAllen"])
def test_plain_or_prefixed_names_get_no_such_evidence(
    blank_nlp, resolver, name
) -> None:
    assert _names(blank_nlp, resolver, name, "released", "release", "nsubj") == []


def test_camel_case_name_that_does_not_act_is_dropped(blank_nlp, resolver) -> None:
    doc = parse(
        blank_nlp.vocab,
        "Rivals copied DeepSeek.",
        """
        Rivals   NOUN  nsubj 1 O rival
        copied   VERB  ROOT  1 O copy
        DeepSeek PROPN dobj  1 B-ORG
        .        PUNCT punct 1
        """,
    )
    assert find_entities(doc, resolver) == []
