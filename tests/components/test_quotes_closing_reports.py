"""Rule tests: a reporting verb that closes its sentence after a comma is the
sentence's main clause, however the parse hung it.

'Fines could follow if the rules were broken, Tom Hale said.' The parser may
hang 'said' below the reported clause; its subject is still the one the
sentence is about, so 'The minister said ...' next names him as a role just
named does. A report that does not follow a comma ('... when Tom Hale said so')
is a clause below the main one, and the role names no one. Hand-built Docs
(``tests/handmade.py``), no trained model.
"""

from __future__ import annotations

from tests.components.test_quotes_frames import _quotes

CLOSING = """
Fines     NOUN  nsubj     2
could     AUX   aux       2  O could
follow    VERB  ROOT      2  O follow
if        SCONJ mark      11
the       DET   det       5
rules     NOUN  nsubjpass 7
were      AUX   auxpass   7  O be
broken    VERB  ccomp     11 O break
{joint}   {joint_pos} {joint_dep} {joint_head}
Tom       PROPN compound  10 B-PERSON
Hale      PROPN nsubj     11 I-PERSON
said      VERB  advcl     2  O say
{tail}
.         PUNCT punct     2
The       DET   det       {minister}
minister  NOUN  nsubj     {said}
said      VERB  ROOT      {said} O say
the       DET   det       {plan}
plan      NOUN  nsubj     {was}
was       AUX   ccomp     {said} O be
fair      ADJ   acomp     {was}
.         PUNCT punct     {said}
"""


def _minister(blank_nlp, resolver, finder, *, closing: bool):
    if closing:
        text = (
            "Fines could follow if the rules were broken, Tom Hale said. "
            "The minister said the plan was fair."
        )
        table = CLOSING.format(
            joint=",",
            joint_pos="PUNCT",
            joint_dep="punct",
            joint_head=11,
            tail="",
            minister=14,
            said=15,
            plan=17,
            was=18,
        )
    else:
        text = (
            "Fines could follow if the rules were broken when Tom Hale said so. "
            "The minister said the plan was fair."
        )
        table = CLOSING.format(
            joint="when",
            joint_pos="SCONJ",
            joint_dep="mark",
            joint_head=11,
            tail="so ADV advmod 11",
            minister=15,
            said=16,
            plan=18,
            was=19,
        )
    found = _quotes(blank_nlp, text, table, resolver, finder)
    return [(q[2], q[3]) for q in found if "plan was fair" in q[0]]


def test_quotes_closing_report_subject_is_the_sentence_subject(
    blank_nlp, resolver, finder
) -> None:
    found = _minister(blank_nlp, resolver, finder, closing=True)
    assert found == [("The minister", "Tom Hale")]


def test_quotes_report_inside_a_clause_is_no_main_subject(
    blank_nlp, resolver, finder
) -> None:
    found = _minister(blank_nlp, resolver, finder, closing=False)
    assert found == [("The minister", None)]
