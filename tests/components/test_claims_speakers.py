"""Rule tests of "we" in a quote on hand-built Docs: no trained model.

What "we" has or did in a direct quote is the organization its speaker
speaks for, when the article's title of the speaker names exactly one
("chief executive of Acme"); a title that makes no one speak for an
organization ("the Acme Party frontrunner") gives none. The speaker comes as
contract data (``doc._.ck_quotes``), so only the claim rules are under test.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from claimkit.components.claims import ClaimLinker
from claimkit.components.quantities import QuantityFinder
from tests.handmade import parse

_QUOTE = '"We lost 5 million dollars,"'
# The quote's words up to "said"; the title rows follow per case.
_TABLE = """
    "        PUNCT  punct    8
    We       PRON   nsubj    2 O we
    lost     VERB   ccomp    8 O lose
    5        NUM    compound 4
    million  NUM    nummod   5
    dollars  NOUN   dobj     2 O dollar
    ,        PUNCT  punct    8
    "        PUNCT  punct    8
    said     VERB   ROOT     8 O say
    Tom      PROPN  compound 10 B-PERSON
    Marley   PROPN  nsubj    8 I-PERSON
    ,        PUNCT  punct    10
"""


@pytest.fixture(scope="module")
def components() -> tuple[QuantityFinder, ClaimLinker]:
    return QuantityFinder("ck_quantities"), ClaimLinker("ck_claims")


def _subject(
    nlp: Language,
    components: tuple[QuantityFinder, ClaimLinker],
    title: str,
    rows: str,
    form: str = "direct",
) -> str | None:
    """The subject of "5 million dollars" when Tom Marley, ``title``, says it."""
    text = f"{_QUOTE} said Tom Marley, {title}."
    doc: Doc = parse(nlp.vocab, text, _TABLE + rows)
    records: list[dict[str, Any]] = []
    for i, (name, label) in enumerate(
        [("Tom Marley", "PERSON"), ("Corvel Shipping", "ORG")]
    ):
        start = text.index(name)
        mention = {"text": name, "start": start, "end": start + len(name)}
        records.append(
            {"id": f"e{i}", "label": label, "name": name, "mentions": [mention]}
        )
    doc._.ck_entities = records
    doc._.ck_quotes = [
        {
            "start": 1,
            "end": len(_QUOTE) - 2,
            "form": form,
            "speaker": "e0",
            "cue": "said",
        }
    ]
    finder, linker = components
    doc = linker(finder(doc))
    names = {entity["id"]: entity["name"] for entity in records}
    (claim,) = doc._.ck_claims
    assert claim["source"] == "e0"
    return names.get(claim["subject"]) if claim["subject"] else None


_CHIEF_OF = """
    chief     ADJ   amod     13
    executive NOUN  appos    10
    of        ADP   prep     13
    Corvel    PROPN compound 16 B-ORG
    Shipping  PROPN pobj     14 I-ORG
    .         PUNCT punct    8
"""

_FRONTRUNNER = """
    the         DET   det      15
    Corvel      PROPN compound 14 B-ORG
    Shipping    PROPN compound 15 I-ORG
    frontrunner NOUN  appos    10
    .           PUNCT punct    8
"""


def test_claims_we_is_the_organization_the_speaker_speaks_for(
    blank_nlp, components
) -> None:
    subject = _subject(
        blank_nlp, components, "chief executive of Corvel Shipping", _CHIEF_OF
    )
    assert subject == "Corvel Shipping"


def test_claims_we_of_a_title_that_speaks_for_no_one(blank_nlp, components) -> None:
    subject = _subject(
        blank_nlp, components, "the Corvel Shipping frontrunner", _FRONTRUNNER
    )
    assert subject is None


def test_claims_we_only_in_a_direct_quote(blank_nlp, components) -> None:
    subject = _subject(
        blank_nlp,
        components,
        "chief executive of Corvel Shipping",
        _CHIEF_OF,
        form="indirect",
    )
    assert subject is None
