"""Linking folds Latin letters NFKD leaves alone (ø, ł, đ, æ, þ); other scripts stay.

Regression tests for issue 13: "Ørsted" and "Orsted" got different links.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimkit.linking import EntityRegistry, Match, normalize_name
from claimkit.records import Article, Entity, Mention


def article(doc_id: str, label: str, name: str, *, context: bool = False) -> Article:
    """Build an Article whose entity is ``name``, mentioned once (and an ORG)."""
    mention = Mention(text=name, start=0, end=len(name))
    entity = Entity(id="e0", label=label, name=name, mentions=(mention,))  # type: ignore[arg-type]
    if not context:
        return Article(doc_id=doc_id, text=name, entities=(entity,))
    text = f"{name} of Tennis Europe"
    other = Entity(
        id="e1",
        label="ORG",
        name="Tennis Europe",
        mentions=(Mention(text="Tennis Europe", start=len(name) + 4, end=len(text)),),
    )
    return Article(doc_id=doc_id, text=text, entities=(entity, other))


def link_pair(label: str, first: str, second: str) -> tuple[str | None, str | None]:
    """Link two one-entity articles in order; return the two links.

    A one-word person name is a surname alone, which links only in an article
    that shares another entity with the earlier one: both get the same ORG.
    """
    registry = EntityRegistry()
    lone = label == "PERSON" and " " not in first
    one = registry.link_article(article("a", label, first, context=lone)).entities[0]
    two = registry.link_article(article("b", label, second, context=lone)).entities[0]
    return one.link, two.link


@pytest.mark.parametrize(
    ("name", "label", "expected"),
    [
        ("Ørsted", "ORG", "orsted"),
        ("ØRSTED A/S", "ORG", "orsted as"),
        ("Łukasz Kowalski", "PERSON", "lukasz kowalski"),
        ("Łódź Bank", "ORG", "lodz bank"),
        # đ folds to d (anyascii), not to the dj of English spelling.
        ("Novak Đoković", "PERSON", "novak dokovic"),
        ("Mærsk", "ORG", "maersk"),
        ("Œuvre Capital", "ORG", "oeuvre capital"),
        ("Þóra Ólafsdóttir", "PERSON", "thora olafsdottir"),
        ("Işık Holding", "ORG", "isik"),
        ("Straße AG", "ORG", "strasse"),
        ("Søren's", "PERSON", "soren"),
    ],
)
def test_linking_normalize_folds_latin_letters(
    name: str, label: str, expected: str
) -> None:
    assert normalize_name(name, label) == expected


# Latin-1 Supplement and Latin Extended-A: letters, and the few symbols there.
LATIN_NAMES = st.text(
    alphabet=st.characters(min_codepoint=0xC0, max_codepoint=0x17F)
    | st.sampled_from("abcXYZ .'-"),
    max_size=30,
)


@given(LATIN_NAMES, st.sampled_from([None, "PERSON", "ORG"]))
def test_linking_normalize_latin_names_come_out_ascii(
    name: str, label: str | None
) -> None:
    assert normalize_name(name, label).isascii()


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Ørsted", "Orsted"),
        ("Łukasz", "Lukasz"),
        ("Đoković", "Dokovic"),
        ("Mærsk", "Maersk"),
    ],
)
def test_linking_normalize_folded_spellings_meet(one: str, other: str) -> None:
    assert normalize_name(one) == normalize_name(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Đoković", "Djokovic"),  # a different spelling, left to the fuzzy score
        ("Møller", "Müller"),
        ("Ørsted", "Ørstad"),
        ("王毅", "王义"),  # both "WangYi" if romanized
        ("李强", "李克强"),
        ("Путин", "Путина"),
        ("محمد", "محمود"),
    ],
)
def test_linking_normalize_distinct_names_stay_apart(one: str, other: str) -> None:
    assert normalize_name(one) != normalize_name(other)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Владимир Путин", "владимир путин"),
        ("王毅", "王毅"),
        ("Αλέξης Τσίπρας", "αλεξησ τσιπρασ"),
        ("محمد بن سلمان", "محمد بن سلمان"),
    ],
)
def test_linking_normalize_keeps_other_scripts(name: str, expected: str) -> None:
    assert normalize_name(name) == expected


@pytest.mark.parametrize(
    ("label", "first", "second"),
    [
        ("ORG", "Ørsted", "Orsted"),
        ("ORG", "Łódź", "Lodz"),
        ("PERSON", "Novak Đoković", "Novak Dokovic"),
        ("PERSON", "Đoković", "Dokovic"),
        ("ORG", "Mærsk", "Maersk"),
    ],
)
def test_linking_folded_spellings_share_a_link(
    label: str, first: str, second: str
) -> None:
    one, two = link_pair(label, first, second)
    assert one is not None and one == two


def test_linking_folded_spelling_is_an_exact_match() -> None:
    registry = EntityRegistry()
    linked = registry.link_article(article("a", "PERSON", "Łukasz Kowalski"))
    entity_id = linked.entities[0].link
    assert entity_id is not None
    assert registry.match("Lukasz Kowalski", "PERSON") == Match(
        entity_id, 100.0, "exact"
    )
    assert registry.get(entity_id).aliases == ("Łukasz Kowalski",)


@pytest.mark.parametrize(
    ("label", "first", "second"),
    [
        ("PERSON", "王毅", "王义"),
        ("PERSON", "李强", "李克强"),
        ("ORG", "Møller", "Müller"),
        ("ORG", "Ørsted", "Ørstad Bank"),
    ],
)
def test_linking_distinct_names_keep_their_links(
    label: str, first: str, second: str
) -> None:
    one, two = link_pair(label, first, second)
    assert one is not None and two is not None and one != two
