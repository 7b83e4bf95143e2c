"""Speakers who speak for someone else, golden cases on the model.

"The company's spokesman said" stands for the organization 'the company'
means, as "a spokesman for the club said" does; a 'he'/'she' after a voice
that speaks for an organization ('A spokesman for Acme declined to comment.
"...," he said') stands for that organization too. A voice of the other sex,
a person named between, or a voice for no one named ('a police spokesman')
names no one. "Mr Reed's office" and 'his office' speak for him, an
official or officials for the body they serve ('an official at the Orvik
Port Authority', 'a ministry spokesman' for the one ministry named); 'his
lawyer' or 'the Dalvane executive' speaks as himself. An 'it' after an organization's report, with
no one named between, is that organization. Own sentences, invented names.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.test_quotes_described import _speaker

pytestmark = pytest.mark.model

_EXCHANGE = (
    "A {voice} for the Harwick Stock Exchange would neither confirm nor deny "
    "the report. "
)
_SAFE = '"All twelve crew were safe," {pronoun} said.'


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Shareholders of the builder Dalvane Holdings SA approved a bond "
            "issue, the company's spokesman said on Monday. "
            "The company's spokesman said all twelve crew were safe.",
            "Dalvane Holdings SA",
        ),
        (
            "Sailors of the Velmoran Navy reached the crew on Sunday. "
            "The navy's spokeswoman said all twelve crew were safe.",
            "Velmoran Navy",
        ),
        (
            "Sailors of the Velmoran Navy and the Ostrian Navy met on Sunday. "
            "The navy's spokeswoman said all twelve crew were safe.",
            None,  # two navies
        ),
        (
            "Regulators opened an inquiry into Dalvane Holdings plc on Tuesday. "
            "The rival company's spokesman said all twelve crew were safe.",
            None,  # a company of its own
        ),
        (
            "A Harwick Party spokesman denied the poster was unfair. "
            + _SAFE.format(pronoun="he"),
            "Harwick Party",
        ),
        (
            "A Harwick Party spokeswoman denied the poster was unfair. "
            + _SAFE.format(pronoun="he"),
            None,  # not the spokeswoman
        ),
        ("Mr Tom Reed's office said all twelve crew were safe.", "Tom Reed"),
        (
            "Ann Lowe met Bob Hart in Orvik on Monday. "
            "Her office said all twelve crew were safe.",
            "Ann Lowe",
        ),
        ("The office said all twelve crew were safe.", None),
        (
            "An official at the Orvik Port Authority said all twelve crew were safe.",
            "Orvik Port Authority",
        ),
        (
            "Officials of the Orvik Port Authority said all twelve crew were safe.",
            "Orvik Port Authority",
        ),
        (
            "An Orvik Port Authority official said all twelve crew were safe.",
            "Orvik Port Authority",
        ),
        (
            "The Velmoran Defence Ministry ordered a review on Sunday. "
            "A ministry spokesman said all twelve crew were safe.",
            "Velmoran Defence Ministry",
        ),
        (
            "The Velmoran Defence Ministry and the Ostrian Interior Ministry "
            "ordered a review on Sunday. "
            "A ministry spokesman said all twelve crew were safe.",
            None,  # two ministries
        ),
        (
            "The Velmoran Defence Ministry ordered a review on Sunday. "
            "A police spokesman said all twelve crew were safe.",
            None,  # no police named
        ),
        (
            "Dalvane Holdings plc opened a plant in Orvik on Monday. "
            "A company spokesman said all twelve crew were safe.",
            "Dalvane Holdings",
        ),
        (
            "Tom Reed, a senior executive at Dalvane Holdings plc, resigned. "
            "The Dalvane executive said all twelve crew were safe.",
            None,  # one of its people, not the company's voice
        ),
        (
            "Tom Reed said on Monday the port would close. "
            "His lawyer said all twelve crew were safe.",
            None,  # a lawyer speaks as himself
        ),
    ],
)
def test_an_organization_or_person_speaks_through_a_voice(
    nlp: Language, text: str, speaker: str | None
) -> None:
    assert _speaker(nlp, text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            _EXCHANGE.format(voice="spokesman") + _SAFE.format(pronoun="he"),
            "Harwick Stock Exchange",
        ),
        (
            _EXCHANGE.format(voice="spokeswoman") + _SAFE.format(pronoun="she"),
            "Harwick Stock Exchange",
        ),
        (
            _EXCHANGE.format(voice="spokeswoman") + _SAFE.format(pronoun="he"),
            None,  # not the spokeswoman
        ),
        (
            _EXCHANGE.format(voice="spokesman")
            + "Tom Reed, a trader in Orvik, disagreed. "
            + _SAFE.format(pronoun="he"),
            "Tom Reed",  # the one named last
        ),
        (
            "The Orvik police arrested two men on Sunday, a police spokesman "
            "said. " + _SAFE.format(pronoun="he"),
            None,  # a voice for no one named
        ),
    ],
)
def test_a_pronoun_after_a_voice_stands_for_the_one_it_speaks_for(
    nlp: Language, text: str, speaker: str | None
) -> None:
    assert _speaker(nlp, text) == speaker


_SOLD = "Dalvane Holdings plc said on Monday it would sell its stake in the port.\n"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Dalvane Holdings plc is in talks to sell its port, the Kelvara "
            "Courier newspaper said on Friday.\nIt said all twelve crew were safe.",
            "Kelvara Courier",
        ),
        (
            _SOLD.strip() + " The port had lost money for three years.\n"
            "All twelve crew were safe, it said.",
            "Dalvane Holdings",
        ),
        (
            _SOLD + "Orrin Brands plc declined to comment on the sale.\n"
            "All twelve crew were safe, it said.",
            None,  # another organization named between
        ),
        (
            _SOLD + "Tom Reed, a trader in Orvik, doubted the sale would go "
            "ahead.\nAll twelve crew were safe, it said.",
            None,  # someone else named between
        ),
        (
            _SOLD + "The port had lost money for three years.\n\n"
            "Its owners met in June.\n\nAll twelve crew were safe, it said.",
            None,  # two paragraphs on
        ),
    ],
)
def test_it_after_a_report_of_an_organization_is_that_organization(
    nlp: Language, text: str, speaker: str | None
) -> None:
    assert _speaker(nlp, text) == speaker
