"""Speakers a reader can name that the parse hid (issue 16).

Golden cases on the model, our own sentences: a dateline line run into the
first sentence leaves the verb's subject on the line before ('May 3, 2010\\n
Acme Corp announced that ...'); a name read as a reduced relative after a long
apposition ('Acme Corp, a carmaker which ..., announced that ...'); a role noun
before a name ('The Swedish carmaker Vantor has said'), or one whose phrase runs
into the name with no comma ('said the vice chairman of Orvella LLC Tom
Brandt'), or a title the parse took for the subject ('said Police Sgt. Dale
Brunner'); 'the statement' of one a name issued just before; a quote broken
over lines without a new opening mark, closed by a lone mark before its
'said X'; and a bare legal suffix ('LLC') the recognizer cut off its company,
which is no speaker of its own. Negatives: a participle after a dateline's
line that describes ('a climber, described as "..."') or is passive ('Claims
... have been described as'), a name after 'the
chairman of' with no organization before it, a next line whose lone mark
opens words of its own.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.test_quotes_after_cues import _of, _speakers


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Vantor Industries files results\n\nMarch 03, 2011\n"
            "Vantor Industries Inc (VI) announced on Monday that it saw a 12% fall "
            "in sales in February.",
            "12% fall",
            "Vantor Industries Inc",
        ),
        (
            "Halden sells unit\n\nJune 08, 2012\n"
            "Halden Motors Corporation (HMC), a carmaker which has filed for "
            "bankruptcy protection, announced on Friday that the Marlow Group was "
            "chosen to buy its truck unit.",
            "Marlow Group",
            "Halden Motors Corporation",
        ),
        (
            "The Swedish carmaker Vantor has said that it made a profit in the "
            "second quarter.",
            "second quarter",
            "Vantor",
        ),
        (
            '"The market is starting to show signs of life," said the vice '
            "president and chairman of Orvella LLC Tom Brandt.",
            "signs of life",
            "Tom Brandt",
        ),
        (
            '"He was badly shaken,\n'
            'He tried to comfort her, "said Harlow Police Sgt. Dale Brunner.',
            "comfort her",
            "Dale Brunner",
        ),
        (
            "Halvard Partners issued a statement on Tuesday expressing sorrow.\n"
            '"We are saddened by the death of Ann Ray.\n'
            'She was loved by all, "the statement said.',
            "loved by all",
            "Halvard Partners",
        ),
        (
            "The warship was on patrol when it got a call from the Vela, a "
            "Halvard Ministry statement said.\n"
            '"On sighting the helicopter, the boats fled.\n'
            'The ship closed in. "\n'
            "Commandos boarded the boat, the statement said.",
            "Commandos boarded",
            "Halvard Ministry",
        ),
    ],
)
def test_quotes_subject_the_parse_hid_names_the_speaker(
    nlp: Language, text: str, words: str, speaker: str
) -> None:
    _, name, _ = _of(nlp, text, words)
    assert name == speaker


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Loans for carmakers\n\nMay 02, 2010\n"
            '"This is a hard but needed step to protect the economy.\n'
            'We cannot afford a collapse of the industry. "\n'
            "said Paul Fenwick, Prime Minister of Ardenia.",
            "collapse of the industry",
            "Paul Fenwick",
        ),
        (
            "Rescue plan\n\nMay 02, 2010\n"
            '"We would prefer that markets decide.\n'
            'However, we will consider other options if needed, "said Lena '
            "Ostrova, the Finance Minister.",
            "other options",
            "Lena Ostrova",
        ),
    ],
)
def test_quotes_run_on_over_a_line_to_its_attribution(
    nlp: Language, text: str, words: str, speaker: str
) -> None:
    quotes = _speakers(nlp, text)
    (quote,) = [q for q in quotes if words in q[0]]
    assert quote[0].count("\n") == 1  # one quote over both lines
    assert quote[2] == speaker
    assert quote[3] in ("said", "added")
    # the attribution line is no quote of its own
    assert not any(q[0].startswith("said") for q in quotes)


@pytest.mark.model
def test_quotes_lone_mark_opening_words_is_no_run_on(nlp: Language) -> None:
    text = (
        "Port news\n\n"
        '"Berths ran out in June.\n'
        'The mayor left early. "Nothing was done," said Priya Nair.'
    )
    quotes = _speakers(nlp, text)
    assert ("Nothing was done,", "Priya Nair", "Priya Nair", "said") in quotes
    assert not any("mayor" in q[0] for q in quotes)


@pytest.mark.model
def test_quotes_described_after_a_dateline_is_no_report(nlp: Language) -> None:
    text = (
        "Climber dies in fall\n\n8: 05am UK, Monday 16 May 2011\n"
        'A 29 - year - old Welsh climber, described as "short of experience", '
        "dies after falling from a peak in Norway."
    )
    assert not any(q[3] == "described" for q in _speakers(nlp, text))
    text = (
        "Vote date claim 'rumour'\n"
        "Claims that Ann Ray is planning to resign in May have been described "
        'as "pure invention" by her office.'
    )
    assert not any(q[1] == "Claims" for q in _speakers(nlp, text))


@pytest.mark.model
def test_quotes_role_before_a_company_alone_names_no_person(nlp: Language) -> None:
    text = '"Sales will rise," said the chairman of Walt Disney.'
    assert _of(nlp, text, "Sales will rise")[1] != "Walt Disney"


@pytest.mark.model
def test_quotes_bare_legal_suffix_gives_its_company(nlp: Language) -> None:
    """ck_entities cut 'LLC' off 'Brandwell LLC' as an organization of its own:
    the speaker is Brandwell, in the report and through 'the firm'."""
    text = (
        "Carmaker cuts dealers\n\nApril 02, 2010\n"
        "American carmaker Brandwell LLC has said that it wants to close 80 of "
        "its 700 dealers by June.\n"
        "In a filing on Thursday, the firm stated its network is too large."
    )
    doc = nlp(text)
    at = text.index("Brandwell LLC")
    brand = (at, at + len("Brandwell"))
    llc = (at + len("Brandwell "), at + len("Brandwell LLC"))
    doc._.ck_entities = [
        {
            "id": "e0",
            "label": "ORG",
            "name": "Brandwell",
            "mentions": [{"text": "Brandwell", "start": brand[0], "end": brand[1]}],
        },
        {
            "id": "e1",
            "label": "ORG",
            "name": "LLC",
            "mentions": [{"text": "LLC", "start": llc[0], "end": llc[1]}],
        },
    ]
    nlp.get_pipe("ck_quotes")(doc)
    speakers = {
        q["text"][:20]: (q["speaker_text"], q["speaker"]) for q in doc._.ck_quotes
    }
    assert speakers == {
        "that it wants to clo": ("Brandwell LLC", "e0"),
        "its network is too l": ("the firm", "e0"),
    }
