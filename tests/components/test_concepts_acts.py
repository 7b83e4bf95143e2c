"""Concepts a verb gives a figure, on hand-built parses (issue 15).

Takings and prices a verb names, the act a span of time measures, the clause
that says what a count counts, and the predicate a share is the subject of
(:mod:`claimkit.components.concept_acts`). Sentences are the project's own.
"""

from __future__ import annotations

import pytest

from tests.components.test_concepts_rules import _concept

# "Only 9% had built a blog or ...": the rows the two predicate cases share.
_BUILT_A_BLOG_OR = """
        Only  ADV   advmod   1
        9     NUM   nummod   2
        %     NOUN  nsubj    4
        had   AUX   aux      4
        built VERB  ROOT     4 O build
        a     DET   det      6
        blog  NOUN  dobj     4
        or    CCONJ cc       6
"""

# (id, text, parse, figure, kind, concept, key)
CASES = [
    (
        "a-film-takes-a-sum",
        "The comedy took $9m at the weekend.",
        """
        The     DET   det    1
        comedy  NOUN  nsubj  2
        took    VERB  ROOT   2 O take
        $       SYM   nmod   4
        9m      NUM   dobj   2
        at      ADP   prep   2
        the     DET   det    7
        weekend NOUN  pobj   5
        .       PUNCT punct  2
        """,
        "$9m",
        "money",
        "took",
        "taking",
    ),
    (
        "it-takes-a-sum-to-build-is-no-takings",
        "It took $5bn to build the bridge.",
        """
        It     PRON  nsubj  1
        took   VERB  ROOT   1 O take
        $      SYM   nmod   3
        5bn    NUM   dobj   1
        to     PART  aux    5
        build  VERB  xcomp  1
        the    DET   det    7
        bridge NOUN  dobj   5
        .      PUNCT punct  1
        """,
        "$5bn",
        "money",
        None,
        None,
    ),
    (
        "priced-at",
        "Priced at £99, the phone ships soon.",
        """
        Priced VERB  advcl  7 O price
        at     ADP   prep   0
        £      SYM   nmod   3
        99     NUM   pobj   1
        ,      PUNCT punct  7
        the    DET   det    6
        phone  NOUN  nsubj  7
        ships  VERB  ROOT   7 O ship
        soon   ADV   advmod 7
        .      PUNCT punct  7
        """,
        "£99",
        "money",
        "Priced",
        "price",
    ),
    (
        "a-person-bought-for-a-sum",
        "Lazio bought Stam for £9m.",
        """
        Lazio  PROPN nsubj  1
        bought VERB  ROOT   1 O buy
        Stam   PROPN dobj   1
        for    ADP   prep   1
        £      SYM   nmod   5
        9m     NUM   pobj   3
        .      PUNCT punct  1
        """,
        "£9m",
        "money",
        "bought",
        "price",
    ),
    (
        "worth-with-a-subject-of-its-own",
        "Fans saw ticket sales worth 21bn yen.",
        """
        Fans   NOUN  nsubj    1
        saw    VERB  ROOT     1 O see
        ticket NOUN  compound 3
        sales  NOUN  nsubj    4 O sale
        worth  ADJ   ccomp    1
        21bn   NOUN  compound 6
        yen    NOUN  npadvmod 4
        .      PUNCT punct    1
        """,
        "21bn yen",
        "money",
        "ticket sales",
        "ticket sale",
    ),
    (
        "a-sum-before-a-noun-the-tagger-made-a-verb",
        "He was a £9 signing.",
        """
        He      PRON  nsubj  1
        was     AUX   ROOT   1 O be
        a       DET   det    5
        £       SYM   nmod   4
        9       NUM   nummod 5
        signing VERB  attr   1 O sign
        .       PUNCT punct  1
        """,
        "£9",
        "money",
        "signing",
        "sign",
    ),
    (
        "time-for-which-a-verb-lasts",
        "Fans queued for 30 hours.",
        """
        Fans   NOUN  nsubj  1
        queued VERB  ROOT   1 O queue
        for    ADP   prep   1
        30     NUM   nummod 4
        hours  NOUN  pobj   2 O hour
        .      PUNCT punct  1
        """,
        "30 hours",
        "duration",
        "queued",
        "queue",
    ),
    (
        "time-as-a-frame-is-no-measure",
        "Sales grew for the past five years.",
        """
        Sales NOUN  nsubj  1 O sale
        grew  VERB  ROOT   1 O grow
        for   ADP   prep   1
        the   DET   det    6
        past  ADJ   amod   6
        five  NUM   nummod 6
        years NOUN  pobj   2 O year
        .     PUNCT punct  1
        """,
        "five years",
        "duration",
        None,
        None,
    ),
    (
        "time-spent-doing",
        "He spent six hours playing chess.",
        """
        He      PRON  nsubj  1
        spent   VERB  ROOT   1 O spend
        six     NUM   nummod 3
        hours   NOUN  dobj   1 O hour
        playing VERB  xcomp  1 O play
        chess   NOUN  dobj   4
        .       PUNCT punct  1
        """,
        "six hours",
        "duration",
        "playing chess",
        "play chess",
    ),
    (
        "time-spent-then-a-clause-of-its-own",
        "She spent two weeks at home before illness struck.",
        """
        She     PRON  nsubj  1
        spent   VERB  ROOT   1 O spend
        two     NUM   nummod 3
        weeks   NOUN  dobj   1 O week
        at      ADP   prep   1
        home    NOUN  pobj   4
        before  SCONJ mark   8
        illness NOUN  nsubj  8
        struck  VERB  advcl  1 O strike
        .       PUNCT punct  1
        """,
        "two weeks",
        "duration",
        "at home",  # where the time was spent (concept_time.spent_in)
        "home",
    ),
    (
        "time-spent-then-a-participle-set-off-by-a-comma",
        "He spent four years there, making 90 appearances.",
        """
        He          PRON  nsubj  1
        spent       VERB  ROOT   1 O spend
        four        NUM   nummod 3
        years       NOUN  dobj   1 O year
        there       ADV   advmod 1
        ,           PUNCT punct  1
        making      VERB  advcl  1 O make
        90          NUM   nummod 8
        appearances NOUN  dobj   6 O appearance
        .           PUNCT punct  1
        """,
        "four years",
        "duration",
        None,
        None,
    ),
    (
        "years-in-a-bare-place",
        "He faces ten years in prison.",
        """
        He     PRON  nsubj  1
        faces  VERB  ROOT   1 O face
        ten    NUM   nummod 3
        years  NOUN  dobj   1 O year
        in     ADP   prep   3
        prison NOUN  pobj   4
        .      PUNCT punct  1
        """,
        "ten years",
        "duration",
        "prison",
        "prison",
    ),
    (
        "minutes-in-which-an-object-is-done",
        "She won the match in 40 minutes.",
        """
        She     PRON  nsubj  1
        won     VERB  ROOT   1 O win
        the     DET   det    3
        match   NOUN  dobj   1
        in      ADP   prep   1
        40      NUM   nummod 6
        minutes NOUN  pobj   4 O minute
        .       PUNCT punct  1
        """,
        "40 minutes",
        "duration",
        "match",
        "match",
    ),
    (
        "years-in-which-is-a-horizon",
        "She won her first cup in five years.",
        """
        She   PRON  nsubj  1
        won   VERB  ROOT   1 O win
        her   PRON  poss   4
        first ADJ   amod   4
        cup   NOUN  dobj   1
        in    ADP   prep   1
        five  NUM   nummod 7
        years NOUN  pobj   5 O year
        .     PUNCT punct  1
        """,
        "five years",
        "duration",
        None,
        None,
    ),
    (
        "count-with-a-participle",
        "There are 12 films competing for the prize.",
        """
        There     PRON  expl   1
        are       VERB  ROOT   1 O be
        12        NUM   nummod 3
        films     NOUN  attr   1 O film
        competing VERB  acl    3 O compete
        for       ADP   prep   4
        the       DET   det    7
        prize     NOUN  pobj   5
        .         PUNCT punct  1
        """,
        "12 films",
        "count",
        "films competing for the prize",
        "film compete prize",
    ),
    (
        "count-as-a-clause-subject-is-no-clause",
        "Hundreds of fans queued.",
        """
        Hundreds NOUN  nsubj 3 O hundred
        of       ADP   prep  0
        fans     NOUN  pobj  1 O fan
        queued   VERB  ROOT  3 O queue
        .        PUNCT punct 3
        """,
        "Hundreds of fans",
        "count",
        "fans",  # a predicate said of the fans is no part of what is counted
        "fan",
    ),
    (
        "count-as-a-clause-subject-with-its-object-is-no-clause",
        "Five unions will hold talks.",
        """
        Five   NUM   nummod 1
        unions NOUN  nsubj  3 O union
        will   AUX   aux    3
        hold   VERB  ROOT   3
        talks  NOUN  dobj   3 O talk
        .      PUNCT punct  3
        """,
        "Five unions",
        "count",
        "unions",
        "union",
    ),
    (
        "count-whose-verb-is-cut-from-its-object-keeps-its-noun",
        "Some 26 adults lack the skills expected of most school leavers.",
        """
        Some     DET   advmod 1
        26       NUM   nummod 2
        adults   NOUN  nsubj  3 O adult
        lack     VERB  ROOT   3
        the      DET   det    5
        skills   NOUN  dobj   3 O skill
        expected VERB  acl    5 O expect
        of       ADP   prep   6
        most     ADJ   amod   10
        school   NOUN  compound 10
        leavers  NOUN  pobj   7 O leaver
        .        PUNCT punct  3
        """,
        "26 adults",
        "count",
        "adults",
        "adult",
    ),
    (
        "time-a-verb-of-level-gives-its-subject",
        "The total delays amounted to 62 months.",
        """
        The      DET   det    2
        total    ADJ   amod   2
        delays   NOUN  nsubj  3 O delay
        amounted VERB  ROOT   3 O amount
        to       ADP   prep   3
        62       NUM   nummod 6
        months   NOUN  pobj   4 O month
        .        PUNCT punct  3
        """,
        "62 months",
        "duration",
        "total delays",
        "total delay",
    ),
    (
        "time-a-noun-is-of",
        "He faces a jail term of 21 years.",
        """
        He    PRON  nsubj    1
        faces VERB  ROOT     1 O face
        a     DET   det      4
        jail  NOUN  compound 4
        term  NOUN  dobj     1
        of    ADP   prep     4
        21    NUM   nummod   7
        years NOUN  pobj     5 O year
        .     PUNCT punct    1
        """,
        "21 years",
        "duration",
        "jail term",
        "jail term",
    ),
    (
        "a-vague-noun-a-noun-makes-definite",
        "Police issued 400 dispersal orders.",
        """
        Police    NOUN  nsubj    1
        issued    VERB  ROOT     1 O issue
        400       NUM   nummod   4
        dispersal NOUN  compound 4
        orders    NOUN  dobj     1 O order
        .         PUNCT punct    1
        """,
        "400 dispersal orders",
        "count",
        "dispersal orders",
        "dispersal order",
    ),
    (
        "a-vague-noun-alone-is-no-concept",
        "Police issued 400 orders.",
        """
        Police VERB  nsubj  1
        issued VERB  ROOT   1 O issue
        400    NUM   nummod 3
        orders NOUN  dobj   1 O order
        .      PUNCT punct  1
        """,
        "400 orders",
        "count",
        None,
        None,
    ),
    (
        "count-under-a-raising-verb-keeps-its-noun",
        "Some 300 people are expected to attend.",
        """
        Some     DET   advmod    1
        300      NUM   nummod    2
        people   NOUN  nsubjpass 4
        are      AUX   auxpass   4 O be
        expected VERB  ROOT      4 O expect
        to       PART  aux       6
        attend   VERB  xcomp     4
        .        PUNCT punct     4
        """,
        "300 people",
        "count",
        "people",
        "people",
    ),
    (
        "count-with-a-phrase-before-its-verb-keeps-its-noun",
        "The 24 games for the console include Zork.",
        """
        The     DET   det    2
        24      NUM   nummod 2
        games   NOUN  nsubj  6 O game
        for     ADP   prep   2
        the     DET   det    5
        console NOUN  pobj   3
        include VERB  ROOT   6
        Zork    PROPN dobj   6
        .       PUNCT punct  6
        """,
        "24 games",
        "count",
        "games",
        "game",
    ),
    (
        "share-as-a-clause-subject",
        "Some 59% wanted more games.",
        """
        Some   DET   advmod 2
        59     NUM   nummod 2
        %      NOUN  nsubj  3
        wanted VERB  ROOT   3 O want
        more   ADJ   amod   5
        games  NOUN  dobj   3 O game
        .      PUNCT punct  3
        """,
        "59%",
        "percent",
        "wanted more games",
        "want more game",
    ),
    (
        "count-whose-clause-has-a-pronoun-subject-is-its-noun",
        "Yukos sued five banks it had named.",
        """
        Yukos PROPN nsubj  1
        sued  VERB  ROOT   1 O sue
        five  NUM   nummod 3
        banks NOUN  dobj   1 O bank
        it    PRON  nsubj  6
        had   AUX   aux    6 O have
        named VERB  relcl  3 O name
        .     PUNCT punct  1
        """,
        "five banks",
        "count",
        "banks",
        "bank",
    ),
    (
        "count-whose-clause-has-a-noun-subject-keeps-it",
        "Yukos sued five banks the state had named.",
        """
        Yukos PROPN nsubj  1
        sued  VERB  ROOT   1 O sue
        five  NUM   nummod 3
        banks NOUN  dobj   1 O bank
        the   DET   det    5
        state NOUN  nsubj  7
        had   AUX   aux    7 O have
        named VERB  relcl  3 O name
        .     PUNCT punct  1
        """,
        "five banks",
        "count",
        "banks the state had named",
        "bank state name",
    ),
    (
        "share-that-said-something-has-no-concept",
        "Some 30% of voters said they would stay home.",
        """
        Some   DET   advmod 2
        30     NUM   nummod 2
        %      NOUN  nsubj  5
        of     ADP   prep   2
        voters NOUN  pobj   3 O voter
        said   VERB  ROOT   5 O say
        they   PRON  nsubj  8
        would  AUX   aux    8
        stay   VERB  ccomp  5
        home   ADV   advmod 8
        .      PUNCT punct  5
        """,
        "30%",
        "percent",
        None,
        None,
    ),
    (
        "count-with-a-passive-predicate-counts-its-noun",
        "Twelve films will be screened.",
        """
        Twelve   NUM   nummod   1
        films    NOUN  nsubjpass 4 O film
        will     AUX   aux      4
        be       AUX   auxpass  4
        screened VERB  ROOT     4 O screen
        .        PUNCT punct    4
        """,
        "Twelve films",
        "count",
        "films",
        "film",
    ),
    (
        "share-whose-predicate-is-only-a-pronoun-has-no-concept",
        "Some 11% saw themselves as truly expert.",
        """
        Some       DET   advmod 2
        11         NUM   nummod 2
        %          NOUN  nsubj  3
        saw        VERB  ROOT   3 O see
        themselves PRON  dobj   3
        as         ADV   advmod 7
        truly      ADV   advmod 7
        expert     ADJ   advcl  3
        .          PUNCT punct  3
        """,
        "11%",
        "percent",
        None,
        None,
    ),
    (
        "share-whose-predicate-holds-a-figure-is-not-its-base",
        "Some 18% of men earn under £9,000.",
        """
        Some  DET   advmod 2
        18    NUM   nummod 2
        %     NOUN  nsubj  5
        of    ADP   prep   2
        men   NOUN  pobj   3 O man
        earn  VERB  ROOT   5
        under ADP   prep   5
        £     SYM   nmod   8
        9,000 NUM   pobj   6
        .     PUNCT punct  5
        """,
        "18%",
        "percent",
        None,
        None,
    ),
    (
        "sum-in-a-noun-of-change-is-the-change",
        "They allowed £4bn in new tax cuts.",
        """
        They    PRON  nsubj    1
        allowed VERB  ROOT     1 O allow
        £       SYM   nmod     3
        4bn     NUM   dobj     1
        in      ADP   prep     3
        new     ADJ   amod     7
        tax     NOUN  compound 7
        cuts    NOUN  pobj     4 O cut
        .       PUNCT punct    1
        """,
        "£4bn",
        "money",
        "new tax cuts",
        "new tax cut",
    ),
    (
        "sum-in-another-noun-is-that-noun",
        "They paid £4bn in unpaid taxes.",
        """
        They   PRON  nsubj  1
        paid   VERB  ROOT   1 O pay
        £      SYM   nmod   3
        4bn    NUM   dobj   1
        in     ADP   prep   3
        unpaid ADJ   amod   6
        taxes  NOUN  pobj   4 O tax
        .      PUNCT punct  1
        """,
        "£4bn",
        "money",
        "unpaid taxes",
        "unpaid tax",
    ),
    (
        "predicate-a-hyphenated-word-is-one-word",
        "Only 9% had built a blog or a web-based shop.",
        _BUILT_A_BLOG_OR
        + """
        a     DET   det      12
        web   NOUN  npadvmod 11
        -     PUNCT punct    11
        based VERB  amod     12 O base
        shop  NOUN  conj     6
        .     PUNCT punct    4
        """,
        "9%",
        "percent",
        "had built a blog or a web-based shop",
        "build blog web base store",
    ),
    (
        "predicate-too-long-is-cut",
        "Only 9% had built a blog or a new online shop for their crafts.",
        _BUILT_A_BLOG_OR
        + """
        a      DET   det    11
        new    ADJ   amod   11
        online ADJ   amod   11
        shop   NOUN  conj   6
        for    ADP   prep   11
        their  PRON  poss   14
        crafts NOUN  pobj   12 O craft
        .      PUNCT punct  4
        """,
        "9%",
        "percent",
        None,
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "table", "figure", "kind", "concept", "key"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_concept_acts(text, table, figure, kind, concept, key) -> None:  # type: ignore[no-untyped-def]
    # a count's counted words: all after a number written in digits ("400
    # [dispersal orders]"), else the last word ("Hundreds of [fans]")
    words = figure.split()
    unit = None
    if kind == "count":
        unit = " ".join(words[1:]) if words[0][0].isdigit() else words[-1]
    assert _concept(text, table, figure, kind, unit=unit) == (concept, key)
