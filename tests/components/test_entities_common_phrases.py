"""ck_entities: a name made only of common English words is a title or a phrase.

Hand-built Docs (tests/handmade.py), sentences our own: two capitalized common
words that no clue of the text types, "Raging Bull" after "talk about", are
dropped. Negatives, in the same frame: the name acts, ends in a plural (a
band), is made of surnames, holds an organization's head or opening word, or
shares its first word with another name (a brand's). An award's name
("Oscar") typed a person is dropped unless it acts or is part of a longer name.
"""

from __future__ import annotations

from claimkit.text.common_words import is_common_word
from tests.components.test_entities_works import found
from tests.handmade import parse


def _talk_about(vocab, first: str, second: str, label: str = "ORG"):  # type: ignore[no-untyped-def]
    return parse(
        vocab,
        f"Fans still talk about {first} {second} at every reunion.",
        f"""
        Fans     NOUN  nsubj    2
        still    ADV   advmod   2
        talk     VERB  ROOT     2 O talk
        about    ADP   prep     2
        {first}  PROPN compound 5 B-{label}
        {second} PROPN pobj     3 I-{label}
        at       ADP   prep     2
        every    DET   det      8
        reunion  NOUN  pobj     6
        .        PUNCT punct    2
        """,
    )


def test_common_words_know_frequent_and_rare_words():
    assert is_common_word("Raging")
    assert is_common_word("bull")
    assert not is_common_word("Macrovision")
    assert not is_common_word("Ericsson")  # a surname, rarer than Zipf 3.5


def test_a_name_of_common_words_no_clue_types_is_dropped(blank_nlp, resolver):
    doc = _talk_about(blank_nlp.vocab, "Raging", "Bull")
    assert found(doc, resolver) == []


def test_a_person_typed_phrase_is_dropped(blank_nlp, resolver):
    doc = _talk_about(blank_nlp.vocab, "Broken", "Lantern", "PERSON")
    assert found(doc, resolver) == []


def test_a_common_phrase_that_speaks_stays(blank_nlp, resolver):
    # Negative: the name is a speech verb's subject, an agent's clue.
    doc = parse(
        blank_nlp.vocab,
        "Raging Bull said profits rose.",
        """
        Raging  PROPN compound 1 B-ORG
        Bull    PROPN nsubj    2 I-ORG
        said    VERB  ROOT     2 O say
        profits NOUN  nsubj    4
        rose    VERB  ccomp    2 O rise
        .       PUNCT punct    2
        """,
    )
    assert found(doc, resolver) == [("ORG", "Raging Bull")]


def test_a_plural_name_a_band_stays(blank_nlp, resolver):
    doc = _talk_about(blank_nlp.vocab, "Scissor", "Sisters")
    assert found(doc, resolver) == [("ORG", "Scissor Sisters")]


def test_a_name_of_surnames_stays(blank_nlp, resolver):
    doc = _talk_about(blank_nlp.vocab, "Goldman", "Sachs")
    assert found(doc, resolver) == [("ORG", "Goldman Sachs")]


def test_an_organization_head_or_opening_word_keeps_the_name(blank_nlp, resolver):
    for first, second in (("Canal", "Bank"), ("National", "Executive")):
        doc = _talk_about(blank_nlp.vocab, first, second)
        assert found(doc, resolver) == [("ORG", f"{first} {second}")]


def test_a_given_name_keeps_the_name(blank_nlp, resolver):
    doc = _talk_about(blank_nlp.vocab, "Faith", "Lantern", "PERSON")
    assert found(doc, resolver) == [("PERSON", "Faith Lantern")]


def test_a_first_word_another_name_opens_keeps_both(blank_nlp, resolver):
    # "Sky Travel" beside "Sky News": the brand's channels.
    doc = parse(
        blank_nlp.vocab,
        "Viewers watch Sky Travel or Sky News daily.",
        """
        Viewers NOUN  nsubj    1
        watch   VERB  ROOT     1 O watch
        Sky     PROPN compound 3 B-ORG
        Travel  PROPN dobj     1 I-ORG
        or      CCONJ cc       3
        Sky     PROPN compound 6 B-ORG
        News    PROPN conj     3 I-ORG
        daily   ADV   advmod   1
        .       PUNCT punct    1
        """,
    )
    assert found(doc, resolver) == [("ORG", "Sky Travel"), ("ORG", "Sky News")]


# --- an award's name --------------------------------------------------------


def _tipped_for(vocab, award: str, label: str = "PERSON"):  # type: ignore[no-untyped-def]
    return parse(
        vocab,
        f"Critics tipped the drama for {award} on Sunday.",
        f"""
        Critics PROPN nsubj  1
        tipped  VERB  ROOT   1 O tip
        the     DET   det    3
        drama   NOUN  dobj   1
        for     ADP   prep   1
        {award} PROPN pobj   4 B-{label}
        on      ADP   prep   1
        Sunday  PROPN pobj   6 B-DATE
        .       PUNCT punct  1
        """,
    )


def test_an_award_typed_a_person_is_dropped(blank_nlp, resolver):
    assert found(_tipped_for(blank_nlp.vocab, "Oscar"), resolver) == []
    assert found(_tipped_for(blank_nlp.vocab, "Grammys", "ORG"), resolver) == []


def test_an_award_name_that_acts_stays(blank_nlp, resolver):
    # Negative: "Oscar" the subject of an active verb is a person.
    doc = parse(
        blank_nlp.vocab,
        "Oscar thanked the fans.",
        """
        Oscar   PROPN nsubj 1 B-PERSON
        thanked VERB  ROOT  1 O thank
        the     DET   det   3
        fans    NOUN  dobj  1
        .       PUNCT punct 1
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Oscar")]
