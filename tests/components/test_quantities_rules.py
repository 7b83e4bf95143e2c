"""Rule tests of ck_quantities on hand-built Docs: no trained model.

Each Doc states its tokens, parse, lemmas and entities (``tests/handmade.py``),
so a rule is checked apart from what a statistical model predicts. The
component reads ``pos_``, ``tag_``, ``lemma_``, ``dep_``, heads and entities:
tags come from the POS, and a noun whose lemma differs from its word is tagged
plural (``NNS``), as spaCy's attribute ruler would.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from claimkit.components.quantities import QuantityFinder
from tests.handmade import parse_plurals as _doc
from tests.handmade import quantities_of as _found


@pytest.fixture(scope="module")
def finder() -> QuantityFinder:
    return QuantityFinder("ck_quantities")


def _one(finder: QuantityFinder, doc: Doc) -> dict[str, Any]:
    (record,) = _found(finder, doc)
    assert doc.text[record["start"] : record["end"]] == record["text"]
    return record


# -- money -----------------------------------------------------------------


def test_quantities_money_symbol_and_magnitude(blank_nlp, finder) -> None:
    doc = _doc(
        blank_nlp,
        "Profits hit $3.2bn last year.",
        """
        Profits NOUN nsubj    1 O       profit
        hit     VERB ROOT     1 O       hit
        $       SYM  nmod     3 B-MONEY
        3.2bn   NUM  dobj     1 I-MONEY
        last    ADJ  amod     5 B-DATE
        year    NOUN npadvmod 1 I-DATE
        .       PUNCT punct   1
        """,
    )
    record = _one(finder, doc)
    assert record["text"] == "$3.2bn"
    assert record["quantity"] == {
        "kind": "money",
        "value": pytest.approx(3.2e9),
        "low": None,
        "high": None,
        "unit": "USD",
        "unit_text": "$",
        "qualifier": "exact",
        "change": None,
        "per": None,
        "currency_basis": "default",
    }


def test_quantities_money_currency_word_after_number(blank_nlp, finder) -> None:
    doc = _doc(
        blank_nlp,
        "She sold it for four thousand pounds.",
        """
        She      PRON nsubj    1
        sold     VERB ROOT     1 O sell
        it       PRON dobj     1
        for      ADP  prep     1
        four     NUM  compound 5 B-MONEY
        thousand NUM  nummod   6 I-MONEY
        pounds   NOUN pobj     3 I-MONEY pound
        .        PUNCT punct   1
        """,
    )
    quantity = _one(finder, doc)["quantity"]
    assert (quantity["kind"], quantity["value"], quantity["unit"]) == (
        "money",
        4000.0,
        "GBP",
    )


def _worth(nlp: Language, bound: str) -> Doc:
    """ "The deal is worth <bound> $40 million." with the bound words as advmods."""
    words = bound.split()
    million = 4 + len(words) + 2
    rows = ["The DET det 1", "deal NOUN nsubj 2", "is AUX ROOT 2 O be"]
    rows += ["worth ADJ acomp 2"]
    rows += [f"{word} ADV advmod {million}" for word in words]
    rows += [f"$ SYM nmod {million}", f"40 NUM compound {million}"]
    rows += ["million NUM pobj 3", ". PUNCT punct 2"]
    return _doc(nlp, f"The deal is worth {bound} $40 million.", "\n".join(rows))


@pytest.mark.parametrize(
    ("bound", "qualifier", "low", "high"),
    [
        ("nearly", "approx", None, 4e7),
        ("about", "approx", None, None),
        ("more than", "more_than", 4e7, None),
        ("at least", "at_least", 4e7, None),
        ("up to", "at_most", None, 4e7),
        ("less than", "less_than", None, 4e7),
    ],
)
def test_quantities_money_bound_words_set_qualifier_and_interval(
    blank_nlp, finder, bound: str, qualifier: str, low: Any, high: Any
) -> None:
    record = _one(finder, _worth(blank_nlp, bound))
    assert record["text"] == f"{bound} $40 million"
    quantity = record["quantity"]
    assert quantity["value"] == pytest.approx(4e7)
    assert quantity["qualifier"] == qualifier
    assert (quantity["low"], quantity["high"]) == (low, high)


def test_quantities_money_without_bound_words_is_exact(blank_nlp, finder) -> None:
    doc = _doc(
        blank_nlp,
        "The deal is worth $40 million.",
        """
        The     DET  det      1
        deal    NOUN nsubj    2
        is      AUX  ROOT     2 O be
        worth   ADJ  acomp    2
        $       SYM  nmod     6
        40      NUM  compound 6
        million NUM  pobj     3
        .       PUNCT punct   2
        """,
    )
    record = _one(finder, doc)
    assert record["text"] == "$40 million"
    assert record["quantity"]["qualifier"] == "exact"
    assert (record["quantity"]["low"], record["quantity"]["high"]) == (None, None)


def test_quantities_money_bound_after_or_more(blank_nlp, finder) -> None:
    doc = _doc(
        blank_nlp,
        "Fines of $5 million or more apply.",
        """
        Fines   NOUN nsubj    7 O fine
        of      ADP  prep     0
        $       SYM  nmod     4
        5       NUM  compound 4
        million NUM  pobj     1
        or      CCONJ cc      4
        more    ADJ  conj     4
        apply   VERB ROOT     7
        .       PUNCT punct   7
        """,
    )
    record = _one(finder, doc)
    assert record["text"] == "$5 million or more"
    assert record["quantity"]["qualifier"] == "at_least"
    assert record["quantity"]["low"] == pytest.approx(5e6)


# -- ranges ----------------------------------------------------------------


def test_quantities_range_between_and(blank_nlp, finder) -> None:
    doc = _doc(
        blank_nlp,
        "Growth will be between 5% and 7% this year.",
        """
        Growth  NOUN nsubj  2
        will    AUX  aux    2
        be      AUX  ROOT   2
        between ADP  prep   2
        5       NUM  nummod 5 B-PERCENT
        %       NOUN pobj   3 I-PERCENT
        and     CCONJ cc    5 I-PERCENT
        7       NUM  nummod 8 I-PERCENT
        %       NOUN conj   5 I-PERCENT
        this    DET  det    10 B-DATE
        year    NOUN npadvmod 2 I-DATE
        .       PUNCT punct 2
        """,
    )
    record = _one(finder, doc)
    assert record["text"] == "between 5% and 7%"
    quantity = record["quantity"]
    assert (quantity["kind"], quantity["unit"]) == ("percent", "%")
    assert quantity["qualifier"] == "range"
    assert (quantity["value"], quantity["low"], quantity["high"]) == (None, 5.0, 7.0)


def test_quantities_range_to_shares_the_unit_of_its_end(blank_nlp, finder) -> None:
    doc = _doc(
        blank_nlp,
        "Prices may climb 10 to 12 per cent.",
        """
        Prices NOUN nsubj  2 O price
        may    AUX  aux    2
        climb  VERB ROOT   2
        10     NUM  quantmod 5
        to     PART quantmod 5
        12     NUM  nummod   7
        per    NOUN compound 7
        cent   NOUN dobj     2
        .      PUNCT punct   2
        """,
    )
    record = _one(finder, doc)
    assert record["text"] == "10 to 12 per cent"
    quantity = record["quantity"]
    assert (quantity["kind"], quantity["qualifier"]) == ("percent", "range")
    assert (quantity["low"], quantity["high"]) == (10.0, 12.0)
    assert quantity["change"] == "up"


def test_quantities_ranged_from_to_is_one_range(blank_nlp, finder) -> None:
    doc = _doc(
        blank_nlp,
        "Bids ranged from $2 million to $3 million.",
        """
        Bids    NOUN nsubj    1 O bid
        ranged  VERB ROOT     1 O range
        from    ADP  prep     1
        $       SYM  nmod     5
        2       NUM  compound 5
        million NUM  pobj     2
        to      ADP  prep     1
        $       SYM  nmod     9
        3       NUM  compound 9
        million NUM  pobj     6
        .       PUNCT punct   1
        """,
    )
    record = _one(finder, doc)
    assert record["text"] == "from $2 million to $3 million"
    quantity = record["quantity"]
    assert (quantity["kind"], quantity["qualifier"]) == ("money", "range")
    assert (quantity["low"], quantity["high"]) == (2e6, 3e6)
    assert quantity["change"] is None


def test_quantities_rise_from_to_is_one_rise(blank_nlp, finder) -> None:
    doc = _doc(
        blank_nlp,
        "Revenue rose from $5bn to $7bn.",
        """
        Revenue NOUN nsubj 1
        rose    VERB ROOT  1 O rise
        from    ADP  prep  1
        $       SYM  nmod  4
        5bn     NUM  pobj  2
        to      ADP  prep  1
        $       SYM  nmod  7
        7bn     NUM  pobj  5
        .       PUNCT punct 1
        """,
    )
    record = _one(finder, doc)
    assert record["text"] == "from $5bn to $7bn"
    quantity = record["quantity"]
    # One rise: the level reached, the level it rose from, the direction.
    assert (quantity["value"], quantity["previous"]) == (7e9, 5e9)
    assert (quantity["qualifier"], quantity["change"]) == ("exact", "up")


def _accounts(nlp: Language, low: str, high: str) -> Doc:
    """ "The <low>-<high> accounts were late." """
    return _doc(
        nlp,
        f"The {low}-{high} accounts were late.",
        f"""
        The      DET  det    4
        {low}    NUM  nummod 4
        -        SYM  punct  4
        {high}   NUM  nummod 4
        accounts NOUN nsubj  5 O account
        were     AUX  ROOT   5 O be
        late     ADJ  acomp  5
        .        PUNCT punct 5
        """,
    )


def test_quantities_year_span_is_not_a_range(blank_nlp, finder) -> None:
    assert _found(finder, _accounts(blank_nlp, "2019", "2020")) == []
    record = _one(finder, _accounts(blank_nlp, "20", "30"))
    assert record["text"] == "20-30 accounts"
    assert (record["quantity"]["low"], record["quantity"]["high"]) == (20.0, 30.0)


# -- changes ---------------------------------------------------------------


def test_quantities_change_fell_by_is_down(blank_nlp, finder) -> None:
    doc = _doc(
        blank_nlp,
        "Sales fell by 5% in March.",
        """
        Sales NOUN nsubj  1 O sale
        fell  VERB ROOT   1 O fall
        by    ADP  prep   1
        5     NUM  nummod 4 B-PERCENT
        %     NOUN pobj   2 I-PERCENT
        in    ADP  prep   1
        March PROPN pobj  5 B-DATE
        .     PUNCT punct 1
        """,
    )
    record = _one(finder, doc)
    assert record["text"] == "5%"
    assert record["quantity"]["change"] == "down"


def test_quantities_change_rose_is_up(blank_nlp, finder) -> None:
    doc = _doc(
        blank_nlp,
        "Exports rose 12%.",
        """
        Exports NOUN nsubj  1 O export
        rose    VERB ROOT   1 O rise
        12      NUM  nummod 3
        %       NOUN dobj   1
        .       PUNCT punct 1
        """,
    )
    assert _one(finder, doc)["quantity"]["change"] == "up"


@pytest.mark.parametrize(("adverb", "change"), [("up", "up"), ("down", "down")])
def test_quantities_change_from_adverb_before_number(
    blank_nlp, finder, adverb: str, change: str
) -> None:
    doc = _doc(
        blank_nlp,
        f"Shares closed {adverb} 3%.",
        f"""
        Shares NOUN nsubj  1 O share
        closed VERB ROOT   1 O close
        {adverb} ADV advmod 4
        3      NUM  nummod 4
        %      NOUN npadvmod 1
        .      PUNCT punct 1
        """,
    )
    assert _one(finder, doc)["quantity"]["change"] == change


def test_quantities_no_change_without_a_change_word(blank_nlp, finder) -> None:
    doc = _doc(
        blank_nlp,
        "The tax is 5%.",
        """
        The DET  det    1
        tax NOUN nsubj  2
        is  AUX  ROOT   2 O be
        5   NUM  nummod 4
        %   NOUN attr   2
        .   PUNCT punct 2
        """,
    )
    record = _one(finder, doc)
    assert record["quantity"]["change"] is None
    assert (record["quantity"]["kind"], record["quantity"]["value"]) == ("percent", 5.0)


# -- percents --------------------------------------------------------------


def test_quantities_percentage_points_are_pp(blank_nlp, finder) -> None:
    doc = _doc(
        blank_nlp,
        "Rates were cut by 0.25 percentage points.",
        """
        Rates      NOUN nsubjpass 2 O rate
        were       AUX  auxpass   2 O be
        cut        VERB ROOT      2
        by         ADP  agent     2
        0.25       NUM  nummod    6
        percentage NOUN compound  6
        points     NOUN pobj      3 O point
        .          PUNCT punct    2
        """,
    )
    record = _one(finder, doc)
    assert record["text"] == "0.25 percentage points"
    quantity = record["quantity"]
    assert (quantity["kind"], quantity["value"], quantity["unit"]) == (
        "percent",
        0.25,
        "pp",
    )
    assert quantity["change"] == "down"


# -- counts ----------------------------------------------------------------


def test_quantities_count_takes_the_noun_the_number_modifies(blank_nlp, finder) -> None:
    doc = _doc(
        blank_nlp,
        "The lab used just over 2,000 Nvidia H800 chips.",
        """
        The    DET   det      1
        lab    NOUN  nsubj    2
        used   VERB  ROOT     2 O use
        just   ADV   advmod   4
        over   ADP   quantmod 5
        2,000  NUM   nummod   8
        Nvidia PROPN compound 7 B-ORG
        H800   PROPN compound 8
        chips  NOUN  dobj     2 O chip
        .      PUNCT punct    2
        """,
    )
    record = _one(finder, doc)
    assert record["text"] == "just over 2,000 Nvidia H800 chips"
    quantity = record["quantity"]
    assert (quantity["kind"], quantity["value"], quantity["unit"]) == (
        "count",
        2000.0,
        "chip",
    )
    assert quantity["unit_text"] == "Nvidia H800 chips"
    assert (quantity["qualifier"], quantity["low"]) == ("more_than", 2000.0)


def test_quantities_count_in_words(blank_nlp, finder) -> None:
    doc = _doc(
        blank_nlp,
        "Police arrested twelve protesters.",
        """
        Police     NOUN nsubj  1
        arrested   VERB ROOT   1 O arrest
        twelve     NUM  nummod 3 B-CARDINAL
        protesters NOUN dobj   1 O protester
        .          PUNCT punct 1
        """,
    )
    record = _one(finder, doc)
    assert record["text"] == "twelve protesters"
    assert (record["quantity"]["value"], record["quantity"]["unit"]) == (
        12.0,
        "protester",
    )


def test_quantities_count_shared_by_coordinated_bare_number(blank_nlp, finder) -> None:
    doc = _doc(
        blank_nlp,
        "The clinics treated 45 and 60 patients.",
        """
        The      DET  det    1
        clinics  NOUN nsubj  2 O clinic
        treated  VERB ROOT   2 O treat
        45       NUM  nummod 6
        and      CCONJ cc    3
        60       NUM  conj   3
        patients NOUN dobj   2 O patient
        .        PUNCT punct 2
        """,
    )
    found = _found(finder, doc)
    assert [r["text"] for r in found] == ["45", "60 patients"]
    assert [r["quantity"]["unit"] for r in found] == ["patient", "patient"]
    assert [r["quantity"]["value"] for r in found] == [45.0, 60.0]


def test_quantities_count_needs_a_plural_noun(blank_nlp, finder) -> None:
    # "the 787 Dreamliner plane": a model number before a singular noun.
    doc = _doc(
        blank_nlp,
        "They flew the 787 Dreamliner plane.",
        """
        They       PRON  nsubj    1
        flew       VERB  ROOT     1 O fly
        the        DET   det      5
        787        NUM   nummod   5
        Dreamliner PROPN compound 5
        plane      NOUN  dobj     1
        .          PUNCT punct    1
        """,
    )
    assert _found(finder, doc) == []


@pytest.mark.parametrize(
    ("text", "table"),
    [
        (
            "Windows 11 users complained.",
            """
            Windows    PROPN compound 2
            11         NUM   nummod   2
            users      NOUN  nsubj    3 O user
            complained VERB  ROOT     3 O complain
            .          PUNCT punct    3
            """,
        ),
        (
            "It took three years.",
            """
            It    PRON nsubj  1
            took  VERB ROOT   1 O take
            three NUM  nummod 3
            years NOUN dobj   1 O year
            .     PUNCT punct 1
            """,
        ),
        (
            "Only one other firm bid.",
            """
            Only  ADV  advmod 1
            one   NUM  nummod 3
            other ADJ  amod   3
            firm  NOUN nsubj  4
            bid   VERB ROOT   4
            .     PUNCT punct 4
            """,
        ),
        (
            "The 5-star hotels filled up.",
            """
            The    DET  det   2
            5-star ADJ  amod  2
            hotels NOUN nsubj 3 O hotel
            filled VERB ROOT  3 O fill
            up     ADP  prt   3
            .      PUNCT punct 3
            """,
        ),
    ],
    ids=["name-before-number", "duration", "not-counted-word", "glued-compound"],
)
def test_quantities_count_not_read(blank_nlp, finder, text: str, table: str) -> None:
    found = _found(finder, _doc(blank_nlp, text, table))
    # "three years" is a duration since issue 15, never a count of years.
    assert [f["quantity"]["kind"] for f in found] in ([], ["duration"])


# -- measures --------------------------------------------------------------


def test_quantities_measure_with_unit_symbol(blank_nlp, finder) -> None:
    doc = _doc(
        blank_nlp,
        "The tunnel is 3 km long.",
        """
        The    DET  det      1
        tunnel NOUN nsubj    2
        is     AUX  ROOT     2 O be
        3      NUM  nummod   4
        km     NOUN npadvmod 5
        long   ADJ  acomp    2
        .      PUNCT punct   2
        """,
    )
    record = _one(finder, doc)
    assert record["text"] == "3 km"
    assert (record["quantity"]["kind"], record["quantity"]["unit"]) == (
        "measure",
        "km",
    )


def test_quantities_measure_with_unit_word(blank_nlp, finder) -> None:
    doc = _doc(
        blank_nlp,
        "The mill made 3,000 tonnes of steel.",
        """
        The    DET  det    1
        mill   NOUN nsubj  2
        made   VERB ROOT   2 O make
        3,000  NUM  nummod 4
        tonnes NOUN dobj   2 O tonne
        of     ADP  prep   4
        steel  NOUN pobj   5
        .      PUNCT punct 2
        """,
    )
    record = _one(finder, doc)
    assert record["text"] == "3,000 tonnes"
    quantity = record["quantity"]
    assert (quantity["kind"], quantity["value"], quantity["unit"]) == (
        "measure",
        3000.0,
        "t",
    )


# -- what is not a quantity --------------------------------------------------


def _results(nlp: Language, number: str, ent: str = "O") -> Doc:
    """ "The <number> results disappointed." with the number as a nummod."""
    return _doc(
        nlp,
        f"The {number} results disappointed.",
        f"""
        The          DET  det    2
        {number}     NUM  nummod 2 {ent}
        results      NOUN nsubj  3 O result
        disappointed VERB ROOT   3 O disappoint
        .            PUNCT punct 3
        """,
    )


def test_quantities_year_before_plural_noun_is_not_a_count(blank_nlp, finder) -> None:
    assert _found(finder, _results(blank_nlp, "2019", "B-DATE")) == []
    assert _found(finder, _results(blank_nlp, "2019")) == []


def test_quantities_number_before_plural_noun_is_a_count(blank_nlp, finder) -> None:
    record = _one(finder, _results(blank_nlp, "2,019"))
    assert record["text"] == "2,019 results"
    assert (record["quantity"]["kind"], record["quantity"]["unit"]) == (
        "count",
        "result",
    )


def _fires(nlp: Language, date: bool) -> Doc:
    """ "The 12 August fires spread.", the date entity given or not."""
    first, second = ("B-DATE", "I-DATE") if date else ("O", "O")
    return _doc(
        nlp,
        "The 12 August fires spread.",
        f"""
        The    DET   det      3
        12     NUM   nummod   3 {first}
        August PROPN compound 3 {second}
        fires  NOUN  nsubj    4 O fire
        spread VERB  ROOT     4
        .      PUNCT punct    4
        """,
    )


def test_quantities_number_in_a_date_entity_is_not_a_count(blank_nlp, finder) -> None:
    assert _found(finder, _fires(blank_nlp, date=True)) == []
    # The same words without the date entity: a count of fires.
    (record,) = _found(finder, _fires(blank_nlp, date=False))
    assert record["text"] == "12 August fires"


# Each frame holds a number that is not an amount and, in its place, a plain
# number that makes the same words a count: the rejection is the rule's doing.
_NOT_AMOUNTS = {
    "ordinal": (
        "It is among the {n} largest banks.",
        """
        It      PRON nsubj  1
        is      AUX  ROOT   1 O be
        among   ADP  prep   1
        the     DET  det    6
        {n}     NUM  nummod 6
        largest ADJ  amod   6
        banks   NOUN pobj   2 O bank
        .       PUNCT punct 1
        """,
        "3rd",
    ),
    "phone-number": (
        "The {n} lines were busy.",
        """
        The   DET  det    2
        {n}   NUM  nummod 2
        lines NOUN nsubj  3 O line
        were  AUX  ROOT   3 O be
        busy  ADJ  acomp  3
        .     PUNCT punct 3
        """,
        "555-123-4567",
    ),
    "clock-time": (
        "The {n} trains left.",
        """
        The    DET  det    2
        {n}    NUM  nummod 2
        trains NOUN nsubj  3 O train
        left   VERB ROOT   3 O leave
        .      PUNCT punct 3
        """,
        "10:30",
    ),
    "name-code": (
        "Some {n} patients recovered.",
        """
        Some      DET   det    2
        {n}       NUM   nummod 2
        patients  NOUN  nsubj  3 O patient
        recovered VERB  ROOT   3 O recover
        .         PUNCT punct  3
        """,
        "COVID-19",
    ),
}


@pytest.mark.parametrize("case", sorted(_NOT_AMOUNTS))
def test_quantities_rejects_numbers_that_are_not_amounts(
    blank_nlp, finder, case: str
) -> None:
    text, table, special = _NOT_AMOUNTS[case]
    doc = _doc(blank_nlp, text.format(n=special), table.format(n=special))
    assert _found(finder, doc) == []


@pytest.mark.parametrize("case", sorted(_NOT_AMOUNTS))
def test_quantities_plain_number_in_the_same_words_is_a_count(
    blank_nlp, finder, case: str
) -> None:
    text, table, _ = _NOT_AMOUNTS[case]
    record = _one(finder, _doc(blank_nlp, text.format(n="3"), table.format(n="3")))
    assert record["quantity"]["kind"] == "count"
    assert record["quantity"]["value"] == 3.0


def _entries(nlp: Language, before: str) -> Doc:
    """ "See <before> 12 entries below." ("page" is a reference word)."""
    row = "NOUN compound" if before == "page" else "DET det"
    return _doc(
        nlp,
        f"See {before} 12 entries below.",
        f"""
        See      VERB ROOT   0
        {before} {row}    3
        12       NUM  nummod 3
        entries  NOUN dobj   0 O entry
        below    ADV  advmod 0
        .        PUNCT punct 0
        """,
    )


def test_quantities_number_after_a_reference_word_is_not_a_count(
    blank_nlp, finder
) -> None:
    assert _found(finder, _entries(blank_nlp, "page")) == []
    (record,) = _found(finder, _entries(blank_nlp, "the"))
    assert record["text"] == "12 entries"
