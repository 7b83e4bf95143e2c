"""Figures that give another figure's earlier value or the next item of its list.

"Profits rose to $1.1bn from $639m": "$639m" is the same measure's earlier
value; "growth was 1.1% in 2004, up from 0.3% in 2003 and 0.4% in 2002": "0.3%"
and "0.4%" are growth too; so is "10%" of "stood at 25%, compared with 10%".
Such a figure hangs from the clause of the figure it follows by "from" /
"against" / "versus" / "compared with" (or by a conjunction), with nothing
between but words of direction ("up from"), so it measures what that figure
measures. A figure after "from" or "against" is the same owner's earlier value,
so it takes that figure's subject as well; a figure in a list or after
"compared with" may belong to another owner ("compared with 6.1% at Kessel
Bank") and takes only the concept.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from claimkit.components.concept_syntax import DIRECTIONS

# Prepositions that introduce an earlier or a compared value of one measure.
_EARLIER = frozenset({"from", "against", "versus", "vs", "vs."})
_CONCEPT_KEYS = ("concept", "concept_start", "concept_end", "concept_key")
_MAX_HOPS = 6


def _follows(anchor: Token, anchors: set[int]) -> tuple[Token, bool, bool] | None:
    """The word the figure's clause hangs from, whether it got there through an
    earlier-value preposition, and whether through a conjunction; None when the
    figure is no follower (or the path crosses any other word)."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in anchor.children):
        return None  # "compared to 9% of those who don't": a share of its own base
    token, earlier, listed = anchor, False, False
    for _ in range(_MAX_HOPS):
        head = token.head
        if head.i == token.i:
            break
        if token.dep_ == "pobj" and head.lower_ in _EARLIER and head.dep_ == "prep":
            earlier = True
        elif token.dep_ == "prep" and token.lower_ in _EARLIER and earlier:
            pass
        elif (
            token.dep_ == "pobj"
            and head.lower_ in ("with", "to")
            and head.head.lemma_ == "compare"
            and head.head.dep_ == "prep"
        ):
            listed = True  # "compared with £125m a year earlier": the concept only
            token = head.head.head
            continue
        elif token.dep_ == "conj" and (head.i in anchors or head.lower_ in DIRECTIONS):
            listed = True
        elif token.dep_ in ("advmod", "conj") and token.lower_ in DIRECTIONS:
            pass  # "up from 0.3%"
        else:
            break
        token = head
    if not (earlier or listed) or token.i == anchor.i:
        return None
    return token, earlier, listed


def _hangs_from(anchor: Token, top: Token) -> bool:
    """``anchor`` is ``top`` or hangs at most three words below it ("made
    [a profit] of [£75m]")."""
    token, hops = anchor, [anchor.i]
    for _ in range(3):
        token = token.head
        hops.append(token.i)
    return top.i in hops


def _same_measure(claim: dict[str, Any], donor: dict[str, Any]) -> bool:
    """Both figures are of one kind; counts count the same thing."""
    mine, theirs = claim["quantity"], donor["quantity"]
    if mine["kind"] != theirs["kind"]:
        return False
    if mine["kind"] in ("count", "measure"):
        return bool(mine.get("unit")) and mine.get("unit") == theirs.get("unit")
    return True


def inherit_from_siblings(claims: list[dict[str, Any]], anchors: list[Token]) -> None:
    """Fill a missing concept (and, after "from", a missing subject) of each
    figure that follows another one in its clause, from the nearest figure
    before it of the same measure that has a concept (in place)."""
    by_anchor = {a.i for a in anchors}
    for k, claim in enumerate(claims):
        if claim.get("concept") is not None:
            continue
        found = _follows(anchors[k], by_anchor)
        if found is None:
            continue
        top, earlier, _ = found
        sent = anchors[k].sent
        for j in range(k - 1, -1, -1):
            donor, place = claims[j], anchors[j]
            if place.i < sent.start:
                break
            if (
                donor.get("concept") is None
                or not _same_measure(claim, donor)
                or not _hangs_from(place, top)
            ):
                continue
            claim.update({key: donor[key] for key in _CONCEPT_KEYS})
            if earlier and claim.get("subject") is None:
                claim["subject"] = donor.get("subject")
            break
