"""The quantities lexicon compiled into lookup tables for the number scanner.

Number words, scales, fractions, currencies, units of measure and bound words
from ``claimkit/lexicons/quantities.json``, keyed the way the scanner looks
them up, and :func:`load_lexicon`, which reads any of claimkit's JSON
lexicons. No spaCy here:

>>> lex = Lexicon.from_json(load_lexicon(None, "quantities.json"))
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

from claimkit.errors import Errors
from claimkit.text.pieces import DASHES, pieces_of_text


@dataclass
class Lexicon:
    """Compiled lookup tables of a quantities lexicon."""

    units: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, Decimal]
    multiples: dict[str, int]
    fractions: dict[str, Decimal]
    suffixes: dict[str, Decimal]
    money_suffixes: dict[str, Decimal]
    currency_prefixes: dict[str, str]
    currency_words: dict[str, tuple[str, Decimal]]
    subunits: dict[str, Decimal]
    percent: dict[str, str]
    measures: dict[str, str]
    measures_exact: dict[str, str]
    bounds_before: dict[str, str]
    bounds_after: dict[str, str]
    below: frozenset[str]
    ordinal_suffixes: frozenset[str]
    clock_words: frozenset[str]
    reference_words: frozenset[str]
    range_words: frozenset[str]
    decimal_words: frozenset[str]
    negative_words: frozenset[str]
    default_dollar: str
    a_money: frozenset[str]
    exact_suffixes: dict[str, Decimal]
    vulgar: dict[str, Decimal]
    compound_units: dict[str, dict[str, Decimal]]
    mass_pounds: frozenset[str]
    weight_cues: frozenset[str]
    metre_context: frozenset[str]
    denominators: dict[str, tuple[Decimal, bool]]
    ambiguous_currency_words: frozenset[str]
    spaced_dollar_prefixes: frozenset[str]
    lowercase_code_stoplist: frozenset[str]
    percent_glued_only: frozenset[str] = frozenset()
    ratio_words: frozenset[str] = frozenset()
    fraction_of: frozenset[str] = frozenset()
    durations: frozenset[str] = frozenset()
    pronoun_one_after: frozenset[str] = frozenset()
    unit_powers: dict[str, dict[str, str]] = field(default_factory=dict)
    inch_context: frozenset[str] = frozenset()
    range_verbs: frozenset[str] = frozenset()
    point_fractions: dict[str, float] = field(default_factory=dict)
    # Durations, multiples, index points and rates (claimkit.text.kinds).
    duration_units: dict[str, tuple[str, Decimal]] = field(default_factory=dict)
    glued_durations: dict[str, str] = field(default_factory=dict)
    duration_not_after: frozenset[str] = frozenset()
    duration_preps: frozenset[str] = frozenset()
    period_frames: frozenset[str] = frozenset()
    period_ends: frozenset[str] = frozenset()
    period_preps: frozenset[str] = frozenset()
    period_nouns: frozenset[str] = frozenset()
    multiple_after: frozenset[str] = frozenset()
    fold_words: dict[str, int] = field(default_factory=dict)
    index_cues: frozenset[str] = frozenset()
    temperature_cues: frozenset[str] = frozenset()
    level_verbs: frozenset[str] = frozenset()
    per_units: dict[str, str] = field(default_factory=dict)
    per_after_a: frozenset[str] = frozenset()
    per_never: frozenset[str] = frozenset()
    count_per_ok: frozenset[str] = frozenset()
    over_across: frozenset[str] = frozenset()
    per_after_each: frozenset[str] = frozenset()
    # "tens of thousands of", "dozens of": a bounded figure (claimkit.text.kinds).
    vague_plurals: dict[str, Decimal] = field(default_factory=dict)
    # Derived: lower-cased pieces a quantity can start with, besides digits;
    # words of which every number written in words has at least one.
    starts: frozenset[str] = field(init=False)
    number_words: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        prefixes = {pieces_of_text(key)[0].lower for key in self.currency_prefixes}
        self.starts = frozenset(
            {"a", "an", *prefixes, *self.spaced_dollar_prefixes, *self.negative_words}
            | {*DASHES, *self.fractions, *self.units, *self.tens}
            | {*self.multiples, *self.vulgar, *self.fold_words, *self.vague_plurals}
        )
        self.number_words = frozenset(
            {*self.units, *self.tens, *self.scales, *self.multiples, *self.fractions}
            | {*self.denominators, *self.a_money, *self.fold_words}
            | {*self.vague_plurals}
        )

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Lexicon:
        """Compile the JSON lexicon ``data``."""
        measures: dict[str, str] = {}
        exact: dict[str, str] = {}
        for symbol, forms in data.get("measure_units", {}).items():
            for form in forms:
                # Short forms ("MW", "m", "g") are case-sensitive symbols.
                if (len(form) <= 3 and not form.islower()) or len(form) <= 2:
                    exact[_squash(form)] = symbol
                else:
                    measures[_squash(form.lower())] = symbol
        words = {
            _squash(k.lower()): (v[0], Decimal(str(v[1])))
            for k, v in data.get("currency_words", {}).items()
        }
        return cls(
            units={k: int(v) for k, v in data.get("number_words", {}).items()},
            tens={k: int(v) for k, v in data.get("tens_words", {}).items()},
            scales={k: Decimal(str(v)) for k, v in data.get("scales", {}).items()},
            multiples={k: int(v) for k, v in data.get("multiples", {}).items()},
            fractions={
                k: Decimal(str(v)) for k, v in data.get("fraction_words", {}).items()
            },
            suffixes={
                k: Decimal(str(v))
                for k, v in data.get("magnitude_suffixes", {}).items()
            },
            money_suffixes={
                k: Decimal(str(v))
                for k, v in data.get("money_magnitude_suffixes", {}).items()
            },
            currency_prefixes={
                _squash(k): v for k, v in data.get("currency_prefixes", {}).items()
            },
            currency_words=words,
            subunits={
                _squash(k.lower()): Decimal(str(v))
                for k, v in data.get("currency_subunits", {}).items()
            },
            percent={_squash(k.lower()): v for k, v in data.get("percent", {}).items()},
            measures=measures,
            measures_exact=exact,
            bounds_before={
                _squash(p): kind
                for kind, ps in data.get("bounds_before", {}).items()
                for p in ps
            },
            bounds_after={
                _squash(p): kind
                for kind, ps in data.get("bounds_after", {}).items()
                for p in ps
            },
            below=frozenset(_squash(p) for p in data.get("below_value_approx", [])),
            ordinal_suffixes=frozenset(data.get("ordinal_suffixes", [])),
            clock_words=frozenset(data.get("clock_words", [])),
            reference_words=frozenset(data.get("reference_words", [])),
            range_words=frozenset(data.get("range_words", [])),
            decimal_words=frozenset(data.get("decimal_words", [])),
            negative_words=frozenset(data.get("negative_words", [])),
            default_dollar=str(data.get("default_dollar", "USD")),
            a_money=frozenset(data.get("a_money_words", [])),
            exact_suffixes={
                k: Decimal(str(v))
                for k, v in data.get("magnitude_suffixes_exact", {}).items()
            },
            vulgar={
                k: Decimal(str(v)) for k, v in data.get("vulgar_fractions", {}).items()
            },
            compound_units={
                unit: {k: Decimal(str(v)) for k, v in parts.items()}
                for unit, parts in data.get("compound_units", {}).items()
            },
            mass_pounds=frozenset(data.get("mass_pound_words", [])),
            weight_cues=frozenset(data.get("weight_cues", [])),
            metre_context=frozenset(data.get("metre_context", [])),
            denominators={
                word: (Decimal(str(den)), word.endswith("s") and word != "halves")
                for word, den in data.get("denominators", {}).items()
            }
            | {
                word: (Decimal(str(den)), True)
                for word, den in data.get("denominators", {}).items()
                if word == "halves"
            },
            spaced_dollar_prefixes=frozenset(data.get("spaced_dollar_prefixes", [])),
            lowercase_code_stoplist=frozenset(data.get("lowercase_code_stoplist", [])),
            percent_glued_only=frozenset(data.get("percent_glued_only", [])),
            ratio_words=frozenset(_squash(w) for w in data.get("ratio_words", [])),
            fraction_of=frozenset(data.get("fraction_of", [])),
            durations=frozenset(data.get("duration_nouns", [])),
            pronoun_one_after=frozenset(data.get("pronoun_one_after", [])),
            unit_powers={
                power: dict(units)
                for power, units in data.get("unit_powers", {}).items()
            },
            inch_context=frozenset(data.get("inch_context", [])),
            range_verbs=frozenset(data.get("range_verbs", [])),
            point_fractions={
                k: float(v) for k, v in data.get("point_fractions", {}).items()
            },
            duration_units={
                word: (str(v[0]), Decimal(str(v[1])))
                for word, v in data.get("duration_units", {}).items()
            },
            glued_durations=dict(data.get("glued_durations", {})),
            duration_not_after=frozenset(data.get("duration_not_after", [])),
            duration_preps=frozenset(data.get("duration_prepositions", [])),
            period_frames=frozenset(data.get("period_frame_words", [])),
            period_ends=frozenset(data.get("period_end_words", [])),
            period_preps=frozenset(data.get("period_frame_prepositions", [])),
            period_nouns=frozenset(data.get("period_nouns", [])),
            multiple_after=frozenset(data.get("multiple_after", [])),
            fold_words={k: int(v) for k, v in data.get("fold_words", {}).items()},
            vague_plurals={
                k: Decimal(str(v)) for k, v in data.get("vague_plurals", {}).items()
            },
            index_cues=frozenset(data.get("index_cues", [])),
            temperature_cues=frozenset(data.get("temperature_cues", [])),
            level_verbs=frozenset(data.get("index_level_verbs", [])),
            per_units={
                _squash(k.lower()): v for k, v in data.get("per_units", {}).items()
            },
            per_after_a=frozenset(data.get("per_after_a", [])),
            per_never=frozenset(data.get("per_never", [])),
            count_per_ok=frozenset(data.get("count_per_units", [])),
            over_across=frozenset(data.get("over_across_words", [])),
            per_after_each=frozenset(data.get("per_after_each", [])),
            ambiguous_currency_words=frozenset(
                data.get("ambiguous_currency_words", [])
            ),
        )


def _squash(phrase: str) -> str:
    """Key a phrase by its words joined with single spaces."""
    return " ".join(phrase.split())


def load_lexicon(path: str | Path | None, default: str) -> dict[str, Any]:
    """Read a JSON lexicon from ``path``, or the packaged file named ``default``."""
    try:
        if path is None:
            text = (
                resources.files("claimkit.lexicons")
                .joinpath(default)
                .read_text(encoding="utf-8")
            )
            where: str | Path = f"claimkit/lexicons/{default}"
        else:
            where = Path(path)
            text = where.read_text(encoding="utf-8")
        data = json.loads(text)
    except (OSError, ValueError) as err:
        raise ValueError(Errors.E011.format(path=path or default, error=err)) from err
    if not isinstance(data, dict):
        raise ValueError(Errors.E011.format(path=where, error="not a JSON object"))
    return data
