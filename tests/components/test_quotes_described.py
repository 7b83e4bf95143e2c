"""Speakers named by a description of an organization, golden cases on the model.

'The navy said' stands for the one organization named nearby whose name holds
'navy'; 'the company said' for the one named nearby with a company marker
('Holdings', 'plc') or the one the article is about; 'a spokesman for the
club' for the club. Two that fit, one that fits only far back, a name with no
marker, a word just used for something else ('a club in Leeds'), a
description with a word of its own ('the rival company', 'the company that
built the ferry') or a document ('the report') name no one; a relative clause
set off by a comma ('The company, which employs 300 people,') narrows nothing. 'The newspaper' is the one outlet named nearby ('Kelvara
Daily Courier'), never a company the report is about. A body whose name says
another kind ('The government says' after 'the Orvik Dockers Union') is no one.
'The club' is the one club named nearby by a name like 'Harwick United'.
Own sentences, invented names.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

pytestmark = pytest.mark.model

_NAVY = "Sailors of the Velmoran Navy reached the crew on Sunday. "
_QUIET = (
    "The storm had begun on Friday night. "
    "Winds reached 120 km per hour near the harbour. "
    "Fishing boats stayed in port all weekend. "
    "Many roads were closed for two days. "
)
_INQUIRY = (
    "Regulators opened an inquiry into {name} on Tuesday. "
    "Investors sold shares after the news. "
)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (_NAVY + "The navy said all twelve crew were safe.", "Velmoran Navy"),
        (
            "Ships of the Velmoran Navy and the Ostrian Navy met on Sunday "
            "for a joint drill. The navy said all twelve crew were safe.",
            None,  # two navies
        ),
        (_NAVY + _QUIET + "The navy said all twelve crew were safe.", None),
        (
            "The Orvik Farmers Alliance met on Sunday. The alliance said all "
            "twelve crew were safe.",
            "Orvik Farmers Alliance",
        ),
        (
            "The Orvik Farmers Alliance and the Kelvara Fishing Alliance met on "
            "Sunday. The alliance said all twelve crew were safe.",
            None,  # two alliances
        ),
        (
            "Tom Reed has signed a new contract with Harwick Rovers Football "
            "Club. A spokesman for the club said all twelve crew were safe.",
            "Harwick Rovers Football Club",
        ),
        (
            "Tom Reed has signed a new contract with Harwick Rovers Football "
            "Club. He played for a club in Leeds before. "
            "The club said all twelve crew were safe.",
            None,  # 'the club' may be the one just introduced
        ),
        (
            _INQUIRY.format(name="Dalvane Holdings plc")
            + "The company said all twelve crew were safe.",
            "Dalvane Holdings",
        ),
        (
            _INQUIRY.format(name="Dalvane Foods")
            + "The company said all twelve crew were safe.",
            None,  # no company marker: perhaps a brand, a fund, a town
        ),
        (
            _INQUIRY.format(name="Dalvane Foods")
            + "Dalvane Foods has denied any wrongdoing. "
            + "The company said all twelve crew were safe.",
            "Dalvane Foods",  # the organization the article is about
        ),
        (
            _INQUIRY.format(name="Dalvane Foods")
            + "Dalvane Foods and Orrin Brands have denied any wrongdoing. "
            + "The company said all twelve crew were safe.",
            None,  # two organizations nearby
        ),
        (
            _INQUIRY.format(name="Dalvane Holdings plc")
            + "The rival company said all twelve crew were safe.",
            None,
        ),
        (
            _INQUIRY.format(name="Dalvane Holdings plc")
            + "The company, which employs 300 people, said all twelve crew "
            "were safe.",
            "Dalvane Holdings",  # a relative clause set off adds, narrows nothing
        ),
        (
            _INQUIRY.format(name="Dalvane Holdings plc")
            + "The company that built the ferry said all twelve crew were safe.",
            None,  # a company of its own
        ),
        (
            _INQUIRY.format(name="Dalvane Holdings plc")
            + "Dalvane Holdings plc and Orrin Brands Ltd have denied any "
            "wrongdoing. The firm, which employs 300 people, said all twelve "
            "crew were safe.",
            None,  # two companies nearby
        ),
        (
            "The Velmoran Navy published its annual review on Sunday. "
            "The report said all twelve crew were safe.",
            None,
        ),
    ],
)
def test_a_description_stands_for_the_one_organization_it_fits(
    nlp: Language, text: str, speaker: str | None
) -> None:
    assert _speaker(nlp, text) == speaker


_OUTLET = "Rice prices rose by a third in July, the Kelvara Daily Courier reported. "


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            _OUTLET + "The newspaper said all twelve crew were safe.",
            "Kelvara Daily Courier",
        ),
        (
            "Rice prices rose by a third in July, the Kelvara Daily Courier and "
            "the Ostrian Times reported. The newspaper said all twelve crew were safe.",
            None,  # two outlets
        ),
        (
            "Dalvane Holdings plc will build a plant in Orvik. "
            "The newspaper said all twelve crew were safe.",
            None,  # the company the report is about is no outlet
        ),
        (_OUTLET + _QUIET + "The newspaper said all twelve crew were safe.", None),
    ],
)
def test_a_newspaper_stands_for_the_one_outlet_named_nearby(
    nlp: Language, text: str, speaker: str | None
) -> None:
    assert _speaker(nlp, text) == speaker


_UNION = "The Orvik Dockers Union will co-ordinate action with six other unions. "


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (_UNION + "The union says all twelve crew were safe.", "Orvik Dockers Union"),
        # a union's name is no government's
        (_UNION + "The government says all twelve crew were safe.", None),
        (
            "The Orvik Investigation Bureau searched the ship on Monday. "
            "The agency says all twelve crew were safe.",
            "Orvik Investigation Bureau",  # a bureau is an agency
        ),
    ],
)
def test_an_organization_noun_fits_only_a_body_of_its_kind(
    nlp: Language, text: str, speaker: str | None
) -> None:
    assert _speaker(nlp, text) == speaker


_CLUB = "Harwick United have sold their striker Tom Reed to a rival. "


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (_CLUB + "The club said all twelve crew were safe.", "Harwick United"),
        (
            "The board of Kelvane Wanderers met on Monday to discuss the bid. "
            "The club said all twelve crew were safe.",
            "Kelvane Wanderers",
        ),
        (
            "Harwick United have sold Tom Reed to Dunmere Town. "
            "The club said all twelve crew were safe.",
            None,  # two clubs
        ),
        (
            "Harwick United have sold Tom Reed. Shareholders United met the board. "
            "The club said all twelve crew were safe.",
            None,  # a name of the same make
        ),
        (
            "Tom Reed has joined Kelvane Logistics as a driver. "
            "The club said all twelve crew were safe.",
            None,  # no club's name
        ),
        (_CLUB + _QUIET + "The club said all twelve crew were safe.", None),
    ],
)
def test_the_club_stands_for_the_one_club_named_nearby(
    nlp: Language, text: str, speaker: str | None
) -> None:
    assert _speaker(nlp, text) == speaker


def _speaker(nlp: Language, text: str) -> str | None:
    """The name of the speaker of the one quote about the twelve crew."""
    doc = nlp(text)
    names = {e["id"]: e["name"] for e in doc._.ck_entities}
    (found,) = [
        names.get(q["speaker"]) for q in doc._.ck_quotes if "twelve crew" in q["text"]
    ]
    return found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The list was drawn up by US magazine Mobile Kit. "
            '"We chose only portable items," said the magazine. '
            "It said all twelve crew were safe.",
            "Mobile Kit",
        ),
        (
            "Traffic was measured by monitoring firm Netvale on Monday. "
            "The firm said all twelve crew were safe.",
            "Netvale",
        ),
        (
            "The rules were set by the Orvik Markets Board, the regulator, in May. "
            "Prices fell by a third, the regulator said. "
            "The regulator said all twelve crew were safe.",
            "Orvik Markets Board",
        ),
        (
            "Dutch fund Velmar sold its stake on Monday. "
            "The fund said all twelve crew were safe.",
            "Velmar",
        ),
        (
            "Dutch fund Velmar sold its stake to rival fund Orvane on Monday. "
            "The fund said all twelve crew were safe.",
            None,  # two funds
        ),
        (
            "Dutch fund Velmar sold its stake on Monday. "
            + _QUIET
            + _QUIET
            + "The fund said all twelve crew were safe.",
            None,  # the fund was named far back
        ),
        (
            "Dutch fund Velmar sold its stake on Monday. "
            "A fund in Leeds bought it. "
            "The fund said all twelve crew were safe.",
            None,  # 'the fund' may be the one just introduced
        ),
        (
            "Traffic was measured by monitoring firm Netvale on Monday. "
            "Dalvane Holdings plc dropped the plan on Tuesday. "
            "The firm said all twelve crew were safe.",
            # any company is a firm: the one named since (the subject just
            # before) is meant, not the firm titled further back
            "Dalvane Holdings",
        ),
        (
            "The rules were drafted by US regulator the Kelvane Exchange Board "
            "in May. The US regulator said all twelve crew were safe.",
            "Kelvane Exchange Board",
        ),
        (
            "The rules were drafted by US regulator the Kelvane Exchange Board "
            "in May. The German regulator said all twelve crew were safe.",
            None,  # a word the title does not give
        ),
        (
            "Dutch fund Velmar sold its stake on Monday. "
            "The rival fund said all twelve crew were safe.",
            None,  # another fund
        ),
        (
            "The stake was sold by media group Orvane. "
            "The media group said all twelve crew were safe.",
            "Orvane",
        ),
    ],
)
def test_a_description_stands_for_the_one_organization_given_it_as_a_title(
    nlp: Language, text: str, speaker: str | None
) -> None:
    assert _speaker(nlp, text) == speaker
