"""ck_entities: whole names, things that are not names, one entity per name.

Hand-built Docs (tests/handmade.py), our own sentences: an "'s" that is the
name's own, a name the recognizer cut short, "&" in a firm's name, places and
products the model typed PERSON or ORG, and one organization under two forms.
"""

from __future__ import annotations

import pytest

from claimkit.components.entities import EntityResolver, find_entities
from tests.handmade import parse


@pytest.fixture(scope="module")
def resolver() -> EntityResolver:
    return EntityResolver()


def found(doc, resolver) -> list[tuple[str, str, list[str]]]:  # type: ignore[no-untyped-def]
    return [
        (e["label"], e["name"], [m["text"] for m in e["mentions"]])
        for e in find_entities(doc, resolver)
        if e["mentions"][0]["text"].lower() not in ("he", "she", "it", "its")
    ]


def possessive(doc, *at: int):  # type: ignore[no-untyped-def]
    for i in at:
        doc[i].tag_ = "POS"
    return doc


# --- an "'s" that belongs to the name --------------------------------------


def test_name_s_before_a_verb_is_the_names(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Fitch and Moody's have cut the rating.",
        """
        Fitch  PROPN nsubj 4 B-ORG
        and    CCONJ cc    0
        Moody  PROPN conj  0 B-ORG
        's     PART  case  2
        have   AUX   ROOT  4
        cut    VERB  xcomp 4
        the    DET   det   7
        rating NOUN  dobj  5
        .      PUNCT punct 4
        """,
    )
    doc[4].tag_ = "VBP"
    doc = possessive(doc, 3)
    assert ("ORG", "Moody's", ["Moody's"]) in found(doc, resolver)


def test_name_s_at_a_clause_end_is_the_names_everywhere(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Prices fell at Harlow's. Harlow's shares rose.",
        """
        Prices PROPN nsubj 1
        fell   VERB  ROOT  1 O fall
        at     ADP   prep  1
        Harlow PROPN pobj  2 B-ORG
        's     PART  case  3
        .      PUNCT punct 1
        Harlow PROPN poss  8 B-ORG
        's     PART  case  6
        shares NOUN  nsubj 9
        rose   VERB  ROOT  9 O rise
        .      PUNCT punct 9
        """,
    )
    doc = possessive(doc, 4, 7)
    assert found(doc, resolver) == [("ORG", "Harlow's", ["Harlow's", "Harlow's"])]


def test_possessive_before_a_noun_stays_a_possessive(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Nvidia's chips sold well.",
        """
        Nvidia PROPN poss  2 B-ORG
        's     PART  case  0
        chips  NOUN  nsubj 3
        sold   VERB  ROOT  3 O sell
        well   ADV   advmod 3
        .      PUNCT punct 3
        """,
    )
    doc = possessive(doc, 1)
    assert found(doc, resolver) == [("ORG", "Nvidia", ["Nvidia"])]


def test_elliptic_possessive_of_a_name_written_bare_is_cut(blank_nlp, resolver):
    # "than Vantor's." is Vantor's offer: the text writes "Vantor" alone too.
    doc = parse(
        blank_nlp.vocab,
        "Vantor said its offer beat Keltec's.",
        """
        Vantor PROPN nsubj 1 B-ORG
        said   VERB  ROOT  1 O say
        its    PRON  poss  3
        offer  NOUN  nsubj 4
        beat   VERB  ccomp 1
        Keltec PROPN dobj  4 B-ORG
        's     PART  case  5
        .      PUNCT punct 1
        """,
    )
    doc = possessive(doc, 6)
    # Keltec is written only with the 's here, so it keeps it; Vantor is bare.
    names = found(doc, resolver)
    assert ("ORG", "Vantor", ["Vantor"]) in names
    doc2 = parse(
        blank_nlp.vocab,
        "Keltec said its offer beat Vantor's.",
        """
        Keltec PROPN nsubj 1 B-ORG
        said   VERB  ROOT  1 O say
        its    PRON  poss  3
        offer  NOUN  nsubj 4
        beat   VERB  ccomp 1
        Vantor PROPN dobj  4 B-ORG
        's     PART  case  5
        .      PUNCT punct 1
        """,
    )
    doc2 = possessive(doc2, 6)
    merged = find_entities(doc, resolver) + find_entities(doc2, resolver)
    assert all(e["name"] != "Vantor's" for e in find_entities(doc, resolver))
    assert {e["name"] for e in merged} >= {"Vantor", "Keltec"}


# --- a name the recognizer cut short ---------------------------------------


def test_name_cut_after_of_the_is_completed(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Data came from the Office of the Deputy Mayor today.",
        """
        Data   NOUN  nsubj    1
        came   VERB  ROOT     1 O come
        from   ADP   prep     1
        the    DET   det      4
        Office PROPN pobj     2 B-ORG
        of     ADP   prep     4 I-ORG
        the    DET   det      8 I-ORG
        Deputy PROPN compound 8
        Mayor  PROPN pobj     5
        today  NOUN  npadvmod 1 B-DATE
        .      PUNCT punct    1
        """,
    )
    assert found(doc, resolver) == [
        ("ORG", "Office of the Deputy Mayor", ["Office of the Deputy Mayor"])
    ]


def test_commission_runs_on_over_for_and_a_region(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "The Economic Commission for West Africa said so.",
        """
        The        DET   det      2
        Economic   PROPN compound 2 B-ORG
        Commission PROPN nsubj    6 I-ORG
        for        ADP   prep     2
        West       PROPN compound 5 B-LOC
        Africa     PROPN pobj     3 I-LOC
        said       VERB  ROOT     6 O say
        so         ADV   advmod   6
        .          PUNCT punct    6
        """,
    )
    assert found(doc, resolver) == [
        (
            "ORG",
            "Economic Commission for West Africa",
            ["Economic Commission for West Africa"],
        )
    ]


def test_commission_does_not_run_on_over_a_weekday(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "The Trade Commission on Monday said so.",
        """
        The        DET   det      2
        Trade      PROPN compound 2 B-ORG
        Commission PROPN nsubj    5 I-ORG
        on         ADP   prep     2
        Monday     PROPN pobj     3 B-DATE
        said       VERB  ROOT     5 O say
        so         ADV   advmod   5
        .          PUNCT punct    5
        """,
    )
    assert found(doc, resolver) == [("ORG", "Trade Commission", ["Trade Commission"])]


def test_two_org_pieces_joined_by_and_are_one_name(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "The Ocean Travel and Leisure Council said so.",
        """
        The     DET   det      2
        Ocean   PROPN compound 2 B-ORG
        Travel  PROPN nsubj    6 I-ORG
        and     CCONJ cc       2
        Leisure PROPN compound 5 B-ORG
        Council PROPN conj     2 I-ORG
        said    VERB  ROOT     6 O say
        so      ADV   advmod   6
        .       PUNCT punct    6
        """,
    )
    assert found(doc, resolver) == [
        (
            "ORG",
            "Ocean Travel and Leisure Council",
            ["Ocean Travel and Leisure Council"],
        )
    ]


def test_two_whole_org_names_joined_by_and_stay_two(blank_nlp, resolver):
    # "British" and "Boston" name things alone: two organizations.
    doc = parse(
        blank_nlp.vocab,
        "The British Library and Boston University said so.",
        """
        The        DET   det      2
        British    PROPN compound 2 B-ORG
        Library    PROPN nsubj    6 I-ORG
        and        CCONJ cc       2
        Boston     PROPN compound 5 B-ORG
        University PROPN conj     2 I-ORG
        said       VERB  ROOT     6 O say
        so         ADV   advmod   6
        .          PUNCT punct    6
        """,
    )
    assert [name for _, name, _ in found(doc, resolver)] == [
        "British Library",
        "Boston University",
    ]


# --- "&" ------------------------------------------------------------------


def test_ampersand_name_is_a_firm(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Hollis & Hollis said sales rose.",
        """
        Hollis PROPN compound 2 B-PERSON
        &      CCONJ cc       0 I-PERSON
        Hollis PROPN nsubj    3 I-PERSON
        said   VERB  ROOT     3 O say
        sales  NOUN  nsubj    5
        rose   VERB  ccomp    3 O rise
        .      PUNCT punct    3
        """,
    )
    assert found(doc, resolver) == [("ORG", "Hollis & Hollis", ["Hollis & Hollis"])]


def test_ampersand_of_cited_authors_is_no_firm(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "As Marten & Clarke (2017) said, it works.",
        """
        As     SCONJ mark     7
        Marten PROPN nsubj    7 B-PERSON
        &      CCONJ cc       1 I-PERSON
        Clarke PROPN conj     1 I-PERSON
        (      PUNCT punct    5
        2017   NUM   appos    1 B-DATE
        )      PUNCT punct    5
        said   VERB  advcl    10 O say
        ,      PUNCT punct    10
        it     PRON  nsubj    10
        works  VERB  ROOT     10 O work
        .      PUNCT punct    10
        """,
    )
    labels = {label for label, name, _ in found(doc, resolver) if "&" in name}
    assert "ORG" not in labels


# --- places and products typed PERSON or ORG -------------------------------


def test_name_before_based_is_a_place(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Costa Verde-based Zentrix said so.",
        """
        Costa   PROPN compound 1 B-PERSON
        Verde   PROPN npadvmod 3 I-PERSON
        -       PUNCT punct    3
        based   VERB  amod     4
        Zentrix PROPN nsubj    5 B-ORG
        said    VERB  ROOT     5 O say
        so      ADV   advmod   5
        .       PUNCT punct    5
        """,
    )
    assert found(doc, resolver) == [("ORG", "Zentrix", ["Zentrix"])]


def test_organization_before_based_stays(blank_nlp, resolver):
    # "EU-based airlines" are in the EU, which is still an organization.
    doc = parse(
        blank_nlp.vocab,
        "All EU-based airlines must pay, the EU said.",
        """
        All      DET   det      3
        EU       PROPN npadvmod 3 B-ORG
        -        PUNCT punct    3
        based    VERB  amod     4
        airlines NOUN  nsubj    6
        must     AUX   aux      6
        pay      VERB  ccomp    10
        ,        PUNCT punct    10
        the      DET   det      9
        EU       PROPN nsubj    10 B-ORG
        said     VERB  ROOT     10 O say
        .        PUNCT punct    10
        """,
    )
    assert found(doc, resolver) == [("ORG", "EU", ["EU", "EU"])]


def test_name_before_a_dam_is_a_place(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Work on the Kaluodu dam stopped.",
        """
        Work    NOUN  nsubj    5
        on      ADP   prep     0
        the     DET   det      4
        Kaluodu PROPN compound 4 B-PERSON
        dam     NOUN  pobj     1
        stopped VERB  ROOT     5 O stop
        .       PUNCT punct    5
        """,
    )
    assert found(doc, resolver) == []


def test_name_before_a_plant_stays_its_owner(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Work at the ZTX plant stopped.",
        """
        Work    NOUN  nsubj    5
        at      ADP   prep     0
        the     DET   det      4
        ZTX     PROPN compound 4 B-ORG
        plant   NOUN  pobj     1
        stopped VERB  ROOT     5 O stop
        .       PUNCT punct    5
        """,
    )
    assert found(doc, resolver) == [("ORG", "ZTX", ["ZTX"])]


def test_what_a_firm_makes_is_a_product(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Brewco, which makes Bella Norte, said so.",
        """
        Brewco PROPN nsubj    7 B-ORG
        ,      PUNCT punct    0
        which  PRON  nsubj    3
        makes  VERB  relcl    0 O make
        Bella  PROPN compound 5 B-PERSON
        Norte  PROPN dobj     3 I-PERSON
        ,      PUNCT punct    0
        said   VERB  ROOT     7 O say
        so     ADV   advmod   7
        .      PUNCT punct    7
        """,
    )
    assert found(doc, resolver) == [("ORG", "Brewco", ["Brewco"])]


def test_whom_a_board_makes_chairman_stays_a_person(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "The board made Anna Berg chairman.",
        """
        The      DET   det      1
        board    NOUN  nsubj    2
        made     VERB  ROOT     2 O make
        Anna     PROPN compound 4 B-PERSON
        Berg     PROPN dobj     2 I-PERSON
        chairman NOUN  oprd     2
        .        PUNCT punct    2
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Anna Berg", ["Anna Berg"])]


def test_joined_nationalities_are_no_name(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "The Anglo-Dutch group Zentrix grew.",
        """
        The     DET   det      4
        Anglo   PROPN amod     4 B-ORG
        -       PUNCT punct    1 I-ORG
        Dutch   PROPN amod     4 I-ORG
        group   NOUN  compound 5
        Zentrix PROPN nsubj    6 B-PERSON
        grew    VERB  ROOT     6 O grow
        .       PUNCT punct    6
        """,
    )
    assert found(doc, resolver) == [("ORG", "Zentrix", ["Zentrix"])]


def test_two_word_name_listed_among_firms_is_a_firm(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Accused were Altro Group, Vexa Kessing and Lumo Group.",
        """
        Accused VERB  ROOT     0
        were    AUX   auxpass  0
        Altro   PROPN compound 3 B-ORG
        Group   PROPN nsubjpass 0 I-ORG
        ,       PUNCT punct    3
        Vexa    PROPN compound 6 B-PERSON
        Kessing PROPN conj     3 I-PERSON
        and     CCONJ cc       6
        Lumo    PROPN compound 9 B-ORG
        Group   PROPN conj     6 I-ORG
        .       PUNCT punct    0
        """,
    )
    assert ("ORG", "Vexa Kessing", ["Vexa Kessing"]) in found(doc, resolver)


def test_person_listed_among_firms_with_a_given_name_stays(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Present were Altro Group, Maria Kessing and Lumo Group.",
        """
        Present ADJ   ROOT     0
        were    AUX   cop      0
        Altro   PROPN compound 3 B-ORG
        Group   PROPN nsubj    0 I-ORG
        ,       PUNCT punct    3
        Maria   PROPN compound 6 B-PERSON
        Kessing PROPN conj     3 I-PERSON
        and     CCONJ cc       6
        Lumo    PROPN compound 9 B-ORG
        Group   PROPN conj     6 I-ORG
        .       PUNCT punct    0
        """,
    )
    assert ("PERSON", "Maria Kessing", ["Maria Kessing"]) in found(doc, resolver)


# --- one organization under two forms ---------------------------------------


def _two_mentions(blank_nlp, first: list[str], second: list[str]):  # type: ignore[no-untyped-def]
    """ "<first> rose. <second> fell." with both names typed ORG."""
    words = [*first, "rose", ".", *second, "fell", "."]
    text = " ".join(first) + " rose. " + " ".join(second) + " fell."
    rows = []
    n1 = len(first)
    for i, word in enumerate(first):
        dep, head = ("nsubj", n1) if i == n1 - 1 else ("compound", n1 - 1)
        rows.append(f"{word} PROPN {dep} {head} {'B' if i == 0 else 'I'}-ORG")
    rows += [f"rose VERB ROOT {n1} O rise", f". PUNCT punct {n1}"]
    s0 = n1 + 2
    n2 = len(second)
    for i, word in enumerate(second):
        end = s0 + n2
        dep, head = ("nsubj", end) if i == n2 - 1 else ("compound", s0 + n2 - 1)
        rows.append(f"{word} PROPN {dep} {head} {'B' if i == 0 else 'I'}-ORG")
    rows += [f"fell VERB ROOT {s0 + n2} O fall", f". PUNCT punct {s0 + n2}"]
    assert len(rows) == len(words)
    return parse(blank_nlp.vocab, text, "\n".join(rows))


@pytest.mark.parametrize(
    ("first", "second", "name"),
    [
        (["US", "Central", "Reserve"], ["Central", "Reserve"], "US Central Reserve"),
        (["Deluxo", "Film"], ["Deluxo", "Films"], "Deluxo Films"),
        (["KW", "Pharmaceuticals"], ["KW", "Pharma"], "KW Pharmaceuticals"),
        (
            ["Tanaka", "Osaka", "Financial", "Group"],
            ["Tanaka", "Osaka"],
            "Tanaka Osaka Financial Group",
        ),
    ],
    ids=["country-prefix", "plural", "truncated", "two-word-opening"],
)
def test_two_forms_of_one_organization_are_one_entity(
    blank_nlp, resolver, first, second, name
):
    doc = _two_mentions(blank_nlp, first, second)
    entities = found(doc, resolver)
    assert [(label, n) for label, n, _ in entities] == [("ORG", name)]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (["KW", "Pharma"], ["KX", "Pharma"]),  # another first word
        (["Vexa", "Bank"], ["Vexa", "Capital"]),  # another last word
        (["Vexa", "Air"], ["Vexa", "Airways"]),  # too short a stem to say
    ],
    ids=["other-first-word", "other-last-word", "short-stem"],
)
def test_different_organizations_stay_apart(blank_nlp, resolver, first, second):
    doc = _two_mentions(blank_nlp, first, second)
    assert len(found(doc, resolver)) == 2


# --- quantifiers and counts -------------------------------------------------


def test_quantifier_of_the_noun_after_a_name_is_cut(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "All Vexa Motors models use it.",
        """
        All    DET   det      3 B-ORG
        Vexa   PROPN compound 2 I-ORG
        Motors PROPN compound 3 I-ORG
        models NOUN  nsubj    4
        use    VERB  ROOT     4
        it     PRON  dobj     4
        .      PUNCT punct    4
        """,
    )
    assert found(doc, resolver) == [("ORG", "Vexa Motors", ["Vexa Motors"])]


def test_quantifier_word_opening_a_name_stays(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "All Kanto Airways said so.",
        """
        All     DET   compound 2 B-ORG
        Kanto   PROPN compound 2 I-ORG
        Airways PROPN nsubj    3 I-ORG
        said    VERB  ROOT     3 O say
        so      ADV   advmod   3
        .       PUNCT punct    3
        """,
    )
    assert found(doc, resolver) == [("ORG", "All Kanto Airways", ["All Kanto Airways"])]


def test_counted_plural_name_is_a_product(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "It recalled 1,200 Vexa Rangers.",
        """
        It       PRON  nsubj    1
        recalled VERB  ROOT     1 O recall
        1,200    NUM   nummod   4 B-CARDINAL
        Vexa     PROPN compound 4 B-ORG
        Rangers  PROPN dobj     1 I-ORG
        .        PUNCT punct    1
        """,
    )
    doc[4].tag_ = "NNPS"
    assert found(doc, resolver) == []


def test_plural_firm_name_without_a_count_stays(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Vexa Brothers said so.",
        """
        Vexa     PROPN compound 1 B-ORG
        Brothers PROPN nsubj    2 I-ORG
        said     VERB  ROOT     2 O say
        so       ADV   advmod   2
        .        PUNCT punct    2
        """,
    )
    doc[1].tag_ = "NNPS"
    assert found(doc, resolver) == [("ORG", "Vexa Brothers", ["Vexa Brothers"])]


@pytest.mark.parametrize(
    ("first", "second", "name"),
    [
        (
            ["Department", "for", "Trade", "and", "Industry"],
            ["Trade", "and", "Industry"],
            "Department for Trade and Industry",
        ),
        (
            ["Scottish", "Borders", "Council"],
            ["Borders", "Council"],
            "Scottish Borders Council",
        ),
    ],
    ids=["head-left-out", "nationality-left-out"],
)
def test_same_head_with_words_left_out_is_one_entity(
    blank_nlp, resolver, first, second, name
):
    doc = _two_mentions(blank_nlp, first, second)
    assert [(label, n) for label, n, _ in found(doc, resolver)] == [("ORG", name)]


def test_a_firm_is_not_its_regional_unit(blank_nlp, resolver):
    """ "Vantor Motors" is the parent of "Vantor Motors Europe", not the unit."""
    doc = _two_mentions(blank_nlp, ["Vantor", "Motors", "Europe"], ["Vantor", "Motors"])
    assert sorted(n for _, n, _ in found(doc, resolver)) == [
        "Vantor Motors",
        "Vantor Motors Europe",
    ]


def test_other_head_or_order_stays_apart(blank_nlp, resolver):
    doc = _two_mentions(
        blank_nlp, ["Coastal", "Borders", "Council"], ["Borders", "Trust"]
    )
    assert len(found(doc, resolver)) == 2
    doc = _two_mentions(blank_nlp, ["Office", "of", "Trade"], ["Trade", "Office"])
    assert len(found(doc, resolver)) == 2
    # "Social" names another council: the Economic Research Council is not it.
    doc = _two_mentions(
        blank_nlp,
        ["Economic", "and", "Social", "Research", "Council"],
        ["Economic", "Research", "Council"],
    )
    assert len(found(doc, resolver)) == 2


def test_possessive_before_a_title_stays_a_possessive(blank_nlp, resolver):
    # "Like" opens the song's title: the 's is Marta's, a possessive.
    doc = parse(
        blank_nlp.vocab,
        "It played Marta's Like A Rose.",
        """
        It     PRON  nsubj    1
        played VERB  ROOT     1 O play
        Marta  PROPN poss     6 B-PERSON
        's     PART  case     2
        Like   ADP   prep     6
        A      DET   det      6
        Rose   PROPN dobj     1
        .      PUNCT punct    1
        """,
    )
    doc = possessive(doc, 3)
    doc[2].dep_ = "nsubj"  # whatever the parse says, the capital decides
    assert ("PERSON", "Marta", ["Marta"]) in found(doc, resolver)
