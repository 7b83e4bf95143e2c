r"""Hand-built Docs for rule tests: a parse written out, not predicted.

Rule tests feed claimkit's components a Doc whose tokens, tags, parse and
entities are stated in the test, the way spaCy tests its own rule components,
so a rule is tested apart from what a statistical model happens to predict.

>>> doc = parse(
...     vocab,
...     "Acme said profit rose 5%.",
...     '''
...     Acme    PROPN nsubj  1 B-ORG
...     said    VERB  ROOT   1 O     say
...     profit  NOUN  nsubj  3
...     rose    VERB  ccomp  1 O     rise
...     5       NUM   nummod 5 B-PERCENT
...     %       NOUN  dobj   3 I-PERCENT
...     .       PUNCT punct  1
...     ''',
... )

Each row is ``word POS dep head [ent [lemma]]`` (a whitespace word is
written with escapes: ``\n``, ``\n\n``, ``\t``, ``\s`` for a space):
``head`` is the absolute index of the head token (a root points at itself),
``ent`` an IOB tag (``O`` or absent for none), ``lemma`` defaults to the
lower-cased word. Words must appear in ``text`` in order; whitespace between
them comes from the text, so offsets are the text's own. Sentences follow from
the parse: one per root.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

# Fine-grained tags spaCy's English attribute ruler would give, for the few
# components that read ``tag_`` (verb tense, possessive 's, ...).
_DEFAULT_TAG = {
    "PROPN": "NNP",
    "NOUN": "NN",
    "VERB": "VBD",
    "AUX": "VBD",
    "ADJ": "JJ",
    "ADV": "RB",
    "ADP": "IN",
    "DET": "DT",
    "PRON": "PRP",
    "NUM": "CD",
    "PUNCT": ".",
    "PART": "RP",
    "CCONJ": "CC",
    "SCONJ": "IN",
    "SYM": "$",
    "X": "XX",
    "SPACE": "_SP",
}


def parse(vocab: Vocab, text: str, table: str) -> Doc:
    """Build a Doc over ``text`` from a table of ``word POS dep head [ent [lemma]]``."""
    words: list[str] = []
    pos: list[str] = []
    deps: list[str] = []
    heads: list[int] = []
    ents: list[str] = []
    lemmas: list[str] = []
    for line in table.strip().splitlines():
        cols = line.split()
        if not cols:
            continue
        if len(cols) < 4:
            raise ValueError(f"row needs word POS dep head: {line!r}")
        word, tag, dep, head = cols[:4]
        # A whitespace token is written with escapes: ``\n``, ``\n\n``, ``\t``.
        word = word.replace("\\n", "\n").replace("\\t", "\t").replace("\\s", " ")
        words.append(word)
        pos.append(tag)
        deps.append(dep)
        heads.append(int(head))
        ent = cols[4] if len(cols) > 4 else "O"
        ents.append(ent)
        lemmas.append(cols[5] if len(cols) > 5 else word.lower())
    spaces: list[bool] = []
    at = 0
    starts: list[int] = []
    for word in words:
        found = text.find(word, at)
        if found < 0:
            raise ValueError(f"{word!r} not found in text after offset {at}")
        if text[at:found].strip():
            raise ValueError(f"text {text[at:found]!r} before {word!r} has no row")
        starts.append(found)
        at = found + len(word)
    if text[at:].strip():
        raise ValueError(f"text {text[at:]!r} after the last row has no row")
    for i, start in enumerate(starts):
        end = start + len(words[i])
        nxt = starts[i + 1] if i + 1 < len(starts) else len(text)
        gap = text[end:nxt]
        # spaCy keeps at most one plain space as token whitespace; any other
        # whitespace between words is a token of its own.
        if gap in ("", " "):
            spaces.append(gap == " ")
        else:
            raise ValueError(
                f"whitespace {gap!r} after {words[i]!r}: give it a row, the "
                "word written with escapes (\\n, \\t, \\s for a space): "
                "'\\n SPACE dep head'"
            )
    doc = Doc(
        vocab,
        words=words,
        spaces=spaces,
        pos=pos,
        tags=[_DEFAULT_TAG.get(p, "XX") for p in pos],
        deps=deps,
        heads=heads,
        lemmas=lemmas,
        ents=ents,
    )
    if doc.text != text:
        raise ValueError(f"rebuilt text {doc.text!r} differs from {text!r}")
    return doc


def parse_plurals(nlp: Language, text: str, table: str) -> Doc:
    """:func:`parse`, with the plural tags the tagger would give: a noun
    whose lemma differs from its word is NNS, a proper noun NNPS ("chips",
    "Nations"), which the quantity rules read to find a counted noun."""
    doc = parse(nlp.vocab, text, table)
    for token in doc:
        if token.pos_ in ("NOUN", "PROPN") and token.lemma_ != token.lower_:
            token.tag_ = "NNS" if token.pos_ == "NOUN" else "NNPS"
    return doc


def quantities_of(finder: Callable[[Doc], Doc], doc: Doc) -> list[dict[str, Any]]:
    """Run a quantity finder over a hand-built Doc; its records, no failure."""
    doc = finder(doc)
    assert doc._.ck_failure is None
    return list(doc._.ck_quantities)
