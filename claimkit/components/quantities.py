"""ck_quantities: money, percentages, counts and measures with value, unit, bounds."""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from claimkit.components._base import LexiconComponent

DEFAULT_CONFIG: dict[str, Any] = {"lexicon": None}

_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+")
_WORD_NUMBERS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "dozen": 12,
    "a": 1,
    "an": 1,
}


class QuantityFinder(LexiconComponent):
    """Turn the base model's numeric entities into normalized quantities."""

    default_lexicon = "quantities.json"

    def _compile(self) -> None:
        lex = self.lexicon
        self.symbols: dict[str, str] = dict(lex.get("currency_symbols", {}))
        self.codes = set(lex.get("currency_codes", []))
        self.currency_words: dict[str, str] = dict(lex.get("currency_words", {}))
        self.magnitudes: dict[str, float] = dict(lex.get("magnitudes", {}))
        self.bounds: list[tuple[str, str]] = sorted(
            (
                (phrase, kind)
                for kind, ps in lex.get("bounds", {}).items()
                for phrase in ps
            ),
            key=lambda pk: -len(pk[0]),
        )
        self.below = set(lex.get("below_value_approx", []))
        self.units: dict[str, str] = {
            form.lower(): symbol
            for symbol, forms in lex.get("measure_units", {}).items()
            for form in forms
        }
        self.change_up = set(lex.get("change_up", []))
        self.change_down = set(lex.get("change_down", []))

    def process(self, doc: Doc) -> None:
        doc._.ck_quantities = find_quantities(doc, self)


@Language.factory(
    "ck_quantities",
    assigns=["doc._.ck_quantities"],
    requires=["doc.ents", "token.dep", "token.lemma"],
    default_config=DEFAULT_CONFIG,
)
def make_quantity_finder(
    nlp: Language, name: str, lexicon: str | None
) -> QuantityFinder:
    return QuantityFinder(name, lexicon=lexicon)


def find_quantities(doc: Doc, finder: QuantityFinder) -> list[dict[str, Any]]:
    """Return quantity dicts (text, start, end, quantity) for the doc."""
    found: list[dict[str, Any]] = []
    for ent in doc.ents:
        if ent.label_ not in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL"):
            continue
        record = _parse(ent, finder)
        if record is not None:
            found.append(record)
    return found


def _parse(ent: Span, finder: QuantityFinder) -> dict[str, Any] | None:
    doc = ent.doc
    text = ent.text
    lowered = text.lower()
    qualifier = "exact"
    for phrase, kind in finder.bounds:
        if lowered.startswith(phrase + " "):
            qualifier = kind
            break
    if qualifier == "exact" and ent.start > 0:
        prev = doc[max(0, ent.start - 2) : ent.start].text.lower()
        for phrase, kind in finder.bounds:
            if prev.endswith(phrase):
                qualifier = kind
                ent = doc[ent.start - len(phrase.split()) : ent.end]
                break
    value = _number(ent, finder)
    if value is None:
        return None
    unit: str | None = None
    unit_text: str | None = None
    end = ent.end
    if ent.label_ == "MONEY":
        kind = "money"
        unit, unit_text = _currency(ent, finder)
    elif ent.label_ == "PERCENT":
        kind, unit, unit_text = "percent", "%", "%"
    elif ent.label_ == "QUANTITY":
        kind = "measure"
        for token in ent:
            if token.lower_ in finder.units:
                unit, unit_text = finder.units[token.lower_], token.text
        if unit is None:
            return None
    else:
        head = ent.root.head
        if ent.root.dep_ != "nummod" or head.pos_ not in ("NOUN", "PROPN"):
            return None
        if head.i < ent.end:
            return None
        kind = "count"
        unit, unit_text = head.lemma_.lower(), doc[ent.end : head.i + 1].text
        end = head.i + 1
    change = _change(ent, finder)
    span = doc[ent.start : end]
    return {
        "text": span.text,
        "start": span.start_char,
        "end": span.end_char,
        "quantity": {
            "kind": kind,
            "value": value,
            "low": value if qualifier in ("more_than", "at_least") else None,
            "high": value if qualifier in ("less_than", "at_most") else None,
            "unit": unit,
            "unit_text": unit_text,
            "qualifier": qualifier,
            "change": change,
        },
    }


def _number(ent: Span, finder: QuantityFinder) -> float | None:
    match = _NUMBER.search(ent.text)
    value: float | None = None
    if match:
        value = float(match.group().replace(",", ""))
        after = ent.text[match.end() :]
    else:
        for token in ent:
            if token.lower_ in _WORD_NUMBERS and token.lower_ not in ("a", "an"):
                value = float(_WORD_NUMBERS[token.lower_])
                after = ent.text[token.idx - ent.start_char + len(token) :]
                break
        else:
            return None
    magnitude = re.match(r"\s*([A-Za-z]+)", after)
    if magnitude and magnitude.group(1).lower() in finder.magnitudes:
        value *= finder.magnitudes[magnitude.group(1).lower()]
    return value


def _currency(ent: Span, finder: QuantityFinder) -> tuple[str | None, str | None]:
    for symbol in sorted(finder.symbols, key=len, reverse=True):
        if symbol in ent.text:
            return finder.symbols[symbol], symbol
    for token in ent:
        if token.text in finder.codes:
            return token.text, token.text
        if token.lower_ in finder.currency_words:
            return finder.currency_words[token.lower_], token.text
    return None, None


def _change(ent: Span, finder: QuantityFinder) -> str | None:
    head = ent.root.head
    for token in (head, head.head):
        lemma = token.lemma_.lower()
        if lemma in finder.change_up:
            return "up"
        if lemma in finder.change_down:
            return "down"
    return None
