"""The ``spacing`` rule: one organization written as one word and as several.

"Supermicro" and "Super Micro Computer", "TimeWarner" and "Time Warner" are
one company; the words run together spell the one word. Negatives: a word
that distinguishes ("Pay Pal Network" is no "Paypal"), initials, two
companies that spell the same word, people, and short words.
"""

from __future__ import annotations

import pytest

from claimkit.linking import EntityRegistry
from claimkit.records import Article
from tests.test_linking import make_article


def _linked(*articles: Article) -> list[dict[str, tuple[str | None, str | None]]]:
    registry = EntityRegistry()
    return [
        {e.name: (e.link, e.link_rule) for e in registry.link_article(a).entities}
        for a in articles
    ]


def test_one_word_name_links_to_the_words_it_runs_together() -> None:
    a, b = _linked(
        make_article("a", ("ORG", "Super Micro Computer"), ("ORG", "Nvidia")),
        make_article("b", ("ORG", "Supermicro"), ("ORG", "Dell")),
    )
    assert b["Supermicro"] == (a["Super Micro Computer"][0], "spacing")


def test_several_words_link_to_the_one_word_name_seen_first() -> None:
    a, b = _linked(
        make_article("a", ("ORG", "TimeWarner")),
        make_article("b", ("ORG", "Time Warner Inc"), ("ORG", "AOL")),
    )
    assert b["Time Warner Inc"] == (a["TimeWarner"][0], "spacing")


@pytest.mark.parametrize(
    ("label", "several", "one"),
    [
        ("ORG", "Pay Pal Network", "Paypal"),  # a word that distinguishes
        ("ORG", "J Brandmoor", "Jbrandmoor"),  # an initial
        ("PERSON", "Anna Belle", "Annabelle"),  # people
        ("ORG", "Ar Mo Group", "Armo"),  # a one word of four letters
    ],
)
def test_names_the_rule_does_not_read_stay_apart(
    label: str, several: str, one: str
) -> None:
    a, b = _linked(make_article("a", (label, several)), make_article("b", (label, one)))
    assert a[several][0] != b[one][0]


def test_two_companies_spelling_the_word_leave_it_unlinked() -> None:
    a, b, c = _linked(
        make_article("a", ("ORG", "Blue Harbor Group")),
        make_article("b", ("ORG", "Blueh Arbor Holdings")),
        make_article("c", ("ORG", "Blueharbor")),
    )
    assert c["Blueharbor"][0] not in (
        a["Blue Harbor Group"][0],
        b["Blueh Arbor Holdings"][0],
    )
