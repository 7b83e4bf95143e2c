"""Named speakers no entity holds get one when the name says what it is (issue 16).

Each Doc states its tokens, parse and entities (``tests/handmade.py``), our own
sentences: a party the model types NORP speaks as an organization ('The Tories
said'), a title before an untyped name makes a person ('Lord Marsh said', the
entity named 'Marsh' as ck_entities names titled people), an organization's
head word makes one ('Brindle Prison said'), and a surname after the full name
is that person ('said Pelling' after 'Wayne Pelling'), a title before a
hyphenated name too ('Cardinal Ann Murphy-Rowe'), and a singular name with a
plural verb is a body ('Rowing Ulster have confirmed'), unless it is a place
('Scotland have said'). No entity when the name
tells nothing ('Halworth said'), when it names some of a party's members
('Many Democrats said'), or when it is cut from a longer name. Golden cases on
the model: a capitalized role before the name in apposition ('Director, Paul
Renner, said') is no speaker; the name is, as it is after a role split at its
hyphen ('Tory co-chairman Karen Hart said') or a role of a body ending in the
name and a post-nominal ('Chairman of the Audit Committee Karen Hart MP, said').
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from claimkit.components.entities import EntityResolver
from claimkit.components.quotes import QuoteFinder
from tests.handmade import parse


def _speakers(
    nlp: Language, text: str, table: str, resolver: EntityResolver, finder: QuoteFinder
) -> list[tuple[Any, ...]]:
    """(speaker words, speaker entity name, its label) of each quote."""
    doc = finder(resolver(parse(nlp.vocab, text, table)))
    assert doc._.ck_failure is None
    return _of(doc)


def _of(doc: Doc) -> list[tuple[Any, ...]]:
    entities = {e["id"]: e for e in doc._.ck_entities}
    out = []
    for quote in doc._.ck_quotes:
        entity = entities.get(quote["speaker"], {})
        out.append((quote["speaker_text"], entity.get("name"), entity.get("label")))
    return out


TORIES = """
The     DET   det    1
Tories  PROPN nsubj  2 B-NORP tory
said    VERB  ROOT   2 O      say
the     DET   det    4
plan    NOUN  nsubj  6
would   AUX   aux    6
fail    VERB  ccomp  2
.       PUNCT punct  2
"""

LORD = """
Lord    PROPN compound 1
Marsh   PROPN nsubj    2
said    VERB  ROOT     2 O say
the     DET   det      4
law     NOUN  nsubj    5
was     AUX   ccomp    2 O be
clear   ADJ   acomp    5
.       PUNCT punct    2
"""

PRISON = """
Brindle PROPN compound 1 B-GPE
Prison  PROPN nsubj    2 I-GPE
said    VERB  ROOT     2 O say
the     DET   det      4
inmate  NOUN  nsubjpass 6
was     AUX   auxpass  6 O be
moved   VERB  ccomp    2 O move
.       PUNCT punct    2
"""

# a hyphen joins one word of the name after the title
CARDINAL = """
Cardinal PROPN compound 4
Ann      PROPN compound 4
Murphy   PROPN compound 4
-        PUNCT punct    4
Rowe     PROPN nsubj    5
said     VERB  ROOT     5 O say
the      DET   det      7
law      NOUN  nsubj    8
was      AUX   ccomp    5 O be
clear    ADJ   acomp    8
.        PUNCT punct    5
"""


SURNAME = """
Wayne   PROPN compound 1  B-PERSON
Pelling PROPN nsubj    2  I-PERSON
scored  VERB  ROOT     2  O score
twice   ADV   advmod   2
.       PUNCT punct    2
"       PUNCT punct    10
We      PRON  nsubj    7
won     VERB  ccomp    10 O win
,       PUNCT punct    10
"       PUNCT punct    10
said    VERB  ROOT     10 O say
Pelling PROPN nsubj    10
.       PUNCT punct    10
"""


@pytest.mark.parametrize(
    ("text", "table", "expected"),
    [
        ("The Tories said the plan would fail.", TORIES, ("Tories", "Tories", "ORG")),
        ("Lord Marsh said the law was clear.", LORD, ("Lord Marsh", "Marsh", "PERSON")),
        (
            "Brindle Prison said the inmate was moved.",
            PRISON,
            ("Brindle Prison", "Brindle Prison", "ORG"),
        ),
        (
            'Wayne Pelling scored twice. "We won," said Pelling.',
            SURNAME,
            ("Pelling", "Wayne Pelling", "PERSON"),
        ),
        (
            "Cardinal Ann Murphy-Rowe said the law was clear.",
            CARDINAL,
            ("Cardinal Ann Murphy-Rowe", "Ann Murphy-Rowe", "PERSON"),
        ),
    ],
    ids=["party", "title", "org-head", "surname", "title-hyphen"],
)
def test_quotes_named_speaker_gets_its_entity(
    blank_nlp: Language,
    resolver: EntityResolver,
    finder: QuoteFinder,
    text: str,
    table: str,
    expected: tuple[str, str, str],
) -> None:
    assert _speakers(blank_nlp, text, table, resolver, finder)[-1] == expected


UNTOLD = """
Halworth PROPN nsubj 1
said     VERB  ROOT  1 O say
the      DET   det   3
rate     NOUN  nsubj 5
would    AUX   aux   5
rise     VERB  ccomp 1
.        PUNCT punct 1
"""

# 'Many' before the party's name: some of its members
MEMBERS = TORIES.replace("The     DET   det    1", "Many    ADJ   amod   1").replace(
    "Tories  PROPN nsubj  2 B-NORP tory", "Democrats PROPN nsubj 2 B-NORP democrat"
)

CUT = """
The        DET   det      3
Halworth   PROPN compound 2
Building   PROPN compound 3
Prison     PROPN nsubj    6
Reform     PROPN compound 5
Trust      PROPN appos    3
said       VERB  ROOT     6 O say
it         PRON  nsubj    8
would      AUX   aux      9
appeal     VERB  ccomp    6
.          PUNCT punct    6
"""


# the model typed a nationality's word ORG
BRITON = """
The    DET   det   1
Briton PROPN nsubj 2 B-ORG
said   VERB  ROOT  2 O say
the    DET   det   4
rate   NOUN  nsubj 6
would  AUX   aux   6
rise   VERB  ccomp 2
.      PUNCT punct 2
"""


@pytest.mark.parametrize(
    ("text", "table", "speaker_text"),
    [
        ("Halworth said the rate would rise.", UNTOLD, "Halworth"),
        ("The Briton said the rate would rise.", BRITON, "Briton"),
        ("Many Democrats said the plan would fail.", MEMBERS, "Democrats"),
    ],
    ids=["no-evidence", "nationality", "some-members"],
)
def test_quotes_named_speaker_without_evidence_stays_text(
    blank_nlp: Language,
    resolver: EntityResolver,
    finder: QuoteFinder,
    text: str,
    table: str,
    speaker_text: str,
) -> None:
    assert _speakers(blank_nlp, text, table, resolver, finder)[-1] == (
        speaker_text,
        None,
        None,
    )


def test_quotes_named_speaker_cut_from_a_longer_name_is_none(
    blank_nlp: Language, resolver: EntityResolver, finder: QuoteFinder
) -> None:
    # the parse ends the subject at 'Prison' and sets 'Reform Trust' beside it
    text = "The Halworth Building Prison Reform Trust said it would appeal."
    found = _speakers(blank_nlp, text, CUT, resolver, finder)
    assert all(label is None for _, _, label in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Director, Paul Renner, said the school would open in September.",
            ("Paul Renner", "Paul Renner", "PERSON"),
        ),
        (
            "The move drew criticism. Brindle Prison said the inmate had been "
            "moved to a secure unit on Friday.",
            ("Brindle Prison", "Brindle Prison", "ORG"),
        ),
    ],
)
def test_quotes_named_speaker_on_the_model(
    nlp: Language, text: str, speaker: tuple[str, str, str]
) -> None:
    assert _of(nlp(text))[-1] == speaker


DATED = """
Theresa PROPN compound 1
May     PROPN nsubj    7 B-DATE
,       PUNCT punct    1
the     DET   det      5
party   NOUN  compound 5
chair   NOUN  appos    1
,       PUNCT punct    1
said    VERB  ROOT     7 O say
the     DET   det      9
vote    NOUN  nsubj    10
was     AUX   ccomp    7 O be
fair    ADJ   acomp    10
.       PUNCT punct    7
"""


def test_quotes_surname_typed_date_keeps_the_given_name(
    blank_nlp: Language, resolver: EntityResolver, finder: QuoteFinder
) -> None:
    # before, the speaker's words were the date's alone: 'May'
    text = "Theresa May, the party chair, said the vote was fair."
    found = _speakers(blank_nlp, text, DATED, resolver, finder)
    assert found[-1][0] == "Theresa May"


CO_CHAIR = """
Tory     PROPN compound 1 B-NORP tory
co       NOUN  nsubj    6
-        NOUN  nsubj    6
chairman NOUN  compound 5
Karen    PROPN compound 5 B-PERSON
Hart     PROPN nsubj    6 I-PERSON
said     VERB  ROOT     6 O say
the      DET   det      8
vote     NOUN  nsubj    9
was      AUX   ccomp    6 O be
fair     ADJ   acomp    9
.        PUNCT punct    6
"""

CHAIR_OF = """
Chairman  PROPN nsubj    9
of        ADP   prep     0
the       DET   det      4
Audit     PROPN compound 4 B-ORG
Committee PROPN pobj     1 I-ORG
Karen     PROPN compound 7 B-PERSON
Hart      PROPN compound 7 I-PERSON
MP        PROPN appos    4
,         PUNCT punct    0
said      VERB  ROOT     9 O say
the       DET   det      11
vote      NOUN  nsubj    12
was       AUX   ccomp    9 O be
fair      ADJ   acomp    12
.         PUNCT punct    9
"""


@pytest.mark.parametrize(
    ("text", "table"),
    [
        ("Tory co-chairman Karen Hart said the vote was fair.", CO_CHAIR),
        (
            "Chairman of the Audit Committee Karen Hart MP, said the vote was fair.",
            CHAIR_OF,
        ),
    ],
    ids=["split-role", "role-of-body"],
)
def test_quotes_capitalized_role_gives_the_name_after_it(
    blank_nlp: Language,
    resolver: EntityResolver,
    finder: QuoteFinder,
    text: str,
    table: str,
) -> None:
    # before, the speaker's words were 'Tory co' and 'Chairman'
    found = _speakers(blank_nlp, text, table, resolver, finder)
    assert found[-1][:2] == ("Karen Hart", "Karen Hart")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Rowing Ulster have confirmed that the regatta will go ahead.",
            ("Rowing Ulster", "Rowing Ulster", "ORG"),
        ),
        # a place's side: no body is named, the place gets no entity here
        (
            "Scotland have said they will appeal against the ban.",
            ("Scotland", None, None),
        ),
    ],
    ids=["plural-verb-body", "place-side"],
)
def test_quotes_plural_verb_names_a_body(
    nlp: Language, text: str, speaker: tuple[str, str | None, str | None]
) -> None:
    assert _of(nlp(text))[-1] == speaker
