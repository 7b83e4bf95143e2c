"""Speakers that check themselves: rule tests of ck_quotes on hand-built Docs.

A pronoun's antecedent agrees in sex (titles, given names, earlier pronouns),
is named near it, and has no rival the entity typing hid; 'they' stands for an
organization only when nothing else can; a speaker entity is one the syntax
names (the subject, a name in apposition, the organization a spokesman speaks
for), never a name that only modifies the subject ('a Trump aide').
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from claimkit.components.entities import EntityResolver
from claimkit.components.quotes import QuoteFinder
from tests.components.test_quotes_rules import _NEWLINE, _parse


def _run(
    nlp: Language,
    text: str,
    table: str,
    resolver: EntityResolver,
    finder: QuoteFinder,
    relabel: dict[str, str] | None = None,
) -> Doc:
    """ck_entities then ck_quotes; ``relabel`` retypes entities by name first."""
    doc = resolver(_parse(nlp, text, table))
    for entity in doc._.ck_entities:
        entity["label"] = (relabel or {}).get(entity["name"], entity["label"])
    return finder(doc)


def _speakers(doc: Doc) -> list[tuple[Any, ...]]:
    """(speaker words, speaker entity name) of each quote."""
    names = {entity["id"]: entity["name"] for entity in doc._.ck_entities}
    return [(q["speaker_text"], names.get(q["speaker"])) for q in doc._.ck_quotes]


# --- he/she: rivals, titles, distance, ambiguity ---------------------------------------

OWNER_TEXT = (
    "Stella Cafe opened in May . Its owner , Tom Baker , is pleased . "
    "He said sales rose fast ."
)
OWNER = """
Stella  PROPN compound 1  B-PERSON
Cafe    PROPN nsubj    2  I-PERSON
opened  VERB  ROOT     2  O        open
in      ADP   prep     2
May     PROPN pobj     3  B-DATE
.       PUNCT punct    2
Its     PRON  poss     7
owner   NOUN  nsubj    12
,       PUNCT punct    7
Tom     PROPN compound 10 B-PERSON
Baker   PROPN appos    7  I-PERSON
,       PUNCT punct    7
is      AUX   ROOT     12 O        be
pleased ADJ   acomp    12
.       PUNCT punct    12
He      PRON  nsubj    16
said    VERB  ROOT     16 O        say
sales   NOUN  nsubj    18 O        sale
rose    VERB  ccomp    16 O        rise
fast    ADV   advmod   18
.       PUNCT punct    16
"""


@pytest.mark.parametrize(
    ("relabel", "speaker"),
    [({"Tom Baker": "PERSON"}, "Tom Baker"), ({"Tom Baker": "ORG"}, None)],
)
def test_quotes_pronoun_with_a_rival_the_typing_hid_names_no_one(
    blank_nlp, resolver, finder, relabel, speaker
) -> None:
    # Were the owner 'Tom Baker' typed an organization, he is still a name the
    # tagger saw as a person, so 'He' is not given to the (person-typed) cafe
    # named before him; typed a person, he is 'He'
    doc = _run(blank_nlp, OWNER_TEXT, OWNER, resolver, finder, relabel)
    assert _speakers(doc) == [("He", speaker)]


TITLE = """
{title} PROPN compound 1  O
Ortiz   PROPN nsubj    2  B-PERSON
met     VERB  ROOT     2  O        meet
the     DET   det      4
mayor   NOUN  dobj     2
.       PUNCT punct    2
He      PRON  nsubj    7
said    VERB  ROOT     7  O        say
talks   NOUN  nsubj    9  O        talk
went    VERB  ccomp    7  O        go
well    ADV   advmod   9
.       PUNCT punct    7
"""


@pytest.mark.parametrize(("title", "speaker"), [("Mr.", "Ortiz"), ("Mrs.", None)])
def test_quotes_pronoun_disagrees_with_a_title_outside_the_name(
    blank_nlp, resolver, finder, title, speaker
) -> None:
    text = f"{title} Ortiz met the mayor . He said talks went well ."
    doc = _run(blank_nlp, text, TITLE.format(title=title), resolver, finder)
    assert _speakers(doc) == [("He", speaker)]


def _far(gap: int) -> tuple[str, str]:
    """Ann Ray named, ``gap`` paragraphs of other text, then 'She said ...'."""
    text = "Ann Ray runs the farm ."
    table = """
    Ann   PROPN compound 1 B-PERSON
    Ray   PROPN nsubj    2 I-PERSON
    runs  VERB  ROOT     2 O        run
    the   DET   det      4
    farm  NOUN  dobj     2
    .     PUNCT punct    2
    """
    n = 6
    for _ in range(gap):
        text += "\n\nRain came late ."
        table += f"""
        {_NEWLINE * 2} SPACE dep {n + 2}
        Rain  NOUN  nsubj    {n + 2} O rain
        came  VERB  ROOT     {n + 2} O come
        late  ADV   advmod   {n + 2}
        .     PUNCT punct    {n + 2}
        """
        n += 5
    text += "\n\nShe said prices fell fast ."
    table += f"""
    {_NEWLINE * 2} SPACE dep {n + 2}
    She    PRON  nsubj {n + 2}
    said   VERB  ROOT  {n + 2} O say
    prices NOUN  nsubj {n + 4} O price
    fell   VERB  ccomp {n + 2} O fall
    fast   ADV   advmod   {n + 4}
    .      PUNCT punct {n + 2}
    """
    return text, table


@pytest.mark.parametrize(
    ("gap", "speaker"), [(0, "Ann Ray"), (1, "Ann Ray"), (2, None), (3, None)]
)
def test_quotes_pronoun_antecedent_is_named_at_most_two_paragraphs_before(
    blank_nlp, resolver, finder, gap, speaker
) -> None:
    # with ck_entities' own resolution off, ck_quotes looks back itself: only
    # as far as two paragraphs before the pronoun's
    no_pronouns = EntityResolver("ck_entities", resolve_pronouns=False)
    text, table = _far(gap)
    doc = _run(blank_nlp, text, table, no_pronouns, finder)
    assert _speakers(doc) == [("She", speaker)]


TWO = """
Ann   PROPN compound 1 B-PERSON
Ray   PROPN {dep}    {head} I-PERSON
{link} {lpos} {ldep} {lhead}
Bea   PROPN compound 4 B-PERSON
Cole  PROPN {dep2}   {head2} I-PERSON
.     PUNCT punct    {root}
She   PRON  nsubj    7
said  VERB  ROOT     7 O say
prices NOUN nsubj    9 O price
fell  VERB  ccomp    7 O fall
fast  ADV   advmod   9
.     PUNCT punct    7
"""


@pytest.mark.parametrize("resolve", [True, False])
@pytest.mark.parametrize(
    ("text", "fill", "speaker"),
    [
        (
            "Ann Ray met Bea Cole . She said prices fell fast .",
            {
                "dep": "nsubj",
                "head": 2,
                "link": "met",
                "lpos": "VERB",
                "ldep": "ROOT",
                "lhead": 2,
                "dep2": "dobj",
                "head2": 2,
                "root": 2,
            },
            "Ann Ray",
        ),
        (
            "Ann Ray and Bea Cole . She said prices fell fast .",
            {
                "dep": "ROOT",
                "head": 1,
                "link": "and",
                "lpos": "CCONJ",
                "ldep": "cc",
                "lhead": 1,
                "dep2": "conj",
                "head2": 1,
                "root": 1,
            },
            None,
        ),
    ],
)
def test_quotes_pronoun_between_two_people_takes_a_lone_subject(
    blank_nlp, finder, resolve, text, fill, speaker
) -> None:
    resolver = EntityResolver("ck_entities", resolve_pronouns=resolve)
    doc = _run(blank_nlp, text, TWO.format(**fill), resolver, finder)
    assert _speakers(doc) == [("She", speaker)]


def test_quotes_first_person_outside_marks_names_no_entity(
    blank_nlp, resolver, finder
) -> None:
    text = 'Ann Ray runs the farm . " Rain came late , " I said .'
    table = """
    Ann   PROPN compound 1  B-PERSON
    Ray   PROPN nsubj    2  I-PERSON
    runs  VERB  ROOT     2  O        run
    the   DET   det      4
    farm  NOUN  dobj     2
    .     PUNCT punct    2
    "     PUNCT punct    13
    Rain  NOUN  nsubj    8  O        rain
    came  VERB  ccomp    13 O        come
    late  ADV   advmod   8
    ,     PUNCT punct    13
    "     PUNCT punct    13
    I     PRON  nsubj    13
    said  VERB  ROOT     13 O        say
    .     PUNCT punct    13
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert _speakers(doc) == [("I", None)]


# --- they / it: organizations --------------------------------------------------------

THEY = """
Acme    PROPN nsubj    1  B-ORG
{verb}  VERB  ROOT     1  O     {lemma}
{obj}   NOUN  dobj     1  O     {objlemma}
.       PUNCT punct    1
They    PRON  nsubj    5
said    VERB  ROOT     5  O     say
demand  NOUN  nsubj    7
rose    VERB  ccomp    5  O     rise
fast    ADV   advmod   7
.       PUNCT punct    5
"""


@pytest.mark.parametrize(
    ("verb", "lemma", "obj", "objlemma", "speaker"),
    [
        ("reported", "report", "profits", "profit", "Acme"),
        ("hired", "hire", "analysts", "analyst", None),
    ],
)
def test_quotes_they_is_the_organization_only_with_no_people_between(
    blank_nlp, resolver, finder, verb, lemma, obj, objlemma, speaker
) -> None:
    text = f"Acme {verb} {obj} . They said demand rose fast ."
    table = THEY.format(verb=verb, lemma=lemma, obj=obj, objlemma=objlemma)
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert _speakers(doc) == [("They", speaker)]


def test_quotes_they_after_two_organizations_names_no_one(
    blank_nlp, resolver, finder
) -> None:
    text = "Acme and Bolt met . They said demand rose fast ."
    table = """
    Acme    PROPN nsubj    3  B-ORG
    and     CCONJ cc       0
    Bolt    PROPN conj     0  B-ORG
    met     VERB  ROOT     3  O     meet
    .       PUNCT punct    3
    They    PRON  nsubj    6
    said    VERB  ROOT     6  O     say
    demand  NOUN  nsubj    8
    rose    VERB  ccomp    6  O     rise
    fast    ADV   advmod   8
    .       PUNCT punct    6
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert _speakers(doc) == [("They", None)]


# --- what the syntax names -----------------------------------------------------------

ROLE = """
{det}   DET   det      2
{name}  PROPN compound 2  B-{label}
{role}  NOUN  nsubj    3
said    VERB  ROOT     3  O     say
demand  NOUN  nsubj    5
rose    VERB  ccomp    3  O     rise
fast    ADV   advmod   5
.       PUNCT punct    3
"""


@pytest.mark.parametrize(
    ("det", "name", "label", "role", "speaker"),
    [
        ("An", "Acme", "ORG", "spokesman", "Acme"),
        ("A", "Trump", "PERSON", "aide", None),
    ],
)
def test_quotes_a_name_modifying_the_subject_speaks_only_as_its_organization(
    blank_nlp, resolver, finder, det, name, label, role, speaker
) -> None:
    text = f"{det} {name} {role} said demand rose fast ."
    table = ROLE.format(det=det, name=name, label=label, role=role)
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert _speakers(doc) == [(f"{det} {name} {role}", speaker)]


def test_quotes_an_adjective_typed_as_an_organization_is_no_speaker(
    blank_nlp, resolver, finder
) -> None:
    text = "Principal researcher said demand rose fast ."
    table = """
    Principal  ADJ   amod     1
    researcher NOUN  nsubj    2
    said       VERB  ROOT     2  O     say
    demand     NOUN  nsubj    4
    rose       VERB  ccomp    2  O     rise
    fast       ADV   advmod   4
    .          PUNCT punct    2
    """
    doc = resolver(_parse(blank_nlp, text, table))
    # an entity typing that took the capital for an organization's name
    mention = {"text": "Principal", "start": 0, "end": 9}
    doc._.ck_entities = [
        {"id": "e0", "label": "ORG", "name": "Principal", "mentions": [mention]}
    ]
    doc = finder(doc)
    assert _speakers(doc) == [("Principal researcher", None)]


SPOKES = """
A          DET   det      1
spokesman  NOUN  nsubj    8
for        ADP   prep     1
Acme       PROPN pobj     2  B-ORG
,          PUNCT punct    3
Jo         PROPN compound 6  B-{label}
Ng         PROPN appos    3  I-{label}
,          PUNCT punct    3
said       VERB  ROOT     8  O     say
demand     NOUN  nsubj    10
rose       VERB  ccomp    8  O     rise
fast       ADV   advmod   10
.          PUNCT punct    8
"""


@pytest.mark.parametrize(("label", "speaker"), [("PERSON", "Jo Ng"), ("GPE", None)])
def test_quotes_a_person_in_apposition_to_the_role_nouns_object_speaks(
    blank_nlp, resolver, finder, label, speaker
) -> None:
    text = "A spokesman for Acme , Jo Ng , said demand rose fast ."
    doc = _run(blank_nlp, text, SPOKES.format(label=label), resolver, finder)
    (found,) = _speakers(doc)
    if speaker is None:
        assert found[0] == "A spokesman"
    else:
        assert found == (speaker, speaker)


INTERVIEW = """
Jo         PROPN compound 1  B-PERSON
Ng         PROPN nsubj    2  I-PERSON
said       VERB  ROOT     2  O     say
in         ADP   prep     2
an         DET   det      5
interview  NOUN  pobj     3
that       {that}
{rest}
.          PUNCT punct    2
"""


def test_quotes_that_clause_hung_on_a_noun_is_still_reported(
    blank_nlp, resolver, finder
) -> None:
    text = "Jo Ng said in an interview that shelters were full ."
    rest = """
    shelters   NOUN  nsubj    8
    were       AUX   acl      5  O     be
    full       ADJ   acomp    8
    """
    table = INTERVIEW.format(that="SCONJ mark 8", rest=rest)
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert [(q["text"], q["form"]) for q in doc._.ck_quotes] == [
        ("that shelters were full", "indirect")
    ]
    assert _speakers(doc) == [("Jo Ng", "Jo Ng")]


def test_quotes_relative_clause_on_a_noun_is_no_report(
    blank_nlp, resolver, finder
) -> None:
    text = "Jo Ng said in an interview that aired Monday ."
    rest = """
    aired      VERB  relcl    5  O     air
    Monday     PROPN npadvmod 7  B-DATE
    """
    table = INTERVIEW.format(that="PRON nsubj 7", rest=rest)
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert doc._.ck_quotes == []


# --- ck_entities' own pronoun resolution ------------------------------------------------

HIRED = """
Tom    PROPN compound 1  B-PERSON
Baker  PROPN nsubj    2  I-PERSON
hired  VERB  ROOT     2  O        hire
Ann    PROPN compound 4  B-PERSON
Ray    PROPN dobj     2  I-PERSON
.      PUNCT punct    2
He     PRON  nsubj    7
spoke  VERB  ROOT     7  O        speak
.      PUNCT punct    7
He     PRON  nsubj    10
left   VERB  ROOT     10 O        leave
.      PUNCT punct    10
"""
HIRED_TEXT = "Tom Baker hired Ann Ray . He spoke . He left ."


@pytest.mark.parametrize(("baker", "linked"), [("PERSON", ["He", "He"]), ("ORG", [])])
def test_entities_pronoun_chain_and_a_rival_typed_otherwise(
    blank_nlp, resolver, baker, linked
) -> None:
    from claimkit.components.entities.pronouns import _add_pronouns

    doc = _parse(blank_nlp, HIRED_TEXT, HIRED)
    tom = {"text": "Tom Baker", "start": 0, "end": 9}
    ray = {"text": "Ann Ray", "start": 16, "end": 23}
    entities = [
        {"id": "e0", "label": baker, "name": "Tom Baker", "mentions": [tom]},
        {"id": "e1", "label": "PERSON", "name": "Ann Ray", "mentions": [ray]},
    ]
    texts = [t.text for t in doc]
    sents = [(s.start, s.end) for s in doc.sents]
    _add_pronouns(doc, texts, sents, entities, resolver)
    # typed PERSON, the subject Tom Baker is the first 'He', and the second
    # through the first (its own sentence names no one); typed ORG, he is a
    # rival subject that leaves both unresolved rather than given to Ann Ray
    assert [m["text"] for m in entities[0]["mentions"][1:]] == linked
    assert [m["text"] for m in entities[1]["mentions"]] == ["Ann Ray"]


# --- rivals: role nouns, mixed people; passive agents; post-nominals ------------------

ROLE_RIVAL = """
Ann       PROPN compound 1  B-PERSON
Ray       PROPN nsubj    2  I-PERSON
spoke     VERB  ROOT     2  O        speak
.         PUNCT punct    2
{det}     DET   det      5
{noun}    NOUN  nsubj    6
left      VERB  ROOT     6  O        leave
.         PUNCT punct    6
She       PRON  nsubj    9
said      VERB  ROOT     9  O        say
prices    NOUN  nsubj    11 O        price
fell      VERB  ccomp    9  O        fall
fast      ADV   advmod   11
.         PUNCT punct    9
"""


@pytest.mark.parametrize(
    ("det", "noun", "speaker"),
    [("The", "spokeswoman", None), ("The", "rain", "Ann Ray")],
)
def test_quotes_a_role_noun_subject_between_is_a_rival(
    blank_nlp, finder, det, noun, speaker
) -> None:
    # 'The spokeswoman left. She said': she is likelier the spokeswoman, who
    # names no entity, than Ann Ray; a subject that is no person is no rival
    no_pronouns = EntityResolver("ck_entities", resolve_pronouns=False)
    text = f"Ann Ray spoke . {det} {noun} left . She said prices fell fast ."
    table = ROLE_RIVAL.format(det=det, noun=noun)
    doc = _run(blank_nlp, text, table, no_pronouns, finder)
    assert _speakers(doc) == [("She", speaker)]


AGENT = """
Ann       PROPN compound 1  B-PERSON
Ray       PROPN nsubj    2  I-PERSON
spoke     VERB  ROOT     2  O        speak
.         PUNCT punct    2
It        PRON  nsubjpass 6
was       AUX   auxpass  6  O        be
denied    VERB  ROOT     6  O        deny
by        ADP   agent    6
Tom       PROPN compound 9  B-PERSON
Reed      PROPN pobj     7  I-PERSON
.         PUNCT punct    6
He        PRON  nsubj    12
said      VERB  ROOT     12 O        say
prices    NOUN  nsubj    14 O        price
fell      VERB  ccomp    12 O        fall
fast      ADV   advmod   14
.         PUNCT punct    12
"""


def test_quotes_the_agent_of_a_passive_is_a_subject_for_pronouns(
    blank_nlp, finder
) -> None:
    # 'It was denied by Tom Reed. He said': the agent acts, so he is the
    # subject named last; Ann Ray spoke before him
    no_pronouns = EntityResolver("ck_entities", resolve_pronouns=False)
    text = "Ann Ray spoke . It was denied by Tom Reed . He said prices fell fast ."
    doc = _run(blank_nlp, text, AGENT, no_pronouns, finder)
    assert _speakers(doc) == [("He", "Tom Reed")]


def test_quotes_a_person_of_mixed_sex_is_two_people_joined(
    blank_nlp, resolver, finder
) -> None:
    # ck_entities joined 'Tom Reed' and 'Mrs Reed': 'she' is not given to the
    # man, nor to anyone, since the joined entity is a rival
    text = "Mrs Reed met Tom Reed . She said prices fell fast ."
    table = """
    Mrs     PROPN compound 1  O
    Reed    PROPN nsubj    2  B-PERSON
    met     VERB  ROOT     2  O        meet
    Tom     PROPN compound 4  B-PERSON
    Reed    PROPN dobj     2  I-PERSON
    .       PUNCT punct    2
    She     PRON  nsubj    7
    said    VERB  ROOT     7  O        say
    prices  NOUN  nsubj    9  O        price
    fell    VERB  ccomp    7  O        fall
    fast    ADV   advmod   9
    .       PUNCT punct    7
    """
    doc = resolver(_parse(blank_nlp, text, table))
    doc._.ck_entities = [
        {
            "id": "e0",
            "label": "PERSON",
            "name": "Tom Reed",
            "mentions": [
                {"text": "Reed", "start": 4, "end": 8},
                {"text": "Tom Reed", "start": 13, "end": 21},
            ],
        }
    ]
    doc = finder(doc)
    assert _speakers(doc) == [("She", None)]


def test_quotes_a_name_with_a_post_nominal_is_its_entity(
    blank_nlp, resolver, finder
) -> None:
    text = "Guy Moss QC said prices fell fast ."
    table = """
    Guy     PROPN compound 2  B-PERSON
    Moss    PROPN compound 2  I-PERSON
    QC      PROPN nsubj    3
    said    VERB  ROOT     3  O        say
    prices  NOUN  nsubj    5  O        price
    fell    VERB  ccomp    3  O        fall
    fast    ADV   advmod   5
    .       PUNCT punct    3
    """
    doc = resolver(_parse(blank_nlp, text, table))
    mention = {"text": "Guy Moss", "start": 0, "end": 8}
    doc._.ck_entities = [
        {"id": "e0", "label": "PERSON", "name": "Guy Moss", "mentions": [mention]}
    ]
    doc = finder(doc)
    # the parse heads the name with 'QC': the name's own words still name it
    assert _speakers(doc) == [("Guy Moss QC", "Guy Moss")]


IT = """
{first}   {pos}  compound 1  {ent}
{second}  {pos2} nsubj    2  {ent2}
said      VERB   ROOT     2  O        say
.         PUNCT  punct    2
It        PRON   nsubj    5
said      VERB   ROOT     5  O        say
prices    NOUN   nsubj    7  O        price
fell      VERB   ccomp    5  O        fall
fast      ADV    advmod   7
.         PUNCT  punct    5
"""


@pytest.mark.parametrize(
    ("first", "second", "speaker"),
    [("Acme", "Foods", "Acme Foods"), ("The", "report", None)],
)
def test_quotes_it_is_the_organization_only_as_the_subject_named_last(
    blank_nlp, resolver, finder, first, second, speaker
) -> None:
    # 'The report said. It said': the report speaks, not an organization named
    # earlier in the text
    named = first == "Acme"
    table = IT.format(
        first=first,
        second=second,
        pos="PROPN" if named else "DET",
        pos2="PROPN" if named else "NOUN",
        ent="B-ORG" if named else "O",
        ent2="I-ORG" if named else "O",
    ).replace("compound 1", "compound 1" if named else "det      1")
    text = f"Acme Foods sued . {first} {second} said . It said prices fell fast ."
    prefix = """
    Acme   PROPN compound 1 B-ORG
    Foods  PROPN nsubj    2 I-ORG
    sued   VERB  ROOT     2 O sue
    .      PUNCT punct    2
    """
    rows = [r.split() for r in table.strip().splitlines()]
    shifted = "\n".join(" ".join([*r[:3], str(int(r[3]) + 4), *r[4:]]) for r in rows)
    doc = _run(blank_nlp, text, prefix + shifted, resolver, finder)
    assert _speakers(doc)[-1] == ("It", speaker)


FIRM = """
Acme    PROPN compound 1  B-ORG
Foods   PROPN nsubj    2  I-ORG
grew    VERB  ROOT     2  O     grow
.       PUNCT punct    2
{owner} PROPN poss     6  B-ORG
{poss}  PART  case     4
sales   NOUN  nsubj    7  O     sale
rose    VERB  ROOT     7  O     rise
.       PUNCT punct    7
The     DET   det      10
{noun}  {npos} nsubj   11
said    VERB  ROOT     11 O     say
prices  NOUN  nsubj    13 O     price
fell    VERB  ccomp    11 O     fall
fast    ADV   advmod   13
.       PUNCT punct    11
"""


IT_FIRM = """
Acme    PROPN compound 1  B-ORG
Foods   PROPN nsubj    2  I-ORG
beat    VERB  ROOT     2  O     beat
{obj}   {opos} dobj    2  {oent}
.       PUNCT punct    2
It      PRON  nsubj    6
said    VERB  ROOT     6  O     say
prices  NOUN  nsubj    8  O     price
fell    VERB  ccomp    6  O     fall
fast    ADV   advmod   8
.       PUNCT punct    6
"""


@pytest.mark.parametrize(("owner", "speaker"), [("Acme", "Acme Foods"), ("ZTE", None)])
def test_quotes_the_firm_is_no_organization_when_another_is_named_since(
    blank_nlp, resolver, finder, owner, speaker
) -> None:
    # 'Acme Foods grew. ZTE's sales rose. The firm said': Acme Foods is the
    # subject named last, but ZTE is named since: either may be meant. (An
    # acronym, because ck_entities leaves out a lone word only the model
    # calls an organization.)
    text = f"Acme Foods grew . {owner} 's sales rose . The firm said prices fell fast ."
    table = FIRM.format(owner=owner, poss="'s", noun="firm", npos="NOUN")
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert _speakers(doc)[-1][1] == speaker


@pytest.mark.parametrize(
    ("obj", "opos", "oent", "speaker"),
    [("rivals", "NOUN", "O", "Acme Foods"), ("ZTE", "PROPN", "B-ORG", None)],
)
def test_quotes_it_is_no_organization_when_another_is_named_since(
    blank_nlp, resolver, finder, obj, opos, oent, speaker
) -> None:
    text = f"Acme Foods beat {obj} . It said prices fell fast ."
    table = IT_FIRM.format(obj=obj, opos=opos, oent=oent)
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert _speakers(doc) == [("It", speaker)]


CHAIN = """
Acme     PROPN compound 1  B-ORG
Foods    PROPN nsubj    2  I-ORG
grew     VERB  ROOT     2  O     grow
.        PUNCT punct    2
The      DET   det      5
company  NOUN  nsubj    6
said     VERB  ROOT     6  O     say
{sub}    NOUN  nsubj    8  O     {sublemma}
rose     VERB  ccomp    6  O     rise
.        PUNCT punct    6
It       PRON  nsubj    11
said     VERB  ROOT     11 O     say
prices   NOUN  nsubj    13 O     price
fell     VERB  ccomp    11 O     fall
fast     ADV   advmod   13
.        PUNCT punct    11
"""


def test_quotes_it_goes_through_the_company_past_a_reported_subject(
    blank_nlp, resolver, finder
) -> None:
    # 'Acme Foods grew. The company said sales rose. It said': 'sales' is the
    # subject of the reported clause, no antecedent; 'the company' is Acme
    text = "Acme Foods grew . The company said sales rose . It said prices fell fast ."
    doc = _run(
        blank_nlp, text, CHAIN.format(sub="sales", sublemma="sale"), resolver, finder
    )
    assert _speakers(doc)[-1] == ("It", "Acme Foods")


def test_quotes_a_name_after_a_person_noun_is_not_the_spokesman(
    blank_nlp, resolver, finder
) -> None:
    text = "A spokesman for the prosecutor , Jo Ng , said demand rose fast ."
    table = """
    A          DET   det      1
    spokesman  NOUN  nsubj    9
    for        ADP   prep     1
    the        DET   det      4
    prosecutor NOUN  pobj     2
    ,          PUNCT punct    4
    Jo         PROPN compound 7  B-PERSON
    Ng         PROPN appos    4  I-PERSON
    ,          PUNCT punct    4
    said       VERB  ROOT     9  O     say
    demand     NOUN  nsubj    11
    rose       VERB  ccomp    9  O     rise
    fast       ADV   advmod   11
    .          PUNCT punct    9
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert _speakers(doc) == [("A spokesman", None)]
