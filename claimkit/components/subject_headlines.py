"""Whose a headline's figure is, where the parse of a headline fails (issue 15).

Headlines drop the words the parser leans on: "Acme plans to close 1,100
stores" is read as a noun "plans", "Acme car sales plunge by 45%" as a noun
"plunge". :func:`headline_subject` reads the shape instead: the one
organization named in the headline before the figure, then only the words of
a verb chain ("to", "plans to", "will") and the verb of the act, or the
organization's own measure and the word of its change. Anything else between
them, or a second name, leaves the subject empty. :func:`bracketed_subject`
reads a figure in brackets right after a name ("Lehman Brothers ($691bn)").
"""

from __future__ import annotations

from spacy.tokens import Span

from claimkit.components._extensions import text_of

# Words of a headline's verb chain between the organization and its act.
_CHAIN = frozenset(
    {
        "to",
        "will",
        "plans",
        "plan",
        "set",
        "seeks",
        "wants",
        "aims",
        "expected",
        "is",
        "are",
        "could",
        "may",
        "agrees",
        "moves",
        "vows",
    }
)
# Words between the act and its figure: "posts a $5m profit", "fall by 45%".
_BEFORE_FIGURE = frozenset({"a", "an", "its", "by", "another", "nearly", "about"})


def headline_subject(
    span: Span, index: dict[int, str], labels: dict[str, str], measures: frozenset[str]
) -> str | None:
    """The organization a headline's figure is about: "Acme plans to close
    1,100 stores", "Acme to cut 10,000 jobs", "Acme car sales plunge by 45%"
    (``measures``: an organization's own measures). Not "Acme rival to buy
    20 stores", "Acme shares fall 5%" (another's, or a value), nor any figure
    after the headline's first line."""
    doc = span.doc
    line_end = text_of(doc).find("\n")
    if line_end < 0 or span.end_char > line_end:
        return None
    named = {index[i] for i in range(span.start) if i in index}
    if len(named) != 1:
        return None
    entity = named.pop()
    if labels.get(entity) != "ORG":
        return None
    last = max(i for i in range(span.start) if index.get(i) == entity)
    words = list(doc[last + 1 : span.start])
    while words and words[-1].lower_ in _BEFORE_FIGURE:
        words.pop()
    if not words or words[-1].lower_ in _CHAIN or not words[-1].is_alpha:
        return None
    act, rest = words[-1], words[:-1]
    if all(w.lower_ in _CHAIN for w in rest):
        verb = act.pos_ in ("VERB", "AUX") or act.tag_.startswith("VB")
        return entity if verb else None
    # "Acme car sales plunge by 45%": the organization's own measure changed
    if (
        rest[-1].lower_ in measures
        and act.is_lower
        and all(w.pos_ in ("NOUN", "ADJ") and w.is_lower for w in rest)
    ):
        return entity
    return None


def bracketed_subject(
    span: Span, index: dict[int, str], labels: dict[str, str]
) -> str | None:
    """A figure in brackets right after a name is that name's: "the
    bankruptcies of Lehman Brothers ($691bn), Washington Mutual ($328bn)";
    not a conversion ("$11bn (£5.7bn)") nor a bracket holding more words."""
    doc = span.doc
    start, end = span.start, span.end
    if start < 2 or end >= len(doc):
        return None
    if doc[start - 1].text != "(" or doc[end].text != ")":
        return None
    entity = index.get(start - 2)
    if entity is None or labels.get(entity) not in ("ORG", "PERSON"):
        return None
    return entity
