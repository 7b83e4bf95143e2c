"""ck_quantities: money, percentages, counts and measures with value, unit, bounds."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from spacy.attrs import IDX, LENGTH, LOWER, SPACY
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from claimkit.components._base import LexiconComponent
from claimkit.components._extensions import text_of
from claimkit.components.concept_syntax import hyphen_at, is_time
from claimkit.components.quantity_fields import (
    age_band,
    exchange_per,
    in_title,
    moved_up,
    name_before,
    particle_up,
    per_noun,
    race_name,
    race_noun,
    rate_after,
    rate_after_brackets,
    rate_after_of,
    read_change,
    reference,
    rhetorical_one,
    subject_per,
)
from claimkit.components.quantity_layout import drop_layout
from claimkit.errors import Errors
from claimkit.text.currency import DollarReader, carry_conversions, resolve_dollars
from claimkit.text.currency_names import NamedCurrencies
from claimkit.text.lexicon import Lexicon
from claimkit.text.pieces import DASHES, Piece, split_word
from claimkit.text.quantity import Found
from claimkit.text.scanner import scan

# ``dollar``: the currency a bare "$" means when the article gives no evidence.
DEFAULT_CONFIG: dict[str, Any] = {"lexicon": None, "dollar": "USD"}

# Entity labels under which a bare number is part of a name, date or rank.
_TIME_LABELS = frozenset({"DATE", "TIME"})
_NOT_COUNT_LABELS = frozenset(
    {
        "ORDINAL",
        "PRODUCT",
        "WORK_OF_ART",
        "LAW",
        "EVENT",
        "FAC",
        "ORG",
        "PERSON",
        "GPE",
        "LOC",
    }
)
_COUNT_HEAD_POS = frozenset({"NOUN", "PROPN"})
# A number written with a leading zero is a code or a name: "007", "0800".
_LEADING_ZERO = re.compile(r"0\d")
_COUNT_RUN_POS = frozenset({"ADJ", "NOUN", "PROPN", "NUM", "X"})
# Words between a number and its counted noun are at most this many.
_MAX_COUNT_RUN = 5
# Dependents of a verb of change that hold its amount ("rose 8%").
# The scanner only looks at tokens near a number: this many tokens before it
# (bound words, "between", currency words) and after it (units, currency
# words, range tails). Longer lexicon phrases would need wider windows.
_WINDOW_BEFORE = 8
_WINDOW_AFTER = 12


class QuantityFinder(LexiconComponent):
    """Scan the tokens for quantities; use the parse for counts and changes."""

    default_lexicon = "quantities.json"

    def __init__(
        self, name: str, *, lexicon: str | None = None, dollar: str = "USD"
    ) -> None:
        self.dollar = dollar
        super().__init__(name, lexicon=lexicon)

    def _compile(self) -> None:
        lex = self.lexicon
        self.lex = Lexicon.from_json(lex)
        self.durations = frozenset(lex.get("duration_nouns", []))
        self.not_counted = frozenset(lex.get("not_counted", []))
        self.invariant_plurals = frozenset(lex.get("invariant_plurals", []))
        self.change_up = frozenset(lex.get("change_up", []))
        self.change_down = frozenset(lex.get("change_down", []))
        self.up_adverbs = frozenset(lex.get("change_up_adverbs", []))
        self.down_adverbs = frozenset(lex.get("change_down_adverbs", []))
        # "13% greater than last year": only after the figure, never before
        # it ("the greater 13% of the land")
        self.up_comparatives = self.up_adverbs | set(
            lex.get("change_up_comparatives", [])
        )
        self.down_comparatives = self.down_adverbs | set(
            lex.get("change_down_comparatives", [])
        )
        self.particle_verbs = frozenset(lex.get("particle_not_change", []))
        # Verbs that move their object "up to" a level: "push earnings up to $4m".
        self.level_up_verbs = frozenset(lex.get("level_up_verbs", []))
        self.change_verbs_only = frozenset(lex.get("change_verbs_only", []))
        # A count of what a side scores ("added 195 runs") is no change.
        self.score_units = frozenset(lex.get("score_units", []))
        self.change_preps = frozenset(lex.get("change_prepositions", []))
        self.change_wrappers = frozenset(lex.get("change_wrappers", []))
        self.per_subjects = frozenset(lex.get("per_subject_units", []))
        self.versus = frozenset(lex.get("exchange_rate_words", []))
        self.level_bounds = frozenset(lex.get("level_bound_words", []))
        self.collect_verbs = frozenset(lex.get("collect_verbs", []))
        self.reference_dets = frozenset(lex.get("reference_determiners", []))
        self.count_groups = frozenset(lex.get("count_groups", []))
        self.race_units = frozenset(lex.get("race_units", []))
        units = lex.get("measure_units", {})
        self.race_units_text = frozenset(
            word for unit in self.race_units for word in units.get(unit, [])
        )
        self.race_nouns = frozenset(lex.get("race_nouns", []))
        self.race_verbs = frozenset(lex.get("race_verbs", []))
        # LOWER values are string hashes, the same in every string store.
        self.number_hashes = frozenset(get_string_id(w) for w in self.lex.number_words)
        digits = "".join(re.escape(c) for c in self.lex.vulgar)
        self.digit_re = re.compile(f"[0-9{digits}]")
        self.dollars = DollarReader(lex)
        self.named_currencies = NamedCurrencies(lex)
        self.use_dollar(self.dollar)

    def use_dollar(self, code: str) -> None:
        """Read a bare "$" without evidence in the article as ``code`` ("CAD")."""
        if code not in self.dollars.codes:
            raise ValueError(
                Errors.E080.format(
                    dollar=code, options=", ".join(sorted(self.dollars.codes))
                )
            )
        self.dollar = code

    def process(self, doc: Doc) -> None:
        doc._.ck_quantities = find_quantities(doc, self)


@Language.factory(
    "ck_quantities",
    assigns=["doc._.ck_quantities"],
    requires=["doc.ents", "token.dep", "token.lemma"],
    default_config=DEFAULT_CONFIG,
)
def make_quantity_finder(
    nlp: Language, name: str, lexicon: str | None, dollar: str
) -> QuantityFinder:
    return QuantityFinder(name, lexicon=lexicon, dollar=dollar)


_COLUMNS = [IDX, LENGTH, SPACY, LOWER]


def doc_pieces(
    doc: Doc,
    start: int = 0,
    end: int | None = None,
    rows: list[list[int]] | None = None,
) -> list[Piece]:
    """Split tokens ``start:end`` into scanner pieces (``src`` is the token index).

    ``rows`` is ``doc.to_array([IDX, LENGTH, SPACY, LOWER]).tolist()`` when the
    caller has it already.
    """
    rows = doc.to_array(_COLUMNS).tolist() if rows is None else rows
    end = len(rows) if end is None else end
    text = text_of(doc)
    space = start == 0 or bool(rows[start - 1][2])
    pieces: list[Piece] = []
    for i in range(start, end):
        idx, length, trailing, _ = rows[i]
        word = text[idx : idx + length]
        if length == 1 or word.isalpha():
            # A plain word or a lone symbol is one piece; split_word agrees.
            pieces.append(Piece(word, word.lower(), idx, idx + length, space, i))
        else:
            pieces.extend(split_word(word, idx, i, space))
        space = bool(trailing)
    return pieces


def number_windows(
    rows: list[list[int]], text: str, finder: QuantityFinder
) -> list[tuple[int, int]]:
    """Token ranges around every digit or number word, overlapping ones merged.

    A quantity always holds a number, so the scanner can skip the prose in
    between: most of a news article has no number in it. ``rows`` holds each
    token's IDX, LENGTH, SPACY and LOWER.
    """
    words = finder.number_hashes
    hits = {i for i, row in enumerate(rows) if row[3] in words}
    offsets = [m.start() for m in finder.digit_re.finditer(text)]
    if offsets:
        starts = [row[0] for row in rows]
        hits.update(bisect_right(starts, offset) - 1 for offset in offsets)
    windows: list[tuple[int, int]] = []
    n = len(rows)
    for i in sorted(hits):
        lo, hi = max(i - _WINDOW_BEFORE, 0), min(i + _WINDOW_AFTER + 1, n)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    return windows


def find_quantities(doc: Doc, finder: QuantityFinder) -> list[dict[str, Any]]:
    """Return quantity dicts (text, start, end, quantity) for the doc."""
    # Doc.text joins every token on each access: read it once, not per record.
    text = text_of(doc)
    rows = doc.to_array(_COLUMNS).tolist()
    records: list[dict[str, Any]] = []
    for start, end in number_windows(rows, text, finder):
        pieces = doc_pieces(doc, start, end, rows)
        waiting: Found | None = None  # a bare number before "and" ("45 and 50 cases")
        for found in scan(pieces, finder.lex):
            new = _records(doc, text, pieces, found, finder)
            if (
                waiting is not None
                and new
                and _coordinated(doc, pieces, waiting, found)
            ):
                records.append(_shared_count(text, pieces, waiting, new[0]))
            waiting = found if not new and _plain_number(doc, pieces, found) else None
            records.extend(new)
    places = [(e.text, e.label_) for e in doc.ents]
    resolve_dollars(text, records, finder.dollars, finder.dollar, places)
    finder.named_currencies.resolve(text, records, places)
    carry_conversions(text, records)
    return drop_layout(doc, text, records)


def _plain_number(doc: Doc, pieces: list[Piece], found: Found) -> bool:
    """A bare number that may share the counted noun of the next quantity."""
    token = doc[pieces[found.num_first].src]
    # The base NER calls some bare numbers a DATE ("seen 45 and 50 cases"):
    # a date is trusted when its span runs on past the number ("3 March").
    dated = token.ent_type_ in _TIME_LABELS and (
        token.ent_iob_ == "I"
        or (token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I")
    )
    return (
        found.kind is None
        and found.first == found.num_first == found.num_last
        and found.qualifier == "exact"
        and not found.yearlike
        and not found.flags.get("fraction")
        and not dated
        and token.ent_type_ not in _NOT_COUNT_LABELS
        and not (token.i > 0 and doc[token.i - 1].pos_ == "PROPN")
    )


def _coordinated(doc: Doc, pieces: list[Piece], bare: Found, found: Found) -> bool:
    """``bare`` "and" ``found``, found a count starting at its number."""
    between = pieces[bare.last].src + 1
    return (
        found.kind is None
        and found.first == found.num_first
        and pieces[found.first].src == between + 1
        and doc[between].lower_ == "and"
    )


def _shared_count(
    text: str, pieces: list[Piece], bare: Found, count: dict[str, Any]
) -> dict[str, Any]:
    """The record of ``bare`` counting the noun of ``count``."""
    start, end = pieces[bare.first].start, pieces[bare.last].end
    quantity = {**count["quantity"], "value": bare.value, "low": None, "high": None}
    return {"text": text[start:end], "start": start, "end": end, "quantity": quantity}


def _records(
    doc: Doc, text: str, pieces: list[Piece], found: Found, finder: QuantityFinder
) -> list[dict[str, Any]]:
    """One record per quantity. "rose from 5% to 7%" and "fell from $36,040 to
    $34,935" are one change each: the level reached as ``value``, the level
    before as ``previous``, the direction read from the two."""
    record = _record(doc, text, pieces, found, finder)
    if record is None:
        return []
    parts = found.flags.get("parts")
    quantity = record["quantity"]
    falling = found.qualifier != "range"
    if (
        parts
        and not found.from_to
        and quantity["change"]
        and parts[0].kind is not None
        and pieces[parts[0].last + 1].lower == "to"
        and not _compared_after(doc, pieces[found.last].src)
    ):
        # "edged up 0.1% to 4.7%": the change, then the level reached; "8% to
        # 9% lower" stays a range of change.
        return [
            _part(text, pieces, parts[0], quantity, quantity["change"]),
            _part(text, pieces, parts[1], quantity, None),
        ]
    if not (found.from_to and parts and quantity["kind"] is not None):
        return [record]  # (a count's kind is the component's: "from 15 to 25 states")
    if not (quantity["change"] or falling):
        return [record]  # "cost from £10 to £50": a range
    before, after = found.flags["low"], parts[1].value
    quantity.update(
        value=after,
        low=None,
        high=None,
        qualifier=parts[1].qualifier,
        previous=before,
        change="up" if after > before else "down" if after < before else None,
    )
    return [record]


def _compared_after(doc: Doc, last: int) -> bool:
    """A comparative follows token ``last``: "8% to 9% lower than a year ago";
    or a noun the range modifies: "a 2% to 3% rise in revenue" (never a
    span of time: "0.1% to 4.7% year on year")."""
    if last + 1 >= len(doc):
        return False
    after = doc[last + 1]
    return after.tag_ in ("JJR", "RBR") or (after.pos_ == "NOUN" and not is_time(after))


def _part(
    text: str,
    pieces: list[Piece],
    part: Found,
    quantity: dict[str, Any],
    change: str | None,
) -> dict[str, Any]:
    """The record of one end of a range read as a change and a level."""
    start, end = pieces[part.first].start, pieces[part.last].end
    return {
        "text": text[start:end],
        "start": start,
        "end": end,
        "quantity": {
            **quantity,
            "value": part.value,
            "low": None,
            "high": None,
            "unit": part.unit,
            "unit_text": part.unit_text,
            "qualifier": "exact",
            "change": change,
        },
    }


def _record(
    doc: Doc, text: str, pieces: list[Piece], found: Found, finder: QuantityFinder
) -> dict[str, Any] | None:
    start = pieces[found.first].start
    end = pieces[found.last].end
    first_token = pieces[found.num_first].src
    last_token = pieces[found.num_last].src
    kind, unit, unit_text = found.kind, found.unit, found.unit_text
    per = found.per
    own_last = pieces[found.last].src  # the record's own words end here
    if _LEADING_ZERO.match(text, pieces[found.num_first].start):
        return None  # "007 fans", "0800 numbers": a code, not a figure
    if _denominator(doc, pieces[found.first].src):
        return None  # "45 doctors per 100,000 people": the base of a rate
    if found.qualifier == "at_most" and particle_up(
        doc, pieces[found.first].src, finder
    ):
        return None  # "labels turned up to one gig": no bound, no figure
    qualifier, high = found.qualifier, found.high
    if qualifier == "at_most" and moved_up(doc, pieces[found.first].src, finder):
        # "pushed earnings up to $43m": the level reached, no bound
        start = doc[pieces[found.first].src + 2].idx
        qualifier, high = "exact", None
    counted = False
    if kind is None and _age_apposition(doc, pieces, found):
        kind, unit = "duration", "year"  # "Nick Hague, 44, ..."
    elif kind is None and (group := _group_of(doc, pieces, found, finder)):
        # "a workforce of 2,400": the group named before "of" is what is counted
        kind, unit, unit_text = "count", group.lemma_.lower(), group.text
    elif kind is None:
        counted = True
        head = _counted_noun(doc, pieces, found, finder)
        if head is None:
            return None
        after = pieces[found.last].src + 1
        if doc[after - 1].lower_ in finder.race_units_text and race_noun(head, finder):
            return None  # "the 200m titles": events, not 200 million titles
        word = head
        while word.i - 2 >= after and hyphen_at(doc, word.i - 1):
            word = doc[word.i - 2]  # "e-mails" is one word: unit "e-mail"
        kind, unit = "count", (doc[word.i : head.i].text + head.lemma_).lower()
        unit_text = doc[after : head.i + 1].text
        end = max(end, head.idx + len(head.text))
        own_last = max(own_last, head.i)
        rate = rate_after(doc, pieces, head, finder) or per_noun(doc, head.i, finder)
        if rate is not None:
            end, per = rate  # "20 cases per week"
        elif found.value == 1 and found.qualifier == "exact":
            return None  # "one reason", "1 man dies": a determiner, no figure
    if (
        kind == "measure"
        and unit in finder.race_units
        and race_name(
            doc[own_last], doc[first_token], _decimal(text, pieces, found), finder
        )
    ):
        return None  # "won the 200m": a race, not a length
    if kind == "duration" and age_band(doc, own_last):
        return None  # "a quarter of 14-16 year olds": a group, not a span
    if found.words and found.value == 1 and rhetorical_one(doc, first_token):
        return None  # "not one hour, of one day, of one month"
    if per is None and not counted:  # a count read its rate after its noun
        rate = per_noun(doc, own_last, finder)
        if rate is not None:
            end, per = rate  # "£143,000 per asylum seeker"
    root = doc[last_token]
    if per is None and kind == "money":
        per = exchange_per(doc, own_last, unit, found.value, finder) or subject_per(
            doc, root, finder
        )
    if per is None and kind in ("money", "measure", "count", "percent", "duration"):
        per = rate_after_of(doc, pieces, (first_token, own_last), finder)
    if per is None and kind in ("money", "measure"):
        per = rate_after_brackets(doc, pieces, own_last, finder)
    return {
        "text": text[start:end],
        "start": start,
        "end": end,
        "quantity": {
            "kind": kind,
            "value": found.value,
            "low": found.low,
            "high": high,
            "unit": unit,
            "unit_text": unit_text,
            "qualifier": qualifier,
            # A period is never an amount of change: "rose tenfold in 12 months".
            "change": None
            if kind == "duration" or (kind == "count" and unit in finder.score_units)
            else read_change(
                doc,
                (pieces[found.first].src, first_token, own_last),
                root,
                finder,
                counted=kind == "count",
                money=kind == "money",
            ),
            "per": per,
            "currency_basis": finder.dollars.basis(kind, unit, unit_text),
        },
    }


def _denominator(doc: Doc, first: int) -> bool:
    """The figure opening at token ``first`` is the base of the rate a figure
    before it in the sentence gives, no claim of its own: "45 nurses per
    1,000 patients", "12 cars for every 100 homes". A base that opens its
    sentence ("For every $10,000 you borrow, ...") is left to the rules."""
    if first < 2:
        return False
    before = doc[first - 1].lower_
    if before != "per" and not (
        before == "every" and doc[first - 2].lower_ in ("for", "in")
    ):
        return False
    start = doc[first].sent.start
    return any(token.like_num for token in doc[max(start, first - 12) : first - 1])


def _decimal(text: str, pieces: list[Piece], found: Found) -> bool:
    """The number is written with a decimal point: "1.90m", not "1,500m"."""
    return "." in text[pieces[found.num_first].start : pieces[found.num_last].end]


def _age_apposition(doc: Doc, pieces: list[Piece], found: Found) -> bool:
    """ "Nick Hague, 44," or "Ann Lee (44)": a bare number set off after a
    person's name is an age."""
    if (
        found.first != found.num_first
        or found.num_first != found.num_last
        or found.words
        or found.qualifier != "exact"
        or found.value is None
        or not 1 <= found.value < 120
        or found.value % 1
    ):
        return False
    token = doc[pieces[found.num_first].src]
    if token.i < 2 or token.i + 1 >= len(doc) or len(token.text) > 3:
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    if (before.text, after.text) == ("(", ")"):
        # "Tom Reid (61)"; a bracketed number after a bare surname is more
        # often a minute in a line-up: "Strudwick for Kennedy (60)".
        closing = token.i >= 3 and doc[token.i - 3].ent_type_ == "PERSON"
    else:
        closing = before.text == "," and after.text in (",", ".", ";")
    return closing and doc[token.i - 2].ent_type_ == "PERSON"


def _group_of(
    doc: Doc, pieces: list[Piece], found: Found, finder: QuantityFinder
) -> Token | None:
    """The group noun of "a workforce of 2,400", "a crowd of 40,000": a bare
    number that ends its phrase, the object of "of" after a noun the lexicon
    lists as a group counted by its members (``count_groups``)."""
    first = pieces[found.first].src  # "of about 2,400": from the bound word
    last = pieces[found.last].src
    if first < 2 or found.yearlike or found.flags.get("fraction"):
        return None
    if doc[first - 1].lower_ != "of":
        return None
    group = doc[first - 2]
    if group.lemma_.lower() not in finder.count_groups or group.pos_ != "NOUN":
        return None
    if last + 1 < len(doc):
        nxt = doc[last + 1]
        if nxt.pos_ in ("NOUN", "PROPN", "NUM") or not (
            nxt.is_punct or nxt.pos_ in ("ADP", "CCONJ", "VERB", "AUX", "SCONJ")
        ):
            return None  # "a staff of 40 nurses" counts nurses; "a fleet of 20 A320s"
    return group


def _counted_noun(
    doc: Doc, pieces: list[Piece], found: Found, finder: QuantityFinder
) -> Token | None:
    """The noun a bare number counts ("2,000 Nvidia H800 chips" -> chips), or None."""
    if found.flags.get("fraction"):
        return None  # "a third party", "two thirds of voters": not a count
    at = found.first
    if (
        at >= 2
        and pieces[at - 1].text in DASHES
        and not pieces[at - 1].space_before
        and not pieces[at].space_before
        and pieces[at - 2].text[0].isdigit()
    ):
        return None  # a score: "a 5-1 win", "the 19-13 loss"
    first = pieces[found.num_first].src
    last = pieces[found.last].src
    numbers = doc[first : last + 1]
    for token in numbers:
        label = token.ent_type_
        if label in _TIME_LABELS:
            # The base NER often calls "two and a half thousand" a DATE; trust
            # it only when the date span runs on past the number ("12 March").
            if last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
                return None
        elif label in _NOT_COUNT_LABELS:
            return None
    if found.last + 1 < len(pieces) and not pieces[found.last + 1].space_before:
        # "one-off", "10-year", "5G": glued to what follows.
        return None
    if last + 1 >= len(doc):
        return None
    nxt = doc[last + 1]
    if nxt.lower_ in finder.not_counted:
        return None  # "one of the", "three times"
    if first > 0 and pieces[found.first].src == first and name_before(doc[first]):
        return None  # "Windows 11 users", "Boeing 737 jets", "Halo 2 sales"
    if reference(doc, found, first, finder):
        return None  # "the two men", "their three children": named already
    run: list[Token] = []
    for token in doc[last + 1 : last + 1 + _MAX_COUNT_RUN]:
        if token.pos_ not in _COUNT_RUN_POS or token.is_punct:
            break
        run.append(token)
    nouns = [t for t in run if t.pos_ in _COUNT_HEAD_POS]
    if not nouns:
        return None
    # Prefer the noun the parse attaches the number to; else the run's last noun.
    head = next((t for t in nouns if any(n.head == t for n in numbers)), None)
    if head is None:
        head = nouns[-1]
        end_of_run = run.index(head)
        # Stop at the first plural noun: "4 firms Apple named".
        for token in run[: end_of_run + 1]:
            if token.tag_ in ("NNS", "NNPS"):
                head = token
                break
    while (
        head.i + 2 < len(doc)
        and hyphen_at(doc, head.i + 1)
        and doc[head.i + 2].pos_ in _COUNT_HEAD_POS
    ):
        head = doc[head.i + 2]  # "12 million e-mails", "4,500 Mini-workers"
    if head.pos_ == "PROPN" and head.tag_ != "NNPS":
        return None
    if any(t.like_num and t.is_alpha and t.is_title for t in doc[last + 1 : head.i]):
        # "two Six Nations wins": a number word inside a name ("six top 10 hits" stays)
        return None
    if any(t.tag_ == "JJS" for t in doc[last + 1 : head.i]):
        return None  # "its two biggest reinsurers": a rank, not a figure
    if "." in head.text:
        return None  # "25 years.perhaps": words run together
    if (
        found.words
        and doc[first].text[0].isupper()
        and not doc[first].is_sent_start
        and head.text[0].isupper()
    ):
        return None  # a name: "the Six Nations", "Labour's Two Britains"
    if in_title(doc, first, head):
        return None  # "the song One Against 20 Emcees"
    lemma = head.lemma_.lower()
    if lemma in finder.durations or lemma in finder.not_counted:
        return None
    if (
        found.value != 1
        and head.tag_ in ("NN", "NNP")
        and head.lower_ not in finder.invariant_plurals
    ):
        return None  # "the 787 Dreamliner plane": a name, not 787 planes
    if found.yearlike and (
        head.tag_ not in ("NNS", "NNPS") or 1900 <= (found.value or 0) <= 2100
    ):
        return None  # "2003 results"
    return head
