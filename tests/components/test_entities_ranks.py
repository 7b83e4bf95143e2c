"""ck_entities: ranks and offices stay out of a person's name; roster
statuses, awards of a period and buildings are no people or organizations;
a Title Case headline keeps its longer small words low.

Hand-built Docs (tests/handmade.py), sentences our own.
"""

from __future__ import annotations

import pytest

from claimkit.components.entities import EntityResolver
from claimkit.components.entities.headlines import _is_headline
from tests.components.test_entities_works import found
from tests.handmade import parse


@pytest.fixture(scope="module")
def resolver() -> EntityResolver:
    return EntityResolver()


# --- ranks and offices of police, courts and sports ------------------------------


@pytest.mark.parametrize("rank", ["Sheriff", "Coroner", "Trooper", "Warden", "Referee"])
def test_rank_before_a_name_is_cut(blank_nlp, resolver, rank):
    doc = parse(
        blank_nlp.vocab,
        f"{rank} Dana Whitlow said the case was closed.",
        f"""
        {rank}  PROPN compound  2  B-PERSON
        Dana    PROPN compound  2  I-PERSON
        Whitlow PROPN nsubj     3  I-PERSON
        said    VERB  ROOT      3  O say
        the     DET   det       5
        case    NOUN  nsubjpass 7
        was     AUX   auxpass   7  O be
        closed  VERB  ccomp     3  O close
        .       PUNCT punct     3
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Dana Whitlow")]


def test_sheriffs_office_stays_an_organization(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "The Brantley County Sheriff's Office said two men fled.",
        """
        The      DET   det      4
        Brantley PROPN compound 2  B-ORG
        County   PROPN compound 3  I-ORG
        Sheriff  PROPN poss     4  I-ORG
        's       PART  case     3  I-ORG
        Office   PROPN nsubj    5  I-ORG
        said     VERB  ROOT     5  O say
        two      NUM   nummod   7
        men      NOUN  nsubj    8  O man
        fled     VERB  ccomp    5  O flee
        .        PUNCT punct    5
        """,
    )
    assert found(doc, resolver) == [("ORG", "Brantley County Sheriff's Office")]


# --- roster statuses and awards -----------------------------------------------------


def test_injured_reserve_is_no_organization(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "The club placed Rob Tenney on Injured Reserve.",
        """
        The      DET   det      1
        club     NOUN  nsubj    2
        placed   VERB  ROOT     2  O place
        Rob      PROPN compound 4  B-PERSON
        Tenney   PROPN dobj     2  I-PERSON
        on       ADP   prep     2
        Injured  PROPN compound 7  B-ORG
        Reserve  PROPN pobj     5  I-ORG
        .        PUNCT punct    2
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Rob Tenney")]


def test_award_of_the_year_is_no_organization(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Kim Arlo was named National Coach of the Year.",
        """
        Kim      PROPN compound  1  B-PERSON
        Arlo     PROPN nsubjpass 3  I-PERSON
        was      AUX   auxpass   3  O be
        named    VERB  ROOT      3  O name
        National PROPN compound  5  B-ORG
        Coach    PROPN oprd      3  I-ORG
        of       ADP   prep      5  I-ORG
        the      DET   det       8  I-ORG
        Year     PROPN pobj      6  I-ORG
        .        PUNCT punct     3
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Kim Arlo")]


def test_name_cut_before_of_the_year_is_an_award(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Kim Arlo won Radio Nine Voice of the Year.",
        """
        Kim      PROPN compound  1  B-PERSON
        Arlo     PROPN nsubj     2  I-PERSON
        won      VERB  ROOT      2  O win
        Radio    PROPN compound  5  B-ORG
        Nine     PROPN compound  5  I-ORG
        Voice    PROPN dobj      2  I-ORG
        of       ADP   prep      5
        the      DET   det       8
        Year     PROPN pobj      6
        .        PUNCT punct     2
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Kim Arlo")]


def test_name_of_the_other_words_stays_an_organization(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "The Alliance of the Rose said the plan was wrong.",
        """
        The     DET   det      1
        Alliance PROPN nsubj    5  B-ORG
        of      ADP   prep     1  I-ORG
        the     DET   det      4  I-ORG
        Rose    PROPN pobj     2  I-ORG
        said    VERB  ROOT     5  O say
        the     DET   det      7
        plan    NOUN  nsubj    8
        was     AUX   ccomp    5  O be
        wrong   ADJ   acomp    8
        .       PUNCT punct    5
        """,
    )
    assert found(doc, resolver) == [("ORG", "Alliance of the Rose")]


# --- buildings ------------------------------------------------------------------------


def test_courthouse_is_a_place(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "The shooting at Marlow Courthouse shocked the town.",
        """
        The      DET   det      1
        shooting NOUN  nsubj    5  O shooting
        at       ADP   prep     1
        Marlow   PROPN compound 4  B-ORG
        Courthouse PROPN pobj   2  I-ORG
        shocked  VERB  ROOT     5  O shock
        the      DET   det      7
        town     NOUN  dobj     5
        .        PUNCT punct    5
        """,
    )
    assert found(doc, resolver) == []


# --- headlines ------------------------------------------------------------------------


def test_title_case_headline_may_keep_with_low():
    words = ["Rovers", "Clinch", "League", "Berth", "with", "Late", "Goal"]
    assert _is_headline(words)


def test_prose_with_low_words_is_no_headline():
    words = ["Rovers", "clinched", "their", "League", "berth", "with", "a", "goal"]
    assert not _is_headline(words)
