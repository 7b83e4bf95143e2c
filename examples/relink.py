"""Re-link stored articles across documents, without spaCy, and list top entities.

    python examples/relink.py articles.jsonl [-o linked.jsonl]

Linking works on records, so a JSONL file written by ``claimkit extract`` can be
re-linked (say, with a registry from another run) without loading a model.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
from collections import Counter
from pathlib import Path

import claimkit


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", type=Path)
    parser.add_argument("-o", "--output", type=Path)
    parser.add_argument("--top", type=int, default=10)
    args = parser.parse_args()

    articles = list(claimkit.read_articles(args.articles))
    if importlib.util.find_spec("claimkit.linking") is None:
        print(
            "claimkit.linking is not part of this claimkit version: not re-linked; "
            "entities keep the links they were stored with.",
            file=sys.stderr,
        )
    else:
        linking = importlib.import_module("claimkit.linking")
        articles = list(linking.link_articles(articles))
    mentions: Counter[tuple[str, str]] = Counter()
    names: dict[str, str] = {}
    for article in articles:
        for entity in article.entities:
            key = entity.link or f"{article.doc_id}/{entity.id}"
            names.setdefault(key, entity.name)
            mentions[(key, entity.label)] += len(entity.mentions)
    for (key, label), count in mentions.most_common(args.top):
        print(f"{count:5d}  {label:6s}  {names[key]}  [{key}]")
    if args.output:
        claimkit.write_records(articles, args.output)
        print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
