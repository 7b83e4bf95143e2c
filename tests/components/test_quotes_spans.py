"""Where a reported span starts and ends, on hand-built Docs (no model).

A cue set into its report ('The fee, she argued, ...') reports the sentence
around it; a report before its cue keeps its participles; a report after its
cue ends before a second report with a speaker of its own, and before the main
clause that a cue's opening phrase hangs on; 'according to' inside someone's
report is part of it; an apposition after 'according to X,' is the source's.
Positives stand beside each negative.
"""

from __future__ import annotations

from tests.components.test_quotes_frames import _quotes as _tagged_quotes
from tests.components.test_quotes_rules import _quotes, _run

# --- a cue set into its report -----------------------------------------------------


def test_cue_set_off_by_commas_reports_the_sentence_around_it(
    blank_nlp, resolver, finder
) -> None:
    text = "The fee was so high, Ann Ray argued, that small firms would close."
    table = """
    The     DET   det      1
    fee     NOUN  nsubj    2
    was     AUX   ccomp    8 O be
    so      ADV   advmod   4
    high    ADJ   acomp    2
    ,       PUNCT punct    8
    Ann     PROPN compound 7 B-PERSON
    Ray     PROPN nsubj    8 I-PERSON
    argued  VERB  ROOT     8 O argue
    ,       PUNCT punct    8
    that    SCONJ mark     13
    small   ADJ   amod     12
    firms   NOUN  nsubj    13 O firm
    would   AUX   aux      14
    close   VERB  ccomp    8
    .       PUNCT punct    8
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert _quotes(doc) == [
        (
            "The fee was so high, Ann Ray argued, that small firms would close",
            "indirect",
            "Ann Ray",
            "Ann Ray",
            "argued",
        )
    ]


def test_clauses_on_both_sides_of_a_cue_not_set_off(
    blank_nlp, resolver, finder
) -> None:
    # 'It was a bad year; Ann Ray says the firm will recover': the clause
    # before the semicolon is the writer's
    text = "It was a bad year; Ann Ray says the firm will recover."
    table = """
    It      PRON  nsubj    1
    was     AUX   ccomp    8 O be
    a       DET   det      4
    bad     ADJ   amod     4
    year    NOUN  attr     1
    ;       PUNCT punct    8
    Ann     PROPN compound 7 B-PERSON
    Ray     PROPN nsubj    8 I-PERSON
    says    VERB  ROOT     8 O say
    the     DET   det      10
    firm    NOUN  nsubj    12
    will    AUX   aux      12
    recover VERB  ccomp    8
    .       PUNCT punct    8
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert _quotes(doc) == [
        ("the firm will recover", "indirect", "Ann Ray", "Ann Ray", "says")
    ]


_INSERTED = """
That    PRON  nsubj    6
might   AUX   aux      6
,       PUNCT punct    4
she     PRON  nsubj    4
warns   VERB  parataxis 6 O warn
,       PUNCT punct    4
raise   VERB  ROOT     6
prices  NOUN  dobj     6 O price
.       PUNCT punct    6
"""


def test_inserted_cue_after_a_short_subject_keeps_it(
    blank_nlp, resolver, finder
) -> None:
    text = "That might, she warns, raise prices."
    doc = _run(blank_nlp, text, _INSERTED, resolver, finder)
    assert [q[:2] for q in _quotes(doc)] == [
        ("That might, she warns, raise prices", "indirect")
    ]


def test_inserted_cue_after_one_word_reports_the_other_side(
    blank_nlp, resolver, finder
) -> None:
    text = "Yes, she said, the port will grow."
    table = """
    Yes     INTJ  intj     3
    ,       PUNCT punct    3
    she     PRON  nsubj    3
    said    VERB  parataxis 8 O say
    ,       PUNCT punct    3
    the     DET   det      6
    port    NOUN  nsubj    8
    will    AUX   aux      8
    grow    VERB  ROOT     8
    .       PUNCT punct    8
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert [q[:2] for q in _quotes(doc)] == [("the port will grow", "indirect")]


# --- a report before its cue keeps its participles ------------------------------------


def test_report_before_its_cue_keeps_a_participle(blank_nlp, resolver, finder) -> None:
    text = "The cuts would fund nurses, hiring more staff, Ann Ray said."
    table = """
    The     DET   det      1
    cuts    NOUN  nsubj    3 O cut
    would   AUX   aux      3
    fund    VERB  ccomp    12
    nurses  NOUN  dobj     3 O nurse
    ,       PUNCT punct    3
    hiring  VERB  advcl    3 O hire
    more    ADJ   amod     8
    staff   NOUN  dobj     6
    ,       PUNCT punct    12
    Ann     PROPN compound 11 B-PERSON
    Ray     PROPN nsubj    12 I-PERSON
    said    VERB  ROOT     12 O say
    .       PUNCT punct    12
    """
    quotes = _tagged_quotes(blank_nlp, text, table, resolver, finder, gerunds=(6,))
    assert [q[:3] for q in quotes] == [
        ("The cuts would fund nurses, hiring more staff", "indirect", "Ann Ray")
    ]


def test_report_after_its_cue_ends_before_the_reporters_act(
    blank_nlp, resolver, finder
) -> None:
    text = "Ann Ray said the port would grow, predicting more jobs."
    table = """
    Ann        PROPN compound 1 B-PERSON
    Ray        PROPN nsubj    2 I-PERSON
    said       VERB  ROOT     2 O say
    the        DET   det      4
    port       NOUN  nsubj    6
    would      AUX   aux      6
    grow       VERB  ccomp    2
    ,          PUNCT punct    2
    predicting VERB  advcl    2 O predict
    more       ADJ   amod     10
    jobs       NOUN  dobj     8 O job
    .          PUNCT punct    2
    """
    quotes = _tagged_quotes(blank_nlp, text, table, resolver, finder, gerunds=(8,))
    assert [q[:3] for q in quotes] == [("the port would grow", "indirect", "Ann Ray")]


# --- a report ends before a second report and before the main clause ----------------

_TWO_REPORTS = """
Ann     PROPN compound 1 B-PERSON
Ray     PROPN nsubj    2 I-PERSON
said    VERB  ROOT     2 O say
the     DET   det      4
port    NOUN  nsubj    6
would   AUX   aux      6
grow    VERB  ccomp    2
,       PUNCT punct    2
but     CCONJ cc       2
{subject}
said    VERB  conj     2 O say
{rest}
"""


def test_report_ends_before_a_second_speakers_report(
    blank_nlp, resolver, finder
) -> None:
    text = "Ann Ray said the port would grow, but Tom Reed said it would shrink."
    table = _TWO_REPORTS.format(
        subject="Tom PROPN compound 10 B-PERSON\nReed PROPN nsubj 11 I-PERSON",
        rest="it PRON nsubj 14\nwould AUX aux 14\nshrink VERB ccomp 11\n"
        ". PUNCT punct 2",
    )
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert [q[:3] for q in _quotes(doc)] == [
        ("the port would grow", "indirect", "Ann Ray"),
        ("it would shrink", "indirect", "Tom Reed"),
    ]


def test_a_clause_whose_subject_speaks_for_no_one_is_no_second_report(
    blank_nlp, resolver, finder
) -> None:
    # 'add' is a cue lemma, but 'it would add noise' is the same report
    text = "Ann Ray said the port would grow, but it would add noise."
    table = """
    Ann     PROPN compound 1 B-PERSON
    Ray     PROPN nsubj    2 I-PERSON
    said    VERB  ROOT     2 O say
    the     DET   det      4
    port    NOUN  nsubj    6
    would   AUX   aux      6
    grow    VERB  ccomp    2
    ,       PUNCT punct    6
    but     CCONJ cc       6
    it      PRON  nsubj    11
    would   AUX   aux      11
    add     VERB  conj     6
    noise   NOUN  dobj     11
    .       PUNCT punct    2
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert [q[:3] for q in _quotes(doc)] == [
        ("the port would grow, but it would add noise", "indirect", "Ann Ray")
    ]


def test_report_in_an_opening_phrase_ends_before_the_main_clause(
    blank_nlp, resolver, finder
) -> None:
    text = "While claiming the port would grow, Acme cut its budget."
    table = """
    While    SCONJ mark     1
    claiming VERB  advcl    8 O claim
    the      DET   det      3
    port     NOUN  nsubj    5
    would    AUX   aux      5
    grow     VERB  ccomp    1
    ,        PUNCT punct    8
    Acme     PROPN nsubj    8 B-ORG
    cut      VERB  ROOT     8
    its      PRON  poss     10
    budget   NOUN  dobj     8
    .        PUNCT punct    8
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert [q[:2] for q in _quotes(doc)] == [("the port would grow", "indirect")]


# --- 'according to' ---------------------------------------------------------------


def test_according_to_inside_a_report_is_part_of_it(
    blank_nlp, resolver, finder
) -> None:
    text = "Ann Ray said the fee should be paid, according to the handbook."
    table = """
    Ann       PROPN compound 1 B-PERSON
    Ray       PROPN nsubj    2 I-PERSON
    said      VERB  ROOT     2 O say
    the       DET   det      4
    fee       NOUN  nsubjpass 7
    should    AUX   aux      7
    be        AUX   auxpass  7
    paid      VERB  ccomp    2 O pay
    ,         PUNCT punct    2
    according VERB  prep     2 O accord
    to        ADP   prep     9
    the       DET   det      12
    handbook  NOUN  pobj     10
    .         PUNCT punct    2
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert [q[:3] for q in _quotes(doc)] == [
        ("the fee should be paid, according to the handbook", "indirect", "Ann Ray")
    ]


_ACCORDING = """
According VERB  prep     {root} O accord
to        ADP   prep     0
a         DET   det      4
new       ADJ   amod     4
report    NOUN  pobj     1
,         PUNCT punct    {root}
{middle}
"""


def test_according_to_skips_an_apposition_naming_the_source_again(
    blank_nlp, resolver, finder
) -> None:
    text = "According to a new report, Port Futures by Tom Reed, cargo will double."
    table = _ACCORDING.format(
        root=14,
        middle="""
        Port    PROPN compound 7
        Futures PROPN nsubj    14
        by      ADP   prep     7
        Tom     PROPN compound 10 B-PERSON
        Reed    PROPN pobj     8 I-PERSON
        ,       PUNCT punct    14
        cargo   NOUN  nsubj    14
        will    AUX   aux      14
        double  VERB  ROOT     14
        .       PUNCT punct    14
        """,
    )
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert [q[:2] for q in _quotes(doc)] == [("cargo will double", "indirect")]


def test_according_to_keeps_a_subject_set_off_by_commas(
    blank_nlp, resolver, finder
) -> None:
    text = "According to a new report, the port, which is old, will close."
    table = _ACCORDING.format(
        root=15,
        middle="""
        the     DET   det      7
        port    NOUN  nsubj    15
        ,       PUNCT punct    7
        which   PRON  nsubj    10
        is      AUX   relcl    7 O be
        old     ADJ   acomp    10
        ,       PUNCT punct    7
        will    AUX   aux      15
        close   VERB  ROOT     15
        .       PUNCT punct    15
        """,
    )
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert [q[:2] for q in _quotes(doc)] == [
        ("the port, which is old, will close", "indirect")
    ]


# --- a quoted phrase in a second report; a passive verb's agent ---------------------


def test_quoted_phrase_in_a_second_report_is_that_speakers(
    blank_nlp, resolver, finder
) -> None:
    text = 'Acme says the port will grow, while Tom Reed says it means "more noise".'
    table = """
    Acme    PROPN nsubj    1 B-ORG
    says    VERB  ROOT     1 O say
    the     DET   det      3
    port    NOUN  nsubj    5
    will    AUX   aux      5
    grow    VERB  ccomp    1
    ,       PUNCT punct    5
    while   SCONJ mark     10
    Tom     PROPN compound 9 B-PERSON
    Reed    PROPN nsubj    10 I-PERSON
    says    VERB  advcl    5 O say
    it      PRON  nsubj    12
    means   VERB  ccomp    10 O mean
    "       PUNCT punct    15
    more    ADJ   amod     15
    noise   NOUN  dobj     12
    "       PUNCT punct    15
    .       PUNCT punct    1
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert [q[:3] for q in _quotes(doc)] == [
        ("the port will grow", "indirect", "Acme"),
        ('it means "more noise"', "indirect", "Tom Reed"),
    ]


_LABELLED = """
The      DET   det      1
fee      NOUN  nsubjpass 3
was      AUX   auxpass  3 O be
labelled VERB  ROOT     3 O label
a        DET   det      7
"        PUNCT punct    7
tax      NOUN  compound 7
grab     NOUN  oprd     3
"        PUNCT punct    7
{agent}
.        PUNCT punct    3
"""


def test_passive_characterization_is_its_agents(blank_nlp, resolver, finder) -> None:
    text = 'The fee was labelled a "tax grab" by Acme.'
    table = _LABELLED.format(agent="by ADP agent 3\nAcme PROPN pobj 9 B-ORG")
    doc = _run(blank_nlp, text, table, resolver, finder)
    quotes = _quotes(doc)
    assert quotes and all(q[2] == "Acme" and "by" not in q[0] for q in quotes)


def test_passive_characterization_without_agent_names_no_speaker(
    blank_nlp, resolver, finder
) -> None:
    text = 'The fee was labelled a "tax grab".'
    doc = _run(blank_nlp, text, _LABELLED.format(agent=""), resolver, finder)
    assert all(q[2] != "The fee" for q in _quotes(doc))


# --- what someone is expected to say is no report -----------------------------------

_SAYING = """
Ann     PROPN compound 1 B-PERSON
Ray     PROPN nsubj    4 I-PERSON
{aux}   AUX   aux      4 O {aux_lemma}
{be}    AUX   aux      4 O be
saying  VERB  ROOT     4 O say
the     DET   det      6
port    NOUN  nsubj    7
failed  VERB  ccomp    4 O fail
.       PUNCT punct    4
"""


def test_will_be_saying_reports_nothing_yet(blank_nlp, resolver, finder) -> None:
    text = "Ann Ray will be saying the port failed."
    table = _SAYING.format(aux="will", aux_lemma="will", be="be")
    quotes = _tagged_quotes(blank_nlp, text, table, resolver, finder, gerunds=(4,))
    assert quotes == []


def test_has_been_saying_reports(blank_nlp, resolver, finder) -> None:
    text = "Ann Ray has been saying the port failed."
    table = _SAYING.format(aux="has", aux_lemma="have", be="been")
    quotes = _tagged_quotes(blank_nlp, text, table, resolver, finder, gerunds=(4,))
    assert [q[:3] for q in quotes] == [("the port failed", "indirect", "Ann Ray")]


# --- the writer's inference; a characterization urged against -----------------------

_SUGGESTS = """
{subject}
suggests VERB  ROOT     {root} O suggest
the      DET   det      {det}
port     NOUN  nsubj    {verb}
will     AUX   aux      {verb}
grow     VERB  ccomp    {root}
.        PUNCT punct    {root}
"""


def test_that_suggests_is_the_writers_inference(blank_nlp, resolver, finder) -> None:
    text = "That suggests the port will grow."
    table = _SUGGESTS.format(subject="That PRON nsubj 1", root=1, det=3, verb=5)
    assert _quotes(_run(blank_nlp, text, table, resolver, finder)) == []


def test_a_study_suggests_reports(blank_nlp, resolver, finder) -> None:
    text = "The study suggests the port will grow."
    table = _SUGGESTS.format(
        subject="The DET det 1\nstudy NOUN nsubj 2", root=2, det=4, verb=6
    )
    quotes = _quotes(_run(blank_nlp, text, table, resolver, finder))
    assert [q[:3] for q in quotes] == [("the port will grow", "indirect", "The study")]


_CALL = """
Ann     PROPN compound 1 B-PERSON
Ray     PROPN nsubj    2 I-PERSON
{verbs}
the     DET   det      {noun}
fee     NOUN  dobj     {call}
"       PUNCT punct    {adj}
unfair  ADJ   oprd     {call}
"       PUNCT punct    {adj}
.       PUNCT punct    2
"""


def test_a_negated_characterization_is_none(blank_nlp, resolver, finder) -> None:
    text = 'Ann Ray did not call the fee "unfair".'
    verbs = "did AUX aux 4 O do\nnot PART neg 4\ncall VERB ROOT 4 O call"
    table = _CALL.format(verbs=verbs, noun=6, call=4, adj=8).replace(
        "nsubj    2", "nsubj    4"
    )
    table = table.replace("punct    2", "punct    4")
    assert _quotes(_run(blank_nlp, text, table, resolver, finder)) == []


def test_a_characterization_reports(blank_nlp, resolver, finder) -> None:
    text = 'Ann Ray called the fee "unfair".'
    table = _CALL.format(verbs="called VERB ROOT 2 O call", noun=4, call=2, adj=6)
    quotes = _quotes(_run(blank_nlp, text, table, resolver, finder))
    assert [q[:3] for q in quotes] == [('the fee "unfair"', "indirect", "Ann Ray")]


def test_inverted_cue_with_a_misparsed_speaker_reports_what_comes_before(
    blank_nlp, resolver, finder
) -> None:
    # 'says the party - and ...': the parse gives 'says' no subject and a
    # clause on each side; with no party told, the report comes before the cue
    text = "The levy would cut costs, says the party - and fees could fall."
    table = """
    The    DET   det      1
    levy   NOUN  nsubj    3
    would  AUX   aux      3
    cut    VERB  ccomp    6
    costs  NOUN  dobj     3 O cost
    ,      PUNCT punct    6
    says   VERB  ROOT     6 O say
    the    DET   det      11
    party  NOUN  nmod     11
    -      PUNCT punct    8
    and    CCONJ cc       8
    fees   NOUN  nsubj    13 O fee
    could  AUX   aux      13
    fall   VERB  ccomp    6
    .      PUNCT punct    6
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert [q[:2] for q in _quotes(doc)] == [("The levy would cut costs", "indirect")]


# --- a quote run that lost its closing marks -----------------------------------------


def test_cue_inside_the_next_quote_of_a_run_names_no_speaker(
    blank_nlp, resolver, finder
) -> None:
    # '"The levy must go. "Tom Reed says it works."': the second mark opens
    # the next quote of Ann Ray's run; 'Tom Reed says' is inside her words
    text = 'Ann Ray said: "The levy must go. "Tom Reed says it works."'
    table = """
    Ann    PROPN compound 1 B-PERSON
    Ray    PROPN nsubj    2 I-PERSON
    said   VERB  ROOT     2 O say
    :      PUNCT punct    2
    "      PUNCT punct    8
    The    DET   det      6
    levy   NOUN  nsubj    8
    must   AUX   aux      8
    go     VERB  ccomp    2
    .      PUNCT punct    2
    "      PUNCT punct    13
    Tom    PROPN compound 12 B-PERSON
    Reed   PROPN nsubj    13 I-PERSON
    says   VERB  ROOT     13 O say
    it     PRON  nsubj    15
    works  VERB  ccomp    13 O work
    .      PUNCT punct    13
    "      PUNCT punct    13
    """
    doc = _run(blank_nlp, text, table, resolver, finder)
    assert [(q[0], q[1], q[3]) for q in _quotes(doc)] == [
        ("The levy must go.", "direct", "Ann Ray"),
        ("Tom Reed says it works.", "direct", "Ann Ray"),
    ]
