"""Linking: ambiguous names need the context, hubs are context only when bound (issue 17).

The families of wrong links a BBC audit found, each as a negative beside the
positive the same rule must keep: a one-word name that is a place ("Leeds" the
club or the city) or a common word ("Time will tell"), a last word that is no
nickname ("Star" / "Daily Star", "Midlands" / "East Midlands"), a lone surname
whose only shared context is a hub ("BBC"), a middle name that makes another
person ("Tommy Lee Jones" / "Tom Jones"), a misspelling that changes a word's
first letter ("Mick" / "Nick McCarthy") and names that are no names (a line
break, a list). Sentences are ours.
"""

from __future__ import annotations

import re

from claimkit.linking import EntityRegistry
from claimkit.linking.normalize import (
    acronyms,
    article_countries,
    descriptor_words,
    is_junk,
    is_nickname,
    lower_words,
)
from tests.test_linking import make_article
from tests.test_linking_precision import article_from_text, distinct, link_all


def _hub(registry: EntityRegistry, name: str, articles: int) -> None:
    """Link ``articles`` filler articles that all name the ORG ``name``."""
    for i in range(articles):
        registry.link_article(
            make_article(f"hub{i}", ("ORG", name), ("PERSON", f"Filler Person{i}"))
        )


# -- places and common words ------------------------------------------------


def test_linking_a_place_name_needs_shared_context() -> None:
    """ "Leeds" the rugby club and "Leeds" the city are two entities."""
    _, (club, city, again) = link_all(
        make_article("a", ("ORG", "Leeds"), ("ORG", "Saracens Rugby Club")),
        make_article("b", ("ORG", "Leeds"), ("ORG", "Yorkshire Water Board")),
        make_article("c", ("ORG", "Leeds"), ("ORG", "Saracens Rugby Club")),
    )
    assert club["Leeds"] != city["Leeds"]
    assert again["Leeds"] == club["Leeds"]  # the same opponent: the club
    assert again["Leeds"] != city["Leeds"]


def test_linking_a_place_name_picks_the_homonym_its_context_shares() -> None:
    _, (club, city, again) = link_all(
        make_article("a", ("ORG", "Leeds"), ("ORG", "Saracens Rugby Club")),
        make_article("b", ("ORG", "Leeds"), ("ORG", "Yorkshire Water Board")),
        make_article("c", ("ORG", "Yorkshire Water Board"), ("ORG", "Leeds")),
    )
    assert again["Leeds"] == city["Leeds"] != club["Leeds"]


def test_linking_a_country_typed_org_is_a_side_the_context_must_name() -> None:
    """ "England" the football side and "England" the rugby side are two
    entities; so are "New Zealand" the rugby side and the cricket side, and the
    same side links again when a player is shared."""
    _, (football, rugby, again, blacks, cricket, blacks2) = link_all(
        make_article("a", ("ORG", "England"), ("PERSON", "Wayne Okafor")),
        make_article("b", ("ORG", "England"), ("PERSON", "Jonny Pellow")),
        make_article("c", ("ORG", "England"), ("PERSON", "Jonny Pellow")),
        make_article("d", ("ORG", "New Zealand"), ("PERSON", "Tana Rewiti")),
        make_article("e", ("ORG", "New Zealand"), ("PERSON", "Stephen Flemming")),
        make_article("f", ("ORG", "New Zealand"), ("PERSON", "Tana Rewiti")),
    )
    assert football["England"] != rugby["England"]
    assert again["England"] == rugby["England"]
    assert blacks["New Zealand"] != cricket["New Zealand"]
    assert blacks2["New Zealand"] == blacks["New Zealand"]


def test_linking_a_firm_named_like_no_country_still_links_alone() -> None:
    _, (a, b) = link_all(
        make_article("a", ("ORG", "New Zealand Telecom"), ("PERSON", "Ann Poutu")),
        make_article("b", ("ORG", "New Zealand Telecom"), ("PERSON", "Rob Kerei")),
    )
    assert a["New Zealand Telecom"] == b["New Zealand Telecom"]


def test_linking_a_word_the_article_writes_in_lower_case_needs_context() -> None:
    one = article_from_text(
        "a", "Time will tell, said Mr Okoro. It takes time.", {"Time": "ORG"}
    )
    two = article_from_text(
        "b", "Time will tell whether the time is right.", {"Time": "ORG"}
    )
    _, (a, b) = link_all(one, two)
    assert a["Time"] != b["Time"]


def test_linking_a_distinctive_one_word_name_still_links_alone() -> None:
    one = article_from_text("a", "Shares in Qantaro rose.", {"Qantaro": "ORG"})
    two = article_from_text("b", "Qantaro cut jobs.", {"Qantaro": "ORG"})
    _, (a, b) = link_all(one, two)
    assert a["Qantaro"] == b["Qantaro"]


def test_linking_lower_words_leave_out_names_and_compounds() -> None:
    words = lower_words("Time will tell; a well-known star's time")
    assert {"will", "tell", "star", "time"} <= words
    assert "well" not in words and "known" not in words


# -- last words that are no nicknames ------------------------------------------


def test_linking_a_compass_word_makes_a_region_not_a_team() -> None:
    assert not is_nickname("midlands", ("east", "midlands"))
    assert not is_nickname("york", ("new", "york"))
    assert is_nickname("oilers", ("edmonton", "oilers"))
    _, (region, club) = link_all(
        make_article("a", ("ORG", "East Midlands")),
        make_article("b", ("ORG", "Midlands"), ("ORG", "Stoke Rovers")),
    )
    assert region["East Midlands"] != club["Midlands"]


def test_linking_a_place_last_is_no_nickname() -> None:
    """ "Bristol" alone is the city or its club, never the radio station "BBC Bristol"."""
    assert not is_nickname("bristol", ("bbc", "bristol"))
    assert not is_nickname("leeds", ("radio", "leeds"))
    assert is_nickname("rovers", ("bristol", "rovers"))
    _, (station, club, again) = link_all(
        make_article("a", ("ORG", "BBC Bristol"), ("ORG", "Avon Harriers")),
        make_article("b", ("ORG", "Bristol"), ("ORG", "Avon Harriers")),
        make_article("c", ("ORG", "Bristol Rovers"), ("ORG", "Rovers")),
    )
    assert station["BBC Bristol"] != club["Bristol"]
    assert again["Rovers"] == again["Bristol Rovers"]


def test_linking_a_last_word_across_articles_needs_context() -> None:
    """ "Star" (a computer) is not the "Daily Star"; "Saints" not "All Saints"."""
    _, (_, paper, computer, band, club) = link_all(
        make_article("x", ("ORG", "Xerox Parc Labs")),
        make_article("a", ("ORG", "Daily Star"), ("ORG", "Chelsea Football Club")),
        make_article("b", ("ORG", "Star"), ("ORG", "Xerox Parc Labs")),
        make_article("c", ("ORG", "All Saints"), ("ORG", "Top Hits Records")),
        make_article("d", ("ORG", "Saints"), ("ORG", "Chelsea Football Club")),
    )
    assert computer["Star"] != paper["Daily Star"]
    assert club["Saints"] != band["All Saints"]


def test_linking_a_nickname_links_with_shared_context() -> None:
    _, (full, short) = link_all(
        make_article(
            "a", ("ORG", "Edmonton Oilers"), ("ORG", "National Hockey League")
        ),
        make_article("b", ("ORG", "Oilers"), ("ORG", "National Hockey League")),
    )
    assert short["Oilers"] == full["Edmonton Oilers"]


# -- hubs are no context --------------------------------------------------------


def test_linking_a_hub_is_no_shared_context() -> None:
    """Every article names the BBC: sharing it says nothing about "Bez"."""
    registry = EntityRegistry()
    _hub(registry, "BBC", 30)
    boss = registry.link_article(
        make_article("a", ("PERSON", "Ulrich Bez"), ("ORG", "BBC"))
    )
    singer = registry.link_article(make_article("b", ("PERSON", "Bez"), ("ORG", "BBC")))
    assert singer.entities[0].link != boss.entities[0].link
    # A rare shared entity is context.
    registry.link_article(
        make_article("c", ("PERSON", "Ulrich Bez"), ("ORG", "Aston Martin"))
    )
    again = registry.link_article(
        make_article("d", ("PERSON", "Bez"), ("ORG", "Aston Martin"))
    )
    assert again.entities[0].link == boss.entities[0].link


def _fillers(registry: EntityRegistry, count: int, *names: str) -> None:
    """Link ``count`` unrelated articles, each naming the ORGs ``names`` too."""
    for i in range(count):
        extra = tuple(("ORG", name) for name in names)
        registry.link_article(
            make_article(f"fill{i}", ("PERSON", f"Other Person{i}"), *extra)
        )


def test_linking_a_hub_bound_to_a_name_is_context() -> None:
    """ "Saracens" is in many articles, but in every one of the club's: context."""
    registry = EntityRegistry()
    first = registry.link_article(
        make_article("a0", ("ORG", "Leeds"), ("ORG", "Saracens Rugby Club"))
    )
    for i in range(1, 25):
        registry.link_article(
            make_article(f"a{i}", ("ORG", "Saracens Rugby Club"), ("ORG", "Leeds"))
        )
    _fillers(registry, 150)
    again = registry.link_article(
        make_article("z", ("ORG", "Leeds"), ("ORG", "Saracens Rugby Club"))
    )
    assert again.entities[0].link == first.entities[0].link


def test_linking_a_hub_everywhere_stays_no_context() -> None:
    """The BBC is in half of all articles, the club's included: no context."""
    registry = EntityRegistry()
    first = registry.link_article(make_article("a0", ("ORG", "Leeds"), ("ORG", "BBC")))
    for i in range(1, 25):
        registry.link_article(make_article(f"a{i}", ("ORG", "BBC"), ("ORG", "Leeds")))
    _fillers(registry, 60, "BBC")
    _fillers(registry, 60)
    city = registry.link_article(make_article("z", ("ORG", "Leeds"), ("ORG", "BBC")))
    assert city.entities[0].link != first.entities[0].link


def test_linking_the_namesake_with_more_shared_context_wins() -> None:
    """Two namesakes share context with an article: the one sharing more is it."""
    _, (club, city, both) = link_all(
        make_article(
            "a",
            ("ORG", "Leeds"),
            ("ORG", "Saracens Rugby Club"),
            ("PERSON", "Rob Ndlovu"),
        ),
        make_article("b", ("ORG", "Leeds"), ("ORG", "Yorkshire Water Board")),
        make_article(
            "c",
            ("ORG", "Leeds"),
            ("PERSON", "Rob Ndlovu"),
            ("ORG", "Saracens Rugby Club"),
            ("ORG", "Yorkshire Water Board"),
        ),
    )
    assert club["Leeds"] != city["Leeds"]
    assert both["Leeds"] == club["Leeds"]


def test_linking_namesakes_tied_on_context_link_neither() -> None:
    _, (club, city, both) = link_all(
        make_article("a", ("ORG", "Leeds"), ("ORG", "Saracens Rugby Club")),
        make_article("b", ("ORG", "Leeds"), ("ORG", "Yorkshire Water Board")),
        make_article(
            "c",
            ("ORG", "Leeds"),
            ("ORG", "Saracens Rugby Club"),
            ("ORG", "Yorkshire Water Board"),
        ),
    )
    assert both["Leeds"] not in (club["Leeds"], city["Leeds"])


def test_linking_a_mistyped_ambiguous_name_joins_the_namesake_its_context_shares() -> (
    None
):
    """ "Leeds" typed PERSON beside the club's opponent is the club, typed ORG."""
    _, (city, club, club2, mistyped, alone) = link_all(
        make_article("a", ("ORG", "Leeds"), ("ORG", "Yorkshire Water Board")),
        make_article("b", ("ORG", "Leeds"), ("ORG", "Saracens Rugby Club")),
        make_article("c", ("ORG", "Saracens Rugby Club"), ("ORG", "Leeds")),
        make_article("d", ("PERSON", "Leeds"), ("ORG", "Saracens Rugby Club")),
        make_article("e", ("PERSON", "Leeds"), ("ORG", "Oxfordshire Bee Society")),
    )
    assert club["Leeds"] == club2["Leeds"] != city["Leeds"]
    assert mistyped["Leeds"] == club["Leeds"]
    assert alone["Leeds"] not in (club["Leeds"], city["Leeds"])


# -- people ---------------------------------------------------------------------


def test_linking_a_middle_name_needs_the_context() -> None:
    _, (singer, actor) = link_all(
        make_article("a", ("PERSON", "Tom Jones"), ("ORG", "Decca Records")),
        make_article("b", ("PERSON", "Tommy Lee Jones"), ("ORG", "Warner Bros")),
    )
    assert singer["Tom Jones"] != actor["Tommy Lee Jones"]
    _, (a, b) = link_all(
        make_article("a", ("PERSON", "Eric Kirkpatrick"), ("ORG", "Acme Mills")),
        make_article("b", ("PERSON", "Eric Allen Kirkpatrick"), ("ORG", "Acme Mills")),
    )
    assert a["Eric Kirkpatrick"] == b["Eric Allen Kirkpatrick"]


def test_linking_a_person_typo_keeps_each_words_first_letter() -> None:
    _, articles = link_all(
        make_article("a", ("PERSON", "Nick McCarthy")),
        make_article("b", ("PERSON", "Mick McCarthy")),
        make_article("c", ("PERSON", "John Wayne")),
        make_article("d", ("PERSON", "John Payne")),
        make_article("e", ("PERSON", "David James")),
        make_article("f", ("PERSON", "James Davis")),
        make_article("g", ("PERSON", "Andy Davis")),
        make_article("h", ("PERSON", "Andy Davies")),
        make_article("i", ("PERSON", "John Houston")),
        make_article("j", ("PERSON", "John Huston")),
        make_article("k", ("PERSON", "Aretha Franklin")),
        make_article("l", ("PERSON", "Aretha Frankin")),
    )
    links = [link for article in articles for link in article.values()]
    assert distinct(*links[:10])  # two real surnames are two names
    assert links[10] == links[11]  # a dropped letter is a typo


def test_linking_a_person_typo_is_one_slip_in_the_surname() -> None:
    """Two letters more is another surname ("Mas" / "Massu"; "Moyes" /
    "Myers" is two slips too); a swap or a dropped letter is a typo, and a
    long surname may hold two."""
    _, articles = link_all(
        make_article("a", ("PERSON", "Tomas Vel")),
        make_article("b", ("PERSON", "Tomas Velsu")),
        make_article("c", ("PERSON", "Dora Hayes")),
        make_article("d", ("PERSON", "Dora Hyers")),
        make_article("e", ("PERSON", "Ilse Kowalczyk")),
        make_article("f", ("PERSON", "Ilse Kowalcyzk")),
        make_article("g", ("PERSON", "Nicoals Ostergaard")),
        make_article("h", ("PERSON", "Nicolas Ostergaard")),
    )
    links = [link for article in articles for link in article.values()]
    assert distinct(*links[:4])
    assert links[4] == links[5]  # a swap
    assert links[6] == links[7]  # a swap in the given name


def test_linking_a_common_given_name_alone_needs_context() -> None:
    _, (a, b) = link_all(
        make_article("a", ("PERSON", "Steve"), ("ORG", "Acme Foods")),
        make_article("b", ("PERSON", "Steve"), ("ORG", "Qantaro Mining")),
    )
    assert a["Steve"] != b["Steve"]


# -- names that are no names ----------------------------------------------------


def test_linking_junk_names_are_never_compared() -> None:
    assert is_junk("Wigan\n\nSunderland")
    assert is_junk("Dead, Oasis")
    assert not is_junk("Ford, the carmaker")
    assert not is_junk("Kirin Brewery Co., Ltd.")
    assert not is_junk("Sammy Davis, Jr.")
    _, (a, b, c) = link_all(
        make_article("a", ("ORG", "Sunderland")),
        make_article("b", ("ORG", "Wigan\n\nSunderland")),
        make_article("c", ("ORG", "Wigan\n\nSunderland")),
    )
    assert distinct(a["Sunderland"], b["Wigan\n\nSunderland"], c["Wigan\n\nSunderland"])


def test_linking_a_name_written_in_the_plural_is_a_common_noun() -> None:
    one = article_from_text(
        "a", "The MP spoke. Other MPs and Labour Whips agreed.", {"MP": "ORG"}
    )
    two = article_from_text("b", "An MP for Leeds resigned.", {"MP": "ORG"})
    three = article_from_text("c", "Each MP voted.", {"MP": "ORG"})
    _, (a, b, c) = link_all(one, two, three)
    assert distinct(a["MP"], b["MP"])  # "MPs": no name, links to nothing
    assert c["MP"] != a["MP"]


def test_linking_a_title_alone_is_no_organization() -> None:
    one = article_from_text("a", "Guy Mansfield QC said so.", {"QC": "ORG"})
    two = article_from_text("b", "Ann Lowe QC disagreed.", {"QC": "ORG"})
    _, (a, b) = link_all(one, two)
    assert a["QC"] != b["QC"]


def test_linking_a_generic_head_alone_needs_context() -> None:
    """ "House" of Flying Daggers and Man of the "House" are two films."""
    _, (a, b) = link_all(
        make_article("a", ("ORG", "House"), ("ORG", "Sony Pictures Classics")),
        make_article("b", ("ORG", "House"), ("ORG", "Columbia Pictures")),
    )
    assert a["House"] != b["House"]
    _, (c, d) = link_all(
        make_article("c", ("ORG", "Commons"), ("ORG", "Hansard Society")),
        make_article("d", ("ORG", "Commons"), ("ORG", "Hansard Society")),
    )
    assert c["Commons"] == d["Commons"]


def test_linking_two_chad_johnsons_stay_apart() -> None:
    """Issue 17: a name common in both words is two people when contexts differ."""
    _, (_, receiver, skater, again) = link_all(
        make_article("x", ("ORG", "Boston Bruins")),
        make_article("a", ("PERSON", "Chad Johnson"), ("ORG", "Cincinnati Bengals")),
        make_article("b", ("PERSON", "Chad Johnson"), ("ORG", "Boston Bruins")),
        make_article("c", ("PERSON", "Chad Johnson"), ("ORG", "Cincinnati Bengals")),
    )
    assert skater["Chad Johnson"] != receiver["Chad Johnson"]
    assert again["Chad Johnson"] == receiver["Chad Johnson"]
    # A rarer name links on the name alone, whatever the context.
    _, (one, two) = link_all(
        make_article("a", ("PERSON", "Chad Ochocinco"), ("ORG", "Cincinnati Bengals")),
        make_article("b", ("PERSON", "Chad Ochocinco"), ("ORG", "Boston Bruins")),
    )
    assert one["Chad Ochocinco"] == two["Chad Ochocinco"]


def test_linking_a_common_full_name_picks_the_namesake_its_context_shares() -> None:
    _, (_, receiver, skater, again) = link_all(
        make_article("x", ("ORG", "Boston Bruins"), ("ORG", "Cincinnati Bengals")),
        make_article("a", ("PERSON", "Chad Johnson"), ("ORG", "Cincinnati Bengals")),
        make_article("b", ("PERSON", "Chad Johnson"), ("ORG", "Boston Bruins")),
        make_article("c", ("ORG", "Boston Bruins"), ("PERSON", "Chad Johnson")),
    )
    assert skater["Chad Johnson"] != receiver["Chad Johnson"]
    assert again["Chad Johnson"] == skater["Chad Johnson"]


def test_linking_a_given_name_as_an_organization_needs_context() -> None:
    """ "Bruno" the rugby player (read as an ORG) is not Bruno the comic creation."""
    _, (_, player, comic) = link_all(
        make_article("x", ("ORG", "Stade Francais"), ("ORG", "Channel Four")),
        make_article("a", ("ORG", "Bruno"), ("ORG", "Stade Francais")),
        make_article("b", ("ORG", "Bruno"), ("ORG", "Channel Four")),
    )
    assert player["Bruno"] != comic["Bruno"]


def test_linking_a_defined_acronym_needs_context_elsewhere() -> None:
    """ "CCTV" footage in a football row is not China Central Television (CCTV)."""
    broadcaster = article_from_text(
        "b",
        "China Central Television (CCTV) and Xinhua Agency reported it.",
        {"China Central Television": "ORG", "CCTV": "ORG", "Xinhua Agency": "ORG"},
    )
    _, (_, footage, defining, later, again) = link_all(
        make_article("x", ("ORG", "Xinhua Agency"), ("ORG", "Millwall Football Club")),
        make_article("a", ("ORG", "CCTV"), ("ORG", "Millwall Football Club")),
        broadcaster,
        make_article("c", ("ORG", "CCTV"), ("ORG", "Millwall Football Club")),
        make_article("d", ("ORG", "CCTV"), ("ORG", "Xinhua Agency")),
    )
    assert defining["CCTV"] == defining["China Central Television"]
    assert footage["CCTV"] != defining["China Central Television"]
    assert later["CCTV"] == footage["CCTV"]  # the cameras again
    assert again["CCTV"] == defining["China Central Television"]


def test_linking_an_acronym_of_every_initial_links_without_shared_context() -> None:
    """ "PSMC" spelled out once links anywhere; three letters still need context."""
    registry = EntityRegistry()
    _fillers(registry, 60)
    registry.link_article(
        make_article("x", ("ORG", "Millwall Football Club"), ("ORG", "Kestrel Bank"))
    )
    defining = registry.link_article(
        article_from_text(
            "b",
            "Pacific Semiconductor Manufacturing Corp. (PSMC) and the Federal Trade "
            "Commission (FTC) met Dorvane Labs.",
            {
                "Pacific Semiconductor Manufacturing Corp.": "ORG",
                "PSMC": "ORG",
                "Federal Trade Commission": "ORG",
                "FTC": "ORG",
                "Dorvane Labs": "ORG",
            },
        )
    )
    here = {e.name: e.link for e in defining.entities}
    later, other = (
        {e.name: e.link for e in registry.link_article(article).entities}
        for article in (
            make_article("c", ("ORG", "PSMC"), ("ORG", "Millwall Football Club")),
            make_article("d", ("ORG", "FTC"), ("ORG", "Millwall Football Club")),
        )
    )
    assert here["PSMC"] == here["Pacific Semiconductor Manufacturing Corp."]
    assert later["PSMC"] == here["Pacific Semiconductor Manufacturing Corp."]
    assert other["FTC"] != here["Federal Trade Commission"]


# -- national bodies: one name, a body in many countries -----------------------


def test_linking_article_countries_reads_clear_evidence_only() -> None:
    us = "WASHINGTON - The ruling in Texas pleased American groups and the US trade body."
    assert article_countries(us)[0] == "us"
    both = "British and American officials met in London and Washington."
    here, named = article_countries(both)
    assert here is None and named == {"us", "uk"}
    # "us" the pronoun and a single cue say nothing
    assert article_countries("Tell us what you think of the plan.") == (
        None,
        frozenset(),
    )
    assert article_countries("A Canadian firm bid for the mine.")[0] is None


def test_linking_a_national_body_joins_the_one_of_its_country() -> None:
    """ "Supreme Court" in a US article and in a Canadian one are two courts;
    another US article joins the US court, and a ruling in Ottawa the
    Canadian one."""
    us = "In Washington, the Supreme Court heard a Texas case. American lawyers and US states filed."
    ca = "In Ottawa, the Supreme Court heard an Ontario case. Canadian lawyers from Toronto argued."
    us2 = (
        "The Supreme Court ruled for Texas; American unions and the US government lost."
    )
    ca2 = "Canada's Supreme Court in Ottawa sided with Quebec, Canadian media said."
    _, (a, b, c, d) = link_all(
        *(
            article_from_text(doc, text, {"Supreme Court": "ORG"})
            for doc, text in (("a", us), ("b", ca), ("c", us2), ("d", ca2))
        )
    )
    assert a["Supreme Court"] != b["Supreme Court"]
    assert c["Supreme Court"] == a["Supreme Court"]
    assert d["Supreme Court"] == b["Supreme Court"]


def test_linking_a_national_body_stays_when_the_article_names_its_country() -> None:
    """A UK party in an article mostly about Iraq that names Westminster too
    may be the UK's: it is not split off; an article with no clear country
    joins the body named in the most articles."""
    uk = "In London, the Green Party launched its British manifesto at Westminster, UK media said."
    uk2 = "The Green Party met in Edinburgh; Scottish and British members voted in London."
    iraq = (
        "Voters asked about Iraq: the Iraq war, Iraqi elections and Baghdad. "
        "At Westminster the Green Party said it would vote against."
    )
    plain = "The Green Party said it would stand candidates in every seat."
    _, (a, b, c, d) = link_all(
        *(
            article_from_text(doc, text, {"Green Party": "ORG"})
            for doc, text in (("a", uk), ("b", uk2), ("c", iraq), ("d", plain))
        )
    )
    assert a["Green Party"] == b["Green Party"] == c["Green Party"] == d["Green Party"]


def test_linking_an_unclear_article_naming_the_corpus_country_is_about_it() -> None:
    """In a corpus of UK stories, one about Argentina's Supreme Court came first;
    a later story with no clear country that names the UK means the UK's court,
    not Argentina's, and so do the next ones."""
    commons = (
        "British MPs said the House of Commons in London would sit at Westminster."
    )
    ar = "Argentine savers went to the Supreme Court in Buenos Aires, Argentina."
    unclear = "The Supreme Court will replace the Law Lords, ministers in the UK said."
    both = "The Supreme Court is new; ministers in the UK and a US expert agreed."
    plain = "The Supreme Court will sit for the first time next year."
    _, links = link_all(
        *(
            article_from_text(f"h{i}", commons, {"House of Commons": "ORG"})
            for i in range(3)
        ),
        *(
            article_from_text(doc, text, {"Supreme Court": "ORG"})
            for doc, text in (("ar", ar), ("u", unclear), ("b", both), ("p", plain))
        ),
    )
    other, uk, *later = (found["Supreme Court"] for found in links[3:])
    assert uk != other
    assert later == [uk, uk]


def test_linking_a_distinctive_name_ignores_the_article_country() -> None:
    """Only bodies many countries have are placed: a firm's name links across
    countries as before."""
    us = "In Washington, Acme Widgets met American and US regulators in Texas."
    ca = "In Ottawa, Acme Widgets met Canadian regulators from Toronto and Ontario."
    _, (a, b) = link_all(
        article_from_text("a", us, {"Acme Widgets": "ORG"}),
        article_from_text("b", ca, {"Acme Widgets": "ORG"}),
    )
    assert a["Acme Widgets"] == b["Acme Widgets"]


def test_linking_a_place_written_as_letters_stays_in_the_acronym() -> None:
    """ "UKIP" beside "UK Independence Party" in one article is that party, and
    later articles that write only "UKIP" join it; "UIP" is no such short name."""
    text = (
        "The UK Independence Party held its conference. Delegates cheered. "
        "UKIP leader Roger Knapman spoke, and UKIP candidates were named."
    )
    first = article_from_text(
        "a",
        text,
        {"UK Independence Party": "ORG", "UKIP": "ORG", "Roger Knapman": "PERSON"},
    )
    later = article_from_text(
        "b",
        "UKIP said Roger Knapman would stand again.",
        {"UKIP": "ORG", "Roger Knapman": "PERSON"},
    )
    other = make_article("c", ("ORG", "UIP"), ("ORG", "Utility Investment Partners"))
    _, (a, b, c) = link_all(first, later, other)
    assert a["UKIP"] == a["UK Independence Party"] == b["UKIP"]
    assert c["UIP"] != a["UK Independence Party"]
    assert acronyms(("uk", "independence", "party")) == ("uip", "ukip")
    assert acronyms(("general", "motors")) == ("gm",)


def test_linking_a_familiar_given_name_with_a_common_surname_needs_context() -> None:
    """ "Bernie Ebbers" is "Bernard Ebbers" (a rare surname); "Ken Jones" the
    rugby player is not "Kenny Jones" the drummer unless the context agrees;
    within one article "Dave Collins" and "David Collins" are one man."""
    _, (a, b, c, d, e) = link_all(
        make_article("a", ("PERSON", "Bernie Ebbers"), ("ORG", "WorldCom")),
        make_article("b", ("PERSON", "Bernard Ebbers"), ("ORG", "Zentrix Holdings")),
        make_article("c", ("PERSON", "Kenny Jones"), ("ORG", "Small Faces")),
        make_article("d", ("PERSON", "Ken Jones"), ("ORG", "Cardiff Arms Park")),
        make_article("e", ("PERSON", "Dave Collins"), ("PERSON", "David Collins")),
    )
    assert a["Bernie Ebbers"] == b["Bernard Ebbers"]
    assert c["Kenny Jones"] != d["Ken Jones"]
    assert e["Dave Collins"] == e["David Collins"]


def test_linking_a_common_full_name_joins_by_what_articles_call_it() -> None:
    """Issue 17: the same words before a common name are evidence of one person.

    Two articles about the shadow home secretary share no entity, yet call
    him by the same title; a striker of the same name is someone else.
    """
    texts = {
        "a": "Shadow Home Secretary David Davis criticised Acme Water.",
        "b": "Brill Foods was attacked by the shadow home secretary David Davis.",
        "c": "Corran Athletic striker David Davis scored twice.",
    }
    _, (_, first, second, striker) = link_all(
        make_article(
            "x",
            ("ORG", "Acme Water"),
            ("ORG", "Brill Foods"),
            ("ORG", "Corran Athletic"),
        ),
        article_from_text(
            "a", texts["a"], {"David Davis": "PERSON", "Acme Water": "ORG"}
        ),
        article_from_text(
            "b", texts["b"], {"David Davis": "PERSON", "Brill Foods": "ORG"}
        ),
        article_from_text(
            "c", texts["c"], {"David Davis": "PERSON", "Corran Athletic": "ORG"}
        ),
    )
    assert second["David Davis"] == first["David Davis"]
    assert striker["David Davis"] != first["David Davis"]


def test_descriptor_words_are_the_words_that_introduce_a_name() -> None:
    text = (
        "Chancellor Gordon Brown spoke. Tony Blair and Gordon Brown met. "
        "Coldplay's Gordon Brown sang, said Gordon Brown."
    )
    spans = [(m.start(), m.end()) for m in re.finditer("Gordon Brown", text)]
    assert descriptor_words(text, spans[:1]) == {"chancellor"}
    assert descriptor_words(text, spans[1:2]) == set()  # another name, not a title
    assert descriptor_words(text, spans[2:3]) == {"coldplay"}
    assert descriptor_words(text, spans[3:]) == set()  # "said" says nothing


def test_linking_one_word_national_bodies_join_by_country() -> None:
    """ "the Cabinet" and "Parliament" are many countries' bodies: a British
    story's joins the British one, a Japanese story's is another."""
    uk = "In London, the Cabinet met at Westminster; British ministers agreed."
    uk2 = "The Cabinet split over the UK budget, British papers said in London."
    jp = "In Tokyo, the Cabinet approved the Japanese budget; Japan's ministers agreed."
    _, (a, b, c) = link_all(
        *(
            article_from_text(doc, text, {"Cabinet": "ORG"})
            for doc, text in (("a", uk), ("b", uk2), ("c", jp))
        )
    )
    assert a["Cabinet"] == b["Cabinet"]
    assert c["Cabinet"] != a["Cabinet"]


def test_linking_a_short_name_joins_what_it_stands_for_once_that_is_bigger() -> None:
    """An "EU" seen before any definition is an entity of its own; once the
    European Union (EU) is named in several times as many articles, a later
    "EU" whose context agrees with neither is the European Union."""
    defining = [
        article_from_text(
            f"d{i}",
            "The European Union (EU) fined Pell Bank.",
            {"European Union": "ORG", "EU": "ORG", "Pell Bank": "ORG"},
        )
        for i in range(3)
    ]
    _, links = link_all(
        make_article("x", ("ORG", "Orlan Steel"), ("ORG", "Pell Bank")),
        make_article("a", ("ORG", "EU"), ("ORG", "Tarrow Mills")),
        *defining,
        make_article("b", ("ORG", "EU"), ("ORG", "Orlan Steel")),
    )
    _, early, *_, union, later = links
    assert early["EU"] != union["European Union"]
    assert later["EU"] == union["European Union"]
