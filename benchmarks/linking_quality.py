"""Cross-document linking quality on ECB+ and MEANTIME dev, next to a baseline.

Usage: python benchmarks/linking_quality.py [DATA] [--split dev] [--errors N] [--text]

DATA defaults to ../shared/data/linking (relative to the repository root). For
each set, the evaluated mentions are the *name mentions* of people and
organizations as the set types them (ECB+ HUM; MEANTIME PER and ORG): every
word capitalized (connectives such as "of" and "and" aside), no pronouns, and a
sentence-initial one-word mention only when the word never appears in lower
case in the set's text ("Police" at the start of a sentence is not a name).
Gold clusters are the coreference chains restricted to those mentions.

Each document becomes one Article whose entities are its distinct names (no
within-document clustering is given to either system). Two systems are scored
on the same mentions:

- claimkit: ``EntityRegistry`` linking the articles in input order;
- baseline: rapidfuzz ``token_sort_ratio >= 90`` (rapidfuzz default_process)
  between every two distinct names of the same type, clustered globally as
  connected components (single link).

With ``--text``, each Article's text is its document (tokens joined by spaces,
one sentence a line, from ``{split}_text.txt``) and each entity's mentions
stand at their gold offsets, so the definitions the linker reads ("General
Motors ( GM )") are visible; a split without a text file keeps names only.

Beside the overall scores, the pair precision of each ``Entity.link_rule``.

Metrics: pairwise precision/recall/F1, B-cubed, MUC, CEAF-e and CoNLL F1 (the
mean of MUC, B-cubed and CEAF-e F1), with gold singletons excluded (only
mentions of gold clusters with two or more name mentions) and included.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process, utils
from scipy.optimize import linear_sum_assignment

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from claimkit.linking import EntityRegistry  # noqa: E402
from claimkit.records import Article, Entity, Mention  # noqa: E402


def _default_data() -> Path:
    """Return ../shared/data/linking, looking further up from a git worktree."""
    for parent in REPO.parents:
        candidate = parent / "shared" / "data" / "linking"
        if candidate.is_dir():
            return candidate
    return REPO.parent / "shared" / "data" / "linking"


DEFAULT_DATA = _default_data()
SETS: dict[str, dict[str, str]] = {
    "ecbplus": {"HUM": "PERSON"},
    "meantime": {"PER": "PERSON", "ORG": "ORG"},
}
CONNECTIVES = {"of", "and", "the", "de", "du", "van", "von", "der", "da", "la", "for"}
PRONOUNS = {
    "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their",
    "our", "my", "him", "them", "us", "me", "who", "whom", "this", "that",
}  # fmt: skip
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "some", "any"}


@dataclass(frozen=True)
class GoldMention:
    doc_id: str
    name: str
    label: str
    chain: str
    sent_id: str = ""
    tokens: tuple[int, ...] = ()


def load_mentions(
    path: Path, text_path: Path, types: dict[str, str]
) -> list[GoldMention]:
    """Read the name mentions of people and organizations from one split."""
    lower_words = _lowercase_words(text_path)
    mentions = json.loads(path.read_text(encoding="utf-8"))
    out: list[GoldMention] = []
    for m in mentions:
        label = types.get(m["mention_type"])
        if label is None or m.get("is_pronoun"):
            continue
        name = m["tokens_str"].strip()
        if not _is_name(
            name,
            sentence_initial=not m["left_sentence"].strip(),
            lower_words=lower_words,
        ):
            continue
        out.append(
            GoldMention(
                m["doc_id"],
                name,
                label,
                m["coref_chain"],
                str(m["sent_id"]),
                tuple(m["tokens_ids"]),
            )
        )
    return out


def _lowercase_words(text_path: Path) -> set[str]:
    words: set[str] = set()
    if not text_path.exists():
        return words
    for line in text_path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 4 and parts[3][:1].islower():
            words.add(parts[3])
    return words


def _is_name(name: str, *, sentence_initial: bool, lower_words: set[str]) -> bool:
    words = [w for w in name.split() if any(ch.isalpha() for ch in w)]
    if not words or words[0].lower() in PRONOUNS | DETERMINERS:
        return False
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return False
    for word in words:
        if word.lower() in CONNECTIVES or word in {"'s", "’s"}:
            continue
        if not word[:1].isupper():
            return False
    return not (
        sentence_initial and len(words) == 1 and words[0].lower() in lower_words
    )


def to_articles(
    mentions: Sequence[GoldMention], texts: dict[str, DocText] | None = None
) -> tuple[list[Article], list[tuple[str, int]]]:
    """Build one Article per document (distinct names as entities), in input order.

    Returns the articles and, for every gold mention, (doc_id, entity index).
    """
    by_doc: dict[str, dict[tuple[str, str], int]] = {}
    counts: Counter[tuple[str, str, str]] = Counter()
    where: list[tuple[str, int]] = []
    for m in mentions:
        names = by_doc.setdefault(m.doc_id, {})
        key = (m.label, m.name)
        if key not in names:
            names[key] = len(names)
        counts[(m.doc_id, m.label, m.name)] += 1
        where.append((m.doc_id, names[key]))
    if texts:
        return _text_articles(mentions, by_doc, texts), where
    articles = []
    for doc_id, names in by_doc.items():
        text = "\n".join(name for _, name in names)
        entities = []
        offset = 0
        for i, (label, name) in enumerate(names):
            mention = Mention(text=name, start=offset, end=offset + len(name))
            offset += len(name) + 1
            n = counts[(doc_id, label, name)]
            entities.append(
                Entity(id=f"e{i}", label=label, name=name, mentions=(mention,) * n)  # type: ignore[arg-type]
            )
        articles.append(Article(doc_id=doc_id, text=text, entities=tuple(entities)))
    return articles, where


DocText = tuple[str, dict[tuple[str, int], tuple[int, int]]]


def load_texts(text_path: Path) -> dict[str, DocText]:
    """Read each document's text (tokens joined by spaces) and token offsets."""
    sentences: dict[str, dict[str, list[tuple[int, str]]]] = {}
    for line in text_path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 4:
            doc = sentences.setdefault(parts[0], {})
            doc.setdefault(parts[1], []).append((int(parts[2]), parts[3]))
    texts: dict[str, DocText] = {}
    for doc_id, sents in sentences.items():
        offsets: dict[tuple[str, int], tuple[int, int]] = {}
        lines: list[str] = []
        position = 0
        for sent_id, tokens in sents.items():
            words = []
            for token_id, token in tokens:
                offsets[(sent_id, token_id)] = (position, position + len(token))
                words.append(token)
                position += len(token) + 1
            lines.append(" ".join(words))
        texts[doc_id] = ("\n".join(lines), offsets)
    return texts


def _text_articles(
    mentions: Sequence[GoldMention],
    by_doc: dict[str, dict[tuple[str, str], int]],
    texts: dict[str, DocText],
) -> list[Article]:
    """Articles whose text is the document and whose mentions are at gold offsets."""
    spans: dict[tuple[str, str, str], list[Mention]] = defaultdict(list)
    for m in mentions:
        text, offsets = texts.get(m.doc_id, ("", {}))
        first = offsets.get((m.sent_id, m.tokens[0])) if m.tokens else None
        last = offsets.get((m.sent_id, m.tokens[-1])) if m.tokens else None
        if first is not None and last is not None:
            start, end = first[0], last[1]
            spans[(m.doc_id, m.label, m.name)].append(
                Mention(text=text[start:end], start=start, end=end)
            )
    articles = []
    for doc_id, names in by_doc.items():
        entities = [
            Entity(
                id=f"e{i}",
                label=label,  # type: ignore[arg-type]
                name=name,
                mentions=tuple(spans[(doc_id, label, name)]),
            )
            for i, (label, name) in enumerate(names)
        ]
        text = texts.get(doc_id, ("", {}))[0]
        articles.append(Article(doc_id=doc_id, text=text, entities=tuple(entities)))
    return articles


def claimkit_clusters(
    mentions: Sequence[GoldMention],
    *,
    cutoff: float,
    texts: dict[str, DocText] | None = None,
) -> tuple[list[str], list[str]]:
    """Link the articles in input order; return each mention's link and rule."""
    articles, where = to_articles(mentions, texts)
    registry = EntityRegistry(score_cutoff=cutoff)
    links: dict[tuple[str, int], tuple[str, str]] = {}
    for article in articles:
        linked = registry.link_article(article)
        for i, entity in enumerate(linked.entities):
            links[(article.doc_id, i)] = (entity.link or "", entity.link_rule or "")
    return [links[w][0] for w in where], [links[w][1] for w in where]


def rule_precision(
    gold: Sequence[Hashable], pred: Sequence[Hashable], rules: Sequence[str]
) -> dict[str, tuple[int, int, float]]:
    """Pair precision of the pairs each link rule made.

    A pair of mentions in one predicted cluster is credited to the rule of its
    later-linked mention when that rule is not "new" (the earlier mention founded
    or already belonged to the entity), so every predicted pair counts once.
    Returns rule -> (mentions, pairs, precision).
    """
    members: dict[Hashable, list[int]] = defaultdict(list)
    for i, p in enumerate(pred):
        members[p].append(i)
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    count = Counter(rules)
    for group in members.values():
        for a, i in enumerate(group):
            for j in group[:a]:
                rule = rules[i] if rules[i] != "new" else rules[j]
                total[rule] += 1
                right[rule] += gold[i] == gold[j]
    return {
        rule: (
            count[rule],
            total[rule],
            right[rule] / total[rule] if total[rule] else 1.0,
        )
        for rule in sorted(count)
    }


def baseline_clusters(
    mentions: Sequence[tuple[str, str]], *, cutoff: float = 90.0
) -> list[str]:
    """token_sort_ratio >= cutoff between distinct names, connected components.

    ``mentions`` are (label, name) pairs; names link only within a label.
    """
    names = sorted(set(mentions))
    parent = list(range(len(names)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_label: dict[str, list[int]] = defaultdict(list)
    for i, (label, _) in enumerate(names):
        by_label[label].append(i)
    for ids in by_label.values():
        strings = [names[i][1] for i in ids]
        scores = process.cdist(
            strings,
            strings,
            scorer=fuzz.token_sort_ratio,
            processor=utils.default_process,
            score_cutoff=cutoff,
            workers=1,
        )
        for a, b in zip(*np.nonzero(scores >= cutoff), strict=True):
            if a < b:
                parent[find(ids[a])] = find(ids[b])
    index = {name: i for i, name in enumerate(names)}
    return [f"b{find(index[mention])}" for mention in mentions]


# -- metrics -------------------------------------------------------------


def _groups(labels: Sequence[Hashable]) -> list[set[int]]:
    groups: dict[Hashable, set[int]] = defaultdict(set)
    for i, label in enumerate(labels):
        groups[label].add(i)
    return list(groups.values())


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def pairwise(
    gold: Sequence[Hashable], pred: Sequence[Hashable]
) -> tuple[float, float, float]:
    pairs = Counter(zip(gold, pred, strict=True))
    same_both = sum(n * (n - 1) // 2 for n in pairs.values())
    same_pred = sum(n * (n - 1) // 2 for n in Counter(pred).values())
    same_gold = sum(n * (n - 1) // 2 for n in Counter(gold).values())
    p = same_both / same_pred if same_pred else 1.0
    r = same_both / same_gold if same_gold else 1.0
    return p, r, _f1(p, r)


def bcubed(
    gold: Sequence[Hashable], pred: Sequence[Hashable]
) -> tuple[float, float, float]:
    both = Counter(zip(gold, pred, strict=True))
    g, s = Counter(gold), Counter(pred)
    n = len(gold)
    p = sum(both[(a, b)] / s[b] for a, b in zip(gold, pred, strict=True)) / n
    r = sum(both[(a, b)] / g[a] for a, b in zip(gold, pred, strict=True)) / n
    return p, r, _f1(p, r)


def muc(
    gold: Sequence[Hashable], pred: Sequence[Hashable]
) -> tuple[float, float, float]:
    def score(key: list[set[int]], labels: Sequence[Hashable]) -> float:
        num = den = 0
        for cluster in key:
            num += len(cluster) - len({labels[i] for i in cluster})
            den += len(cluster) - 1
        return num / den if den else 0.0

    r = score(_groups(gold), pred)
    p = score(_groups(pred), gold)
    return p, r, _f1(p, r)


def ceaf_e(
    gold: Sequence[Hashable], pred: Sequence[Hashable]
) -> tuple[float, float, float]:
    key, response = _groups(gold), _groups(pred)
    sim = np.zeros((len(key), len(response)))
    for i, k in enumerate(key):
        for j, r in enumerate(response):
            common = len(k & r)
            if common:
                sim[i, j] = 2 * common / (len(k) + len(r))
    rows, cols = linear_sum_assignment(-sim)
    total = sim[rows, cols].sum()
    p, r = total / len(response), total / len(key)
    return p, r, _f1(p, r)


def score_all(gold: Sequence[Hashable], pred: Sequence[Hashable]) -> dict[str, float]:
    pp, pr, pf = pairwise(gold, pred)
    bp, br, bf = bcubed(gold, pred)
    mf, cf = muc(gold, pred)[2], ceaf_e(gold, pred)[2]
    return {
        "pair P": pp, "pair R": pr, "pair F1": pf,
        "B3 P": bp, "B3 R": br, "B3 F1": bf,
        "MUC F1": mf, "CEAF-e F1": cf, "CoNLL F1": (mf + bf + cf) / 3,
    }  # fmt: skip


def print_errors(
    mentions: Sequence[GoldMention], pred: Sequence[str], limit: int
) -> None:
    """Print the worst wrong merges and missed links (for error analysis)."""
    by_pred: dict[str, list[GoldMention]] = defaultdict(list)
    by_gold: dict[str, list[tuple[str, GoldMention]]] = defaultdict(list)
    for m, p in zip(mentions, pred, strict=True):
        by_pred[p].append(m)
        by_gold[m.chain].append((p, m))
    merges = [ms for ms in by_pred.values() if len({m.chain for m in ms}) > 1]
    print(f"  wrong merges ({len(merges)} clusters):")
    for ms in merges[:limit]:
        chains: dict[str, set[str]] = defaultdict(set)
        for m in ms:
            chains[m.chain].add(m.name)
        print("    " + " | ".join(sorted("/".join(sorted(v)) for v in chains.values())))
    splits = [v for v in by_gold.values() if len({p for p, _ in v}) > 1]
    print(f"  split chains ({len(splits)}):")
    for v in splits[:limit]:
        parts: dict[str, set[str]] = defaultdict(set)
        for p, m in v:
            parts[p].add(m.name)
        print("    " + " | ".join(sorted("/".join(sorted(x)) for x in parts.values())))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", default="dev")
    parser.add_argument(
        "--cutoff", type=float, default=90.0, help="claimkit score_cutoff"
    )
    parser.add_argument("--errors", type=int, default=0, help="print N error examples")
    parser.add_argument(
        "--text",
        action="store_true",
        help="articles carry their document text and mention offsets",
    )
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"linking data not found at {args.data}; nothing to measure.")
        return 0
    for name, types in SETS.items():
        folder = args.data / name
        path = folder / f"{args.split}_entity_gold_mentions.json"
        if not path.exists():
            print(f"{path} is absent; skipping {name}.")
            continue
        mentions = load_mentions(path, folder / f"{args.split}_text.txt", types)
        text_path = folder / f"{args.split}_text.txt"
        texts = load_texts(text_path) if args.text and text_path.exists() else None
        if args.text and texts is None:
            print(f"{text_path} is absent; {name} articles carry names only.")
        ours, rules = claimkit_clusters(mentions, cutoff=args.cutoff, texts=texts)
        base = baseline_clusters([(m.label, m.name) for m in mentions])
        gold = [m.chain for m in mentions]
        sizes = Counter(gold)
        docs = len({m.doc_id for m in mentions})
        singletons = sum(1 for n in sizes.values() if n == 1)
        print(
            f"\n{name} {args.split}: {len(mentions)} name mentions in {docs} docs, "
            f"{len(sizes)} gold clusters ({singletons} singletons)"
        )
        keep = [i for i, g in enumerate(gold) if sizes[g] > 1]
        for title, idx in (
            ("singletons excluded", keep),
            ("singletons included", list(range(len(gold)))),
        ):
            g = [gold[i] for i in idx]
            a = score_all(g, [ours[i] for i in idx])
            b = score_all(g, [base[i] for i in idx])
            print(f"  {title} ({len(idx)} mentions)")
            print(f"    {'metric':<10} {'claimkit':>9} {'baseline':>9} {'delta':>7}")
            for metric in a:
                delta = a[metric] - b[metric]
                print(
                    f"    {metric:<10} {a[metric]:9.3f} {b[metric]:9.3f} {delta:+7.3f}"
                )
        print("  pair precision by link rule (singletons included)")
        print(f"    {'rule':<12} {'mentions':>8} {'pairs':>6} {'pair P':>7}")
        for rule, (n, pairs, precision) in rule_precision(gold, ours, rules).items():
            print(f"    {rule:<12} {n:8d} {pairs:6d} {precision:7.3f}")
        if args.errors:
            print_errors(mentions, ours, args.errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
