"""Cross-document linking on a short set of tech news articles, against gold.

Usage: python benchmarks/linking_tech.py [--half a|b|c|all] [--articles DIR] [--keep DIR]

The set is examples/linking_tech/{a,b,c}: six invented wire-style articles a
half (half a for tuning; half b held out until measured, then tuned on; half
c written later and held out: measured, never tuned on), with its gold in
tests/data/golden/linking_tech.json. Per half the gold holds

- ``groups``: one real-world entity named in two or more articles, with its
  surface form per article; a group is *linked* when every listed mention is
  found as an entity and all of them carry the same ``link`` id;
- ``apart``: two different entities with confusable names in two articles;
  the pair is *kept apart* when the two have different link ids (or one of
  them is not found).

Each half is extracted with linking, as ``claimkit extract DIR -o OUT`` does
(``--keep DIR`` writes ``DIR/<half>.jsonl``); ``--articles DIR`` instead
re-links the stored ``DIR/<half>.jsonl`` with a fresh registry, as
``claimkit link`` does, without loading spaCy. Beside claimkit's figures
stands an exact-name baseline on the same entities: two entities link when
their normalized names are identical.

A mention is found when an entity has a mention of that text (a trailing
possessive aside), else when an entity mention overlaps one occurrence of
the text (reported as found under another name). Every miss is printed with
its cause: not found, found under another name, or different link ids (with
each entity's name, link and ``link_rule``); so is every apart pair kept apart
only because a mention was not found.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from claimkit.io import read_articles  # noqa: E402
from claimkit.linking import EntityRegistry, normalize_name  # noqa: E402
from claimkit.records import Article, Entity  # noqa: E402

if TYPE_CHECKING:
    from spacy.language import Language

ARTICLES = REPO / "examples" / "linking_tech"
GOLD = REPO / "tests" / "data" / "golden" / "linking_tech.json"
HALVES = ("a", "b", "c")


@dataclass(frozen=True)
class Found:
    """Where one gold mention ``[file, text]`` was found (entity None: not found)."""

    doc: str
    text: str
    entity: Entity | None
    exact: bool

    def describe(self) -> str:
        """Say how the mention was found, for a miss report."""
        where = f"{self.doc} {self.text!r}"
        if self.entity is None:
            return f"{where}: not found as an entity"
        e = self.entity
        name = "" if self.exact else f" under another name {_texts(e)}"
        return (
            f"{where}: found{name} as {e.label} {e.name!r}"
            f" link={e.link} rule={e.link_rule}"
        )


def _key(text: str) -> str:
    """Compare mention texts without case, a trailing possessive or full stop."""
    text = text.strip().rstrip(".").replace("\u2019", "'")
    if text.endswith("'s") or text.endswith("s'"):
        text = text[:-2] if text.endswith("'s") else text[:-1]
    return " ".join(text.casefold().split())


def _texts(entity: Entity) -> list[str]:
    return sorted({m.text for m in entity.mentions})


def find(article: Article, doc: str, text: str) -> Found:
    """Find the entity that carries the gold mention ``text`` in ``article``."""
    key = _key(text)
    exact = [
        e for e in article.entities if any(_key(m.text) == key for m in e.mentions)
    ]
    if exact:
        named = [e for e in exact if _key(e.name) == key]
        return Found(doc, text, (named or exact)[0], True)
    spans: list[tuple[int, int]] = []
    start = article.text.find(text)
    while start >= 0:
        spans.append((start, start + len(text)))
        start = article.text.find(text, start + 1)
    for entity in article.entities:
        for m in entity.mentions:
            if any(m.start < end and start < m.end for start, end in spans):
                return Found(doc, text, entity, False)
    return Found(doc, text, None, False)


def _same(found: Sequence[Found], baseline: bool) -> bool:
    """Do all found mentions share one link (or, for the baseline, one name)?"""
    if any(f.entity is None for f in found):
        return False
    keys = {_link_key(f.entity, baseline) for f in found if f.entity is not None}
    return len(keys) == 1 and None not in keys


def _link_key(entity: Entity, baseline: bool) -> str | None:
    if baseline:
        return f"{entity.label}:{normalize_name(entity.name, entity.label)}"
    return entity.link


def _partly(found: Sequence[Found]) -> bool:
    links = [f.entity.link for f in found if f.entity is not None and f.entity.link]
    return len(links) > len(set(links))


@dataclass
class HalfScore:
    """The outcome of one half: per gold case, passed or not, with its finds."""

    half: str
    groups: list[tuple[str, bool, bool, list[Found]]]
    apart: list[tuple[str, bool, bool, list[Found]]]

    def summary(self) -> dict[str, int]:
        """Counts: groups linked / partly, apart kept, and the baseline's."""
        return {
            "groups": sum(ok for _, ok, _, _ in self.groups),
            "partly": sum(not ok and _partly(found) for _, ok, _, found in self.groups),
            "groups_baseline": sum(base for _, _, base, _ in self.groups),
            "apart": sum(ok for _, ok, _, _ in self.apart),
            "apart_found": sum(
                ok and all(f.entity is not None for f in found)
                for _, ok, _, found in self.apart
            ),
            "apart_baseline": sum(base for _, _, base, _ in self.apart),
            "n_groups": len(self.groups),
            "n_apart": len(self.apart),
        }


def load_gold(path: Path = GOLD) -> dict[str, Any]:
    """Read the gold file."""
    gold: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return gold


def _doc_id(name: str) -> str:
    return Path(name).stem


def score(articles: Sequence[Article], gold: dict[str, Any], half: str) -> HalfScore:
    """Score one half's linked articles against its gold."""
    by_doc = {a.doc_id: a for a in articles}

    def locate(pair: Sequence[str]) -> Found:
        doc, text = pair
        return find(by_doc[_doc_id(doc)], doc, text)

    groups = []
    for group in gold[half]["groups"]:
        found = [locate(m) for m in group["mentions"]]
        groups.append((group["entity"], _same(found, False), _same(found, True), found))
    apart = []
    for pair in gold[half]["apart"]:
        found = [locate(m) for m in pair]
        label = f"{pair[0][1]} / {pair[1][1]}"
        apart.append((label, not _same(found, False), not _same(found, True), found))
    return HalfScore(half, groups, apart)


def extract(
    half: str, keep: Path | None = None, nlp: Language | None = None
) -> list[Article]:
    """Extract and link one half's articles, as ``claimkit extract`` does.

    ``nlp``: a pipeline from :func:`claimkit.load` (default: loaded here).
    """
    from claimkit.run import run_extract

    with tempfile.TemporaryDirectory() as tmp:
        out = (keep or Path(tmp)) / f"{half}.jsonl"
        out.parent.mkdir(parents=True, exist_ok=True)
        report = run_extract(
            [ARTICLES / half],
            out,
            nlp=nlp,
            registry=Path(tmp) / f"{half}.entities.jsonl",
        )
        if not report.ok:
            raise SystemExit(f"half {half}: extraction failed: {report.summary()}")
        return sorted(read_articles(out), key=lambda a: a.doc_id)


def relink(path: Path) -> list[Article]:
    """Re-link stored articles with a fresh registry, as ``claimkit link`` does."""
    articles = sorted(read_articles(path), key=lambda a: a.doc_id)
    return list(EntityRegistry().link_many(articles))


def report(result: HalfScore) -> None:
    """Print one half's figures and every miss with its cause."""
    s = result.summary()
    print(
        f"half {result.half}: groups fully linked {s['groups']}/{s['n_groups']}"
        f" (partly {s['partly']}), apart kept {s['apart']}/{s['n_apart']}"
        f" ({s['apart_found']} with both found);"
        f" exact-name baseline: groups {s['groups_baseline']}/{s['n_groups']},"
        f" apart {s['apart_baseline']}/{s['n_apart']}"
    )
    for name, ok, _, found in result.groups:
        if not ok:
            print(f"  GROUP MISSED  {name}")
            for f in found:
                print(f"      {f.describe()}")
    for name, ok, _, found in result.apart:
        if not ok or any(f.entity is None for f in found):
            print(f"  {'APART' if ok else 'MERGED'}  {name}")
            for f in found:
                print(f"      {f.describe()}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--half",
        choices=[*HALVES, "all", "both"],
        default="all",
        help="one half, or all of them ('both' is the old name of 'all')",
    )
    parser.add_argument("--articles", type=Path, help="re-link DIR/<half>.jsonl")
    parser.add_argument("--keep", type=Path, help="write DIR/<half>.jsonl")
    args = parser.parse_args(argv)
    gold = load_gold()
    for half in HALVES if args.half in ("all", "both") else (args.half,):
        if args.articles:
            articles = relink(args.articles / f"{half}.jsonl")
        else:
            articles = extract(half, args.keep)
        report(score(articles, gold, half))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
