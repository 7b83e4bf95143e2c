"""Score PERSON/ORG names on modern English (GUM genres): bare model vs claimkit.

Usage: python benchmarks/ner_modern.py [GUM_JSONL] [--genres a,b] [--split S]
       [--systems bare,claimkit,claimkit-base,claimkit-both[:POLICY]] [--errors FILE]

GUM_JSONL is ``gum_other_genres.jsonl`` of the shared NER data (one document a
line, gold PERSON/ORG character spans; see its README). Each system reads the
raw text, as a user's pipeline would, and is scored on exact character spans,
per genre and over all, micro-averaged. The bare model's predictions are its
``doc.ents``; claimkit's are the name mentions of ``doc._.ck_entities``
(pronouns are not names and are not scored). ``--errors`` writes every false
positive and false negative of the last system as JSON lines, for reading.

Tuned-on and held-out genres are fixed here so that figures stay comparable:
``--genres tune`` and ``--genres heldout`` name them.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import spacy
from spacy.tokens import Doc

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from claimkit.loading import load, resolve_model  # noqa: E402

DEFAULT = next(
    (
        base / "shared" / "data" / "ner" / "gum" / "gum_other_genres.jsonl"
        for base in (REPO.parent, REPO.parent.parent)
        if (base / "shared" / "data").is_dir()
    ),
    REPO.parent / "shared" / "data" / "ner" / "gum" / "gum_other_genres.jsonl",
)
LABELS = ("PERSON", "ORG")
PRONOUNS = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}
# Genres the entity rules may be tuned on, and genres kept for reporting only
# (spoken and written registers nearest the news/interview text claimkit reads).
GENRE_SETS = {
    "tune": "academic,bio,conversation,court,essay,fiction,textbook,voyage,whow",
    "heldout": "letter,podcast,speech,vlog",
}

Span = tuple[int, int, str]


def bare_spans(doc: Doc) -> set[Span]:
    return {
        (e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in LABELS
    }


def claimkit_spans(doc: Doc) -> set[Span]:
    spans: set[Span] = set()
    for entity in doc._.ck_entities or []:
        if entity["label"] not in LABELS:
            continue
        for mention in entity["mentions"]:
            if mention["text"].lower() in PRONOUNS:
                continue
            spans.add((mention["start"], mention["end"], entity["label"]))
    return spans


class Tally:
    def __init__(self) -> None:
        self.counts: dict[str, Counter[str]] = defaultdict(Counter)

    def add(self, gold: set[Span], pred: set[Span]) -> None:
        for label in LABELS:
            g = {s for s in gold if s[2] == label}
            p = {s for s in pred if s[2] == label}
            self.counts[label]["tp"] += len(g & p)
            self.counts[label]["fp"] += len(p - g)
            self.counts[label]["fn"] += len(g - p)

    def prf(self, label: str) -> tuple[float, float, float]:
        c = self.counts[label]
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def read_docs(path: Path, genres: set[str] | None, split: str | None) -> list[dict]:
    splits: dict[str, str] = {}
    table = path.parent / "splits.tsv"
    if table.is_file():
        for line in table.read_text(encoding="utf-8").splitlines()[1:]:
            doc_id, _genre, which = line.split("\t")
            splits[doc_id] = which
    docs = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            doc = json.loads(line)
            if genres and doc["genre"] not in genres:
                continue
            if split and splits.get(doc["doc_id"]) != split:
                continue
            docs.append(doc)
    return docs


def score(
    nlp: Any, docs: list[dict], spans_of: Callable[[Doc], set[Span]]
) -> tuple[dict[str, Tally], float, list[dict[str, Any]]]:
    tallies: dict[str, Tally] = defaultdict(Tally)
    errors: list[dict[str, Any]] = []
    begin = time.process_time()
    parsed: Iterable[Doc] = nlp.pipe((d["text"] for d in docs), batch_size=8)
    for gold_doc, doc in zip(docs, parsed, strict=True):
        gold = {(e["start"], e["end"], e["label"]) for e in gold_doc["entities"]}
        pred = spans_of(doc)
        tallies[gold_doc["genre"]].add(gold, pred)
        tallies["ALL"].add(gold, pred)
        text = gold_doc["text"]
        for kind, spans in (("fp", pred - gold), ("fn", gold - pred)):
            for start, end, label in sorted(spans):
                errors.append(
                    {
                        "doc": gold_doc["doc_id"],
                        "kind": kind,
                        "label": label,
                        "text": text[start:end],
                        "context": text[max(0, start - 60) : end + 60],
                    }
                )
    return tallies, time.process_time() - begin, errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(DEFAULT))
    parser.add_argument("--genres", default="", help="comma list, or tune/heldout")
    parser.add_argument("--split", default=None, choices=("train", "dev", "test"))
    parser.add_argument("--systems", default="bare,claimkit")
    parser.add_argument("--model", default=None, help="base spaCy pipeline")
    parser.add_argument("--errors", default=None, help="write errors as JSON lines")
    args = parser.parse_args(argv)
    path = Path(args.path)
    if not path.is_file():
        print(f"no GUM data at {path}; nothing to measure", file=sys.stderr)
        return 0
    genres_arg = GENRE_SETS.get(args.genres, args.genres)
    genres = set(genres_arg.split(",")) if genres_arg else None
    docs = read_docs(path, genres, args.split)
    name = resolve_model(args.model)
    n_gold = Counter(e["label"] for d in docs for e in d["entities"])
    print(
        f"{path.name}: {len(docs)} documents ({args.genres or 'all genres'}"
        f"{', ' + args.split if args.split else ''}), gold {dict(n_gold)}; "
        f"base model {name}"
    )
    results: dict[str, tuple[dict[str, Tally], float]] = {}
    errors: list[dict[str, Any]] = []
    for system in args.systems.split(","):
        if system == "bare":
            nlp, spans_of = spacy.load(name), bare_spans
        elif system == "claimkit":
            nlp, spans_of = load(name), claimkit_spans
        elif system == "claimkit-base":
            nlp, spans_of = load(name, ner="base"), claimkit_spans
        elif system.startswith("claimkit-both"):
            # claimkit-both, or claimkit-both:POLICY (ck_merge_ents names)
            nlp, spans_of = load(name, ner="both"), claimkit_spans
            if ":" in system:
                merge = nlp.get_pipe("ck_merge_ents")
                merge.names = system.split(":", 1)[1]  # type: ignore[attr-defined]
        else:
            parser.error(f"unknown system {system!r}")
        tallies, cpu, errors = score(nlp, docs, spans_of)
        results[system] = (tallies, cpu)
    keys = [*sorted(k for k in next(iter(results.values()))[0] if k != "ALL"), "ALL"]
    head = f"{'genre':14}{'type':8}" + "".join(
        f"{s + ' P':>18}{'R':>6}{'F1':>6}" for s in results
    )
    print(head)
    for key in keys:
        for label in LABELS:
            row = f"{key:14}{label:8}"
            for tallies, _ in results.values():
                p, r, f = tallies[key].prf(label)
                row += f"{p:18.3f}{r:6.3f}{f:6.3f}"
            print(row)
    print(
        "CPU seconds: " + ", ".join(f"{s} {cpu:.1f}" for s, (_, cpu) in results.items())
    )
    if args.errors:
        with open(args.errors, "w", encoding="utf-8") as out:
            for error in errors:
                out.write(json.dumps(error, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
