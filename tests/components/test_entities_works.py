"""ck_entities: titles, awards and things are no people or organizations.

Hand-built Docs (tests/handmade.py), sentences our own: the recognizer's label
is stated, and the words around the name decide.
"""

from __future__ import annotations

import pytest

from claimkit.components.entities import EntityResolver, find_entities
from tests.handmade import parse


@pytest.fixture(scope="module")
def resolver() -> EntityResolver:
    return EntityResolver()


def found(doc, resolver) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [
        (e["label"], e["name"])
        for e in find_entities(doc, resolver)
        if e["mentions"][0]["text"].lower() not in ("he", "she", "it", "they")
    ]


# --- a kind of work before the name -----------------------------------------


def test_work_noun_before_the_name_drops_it(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Her album Salt Harbour sold well.",
        """
        Her     PRON  poss     1
        album   NOUN  compound 3
        Salt    PROPN compound 3 B-PERSON
        Harbour PROPN nsubj    4 I-PERSON
        sold    VERB  ROOT     4 O sell
        well    ADV   advmod   4
        .       PUNCT punct    4
        """,
    )
    assert found(doc, resolver) == []


def test_work_noun_split_from_the_name_by_the_parse_drops_it(blank_nlp, resolver):
    # Both words hang from the verb as subjects: the apposition, split.
    doc = parse(
        blank_nlp.vocab,
        "Danish movie The Grey Coast was named best film.",
        """
        Danish  ADJ   amod      1 B-NORP
        movie   NOUN  nsubjpass 6
        The     DET   det       4
        Grey    PROPN compound  4 B-ORG
        Coast   PROPN nsubjpass 6 I-ORG
        was     AUX   auxpass   6
        named   VERB  ROOT      6 O name
        best    ADJ   amod      8
        film    NOUN  oprd      6
        .       PUNCT punct     6
        """,
    )
    assert found(doc, resolver) == []


def test_work_noun_not_tied_to_the_name_keeps_it(blank_nlp, resolver):
    # "At the show Dana Pike unveiled ...": the show is where, Pike who.
    doc = parse(
        blank_nlp.vocab,
        "At the show Dana Pike unveiled a phone.",
        """
        At      ADP   prep     5
        the     DET   det      2
        show    NOUN  pobj     0
        Dana    PROPN compound 4 B-PERSON
        Pike    PROPN nsubj    5 I-PERSON
        unveiled VERB ROOT     5 O unveil
        a       DET   det      7
        phone   NOUN  dobj     5
        .       PUNCT punct    5
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Dana Pike")]


# --- awards -----------------------------------------------------------------


def test_name_of_an_award_is_dropped(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "She won a Silver Lantern award.",
        """
        She     PRON  nsubj    1
        won     VERB  ROOT     1 O win
        a       DET   det      5
        Silver  PROPN compound 4 B-PERSON
        Lantern PROPN compound 5 I-PERSON
        award   NOUN  dobj     1
        .       PUNCT punct    1
        """,
    )
    assert found(doc, resolver) == []


def test_award_winning_drops_the_award(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "The Lantern-winning director Tomas Vale spoke.",
        """
        The      DET   det      6
        Lantern  PROPN npadvmod 3 B-PERSON
        -        PUNCT punct    3
        winning  VERB  amod     6 O win
        director NOUN  compound 6
        Tomas    PROPN compound 6 B-PERSON
        Vale     PROPN nsubj    7 I-PERSON
        spoke    VERB  ROOT     7 O speak
        .        PUNCT punct    7
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Tomas Vale")]


def test_giver_of_an_award_in_capitals_stays(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "She won a KTV award.",
        """
        She   PRON  nsubj    1
        won   VERB  ROOT     1 O win
        a     DET   det      4
        KTV   PROPN compound 4 B-ORG
        award NOUN  dobj     1
        .     PUNCT punct    1
        """,
    )
    assert found(doc, resolver) == [("ORG", "KTV")]


# --- "a" thing ----------------------------------------------------------------


def test_name_after_an_indefinite_article_is_a_thing(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "He flew a Sky Rover.",
        """
        He    PRON  nsubj    1
        flew  VERB  ROOT     1 O fly
        a     DET   det      4
        Sky   PROPN compound 4 B-ORG
        Rover PROPN dobj     1 I-ORG
        .     PUNCT punct    1
        """,
    )
    assert found(doc, resolver) == []


def test_article_of_a_noun_after_the_name_is_the_nouns(blank_nlp, resolver):
    # The parse hangs "a" on the name; the noun after it owns it all the same.
    doc = parse(
        blank_nlp.vocab,
        "It was a Harbour Court ruling.",
        """
        It      PRON  nsubj    1
        was     AUX   ROOT     1 O be
        a       DET   det      4
        Harbour PROPN compound 4 B-ORG
        Court   PROPN attr     1 I-ORG
        ruling  NOUN  appos    4
        .       PUNCT punct    1
        """,
    )
    assert found(doc, resolver) == [("ORG", "Harbour Court")]


def test_name_qualifying_a_noun_after_an_article_stays(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "A Vantor spokesman declined.",
        """
        A         DET   det      2
        Vantor    PROPN compound 2 B-ORG
        spokesman NOUN  nsubj    3
        declined  VERB  ROOT     3 O decline
        .         PUNCT punct    3
        """,
    )
    assert found(doc, resolver) == [("ORG", "Vantor")]


# --- titles written as titles -------------------------------------------------


def test_capitalized_small_word_inside_makes_a_title(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Night Of The Owls opened in May.",
        """
        Night  PROPN nsubj 4 B-ORG
        Of     ADP   prep  0 I-ORG
        The    DET   det   3 I-ORG
        Owls   PROPN pobj  1 I-ORG
        opened VERB  ROOT  4 O open
        in     ADP   prep  4
        May    PROPN pobj  5 B-DATE
        .      PUNCT punct 4
        """,
    )
    assert found(doc, resolver) == []


def test_small_word_in_lower_case_keeps_an_organization(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Bank of Nordland raised rates.",
        """
        Bank     PROPN nsubj 3 B-ORG
        of       ADP   prep  0 I-ORG
        Nordland PROPN pobj  1 I-ORG
        raised   VERB  ROOT  3 O raise
        rates    NOUN  dobj  3
        .        PUNCT punct 3
        """,
    )
    assert found(doc, resolver) == [("ORG", "Bank of Nordland")]


# --- lists and short forms ----------------------------------------------------


def test_names_listed_with_a_title_are_titles(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Prizes went to Harbour Lights, Ray and the film Cold Tide.",
        """
        Prizes  NOUN  nsubj    1
        went    VERB  ROOT     1 O go
        to      ADP   prep     1
        Harbour PROPN compound 4 B-ORG
        Lights  PROPN pobj     2 I-ORG
        ,       PUNCT punct    4
        Ray     PROPN conj     4 B-PERSON
        and     CCONJ cc       6
        the     DET   det      9
        film    NOUN  conj     6
        Cold    PROPN compound 11 B-PERSON
        Tide    PROPN appos    9 I-PERSON
        .       PUNCT punct    1
        """,
    )
    assert found(doc, resolver) == []


def test_person_typed_by_a_title_stays_beside_a_work(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Dr Hale and the film Cold Tide won.",
        """
        Dr   PROPN compound 1 B-PERSON
        Hale PROPN nsubj    7 I-PERSON
        and  CCONJ cc       1
        the  DET   det      4
        film NOUN  conj     1
        Cold PROPN compound 6 B-PERSON
        Tide PROPN appos    4 I-PERSON
        won  VERB  ROOT     7 O win
        .    PUNCT punct    7
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Hale")]


def test_short_form_of_an_event_is_dropped(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "The Harbour Tech Show (HTS) opened. HTS grew.",
        """
        The     DET   det      3
        Harbour PROPN compound 3 B-ORG
        Tech    PROPN compound 3 I-ORG
        Show    PROPN nsubj    7 I-ORG
        (       PUNCT punct    5
        HTS     PROPN appos    3 B-ORG
        )       PUNCT punct    5
        opened  VERB  ROOT     7 O open
        .       PUNCT punct    7
        HTS     PROPN nsubj    10 B-ORG
        grew    VERB  ROOT     10 O grow
        .       PUNCT punct    10
        """,
    )
    assert found(doc, resolver) == []


def test_example_of_a_kind_of_gadget_is_a_product(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Consoles like the ZapBox sold out.",
        """
        Consoles NOUN  nsubj 4
        like     ADP   prep  0
        the      DET   det   3
        ZapBox   PROPN pobj  1 B-ORG
        sold     VERB  ROOT  4 O sell
        out      ADP   prt   4
        .        PUNCT punct 4
        """,
    )
    assert found(doc, resolver) == []


def test_people_like_a_named_model_stay(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Models like Petra Lind walked.",
        """
        Models NOUN  nsubj    4
        like   ADP   prep     0
        Petra  PROPN compound 3 B-PERSON
        Lind   PROPN pobj     1 I-PERSON
        walked VERB  ROOT     4 O walk
        .      PUNCT punct    4
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Petra Lind")]


# --- one label for a name --------------------------------------------------


def test_one_odd_clue_is_outweighed_by_a_name_that_acts(blank_nlp, resolver):
    # "a Lorne" (one of the family) once, "Lorne said" twice: a person still.
    doc = parse(
        blank_nlp.vocab,
        "Lorne said so. Lorne said no. Each was a Lorne.",
        """
        Lorne PROPN nsubj 1 B-PERSON
        said  VERB  ROOT  1 O say
        so    ADV   advmod 1
        .     PUNCT punct 1
        Lorne PROPN nsubj 5 B-PERSON
        said  VERB  ROOT  5 O say
        no    INTJ  dobj  5
        .     PUNCT punct 5
        Each  PRON  nsubj 9
        was   AUX   ROOT  9 O be
        a     DET   det   11
        Lorne PROPN attr  9 B-PERSON
        .     PUNCT punct 9
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Lorne")]


def test_one_odd_clue_among_many_mentions_is_outweighed(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "We want a Vantel Forum. Vantel Forum met. Vantel Forum grew. Vantel Forum ended.",
        """
        We     PRON  nsubj    1
        want   VERB  ROOT     1
        a      DET   det      4
        Vantel PROPN compound 4 B-ORG
        Forum  PROPN dobj     1 I-ORG
        .      PUNCT punct    1
        Vantel PROPN compound 7 B-ORG
        Forum  PROPN nsubj    8 I-ORG
        met    VERB  ROOT     8 O meet
        .      PUNCT punct    8
        Vantel PROPN compound 11 B-ORG
        Forum  PROPN nsubj    12 I-ORG
        grew   VERB  ROOT     12 O grow
        .      PUNCT punct    12
        Vantel PROPN compound 15 B-ORG
        Forum  PROPN nsubj    16 I-ORG
        ended  VERB  ROOT     16 O end
        .      PUNCT punct    16
        """,
    )
    # One clue in four mentions; with three, one clue would still decide.
    assert found(doc, resolver) == [("ORG", "Vantel Forum")]


def test_hyphenated_letter_is_no_small_title_word(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "He joined the Triple-A Dunmore Hawks.",
        """
        He      PRON  nsubj    1
        joined  VERB  ROOT     1 O join
        the     DET   det      7
        Triple  PROPN compound 7 B-ORG
        -       PUNCT punct    5 I-ORG
        A       PROPN compound 7 I-ORG
        Dunmore PROPN compound 7 I-ORG
        Hawks   PROPN dobj     1 I-ORG
        .       PUNCT punct    1
        """,
    )
    assert found(doc, resolver) == [("ORG", "Triple-A Dunmore Hawks")]


def test_split_full_name_with_a_given_name_is_a_person(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Orla Quist grew. Orla Quist hired.",
        """
        Orla  PROPN compound 1 B-ORG
        Quist PROPN nsubj    2 I-ORG
        grew  VERB  ROOT     2 O grow
        .     PUNCT punct    2
        Orla  PROPN compound 5 B-PERSON
        Quist PROPN nsubj    6 I-PERSON
        hired VERB  ROOT     6 O hire
        .     PUNCT punct    6
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Orla Quist")]


# --- a nationality before a name, a role that is also an organization -------


def test_nationality_before_a_given_name_is_cut(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Zambian Ruth Okello won.",
        """
        Zambian PROPN compound 2 B-PERSON
        Ruth    PROPN compound 2 I-PERSON
        Okello  PROPN nsubj    3 I-PERSON
        won     VERB  ROOT     3 O win
        .       PUNCT punct    3
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Ruth Okello")]


def test_given_name_or_a_short_word_before_a_given_name_is_kept(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Jenna Ruth Okello and San Diego Lopez won.",
        """
        Jenna  PROPN compound 2 B-PERSON
        Ruth   PROPN compound 2 I-PERSON
        Okello PROPN nsubj    7 I-PERSON
        and    CCONJ cc       2
        San    PROPN compound 6 B-PERSON
        Diego  PROPN compound 6 I-PERSON
        Lopez  PROPN conj     2 I-PERSON
        won    VERB  ROOT     7 O win
        .      PUNCT punct    7
        """,
    )
    names = [name for _, name in found(doc, resolver)]
    assert names == ["Jenna Ruth Okello", "San Diego Lopez"]


def test_word_before_a_non_given_name_is_kept(blank_nlp, resolver):
    # "Mulligan" ends like a demonym, but "Stone" opens no given name here.
    doc = parse(
        blank_nlp.vocab,
        "Mulligan Stone Partners won.",
        """
        Mulligan PROPN compound 2 B-ORG
        Stone    PROPN compound 2 I-ORG
        Partners PROPN nsubj    3 I-ORG
        won      VERB  ROOT     3 O win
        .        PUNCT punct    3
        """,
    )
    assert found(doc, resolver) == [("ORG", "Mulligan Stone Partners")]


def test_role_that_names_organizations_too_defers_to_a_full_name(blank_nlp, resolver):
    # "producer" is an oil company's word and a film person's.
    doc = parse(
        blank_nlp.vocab,
        "The producer Nina Hollis spoke.",
        """
        The      DET   det      1
        producer NOUN  compound 3
        Nina     PROPN compound 3 B-ORG
        Hollis   PROPN nsubj    4 I-ORG
        spoke    VERB  ROOT     4 O speak
        .        PUNCT punct    4
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Nina Hollis")]


def test_organization_noun_before_a_non_person_name_says_org(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "The producer Zentra Kaltix spoke.",
        """
        The      DET   det      1
        producer NOUN  compound 3
        Zentra   PROPN compound 3 B-PERSON
        Kaltix   PROPN nsubj    4 I-PERSON
        spoke    VERB  ROOT     4 O speak
        .        PUNCT punct    4
        """,
    )
    assert found(doc, resolver) == [("ORG", "Zentra Kaltix")]


def test_name_and_a_region_after_it_is_an_organization(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Vantor Europe cut jobs.",
        """
        Vantor PROPN compound 1 B-PERSON
        Europe PROPN nsubj    2 I-PERSON
        cut    VERB  ROOT     2
        jobs   NOUN  dobj     2
        .      PUNCT punct    2
        """,
    )
    assert found(doc, resolver) == [("ORG", "Vantor Europe")]


def test_given_name_before_a_region_is_a_person(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Jack Europe cut jobs.",
        """
        Jack    PROPN compound 1 B-PERSON
        Europe  PROPN nsubj    2 I-PERSON
        cut     VERB  ROOT     2
        jobs    NOUN  dobj     2
        .       PUNCT punct    2
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Jack Europe")]


# --- one person, one id: a stray clue on the full name ------------------------


def _full_and_surname(vocab, first: str):  # type: ignore[no-untyped-def]
    text = f"The regulator {first} Marsh spoke. Marsh said no. Marsh said yes."
    return parse(
        vocab,
        text,
        f"""
        The       DET   det      1
        regulator NOUN  compound 3
        {first}   PROPN compound 3 B-PERSON
        Marsh     PROPN nsubj    4 I-PERSON
        spoke     VERB  ROOT     4 O speak
        .         PUNCT punct    4
        Marsh     PROPN nsubj    7 B-PERSON
        said      VERB  ROOT     7 O say
        no        INTJ  dobj     7
        .         PUNCT punct    7
        Marsh     PROPN nsubj    11 B-PERSON
        said      VERB  ROOT     11 O say
        yes       INTJ  dobj     11
        .         PUNCT punct    11
        """,
    )


def test_surname_joins_its_full_name_against_one_stray_clue(blank_nlp, resolver):
    doc = _full_and_surname(blank_nlp.vocab, "Dale")
    assert found(doc, resolver) == [("PERSON", "Dale Marsh")]
    assert len(find_entities(doc, resolver)[0]["mentions"]) == 3


def test_surname_stays_apart_from_a_name_without_a_given_name(blank_nlp, resolver):
    doc = _full_and_surname(blank_nlp.vocab, "Vantel")
    assert found(doc, resolver) == [("ORG", "Vantel Marsh"), ("PERSON", "Marsh")]


# --- parses that say nothing --------------------------------------------------


def test_no_affiliation_across_a_paragraph_break(blank_nlp, resolver):
    # The headline has no full stop: the parser ran "of" into the next line.
    doc = parse(
        blank_nlp.vocab,
        "Guild of Arts\n\nSinger Dale Marsh won.",
        """
        Guild  PROPN ROOT     0 B-PERSON
        of     ADP   prep     0
        Arts   PROPN pobj     1
        \\n\\n  SPACE dep      2
        Singer PROPN compound 6
        Dale   PROPN compound 6 B-PERSON
        Marsh  PROPN pobj     1 I-PERSON
        won    VERB  ROOT     7 O win
        .      PUNCT punct    7
        """,
    )
    assert ("PERSON", "Dale Marsh") in found(doc, resolver)


def test_verb_between_name_and_group_is_no_compound(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Dale Marsh introduced soul group Tempo.",
        """
        Dale       PROPN compound 1 B-PERSON
        Marsh      PROPN nmod     4 I-PERSON
        introduced VERB  amod     4 O introduce
        soul       NOUN  compound 4
        group      NOUN  ROOT     4
        Tempo      PROPN appos    4 B-ORG
        .          PUNCT punct    4
        """,
    )
    assert ("PERSON", "Dale Marsh") in found(doc, resolver)


def test_hyphenated_role_before_a_full_name_is_a_persons(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "The film-maker Dale Marsh spoke.",
        """
        The   DET   det      3
        film  NOUN  compound 3
        -     PUNCT punct    3
        maker NOUN  compound 5
        Dale  PROPN compound 5 B-ORG
        Marsh PROPN nsubj    6 I-ORG
        spoke VERB  ROOT     6 O speak
        .     PUNCT punct    6
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Dale Marsh")]


def test_hyphenated_maker_before_a_company_name_says_org(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "The chip-maker Vantel said no.",
        """
        The   DET   det      3
        chip  NOUN  compound 3
        -     PUNCT punct    3
        maker NOUN  compound 4
        Vantel PROPN nsubj   5 B-PERSON
        said  VERB  ROOT     5 O say
        no    INTJ  dobj     5
        .     PUNCT punct    5
        """,
    )
    assert found(doc, resolver) == [("ORG", "Vantel")]


# --- a number in the name -------------------------------------------------------


def test_number_the_name_takes_is_part_of_it(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "The band Tempo 9 said no.",
        """
        The   DET   det      1
        band  NOUN  nsubj    4
        Tempo PROPN appos    1 B-ORG
        9     NUM   nummod   2 B-CARDINAL
        said  VERB  ROOT     4 O say
        no    INTJ  dobj     4
        .     PUNCT punct    4
        """,
    )
    assert found(doc, resolver) == [("ORG", "Tempo 9")]


def test_number_counting_another_word_stays_out(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Vantel beat Orsk 3 times.",
        """
        Vantel PROPN nsubj    1 B-ORG
        beat   VERB  ROOT     1 O beat
        Orsk   PROPN dobj     1 B-ORG
        3      NUM   nummod   4 B-CARDINAL
        times  NOUN  npadvmod 1
        .      PUNCT punct    1
        """,
    )
    assert ("ORG", "Orsk 3") not in found(doc, resolver)


def test_number_inside_a_longer_name_is_not_taken(blank_nlp, resolver):
    # "Vantel 6 Radio": the recognizer cut the name short; no "Vantel 6".
    doc = parse(
        blank_nlp.vocab,
        "Vantel 6 Radio said no.",
        """
        Vantel PROPN nmod     2 B-ORG
        6      NUM   nummod   0 B-CARDINAL
        Radio  PROPN nsubj    3
        said   VERB  ROOT     3 O say
        no     INTJ  dobj     3
        .      PUNCT punct    3
        """,
    )
    assert ("ORG", "Vantel 6") not in found(doc, resolver)


# --- a party and its short form ------------------------------------------------


def test_party_name_without_party_is_the_party(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "The Harbour Party won. Harbour said no.",
        """
        The     DET   det      2
        Harbour PROPN compound 2 B-ORG
        Party   PROPN nsubj    3 I-ORG
        won     VERB  ROOT     3 O win
        .       PUNCT punct    3
        Harbour PROPN nsubj    6 B-ORG
        said    VERB  ROOT     6 O say
        no      INTJ  dobj     6
        .       PUNCT punct    6
        """,
    )
    assert found(doc, resolver) == [("ORG", "Harbour Party")]


def test_person_a_party_is_named_after_stays_a_person(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "The Dale Marsh Party won. Dale Marsh said no.",
        """
        The   DET   det      3
        Dale  PROPN compound 3 B-ORG
        Marsh PROPN compound 3 I-ORG
        Party PROPN nsubj    4 I-ORG
        won   VERB  ROOT     4 O win
        .     PUNCT punct    4
        Dale  PROPN compound 7 B-PERSON
        Marsh PROPN nsubj    8 I-PERSON
        said  VERB  ROOT     8 O say
        no    INTJ  dobj     8
        .     PUNCT punct    8
        """,
    )
    assert found(doc, resolver) == [
        ("ORG", "Dale Marsh Party"),
        ("PERSON", "Dale Marsh"),
    ]


def test_other_generic_head_keeps_its_short_form_apart(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "The Harbour Committee met. Harbour said no.",
        """
        The       DET   det      2
        Harbour   PROPN compound 2 B-ORG
        Committee PROPN nsubj    3 I-ORG
        met       VERB  ROOT     3 O meet
        .         PUNCT punct    3
        Harbour   PROPN nsubj    6 B-ORG
        said      VERB  ROOT     6 O say
        no        INTJ  dobj     6
        .         PUNCT punct    6
        """,
    )
    assert found(doc, resolver) == [("ORG", "Harbour Committee"), ("ORG", "Harbour")]


def test_capital_a_inside_a_sentence_is_an_initial(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Props: A Lo Vanti, F Orsk.",
        """
        Props PROPN ROOT     0
        :     PUNCT punct    0
        A     PROPN compound 4 B-PERSON
        Lo    PROPN compound 4 I-PERSON
        Vanti PROPN appos    0 I-PERSON
        ,     PUNCT punct    4
        F     PROPN compound 7 B-PERSON
        Orsk  PROPN conj     4 I-PERSON
        .     PUNCT punct    0
        """,
    )
    assert ("PERSON", "A Lo Vanti") in found(doc, resolver)  # the initial kept


# --- a stock market index used as one ------------------------------------------


def _index_doc(blank_nlp, verb: str, lemma: str):  # type: ignore[no-untyped-def]
    """ "The Kospi <verb> sharply." with the recognizer's PERSON on Kospi."""
    return parse(
        blank_nlp.vocab,
        f"The Kospi {verb} sharply.",
        f"""
        The    DET   det    1
        Kospi  PROPN nsubj  2 B-PERSON
        {verb} VERB  ROOT   2 O {lemma}
        sharply ADV  advmod 2
        .      PUNCT punct  2
        """,
    )


def test_a_market_index_that_moves_is_no_entity(blank_nlp, resolver):
    assert found(_index_doc(blank_nlp, "fell", "fall"), resolver) == []


def test_a_market_index_with_its_number_is_no_entity(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Traders watched the FTSE 100 all day.",
        """
        Traders PROPN nsubj    1
        watched VERB  ROOT     1 O watch
        the     DET   det      4
        FTSE    PROPN compound 4 B-ORG
        100     NUM   dobj     1 I-ORG
        all     DET   det      6
        day     NOUN  npadvmod 1
        .       PUNCT punct    1
        """,
    )
    assert found(doc, resolver) == []


def test_an_index_word_naming_a_firm_that_acts_stays(blank_nlp, resolver):
    # "Nasdaq" the exchange, saying something: an organization.
    doc = parse(
        blank_nlp.vocab,
        "Nasdaq said it would list more firms.",
        """
        Nasdaq PROPN nsubj 1 B-ORG
        said   VERB  ROOT  1 O say
        it     PRON  nsubj 3
        would  AUX   aux   4
        list   VERB  ccomp 1
        more   ADJ   amod  6
        firms  NOUN  dobj  4 O firm
        .      PUNCT punct 1
        """,
    )
    assert found(doc, resolver) == [("ORG", "Nasdaq")]
