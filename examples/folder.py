"""Extract every article in a folder to JSONL, then count what was found.

python examples/folder.py FOLDER -o articles.jsonl [--n-process 2]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import claimkit
from claimkit.io import LineWriter
from claimkit.records import Failure


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("-o", "--output", type=Path, default=Path("articles.jsonl"))
    parser.add_argument("--n-process", type=int, default=1)
    args = parser.parse_args()

    failures: list[Failure] = []
    found: Counter[str] = Counter()
    with LineWriter(args.output) as out:
        for article in claimkit.extract_files(
            [args.folder], n_process=args.n_process, on_failure=failures.append
        ):
            out.write_record(article)
            found["articles"] += 1
            found["entities"] += len(article.entities)
            found["quantities"] += len(article.quantities)
            found["quotes"] += len(article.quotes)
    print(", ".join(f"{count} {what}" for what, count in found.items()))
    for failure in failures:
        print(f"failed: {failure.doc_id} ({failure.stage}): {failure.error}")
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
