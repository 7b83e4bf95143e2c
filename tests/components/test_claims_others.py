"""Entities near a figure that are someone other than its subject (issue 15,
session 17 audit): a report's source, the other side of a comparison, the
person whose group a pronoun owns, a person before "which".

Hand-built Docs (``tests/handmade.py``); the sentences are the project's own.
"""

from __future__ import annotations

import pytest

from claimkit.components.claims import ClaimLinker
from claimkit.components.quantities import QuantityFinder
from tests.components.test_claims_rules import _claims, _doc, _roles


@pytest.fixture(scope="module")
def components() -> tuple[QuantityFinder, ClaimLinker]:
    return QuantityFinder("ck_quantities"), ClaimLinker("ck_claims")


_REPORT = """
        {noun} NOUN  nsubj  4 O {lemma}
        from   ADP   prep   0
        the    DET   det    3
        Varo   PROPN pobj   1 B-ORG
        showed VERB  ROOT   4 O show
        sales  NOUN  nsubj  6 O sale
        fell   VERB  ccomp  4 O fall
        4      NUM   nummod 8
        %      NOUN  dobj   6
        .      PUNCT punct  4
        """


def test_report_source_is_no_subject(blank_nlp, components) -> None:
    doc = _doc(
        blank_nlp,
        "Figures from the Varo showed sales fell 4%.",
        _REPORT.format(noun="Figures", lemma="figure"),
        {"Varo": "ORG"},
    )
    (claim,) = _claims(components, doc)
    assert _roles(claim) == ("4%", None, "Varo")


def test_owner_of_a_noun_that_is_no_report_stays_the_subject(
    blank_nlp, components
) -> None:
    doc = _doc(
        blank_nlp,
        "Stores from the Varo showed sales fell 4%.",
        _REPORT.format(noun="Stores", lemma="store"),
        {"Varo": "ORG"},
    )
    (claim,) = _claims(components, doc)
    assert claim["subject"] == "Varo"


_RANKED = """
        Players NOUN  nsubj    4 O player
        {prep}  ADP   prep     0
        Jo      PROPN compound 3 B-PERSON
        Bell    PROPN pobj     1 I-PERSON
        won     VERB  ROOT     4 O win
        40      NUM   nummod   6
        games   NOUN  dobj     4 O game
        .       PUNCT punct    4
        """


@pytest.mark.parametrize(("prep", "subject"), [("below", None), ("with", "Jo Bell")])
def test_other_side_of_a_comparison_is_no_subject(
    blank_nlp, components, prep, subject
) -> None:
    doc = _doc(
        blank_nlp,
        f"Players {prep} Jo Bell won 40 games.",
        _RANKED.format(prep=prep),
        {"Jo Bell": "PERSON"},
    )
    (claim,) = _claims(components, doc)
    assert claim["subject"] == subject


_SIDE = """
        Jo     PROPN compound 1 B-PERSON
        Bell   PROPN nsubj    2 I-PERSON
        said   VERB  ROOT     2 O say
        {poss} PRON  poss     4
        {noun} NOUN  nsubj    5 O {noun}
        scored VERB  ccomp    2 O score
        40     NUM   nummod   7
        tries  NOUN  dobj     5 O try
        .      PUNCT punct    2
        """


def test_pronoun_owner_of_a_group_is_no_subject(blank_nlp, components) -> None:
    doc = _doc(
        blank_nlp,
        "Jo Bell said his side scored 40 tries.",
        _SIDE.format(poss="his", noun="side"),
        {"Jo Bell": "PERSON"},
    )
    (claim,) = _claims(components, doc)
    assert _roles(claim) == ("40 tries", None, "Jo Bell")


def test_pronoun_owner_of_his_own_record_is_the_subject(blank_nlp, components) -> None:
    doc = _doc(
        blank_nlp,
        "Jo Bell said his boots scored 40 tries.",
        _SIDE.format(poss="his", noun="boots"),
        {"Jo Bell": "PERSON"},
    )
    (claim,) = _claims(components, doc)
    assert claim["subject"] == "Jo Bell"


_WHICH = """
        It     PRON  nsubjpass 2
        is     AUX   auxpass   2
        run    VERB  ROOT      2 O run
        by     ADP   agent     2
        {name} PROPN compound  5 B-{label}
        {last} PROPN pobj      3 I-{label}
        which  PRON  nsubj     7
        gave   VERB  relcl     5 O give
        £      SYM   nmod      9
        3m     NUM   dobj      7
        .      PUNCT punct     2
        """


def test_which_is_never_a_person(blank_nlp, components) -> None:
    doc = _doc(
        blank_nlp,
        "It is run by Jo Bell which gave £3m.",
        _WHICH.format(name="Jo", last="Bell", label="PERSON"),
        {"Jo Bell": "PERSON"},
    )
    (claim,) = _claims(components, doc)
    assert claim["subject"] is None


def test_which_after_an_organization_is_its(blank_nlp, components) -> None:
    doc = _doc(
        blank_nlp,
        "It is run by Varo Trust which gave £3m.",
        _WHICH.format(name="Varo", last="Trust", label="ORG"),
        {"Varo Trust": "ORG"},
    )
    (claim,) = _claims(components, doc)
    assert claim["subject"] == "Varo Trust"
