"""Rule tests of OrgAnaphora on hand-built Docs: "it", "its" and descriptions.

Each Doc states its parse and entities (``tests/handmade.py``), so the rules
of :mod:`claimkit.components.anaphora` are tested apart from the model.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from claimkit.components.anaphora import OrgAnaphora
from tests.handmade import parse


def _anaphora(nlp: Language, text: str, table: str, orgs: list[str]) -> OrgAnaphora:
    doc = parse(nlp.vocab, text, table)
    index = {}
    for n, name in enumerate(orgs):
        start = text.index(name)
        span = doc.char_span(start, start + len(name))
        assert span is not None
        for token in span:
            index[token.i] = f"e{n}"
    labels = {f"e{n}": "ORG" for n in range(len(orgs))}
    names = {f"e{n}": name for n, name in enumerate(orgs)}
    return OrgAnaphora(doc, index, labels, names)


def _word(doc: Doc, word: str, nth: int = 0) -> Token:
    return [t for t in doc if t.text == word][nth]


# "Acme grew . It paid $5m ." with the second sentence's words swapped in.
_IT_PAID = """
Acme PROPN nsubj 1 B-ORG
grew VERB  ROOT  1 O grow
.    PUNCT punct 1
It   PRON  nsubj 4
paid VERB  ROOT  4 O pay
cash NOUN  dobj  4
.    PUNCT punct 4
"""


def test_it_is_the_organization_named_as_subject_before(blank_nlp) -> None:
    resolver = _anaphora(blank_nlp, "Acme grew. It paid cash.", _IT_PAID, ["Acme"])
    assert resolver.resolve_pronoun(_word(resolver.doc, "It")) == "e0"


def test_it_is_nothing_when_another_organization_is_named_since(blank_nlp) -> None:
    text = "Acme hired Bolt. It paid cash."
    table = """
    Acme  PROPN nsubj 1 B-ORG
    hired VERB  ROOT  1 O hire
    Bolt  PROPN dobj  1 B-ORG
    .     PUNCT punct 1
    It    PRON  nsubj 5
    paid  VERB  ROOT  5 O pay
    cash  NOUN  dobj  5
    .     PUNCT punct 5
    """
    resolver = _anaphora(blank_nlp, text, table, ["Acme", "Bolt"])
    assert resolver.resolve_pronoun(_word(resolver.doc, "It")) is None


def test_it_is_nothing_when_a_thing_stands_between(blank_nlp) -> None:
    # "Acme grew. The plan failed. It paid cash.": "it" may be the plan.
    text = "Acme grew. The plan failed. It paid cash."
    table = """
    Acme   PROPN nsubj 1 B-ORG
    grew   VERB  ROOT  1 O grow
    .      PUNCT punct 1
    The    DET   det   4
    plan   NOUN  nsubj 5
    failed VERB  ROOT  5 O fail
    .      PUNCT punct 5
    It     PRON  nsubj 8
    paid   VERB  ROOT  8 O pay
    cash   NOUN  dobj  8
    .      PUNCT punct 8
    """
    resolver = _anaphora(blank_nlp, text, table, ["Acme"])
    assert resolver.resolve_pronoun(_word(resolver.doc, "It")) is None


def test_it_that_costs_is_a_thing(blank_nlp) -> None:
    text = "Acme grew. It cost cash."
    table = _IT_PAID.replace("paid VERB  ROOT  4 O pay", "cost VERB  ROOT  4 O cost")
    resolver = _anaphora(blank_nlp, text, table, ["Acme"])
    assert resolver.resolve_pronoun(_word(resolver.doc, "It")) is None


def test_it_through_a_resolved_it(blank_nlp) -> None:
    # "Acme grew. It paid cash. Then it sold land.": the second "it" is two
    # sentences from Acme, but one from the first "it".
    text = "Acme grew. It paid cash. Then it sold land."
    table = """
    Acme PROPN nsubj 1 B-ORG
    grew VERB  ROOT  1 O grow
    .    PUNCT punct 1
    It   PRON  nsubj 4
    paid VERB  ROOT  4 O pay
    cash NOUN  dobj  4
    .    PUNCT punct 4
    Then ADV   advmod 10
    it   PRON  nsubj 10
    sold VERB  ROOT  10 O sell
    land NOUN  dobj  10
    .    PUNCT punct 10
    """
    resolver = _anaphora(blank_nlp, text, table, ["Acme"])
    assert resolver.resolve_pronoun(_word(resolver.doc, "it")) == "e0"


def _group(nlp: Language, modifier: str, pos: str, ent: str) -> OrgAnaphora:
    text = f"Acme grew. The {modifier} group paid cash."
    table = f"""
    Acme       PROPN nsubj    1 B-ORG
    grew       VERB  ROOT     1 O grow
    .          PUNCT punct    1
    The        DET   det      5
    {modifier} {pos} amod     5 {ent}
    group      NOUN  nsubj    6
    paid       VERB  ROOT     6 O pay
    cash       NOUN  dobj     6
    .          PUNCT punct    6
    """
    return _anaphora(nlp, text, table, ["Acme"])


def test_a_description_that_places_the_organization(blank_nlp) -> None:
    resolver = _group(blank_nlp, "German", "ADJ", "B-NORP")
    assert resolver.resolve(_word(resolver.doc, "group")) == "e0"


def test_a_description_that_may_be_another_organization(blank_nlp) -> None:
    resolver = _group(blank_nlp, "rival", "ADJ", "O")
    assert resolver.resolve(_word(resolver.doc, "group")) is None


def test_it_that_reports_is_the_organization_past_a_thing(blank_nlp) -> None:
    # "Acme said the plan failed. It reported gains.": a plan reports nothing.
    text = "Acme said the plan failed. It reported gains."
    table = """
    Acme     PROPN nsubj 1 B-ORG
    said     VERB  ROOT  1 O say
    the      DET   det   3
    plan     NOUN  nsubj 4
    failed   VERB  ccomp 1 O fail
    .        PUNCT punct 1
    It       PRON  nsubj 7
    reported VERB  ROOT  7 O report
    gains    NOUN  dobj  7
    .        PUNCT punct 7
    """
    resolver = _anaphora(blank_nlp, text, table, ["Acme"])
    assert resolver.resolve_pronoun(_word(resolver.doc, "It")) == "e0"
    # A verb a thing can do: "it" may be the plan.
    rose = table.replace("reported VERB  ROOT  7 O report", "rose VERB ROOT 7 O rise")
    text = text.replace("reported", "rose")
    resolver = _anaphora(blank_nlp, text, rose, ["Acme"])
    assert resolver.resolve_pronoun(_word(resolver.doc, "It")) is None


_TOPIC = """
Acme  PROPN nsubj 1 B-ORG
grew  VERB  ROOT  1 O grow
.     PUNCT punct 1
{2}  PROPN nsubj 4 B-ORG
hired VERB  ROOT  4 O hire
.     PUNCT punct 4
Rain  NOUN  nsubj 7
hit   VERB  ROOT  7 O hit
Acme  PROPN dobj  7 B-ORG
.     PUNCT punct 7
Sales NOUN  nsubj 11 O sale
fell  VERB  ROOT  11 O fall
.     PUNCT punct 11
"""


def _every_mention(nlp: Language, text: str, table: str) -> OrgAnaphora:
    """A resolver where every "Acme" and "Bolt" token is a mention."""
    doc = parse(nlp.vocab, text, table)
    ids = {"Acme": "e0", "Bolt": "e1"}
    index = {t.i: ids[t.text] for t in doc if t.text in ids}
    return OrgAnaphora(doc, index, dict.fromkeys(ids.values(), "ORG"), {})


def test_bare_measure_is_the_topic_named_around_it(blank_nlp) -> None:
    # Acme is named three times and alone in the last two sentences.
    text = "Acme grew. Acme hired. Rain hit Acme. Sales fell."
    resolver = _every_mention(blank_nlp, text, _TOPIC.replace("{2}", "Acme"))
    assert resolver.salient(_word(resolver.doc, "Sales")) == "e0"


def test_bare_measure_is_nothing_without_a_clear_topic(blank_nlp) -> None:
    # Acme named twice, Bolt once: no organization the article is about.
    text = "Acme grew. Bolt hired. Rain hit Acme. Sales fell."
    resolver = _every_mention(blank_nlp, text, _TOPIC.replace("{2}", "Bolt"))
    assert resolver.salient(_word(resolver.doc, "Sales")) is None
