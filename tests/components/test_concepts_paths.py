"""Second-round concept paths, on hand-built parses (``ConceptReader``): a
figure's "of" on a period, a sum's bare "in" noun, what a span of time is
spent on, a word of direction's own subject, a participle of spending, a
settlement "for" a sum, a change noun's compound, a currency written twice.
The sentences are the project's own; each rule has negatives beside it.
"""

from __future__ import annotations

import pytest
import spacy

from claimkit.components.concepts import ConceptReader
from claimkit.text.lexicon import load_lexicon
from tests.handmade import parse

_READER = ConceptReader(load_lexicon(None, "claims.json"))
_VOCAB = spacy.blank("en").vocab


def _concept(
    text: str, table: str, figure: str, kind: str
) -> tuple[str | None, str | None]:
    doc = parse(_VOCAB, text, table)
    for token in doc:  # the plural tags the tagger gives
        if token.pos_ == "NOUN" and token.lemma_ != token.lower_:
            token.tag_ = "NNS"
    start = text.index(figure)
    span = doc.char_span(start, start + len(figure))
    assert span is not None
    found = _READER.concept(span, kind, set())
    if found is None:
        return None, None
    if found["concept"] is not None:
        assert text[found["concept_start"] : found["concept_end"]] == found["concept"]
    return found["concept"], found["concept_key"]


# (id, text, parse, figure, kind, expected concept, expected key)
CASES = [
    (
        "of-on-a-period",
        "Halvor made a net loss for the six months to June of 4.2bn yen.",
        """
        Halvor  PROPN nsubj    1
        made    VERB  ROOT     1 O make
        a       DET   det      4
        net     ADJ   amod     4
        loss    NOUN  dobj     1
        for     ADP   prep     4
        the     DET   det      8
        six     NUM   nummod   8
        months  NOUN  pobj     5 O month
        to      ADP   prep     8
        June    PROPN pobj     9
        of      ADP   prep     10
        4.2bn   NUM   nummod   13
        yen     NOUN  pobj     11
        .       PUNCT punct    1
        """,
        "4.2bn yen",
        "money",
        "net loss",
        "net loss",
    ),
    (
        "of-on-a-year",
        "Despite a record profit in 2003 of £90m, Kessel cut jobs.",
        """
        Despite ADP   prep     11
        a       DET   det      3
        record  NOUN  compound 3
        profit  NOUN  pobj     0
        in      ADP   prep     3
        2003    NUM   pobj     4
        of      ADP   prep     5
        £       SYM   nmod     8
        90m     NUM   pobj     6
        ,       PUNCT punct    10
        Kessel  PROPN nsubj    11
        cut     VERB  ROOT     11
        jobs    NOUN  dobj     11 O job
        .       PUNCT punct    11
        """,
        "£90m",
        "money",
        "record profit",
        "record profit",
    ),
    (
        "of-on-a-period-a-verb-holds-no-noun",
        "Talks ended in May of 2004 with £3m paid.",
        """
        Talks   NOUN  nsubj    1 O talk
        ended   VERB  ROOT     1 O end
        in      ADP   prep     1
        May     PROPN pobj     2
        of      ADP   prep     3
        2004    NUM   pobj     4
        with    ADP   prep     1
        £       SYM   nmod     8
        3m      NUM   pobj     6
        paid    VERB  acl      8 O pay
        .       PUNCT punct    1
        """,
        "£3m",
        "money",
        None,
        None,
    ),
    (
        "bare-in-plural",
        "The charity received £12m in donations last year.",
        """
        The       DET   det      1
        charity   NOUN  nsubj    2
        received  VERB  ROOT     2 O receive
        £         SYM   nmod     4
        12m       NUM   dobj     2
        in        ADP   prep     2
        donations NOUN  pobj     5 O donation
        last      ADJ   amod     8
        year      NOUN  npadvmod 2
        .         PUNCT punct    2
        """,
        "£12m",
        "money",
        "donations",
        "donation",
    ),
    (
        "bare-in-modified",
        "Brenmoor owes $3bn in unpaid fees.",
        """
        Brenmoor PROPN nsubj    1
        owes     VERB  ROOT     1 O owe
        $        SYM   nmod     3
        3bn      NUM   dobj     1
        in       ADP   prep     1
        unpaid   ADJ   amod     6
        fees     NOUN  pobj     4 O fee
        .        PUNCT punct    1
        """,
        "$3bn",
        "money",
        "unpaid fees",
        "unpaid fee",
    ),
    (
        "bare-in-not-a-period",
        "Tolland paid £5m in the first half.",
        """
        Tolland PROPN nsubj    1
        paid    VERB  ROOT     1 O pay
        £       SYM   nmod     3
        5m      NUM   dobj     1
        in      ADP   prep     1
        the     DET   det      7
        first   ADJ   amod     7
        half    NOUN  pobj     4
        .       PUNCT punct    1
        """,
        "£5m",
        "money",
        None,
        None,
    ),
    (
        "bare-in-not-a-payment-form-but-raised",
        "Tolland raised £40m in cash.",
        """
        Tolland PROPN nsubj    1
        raised  VERB  ROOT     1 O raise
        £       SYM   nmod     3
        40m     NUM   dobj     1
        in      ADP   prep     1
        cash    NOUN  pobj     4
        .       PUNCT punct    1
        """,
        "£40m",
        "money",
        "raised",
        "raise",
    ),
    (
        "bare-in-not-an-idiom",
        "Tolland paid £3m in advance.",
        """
        Tolland PROPN nsubj    1
        paid    VERB  ROOT     1 O pay
        £       SYM   nmod     3
        3m      NUM   dobj     1
        in      ADP   prep     1
        advance NOUN  pobj     4
        .       PUNCT punct    1
        """,
        "£3m",
        "money",
        None,
        None,
    ),
    (
        "span-of-time-spent-on",
        "Ministers face three weeks of tough talks.",
        """
        Ministers NOUN  nsubj  1 O minister
        face      VERB  ROOT   1
        three     NUM   nummod 3
        weeks     NOUN  dobj   1 O week
        of        ADP   prep   3
        tough     ADJ   amod   6
        talks     NOUN  pobj   4 O talk
        .         PUNCT punct  1
        """,
        "three weeks",
        "duration",
        "tough talks",
        "tough talk",
    ),
    (
        "span-of-time-of-the-year",
        "Sales fell in the first three months of the year.",
        """
        Sales   NOUN  nsubj  1 O sale
        fell    VERB  ROOT   1 O fall
        in      ADP   prep   1
        the     DET   det    6
        first   ADJ   amod   6
        three   NUM   nummod 6
        months  NOUN  pobj   2 O month
        of      ADP   prep   6
        the     DET   det    9
        year    NOUN  pobj   7
        .       PUNCT punct  1
        """,
        "three months",
        "duration",
        None,
        None,
    ),
    (
        "direction-with-its-own-subject",
        "Tin prices rose 10%, with zinc up 4%.",
        """
        Tin     NOUN  compound 1
        prices  NOUN  nsubj    2 O price
        rose    VERB  ROOT     2 O rise
        10      NUM   nummod   4
        %       NOUN  npadvmod 2
        ,       PUNCT punct    2
        with    ADP   prep     2
        zinc    NOUN  nsubj    8
        up      ADV   pcomp    6
        4       NUM   nummod   10
        %       NOUN  npadvmod 8
        .       PUNCT punct    2
        """,
        "4%",
        "percent",
        "zinc",
        "zinc",
    ),
    (
        "direction-with-a-pronoun",
        "Tin prices rose 10%, with it up 4%.",
        """
        Tin     NOUN  compound 1
        prices  NOUN  nsubj    2 O price
        rose    VERB  ROOT     2 O rise
        10      NUM   nummod   4
        %       NOUN  npadvmod 2
        ,       PUNCT punct    2
        with    ADP   prep     2
        it      PRON  nsubj    8
        up      ADV   pcomp    6
        4       NUM   nummod   10
        %       NOUN  npadvmod 8
        .       PUNCT punct    2
        """,
        "4%",
        "percent",
        None,
        None,
    ),
    (
        "participle-of-spending",
        "Millions of dollars spent on new roads were wasted.",
        """
        Millions NOUN  nsubjpass 7 O million
        of       ADP   prep      0
        dollars  NOUN  pobj      1 O dollar
        spent    VERB  acl       2 O spend
        on       ADP   prep      3
        new      ADJ   amod      6
        roads    NOUN  pobj      4 O road
        were     AUX   auxpass   7 O be
        wasted   VERB  ROOT      7 O waste
        .        PUNCT punct     7
        """,
        "Millions of dollars",
        "money",
        "new roads",
        "new road",
    ),
    (
        "participle-not-of-spending",
        "Millions of dollars given to new roads were wasted.",
        """
        Millions NOUN  nsubjpass 7 O million
        of       ADP   prep      0
        dollars  NOUN  pobj      1 O dollar
        given    VERB  acl       2 O give
        to       ADP   prep      3
        new      ADJ   amod      6
        roads    NOUN  pobj      4 O road
        were     AUX   auxpass   7 O be
        wasted   VERB  ROOT      7 O waste
        .        PUNCT punct     7
        """,
        "Millions of dollars",
        "money",
        None,
        None,
    ),
    (
        "settled-for",
        "The bank settled for $2m.",
        """
        The     DET   det    1
        bank    NOUN  nsubj  2
        settled VERB  ROOT   2 O settle
        for     ADP   prep   2
        $       SYM   nmod   5
        2m      NUM   pobj   3
        .       PUNCT punct  2
        """,
        "$2m",
        "money",
        "settled",
        "settlement",
    ),
    (
        "waited-for-is-no-act",
        "The bank waited for $2m.",
        """
        The     DET   det    1
        bank    NOUN  nsubj  2
        waited  VERB  ROOT   2 O wait
        for     ADP   prep   2
        $       SYM   nmod   5
        2m      NUM   pobj   3
        .       PUNCT punct  2
        """,
        "$2m",
        "money",
        None,
        None,
    ),
    (
        "worth-as-a-predicate",
        "The plan offers fuel duty cuts worth £2bn.",
        """
        The     DET   det      1
        plan    NOUN  nsubj    2
        offers  VERB  ROOT     2 O offer
        fuel    NOUN  compound 4
        duty    NOUN  compound 5
        cuts    NOUN  dobj     2 O cut
        worth   ADJ   oprd     2
        £       SYM   nmod     8
        2bn     NUM   npadvmod 6
        .       PUNCT punct    2
        """,
        "£2bn",
        "money",
        "fuel duty",
        "fuel duty",
    ),
    (
        "change-noun-compound",
        "Shoppers face a 3% price rise.",
        """
        Shoppers NOUN  nsubj    1 O shopper
        face     VERB  ROOT     1
        a        DET   det      6
        3        NUM   nummod   4
        %        NOUN  nmod     6
        price    NOUN  compound 6
        rise     NOUN  dobj     1
        .        PUNCT punct    1
        """,
        "3%",
        "percent",
        "price",
        "price",
    ),
    (
        "change-noun-period-adjective",
        "Shoppers saw a 3% quarterly rise.",
        """
        Shoppers  NOUN  nsubj  1 O shopper
        saw       VERB  ROOT   1 O see
        a         DET   det    6
        3         NUM   nummod 4
        %         NOUN  nmod   6
        quarterly ADJ   amod   6
        rise      NOUN  dobj   1
        .         PUNCT punct  1
        """,
        "3%",
        "percent",
        None,
        None,
    ),
    (
        "currency-written-twice",
        "The deal saves Norland £3bn pounds a year.",
        """
        The     DET   det      1
        deal    NOUN  nsubj    2
        saves   VERB  ROOT     2 O save
        Norland PROPN dative   2
        £       SYM   nmod     5
        3bn     NUM   nummod   6
        pounds  NOUN  dobj     2 O pound
        a       DET   det      8
        year    NOUN  npadvmod 6
        .       PUNCT punct    2
        """,
        "£3bn",
        "money",
        None,
        None,
    ),
    (
        "apposition-between-dashes",
        "Orvik's annual ticket revenues - £60m - fell short.",
        """
        Orvik    PROPN poss     4
        's       PART  case     0
        annual   ADJ   amod     4
        ticket   NOUN  compound 4
        revenues NOUN  nsubj    9 O revenue
        -        PUNCT punct    4
        £        SYM   nmod     7
        60m      NUM   appos    4
        -        PUNCT punct    4
        fell     VERB  ROOT     9 O fall
        short    ADV   advmod   9
        .        PUNCT punct    9
        """,
        "£60m",
        "money",
        "annual ticket revenues",
        "ticket revenue",
    ),
    (
        "apposition-to-a-figure-is-a-conversion",
        "Revenue topped $86m (£46m).",
        """
        Revenue NOUN  nsubj  1
        topped  VERB  ROOT   1 O top
        $       SYM   nmod   3
        86m     NUM   dobj   1
        (       PUNCT punct  3
        £       SYM   nmod   6
        46m     NUM   appos  3
        )       PUNCT punct  3
        .       PUNCT punct  1
        """,
        "£46m",
        "money",
        None,
        None,
    ),
    (
        "apposition-to-a-record-goes-on",
        "Coal exports rose to a record $9bn.",
        """
        Coal    NOUN  compound 1
        exports NOUN  nsubj    2 O export
        rose    VERB  ROOT     2 O rise
        to      ADP   prep     2
        a       DET   det      5
        record  NOUN  pobj     3
        $       SYM   nmod     7
        9bn     NUM   appos    5
        .       PUNCT punct    2
        """,
        "$9bn",
        "money",
        "Coal exports",
        "coal export",
    ),
    (
        "a-high-of-goes-on",
        "The deficit hit a high of $40bn.",
        """
        The     DET   det      1
        deficit NOUN  nsubj    2
        hit     VERB  ROOT     2
        a       DET   det      4
        high    NOUN  dobj     2
        of      ADP   prep     4
        $       SYM   nmod     7
        40bn    NUM   pobj     5
        .       PUNCT punct    2
        """,
        "$40bn",
        "money",
        "deficit",
        "deficit",
    ),
    (
        "valued-at",
        "Bankers valued the shipping arm at £300m.",
        """
        Bankers  NOUN  nsubj    1 O banker
        valued   VERB  ROOT     1 O value
        the      DET   det      4
        shipping NOUN  compound 4
        arm      NOUN  dobj     1
        at       ADP   prep     1
        £        SYM   nmod     7
        300m     NUM   pobj     5
        .        PUNCT punct    1
        """,
        "£300m",
        "money",
        "shipping arm",
        "shipping arm",
    ),
    (
        "valued-at-on-a-noun",
        "Orvik signed a deal valued at $4bn.",
        """
        Orvik   PROPN nsubj  1
        signed  VERB  ROOT   1 O sign
        a       DET   det    3
        deal    NOUN  dobj   1
        valued  VERB  acl    3 O value
        at      ADP   prep   4
        $       SYM   nmod   7
        4bn     NUM   pobj   5
        .       PUNCT punct  1
        """,
        "$4bn",
        "money",
        "deal",
        "deal",
    ),
    (
        "valued-at-a-name-is-none",
        "Orvik is valued at $4bn.",
        """
        Orvik   PROPN nsubjpass 2
        is      AUX   auxpass   2 O be
        valued  VERB  ROOT      2 O value
        at      ADP   prep      2
        $       SYM   nmod      5
        4bn     NUM   pobj      3
        .       PUNCT punct     2
        """,
        "$4bn",
        "money",
        None,
        None,
    ),
    (
        "bracketed-conversion-of-a-currency-noun",
        "Vello paid 70m euros ($91m).",
        """
        Vello   PROPN nsubj    1
        paid    VERB  ROOT     1 O pay
        70m     NUM   nummod   3
        euros   NOUN  dobj     1 O euro
        (       PUNCT punct    3
        $       SYM   nmod     6
        91m     NUM   appos    3
        )       PUNCT punct    3
        .       PUNCT punct    1
        """,
        "$91m",
        "money",
        None,
        None,
    ),
    (
        "agent-by",
        "The economy had grown by an average of 3%.",
        """
        The     DET   det    1
        economy NOUN  nsubj  3
        had     AUX   aux    3 O have
        grown   VERB  ROOT   3 O grow
        by      ADP   agent  3
        an      DET   det    6
        average NOUN  pobj   4
        of      ADP   prep   6
        3       NUM   nummod 9
        %       NOUN  pobj   7
        .       PUNCT punct  3
        """,
        "3%",
        "percent",
        "economy",
        "economy",
    ),
    (
        "a-change-of-the-figure-itself",
        "The sector saw a sales increase of 6%.",
        """
        The      DET   det      1
        sector   NOUN  nsubj    2
        saw      VERB  ROOT     2 O see
        a        DET   det      5
        sales    NOUN  compound 5 O sale
        increase NOUN  dobj     2
        of       ADP   prep     5
        6        NUM   nummod   8
        %        NOUN  pobj     6
        .        PUNCT punct    2
        """,
        "6%",
        "percent",
        "sales",
        "sale",
    ),
    (
        "a-change-a-measure-shows",
        "Its profits, which showed a 5% rise beat forecasts.",
        """
        Its       PRON  poss   1
        profits   NOUN  nsubj  9 O profit
        ,         PUNCT punct  1
        which     PRON  nsubj  4
        showed    VERB  relcl  1 O show
        a         DET   det    8
        5         NUM   nummod 7
        %         NOUN  nmod   8
        rise      NOUN  dobj   4
        beat      VERB  ROOT   9
        forecasts NOUN  dobj   9 O forecast
        .         PUNCT punct  9
        """,
        "5%",
        "percent",
        "profits",
        "profit",
    ),
    (
        "a-change-analysts-forecast",
        "Analysts forecast a 3% rise.",
        """
        Analysts NOUN  nsubj  1 O analyst
        forecast VERB  ROOT   1
        a        DET   det    5
        3        NUM   nummod 4
        %        NOUN  nmod   5
        rise     NOUN  dobj   1
        .        PUNCT punct  1
        """,
        "3%",
        "percent",
        None,
        None,
    ),
    (
        "a-total-earmarked-for",
        "A total of £5m is earmarked for rural roads.",
        """
        A         DET   det       1
        total     NOUN  nsubjpass 6
        of        ADP   prep      1
        £         SYM   nmod      4
        5m        NUM   pobj      2
        is        AUX   auxpass   6 O be
        earmarked VERB  ROOT      6 O earmark
        for       ADP   prep      6
        rural     ADJ   amod      9
        roads     NOUN  pobj      7 O road
        .         PUNCT punct     6
        """,
        "£5m",
        "money",
        "rural roads",
        "rural road",
    ),
    (
        "apposition-without-a-mark-is-a-misparse",
        "The plan saves the poorest countries $3bn.",
        """
        The       DET   det    1
        plan      NOUN  nsubj  2
        saves     VERB  ROOT   2 O save
        the       DET   det    5
        poorest   ADJ   amod   5 O poor
        countries NOUN  dobj   2 O country
        $         SYM   nmod   7
        3bn       NUM   appos  5
        .         PUNCT punct  2
        """,
        "$3bn",
        "money",
        None,
        None,
    ),
    (
        "apposition-after-a-word-of-direction",
        "Exports rose, with tourism up 2%.",
        """
        Exports NOUN  nsubj    1 O export
        rose    VERB  ROOT     1 O rise
        ,       PUNCT punct    1
        with    ADP   prep     1
        tourism NOUN  pobj     3
        up      ADP   prt      4
        2       NUM   nummod   7
        %       NOUN  appos    4
        .       PUNCT punct    1
        """,
        "2%",
        "percent",
        "tourism",
        "tourism",
    ),
    (
        "half-of-is-no-place-holder",
        "The bid was less than half of the $20bn it is worth.",
        """
        The   DET   det    1
        bid   NOUN  nsubj  2
        was   AUX   ROOT   2 O be
        less  ADJ   acomp  2
        than  ADP   prep   3
        half  NOUN  pobj   4
        of    ADP   prep   5
        the   DET   det    9
        $     SYM   nmod   9
        20bn  NUM   pobj   6
        it    PRON  nsubj  11
        is    AUX   relcl  9 O be
        worth ADJ   acomp  11
        .     PUNCT punct  2
        """,
        "$20bn",
        "money",
        None,
        None,
    ),
    (
        "an-aim-to-slash-is-no-measure",
        "Its aim to slash $5bn from costs failed.",
        """
        Its    PRON  poss  1
        aim    NOUN  nsubj 8
        to     PART  aux   3
        slash  VERB  acl   1
        $      SYM   nmod  5
        5bn    NUM   dobj  3
        from   ADP   prep  3
        costs  NOUN  pobj  6 O cost
        failed VERB  ROOT  8 O fail
        .      PUNCT punct 8
        """,
        "$5bn",
        "money",
        None,
        None,
    ),
    (
        "bare-in-a-singular-compound-is-a-setting",
        "Tolland will pay $14m in gun suit.",
        """
        Tolland PROPN nsubj    2
        will    AUX   aux      2
        pay     VERB  ROOT     2
        $       SYM   nmod     4
        14m     NUM   dobj     2
        in      ADP   prep     2
        gun     NOUN  compound 7
        suit    NOUN  pobj     5
        .       PUNCT punct    2
        """,
        "$14m",
        "money",
        None,
        None,
    ),
    (
        "years-of-age",
        "Few reach 65 years of age.",
        """
        Few    ADJ   nsubj  1
        reach  VERB  ROOT   1
        65     NUM   nummod 3
        years  NOUN  dobj   1 O year
        of     ADP   prep   3
        age    NOUN  pobj   4
        .      PUNCT punct  1
        """,
        "65 years",
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
def test_concept_paths(
    text: str,
    table: str,
    figure: str,
    kind: str,
    concept: str | None,
    key: str | None,
) -> None:
    assert _concept(text, table, figure, kind) == (concept, key)
