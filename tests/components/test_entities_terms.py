"""ck_entities: an acronym the text spells out in lower case is a term.

Hand-built Docs (tests/handmade.py), sentences our own. Negatives: an
organization spelled out in capitals, and a bracketed acronym whose lower-case
neighbours do not spell it.
"""

from __future__ import annotations

from claimkit.components.entities.terms import lower_case_acronyms
from tests.components.test_entities_works import found
from tests.handmade import parse


def _after_doc(blank_nlp):  # type: ignore[no-untyped-def]
    return parse(
        blank_nlp.vocab,
        "Sites use FTL (fast text linking) daily.",
        """
        Sites   NOUN  nsubj    1
        use     VERB  ROOT     1 O use
        FTL     PROPN dobj     1 B-ORG
        (       PUNCT punct    2
        fast    ADJ   amod     6
        text    NOUN  compound 6
        linking NOUN  appos    2
        )       PUNCT punct    2
        daily   ADV   advmod   1
        .       PUNCT punct    1
        """,
    )


def test_an_acronym_spelled_out_after_it_in_lower_case_is_no_name(blank_nlp, resolver):
    doc = _after_doc(blank_nlp)
    assert lower_case_acronyms(doc) == frozenset({"FTL"})
    assert found(doc, resolver) == []


def test_an_acronym_after_its_hyphened_lower_case_words_is_no_name(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "It studies peer-led review (PLR) closely.",
        """
        It      PRON  nsubj    1
        studies VERB  ROOT     1 O study
        peer    NOUN  npadvmod 4
        -       PUNCT punct    4
        led     VERB  amod     5
        review  NOUN  dobj     1
        (       PUNCT punct    5
        PLR     PROPN appos    5 B-ORG
        )       PUNCT punct    5
        closely ADV   advmod   1
        .       PUNCT punct    1
        """,
    )
    assert found(doc, resolver) == []


def test_an_organization_spelled_out_in_capitals_stays(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "The Harwick Health Board (HHB) said so.",
        """
        The     DET   det      3
        Harwick PROPN compound 3 B-ORG
        Health  PROPN compound 3 I-ORG
        Board   PROPN nsubj    7 I-ORG
        (       PUNCT punct    3
        HHB     PROPN appos    3 B-ORG
        )       PUNCT punct    3
        said    VERB  ROOT     7 O say
        so      ADV   advmod   7
        .       PUNCT punct    7
        """,
    )
    assert lower_case_acronyms(doc) == frozenset()
    assert ("ORG", "Harwick Health Board") in found(doc, resolver)


def test_a_bracketed_acronym_its_neighbours_do_not_spell_stays(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Staff at the carrier (KT) went on strike.",
        """
        Staff   NOUN  nsubj    7
        at      ADP   prep     0
        the     DET   det      3
        carrier NOUN  pobj     1
        (       PUNCT punct    3
        KT      PROPN appos    3 B-ORG
        )       PUNCT punct    3
        went    VERB  ROOT     7 O go
        on      ADP   prep     7
        strike  NOUN  pobj     8
        .       PUNCT punct    7
        """,
    )
    assert lower_case_acronyms(doc) == frozenset()
    assert found(doc, resolver) == [("ORG", "KT")]
