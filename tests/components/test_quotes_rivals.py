"""Who a pronoun may mean: rivals a name gives, and how far a chain reaches.

'Piers Marlow is a union officer in Orvik. He said: "..."': the main clause's
subject, two capitalized words with no entity type, is a rival for 'He', so
the quote names no one rather than the chancellor named before. With no such
name between, 'He' is the one named before. A 'he' right after a quote of
several lines is counted from where that quote and its '"...," he told
reporters' end, not from where it began. A name only as a word of a noun phrase
('a Tom Reed strike') is no one a 'he' can mean; a person described right
before ('It rankles with the Dutchman.') is a rival for one named further
back. Own sentences, invented names.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from claimkit.components.quotes.context import _Context
from tests.components.test_quotes_described import _speaker

pytestmark = pytest.mark.model

_CHANCELLOR = "Chancellor Tom Reed has said the cuts will fund more teachers. "
_SAID = 'He said: "All twelve crew were safe."'


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            _CHANCELLOR + "Piers Marlow is a senior benefit officer on the "
            "picket line at Orvik House. " + _SAID,
            None,
        ),
        (
            _CHANCELLOR + "The picket line at Orvik House was quiet. " + _SAID,
            "Tom Reed",
        ),
    ],
)
def test_an_untyped_name_as_subject_is_a_rival_for_he(
    nlp: Language, text: str, speaker: str | None
) -> None:
    assert _speaker(nlp, text) == speaker


_LONG_QUOTE = (
    "Tom Reed, head of Orvik Inc, said he spoke with Ann Lowe on Monday to "
    "assure her that the crew were well.\n"
    '"She is fine with it.\n'
    "She wished, as we all did, that it had not happened, but she is well.\n"
    'There is no problem whatsoever, "he told reporters.\n'
)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (_LONG_QUOTE + "He said all twelve crew were safe.", "Tom Reed"),
        (
            _LONG_QUOTE + "Bob Hart, a lawyer for the crew, disagreed.\n"
            "He said all twelve crew were safe.",
            "Bob Hart",  # the man named between, not the chain's
        ),
    ],
)
def test_a_pronoun_chain_counts_from_where_a_long_quote_ends(
    nlp: Language, text: str, speaker: str | None
) -> None:
    assert _speaker(nlp, text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Lu Wenbo, a rights activist in Orvik, said the arrests were "
            "planned. He said all twelve crew were safe.",
            "Lu Wenbo",  # 'Lu' is too rare a given name to tell a sex
        ),
        (
            "Hazel Marsh, a rights activist in Orvik, said the arrests were "
            "planned. He said all twelve crew were safe.",
            None,  # 'Hazel' is a woman's name
        ),
    ],
)
def test_only_a_common_given_name_tells_a_sex(
    nlp: Language, text: str, speaker: str | None
) -> None:
    assert _speaker(nlp, text) == speaker


_CUP = "Cup joy\n\nThe home side were never in danger on Tuesday.\n\n"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            _CUP + "An early own goal and a Tom Reed strike earned them a 2-1 "
            'win. "All twelve crew were safe," he said after the game.',
            None,  # Reed named only as a word of 'a Tom Reed strike'
        ),
        (
            _CUP + "Tom Reed struck early to earn them a 2-1 win. "
            '"All twelve crew were safe," he said after the game.',
            "Tom Reed",
        ),
    ],
)
def test_a_name_only_modifying_a_noun_is_no_antecedent(
    nlp: Language, text: str, speaker: str | None
) -> None:
    assert _speaker(nlp, text) == speaker


_SOLD = (
    "Derby row\n\nTom Ferris sold Jaap Lens to Lazio in 2001. But Ferris insisted "
    "he sold the defender because the fee was too good. "
)
_SAFE = '\n\n"All twelve crew were safe," he said.'


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a person described, not named, right before: Lens or Ferris
        (_SOLD + "The affair still rankles with the Dutchman." + _SAFE, None),
        (_SOLD + "The affair still rankles with Lens." + _SAFE, "Jaap Lens"),
        # the description as a subject is the one the article goes on about
        (
            "Derby row\n\nJaap Lens was sold to Lazio in 2001. He said the fee was "
            "too good to refuse. The Dutchman remains bitter about the move." + _SAFE,
            "Jaap Lens",
        ),
    ],
)
def test_a_person_described_right_before_is_a_rival_for_he(
    nlp: Language, text: str, speaker: str | None
) -> None:
    assert _speaker(nlp, text) == speaker


def test_quotes_rivals_ents_between_are_the_span_ents(nlp):
    doc = nlp(
        _CHANCELLOR + "Piers Marlow met Acme Corp staff in Orvik on Monday. " + _SAID
    )
    assert len(doc.ents) >= 3
    context = _Context(doc, nlp.get_pipe("ck_quotes"))
    for lo in range(len(doc) + 1):
        for hi in range(len(doc) + 1):
            assert context.ents_between(lo, hi) == list(doc[lo:hi].ents)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Tom Reed, chairman of the Council for Safe Harbours, called on Mr "
            "Hale to reject the claim the port was being run down by the owners. "
            '"Tell that to the crews," he said. "All twelve crew were safe."',
            "Tom Reed",  # the parse hung 'called' on 'Reed': still the subject
        ),
        (
            "The late goal helped Orvik come back from two down to win at "
            "Marsh Lane and Tom Reed sympathised with Marsh Lane boss Bob Hale "
            'afterwards. "I feel for Bob Hale," he said. '
            '"All twelve crew were safe."',
            "Tom Reed",  # a name joined to 'Marsh Lane', the subject of its verb
        ),
        (
            "The council thanked Tom Reed, chairman of the board, and Bob Hale. "
            '"All twelve crew were safe," he said.',
            None,  # two men named as objects: unsure as before
        ),
        (
            "Ann Lowe beat Tom Reed and Bob Hale in the vote on Monday. "
            '"All twelve crew were safe," he said.',
            None,  # coordinated objects are no subjects
        ),
    ],
)
def test_a_name_the_parse_hides_as_subject_is_the_subject(
    nlp: Language, text: str, speaker: str | None
) -> None:
    assert _speaker(nlp, text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Tom Reed beat Bob Hale to the prize for best actor. He thanked Dan "
            "Marsh. This was his first win. Backstage, he said: "
            '"All twelve crew were safe."',
            "Tom Reed",  # 'Backstage' tagged a person's name, but no proper noun
        ),
        (
            "Tom Reed and Bob Hale shared the prize for best actor. This was "
            'their first win. Backstage, he said: "All twelve crew were safe."',
            None,  # two men joined: either
        ),
    ],
)
def test_a_name_with_no_proper_noun_is_no_rival(
    nlp: Language, text: str, speaker: str | None
) -> None:
    assert _speaker(nlp, text) == speaker
