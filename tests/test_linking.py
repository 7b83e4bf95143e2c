"""Cross-document linking: policy cases, properties, persistence and the CLI."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from claimkit.cli import app
from claimkit.io import read_articles, read_registry
from claimkit.linking import (
    EntityRegistry,
    best_match,
    link_articles,
    normalize_name,
)
from claimkit.linking.normalize import PERSON_SUFFIXES, PERSON_TITLES
from claimkit.records import Article, Entity, LinkedEntity, Mention
from tests.conftest import EXAMPLES, REPO, assert_offsets


def make_article(doc_id: str, *entities: tuple[str, str]) -> Article:
    """Build an Article whose text holds each (label, name) once."""
    text = ". ".join(name for _, name in entities)
    records = []
    start = 0
    for i, (label, name) in enumerate(entities):
        mention = Mention(text=name, start=start, end=start + len(name))
        records.append(Entity(id=f"e{i}", label=label, name=name, mentions=(mention,)))  # type: ignore[arg-type]
        start += len(name) + 2
    return Article(doc_id=doc_id, text=text, entities=tuple(records))


def links_of(article: Article) -> dict[str, str | None]:
    return {entity.name: entity.link for entity in article.entities}


def partition(articles: Sequence[Article]) -> set[frozenset[tuple[str, str]]]:
    """Group (doc_id, entity id) by link: the clusters without their ids."""
    groups: dict[str, set[tuple[str, str]]] = {}
    for article in articles:
        for entity in article.entities:
            assert entity.link is not None
            groups.setdefault(entity.link, set()).add((article.doc_id, entity.id))
    return {frozenset(group) for group in groups.values()}


# -- normalization -------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "label", "expected"),
    [
        ("NVIDIA Corp.", "ORG", "nvidia"),
        ("Nvidia's", "ORG", "nvidia"),
        ("Chargers'", "ORG", "chargers"),
        ("Société Générale SA", "ORG", "societe generale"),
        ("The Acme Group plc", "ORG", "acme"),
        ("U.S. Steel", "ORG", "us steel"),
        ("AT&T Inc.", "ORG", "att"),
        ("General Motors (GM)", "ORG", "general motors"),
        ("GM, Ford and Chrysler", "ORG", "gm ford and chrysler"),
        ("Dr. Regina Benjamin, MD", "PERSON", "regina benjamin"),
        ("U.S. President Barack Obama", "PERSON", "barack obama"),
        ("William Clay Ford Jr.", "PERSON", "william clay ford"),
        ("José Núñez", "PERSON", "jose nunez"),
        ("Jim O’Brien", "PERSON", "jim obrien"),
        ("Group", "ORG", "group"),
    ],
)
def test_linking_normalize_name(name: str, label: str, expected: str) -> None:
    assert normalize_name(name, label) == expected


# -- policy cases ----------------------------------------------------------


def test_linking_variants_share_one_id() -> None:
    registry = EntityRegistry()
    first = registry.link_article(make_article("a", ("ORG", "Nvidia")))
    second = registry.link_article(make_article("b", ("ORG", "NVIDIA Corp.")))
    third = registry.link_article(make_article("c", ("ORG", "Nvidia's")))
    ids = {a.entities[0].link for a in (first, second, third)}
    assert len(ids) == 1
    (entity,) = registry.entities()
    assert entity.doc_ids == ("a", "b", "c")
    assert entity.mention_count == 3
    assert set(entity.aliases) == {"Nvidia", "NVIDIA Corp.", "Nvidia's"}


def test_linking_micron_is_not_microsoft() -> None:
    registry = EntityRegistry()
    linked = list(
        link_articles(
            [
                make_article("a", ("ORG", "Microsoft")),
                make_article("b", ("ORG", "Micron")),
                make_article(
                    "c", ("ORG", "Micron Technology"), ("ORG", "Microsoft Corp.")
                ),
            ],
            registry=registry,
        )
    )
    microsoft = {linked[0].entities[0].link, linked[2].entities[1].link}
    micron = {linked[1].entities[0].link, linked[2].entities[0].link}
    assert len(microsoft) == 1 and len(micron) == 1
    assert microsoft != micron


def test_linking_shared_surname_is_ambiguous() -> None:
    registry = EntityRegistry()
    a = registry.link_article(make_article("a", ("PERSON", "Angela Zhang")))
    b = registry.link_article(make_article("b", ("PERSON", "Zhang Yiming")))
    c = registry.link_article(make_article("c", ("PERSON", "Zhang")))
    assert a.entities[0].link != b.entities[0].link
    assert c.entities[0].link not in {a.entities[0].link, b.entities[0].link}


def test_linking_a_shared_surname_joins_the_person_its_context_keeps() -> None:
    """ "Mr Blair" in a politics story is the Blair whose articles it shares."""
    registry = EntityRegistry()
    pm = registry.link_article(
        make_article("a", ("PERSON", "Tony Blair"), ("ORG", "Downing Street"))
    )
    dancer = registry.link_article(
        make_article("b", ("PERSON", "Lionel Blair"), ("ORG", "Strictly Ballroom Club"))
    )
    later = registry.link_article(
        make_article("c", ("PERSON", "Blair"), ("ORG", "Downing Street"))
    )
    neither = registry.link_article(make_article("d", ("PERSON", "Blair")))
    assert later.entities[0].link == pm.entities[0].link
    assert later.entities[0].link_rule == "surname"
    assert neither.entities[0].link not in {
        pm.entities[0].link,
        dancer.entities[0].link,
    }


def test_linking_unique_surname_links_when_context_agrees() -> None:
    registry = EntityRegistry()
    a = registry.link_article(
        make_article("a", ("PERSON", "Angela Zhang"), ("ORG", "Tesla"))
    )
    b = registry.link_article(make_article("b", ("PERSON", "Zhang"), ("ORG", "Tesla")))
    assert b.entities[0].link == a.entities[0].link
    assert b.entities[0].link_rule == "surname"
    # The only Zhang, but nothing in the article was ever seen beside her.
    c = registry.link_article(make_article("c", ("PERSON", "Zhang"), ("ORG", "Acme")))
    assert c.entities[0].link != a.entities[0].link


def test_linking_surname_uses_article_evidence() -> None:
    registry = EntityRegistry()
    registry.link_article(make_article("a", ("PERSON", "Angela Zhang")))
    registry.link_article(make_article("b", ("PERSON", "Wei Zhang")))
    article = make_article("c", ("PERSON", "Zhang"), ("PERSON", "Wei Zhang"))
    linked = links_of(registry.link_article(article))
    assert linked["Zhang"] == linked["Wei Zhang"]


def test_linking_subset_names_link_when_unambiguous() -> None:
    registry = EntityRegistry()
    linked = [
        links_of(registry.link_article(article))
        for article in [
            make_article("a", ("ORG", "High-Flyer AI"), ("ORG", "Meta")),
            make_article("b", ("ORG", "High-Flyer"), ("ORG", "Meta Platforms Inc.")),
        ]
    ]
    assert linked[0]["High-Flyer AI"] == linked[1]["High-Flyer"]
    assert linked[0]["Meta"] == linked[1]["Meta Platforms Inc."]


def test_linking_no_chain_through_a_short_name() -> None:
    """Single-link clustering would chain Meta Platforms and Meta Materials via Meta."""
    registry = EntityRegistry()
    linked = [
        links_of(registry.link_article(article))
        for article in [
            make_article("a", ("ORG", "Meta Platforms")),
            make_article("b", ("ORG", "Meta")),
            make_article("c", ("ORG", "Meta Materials")),
            make_article("d", ("ORG", "Acme Power"), ("ORG", "Acme Energy")),
            make_article("e", ("ORG", "Acme")),
        ]
    ]
    assert linked[1]["Meta"] == linked[0]["Meta Platforms"]
    assert linked[2]["Meta Materials"] != linked[0]["Meta Platforms"]
    assert linked[3]["Acme Power"] != linked[3]["Acme Energy"]
    assert linked[4]["Acme"] not in {
        linked[3]["Acme Power"],
        linked[3]["Acme Energy"],
    }


def test_linking_acronym_and_middle_name() -> None:
    registry = EntityRegistry()
    a = links_of(
        registry.link_article(
            make_article(
                "a",
                ("ORG", "General Motors"),
                ("ORG", "GM"),
                ("PERSON", "Eric Allen Kirkpatrick"),
            )
        )
    )
    b = links_of(
        registry.link_article(
            make_article("b", ("ORG", "GM"), ("PERSON", "Eric Kirkpatrick"))
        )
    )
    assert a["GM"] == a["General Motors"]
    assert b["GM"] == a["General Motors"]
    assert b["Eric Kirkpatrick"] == a["Eric Allen Kirkpatrick"]


def test_linking_acronym_alone_needs_a_definition() -> None:
    registry = EntityRegistry()
    a = links_of(registry.link_article(make_article("a", ("ORG", "General Motors"))))
    b = links_of(registry.link_article(make_article("b", ("ORG", "GM"))))
    assert b["GM"] != a["General Motors"]


def test_linking_initial_reads_only_that_initial() -> None:
    """ "J. Smith" links when one Smith has a J name, however many Smiths there are."""
    registry = EntityRegistry()
    people = ["Mary Smith", "Peter Smith", "Anne Smith", "John Smith", "Rose Smith"]
    links = [
        registry.link_article(make_article(f"d{i}", ("PERSON", name))).entities[0].link
        for i, name in enumerate(people)
    ]
    found = registry.link_article(make_article("x", ("PERSON", "J. Smith")))
    assert found.entities[0].link == links[people.index("John Smith")]
    other = EntityRegistry()
    for i, name in enumerate(["John Smith", "James Smith", "Mary Smith"]):
        other.link_article(make_article(f"d{i}", ("PERSON", name)))
    assert other.match("J. Smith", "PERSON") is None


def test_linking_common_given_name_needs_the_article() -> None:
    """A first name shared by a dozen people links only to its own article's one."""
    registry = EntityRegistry()
    surnames = [
        "Zhang",
        "Li",
        "Chen",
        "Liu",
        "Yang",
        "Huang",
        "Zhao",
        "Wu",
        "Zhou",
        "Sun",
        "Ma",
    ]
    for surname in surnames:
        registry.link_article(make_article(surname, ("PERSON", f"Wei {surname}")))
    assert registry.match("Wei", "PERSON") is None
    article = make_article("x", ("PERSON", "Wei Chen"), ("PERSON", "Wei"))
    linked = links_of(registry.link_article(article))
    assert linked["Wei"] == linked["Wei Chen"]


def test_linking_index_sets_are_not_gc_tracked() -> None:
    """The registry's id sets stay out of the collector's scans (a cost at scale)."""
    registry = EntityRegistry()
    registry.link_article(
        make_article("a", ("PERSON", "Angela Zhang"), ("ORG", "Acme Energy"))
    )
    registry.link_article(make_article("b", ("PERSON", "Zhang"), ("ORG", "Acme")))
    index = registry._index["PERSON"]
    tables = [index.surnames, index.given, index.first_last, index.initials]
    tables += [registry._index["ORG"].prefixes]
    assert all(table for table in tables)
    assert not any(gc.is_tracked(ids) for table in tables for ids in table.values())
    assert not any(gc.is_tracked(c.anchors) for c in registry._clusters)


def test_linking_corpus_typing_corrects_one_article() -> None:
    registry = EntityRegistry()
    for doc in ("a", "b"):
        org = registry.link_article(make_article(doc, ("ORG", "Nvidia")))
    odd = registry.link_article(make_article("c", ("PERSON", "Nvidia")))
    assert odd.entities[0].link == org.entities[0].link
    assert odd.entities[0].label == "ORG"
    assert len(registry) == 1


def test_linking_corpus_typing_needs_evidence() -> None:
    registry = EntityRegistry()
    org = registry.link_article(make_article("a", ("ORG", "Jordan")))
    person = registry.link_article(make_article("b", ("PERSON", "Jordan")))
    assert person.entities[0].link != org.entities[0].link
    assert person.entities[0].label == "PERSON"


def test_linking_typo_links_by_fuzzy_score() -> None:
    registry = EntityRegistry()
    a = registry.link_article(make_article("a", ("PERSON", "Alexandra Ocasio-Cortez")))
    b = registry.link_article(make_article("b", ("PERSON", "Alexandra Ocaiso Cortez")))
    assert b.entities[0].link == a.entities[0].link
    # "Cortes" and "Cortez" are both census surnames: two names, no typo.
    c = registry.link_article(make_article("c", ("PERSON", "Alexandra Ocasio Cortes")))
    assert c.entities[0].link != a.entities[0].link
    match = registry.match("Alexandra Ocasio Cortex", "PERSON")
    assert match is not None and match.rule == "fuzzy" and 90 <= match.score < 100


def test_linking_unknown_scorer_is_an_error() -> None:
    with pytest.raises(ValueError, match="E040"):
        EntityRegistry(scorer="nope")
    with pytest.raises(ValueError, match="E010"):
        EntityRegistry(score_cutoff=120)


def test_linking_relinking_a_doc_counts_once() -> None:
    registry = EntityRegistry()
    article = make_article("a", ("ORG", "Nvidia"), ("ORG", "Nvidia Corp"))
    registry.link_article(article)
    registry.link_article(article)
    (entity,) = registry.entities()
    assert entity.doc_ids == ("a",) and entity.mention_count == 2


def test_linking_keeps_offsets_and_other_fields() -> None:
    article = make_article("a", ("ORG", "Nvidia"), ("PERSON", "Angela Zhang"))
    (linked,) = link_articles([article])
    assert_offsets(linked)
    assert linked.model_copy(update={"entities": article.entities}) == article
    assert all(entity.link for entity in linked.entities)


# -- properties ------------------------------------------------------------

WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéü", min_size=2, max_size=9)
NAMES = st.lists(WORDS, min_size=1, max_size=3).map(" ".join)


@given(name=NAMES, label=st.sampled_from(["PERSON", "ORG"]))
@settings(max_examples=60, deadline=None)
def test_linking_name_links_to_itself(name: str, label: str) -> None:
    norm = normalize_name(name, label)
    if (
        not norm
        or norm in PERSON_TITLES
        or (label == "ORG" and norm in PERSON_SUFFIXES)
    ):
        # A title alone ("Dr", "Mr", "Agent"; an ORG "Gen") or a person's
        # suffix taken for an organization ("IV", "Jr") names nobody: it links
        # to nothing.
        return
    registry = EntityRegistry()
    # A one-word name (a surname, a place...) links only beside an entity its
    # articles share (here the ORG "Qqqq Zzzz").
    context = ("ORG", "Qqqq Zzzz")
    linked = registry.link_article(make_article("a", (label, name.title()), context))
    again = registry.link_article(make_article("b", (label, name.title()), context))
    assert again.entities[0].link == linked.entities[0].link
    match = registry.match(name.upper(), label)  # type: ignore[arg-type]
    # One word may be a surname, a place or a given name ("Ye"): with no
    # article, match() has no context to settle it.
    one_word = len(normalize_name(name, label).split()) == 1
    if normalize_name(name, label) and not one_word:
        assert match is not None and match.id == linked.entities[0].link
        assert match.score == 100.0
    assert best_match(name, {"x1": name}) == ("x1", 100.0, "exact") or not (
        normalize_name(name)
    )


@given(
    query=st.text(max_size=30),
    choices=st.dictionaries(
        st.from_regex(r"E[0-9]{1,3}", fullmatch=True), st.text(max_size=30), max_size=6
    ),
    scorer=st.sampled_from(["ratio", "token_sort_ratio", "token_set_ratio", "WRatio"]),
)
@settings(max_examples=100, deadline=None)
def test_linking_scores_stay_in_range(
    query: str, choices: dict[str, str], scorer: str
) -> None:
    match = best_match(query, choices, scorer=scorer, score_cutoff=0)
    if choices:
        assert match is not None and 0.0 <= match.score <= 100.0
        assert match.id in choices
    else:
        assert match is None


POOL = [
    ("PERSON", ("Angela", "Zhang")),
    ("PERSON", ("Zhang", "Yiming")),
    ("PERSON", ("Maurice", "Cheeks")),
    ("PERSON", ("Regina", "Benjamin")),
    ("ORG", ("Nvidia",)),
    ("ORG", ("Microsoft",)),
    ("ORG", ("Micron",)),
    ("ORG", ("Acme", "Capital")),
    ("ORG", ("Acme", "Energy")),
    ("ORG", ("Samsung", "Electronics")),
]


@st.composite
def variant(draw: st.DrawFn, item: int) -> tuple[str, str]:
    label, words = POOL[item]
    name = " ".join(words)
    if label == "ORG":
        name += draw(st.sampled_from(["", " Inc.", " Corp", "'s", " plc"]))
    else:
        name = draw(st.sampled_from(["", "Dr. ", "Mr. "])) + name
        name += draw(st.sampled_from(["", "'s"]))
    case = draw(st.sampled_from([str, str.upper, str.lower]))
    return label, case(name)


@st.composite
def corpus(draw: st.DrawFn) -> list[Article]:
    articles = []
    for doc in range(draw(st.integers(2, 6))):
        picked = draw(
            st.lists(st.integers(0, len(POOL) - 1), min_size=1, max_size=4, unique=True)
        )
        entities = [draw(variant(i)) for i in picked]
        surnames = [POOL[i][1][-1] for i in picked if POOL[i][0] == "PERSON"]
        for i in picked:
            label, words = POOL[i]
            # A surname alone, only beside its full name and never ambiguous there.
            if (
                label == "PERSON"
                and surnames.count(words[-1]) == 1
                and words[-1] != "Zhang"
                and draw(st.booleans())
            ):
                entities.append(("PERSON", words[-1]))
        articles.append(make_article(f"d{doc}", *entities))
    return articles


@given(articles=corpus(), data=st.data())
@settings(max_examples=60, deadline=None)
def test_linking_article_order_does_not_change_clusters(
    articles: list[Article], data: st.DataObject
) -> None:
    shuffled = data.draw(st.permutations(articles))
    first = list(link_articles(articles))
    second = list(link_articles(shuffled))
    assert partition(first) == partition(second)
    truth: dict[str, set[str]] = {}
    for article in first:
        for entity in article.entities:
            base = normalize_name(entity.name, entity.label).split()[-1]
            truth.setdefault(base + entity.label, set()).add(entity.link or "")
    assert all(len(links) == 1 for links in truth.values())


@given(articles=corpus(), split=st.integers(0, 12))
@settings(max_examples=40, deadline=None)
def test_linking_saved_registry_behaves_like_the_live_one(
    articles: list[Article], split: int, tmp_path_factory: pytest.TempPathFactory
) -> None:
    # The third Kowalczyk spelling is within the cutoff of the second only:
    # it links through an alias, which a reloaded registry must still hold.
    articles = [
        make_article("x1", ("ORG", "Kowalczyk Industries")),
        make_article("x2", ("ORG", "Kowalczyk Industriez")),
        *articles,
        make_article("x3", ("ORG", "Kowalcz Industriez"), ("PERSON", "Cheeks")),
        make_article("x4", ("ORG", "Samsung"), ("ORG", "Nvidia Technologies")),
    ]
    split = min(split, len(articles))
    whole = list(link_articles(articles))
    path = tmp_path_factory.mktemp("registry") / "entities.jsonl"
    first = EntityRegistry()
    part = list(link_articles(articles[:split], registry=first))
    first.save(path)
    part += link_articles(articles[split:], registry=EntityRegistry.load(path))
    assert part == whole


# -- persistence -----------------------------------------------------------

BATCH_1 = [
    make_article(
        "a", ("ORG", "Nvidia"), ("PERSON", "Angela Zhang"), ("ORG", "Meta Platforms")
    ),
    make_article("b", ("ORG", "NVIDIA Corp."), ("PERSON", "Zhang"), ("ORG", "Micron")),
]
BATCH_2 = [
    make_article(
        "c", ("ORG", "Meta"), ("PERSON", "Angela Zhang's"), ("ORG", "Microsoft")
    ),
    make_article(
        "d", ("ORG", "Nvidia"), ("PERSON", "Zhang Yiming"), ("PERSON", "Zhang")
    ),
]


def test_linking_registry_round_trip(tmp_path: Path) -> None:
    registry = EntityRegistry()
    list(link_articles(BATCH_1 + BATCH_2, registry=registry))
    path = tmp_path / "entities.jsonl"
    assert registry.save(path) == len(registry)
    loaded = EntityRegistry.load(path)
    assert loaded.entities() == registry.entities()
    assert list(read_registry(path)) == registry.entities()


def test_linking_incremental_runs_keep_ids(tmp_path: Path) -> None:
    whole = list(link_articles(BATCH_1 + BATCH_2))
    path = tmp_path / "entities.jsonl"
    first = EntityRegistry()
    part_1 = list(link_articles(BATCH_1, registry=first))
    first.save(path)
    second = EntityRegistry.load(path)
    part_2 = list(link_articles(BATCH_2, registry=second))
    assert part_1 + part_2 == whole
    second.save(path)
    assert EntityRegistry.load(path).entities() == second.entities()


def test_linking_save_is_atomic(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "entities.jsonl"
    registry = EntityRegistry()
    list(link_articles(BATCH_1, registry=registry))
    registry.save(path)
    before = path.read_bytes()
    list(link_articles(BATCH_2, registry=registry))

    entities = registry.entities

    def crash() -> Iterator[LinkedEntity]:
        yield next(iter(entities()))
        raise OSError("disk full")

    monkeypatch.setattr(registry, "entities", crash)
    with pytest.raises(OSError, match="disk full"):
        registry.save(path)
    assert path.read_bytes() == before


def test_linking_imports_no_spacy() -> None:
    code = (
        "import sys, claimkit.linking, claimkit.records, claimkit.io, claimkit.cli; "
        "assert 'spacy' not in sys.modules, 'spacy imported'"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize(
    "module",
    [
        "claimkit.linking",
        "claimkit.linking.normalize",
        "claimkit.linking.candidates",
        "claimkit.linking.registry",
    ],
)
def test_linking_package_imports_no_spacy(module: str) -> None:
    code = f"import sys, {module}; assert 'spacy' not in sys.modules, 'spacy imported'"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr


# -- CLI -------------------------------------------------------------------


def write_jsonl(path: Path, articles: Sequence[Article]) -> None:
    path.write_text(
        "".join(a.model_dump_json() + "\n" for a in articles), encoding="utf-8"
    )


def test_linking_cli_link_command(tmp_path: Path) -> None:
    source = tmp_path / "articles.jsonl"
    write_jsonl(source, BATCH_1)
    registry = tmp_path / "entities.jsonl"
    linked = tmp_path / "linked.jsonl"
    result = CliRunner().invoke(
        app, ["link", str(source), "-o", str(registry), "--articles-out", str(linked)]
    )
    assert result.exit_code == 0, result.output
    articles = list(read_articles(linked))
    assert [a.doc_id for a in articles] == ["a", "b"]
    assert all(e.link for a in articles for e in a.entities)
    ids = {e.id for e in read_registry(registry)}
    assert {e.link for a in articles for e in a.entities} == ids

    # A second batch starting from the first registry keeps its ids.
    second = tmp_path / "batch2.jsonl"
    write_jsonl(second, BATCH_2)
    result = CliRunner().invoke(
        app, ["link", str(second), "-o", str(registry), "--registry", str(registry)]
    )
    assert result.exit_code == 0, result.output
    after = {e.id: e for e in read_registry(registry)}
    assert ids <= set(after)
    nvidia = next(e for e in after.values() if e.name == "Nvidia")
    assert nvidia.doc_ids == ("a", "b", "d")


def test_linking_cli_link_reports_bad_input(tmp_path: Path) -> None:
    source = tmp_path / "articles.jsonl"
    source.write_text('{"doc_id": "x"}\n', encoding="utf-8")
    result = CliRunner().invoke(
        app, ["link", str(source), "-o", str(tmp_path / "e.jsonl")]
    )
    assert result.exit_code == 2
    assert "E022" in result.output
    assert not (tmp_path / "e.jsonl").exists()


@pytest.mark.model
def test_linking_cli_extract_links_and_registry(tmp_path: Path, nlp: object) -> None:
    inputs = sorted(EXAMPLES.glob("*.*"))[:3]
    out = tmp_path / "out.jsonl"
    runner = CliRunner()
    result = runner.invoke(
        app, ["extract", *map(str, inputs), "-o", str(out), "--no-progress"]
    )
    assert result.exit_code == 0, result.output
    articles = list(read_articles(out))
    assert all(e.link for a in articles for e in a.entities)
    default_registry = tmp_path / "out.entities.jsonl"
    links = {e.link for a in articles for e in a.entities}
    assert links == {e.id for e in read_registry(default_registry)}

    plain = tmp_path / "plain.jsonl"
    result = runner.invoke(
        app,
        ["extract", *map(str, inputs), "-o", str(plain), "--no-progress", "--no-link"],
    )
    assert result.exit_code == 0, result.output
    assert all(e.link is None for a in read_articles(plain) for e in a.entities)
    assert not (tmp_path / "plain.entities.jsonl").exists()

    shared = tmp_path / "registry.jsonl"
    again = tmp_path / "again.jsonl"
    for target in (out, again):
        result = runner.invoke(
            app,
            ["extract", *map(str, inputs), "-o", str(target), "--no-progress",
             "--registry", str(shared)],
        )  # fmt: skip
        assert result.exit_code == 0, result.output
    first = [e.link for a in read_articles(out) for e in a.entities]
    second = [e.link for a in read_articles(again) for e in a.entities]
    assert first == second  # the second run linked to the first run's ids
    stored = {e.id: e for e in read_registry(shared)}
    assert set(first) == set(stored)
    assert json.loads(shared.read_text().splitlines()[0])["id"] == "E1"


@pytest.mark.model
def test_linking_cli_extract_resume_keeps_links(tmp_path: Path, nlp: object) -> None:
    inputs = sorted(EXAMPLES.glob("*.*"))[:3]
    folder = tmp_path / "in"
    folder.mkdir()
    for path in inputs[:2]:
        (folder / path.name).write_bytes(path.read_bytes())
    runner = CliRunner()
    partial = tmp_path / "partial.jsonl"
    args = ["--no-progress", "-o", str(partial)]
    assert runner.invoke(app, ["extract", str(folder), *args]).exit_code == 0
    (tmp_path / "partial.entities.jsonl").unlink()  # as if the run had crashed
    (folder / inputs[2].name).write_bytes(inputs[2].read_bytes())
    result = runner.invoke(app, ["extract", str(folder), *args, "--resume"])
    assert result.exit_code == 0, result.output
    whole = tmp_path / "whole.jsonl"
    result = runner.invoke(
        app, ["extract", str(folder), "--no-progress", "-o", str(whole)]
    )
    assert result.exit_code == 0, result.output
    resumed = {a.doc_id: a for a in read_articles(partial)}
    for article in read_articles(whole):
        assert resumed[article.doc_id].entities == article.entities
    assert (tmp_path / "partial.entities.jsonl").read_text() == (
        tmp_path / "whole.entities.jsonl"
    ).read_text()


def test_linking_copies_match_model_copy() -> None:
    from claimkit.linking.registry import _replaced

    entity = make_article("a", ("PERSON", "Nvidia")).entities[0]
    for update in ({"link": "E1"}, {"link": "E2", "label": "ORG"}):
        fast = _replaced(entity, update)
        slow = entity.model_copy(update=update)
        assert fast == slow and fast.model_dump_json() == slow.model_dump_json()
        assert fast.model_fields_set == slow.model_fields_set
        assert hash(fast) == hash(slow)
    assert entity.link is None and entity.label == "PERSON"


def test_linking_title_alone_links_nothing() -> None:
    registry = EntityRegistry()
    first = registry.link_article(make_article("a", ("PERSON", "Dr")))
    second = registry.link_article(make_article("b", ("PERSON", "Dr")))
    assert first.entities[0].link != second.entities[0].link
