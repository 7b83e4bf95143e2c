"""ck_entities: words at a name's edges that are no part of it.

Hand-built Docs (tests/handmade.py), sentences our own with invented names: a
plural title or a party's name before a given name ("Tories Ken Clarke"), an
honorific that opens the next name ("Tanzania Mr Brown"), an adjective made
with a hyphen ("Russian-registered"), the apposition of "one of his songs",
and an acronym the model calls a firm that a role in apposition fits too.
"""

from __future__ import annotations

from tests.components.test_entities_fullnames import found, resolver
from tests.handmade import parse

__all__ = ["resolver"]  # the module's fixture, shared


def _names(doc, resolver) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(label, name) for label, name, _ in found(doc, resolver)]


# --- a plural title or a party before a given name -----------------------------


def _said(vocab, name: str, label: str, *, sep: str = " ", lead: str = ""):  # type: ignore[no-untyped-def]
    """ "<lead> <name> said no." with the name's words typed ``label``: the
    subject of "said", or the object of the lead's verb ("Backers include")."""
    words = name.replace("-", " - ").split() if sep == "" else name.split()
    rows = []
    if lead:
        rows = [f"{lead.split()[0]} NOUN nsubj 1 O", f"{lead.split()[1]} VERB ROOT 1 O"]
    base = len(rows)
    last = base + len(words) - 1
    for i, word in enumerate(words):
        iob = ("B-" if i == 0 else "I-") + label
        pos = "PUNCT" if word == "-" else "PROPN"
        dep = ("dobj" if lead else "nsubj") if i == len(words) - 1 else "compound"
        head = (1 if lead else last + 1) if i == len(words) - 1 else last
        rows.append(f"{word} {pos} {dep} {head} {iob}")
    if lead:
        rows.append(". PUNCT punct 1 O")
        text = f"{lead} {name}."
    else:
        rows += [f"said VERB ROOT {last + 1} O say", f"no INTJ dobj {last + 1} O"]
        rows.append(f". PUNCT punct {last + 1} O")
        text = f"{name} said no."
    return parse(vocab, text, "\n".join(rows))


def test_party_name_before_a_given_name_is_cut_off(blank_nlp, resolver):
    doc = _said(blank_nlp.vocab, "Tories Ken Clarke", "PERSON", lead="Backers include")
    assert _names(doc, resolver) == [("PERSON", "Ken Clarke")]


def test_plural_title_before_a_given_name_is_cut_off(blank_nlp, resolver):
    doc = _said(blank_nlp.vocab, "Princes Harold", "PERSON")
    assert _names(doc, resolver) == [("PERSON", "Harold")]


def test_given_name_ending_in_s_stays_in_the_name(blank_nlp, resolver):
    # "Douglas" ends in "s" before a given name, but is a given name itself.
    doc = _said(blank_nlp.vocab, "Douglas Wesley Harrow", "PERSON")
    assert _names(doc, resolver) == [("PERSON", "Douglas Wesley Harrow")]


def test_plural_title_before_a_surname_alone_stays(blank_nlp, resolver):
    # No given name follows: nothing says where a name would start.
    doc = _said(blank_nlp.vocab, "Judges Harrowgate", "ORG")
    assert _names(doc, resolver) == [("ORG", "Judges Harrowgate")]


# --- an honorific ends no name -------------------------------------------------


_HONORIFIC = """
    After    ADP   prep     5
    talks    NOUN  pobj     0
    with     ADP   prep     1
    Venmark  PROPN pobj     2 B-ORG
    Mr       PROPN compound 5 I-ORG
    Brown    PROPN nsubj    6 B-PERSON
    said     VERB  ROOT     6 O say
    yes      INTJ  dobj     6
    .        PUNCT punct    6
"""


def test_honorific_after_a_name_opens_the_next_one(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab, "After talks with Venmark Mr Brown said yes.", _HONORIFIC
    )
    names = _names(doc, resolver)
    assert ("PERSON", "Brown") in names
    assert all(name != "Venmark Mr" for _, name in names)


# --- an adjective made with a hyphen -------------------------------------------


def test_hyphened_participle_is_no_organization(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Kestrel built a Latvian-registered firm.",
        """
        Kestrel    PROPN nsubj 1 B-ORG
        built      VERB  ROOT  1 O build
        a          DET   det   6
        Latvian    ADJ   amod  6 B-ORG
        -          PUNCT punct 5 I-ORG
        registered VERB  amod  6 I-ORG
        firm       NOUN  dobj  1
        .          PUNCT punct 1
        """,
    )
    assert all(name != "Latvian-registered" for _, name in _names(doc, resolver))


def test_hyphened_name_of_capitalized_words_stays(blank_nlp, resolver):
    doc = _said(blank_nlp.vocab, "Harlow-Benning", "ORG", sep="")
    assert _names(doc, resolver) == [("ORG", "Harlow-Benning")]


# --- "one of his songs, X," ----------------------------------------------------


_ONE_OF = """
    One       NUM   nsubj 8
    of        ADP   prep  0
    his       PRON  poss  3
    {noun}    NOUN  pobj  1
    ,         PUNCT punct 0
    {first}   PROPN compound 6 B-PERSON
    {second}  PROPN appos 0 I-PERSON
    ,         PUNCT punct 0
    angered   VERB  ROOT  8 O anger
    fans      NOUN  dobj  8
    .         PUNCT punct 8
"""


def test_one_of_his_songs_names_a_song(blank_nlp, resolver):
    text = "One of his songs, Harbour Lights, angered fans."
    rows = _ONE_OF.format(noun="songs", first="Harbour", second="Lights")
    assert _names(parse(blank_nlp.vocab, text, rows), resolver) == []


def test_one_of_his_friends_names_a_person(blank_nlp, resolver):
    text = "One of his friends, Tom Garrow, angered fans."
    rows = _ONE_OF.format(noun="friends", first="Tom", second="Garrow")
    assert _names(parse(blank_nlp.vocab, text, rows), resolver) == [
        ("PERSON", "Tom Garrow")
    ]


# --- an acronym the model calls a firm -----------------------------------------


_ACRONYM = """
    {name}    PROPN nsubj 5 {tag}
    ,         PUNCT punct 0
    an        DET   det   3
    investor  NOUN  appos 0
    ,         PUNCT punct 0
    declined  VERB  ROOT  5 O decline
    .         PUNCT punct 5
"""


def test_acronym_the_model_calls_a_firm_stays_one_beside_a_role(blank_nlp, resolver):
    text = "KVR, an investor, declined."
    doc = parse(blank_nlp.vocab, text, _ACRONYM.format(name="KVR", tag="B-ORG"))
    assert _names(doc, resolver) == [("ORG", "KVR")]


def test_acronym_the_model_calls_a_person_stays_one(blank_nlp, resolver):
    text = "KVR, an investor, declined."
    doc = parse(blank_nlp.vocab, text, _ACRONYM.format(name="KVR", tag="B-PERSON"))
    assert _names(doc, resolver) == [("PERSON", "KVR")]


# --- "at analyst X": one works at a firm ---------------------------------------


_AT_ROLE = """
    Jo       PROPN compound 1 B-PERSON
    Reed     PROPN nsubj    2 I-PERSON
    works    VERB  ROOT     2 O work
    at       ADP   prep     2
    analyst  NOUN  compound 5
    {name}   PROPN pobj     3 B-PERSON
    {tail}
"""


def test_role_after_at_names_a_firm(blank_nlp, resolver):
    text = "Jo Reed works at analyst Vexcor."
    rows = _AT_ROLE.format(name="Vexcor", tail=".  PUNCT punct 2")
    assert ("ORG", "Vexcor") in _names(parse(blank_nlp.vocab, text, rows), resolver)


def test_role_after_at_before_a_possessive_names_a_person(blank_nlp, resolver):
    # "at analyst Vexcor's desk": a place of the person's, not a firm.
    text = "Jo Reed works at analyst Vexcor's desk."
    rows = _AT_ROLE.format(
        name="Vexcor", tail="'s PART case 5 O\n desk NOUN pobj 3\n . PUNCT punct 2"
    )
    doc = parse(blank_nlp.vocab, text, rows)
    doc[6].tag_ = "POS"
    assert ("ORG", "Vexcor") not in _names(doc, resolver)


# --- a plural common noun is no person -----------------------------------------


def test_plural_common_noun_typed_person_is_dropped(blank_nlp, resolver):
    doc = _said(blank_nlp.vocab, "Warnings", "PERSON")
    doc[0].tag_, doc[0].lemma_ = "NNS", "warning"
    assert _names(doc, resolver) == []


def test_surname_ending_in_s_typed_person_stays(blank_nlp, resolver):
    doc = _said(blank_nlp.vocab, "Rogers", "PERSON")
    assert _names(doc, resolver) == [("PERSON", "Rogers")]


# --- a one-word name mostly used as a modifier ---------------------------------


_MODIFIER = """
    {name}   PROPN compound 1 B-PERSON
    hopefuls NOUN  nsubj    2
    met      VERB  ROOT     2 O meet
    .        PUNCT punct    2
    The      DET   det      6
    {name}   PROPN compound 6 B-PERSON
    night    NOUN  nsubj    7
    ended    VERB  ROOT     7 O end
    .        PUNCT punct    7
"""


def test_given_name_used_as_a_modifier_is_no_person(blank_nlp, resolver):
    text = "Zelda hopefuls met. The Zelda night ended."
    doc = parse(blank_nlp.vocab, text, _MODIFIER.format(name="Zelda"))
    assert _names(doc, resolver) == []


def test_surname_used_as_a_modifier_stays_a_person(blank_nlp, resolver):
    # "the Blair government": a person's surname qualifies nouns too.
    text = "Blair hopefuls met. The Blair night ended."
    doc = parse(blank_nlp.vocab, text, _MODIFIER.format(name="Blair"))
    assert _names(doc, resolver) == [("PERSON", "Blair")]


def test_given_name_that_speaks_stays_a_person(blank_nlp, resolver):
    text = "Zelda hopefuls met. The Zelda night ended. Zelda said no."
    rows = _MODIFIER.format(name="Zelda") + (
        "Zelda PROPN nsubj 10 B-PERSON\n said VERB ROOT 10 O say\n"
        " no INTJ dobj 10\n . PUNCT punct 10"
    )
    doc = parse(blank_nlp.vocab, text, rows)
    assert _names(doc, resolver) == [("PERSON", "Zelda")]


# --- acronyms of common words --------------------------------------------------


def test_acronym_of_common_words_is_no_organization(blank_nlp, resolver):
    # "PM" (prime minister), "PE" (physical education), "MMS" (a message).
    for word in ("PM", "PE", "MMS"):
        assert _names(_said(blank_nlp.vocab, word, "ORG"), resolver) == []


def test_acronym_of_a_name_stays_an_organization(blank_nlp, resolver):
    assert _names(_said(blank_nlp.vocab, "KVR", "ORG"), resolver) == [("ORG", "KVR")]


# --- a person's plural is no fuller name ---------------------------------------


_PLURAL = """
    {first}  PROPN compound 1 B-{label}
    {last}   PROPN nsubj    2 I-{label}
    scored   VERB  ROOT     2 O score
    .        PUNCT punct    2
    Few      ADJ   nsubj    5
    are      AUX   ROOT     5 O be
    {first}  PROPN compound 7 B-{label}
    {last}s  PROPN attr     5 I-{label}
    .        PUNCT punct    5
"""


def test_person_is_named_by_the_singular_form(blank_nlp, resolver):
    text = "Tom Garrow scored. Few are Tom Garrows."
    rows = _PLURAL.format(label="PERSON", first="Tom", last="Garrow")
    doc = parse(blank_nlp.vocab, text, rows)
    names = found(doc, resolver)
    assert [(label, name) for label, name, _ in names] == [("PERSON", "Tom Garrow")]
    assert names[0][2] == ["Tom Garrow", "Tom Garrows"]


def test_organization_keeps_its_plural_form(blank_nlp, resolver):
    # "Deluxe Films", "the Lib Dems": a firm's plural may be its name.
    text = "Harlow Film scored. Few are Harlow Films."
    rows = _PLURAL.format(label="ORG", first="Harlow", last="Film")
    names = found(parse(blank_nlp.vocab, text, rows), resolver)
    assert [(label, name) for label, name, _ in names] == [("ORG", "Harlow Films")]


# --- "Professor" typed into an organization's span -----------------------------


def test_professor_opening_an_organization_span_is_a_title(blank_nlp, resolver):
    # "Professor Dautenhahn" typed ORG is a person, the title cut off; the
    # plural opens no person's name ("Professors Union" stays). So is a peer
    # ("Lord Harrow", "Baroness Harrow"), but not the "Lords" of a body.
    cases = {
        "Professor Harrow": ("PERSON", "Harrow"),
        "Lord Harrow": ("PERSON", "Harrow"),
        "Baroness Harrow": ("PERSON", "Harrow"),
        "Professors Union": None,
        "Lords Union": None,
    }
    for name, expected in cases.items():
        found_names = _names(_said(blank_nlp.vocab, name, "ORG"), resolver)
        assert found_names == [expected or ("ORG", name)]


# --- an initial and a surname typed ORG ----------------------------------------


_TEAM_SHEET = """
    {given} PROPN compound 1 B-PERSON
    Maggs   PROPN nsubj    2 I-PERSON
    starts  VERB  ROOT     2 O start
    .       PUNCT punct    2
    Side    NOUN  ROOT     4
    :       PUNCT punct    4
    K       PROPN compound 7 B-ORG
    Maggs   PROPN appos    4 I-ORG
    ,       PUNCT punct    4
    T       PROPN compound 10 B-PERSON
    Bowe    PROPN conj     7 I-PERSON
"""


def test_initial_and_surname_of_a_person_of_the_article_is_the_person(
    blank_nlp, resolver
):
    text = "Kevin Maggs starts. Side: K Maggs, T Bowe"
    doc = parse(blank_nlp.vocab, text, _TEAM_SHEET.format(given="Kevin"))
    names = found(doc, resolver)
    assert ("PERSON", "Kevin Maggs", ["Kevin Maggs", "K Maggs"]) in names
    assert all(label == "PERSON" for label, _, _ in names)


def test_initial_of_another_given_name_stays_apart(blank_nlp, resolver):
    text = "Lewis Maggs starts. Side: K Maggs, T Bowe"
    doc = parse(blank_nlp.vocab, text, _TEAM_SHEET.format(given="Lewis"))
    assert ("PERSON", "K Maggs") not in _names(doc, resolver)
