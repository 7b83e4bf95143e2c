"""Names the recognizer left out, cut short or placed once: what the text
around them says.

- A lone known surname no recognizer tagged is a person's name when a "who"
  clause in the singular follows it ("Whitlock, who runs the firm, ..."); a
  team's "who" takes a plural verb, and an unknown word is no surname.
- A firm's clue ("X cut its forecast") stands when the model calls the name a
  place elsewhere no more often than it calls it a person or a firm (a list
  in a headline); a town the model places more often keeps out.
- A bracketed acronym completes a name the recognizer cut at its first word:
  "Semiconductor | Packaging Group Ltd (SPGL)".
- A name of given names the model calls a firm stays one when it is listed
  among firms only ("Lewis Palmer and Fenbrook are leading the offering");
  beside a person it is read as the name's shape says.
- A political party is an organization whatever the model types it ("the Lib
  Dems"); the list agrees with the quotes lexicon's.
- General acronyms of business and technology ("IPO", "VAT", "LCD") are no
  names, whatever the model tags them.

Parses are written out; names and sentences are our own.
"""

from __future__ import annotations

import pytest

from claimkit.components.entities import EntityResolver, find_entities
from tests.handmade import parse


def _found(resolver: EntityResolver, doc) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(e["label"], e["name"]) for e in find_entities(doc, resolver)]


def _who_clause(vocab, name: str, verb: str, tag: str):  # type: ignore[no-untyped-def]
    doc = parse(
        vocab,
        f"{name}, who {verb} the firm, said little.",
        f"""
        {name} PROPN nsubj 7
        ,      PUNCT punct 0
        who    PRON  nsubj 3
        {verb} VERB  relcl 0 O run
        the    DET   det   5
        firm   NOUN  dobj  3
        ,      PUNCT punct 0
        said   VERB  ROOT  7 O say
        little ADJ   dobj  7
        .      PUNCT punct 7
        """,
    )
    doc[3].tag_ = tag
    return doc


def test_untagged_known_surname_with_who_clause_is_a_person(
    blank_nlp, resolver
) -> None:
    doc = _who_clause(blank_nlp.vocab, "Whitlock", "runs", "VBZ")
    assert _found(resolver, doc) == [("PERSON", "Whitlock")]


@pytest.mark.parametrize(
    ("name", "verb", "tag"),
    [
        ("Whitlock", "run", "VBP"),  # "Whitlock, who run ...": a team's plural
        ("Zentaro", "runs", "VBZ"),  # no known surname: nothing says person
    ],
    ids=["plural-verb", "not-a-surname"],
)
def test_untagged_who_clause_without_person_evidence_keeps_out(
    blank_nlp, resolver, name, verb, tag
) -> None:
    assert _found(resolver, _who_clause(blank_nlp.vocab, name, verb, tag)) == []


def _headline_and_body(vocab, places: int, name: str = "Korvane"):  # type: ignore[no-untyped-def]
    """A headline list tagging the name GPE (once, or twice), then "<name> cut
    its forecast" with the name tagged ORG."""
    heads = [name, ",", name][: 2 * places - 1]
    rows = "\n".join(
        f"{w} PROPN {'ROOT' if i == 0 else 'conj'} 0 B-GPE"
        if w == name
        else f"{w} PUNCT punct 0"
        for i, w in enumerate(heads)
    )
    n = len(heads)
    text = ", ".join([name] * places) + f"\n\n{name} cut its forecast."
    return parse(
        vocab,
        text,
        f"""
        {rows}
        \\n\\n    SPACE    dep   {n - 1}
        {name}  PROPN nsubj {n + 2} B-ORG
        cut      VERB  ROOT  {n + 2} O cut
        its      PRON  poss  {n + 4}
        forecast NOUN  dobj  {n + 2}
        .        PUNCT punct {n + 2}
        """,
    )


def test_firm_clue_stands_over_one_place_tag_in_a_headline(blank_nlp, resolver) -> None:
    doc = _headline_and_body(blank_nlp.vocab, places=1)
    assert _found(resolver, doc) == [("ORG", "Korvane")]


def test_firm_clue_yields_to_a_name_placed_more_often(blank_nlp, resolver) -> None:
    doc = _headline_and_body(blank_nlp.vocab, places=2)
    assert ("ORG", "Korvane") not in _found(resolver, doc)


def test_firm_clue_yields_to_a_known_place_placed_once(blank_nlp, resolver) -> None:
    """ "Tulsa ... Tulsa cut its forecast": a town the model places once is a
    town, whatever its "its" says."""
    doc = _headline_and_body(blank_nlp.vocab, places=1, name="Tulsa")
    assert ("ORG", "Tulsa") not in _found(resolver, doc)


@pytest.mark.parametrize(
    ("first", "acronym", "expected"),
    [
        ("Semiconductor", "SPGL", "Semiconductor Packaging Group Ltd"),
        # the word before spells nothing of the acronym: the span stays
        ("Meanwhile", "PGL", "Packaging Group Ltd"),
    ],
    ids=["first-word-completed", "other-word-kept-out"],
)
def test_bracketed_acronym_completes_a_name_cut_at_its_first_word(
    blank_nlp, resolver, first, acronym, expected
) -> None:
    doc = parse(
        blank_nlp.vocab,
        f"{first} Packaging Group Ltd ({acronym}) said profit rose.",
        f"""
        {first}   PROPN compound 3
        Packaging PROPN compound 3 B-ORG
        Group     PROPN compound 3 I-ORG
        Ltd       PROPN nsubj    7 I-ORG
        (         PUNCT punct    3
        {acronym} PROPN appos    3
        )         PUNCT punct    3
        said      VERB  ROOT     7 O say
        profit    NOUN  nsubj    9
        rose      VERB  ccomp    7 O rise
        .         PUNCT punct    7
        """,
    )
    assert ("ORG", expected) in _found(resolver, doc)


@pytest.mark.parametrize(
    ("mate", "mate_tag", "expected"),
    [
        ("Fenbrook", "B-ORG", ("ORG", "Lewis Palmer")),
        ("Reyes", "B-PERSON", ("PERSON", "Lewis Palmer")),
    ],
    ids=["among-firms", "beside-a-person"],
)
def test_given_names_typed_org_among_firms_stay_a_firm(
    blank_nlp, resolver, mate, mate_tag, expected
) -> None:
    doc = parse(
        blank_nlp.vocab,
        f"Lewis Palmer and {mate} are leading the offering.",
        f"""
        Lewis    PROPN compound 1 B-ORG
        Palmer   PROPN nsubj    5 I-ORG
        and      CCONJ cc       1
        {mate}   PROPN conj     1 {mate_tag}
        are      AUX   aux      5
        leading  VERB  ROOT     5 O lead
        the      DET   det      7
        offering NOUN  dobj     5
        .        PUNCT punct    5
        """,
    )
    assert expected in _found(resolver, doc)


@pytest.mark.parametrize("term", ["IPO", "VAT", "LCD", "VoIP"])
def test_general_acronyms_are_no_names_whatever_the_model_says(
    blank_nlp, resolver, term
) -> None:
    """Terms of business and technology in capitals: "The IPO window is open"
    names no organization even when the model tags the word ORG."""
    doc = parse(
        blank_nlp.vocab,
        f"The {term} window is open, Fenbrook said.",
        f"""
        The      DET   det   2
        {term}   PROPN compound 2 B-ORG
        window   NOUN  nsubj 3
        is       AUX   ccomp 7 O be
        open     ADJ   acomp 3
        ,        PUNCT punct 7
        Fenbrook PROPN nsubj 7 B-ORG
        said     VERB  ROOT  7 O say
        .        PUNCT punct 7
        """,
    )
    assert _found(resolver, doc) == [("ORG", "Fenbrook")]


@pytest.mark.parametrize("label", ["PERSON", "ORG"])
def test_party_names_are_organizations_whatever_the_model_says(
    blank_nlp, resolver, label
) -> None:
    """ "The Lib Dems say ...": a party is an organization (the model often
    types the short form PERSON)."""
    doc = parse(
        blank_nlp.vocab,
        "The Lib Dems say the plan works.",
        f"""
        The   DET   det   2
        Lib   PROPN compound 2 B-{label}
        Dems  PROPN nsubj 3 I-{label}
        say   VERB  ROOT  3 O say
        the   DET   det   5
        plan  NOUN  nsubj 6
        works VERB  ccomp 3 O work
        .     PUNCT punct 3
        """,
    )
    assert _found(resolver, doc) == [("ORG", "Lib Dems")]


def test_party_names_agree_with_the_quotes_lexicon() -> None:
    """The entity and quote components each ship the list (a saved pipeline
    carries its components' lexicons); the two must not drift apart."""
    from claimkit.components.entities.resolver import EntityResolver as _Resolver
    from claimkit.components.quotes import QuoteFinder

    entities = _Resolver("ck_entities").lexicon["party_names"]
    quotes = QuoteFinder("ck_quotes").lexicon["party_names"]
    assert entities and sorted(entities) == sorted(quotes)
