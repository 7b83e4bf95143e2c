"""ck_entities: a capitalized common word typed PERSON or ORG is no name.

Hand-built Docs (tests/handmade.py), sentences our own: a word the tagger
reads as an adjective or a common noun ("three Globes"), and a word opening a
sentence that qualifies a common noun and that the text also writes in lower
case ("Budget carrier ... budget fares"). Negatives: the same opening word the
text never writes in lower case, a name with a person's title, a results
table.
"""

from __future__ import annotations

from tests.components.test_entities_works import found
from tests.handmade import parse


def test_a_common_noun_typed_an_organization_is_dropped(blank_nlp, resolver):
    # "three" before it would keep a name (a results table), but the tagger
    # reads a common noun: awards, not a body.
    doc = parse(
        blank_nlp.vocab,
        "She was nominated for three Globes last year.",
        """
        She       PRON  nsubjpass 2
        was       AUX   auxpass   2
        nominated VERB  ROOT      2 O nominate
        for       ADP   prep      2
        three     NUM   nummod    5
        Globes    NOUN  pobj      3 B-ORG
        last      ADJ   amod      7
        year      NOUN  npadvmod  2
        .         PUNCT punct     2
        """,
    )
    assert found(doc, resolver) == []


def test_an_opening_word_the_text_writes_in_lower_case_is_dropped(blank_nlp, resolver):
    doc = parse(
        blank_nlp.vocab,
        "Budget carrier Skyra said budget fares rose.",
        """
        Budget  PROPN compound 1 B-ORG
        carrier NOUN  compound 2
        Skyra   PROPN nsubj    3 B-ORG
        said    VERB  ROOT     3 O say
        budget  NOUN  compound 5
        fares   NOUN  nsubj    6
        rose    VERB  ccomp    3 O rise
        .       PUNCT punct    3
        """,
    )
    assert ("ORG", "Budget") not in found(doc, resolver)
    assert ("ORG", "Skyra") in found(doc, resolver)


def test_an_opening_name_never_written_in_lower_case_stays(blank_nlp, resolver):
    # Negative: "Skyra shares": the same place, but no "skyra" in lower case.
    doc = parse(
        blank_nlp.vocab,
        "Skyra shares rose after it said profits grew.",
        """
        Skyra   PROPN compound 1 B-ORG
        shares  NOUN  nsubj    2
        rose    VERB  ROOT     2 O rise
        after   SCONJ mark     5
        it      PRON  nsubj    5
        said    VERB  advcl    2 O say
        profits NOUN  nsubj    7
        grew    VERB  ccomp    5 O grow
        .       PUNCT punct    2
        """,
    )
    assert found(doc, resolver) == [("ORG", "Skyra")]


def test_a_proper_noun_or_a_titled_name_stays(blank_nlp, resolver):
    # Negatives: the tagger's proper noun that speaks; a person's title
    # before a word the tagger read as a common noun.
    doc = parse(
        blank_nlp.vocab,
        "Dr Baker said the baker was closed.",
        """
        Dr     PROPN compound 1
        Baker  NOUN  nsubj    2 B-PERSON
        said   VERB  ROOT     2 O say
        the    DET   det      4
        baker  NOUN  nsubj    5
        was    AUX   ccomp    2
        closed ADJ   acomp    5
        .      PUNCT punct    2
        """,
    )
    assert found(doc, resolver) == [("PERSON", "Baker")]


def test_a_results_table_keeps_names_the_tagger_read_as_nouns(blank_nlp, resolver):
    # Negative: in a results line the tagger's common nouns say nothing.
    doc = parse(
        blank_nlp.vocab,
        "Ardley 4 Reading 1",
        """
        Ardley  PROPN ROOT   0 B-ORG
        4       NUM   nummod 0 B-CARDINAL
        Reading NOUN  appos  0 B-ORG
        1       NUM   nummod 2 B-CARDINAL
        """,
    )
    assert ("ORG", "Reading") in found(doc, resolver)
