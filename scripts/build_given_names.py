"""Write claimkit/lexicons/given_names.txt from the US Census given-name lists.

Usage: python scripts/build_given_names.py [OUT]

The lists are the 1990 US Census frequency files (dist.male.first,
dist.female.first: a public-domain work of the US government) as shipped in
the PyPI package ``names`` (MIT licence; ``pip install names``, a dev extra).
Each output line is ``Name<TAB>gender<TAB>frequency``: gender ``m`` or ``f``
when at least nine in ten bearers are of it, else ``u``; frequency is the
percentage of the population bearing the name (male and female lists added,
each weighted by half). Nothing is downloaded at run time: the file ships.
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "claimkit" / "lexicons" / "given_names.txt"
SURE = 0.9  # share of bearers of one gender to call the name that gender


def read(kind: str) -> dict[str, float]:
    text = resources.files("names").joinpath(f"dist.{kind}.first").read_text()
    found: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 2:
            found[parts[0].title()] = float(parts[1])
    return found


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else OUT
    male, female = read("male"), read("female")
    lines = [
        "# Given names of the 1990 US Census (public domain) via the PyPI package"
        " 'names' (MIT).",
        "# name<TAB>gender (m/f/u)<TAB>percent of people; built by"
        " scripts/build_given_names.py",
    ]
    for name in sorted(male.keys() | female.keys()):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        total = m + f
        share = m / total if total else 0.5
        gender = "m" if share >= SURE else "f" if share <= 1 - SURE else "u"
        lines.append(f"{name}\t{gender}\t{total / 2:.3f}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{out}: {len(lines) - 2} names")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
