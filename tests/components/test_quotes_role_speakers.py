"""A speaker described by a role or named in apposition to 'one of ...'.

Golden cases on the model, each with negatives: a capitalized role ('The
Chancellor said') stands for the one person named as a subject just before;
a role word in the headline ('Leeds coach delighted') does not make the role
someone else's; a role with nationality words ('the Velmoran archbishop') is
the person titled with the role; 'One of the men, Tom Reed, said' is Tom Reed;
a titled name the entity pass typed ORG ('Professor Ray') is the one person
of that surname, else no one; a name the parse joined to the object before
a verb ('... work in homes and the Orvik Trade Commission predicts') speaks,
as does a name after a role that the parse made a second subject ('The
chairman of the Orvik Council, Tom Hale QC warned'; a hand-built parse).
Own sentences, invented names.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

pytestmark = pytest.mark.model


def _speakers(nlp: Language, text: str) -> list[tuple[Any, ...]]:
    doc = nlp(text)
    names = {e["id"]: e["name"] for e in doc._.ck_entities}
    return [(q["speaker_text"], names.get(q["speaker"])) for q in doc._.ck_quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Budget talks\n\nAnn Colby has addressed the party in private. The "
            "Chancellor said the plans would see taxes fall by 2010.",
            ("The Chancellor", "Ann Colby"),
        ),
        # two people named just before: either may hold the role
        (
            "Budget talks\n\nAnn Colby met Tom Reed in private on Monday. The "
            "Chancellor said the plans would see taxes fall by 2010.",
            ("The Chancellor", None),
        ),
        (
            "Eight men were charged on Tuesday. One of the men, Peter Lane, 41, "
            "from Didcot, Oxfordshire, said they would all deny the charges.",
            ("Peter Lane", "Peter Lane"),
        ),
        (
            "One of the protesters, Ann Webb, said the march had been peaceful.",
            ("Ann Webb", "Ann Webb"),
        ),
        # a description in apposition names no one
        (
            "One of her aides, a former teacher, said the plan would fail.",
            ("One", None),
        ),
    ],
)
def test_role_or_group_word_is_the_person_named_with_it(
    nlp: Language, text: str, speaker: tuple[str, str | None]
) -> None:
    assert _speakers(nlp, text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Leeds coach delighted with win\n\nMike Rowley praised his Leeds side "
            'after they came back to win 3-2. "We had to show real character," '
            "said the national team coach.",
            "Mike Rowley",
        ),
        # the role's word was used of someone else in the body: unsure
        (
            "Leeds win at home\n\nFans booed the coach before kick-off. Mike "
            "Rowley praised his Leeds side after they came back to win 3-2. "
            '"We had to show real character," said the national team coach.',
            None,
        ),
        # a first line that is a sentence is no headline: unsure as well
        (
            "The coach was booed before kick-off.\n\nMike Rowley praised his "
            'Leeds side after they came back to win 3-2. "We had to show real '
            'character," said the national team coach.',
            None,
        ),
    ],
)
def test_role_word_in_the_headline_is_the_story_s(
    nlp: Language, text: str, speaker: str | None
) -> None:
    assert _speakers(nlp, text) == [("the national team coach", speaker)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Archbishop Peter Molefe has called for the camp to close. His "
            "comments follow the release of four men. The South African "
            "archbishop said detention without trial was wrong.",
            ("The South African archbishop", "Peter Molefe"),
        ),
        # 'former' makes it another role than the one Molefe holds
        (
            "Archbishop Peter Molefe has called for the camp to close. His "
            "comments follow the release of four men. The former South African "
            "archbishop said detention without trial was wrong.",
            ("The former South African archbishop", None),
        ),
        # nobody was titled archbishop
        (
            "Peter Molefe has called for the camp to close. His comments follow "
            "the release of four men. Later, the South African archbishop said "
            "detention without trial was wrong.",
            ("the South African archbishop", None),
        ),
    ],
)
def test_role_with_a_nationality_is_the_person_titled_with_the_role(
    nlp: Language, text: str, speaker: tuple[str, str | None]
) -> None:
    assert speaker in _speakers(nlp, text)


_ROBOT = '"We are assuming a useful robot already exists," said Professor Dautenhahn.'


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Robot manners\n\nProfessor Kerstin Dautenhahn, project leader at "
            "Hertfordshire, led the study. " + _ROBOT,
            "Kerstin Dautenhahn",
        ),
        # nobody else of that name: the entity pass reads 'Professor' as a
        # title, so the speaker is the person it names (never a firm)
        (
            "Robot manners\n\nA team at Hertfordshire led the study. " + _ROBOT,
            "Dautenhahn",
        ),
        # two people of that surname: the entity pass gives a shared surname
        # to the namesake named first (clusters._attach_to_namesake)
        (
            "Robot manners\n\nProfessor Kerstin Dautenhahn and her brother Lars "
            "Dautenhahn led the study. " + _ROBOT,
            "Kerstin Dautenhahn",
        ),
    ],
)
def test_titled_name_typed_as_a_firm_is_the_person_of_that_name(
    nlp: Language, text: str, speaker: str | None
) -> None:
    assert _speakers(nlp, text) == [("Professor Dautenhahn", speaker)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Robots can do serious work in homes and the Orvik Trade Commission "
            "for Europe predicts that sales will double.",
            "Orvik Trade Commission for Europe",
        ),
        # the verb follows 'and', not the name: the first subject's
        (
            "Acme Corp hired Ann Webb and Tom Reed and predicts that sales will "
            "double.",
            "Acme Corp",
        ),
    ],
)
def test_name_joined_to_an_object_right_before_the_verb_speaks(
    nlp: Language, text: str, speaker: str
) -> None:
    (found,) = _speakers(nlp, text)
    assert found[1] == speaker


def _co_subject_doc(blank_nlp: Language, typed: list[str]) -> Any:
    """'The chairman of the Orvik Council, Tom Hale QC warned ...' parsed with
    two subjects, as the model sometimes parses it; ``typed`` gives the entity
    type of each of 'Tom', 'Hale', 'QC'."""
    from spacy.tokens import Doc

    words = [
        "The",
        "chairman",
        "of",
        "the",
        "Orvik",
        "Council",
        ",",
        "Tom",
        "Hale",
        "QC",
        "warned",
    ]
    heads = [1, 10, 1, 5, 5, 2, 1, 9, 9, 10, 10]
    deps = ["det", "nsubj", "prep", "det", "compound", "pobj", "punct"]
    deps += ["compound", "compound", "nsubj", "ROOT"]
    pos = ["DET", "NOUN", "ADP", "DET", "PROPN", "PROPN", "PUNCT"]
    pos += ["PROPN", "PROPN", "PROPN", "VERB"]
    ents = ["O", "O", "O", "O", "B-ORG", "I-ORG", "O"]
    ents += [f"{'B' if i == 0 else 'I'}-{t}" if t else "O" for i, t in enumerate(typed)]
    ents += ["O"]
    return Doc(blank_nlp.vocab, words, heads=heads, deps=deps, pos=pos, ents=ents)


@pytest.mark.parametrize(
    ("typed", "speaks"),
    [
        (["PERSON", "PERSON", ""], "QC"),  # 'Tom Hale QC', the title untyped
        (["", "", ""], None),  # no name the tagger saw: the chairman speaks
    ],
)
def test_name_after_a_role_parsed_as_a_second_subject_speaks(
    blank_nlp: Language, typed: list[str], speaks: str | None
) -> None:
    from claimkit.components.quotes.speakers import _Speakers

    doc = _co_subject_doc(blank_nlp, typed)
    found = _Speakers._named_co_subject(doc[10], doc[1])
    assert (found.text if found is not None else None) == speaks
