"""ck_entities: a name written after "the" is no person's; titles and appositions.

Hand-built Docs (tests/handmade.py), our own sentences and invented names: a
name typed PERSON that mostly stands after "the" as a phrase of its own is an
organization when a recognizer says so, else no entity; a name that only
qualifies a noun after "the" ("the Dale Prentiss campaign") stays a person.
"Chair" before a name is a title, cut off.
"""

from __future__ import annotations

from tests.components.test_entities_fullnames import found, resolver
from tests.components.test_entities_glued import _doc

__all__ = ["resolver"]  # the module's fixture, shared


def test_person_typed_name_after_the_is_no_person(blank_nlp, resolver):
    text = "Parents fought the Bright Path. The Bright Path failed. Bright Path stays."
    rows = [
        "Parents NOUN", "fought VERB", "the DET", "Bright PROPN B-PERSON",
        "Path PROPN I-PERSON", ". PUNCT",
        "The DET", "Bright PROPN B-PERSON", "Path PROPN I-PERSON", "failed VERB",
        ". PUNCT",
        "Bright PROPN B-PERSON", "Path PROPN I-PERSON", "stays VERB", ". PUNCT",
    ]  # fmt: skip
    assert found(_doc(blank_nlp.vocab, text, rows), resolver) == []


def test_organization_after_the_keeps_the_recognizers_org(blank_nlp, resolver):
    text = "Editors of the Harlan Clarion met. The Harlan Clarion grew."
    rows = [
        "Editors NOUN", "of ADP", "the DET", "Harlan PROPN B-PERSON",
        "Clarion PROPN I-PERSON", "met VERB", ". PUNCT",
        "The DET", "Harlan PROPN B-ORG", "Clarion PROPN I-ORG", "grew VERB",
        ". PUNCT",
    ]  # fmt: skip
    names = found(_doc(blank_nlp.vocab, text, rows), resolver)
    assert [(label, name) for label, name, _ in names] == [("ORG", "Harlan Clarion")]


def test_person_without_the_stays_a_person(blank_nlp, resolver):
    text = "Dale Prentiss spoke. The Dale Prentiss campaign grew. Dale Prentiss won."
    rows = [
        "Dale PROPN B-PERSON", "Prentiss PROPN I-PERSON", "spoke VERB", ". PUNCT",
        "The DET", "Dale PROPN B-PERSON", "Prentiss PROPN I-PERSON",
        "campaign NOUN", "grew VERB", ". PUNCT",
        "Dale PROPN B-PERSON", "Prentiss PROPN I-PERSON", "won VERB", ". PUNCT",
    ]  # fmt: skip
    names = found(_doc(blank_nlp.vocab, text, rows), resolver)
    assert [(label, name) for label, name, _ in names] == [("PERSON", "Dale Prentiss")]


def test_chair_before_a_name_is_a_title(blank_nlp, resolver):
    text = "The board backed Chair Nadia Orme on Monday."
    rows = [
        "The DET", "board NOUN", "backed VERB", "Chair PROPN B-PERSON",
        "Nadia PROPN I-PERSON", "Orme PROPN I-PERSON", "on ADP", "Monday PROPN",
        ". PUNCT",
    ]  # fmt: skip
    names = found(_doc(blank_nlp.vocab, text, rows), resolver)
    assert [(label, name) for label, name, _ in names] == [("PERSON", "Nadia Orme")]


def test_two_words_after_a_title_are_a_person(blank_nlp, resolver):
    text = "Voters heard Harlan Mayor Rufo Quandt. Quandt said no."
    rows = [
        "Voters NOUN", "heard VERB", "Harlan PROPN B-ORG", "Mayor PROPN I-ORG",
        "Rufo PROPN I-ORG", "Quandt PROPN I-ORG", ". PUNCT",
        "Quandt PROPN B-PERSON", "said VERB", "no INTJ", ". PUNCT",
    ]  # fmt: skip
    names = found(_doc(blank_nlp.vocab, text, rows), resolver)
    assert ("PERSON", "Rufo Quandt", ["Rufo Quandt", "Quandt"]) in names
    assert all("Mayor" not in name for _, name, _ in names)


def test_place_and_nationality_are_no_name(blank_nlp, resolver):
    text = "Harlan grew. Most Harlan Latino voters agreed. Harlan Partners said so."
    rows = [
        "Harlan PROPN B-GPE", "grew VERB", ". PUNCT",
        "Most ADJ", "Harlan PROPN B-ORG", "Latino PROPN I-ORG", "voters NOUN",
        "agreed VERB", ". PUNCT",
        "Harlan PROPN B-ORG", "Partners PROPN I-ORG", "said VERB", "so ADV",
        ". PUNCT",
    ]  # fmt: skip
    names = found(_doc(blank_nlp.vocab, text, rows), resolver)
    assert [name for _, name, _ in names] == ["Harlan Partners"]


def test_place_name_that_speaks_is_a_person(blank_nlp, resolver):
    text = "Tamworth said the deal would hold. Reporters cheered."
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "Tamworth PROPN B-PERSON NNP", "said VERB", "the DET", "deal NOUN",
            "would AUX", "hold VERB", ". PUNCT",
            "Reporters NOUN", "cheered VERB", ". PUNCT",
        ],
    )  # fmt: skip
    doc[0].dep_, doc[0].head = "nsubj", doc[1]
    doc[1].lemma_ = "say"
    assert found(doc, resolver) == [("PERSON", "Tamworth", ["Tamworth"])]


def test_place_name_that_does_not_speak_stays_a_place(blank_nlp, resolver):
    text = "Flights to Tamworth were late. Reporters cheered."
    rows = [
        "Flights NOUN", "to ADP", "Tamworth PROPN B-PERSON", "were AUX",
        "late ADJ", ". PUNCT",
        "Reporters NOUN", "cheered VERB", ". PUNCT",
    ]  # fmt: skip
    assert found(_doc(blank_nlp.vocab, text, rows), resolver) == []


def test_title_opening_an_organization_name_stays(blank_nlp, resolver):
    text = "Fans cheered Major Rowing Leagues on Monday."
    rows = [
        "Fans NOUN", "cheered VERB", "Major PROPN B-ORG", "Rowing PROPN I-ORG",
        "Leagues PROPN I-ORG", "on ADP", "Monday PROPN", ". PUNCT",
    ]  # fmt: skip
    names = found(_doc(blank_nlp.vocab, text, rows), resolver)
    assert [name for _, name, _ in names] == ["Major Rowing Leagues"]


def test_place_and_nationality_heading_a_phrase_is_a_team(blank_nlp, resolver):
    text = "Harlan grew. The Harlan Irish beat the Rovers."
    rows = [
        "Harlan PROPN B-GPE", "grew VERB", ". PUNCT",
        "The DET", "Harlan PROPN B-ORG", "Irish PROPN I-ORG", "beat VERB",
        "the DET", "Rovers PROPN B-ORG", ". PUNCT",
    ]  # fmt: skip
    names = found(_doc(blank_nlp.vocab, text, rows), resolver)
    assert "Harlan Irish" in [name for _, name, _ in names]


def test_bracketed_short_name_is_no_description(nlp):
    """A short name in brackets stands between a name and its description:
    "(CCT), the state broadcaster" still describes an organization, which the
    model alone calls a person, and the short name joins it (the model's
    parse is the point here)."""
    import claimkit

    text = (
        "China has 300 channels. China Coastal Television (CCT), the state "
        "broadcaster, claims a billion viewers."
    )
    article = claimkit.extract(text, nlp=nlp)
    names = {e.name: (e.label, [m.text for m in e.mentions]) for e in article.entities}
    assert names["China Coastal Television"] == (
        "ORG",
        ["China Coastal Television", "CCT"],
    )
