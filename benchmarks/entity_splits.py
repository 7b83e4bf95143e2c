"""List likely within-article splits: one entity under two ids in one article.

Usage: python benchmarks/entity_splits.py OUT.jsonl [--limit N] [--skip N]

Reads claimkit's output (one Article a line) and, per article, prints each pair
of entities whose names look like one entity's: the same letters once case,
spaces, hyphens, apostrophes and a leading "the" are set aside ("TimeWarner",
"Time Warner"); every word of one name inside the other ("Ford", "Doug Ford");
one name the initials of the other ("CEA", "Consumer Electronics
Association"). Namesakes ("Ray", "Ray Charles"'s brother) match too, so read
the pairs and count by hand; the totals at the end are candidates, not
errors. Needs nothing but Python.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from itertools import combinations

_SMALL = {"of", "the", "and", "for", "&", "de", "du", "la"}


def words(name: str) -> list[str]:
    name = re.sub(r"(?:'s|’s|'|’)$", "", name.strip()).casefold()
    found = re.findall(r"[\w&]+", name)
    return found[1:] if found[:1] == ["the"] and len(found) > 1 else found


def initials(ws: list[str]) -> str:
    return "".join(w[0] for w in ws if w not in _SMALL)


def same_entity(a: list[str], b: list[str]) -> str | None:
    """Why names ``a`` and ``b`` (word lists) may name one entity, or None."""
    if not a or not b:
        return None
    if "".join(a) == "".join(b):
        return "same letters"
    short, full = sorted((a, b), key=len)
    if len(full) > 1 and set(short) <= set(full):
        return "words inside"
    if len(short) == 1 and len(full) > 1 and short[0] == initials(full):
        return "initials"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--limit", type=int, default=40, help="articles read")
    parser.add_argument("--skip", type=int, default=0, help="articles skipped first")
    args = parser.parse_args(argv)
    articles = pairs = 0
    with open(args.path, encoding="utf-8") as fh:
        lines = fh.readlines()[args.skip : args.skip + args.limit]
    for line in lines:
        article = json.loads(line)
        articles += 1
        ents = article.get("entities", [])
        for x, y in combinations(ents, 2):
            why = same_entity(words(x["name"]), words(y["name"]))
            if why is None:
                continue
            pairs += 1
            print(
                f"{article.get('doc_id')}\t{why}\t{x['id']} {x['label']} {x['name']!r}"
                f"\t{y['id']} {y['label']} {y['name']!r}"
            )
    print(f"{articles} articles, {pairs} candidate pairs", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
