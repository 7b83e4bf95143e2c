"""ck_entities: software, devices and models the text uses as products.

Hand-built Docs (tests/handmade.py), sentences and names our own: the
recognizer's label is stated, and the words around the name decide whether
it is a product (dropped) or an organization or a person (kept).
"""

from __future__ import annotations

import pytest

from claimkit.components.entities import EntityResolver
from tests.components.test_entities_works import found
from tests.handmade import parse


@pytest.fixture(scope="module")
def resolver() -> EntityResolver:
    return EntityResolver()


# --- a product noun after the name -------------------------------------------


def test_product_noun_after_the_name_drops_it(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Critics praised the new Zorvane console.",
        """
        Critics  NOUN  nsubj    1
        praised  VERB  ROOT     1 O praise
        the      DET   det      5
        new      ADJ   amod     5
        Zorvane  PROPN compound 5 B-ORG
        console  NOUN  dobj     1
        .        PUNCT punct    1
        """,
    )
    assert found(doc, resolver) == []


def test_two_word_product_noun_after_a_person_typed_name(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Schools moved to the Pellar operating system.",
        """
        Schools   NOUN  nsubj    1
        moved     VERB  ROOT     1 O move
        to        ADP   prep     1
        the       DET   det      6
        Pellar    PROPN compound 6 B-PERSON
        operating NOUN  compound 6
        system    NOUN  pobj     2
        .         PUNCT punct    1
        """,
    )
    assert found(doc, resolver) == []


def test_maker_before_a_model_code_stays(blank_nlp, resolver):
    # A name before a model code is its maker's (as "Acme X200").
    doc = parse(
        blank_nlp.vocab,
        "Buyers liked the Tesko Q7 phone.",
        """
        Buyers  NOUN  nsubj    1
        liked   VERB  ROOT     1 O like
        the     DET   det      5
        Tesko   PROPN compound 5 B-ORG
        Q7      PROPN compound 5
        phone   NOUN  dobj     1
        .       PUNCT punct    1
        """,
    )
    assert found(doc, resolver) == [("ORG", "Tesko")]


def test_maker_of_the_product_stays(blank_nlp, resolver):
    # The name launches something: a firm, though it also qualifies laptops.
    doc = parse(
        blank_nlp.vocab,
        "Analysts said Trelix Omni launched Trelix Omni laptops.",
        """
        Analysts NOUN  nsubj    1
        said     VERB  ROOT     1 O say
        Trelix   PROPN compound 3 B-ORG
        Omni     PROPN nsubj    4 I-ORG
        launched VERB  ccomp    1 O launch
        Trelix   PROPN compound 6 B-ORG
        Omni     PROPN compound 7 I-ORG
        laptops  NOUN  dobj     4
        .        PUNCT punct    1
        """,
    )
    assert found(doc, resolver) == [("ORG", "Trelix Omni")]


def test_spokesman_for_a_firm_named_with_a_product_noun(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "A spokesman for Velcor Hale software declined to comment.",
        """
        A         DET   det      1
        spokesman NOUN  nsubj    6
        for       ADP   prep     1
        Velcor    PROPN compound 4 B-ORG
        Hale      PROPN compound 5 I-ORG
        software  NOUN  pobj     2
        declined  VERB  ROOT     6 O decline
        to        PART  aux      8
        comment   VERB  xcomp    6
        .         PUNCT punct    6
        """,
    )
    assert found(doc, resolver) == [("ORG", "Velcor Hale")]


def test_a_name_that_speaks_outweighs_one_product_mention(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Zorvane said the Zorvane console sold well.",
        """
        Zorvane  PROPN nsubj    1 B-ORG
        said     VERB  ROOT     1 O say
        the      DET   det      4
        Zorvane  PROPN compound 4 B-ORG
        console  NOUN  nsubj    5
        sold     VERB  ccomp    1 O sell
        well     ADV   advmod   5
        .        PUNCT punct    1
        """,
    )
    assert found(doc, resolver) == [("ORG", "Zorvane")]


# --- a frame of use or a version ---------------------------------------------


def test_users_of_a_name_make_it_a_product(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Users of Quillex lost their files.",
        """
        Users  NOUN  nsubj 3
        of     ADP   prep  0
        Quillex PROPN pobj 1 B-ORG
        lost   VERB  ROOT  3 O lose
        their  PRON  poss  5
        files  NOUN  dobj  3
        .      PUNCT punct 3
        """,
    )
    assert found(doc, resolver) == []


def test_version_number_after_the_name(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Quillex 4.2 arrives on Monday.",
        """
        Quillex PROPN nsubj  2 B-PERSON
        4.2     NUM   nummod 0
        arrives VERB  ROOT   2 O arrive
        on      ADP   prep   2
        Monday  PROPN pobj   3 B-DATE
        .       PUNCT punct  2
        """,
    )
    assert found(doc, resolver) == []


def test_firm_opened_name_used_as_a_tool(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Dorran said clerks wrote using Dorran Scribe.",
        """
        Dorran  PROPN nsubj    1 B-ORG
        said    VERB  ROOT     1 O say
        clerks  NOUN  nsubj    3
        wrote   VERB  ccomp    1 O write
        using   VERB  advcl    3 O use
        Dorran  PROPN compound 6 B-ORG
        Scribe  PROPN dobj     4 I-ORG
        .       PUNCT punct    1
        """,
    )
    assert found(doc, resolver) == [("ORG", "Dorran")]


def test_firm_opened_division_stays(blank_nlp, resolver):
    # "Research" names a division: an organization, whatever the verb.
    doc = parse(
        blank_nlp.vocab,
        "Dorran said clerks used Dorran Research.",
        """
        Dorran   PROPN nsubj    1 B-ORG
        said     VERB  ROOT     1 O say
        clerks   NOUN  nsubj    3
        used     VERB  ccomp    1 O use
        Dorran   PROPN compound 5 B-ORG
        Research PROPN dobj     3 I-ORG
        .        PUNCT punct    1
        """,
    )
    assert ("ORG", "Dorran Research") in found(doc, resolver)


def test_plain_object_of_use_is_no_product_without_a_firm(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Clerks used Harlow Partners.",
        """
        Clerks   NOUN  nsubj    1
        used     VERB  ROOT     1 O use
        Harlow   PROPN compound 3 B-ORG
        Partners PROPN dobj     1 I-ORG
        .        PUNCT punct    1
        """,
    )
    assert found(doc, resolver) == [("ORG", "Harlow Partners")]


def test_machines_running_a_name_make_it_software(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Staff use laptops running Pellar Nine.",
        """
        Staff   NOUN  nsubj    1
        use     VERB  ROOT     1 O use
        laptops NOUN  dobj     1
        running VERB  acl      2 O run
        Pellar  PROPN compound 5 B-PERSON
        Nine    PROPN dobj     3 I-PERSON
        .       PUNCT punct    1
        """,
    )
    assert found(doc, resolver) == []


def test_a_person_running_a_firm_keeps_it(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Her brother runs Pellar Nine.",
        """
        Her     PRON  poss     1
        brother NOUN  nsubj    2
        runs    VERB  ROOT     2 O run
        Pellar  PROPN compound 4 B-ORG
        Nine    PROPN dobj     2 I-ORG
        .       PUNCT punct    2
        """,
    )
    assert found(doc, resolver) == [("ORG", "Pellar Nine")]


def test_product_noun_in_apposition(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Stores stocked its handheld console, the Zorvane Duo.",
        """
        Stores   NOUN  nsubj    1
        stocked  VERB  ROOT     1 O stock
        its      PRON  poss     4
        handheld ADJ   amod     4
        console  NOUN  dobj     1
        ,        PUNCT punct    4
        the      DET   det      8
        Zorvane  PROPN compound 8 B-ORG
        Duo      PROPN appos    4 I-ORG
        .        PUNCT punct    1
        """,
    )
    assert found(doc, resolver) == []


def test_firm_in_apposition_to_an_org_noun_stays(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Stores stocked goods from its supplier, the Zorvane Duo.",
        """
        Stores   NOUN  nsubj    1
        stocked  VERB  ROOT     1 O stock
        goods    NOUN  dobj     1
        from     ADP   prep     1
        its      PRON  poss     5
        supplier NOUN  pobj     3
        ,        PUNCT punct    5
        the      DET   det      9
        Zorvane  PROPN compound 9 B-ORG
        Duo      PROPN appos    5 I-ORG
        .        PUNCT punct    1
        """,
    )
    assert found(doc, resolver) == [("ORG", "Zorvane Duo")]
