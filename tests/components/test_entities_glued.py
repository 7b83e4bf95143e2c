"""ck_entities: names glued to words that are not theirs, and he/she by given name.

Hand-built Docs (tests/handmade.py), our own sentences and invented names: a
nationality, an adjective or a headline's word before a surname, a phrase or
a score after it and two surnames joined are re-cut to the article's people;
a given name opening the line before a lone surname is the person's; a lone
given name the recognizer cut out of another person's name joins no one; a
nickname the text defines, capitals of a one-word firm, a doubled letter
written once, a person's name typed ORG beside its surname; he/she never join
a person whose given name says the other sex. Namesakes, firms and people the
rules do not describe stay as they were.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from tests.components.test_entities_fullnames import found, resolver
from tests.handmade import parse

__all__ = ["resolver"]  # the module's fixture, shared

_ENDS = {".", "\n\n"}


def _doc(vocab, text: str, rows: list[str]) -> Doc:  # type: ignore[no-untyped-def]
    """A Doc from ``word POS [ent [tag]]`` rows: each sentence (ended by "."
    or a blank line) hangs on its first verb, or its last word."""
    cells = [row.split() for row in rows]
    sentences: list[list[int]] = [[]]
    for i, cell in enumerate(cells):
        sentences[-1].append(i)
        if cell[0].replace("\\n", "\n") in _ENDS:
            sentences.append([])
    table = []
    for sentence in sentences:
        if not sentence:
            continue
        verbs = [i for i in sentence if cells[i][1] in ("VERB", "AUX")]
        root = verbs[0] if verbs else sentence[-1]
        for i in sentence:
            word, pos = cells[i][:2]
            ent = cells[i][2] if len(cells[i]) > 2 else "O"
            dep = "ROOT" if i == root else ("punct" if pos == "PUNCT" else "dep")
            table.append(f"{word} {pos} {dep} {root} {ent}")
    doc = parse(vocab, text, "\n".join(table))
    for token, cell in zip(doc, cells, strict=True):
        if len(cell) > 3:
            token.tag_ = cell[3]
    return doc


def _names(doc: Doc, resolver) -> list[tuple[str, str, list[str]]]:  # type: ignore[no-untyped-def]
    return found(doc, resolver)


# --- a word glued before or after a surname ------------------------------------


def test_nationality_before_a_surname_is_the_person(blank_nlp, resolver):
    text = "Colin Farrand beat Ivo Sandor. Australian Farrand served well."
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "Colin PROPN B-PERSON", "Farrand PROPN I-PERSON", "beat VERB",
            "Ivo PROPN B-PERSON", "Sandor PROPN I-PERSON", ". PUNCT",
            "Australian PROPN B-ORG", "Farrand PROPN I-ORG", "served VERB",
            "well ADV", ". PUNCT",
        ],
    )  # fmt: skip
    assert ("PERSON", "Colin Farrand", ["Colin Farrand", "Farrand"]) in _names(
        doc, resolver
    )
    assert all(name != "Australian Farrand" for _, name, _ in _names(doc, resolver))


def test_given_name_before_a_surname_is_a_namesake(blank_nlp, resolver):
    text = "Colin Farrand beat Ivo Sandor. Maria Farrand watched."
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "Colin PROPN B-PERSON", "Farrand PROPN I-PERSON", "beat VERB",
            "Ivo PROPN B-PERSON", "Sandor PROPN I-PERSON", ". PUNCT",
            "Maria PROPN B-PERSON", "Farrand PROPN I-PERSON", "watched VERB",
            ". PUNCT",
        ],
    )  # fmt: skip
    names = [name for _, name, _ in _names(doc, resolver)]
    assert "Maria Farrand" in names and "Colin Farrand" in names


def test_nationality_before_an_organization_is_left_alone(blank_nlp, resolver):
    text = "Colin Farrand beat Ivo Sandor. Australian Telcorp paid."
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "Colin PROPN B-PERSON", "Farrand PROPN I-PERSON", "beat VERB",
            "Ivo PROPN B-PERSON", "Sandor PROPN I-PERSON", ". PUNCT",
            "Australian PROPN B-ORG", "Telcorp PROPN I-ORG", "paid VERB",
            ". PUNCT",
        ],
    )  # fmt: skip
    assert ("ORG", "Australian Telcorp", ["Australian Telcorp"]) in _names(
        doc, resolver
    )


def test_headline_word_before_a_surname_is_cut(blank_nlp, resolver):
    text = "Brave Farrand makes a start\n\nColin Farrand won the final."
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "Brave PROPN B-PERSON NNP", "Farrand PROPN I-PERSON", "makes VERB",
            "a DET", "start NOUN", "\\n\\n SPACE",
            "Colin PROPN B-PERSON", "Farrand PROPN I-PERSON", "won VERB",
            "the DET", "final NOUN", ". PUNCT",
        ],
    )  # fmt: skip
    assert _names(doc, resolver) == [
        ("PERSON", "Colin Farrand", ["Farrand", "Colin Farrand"])
    ]


def test_given_name_in_a_headline_is_kept(blank_nlp, resolver):
    text = "Maria Farrand cheers a start\n\nColin Farrand won the final."
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "Maria PROPN B-PERSON", "Farrand PROPN I-PERSON", "cheers VERB",
            "a DET", "start NOUN", "\\n\\n SPACE",
            "Colin PROPN B-PERSON", "Farrand PROPN I-PERSON", "won VERB",
            "the DET", "final NOUN", ". PUNCT",
        ],
    )  # fmt: skip
    names = [name for _, name, _ in _names(doc, resolver)]
    assert "Maria Farrand" in names


def test_phrase_after_a_surname_is_cut(blank_nlp, resolver):
    text = "Sandor loses to Farrand in Perth\n\nIvo Sandor lost to Colin Farrand."
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "Sandor PROPN B-PERSON", "loses VERB", "to ADP",
            "Farrand PROPN B-ORG", "in ADP I-ORG", "Perth PROPN I-ORG",
            "\\n\\n SPACE",
            "Ivo PROPN B-PERSON", "Sandor PROPN I-PERSON", "lost VERB", "to ADP",
            "Colin PROPN B-PERSON", "Farrand PROPN I-PERSON", ". PUNCT",
        ],
    )  # fmt: skip
    names = _names(doc, resolver)
    assert ("PERSON", "Colin Farrand", ["Farrand", "Colin Farrand"]) in names
    assert all("Perth" not in name for _, name, _ in names)


def test_two_joined_surnames_are_two_people(blank_nlp, resolver):
    text = "Farrand & Sandor take awards\n\nColin Farrand and Ivo Sandor won."
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "Farrand PROPN B-ORG", "& CCONJ I-ORG", "Sandor PROPN I-ORG",
            "take VERB", "awards NOUN", "\\n\\n SPACE",
            "Colin PROPN B-PERSON", "Farrand PROPN I-PERSON", "and CCONJ",
            "Ivo PROPN B-PERSON", "Sandor PROPN I-PERSON", "won VERB", ". PUNCT",
        ],
    )  # fmt: skip
    assert _names(doc, resolver) == [
        ("PERSON", "Colin Farrand", ["Farrand", "Colin Farrand"]),
        ("PERSON", "Ivo Sandor", ["Sandor", "Ivo Sandor"]),
    ]


def test_firm_named_for_two_people_is_left_alone(blank_nlp, resolver):
    # no person of the article is named Hollis or Brand
    text = "Hollis & Brand paid\n\nColin Farrand won."
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "Hollis PROPN B-ORG", "& CCONJ I-ORG", "Brand PROPN I-ORG",
            "paid VERB", "\\n\\n SPACE",
            "Colin PROPN B-PERSON", "Farrand PROPN I-PERSON", "won VERB", ". PUNCT",
        ],
    )  # fmt: skip
    assert ("ORG", "Hollis & Brand", ["Hollis & Brand"]) in _names(doc, resolver)


# --- a given name at a line's start, a given name of another person ------------


def test_given_name_opening_the_line_joins_the_surname(blank_nlp, resolver):
    text = "Farrand wins\n\nColin Farrand won the final."
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "Farrand PROPN B-PERSON", "wins VERB", "\\n\\n SPACE",
            "Colin PROPN", "Farrand PROPN B-PERSON", "won VERB", "the DET",
            "final NOUN", ". PUNCT",
        ],
    )  # fmt: skip
    assert _names(doc, resolver) == [
        ("PERSON", "Colin Farrand", ["Farrand", "Colin Farrand"])
    ]


def test_initial_opening_the_line_is_not_taken(blank_nlp, resolver):
    text = "Results\n\nK Farrand won. Colin Farrand smiled."
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "Results NOUN", "\\n\\n SPACE", "K PROPN", "Farrand PROPN B-PERSON",
            "won VERB", ". PUNCT", "Colin PROPN B-PERSON", "Farrand PROPN I-PERSON",
            "smiled VERB", ". PUNCT",
        ],
    )  # fmt: skip
    # The initial is no given name to glue on, but it is the name's own: a
    # "K Farrand" is no Colin Farrand.
    assert sorted(_names(doc, resolver)) == [
        ("PERSON", "Colin Farrand", ["Colin Farrand"]),
        ("PERSON", "K Farrand", ["K Farrand"]),
    ]


def test_given_name_cut_from_another_persons_name_joins_no_one(blank_nlp, resolver):
    # the list line is Title Case, so read as weak and re-cut to body names:
    # the recognizer's "Mila Janovic" keeps only the "Mila" of Mila Kostic
    text = "Mila Kostic won the final.\n\n23 Mila Janovic (Serbia and Montenegro)"
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "Mila PROPN B-PERSON", "Kostic PROPN I-PERSON", "won VERB",
            "the DET", "final NOUN", ". PUNCT", "\\n\\n SPACE",
            "23 NUM", "Mila PROPN B-PERSON", "Janovic PROPN I-PERSON",
            "( PUNCT", "Serbia PROPN B-GPE", "and CCONJ",
            "Montenegro PROPN B-GPE", ") PUNCT",
        ],
    )  # fmt: skip
    assert ("PERSON", "Mila Kostic", ["Mila Kostic"]) in _names(doc, resolver)


def test_lone_given_name_in_the_body_joins_the_person(blank_nlp, resolver):
    text = "Mila Kostic won the final. Mila said so."
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "Mila PROPN B-PERSON", "Kostic PROPN I-PERSON", "won VERB",
            "the DET", "final NOUN", ". PUNCT",
            "Mila PROPN B-PERSON", "said VERB", "so ADV", ". PUNCT",
        ],
    )  # fmt: skip
    assert _names(doc, resolver) == [("PERSON", "Mila Kostic", ["Mila Kostic", "Mila"])]


# --- nationality nouns ------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "given", "name"),
    [
        ("Frenchman", "Gilles", "Gilles Marchaud"),  # a given name the list lacks
        ("Dane", "Kenneth", "Kenneth Marchaud"),  # "Dane" is a given name too
        ("Briton", "Tim", "Tim Marchaud"),
    ],
)
def test_nationality_noun_before_a_full_name_is_cut(
    blank_nlp, resolver, first, given, name
):
    text = f"They beat {first} {given} Marchaud."
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "They PRON", "beat VERB", f"{first} PROPN B-PERSON",
            f"{given} PROPN I-PERSON", "Marchaud PROPN I-PERSON", ". PUNCT",
        ],
    )  # fmt: skip
    assert _names(doc, resolver) == [("PERSON", name, [name])]


def test_nationality_noun_after_the_is_no_person(blank_nlp, resolver):
    text = "Tim Marchaud won. The Briton served well."
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "Tim PROPN B-PERSON", "Marchaud PROPN I-PERSON", "won VERB", ". PUNCT",
            "The DET", "Briton PROPN B-PERSON", "served VERB", "well ADV",
            ". PUNCT",
        ],
    )  # fmt: skip
    assert _names(doc, resolver) == [("PERSON", "Tim Marchaud", ["Tim Marchaud"])]


def test_nationality_word_before_a_firm_name_stays(blank_nlp, resolver):
    text = "They sued British Gas Trading."
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "They PRON", "sued VERB", "British PROPN B-ORG", "Gas PROPN I-ORG",
            "Trading PROPN I-ORG", ". PUNCT",
        ],
    )  # fmt: skip
    assert [name for _, name, _ in _names(doc, resolver)] == ["British Gas Trading"]


# --- nicknames, capitals, a doubled letter, a person typed ORG --------------------


def test_defined_nickname_is_the_person(blank_nlp, resolver):
    text = "Carlos Vega won. And Vega, nicknamed Charly, smiled. Charly left."
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "Carlos PROPN B-PERSON", "Vega PROPN I-PERSON", "won VERB", ". PUNCT",
            "And CCONJ", "Vega PROPN B-PERSON", ", PUNCT", "nicknamed ADJ",
            "Charly PROPN B-PERSON", ", PUNCT", "smiled VERB", ". PUNCT",
            "Charly PROPN B-PERSON", "left VERB", ". PUNCT",
        ],
    )  # fmt: skip
    assert _names(doc, resolver) == [
        ("PERSON", "Carlos Vega", ["Carlos Vega", "Vega", "Charly", "Charly"])
    ]


def test_another_name_after_a_comma_is_no_nickname(blank_nlp, resolver):
    text = "Carlos Vega won. And Vega, beating Charly, smiled."
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "Carlos PROPN B-PERSON", "Vega PROPN I-PERSON", "won VERB", ". PUNCT",
            "And CCONJ", "Vega PROPN B-PERSON", ", PUNCT", "beating VERB",
            "Charly PROPN B-PERSON", ", PUNCT", "smiled VERB", ". PUNCT",
        ],
    )  # fmt: skip
    assert all("Charly" not in mentions for _, _, mentions in _names(doc, resolver))


@pytest.mark.parametrize(
    ("acronym", "joined"), [("NTK", True), ("NKB", False)], ids=["spells", "other"]
)
def test_capitals_of_a_one_word_firm_are_its_short_form(
    blank_nlp, resolver, acronym, joined
):
    text = f"NovaTelKom paid. {acronym} said so."
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "NovaTelKom PROPN B-ORG", "paid VERB", ". PUNCT",
            f"{acronym} PROPN B-ORG", "said VERB", "so ADV", ". PUNCT",
        ],
    )  # fmt: skip
    names = _names(doc, resolver)
    assert (("ORG", "NovaTelKom", ["NovaTelKom", acronym]) in names) is joined


@pytest.mark.parametrize(
    ("full", "short", "joined"),
    [("Roddle", "Rodle", True), ("Johnston", "Johnson", False)],
    ids=["doubled-letter", "other-letter"],
)
def test_doubled_letter_written_once_is_the_same_person(
    blank_nlp, resolver, full, short, joined
):
    text = f"Andy {full} won. {short} said so."
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "Andy PROPN B-PERSON", f"{full} PROPN I-PERSON", "won VERB", ". PUNCT",
            f"{short} PROPN B-PERSON", "said VERB", "so ADV", ". PUNCT",
        ],
    )  # fmt: skip
    names = _names(doc, resolver)
    assert (("PERSON", f"Andy {full}", [f"Andy {full}", short]) in names) is joined


@pytest.mark.parametrize(
    ("first", "joined"), [("Geoff", True), ("Goldman", False)], ids=["given", "surname"]
)
def test_person_typed_org_joins_the_surname_typed_person(
    blank_nlp, resolver, first, joined
):
    text = f"They met {first} Pollard. Pollard said so. Pollard left."
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "They PRON", "met VERB", f"{first} PROPN B-ORG", "Pollard PROPN I-ORG",
            ". PUNCT",
            "Pollard PROPN B-PERSON", "said VERB", "so ADV", ". PUNCT",
            "Pollard PROPN B-PERSON", "left VERB", ". PUNCT",
        ],
    )  # fmt: skip
    names = _names(doc, resolver)
    full = f"{first} Pollard"
    assert (("PERSON", full, [full, "Pollard", "Pollard"]) in names) is joined


# --- he and she by given name -------------------------------------------------------


def _pronoun_doc(vocab, first: str) -> Doc:  # type: ignore[no-untyped-def]
    text = f"{first} Hensley praised Nadia Orlova. She said so."
    return parse(
        vocab,
        text,
        f"""
        {first}  PROPN compound 1 B-PERSON
        Hensley  PROPN nsubj    2 I-PERSON
        praised  VERB  ROOT     2
        Nadia    PROPN compound 4 B-PERSON
        Orlova   PROPN dobj     2 I-PERSON
        .        PUNCT punct    2
        She      PRON  nsubj    7
        said     VERB  ROOT     7 O say
        so       ADV   advmod   7
        .        PUNCT punct    7
        """,
    )


def _pronoun_owner(doc: Doc, resolver) -> str | None:  # type: ignore[no-untyped-def]
    from claimkit.components.entities import find_entities

    for entity in find_entities(doc, resolver):
        if any(m["text"] == "She" for m in entity["mentions"]):
            return str(entity["name"])
    return None


def test_she_skips_a_man_named_by_his_given_name(blank_nlp, resolver):
    # without the given name, "She" would take the sentence's subject
    doc = _pronoun_doc(blank_nlp.vocab, "Paul")
    assert _pronoun_owner(doc, resolver) == "Nadia Orlova"


def test_given_name_of_either_sex_says_nothing(blank_nlp, resolver):
    # "Ashley" is a man's name in Britain as often: the subject rule stands
    doc = _pronoun_doc(blank_nlp.vocab, "Ashley")
    assert _pronoun_owner(doc, resolver) == "Ashley Hensley"


# --- two ways to write one given name; two names joined by a small word -------------


@pytest.mark.parametrize(
    ("other", "joined"),
    [("Steven", True), ("S", True), ("Stella", False), ("St", False)],
    ids=["longer-form", "initial", "other-name", "too-short"],
)
def test_given_name_written_two_ways_is_one_person(blank_nlp, resolver, other, joined):
    text = f"Steve Farrand scored. {other} Farrand was praised."
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "Steve PROPN B-PERSON", "Farrand PROPN I-PERSON", "scored VERB",
            ". PUNCT", f"{other} PROPN B-PERSON", "Farrand PROPN I-PERSON",
            "was AUX", "praised VERB", ". PUNCT",
        ],
    )  # fmt: skip
    names = _names(doc, resolver)
    one = [mentions for _, _, mentions in names if len(mentions) == 2]
    assert bool(one) is joined


def test_two_names_joined_by_a_small_word_are_both(blank_nlp, resolver):
    text = "Bexa Holdings to Corvel Rovers\n\nBexa Holdings signed. Corvel Rovers paid."
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "Bexa PROPN B-ORG", "Holdings PROPN I-ORG", "to ADP I-ORG",
            "Corvel PROPN I-ORG", "Rovers PROPN I-ORG", "\\n\\n SPACE",
            "Bexa PROPN B-ORG", "Holdings PROPN I-ORG", "signed VERB", ". PUNCT",
            "Corvel PROPN B-ORG", "Rovers PROPN I-ORG", "paid VERB", ". PUNCT",
        ],
    )  # fmt: skip
    names = _names(doc, resolver)
    assert ("ORG", "Bexa Holdings", ["Bexa Holdings", "Bexa Holdings"]) in names
    assert ("ORG", "Corvel Rovers", ["Corvel Rovers", "Corvel Rovers"]) in names


def test_given_name_alone_follows_its_full_name_to_the_longer_form(blank_nlp, resolver):
    text = "Steve Farrand scored. Steve smiled. Steven Farrand was praised."
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "Steve PROPN B-PERSON", "Farrand PROPN I-PERSON", "scored VERB",
            ". PUNCT", "Steve PROPN B-PERSON", "smiled VERB", ". PUNCT",
            "Steven PROPN B-PERSON", "Farrand PROPN I-PERSON", "was AUX",
            "praised VERB", ". PUNCT",
        ],
    )  # fmt: skip
    assert _names(doc, resolver) == [
        ("PERSON", "Steven Farrand", ["Steve Farrand", "Steve", "Steven Farrand"])
    ]


@pytest.mark.parametrize(
    ("words", "name"),
    [(["Shaun", "Wright"], "Shaun Wright-Phillips"), (["Wright"], None)],
    ids=["full-name", "surname-alone"],
)
def test_name_cut_at_a_surnames_hyphen_runs_on(blank_nlp, resolver, words, name):
    # one surname before the hyphen may be a pairing ("the Wright-Phillips tie")
    text = " ".join(words) + "-Phillips will play."
    rows = [f"{w} PROPN {'B' if i == 0 else 'I'}-PERSON" for i, w in enumerate(words)]
    rows += ["- PUNCT", "Phillips PROPN B-PERSON", "will AUX", "play VERB", ". PUNCT"]
    doc = _doc(blank_nlp.vocab, text, rows)
    joined = [n for _, n, _ in _names(doc, resolver) if n.endswith("-Phillips")]
    assert joined == ([name] if name else [])


def test_lone_given_name_says_its_sex(blank_nlp, resolver):
    text = "Sandra Vey and Tom Brack met. Sandra smiled. He left."
    doc = parse(
        blank_nlp.vocab,
        text,
        """
        Sandra PROPN compound 1 B-PERSON
        Vey    PROPN nsubj    5 I-PERSON
        and    CCONJ cc       1
        Tom    PROPN compound 4 B-PERSON
        Brack  PROPN conj     1 I-PERSON
        met    VERB  ROOT     5 O meet
        .      PUNCT punct    5
        Sandra PROPN nsubj    8 B-PERSON
        smiled VERB  ROOT     8 O smile
        .      PUNCT punct    8
        He     PRON  nsubj    11
        left   VERB  ROOT     11 O leave
        .      PUNCT punct    11
        """,
    )
    from claimkit.components.entities import find_entities

    owners = [
        e["name"]
        for e in find_entities(doc, resolver)
        if any(m["text"] == "He" for m in e["mentions"])
    ]
    assert "Sandra Vey" not in owners and "Sandra" not in owners


def test_a_title_of_the_other_sex_makes_a_namesake_who_takes_her_pronoun(
    blank_nlp, resolver
):
    # "Mrs Brack" is not Tom Brack: she is her own entity, and "She" is hers
    text = "Tom Brack spoke. Mrs Brack smiled. She said so."
    doc = parse(
        blank_nlp.vocab,
        text,
        """
        Tom    PROPN compound 1 B-PERSON
        Brack  PROPN nsubj    2 I-PERSON
        spoke  VERB  ROOT     2 O speak
        .      PUNCT punct    2
        Mrs    PROPN compound 5
        Brack  PROPN nsubj    6 B-PERSON
        smiled VERB  ROOT     6 O smile
        .      PUNCT punct    6
        She    PRON  nsubj    9
        said   VERB  ROOT     9 O say
        so     ADV   advmod   9
        .      PUNCT punct    9
        """,
    )
    assert _pronoun_owner(doc, resolver) == "Brack"
    assert "Tom Brack" in [name for _, name, _ in found(doc, resolver)]


# --- small words and headline verbs glued to a person, ORG-typed surnames ------


def test_small_word_before_a_surname_is_cut(blank_nlp, resolver):
    text = "Colin Farrand won. Though Farrand lost once, he smiled."
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "Colin PROPN B-PERSON", "Farrand PROPN I-PERSON", "won VERB",
            ". PUNCT", "Though SCONJ B-PERSON IN", "Farrand PROPN I-PERSON",
            "lost VERB", "once ADV", ", PUNCT", "he PRON", "smiled VERB",
            ". PUNCT",
        ],
    )  # fmt: skip
    names = _names(doc, resolver)
    assert [name for _, name, _ in names] == ["Colin Farrand"]
    assert "Farrand" in names[0][2]


def test_headline_verb_after_a_surname_is_cut(blank_nlp, resolver):
    text = "Farrand Stumbles In Final\n\nColin Farrand fell in the final."
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "Farrand PROPN B-PERSON NNP", "Stumbles VERB I-PERSON VBZ",
            "In ADP O IN", "Final PROPN", "\\n\\n SPACE",
            "Colin PROPN B-PERSON", "Farrand PROPN I-PERSON", "fell VERB",
            "in ADP", "the DET", "final NOUN", ". PUNCT",
        ],
    )  # fmt: skip
    assert _names(doc, resolver) == [
        ("PERSON", "Colin Farrand", ["Farrand", "Colin Farrand"])
    ]


def test_given_name_that_is_a_small_word_stays_a_namesake(blank_nlp, resolver):
    text = "Colin Farrand won. Will Farrand, his brother, lost."
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "Colin PROPN B-PERSON", "Farrand PROPN I-PERSON", "won VERB",
            ". PUNCT", "Will PROPN B-PERSON NNP", "Farrand PROPN I-PERSON",
            ", PUNCT", "his PRON", "brother NOUN", ", PUNCT", "lost VERB",
            ". PUNCT",
        ],
    )  # fmt: skip
    names = [name for _, name, _ in _names(doc, resolver)]
    assert "Will Farrand" in names and "Colin Farrand" in names


def test_a_name_the_text_seldom_calls_an_organization_may_be_a_surname(blank_nlp):
    from claimkit.components.entities.clusters import _often_not
    from claimkit.components.entities.mentions import _Name

    doc = blank_nlp("Farrand said . Farrand left . Farrand won . Farrand campaign quit")
    spans = [doc[0:1], doc[3:4], doc[6:7], doc[9:10]]
    name = _Name(key="Farrand", spans=spans)
    name.evidence["ORG"] = 1  # "Farrand campaign"
    assert not _often_not(name, "PERSON")
    name.spans = spans[2:]
    assert _often_not(name, "PERSON")


def test_a_known_place_typed_org_with_no_clue_is_a_place(blank_nlp, resolver):
    text = "Colin Farrand testified on Capitol Hill. Leeds beat Bolton."
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "Colin PROPN B-PERSON", "Farrand PROPN I-PERSON", "testified VERB",
            "on ADP", "Capitol PROPN B-ORG", "Hill PROPN I-ORG", ". PUNCT",
            "Leeds PROPN B-ORG", "beat VERB", "Bolton PROPN B-ORG", ". PUNCT",
        ],
    )  # fmt: skip
    names = [name for _, name, _ in _names(doc, resolver)]
    assert "Capitol Hill" not in names
    assert "Colin Farrand" in names


def test_a_results_table_line_is_no_prose(blank_nlp):
    """A table names its teams by their city ("LOS ANGELES 4"): no place rule."""
    from claimkit.components.entities.places import _in_prose

    text = "Capitol Hill 4 Farrand Rovers 2\n\nColin Farrand testified on Capitol Hill."
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "Capitol PROPN", "Hill PROPN", "4 NUM", "Farrand PROPN",
            "Rovers PROPN", "2 NUM", "\\n\\n SPACE", "Colin PROPN",
            "Farrand PROPN", "testified VERB", "on ADP", "Capitol PROPN",
            "Hill PROPN", ". PUNCT",
        ],
    )  # fmt: skip
    assert not _in_prose(doc[0:2])
    assert _in_prose(doc[11:13])
