"""ck_entities: spans that fuse a name of the article with another or with words.

Hand-built Docs (tests/handmade.py), our own sentences and invented names:
names joined by a hyphen or a slash are the names they join when each is a
name of the article; a person's "'s" and what follows, a title after a
person and an organization of the article after one are cut off. A
hyphenated name whose parts are no names of the article, and a person's
surname opening an organization's name the article does not know, stay. An
organization of the article run into a person of it ("At Orlak Trust Sandor
was") is both; two firms written as one name, or a name that opens with a
given name, stay whole.
"""

from __future__ import annotations

from tests.components.test_entities_fullnames import found, resolver
from tests.components.test_entities_glued import _doc

__all__ = ["resolver"]  # the module's fixture, shared

_PEOPLE = [
    "Colin PROPN B-PERSON", "Farrand PROPN I-PERSON", "met VERB",
    "Ivo PROPN B-PERSON", "Sandor PROPN I-PERSON", ". PUNCT",
]  # fmt: skip


def test_two_people_joined_by_a_hyphen_are_both(blank_nlp, resolver):
    text = "Colin Farrand met Ivo Sandor. A Farrand-Sandor race looms."
    rows = [
        *_PEOPLE,
        "A DET", "Farrand PROPN B-PERSON", "- PUNCT I-PERSON",
        "Sandor PROPN I-PERSON", "race NOUN", "looms VERB", ". PUNCT",
    ]  # fmt: skip
    assert found(_doc(blank_nlp.vocab, text, rows), resolver) == [
        ("PERSON", "Colin Farrand", ["Colin Farrand", "Farrand"]),
        ("PERSON", "Ivo Sandor", ["Ivo Sandor", "Sandor"]),
    ]


def test_person_and_organization_joined_by_a_hyphen(blank_nlp, resolver):
    text = "Colin Farrand met Ivo Sandor. The Farrand-PDU feud grew. The PDU said no."
    rows = [
        *_PEOPLE,
        "The DET", "Farrand PROPN B-ORG", "- PUNCT I-ORG", "PDU PROPN I-ORG",
        "feud NOUN", "grew VERB", ". PUNCT",
        "The DET", "PDU PROPN B-ORG", "said VERB", "no INTJ", ". PUNCT",
    ]  # fmt: skip
    names = found(_doc(blank_nlp.vocab, text, rows), resolver)
    assert ("PERSON", "Colin Farrand", ["Colin Farrand", "Farrand"]) in names
    assert ("ORG", "PDU", ["PDU", "PDU"]) in names
    assert all("-" not in name for _, name, _ in names)


def test_hyphenated_name_of_unknown_parts_stays(blank_nlp, resolver):
    text = "Colin Farrand met Ivo Sandor. Nadia Orme-Vance spoke."
    rows = [
        *_PEOPLE,
        "Nadia PROPN B-PERSON", "Orme PROPN I-PERSON", "- PUNCT I-PERSON",
        "Vance PROPN I-PERSON", "spoke VERB", ". PUNCT",
    ]  # fmt: skip
    names = found(_doc(blank_nlp.vocab, text, rows), resolver)
    assert ("PERSON", "Nadia Orme-Vance", ["Nadia Orme-Vance"]) in names


def test_slash_keeps_the_names_of_the_article(blank_nlp, resolver):
    text = "Colin Farrand met Ivo Sandor. The Farrand/Lisle ticket won."
    rows = [
        *_PEOPLE,
        "The DET", "Farrand PROPN B-PERSON", "/ PUNCT I-PERSON",
        "Lisle PROPN I-PERSON", "ticket NOUN", "won VERB", ". PUNCT",
    ]  # fmt: skip
    names = found(_doc(blank_nlp.vocab, text, rows), resolver)
    assert ("PERSON", "Colin Farrand", ["Colin Farrand", "Farrand"]) in names
    assert all("Lisle" not in name for _, name, _ in names)


def test_possessive_of_a_person_is_the_person(blank_nlp, resolver):
    text = "Colin Farrand met Ivo Sandor. Farrand's Ohio chairman resigned."
    rows = [
        *_PEOPLE,
        "Farrand PROPN B-PERSON", "'s PART I-PERSON POS", "Ohio PROPN I-PERSON",
        "chairman NOUN", "resigned VERB", ". PUNCT",
    ]  # fmt: skip
    assert found(_doc(blank_nlp.vocab, text, rows), resolver) == [
        ("PERSON", "Colin Farrand", ["Colin Farrand", "Farrand"]),
        ("PERSON", "Ivo Sandor", ["Ivo Sandor"]),
    ]


def test_title_after_a_person_is_cut(blank_nlp, resolver):
    text = "Colin Farrand met Ivo Sandor. Farrand Chief of Staff Nadia Orme left."
    rows = [
        *_PEOPLE,
        "Farrand PROPN B-PERSON", "Chief PROPN I-PERSON", "of ADP", "Staff PROPN",
        "Nadia PROPN B-PERSON", "Orme PROPN I-PERSON", "left VERB", ". PUNCT",
    ]  # fmt: skip
    names = found(_doc(blank_nlp.vocab, text, rows), resolver)
    assert ("PERSON", "Colin Farrand", ["Colin Farrand", "Farrand"]) in names
    assert all(name != "Farrand Chief" for _, name, _ in names)


def test_organization_of_the_article_after_a_person(blank_nlp, resolver):
    text = (
        "Colin Farrand met Ivo Sandor. The Harbor Council voted. "
        "The Farrand Harbor Council spent more."
    )
    rows = [
        *_PEOPLE,
        "The DET", "Harbor PROPN B-ORG", "Council PROPN I-ORG", "voted VERB",
        ". PUNCT",
        "The DET", "Farrand PROPN B-ORG", "Harbor PROPN I-ORG", "Council PROPN I-ORG",
        "spent VERB", "more ADV", ". PUNCT",
    ]  # fmt: skip
    names = found(_doc(blank_nlp.vocab, text, rows), resolver)
    assert ("PERSON", "Colin Farrand", ["Colin Farrand", "Farrand"]) in names
    assert ("ORG", "Harbor Council", ["Harbor Council", "Harbor Council"]) in names


def test_unknown_organization_opened_by_a_surname_stays(blank_nlp, resolver):
    text = "Colin Farrand met Ivo Sandor. The Farrand Foundation gave money."
    rows = [
        *_PEOPLE,
        "The DET", "Farrand PROPN B-ORG", "Foundation PROPN I-ORG",
        "gave VERB", "money NOUN", ". PUNCT",
    ]  # fmt: skip
    names = found(_doc(blank_nlp.vocab, text, rows), resolver)
    assert ("ORG", "Farrand Foundation", ["Farrand Foundation"]) in names


def test_place_to_the_model_in_every_mention_outweighs_one_clue(blank_nlp, resolver):
    text = "Ohio voted. Ohio grew. Ohio said yes. Governor Ohio spoke."
    rows = [
        "Ohio PROPN B-GPE", "voted VERB", ". PUNCT",
        "Ohio PROPN B-GPE", "grew VERB", ". PUNCT",
        "Ohio PROPN B-GPE", "said VERB", "yes INTJ", ". PUNCT",
        "Governor PROPN", "Ohio PROPN B-GPE", "spoke VERB", ". PUNCT",
    ]  # fmt: skip
    assert found(_doc(blank_nlp.vocab, text, rows), resolver) == []


def test_place_the_model_once_calls_a_person_may_be_one(blank_nlp, resolver):
    text = "Ohio voted. Ohio grew. Governor Ohio spoke."
    rows = [
        "Ohio PROPN B-GPE", "voted VERB", ". PUNCT",
        "Ohio PROPN B-GPE", "grew VERB", ". PUNCT",
        "Governor PROPN", "Ohio PROPN B-PERSON", "spoke VERB", ". PUNCT",
    ]  # fmt: skip
    assert [
        name for _, name, _ in found(_doc(blank_nlp.vocab, text, rows), resolver)
    ] == ["Ohio"]


# --- an organization of the article run into a person of it ---------------------


def test_organization_run_into_a_person_is_both(blank_nlp, resolver):
    text = "Ivo Sandor joined Orlak Trust. At Orlak Trust Sandor was praised. Orlak Trust wept."
    rows = [
        "Ivo PROPN B-PERSON", "Sandor PROPN I-PERSON", "joined VERB",
        "Orlak PROPN B-ORG", "Trust PROPN I-ORG", ". PUNCT",
        "At ADP", "Orlak PROPN B-PERSON", "Trust PROPN I-PERSON",
        "Sandor PROPN I-PERSON", "was AUX", "praised VERB", ". PUNCT",
        "Orlak PROPN B-ORG", "Trust PROPN I-ORG", "wept VERB", ". PUNCT",
    ]  # fmt: skip
    names = found(_doc(blank_nlp.vocab, text, rows), resolver)
    assert ("PERSON", "Ivo Sandor", ["Ivo Sandor", "Sandor"]) in names
    assert (
        "ORG",
        "Orlak Trust",
        ["Orlak Trust", "Orlak Trust", "Orlak Trust"],
    ) in names


def test_organization_run_into_a_given_name_and_surname_is_both(blank_nlp, resolver):
    text = "PDU grew. PDU Colin Farrand spoke. Farrand left."
    rows = [
        "PDU PROPN B-ORG", "grew VERB", ". PUNCT",
        "PDU PROPN B-PERSON", "Colin PROPN I-PERSON", "Farrand PROPN I-PERSON",
        "spoke VERB", ". PUNCT",
        "Farrand PROPN B-PERSON", "left VERB", ". PUNCT",
    ]  # fmt: skip
    names = found(_doc(blank_nlp.vocab, text, rows), resolver)
    assert ("PERSON", "Colin Farrand", ["Colin Farrand", "Farrand"]) in names
    assert ("ORG", "PDU", ["PDU", "PDU"]) in names


def test_two_firms_written_as_one_name_stay_whole(blank_nlp, resolver):
    # "Sony Ericsson"-like: both parts are firms of the article, neither a person.
    text = "Ventra grew and Orlak grew. Ventra Orlak sold phones."
    rows = [
        "Ventra PROPN B-ORG", "grew VERB", "and CCONJ", "Orlak PROPN B-ORG",
        "grew VERB", ". PUNCT",
        "Ventra PROPN B-ORG", "Orlak PROPN I-ORG", "sold VERB", "phones NOUN",
        ". PUNCT",
    ]  # fmt: skip
    names = found(_doc(blank_nlp.vocab, text, rows), resolver)
    assert any(name == "Ventra Orlak" for _, name, _ in names)


def test_name_opening_with_a_given_name_stays_whole(blank_nlp, resolver):
    # "Paris Hilton" beside the city: the name opens with a given name.
    text = "Maria moved to Sydney. Sydney Farrand spoke. Farrand left."
    rows = [
        "Maria PROPN B-PERSON", "moved VERB", "to ADP", "Sydney PROPN B-GPE",
        ". PUNCT", "Sydney PROPN B-PERSON", "Farrand PROPN I-PERSON",
        "spoke VERB", ". PUNCT", "Farrand PROPN B-PERSON", "left VERB", ". PUNCT",
    ]  # fmt: skip
    names = found(_doc(blank_nlp.vocab, text, rows), resolver)
    assert any(
        label == "PERSON" and name == "Sydney Farrand" for label, name, _ in names
    )


def test_firm_taken_for_a_person_splits_no_other_firm(blank_nlp, resolver):
    # "NBC Universal" beside a "Vivendi Universal" the recognizer took for a person.
    text = "Orlak bought Vantor Hale. It formed Orlak Hale."
    rows = [
        "Orlak PROPN B-ORG", "bought VERB", "Vantor PROPN B-PERSON",
        "Hale PROPN I-PERSON", ". PUNCT", "It PRON", "formed VERB",
        "Orlak PROPN B-ORG", "Hale PROPN I-ORG", ". PUNCT",
    ]  # fmt: skip
    names = found(_doc(blank_nlp.vocab, text, rows), resolver)
    assert any(name == "Orlak Hale" for _, name, _ in names)
