"""ck_entities: one entity under the looser forms an article writes it in.

Hand-built Docs (tests/handmade.py), our own sentences and invented names: a
shortened word ("Utd"), a cut first word ("Fed"), the first part of a
hyphenated name, the same words in another order, a party's plural, initials
before a kept head, two letters of an acronym swapped, a long name misspelt,
a name the recognizer cut after a particle or a given name or before the
words its acronym spells. Namesakes and other bodies stay apart.
"""

from __future__ import annotations

import pytest

from tests.components.test_entities_fullnames import _two_mentions, found, resolver
from tests.handmade import parse

__all__ = ["resolver"]  # the module's fixture, shared


@pytest.mark.parametrize(
    ("first", "second", "name"),
    [
        (["Brampton", "United"], ["Brampton", "Utd"], "Brampton United"),
        (["Brampton", "Utd"], ["Brampton", "United"], "Brampton United"),
        (["US", "Federal", "Reserve"], ["Fed"], "US Federal Reserve"),
        (["Kessler-Marten", "Motors"], ["Kessler"], "Kessler-Marten Motors"),
        (
            ["State", "Salt", "Monopoly", "Administration"],
            ["State", "Salt", "Administration", "Monopoly"],
            "State Salt Monopoly Administration",
        ),
        (["Progressive", "Party"], ["Progressives"], "Progressive Party"),
        (
            ["Rail", "and", "Transport", "Workers", "Union"],
            ["RTW", "Union"],
            "Rail and Transport Workers Union",
        ),
        (["Pacific", "Development", "Bank"], ["PBD"], "Pacific Development Bank"),
        (["Kowalczyk", "Foods"], ["Kowalcyzk", "Foods"], "Kowalczyk Foods"),
        (
            ["Societe", "de", "Navires", "Atlantiques"],
            ["SNA"],
            "Societe de Navires Atlantiques",
        ),
        # a one-word name first, then the same name plainly extended
        (["Kalvo", "Biologics"], ["Kalvo"], "Kalvo Biologics"),
        (["Kalvo"], ["Kalvo", "Electronics"], "Kalvo Electronics"),
        (["Kalvo"], ["Kalvo", "Holdings"], "Kalvo Holdings"),
        (["Brenmoor"], ["Brenmoor", "FC"], "Brenmoor FC"),
    ],
    ids=[
        "contracted-word",
        "contracted-word-first",
        "cut-first-word",
        "hyphen-part",
        "reordered",
        "party-plural",
        "initials-and-head",
        "swapped-acronym",
        "misspelt",
        "acronym-without-particle",
        "full-name-first",
        "short-first-descriptor",
        "short-first-legal-suffix",
        "short-first-club",
    ],
)
def test_looser_form_of_one_organization_is_one_entity(
    blank_nlp, resolver, first, second, name
):
    doc = _two_mentions(blank_nlp, first, second)
    names = [(label, n) for label, n, _ in found(doc, resolver)]
    assert names == [("ORG", name)]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (["Vexa", "Air"], ["Vexa", "Airways"]),  # "air" is a word of its own
        (["Deutsche", "Bank"], ["Deutsche", "Bahn"]),  # short words misspelt?
        (["Stevenage", "Labour", "Party"], ["Labour"]),  # a local branch
        (["Green", "Alliance"], ["Greens"]),  # no party
        (["Marten-Kessler", "Motors"], ["Kessler"]),
        (["Orbis", "Partners"], ["Orbs", "Partners"]),  # too short to call a typo
        (["Northern", "Alliance", "Trust"], ["Northern", "Trust", "Bank"]),
        # the body names the short one first: a unit, a paper, an arm of it
        (["Kalvo"], ["Kalvo", "Biologics"]),
        (["Tarnby"], ["Tarnby", "Echo"]),
        (["Vexacom"], ["Vexacom", "Europe"]),
    ],
    ids=[
        "word-of-its-own",
        "short-word-differs",
        "local-branch",
        "plural-without-party",
        "hyphen-second-part",
        "short-name-one-letter-off",
        "other-words",
        "short-first-unit",
        "short-first-paper",
        "short-first-region",
    ],
)
def test_other_organizations_stay_apart(blank_nlp, resolver, first, second):
    doc = _two_mentions(blank_nlp, first, second)
    assert all(len(mentions) == 1 for _, _, mentions in found(doc, resolver))


def test_cut_word_of_two_names_joins_neither(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Federal Reserve and Federated Stores rose. Fed fell.",
        """
        Federal   PROPN compound 1 B-ORG
        Reserve   PROPN nsubj    5 I-ORG
        and       CCONJ cc       1
        Federated PROPN compound 4 B-ORG
        Stores    PROPN conj     1 I-ORG
        rose      VERB  ROOT     5 O rise
        .         PUNCT punct    5
        Fed       PROPN nsubj    8 B-ORG
        fell      VERB  ROOT     8 O fall
        .         PUNCT punct    8
        """,
    )
    assert all("Fed" not in mentions for _, _, mentions in found(doc, resolver))


# --- people -------------------------------------------------------------------


def test_misspelt_long_surname_is_the_same_person(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Andrei Wasilewskin spoke. Wasilewksin said so.",
        """
        Andrei      PROPN compound 1 B-PERSON
        Wasilewskin PROPN nsubj    2 I-PERSON
        spoke       VERB  ROOT     2 O speak
        .           PUNCT punct    2
        Wasilewksin PROPN nsubj    5 B-PERSON
        said        VERB  ROOT     5 O say
        so          ADV   advmod   5
        .           PUNCT punct    5
        """,
    )
    assert found(doc, resolver) == [
        ("PERSON", "Andrei Wasilewskin", ["Andrei Wasilewskin", "Wasilewksin"])
    ]


def test_short_surname_one_letter_off_is_another_person(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Boris Johnston spoke. Johnson said so.",
        """
        Boris    PROPN compound 1 B-PERSON
        Johnston PROPN nsubj    2 I-PERSON
        spoke    VERB  ROOT     2 O speak
        .        PUNCT punct    2
        Johnson  PROPN nsubj    5 B-PERSON
        said     VERB  ROOT     5 O say
        so       ADV   advmod   5
        .        PUNCT punct    5
        """,
    )
    assert len(found(doc, resolver)) == 2


def test_first_part_of_a_double_surname_is_the_person(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Robert Ashdown-Pryce spoke. Ashdown said so.",
        """
        Robert        PROPN compound 1 B-PERSON
        Ashdown-Pryce PROPN nsubj    2 I-PERSON
        spoke         VERB  ROOT     2 O speak
        .             PUNCT punct    2
        Ashdown       PROPN nsubj    5 B-PERSON
        said          VERB  ROOT     5 O say
        so            ADV   advmod   5
        .             PUNCT punct    5
        """,
    )
    assert found(doc, resolver) == [
        ("PERSON", "Robert Ashdown-Pryce", ["Robert Ashdown-Pryce", "Ashdown"])
    ]


def test_name_cut_after_a_particle_runs_on_to_the_surname(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Pieter van der Molen resigned. Van der Molen said so.",
        """
        Pieter   PROPN compound 3 B-PERSON
        van      PROPN compound 3 I-PERSON
        der      PROPN compound 3 I-PERSON
        Molen    PROPN nsubj    4
        resigned VERB  ROOT     4 O resign
        .        PUNCT punct    4
        Van      PROPN compound 8 B-PERSON
        der      PROPN compound 8 I-PERSON
        Molen    PROPN nsubj    9 I-PERSON
        said     VERB  ROOT     9 O say
        so       ADV   advmod   9
        .        PUNCT punct    9
        """,
    )
    assert found(doc, resolver) == [
        ("PERSON", "Pieter van der Molen", ["Pieter van der Molen", "Van der Molen"])
    ]


def test_particle_before_a_lower_case_word_takes_nothing(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Pieter van said so.",
        """
        Pieter PROPN compound 1 B-PERSON
        van    PROPN nsubj    2 I-PERSON
        said   VERB  ROOT     2 O say
        so     ADV   advmod   2
        .      PUNCT punct    2
        """,
    )
    assert [m for _, _, m in found(doc, resolver)] == [["Pieter van"]]


def test_given_name_cut_before_the_surname_runs_on(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Tory Colin Pettigrew objected. Pettigrew said so.",
        """
        Tory      PROPN compound 2 B-PERSON
        Colin     PROPN compound 2 I-PERSON
        Pettigrew PROPN nsubj    3 B-PERSON
        objected  VERB  ROOT     3 O object
        .         PUNCT punct    3
        Pettigrew PROPN nsubj    6 B-PERSON
        said      VERB  ROOT     6 O say
        so        ADV   advmod   6
        .         PUNCT punct    6
        """,
    )
    assert found(doc, resolver) == [
        ("PERSON", "Colin Pettigrew", ["Colin Pettigrew", "Pettigrew"])
    ]


def test_given_name_before_a_month_stays_alone(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "They told Colin March was late.",
        """
        They  PRON  nsubj 1
        told  VERB  ROOT  1 O tell
        Colin PROPN dobj  1 B-PERSON
        March PROPN nsubj 5 B-DATE
        was   AUX   ccomp 1
        late  ADJ   acomp 4
        .     PUNCT punct 1
        """,
    )
    assert ("PERSON", "Colin", ["Colin"]) in found(doc, resolver)


# --- acronyms in brackets -------------------------------------------------------


def test_name_cut_before_the_words_its_acronym_spells_runs_on(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "The Guild of Chief Pilots Officers (GCPO) objected.",
        """
        The      DET   det      1
        Guild    PROPN nsubj    9 B-ORG
        of       ADP   prep     1 I-ORG
        Chief    PROPN compound 4 I-ORG
        Pilots   PROPN compound 5 I-ORG
        Officers PROPN pobj     2
        (        PUNCT punct    7
        GCPO     PROPN appos    1 B-ORG
        )        PUNCT punct    7
        objected VERB  ROOT     9 O object
        .        PUNCT punct    9
        """,
    )
    assert found(doc, resolver) == [
        (
            "ORG",
            "Guild of Chief Pilots Officers",
            ["Guild of Chief Pilots Officers", "GCPO"],
        )
    ]


def test_bracketed_word_that_spells_nothing_leaves_the_name(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "The Guild of Chief Pilots Officers (Helmut) objected.",
        """
        The      DET   det      1
        Guild    PROPN nsubj    9 B-ORG
        of       ADP   prep     1 I-ORG
        Chief    PROPN compound 4 I-ORG
        Pilots   PROPN compound 5 I-ORG
        Officers PROPN pobj     2
        (        PUNCT punct    7
        Helmut   PROPN appos    1 B-PERSON
        )        PUNCT punct    7
        objected VERB  ROOT     9 O object
        .        PUNCT punct    9
        """,
    )
    assert ("ORG", "Guild of Chief Pilots", ["Guild of Chief Pilots"]) in found(
        doc, resolver
    )


def test_bracketed_short_form_typed_person_joins_its_organization(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "The Guild of Rail Signal Engineers (Grise) objected.",
        """
        The       DET   det      1
        Guild     PROPN nsubj    9 B-ORG
        of        ADP   prep     1 I-ORG
        Rail      PROPN compound 5 I-ORG
        Signal    PROPN compound 5 I-ORG
        Engineers PROPN pobj     2 I-ORG
        (         PUNCT punct    7
        Grise     PROPN appos    1 B-PERSON
        )         PUNCT punct    7
        objected  VERB  ROOT     9 O object
        .         PUNCT punct    9
        """,
    )
    assert found(doc, resolver) == [
        (
            "ORG",
            "Guild of Rail Signal Engineers",
            ["Guild of Rail Signal Engineers", "Grise"],
        )
    ]


def test_first_part_of_a_hyphenated_firm_said_first_joins_it(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Kessler rose. Kessler-Marten fell.",
        """
        Kessler PROPN nsubj    1 B-ORG
        rose    VERB  ROOT     1 O rise
        .       PUNCT punct    1
        Kessler PROPN compound 5 B-ORG
        -       PUNCT punct    5 I-ORG
        Marten  PROPN nsubj    6 I-ORG
        fell    VERB  ROOT     6 O fall
        .       PUNCT punct    6
        """,
    )
    assert [(label, n) for label, n, _ in found(doc, resolver)] == [
        ("ORG", "Kessler-Marten")
    ]


def test_initials_and_surname_typed_org_is_the_person_named_mr(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "JP Brannigan bought shares. Mr Brannigan said so.",
        """
        JP        PROPN compound 1 B-ORG
        Brannigan PROPN nsubj    2 I-ORG
        bought    VERB  ROOT     2 O buy
        shares    NOUN  dobj     2
        .         PUNCT punct    2
        Mr        PROPN compound 6 B-PERSON
        Brannigan PROPN nsubj    7 I-PERSON
        said      VERB  ROOT     7 O say
        so        ADV   advmod   7
        .         PUNCT punct    7
        """,
    )
    assert found(doc, resolver) == [
        ("PERSON", "JP Brannigan", ["JP Brannigan", "Brannigan"])
    ]


def test_capitals_after_initials_are_no_surname(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "JP BRANNIGAN bought shares. Mr Brannigan said so.",
        """
        JP        PROPN compound 1 B-ORG
        BRANNIGAN PROPN nsubj    2 I-ORG
        bought    VERB  ROOT     2 O buy
        shares    NOUN  dobj     2
        .         PUNCT punct    2
        Mr        PROPN compound 6 B-PERSON
        Brannigan PROPN nsubj    7 I-PERSON
        said      VERB  ROOT     7 O say
        so        ADV   advmod   7
        .         PUNCT punct    7
        """,
    )
    assert all(len(mentions) == 1 for _, _, mentions in found(doc, resolver))


def test_two_firms_joined_by_a_hyphen_keep_their_own_names(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Vexa-Orbital rose. Vexa fell. Orbital rose.",
        """
        Vexa    PROPN compound 2 B-ORG
        -       PUNCT punct    2 I-ORG
        Orbital PROPN nsubj    3 I-ORG
        rose    VERB  ROOT     3 O rise
        .       PUNCT punct    3
        Vexa    PROPN nsubj    6 B-ORG
        fell    VERB  ROOT     6 O fall
        .       PUNCT punct    6
        Orbital PROPN nsubj    9 B-ORG
        rose    VERB  ROOT     9 O rise
        .       PUNCT punct    9
        """,
    )
    assert all(len(mentions) == 1 for _, _, mentions in found(doc, resolver))


def test_acronym_joins_the_name_it_spells_not_its_model(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Navires de Transport Atlantiques rose. NTA 42 flew. NTA fell.",
        """
        Navires     PROPN compound 3 B-ORG
        de          ADP   prep     0 I-ORG
        Transport   PROPN compound 3 I-ORG
        Atlantiques PROPN nsubj    4 I-ORG
        rose        VERB  ROOT     4 O rise
        .           PUNCT punct    4
        NTA         PROPN nsubj    8 B-ORG
        42          NUM   nummod   6 I-ORG
        flew        VERB  ROOT     8 O fly
        .           PUNCT punct    8
        NTA         PROPN nsubj    11 B-ORG
        fell        VERB  ROOT     11 O fall
        .           PUNCT punct    11
        """,
    )
    entities = found(doc, resolver)
    assert (
        "ORG",
        "Navires de Transport Atlantiques",
        ["Navires de Transport Atlantiques", "NTA"],
    ) in entities
    # "NTA 42" is a name and a model number: a product, in no entity.
    assert not any("NTA 42" in mentions for _, _, mentions in entities)


# --- a name the parser cut at a false sentence start, a score after a name ----


def test_given_name_runs_on_over_a_false_sentence_start(blank_nlp, resolver):
    # the parser made "Lindsay" a sentence of its own: no punctuation
    # between the two words says a sentence ends there
    doc = parse(
        blank_nlp.vocab,
        "Lindsay Davenport has quit. Davenport said so.",
        """
        Lindsay   PROPN ROOT  0 B-PERSON
        Davenport PROPN nsubj 3
        has       AUX   aux   3
        quit      VERB  ROOT  3
        .         PUNCT punct 3
        Davenport PROPN nsubj 6 B-PERSON
        said      VERB  ROOT  6 O say
        so        ADV   advmod 6
        .         PUNCT punct 6
        """,
    )
    assert found(doc, resolver) == [
        ("PERSON", "Lindsay Davenport", ["Lindsay Davenport", "Davenport"])
    ]


def test_given_name_stops_at_a_real_sentence_end(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "They met Lindsay. Davenport said so.",
        """
        They      PRON  nsubj 1
        met       VERB  ROOT  1 O meet
        Lindsay   PROPN dobj  1 B-PERSON
        .         PUNCT punct 1
        Davenport PROPN nsubj 5 B-PERSON
        said      VERB  ROOT  5 O say
        so        ADV   advmod 5
        .         PUNCT punct 5
        """,
    )
    assert all(name != "Lindsay Davenport" for _, name, _ in found(doc, resolver))


@pytest.mark.parametrize("score", ["6-4", "6/4"])
def test_set_score_after_a_name_is_no_part_of_it(blank_nlp, resolver, score):
    text = f"Tom Varga beat Ken Roddle {score} on Friday."
    doc = parse(
        blank_nlp.vocab,
        text,
        f"""
        Tom     PROPN compound 1 B-PERSON
        Varga   PROPN nsubj  2 I-PERSON
        beat    VERB  ROOT   2
        Ken     PROPN compound 4 B-PERSON
        Roddle  PROPN dobj   2 I-PERSON
        6       NUM   nummod 4
        {score[1]} PUNCT punct 5
        4       NUM   prep   5
        on      ADP   prep   2
        Friday  PROPN pobj   8 B-DATE
        .       PUNCT punct  2
        """,
    )
    names = [name for _, name, _ in found(doc, resolver)]
    assert "Ken Roddle" in names
    assert not any(name.endswith("6") for name in names)


# --- initials before a surname (team sheets) --------------------------------------


def test_initial_the_recognizer_cut_off_stays_with_its_surname(blank_nlp, resolver):
    """ "D Jones" is another player than Stephen Jones, not a "Jones" of his."""
    doc = parse(
        blank_nlp.vocab,
        "Stephen Jones kicked . D Jones started .",
        """
        Stephen PROPN compound 1 B-PERSON
        Jones   PROPN nsubj    2 I-PERSON
        kicked  VERB  ROOT     2 O kick
        .       PUNCT punct    2
        D       PROPN compound 5
        Jones   PROPN nsubj    6 B-PERSON
        started VERB  ROOT     6 O start
        .       PUNCT punct    6
        """,
    )
    assert found(doc, resolver) == [
        ("PERSON", "Stephen Jones", ["Stephen Jones"]),
        ("PERSON", "D Jones", ["D Jones"]),
    ]


def test_surname_after_an_initial_is_not_propagated_to_a_namesake(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Stephen Jones kicked . Then R Jones came on .",
        """
        Stephen PROPN compound 1 B-PERSON
        Jones   PROPN nsubj    2 I-PERSON
        kicked  VERB  ROOT     2 O kick
        .       PUNCT punct    2
        Then    ADV   advmod   7
        R       PROPN compound 6
        Jones   PROPN nsubj    7
        came    VERB  ROOT     7 O come
        on      ADP   prt      7
        .       PUNCT punct    7
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Stephen Jones", ["Stephen Jones"])]


def test_sentence_opening_a_is_no_initial(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Stephen Jones kicked . A Jones penalty won it .",
        """
        Stephen PROPN compound 1 B-PERSON
        Jones   PROPN nsubj    2 I-PERSON
        kicked  VERB  ROOT     2 O kick
        .       PUNCT punct    2
        A       DET   det      6
        Jones   PROPN compound 6 B-PERSON
        penalty NOUN  nsubj    7
        won     VERB  ROOT     7 O win
        it      PRON  dobj     7
        .       PUNCT punct    7
        """,
    )
    assert found(doc, resolver) == [
        ("PERSON", "Stephen Jones", ["Stephen Jones", "Jones"])
    ]


_TEAM_SHEET = """Harriers name side for cup final

Harriers coach Pete Orwell has named his side for Saturday's final against Castlebay.

Harriers: G Thomas (Penwith, capt); H Luscoe (Newport), S Jones (Redruth), D Peel (Redruth); G Jenkins (Truro), A Jones (Newport), D Jones (Redruth), M Williams (Truro).

Replacements: R McBride (Redruth), J Thomas (Newport), R Jones (Newport), K Morgan (Truro).

Stephen Jones will kick the goals, and Dwayne Peel is fit again."""


def test_team_sheet_initials_keep_players_apart(nlp):
    """Each "X Jones" of a team sheet is a player of his own: no player's
    record holds another's surname (the model is the point here)."""
    import claimkit

    article = claimkit.extract(_TEAM_SHEET, nlp=nlp)
    people = {e.name: [m.text for m in e.mentions] for e in article.entities}
    for name, mentions in people.items():
        initials = {m.split()[0] for m in mentions if len(m.split()) == 2}
        letters = {w[0] for w in initials}
        assert len(letters) <= 1, (name, mentions)  # never "A Jones" and "S Jones"
        # The text writes no surname alone: a bare "Jones" or "Thomas" is
        # another player's, cut from his initial.
        assert not {"Jones", "Thomas"} & set(mentions), (name, mentions)
    assert {"Stephen Jones", "A Jones", "R Jones", "J Thomas"} <= set(people)


def test_short_name_cut_from_the_fuller_one_is_not_named_alone(blank_nlp, resolver):
    """The recognizer split "Kalvo | Biologics" where the name first stands:
    that "Kalvo" is no organization the body named on its own."""
    doc = parse(
        blank_nlp.vocab,
        "Kalvo Biologics rose. Kalvo Biologics fell. Kalvo won.",
        """
        Kalvo     PROPN nsubj    2 B-ORG
        Biologics PROPN appos    0 B-ORG
        rose      VERB  ROOT     2 O rise
        .         PUNCT punct    2
        Kalvo     PROPN compound 5 B-ORG
        Biologics PROPN nsubj    6 I-ORG
        fell      VERB  ROOT     6 O fall
        .         PUNCT punct    6
        Kalvo     PROPN nsubj    9 B-ORG
        won       VERB  ROOT     9 O win
        .         PUNCT punct    9
        """,
    )
    names = {name: mentions for _, name, mentions in found(doc, resolver)}
    assert names["Kalvo Biologics"].count("Kalvo") == 2
