"""Rule tests of cues in a reporting sense, and of who a frame says speaks.

Hand-built Docs (``tests/handmade.py``), no trained model. A gerund under a
preposition of a verb that is only possible names a way to act ('could defend
herself by claiming'); an inference participle after a comma says what an event
suggests; 'offer' reports only as a quote's introduction; a headline label
with no verb states nothing; a person's act does not carry a phrase set before
it; an infinitive after a quoted noun completes it. 'quoted X complaining',
'criticised X for claiming' and 'a spokesman for X' name X. Each negative has
a positive beside it.
"""

from __future__ import annotations

from tests.components.test_quotes_frames import _quotes
from tests.handmade import parse

# --- gerunds under a preposition: a way to act, or a claim made ------------------

BY_CLAIMING = """
Ann       PROPN compound 1  B-PERSON
Ray       PROPN nsubj    {root} I-PERSON
{modal}
{verb}    VERB  ROOT     {root} O {lemma}
{obj}     NOUN  dobj     {root}
by        ADP   prep     {root}
claiming  VERB  pcomp    {by} O claim
that      SCONJ mark     {made}
she       PRON  nsubj    {made}
had       AUX   aux      {made} O have
made      VERB  ccomp    {claiming} O make
it        PRON  dobj     {made}
up        ADP   prt      {made}
.         PUNCT punct    {root}
"""


def _by_claiming(blank_nlp, resolver, finder, *, modal: bool):
    verb, lemma, obj = (
        ("defend", "defend", "herself")
        if modal
        else (
            "angered",
            "anger",
            "colleagues",
        )
    )
    shift = 1 if modal else 0
    root = 2 + shift
    table = BY_CLAIMING.format(
        modal="could AUX aux 3 O could" if modal else "",
        verb=verb,
        lemma=lemma,
        obj=obj,
        root=root,
        by=root + 2,
        claiming=root + 3,
        made=root + 7,
    )
    text = f"Ann Ray {'could ' if modal else ''}{verb} {obj} by claiming that she had made it up."
    claiming = root + 3
    return _quotes(blank_nlp, text, table, resolver, finder, gerunds=(claiming,))


def test_quotes_by_claiming_under_a_modal_is_no_report(
    blank_nlp, resolver, finder
) -> None:
    assert _by_claiming(blank_nlp, resolver, finder, modal=True) == []


def test_quotes_by_claiming_in_fact_is_a_report(blank_nlp, resolver, finder) -> None:
    assert _by_claiming(blank_nlp, resolver, finder, modal=False) == [
        ("that she had made it up", "indirect", "Ann Ray", "Ann Ray", "claiming")
    ]


# --- inference participles: what an event suggests --------------------------------

SUGGESTING_AFTER_EVENT = """
The         DET   det      1
speech      NOUN  nsubj    2
drew        VERB  ROOT     2  O draw
a           DET   det      5
large       ADJ   amod     5
crowd       NOUN  dobj     2
,           PUNCT punct    2
suggesting  VERB  advcl    2  O suggest
that        SCONJ mark     10
rivals      NOUN  nsubj    10 O rival
were        AUX   ccomp    7  O be
worried     ADJ   acomp    10
.           PUNCT punct    2
"""

SUGGESTING_AFTER_REPORT = """
Ann         PROPN compound 1  B-PERSON
Ray         PROPN nsubj    2  I-PERSON
said        VERB  ROOT     2  O say
the         DET   det      4
sale        NOUN  nsubj    5
was         AUX   ccomp    2  O be
near        ADJ   acomp    5
,           PUNCT punct    5
suggesting  VERB  advcl    5  O suggest
that        SCONJ mark     11
rivals      NOUN  nsubj    11 O rival
were        AUX   ccomp    8  O be
worried     ADJ   acomp    11
.           PUNCT punct    2
"""


def test_quotes_event_suggesting_is_no_report(blank_nlp, resolver, finder) -> None:
    text = "The speech drew a large crowd, suggesting that rivals were worried."
    found = _quotes(
        blank_nlp, text, SUGGESTING_AFTER_EVENT, resolver, finder, gerunds=(7,)
    )
    assert found == []


def test_quotes_reporter_suggesting_is_a_report(blank_nlp, resolver, finder) -> None:
    text = "Ann Ray said the sale was near, suggesting that rivals were worried."
    found = _quotes(
        blank_nlp, text, SUGGESTING_AFTER_REPORT, resolver, finder, gerunds=(8,)
    )
    assert [q[0] for q in found] == [
        "the sale was near",
        "that rivals were worried",
    ]
    assert {q[3] for q in found} == {"Ann Ray"}


# --- 'offer' reports only as an introduction --------------------------------------

OFFERING = """
The       DET   det      1
firm      NOUN  nsubj    2
sold      VERB  ROOT     2  O sell
the       DET   det      4
channels  NOUN  dobj     2  O channel
,         PUNCT punct    2
offering  VERB  advcl    2  O offer
them      PRON  dobj     6
as        ADP   prep     6
"         PUNCT punct    12
premium   ADJ   amod     11
channel   NOUN  compound 12
packages  NOUN  pobj     8  O package
"         PUNCT punct    12
to        ADP   prep     12
viewers   NOUN  pobj     14 O viewer
.         PUNCT punct    2
"""

OFFERED = """
Ann      PROPN compound 1  B-PERSON
Ray      PROPN nsubj    2  I-PERSON
offered  VERB  ROOT     2  O offer
:        PUNCT punct    2
"        PUNCT punct    7
We       PRON  nsubj    7
can      AUX   aux      7
help     VERB  ccomp    2
them     PRON  dobj     7
all      DET   appos    8
.        PUNCT punct    7
"        PUNCT punct    7
"""


def test_quotes_offering_as_a_term_is_no_report(blank_nlp, resolver, finder) -> None:
    text = (
        'The firm sold the channels, offering them as "premium channel packages" '
        "to viewers."
    )
    assert _quotes(blank_nlp, text, OFFERING, resolver, finder, gerunds=(6,)) == []


def test_quotes_offered_introducing_a_quote_reports(
    blank_nlp, resolver, finder
) -> None:
    text = 'Ann Ray offered: "We can help them all."'
    found = _quotes(blank_nlp, text, OFFERED, resolver, finder)
    assert [(q[0], q[1], q[3], q[4]) for q in found] == [
        ("We can help them all.", "direct", "Ann Ray", "offered")
    ]


# --- a headline label states nothing ----------------------------------------------

LABEL = """
Ann      PROPN compound 1 B-PERSON
Ray      PROPN ROOT     1 I-PERSON
:        PUNCT punct    1
The      DET   det      5
acting   VERB  amod     5 O act
outlaw   NOUN  appos    1
\\n\\n   SPACE dep      5
She      PRON  nsubj    8
acts     VERB  ROOT     8 O act
well     ADV   advmod   8
.        PUNCT punct    8
"""


def test_quotes_headline_label_is_no_statement(blank_nlp, resolver, finder) -> None:
    text = "Ann Ray: The acting outlaw\n\nShe acts well."
    assert _quotes(blank_nlp, text, LABEL, resolver, finder) == []


# --- a person's act carries words after it, not a phrase set before it -------------

FRONTED = """
Before      ADP   prep     10
the         DET   det      3
"           PUNCT punct    3
Winter      PROPN pobj     0
of          ADP   prep     3
Discontent  PROPN pobj     4
"           PUNCT punct    3
,           PUNCT punct    10
Ann         PROPN compound 9  B-PERSON
Ray         PROPN nsubj    10 I-PERSON
refused     VERB  ROOT     10 O refuse
to          PART  aux      12
call        VERB  xcomp    10
an          DET   det      14
election    NOUN  dobj     12
.           PUNCT punct    10
"""

THANKED = """
Ann      PROPN compound 1  B-PERSON
Ray      PROPN nsubj    2  I-PERSON
thanked  VERB  ROOT     2  O thank
fans     NOUN  dobj     2  O fan
"        PUNCT punct    5
for      ADP   prep     2
all      DET   predet   8
the      DET   det      8
love     NOUN  pobj     5
and      CCONJ cc       8
support  NOUN  conj     8
"        PUNCT punct    8
on       ADP   prep     2
Sunday   PROPN pobj     12 B-DATE
.        PUNCT punct    2
"""


def test_quotes_phrase_before_an_act_is_no_report(blank_nlp, resolver, finder) -> None:
    text = 'Before the "Winter of Discontent", Ann Ray refused to call an election.'
    assert _quotes(blank_nlp, text, FRONTED, resolver, finder) == []


def test_quotes_words_after_an_act_are_carried(blank_nlp, resolver, finder) -> None:
    text = 'Ann Ray thanked fans "for all the love and support" on Sunday.'
    found = _quotes(blank_nlp, text, THANKED, resolver, finder)
    assert [(q[1], q[3], q[4]) for q in found] == [("indirect", "Ann Ray", "thanked")]


# --- an infinitive after a quoted noun completes it --------------------------------

FAILURE = """
Ann      PROPN compound 1  B-PERSON
Ray      PROPN nsubj    2  I-PERSON
attacked VERB  ROOT     2  O attack
the      DET   det      4
council  NOUN  poss     7
's       PART  case     4
"        PUNCT punct    7
failure  NOUN  dobj     2
"        PUNCT punct    7
to       PART  aux      10
control  VERB  advcl    2  O control
costs    NOUN  dobj     10 O cost
.        PUNCT punct    2
"""


def test_quotes_quoted_noun_keeps_its_infinitive(blank_nlp, resolver, finder) -> None:
    text = 'Ann Ray attacked the council\'s "failure" to control costs.'
    found = _quotes(blank_nlp, text, FAILURE, resolver, finder)
    assert [(q[0], q[3]) for q in found] == [
        ('the council\'s "failure" to control costs', "Ann Ray")
    ]


# --- who speaks: the one quoted, the one blamed for a claim, the one spoken for ----

QUOTED_COMPLAINING = """
The          DET   det      1
paper        NOUN  nsubj    2
quoted       VERB  ROOT     2  O quote
a            DET   det      4
spokesman    NOUN  dobj     2
for          ADP   prep     4
Acme         PROPN compound 6  B-ORG
Holdings     PROPN pobj     5  I-ORG
complaining  VERB  acl      4  O complain
that         SCONJ mark     12
the          DET   det      11
deal         NOUN  nsubj    12
was          AUX   ccomp    8  O be
unfair       ADJ   acomp    12
.            PUNCT punct    2
"""


def test_quotes_quoted_complaining_is_the_quoted_ones(
    blank_nlp, resolver, finder
) -> None:
    text = (
        "The paper quoted a spokesman for Acme Holdings complaining that the deal "
        "was unfair."
    )
    found = _quotes(blank_nlp, text, QUOTED_COMPLAINING, resolver, finder, gerunds=(8,))
    assert found == [
        (
            "that the deal was unfair",
            "indirect",
            "a spokesman",
            "Acme Holdings",
            "complaining",
        )
    ]


FOR_CLAIMING = """
Ann         PROPN compound 1  B-PERSON
Ray         PROPN nsubj    2  I-PERSON
{verb}      VERB  ROOT     2  O {lemma}
{obj}
for         ADP   prep     2
{gerund}    VERB  pcomp    {for_i} O {g_lemma}
the         DET   det      {plan}
plan        NOUN  nsubj    {work}
would       AUX   aux      {work}
work        VERB  ccomp    {g_i}
.           PUNCT punct    2
"""


def test_quotes_criticised_for_claiming_is_the_criticised_ones(
    blank_nlp, resolver, finder
) -> None:
    text = "Ann Ray criticised the council for claiming the plan would work."
    table = FOR_CLAIMING.format(
        verb="criticised",
        lemma="criticise",
        obj="the DET det 4\n council NOUN dobj 2",
        gerund="claiming",
        g_lemma="claim",
        for_i=5,
        g_i=6,
        plan=8,
        work=10,
    )
    found = _quotes(blank_nlp, text, table, resolver, finder, gerunds=(6,))
    assert [(q[0], q[2]) for q in found] == [("the plan would work", "the council")]


def test_quotes_for_claiming_without_object_is_the_subjects(
    blank_nlp, resolver, finder
) -> None:
    text = "Ann Ray angered for claiming the plan would work."
    table = FOR_CLAIMING.format(
        verb="angered",
        lemma="anger",
        obj="",
        gerund="claiming",
        g_lemma="claim",
        for_i=3,
        g_i=4,
        plan=6,
        work=8,
    )
    found = _quotes(blank_nlp, text, table, resolver, finder, gerunds=(4,))
    assert [(q[0], q[3]) for q in found] == [("the plan would work", "Ann Ray")]


SPOKESMAN_FOR = """
A          DET   det      1
spokesman  NOUN  nsubj    5
for        ADP   prep     1
{first}
{second}
said       VERB  ROOT     5  O say
the        DET   det      7
deal       NOUN  nsubj    8
was        AUX   ccomp    5  O be
unfair     ADJ   acomp    8
.          PUNCT punct    5
"""


def test_quotes_spokesman_for_an_organization_speaks_for_it(
    blank_nlp, resolver, finder
) -> None:
    text = "A spokesman for Acme Holdings said the deal was unfair."
    table = SPOKESMAN_FOR.format(
        first="Acme PROPN compound 4 B-ORG", second="Holdings PROPN pobj 2 I-ORG"
    )
    found = _quotes(blank_nlp, text, table, resolver, finder)
    assert [(q[2], q[3]) for q in found] == [("A spokesman", "Acme Holdings")]


def test_quotes_spokesman_for_no_entity_stays_unresolved(
    blank_nlp, resolver, finder
) -> None:
    text = "A spokesman for its clients said the deal was unfair."
    table = SPOKESMAN_FOR.format(
        first="its PRON poss 4", second="clients NOUN pobj 2 O client"
    )
    found = _quotes(blank_nlp, text, table, resolver, finder)
    assert [(q[2], q[3]) for q in found] == [("A spokesman", None)]


# --- a cue set into its report, inverted: 'The danger, said X, head of Y, is ...' ---

INVERTED = """
The          DET   det      2
real         ADJ   amod     2
danger       NOUN  nsubj    4
,            PUNCT punct    4
said         VERB  ROOT     4  O say
Ann          PROPN compound 6  B-PERSON
Ray          PROPN nsubj    13 I-PERSON
,            PUNCT punct    6
head         NOUN  appos    6
of           ADP   prep     8
Acme         PROPN compound 11 B-ORG
Holdings     PROPN pobj     9  I-ORG
,            PUNCT punct    6
is           AUX   ccomp    4  O be
complacency  NOUN  attr     13
.            PUNCT punct    4
"""


def test_quotes_inverted_inserted_cue_keeps_subject_and_speaker(
    blank_nlp, resolver, finder
) -> None:
    text = "The real danger, said Ann Ray, head of Acme Holdings, is complacency."
    found = _quotes(blank_nlp, text, INVERTED, resolver, finder)
    assert found == [
        (
            "The real danger, said Ann Ray, head of Acme Holdings, is complacency",
            "indirect",
            "Ann Ray",
            "Ann Ray",
            "said",
        )
    ]


SAID_THAT = """
Ann     PROPN compound 1 B-PERSON
Ray     PROPN nsubj    2 I-PERSON
said    VERB  ROOT     2 O say
,       PUNCT punct    2
the     DET   det      5
danger  NOUN  nsubj    6
is      AUX   ccomp    2 O be
real    ADJ   acomp    6
.       PUNCT punct    2
"""


def test_quotes_cue_after_its_speaker_is_not_inverted(
    blank_nlp, resolver, finder
) -> None:
    text = "Ann Ray said, the danger is real."
    found = _quotes(blank_nlp, text, SAID_THAT, resolver, finder)
    assert [(q[0], q[2]) for q in found] == [("the danger is real", "Ann Ray")]


# --- a verb after a quote with a clause of its own attributes nothing --------------

AFTER_QUESTION = """
"       PUNCT punct    4
Why     SCONJ advmod   4
would   AUX   aux      4
he      PRON  nsubj    4
stay    VERB  ROOT     4
?       PUNCT punct    4
"       PUNCT punct    4
Ann     PROPN compound 8 B-PERSON
Ray     PROPN nsubj    {verb_i} I-PERSON
{tail}
"""


def test_quotes_verb_with_its_own_clause_after_a_quote_is_no_cue(
    blank_nlp, resolver, finder
) -> None:
    text = '"Why would he stay?" Ann Ray has agreed to coach the team.'
    tail = """has AUX aux 10 O have
agreed VERB ROOT 10 O agree
to PART aux 12
coach VERB xcomp 10
the DET det 14
team NOUN dobj 12
. PUNCT punct 10"""
    table = AFTER_QUESTION.format(verb_i=10, tail=tail)
    found = _quotes(blank_nlp, text, table, resolver, finder)
    assert [q[2:] for q in found if q[0] == "Why would he stay?"] in ([], [(None,) * 3])


def test_quotes_cue_after_a_question_attributes_it(blank_nlp, resolver, finder) -> None:
    text = '"Why would he stay?" Ann Ray asked.'
    tail = """asked VERB ROOT 9 O ask
. PUNCT punct 9"""
    table = AFTER_QUESTION.format(verb_i=9, tail=tail)
    found = _quotes(blank_nlp, text, table, resolver, finder)
    assert [q[2:] for q in found] == [("Ann Ray", "Ann Ray", "asked")]


# --- 'said the 34-year-old', 'the British actor said': the person named before ------

AGED = """
Ann     PROPN compound 1  B-PERSON
Ray     PROPN nsubj    2  I-PERSON
left    VERB  ROOT     2  O leave
the     DET   det      4
match   NOUN  dobj     2
.       PUNCT punct    2
"       PUNCT punct    12
My      PRON  poss     8
hip     NOUN  nsubj    9
hurt    VERB  ccomp    12
,       PUNCT punct    12
"       PUNCT punct    12
said    VERB  ROOT     12 O say
the     DET   det      {old}
34      NUM   nummod   16
-       PUNCT punct    16
year    NOUN  npadvmod 18
-       PUNCT punct    18
{tail}
.       PUNCT punct    12
"""


def test_quotes_age_description_names_the_person_before(
    blank_nlp, resolver, finder
) -> None:
    text = 'Ann Ray left the match. "My hip hurt," said the 34-year-old.'
    table = AGED.format(old=18, tail="old ADJ nsubj 12")
    found = _quotes(blank_nlp, text, table, resolver, finder)
    assert [(q[2], q[3]) for q in found] == [("the 34-year-old", "Ann Ray")]


def test_quotes_age_of_a_thing_names_no_one(blank_nlp, resolver, finder) -> None:
    text = 'Ann Ray left the match. "My hip hurt," said the 34-year-old record holder.'
    tail = "old ADJ amod 20\nrecord NOUN compound 20\nholder NOUN nsubj 12"
    found = _quotes(blank_nlp, text, AGED.format(old=20, tail=tail), resolver, finder)
    assert [q[3] for q in found] == [None]


ORIGIN = """
Tom     PROPN compound 1  B-PERSON
Hale    PROPN nsubj    2  I-PERSON
flew    VERB  ROOT     2  O fly
in      ADV   advmod   2
.       PUNCT punct    2
"       PUNCT punct    13
I       PRON  nsubj    7
came    VERB  ccomp    13 O come
,       PUNCT punct    13
"       PUNCT punct    13
the     DET   det      12
{adj}   ADJ   amod     12 {ent}
actor   NOUN  nsubj    13
said    VERB  ROOT     13 O say
.       PUNCT punct    13
"""


def test_quotes_nationality_description_names_the_person_before(
    blank_nlp, resolver, finder
) -> None:
    text = 'Tom Hale flew in. "I came," the British actor said.'
    table = ORIGIN.format(adj="British", ent="B-NORP")
    found = _quotes(blank_nlp, text, table, resolver, finder)
    assert [(q[2], q[3]) for q in found] == [("the British actor", "Tom Hale")]


def test_quotes_description_without_origin_names_no_one(
    blank_nlp, resolver, finder
) -> None:
    text = 'Tom Hale flew in. "I came," the other actor said.'
    table = ORIGIN.format(adj="other", ent="O")
    found = _quotes(blank_nlp, text, table, resolver, finder)
    assert [(q[2], q[3]) for q in found] == [("the other actor", None)]


QUOTED_PARTIAL = """
The          DET   det      1
paper        NOUN  nsubj    2
quoted       VERB  ROOT     2  O quote
a            DET   det      4
spokesman    NOUN  dobj     2
for          ADP   prep     4
Acme         PROPN compound 6  B-ORG
Holdings     PROPN pobj     5  I-ORG
complaining  VERB  acl      4  O complain
that         SCONJ mark     12
the          DET   det      11
deal         NOUN  nsubj    12
was          AUX   ccomp    8  O be
"            PUNCT punct    15
deeply       ADV   advmod   15
unfair       ADJ   acomp    12
"            PUNCT punct    15
.            PUNCT punct    2
"""


def test_quotes_partial_inside_a_quoted_report_is_one_claim(
    blank_nlp, resolver, finder
) -> None:
    text = (
        "The paper quoted a spokesman for Acme Holdings complaining that the deal "
        'was "deeply unfair".'
    )
    found = _quotes(blank_nlp, text, QUOTED_PARTIAL, resolver, finder, gerunds=(8,))
    assert [(q[1], q[2], q[3]) for q in found] == [
        ("indirect", "a spokesman", "Acme Holdings")
    ]


ARGENTINE = """
Ann        PROPN compound 1  B-PERSON
Ray        PROPN nsubj    2  I-PERSON
beat       VERB  ROOT     2  O beat
{title}
Tom        PROPN compound {hale} B-PERSON
Hale       PROPN dobj     2  I-PERSON
.          PUNCT punct    2
The        DET   det      {arg}
Argentine  PROPN nsubj    {said} B-NORP
said       VERB  ROOT     {said} O say
Ray        PROPN nsubj    {was} B-PERSON
was        AUX   ccomp    {said} O be
lucky      ADJ   acomp    {was}
.          PUNCT punct    {said}
"""


def test_quotes_bare_nationality_names_the_person_it_titled(
    blank_nlp, resolver, finder
) -> None:
    text = "Ann Ray beat Argentine Tom Hale. The Argentine said Ray was lucky."
    table = ARGENTINE.format(
        title="Argentine PROPN compound 5 B-NORP", hale=5, arg=8, said=9, was=11
    )
    found = _quotes(blank_nlp, text, table, resolver, finder)
    assert [(q[2], q[3]) for q in found] == [("Argentine", "Tom Hale")]


def test_quotes_bare_nationality_untitled_names_no_one(
    blank_nlp, resolver, finder
) -> None:
    text = "Ann Ray beat Tom Hale. The Argentine said Ray was lucky."
    table = ARGENTINE.format(title="", hale=4, arg=7, said=8, was=10)
    found = _quotes(blank_nlp, text, table, resolver, finder)
    assert [(q[2], q[3]) for q in found] == [("Argentine", None)]


HER_SPOKESMAN = """
Ann        PROPN compound 1  B-PERSON
Ray        PROPN nsubjpass 3 I-PERSON
is         AUX   auxpass  3  O be
hurt       VERB  ROOT     3  O hurt
.          PUNCT punct    3
{poss}     PRON  poss     6
spokesman  NOUN  nsubj    7
said       VERB  ROOT     7  O say
she        PRON  nsubj    10
was        AUX   aux      10 O be
resting    VERB  ccomp    7  O rest
.          PUNCT punct    7
"""


def test_quotes_her_spokesman_speaks_for_her(blank_nlp, resolver, finder) -> None:
    text = "Ann Ray is hurt. Her spokesman said she was resting."
    found = _quotes(blank_nlp, text, HER_SPOKESMAN.format(poss="Her"), resolver, finder)
    assert [(q[2], q[3]) for q in found] == [("Her spokesman", "Ann Ray")]


def test_quotes_their_spokesman_names_no_person(blank_nlp, resolver, finder) -> None:
    text = "Ann Ray is hurt. Their spokesman said she was resting."
    table = HER_SPOKESMAN.format(poss="Their")
    found = _quotes(blank_nlp, text, table, resolver, finder)
    assert [(q[2], q[3]) for q in found] == [("Their spokesman", None)]


# --- a show's name before a new subject does not hide it from a quote run ----------

SHOW_THEN_SUBJECT = """
"        PUNCT punct    5
We       PRON  nsubj    2
lost     VERB  ccomp    5  O lose
,        PUNCT punct    5
"        PUNCT punct    5
said     VERB  ROOT     5  O say
Tom      PROPN compound 7  B-PERSON
Hale     PROPN nsubj    5  I-PERSON
.        PUNCT punct    5
On       ADP   prep     18
"        PUNCT punct    9
Face     VERB  pcomp    9  B-WORK_OF_ART face
the      DET   det      13 I-WORK_OF_ART
Nation   NOUN  dobj     11 I-WORK_OF_ART nation
,        PUNCT punct    18
"        PUNCT punct    18
Ann      PROPN compound 17 B-PERSON
Ray      PROPN nsubj    18 I-PERSON
praised  VERB  ROOT     18 O praise
the      DET   det      20
team     NOUN  dobj     18
.        PUNCT punct    18
"        PUNCT punct    24
They     PRON  nsubj    24
tried    VERB  ROOT     24 O try
hard     ADV   advmod   24
.        PUNCT punct    24
"        PUNCT punct    24
"""


def test_quotes_show_name_before_new_subject_stops_carry_over(
    blank_nlp, resolver, finder
) -> None:
    text = (
        '"We lost," said Tom Hale. On "Face the Nation," Ann Ray praised the team. '
        '"They tried hard."'
    )
    found = _quotes(blank_nlp, text, SHOW_THEN_SUBJECT, resolver, finder)
    assert [(q[0], q[3]) for q in found] == [
        ("We lost,", "Tom Hale"),
        ("They tried hard.", "Ann Ray"),
    ]


# --- a report still to come: 'is expected to announce', not 'went on to say' -------

TO_ANNOUNCE = """
Ann       PROPN compound 1 B-PERSON
Ray       PROPN {subj}   {root} I-PERSON
{head}
to        PART  aux      5
{verb}    VERB  {dep}    {root} O {lemma}
that      SCONJ mark     9
she       PRON  nsubj    9
will      AUX   aux      9
quit      VERB  ccomp    5 O quit
.         PUNCT punct    {root}
"""


def test_quotes_expected_to_announce_is_no_report(blank_nlp, resolver, finder) -> None:
    text = "Ann Ray is expected to announce that she will quit."
    table = TO_ANNOUNCE.format(
        subj="nsubjpass",
        root=3,
        head="is AUX auxpass 3 O be\nexpected VERB ROOT 3 O expect",
        verb="announce",
        dep="xcomp",
        lemma="announce",
    )
    assert _quotes(blank_nlp, text, table, resolver, finder) == []


def test_quotes_went_on_to_say_is_a_report(blank_nlp, resolver, finder) -> None:
    text = "Ann Ray went on to say that she will quit."
    table = TO_ANNOUNCE.format(
        subj="nsubj",
        root=2,
        head="went VERB ROOT 2 O go\non ADP prt 2",
        verb="say",
        dep="advcl",
        lemma="say",
    )
    found = _quotes(blank_nlp, text, table, resolver, finder)
    assert [(q[0], q[3]) for q in found] == [("that she will quit", "Ann Ray")]


THAT_SAID = """
That     PRON  nsubj     1
said     VERB  parataxis 6 O say
,        PUNCT punct     1
prices   NOUN  nsubj     6 O price
might    AUX   aux       6
have     AUX   aux       6
risen    VERB  ROOT      6 O rise
.        PUNCT punct     6
"""


def test_quotes_that_said_is_a_connective(blank_nlp, resolver, finder) -> None:
    text = "That said, prices might have risen."
    assert _quotes(blank_nlp, text, THAT_SAID, resolver, finder) == []


# --- one person of a firm is no voice of the firm -----------------------------------

FIRM_PERSON = """
The       DET   det      2
Acme      PROPN compound 2 B-ORG
{noun}    NOUN  nsubj    3
admitted  VERB  ROOT     3 O admit
he        PRON  nsubj    6
had       AUX   aux      6 O have
lied      VERB  ccomp    3 O lie
.         PUNCT punct    3
"""


def test_quotes_firm_executive_is_not_the_firm(blank_nlp, resolver, finder) -> None:
    text = "The Acme executive admitted he had lied."
    found = _quotes(
        blank_nlp, text, FIRM_PERSON.format(noun="executive"), resolver, finder
    )
    assert [(q[2], q[3]) for q in found] == [("The Acme executive", None)]


def test_quotes_firm_spokesman_speaks_for_the_firm(blank_nlp, resolver, finder) -> None:
    text = "The Acme spokesman admitted he had lied."
    found = _quotes(
        blank_nlp, text, FIRM_PERSON.format(noun="spokesman"), resolver, finder
    )
    assert [(q[2], q[3]) for q in found] == [("The Acme spokesman", "Acme")]


QUOTED_AS_SAYING_AFTER = """
"       PUNCT punct    7
We      PRON  nsubj    2
won     VERB  ccomp    7 O win
,       PUNCT punct    7
"       PUNCT punct    7
the     DET   det      6
paper   NOUN  nsubj    7
quoted  VERB  ROOT     7 O quote
an      DET   det      9
aide    NOUN  dobj     7
as      ADP   prep     7
saying  VERB  pcomp    10 O say
.       PUNCT punct    7
"""


def test_quotes_paper_quoting_an_aide_after_a_quote_gives_the_aide(
    blank_nlp, resolver, finder
) -> None:
    text = '"We won," the paper quoted an aide as saying.'
    found = _quotes(
        blank_nlp, text, QUOTED_AS_SAYING_AFTER, resolver, finder, gerunds=(11,)
    )
    assert [(q[0], q[2]) for q in found] == [("We won,", "an aide")]


ASKED_IF = """
Asked         VERB  advcl    11 O ask
if            SCONJ mark     3
it            PRON  nsubj    3
was           AUX   advcl    0  O be
a             DET   det      7
"             PUNCT punct    7
decapitation  NOUN  compound 7
strategy      NOUN  attr     3
"             PUNCT punct    11
Ann           PROPN compound 10 B-PERSON
Ray           PROPN nsubj    11 I-PERSON
said          VERB  ROOT     11 O say
it            PRON  nsubj    13
was           AUX   ccomp    11 O be
not           PART  neg      13
.             PUNCT punct    11
"""


def test_quotes_words_of_the_question_are_not_the_answer(
    blank_nlp, resolver, finder
) -> None:
    text = 'Asked if it was a "decapitation strategy" Ann Ray said it was not.'
    doc_quotes = _quotes_tagged(blank_nlp, text, ASKED_IF, resolver, finder)
    assert [(q[0], q[1]) for q in doc_quotes] == [("it was not", "indirect")]


def _quotes_tagged(blank_nlp, text, table, resolver, finder):
    """``_quotes`` with 'Asked' tagged as the participle it is."""
    doc = parse(blank_nlp.vocab, text, table)
    doc[0].tag_ = "VBN"
    doc = finder(resolver(doc))
    names = {entity["id"]: entity["name"] for entity in doc._.ck_entities}
    return [
        (q["text"], q["form"], q["speaker_text"], names.get(q["speaker"]), q["cue"])
        for q in doc._.ck_quotes
    ]


# --- 'X did this, but according to Y, Z': Y's words follow the phrase --------------

ACCORDING_AFTER_BUT = """
Ann           PROPN compound 1  B-PERSON
Ray           PROPN nsubj    2  I-PERSON
went          VERB  ROOT     2  O go
along         ADV   advmod   2
,             PUNCT punct    2
{conj}
according     VERB  prep     {was} O accord
to            ADP   prep     {acc}
those         DET   det      {present}
present       ADJ   pobj     {to}
,             PUNCT punct    {was}
it            PRON  nsubj    {was}
was           AUX   conj     2  O be
embarrassing  ADJ   acomp    {was}
.             PUNCT punct    {was}
"""


def test_quotes_according_after_but_reports_what_follows(
    blank_nlp, resolver, finder
) -> None:
    text = "Ann Ray went along, but according to those present, it was embarrassing."
    table = ACCORDING_AFTER_BUT.format(
        conj="but CCONJ cc 2", was=12, acc=6, present=9, to=7
    )
    found = _quotes(blank_nlp, text, table, resolver, finder)
    assert [(q[0], q[2]) for q in found] == [("it was embarrassing", "those present")]


# --- a short quoted label of a topic, by no one named, is no report ---------------

WARNED_OVER = """
Parties  NOUN  nsubj    1 O party
warned   VERB  ROOT     1 O warn
over     ADP   prep     1
"        PUNCT punct    5
grey     ADJ   amod     5
vote     NOUN  pobj     2
"        PUNCT punct    5
on       ADP   prep     1
Monday   PROPN pobj     7 B-DATE
.        PUNCT punct    1
"""

WARNED_ABOUT = """
Ann        PROPN compound 1 B-PERSON
Ray        PROPN nsubj    2 I-PERSON
warned     VERB  ROOT     2 O warn
about      ADP   prep     2
"          PUNCT punct    7
a          DET   det      7
dangerous  ADJ   amod     7
precedent  NOUN  pobj     3
"          PUNCT punct    7
on         ADP   prep     2
Monday     PROPN pobj     9 B-DATE
.          PUNCT punct    2
"""


def test_quotes_topic_label_by_no_one_is_no_report(blank_nlp, resolver, finder) -> None:
    text = 'Parties warned over "grey vote" on Monday.'
    assert _quotes(blank_nlp, text, WARNED_OVER, resolver, finder) == []


def test_quotes_named_speakers_words_about_a_topic_are_kept(
    blank_nlp, resolver, finder
) -> None:
    text = 'Ann Ray warned about "a dangerous precedent" on Monday.'
    found = _quotes(blank_nlp, text, WARNED_ABOUT, resolver, finder)
    assert [(q[1], q[3]) for q in found] == [("indirect", "Ann Ray")]
