"""Write claimkit/lexicons/given_names.txt from the US Census given-name lists.

Usage: python scripts/build_given_names.py [OUT]

The lists are the 1990 US Census frequency files (dist.male.first,
dist.female.first: a public-domain work of the US government) as shipped in
the PyPI package ``names`` (MIT licence; ``pip install names``, a dev extra).
Each output line is ``Name<TAB>gender<TAB>frequency``: gender ``m`` or ``f``
when at least nine in ten bearers are of it, else ``u``; frequency is the
percentage of the population bearing the name (male and female lists added,
each weighted by half). Nothing is downloaded at run time: the file ships.

The census knows few European given names ("Olivier", "Sebastien",
"Joakim"), and news names many Europeans, so the given-name lists of the
European locales of the PyPI package ``faker`` (MIT licence, a dev extra)
are added with frequency 0 (a known name, never a common one): each name as
written and with its accents dropped ("Sébastien", "Sebastien") when no
letter is lost. Left out: names of fewer than three letters or not one
capitalized word, and names that are a known place (``places.txt``) or a
word of the entity lexicon (``entities.json``: titles, nouns, heads).
"""

from __future__ import annotations

import importlib
import json
import sys
import unicodedata
from collections import defaultdict
from importlib import resources
from pathlib import Path

LEXICONS = Path(__file__).resolve().parents[1] / "claimkit" / "lexicons"
OUT = LEXICONS / "given_names.txt"
SURE = 0.9  # share of bearers of one gender to call the name that gender
# faker locales whose given names are added (Europe, Latin script)
LOCALES = (
    "cs_CZ", "da_DK", "de_DE", "es_ES", "fi_FI", "fr_FR",
    "it_IT", "nl_NL", "no_NO", "pl_PL", "pt_PT", "sv_SE",
)  # fmt: skip


def read(kind: str) -> dict[str, float]:
    text = resources.files("names").joinpath(f"dist.{kind}.first").read_text()
    found: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 2:
            found[parts[0].title()] = float(parts[1])
    return found


def european() -> dict[str, set[str]]:
    """Given names of faker's European locales and the genders they are listed for."""
    found: dict[str, set[str]] = defaultdict(set)
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr, gender in (("first_names_male", "m"), ("first_names_female", "f")):
            for name in getattr(provider, attr, ()):
                plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore")
                for form in {name, plain.decode() if len(plain) == len(name) else name}:
                    if len(form) >= 3 and form.isalpha() and form.istitle():
                        found[form].add(gender)
    return found


def entity_words() -> set[str]:
    """Lower-case words of the entity lexicon and the known places."""
    words: set[str] = set()
    for value in json.loads((LEXICONS / "entities.json").read_text()).values():
        if isinstance(value, (list, dict)):
            words |= {str(word).lower() for word in value}
    places = (LEXICONS / "places.txt").read_text(encoding="utf-8").splitlines()
    words |= {line.strip() for line in places if not line.startswith("#")}
    return words


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else OUT
    male, female = read("male"), read("female")
    lines = [
        "# Given names of the 1990 US Census (public domain) via the PyPI package"
        " 'names' (MIT);",
        "# European given names of the PyPI package 'faker' (MIT) at frequency 0.",
        "# name<TAB>gender (m/f/u)<TAB>percent of people; built by"
        " scripts/build_given_names.py",
    ]
    rows: dict[str, str] = {}
    for name in male.keys() | female.keys():
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        total = m + f
        share = m / total if total else 0.5
        gender = "m" if share >= SURE else "f" if share <= 1 - SURE else "u"
        rows[name] = f"{name}\t{gender}\t{total / 2:.3f}"
    words = entity_words()
    for name, genders in european().items():
        if name in rows or name.lower() in words:
            continue
        gender = genders.pop() if len(genders) == 1 else "u"
        rows[name] = f"{name}\t{gender}\t0.000"
    lines += [rows[name] for name in sorted(rows)]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{out}: {len(lines) - 3} names")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
