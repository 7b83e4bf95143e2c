"""What a figure measures when the tagger made its measure a verb, and the
level a measure moves "from" (hand-built parses, as in test_concepts_rules).
The sentences are the project's own."""

from __future__ import annotations

import pytest

from tests.components.test_concepts_rules import _concept

CASES = [
    (
        "a-subject-tagged-a-verb-that-heads-no-clause",
        "Spending on roads will rise by 7%.",
        """
        Spending VERB  nsubj  4 O spend
        on       ADP   prep   0
        roads    NOUN  pobj   1 O road
        will     AUX   aux    4
        rise     VERB  ROOT   4 O rise
        by       ADP   prep   4
        7        NUM   nummod 7
        %        NOUN  pobj   5
        .        PUNCT punct  4
        """,
        "7%",
        "percent",
        "Spending",
        "spend",
    ),
    (
        "a-subject-clause-with-an-object-is-no-measure",
        "Cutting costs will lift profits by 2%.",
        """
        Cutting VERB  csubj  3 O cut
        costs   NOUN  dobj   0 O cost
        will    AUX   aux    3
        lift    VERB  ROOT   3 O lift
        profits NOUN  dobj   3 O profit
        by      ADP   prep   3
        2       NUM   nummod 7
        %       NOUN  pobj   5
        .       PUNCT punct  3
        """,
        "2%",
        "percent",
        "profits",
        "profit",
    ),
    (
        "a-verb-tagged-subject-with-an-object-heads-a-clause",
        "Selling shares rose by 2%.",
        """
        Selling VERB  nsubj  2 O sell
        shares  NOUN  dobj   0 O share
        rose    VERB  ROOT   2 O rise
        by      ADP   prep   2
        2       NUM   nummod 5
        %       NOUN  pobj   3
        .       PUNCT punct  2
        """,
        "2%",
        "percent",
        None,
        None,
    ),
    (
        "a-level-a-measure-moves-from-before-the-one-it-moves-to",
        "Costs fell from $5m to $4m.",
        """
        Costs NOUN  nsubj 1 O cost
        fell  VERB  ROOT  1 O fall
        from  ADP   prep  1
        $     SYM   nmod  4
        5m    NUM   pobj  2
        to    ADP   prep  1
        $     SYM   nmod  7
        4m    NUM   pobj  5
        .     PUNCT punct 1
        """,
        "$5m",
        "money",
        "Costs",
        "cost",
    ),
    (
        "from-with-no-later-level-is-left-alone",
        "Costs fell 4% from $5m.",
        """
        Costs NOUN  nsubj  1 O cost
        fell  VERB  ROOT   1 O fall
        4     NUM   nummod 3
        %     NOUN  npadvmod 1
        from  ADP   prep   1
        $     SYM   nmod   6
        5m    NUM   pobj   4
        .     PUNCT punct  1
        """,
        "$5m",
        "money",
        None,
        None,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case[0] for case in CASES])
def test_concepts_levels(case: tuple[str, ...]) -> None:
    _, text, table, figure, kind, concept, key = case
    assert _concept(text, table, figure, kind) == (concept, key)
