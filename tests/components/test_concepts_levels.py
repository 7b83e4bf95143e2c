"""What a figure measures when the tagger made its measure a verb, and the
level a measure moves "from" (hand-built parses, as in test_concepts_rules).
The sentences are the project's own; so are the coordinated verbs and "by"
phrases that share a measure, and the sum a price moves by before its level."""

from __future__ import annotations

import pytest

from tests.components.test_concepts_rules import _concept

# "went up by 3% ... and by 5%": the parse hangs the second "by" on "in".
_WENT_UP_TEXT = "Rents went up by 3% in May and by 5% on the year."
_WENT_UP = """
Rents NOUN  nsubj  1 O rent
went  VERB  ROOT   1 O go
up    ADP   prt    1
by    ADP   prep   1
3     NUM   nummod 5
%     NOUN  pobj   3
in    ADP   prep   1
May   PROPN pobj   6
and   CCONJ cc     6
by    ADP   conj   6
5     NUM   nummod 11
%     NOUN  pobj   9
on    ADP   prep   9
the   DET   det    14
year  NOUN  pobj   12
.     PUNCT punct  1
"""

# "adding $2 to ...": the sentence up to the sum's sign.
_ADDING_HEAD = """
Oil    NOUN  compound 1
prices NOUN  nsubj    2 O price
rose   VERB  ROOT     2 O rise
,      PUNCT punct    2
adding VERB  advcl    2 O add
$      SYM   nmod     6
"""
# "adding $2 to $50": the parse makes the two sums one number.
_ADDING = (
    _ADDING_HEAD
    + """
2      NUM   quantmod 9
to     PART  quantmod 9
$      SYM   quantmod 9
50     NUM   dobj     4
.      PUNCT punct    2
"""
)

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
    (
        "a-verb-coordinated-with-another-shares-its-subject",
        "Prices were overvalued and could fall by 10%.",
        """
        Prices     NOUN  nsubjpass 2 O price
        were       AUX   auxpass   2
        overvalued VERB  ROOT      2 O overvalue
        and        CCONJ cc        2
        could      AUX   aux       5
        fall       VERB  conj      2 O fall
        by         ADP   prep      5
        10         NUM   nummod    8
        %          NOUN  pobj      6
        .          PUNCT punct     2
        """,
        "10%",
        "percent",
        "Prices",
        "price",
    ),
    (
        "a-coordinated-verb-with-a-subject-of-its-own-keeps-it",
        "Costs were cut and sales fell by 4%.",
        """
        Costs NOUN  nsubjpass 2 O cost
        were  AUX   auxpass   2
        cut   VERB  ROOT      2 O cut
        and   CCONJ cc        2
        sales NOUN  nsubj     5 O sale
        fell  VERB  conj      2 O fall
        by    ADP   prep      5
        4     NUM   nummod    8
        %     NOUN  pobj      6
        .     PUNCT punct     2
        """,
        "4%",
        "percent",
        "sales",
        "sale",
    ),
    (
        "a-coordinated-verb-after-a-person-has-no-measure",
        "He was sacked and could lose 5%.",
        """
        He     PRON  nsubjpass 2
        was    AUX   auxpass   2
        sacked VERB  ROOT      2 O sack
        and    CCONJ cc        2
        could  AUX   aux       5
        lose   VERB  conj      2 O lose
        5      NUM   nummod    7
        %      NOUN  dobj      5
        .      PUNCT punct     2
        """,
        "5%",
        "percent",
        None,
        None,
    ),
    (
        "go-up-is-a-verb-of-change",
        _WENT_UP_TEXT,
        _WENT_UP,
        "3%",
        "percent",
        "Rents",
        "rent",
    ),
    (
        "a-figure-in-a-coordinated-by-phrase-shares-the-verb",
        _WENT_UP_TEXT,
        _WENT_UP,
        "5%",
        "percent",
        "Rents",
        "rent",
    ),
    (
        "go-without-up-or-down-is-no-verb-of-change",
        "Rents went to 5%.",
        """
        Rents NOUN  nsubj  1 O rent
        went  VERB  ROOT   1 O go
        to    ADP   prep   1
        5     NUM   nummod 4
        %     NOUN  pobj   2
        .     PUNCT punct  1
        """,
        "5%",
        "percent",
        None,
        None,
    ),
    (
        "a-sum-a-price-moves-by-before-the-level-it-moves-to",
        "Oil prices rose, adding $2 to $50.",
        _ADDING,
        "$2",
        "money",
        "Oil prices",
        "oil price",
    ),
    (
        "the-level-a-price-moves-to-after-the-sum-it-moves-by",
        "Oil prices rose, adding $2 to $50.",
        _ADDING,
        "$50",
        "money",
        "Oil prices",
        "oil price",
    ),
    (
        "a-sum-added-to-something-else-is-no-price-move",
        "Oil prices rose, adding $2 to reserves.",
        _ADDING_HEAD
        + """
        2        NUM   dobj     4
        to       ADP   prep     4
        reserves NOUN  pobj     7 O reserve
        .        PUNCT punct    2
        """,
        "$2",
        "money",
        None,
        None,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case[0] for case in CASES])
def test_concepts_levels(case: tuple[str, ...]) -> None:
    _, text, table, figure, kind, concept, key = case
    assert _concept(text, table, figure, kind) == (concept, key)
