"""Extract claims from one article and print them; optionally save the HTML view.

python examples/one_article.py [ARTICLE.txt] [--html article.html]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import claimkit
from claimkit.display import render_html
from claimkit.report import summarize

HERE = Path(__file__).parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "article", nargs="?", type=Path, default=HERE / "articles" / "chip_selloff.txt"
    )
    parser.add_argument("--html", type=Path, help="write the highlighted article here")
    args = parser.parse_args()

    text = args.article.read_text(encoding="utf-8")
    article = claimkit.extract(text, doc_id=args.article.stem)
    print("\n".join(summarize([article])))
    for claim in article.quantities:
        print(f"{claim.text!r}: {claim.quantity.model_dump(exclude_none=True)}")
    if args.html:
        args.html.write_text(render_html(article), encoding="utf-8")
        print(f"wrote {args.html}")


if __name__ == "__main__":
    main()
