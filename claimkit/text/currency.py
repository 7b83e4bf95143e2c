"""Which dollar a bare "$" means, from the article's own evidence.

An amount that names its currency ("US$", "C$", "€5", "40 Canadian dollars")
is *explicit*. A bare "$" or "dollars" is read in this order:

1. the dollar the article names explicitly elsewhere, when it names just one
   ("C$1.2 billion ... $300 million" -> both CAD), unless that is not the US
   dollar and the article's places name the United States: a US market
   report that quotes one Canadian price as "C$1.92" keeps its bare "$" for
   US dollars;
2. the article's dateline ("TORONTO (Reuters) - ..." -> CAD);
3. its places, when one dollar country is named at least ``_MIN_PLACES``
   times and the United States never;
4. else the run's default dollar (``dollar`` in the component config, USD
   unless set).

``Quantity.currency_basis`` records which: "explicit", "article" or
"default". No spaCy: places come in as (text, label) pairs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import pairwise
from typing import Any

_MIN_PLACES = 3
_DATELINE = 120
PLACE_LABELS = frozenset({"GPE", "NORP", "LOC"})
PENDING = "pending"
# Kinds whose amounts are converted in brackets into another unit.
_CONVERTED = frozenset({"money", "measure"})


class DollarReader:
    """The dollar tables of a quantities lexicon."""

    def __init__(self, lex: dict[str, Any]) -> None:
        self.codes = frozenset(lex.get("dollar_codes", ["USD"]))
        self.generic = frozenset(m.lower() for m in lex.get("generic_dollar_marks", []))
        self.places: dict[str, str] = {
            place.lower(): code
            for code, places in lex.get("dollar_places", {}).items()
            for place in places
        }

    def basis(self, kind: str | None, unit: str | None, unit_text: str | None) -> Any:
        """ "explicit", or PENDING for a bare dollar; None for non-money."""
        if kind != "money":
            return None
        if unit == "USD" and (unit_text or "").lower() in self.generic:
            return PENDING
        return "explicit"

    def dateline(self, text: str) -> str | None:
        """The dollar of the place a dateline names ("OTTAWA, May 3 (Reuters) -")."""
        head = text[:_DATELINE].lstrip()
        line = head.split("\n", 1)[0]
        for stop in ("(", " - ", " – ", " — ", ":"):
            if stop in line:
                line = line.split(stop, 1)[0]
                break
        else:
            return None
        place = line.split(",", 1)[0].strip()
        if not place or not place.isupper():
            return None
        return self.places.get(place.lower())

    def _counts(self, places: Iterable[tuple[str, str]]) -> Counter[str]:
        """How often the article's places name each dollar's country."""
        counts: Counter[str] = Counter()
        for text, label in places:
            if label in PLACE_LABELS:
                code = self.places.get(text.lower())
                if code is not None:
                    counts[code] += 1
        return counts

    def decide(
        self,
        text: str,
        records: list[dict[str, Any]],
        places: Iterable[tuple[str, str]],
    ) -> str | None:
        """The article's dollar, or None when it gives no evidence."""
        named = {
            r["quantity"]["unit"]
            for r in records
            if r["quantity"].get("currency_basis") == "explicit"
            and r["quantity"]["unit"] in self.codes
        }
        counts = self._counts(places)
        if len(named) == 1:
            code = next(iter(named))
            # "NYMEX gas rose to $3.80 ... Alberta gas at C$1.92": an article
            # that names the United States quotes another dollar by its mark.
            if code == "USD" or not counts["USD"]:
                return code
        return self.dateline(text) or _dollar_of_places(counts)


def _dollar_of_places(counts: Counter[str]) -> str | None:
    """The one dollar country the places name often enough, the US never."""
    return None if counts["USD"] else leading(counts, _MIN_PLACES)


def leading(counts: Counter[str], minimum: int) -> str | None:
    """The code counted at least ``minimum`` times and more than any other."""
    best = counts.most_common(2)
    if not best or best[0][1] < minimum:
        return None
    if len(best) > 1 and best[1][1] == best[0][1]:
        return None
    return best[0][0]


def resolve_dollars(
    text: str,
    records: list[dict[str, Any]],
    reader: DollarReader,
    default: str,
    places: Iterable[tuple[str, str]],
) -> None:
    """Give every bare-dollar record in ``records`` its dollar, in place."""
    pending = [r for r in records if r["quantity"].get("currency_basis") == PENDING]
    if not pending:
        return
    code = reader.decide(text, records, places)
    basis = "article" if code is not None else "default"
    # "1.2bn Australian dollars (£458m; $874m)": a conversion is into another
    # currency, so its bare dollar is not the one it converts.
    own = {
        id(target): source["unit"]
        for source, target in conversions(text, records)
        if source.get("currency_basis") == "explicit"
    }
    for record in pending:
        quantity = record["quantity"]
        if code is not None and own.get(id(quantity)) == code != default:
            quantity["unit"], quantity["currency_basis"] = default, "default"
        else:
            quantity["unit"], quantity["currency_basis"] = code or default, basis


def conversions(
    text: str, records: list[dict[str, Any]]
) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """(source, target) quantity pairs of amounts converted in brackets:
    "$20bn (£10.6bn; 15bn euros)" gives ($20bn, £10.6bn) and ($20bn, 15bn euros)."""
    source: dict[str, Any] | None = None  # the amount being converted
    for before, after in pairwise(records):
        between = text[before["end"] : after["start"]].strip()
        if between == "(":
            source = before["quantity"]
        elif between not in (";", ","):
            source = None
        target = after["quantity"]
        if (
            source is not None
            and source["kind"] in _CONVERTED
            and target["kind"] == source["kind"]
        ):
            yield source, target


def carry_conversions(text: str, records: list[dict[str, Any]]) -> None:
    """An amount converted in brackets ("at least $20bn (£10.6bn; 15bn
    euros)", "about 100 kilometres (60 miles)") carries the bound and the
    change of the amount it converts."""
    for source, target in conversions(text, records):
        if target["qualifier"] != "exact":
            continue
        if source["qualifier"] not in ("exact", "range"):
            target["qualifier"] = source["qualifier"]
            if source["low"] is not None:
                target["low"] = target["value"]
            if source["high"] is not None:
                target["high"] = target["value"]
        # "raised its bid to £1.5bn ($2.9bn)": a level converted is a level.
        target["change"] = source["change"]
        target["per"] = target["per"] or source["per"]
