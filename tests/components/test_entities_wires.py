"""ck_entities on wire-service layout: a dateline holds no entity, a headline
word in capitals that the body never names is none (an acronym stays), a score
ending a results line is no part of a team's name, and a name keeps the bracket
it opens ("Mladost (K)"); a title that is a common
given name before a lone surname is the given name, and a role word opening a
sentence stays out of the name after it. Golden cases with the model:
tests/data/golden/entities.jsonl ("wire-*").

Hand-built Docs (tests/handmade.py), sentences our own.
"""

from __future__ import annotations

import pytest

from claimkit.components.entities import find_entities
from claimkit.components.entities.edges import with_number
from claimkit.components.entities.headlines import _DATELINE
from tests.components.test_entities_works import found
from tests.handmade import parse

# --- a title that is a common given name -----------------------------------------


def test_dean_before_a_lone_surname_is_a_given_name(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Dean Corwell scored twice.",
        """
        Dean    PROPN compound 1  B-PERSON
        Corwell PROPN nsubj    2  I-PERSON
        scored  VERB  ROOT     2  O score
        twice   ADV   advmod   2
        .       PUNCT punct    2
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Dean Corwell")]


def test_dean_before_a_full_name_is_a_title(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Dean Marta Vellis opened the library.",
        """
        Dean    PROPN compound 2  B-PERSON
        Marta   PROPN compound 2  I-PERSON
        Vellis  PROPN nsubj    3  I-PERSON
        opened  VERB  ROOT     3  O open
        the     DET   det      5
        library NOUN  dobj     3
        .       PUNCT punct    3
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Marta Vellis")]


# --- a role word opening the sentence ------------------------------------------


def test_role_word_opening_a_sentence_is_cut(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Fullback Marta Vellis saved twice.",
        """
        Fullback   PROPN compound 2  B-PERSON
        Marta      PROPN compound 2  I-PERSON
        Vellis     PROPN nsubj    3  I-PERSON
        saved      VERB  ROOT     3  O save
        twice      ADV   advmod   3
        .          PUNCT punct    3
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Marta Vellis")]


def test_given_name_opening_a_sentence_stays(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Anna Marie Vellis saved twice.",
        """
        Anna   PROPN compound 2  B-PERSON
        Marie  PROPN compound 2  I-PERSON
        Vellis PROPN nsubj    3  I-PERSON
        saved  VERB  ROOT     3  O save
        twice  ADV   advmod   3
        .      PUNCT punct    3
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Anna Marie Vellis")]


# --- results lines, datelines and headlines ------------------------------------


def test_score_ending_a_results_line_is_cut(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Harwick 2 Dunmore Rovers 1\nOsterby won on Sunday.",
        r"""
        Harwick  PROPN nsubj    7  B-ORG
        2        NUM   nummod   0
        Dunmore  PROPN compound 3  B-ORG
        Rovers   PROPN appos    0  I-ORG
        1        NUM   nummod   3
        \n       SPACE dep      4
        Osterby  PROPN appos    0  B-ORG
        won      VERB  ROOT     7  O win
        on       ADP   prep     7
        Sunday   PROPN pobj     8  B-DATE
        .        PUNCT punct    7
        """,
    )
    names = {name for _, name in found(doc, resolver)}
    assert "Dunmore Rovers" in names
    assert not any(name[-1:].isdigit() for name in names)


def test_number_after_a_name_in_prose_stays(blank_nlp):
    doc = parse(
        blank_nlp.vocab,
        "Maroon 5 played in Osland.",
        """
        Maroon PROPN nsubj    2  B-ORG
        5      NUM   nummod   0
        played VERB  ROOT     2  O play
        in     ADP   prep     2
        Osland PROPN pobj     3  B-GPE
        .      PUNCT punct    2
        """,
    )
    assert with_number(doc[0:1]).text == "Maroon 5"


def test_dateline_is_no_entity():
    assert _DATELINE.match("OSLAND 2024-03-05")
    assert _DATELINE.match("PORT VERAN, Eastland 2024-03-05")
    assert _DATELINE.match("KARSK Mar 5")
    assert not _DATELINE.match("OSLAND 2024-03-05 said the mayor")
    assert not _DATELINE.match("Osland Mills 2024-03-05")
    assert not _DATELINE.match("RUGBY UNION - KARSK WIN")


def test_dateline_name_is_not_read(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "OSLAND 2024-03-05\nKarsk Group said sales rose.",
        r"""
        OSLAND     PROPN ROOT     0  B-ORG
        2024-03-05 NUM   appos    0  B-DATE
        \n         SPACE dep      1
        Karsk      PROPN compound 4  B-ORG
        Group      PROPN nsubj    5  I-ORG
        said       VERB  ROOT     5  O say
        sales      NOUN  nsubj    7
        rose       VERB  ccomp    5  O rise
        .          PUNCT punct    5
        """,
    )
    assert found(doc, resolver) == [("ORG", "Karsk Group")]


def test_capitals_headline_word_the_body_never_names_is_none(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "TWO PLAYERS BANNED, CLUB FINED.\n\nKarsk Group paid a fine on Monday.",
        r"""
        TWO     NUM   nummod   1
        PLAYERS NOUN  nsubj    2
        BANNED  VERB  ROOT     2
        ,       PUNCT punct    2
        CLUB    PROPN compound 5  B-PERSON
        FINED   PROPN conj     2  I-PERSON
        .       PUNCT punct    2
        \n\n    SPACE dep      6
        Karsk   PROPN compound 9  B-ORG
        Group   PROPN nsubj    10 I-ORG
        paid    VERB  ROOT     10 O pay
        a       DET   det      12
        fine    NOUN  dobj     10
        on      ADP   prep     10
        Monday  PROPN pobj     13 B-DATE
        .       PUNCT punct    10
        """,
    )
    assert found(doc, resolver) == [("ORG", "Karsk Group")]


def test_capitals_headline_name_the_body_names_is_kept(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "KARSK GROUP FINED.\n\nKarsk Group paid a fine on Monday.",
        r"""
        KARSK  PROPN compound 1  B-ORG
        GROUP  PROPN nsubj    2  I-ORG
        FINED  VERB  ROOT     2
        .      PUNCT punct    2
        \n\n   SPACE dep      3
        Karsk  PROPN compound 6  B-ORG
        Group  PROPN nsubj    7  I-ORG
        paid   VERB  ROOT     7  O pay
        a      DET   det      9
        fine   NOUN  dobj     7
        on     ADP   prep     7
        Monday PROPN pobj     10 B-DATE
        .      PUNCT punct    7
        """,
    )
    entities = find_entities(doc, resolver)
    assert [(e["label"], e["name"]) for e in entities] == [("ORG", "Karsk Group")]
    assert [m["text"] for m in entities[0]["mentions"]] == [
        "KARSK GROUP",
        "Karsk Group",
    ]


@pytest.mark.parametrize(("word", "kept"), [("KPA", True), ("VIDEO", False)])
def test_capitals_headline_word_alone_stays_when_an_acronym(
    blank_nlp, resolver, word, kept
):
    doc = parse(
        blank_nlp.vocab,
        f"{word} RIVALS CLASH.\n\nThe two candidates traded barbs.",
        rf"""
        {word}     PROPN compound 1  B-ORG
        RIVALS     NOUN  nsubj    2
        CLASH      VERB  ROOT     2
        .          PUNCT punct    2
        \n\n       SPACE dep      3
        The        DET   det      7
        two        NUM   nummod   7
        candidates NOUN  nsubj    8
        traded     VERB  ROOT     8  O trade
        barbs      NOUN  dobj     8
        .          PUNCT punct    8
        """,
    )
    assert found(doc, resolver) == ([("ORG", word)] if kept else [])


@pytest.mark.parametrize(
    ("tags", "name"),
    [(("B-ORG", "I-ORG", "I-ORG"), "Mladost (K)"), (("B-ORG", "O", "O"), "Mladost")],
)
def test_name_keeps_the_bracket_it_opens(blank_nlp, resolver, tags, name):
    doc = parse(
        blank_nlp.vocab,
        "Sloboda 4 Mladost (K) 0",
        f"""
        Sloboda PROPN ROOT   0  B-ORG
        4       NUM   nummod 0
        Mladost PROPN appos  0  {tags[0]}
        (       PUNCT punct  2  {tags[1]}
        K       PROPN appos  2  {tags[2]}
        )       PUNCT punct  2
        0       NUM   nummod 2
        """,
    )
    assert ("ORG", name) in found(doc, resolver)
