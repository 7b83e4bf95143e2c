"""Linking precision: the wrong merges and splits of issue 17, as policy cases.

Every wrong merge the issue lists has a negative here, and every split it lists
a positive or a negative with the reason. Names are the issue's; the sentences
are ours.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimkit.linking import EntityRegistry
from claimkit.linking.evidence import abbreviates, find_definitions
from claimkit.linking.normalize import (
    base_tokens,
    label_tokens,
    numbers_apart,
    plural_apart,
)
from claimkit.records import Article, Entity, LinkedEntity, Mention
from tests.test_linking import make_article


def article_from_text(doc_id: str, text: str, names: dict[str, str]) -> Article:
    """Build an Article from real text: each name at every place it stands."""
    entities = []
    for i, (name, label) in enumerate(names.items()):
        mentions = tuple(
            Mention(text=name, start=found.start(), end=found.end())
            for found in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)
        )
        assert mentions, name
        entities.append(Entity(id=f"e{i}", label=label, name=name, mentions=mentions))  # type: ignore[arg-type]
    return Article(doc_id=doc_id, text=text, entities=tuple(entities))


def link_all(*articles: Article) -> tuple[EntityRegistry, list[dict[str, str | None]]]:
    registry = EntityRegistry()
    linked = [registry.link_article(article) for article in articles]
    return registry, [{e.name: e.link for e in a.entities} for a in linked]


def distinct(*links: str | None) -> bool:
    return len(set(links)) == len(links)


# -- wrong merges the issue lists: each one stays apart ------------------------


def test_linking_sp_is_not_studiocomix_press() -> None:
    _, (a, b) = link_all(
        make_article("a", ("ORG", "Studiocomix Press")),
        make_article("b", ("ORG", "S&P"), ("ORG", "Dow Jones")),
    )
    assert distinct(a["Studiocomix Press"], b["S&P"])


def test_linking_gm_is_not_go_mobile_nor_gmac() -> None:
    _, (a, b, c, d, e) = link_all(
        make_article("a", ("ORG", "GO Mobile")),
        make_article("b", ("ORG", "GM")),
        make_article("c", ("ORG", "General Motors"), ("ORG", "GM")),
        make_article("d", ("ORG", "GMAC")),
        make_article("e", ("ORG", "General Motors Acceptance Corp.")),
    )
    assert distinct(a["GO Mobile"], b["GM"])
    assert c["GM"] == c["General Motors"] != a["GO Mobile"]
    assert d["GMAC"] not in {c["GM"], a["GO Mobile"]}
    assert e["General Motors Acceptance Corp."] != c["General Motors"]


def test_linking_us_house_is_not_canadas_house_of_commons() -> None:
    _, (a, b, c, d) = link_all(
        make_article("a", ("ORG", "U.S. House")),
        make_article("b", ("ORG", "House of Commons")),
        make_article("c", ("ORG", "Canadian House")),
        make_article("d", ("ORG", "House")),
    )
    assert distinct(a["U.S. House"], b["House of Commons"], c["Canadian House"])
    assert d["House"] not in {a["U.S. House"], c["Canadian House"]}


def test_linking_us_senate_is_not_canadian_senate_nor_its_committee() -> None:
    _, (a, b, c, d) = link_all(
        make_article("a", ("ORG", "U.S. Senate")),
        make_article("b", ("ORG", "Canadian Senate")),
        make_article("c", ("ORG", "Senate Budget Committee"), ("ORG", "Senate")),
        make_article("d", ("ORG", "Senate")),
    )
    assert distinct(
        a["U.S. Senate"], b["Canadian Senate"], c["Senate Budget Committee"]
    )
    assert c["Senate"] != c["Senate Budget Committee"]
    assert d["Senate"] not in {a["U.S. Senate"], b["Canadian Senate"]}
    assert d["Senate"] != c["Senate Budget Committee"]


def test_linking_place_words_block_a_fuzzy_link() -> None:
    registry = EntityRegistry()
    registry.link_article(make_article("a", ("ORG", "UK Senate")))
    assert registry.match("US Senate", "ORG") is None
    assert registry.match("UK Senat", "ORG") is not None  # a typo still links


def test_linking_a_number_blocks_a_fuzzy_link() -> None:
    """A channel is not its brand, nor one station another."""
    registry = EntityRegistry()
    registry.link_article(make_article("a", ("ORG", "Skyline Movies")))
    registry.link_article(make_article("b", ("ORG", "Radio Kestrel 4")))
    assert registry.match("Skyline Movies 2", "ORG") is None
    assert registry.match("Radio Kestrel 1", "ORG") is None
    assert registry.match("Skyline Moviez", "ORG") is not None  # a typo still links
    assert registry.match("Radio Kestrell 4", "ORG") is not None


def test_linking_a_plural_variant_needs_shared_context() -> None:
    """The US appeals court is not the English one; a party is its members."""
    _, (us, uk, party, members) = link_all(
        make_article(
            "a", ("ORG", "Court of Appeals"), ("ORG", "Justice Department Fund")
        ),
        make_article("b", ("ORG", "Court of Appeal"), ("ORG", "Home Office Trust")),
        make_article("c", ("ORG", "Green Dems"), ("PERSON", "Callum Brodie")),
        make_article("d", ("ORG", "Green Dem"), ("PERSON", "Callum Brodie")),
    )
    assert us["Court of Appeals"] != uk["Court of Appeal"]
    assert members["Green Dem"] == party["Green Dems"]


def test_linking_number_and_plural_variants_are_read_by_words() -> None:
    assert numbers_apart(("sky", "movies", "1"), ("sky", "movies"))
    assert numbers_apart(("route", "66"), ("route", "67"))
    assert not numbers_apart(("sky", "movies"), ("sky", "moviez"))
    assert plural_apart(("court", "of", "appeal"), ("court", "of", "appeals"))
    assert not plural_apart(("boss", "group"), ("bos", "group"))
    assert not plural_apart(("court", "of", "appeal"), ("court", "of", "apeal"))
    assert not plural_apart(("court",), ("court",))


@pytest.mark.parametrize("order", [0, 1])
def test_linking_mlb_network_is_not_mlb(order: int) -> None:
    first, second = ("ORG", "MLB Network"), ("ORG", "MLB")
    if order:
        first, second = second, first
    _, (a, b, c) = link_all(
        make_article("a", first),
        make_article("b", second),
        make_article("c", ("ORG", "MLB Network"), ("ORG", "MLB")),
    )
    assert distinct(a[first[1]], b[second[1]])
    assert c["MLB Network"] != c["MLB"]


def test_linking_cleveland_teams_stay_apart() -> None:
    _, (a, b, c, d) = link_all(
        make_article("a", ("ORG", "Cleveland Browns")),
        make_article("b", ("ORG", "Cleveland Indians")),
        make_article("c", ("ORG", "Cleveland")),
        make_article("d", ("ORG", "Browns")),
    )
    assert distinct(a["Cleveland Browns"], b["Cleveland Indians"], c["Cleveland"])
    assert d["Browns"] == a["Cleveland Browns"]


def test_linking_jones_needs_the_only_jones_and_context() -> None:
    registry, (a, b, c) = link_all(
        make_article("a", ("PERSON", "Chris Jones"), ("ORG", "Kansas City Chiefs")),
        make_article("b", ("PERSON", "Jones"), ("ORG", "Kansas City Chiefs")),
        make_article("c", ("PERSON", "Tamsin Jones"), ("ORG", "Acme Foods")),
    )
    assert b["Jones"] == a["Chris Jones"]  # the only Jones then, same team
    later = registry.link_article(
        make_article("d", ("PERSON", "Jones"), ("ORG", "Kansas City Chiefs"))
    )
    assert later.entities[0].link not in {a["Chris Jones"], c["Tamsin Jones"]}


def test_linking_two_lone_surnames_need_agreeing_context() -> None:
    _, (a, _, c, d) = link_all(
        make_article("a", ("PERSON", "Jones"), ("ORG", "Acme Foods")),
        make_article("b", ("ORG", "Kansas City Chiefs")),
        make_article("c", ("PERSON", "Jones"), ("ORG", "Kansas City Chiefs")),
        make_article("d", ("PERSON", "Jones"), ("ORG", "Acme Foods")),
    )
    # The Chiefs were known, and never beside that Jones: the context disagrees.
    assert c["Jones"] != a["Jones"]
    # A second Jones entity now exists: "Jones" alone is ambiguous.
    assert d["Jones"] not in {a["Jones"], c["Jones"]}


def test_linking_lone_surname_links_when_nothing_contradicts() -> None:
    _, (a, b) = link_all(
        make_article("a", ("PERSON", "Jackman"), ("ORG", "Acme Foods")),
        make_article("b", ("PERSON", "Jackman"), ("ORG", "Oscar Academy")),
    )
    assert a["Jackman"] == b["Jackman"]


def test_linking_a_title_alone_is_no_surname() -> None:
    _, (a, b, c) = link_all(
        make_article("a", ("PERSON", "Apple CEO"), ("ORG", "Apple")),
        make_article("b", ("PERSON", "CEO"), ("ORG", "Apple")),
        make_article("c", ("PERSON", "CEO"), ("ORG", "Apple")),
    )
    assert distinct(a["Apple CEO"], b["CEO"], c["CEO"])


def test_linking_edmonton_is_not_the_oilers() -> None:
    _, (a, b, c) = link_all(
        make_article("a", ("ORG", "Edmonton Oilers")),
        make_article("b", ("ORG", "Edmonton")),
        make_article("c", ("ORG", "Edmonton Oilers"), ("ORG", "Edmonton")),
    )
    assert b["Edmonton"] != a["Edmonton Oilers"]
    assert c["Edmonton"] != c["Edmonton Oilers"]


def test_linking_mp_is_not_mets_poet() -> None:
    _, (a, b) = link_all(
        make_article("a", ("ORG", "Mets Poet")),
        make_article("b", ("ORG", "MP")),
    )
    assert a["Mets Poet"] != b["MP"]


def test_linking_democratic_and_labour_parties_keep_their_country() -> None:
    _, (a, b, c, d, e) = link_all(
        make_article("a", ("ORG", "Democratic Party")),
        make_article("b", ("ORG", "Hong Kong Democratic Party")),
        make_article("c", ("ORG", "US Democratic Party")),
        make_article("d", ("ORG", "Hong Kong Labour Party")),
        make_article("e", ("ORG", "UK Labour Party"), ("ORG", "Labour")),
    )
    assert distinct(
        a["Democratic Party"],
        b["Hong Kong Democratic Party"],
        c["US Democratic Party"],
    )
    assert distinct(d["Hong Kong Labour Party"], e["UK Labour Party"])
    assert e["Labour"] != d["Hong Kong Labour Party"]


# -- splits the issue lists ------------------------------------------------------


def test_linking_fed_links_when_an_article_defines_it(tmp_path: Path) -> None:
    text = "The Federal Reserve (Fed) held rates. The Fed said more later."
    defining = article_from_text("a", text, {"Federal Reserve": "ORG", "Fed": "ORG"})
    registry = EntityRegistry()
    a = registry.link_article(defining)
    fed = {e.name: e for e in a.entities}
    assert fed["Fed"].link == fed["Federal Reserve"].link
    assert fed["Fed"].link_rule == "acronym"
    b = registry.link_article(make_article("b", ("ORG", "Fed")))
    assert b.entities[0].link == fed["Federal Reserve"].link
    assert b.entities[0].link_rule == "alias"
    (entity,) = registry.entities()
    assert entity.learned_aliases == ("Fed",)
    path = tmp_path / "entities.jsonl"
    registry.save(path)
    reloaded = EntityRegistry.load(path)
    c = reloaded.link_article(make_article("c", ("ORG", "Fed")))
    assert c.entities[0].link == fed["Federal Reserve"].link


def test_linking_fed_alone_is_not_the_federal_reserve() -> None:
    _, (a, b) = link_all(
        make_article("a", ("ORG", "Federal Reserve")),
        make_article("b", ("ORG", "Fed")),
    )
    assert a["Federal Reserve"] != b["Fed"]


def test_linking_vw_links_when_defined() -> None:
    text = "Volkswagen AG (VW) recalled cars. VW shares fell."
    registry = EntityRegistry()
    a = registry.link_article(
        article_from_text("a", text, {"Volkswagen AG": "ORG", "VW": "ORG"})
    )
    b = registry.link_article(make_article("b", ("ORG", "VW")))
    c = registry.link_article(make_article("c", ("ORG", "Volkswagen")))
    links = {e.name: e.link for e in a.entities}
    assert links["VW"] == links["Volkswagen AG"] == b.entities[0].link
    assert c.entities[0].link == links["Volkswagen AG"]


def test_linking_an_earlier_acronym_entity_joins_its_definition() -> None:
    registry = EntityRegistry()
    first = registry.link_article(make_article("a", ("ORG", "GM")))
    text = "General Motors (GM) cut jobs."
    second = registry.link_article(
        article_from_text("b", text, {"General Motors": "ORG", "GM": "ORG"})
    )
    assert {e.link for e in second.entities} == {first.entities[0].link}
    rules = {e.name: e.link_rule for e in second.entities}
    assert rules == {"General Motors": "acronym", "GM": "acronym"}


def test_linking_learns_acronyms_among_one_entitys_mentions() -> None:
    text = "General Motors (GM) cut jobs. GM said so."
    article = article_from_text("a", text, {"General Motors": "ORG"})
    gm = Mention(text="GM", start=text.index("GM"), end=text.index("GM") + 2)
    entity = article.entities[0].model_copy(
        update={"mentions": (*article.entities[0].mentions, gm)}
    )
    registry = EntityRegistry()
    registry.link_article(article.model_copy(update={"entities": (entity,)}))
    assert registry.entities()[0].learned_aliases == ("GM",)
    assert registry.match("GM", "ORG") is not None


@pytest.mark.parametrize("order", [0, 1])
def test_linking_oilers_micron_and_cardinals_link(order: int) -> None:
    pairs = [
        ("Edmonton Oilers", "Oilers"),
        ("Micron Technology", "Micron"),
        ("Arizona Cardinals", "Cardinals"),
    ]
    for full, short in pairs:
        first, second = (full, short) if order == 0 else (short, full)
        _, (a, b) = link_all(
            make_article("a", ("ORG", first)), make_article("b", ("ORG", second))
        )
        assert a[first] == b[second], (full, short)


def test_linking_a_division_is_not_its_parent() -> None:
    _, (a, b, c, d) = link_all(
        make_article("a", ("ORG", "Sony Pictures Entertainment")),
        make_article("b", ("ORG", "Sony")),
        make_article("c", ("ORG", "GM Financial")),
        make_article("d", ("ORG", "GM Financial"), ("ORG", "GM")),
    )
    assert b["Sony"] != a["Sony Pictures Entertainment"]
    assert d["GM"] != c["GM Financial"] and d["GM"] != d["GM Financial"]


def test_linking_a_place_after_of_is_no_nickname() -> None:
    _, (a, b, c) = link_all(
        make_article("a", ("ORG", "Aguas de Barcelona")),
        make_article("b", ("ORG", "Barcelona")),
        make_article("c", ("ORG", "University of Oxford"), ("ORG", "Oxford")),
    )
    assert b["Barcelona"] != a["Aguas de Barcelona"]
    assert c["Oxford"] != c["University of Oxford"]


def test_linking_cardinals_shared_by_two_teams_stays_unlinked() -> None:
    _, (a, b, c) = link_all(
        make_article("a", ("ORG", "Arizona Cardinals")),
        make_article("b", ("ORG", "St. Louis Cardinals")),
        make_article("c", ("ORG", "Cardinals")),
    )
    assert c["Cardinals"] not in {a["Arizona Cardinals"], b["St. Louis Cardinals"]}


def test_linking_cbc_news_is_the_cbc() -> None:
    """A broadcaster known by its letters is named by its news division."""
    _, (a, b, c, d, e) = link_all(
        make_article("a", ("ORG", "CBC")),
        make_article("b", ("ORG", "CBC News")),
        make_article("c", ("ORG", "the BBC's News"), ("ORG", "BBC")),
        make_article("d", ("ORG", "Fox"), ("ORG", "Sky")),
        make_article("e", ("ORG", "Fox News"), ("ORG", "Sky News")),
    )
    assert a["CBC"] == b["CBC News"]
    assert c["the BBC's News"] == c["BBC"]
    # Channels named by a word, not letters, are channels of their own.
    assert e["Fox News"] != d["Fox"] and e["Sky News"] != d["Sky"]


def test_linking_familiar_given_names_link() -> None:
    _, (a, b, c) = link_all(
        make_article("a", ("PERSON", "Lawrence Lessig")),
        make_article("b", ("PERSON", "Larry Lessig")),
        make_article("c", ("PERSON", "Mo Lessig")),
    )
    assert a["Lawrence Lessig"] == b["Larry Lessig"]
    assert c["Mo Lessig"] != a["Lawrence Lessig"]


def test_linking_familiar_given_name_needs_one_match() -> None:
    _, (a, b, c) = link_all(
        make_article("a", ("PERSON", "Lawrence James Klein")),
        make_article("b", ("PERSON", "Lawrence Peter Klein")),
        make_article("c", ("PERSON", "Larry Klein")),
    )
    assert a["Lawrence James Klein"] != b["Lawrence Peter Klein"]
    assert c["Larry Klein"] not in {
        a["Lawrence James Klein"],
        b["Lawrence Peter Klein"],
    }


def test_linking_a_chinese_name_links_in_either_order() -> None:
    registry = EntityRegistry()
    linked = [
        registry.link_article(make_article(doc, ("PERSON", name)))
        for doc, name in (("a", "Gao Minrui"), ("b", "Minrui Gao"), ("c", "Gao Minrui"))
    ]
    a, b, c = (article.entities[0] for article in linked)
    assert a.link == b.link == c.link
    assert (b.link_rule, c.link_rule) == ("name_order", "exact")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Wang Li", "Li Wang"),  # two Chinese surnames: either may be the given name
        ("Jordan Lin", "Lin Jordan"),  # "Jordan" is a given name
        ("Zhou Miller", "Miller Zhou"),  # "Miller" is a census surname
        ("Tan Yu", "Yu Tan"),
    ],
)
def test_linking_reversed_names_stay_apart_unless_chinese(
    first: str, second: str
) -> None:
    _, (a, b) = link_all(
        make_article("a", ("PERSON", first)), make_article("b", ("PERSON", second))
    )
    assert distinct(a[first], b[second])


# -- evidence on the records -----------------------------------------------------


def test_linking_entities_keep_rule_and_score() -> None:
    registry = EntityRegistry()
    a = registry.link_article(make_article("a", ("PERSON", "Alexandra Ocasio-Cortez")))
    b = registry.link_article(make_article("b", ("PERSON", "Alexandra Ocaiso Cortez")))
    c = registry.link_article(make_article("c", ("PERSON", "Alexandra Ocasio-Cortez")))
    assert (a.entities[0].link_rule, a.entities[0].link_score) == ("new", None)
    assert b.entities[0].link_rule == "fuzzy"
    assert b.entities[0].link_score is not None and 90 <= b.entities[0].link_score < 100
    assert (c.entities[0].link_rule, c.entities[0].link_score) == ("exact", 100.0)


def test_linking_old_records_still_validate() -> None:
    entity = Entity.model_validate_json('{"id": "e0", "label": "ORG", "name": "Acme"}')
    assert entity.link_rule is None and entity.link_score is None
    stored = LinkedEntity.model_validate_json(
        '{"id": "E1", "label": "ORG", "name": "Acme", "aliases": ["Acme"]}'
    )
    assert stored.learned_aliases == ()


def test_linking_abbreviation_letters_run_in_order() -> None:
    assert abbreviates("Fed", "Federal Reserve")
    assert abbreviates("VW", "Volkswagen AG")
    assert abbreviates("S&P", "Standard & Poor's")
    assert not abbreviates("AAPL", "Apple")
    assert not abbreviates("GM", "Ford Motor")


def test_linking_definitions_need_brackets_or_initials() -> None:
    def tokens(name: str, label: str) -> tuple[str, ...]:
        return tuple(label_tokens(base_tokens(name), label))

    text = "Volkswagen AG sold cars. VW said. The Federal Reserve, Fed."
    article = article_from_text(
        "a",
        text,
        {"Volkswagen AG": "ORG", "VW": "ORG", "Federal Reserve": "ORG", "Fed": "ORG"},
    )
    assert find_definitions(article, tokens).short_of == {}


def test_linking_mr_and_a_given_name_is_someone_else() -> None:
    """ "Mr Lionel" is no "Lionel Quarry" when the article calls that man "Mr Quarry"."""
    text = (
        "Party chiefs dropped Lionel Quarry as a candidate. Mr Quarry said he would "
        "appeal. Mr Lionel, the party leader, said the rules were clear."
    )
    _, (a,) = link_all(
        article_from_text("a", text, {"Lionel Quarry": "PERSON", "Lionel": "PERSON"})
    )
    assert a["Lionel"] != a["Lionel Quarry"]
    # Surname first, as in "Xie Xuren": the article's "Mr Xie" is the same man.
    text = "Finance minister Xie Xuren spoke on Monday. Mr Xie said taxes would fall."
    _, (b,) = link_all(
        article_from_text("b", text, {"Xie Xuren": "PERSON", "Xie": "PERSON"})
    )
    assert b["Xie"] == b["Xie Xuren"]
