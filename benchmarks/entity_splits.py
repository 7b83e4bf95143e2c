"""List likely within-article splits: one entity under two ids in one article.

Usage: python benchmarks/entity_splits.py OUT.jsonl [--limit N] [--skip N]

Reads claimkit's output (one Article a line) and, per article, prints each pair
of entities whose names look like one entity's: the same letters once case,
spaces, hyphens, apostrophes and a leading "the" are set aside ("TimeWarner",
"Time Warner"); every word of one name inside the other ("Ford", "Doug Ford");
one name the initials of the other ("CEA", "Consumer Electronics
Association"); and looser forms: a plural ("Lib Dem", "Lib Dems"), the first
part of a hyphenated name ("Mercedes", "Mercedes-Benz"), words cut short
("Man Utd"), the same words in another order, initials with two letters
swapped ("ABD", "ADB"), a long word misspelt ("Iliaronov", "Illarionov")
or a doubled letter written once ("Rodick", "Roddick"). People's names glued
to other words are found by the surname: two names ending in the same word
("American Dent", "Taylor Dent"), one holding the other's surname among other
words ("Dent in Adelaide"), and two entities whose mentions stand side by side
in the text ("Lindsay" | "Davenport": a name cut in two). Namesakes ("Ray",
"Ray Charles"'s brother; "Venus Williams", "Serena Williams") match too, so
read the pairs and count by hand; the totals at the end are candidates, not
errors. Needs nothing but Python.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from itertools import combinations

_SMALL = {"of", "the", "and", "for", "&", "de", "du", "la", "der", "van", "von"}


def words(name: str) -> list[str]:
    name = re.sub(r"(?:'s|’s|'|’)$", "", name.strip()).casefold()
    found = re.findall(r"[\w&]+", name)
    return found[1:] if found[:1] == ["the"] and len(found) > 1 else found


def initials(ws: list[str]) -> str:
    return "".join(w[0] for w in ws if w not in _SMALL)


def same_entity(a: list[str], b: list[str]) -> str | None:
    """Why names ``a`` and ``b`` (word lists) may name one entity, or None."""
    if not a or not b:
        return None
    if "".join(a) == "".join(b):
        return "same letters"
    short, full = sorted((a, b), key=len)
    if len(full) > 1 and set(short) <= set(full):
        return "words inside"
    if len(short) == 1 and len(full) > 1 and short[0] == initials(full):
        return "initials"
    return looser(short, full) or by_surname(a, b)


def by_surname(a: list[str], b: list[str]) -> str | None:
    """Two names that share a person's surname: "american dent" and "taylor
    dent" end in it; "dent in adelaide" holds it among other words."""
    if len(a) > 1 and len(b) > 1 and a[-1] == b[-1] and a[-1].isalpha():
        return "same surname"
    for one, other in ((a, b), (b, a)):
        if len(other) > 1 and other[-1] in one[:-1] and len(other[-1]) > 2:
            return "surname inside"
    return None


def looser(short: list[str], full: list[str]) -> str | None:
    """Why two names may be one entity's looser forms, or None."""
    if [w.rstrip("s") for w in short] == [w.rstrip("s") for w in full]:
        return "plural"
    if len(short) == 1 and short[0] in (full[0].split("-")[0], full[-1].split("-")[0]):
        return "hyphen part"
    if len(short) == len(full):
        if sorted(short) == sorted(full):
            return "reordered"
        pairs = [(a, b) for a, b in zip(short, full, strict=True) if a != b]
        if all(cut_short(a, b) or cut_short(b, a) for a, b in pairs):
            return "cut short"
        if len(pairs) == 1 and misspelt(*pairs[0]):
            return "misspelt"
    elif len(short) == 1 and len(full) > 1:
        if misspelt(short[0], full[-1]):
            return "misspelt"
        if undoubled(short[0], full[-1]):
            return "doubled letter"
        if sorted(short[0]) == sorted(initials(full)) != list(short[0]):
            return "initials swapped"
    return None


def cut_short(a: str, b: str) -> bool:
    """``a`` is ``b`` cut or contracted: "man", "utd" (of "manchester united")."""
    if len(a) < 3 or len(a) >= len(b) or a[0] != b[0]:
        return False
    rest = iter(b)
    return all(c in rest for c in a)


def undoubled(a: str, b: str) -> bool:
    """One spelling writes a doubled letter once: "rodick", "roddick"."""
    short, long_ = sorted((a, b), key=len)
    if len(long_) != len(short) + 1 or len(short) < 5:
        return False
    return any(
        long_[i] == long_[i - 1] and long_[:i] + long_[i + 1 :] == short
        for i in range(1, len(long_))
    )


def side_by_side(text: str, x: dict, y: dict) -> bool:
    """A mention of one entity ends where one of the other's starts, only a
    space between: one name cut in two ("Lindsay" | "Davenport")."""
    ends = {m["end"] for m in x.get("mentions", [])}
    starts = {m["start"] for m in y.get("mentions", [])}
    return any(text[e : e + 1] == " " and e + 1 in starts for e in ends)


def misspelt(a: str, b: str) -> bool:
    """Two long words (eight letters or more) at most two edits apart."""
    if min(len(a), len(b)) < 8 or abs(len(a) - len(b)) > 2 or a[0] != b[0]:
        return False
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        new = [i]
        for j, cb in enumerate(b, 1):
            new.append(min(row[j] + 1, new[j - 1] + 1, row[j - 1] + (ca != cb)))
        row = new
    return row[-1] <= 2


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--limit", type=int, default=40, help="articles read")
    parser.add_argument("--skip", type=int, default=0, help="articles skipped first")
    args = parser.parse_args(argv)
    articles = pairs = 0
    with open(args.path, encoding="utf-8") as fh:
        lines = fh.readlines()[args.skip : args.skip + args.limit]
    for line in lines:
        article = json.loads(line)
        articles += 1
        ents = article.get("entities", [])
        text = article.get("text", "")
        for x, y in combinations(ents, 2):
            why = same_entity(words(x["name"]), words(y["name"]))
            people = [e["label"] for e in (x, y)].count("PERSON")
            if why in ("same surname", "surname inside") and not people:
                continue  # "Manchester United", "Sheffield United"
            if (
                why is None
                and people == 2
                and (side_by_side(text, x, y) or side_by_side(text, y, x))
            ):
                why = "side by side"
            if why is None:
                continue
            pairs += 1
            print(
                f"{article.get('doc_id')}\t{why}\t{x['id']} {x['label']} {x['name']!r}"
                f"\t{y['id']} {y['label']} {y['name']!r}"
            )
    print(f"{articles} articles, {pairs} candidate pairs", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
