"""Measure quote extraction on PolNeAR dev: claimkit vs textacy vs a bare regex.

Usage (from the repository root)::

    .venv/bin/python benchmarks/quotes_polnear.py [DATA_DIR] [--split dev]
        [--systems claimkit,textacy,regex] [--raw-sources] [--errors FILE]

DATA_DIR defaults to ``../shared/data/quotes/polnear`` relative to the repository
root. The data is read in place and never copied.

Gold. Every brat event ``E<n>`` with a Content span is one attribution; its
content and source are sets of character offsets (spans may be discontinuous).
When an article has several annotators' files, the first file in sorted order is
used. An attribution is *quote-marked* when one of its content pieces contains a
double quote mark (straight or curly, guillemets, low-9) or a left single curly
mark, or is bordered by one (the character just before or after a piece, skipping
spaces). Straight and right single marks are not counted: they are apostrophes
far more often than quote marks.

Predictions. Each system yields (content span, speaker span or None, marked).
claimkit's marked quotes are its ``direct`` and ``partial`` forms; ``indirect``
ones are unmarked. textacy's ``direct_quotations`` only yields marked quotes.
The regex baseline pairs double quote marks within a paragraph and names no
speaker.

Scores at overlap threshold t (character overlap, so a quote split by its cue,
"A," she said, "B.", can be found as two predicted pieces):
- precision: a prediction is right when at least t of its characters lie in one
  gold content (any gold attribution);
- recall: a gold attribution is found when at least t of its content characters
  are covered by predictions.
For "quote-marked", recall is over the quote-marked gold attributions (found by
any prediction: a mixed quote, reported clause with a quoted phrase, is found by
the reported clause) and precision over the marked predictions; for "all",
every attribution and every prediction count.

Speaker accuracy: among found gold attributions that have a Source, the share
for which the prediction overlapping the content most has a speaker span that
overlaps the gold Source span. Gold without a Source is left out. A few inverted
attributions ('"...," said Hester') were annotated with Source and Cue swapped
(Source 'said', Cue 'Hester'); such an event (a one-word lower-case Source followed
directly by a capitalized Cue) is scored against its Cue span, for every system
alike. ``--raw-sources`` scores against the spans as annotated.

``--errors FILE`` writes claimkit's speaker misses on quote-marked attributions
(30% overlap) as JSON lines, with some context, for error analysis.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # this checkout's claimkit, not another install


def _default_data() -> Path:
    """../shared/data/quotes/polnear from the repo root (or a worktree's parents)."""
    for parent in REPO.parents:
        candidate = parent / "shared" / "data" / "quotes" / "polnear"
        if candidate.is_dir():
            return candidate
    return REPO.parent / "shared" / "data" / "quotes" / "polnear"


DEFAULT_DATA = _default_data()
THRESHOLDS = (0.3, 0.8)

_MARKED = re.compile('["\u201c\u201d\u00ab\u00bb\u201e\u2018]')
_T_LINE = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t")
_E_LINE = re.compile(r"^(E\d+)\t(.*)$")


@dataclass
class Gold:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]]
    marked: bool


@dataclass
class Pred:
    content: tuple[int, int]
    speaker: tuple[int, int] | None
    marked: bool


@dataclass
class Article:
    name: str
    text: str
    golds: list[Gold] = field(default_factory=list)
    swapped: int = 0  # events whose Source and Cue labels were swapped


def _pieces(offsets: str) -> list[tuple[int, int]]:
    out = []
    for piece in offsets.split(";"):
        start, end = piece.split()
        out.append((int(start), int(end)))
    return out


def _is_marked(text: str, pieces: Sequence[tuple[int, int]]) -> bool:
    for start, end in pieces:
        if _MARKED.search(text, start, end):
            return True
        before = text[:start].rstrip(" ")[-1:]
        after = text[end:].lstrip(" ")[:1]
        if _MARKED.match(before) or _MARKED.match(after):
            return True
    return False


def read_article(text_path: Path, ann_path: Path, *, fix_swaps: bool = True) -> Article:
    """Read one article and its attributions from brat standoff."""
    text = text_path.read_text(encoding="utf-8")
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events: list[dict[str, str]] = []
    for line in ann_path.read_text(encoding="utf-8").splitlines():
        t_match = _T_LINE.match(line)
        if t_match:
            spans[t_match[1]] = (t_match[2], _pieces(t_match[3]))
            continue
        e_match = _E_LINE.match(line)
        if e_match:
            roles = dict(arg.split(":", 1) for arg in e_match[2].split() if ":" in arg)
            events.append(roles)
    article = Article(text_path.stem, text)
    for roles in events:
        if "Content" not in roles or roles["Content"] not in spans:
            continue
        content = spans[roles["Content"]][1]
        source = spans[roles["Source"]][1] if roles.get("Source") in spans else []
        if fix_swaps and _swapped(
            text, source, spans[roles["Cue"]][1] if roles.get("Cue") in spans else []
        ):
            source = spans[roles["Cue"]][1]
            article.swapped += 1
        article.golds.append(Gold(content, source, _is_marked(text, content)))
    return article


def _swapped(
    text: str, source: Sequence[tuple[int, int]], cue: Sequence[tuple[int, int]]
) -> bool:
    """The annotator swapped Source and Cue: '"...," said Hester' with Source 'said'.

    An inverted attribution whose Source is one lower-case word ('said') followed
    directly by a Cue that starts with a capital letter ('Hester'): the words are
    the other way round. 'he said' and 'who said' (Cue after a lower-case Source,
    itself lower-case) and 'According to police' (Cue first) are left alone.
    """
    if len(source) != 1 or not cue:
        return False
    words = text[source[0][0] : source[0][1]].split()
    return (
        len(words) == 1
        and words[0].isalpha()
        and words[0].islower()
        and text[cue[0][0] : cue[0][1]][:1].isupper()
        and cue[0][0] >= source[0][1]
        and not text[source[0][1] : cue[0][0]].strip()
    )


def read_split(data_dir: Path, split: str, *, fix_swaps: bool = True) -> list[Article]:
    """Read every article of ``split`` with its first annotator's file."""
    base = data_dir / "data" / split
    articles = []
    for text_path in sorted((base / "text").glob("*.txt")):
        anns = sorted((base / "attributions").glob(f"{text_path.stem}_*.ann"))
        if anns:
            articles.append(read_article(text_path, anns[0], fix_swaps=fix_swaps))
    return articles


# --- scoring ---------------------------------------------------------------------


def _overlap(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _length(spans: Sequence[tuple[int, int]]) -> int:
    return sum(e - s for s, e in spans)


@dataclass
class Score:
    tp_pred: int = 0
    n_pred: int = 0
    tp_gold: int = 0
    n_gold: int = 0
    speaker_ok: int = 0
    speaker_n: int = 0

    def add(self, other: Score) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def precision(self) -> float:
        return self.tp_pred / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _best(
    spans: Sequence[tuple[int, int]], others: Sequence[Sequence[tuple[int, int]]]
) -> tuple[int, int]:
    """Return (index, overlap) of the entry of ``others`` overlapping most."""
    best, best_ov = -1, 0
    for i, other in enumerate(others):
        ov = _overlap(spans, other)
        if ov > best_ov:
            best, best_ov = i, ov
    return best, best_ov


def _covered(spans: Sequence[tuple[int, int]], preds: Sequence[Pred]) -> int:
    """Characters of ``spans`` covered by the union of predicted contents."""
    marks = sorted(p.content for p in preds)
    merged: list[list[int]] = []
    for start, end in marks:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return _overlap(spans, [(s, e) for s, e in merged])


def score_article(
    golds: Sequence[Gold], preds: Sequence[Pred], threshold: float, *, marked: bool
) -> Score:
    """Score one article at ``threshold``, for marked quotes only or for all."""
    score = Score()
    scored = [g for g in golds if g.marked or not marked]
    contents = [g.content for g in golds]
    scored_preds = [p for p in preds if p.marked or not marked]
    score.n_pred = len(scored_preds)
    for pred in scored_preds:
        _, ov = _best([pred.content], contents)
        if ov >= threshold * (pred.content[1] - pred.content[0]):
            score.tp_pred += 1
    pred_contents = [[p.content] for p in preds]
    score.n_gold = len(scored)
    for gold in scored:
        if _covered(gold.content, preds) < threshold * _length(gold.content):
            continue
        score.tp_gold += 1
        if gold.source:
            score.speaker_n += 1
            best, _ = _best(gold.content, pred_contents)
            speaker = preds[best].speaker
            if speaker and _overlap(gold.source, [speaker]):
                score.speaker_ok += 1
    return score


# --- systems ---------------------------------------------------------------------

_DOUBLE = re.compile(
    '["\u201c\u201e\u00ab]([^"\u201c\u201d\u201e\u00ab\u00bb\n]+)["\u201d\u00bb]'
)


def regex_system(texts: Sequence[str]) -> list[list[Pred]]:
    """Pair double quote marks within a line; no speaker."""
    return [
        [Pred((m.start(1), m.end(1)), None, True) for m in _DOUBLE.finditer(text)]
        for text in texts
    ]


def claimkit_system(texts: Sequence[str]) -> list[list[Pred]]:
    """Run the claimkit pipeline over the texts with nlp.pipe."""
    from claimkit.loading import load

    nlp = load()
    out = []
    for doc in nlp.pipe(texts, batch_size=8):
        preds = []
        for quote in doc._.ck_quotes or []:
            speaker = None
            if quote["speaker_start"] is not None:
                speaker = (quote["speaker_start"], quote["speaker_end"])
            preds.append(
                Pred(
                    (quote["start"], quote["end"]), speaker, quote["form"] != "indirect"
                )
            )
        out.append(preds)
    return out


def textacy_system(texts: Sequence[str]) -> list[list[Pred]] | str:
    """Run textacy's direct_quotations over en_core_web_sm parses."""
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError as err:
        return f"textacy is not installed ({err}); pip install textacy"
    import spacy

    from claimkit.loading import resolve_model

    nlp = spacy.load(resolve_model())
    out = []
    failed = 0
    for doc in nlp.pipe(texts, batch_size=8):
        preds = []
        try:
            found = list(direct_quotations(doc))
        except ValueError:  # textacy raises on odd quote marks; the doc yields none
            found = []
            failed += 1
        for quote in found:
            content = quote.content
            start, end = content.start_char, content.end_char
            # textacy's content span includes the quote marks: strip them
            marks = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e"
            while start < end and doc.text[start] in marks:
                start += 1
            while end > start and doc.text[end - 1] in marks:
                end -= 1
            speaker = None
            if quote.speaker:
                speaker = (
                    min(t.idx for t in quote.speaker),
                    max(t.idx + len(t) for t in quote.speaker),
                )
            preds.append(Pred((start, end), speaker, True))
        out.append(preds)
    print(f"textacy: direct_quotations raised on {failed} of {len(texts)} articles")
    return out


# --- report ----------------------------------------------------------------------


def speaker_errors(
    articles: Sequence[Article], predictions: Sequence[Sequence[Pred]]
) -> Iterable[dict[str, object]]:
    """Yield the found quote-marked golds (30% overlap) whose speaker is wrong."""
    for article, preds in zip(articles, predictions, strict=True):
        text = article.text
        pred_contents = [[p.content] for p in preds]
        for gold in article.golds:
            if not gold.marked or not gold.source:
                continue
            if _covered(gold.content, preds) < 0.3 * _length(gold.content):
                continue
            best, _ = _best(gold.content, pred_contents)
            pred = preds[best]
            if pred.speaker and _overlap(gold.source, [pred.speaker]):
                continue
            lo = max(0, min(s for s, _ in gold.content + gold.source) - 200)
            hi = min(len(text), max(e for _, e in gold.content + gold.source) + 200)
            yield {
                "article": article.name,
                "gold_content": [text[s:e] for s, e in gold.content],
                "gold_source": [text[s:e] for s, e in gold.source],
                "gold_source_at": gold.source,
                "pred_content": text[pred.content[0] : pred.content[1]],
                "pred_content_at": pred.content,
                "pred_speaker": (
                    text[pred.speaker[0] : pred.speaker[1]] if pred.speaker else None
                ),
                "pred_speaker_at": pred.speaker,
                "context": text[lo:hi],
            }


def evaluate(
    articles: Sequence[Article], predictions: Sequence[Sequence[Pred]]
) -> dict[tuple[str, float], Score]:
    """Sum scores over articles for each subset and threshold."""
    results = {}
    for subset in ("quote-marked", "all"):
        for threshold in THRESHOLDS:
            total = Score()
            for article, preds in zip(articles, predictions, strict=True):
                total.add(
                    score_article(
                        article.golds, preds, threshold, marked=subset == "quote-marked"
                    )
                )
            results[(subset, threshold)] = total
    return results


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", default="dev")
    parser.add_argument("--limit", type=int, default=0, help="first N articles")
    parser.add_argument(
        "--systems", default="claimkit,textacy,regex", help="comma-separated"
    )
    parser.add_argument(
        "--raw-sources",
        action="store_true",
        help="score speakers against the Source spans as annotated, swaps included",
    )
    parser.add_argument(
        "--errors",
        type=Path,
        default=None,
        help="write claimkit's quote-marked speaker misses to this JSONL file",
    )
    args = parser.parse_args(list(argv) if argv is not None else None)
    if not (args.data_dir / "data" / args.split).is_dir():
        print(f"PolNeAR {args.split} split not found under {args.data_dir}; skipping.")
        return 0
    articles = read_split(args.data_dir, args.split, fix_swaps=not args.raw_sources)
    if args.limit:
        articles = articles[: args.limit]
    texts = [a.text for a in articles]
    n_gold = sum(len(a.golds) for a in articles)
    n_marked = sum(g.marked for a in articles for g in a.golds)
    n_swapped = sum(a.swapped for a in articles)
    sources = (
        "Source spans scored as annotated"
        if args.raw_sources
        else f"{n_swapped} with Source and Cue swapped (scored against the Cue span)"
    )
    print(
        f"PolNeAR {args.split}: {len(articles)} articles, {n_gold} attributions, "
        f"{n_marked} quote-marked; {sources}"
    )
    runners: dict[str, Callable[[Sequence[str]], list[list[Pred]] | str]] = {
        "claimkit": claimkit_system,
        "textacy": textacy_system,
        "regex": regex_system,
    }
    results = {}
    for name in args.systems.split(","):
        began = time.perf_counter()
        predicted = runners[name](texts)
        if isinstance(predicted, str):
            print(f"{name}: {predicted}")
            continue
        results[name] = evaluate(articles, predicted)
        if name == "claimkit" and args.errors is not None:
            with args.errors.open("w", encoding="utf-8") as out:
                for row in speaker_errors(articles, predicted):
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
            print(f"claimkit speaker misses written to {args.errors}")
        print(f"{name}: {time.perf_counter() - began:.1f} s")
    header = f"{'subset':<13}{'overlap':>8}  {'system':<9}{'P':>7}{'R':>7}{'F1':>7}"
    print(f"\n{header}{'speaker':>9}{'(n)':>7}")
    for subset in ("quote-marked", "all"):
        for threshold in THRESHOLDS:
            for name, res in results.items():
                s = res[(subset, threshold)]
                spk = s.speaker_ok / s.speaker_n if s.speaker_n else 0.0
                print(
                    f"{subset:<13}{threshold:>8.0%}  {name:<9}{s.precision:>7.3f}"
                    f"{s.recall:>7.3f}{s.f1:>7.3f}{spk:>9.3f}{s.speaker_n:>7}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
