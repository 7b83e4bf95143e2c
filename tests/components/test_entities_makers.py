"""ck_entities: a maker, its models and the people who bear its name.

Hand-built Docs (tests/handmade.py), sentences and names our own: a model
named after its maker, or a car told by its year or colour, is no
organization; a maker's bare name used as the firm joins the firm, not a
namesake; a role makes a person of a name ending in a word of organizations;
a place qualifying a firm is no organization; a legal form alone is no
entity.
"""

from __future__ import annotations

from claimkit.components.entities.resolver import find_entities
from tests.components.test_entities_works import found
from tests.handmade import parse

# --- a model named after its maker -------------------------------------------


def test_model_the_maker_stops_making_is_no_org(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Velta said it will drop the Velta Corsa.",
        """
        Velta  PROPN nsubj     1  B-ORG
        said   VERB  ROOT      1  O say
        it     PRON  nsubj     4
        will   AUX   aux       4
        drop   VERB  ccomp     1
        the    DET   det       7
        Velta  PROPN compound  7  B-ORG
        Corsa  PROPN dobj      4  I-ORG
        .      PUNCT punct     1
        """,
    )
    assert found(doc, resolver) == [("ORG", "Velta")]


def test_model_ending_in_us_introduced_is_no_org(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Velta said the Velta Primus was introduced in 1990.",
        """
        Velta      PROPN nsubj     1  B-ORG
        said       VERB  ROOT      1  O say
        the        DET   det       4
        Velta      PROPN compound  4  B-ORG
        Primus     PROPN nsubjpass 6  I-ORG
        was        AUX   auxpass   6
        introduced VERB  ccomp     1
        in         ADP   prep      6
        1990       NUM   pobj      7  B-DATE
        .          PUNCT punct     1
        """,
    )
    assert found(doc, resolver) == [("ORG", "Velta")]


def test_makers_arm_that_acts_stays_an_org(blank_nlp, resolver):
    # Negative: typed ORG and the subject of its own verb, an organization.
    doc = parse(
        blank_nlp.vocab,
        "Velta said the Velta Corsa signed a deal.",
        """
        Velta  PROPN nsubj     1  B-ORG
        said   VERB  ROOT      1  O say
        the    DET   det       4
        Velta  PROPN compound  4  B-ORG
        Corsa  PROPN nsubj     5  I-ORG
        signed VERB  ccomp     1
        a      DET   det       7
        deal   NOUN  dobj      5
        .      PUNCT punct     1
        """,
    )
    assert ("ORG", "Velta Corsa") in found(doc, resolver)


def test_object_named_after_an_org_it_is_not_listed_alone_stays(blank_nlp, resolver):
    # Negative: the first word is never an organization alone in the text.
    doc = parse(
        blank_nlp.vocab,
        "Regulators fined the Velta Corsa group.",
        """
        Regulators NOUN  nsubj     1  O regulator
        fined      VERB  ROOT      1  O fine
        the        DET   det       4
        Velta      PROPN compound  4  B-ORG
        Corsa      PROPN dobj      1  I-ORG
        group      NOUN  appos     4
        .          PUNCT punct     1
        """,
    )
    assert ("ORG", "Velta Corsa") in found(doc, resolver)


def test_car_told_by_its_year_or_colour_is_no_entity(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "She was hit by his grey 2013 Velta Corsa.",
        """
        She   PRON  nsubjpass 2
        was   AUX   auxpass   2
        hit   VERB  ROOT      2  O hit
        by    ADP   agent     2
        his   PRON  poss      8
        grey  ADJ   amod      8
        2013  NUM   nummod    8  B-DATE
        Velta PROPN compound  8  B-ORG
        Corsa PROPN pobj      3  I-ORG
        .     PUNCT punct     2
        """,
    )
    assert found(doc, resolver) == []


def test_year_before_a_name_qualifying_a_noun_stays(blank_nlp, resolver):
    # Negative: the name qualifies "study"; a year dates the study.
    doc = parse(
        blank_nlp.vocab,
        "It cited a 2004 Velta Institute study.",
        """
        It        PRON  nsubj     1
        cited     VERB  ROOT      1  O cite
        a         DET   det       6
        2004      NUM   nummod    6  B-DATE
        Velta     PROPN compound  5  B-ORG
        Institute PROPN compound  6  I-ORG
        study     NOUN  dobj      1
        .         PUNCT punct     1
        """,
    )
    assert found(doc, resolver) == [("ORG", "Velta Institute")]


# --- the maker's bare name beside a namesake ---------------------------------

_NAMESAKE = (
    "Marlow Motor Company named Ada Marlow chief. Marlow said sales fell."
    " Marlow cut jobs."
)


def _namesake_doc(blank_nlp, label: str):  # type: ignore[no-untyped-def]
    """The bare "Marlow" twice, typed ``label`` (one mention is too few)."""
    return parse(
        blank_nlp.vocab,
        _NAMESAKE,
        f"""
        Marlow  PROPN compound  2  B-ORG
        Motor   PROPN compound  2  I-ORG
        Company PROPN nsubj     3  I-ORG
        named   VERB  ROOT      3  O name
        Ada     PROPN compound  5  B-PERSON
        Marlow  PROPN dobj      3  I-PERSON
        chief   NOUN  oprd      3
        .       PUNCT punct     3
        Marlow  PROPN nsubj     9  B-{label}
        said    VERB  ROOT      9  O say
        sales   NOUN  nsubj     11 O sale
        fell    VERB  ccomp     9  O fall
        .       PUNCT punct     9
        Marlow  PROPN nsubj     14 B-{label}
        cut     VERB  ROOT      14 O cut
        jobs    NOUN  dobj      14 O job
        .       PUNCT punct     14
        """,
    )


def _mentions(doc, resolver) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    return {
        e["name"]: [m["text"] for m in e["mentions"]]
        for e in find_entities(doc, resolver)
    }


def test_bare_name_typed_org_joins_the_firm_not_the_namesake(blank_nlp, resolver):
    mentions = _mentions(_namesake_doc(blank_nlp, "ORG"), resolver)
    assert mentions["Marlow Motor Company"].count("Marlow") == 2
    assert mentions["Ada Marlow"] == ["Ada Marlow"]


def test_bare_name_typed_person_joins_the_namesake(blank_nlp, resolver):
    # Negative: the model calls the bare name a person.
    mentions = _mentions(_namesake_doc(blank_nlp, "PERSON"), resolver)
    assert mentions["Ada Marlow"].count("Marlow") == 2


# --- a role or a place beside a name -----------------------------------------


def test_given_name_and_press_with_a_role_is_a_person(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "said Tom Press, the chairman of Velta.",
        """
        said     VERB  ROOT      0  O say
        Tom      PROPN compound  2  B-PERSON
        Press    PROPN nsubj     0  I-PERSON
        ,        PUNCT punct     2
        the      DET   det       5
        chairman NOUN  appos     2
        of       ADP   prep      5
        Velta    PROPN pobj      6  B-ORG
        .        PUNCT punct     0
        """,
    )
    assert ("PERSON", "Tom Press") in found(doc, resolver)


def test_name_and_press_typed_org_stays_an_org(blank_nlp, resolver):
    # Negative: no given name, typed ORG: a publisher.
    doc = parse(
        blank_nlp.vocab,
        "said Velta Press, the publisher.",
        """
        said      VERB  ROOT      0  O say
        Velta     PROPN compound  2  B-ORG
        Press     PROPN nsubj     0  I-ORG
        ,         PUNCT punct     2
        the       DET   det       5
        publisher NOUN  appos     2
        .         PUNCT punct     0
        """,
    )
    assert found(doc, resolver) == [("ORG", "Velta Press")]


def test_role_of_a_firm_then_the_holder_is_a_person(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "said the chairman of Velta Inc Tom Press.",
        """
        said     VERB  ROOT      0  O say
        the      DET   det       2
        chairman NOUN  nsubj     0
        of       ADP   prep      2
        Velta    PROPN compound  5  B-ORG
        Inc      PROPN compound  7  I-ORG
        Tom      PROPN compound  7  B-PERSON
        Press    PROPN pobj      3  I-PERSON
        .        PUNCT punct     0
        """,
    )
    assert ("PERSON", "Tom Press") in found(doc, resolver)


def test_country_before_a_firm_is_no_org(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "It is a United States manufacturing firm.",
        """
        It            PRON  nsubj     1
        is            AUX   ROOT      1  O be
        a             DET   det       6
        United        PROPN compound  4  B-GPE
        States        PROPN compound  6  I-GPE
        manufacturing NOUN  compound  6
        firm          NOUN  attr      1
        .             PUNCT punct     1
        """,
    )
    assert found(doc, resolver) == []


def test_place_naming_a_magazine_stays_an_org(blank_nlp, resolver):
    # Negative: no article before it, nothing after the noun: the title.
    doc = parse(
        blank_nlp.vocab,
        "She wrote in Ohio magazine.",
        """
        She      PRON  nsubj     1
        wrote    VERB  ROOT      1  O write
        in       ADP   prep      1
        Ohio     PROPN compound  4  B-GPE
        magazine NOUN  pobj      2
        .        PUNCT punct     1
        """,
    )
    assert found(doc, resolver) == [("ORG", "Ohio")]


# --- a legal form alone -----------------------------------------------------


def test_legal_form_cut_off_rejoins_its_name(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Velta LLC said it would close.",
        """
        Velta PROPN compound  1  B-ORG
        LLC   PROPN nsubj     2  B-ORG
        said  VERB  ROOT      2  O say
        it    PRON  nsubj     5
        would AUX   aux       5
        close VERB  ccomp     2
        .     PUNCT punct     2
        """,
    )
    assert found(doc, resolver) == [("ORG", "Velta LLC")]


def test_legal_form_alone_is_no_entity(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "On behalf of Velta, LLC said nothing.",
        """
        On     ADP   prep     5
        behalf NOUN  pobj     0
        of     ADP   prep     1
        Velta  PROPN pobj     2  B-ORG
        ,      PUNCT punct    5
        LLC    PROPN nsubj    5  B-ORG
        said   VERB  ROOT     5  O say
        nothing PRON dobj     5
        .      PUNCT punct    5
        """,
    )
    assert ("ORG", "LLC") not in found(doc, resolver)


# --- a plan's name ---------------------------------------------------------


def test_plan_called_a_name_is_no_org(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "The plan, called Way Ahead, will cut costs.",
        """
        The    DET   det       1
        plan   NOUN  nsubj     8
        ,      PUNCT punct     1
        called VERB  acl       1  O call
        Way    PROPN compound  5  B-ORG
        Ahead  PROPN oprd      3  I-ORG
        ,      PUNCT punct     1
        will   AUX   aux       8
        cut    VERB  ROOT      8  O cut
        costs  NOUN  dobj      8  O cost
        .      PUNCT punct     8
        """,
    )
    assert found(doc, resolver) == []


def test_group_called_a_name_stays_an_org(blank_nlp, resolver):
    # Negative: a group's name, not a plan's.
    doc = parse(
        blank_nlp.vocab,
        "A group called Way Ahead will sue.",
        """
        A      DET   det       1
        group  NOUN  nsubj     6
        called VERB  acl       1  O call
        Way    PROPN compound  4  B-ORG
        Ahead  PROPN oprd      2  I-ORG
        will   AUX   aux       6
        sue    VERB  ROOT      6
        .      PUNCT punct     6
        """,
    )
    assert found(doc, resolver) == [("ORG", "Way Ahead")]
