"""What a figure measures, read from hand-built parses (``ConceptReader``).

Each Doc's tokens, tags and parse are written out (tests/handmade.py), so the
rules are checked apart from what the statistical parser predicts. The
sentences are the project's own.
"""

from __future__ import annotations

import pytest
import spacy

from claimkit.components.concepts import ConceptReader
from claimkit.text.lexicon import load_lexicon
from tests.handmade import parse

_READER = ConceptReader(load_lexicon(None, "claims.json"))
# English lexical attributes (lower_, like_num), which a bare Vocab lacks.
_VOCAB = spacy.blank("en").vocab


def _concept(
    text: str,
    table: str,
    figure: str,
    kind: str,
    occurrence: int = 0,
    unit: str | None = None,
) -> tuple[str | None, str | None]:
    """The concept and key of ``figure``; ``unit`` is a count's first counted
    word ("Hundreds of [fans]")."""
    doc = parse(_VOCAB, text, table)
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(figure, start + 1)
    span = doc.char_span(start, start + len(figure))
    assert span is not None
    unit_start = text.index(unit, start) if unit else None
    found = _READER.concept(span, kind, set(), unit_start)
    if found is None:
        return None, None
    if found["concept"] is not None:
        assert text[found["concept_start"] : found["concept_end"]] == found["concept"]
    return found["concept"], found["concept_key"]


# (id, text, parse, figure, kind, expected concept, expected key)
CASES = [
    (
        "conversion-between-figure-and-noun",
        "Delmar signed a £2bn ($2.5bn) supply deal.",
        """
        Delmar  PROPN nsubj    1
        signed  VERB  ROOT     1 O sign
        a       DET   det      10
        £       SYM   nmod     4
        2bn     NUM   nmod     10
        (       PUNCT punct    10
        $       SYM   nmod     7
        2.5bn   NUM   appos    4
        )       PUNCT punct    10
        supply  NOUN  compound 10
        deal    NOUN  dobj     1
        .       PUNCT punct    1
        """,
        "£2bn",
        "money",
        "supply deal",
        "supply deal",
    ),
    (
        "figure-with-a-noun-of-its-own-modifies-nothing",
        "Migrants sent a record $9bn home.",
        """
        Migrants PROPN nsubj  1
        sent     VERB  ROOT   1 O send
        a        DET   det    3
        record   NOUN  nmod   5
        $        SYM   nmod   5
        9bn      NUM   nmod   6
        home     NOUN  dobj   1
        .        PUNCT punct  1
        """,
        "$9bn",
        "money",
        None,
        None,
    ),
    (
        "object-of-a-verb-of-change",
        "The bank cut rates by 0.5%.",
        """
        The   DET   det    1
        bank  NOUN  nsubj  2
        cut   VERB  ROOT   2
        rates NOUN  dobj   2 O rate
        by    ADP   prep   2
        0.5   NUM   nummod 6
        %     NOUN  pobj   4
        .     PUNCT punct  2
        """,
        "0.5%",
        "percent",
        "rates",
        "rate",
    ),
    (
        "passive-subject-of-a-verb-of-change",
        "The levy was raised 4% to £90.",
        """
        The    DET   det       1
        levy   NOUN  nsubjpass 3
        was    AUX   auxpass   3 O be
        raised VERB  ROOT      3 O raise
        4      NUM   nummod    5
        %      NOUN  npadvmod  3
        to     ADP   prep      3
        £      SYM   nmod      8
        90     NUM   pobj      6
        .      PUNCT punct     3
        """,
        "£90",
        "money",
        "levy",
        "levy",
    ),
    (
        "object-that-is-a-pronoun-is-no-concept",
        "The bank raised it by 2%.",
        """
        The    DET   det    1
        bank   NOUN  nsubj  2
        raised VERB  ROOT   2 O raise
        it     PRON  dobj   2
        by     ADP   prep   2
        2      NUM   nummod 6
        %      NOUN  pobj   4
        .      PUNCT punct  2
        """,
        "2%",
        "percent",
        None,
        None,
    ),
    (
        "relative-clause-measures-its-noun",
        "Ferro's sales, which rose 6%, beat forecasts.",
        """
        Ferro     PROPN poss     2
        's        PART  case     0
        sales     NOUN  nsubj    9 O sale
        ,         PUNCT punct    2
        which     PRON  nsubj    5
        rose      VERB  relcl    2 O rise
        6         NUM   nummod   7
        %         NOUN  npadvmod 5
        ,         PUNCT punct    2
        beat      VERB  ROOT     9
        forecasts NOUN  dobj     9 O forecast
        .         PUNCT punct    9
        """,
        "6%",
        "percent",
        "sales",
        "sale",
    ),
    (
        "subject-through-a-verb-of-forecast",
        "Output is forecast to fall 2%.",
        """
        Output   NOUN  nsubjpass 2
        is       AUX   auxpass   2 O be
        forecast VERB  ROOT      2
        to       PART  aux       4
        fall     VERB  xcomp     2
        2        NUM   nummod    6
        %        NOUN  npadvmod  4
        .        PUNCT punct     2
        """,
        "2%",
        "percent",
        "Output",
        "output",
    ),
    (
        "no-subject-through-a-verb-that-does-not-raise",
        "Its boss is keen to cut 2%.",
        """
        Its  PRON  poss   1
        boss NOUN  nsubj  2
        is   AUX   ROOT   2 O be
        keen ADJ   acomp  2
        to   PART  aux    5
        cut  VERB  xcomp  3
        2    NUM   nummod 7
        %    NOUN  dobj   5
        .    PUNCT punct  2
        """,
        "2%",
        "percent",
        None,
        None,
    ),
    (
        "a-part-not-the-whole",
        "Tourism accounts for 12% of output.",
        """
        Tourism  NOUN  nsubj  1
        accounts VERB  ROOT   1 O account
        for      ADP   prep   1
        12       NUM   nummod 4
        %        NOUN  pobj   2
        of       ADP   prep   4
        output   NOUN  pobj   5
        .        PUNCT punct  1
        """,
        "12%",
        "percent",
        "Tourism",
        "tourism",
    ),
    (
        "make-without-up-is-no-part-verb",
        "Tourism makes 12% of output.",
        """
        Tourism NOUN  nsubj  1
        makes   VERB  ROOT   1 O make
        12      NUM   nummod 3
        %       NOUN  dobj   1
        of      ADP   prep   3
        output  NOUN  pobj   4
        .       PUNCT punct  1
        """,
        "12%",
        "percent",
        "output",
        "output",
    ),
    (
        "measure-noun-tagged-as-a-name-at-sentence-start",
        "Revenues slipped 4%.",
        """
        Revenues PROPN nsubj    1 O Revenues
        slipped  VERB  ROOT     1 O slip
        4        NUM   nummod   3
        %        NOUN  npadvmod 1
        .        PUNCT punct    1
        """,
        "4%",
        "percent",
        "Revenues",
        "revenue",
    ),
    (
        "a-name-that-is-no-measure-noun",
        "Orvik slipped 4%.",
        """
        Orvik   PROPN nsubj    1
        slipped VERB  ROOT     1 O slip
        4       NUM   nummod   3
        %       NOUN  npadvmod 1
        .       PUNCT punct    1
        """,
        "4%",
        "percent",
        None,
        None,
    ),
    (
        "at-on-the-clause-subject",
        "Inflation, at 3%, is high.",
        """
        Inflation NOUN  nsubj  6
        ,         PUNCT punct  0
        at        ADP   prep   0
        3         NUM   nummod 4
        %         NOUN  pobj   2
        ,         PUNCT punct  0
        is        AUX   ROOT   6 O be
        high      ADJ   acomp  6
        .         PUNCT punct  6
        """,
        "3%",
        "percent",
        "Inflation",
        "inflation",
    ),
    (
        "at-on-an-object-is-no-concept",
        "Gelt values the brand at £3m.",
        """
        Gelt   PROPN nsubj 1
        values VERB  ROOT  1 O value
        the    DET   det   3
        brand  NOUN  dobj  1
        at     ADP   prep  3
        £      SYM   nmod  6
        3      NUM   pobj  4
        m      NOUN  pobj  4
        .      PUNCT punct 1
        """,
        "£3m",
        "money",
        None,
        None,
    ),
    (
        "word-of-direction-on-a-noun",
        "Tea exports up 9%",
        """
        Tea     NOUN compound 1
        exports NOUN ROOT     1 O export
        up      ADV  advmod   1
        9       NUM  nummod   4
        %       NOUN npadvmod 2
        """,
        "9%",
        "percent",
        "Tea exports",
        "tea export",
    ),
    (
        "word-of-direction-on-an-object-is-no-concept",
        "Orvik makes boots, up 6%.",
        """
        Orvik PROPN nsubj    1
        makes VERB  ROOT     1 O make
        boots NOUN  dobj     1 O boot
        ,     PUNCT punct    2
        up    ADV   advmod   2
        6     NUM   nummod   6
        %     NOUN  npadvmod 4
        .     PUNCT punct    1
        """,
        "6%",
        "percent",
        None,
        None,
    ),
    (
        "a-rate-denominator-measures-nothing",
        "The limit is 80mg per 100ml of blood.",
        """
        The   DET   det    1
        limit NOUN  nsubj  2
        is    AUX   ROOT   2 O be
        80    NUM   nummod 4
        mg    NOUN  attr   2
        per   ADP   prep   4
        100   NUM   nummod 7
        ml    NOUN  pobj   5
        of    ADP   prep   7
        blood NOUN  pobj   8
        .     PUNCT punct  2
        """,
        "100ml",
        "measure",
        None,
        None,
    ),
    (
        "word-of-direction-on-a-figure",
        "Revenue was 10bn euros, up 8%.",
        """
        Revenue NOUN  nsubj    1
        was     AUX   ROOT     1 O be
        10bn    ADJ   amod     3
        euros   NOUN  attr     1 O euro
        ,       PUNCT punct    3
        up      ADV   advmod   3
        8       NUM   nummod   7
        %       NOUN  npadvmod 5
        .       PUNCT punct    1
        """,
        "8%",
        "percent",
        None,
        None,
    ),
    (
        "to-after-a-noun-of-change",
        "Gelt reported a 5% rise in profit to £40m.",
        """
        Gelt     PROPN nsubj    1
        reported VERB  ROOT     1 O report
        a        DET   det      5
        5        NUM   nummod   4
        %        NOUN  compound 5
        rise     NOUN  dobj     1
        in       ADP   prep     5
        profit   NOUN  pobj     6
        to       ADP   prep     5
        £        SYM   nmod     10
        40       NUM   pobj     8
        m        NOUN  appos    10
        .        PUNCT punct    1
        """,
        "£40m",
        "money",
        "profit",
        "profit",
    ),
    (
        "to-after-a-word-of-direction",
        "Profits were up 4% to £9m.",
        """
        Profits NOUN  nsubj    1 O profit
        were    AUX   ROOT     1 O be
        up      ADV   advmod   1
        4       NUM   nummod   4
        %       NOUN  npadvmod 2
        to      ADP   prep     2
        £       SYM   nmod     7
        9       NUM   pobj     5
        m       NOUN  pobj     5
        .       PUNCT punct    1
        """,
        "£9m",
        "money",
        "Profits",
        "profit",
    ),
    (
        "coordinated-figure-shares-the-verb",
        "Output grew 3% in 2004 and 2% in 2005.",
        """
        Output NOUN  nsubj    1
        grew   VERB  ROOT     1 O grow
        3      NUM   nummod   3
        %      NOUN  npadvmod 1
        in     ADP   prep     1
        2004   NUM   pobj     4
        and    CCONJ cc       3
        2      NUM   nummod   8
        %      NOUN  conj     3
        in     ADP   prep     8
        2005   NUM   pobj     9
        .      PUNCT punct    1
        """,
        "2%",
        "percent",
        "Output",
        "output",
    ),
    (
        "an-earlier-level-after-from-is-left-alone",
        "Sales rose to $5m from $4m.",
        """
        Sales NOUN  nsubj 1 O sale
        rose  VERB  ROOT  1 O rise
        to    ADP   prep  1
        $     SYM   nmod  4
        5m    NUM   pobj  2
        from  ADP   prep  1
        $     SYM   nmod  7
        4m    NUM   pobj  5
        .     PUNCT punct 1
        """,
        "$4m",
        "money",
        None,
        None,
    ),
    (
        "a-price-is-the-value-of-what-is-sold",
        "Harlow sold the bonds for £4bn.",
        """
        Harlow PROPN nsubj 1
        sold   VERB  ROOT  1 O sell
        the    DET   det   3
        bonds  NOUN  dobj  1 O bond
        for    ADP   prep  1
        £      SYM   nmod  6
        4bn    NUM   pobj  4
        .      PUNCT punct 1
        """,
        "£4bn",
        "money",
        "bonds",
        "bond",
    ),
    (
        "a-price-of-a-pronoun-is-no-concept",
        "He bought it for £4bn.",
        """
        He     PRON  nsubj 1
        bought VERB  ROOT  1 O buy
        it     PRON  dobj  1
        for    ADP   prep  1
        £      SYM   nmod  5
        4bn    NUM   pobj  3
        .      PUNCT punct 1
        """,
        "£4bn",
        "money",
        None,
        None,
    ),
    (
        "to-after-a-reported-change",
        "Gelt posted a rise in profit to £40m.",
        """
        Gelt   PROPN nsubj 1
        posted VERB  ROOT  1 O post
        a      DET   det   3
        rise   NOUN  dobj  1
        in     ADP   prep  3
        profit NOUN  pobj  4
        to     ADP   prep  1
        £      SYM   nmod  8
        40m    NUM   pobj  6
        .      PUNCT punct 1
        """,
        "£40m",
        "money",
        "profit",
        "profit",
    ),
    (
        "to-after-a-verb-that-reports-no-change",
        "Gelt lent the bank to 2%.",
        """
        Gelt  PROPN nsubj  1
        lent  VERB  ROOT   1 O lend
        the   DET   det    3
        bank  NOUN  dobj   1
        to    ADP   prep   1
        2     NUM   nummod 6
        %     NOUN  pobj   4
        .     PUNCT punct  1
        """,
        "2%",
        "percent",
        None,
        None,
    ),
    (
        "what-a-thing-will-cost-is-its-price",
        "The bridge will cost $4bn.",
        """
        The    DET   det   1
        bridge NOUN  nsubj 3
        will   AUX   aux   3
        cost   VERB  ROOT  3
        $      SYM   nmod  5
        4bn    NUM   dobj  3
        .      PUNCT punct 3
        """,
        "$4bn",
        "money",
        "bridge",
        "bridge",
    ),
    (
        "key-lemma-of-a-misread-plural",
        "Rome cut taxes by 2%.",
        """
        Rome  PROPN nsubj  1
        cut   VERB  ROOT   1
        taxes NOUN  dobj   1 O taxis
        by    ADP   prep   1
        2     NUM   nummod 5
        %     NOUN  pobj   3
        .     PUNCT punct  1
        """,
        "2%",
        "percent",
        "taxes",
        "tax",
    ),
    (
        "nested-modifiers-stay-with-the-measure",
        "Furniture store sales dipped 0.1%.",
        """
        Furniture NOUN  compound 1 O furniture
        store     NOUN  compound 2
        sales     NOUN  nsubj    3 O sale
        dipped    VERB  ROOT     3 O dip
        0.1       NUM   nummod   5
        %         NOUN  npadvmod 3
        .         PUNCT punct    3
        """,
        "0.1%",
        "percent",
        "Furniture store sales",
        "furniture store sale",
    ),
    (
        "an-ordinal-of-period-stays-out-of-the-key",
        "Fourth quarter sales rose 2%.",
        """
        Fourth  ADJ   amod     1 O fourth
        quarter NOUN  compound 2
        sales   NOUN  nsubj    3 O sale
        rose    VERB  ROOT     3 O rise
        2       NUM   nummod   5
        %       NOUN  npadvmod 3
        .       PUNCT punct    3
        """,
        "2%",
        "percent",
        "Fourth quarter sales",
        "quarter sale",
    ),
    (
        "a-hyphenated-modifier-before-the-figure",
        "The short-haul fare was raised to £4.",
        """
        The   DET   det       4
        short ADJ   amod      3
        -     PUNCT punct     3
        haul  NOUN  compound  4
        fare  NOUN  nsubjpass 6
        was   AUX   auxpass   6 O be
        raised VERB ROOT      6 O raise
        to    ADP   prep      6
        £     SYM   nmod      9
        4     NUM   pobj      7
        .     PUNCT punct     6
        """,
        "£4",
        "money",
        "short-haul fare",
        "short haul fare",
    ),
    (
        "a-sum-to-be-spent-on-something",
        "£3m will be spent on roads.",
        """
        £     SYM   nmod      1
        3m    NUM   nsubjpass 4
        will  AUX   aux       4
        be    AUX   auxpass   4
        spent VERB  ROOT      4 O spend
        on    ADP   prep      4
        roads NOUN  pobj      5 O road
        .     PUNCT punct     4
        """,
        "£3m",
        "money",
        "roads",
        "road",
    ),
]


@pytest.mark.parametrize(
    ("text", "table", "figure", "kind", "concept", "key"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_concept_rules(
    text: str,
    table: str,
    figure: str,
    kind: str,
    concept: str | None,
    key: str | None,
) -> None:
    assert _concept(text, table, figure, kind) == (concept, key)
