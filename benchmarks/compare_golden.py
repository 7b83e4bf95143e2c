"""Score claimkit.compare end to end on a folder of articles with golden groups.

    python benchmarks/compare_golden.py ARTICLES_DIR GOLDEN.json

Runs the whole pipeline (extract, link, compare) on the articles and checks
the golden file: every golden group must be found as exactly one group with
the right status and articles, and no two figures of an "apart" pair may share
a group. The golden file holds

- ``groups``: each with ``subject_name``, ``status`` and ``docs``; optional
  ``texts`` (one figure's text per doc, as a substring of the member's text)
  pins the members; without it the group is matched by subject name and
  ``concept``;
- ``apart``: pairs of ``[doc_id, text]`` figures.

Groups found that the golden file does not list are printed as extra: read
them, they are either a golden file gap or a false group.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from claimkit.compare import compare
from claimkit.io import read_articles
from claimkit.records import ClaimGroup
from claimkit.run import run_extract


def _holds(group: ClaimGroup, doc: str, text: str) -> bool:
    return any(m.doc_id == doc and text in m.text for m in group.members)


def _matches(group: ClaimGroup, gold: dict[str, Any]) -> bool:
    docs = sorted({m.doc_id for m in group.members})
    if "texts" in gold:
        pinned = zip(gold["docs"], gold["texts"], strict=True)
        return all(_holds(group, d, t) for d, t in pinned)
    return (group.subject_name, group.concept) == (
        gold["subject_name"],
        gold["concept"],
    ) and docs == sorted(gold["docs"])


def score(groups: list[ClaimGroup], golden: dict[str, Any]) -> dict[str, int]:
    """Print each golden case's outcome; return the counts."""
    found = right = 0
    used: set[str] = set()
    for gold in golden["groups"]:
        hits = [g for g in groups if _matches(g, gold)]
        used.update(g.id for g in hits)
        label = f"{gold['subject_name']} / {gold.get('measure', gold.get('concept'))}"
        if len(hits) != 1:
            print(f"  MISSED  {label}: {len(hits)} matching groups")
            continue
        (hit,) = hits
        found += 1
        ok = hit.status == gold["status"]
        right += ok
        mark = "ok     " if ok else "STATUS "
        print(f"  {mark} {label}: {hit.status} (golden {gold['status']})")
    broken = 0
    for first, second in golden["apart"]:
        for group in groups:
            if _holds(group, *first) and _holds(group, *second):
                broken += 1
                print(f"  JOINED  {first} ~ {second} in {group.subject_name}")
                break
    extra = [g for g in groups if g.id not in used]
    for group in extra:
        texts = "; ".join(f"{m.doc_id}: {m.text}" for m in group.members)
        print(
            f"  extra   {group.subject_name} / {group.concept} [{group.status}] {texts}"
        )
    return {
        "golden groups": len(golden["groups"]),
        "found": found,
        "right status": right,
        "apart pairs": len(golden["apart"]),
        "apart joined": broken,
        "extra groups": len(extra),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", type=Path, help="folder of article files")
    parser.add_argument("golden", type=Path, help="golden groups (JSON)")
    args = parser.parse_args(argv)
    golden = json.loads(args.golden.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "articles.jsonl"
        run_extract([args.articles], out)
        groups = compare(read_articles(out))
    counts = score(groups, golden)
    print(" | ".join(f"{k} {v}" for k, v in counts.items()))
    perfect = counts["right status"] == counts["golden groups"]
    return 0 if perfect and not counts["apart joined"] else 1


if __name__ == "__main__":
    sys.exit(main())
