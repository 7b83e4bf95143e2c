"""Quantity readings a blind audit of BBC articles found wrong (issue 15,
session 17): a level a verb pushes "up to", numbers that count nothing.

Each rule has its positive and its negative, on hand-built Docs
(``tests/handmade.py``). The sentences are the project's own.
"""

from __future__ import annotations

import pytest

from claimkit.components.claims import ClaimLinker
from claimkit.components.quantities import QuantityFinder
from tests.components.test_quantities_precision import _claims, _doc


@pytest.fixture(scope="module")
def components() -> tuple[QuantityFinder, ClaimLinker]:
    return QuantityFinder("ck_quantities"), ClaimLinker("ck_claims")


def test_level_a_verb_pushes_up_to_is_no_bound(blank_nlp, components) -> None:
    doc = _doc(
        blank_nlp,
        "The tour pushed their takings up to $9m.",
        """
        The      DET   det      1
        tour     NOUN  nsubj    2
        pushed   VERB  ROOT     2 O push
        their    PRON  poss     4
        takings  NOUN  dobj     2 O taking
        up       ADP   quantmod 8
        to       ADP   quantmod 8
        $        SYM   nmod     8
        9m       NUM   npadvmod 2
        .        PUNCT punct    2
        """,
    )
    (claim,) = _claims(components, doc)
    quantity = claim["quantity"]
    assert claim["text"] == "$9m"
    assert (quantity["qualifier"], quantity["high"], quantity["value"]) == (
        "exact",
        None,
        9_000_000.0,
    )


def test_bound_up_to_after_another_verbs_object_stays(blank_nlp, components) -> None:
    doc = _doc(
        blank_nlp,
        "The firm paid its staff up to $9m.",
        """
        The    DET   det      1
        firm   NOUN  nsubj    2
        paid   VERB  ROOT     2 O pay
        its    PRON  poss     4
        staff  NOUN  dobj     2
        up     ADP   prep     2
        to     ADP   quantmod 8
        $      SYM   nmod     8
        9m     NUM   pobj     5
        .      PUNCT punct    2
        """,
    )
    (claim,) = _claims(components, doc)
    assert claim["text"] == "up to $9m"
    assert claim["quantity"]["qualifier"] == "at_most"


def _count_texts(blank_nlp, components, text: str, table: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [c["text"] for c in _claims(components, _doc(blank_nlp, text, table))]


def test_number_with_a_leading_zero_is_a_code(blank_nlp, components) -> None:
    table = """
        {n}   NUM   nummod 1
        fans  NOUN  nsubj  2 O fan
        cheered VERB ROOT  2 O cheer
        .     PUNCT punct  2
        """
    assert (
        _count_texts(blank_nlp, components, "007 fans cheered.", table.format(n="007"))
        == []
    )
    assert _count_texts(
        blank_nlp, components, "700 fans cheered.", table.format(n="700")
    ) == ["700 fans"]


def test_number_inside_a_name_is_not_counted(blank_nlp, components) -> None:
    # "two Grand Six wins" counts wins, not the "Six" of a name
    text = "They won two Grand Six games."
    table = """
        They  PRON  nsubj    1
        won   VERB  ROOT     1 O win
        two   NUM   nummod   4
        Grand PROPN compound 4
        Six   NUM   nummod   5
        games NOUN  dobj     1 O game
        .     PUNCT punct    1
        """
    assert _count_texts(blank_nlp, components, text, table) == []
    text = "They won two Grand Prix races."
    table = """
        They  PRON  nsubj    1
        won   VERB  ROOT     1 O win
        two   NUM   nummod   5
        Grand PROPN compound 4
        Prix  PROPN compound 5
        races NOUN  dobj     1 O race
        .     PUNCT punct    1
        """
    assert _count_texts(blank_nlp, components, text, table) == ["two Grand Prix races"]


def test_hyphenated_counted_noun_is_one_word(blank_nlp, components) -> None:
    text = "They sent 12 e-mails."
    table = """
        They  PRON  nsubj    1
        sent  VERB  ROOT     1 O send
        12    NUM   nummod   3
        e     NOUN  compound 5
        -     PUNCT punct    5
        mails NOUN  dobj     1 O mail
        .     PUNCT punct    1
        """
    (claim,) = _claims(components, _doc(blank_nlp, text, table))
    assert (claim["text"], claim["quantity"]["unit"]) == ("12 e-mails", "e-mail")
    text = "They sent 12 mails - e."
    table = """
        They  PRON  nsubj    1
        sent  VERB  ROOT     1 O send
        12    NUM   nummod   3
        mails NOUN  dobj     1 O mail
        -     PUNCT punct    1
        e     NOUN  appos    3
        .     PUNCT punct    1
        """
    (claim,) = _claims(components, _doc(blank_nlp, text, table))
    assert (claim["text"], claim["quantity"]["unit"]) == ("12 mails", "mail")


_PHRASAL = """
        {subj} NOUN  nsubj  1 O {subj_lemma}
        {verb} VERB  ROOT   1 O {verb_lemma}
        down   ADP   prt    1
        70     NUM   nummod 4
        {obj}  NOUN  dobj   1 O {obj_lemma}
        .      PUNCT punct  1
        """


@pytest.mark.parametrize(
    ("words", "change"),
    [
        # what "shut down" acts on is no change
        (("Police", "police", "shut", "shut", "sites", "site"), None),
        # what "went down" is a change
        (("Prices", "price", "went", "go", "%", "%"), "down"),
    ],
)
def test_object_of_a_phrasal_verb_is_no_change(
    blank_nlp, components, words, change
) -> None:
    subj, subj_lemma, verb, verb_lemma, obj, obj_lemma = words
    table = _PHRASAL.format(
        subj=subj,
        subj_lemma=subj_lemma,
        verb=verb,
        verb_lemma=verb_lemma,
        obj=obj,
        obj_lemma=obj_lemma,
    )
    doc = _doc(blank_nlp, f"{subj} {verb} down 70 {obj}.", table)
    (claim,) = _claims(components, doc)
    assert claim["quantity"]["change"] == change


_TITLED = """
        The      DET   det      1
        song     NOUN  nsubj    5 O song
        {prep}   ADP   prep     1
        20       NUM   nummod   4
        Emcees   NOUN  pobj     2 O emcee
        sold     VERB  ROOT     5 O sell
        .        PUNCT punct    5
        """


@pytest.mark.parametrize(
    ("prep", "texts"), [("Against", []), ("against", ["20 Emcees"])]
)
def test_number_inside_a_title_is_not_counted(
    blank_nlp, components, prep, texts
) -> None:
    doc = _doc(blank_nlp, f"The song {prep} 20 Emcees sold.", _TITLED.format(prep=prep))
    assert [c["text"] for c in _claims(components, doc)] == texts
