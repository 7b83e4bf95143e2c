"""A description the article tied to one person or body names that speaker.

Golden cases on the model, positives and negatives: a role noun set on a name
in apposition ('Ann Roe, a flood expert at Leeds,') or as a title ('World Bank
country director Nigel Byrne'), then written alone ('the flood expert said');
two people with the role, a role never tied to a name, a role of another
organization and a 'former' role name no one. A role written right after the
lead names the main subject only when every other person named there is no
subject and no object of its verb; a role's earlier uses of the same person
chain on.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.test_quotes_roles import _speakers

_FLOOD = "Flood defences failed in Carlow on Monday. "
_SAID = "The flood expert said the walls had been too low."


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            _FLOOD + "Dr Ann Roe, a flood expert at Leeds University, inspected "
            "the site. " + _SAID,
            "Ann Roe",
        ),
        (
            "Fuel prices rose again in March. Nigel Byrne, World Bank country "
            "director for Kenya, spoke in Nairobi. The country director said "
            "growth would slow.",
            "Nigel Byrne",
        ),
        (  # two people tied to the role
            _FLOOD + "Dr Ann Roe, a flood expert at Leeds University, and Dr Bob "
            "Lee, a flood expert at York, inspected the site. " + _SAID,
            None,
        ),
        (  # the role never tied to a name
            _FLOOD + "A flood expert inspected the site. " + _SAID,
            None,
        ),
        (  # a former expert is not 'the flood expert'
            _FLOOD + "Jo Hart, a former flood expert at Leeds, inspected the "
            "site. Mayor Tom Reed thanked the crews. " + _SAID,
            None,
        ),
        (  # the role of another organization
            "Jo Hart, chief executive of Acme, met the unions. Talks with Bolt "
            "also resumed. The Bolt chief executive said the offer stood.",
            None,
        ),
    ],
)
def test_quotes_description_tied_to_one_person(
    nlp: Language, text: str, speaker: str | None
) -> None:
    assert _speakers(nlp, text)[0][1] == speaker


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Michael Dunmore has launched an attack on the cost of the rail "
            "system under Tony Blake. The Tory leader said councils had spent "
            "more than £3bn.",
            "Michael Dunmore",
        ),
        (  # the other person is the object of the subject's verb
            "Tony Blake met Michael Dunmore on Monday. The Tory leader said the "
            "talks had gone well.",
            None,
        ),
        (  # the other person is the subject of a reported clause
            "Gordon Grey said Mr Blake had broken a promise to stand down. The "
            "prime minister said the claim was nonsense.",
            None,
        ),
    ],
)
def test_quotes_role_after_the_lead_names_its_main_subject(
    nlp: Language, text: str, speaker: str | None
) -> None:
    assert _speakers(nlp, text)[-1][1] == speaker


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # a role's earlier uses of the same person chain on
            "Jack Strand said the rebate was safe. The foreign secretary told "
            "MPs the rebate was justified. Jose Barrow has suggested the cash "
            "could be shared. Mr Strand admitted some countries were unhappy. "
            "But the foreign secretary told the committee that the position "
            "was clear.",
            ("the foreign secretary", "Jack Strand"),
        ),
        (  # the sentence before names Foy only by 'He': the prime minister is
            # no one the lead named, and 'He' after him is no one known
            "Tory co-chairman Liam Foy spoke on Monday. He would not discuss "
            "reports that the party repaid money to Lord Ashby. The prime "
            "minister toured the country at the weekend. He insisted he did "
            "not know the poll date.",
            ("He", None),
        ),
        (  # a band's name the tagger may take for a noun
            "US rock band Tidewell have cancelled two concerts after their "
            'drummer fell ill. He could "hardly stand", said a Tidewell '
            "spokesman.",
            ("a Tidewell spokesman", "Tidewell"),
        ),
    ],
)
def test_quotes_role_chains_and_voices(
    nlp: Language, text: str, speaker: tuple[str, str | None]
) -> None:
    assert speaker in _speakers(nlp, text)


_AID = '"The card firm will need no more aid after this," Pyo Sang-gyu, '


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a name the model types ORG in part, set off by a person's role
        (_AID + "executive director of Hanra Development Bank, said.", "Pyo Sang-gyu"),
        # a body's word in apposition ('a unit of'): no person made
        (_AID + "a unit of Hanra Development Bank, said.", None),
    ],
)
def test_quotes_named_speaker_with_a_role_in_apposition(
    nlp: Language, text: str, speaker: str | None
) -> None:
    assert _speakers(nlp, text) == [("Pyo Sang-gyu", speaker)]


_ODDS = "Jo Reed was 1/3 favourite to be evicted on Monday."


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a name the article titled with a word for a body: an organization
        ("According to bookmaker Bettlow, " + _ODDS, ("Bettlow", "ORG")),
        # the bare name tells nothing of its bearer: no entity made
        ("According to Bettlow, " + _ODDS, None),
    ],
)
def test_quotes_named_speaker_of_the_kind_its_title_says(
    nlp: Language, text: str, speaker: tuple[str, str] | None
) -> None:
    doc = nlp(text)
    kinds = {e["id"]: (e["name"], e["label"]) for e in doc._.ck_entities}
    assert [kinds.get(q["speaker"]) for q in doc._.ck_quotes] == [speaker]
