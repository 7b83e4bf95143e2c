"""List the entity records that differ between two claimkit outputs of the same articles.

Usage: python benchmarks/ner_diff.py OLD.jsonl NEW.jsonl [--context N]

For judging a recognizer change by hand (say, two weights of the entity
recognizer run over the same BBC articles): per article, an entity of one
output is matched to the other output's entity with the same label and name
(unchanged), else the same name with another label (retyped), else one whose
mentions overlap its own (re-spanned: the name changed); what matches nothing
is dropped (old only) or added (new only). Each difference is printed with
the text around its first mention, then the counts. Needs nothing but Python.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path


def read(path: Path) -> dict[str, dict]:
    articles = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            articles[article["doc_id"]] = article
    return articles


def spans(entity: dict) -> set[tuple[int, int]]:
    return {(m["start"], m["end"]) for m in entity["mentions"]}


def overlaps(a: dict, b: dict) -> bool:
    return any(s < e2 and s2 < e for s, e in spans(a) for s2, e2 in spans(b))


def context(text: str, entity: dict, width: int) -> str:
    first = min(entity["mentions"], key=lambda m: m["start"])
    left = text[max(0, first["start"] - width) : first["start"]]
    right = text[first["end"] : first["end"] + width]
    return f"{left}[[{text[first['start'] : first['end']]}]]{right}".replace("\n", " ")


def diff(old: dict, new: dict) -> list[tuple[str, dict | None, dict | None]]:
    """Pair the entities of one article: (kind, old entity, new entity)."""
    found: list[tuple[str, dict | None, dict | None]] = []
    left = list(old["entities"])
    right = list(new["entities"])
    for kind, same in (
        ("unchanged", lambda a, b: (a["label"], a["name"]) == (b["label"], b["name"])),
        ("retyped", lambda a, b: a["name"] == b["name"]),
        ("re-spanned", overlaps),
    ):
        for a in list(left):
            match = next((b for b in right if same(a, b)), None)
            if match is not None:
                found.append((kind, a, match))
                left.remove(a)
                right.remove(match)
    found += [("dropped", a, None) for a in left]
    found += [("added", None, b) for b in right]
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--context", type=int, default=60, help="characters each side")
    args = parser.parse_args(argv)
    old, new = read(args.old), read(args.new)
    counts: Counter[str] = Counter()
    for doc_id in sorted(old.keys() & new.keys()):
        for kind, a, b in diff(old[doc_id], new[doc_id]):
            counts[kind] += 1
            if kind == "unchanged":
                continue
            shown = b if b is not None else a
            assert shown is not None
            before = f"{a['label']} {a['name']!r}" if a else "-"
            after = f"{b['label']} {b['name']!r}" if b else "-"
            text = new[doc_id]["text"]
            print(f"{doc_id}\t{kind}\t{before} -> {after}")
            print(f"\t{context(text, shown, args.context)}")
    print(", ".join(f"{kind} {n}" for kind, n in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
