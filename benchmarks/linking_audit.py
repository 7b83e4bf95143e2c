"""Sample cross-document links for a hand audit: is each the same real-world entity?

Usage: python benchmarks/linking_audit.py ARTICLES.jsonl [--n 50] [--seed N] [--width 160]

ARTICLES.jsonl is the output of ``claimkit extract`` or ``claimkit link
--articles-out`` (linked articles). A *multi-document link* is an entity
record whose ``link`` id is carried by entities of at least two documents.
The sample draws ``--n`` such records uniformly (each article entity once,
so a link is drawn as often as documents carry it) and pairs each with an
entity of the same link in another document, drawn with the same seed. Each
is printed with its first mention in context, its rule and score, so a judge
can say whether the two are one real-world entity.

Reads plain JSON lines; needs nothing but Python.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import defaultdict
from pathlib import Path


def _window(text: str, start: int, end: int, width: int) -> str:
    a, b = max(0, start - width // 2), min(len(text), end + width // 2)
    return (text[a:start] + "[[" + text[start:end] + "]]" + text[end:b]).replace(
        "\n", " / "
    )


def _show(article: dict, entity: dict, width: int) -> str:
    head = (
        f"{article['doc_id']}  {entity['label']} {entity['name']!r}"
        f"  rule={entity.get('link_rule')} score={entity.get('link_score')}"
        f"  mentions={[m['text'] for m in entity['mentions']][:6]}"
    )
    if not entity["mentions"]:
        return head
    mention = entity["mentions"][0]
    return (
        head
        + "\n      "
        + _window(article["text"], mention["start"], mention["end"], width)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", type=Path)
    parser.add_argument("--n", type=int, default=50)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--width", type=int, default=160)
    args = parser.parse_args()

    articles: list[dict] = []
    by_link: dict[str, list[tuple[int, int]]] = defaultdict(list)
    with args.articles.open(encoding="utf-8") as fh:
        for line in fh:
            article = json.loads(line)
            slot = len(articles)
            articles.append(
                {
                    "doc_id": article["doc_id"],
                    "text": article["text"],
                    "entities": article["entities"],
                }
            )
            for j, entity in enumerate(article["entities"]):
                if entity.get("link"):
                    by_link[entity["link"]].append((slot, j))
    multi = {
        link: members
        for link, members in by_link.items()
        if len({slot for slot, _ in members}) >= 2
    }
    records = sorted((slot, j) for members in multi.values() for slot, j in members)
    rng = random.Random(args.seed)
    sample = rng.sample(records, min(args.n, len(records)))
    print(
        f"{len(multi)} links span 2+ documents, carried by {len(records)} entity "
        f"records; sample of {len(sample)} with seed {args.seed}\n"
    )
    for i, (slot, j) in enumerate(sample, 1):
        article = articles[slot]
        entity = article["entities"][j]
        others = [(s, k) for s, k in multi[entity["link"]] if s != slot]
        other_slot, k = rng.choice(others)
        other = articles[other_slot]
        docs = len({s for s, _ in multi[entity["link"]]})
        print(f"#{i} link={entity['link']} ({docs} documents)")
        print("   A " + _show(article, entity, args.width))
        print("   B " + _show(other, other["entities"][k], args.width))
        print()


if __name__ == "__main__":
    main()
