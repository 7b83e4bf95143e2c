"""Rule tests of ck_claims on hand-built Docs: no trained model.

Each Doc states its tokens, parse, lemmas and entities (``tests/handmade.py``);
ck_quantities runs on it as in the pipeline, while the entities and quotes
that ck_claims reads are given as contract data, so only the claim rules
(subject by clause subject, possessive or "of" phrase; source by reporting
verb, "according to" or the enclosing quote) are under test.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from claimkit.components.claims import ClaimLinker
from claimkit.components.quantities import QuantityFinder
from tests.handmade import parse


@pytest.fixture(scope="module")
def components() -> tuple[QuantityFinder, ClaimLinker]:
    return QuantityFinder("ck_quantities"), ClaimLinker("ck_claims")


def _doc(
    nlp: Language,
    text: str,
    table: str,
    entities: dict[str, str],
    quotes: list[dict[str, Any]] | None = None,
) -> Doc:
    """Build the Doc; ``entities`` maps each mention's words to its label."""
    doc = parse(nlp.vocab, text, table)
    for token in doc:
        if token.pos_ == "NOUN" and token.lemma_ != token.lower_:
            token.tag_ = "NNS"
    records = []
    for i, (name, label) in enumerate(entities.items()):
        start = text.index(name)
        mention = {"text": name, "start": start, "end": start + len(name)}
        records.append(
            {"id": f"e{i}", "label": label, "name": name, "mentions": [mention]}
        )
    doc._.ck_entities = records
    doc._.ck_quotes = quotes or []
    return doc


def _claims(
    components: tuple[QuantityFinder, ClaimLinker], doc: Doc
) -> list[dict[str, Any]]:
    """Run ck_quantities and ck_claims; name each claim's subject and source."""
    finder, linker = components
    doc = linker(finder(doc))
    assert doc._.ck_failure is None
    names = {entity["id"]: entity["name"] for entity in doc._.ck_entities}
    return [
        {
            **claim,
            "subject": names.get(claim["subject"]),
            "source": names.get(claim["source"]),
        }
        for claim in doc._.ck_claims
    ]


def _roles(claim: dict[str, Any]) -> tuple[str, str | None, str | None]:
    return claim["text"], claim["subject"], claim["source"]


# -- subject -----------------------------------------------------------------


def test_claims_subject_is_the_clause_subject(blank_nlp, components) -> None:
    doc = _doc(
        blank_nlp,
        "Nvidia lost nearly $600 billion.",
        """
        Nvidia  PROPN nsubj    1 B-ORG
        lost    VERB  ROOT     1 O lose
        nearly  ADV   advmod   5
        $       SYM   nmod     5
        600     NUM   compound 5
        billion NUM   dobj     1
        .       PUNCT punct    1
        """,
        {"Nvidia": "ORG"},
    )
    (claim,) = _claims(components, doc)
    assert _roles(claim) == ("nearly $600 billion", "Nvidia", None)
    assert claim["type"] == "quantity"
    assert claim["quantity"]["change"] == "down"
    assert claim["sentence"] == "Nvidia lost nearly $600 billion."


def test_claims_subject_through_a_possessive(blank_nlp, components) -> None:
    doc = _doc(
        blank_nlp,
        "Nvidia's shares fell 17%.",
        """
        Nvidia PROPN poss   2 B-ORG
        's     PART  case   0
        shares NOUN  nsubj  3 O share
        fell   VERB  ROOT   3 O fall
        17     NUM   nummod 5
        %      NOUN  dobj   3
        .      PUNCT punct  3
        """,
        {"Nvidia": "ORG"},
    )
    (claim,) = _claims(components, doc)
    assert _roles(claim) == ("17%", "Nvidia", None)


def test_claims_subject_through_an_of_phrase(blank_nlp, components) -> None:
    doc = _doc(
        blank_nlp,
        "Shares of chipmaker Nvidia fell 17%.",
        """
        Shares    NOUN  nsubj    4 O share
        of        ADP   prep     0
        chipmaker NOUN  compound 3
        Nvidia    PROPN pobj     1 B-ORG
        fell      VERB  ROOT     4 O fall
        17        NUM   nummod   6
        %         NOUN  dobj     4
        .         PUNCT punct    4
        """,
        {"Nvidia": "ORG"},
    )
    (claim,) = _claims(components, doc)
    assert _roles(claim) == ("17%", "Nvidia", None)


def test_claims_subject_shared_by_a_conjoined_verb(blank_nlp, components) -> None:
    doc = _doc(
        blank_nlp,
        "DeepSeek built the model and spent $5.6 million.",
        """
        DeepSeek PROPN nsubj    1 B-ORG
        built    VERB  ROOT     1 O build
        the      DET   det      3
        model    NOUN  dobj     1
        and      CCONJ cc       1
        spent    VERB  conj     1 O spend
        $        SYM   nmod     8
        5.6      NUM   compound 8
        million  NUM   dobj     5
        .        PUNCT punct    1
        """,
        {"DeepSeek": "ORG"},
    )
    (claim,) = _claims(components, doc)
    assert _roles(claim) == ("$5.6 million", "DeepSeek", None)


def test_claims_quantity_that_is_the_subject_has_no_subject(
    blank_nlp, components
) -> None:
    # The count is the subject: "Apple", hanging from it, is not what it is about.
    doc = _doc(
        blank_nlp,
        "Four suppliers of Apple build chips.",
        """
        Four      NUM   nummod 1
        suppliers NOUN  nsubj  4 O supplier
        of        ADP   prep   1
        Apple     PROPN pobj   2 B-ORG
        build     VERB  ROOT   4
        chips     NOUN  dobj   4 O chip
        .         PUNCT punct  4
        """,
        {"Apple": "ORG"},
    )
    (claim,) = _claims(components, doc)
    assert _roles(claim) == ("Four suppliers", None, None)


def test_claims_subject_without_an_entity_is_none(blank_nlp, components) -> None:
    doc = _doc(
        blank_nlp,
        "The company spent $5 million.",
        """
        The     DET  det      1
        company NOUN nsubj    2
        spent   VERB ROOT     2 O spend
        $       SYM  nmod     5
        5       NUM  compound 5
        million NUM  dobj     2
        .       PUNCT punct   2
        """,
        {},
    )
    (claim,) = _claims(components, doc)
    assert _roles(claim) == ("$5 million", None, None)


def _said_it_spent(nlp: Language, speaker: str, label: str) -> Doc:
    """ "<speaker> said it spent $5 million." """
    return _doc(
        nlp,
        f"{speaker} said it spent $5 million.",
        f"""
        {speaker} PROPN nsubj    1 B-{label}
        said      VERB  ROOT     1 O say
        it        PRON  nsubj    3
        spent     VERB  ccomp    1 O spend
        $         SYM   nmod     6
        5         NUM   compound 6
        million   NUM   dobj     3
        .         PUNCT punct    1
        """,
        {speaker: label},
    )


def test_claims_pronoun_subject_is_the_reporting_organization(
    blank_nlp, components
) -> None:
    (claim,) = _claims(components, _said_it_spent(blank_nlp, "DeepSeek", "ORG"))
    assert _roles(claim) == ("$5 million", "DeepSeek", "DeepSeek")


def test_claims_pronoun_of_another_label_stays_unresolved(
    blank_nlp, components
) -> None:
    # "it" refers to an organization, never to the person who said it.
    (claim,) = _claims(components, _said_it_spent(blank_nlp, "Windsor", "PERSON"))
    assert _roles(claim) == ("$5 million", None, "Windsor")


# -- source ------------------------------------------------------------------


def _verb_sales_rose(nlp: Language, verb: str, lemma: str) -> Doc:
    """ "Zhang <verb> sales rose 5%." """
    return _doc(
        nlp,
        f"Zhang {verb} sales rose 5%.",
        f"""
        Zhang  PROPN nsubj  1 B-PERSON
        {verb} VERB  ROOT   1 O {lemma}
        sales  NOUN  nsubj  3 O sale
        rose   VERB  ccomp  1 O rise
        5      NUM   nummod 5
        %      NOUN  dobj   3
        .      PUNCT punct  1
        """,
        {"Zhang": "PERSON"},
    )


@pytest.mark.parametrize(
    ("verb", "lemma"),
    [("said", "say"), ("claimed", "claim"), ("estimated", "estimate")],
)
def test_claims_source_is_the_subject_of_a_reporting_verb(
    blank_nlp, components, verb: str, lemma: str
) -> None:
    (claim,) = _claims(components, _verb_sales_rose(blank_nlp, verb, lemma))
    assert _roles(claim) == ("5%", None, "Zhang")


def test_claims_no_source_from_a_verb_that_does_not_report(
    blank_nlp, components
) -> None:
    (claim,) = _claims(components, _verb_sales_rose(blank_nlp, "hoped", "hope"))
    assert _roles(claim) == ("5%", None, None)


def test_claims_source_of_a_count_that_is_the_reported_subject(
    blank_nlp, components
) -> None:
    doc = _doc(
        blank_nlp,
        "Zhang said at least four firms use the chips.",
        """
        Zhang PROPN nsubj  1 B-PERSON
        said  VERB  ROOT   1 O say
        at    ADV   advmod 3
        least ADV   advmod 4
        four  NUM   nummod 5
        firms NOUN  nsubj  6 O firm
        use   VERB  ccomp  1
        the   DET   det    8
        chips NOUN  dobj   6 O chip
        .     PUNCT punct  1
        """,
        {"Zhang": "PERSON"},
    )
    (claim,) = _claims(components, doc)
    assert _roles(claim) == ("at least four firms", None, "Zhang")


def test_claims_source_after_according_to(blank_nlp, components) -> None:
    doc = _doc(
        blank_nlp,
        "Sales rose 5%, according to Reuters.",
        """
        Sales     NOUN  nsubj  1 O sale
        rose      VERB  ROOT   1 O rise
        5         NUM   nummod 3
        %         NOUN  dobj   1
        ,         PUNCT punct  1
        according VERB  prep   1 O accord
        to        ADP   prep   5
        Reuters   PROPN pobj   6 B-ORG
        .         PUNCT punct  1
        """,
        {"Reuters": "ORG"},
    )
    (claim,) = _claims(components, doc)
    assert _roles(claim) == ("5%", None, "Reuters")


_QUOTED = 'Lee spoke. "Acme spent $5 million on it."'
_QUOTED_TABLE = """
    Lee     PROPN nsubj    1 B-PERSON
    spoke   VERB  ROOT     1 O speak
    .       PUNCT punct    1
    "       PUNCT punct    5
    Acme    PROPN nsubj    5 B-ORG
    spent   VERB  ROOT     5 O spend
    $       SYM   nmod     8
    5       NUM   compound 8
    million NUM   dobj     5
    on      ADP   prep     5
    it      PRON  pobj     9
    .       PUNCT punct    5
    "       PUNCT punct    5
"""


def _quote(**speaker: Any) -> dict[str, Any]:
    """The quote around "Acme spent $5 million on it.", with ``speaker`` fields."""
    start = _QUOTED.index("Acme")
    return {"start": start, "end": len(_QUOTED) - 1, **speaker}


def test_claims_source_is_the_speaker_of_the_enclosing_quote(
    blank_nlp, components
) -> None:
    entities = {"Lee": "PERSON", "Acme": "ORG"}
    quote = _quote(speaker="e0", speaker_start=None, speaker_end=None)
    doc = _doc(blank_nlp, _QUOTED, _QUOTED_TABLE, entities, [quote])
    (claim,) = _claims(components, doc)
    assert _roles(claim) == ("$5 million", "Acme", "Lee")


def test_claims_source_from_the_quote_speaker_words(blank_nlp, components) -> None:
    # A quote whose speaker was not linked to an entity id still names it.
    start = _QUOTED.index("Lee")
    quote = _quote(speaker=None, speaker_start=start, speaker_end=start + 3)
    entities = {"Lee": "PERSON", "Acme": "ORG"}
    doc = _doc(blank_nlp, _QUOTED, _QUOTED_TABLE, entities, [quote])
    (claim,) = _claims(components, doc)
    assert _roles(claim) == ("$5 million", "Acme", "Lee")


def test_claims_no_source_outside_any_quote(blank_nlp, components) -> None:
    entities = {"Lee": "PERSON", "Acme": "ORG"}
    doc = _doc(blank_nlp, _QUOTED, _QUOTED_TABLE, entities, [])
    (claim,) = _claims(components, doc)
    assert _roles(claim) == ("$5 million", "Acme", None)
    # The claim carries its own sentence, not the one before it.
    assert claim["sentence"] == '"Acme spent $5 million on it."'


def _sent_up(noun: str, lemma: str) -> tuple[str, str]:
    """ "The ruling sent Kelso <noun> up 6%." (issue 15: the object a verb
    moves by the figure carries its organization's name)"""
    text = f"The ruling sent Kelso {noun} up 6%."
    table = f"""
        The    DET   det      1
        ruling NOUN  nsubj    2
        sent   VERB  ROOT     2 O send
        Kelso  PROPN compound 4 B-ORG
        {noun} NOUN  dobj     2 O {lemma}
        up     ADV   advmod   4
        6      NUM   nummod   7
        %      NOUN  npadvmod 5
        .      PUNCT punct    2
        """
    return text, table


def test_claims_subject_named_on_an_own_measure_sent_up(blank_nlp, components) -> None:
    text, table = _sent_up("shares", "share")
    (claim,) = _claims(components, _doc(blank_nlp, text, table, {"Kelso": "ORG"}))
    assert _roles(claim) == ("6%", "Kelso", None)
    assert claim["concept"] == "shares"


def test_claims_subject_named_on_another_noun_sent_up_is_none(
    blank_nlp, components
) -> None:
    # "fans" is no measure the organization reports of itself
    text, table = _sent_up("fans", "fan")
    (claim,) = _claims(components, _doc(blank_nlp, text, table, {"Kelso": "ORG"}))
    assert _roles(claim) == ("6%", None, None)


def test_claims_subject_of_a_person_named_on_shares_is_none(
    blank_nlp, components
) -> None:
    text, table = _sent_up("shares", "share")
    table = table.replace("B-ORG", "B-PERSON")
    doc = _doc(blank_nlp, text, table, {"Kelso": "PERSON"})
    (claim,) = _claims(components, doc)
    assert _roles(claim) == ("6%", None, None)
