"""Read CoNLL-2003 style NER files (token first, IOB1 or IOB2 tag last)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass
class ConllDoc:
    """One ``-DOCSTART-`` document: words, sentence starts, typed token spans."""

    words: list[str]
    sent_starts: list[bool]
    spans: list[tuple[int, int, str]]


def read_conll(path: str | Path) -> Iterator[ConllDoc]:
    """Yield one ConllDoc per ``-DOCSTART-`` document of ``path``."""
    words: list[str] = []
    starts: list[bool] = []
    tags: list[str] = []
    new_sent = True
    with Path(path).open(encoding="utf-8") as lines:
        for line in lines:
            parts = line.split()
            if not parts or parts[0] == "-DOCSTART-":
                new_sent = True
                if parts and words:
                    yield ConllDoc(words, starts, iob_spans(tags, starts))
                    words, starts, tags = [], [], []
                continue
            words.append(parts[0])
            starts.append(new_sent)
            tags.append(parts[-1])
            new_sent = False
    if words:
        yield ConllDoc(words, starts, iob_spans(tags, starts))


def iob_spans(
    tags: list[str], sent_starts: list[bool] | None = None
) -> list[tuple[int, int, str]]:
    """Decode IOB1 or IOB2 tags into (start, end, type) token spans.

    No span crosses a sentence start.
    """
    breaks = sent_starts or [False] * len(tags)
    spans: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, kind = tag.partition("-")
        new_sent = i < len(breaks) and breaks[i]
        continues = prefix == "I" and kind == label and not new_sent
        if start >= 0 and not continues:
            spans.append((start, i, label))
            start, label = -1, ""
        if prefix in ("B", "I") and not continues:
            start, label = i, kind
    return spans


def read_posts(path: str | Path) -> Iterator[ConllDoc]:
    """Yield one ConllDoc per post of a TOKEN<TAB>TAG file (BTC, WNUT-17).

    A post ends at an empty line or a line holding only whitespace. A line is
    split on its last TAB (some tokens hold a space); empty tokens are skipped.
    """
    words: list[str] = []
    tags: list[str] = []
    with Path(path).open(encoding="utf-8") as lines:
        for line in [*lines, ""]:
            token, tab, tag = line.rstrip("\n").rpartition("\t")
            if not tab or not line.strip():
                if words:
                    starts = [True] + [False] * (len(words) - 1)
                    yield ConllDoc(words, starts, iob_spans(tags))
                    words, tags = [], []
                continue
            if not token.strip():
                continue
            words.append(token.replace(" ", "_"))
            tags.append(tag.strip() or "O")
