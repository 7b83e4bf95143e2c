"""Headlines, quoted titles and the propagation of body names.

Lines in ALL CAPS or Title Case (headlines) and Title Case titles in quotation
marks are weak evidence: their spans are re-cut to names the body
establishes. Untagged repeats of a body name (or a person's surname) are
added as mentions.
"""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.tokens import Doc, Span

from claimkit.components.entities.completion import after_initial
from claimkit.components.entities.mentions import CANDIDATE_LABELS, TYPES, _Name
from claimkit.components.entities.spans import _key_text
from claimkit.text.layout import caps_label, credit_start, line_opens_with
from claimkit.text.names import GivenNames

_QUOTES = {'"', "“", "”", "«", "»"}


def _headline_tokens(
    doc: Doc, text: str, texts: list[str], sents: list[tuple[int, int]]
) -> set[int]:
    """Token indices on lines written in ALL CAPS or Title Case."""
    lines = "\n" in text.strip()
    segments: list[tuple[int, int]] = []
    if lines:
        offset = 0
        for line in text.split("\n"):
            span = doc.char_span(offset, offset + len(line), alignment_mode="expand")
            if span is not None and len(span):
                segments.append((span.start, span.end))
            offset += len(line) + 1
    else:
        segments = sents
    weak: set[int] = set()
    for start, end in segments:
        # Without line breaks a Title Case sentence is as likely a list of names.
        if _is_headline(texts[start:end], title_case=lines):
            weak.update(range(start, end))
    return weak


_SMALL_WORDS = frozenset(
    {"with", "from", "into", "onto", "over", "upon", "than", "that", "amid", "after"}
)


def _is_headline(texts: list[str], *, title_case: bool = True) -> bool:
    words = [w for w in texts if w.isalpha()]
    if len(words) < 2:
        return False
    letters = [w for w in words if len(w) > 1]
    numbers = sum(1 for w in texts if w[:1].isdigit())
    # A caps line full of figures is a results table, not a headline.
    if len(letters) >= 2 and all(w.isupper() for w in letters):
        return numbers * 2 <= len(words)
    # Title Case leaves its longer small words low too ("Win with Late Goal").
    long_words = [w for w in words if len(w) > 3 and w not in _SMALL_WORDS]
    capitalized = all(w[:1].isupper() for w in long_words)
    return title_case and len(long_words) >= 4 and capitalized


_MONTH = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
    r" \d{1,2}(?:, \d{4})?"
)
# A dateline on a line of its own: the place in capitals, a region after a
# comma, and the date ("AL-AIN, United Arab Emirates 1996-12-06").
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z.'\- ]*[A-Z.](?:, [A-Z][\w.'\- ]*)?"
    rf"\s+(?:\d{{4}}-\d{{2}}-\d{{2}}|{_MONTH})\s*$"
)


def _non_prose_tokens(doc: Doc, text: str, link_labels: set[str]) -> set[int]:
    """Token indices on lines that are not prose, where no name is read.

    A dateline ("LIMA 2024-03-05"), a photo credit ('Doug Ives/The Canadian
    Press'), a link line ('READ MORE: ...') and a section label in capitals
    ('EARN') hold no entity of the article; a credit after a caption leaves
    the caption itself alone.
    """
    skip: set[int] = set()
    if "/" not in text and "\n" not in text and ":" not in text:
        return skip
    offset = 0
    for line in text.split("\n"):
        start: int | None = None
        if (
            line_opens_with(line, link_labels)
            or ("\n" in text and caps_label(line))
            or _DATELINE.match(line)
        ):
            start = 0
        else:
            start = credit_start(line)
        if start is not None:
            span = doc.char_span(
                offset + start, offset + len(line), alignment_mode="expand"
            )
            if span is not None:
                skip.update(range(span.start, span.end))
        offset += len(line) + 1
    return skip


def _quoted_title_tokens(text: str, texts: list[str]) -> set[int]:
    """Token indices inside quotation marks that hold a Title Case title:
    three long words or more, all capitalized, or two in a title that is
    nothing else ("Madre Tierra (Oye)", "Fast & Furious"; not the speech of
    "Only you, Dinesh," nor "Marco! Marco!"). One is as likely a name quoted."""
    inside: set[int] = set()
    if not any(q in text for q in _QUOTES):
        return inside
    opened: int | None = None
    for i, text in enumerate(texts):
        if text not in _QUOTES:
            continue
        if opened is None or text in ("“", "«"):
            opened = i
            continue
        quoted = texts[opened + 1 : i]
        words = [w for w in quoted if w.isalpha() and len(w) > 3]
        long_title = len(words) >= 3 and all(w[:1].isupper() for w in words)
        if long_title or (len(words) == 2 and _title_only(quoted)):
            inside.update(range(opened + 1, i))
        opened = None
    return inside


_SPEECH_MARKS = frozenset({",", "!", "?", ";", ":"})


_TITLE_LOWER = frozenset({"a", "an", "and", "at", "by", "for", "in", "of", "on", "or"})
_TITLE_LOWER |= {"the", "to", "with"}


def _title_only(texts: list[str]) -> bool:
    """Every word capitalized or a title's small word ("Thelma and Louise,",
    "Meet the Press"), no speech's comma or exclamation before the last."""
    while texts and texts[-1] in (",", "."):
        texts = texts[:-1]
    return all(
        (w[:1].isupper() or not w.isalpha() or w in _TITLE_LOWER)
        and w not in _SPEECH_MARKS
        for w in texts
    )


def _recut_headline(
    span: Span, label: str, names: dict[str, _Name], given: GivenNames
) -> list[Span]:
    """Keep a headline span only as the body names (or their words) it holds,
    with the given names the span writes before a person's ("About Barack
    Obama" over a body that writes only "Obama")."""
    doc = span.doc
    known = set(names)
    if label in TYPES:
        known.update(w for key in names for w in key.split() if len(w) > 2)
    found: list[Span] = []
    i = span.start
    while i < span.end:
        for j in range(span.end, i, -1):
            if _key_text(doc[i:j].text) in known:
                # "J | Thomas" in a Title Case team sheet: the initial is the
                # name's, not the body's Thomas ("G Thomas") with a stray letter.
                if j == i + 1 and i > span.start and after_initial(doc, i):
                    found.append(doc[i - 1 : j])
                else:
                    found.append(doc[i:j])
                i = j
                break
        else:
            i += 1
    if found:
        if label == "PERSON":
            found = [with_given_names(piece, span.start, given) for piece in found]
        return found
    # A span in capitals that the body never names is a headline's word
    # ("RUGBY UNION", "CLUB FINED", "VIDEO"), not a name the article is
    # about; an acronym stays one ("GOP", "U.N.").
    return [span] if _acronym(span) else []


def _acronym(span: Span) -> bool:
    """One word in capitals of three letters at most, or with full stops."""
    if len(span) != 1:
        return False
    text = span[0].text
    letters = [c for c in text if c.isalpha()]
    return text.isupper() and (len(letters) <= 3 or "." in text)


def body_label(piece: Span, label: str, body: dict[str, str]) -> str:
    """The label of the body name a headline piece stands for.

    "McCarthy" of "Soccer - McCarthy names team", which the recognizer types
    ORG, is the body's Mick McCarthy, a person: a piece that is a body name,
    or a word of body names that all have one label, takes that label.
    """
    key = _key_text(piece.text)
    if body.get(key) in TYPES:
        return body[key]
    found = {
        kind for name, kind in body.items() if kind in TYPES and key in name.split()
    }
    return found.pop() if len(found) == 1 else label


def with_given_names(piece: Span, start: int, given: GivenNames) -> Span:
    """``piece`` with the capitalized given names before it, back to ``start``."""
    doc = piece.doc
    i = piece.start
    while i > start and doc[i - 1].is_title and doc[i - 1].text in given:
        i -= 1
    return doc[i : piece.end]


def _propagate(
    doc: Doc,
    texts: list[str],
    names: dict[str, _Name],
    labels: dict[str, str],
    taken: set[int],
    weak: set[int],
) -> None:
    """Add untagged repeats of a name, or a person's surname, the body names."""
    forms: dict[str, list[tuple[list[str], str]]] = defaultdict(list)
    for key, name in list(names.items()):
        if not name.body or labels[key] not in TYPES:
            continue
        words = [t.text for t in name.spans[0] if t.tag_ != "POS" and not t.is_space]
        if not words:
            continue
        forms[words[0].lower()].append((words, key))
        surname = words[-1]
        if labels[key] == "PERSON" and len(words) > 1 and len(surname) > 1:
            short = _key_text(surname)
            if short and short not in names:
                names[short] = _Name(short, body=True)
                forms[surname.lower()].append(([surname], short))
    for candidates in forms.values():
        candidates.sort(key=lambda item: -len(item[0]))
    for i, text in enumerate(texts):
        if not text[:1].isupper() or i in taken:
            continue
        for words, key in forms.get(text.lower(), []):
            end = i + len(words)
            if end > len(doc) or taken.intersection(range(i, end)):
                continue
            same = texts[i:end] == words or (
                i in weak
                and [w.lower() for w in texts[i:end]] == [w.lower() for w in words]
            )
            if not same:
                continue
            if i not in weak and end < len(doc) and doc[end].pos_ == "PROPN":
                continue
            if doc[i].ent_type_ and doc[i].ent_type_ not in CANDIDATE_LABELS:
                continue
            if len(words) == 1 and after_initial(doc, i):
                continue  # "R Jones" in a team sheet is not the article's Jones
            names[key].spans.append(doc[i:end])
            taken.update(range(i, end))
            break
