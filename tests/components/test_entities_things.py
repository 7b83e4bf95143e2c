"""ck_entities: products, technologies, events and films used as such.

Hand-built Docs (tests/handmade.py), sentences our own: the recognizer's label
is stated, and the words around the name decide whether it is an agent.
"""

from __future__ import annotations

import pytest

from claimkit.components.entities import EntityResolver
from tests.components.test_entities_works import found
from tests.handmade import parse


@pytest.fixture(scope="module")
def resolver() -> EntityResolver:
    return EntityResolver()


# --- a name and a model number ----------------------------------------------


def test_name_and_model_number_is_a_product(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Gamers queued for the Zentra 3 all night.",
        """
        Gamers  NOUN  nsubj    1
        queued  VERB  ROOT     1 O queue
        for     ADP   prep     1
        the     DET   det      5
        Zentra  PROPN compound 5 B-ORG
        3       NUM   pobj     2 I-ORG
        all     DET   det      7
        night   NOUN  npadvmod 1
        .       PUNCT punct    1
        """,
    )
    assert found(doc, resolver) == []


def test_numbered_broadcaster_stays(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Viewers of Channel 9 complained.",
        """
        Viewers    NOUN  nsubj    4
        of         ADP   prep     0
        Channel    PROPN compound 3 B-ORG
        9          NUM   pobj     1 I-ORG
        complained VERB  ROOT     4 O complain
        .          PUNCT punct    4
        """,
    )
    assert found(doc, resolver) == [("ORG", "Channel 9")]


def test_score_after_a_name_is_no_model_number(blank_nlp, resolver):
    from claimkit.components.entities.works import model_number

    doc = parse(
        blank_nlp.vocab,
        "Pell Varga 6-1 winner.",
        """
        Pell   PROPN compound 1 B-PERSON
        Varga  PROPN compound 5 I-PERSON
        6      NUM   nummod   5 I-PERSON
        -      PUNCT punct    4
        1      NUM   nummod   5
        winner NOUN  ROOT     5
        .      PUNCT punct    5
        """,
    )
    assert not model_number(doc[0:3], resolver)


# --- an acronym used as a technology -----------------------------------------


def test_acronym_qualifying_a_technology_noun_is_dropped(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Phones use QFX networks.",
        """
        Phones   NOUN  nsubj    1
        use      VERB  ROOT     1
        QFX      PROPN compound 3 B-ORG
        networks NOUN  dobj     1
        .        PUNCT punct    1
        """,
    )
    assert found(doc, resolver) == []


def test_acronym_that_speaks_stays_beside_a_technology_noun(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "QFX said QFX networks grew.",
        """
        QFX      PROPN nsubj    1 B-ORG
        said     VERB  ROOT     1 O say
        QFX      PROPN compound 3 B-ORG
        networks NOUN  nsubj    4
        grew     VERB  ccomp    1 O grow
        .        PUNCT punct    1
        """,
    )
    assert found(doc, resolver) == [("ORG", "QFX")]


def test_acronym_before_a_firm_noun_stays(blank_nlp, resolver):
    # "technology" is what firms make: "based on QFX technology" is QFX's.
    doc = parse(
        blank_nlp.vocab,
        "It runs on QFX technology.",
        """
        It         PRON  nsubj    1
        runs       VERB  ROOT     1 O run
        on         ADP   prep     1
        QFX        PROPN compound 4 B-ORG
        technology NOUN  pobj     2
        .          PUNCT punct    1
        """,
    )
    assert found(doc, resolver) == [("ORG", "QFX")]


# --- events ------------------------------------------------------------------


def test_tournament_named_by_its_head_is_dropped(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "She won the Tallinn Indoors.",
        """
        She     PRON  nsubj    1
        won     VERB  ROOT     1 O win
        the     DET   det      4
        Tallinn PROPN compound 4 B-ORG
        Indoors PROPN dobj     1 I-ORG
        .       PUNCT punct    1
        """,
    )
    assert found(doc, resolver) == []


def test_name_qualifying_an_event_noun_is_dropped(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "She won the Harbour Masters event.",
        """
        She     PRON  nsubj    1
        won     VERB  ROOT     1 O win
        the     DET   det      5
        Harbour PROPN compound 4 B-ORG
        Masters PROPN compound 5 I-ORG
        event   NOUN  dobj     1
        .       PUNCT punct    1
        """,
    )
    assert found(doc, resolver) == []


def test_organizer_in_capitals_before_an_event_noun_stays(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "She won the WTTA event.",
        """
        She   PRON  nsubj    1
        won   VERB  ROOT     1 O win
        the   DET   det      4
        WTTA  PROPN compound 4 B-ORG
        event NOUN  dobj     1
        .     PUNCT punct    1
        """,
    )
    assert found(doc, resolver) == [("ORG", "WTTA")]


def test_games_after_a_sporting_qualifier_is_an_event(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "She ran at the Commonwealth Games.",
        """
        She          PRON  nsubj    1
        ran          VERB  ROOT     1 O run
        at           ADP   prep     1
        the          DET   det      5
        Commonwealth PROPN compound 5 B-ORG
        Games        PROPN pobj     2 I-ORG
        .            PUNCT punct    1
        """,
    )
    assert found(doc, resolver) == []


def test_games_firm_is_no_event(blank_nlp, resolver):
    from claimkit.components.entities.works import work_evidence

    doc = parse(
        blank_nlp.vocab,
        "Korvo Games said sales rose.",
        """
        Korvo PROPN compound 1 B-ORG
        Games PROPN nsubj    2 I-ORG
        said  VERB  ROOT     2 O say
        sales NOUN  nsubj    4
        rose  VERB  ccomp    2 O rise
        .     PUNCT punct    2
        """,
    )
    assert work_evidence(doc[0:2], doc[1], resolver) is None


# --- the frame of a film or a show -------------------------------------------


def test_name_an_actor_stars_in_is_a_work(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Ann Vale starred in Grey Harbour.",
        """
        Ann     PROPN compound 1 B-PERSON
        Vale    PROPN nsubj    2 I-PERSON
        starred VERB  ROOT     2 O star
        in      ADP   prep     2
        Grey    PROPN compound 5 B-ORG
        Harbour PROPN pobj     3 I-ORG
        .       PUNCT punct    2
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Ann Vale")]


def test_title_before_starring_is_a_work_the_star_is_not(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Grey Harbour, starring Ann Vale, opened.",
        """
        Grey     PROPN compound 1 B-ORG
        Harbour  PROPN nsubj    7 I-ORG
        ,        PUNCT punct    1
        starring VERB  acl      1 O star
        Ann      PROPN compound 5 B-PERSON
        Vale     PROPN dobj     3 I-PERSON
        ,        PUNCT punct    1
        opened   VERB  ROOT     7 O open
        .        PUNCT punct    7
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Ann Vale")]


def test_person_starring_in_something_stays(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "He worked with Ann Vale, starring in two films.",
        """
        He       PRON  nsubj    1
        worked   VERB  ROOT     1 O work
        with     ADP   prep     1
        Ann      PROPN compound 4 B-PERSON
        Vale     PROPN pobj     2 I-PERSON
        ,        PUNCT punct    1
        starring VERB  advcl    1 O star
        in       ADP   prep     6
        two      NUM   nummod   9
        films    NOUN  pobj     7
        .        PUNCT punct    1
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Ann Vale")]


def test_sequel_to_a_name_makes_it_a_work(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "It is a sequel to Grey Harbour.",
        """
        It      PRON  nsubj    1
        is      AUX   ROOT     1 O be
        a       DET   det      3
        sequel  NOUN  attr     1
        to      ADP   prep     3
        Grey    PROPN compound 6 B-ORG
        Harbour PROPN pobj     4 I-ORG
        .       PUNCT punct    1
        """,
    )
    assert found(doc, resolver) == []


def test_far_preposition_of_a_role_is_no_frame(blank_nlp, resolver):
    # "a role in a musical - Ann Vale": the parse hangs the name on "in".
    doc = parse(
        blank_nlp.vocab,
        "Best role in a musical - Ann Vale.",
        """
        Best    ADJ   amod     1
        role    NOUN  ROOT     1
        in      ADP   prep     1
        a       DET   det      4
        musical NOUN  pobj     2
        -       PUNCT punct    1
        Ann     PROPN compound 7 B-PERSON
        Vale    PROPN pobj     2 I-PERSON
        .       PUNCT punct    1
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Ann Vale")]


# --- people listed with people ----------------------------------------------


def test_two_word_name_listed_among_people_is_a_person(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "It stars Orla Quinlan, Ann Vale and Tom Reid.",
        """
        It      PRON  nsubj    1
        stars   VERB  ROOT     1 O star
        Orla    PROPN compound 3 B-ORG
        Quinlan PROPN dobj     1 I-ORG
        ,       PUNCT punct    3
        Ann     PROPN compound 6 B-PERSON
        Vale    PROPN conj     3 I-PERSON
        and     CCONJ cc       6
        Tom     PROPN compound 9 B-PERSON
        Reid    PROPN conj     6 I-PERSON
        .       PUNCT punct    1
        """,
    )
    assert ("PERSON", "Orla Quinlan") in found(doc, resolver)


def test_firm_listed_with_one_person_and_a_noun_stays(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "It thanked Harbour Lights, Ann Vale and the crew.",
        """
        It      PRON  nsubj    1
        thanked VERB  ROOT     1 O thank
        Harbour PROPN compound 3 B-ORG
        Lights  PROPN dobj     1 I-ORG
        ,       PUNCT punct    3
        Ann     PROPN compound 6 B-PERSON
        Vale    PROPN conj     3 I-PERSON
        and     CCONJ cc       6
        the     DET   det      9
        crew    NOUN  conj     6
        .       PUNCT punct    1
        """,
    )
    assert ("ORG", "Harbour Lights") in found(doc, resolver)


def test_thing_listed_among_people_stays_no_person(blank_nlp, resolver):
    # "Player" is a surname too, but a word for a kind of gadget first.
    doc = parse(
        blank_nlp.vocab,
        "It beat Media Player, Ann Vale and Tom Reid.",
        """
        It     PRON  nsubj    1
        beat   VERB  ROOT     1 O beat
        Media  PROPN compound 3 B-ORG
        Player PROPN dobj     1 I-ORG
        ,      PUNCT punct    3
        Ann    PROPN compound 6 B-PERSON
        Vale   PROPN conj     3 I-PERSON
        and    CCONJ cc       6
        Tom    PROPN compound 9 B-PERSON
        Reid   PROPN conj     6 I-PERSON
        .      PUNCT punct    1
        """,
    )
    assert ("PERSON", "Media Player") not in found(doc, resolver)


# --- a nationality noun --------------------------------------------------------


def test_nationality_noun_before_a_name_is_cut(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Briton Anne Vale won.",
        """
        Briton PROPN compound 2 B-PERSON
        Anne   PROPN compound 2 I-PERSON
        Vale   PROPN nsubj    3 I-PERSON
        won    VERB  ROOT     3 O win
        .      PUNCT punct    3
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Anne Vale")]


def test_nationality_noun_alone_is_no_entity(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "The Scot 's run ended.",
        """
        The   DET   det   1
        Scot  PROPN poss  4 B-ORG
        's    PART  case  1
        run   NOUN  nsubj 4
        ended VERB  ROOT  4 O end
        .     PUNCT punct 4
        """,
    )
    assert found(doc, resolver) == []


# --- a thing named after its kind ---------------------------------------------


def test_name_of_a_robot_called_so_is_a_product(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "It built a robot, called Zelvo, last year.",
        """
        It     PRON  nsubj 1
        built  VERB  ROOT  1 O build
        a      DET   det   3
        robot  NOUN  dobj  1
        ,      PUNCT punct 3
        called VERB  acl   3 O call
        Zelvo  PROPN oprd  5 B-ORG
        ,      PUNCT punct 3
        last   ADJ   amod  9
        year   NOUN  npadvmod 1
        .      PUNCT punct 1
        """,
    )
    assert found(doc, resolver) == []


def test_firm_called_so_is_no_product(blank_nlp, resolver):
    from claimkit.components.entities.thing_clues import _named_thing

    doc = parse(
        blank_nlp.vocab,
        "It set up a firm, called Zelvo, last year.",
        """
        It     PRON  nsubj 1
        set    VERB  ROOT  1
        up     ADP   prt   1
        a      DET   det   4
        firm   NOUN  dobj  1
        ,      PUNCT punct 4
        called VERB  acl   4 O call
        Zelvo  PROPN oprd  6 B-ORG
        ,      PUNCT punct 4
        last   ADJ   amod  10
        year   NOUN  npadvmod 1
        .      PUNCT punct 1
        """,
    )
    assert not _named_thing(doc[7], resolver)


def test_film_named_after_a_comma_is_a_work(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "His next film, Dana Brisk, was a hit.",
        """
        His   PRON  poss     2
        next  ADJ   amod     2
        film  NOUN  nsubj    7
        ,     PUNCT punct    2
        Dana  PROPN compound 5 B-PERSON
        Brisk PROPN appos    2 I-PERSON
        ,     PUNCT punct    2
        was   AUX   ROOT     7 O be
        a     DET   det      9
        hit   NOUN  attr     7
        .     PUNCT punct    7
        """,
    )
    assert found(doc, resolver) == []


def test_person_after_a_comma_and_a_role_stays(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Its director, Dana Brisk, was there.",
        """
        Its      PRON  poss     1
        director NOUN  nsubj    6
        ,        PUNCT punct    1
        Dana     PROPN compound 4 B-PERSON
        Brisk    PROPN appos    1 I-PERSON
        ,        PUNCT punct    1
        was      AUX   ROOT     6 O be
        there    ADV   advmod   6
        .        PUNCT punct    6
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Dana Brisk")]


def test_acronym_before_standards_stays_an_organization(blank_nlp, resolver):
    # Organizations set standards: "NATO standards" are NATO's.
    doc = parse(
        blank_nlp.vocab,
        "They met NATO standards.",
        """
        They      PRON  nsubj    1
        met       VERB  ROOT     1 O meet
        NATO      PROPN compound 3 B-ORG
        standards NOUN  dobj     1
        .         PUNCT punct    1
        """,
    )
    assert found(doc, resolver) == [("ORG", "NATO")]
