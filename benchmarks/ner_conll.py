"""Score PERSON/ORG spans on a CoNLL-2003 file: bare base model vs claimkit.

Usage: python benchmarks/ner_conll.py [FILE_OR_DIR] [--limit N] [--model NAME]
       [--posts]

Reads IOB1/IOB2 CoNLL (token first column, NER tag last), rebuilds documents
at ``-DOCSTART-`` lines and builds one spaCy Doc per document from the gold
words and sentence breaks, so both systems see the same tokens and sentences.
Gold PER -> PERSON, ORG -> ORG;
spans are scored exactly. ``--posts`` reads a file of posts instead (Broad
Twitter Corpus ``btc.test``, WNUT-17 ``emerging.test.annotated``: one Doc per
post; WNUT person -> PERSON, corporation and group -> ORG); @-mentions and
hashtags, which news text does not have, are scored neither as gold nor as
predictions. The bare model's predictions are its ``doc.ents``;
claimkit's are the name mentions of ``doc._.ck_entities`` (pronoun mentions
are not names and are not scored). Speed is words per second of each whole
pipeline over the same documents, in CPU seconds of this process (wall-clock
time swings with other load on a shared machine).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from claimkit.loading import load, resolve_model  # noqa: E402
from claimkit.ner.conll import read_conll, read_posts  # noqa: E402

# ../shared/data from the repository root (a worktree sits one level deeper).
DEFAULT = next(
    (
        base / "shared" / "data" / "ner" / "conll2003"
        for base in (REPO.parent, REPO.parent.parent)
        if (base / "shared" / "data").is_dir()
    ),
    REPO.parent / "shared" / "data" / "ner" / "conll2003",
)
GOLD_TYPES = {"PER": "PERSON", "ORG": "ORG"}
POST_TYPES = {**GOLD_TYPES, "person": "PERSON", "corporation": "ORG", "group": "ORG"}
LABELS = ("PERSON", "ORG")
PRONOUNS = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}

Span = tuple[int, int, str]


@dataclass
class GoldDoc:
    words: list[str]
    sent_starts: list[bool]
    spans: set[Span]
    # Tokens neither gold nor predictions are scored on (@-mentions, hashtags).
    ignore: set[int] = field(default_factory=set)


@dataclass
class Score:
    tp: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LABELS, 0))
    fp: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LABELS, 0))
    fn: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LABELS, 0))

    def add(self, gold: set[Span], pred: set[Span]) -> None:
        for label in LABELS:
            g = {s for s in gold if s[2] == label}
            p = {s for s in pred if s[2] == label}
            self.tp[label] += len(g & p)
            self.fp[label] += len(p - g)
            self.fn[label] += len(g - p)

    def prf(self, label: str) -> tuple[float, float, float]:
        tp, fp, fn = self.tp[label], self.fp[label], self.fn[label]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return 100 * p, 100 * r, 100 * f


def conll_files(path: Path) -> list[Path]:
    """Return the CoNLL files at ``path`` (a file, or the files in a folder)."""
    if path.is_file():
        return [path]
    names = sorted(p for p in path.iterdir() if p.is_file() and p.suffix != ".txt")
    return names or sorted(p for p in path.iterdir() if p.name != "README.txt")


def read_gold(path: Path) -> Iterator[GoldDoc]:
    """Yield the documents of ``path`` with their PERSON/ORG spans."""
    for doc in read_conll(path):
        spans = {(s, e, GOLD_TYPES[t]) for s, e, t in doc.spans if t in GOLD_TYPES}
        yield GoldDoc(doc.words, doc.sent_starts, spans)


def read_post_gold(path: Path) -> Iterator[GoldDoc]:
    """Yield the posts of ``path`` with their PERSON/ORG spans, handles ignored."""
    for doc in read_posts(path):
        ignore = {
            i
            for i, word in enumerate(doc.words)
            if word[:1] in "@#" or (i and doc.words[i - 1] == "@")
        }
        spans = {
            (s, e, POST_TYPES[t])
            for s, e, t in doc.spans
            if t in POST_TYPES and not ignore.intersection(range(s, e))
        }
        yield GoldDoc(doc.words, doc.sent_starts, spans, ignore)


def make_doc(vocab: object, gold: GoldDoc) -> Doc:
    spaces = [True] * len(gold.words)
    spaces[-1] = False
    return Doc(
        vocab,  # type: ignore[arg-type]
        words=gold.words,
        spaces=spaces,
        sent_starts=gold.sent_starts,
    )


def base_spans(doc: Doc) -> set[Span]:
    return {(e.start, e.end, e.label_) for e in doc.ents if e.label_ in LABELS}


def claimkit_spans(doc: Doc) -> set[Span]:
    spans: set[Span] = set()
    for entity in doc._.ck_entities or []:
        for mention in entity["mentions"]:
            if mention["text"].lower() in PRONOUNS:
                continue
            span = doc.char_span(mention["start"], mention["end"])
            if span is None:
                span = doc.char_span(
                    mention["start"], mention["end"], alignment_mode="expand"
                )
            if span is not None:
                spans.add((span.start, span.end, entity["label"]))
    return spans


def run(nlp: Language, golds: list[GoldDoc], spans_of: object) -> tuple[Score, float]:
    score = Score()
    docs: Iterable[Doc] = (make_doc(nlp.vocab, g) for g in golds)
    begin = time.process_time()
    predicted = list(nlp.pipe(docs, batch_size=32))
    elapsed = time.process_time() - begin
    for gold, doc in zip(golds, predicted, strict=True):
        pred = spans_of(doc)  # type: ignore[operator]
        if gold.ignore:
            pred = {p for p in pred if not gold.ignore.intersection(range(p[0], p[1]))}
        score.add(gold.spans, pred)
    words = sum(len(g.words) for g in golds)
    return score, words / elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(DEFAULT))
    parser.add_argument("--limit", type=int, default=0, help="first N documents")
    parser.add_argument("--model", default=None, help="base spaCy pipeline")
    parser.add_argument("--repeat", type=int, default=3, help="timing runs each")
    parser.add_argument(
        "--ner",
        default="claimkit",
        choices=("claimkit", "base", "both"),
        help="entity recognizer inside the claimkit pipeline",
    )
    parser.add_argument(
        "--names",
        default=None,
        help="with --ner both: how names combine (ck_merge_ents names policy)",
    )
    parser.add_argument(
        "--posts", action="store_true", help="a file of posts (BTC, WNUT-17)"
    )
    args = parser.parse_args(argv)
    path = Path(args.path)
    if not path.exists():
        print(f"no CoNLL data at {path}; nothing to measure", file=sys.stderr)
        return 0
    reader = read_post_gold if args.posts else read_gold
    golds = [g for f in conll_files(path) for g in reader(f)]
    if args.limit:
        golds = golds[: args.limit]
    name = resolve_model(args.model)
    bare = spacy.load(name)
    claimkit = load(name, ner=args.ner)
    if args.names and "ck_merge_ents" in claimkit.pipe_names:
        claimkit.get_pipe("ck_merge_ents").names = args.names  # type: ignore[attr-defined]
    n_words = sum(len(g.words) for g in golds)
    print(f"{path}: {len(golds)} documents, {n_words} words; base model {name}")
    print(
        f"claimkit pipeline: {', '.join(claimkit.pipe_names)} (ner={args.ner}"
        f"{', names=' + args.names if args.names else ''})"
    )
    # Warm both pipelines, then time them in turns (best of --repeat) so that
    # load from other processes on the machine hits both alike.
    run(bare, golds[:2], base_spans)
    run(claimkit, golds[:2], claimkit_spans)
    bare_score, bare_wps = run(bare, golds, base_spans)
    ck_score, ck_wps = run(claimkit, golds, claimkit_spans)
    for _ in range(args.repeat - 1):
        bare_wps = max(bare_wps, run(bare, golds, base_spans)[1])
        ck_wps = max(ck_wps, run(claimkit, golds, claimkit_spans)[1])
    header = f"{'type':8}{'':>4}{'bare P':>9}{'R':>7}{'F1':>7}"
    header += f"{'':>4}{'claimkit P':>11}{'R':>7}{'F1':>7}"
    print(header)
    for label in LABELS:
        bp, br, bf = bare_score.prf(label)
        cp, cr, cf = ck_score.prf(label)
        print(
            f"{label:8}{'':>4}{bp:9.1f}{br:7.1f}{bf:7.1f}"
            f"{'':>4}{cp:11.1f}{cr:7.1f}{cf:7.1f}"
        )
    print(
        f"speed (CPU time): bare {bare_wps:,.0f} words/s, "
        f"claimkit {ck_wps:,.0f} words/s "
        f"(ratio {ck_wps / bare_wps:.2f})"
    )
    shares = component_shares(claimkit, golds)
    added = ", ".join(f"{k} {v:.1%}" for k, v in shares.items() if k.startswith("ck_"))
    total = sum(v for k, v in shares.items() if k.startswith("ck_"))
    print(f"share of the claimkit pipeline's CPU time: {added} (all {total:.1%})")
    return 0


def component_shares(nlp: Language, golds: list[GoldDoc]) -> dict[str, float]:
    """Return each pipe's fraction of the pipeline's CPU time."""
    docs = [make_doc(nlp.vocab, g) for g in golds]
    spent = dict.fromkeys(nlp.pipe_names, 0.0)
    for name, proc in nlp.pipeline:
        begin = time.process_time()
        pipe = getattr(proc, "pipe", None)  # a plain function component has none
        docs = list(pipe(docs, batch_size=32) if pipe else map(proc, docs))
        spent[name] += time.process_time() - begin
    total = sum(spent.values())
    return {name: value / total for name, value in spent.items()}


if __name__ == "__main__":
    raise SystemExit(main())
