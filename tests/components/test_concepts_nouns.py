"""Nouns a figure measures that the parse hangs elsewhere, on hand-built parses.

Issue 15, broader coverage: a figure between an article and a noun, a noun
right before a word of direction, the object a verb of report took from the
clause it reports, the subject a participle shares, a competitor's mark, the
object "worth" follows, takings beside a clause that says no purpose, verbs
that name a sum, a place "be" is in for a span, the act a span "within"
allows, a headline's "in", the level after a rate on a word of direction ("the
gap, up 12% at $40bn"), a forecast's object ("forecasting sales at $3bn"),
"shot up" and "deepened" as verbs of change, a qualifier's verb ("exceeding
$5m"), what a sum "to the tune of" hangs on (:mod:`claimkit.components.concept_nouns`,
:mod:`claimkit.components.concept_acts`). Each has a case where it must not
fire. Sentences are the project's own.
"""

from __future__ import annotations

import pytest

from tests.components.test_concepts_rules import _concept

# (id, text, parse, figure, kind, concept, key)
CASES = [
    (
        "article-figure-noun-misparsed-as-two-objects",
        "Brandt agreed to pay a $2m (£1.6m) penalty.",
        """
        Brandt  PROPN nsubj  1
        agreed  VERB  ROOT   1 O agree
        to      PART  aux    3
        pay     VERB  xcomp  1 O pay
        a       DET   det    6
        $       SYM   nmod   6
        2m      NUM   dobj   3
        (       PUNCT punct  6
        £       SYM   nmod   9
        1.6m    NUM   appos  6
        )       PUNCT punct  6
        penalty NOUN  dobj   3
        .       PUNCT punct  1
        """,
        "$2m",
        "money",
        "penalty",
        "fine",
    ),
    (
        "possessive-figure-noun",
        "Judges threw out the state's $90bn lawsuit.",
        """
        Judges  NOUN  nsubj  1 O judge
        threw   VERB  ROOT   1 O throw
        out     ADP   prt    1
        the     DET   det    4
        state   NOUN  poss   7
        's      PART  case   4
        $       SYM   nmod   7
        90bn    NOUN  dobj   1
        lawsuit NOUN  appos  7
        .       PUNCT punct  1
        """,
        "$90bn",
        "money",
        "lawsuit",
        "lawsuit",
    ),
    (
        "article-figure-vague-noun-is-none",
        "Oil broke through the $60 level.",
        """
        Oil     NOUN  nsubj  1
        broke   VERB  ROOT   1 O break
        through ADP   prep   1
        the     DET   det    5
        $       SYM   nmod   5
        60      NUM   pobj   2
        level   NOUN  appos  5
        .       PUNCT punct  1
        """,
        "$60",
        "money",
        None,
        None,
    ),
    (
        "figure-noun-then-time-is-none",
        "Cinemas saw a 4% boost last year.",
        """
        Cinemas NOUN  nsubj    1 O cinema
        saw     VERB  ROOT     1 O see
        a       DET   det      4
        4       NUM   nummod   4
        %       NOUN  dobj     1
        boost   NOUN  appos    4
        last    ADJ   amod     7
        year    NOUN  npadvmod 1
        .       PUNCT punct    1
        """,
        "4%",
        "percent",
        None,
        None,
    ),
    (
        "every-figure-opens-no-noun-phrase",
        "Savers get every $10 back.",
        """
        Savers NOUN  nsubj  1 O saver
        get    VERB  ROOT   1
        every  DET   det    4
        $      SYM   nmod   4
        10     NUM   dobj   1
        back   ADV   advmod 1
        .      PUNCT punct  1
        """,
        "$10",
        "money",
        None,
        None,
    ),
    (
        "object-before-direction-word",
        "The ruling sent Kelso shares up 6%.",
        """
        The    DET   det      1
        ruling NOUN  nsubj    2
        sent   VERB  ROOT     2 O send
        Kelso  PROPN compound 4
        shares NOUN  dobj     2 O share
        up     ADV   advmod   4
        6      NUM   nummod   7
        %      NOUN  npadvmod 5
        .      PUNCT punct    2
        """,
        "6%",
        "percent",
        "shares",
        "share",
    ),
    (
        "object-apart-from-direction-word-is-none",
        "The ruling sent shares of Kelso up 6%.",
        """
        The    DET   det      1
        ruling NOUN  nsubj    2
        sent   VERB  ROOT     2 O send
        shares NOUN  dobj     2 O share
        of     ADP   prep     3
        Kelso  PROPN pobj     4
        up     ADV   advmod   3
        6      NUM   nummod   8
        %      NOUN  npadvmod 6
        .      PUNCT punct    2
        """,
        "6%",
        "percent",
        None,
        None,
    ),
    (
        "reported-clause-object-is-its-subject",
        "Data showed retail spending - the main driver - grew 3% in May.",
        """
        Data     NOUN  nsubj    1
        showed   VERB  ROOT     1 O show
        retail   NOUN  compound 3
        spending NOUN  dobj     1
        -        PUNCT punct    3
        the      DET   det      7
        main     ADJ   amod     7
        driver   NOUN  appos    3
        -        PUNCT punct    9
        grew     VERB  ccomp    1 O grow
        3        NUM   nummod   11
        %        NOUN  npadvmod 9
        in       ADP   prep     9
        May      PROPN pobj     12
        .        PUNCT punct    1
        """,
        "3%",
        "percent",
        "retail spending",
        "retail spending",
    ),
    (
        "reported-object-apart-from-the-clause-is-none",
        "Data showed spending on Friday grew 3%.",
        """
        Data     NOUN  nsubj    1
        showed   VERB  ROOT     1 O show
        spending NOUN  dobj     1
        on       ADP   prep     1
        Friday   PROPN pobj     3
        grew     VERB  ccomp    1 O grow
        3        NUM   nummod   7
        %        NOUN  npadvmod 5
        .        PUNCT punct    1
        """,
        "3%",
        "percent",
        None,
        None,
    ),
    (
        "participle-shares-its-clause-subject",
        "Car loans were the second item, accounting for 12% of the total.",
        """
        Car        NOUN  compound 1
        loans      NOUN  nsubj    2 O loan
        were       AUX   ROOT     2 O be
        the        DET   det      5
        second     ADJ   amod     5
        item       NOUN  attr     2
        ,          PUNCT punct    2
        accounting VERB  advcl    2 O account
        for        ADP   prep     7
        12         NUM   nummod   10
        %          NOUN  pobj     8
        of         ADP   prep     10
        the        DET   det      13
        total      NOUN  pobj     11
        .          PUNCT punct    2
        """,
        "12%",
        "percent",
        "Car loans",
        "car loan",
    ),
    (
        "participle-after-a-pronoun-subject-is-none",
        "They were the second item, accounting for 12% of the total.",
        """
        They       PRON  nsubj    1
        were       AUX   ROOT     1 O be
        the        DET   det      4
        second     ADJ   amod     4
        item       NOUN  attr     1
        ,          PUNCT punct    1
        accounting VERB  advcl    1 O account
        for        ADP   prep     6
        12         NUM   nummod   9
        %          NOUN  pobj     7
        of         ADP   prep     9
        the        DET   det      12
        total      NOUN  pobj     10
        .          PUNCT punct    1
        """,
        "12%",
        "percent",
        None,
        None,
    ),
    (
        "personal-best-of-a-measure",
        "She jumped a personal best of 6.8m.",
        """
        She      PRON  nsubj  1
        jumped   VERB  ROOT   1 O jump
        a        DET   det    4
        personal ADJ   amod   4
        best     ADJ   dobj   1 O good
        of       ADP   prep   4
        6.8m     NUM   pobj   5
        .        PUNCT punct  1
        """,
        "6.8m",
        "measure",
        "personal best",
        "personal best",
    ),
    (
        "new-world-record-leaves-new-out",
        "He set a new world record of 9.5m.",
        """
        He     PRON  nsubj    1
        set    VERB  ROOT     1
        a      DET   det      5
        new    ADJ   amod     5
        world  NOUN  compound 5
        record NOUN  dobj     1
        of     ADP   prep     5
        9.5m   NUM   pobj     6
        .      PUNCT punct    1
        """,
        "9.5m",
        "measure",
        "world record",
        "world record",
    ),
    (
        "bare-record-of-is-no-mark",
        "He set a record of 9.5m.",
        """
        He     PRON  nsubj  1
        set    VERB  ROOT   1
        a      DET   det    3
        record NOUN  dobj   1
        of     ADP   prep   3
        9.5m   NUM   pobj   4
        .      PUNCT punct  1
        """,
        "9.5m",
        "measure",
        None,
        None,
    ),
    (
        "object-worth-a-sum-in-a-clause",
        "The group will buy back bonds worth £2bn.",
        """
        The   DET   det      1
        group NOUN  nsubj    3
        will  AUX   aux      3
        buy   VERB  ROOT     3
        back  ADV   advmod   3
        bonds NOUN  dobj     3 O bond
        worth ADJ   advcl    3
        £     SYM   nmod     8
        2bn   NUM   npadvmod 6
        .     PUNCT punct    3
        """,
        "£2bn",
        "money",
        "bonds",
        "bond",
    ),
    (
        "object-apart-from-worth-is-none",
        "The council sold land last year worth £2m.",
        """
        The     DET   det      1
        council NOUN  nsubj    2
        sold    VERB  ROOT     2 O sell
        land    NOUN  dobj     2
        last    ADJ   amod     5
        year    NOUN  npadvmod 2
        worth   ADJ   advcl    2
        £       SYM   nmod     8
        2m      NUM   npadvmod 6
        .       PUNCT punct    2
        """,
        "£2m",
        "money",
        None,
        None,
    ),
    (
        "takings-beside-a-participle-set-off",
        "The sequel took $40m, making it the top film.",
        """
        The    DET   det    1
        sequel NOUN  nsubj  2
        took   VERB  ROOT   2 O take
        $      SYM   nmod   4
        40m    NUM   dobj   2
        ,      PUNCT punct  2
        making VERB  advcl  2 O make
        it     PRON  nsubj  10
        the    DET   det    10
        top    ADJ   amod   10
        film   NOUN  ccomp  6
        .      PUNCT punct  2
        """,
        "$40m",
        "money",
        "took",
        "taking",
    ),
    (
        "takings-beside-a-clause-a-conjunction-opens",
        "The sequel took $40m while the remake slipped.",
        """
        The    DET   det    1
        sequel NOUN  nsubj  2
        took   VERB  ROOT   2 O take
        $      SYM   nmod   4
        40m    NUM   dobj   2
        while  SCONJ mark   8
        the    DET   det    7
        remake NOUN  nsubj  8
        slipped VERB advcl  2 O slip
        .      PUNCT punct  2
        """,
        "$40m",
        "money",
        "took",
        "taking",
    ),
    (
        "a-sum-sued-for",
        "The band sued the label for $3m.",
        """
        The   DET   det    1
        band  NOUN  nsubj  2
        sued  VERB  ROOT   2 O sue
        the   DET   det    4
        label NOUN  dobj   2
        for   ADP   prep   2
        $     SYM   nmod   7
        3m    NUM   pobj   5
        .     PUNCT punct  2
        """,
        "$3m",
        "money",
        "sued",
        "claim",
    ),
    (
        "a-sum-fetched",
        "The painting fetched £2m.",
        """
        The      DET   det    1
        painting NOUN  nsubj  2
        fetched  VERB  ROOT   2 O fetch
        £        SYM   nmod   4
        2m       NUM   dobj   2
        .        PUNCT punct  2
        """,
        "£2m",
        "money",
        "fetched",
        "price",
    ),
    (
        "a-sum-pledged",
        "The donor pledged $1m.",
        """
        The     DET   det    1
        donor   NOUN  nsubj  2
        pledged VERB  ROOT   2 O pledge
        $       SYM   nmod   4
        1m      NUM   dobj   2
        .       PUNCT punct  2
        """,
        "$1m",
        "money",
        "pledged",
        "pledge",
    ),
    (
        "headline-in-a-figure-and-its-noun-phrase",
        "Corvel in $2bn Dublin listing",
        """
        Corvel  PROPN nsubj    5
        in      ADP   prep     0
        $       SYM   nmod     3
        2bn     ADJ   compound 4
        Dublin  PROPN pobj     1
        listing NOUN  ROOT     5
        """,
        "$2bn",
        "money",
        "listing",
        "listing",
    ),
    (
        "in-a-figure-mid-sentence-is-no-headline",
        "Corvel invested in $2bn Dublin bonds last year.",
        """
        Corvel   PROPN nsubj    1
        invested VERB  ROOT     1 O invest
        in       ADP   prep     1
        $        SYM   nmod     4
        2bn      ADJ   compound 5
        Dublin   PROPN pobj     2
        bonds    NOUN  npadvmod 1 O bond
        last     ADJ   amod     8
        year     NOUN  npadvmod 1
        .        PUNCT punct    1
        """,
        "$2bn",
        "money",
        None,
        None,
    ),
    (
        "a-level-a-measure-is-stuck-at",
        "The jobless rate has been stuck at 9%.",
        """
        The     DET   det       2
        jobless ADJ   amod      2
        rate    NOUN  nsubjpass 5
        has     AUX   aux       5
        been    AUX   auxpass   5 O be
        stuck   VERB  ROOT      5 O stick
        at      ADP   prep      5
        9       NUM   nummod    8
        %       NOUN  pobj      6
        .       PUNCT punct     5
        """,
        "9%",
        "percent",
        "jobless rate",
        "jobless rate",
    ),
    (
        "been-in-a-place-for-a-span",
        "Ms Hale had been in the choir for six years.",
        """
        Ms     PROPN compound 1
        Hale   PROPN nsubj    3
        had    AUX   aux      3
        been   AUX   ROOT     3 O be
        in     ADP   prep     3
        the    DET   det      6
        choir  NOUN  pobj     4
        for    ADP   prep     3
        six    NUM   nummod   9
        years  NOUN  pobj     7 O year
        .      PUNCT punct    3
        """,
        "six years",
        "duration",
        "in the choir",
        "choir",
    ),
    (
        "been-at-a-name-for-a-span-is-left-to-tenure",
        "Ms Hale had been at Corvel for six years.",
        """
        Ms     PROPN compound 1
        Hale   PROPN nsubj    3
        had    AUX   aux      3
        been   AUX   ROOT     3 O be
        at     ADP   prep     3
        Corvel PROPN pobj     4
        for    ADP   prep     3
        six    NUM   nummod   8
        years  NOUN  pobj     6 O year
        .      PUNCT punct    3
        """,
        "six years",
        "duration",
        None,
        None,
    ),
    (
        "an-act-allowed-a-span-within",
        "Claims must be answered within 30 days.",
        """
        Claims  NOUN  nsubjpass 3 O claim
        must    AUX   aux       3
        be      AUX   auxpass   3
        answered VERB ROOT      3 O answer
        within  ADP   prep      3
        30      NUM   nummod    6
        days    NOUN  pobj      4 O day
        .       PUNCT punct     3
        """,
        "within 30 days",
        "duration",
        "answered",
        "answer",
    ),
    (
        "within-before-its-verb-is-a-frame",
        "Within 30 days, the team moved.",
        """
        Within  ADP   prep     6
        30      NUM   nummod   2
        days    NOUN  pobj     0 O day
        ,       PUNCT punct    6
        the     DET   det      5
        team    NOUN  nsubj    6
        moved   VERB  ROOT     6 O move
        .       PUNCT punct    6
        """,
        "Within 30 days",
        "duration",
        None,
        None,
    ),
    (
        "a-level-a-measure-rallies-to",
        "The stock rallied to $45.",
        """
        The     DET   det    1
        stock   NOUN  nsubj  2
        rallied VERB  ROOT   2 O rally
        to      ADP   prep   2
        $       SYM   nmod   5
        45      NUM   pobj   3
        .       PUNCT punct  2
        """,
        "$45",
        "money",
        "stock",
        "stock",
    ),
    (
        "a-pronoun-that-rallies-is-no-concept",
        "It rallied to $45.",
        """
        It      PRON  nsubj  1
        rallied VERB  ROOT   1 O rally
        to      ADP   prep   1
        $       SYM   nmod   4
        45      NUM   pobj   2
        .       PUNCT punct  1
        """,
        "$45",
        "money",
        None,
        None,
    ),
    (
        "a-word-before-the-figure-misread-as-a-noun",
        "Inflation stayed at a punishing 12%.",
        """
        Inflation NOUN  nsubj    1
        stayed    VERB  ROOT     1 O stay
        at        ADP   prep     1
        a         DET   det      4
        punishing NOUN  pobj     2
        12        NUM   nummod   6
        %         NOUN  npadvmod 4
        .         PUNCT punct    1
        """,
        "12%",
        "percent",
        "Inflation",
        "inflation",
    ),
    (
        "a-noun-after-the-before-the-figure-is-no-modifier",
        "Inflation stayed at a level of the euro 12%.",
        """
        Inflation NOUN  nsubj    1
        stayed    VERB  ROOT     1 O stay
        at        ADP   prep     1
        a         DET   det      4
        level     NOUN  pobj     2
        of        ADP   prep     4
        the       DET   det      7
        euro      NOUN  pobj     5
        12        NUM   nummod   9
        %         NOUN  npadvmod 7
        .         PUNCT punct    1
        """,
        "12%",
        "percent",
        None,
        None,
    ),
    (
        "level-after-rate-on-word-of-direction",
        "The trade gap, up 12% at $40bn, was a record.",
        """
        The    DET   det      2
        trade  NOUN  compound 2
        gap    NOUN  nsubj    11
        ,      PUNCT punct    2
        up     ADV   advmod   2
        12     NUM   nummod   6
        %      NOUN  npadvmod 4
        at     ADP   prep     4
        $      SYM   nmod     9
        40bn   NUM   pobj     7
        ,      PUNCT punct    11
        was    AUX   ROOT     11 O be
        a      DET   det      13
        record NOUN  attr     11
        .      PUNCT punct    11
        """,
        "$40bn",
        "money",
        "trade gap",
        "trade gap",
    ),
    (
        "level-after-rate-of-a-pronoun-is-none",
        "It was up 4% at $12.",
        """
        It   PRON  nsubj    1
        was  AUX   ROOT     1 O be
        up   ADV   advmod   1
        4    NUM   nummod   4
        %    NOUN  npadvmod 2
        at   ADP   prep     2
        $    SYM   nmod     7
        12   NUM   pobj     5
        .    PUNCT punct    1
        """,
        "$12",
        "money",
        None,
        None,
    ),
    (
        "forecast-object-at-level",
        "Analysts are forecasting sales at $3bn.",
        """
        Analysts    NOUN  nsubj 2
        are         AUX   aux   2
        forecasting VERB  ROOT  2 O forecast
        sales       NOUN  dobj  2 O sale
        at          ADP   prep  2
        $           SYM   nmod  6
        3bn         NUM   pobj  4
        .           PUNCT punct 2
        """,
        "$3bn",
        "money",
        "sales",
        "sale",
    ),
    (
        "forecast-figure-as-object-is-none",
        "Analysts forecast $3bn for the year.",
        """
        Analysts NOUN  nsubj 1
        forecast VERB  ROOT  1 O forecast
        $        SYM   nmod  3
        3bn      NUM   dobj  1
        for      ADP   prep  1
        the      DET   det   6
        year     NOUN  pobj  4
        .        PUNCT punct 1
        """,
        "$3bn",
        "money",
        None,
        None,
    ),
    (
        "shot-up-is-a-verb-of-change",
        "Ticket sales shot up by 20%.",
        """
        Ticket NOUN  compound 1
        sales  NOUN  nsubj    2 O sale
        shot   VERB  ROOT     2 O shoot
        up     ADP   prt      2
        by     ADP   prep     2
        20     NUM   nummod   6
        %      NOUN  pobj     4
        .      PUNCT punct    2
        """,
        "20%",
        "percent",
        "Ticket sales",
        "ticket sale",
    ),
    (
        "shot-up-of-a-pronoun-is-none",
        "It shot up by 20%.",
        """
        It   PRON  nsubj  1
        shot VERB  ROOT   1 O shoot
        up   ADP   prt    1
        by   ADP   prep   1
        20   NUM   nummod 5
        %    NOUN  pobj   3
        .    PUNCT punct  1
        """,
        "20%",
        "percent",
        None,
        None,
    ),
    (
        "qualifier-verb-at-span-start-passes-to-its-object",
        "Sales doubled, exceeding $5m.",
        """
        Sales     NOUN  nsubj  1 O sale
        doubled   VERB  ROOT   1 O double
        ,         PUNCT punct  1
        exceeding VERB  advcl  1 O exceed
        $         SYM   nmod   5
        5m        NUM   dobj   3
        .         PUNCT punct  1
        """,
        "exceeding $5m",
        "money",
        "Sales",
        "sale",
    ),
    (
        "qualifier-verb-of-a-pronoun-is-none",
        "They say it doubled, exceeding $5m.",
        """
        They      PRON  nsubj  1
        say       VERB  ROOT   1
        it        PRON  nsubj  3
        doubled   VERB  ccomp  1 O double
        ,         PUNCT punct  3
        exceeding VERB  advcl  3 O exceed
        $         SYM   nmod   7
        5m        NUM   dobj   5
        .         PUNCT punct  1
        """,
        "exceeding $5m",
        "money",
        None,
        None,
    ),
    (
        "losses-deepened-to-a-level",
        "Its losses deepened to $3m.",
        """
        Its      PRON  poss   1
        losses   NOUN  nsubj  2 O loss
        deepened VERB  ROOT   2 O deepen
        to       ADP   prep   2
        $        SYM   nmod   5
        3m       NUM   pobj   3
        .        PUNCT punct  2
        """,
        "$3m",
        "money",
        "losses",
        "loss",
    ),
    (
        "deepened-of-a-pronoun-is-none",
        "It deepened to $3m.",
        """
        It       PRON  nsubj  1
        deepened VERB  ROOT   1 O deepen
        to       ADP   prep   1
        $        SYM   nmod   4
        3m       NUM   pobj   2
        .        PUNCT punct  1
        """,
        "$3m",
        "money",
        None,
        None,
    ),
    (
        "to-the-tune-of-names-the-verb",
        "Backers agreed to fund the studio to the tune of $2m.",
        """
        Backers NOUN  nsubj  1 O backer
        agreed  VERB  ROOT   1 O agree
        to      PART  aux    3
        fund    VERB  xcomp  1
        the     DET   det    5
        studio  NOUN  dobj   3
        to      ADP   prep   3
        the     DET   det    8
        tune    NOUN  pobj   6
        of      ADP   prep   8
        $       SYM   nmod   11
        2m      NUM   pobj   9
        .       PUNCT punct  1
        """,
        "to the tune of $2m",
        "money",
        "fund the studio",
        "fund studio",
    ),
    (
        "to-the-tune-of-a-song-is-no-sum-idiom-the-song-costs",
        "The band played to the tune of a song that cost $2m.",
        """
        The    DET   det    1
        band   NOUN  nsubj  2
        played VERB  ROOT   2 O play
        to     ADP   prep   2
        the    DET   det    5
        tune   NOUN  pobj   3
        of     ADP   prep   5
        a      DET   det    8
        song   NOUN  pobj   6
        that   PRON  nsubj  10
        cost   VERB  relcl  8
        $      SYM   nmod   12
        2m     NUM   dobj   10
        .      PUNCT punct  2
        """,
        "$2m",
        "money",
        "song",  # what cost the sum, not "played"
        "song",
    ),
]


@pytest.mark.parametrize(
    ("text", "table", "figure", "kind", "concept", "key"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_concept_nouns(text, table, figure, kind, concept, key) -> None:  # type: ignore[no-untyped-def]
    assert _concept(text, table, figure, kind) == (concept, key)
