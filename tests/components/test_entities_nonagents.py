"""ck_entities: vessels, offences, league groupings, makers' models, awards
named for a category and lists of titles are no people or organizations.

Hand-built Docs (tests/handmade.py), sentences our own: the recognizer's label
is stated, and the words of the name or around it decide.
"""

from __future__ import annotations

import pytest

from claimkit.components.entities import EntityResolver
from tests.components.test_entities_works import found
from tests.handmade import parse


@pytest.fixture(scope="module")
def resolver() -> EntityResolver:
    return EntityResolver()


# --- vessels -----------------------------------------------------------------


def test_ship_prefix_makes_a_vessel_and_its_navy_stays(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "The destroyer INS Varda docked, the Indian Navy said.",
        """
        The       DET   det       1
        destroyer NOUN  nsubj     4
        INS       PROPN compound  3  B-PERSON
        Varda     PROPN nsubj     4  I-PERSON
        docked    VERB  ccomp     9  O dock
        ,         PUNCT punct     9
        the       DET   det       8
        Indian    PROPN compound  8  B-ORG
        Navy      PROPN nsubj     9  I-ORG
        said      VERB  ROOT      9  O say
        .         PUNCT punct     9
        """,
    )
    assert found(doc, resolver) == [("ORG", "Indian Navy")]


def test_ship_noun_before_the_name_makes_a_vessel(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "The tanker Mira Solberg ran aground.",
        """
        The     DET   det       1
        tanker  NOUN  ROOT      1
        Mira    PROPN compound  3  B-PERSON
        Solberg PROPN nsubj     4  I-PERSON
        ran     VERB  relcl     1  O run
        aground ADV   advmod    4
        .       PUNCT punct     4
        """,
    )
    assert found(doc, resolver) == []


def test_ambiguous_prefix_without_the_is_no_vessel(blank_nlp, resolver):
    # "SS" also opens a club's name: only "the SS ..." is a ship.
    doc = parse(
        blank_nlp.vocab,
        "SS Lazio won again.",
        """
        SS    PROPN compound  1  B-ORG
        Lazio PROPN nsubj     2  I-ORG
        won   VERB  ROOT      2  O win
        again ADV   advmod    2
        .     PUNCT punct     2
        """,
    )
    assert found(doc, resolver) == [("ORG", "SS Lazio")]


def test_ferry_operator_is_no_vessel(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "The ferry operator Stena Marlow said fares would rise.",
        """
        The      DET   det       2
        ferry    NOUN  compound  2
        operator NOUN  nsubj     5
        Stena    PROPN compound  4  B-ORG
        Marlow   PROPN appos     2  I-ORG
        said     VERB  ROOT      5  O say
        fares    NOUN  nsubj     8  O fare
        would    AUX   aux       8
        rise     VERB  ccomp     5
        .        PUNCT punct     5
        """,
    )
    assert found(doc, resolver) == [("ORG", "Stena Marlow")]


# --- offences ----------------------------------------------------------------


def test_offences_charged_are_no_entities(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Jo Pellow was charged with DUI and Vehicular Manslaughter.",
        """
        Jo           PROPN compound  1  B-PERSON
        Pellow       PROPN nsubjpass 3  I-PERSON
        was          AUX   auxpass   3  O be
        charged      VERB  ROOT      3  O charge
        with         ADP   prep      3
        DUI          PROPN pobj      4  B-ORG
        and          CCONJ cc        5
        Vehicular    PROPN compound  8  B-PERSON
        Manslaughter PROPN conj      5  I-PERSON
        .            PUNCT punct     3
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Jo Pellow")]


def test_offence_head_of_a_name_not_charged_stays(blank_nlp, resolver):
    # A proper word before the head, and no charge: a name, not an offence.
    doc = parse(
        blank_nlp.vocab,
        "Tom Murder said he would run.",
        """
        Tom    PROPN compound  1  B-PERSON
        Murder PROPN nsubj     2  I-PERSON
        said   VERB  ROOT      2  O say
        he     PRON  nsubj     5
        would  AUX   aux       5
        run    VERB  ccomp     2
        .      PUNCT punct     2
        """,
    )
    assert ("PERSON", "Tom Murder") in found(doc, resolver)


# --- groupings of a league ---------------------------------------------------


def test_compass_division_is_no_organization(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "The Rangers lead the Atlantic Division.",
        """
        The      DET   det       1
        Rangers  PROPN nsubj     2  B-ORG
        lead     VERB  ROOT      2
        the      DET   det       5
        Atlantic PROPN compound  5  B-ORG
        Division PROPN dobj      2  I-ORG
        .        PUNCT punct     2
        """,
    )
    assert ("ORG", "Atlantic Division") not in found(doc, resolver)


def test_college_league_stays(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Alabama won the Southeastern Conference title.",
        """
        Alabama      PROPN nsubj     1  B-GPE
        won          VERB  ROOT      1  O win
        the          DET   det       5
        Southeastern PROPN compound  4  B-ORG
        Conference   PROPN compound  5  I-ORG
        title        NOUN  dobj      1
        .            PUNCT punct     1
        """,
    )
    assert ("ORG", "Southeastern Conference") in found(doc, resolver)


def test_lettered_group_is_no_organization(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Wales were drawn in Group C again.",
        """
        Wales PROPN nsubjpass 2  B-GPE
        were  AUX   auxpass   2  O be
        drawn VERB  ROOT      2  O draw
        in    ADP   prep      2
        Group PROPN compound  5  B-ORG
        C     PROPN pobj      3  I-ORG
        again ADV   advmod    2
        .     PUNCT punct     2
        """,
    )
    assert ("ORG", "Group C") not in found(doc, resolver)


# --- a maker's model ---------------------------------------------------------


def test_maker_and_model_is_a_product(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Toyota said owners of the Toyota Camry should return the cars.",
        """
        Toyota PROPN nsubj     1  B-ORG
        said   VERB  ROOT      1  O say
        owners NOUN  nsubj     8  O owner
        of     ADP   prep      2
        the    DET   det       6
        Toyota PROPN compound  6  B-PERSON
        Camry  PROPN pobj      3  I-PERSON
        should AUX   aux       8
        return VERB  ccomp     1
        the    DET   det       10
        cars   NOUN  dobj      8  O car
        .      PUNCT punct     1
        """,
    )
    assert found(doc, resolver) == [("ORG", "Toyota")]


def test_maker_and_region_is_an_arm_of_the_firm(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Virgin said Virgin Atlantic would add flights.",
        """
        Virgin   PROPN nsubj     1  B-ORG
        said     VERB  ROOT      1  O say
        Virgin   PROPN compound  3  B-ORG
        Atlantic PROPN nsubj     5  I-ORG
        would    AUX   aux       5
        add      VERB  ccomp     1
        flights  NOUN  dobj      5  O flight
        .        PUNCT punct     1
        """,
    )
    assert ("ORG", "Virgin Atlantic") in found(doc, resolver)


def test_maker_and_its_tour_typed_org_stays(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Vella said the Vella Tour would end.",
        """
        Vella PROPN nsubj     1  B-ORG
        said  VERB  ROOT      1  O say
        the   DET   det       4
        Vella PROPN compound  4  B-ORG
        Tour  PROPN nsubj     6  I-ORG
        would AUX   aux       6
        end   VERB  ccomp     1
        .     PUNCT punct     1
        """,
    )
    assert ("ORG", "Vella Tour") in found(doc, resolver)


# --- an award named for a category -------------------------------------------


def test_best_category_award_is_no_person(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "The film won a best picture Oscar.",
        """
        The     DET   det       1
        film    NOUN  nsubj     2
        won     VERB  ROOT      2  O win
        a       DET   det       6
        best    ADJ   amod      5  O good
        picture NOUN  compound  6
        Oscar   PROPN dobj      2  B-PERSON
        .       PUNCT punct     2
        """,
    )
    assert found(doc, resolver) == []


def test_award_for_best_and_a_person_nominated_for_best(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Nell Tarrow won the Oscar for best actress.",
        """
        Nell    PROPN compound  1  B-PERSON
        Tarrow  PROPN nsubj     2  I-PERSON
        won     VERB  ROOT      2  O win
        the     DET   det       4
        Oscar   PROPN dobj      2  B-PERSON
        for     ADP   prep      2
        best    ADJ   amod      7  O good
        actress NOUN  pobj      5
        .       PUNCT punct     2
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Nell Tarrow")]
    doc = parse(
        blank_nlp.vocab,
        "Critics picked Nell for best actress.",
        """
        Critics NOUN  nsubj     1  O critic
        picked  VERB  ROOT      1  O pick
        Nell    PROPN dobj      1  B-PERSON
        for     ADP   prep      1
        best    ADJ   amod      5  O good
        actress NOUN  pobj      3
        .       PUNCT punct     1
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Nell")]


# --- an honour alone -----------------------------------------------------------


def test_honour_alone_is_no_organization(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Ada Vell was awarded the CBE.",
        """
        Ada     PROPN compound  1  B-PERSON
        Vell    PROPN nsubjpass 3  I-PERSON
        was     AUX   auxpass   3  O be
        awarded VERB  ROOT      3  O award
        the     DET   det       5
        CBE     PROPN dobj      3  B-ORG
        .       PUNCT punct     3
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Ada Vell")]


# --- a list that a noun for works includes -------------------------------------


def test_list_of_hits_is_of_titles(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Her hits include Velvet Harbour and Cold Lantern.",
        """
        Her     PRON  poss      1
        hits    NOUN  nsubj     2  O hit
        include VERB  ROOT      2
        Velvet  PROPN compound  4  B-PERSON
        Harbour PROPN dobj      2  I-PERSON
        and     CCONJ cc        4
        Cold    PROPN compound  7  B-ORG
        Lantern PROPN conj      4  I-ORG
        .       PUNCT punct     2
        """,
    )
    assert found(doc, resolver) == []


def test_list_that_people_include_stays(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Stars including Kate Lunn and Tom Bray sang.",
        """
        Stars     NOUN  nsubj     7  O star
        including VERB  prep      0  O include
        Kate      PROPN compound  3  B-PERSON
        Lunn      PROPN pobj      1  I-PERSON
        and       CCONJ cc        3
        Tom       PROPN compound  6  B-PERSON
        Bray      PROPN conj      3  I-PERSON
        sang      VERB  ROOT      7  O sing
        .         PUNCT punct     7
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Kate Lunn"), ("PERSON", "Tom Bray")]
