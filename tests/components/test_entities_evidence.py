"""ck_entities evidence, non-prose lines and one entity per thing (hand-built Docs).

Every Doc here is written out by hand (tests/handmade.py): the rules are tested
apart from what a statistical model predicts. Sentences are our own.
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
        if e["mentions"][0]["text"].lower() not in ("he", "she", "it")
    ]


# --- given names ----------------------------------------------------------


def test_given_name_and_surname_retype_an_org_span(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Marta Okonjo won the race.",
        """
        Marta   PROPN compound 1 B-ORG
        Okonjo  PROPN nsubj    2 I-ORG
        won     VERB  ROOT     2 O     win
        the     DET   det      4
        race    NOUN  dobj     2
        .       PUNCT punct    2
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Marta Okonjo", ["Marta Okonjo"])]


def test_given_name_before_an_org_head_stays_an_org(blank_nlp, resolver):
    # "Morgan" is a given name, but a name ending in an organization's head
    # ("Power") is a company's.
    doc = parse(
        blank_nlp.vocab,
        "Morgan Power will build a plant.",
        """
        Morgan  PROPN compound 1 B-ORG
        Power   PROPN nsubj    3 I-ORG
        will    AUX   aux      3
        build   VERB  ROOT     3
        a       DET   det      5
        plant   NOUN  dobj     3
        .       PUNCT punct    3
        """,
    )
    assert found(doc, resolver) == [("ORG", "Morgan Power", ["Morgan Power"])]


def test_given_name_of_a_place_is_no_person(blank_nlp, resolver):
    # The model called it a place: a given name says nothing then.
    doc = parse(
        blank_nlp.vocab,
        "Florence grew fast.",
        """
        Florence PROPN nsubj 1 B-GPE
        grew     VERB  ROOT  1 O grow
        fast     ADV   advmod 1
        .        PUNCT punct 1
        """,
    )
    assert found(doc, resolver) == []


# --- a person inside an organization's or a title's span ------------------


def test_title_inside_an_org_span_leaves_the_person(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Ontario Premier Doug Ramos spoke.",
        """
        Ontario PROPN compound 3 B-ORG
        Premier PROPN compound 3 I-ORG
        Doug    PROPN compound 3 I-ORG
        Ramos   PROPN nsubj    4 I-ORG
        spoke   VERB  ROOT     4 O speak
        .       PUNCT punct    4
        """,
    )
    names = found(doc, resolver)
    assert ("PERSON", "Doug Ramos", ["Doug Ramos"]) in names
    assert all("Premier" not in name for _, name, _ in names)


def test_rank_phrase_before_a_name_is_dropped(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Sgt. at Arms Kevin Lund arrived.",
        """
        Sgt.    PROPN compound 4 B-ORG
        at      ADP   prep     0 I-ORG
        Arms    PROPN pobj     1 I-ORG
        Kevin   PROPN compound 4 I-ORG
        Lund    PROPN nsubj    5 I-ORG
        arrived VERB  ROOT     5 O arrive
        .       PUNCT punct    5
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Kevin Lund", ["Kevin Lund"])]


def test_possessive_org_before_a_person_is_split(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Golf Network's Jaime Ortez said so.",
        """
        Golf    PROPN compound 1 B-ORG
        Network PROPN poss     4 I-ORG
        's      PART  case     1 I-ORG
        Jaime   PROPN compound 4 I-ORG
        Ortez   PROPN nsubj    5 I-ORG
        said    VERB  ROOT     5 O say
        so      ADV   advmod   5
        .       PUNCT punct    5
        """,
    )
    doc[2].tag_ = "POS"
    assert found(doc, resolver) == [
        ("ORG", "Golf Network", ["Golf Network"]),
        ("PERSON", "Jaime Ortez", ["Jaime Ortez"]),
    ]


def test_org_ending_in_a_given_name_run_is_kept_whole(blank_nlp, resolver):
    # "Stanley" is a common given name, but "Stanley Fund" holds an org head.
    doc = parse(
        blank_nlp.vocab,
        "Harbor Trust Stanley Fund grew.",
        """
        Harbor  PROPN compound 3 B-ORG
        Trust   PROPN compound 3 I-ORG
        Stanley PROPN compound 3 I-ORG
        Fund    PROPN nsubj    4 I-ORG
        grew    VERB  ROOT     4 O grow
        .       PUNCT punct    4
        """,
    )
    assert found(doc, resolver) == [
        ("ORG", "Harbor Trust Stanley Fund", ["Harbor Trust Stanley Fund"])
    ]


def test_post_nominal_is_cut_from_a_name(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Fiona Bain MSP said no.",
        """
        Fiona PROPN compound 1 B-PERSON
        Bain  PROPN nsubj    3 I-PERSON
        MSP   PROPN appos    1 I-PERSON
        said  VERB  ROOT     3 O say
        no    INTJ  dobj     3
        .     PUNCT punct    3
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Fiona Bain", ["Fiona Bain"])]


def test_a_lone_post_nominal_is_no_org(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "The MSP voted.",
        """
        The   DET   det   1
        MSP   PROPN nsubj 2 B-ORG
        voted VERB  ROOT  2 O vote
        .     PUNCT punct 2
        """,
    )
    assert found(doc, resolver) == []


# --- lines that are not prose ---------------------------------------------


def test_photo_credit_gives_no_entities(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Lena Ruiz/Coast Press\nLena Ruiz took photos.",
        r"""
        Lena   PROPN compound 1 B-ORG
        Ruiz/Coast PROPN ROOT 1 I-ORG
        Press  PROPN appos    1 I-ORG
        \n     SPACE dep      2
        Lena   PROPN compound 5 B-PERSON
        Ruiz   PROPN nsubj    6 I-PERSON
        took   VERB  ROOT     6 O take
        photos NOUN  dobj     6
        .      PUNCT punct    6
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Lena Ruiz", ["Lena Ruiz"])]


def test_link_line_and_section_label_give_no_entities(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "EARN\nREAD MORE: Ando Mills cuts jobs\nAndo Mills hired staff.",
        r"""
        EARN   PROPN ROOT     0 B-ORG
        \n     SPACE dep      0
        READ   VERB  ROOT     2
        MORE   ADV   advmod   2
        :      PUNCT punct    2
        Ando   PROPN compound 6 B-ORG
        Mills  PROPN nsubj    7 I-ORG
        cuts   VERB  ccomp    2 O cut
        jobs   NOUN  dobj     7
        \n     SPACE dep      7
        Ando   PROPN compound 11 B-ORG
        Mills  PROPN nsubj    12 I-ORG
        hired  VERB  ROOT     12 O hire
        staff  NOUN  dobj     12
        .      PUNCT punct    12
        """,
    )
    assert found(doc, resolver) == [("ORG", "Ando Mills", ["Ando Mills"])]


def test_caps_name_that_owns_something_is_found(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "NVORA's chips sold well.",
        """
        NVORA PROPN poss     2
        's    PART  case     0
        chips NOUN  nsubj    3
        sold  VERB  ROOT     3 O sell
        well  ADV   advmod   3
        .     PUNCT punct    3
        """,
    )
    doc[1].tag_ = "POS"
    assert found(doc, resolver) == [("ORG", "NVORA", ["NVORA"])]


def test_caps_word_that_neither_speaks_nor_owns_is_left(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Prices rose in ASIA.",
        """
        Prices NOUN  nsubj 1
        rose   VERB  ROOT  1 O rise
        in     ADP   prep  1
        ASIA   PROPN pobj  2
        .      PUNCT punct 1
        """,
    )
    assert found(doc, resolver) == []


# --- one entity per thing -------------------------------------------------


def _two_sentences(vocab, text: str, first: list[str], second: list[str]):  # type: ignore[no-untyped-def]
    """'<first name> rose. <second name> fell.' with both names typed ORG."""
    rows = []
    for i, word in enumerate(first):
        rows.append(
            f"{word} PROPN compound {len(first) - 1} {'B' if i == 0 else 'I'}-ORG"
        )
    n = len(first)
    rows[-1] = (
        rows[-1].replace("compound", "nsubj").rsplit(" ", 2)[0]
        + f" {n} "
        + ("B-ORG" if n == 1 else "I-ORG")
    )
    rows += [f"rose VERB ROOT {n} O rise", f". PUNCT punct {n}"]
    base = n + 2
    m = len(second)
    for i, word in enumerate(second):
        tag = "B-ORG" if i == 0 else "I-ORG"
        dep, head = ("nsubj", base + m) if i == m - 1 else ("compound", base + m - 1)
        rows.append(f"{word} PROPN {dep} {head} {tag}")
    rows += [f"fell VERB ROOT {base + m} O fall", f". PUNCT punct {base + m}"]
    return parse(vocab, text, "\n".join(rows))


def test_team_nickname_joins_its_full_name(blank_nlp, resolver):
    doc = _two_sentences(
        blank_nlp.vocab,
        "Halden Otters rose. Otters fell.",
        ["Halden", "Otters"],
        ["Otters"],
    )
    assert found(doc, resolver) == [
        ("ORG", "Halden Otters", ["Halden Otters", "Otters"])
    ]


def test_generic_head_keeps_a_committee_apart(blank_nlp, resolver):
    doc = _two_sentences(
        blank_nlp.vocab,
        "Senate Budget Committee rose. Senate fell.",
        ["Senate", "Budget", "Committee"],
        ["Senate"],
    )
    assert [name for _, name, _ in found(doc, resolver)] == [
        "Senate Budget Committee",
        "Senate",
    ]


def test_spelling_without_a_space_joins(blank_nlp, resolver):
    doc = _two_sentences(
        blank_nlp.vocab,
        "Time Wander rose. TimeWander fell.",
        ["Time", "Wander"],
        ["TimeWander"],
    )
    assert found(doc, resolver) == [
        ("ORG", "Time Wander", ["Time Wander", "TimeWander"])
    ]


def test_different_spellings_stay_apart(blank_nlp, resolver):
    doc = _two_sentences(
        blank_nlp.vocab,
        "Time Wander rose. Tim Ewander fell.",
        ["Time", "Wander"],
        ["Tim", "Ewander"],
    )
    assert len(found(doc, resolver)) == 2


def test_name_inside_an_org_name_is_no_entity(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Lung and Bone Trust rose. Lung fell.",
        """
        Lung  PROPN nsubj    4 B-ORG
        and   CCONJ cc       0 I-ORG
        Bone  PROPN compound 3 I-ORG
        Trust PROPN conj     0 I-ORG
        rose  VERB  ROOT     4 O rise
        .     PUNCT punct    4
        Lung  PROPN nsubj    7 B-PERSON
        fell  VERB  ROOT     7 O fall
        .     PUNCT punct    7
        """,
    )
    doc2 = parse(
        blank_nlp.vocab,
        "Ann Lung and Bone Trust rose.",
        """
        Ann   PROPN compound 1 B-PERSON
        Lung  PROPN nsubj    5 I-PERSON
        and   CCONJ cc       1
        Bone  PROPN compound 4 B-ORG
        Trust PROPN conj     1 I-ORG
        rose  VERB  ROOT     5 O rise
        .     PUNCT punct    5
        """,
    )
    assert ("ORG", "Lung and Bone Trust", ["Lung and Bone Trust"]) in found(
        doc, resolver
    )
    # Without the full name written anywhere, "Ann Lung" stays a person.
    assert [name for _, name, _ in found(doc2, resolver)] == ["Ann Lung", "Bone Trust"]


def test_honorific_is_cut_from_an_org_span_and_makes_a_person(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Mr Tolland is on trial.",
        """
        Mr      PROPN compound 1 B-ORG
        Tolland PROPN nsubj    2 I-ORG
        is      AUX   ROOT     2 O be
        on      ADP   prep     2
        trial   NOUN  pobj     3
        .       PUNCT punct    2
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Tolland", ["Tolland"])]


def test_role_word_stays_in_an_org_name(blank_nlp, resolver):
    # Only honorifics are cut from an organization's span, not roles.
    doc = parse(
        blank_nlp.vocab,
        "General Dynamics rose.",
        """
        General  PROPN compound 1 B-ORG
        Dynamics PROPN nsubj    2 I-ORG
        rose     VERB  ROOT     2 O rise
        .        PUNCT punct    2
        """,
    )
    assert found(doc, resolver) == [("ORG", "General Dynamics", ["General Dynamics"])]


# --- affiliation, lists, brackets, generic heads ---------------------------


def test_affiliation_of_a_person_is_an_org(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Ian Moss of Brenner Kalt Wasser spoke.",
        """
        Ian     PROPN compound 1 B-PERSON
        Moss    PROPN nsubj    6 I-PERSON
        of      ADP   prep     1
        Brenner PROPN compound 5 B-PERSON
        Kalt    PROPN compound 5 I-PERSON
        Wasser  PROPN pobj     2 I-PERSON
        spoke   VERB  ROOT     6 O speak
        .       PUNCT punct    6
        """,
    )
    assert ("ORG", "Brenner Kalt Wasser", ["Brenner Kalt Wasser"]) in found(
        doc, resolver
    )


def test_place_after_a_person_stays_a_place(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Ian Moss of Texas spoke.",
        """
        Ian   PROPN compound 1 B-PERSON
        Moss  PROPN nsubj    4 I-PERSON
        of    ADP   prep     1
        Texas PROPN pobj     2 B-GPE
        spoke VERB  ROOT     4 O speak
        .     PUNCT punct    4
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Ian Moss", ["Ian Moss"])]


def test_name_listed_among_places_is_a_place(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "It has plants in Kursk, Tomsk and Volsky.",
        """
        It     PRON  nsubj  1
        has    VERB  ROOT   1 O have
        plants NOUN  dobj   1
        in     ADP   prep   2
        Kursk  PROPN pobj   3 B-GPE
        ,      PUNCT punct  4
        Tomsk  PROPN conj   4 B-GPE
        and    CCONJ cc     4
        Volsky PROPN conj   4 B-PERSON
        .      PUNCT punct  1
        """,
    )
    assert found(doc, resolver) == []


def test_name_listed_among_people_stays_a_person(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Ann Lee, Bo Reid and Ed Volsky met.",
        """
        Ann    PROPN compound 1 B-PERSON
        Lee    PROPN nsubj    8 I-PERSON
        ,      PUNCT punct    1
        Bo     PROPN compound 4 B-PERSON
        Reid   PROPN conj     1 I-PERSON
        and    CCONJ cc       1
        Ed     PROPN compound 7 B-PERSON
        Volsky PROPN conj     1 I-PERSON
        met    VERB  ROOT     8 O meet
        .      PUNCT punct    8
        """,
    )
    assert [label for label, _, _ in found(doc, resolver)] == ["PERSON"] * 3


def test_bracketed_short_form_joins_the_name_before_it(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Brightwater Coopers (BwC) grew. BwC hired.",
        """
        Brightwater PROPN compound 1 B-ORG
        Coopers     PROPN nsubj    5 I-ORG
        (           PUNCT punct    3
        BwC         PROPN appos    1 B-ORG
        )           PUNCT punct    3
        grew        VERB  ROOT     5 O grow
        .           PUNCT punct    5
        BwC         PROPN nsubj    8 B-ORG
        hired       VERB  ROOT     8 O hire
        .           PUNCT punct    8
        """,
    )
    assert found(doc, resolver) == [
        ("ORG", "Brightwater Coopers", ["Brightwater Coopers", "BwC", "BwC"])
    ]


def test_generic_head_joins_the_only_org_it_heads(blank_nlp, resolver):
    doc = _two_sentences(
        blank_nlp.vocab,
        "Nordic Commission rose. Commission fell.",
        ["Nordic", "Commission"],
        ["Commission"],
    )
    assert found(doc, resolver) == [
        ("ORG", "Nordic Commission", ["Nordic Commission", "Commission"])
    ]


def test_generic_head_of_two_orgs_stays_apart(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Nordic Commission and Baltic Commission met. Commission fell.",
        """
        Nordic     PROPN compound 1 B-ORG
        Commission PROPN nsubj    5 I-ORG
        and        CCONJ cc       1
        Baltic     PROPN compound 4 B-ORG
        Commission PROPN conj     1 I-ORG
        met        VERB  ROOT     5 O meet
        .          PUNCT punct    5
        Commission PROPN nsubj    8 B-ORG
        fell       VERB  ROOT     8 O fall
        .          PUNCT punct    8
        """,
    )
    assert len(found(doc, resolver)) == 3


def test_honorific_surname_retypes_a_person_shaped_org(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Reveta Bowles left. Ms Bowles retired.",
        """
        Reveta  PROPN compound 1 B-ORG
        Bowles  PROPN nsubj    2 I-ORG
        left    VERB  ROOT     2 O leave
        .       PUNCT punct    2
        Ms      PROPN compound 5 B-ORG
        Bowles  PROPN nsubj    6 I-ORG
        retired VERB  ROOT     6 O retire
        .       PUNCT punct    6
        """,
    )
    assert found(doc, resolver) == [
        ("PERSON", "Reveta Bowles", ["Reveta Bowles", "Bowles"])
    ]


def test_group_after_a_country_describes_the_name(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "US supermarket group Winn-Daxo failed.",
        """
        US          PROPN compound 2 B-GPE
        supermarket NOUN  compound 2
        group       NOUN  compound 3
        Winn-Daxo   PROPN nsubj    4 B-PERSON
        failed      VERB  ROOT     4 O fail
        .           PUNCT punct    4
        """,
    )
    assert found(doc, resolver) == [("ORG", "Winn-Daxo", ["Winn-Daxo"])]


def test_last_word_of_a_title_is_no_nickname(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Letters to Otters rose. Otters said so.",
        """
        Letters PROPN nsubj    3 B-ORG
        to      ADP   prep     0 I-ORG
        Otters  PROPN pobj     1 I-ORG
        rose    VERB  ROOT     3 O rise
        .       PUNCT punct    3
        Otters  PROPN nsubj    6 B-ORG
        said    VERB  ROOT     6 O say
        so      ADV   advmod   6
        .       PUNCT punct    6
        """,
    )
    assert len(found(doc, resolver)) == 2


@pytest.mark.parametrize("word", ["Mom", "Dad"])
def test_kinship_words_are_no_names(blank_nlp, resolver, word):
    doc = parse(
        blank_nlp.vocab,
        f"{word} laughed.",
        f"""
        {word}  PROPN nsubj 1 B-PERSON
        laughed VERB  ROOT  1 O laugh
        .       PUNCT punct 1
        """,
    )
    assert found(doc, resolver) == []


@pytest.mark.parametrize(
    ("full", "short"),
    [
        (["Bank", "of", "Arcadia"], "BOA"),
        (["Marks", "&", "Sparrow"], "M&S"),
        (["US", "Safety", "and", "Exchange", "Commission"], "SEC"),
        (["Nordic", "Labour", "Office"], "NLO"),
    ],
)
def test_acronym_joins_its_full_name(blank_nlp, resolver, full, short):
    text = f"{' '.join(full)} rose. {short} fell."
    doc = _two_sentences(blank_nlp.vocab, text, full, [short])
    assert [m for _, _, m in found(doc, resolver)] == [[" ".join(full), short]]


def test_acronym_of_other_words_stays_apart(blank_nlp, resolver):
    doc = _two_sentences(
        blank_nlp.vocab,
        "Bank of Arcadia rose. BOB fell.",
        ["Bank", "of", "Arcadia"],
        ["BOB"],
    )
    assert len(found(doc, resolver)) == 2


def test_possessive_name_of_an_org_joins_it(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Lloyd's of Leeds rose. Lloyd's chief quit.",
        """
        Lloyd  PROPN nsubj    4 B-ORG
        's     PART  case     0 I-ORG
        of     ADP   prep     0 I-ORG
        Leeds  PROPN pobj     2 I-ORG
        rose   VERB  ROOT     4 O rise
        .      PUNCT punct    4
        Lloyd  PROPN poss     8 B-PERSON
        's     PART  case     6
        chief  NOUN  nsubj    9
        quit   VERB  ROOT     9 O quit
        .      PUNCT punct    9
        """,
    )
    doc[1].tag_ = doc[7].tag_ = "POS"
    assert found(doc, resolver) == [
        ("ORG", "Lloyd's of Leeds", ["Lloyd's of Leeds", "Lloyd"])
    ]


def test_lone_word_only_the_model_calls_a_person_is_dropped(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Doctors prescribed Vexolin widely.",
        """
        Doctors    NOUN  nsubj  1
        prescribed VERB  ROOT   1 O prescribe
        Vexolin    PROPN dobj   1 B-PERSON
        widely     ADV   advmod 1
        .          PUNCT punct  1
        """,
    )
    assert found(doc, resolver) == []


@pytest.mark.parametrize(
    ("text", "table"),
    [
        (
            "Okafor said prices rose.",
            """
            Okafor PROPN nsubj 1 B-PERSON
            said   VERB  ROOT  1 O say
            prices NOUN  nsubj 3
            rose   VERB  ccomp 1 O rise
            .      PUNCT punct 1
            """,
        ),
        (
            "They met Dr Okafor.",
            """
            They   PRON  nsubj    1
            met    VERB  ROOT     1 O meet
            Dr     PROPN compound 3
            Okafor PROPN dobj     1 B-PERSON
            .      PUNCT punct    1
            """,
        ),
    ],
)
def test_lone_word_person_with_support_stays(blank_nlp, resolver, text, table):
    doc = parse(blank_nlp.vocab, text, table)
    assert found(doc, resolver) == [("PERSON", "Okafor", ["Okafor"])]


def test_lone_word_org_without_support_is_dropped_acronym_stays(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Fans of Nightshade and WKRP watched.",
        """
        Fans       NOUN  nsubj  5
        of         ADP   prep   0
        Nightshade PROPN pobj   1 B-ORG
        and        CCONJ cc     2
        WKRP       PROPN conj   2 B-ORG
        watched    VERB  ROOT   5 O watch
        .          PUNCT punct  5
        """,
    )
    assert found(doc, resolver) == [("ORG", "WKRP", ["WKRP"])]


def test_name_before_a_newspaper_is_an_org(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "He told the Vedomir newspaper so.",
        """
        He        PRON  nsubj    1
        told      VERB  ROOT     1 O tell
        the       DET   det      4
        Vedomir   PROPN compound 4 B-PERSON
        newspaper NOUN  dobj     1
        so        ADV   advmod   1
        .         PUNCT punct    1
        """,
    )
    assert found(doc, resolver) == [("ORG", "Vedomir", ["Vedomir"])]


def test_name_before_an_administration_is_no_org(blank_nlp, resolver):
    # "the Okafor administration": a person's government, not a company.
    doc = parse(
        blank_nlp.vocab,
        "Dr Okafor said the Okafor administration won.",
        """
        Dr             PROPN compound 1
        Okafor         PROPN nsubj    2 B-PERSON
        said           VERB  ROOT     2 O say
        the            DET   det      5
        Okafor         PROPN compound 5 B-PERSON
        administration NOUN  nsubj    6
        won            VERB  ccomp    2 O win
        .              PUNCT punct    2
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Okafor", ["Okafor", "Okafor"])]


def test_given_name_counts_once_against_org_evidence(blank_nlp, resolver):
    # "Jarvis" is a given name, but the text calls it a group twice; the name
    # being a given name is one piece of evidence, not one a mention.
    rows = [
        "Shares   NOUN  nsubj  4",
        "in       ADP   prep   0",
        "group    NOUN  compound 3",
        "Jarvis   PROPN pobj   1 B-PERSON",
        "rose     VERB  ROOT   4 O rise",
        ".        PUNCT punct  4",
        "Shares   NOUN  nsubj  10",
        "in       ADP   prep   6",
        "group    NOUN  compound 9",
        "Jarvis   PROPN pobj   7 B-PERSON",
        "fell     VERB  ROOT   10 O fall",
        ".        PUNCT punct  10",
    ]
    text = "Shares in group Jarvis rose. Shares in group Jarvis fell."
    for k in range(6):
        base = 12 + 3 * k
        rows += [
            f"Jarvis PROPN nsubj {base + 1} B-PERSON",
            f"grew   VERB  ROOT  {base + 1} O grow",
            f".      PUNCT punct {base + 1}",
        ]
        text += " Jarvis grew."
    doc = parse(blank_nlp.vocab, text, "\n".join(rows))
    assert [(label, name) for label, name, _ in found(doc, resolver)] == [
        ("ORG", "Jarvis")
    ]


def test_spaced_dash_ends_a_name(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "It courted the LSE - Europe's biggest market.",
        """
        It      PRON  nsubj    1
        courted VERB  ROOT     1 O court
        the     DET   det      3
        LSE     PROPN dobj     1 B-ORG
        -       PUNCT punct    3 I-ORG
        Europe  PROPN poss     8 I-ORG
        's      PART  case     5
        biggest ADJ   amod     8
        market  NOUN  appos    3
        .       PUNCT punct    1
        """,
    )
    doc[6].tag_ = "POS"
    names = [name for _, name, _ in found(doc, resolver)]
    assert "LSE - Europe" not in names and "LSE" in names


def test_acronym_of_common_words_is_no_org(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "They ship liquefied natural gas (LNG).",
        """
        They      PRON  nsubj  1
        ship      VERB  ROOT   1 O ship
        liquefied ADJ   amod   4
        natural   ADJ   amod   4
        gas       NOUN  dobj   1
        (         PUNCT punct  6
        LNG       PROPN appos  4 B-ORG
        )         PUNCT punct  6
        .         PUNCT punct  1
        """,
    )
    assert found(doc, resolver) == []


def test_acronym_of_a_name_stays(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "The Northern Gas Board (NGB) said so.",
        """
        The      DET   det      3
        Northern PROPN compound 3 B-ORG
        Gas      PROPN compound 3 I-ORG
        Board    PROPN nsubj    7 I-ORG
        (        PUNCT punct    5
        NGB      PROPN appos    3 B-ORG
        )        PUNCT punct    5
        said     VERB  ROOT     7 O say
        so       ADV   advmod   7
        .        PUNCT punct    7
        """,
    )
    assert found(doc, resolver) == [
        ("ORG", "Northern Gas Board", ["Northern Gas Board", "NGB"])
    ]


def test_example_of_a_product_kind_is_no_person(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "It owns brands such as Velvet Moor and Tansy.",
        """
        It     PRON  nsubj    1
        owns   VERB  ROOT     1 O own
        brands NOUN  dobj     1
        such   ADJ   amod     4
        as     ADP   prep     2
        Velvet PROPN compound 6 B-PERSON
        Moor   PROPN pobj     4 I-PERSON
        and    CCONJ cc       6
        Tansy  PROPN conj     6 B-PERSON
        .      PUNCT punct    1
        """,
    )
    assert found(doc, resolver) == []


def test_example_of_companies_stays_an_org(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Firms such as Halden Power said no.",
        """
        Firms  NOUN  nsubj    5
        such   ADJ   amod     2
        as     ADP   prep     0
        Halden PROPN compound 4 B-ORG
        Power  PROPN pobj     2 I-ORG
        said   VERB  ROOT     5 O say
        no     INTJ  dobj     5
        .      PUNCT punct    5
        """,
    )
    assert found(doc, resolver) == [("ORG", "Halden Power", ["Halden Power"])]


def test_chained_list_of_places_makes_a_place(blank_nlp, resolver):
    # Conjuncts chained one to the next, as parsers often leave them.
    doc = parse(
        blank_nlp.vocab,
        "Jobs grew in Recife, Natal, Belo Vista and Salvador.",
        """
        Jobs     NOUN  nsubj    1
        grew     VERB  ROOT     1 O grow
        in       ADP   prep     1
        Recife   PROPN pobj     2 B-GPE
        ,        PUNCT punct    3
        Natal    PROPN conj     3 B-GPE
        ,        PUNCT punct    5
        Belo     PROPN compound 8 B-PERSON
        Vista    PROPN conj     5 I-PERSON
        and      CCONJ cc       8
        Salvador PROPN conj     8 B-GPE
        .        PUNCT punct    1
        """,
    )
    assert found(doc, resolver) == []


def test_city_before_its_state_is_a_place(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "The Dunmore, Ohio-based firm grew.",
        """
        The     DET   det      5
        Dunmore PROPN npadvmod 4 B-ORG
        ,       PUNCT punct    1
        Ohio    PROPN npadvmod 4 B-GPE
        -based  VERB  amod     5
        firm    NOUN  nsubj    6
        grew    VERB  ROOT     6 O grow
        .       PUNCT punct    6
        """,
    )
    assert found(doc, resolver) == []


def test_leading_preposition_is_cut_and_a_compass_demonym_is_no_name(
    blank_nlp, resolver
):
    doc = parse(
        blank_nlp.vocab,
        "Across Vantor Power, the South African group grew.",
        """
        Across  ADP   prep   7 B-ORG
        Vantor  PROPN compound 2 I-ORG
        Power   PROPN pobj   0 I-ORG
        ,       PUNCT punct  7
        the     DET   det    6
        South   PROPN compound 5 B-ORG
        African PROPN amod   6 I-ORG
        group   NOUN  nsubj  7
        grew    VERB  ROOT   7 O grow
        .       PUNCT punct  7
        """,
    )
    assert [name for _, name, _ in found(doc, resolver)] == ["Vantor Power"]


def test_a_dam_is_no_person(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Work on the Xolodu dam goes on.",
        """
        Work   NOUN  nsubj    5
        on     ADP   prep     0
        the    DET   det      4
        Xolodu PROPN compound 4 B-PERSON
        dam    NOUN  pobj     1 I-PERSON
        goes   VERB  ROOT     5 O go
        on     ADP   prt      5
        .      PUNCT punct    5
        """,
    )
    assert found(doc, resolver) == []


def test_name_qualifying_a_role_is_an_org(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Green Dem leader Ann Lutz spoke.",
        """
        Green  PROPN compound 1 B-PERSON
        Dem    PROPN compound 2 I-PERSON
        leader NOUN  compound 4
        Ann    PROPN compound 4 B-PERSON
        Lutz   PROPN nsubj    5 I-PERSON
        spoke  VERB  ROOT     5 O speak
        .      PUNCT punct    5
        """,
    )
    assert found(doc, resolver) == [
        ("ORG", "Green Dem", ["Green Dem"]),
        ("PERSON", "Ann Lutz", ["Ann Lutz"]),
    ]


def test_persons_aide_stays_a_person(blank_nlp, resolver):
    # One "Okafor spokesman" is outvoted by the person's other mentions.
    doc = parse(
        blank_nlp.vocab,
        "Dr Okafor said no. Okafor spokesman Ed Lee agreed.",
        """
        Dr        PROPN compound 1
        Okafor    PROPN nsubj    2 B-PERSON
        said      VERB  ROOT     2 O say
        no        INTJ  dobj     2
        .         PUNCT punct    2
        Okafor    PROPN compound 6 B-PERSON
        spokesman NOUN  compound 8
        Ed        PROPN compound 8 B-PERSON
        Lee       PROPN nsubj    9 I-PERSON
        agreed    VERB  ROOT     9 O agree
        .         PUNCT punct    9
        """,
    )
    assert ("PERSON", "Okafor", ["Okafor", "Okafor"]) in found(doc, resolver)


def test_lone_org_in_a_results_line_stays(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Harwick 2 Dunmore 1",
        """
        Harwick PROPN ROOT     0 B-ORG
        2       NUM   nummod   0
        Dunmore PROPN appos    0 B-ORG
        1       NUM   nummod   2
        """,
    )
    assert [name for _, name, _ in found(doc, resolver)] == ["Harwick", "Dunmore"]


def test_lone_org_spoken_to_or_in_brackets_after_a_person_stays(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Ann Lutz (Harwick) told Veltra so.",
        """
        Ann     PROPN compound 1 B-PERSON
        Lutz    PROPN nsubj    5 I-PERSON
        (       PUNCT punct    3
        Harwick PROPN appos    1 B-ORG
        )       PUNCT punct    3
        told    VERB  ROOT     5 O tell
        Veltra  PROPN dobj     5 B-ORG
        so      ADV   advmod   5
        .       PUNCT punct    5
        """,
    )
    assert [name for _, name, _ in found(doc, resolver)] == [
        "Ann Lutz",
        "Harwick",
        "Veltra",
    ]


def test_two_word_short_form_and_a_role_word_join_the_person(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Rapper Rob De Vanto sang. De Vanto left.",
        """
        Rapper PROPN compound 3 B-PERSON
        Rob    PROPN compound 3 I-PERSON
        De     PROPN compound 3 I-PERSON
        Vanto  PROPN nsubj    4 I-PERSON
        sang   VERB  ROOT     4 O sing
        .      PUNCT punct    4
        De     PROPN compound 7 B-PERSON
        Vanto  PROPN nsubj    8 I-PERSON
        left   VERB  ROOT     8 O leave
        .      PUNCT punct    8
        """,
    )
    assert found(doc, resolver) == [
        ("PERSON", "Rob De Vanto", ["Rob De Vanto", "De Vanto"])
    ]


def test_two_word_names_sharing_a_particle_stay_apart(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Rob De Vanto sang. Ann De Luca left.",
        """
        Rob    PROPN compound 2 B-PERSON
        De     PROPN compound 2 I-PERSON
        Vanto  PROPN nsubj    3 I-PERSON
        sang   VERB  ROOT     3 O sing
        .      PUNCT punct    3
        Ann    PROPN compound 7 B-PERSON
        De     PROPN compound 7 I-PERSON
        Luca   PROPN nsubj    8 I-PERSON
        left   VERB  ROOT     8 O leave
        .      PUNCT punct    8
        """,
    )
    assert len(found(doc, resolver)) == 2


def test_lone_org_that_is_a_recurring_subject_stays(blank_nlp, resolver):
    rows, text = [], ""
    for k, verb in enumerate(("sued", "won", "grew")):
        base = 3 * k
        rows += [
            f"Pardex PROPN nsubj {base + 1} B-ORG",
            f"{verb} VERB ROOT {base + 1}",
            f". PUNCT punct {base + 1}",
        ]
        text += f"Pardex {verb}. "
    doc = parse(blank_nlp.vocab, text.strip(), "\n".join(rows))
    assert found(doc, resolver) == [("ORG", "Pardex", ["Pardex"] * 3)]


# --- known places -----------------------------------------------------------


def test_known_place_the_model_calls_a_person_is_no_person(blank_nlp, resolver):
    # Fort Lee is a New Jersey town of some 40,000 people; nothing in the
    # sentence says a person is meant.
    doc = parse(
        blank_nlp.vocab,
        "Traffic slowed near Fort Lee on Monday.",
        """
        Traffic PROPN nsubj    1
        slowed  VERB  ROOT     1 O     slow
        near    ADP   prep     1
        Fort    PROPN compound 4 B-PERSON
        Lee     PROPN pobj     2 I-PERSON
        on      ADP   prep     1
        Monday  PROPN pobj     5 B-DATE
        .       PUNCT punct    1
        """,
    )
    assert found(doc, resolver) == []


def test_known_place_with_a_title_stays_a_person(blank_nlp, resolver):
    # A title says a person is meant, whatever else the words name.
    doc = parse(
        blank_nlp.vocab,
        "Mr York spoke on Monday.",
        """
        Mr      PROPN compound 1 B-PERSON
        York    PROPN nsubj    2 I-PERSON
        spoke   VERB  ROOT     2 O     speak
        on      ADP   prep     2
        Monday  PROPN pobj     3 B-DATE
        .       PUNCT punct    2
        """,
    )
    assert found(doc, resolver) == [("PERSON", "York", ["York"])]


# --- competitions and club abbreviations -------------------------------------


def test_competition_the_model_calls_an_org_is_no_org(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Ruiz wants to win Grand Slams again.",
        """
        Ruiz    PROPN nsubj    1 B-PERSON
        wants   VERB  ROOT     1 O     want
        to      PART  aux      3
        win     VERB  xcomp    1 O     win
        Grand   PROPN compound 5 B-ORG
        Slams   PROPN dobj     3 I-ORG
        again   ADV   advmod   3
        .       PUNCT punct    1
        """,
    )
    assert "Grand Slams" not in [name for _, name, _ in found(doc, resolver)]


def test_club_abbreviation_is_an_org(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Brentford will play Leeds Utd at home.",
        """
        Brentford PROPN nsubj    2 B-ORG
        will      AUX   aux      2
        play      VERB  ROOT     2 O     play
        Leeds     PROPN compound 4 B-PERSON
        Utd       PROPN dobj     2 I-PERSON
        at        ADP   prep     2
        home      NOUN  pobj     5
        .         PUNCT punct    2
        """,
    )
    assert ("ORG", "Leeds Utd") in [e[:2] for e in found(doc, resolver)]


def test_opening_adverb_is_cut_from_a_name(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Again Dr Okafor said no.",
        """
        Again   ADV   advmod   3 B-PERSON
        Dr      PROPN compound 2 I-PERSON
        Okafor  PROPN nsubj    3 I-PERSON
        said    VERB  ROOT     3 O     say
        no      INTJ  dobj     3
        .       PUNCT punct    3
        """,
    )
    assert [e[:2] for e in found(doc, resolver)] == [("PERSON", "Okafor")]


def test_evidence_an_acronym_hyphened_to_a_code_is_a_standard(blank_nlp):
    # "EV-DO": a technology's name cut at the hyphen, not a firm.
    doc = parse(
        blank_nlp.vocab,
        "Sprint said EV-DO works.",
        """
        Sprint    PROPN nsubj    1 B-ORG
        said      VERB  ROOT     1 O say
        EV        PROPN compound 4 B-ORG
        -         PUNCT punct    4
        DO        PROPN nsubj    5
        works     VERB  ccomp    1 O work
        .         PUNCT punct    1
        """,
    )
    found = {e["name"]: e["label"] for e in find_entities(doc, EntityResolver())}
    assert found == {"Sprint": "ORG"}


def test_evidence_two_names_hyphened_stay_names(blank_nlp):
    # "EU-US talks": the code is itself a name; "EU" stays.
    doc = parse(
        blank_nlp.vocab,
        "The EU-US talks ended.",
        """
        The    DET   det      4
        EU     PROPN compound 4 B-ORG
        -      PUNCT punct    4
        US     PROPN compound 4 B-GPE
        talks  NOUN  nsubj    5
        ended  VERB  ROOT     5 O end
        .      PUNCT punct    5
        """,
    )
    found = {e["name"]: e["label"] for e in find_entities(doc, EntityResolver())}
    assert found == {"EU": "ORG"}
