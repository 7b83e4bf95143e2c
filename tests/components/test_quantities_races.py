"""A distance that names a race is no figure (issue 15): "won the 200m", "the
60m hurdles title", "compete over 1500m"; a mark or a length stays one.

Hand-built Docs (``tests/handmade.py``); the sentences are the project's own.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from claimkit.components.quantities import QuantityFinder
from tests.handmade import parse


@pytest.fixture(scope="module")
def finder() -> QuantityFinder:
    return QuantityFinder("ck_quantities")


def _texts(nlp: Language, finder: QuantityFinder, text: str, table: str) -> list[str]:
    doc = finder(parse(nlp.vocab, text, table))
    return [record["text"] for record in doc._.ck_quantities]


def test_race_after_article_is_no_figure(blank_nlp, finder) -> None:
    table = """
    Mia   PROPN nsubj  1
    took  VERB  ROOT   1 O take
    the   DET   det    4
    400   NUM   nummod 4
    m     NOUN  dobj   1
    in    ADP   prep   1
    Oslo  PROPN pobj   5
    .     PUNCT punct  1
    """
    assert _texts(blank_nlp, finder, "Mia took the 400m in Oslo.", table) == []


def test_race_after_possessor_is_no_figure(blank_nlp, finder) -> None:
    table = """
    Mia     PROPN nsubj  1
    led     VERB  ROOT   1 O lead
    the     DET   det    3
    women   NOUN  poss   6
    's      PART  case   3
    1,500   NUM   nummod 6
    m       NOUN  dobj   1
    early   ADV   advmod 1
    .       PUNCT punct  1
    """
    text = "Mia led the women's 1,500m early."
    assert _texts(blank_nlp, finder, text, table) == []


def test_distance_compounding_an_event_noun_is_no_figure(blank_nlp, finder) -> None:
    table = """
    Tom     PROPN nsubj    1
    retained VERB ROOT     1 O retain
    his     PRON  poss     6
    110     NUM   nummod   4
    m       NOUN  compound 5
    hurdles NOUN  compound 6 O hurdle
    crown   NOUN  dobj     1
    .       PUNCT punct    1
    """
    text = "Tom retained his 110m hurdles crown."
    assert _texts(blank_nlp, finder, text, table) == []


def test_distance_before_a_counted_event_noun_is_no_count(blank_nlp, finder) -> None:
    # "m" here is metres, not millions: no "200 million titles"
    table = """
    She    PRON  nsubj    1
    lost   VERB  ROOT     1 O lose
    her    PRON  poss     5
    200    NUM   nummod   4
    m      NOUN  compound 5
    titles NOUN  dobj     1 O title
    .      PUNCT punct    1
    """
    assert _texts(blank_nlp, finder, "She lost her 200m titles.", table) == []


def test_over_a_distance_after_compete_is_no_figure(blank_nlp, finder) -> None:
    table = """
    Ana     PROPN nsubj  1
    competes VERB ROOT   1 O compete
    over    ADP   prep   1
    800     NUM   nummod 4
    m       NOUN  pobj   2
    today   NOUN  npadvmod 1
    .       PUNCT punct  1
    """
    assert _texts(blank_nlp, finder, "Ana competes over 800m today.", table) == []


def test_second_race_of_a_pair_is_no_figure(blank_nlp, finder) -> None:
    table = """
    Lee    PROPN nsubj  1
    skips  VERB  ROOT   1 O skip
    the    DET   det    4
    800    NUM   nummod 4
    m      NOUN  dobj   1
    and    CCONJ cc     4
    1500   NUM   nummod 7
    m      NOUN  conj   4
    .      PUNCT punct  1
    """
    assert _texts(blank_nlp, finder, "Lee skips the 800m and 1500m.", table) == []


def test_race_distance_in_a_race_noun_phrase_is_no_figure(blank_nlp, finder) -> None:
    table = """
    Kim   PROPN nsubj  1
    won   VERB  ROOT   1 O win
    a     DET   det    5
    7.5   NUM   nummod 4
    km    NOUN  compound 5
    race  NOUN  dobj   1
    .     PUNCT punct  1
    """
    assert _texts(blank_nlp, finder, "Kim won a 7.5km race.", table) == []


def test_field_mark_after_article_stays(blank_nlp, finder) -> None:
    # a decimal mark is what was cleared, not a race's name
    table = """
    Jo      PROPN nsubj  1
    cleared VERB  ROOT   1 O clear
    the     DET   det    5
    needed  VERB  amod   5
    1.85    NUM   nummod 5
    m       NOUN  dobj   1
    in      ADP   prep   1
    Rome    PROPN pobj   6
    .       PUNCT punct  1
    """
    text = "Jo cleared the needed 1.85m in Rome."
    assert _texts(blank_nlp, finder, text, table) == ["1.85m"]


def test_mark_after_of_stays(blank_nlp, finder) -> None:
    table = """
    Jo      PROPN nsubj  1
    threw   VERB  ROOT   1 O throw
    a       DET   det    4
    best    ADJ   amod   4
    throw   NOUN  dobj   1
    of      ADP   prep   4
    17      NUM   nummod 7
    m       NOUN  pobj   5
    in      ADP   prep   1
    May     PROPN pobj   8
    .       PUNCT punct  1
    """
    text = "Jo threw a best throw of 17m in May."
    assert _texts(blank_nlp, finder, text, table) == ["17m"]


def test_length_of_a_thing_after_article_stays(blank_nlp, finder) -> None:
    # "the 30m-high mast": the distance measures the noun after it
    table = """
    They   PRON  nsubj  1
    built  VERB  ROOT   1 O build
    the    DET   det    7
    30     NUM   nummod 4
    m      NOUN  npadvmod 6
    -      PUNCT punct  6
    high   ADJ   amod   7
    mast   NOUN  dobj   1
    .      PUNCT punct  1
    """
    texts = _texts(blank_nlp, finder, "They built the 30m-high mast.", table)
    assert texts == ["30m"]


def test_undetermined_distance_run_stays(blank_nlp, finder) -> None:
    table = """
    He      PRON  nsubj  1
    ran     VERB  ROOT   1 O run
    40      NUM   nummod 3
    km      NOUN  dobj   1
    before  ADP   prep   1
    dawn    NOUN  pobj   4
    .       PUNCT punct  1
    """
    assert _texts(blank_nlp, finder, "He ran 40km before dawn.", table) == ["40km"]


def test_distance_left_to_run_stays(blank_nlp, finder) -> None:
    table = """
    She   PRON  nsubj  1
    went  VERB  ROOT   1 O go
    with  ADP   prep   1
    300   NUM   nummod 4
    m     NOUN  pobj   2
    to    PART  aux    6
    go    VERB  relcl  4
    .     PUNCT punct  1
    """
    assert _texts(blank_nlp, finder, "She went with 300m to go.", table) == ["300m"]


def test_distance_apart_after_article_stays(blank_nlp, finder) -> None:
    # "the 40 metres from": a separation, not a race
    table = """
    The    DET   det    2
    40     NUM   nummod 2
    metres NOUN  nsubj  7 O metre
    from   ADP   prep   2
    the    DET   det    5
    gate   NOUN  pobj   3
    felt   VERB  ROOT   7 O feel
    long   ADJ   acomp  7
    .      PUNCT punct  7
    """
    text = "The 40 metres from the gate felt long."
    assert _texts(blank_nlp, finder, text, table) == ["40 metres"]


def test_object_of_a_race_verb_with_of_stays(blank_nlp, finder) -> None:
    table = """
    They   PRON  nsubj  1
    won    VERB  ROOT   1 O win
    12     NUM   nummod 3
    km     NOUN  dobj   1
    of     ADP   prep   3
    coast  NOUN  pobj   4
    .      PUNCT punct  1
    """
    assert _texts(blank_nlp, finder, "They won 12km of coast.", table) == ["12km"]
