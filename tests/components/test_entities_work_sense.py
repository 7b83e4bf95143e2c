"""ck_entities: one sense per article for a name a clue marks as a work.

A name that one clue marks as a title ("the film X") is a title in every
mention of the article, however often the recognizer reads a person or a firm
there, unless the text makes it act (it speaks, is titled, employs).
Hand-built Docs (tests/handmade.py), sentences our own.
"""

from __future__ import annotations

from tests.components.test_entities_works import found
from tests.handmade import parse

# "British film Tara Lowe has nine nominations.": the film, tied to the name.
_FILM = """
    British     ADJ   amod     1 B-NORP
    film        NOUN  compound 3
    Tara        PROPN compound 3 B-PERSON
    Lowe        PROPN nsubj    4 I-PERSON
    has         VERB  ROOT     4 O have
    nine        NUM   nummod   6 B-CARDINAL
    nominations NOUN  dobj     4
    .           PUNCT punct    4
"""


def test_a_film_named_like_a_person_is_dropped_in_every_mention(blank_nlp, resolver):
    # "Tara" is a given name: the shape of the words is no evidence against
    # the clue of their use.
    doc = parse(
        blank_nlp.vocab,
        "British film Tara Lowe has nine nominations. Tara Lowe opens in May.",
        _FILM
        + """
        Tara  PROPN compound 9  B-PERSON
        Lowe  PROPN nsubj    10 I-PERSON
        opens VERB  ROOT     10 O open
        in    ADP   prep     10
        May   PROPN pobj     11 B-DATE
        .     PUNCT punct    10
        """,
    )
    assert found(doc, resolver) == []


def test_a_film_title_that_speaks_stays_a_person(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "British film Tara Lowe has nine nominations. Tara Lowe said so.",
        _FILM
        + """
        Tara PROPN compound 9  B-PERSON
        Lowe PROPN nsubj    10 I-PERSON
        said VERB  ROOT     10 O say
        so   ADV   advmod   10
        .    PUNCT punct    10
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Tara Lowe")]


def test_one_clue_outweighs_many_mentions_the_model_reads_as_a_firm(
    blank_nlp, resolver
):
    doc = parse(
        blank_nlp.vocab,
        "The album Velvet Rope sold well. Velvet Rope topped charts. "
        "Fans love Velvet Rope. Velvet Rope ends softly.",
        """
        The     DET   det      1
        album   NOUN  compound 3
        Velvet  PROPN compound 3  B-ORG
        Rope    PROPN nsubj    4  I-ORG
        sold    VERB  ROOT     4  O sell
        well    ADV   advmod   4
        .       PUNCT punct    4
        Velvet  PROPN compound 8  B-ORG
        Rope    PROPN nsubj    9  I-ORG
        topped  VERB  ROOT     9  O top
        charts  NOUN  dobj     9
        .       PUNCT punct    9
        Fans    NOUN  nsubj    13
        love    VERB  ROOT     13
        Velvet  PROPN compound 15 B-ORG
        Rope    PROPN dobj     13 I-ORG
        .       PUNCT punct    13
        Velvet  PROPN compound 18 B-ORG
        Rope    PROPN nsubj    19 I-ORG
        ends    VERB  ROOT     19 O end
        softly  ADV   advmod   19
        .       PUNCT punct    19
        """,
    )
    assert found(doc, resolver) == []


def test_the_studio_of_a_film_stays_a_firm(blank_nlp, resolver):
    # "the Disney film Big Sky": the clue is the film's, not the studio's.
    doc = parse(
        blank_nlp.vocab,
        "The Disney film Big Sky opens in May. Disney said so.",
        """
        The    DET   det      2
        Disney PROPN compound 2  B-ORG
        film   NOUN  compound 4
        Big    PROPN compound 4  B-ORG
        Sky    PROPN nsubj    5  I-ORG
        opens  VERB  ROOT     5  O open
        in     ADP   prep     5
        May    PROPN pobj     6  B-DATE
        .      PUNCT punct    5
        Disney PROPN nsubj    10 B-ORG
        said   VERB  ROOT     10 O say
        so     ADV   advmod   10
        .      PUNCT punct    10
        """,
    )
    assert found(doc, resolver) == [("ORG", "Disney")]


# --- a game is a work ---------------------------------------------------------


def test_the_game_before_a_name_drops_it(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "The puzzle game Moon Garden won a prize.",
        """
        The    DET   det      2
        puzzle NOUN  compound 2
        game   NOUN  compound 4
        Moon   PROPN compound 4 B-PERSON
        Garden PROPN nsubj    5 I-PERSON
        won    VERB  ROOT     5 O win
        a      DET   det      7
        prize  NOUN  dobj     5
        .      PUNCT punct    5
        """,
    )
    assert found(doc, resolver) == []


def test_a_person_after_the_game_stays(blank_nlp, resolver):
    # "After the game Dana Pike thanked fans": the game is when, Pike who.
    doc = parse(
        blank_nlp.vocab,
        "After the game Dana Pike thanked fans.",
        """
        After   ADP   prep     5
        the     DET   det      2
        game    NOUN  pobj     0
        Dana    PROPN compound 4 B-PERSON
        Pike    PROPN nsubj    5 I-PERSON
        thanked VERB  ROOT     5 O thank
        fans    NOUN  dobj     5
        .       PUNCT punct    5
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Dana Pike")]
