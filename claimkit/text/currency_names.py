"""Which franc, crown, pound or dinar a bare currency word means.

"Francs" are French in a Paris story and Swiss in a Zurich one; "crowns" are
Swedish, Danish, Norwegian, Czech or Slovak; "pounds" are Irish in a Dublin
story. The lexicon's ``currency_places`` table lists, for each such word, the
currencies it may name and the places that speak for each. A bare word (no
country before it: "3.9 billion francs", not "Swiss francs") is read in the
order the dollar is (:mod:`claimkit.text.currency`):

1. the currency of that word the article names explicitly elsewhere, when it
   names just one ("12 million French francs ... 4 million francs");
2. the article's dateline ("PARIS 1996-08-28", "PARIS (Reuters) -");
3. its places, when one currency's places are named at least ``_MIN_PLACES``
   times and more often than any other's;

and gets ``currency_basis`` "article". Without evidence the lexicon's own
reading stays ("francs" -> CHF, "pounds" -> GBP; "crowns", "dinars" -> None).
No spaCy: places come in as (text, label) pairs.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from claimkit.text.currency import PLACE_LABELS, leading

_MIN_PLACES = 2
# How far into an article its dateline may be (a headline and byline first).
_DATELINE_REACH = 400
# "PARIS 1996-08-28", "SAN JOSE, Calif. 1996-08-28": a wire dateline line.
ISO_DATELINE = re.compile(
    r"^\s*([A-Z][A-Z .'-]+?)(?:,[^\n]*?)?\s+\d{4}-\d\d-\d\d\s*$", re.M
)


def dateline_place(text: str) -> str | None:
    """The place of a wire dateline line near the top of ``text``, lower-case."""
    match = ISO_DATELINE.search(text[:_DATELINE_REACH])
    return match.group(1).strip().lower() if match else None


class NamedCurrencies:
    """The ``currency_places`` table of a quantities lexicon."""

    def __init__(self, lex: dict[str, Any]) -> None:
        self.words: dict[str, dict[str, str]] = {}  # word -> place -> code
        self.codes: dict[str, frozenset[str]] = {}
        for words, codes in lex.get("currency_places", {}).items():
            places = {
                place.lower(): code for code, names in codes.items() for place in names
            }
            for word in words.split("|"):
                self.words[word] = places
                self.codes[word] = frozenset(codes)

    def resolve(
        self,
        text: str,
        records: list[dict[str, Any]],
        places: Iterable[tuple[str, str]],
    ) -> None:
        """Give every bare franc, crown, pound... in ``records`` the currency
        the article's evidence names, in place."""
        bare = [
            r
            for r in records
            if r["quantity"]["kind"] == "money"
            and (r["quantity"]["unit_text"] or "").lower() in self.words
        ]
        if not bare:
            return
        place_list = [p for p, label in places if label in PLACE_LABELS]
        dateline = dateline_place(text)
        decided: dict[str, str | None] = {}  # one decision per word
        for record in bare:
            quantity = record["quantity"]
            word = quantity["unit_text"].lower()
            if word not in decided:
                decided[word] = self._decide(word, records, dateline, place_list)
            code = decided[word]
            if code is not None:
                quantity["unit"], quantity["currency_basis"] = code, "article"

    def _decide(
        self,
        word: str,
        records: list[dict[str, Any]],
        dateline: str | None,
        places: list[str],
    ) -> str | None:
        codes, by_place = self.codes[word], self.words[word]
        named = {
            r["quantity"]["unit"]
            for r in records
            if r["quantity"]["kind"] == "money"
            and (r["quantity"]["unit_text"] or "").lower() not in self.words
            and r["quantity"]["unit"] in codes
        }
        if len(named) == 1:
            return next(iter(named))
        if dateline is not None and dateline in by_place:
            return by_place[dateline]
        counts = Counter(by_place[p.lower()] for p in places if p.lower() in by_place)
        return leading(counts, _MIN_PLACES)
