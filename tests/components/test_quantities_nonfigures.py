"""Words that look like figures and are none (issue 15): rhetoric ("not one
hour, of one day"), an age band that names a group ("14-16 year olds"),
the base of a change read as metres ("up from 38m in 2003"), and the base of
a rate ("per 1,000 patients", "for every 100 homes").

Hand-built Docs (``tests/handmade.py``) or raw text for the spaCy-free
scanner; the sentences are the project's own.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from claimkit.components.quantities import QuantityFinder
from claimkit.text.lexicon import Lexicon, load_lexicon
from claimkit.text.scanner import parse_text
from tests.handmade import parse, parse_plurals


@pytest.fixture(scope="module")
def finder() -> QuantityFinder:
    return QuantityFinder("ck_quantities")


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return Lexicon.from_json(load_lexicon(None, "quantities.json"))


def _texts(nlp: Language, finder: QuantityFinder, text: str, table: str) -> list[str]:
    doc = finder(parse(nlp.vocab, text, table))
    return [record["text"] for record in doc._.ck_quantities]


def test_run_of_ones_is_rhetoric(blank_nlp, finder) -> None:
    table = """
    Not    PART  neg    1
    one    NUM   nummod 2
    week   NOUN  ROOT   2
    ,      PUNCT punct  2
    of     ADP   prep   2
    one    NUM   nummod 6
    month  NOUN  pobj   4
    ,      PUNCT punct  2
    passed VERB  conj   2 O pass
    .      PUNCT punct  2
    """
    text = "Not one week, of one month, passed."
    assert _texts(blank_nlp, finder, text, table) == []


def test_single_one_of_a_span_stays(blank_nlp, finder) -> None:
    table = """
    She    PRON  nsubj  1
    served VERB  ROOT   1 O serve
    for    ADP   prep   1
    one    NUM   nummod 4
    month  NOUN  pobj   2
    .      PUNCT punct  1
    """
    assert _texts(blank_nlp, finder, "She served for one month.", table) == [
        "one month"
    ]


def test_age_band_naming_a_group_is_no_span(blank_nlp, finder) -> None:
    table = """
    Half   NOUN  nsubj  7
    of     ADP   prep   0
    12     NUM   nummod 5
    -      SYM   punct  5
    15     NUM   nummod 5
    year   NOUN  compound 6
    olds   NOUN  pobj   1
    swim   VERB  ROOT   7
    .      PUNCT punct  7
    """
    text = "Half of 12-15 year olds swim."
    assert _texts(blank_nlp, finder, text, table) == []


def test_age_of_one_person_stays(blank_nlp, finder) -> None:
    table = """
    A      DET   det    6
    15     NUM   nummod 3
    -      PUNCT punct  3
    year   NOUN  npadvmod 5
    -      PUNCT punct  5
    old    ADJ   amod   6
    girl   NOUN  nsubj  7
    swims  VERB  ROOT   7 O swim
    .      PUNCT punct  7
    """
    assert _texts(blank_nlp, finder, "A 15-year-old girl swims.", table) == [
        "15-year-old"
    ]


def test_base_of_a_change_is_no_length(lex) -> None:
    # "up from 47m in 2019": millions, like the figure it is compared with
    records = parse_text("Sales hit 60m units, up from 47m in 2019.", lex)
    assert all(r["quantity"]["kind"] != "measure" for r in records)


def test_length_before_in_stays_metres(lex) -> None:
    records = parse_text("The mast stands 47m in height.", lex)
    assert [(r["text"], r["quantity"]["unit"]) for r in records] == [("47m", "m")]


def _counts(nlp: Language, finder: QuantityFinder, text: str, table: str) -> list[str]:
    doc = finder(parse_plurals(nlp, text, table))
    return [record["text"] for record in doc._.ck_quantities]


def test_figure_after_per_is_the_base_of_a_rate(blank_nlp, finder) -> None:
    table = """
    Clinics  NOUN  nsubj  1
    have     VERB  ROOT   1
    45       NUM   nummod 3
    nurses   NOUN  dobj   1 O nurse
    per      ADP   prep   3
    1,000    NUM   nummod 6
    patients NOUN  pobj   4 O patient
    .        PUNCT punct  1
    """
    text = "Clinics have 45 nurses per 1,000 patients."
    assert _counts(blank_nlp, finder, text, table) == ["45 nurses"]


def test_figure_after_for_every_is_the_base_of_a_rate(blank_nlp, finder) -> None:
    table = """
    It     PRON  nsubj  1
    has    VERB  ROOT   1
    12     NUM   nummod 3
    cars   NOUN  dobj   1 O car
    for    ADP   prep   3
    every  DET   det    7
    100    NUM   nummod 7
    homes  NOUN  pobj   4 O home
    .      PUNCT punct  1
    """
    text = "It has 12 cars for every 100 homes."
    assert _counts(blank_nlp, finder, text, table) == ["12 cars"]


def test_figure_after_every_alone_stays(blank_nlp, finder) -> None:
    table = """
    Every   DET   det    2
    10      NUM   nummod 2
    minutes NOUN  npadvmod 4 O minute
    a       DET   det    4
    bus     NOUN  nsubj  5
    leaves  VERB  ROOT   5
    .       PUNCT punct  5
    """
    text = "Every 10 minutes a bus leaves."
    assert _counts(blank_nlp, finder, text, table) == ["10 minutes"]
