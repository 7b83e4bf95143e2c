"""Record-level precision of claimkit's PERSON/ORG entities against CoNLL gold.

Usage: python benchmarks/entity_precision.py CONLL_FILE OUT.jsonl [--prefix t_]
       [--list] [--family NAME]

CONLL_FILE is a CoNLL-2003 file (``-DOCSTART-`` between articles, token first
column, NER tag last); OUT.jsonl is claimkit's output on the articles rebuilt
from it, one ``{prefix}{i:04d}`` doc_id per article in file order (the headline,
a blank line, then one sentence a line, tokens joined as a reader would write
them). The gold tokens are aligned to each article's text to give every gold
PER/ORG/LOC/MISC span its character offsets.

A record is right when its name is a gold span of its label (PER for PERSON,
ORG for ORG): its name mention, else its first mention, is matched exactly
(a full stop or "'s" after it set aside: "Lear Corp." is gold "Lear Corp").
A record whose mentions are gold LOC is counted apart as a place standing for a
team or a country (``place``): not wrong in kind for a sports result, not a
person or an organization either. Every other record is wrong and is put in a
family: ``label`` (a gold span of another type), ``span`` (overlaps a gold span
of its label, but not exactly: extra or missing words), ``other`` (overlaps
gold of another type, not exactly), ``none`` (touches no gold name), and the
line it sits on adds ``headline`` (line 1), ``dateline`` (line 3) or ``table``
(a line with three or more numbers and no verb-like lower-case word) as a tag.
Splits are counted too: two records in one article whose names are the same
gold entity string, or one's name the last word of the other's. Needs nothing
but Python; exits with a message when a file is absent.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

TYPES = {"PERSON": "PER", "ORG": "ORG"}


@dataclass
class Gold:
    """One article's text as rebuilt and its gold name spans by offsets."""

    text: str
    spans: dict[tuple[int, int], str]
    lines: list[tuple[int, int]]


def read_docs(path: Path) -> list[list[list[tuple[str, str]]]]:
    """Articles as lists of sentences of (token, tag)."""
    docs: list[list[list[tuple[str, str]]]] = []
    doc: list[list[tuple[str, str]]] = []
    sent: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("-DOCSTART-"):
            if sent:
                doc.append(sent)
            if doc:
                docs.append(doc)
            doc, sent = [], []
        elif not line.strip():
            if sent:
                doc.append(sent)
            sent = []
        else:
            parts = line.split(" ")
            sent.append((parts[0], parts[-1]))
    if sent:
        doc.append(sent)
    if doc:
        docs.append(doc)
    return docs


def _merge_quotes(sent: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for tok, tag in sent:
        if tok == "'" and out and out[-1][0] == "'":
            out[-1] = ('"', out[-1][1])
        else:
            out.append(('"' if tok in ("``", "''") else tok, tag))
    return out


def _entities(tags: list[str]) -> list[tuple[int, int, str]]:
    """Token spans (start, end, type) of IOB1 or IOB2 tags."""
    spans: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        pos, _, typ = tag.partition("-")
        if start >= 0 and (tag == "O" or pos == "B" or typ != kind):
            spans.append((start, i, kind))
            start = -1
        if tag != "O" and start < 0:
            start, kind = i, typ
    return spans


def align(doc: list[list[tuple[str, str]]], text: str) -> Gold:
    """Gold spans by character offsets of ``text`` (tokens found in order)."""
    spans: dict[tuple[int, int], str] = {}
    lines: list[tuple[int, int]] = []
    pos = 0
    for sent in doc:
        toks = _merge_quotes(sent)
        offsets: list[tuple[int, int]] = []
        while pos < len(text) and text[pos].isspace():
            pos += 1
        line_start = pos
        for tok, _ in toks:
            while pos < len(text) and text[pos].isspace():
                pos += 1
            if not text.startswith(tok, pos):
                raise ValueError(
                    f"token {tok!r} not at {pos}: {text[pos : pos + 30]!r}"
                )
            offsets.append((pos, pos + len(tok)))
            pos += len(tok)
        lines.append((line_start, pos))
        for a, b, typ in _entities([tag for _, tag in toks]):
            spans[(offsets[a][0], offsets[b - 1][1])] = typ
    return Gold(text, spans, lines)


def _line_tag(gold: Gold, start: int) -> str:
    for i, (a, b) in enumerate(gold.lines):
        if a <= start < b:
            if i == 0:
                return "headline"
            if i == 1:
                return "dateline"
            line = gold.text[a:b]
            if len(re.findall(r"\d+", line)) >= 3 and not re.search(
                r"\b[a-z]{4,}\b", line
            ):
                return "table"
            return "prose"
    return "prose"


def judge(entity: dict, gold: Gold) -> tuple[str, str]:
    """(verdict, line tag) of one entity record."""
    want = TYPES[entity["label"]]
    mentions = [m for m in entity["mentions"] if m["text"][:1].isupper()]
    named = (
        [m for m in mentions if m["text"] == entity["name"]]
        or mentions
        or entity["mentions"]
    )
    m = named[0]
    key = (m["start"], m["end"])
    tag = _line_tag(gold, m["start"])
    typ = gold.spans.get(key)
    # A full stop or "'s" the tokens of the gold file split off its name
    # ("Lear Corp" "." at a sentence end) is the name's all the same.
    for cut in (".", "'s"):
        if typ is None and m["text"].endswith(cut):
            typ = gold.spans.get((key[0], key[1] - len(cut)))
    if typ == want:
        return "right", tag
    if typ == "LOC":
        return "place", tag
    if typ is not None:
        return "label:" + typ, tag
    over = [t for (a, b), t in gold.spans.items() if a < key[1] and key[0] < b]
    if want in over:
        return "span", tag
    if over:
        return "other:" + over[0], tag
    return "none", tag


def splits(entities: list[dict], gold: Gold) -> list[tuple[str, str]]:
    """Pairs of records in one article that one gold name covers."""
    out = []
    names = [(e["name"], e) for e in entities]
    for i, (a, _) in enumerate(names):
        for b, _ in names[i + 1 :]:
            wa, wb = a.split(), b.split()
            if (
                a == b
                or (len(wa) == 1 and wa[0] == wb[-1])
                or (len(wb) == 1 and wb[0] == wa[-1])
            ):
                out.append((a, b))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("conll", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--prefix", default="t_")
    parser.add_argument(
        "--list", action="store_true", help="print every record not right"
    )
    parser.add_argument("--family", default="", help="with --list: only this family")
    args = parser.parse_args(argv)
    for path in (args.conll, args.out):
        if not path.exists():
            print(f"absent: {path}", file=sys.stderr)
            return 2
    docs = read_docs(args.conll)
    articles = {}
    for line in args.out.read_text(encoding="utf-8").splitlines():
        art = json.loads(line)
        articles[art["doc_id"]] = art
    counts: Counter[str] = Counter()
    by_label: Counter[tuple[str, str]] = Counter()
    families: Counter[str] = Counter()
    n_splits = 0
    n_articles = 0
    for i, doc in enumerate(docs):
        art = articles.get(f"{args.prefix}{i:04d}")
        if art is None:
            continue
        n_articles += 1
        gold = align(doc, art["text"])
        for ent in art["entities"]:
            verdict, tag = judge(ent, gold)
            counts[verdict.split(":")[0]] += 1
            by_label[(ent["label"], verdict.split(":")[0])] += 1
            if verdict not in ("right", "place"):
                families[f"{verdict} {tag}"] += 1
                if args.list and args.family in f"{verdict} {tag}":
                    print(
                        f"{art['doc_id']}\t{ent['label']}\t{ent['name']!r}\t{verdict}\t{tag}"
                    )
        pairs = splits(art["entities"], gold)
        n_splits += len(pairs)
        if args.list and args.family == "split":
            for a, b in pairs:
                print(f"{art['doc_id']}\tsplit\t{a!r}\t{b!r}")
    total = sum(counts.values())
    right = counts["right"]
    print(
        f"articles {n_articles}  records {total}  right {right}  place {counts['place']}"
    )
    print(
        f"precision {right / max(total, 1):.3f}  (place as right {(right + counts['place']) / max(total, 1):.3f})"
    )
    for label in TYPES:
        n = sum(v for (lab, _), v in by_label.items() if lab == label)
        r = by_label[(label, "right")]
        print(
            f"  {label:6} {r}/{n} = {r / max(n, 1):.3f}  place {by_label[(label, 'place')]}"
        )
    print(f"splits (same name or surname, candidates) {n_splits}")
    for fam, n in families.most_common():
        print(f"  {n:4}  {fam}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
