"""Figures that give another figure's earlier value or the next item of its list.

"Profits rose to $1.1bn from $639m": "$639m" is the same measure's earlier
value; "growth was 1.1% in 2004, up from 0.3% in 2003 and 0.4% in 2002": "0.3%"
and "0.4%" are growth too; so is "10%" of "stood at 25%, compared with 10%",
"2.8%" of "prices rose 15.1%, but by only 2.8% in the second half" (with its
direction) and "$1bn" of "dividends - $53m in 2000 and $1bn in 2001"; a
percent change hung on a figure by a word of direction is that figure's
change ("sales were 30.1bn rupees, up 27%").
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

from claimkit.components.concept_syntax import DIRECTIONS, is_time

# Prepositions that introduce an earlier or a compared value of one measure.
_EARLIER = frozenset({"from", "against", "versus", "vs", "vs."})
# Prepositions of a change or a level that may stand for a whole clause.
_ELIDED_PREPS = frozenset({"by", "to", "at"})
_CONCEPT_KEYS = ("concept", "concept_start", "concept_end", "concept_key")
_MAX_HOPS = 6


def _follows(anchor: Token, anchors: set[int]) -> tuple[Token, bool, bool] | None:
    """The word the figure's clause hangs from, whether it got there through an
    earlier-value preposition, and whether through "compared with"; None when
    the figure is no follower (or the path crosses any other word)."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in anchor.children):
        return None  # "compared to 9% of those who don't": a share of its own base
    token, earlier, listed, compared = anchor, False, False, False
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
            # "compared with £125m a year earlier": the concept only
            listed = compared = True
            token = head.head.head
            continue
        elif token.dep_ == "conj" and (head.i in anchors or head.lower_ in DIRECTIONS):
            listed = True
        elif token.i == anchor.i and _verb_item(token):
            # "paid dividends of $20m in 2002 and $35m in 2003": the parse
            # joins the second figure to the verb
            listed = True
        elif _dated_item(token):
            # "dividends - $53m in 2000 and almost $1bn in 2001": the parse
            # joins the second figure to the first one's year
            listed = True
            token = head.head.head
            continue
        elif _elided(token):
            # "prices rose 15.1% in 2004, but by only 2.8% in the second
            # half": a bare phrase of the figure, joined to the clause
            listed = True
            token = head.head
            continue
        elif token.dep_ in ("advmod", "conj") and token.lower_ in DIRECTIONS:
            pass  # "up from 0.3%"
        else:
            break
        token = head
    if not (earlier or listed) or token.i == anchor.i:
        return None
    return token, earlier, compared


def _verb_item(token: Token) -> bool:
    """``token``, a figure's noun, is joined to a verb (a misparse of a list)."""
    return (
        token.dep_ == "conj"
        and token.pos_ in ("NOUN", "NUM")
        and token.head.pos_ in ("VERB", "AUX")
    )


def _dated_item(token: Token) -> bool:
    """``token`` is joined to the year or date of another figure's phrase."""
    head = token.head
    return (
        token.dep_ == "conj"
        and head.dep_ == "pobj"
        and head.ent_type_ == "DATE"
        and is_time(head)
        and head.head.dep_ == "prep"
        and head.head.head.pos_ in ("VERB", "AUX")
    )


def _elided(token: Token) -> bool:
    """``token`` is the object of a preposition standing for a clause of its
    own: "but by only 2.8%" joined to the verb of the clause before."""
    head = token.head
    return (
        token.dep_ == "pobj"
        and head.pos_ == "ADP"
        and head.dep_ == "conj"
        and head.lower_ in _ELIDED_PREPS
        and head.head.pos_ in ("VERB", "AUX")
    )


def _hangs_from(anchor: Token, top: Token) -> bool:
    """``anchor`` is ``top`` or hangs at most three words below it ("made
    [a profit] of [£75m]")."""
    token, hops = anchor, [anchor.i]
    for _ in range(3):
        token = token.head
        hops.append(token.i)
    return top.i in hops


def _below(anchor: Token, top: Token) -> bool:
    """``anchor`` is in the phrase ``top`` heads."""
    return any(t.i == top.i for t in anchor.ancestors)


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
        if _lend_change(claims, anchors, k):
            continue
        found = _follows(anchors[k], by_anchor)
        if found is None:
            continue
        top, earlier, compared = found
        sent = anchors[k].sent
        nearest = True
        for j in range(k - 1, -1, -1):
            donor, place = claims[j], anchors[j]
            if place.i < sent.start:
                break
            if not _same_measure(claim, donor):
                continue
            # "compared with" hangs high in the parse ("research which
            # suggested that IE had 92.9% of users in October compared to
            # 95.5% in June"): the figure right before it, anywhere below.
            below = nearest and compared and _below(place, top)
            nearest = False
            if donor.get("concept") is None or not (below or _hangs_from(place, top)):
                continue
            claim.update({key: donor[key] for key in _CONCEPT_KEYS})
            if earlier and claim.get("subject") is None:
                claim["subject"] = donor.get("subject")
            anchor = anchors[k]
            if _elided(anchor) and anchor.head.lower_ == "by":
                # "rose 15.1%, but by only 2.8%": the same direction
                quantity = claim["quantity"]
                quantity["change"] = quantity.get("change") or donor["quantity"].get(
                    "change"
                )
            break


def _lend_change(claims: list[dict[str, Any]], anchors: list[Token], k: int) -> bool:
    """A percent change that a word of direction hangs on the figure before it
    measures what that figure measures, and is its owner's: "Total sales were
    30.1bn rupees, up 27%", "revenue of $5bn, down 3%"."""
    claim, anchor = claims[k], anchors[k]
    word = anchor.head
    if (
        claim["quantity"]["kind"] != "percent"
        or anchor.dep_ != "npadvmod"
        or word.lower_ not in DIRECTIONS
        or word.dep_ != "advmod"
        or word.head.i >= anchor.i
    ):
        return False
    for j in range(k - 1, -1, -1):
        if anchors[j].i == word.head.i:
            donor = claims[j]
            if donor.get("concept") is None or donor["quantity"]["kind"] == "percent":
                return False
            claim.update({key: donor[key] for key in _CONCEPT_KEYS})
            if claim.get("subject") is None:
                claim["subject"] = donor.get("subject")
            return True
        if anchors[j].i < word.head.i:
            break
    return False
