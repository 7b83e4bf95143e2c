"""A speaker described by a role ('the chancellor said') is the person given it.

Rule tests of the title and apposition checks (no model: 'Sacked MP Tom Reed'
is titled 'MP'), then golden cases on
the model, positives and negatives: a role with a word of its own ('shadow
chancellor'), two people with the role, and a role nobody was given.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from claimkit.components import roles


@pytest.mark.parametrize(
    ("before", "role", "titled"),
    [
        ("Chancellor ", "chancellor", True),
        ("On Monday, Tory leader ", "tory leader", True),
        ("On Monday Tory leader ", "tory leader", False),
        ("said. Home Secretary ", "home secretary", True),
        ("the shadow chancellor ", "chancellor", False),
        ("former prime minister ", "prime minister", False),
        ("Labour's chancellor ", "chancellor", False),
        ("the chancellor and ", "chancellor", False),
        ("Chancellor-", "chancellor", False),
        ("Howard attacks Budget\n\nTory leader ", "tory leader", True),
        ("Budget\nOn Monday Tory leader ", "tory leader", False),
        ("Sacked MP ", "mp", True),  # a participle opening the sentence
        ("It rained. Jailed banker ", "banker", True),
        ("On Monday Sacked MP ", "mp", False),
        ("Leeds United boss ", "boss", False),
        ("United boss ", "boss", False),  # a name's word, not a participle
        ("Red boss ", "boss", False),
    ],
)
def test_quotes_role_is_a_title_right_before_the_name(
    before: str, role: str, titled: bool
) -> None:
    text = before + "Tom Reed"
    assert roles.titled(text, len(before), role) is titled


@pytest.mark.parametrize(
    ("after", "role", "apposed"),
    [
        (", the chancellor, said", "chancellor", True),
        (", the Tory leader.", "tory leader", True),
        (", the chancellor's wife", "chancellor", False),
        (", the shadow chancellor,", "chancellor", False),
        (" and the chancellor,", "chancellor", False),
    ],
)
def test_quotes_role_is_in_apposition_right_after_the_name(
    after: str, role: str, apposed: bool
) -> None:
    text = "Tom Reed" + after
    assert roles.apposed(text, len("Tom Reed"), role) is apposed


@pytest.mark.parametrize(
    ("words", "role"),
    [
        ("the chancellor", "chancellor"),
        ("The  Tory leader", "tory leader"),
        ("a leader", None),
        ("Tory leaders", None),
        ("the", None),
    ],
)
def test_role_of_a_definite_description(words: str, role: str | None) -> None:
    assert roles.role_of(words) == role


def _speakers(nlp: Language, text: str) -> list[tuple[Any, ...]]:
    doc = nlp(text)
    names = {e["id"]: e["name"] for e in doc._.ck_entities}
    return [(q["speaker_text"], names.get(q["speaker"])) for q in doc._.ck_quotes]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Sacked MP Tom Reed will stand again in Harwick. His party has "
            'barred him. "I will fight on," the MP said.',
            "Tom Reed",
        ),
        (
            "Sacked MP Tom Reed met the MP Ann Ray in Harwick. Both "
            'spoke for an hour. "I will fight on," the MP said.',
            None,  # two MPs
        ),
        (
            "On Monday the sacked official Tom Reed met his lawyers in Harwick. "
            'They spoke for an hour. "I will fight on," the MP said.',
            None,  # nobody was titled MP
        ),
    ],
)
def test_quotes_role_after_an_opening_participle(
    nlp: Language, text: str, speaker: str | None
) -> None:
    assert _speakers(nlp, text)[0][1] == speaker


@pytest.mark.model
def test_quotes_role_speaker_is_the_person_titled_before(nlp: Language) -> None:
    text = (
        "Chancellor Tom Reed set out his budget on Monday. Shadow chancellor Ann "
        'Ray attacked it. "This budget will help every family," the chancellor '
        'said. "It is a gamble," the shadow chancellor said. "We will see," the '
        "treasurer said."
    )
    speakers = _speakers(nlp, text)
    assert ("the chancellor", "Tom Reed") in speakers
    assert ("the shadow chancellor", "Ann Ray") in speakers
    # nobody was called the treasurer: no entity
    assert ("the treasurer", None) in speakers


@pytest.mark.model
def test_quotes_role_given_to_two_people_names_no_one(nlp: Language) -> None:
    text = (
        "Minister Tom Reed met minister Ann Ray in Leeds on Friday. "
        '"The talks went well," the minister said after the meeting.'
    )
    assert _speakers(nlp, text) == [("the minister", None)]


@pytest.mark.model
def test_pronoun_after_a_role_subject_is_the_described_person(nlp: Language) -> None:
    # 'He' follows a sentence whose subject is the Tory leader; the only name
    # in it is the chancellor's, as an object: he is not the speaker
    text = (
        "Budget row\n\n"
        "Tory leader Alan Mercer attacked the Budget on Wednesday.\n\n"
        "Mr Mercer said taxes would rise after the election. Mr Colby's plans "
        "were a gamble, the Tory leader said after greeting the chancellor. "
        'He went on to accuse Mr Colby of waste. "Families will pay for this '
        'later," he said.'
    )
    speakers = _speakers(nlp, text)
    assert ("he", "Alan Mercer") in speakers
    assert all(name != "Mr Colby" and name != "Colby" for _, name in speakers)


@pytest.mark.model
def test_role_inside_a_reported_clause_is_no_antecedent(nlp: Language) -> None:
    # the first minister is only talked about: 'He' is the correspondent
    text = (
        "First Minister Jack Dunmore visited the hospital on Monday. Reporter "
        "Glenn Park said the first minister had ordered an urgent report. He "
        'said: "We understand no minister signed the release."'
    )
    assert ("He", "Jack Dunmore") not in _speakers(nlp, text)


@pytest.mark.model
def test_mister_and_a_surname_is_no_given_name(nlp: Language) -> None:
    # 'Mr Howard' is not Howard Sutton, whose first name is Howard
    text = (
        "Sacked MP Howard Sutton lost his seat on Monday. Mr Howard insisted "
        "he had played by the party's rules. Mr Sutton said he would appeal."
    )
    doc = nlp(text)
    names = {e["name"]: [m["text"] for m in e["mentions"]] for e in doc._.ck_entities}
    assert "Howard" not in names.get("Howard Sutton", [])
    assert "Sutton" in names.get("Howard Sutton", [])


@pytest.mark.model
def test_quote_speaker_named_after_being_named_inside_a_quote(nlp: Language) -> None:
    text = (
        "Tory leader Michael Howard backed the plan. The cardinal said: "
        '"The policy supported by Mr Howard is one we commend." In an interview '
        'Mr Howard said: "I believe the law should change."'
    )
    speakers = _speakers(nlp, text)
    assert ("Howard", "Michael Howard") in speakers


_AGES = "Tom Reed, 34, and Ann Ray, 51, won the Harwick marathon on Sunday. "


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (_AGES + '"It was hard," the 34-year-old said.', "Tom Reed"),
        (_AGES + '"It was hard," said the 51-year-old.', "Ann Ray"),
        (_AGES + '"It was hard," the 29-year-old said.', None),  # nobody's age
        (
            'Tom Reed, 51, won the Harwick marathon on Sunday. "It was hard," '
            "the 34-year-old said.",
            None,  # he was given another age
        ),
        (
            'Tom Reed won the Harwick marathon on Sunday. "It was hard," '
            "the 34-year-old said.",
            "Tom Reed",  # no age given: the one a 'he' would mean
        ),
    ],
)
def test_quotes_age_description_is_the_person_given_that_age(
    nlp: Language, text: str, speaker: str | None
) -> None:
    assert _speakers(nlp, text)[0][1] == speaker
