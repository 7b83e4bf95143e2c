"""What a span of time, a distance or a sum measures when the parse around it
says so (issue 15, session 9): on hand-built parses, positives and
negatives. Sentences are the project's own."""

from __future__ import annotations

import pytest

from tests.components.test_concepts_rules import _concept

# (id, text, parse, figure, kind, concept, key)
CASES = [
    (
        "time-since-an-event",
        "It is 12 years since their last cup.",
        """
        It      PRON  nsubj  1
        is      AUX   ROOT   1 O be
        12      NUM   nummod 3
        years   NOUN  attr   1 O year
        since   SCONJ prep   3
        their   PRON  poss   7
        last    ADJ   amod   7
        cup     NOUN  pobj   4
        .       PUNCT punct  1
        """,
        "12 years",
        "duration",
        "since their last cup",
        "last cup",
    ),
    (
        "time-since-a-year-is-no-event",
        "It is 12 years since 1993.",
        """
        It      PRON  nsubj  1
        is      AUX   ROOT   1 O be
        12      NUM   nummod 3
        years   NOUN  attr   1 O year
        since   SCONJ prep   3
        1993    NUM   pobj   4
        .       PUNCT punct  1
        """,
        "12 years",
        "duration",
        None,
        None,
    ),
    (
        "time-left-to-do-something",
        "The team have five days to regroup.",
        """
        The     DET   det    1
        team    NOUN  nsubj  2
        have    VERB  ROOT   2 O have
        five    NUM   nummod 4
        days    NOUN  dobj   2 O day
        to      PART  aux    6
        regroup VERB  relcl  4
        .       PUNCT punct  2
        """,
        "five days",
        "duration",
        "to regroup",
        "regroup",
    ),
    (
        "a-frame-is-no-anchor",
        "In the past 12 years since the merger, sales grew.",
        """
        In      ADP   prep   9
        the     DET   det    4
        past    ADJ   amod   4
        12      NUM   nummod 4
        years   NOUN  pobj   0 O year
        since   SCONJ prep   4
        the     DET   det    7
        merger  NOUN  pobj   5
        ,       PUNCT punct  9
        sales   NOUN  nsubj  10 O sale
        grew    VERB  ROOT   10 O grow
        .       PUNCT punct  10
        """,
        "12 years",
        "duration",
        None,
        None,
    ),
    (
        "time-spent-in-a-place",
        "Reid spent ten months on loan at Bury.",
        """
        Reid    PROPN nsubj  1
        spent   VERB  ROOT   1 O spend
        ten     NUM   nummod 3
        months  NOUN  dobj   1 O month
        on      ADP   prep   1
        loan    NOUN  pobj   4
        at      ADP   prep   5
        Bury    PROPN pobj   6
        .       PUNCT punct  1
        """,
        "ten months",
        "duration",
        "on loan",
        "loan",
    ),
    (
        "a-place-after-another-verb-is-not-where",
        "Reid waited ten months at the club.",
        """
        Reid    PROPN nsubj  1
        waited  VERB  ROOT   1 O wait
        ten     NUM   nummod 3
        months  NOUN  dobj   1 O month
        at      ADP   prep   1
        the     DET   det    6
        club    NOUN  pobj   4
        .       PUNCT punct  1
        """,
        "ten months",
        "duration",
        None,
        None,
    ),
    (
        "what-lasts-it",
        "The final lasted four hours.",
        """
        The     DET   det      1
        final   NOUN  nsubj    2
        lasted  VERB  ROOT     2 O last
        four    NUM   nummod   4
        hours   NOUN  npadvmod 2 O hour
        .       PUNCT punct    2
        """,
        "four hours",
        "duration",
        "final",
        "final",
    ),
    (
        "a-name-that-lasts-it-is-no-concept",
        "Smith lasted four hours.",
        """
        Smith   PROPN nsubj    1
        lasted  VERB  ROOT     1 O last
        four    NUM   nummod   3
        hours   NOUN  npadvmod 1 O hour
        .       PUNCT punct    1
        """,
        "four hours",
        "duration",
        None,
        None,
    ),
    (
        "what-is-that-far-off",
        "The vote is six weeks away.",
        """
        The     DET   det      1
        vote    NOUN  nsubj    2
        is      AUX   ROOT     2 O be
        six     NUM   nummod   4
        weeks   NOUN  npadvmod 5 O week
        away    ADV   advmod   2
        .       PUNCT punct    2
        """,
        "six weeks",
        "duration",
        "vote",
        "vote",
    ),
    (
        "a-distance-away-from",
        "Masts must stand 300 metres away from homes.",
        """
        Masts   NOUN  nsubj    2 O mast
        must    AUX   aux      2
        stand   VERB  ROOT     2
        300     NUM   nummod   4
        metres  NOUN  npadvmod 5 O metre
        away    ADV   advmod   2
        from    ADP   prep     5
        homes   NOUN  pobj     6 O home
        .       PUNCT punct    2
        """,
        "300 metres",
        "measure",
        "away from homes",
        "home",
    ),
    (
        "a-distance-with-nothing-after",
        "He shot from 30 metres.",
        """
        He      PRON  nsubj    1
        shot    VERB  ROOT     1 O shoot
        from    ADP   prep     1
        30      NUM   nummod   4
        metres  NOUN  pobj     2 O metre
        .       PUNCT punct    1
        """,
        "30 metres",
        "measure",
        None,
        None,
    ),
    (
        "a-sum-for-a-change-is-what-it-buys",
        "The party set aside £3bn for tax cuts.",
        """
        The     DET   det      1
        party   NOUN  nsubj    2
        set     VERB  ROOT     2 O set
        aside   ADV   prt      2
        £       SYM   nmod     5
        3bn     NUM   dobj     2
        for     ADP   prep     2
        tax     NOUN  compound 8
        cuts    NOUN  pobj     6 O cut
        .       PUNCT punct    2
        """,
        "£3bn",
        "money",
        None,
        None,
    ),
    (
        "a-sum-earmarked-for-tax-cuts",
        "The party earmarked £3bn for tax cuts.",
        """
        The       DET   det      1
        party     NOUN  nsubj    2
        earmarked VERB  ROOT     2 O earmark
        £         SYM   nmod     4
        3bn       NUM   dobj     2
        for       ADP   prep     2
        tax       NOUN  compound 7
        cuts      NOUN  pobj     5 O cut
        .         PUNCT punct    2
        """,
        "£3bn",
        "money",
        "tax cuts",
        "tax cut",
    ),
    (
        "a-sum-spent-doing-something",
        "Acme is spending $50m upgrading its lines.",
        """
        Acme      PROPN nsubj  2
        is        AUX   aux    2
        spending  VERB  ROOT   2 O spend
        $         SYM   nmod   4
        50m       NUM   dobj   2
        upgrading VERB  advcl  2 O upgrade
        its       PRON  poss   7
        lines     NOUN  dobj   5 O line
        .         PUNCT punct  2
        """,
        "$50m",
        "money",
        "upgrading its lines",
        "upgrade line",
    ),
    (
        "a-sum-spent-then-a-clause-set-off",
        "Acme spent $50m, hoping for more.",
        """
        Acme      PROPN nsubj  1
        spent     VERB  ROOT   1 O spend
        $         SYM   nmod   3
        50m       NUM   dobj   1
        ,         PUNCT punct  1
        hoping    VERB  advcl  1 O hope
        for       ADP   prep   5
        more      ADJ   pobj   6
        .         PUNCT punct  1
        """,
        "$50m",
        "money",
        None,
        None,
    ),
    (
        "up-to-a-sum-earned",
        "She earned up to £9,000 from talks.",
        """
        She     PRON  nsubj    1
        earned  VERB  ROOT     1 O earn
        up      ADP   prt      1
        to      PART  quantmod 5
        £       SYM   quantmod 5
        9,000   NUM   dobj     1
        from    ADP   prep     1
        talks   NOUN  pobj     6 O talk
        .       PUNCT punct    1
        """,
        "up to £9,000",
        "money",
        "earned",
        "earnings",
    ),
    (
        "a-change-after-a-counted-object",
        "Acme sold 9,000 vans, up 3% on 2003.",
        """
        Acme    PROPN nsubj    1
        sold    VERB  ROOT     1 O sell
        9,000   NUM   nummod   3
        vans    NOUN  dobj     1 O van
        ,       PUNCT punct    1
        up      ADV   advmod   1
        3       NUM   nummod   7
        %       NOUN  npadvmod 5
        on      ADP   prep     5
        2003    NUM   pobj     8
        .       PUNCT punct    1
        """,
        "3%",
        "percent",
        "vans",
        "van",
    ),
    (
        "a-change-after-an-object-with-no-figure",
        "Acme sold its stake, up 3% on the day.",
        """
        Acme    PROPN nsubj    1
        sold    VERB  ROOT     1 O sell
        its     PRON  poss     3
        stake   NOUN  dobj     1
        ,       PUNCT punct    1
        up      ADV   advmod   1
        3       NUM   nummod   7
        %       NOUN  npadvmod 5
        on      ADP   prep     5
        the     DET   det      10
        day     NOUN  pobj     8
        .       PUNCT punct    1
        """,
        "3%",
        "percent",
        None,
        None,
    ),
    (
        "a-sum-asked-for",
        "The claim for $90m failed.",
        """
        The     DET   det      1
        claim   NOUN  nsubj    5
        for     ADP   prep     1
        $       SYM   nmod     4
        90m     NUM   pobj     2
        failed  VERB  ROOT     5 O fail
        .       PUNCT punct    5
        """,
        "$90m",
        "money",
        "claim",
        "claim",
    ),
    (
        "a-sum-for-a-year-is-no-concept",
        "The year for $90m ended.",
        """
        The     DET   det      1
        year    NOUN  nsubj    5
        for     ADP   prep     1
        $       SYM   nmod     4
        90m     NUM   pobj     2
        ended   VERB  ROOT     5 O end
        .       PUNCT punct    5
        """,
        "$90m",
        "money",
        None,
        None,
    ),
    (
        "a-change-month-on-month",
        "Stocks fell 0.4% month on month.",
        """
        Stocks  NOUN  nsubj    1 O stock
        fell    VERB  ROOT     1 O fall
        0.4     NUM   nummod   3
        %       NOUN  compound 4
        month   NOUN  npadvmod 1
        on      ADP   prep     4
        month   NOUN  pobj     5
        .       PUNCT punct    1
        """,
        "0.4%",
        "percent",
        "Stocks",
        "stock",
    ),
    (
        "a-degree-of-a-state",
        "I am 90% sure.",
        """
        I       PRON  nsubj    1
        am      AUX   ROOT     1 O be
        90      NUM   nummod   3
        %       NOUN  npadvmod 4
        sure    ADJ   acomp    1
        .       PUNCT punct    1
        """,
        "90%",
        "percent",
        "sure",
        "sure",
    ),
    (
        "an-adverbial-adjective-is-no-degree",
        "Output grew 2% overall.",
        """
        Output  NOUN  nsubj    1
        grew    VERB  ROOT     1 O grow
        2       NUM   nummod   3
        %       NOUN  npadvmod 1
        overall ADJ   advmod   1
        .       PUNCT punct    1
        """,
        "2%",
        "percent",
        "Output",
        "output",
    ),
    (
        "span-after-every-is-an-interval",
        "Customers were hit every four days.",
        """
        Customers NOUN  nsubjpass 2 O customer
        were      AUX   auxpass   2 O be
        hit       VERB  ROOT      2 O hit
        every     DET   det       5
        four      NUM   nummod    5
        days      NOUN  npadvmod  2 O day
        .         PUNCT punct     2
        """,
        "four days",
        "duration",
        None,
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "table", "figure", "kind", "concept", "key"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_concept_time(text, table, figure, kind, concept, key) -> None:  # type: ignore[no-untyped-def]
    assert _concept(text, table, figure, kind) == (concept, key)
