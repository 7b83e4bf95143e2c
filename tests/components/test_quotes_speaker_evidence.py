"""Speakers resolved only on evidence, golden cases on the model.

A document speaks for its one maker ('a report by Acme said', 'the report
said' after 'a report by Acme'), not for two ('a joint report from Acme and
Bolt') nor for one named only near it. 'A Harwick spokeswoman said' names its
organization in its own words, though its last naming was inside a quote;
'Reuters reported the regulator as saying' gives the regulator. 'The company
said' is unsure when another organization is named before it in its
sentence; 'he said' after 'the defender believes Ray is right' is not Ray;
'it said' after 'the British car maker has sought a loan' is the maker named
before; 'she said' after 'Ann Ray has apologised. The home secretary
confirmed ...' is Ann Ray, and 'he said' no one; 'The Velmoran Navy said ...
But a spokesman added' is the navy's, with no one named since.
Own sentences, invented names.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.test_quotes_described import _speaker

pytestmark = pytest.mark.model

_SAFE = "All twelve crew were safe"

# a document speaks for its one maker
_DOCUMENTS = [
    (
        f"A report by the Orvik Maritime Institute said {_SAFE.lower()}.",
        "Orvik Maritime Institute",
    ),
    (
        "A new study from the Orvik Maritime Institute looked at ferry "
        f"safety. {_SAFE}, the study said.",
        "Orvik Maritime Institute",
    ),
    (
        "The Orvik Maritime Institute published a report on Monday. "
        f"{_SAFE}, the report said.",
        "Orvik Maritime Institute",
    ),
    (
        "A joint report from the Orvik Maritime Institute and the Velmoran "
        f"Coast Guard came out on Monday. {_SAFE}, the report said.",
        None,  # two makers
    ),
    (
        f"The Orvik Maritime Institute met on Monday. {_SAFE}, the report said.",
        None,  # no report named before: whose is unknown
    ),
    (
        "The Kelvara Courier reported the sinking on Monday. "
        f"{_SAFE}, the report said.",
        None,  # a verb, no report named
    ),
    (
        f"A study of Orvik Maritime Institute members said {_SAFE.lower()}.",
        None,  # a study of them is not by them (a survey is no quote at all)
    ),
]

# a voice names its organization in its own words
_OWN_WORDS = [
    (
        "Tom Reed spoke to reporters on Monday. "
        '"I can confirm that the Harwick Port Authority has taken over the '
        'case," a Harwick Port Authority spokeswoman said. '
        f'"{_SAFE}."',
        "Harwick Port Authority",
    ),
    (
        '"The Harwick Port Authority will act," Tom Reed said on Monday. '
        f'The ferry sank off Orvik. "{_SAFE}," a Harwick Port Authority '
        "spokeswoman said.",
        "Harwick Port Authority",
    ),
    (
        '"The Harwick Port Authority will act," Tom Reed said on Monday. '
        f'The ferry sank off Orvik. "{_SAFE}," a spokeswoman said.',
        None,  # no one named in her words
    ),
]

# reported as saying gives the one reported
_REPORTED_AS_SAYING = [
    (
        "Dalvane Holdings plc sold the ferry in May. "
        f'"{_SAFE}," the Kelvara Courier reported the Harwick Port '
        "Authority as saying.",
        "Harwick Port Authority",
    ),
    (
        "Dalvane Holdings plc sold the ferry in May. "
        f'"{_SAFE}," the Kelvara Courier newspaper reported the '
        "ferry's owners.",
        "Kelvara Courier",  # no 'as saying': the owners are no speaker
    ),
]

# the company is unsure after another organization in its sentence
_COMPANY_RIVAL = [
    (
        "Dalvane Holdings plc bought the ferry line in May. "
        "In a statement from Orrin Brands plc, the company said "
        f"{_SAFE.lower()}.",
        None,  # Orrin named in the sentence: either
    ),
    (
        "Dalvane Holdings plc bought the ferry line in May. "
        f"In a statement on Monday, the company said {_SAFE.lower()}.",
        "Dalvane Holdings",
    ),
]

# he is not the one named apart from a described subject
_DESCRIBED_SUBJECT = [
    (
        "Tom Reed joined the club in May. "
        "And the Dutch defender believes Reed is the best manager he has had. "
        f'"{_SAFE}," he said.',
        None,  # the defender speaks, not Reed
    ),
    (
        "Tom Reed joined the club in May. "
        "The Dutch defender crossed the bridge on Monday. "
        f'"{_SAFE}," he said.',
        "Tom Reed",  # the one the article goes on about
    ),
    (
        "Everton manager Tom Reed will fine striker Bob Hart for his foul on "
        "Dan Lowe. The Scot initially defended Hart, saying Lowe overreacted. "
        "But he has had a rethink after seeing the video. "
        f'He said: "{_SAFE}."',
        None,  # through 'he' to the Scot, not Lowe
    ),
    (
        "Everton manager Tom Reed will fine striker Bob Hart for his foul on "
        "Dan Lowe. Reed initially defended Hart, saying Lowe overreacted. "
        "But he has had a rethink after seeing the video. "
        f'He said: "{_SAFE}."',
        "Tom Reed",  # through 'he' to Reed, named
    ),
    (
        f'The Dutch defender believes the club is right. "{_SAFE}," Tom Reed said.',
        "Tom Reed",  # named at the quote
    ),
]


# 'it' after a description of an organization stands for it
_IT_AFTER_DESCRIPTION = [
    (
        "Dalvane Holdings plc cut its forecast in May. As a result, the British "
        "car maker has sought a loan. Last month it said all twelve crew were "
        "safe.",
        "Dalvane Holdings",
    ),
    (
        "Dalvane Holdings plc cut its forecast in May. As a result, the rival "
        "car maker has sought a loan. Last month it said all twelve crew were "
        "safe.",
        None,  # another maker
    ),
    (
        "Dalvane Holdings plc cut its forecast in May. As a result, the plan "
        "has failed. Last month it said all twelve crew were safe.",
        None,  # 'it' may be the plan's
    ),
]

# 'she' after a role just said of one person ('The home secretary confirmed')
_ROLE_JUST_NAMED = [
    (
        "Ann Ray has apologised to MPs over the ferry. The home secretary "
        "confirmed the review would go ahead. She said all twelve crew were safe.",
        "Ann Ray",
    ),
    (
        "Ann Ray and Bea Lowe have apologised to MPs over the ferry. The home "
        "secretary confirmed the review would go ahead. She said all twelve "
        "crew were safe.",
        None,  # the role may be either's
    ),
    (
        "Ann Ray has apologised to MPs over the ferry. The home secretary "
        "confirmed the review would go ahead. He said all twelve crew were safe.",
        None,  # not Ann Ray: the role subject stays a rival
    ),
]

# a bare voice speaks for the organization that was the subject just before
_BARE_VOICE = [
    (
        "The Velmoran Navy said on Monday it had sent two ships to the strait. "
        f'But a spokesman added: "{_SAFE}."',
        "Velmoran Navy",
    ),
    (
        "The Velmoran Navy said on Monday it had sent two ships with Orrin "
        f"Shipping plc. A spokesman said {_SAFE.lower()}.",
        None,  # another organization named since
    ),
    (
        "The Velmoran Navy has sent two ships to help Tom Reed. "
        f"A spokesman said {_SAFE.lower()}.",
        None,  # a person named since: his spokesman, perhaps
    ),
    (
        f"Tom Reed said the navy had sent two ships. A spokesman said {_SAFE.lower()}.",
        None,  # the subject before is a person
    ),
]

_FAMILIES = {
    "document": _DOCUMENTS,
    "own_words": _OWN_WORDS,
    "reported_as": _REPORTED_AS_SAYING,
    "company_rival": _COMPANY_RIVAL,
    "described": _DESCRIBED_SUBJECT,
    "it_after_description": _IT_AFTER_DESCRIPTION,
    "role_just_named": _ROLE_JUST_NAMED,
    "bare_voice": _BARE_VOICE,
}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(*case, id=f"{family}-{i}")
        for family, cases in _FAMILIES.items()
        for i, case in enumerate(cases)
    ],
)
def test_quotes_speaker_rests_on_evidence(
    nlp: Language, text: str, speaker: str | None
) -> None:
    assert _speaker(nlp, text) == speaker
