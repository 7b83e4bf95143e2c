"""The fields of a quantity read from the parse: its change and its rate.

``read_change`` gives the direction of the words that govern a figure ("rose 8%" ->
up), none for a level ("rose to 4.7%"); ``rate_after`` and ``per_noun`` read a
rate's denominator after a figure ("20 cases per week", "per asylum seeker").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from claimkit.components.losses import reported_loss
from claimkit.text.kinds import KindReader
from claimkit.text.pieces import DASHES, Piece
from claimkit.text.quantity import Found

if TYPE_CHECKING:
    from claimkit.components.quantities import QuantityFinder

_MAX_CHANGE_HOPS = 4
# Words that are capitalised inside a sentence only in a title: "One Against 20".
_FUNCTION_POS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PART", "PRON"})
_COMPARATIVE = frozenset({"JJR", "RBR"})
# Tokens inside the brackets of a conversion: "(£10.6bn; 15bn euros)".
_MAX_BRACKETED = 8
# "$1.354 to the euro" is a rate; "$5bn to the euro zone" is not.
_MAX_EXCHANGE_RATE = 10_000


# Verbs whose "up"/"down" is a change of what moves: "went up 5%".
_MOTION_VERBS = frozenset({"go", "come", "move", "shoot", "head", "creep", "tick"})


def particle_up(doc: Doc, i: int, finder: QuantityFinder) -> bool:
    """Token i is the "up" of a phrasal verb ("turned up to"), not of "up to".

    Only verbs whose "up" makes a phrasal verb count: in "earned up to
    £195,000" the parser's particle is the bound "up to".
    """
    token = doc[i]
    return (
        token.lower_ == "up"
        and token.dep_ == "prt"
        and token.head.lemma_.lower() in finder.particle_verbs
    )


def moved_up(doc: Doc, i: int, finder: QuantityFinder) -> bool:
    """Token i is the "up" a verb of ``level_up_verbs`` puts after its object
    ("push their earnings up to $43m", "brings the order book up to 225"):
    the level reached, not the bound "up to" ("paid staff up to £10")."""
    if i < 2 or i + 2 >= len(doc) or doc[i].lower_ != "up" or doc[i + 1].lower_ != "to":
        return False
    obj = doc[i - 1]
    while (
        obj.dep_ not in ("dobj", "nsubjpass") and obj.head.i != obj.i and obj.head.i < i
    ):
        obj = obj.head  # from the object's last word to its head
    verb = obj.head
    return (
        obj.dep_ == "dobj"
        and verb.i < obj.i
        and verb.lemma_.lower() in finder.level_up_verbs
    )


def rate_after(
    doc: Doc, pieces: list[Piece], head: Token, finder: QuantityFinder
) -> tuple[int, str] | None:
    """ "per week", "a day" after a counted noun: (end offset, denominator)."""
    at = next((k for k, p in enumerate(pieces) if p.src == head.i + 1), None)
    if at is None:
        return None
    hit = KindReader(pieces, finder.lex).per_at(at)
    if hit is None:
        return None
    last, per = hit
    return pieces[last].end, per


def per_noun(doc: Doc, last: int, finder: QuantityFinder) -> tuple[int, str] | None:
    """ "per asylum seeker" after token ``last``: a rate over any common noun
    the lexicon has no unit for, as (end offset, lemmas: "asylum seeker")."""
    at = last + 1
    if at >= len(doc) or doc[at].lower_ != "per" or doc[at].dep_ != "prep":
        return None
    noun = next((t for t in doc[at].children if t.dep_ == "pobj"), None)
    if (
        noun is None
        or noun.pos_ != "NOUN"
        or not noun.is_lower
        or noun.lower_ in finder.lex.per_never
    ):
        return None
    words = list(doc[at + 1 : noun.i + 1])
    if any(
        t.dep_ != "compound" or t.pos_ != "NOUN" or not t.is_lower for t in words[:-1]
    ):
        return None  # "per year-round visitor", "per the rules"
    per = " ".join(t.lemma_.lower() for t in words)
    return noun.idx + len(noun.text), per


def read_change(
    doc: Doc,
    own: tuple[int, int, int],
    root: Token,
    finder: QuantityFinder,
    *,
    counted: bool = False,
    money: bool = False,
) -> str | None:
    """Direction of change from the words that govern the quantity, or None.

    ``own`` holds the tokens of the record's first word, its number and its
    last word: words of the record itself ("61 lifts") never give a change.
    A count after "at" says where, not how much (``counted``: "growth at the
    49 stores"). A sum reported lost is a loss, not a fall (``money``: "lost a
    net $5.9bn"; :mod:`claimkit.components.losses`).
    """
    start_token, first_token, own_last = own
    if start_token > 0:
        prev = doc[start_token - 1]
        if prev.lower_ == "from":
            return None  # "fell from $5bn to $4bn": the starting level
        if prev.dep_ == "prt" and prev.head.lemma_.lower() in finder.particle_verbs:
            return None  # "set up two firms": a phrasal verb, no change
        if _phrasal_object(prev, root, finder):
            return None  # "shut down 700 websites": what the verb acts on
        if prev.lower_ in finder.up_adverbs and prev.dep_ in ("advmod", "prt", "amod"):
            return "up"
        if prev.lower_ in finder.down_adverbs and prev.dep_ in (
            "advmod",
            "prt",
            "amod",
        ):
            return "down"
    token = root
    via: Token | None = None  # the "to" of "rose 8% to $1.2bn"
    hops = 0
    while hops < _MAX_CHANGE_HOPS:
        head = token.head
        if head.i == token.i:
            break
        if token.dep_ == "nsubj":
            return None  # "20,000 workers lost their jobs": what acts, not how much
        if not _wrapper(head, finder):
            hops += 1  # "by an average of 24%" counts as one step
        came, token = token, head
        if min(first_token, start_token) <= token.i <= max(root.i, own_last):
            continue  # the quantity's own words: "up to 15Mb"
        if token.like_num:
            return None  # hung from another figure's number: a misparse
        if token.dep_ == "prt" and token.head.lemma_.lower() in finder.particle_verbs:
            continue  # "made up of 25 members"
        if token.lower_ == "to" and token.dep_ in ("prep", "dative"):
            via = token
        if counted and token.lower_ == "at" and token.dep_ == "prep":
            return None  # "sales growth at the 49 stores": where, not how much
        if token.lower_ == "at" and token.dep_ == "prep" and _amount_beside(token):
            via = token  # "up 1.76% at 115.5p": the level after the amount
        if token.lower_ == "from" and token.dep_ == "prep":
            return None  # "down from the third quarter's 5.1%": where it started
        if token.dep_ == "prep" and token.lower_ not in finder.change_preps:
            return None  # "improved in 776 cases": where, not how much
        direction = word_direction(token, finder)
        if (
            direction is not None
            and token.tag_ in _COMPARATIVE
            and came.dep_ != "npadvmod"
        ):
            return None  # only the amount of "14% higher" is a change
        if (
            direction is not None
            and token.lemma_.lower() in finder.collect_verbs
            and came.dep_ in ("dobj", "prt")
        ):
            return None  # "raise £680m": money collected, not a rise
        if money and direction is not None and reported_loss(token, came):
            return None  # "reported losing $4.8bn": a loss, not a fall
        if (
            direction is None
            and token.pos_ in ("NOUN", "PROPN")
            and came.dep_ == "prep"
            and came.lower_ != "by"
            and token.lemma_.lower() not in finder.change_wrappers
        ):
            # "gained control of two villages": the figure is control's; "by"
            # gives an amount of change wherever the parse hangs it ("cuts
            # the risk by 16%")
            return None
        if direction is None and came.lower_ == "by" and came.dep_ == "prep":
            direction = _copula_direction(token, came, finder)  # "traffic is up by 40%"
        if direction is not None:
            level = (
                via is not None
                or doc[start_token].lower_ in finder.level_bounds
                or any(t.lower_ == "to" for t in doc[token.i + 1 : start_token])
            )
            if level:
                # "rose 8% to $1.2bn", "rose to $1.2bn", "fell below 1%": the
                # level reached, not an amount of change; "down to 10% in
                # Leeds": a level named by an adverb.
                return None
            return direction
        if token.pos_ in ("VERB", "AUX"):
            break
    return None


def _phrasal_object(prev: Token, root: Token, finder: QuantityFinder) -> bool:
    """``prev`` is the particle of the verb right before it and the figure is
    that verb's object: "shut down 700 websites", "sending down 200
    megabytes" (not "leaves GDP up 2.3%", not a verb of change: "cut down
    30%", nor "go up 5%", which a parse may also give an object)."""
    verb = prev.head
    lemma = verb.lemma_.lower()
    obj = root.head if root.dep_ in ("nummod", "quantmod", "compound") else root
    return (
        prev.dep_ == "prt"
        and verb.i == prev.i - 1
        and obj.dep_ == "dobj"
        and obj.head.i == verb.i
        and lemma not in finder.change_up
        and lemma not in finder.change_down
        and lemma not in _MOTION_VERBS
    )


def _copula_direction(verb: Token, by: Token, finder: QuantityFinder) -> str | None:
    """The direction a form of "be" takes from its "up" or "down" before the
    "by" of an amount: "spam is up by 40%", "sales were down by a third"."""
    if verb.lemma_.lower() != "be":
        return None
    for child in verb.children:
        if child.dep_ in ("advmod", "acomp", "prt") and verb.i < child.i < by.i:
            if child.lower_ in finder.up_adverbs:
                return "up"
            if child.lower_ in finder.down_adverbs:
                return "down"
    return None


def _amount_beside(prep: Token) -> bool:
    """The word ``prep`` hangs from holds an amount besides: "up 1.76% at
    115.5p", "closed up $2.80 at $51.15" (not "grew at 4.6%")."""
    return any(
        c.i != prep.i
        and c.dep_ in ("npadvmod", "dobj")
        and (c.like_num or any(n.like_num for n in c.children))
        for c in prep.head.children
    )


def _wrapper(token: Token, finder: QuantityFinder) -> bool:
    """ "by an average of 24%", "at an annual rate of 4%": the "of" and the noun
    of a rate or average that holds an amount of change, passed over for free on
    the way to the verb. "fell short of the 4.2% rate" is no such phrase."""
    if token.lower_ == "of" and token.dep_ == "prep":
        token = token.head
    return (
        token.pos_ == "NOUN"
        and token.lemma_.lower() in finder.change_wrappers
        and token.dep_ == "pobj"
        and token.head.lower_ in ("by", "at")
        and any(c.lower_ == "of" for c in token.children)
    )


def word_direction(token: Token, finder: QuantityFinder) -> str | None:
    """ "up" or "down" from a word of change, or from the particle of a verb
    ("prices went up by 0.4%")."""
    lemma = token.lemma_.lower()
    if lemma in finder.change_verbs_only and token.pos_ not in ("VERB", "AUX"):
        return None  # "a £100,000 advance" for a book: no change
    if lemma in finder.change_up:
        return "up"
    if lemma in finder.change_down:
        return "down"
    if token.tag_ in _COMPARATIVE and token.dep_ != "amod":
        # "stocks are 9% higher than a year ago"
        if token.lower_ in finder.up_comparatives:
            return "up"
        if token.lower_ in finder.down_comparatives:
            return "down"
    if token.pos_ == "VERB" and lemma not in finder.particle_verbs:
        for child in token.children:
            if up_to(child):
                continue  # "earned up to £195,000": a bound, not a rise
            if child.dep_ == "prt" and child.lower_ in finder.up_adverbs:
                return "up"
            if child.dep_ == "prt" and child.lower_ in finder.down_adverbs:
                return "down"
    return None


def up_to(token: Token) -> bool:
    """``token`` is the "up" of "up to <number>", parsed as a verb's particle."""
    doc = token.doc
    after = doc[token.i + 1 : token.i + 4]
    return (
        token.lower_ == "up"
        and len(after) > 1
        and after[0].lower_ == "to"
        and any(t.like_num or t.text[:1].isdigit() or t.tag_ == "$" for t in after[1:])
    )


def rate_after_of(
    doc: Doc, pieces: list[Piece], own: tuple[int, int], finder: QuantityFinder
) -> str | None:
    """ "7.8 million tonnes of LNG each year": a rate after the "of" phrase that
    names what a figure measures. ``own`` is the figure's first and last token."""
    first, last = own
    at = last + 1
    if at >= len(doc) or doc[at].lower_ != "of" or not first <= doc[at].head.i <= last:
        return None
    obj = next((t for t in doc[at].children if t.dep_ == "pobj"), None)
    if obj is None:
        return None
    reader = KindReader(pieces, finder.lex)
    # "of oil per day": the parse may hang the rate in or after the phrase
    for edge in (obj.i + 1, obj.right_edge.i + 1):
        piece = next((k for k, p in enumerate(pieces) if p.src == edge), None)
        hit = None if piece is None else reader.per_at(piece)
        if hit is not None:
            return hit[1]
    return None


def exchange_per(
    doc: Doc, last: int, unit: str | None, value: float | None, finder: QuantityFinder
) -> str | None:
    """ "$1.354 to the euro", "$1.3666 versus the euro": an exchange rate, per the
    other currency named right after it (as "$1.36 per euro" reads)."""
    at = last + 1
    if (
        value is None
        or not 0 < value < _MAX_EXCHANGE_RATE
        or at + 2 >= len(doc)
        or doc[at].lower_ not in finder.versus
        or doc[at + 1].lower_ != "the"
    ):
        return None
    for k in (2, 1):
        words = doc[at + 2 : at + 2 + k]
        hit = finder.lex.currency_words.get(" ".join(t.lower_ for t in words))
        if len(words) == k and hit is not None and hit[1] == 1 and hit[0] != unit:
            return words[-1].lemma_.lower()
    return None


def subject_per(doc: Doc, root: Token, finder: QuantityFinder) -> str | None:
    """ "A barrel of US crude closed up $2.80 at $51.15": a price whose clause's
    subject is one unit of a good ("a barrel", "a tonne") is a price per unit."""
    verb = root
    for _ in range(_MAX_CHANGE_HOPS):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "each") for c in subject.children
    ):
        return None
    unit = finder.lex.per_units.get(subject.lower_)
    return unit if unit in finder.per_subjects else None


def rate_after_brackets(
    doc: Doc, pieces: list[Piece], last: int, finder: QuantityFinder
) -> str | None:
    """ "$50bn (£26.7bn) a year": a rate written after the brackets that
    convert a figure is the figure's (and, carried over, its conversions')."""
    if last + 1 >= len(doc) or doc[last + 1].text != "(":
        return None
    close = next(
        (t.i for t in doc[last + 2 : last + 2 + _MAX_BRACKETED] if t.text == ")"),
        None,
    )
    if close is None:
        return None
    piece = next((k for k, p in enumerate(pieces) if p.src == close + 1), None)
    hit = None if piece is None else KindReader(pieces, finder.lex).per_at(piece)
    return None if hit is None else hit[1]


def race_name(
    unit: Token, number: Token, decimal: bool, finder: QuantityFinder
) -> bool:
    """A distance that names a race, not a measured length: "won the 200m",
    "the 60m hurdles title", "compete over 1500m", "the 800m and 1500m",
    "won 100m relay gold", "the men's 3,000m". A decimal mark after an
    article stays a measure ("cleared the required 1.90m"), and so do an
    undetermined object of running ("ran 200m in 19.8 seconds"), a length of
    something ("a world record of 4.91m", "500m to go", "the 300m tower")."""
    doc = unit.doc
    after = doc[unit.i + 1] if unit.i + 1 < len(doc) else None
    if after is not None and race_noun(after, finder):
        return True  # "the 5,000m final", "60m hurdles", "a 10km race"
    if not decimal and _named_by_article(number, after):
        return True
    return _race_name(unit, decimal, finder, hops=2)


# After a distance, words of separation: "100 meters from the camp", "5m short".
_APART = frozenset(
    {"from", "of", "away", "short", "off", "behind", "ahead", "above", "below"}
)


def _definite(token: Token) -> bool:
    """ "the", "this", a possessor ("his", "men's"): never "a" or "some"."""
    return (
        (token.dep_ == "det" and token.lower_ in ("the", "this", "that"))
        or token.dep_ == "poss"
        or token.tag_ == "PRP$"
        or token.lower_ == "'s"
    )


def _named_by_article(number: Token, after: Token | None) -> bool:
    """ "the 200m in Sydney", "the men's 3,000m", "his favoured 400m": a
    distance standing as a noun after an article or a possessor (never one
    that measures the noun after it: "the 300m tower", "the 30m-high mast")."""
    if after is not None and (
        after.pos_ in ("NOUN", "PROPN", "ADJ")
        or after.text in DASHES
        or after.lower_ in _APART
    ):
        return False
    doc = number.doc
    i = number.i - 1
    for _ in range(4):
        if i < 0:
            return False
        token = doc[i]
        if _definite(token):
            return True
        if token.pos_ not in ("ADJ", "NOUN", "PROPN") and token.tag_ != "VBN":
            return False
        i -= 1
    return False


def _race_name(unit: Token, decimal: bool, finder: QuantityFinder, hops: int) -> bool:
    after = unit.doc[unit.i + 1] if unit.i + 1 < len(unit.doc) else None
    apart = after is not None and after.lower_ in _APART
    if not decimal and not apart and any(_definite(c) for c in unit.children):
        return True  # "the 200m", "the men's 3,000m", "his favoured 400m"
    token = unit
    for _ in range(3):  # "60m hurdles title", "100m relay gold"
        if token.dep_ not in ("compound", "nmod", "amod", "nummod"):
            break
        token = token.head
        if race_noun(token, finder):
            return True
    if unit.dep_ == "pobj":
        prep = unit.head
        if prep.lower_ == "over" and prep.dep_ == "prep":
            return True  # "compete over 1500m", "a title over 60m"
        if prep.lower_ in ("at", "for", "in") and race_noun(prep.head, finder):
            return True  # "record holder at 3km"
    if (
        unit.dep_ == "dobj"
        and unit.head.lemma_.lower() in finder.race_verbs
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in unit.children)
    ):
        return True  # "won 200m", "will contest 400m"
    if any(c.dep_ == "conj" and race_noun(c, finder) for c in unit.children):
        return True  # "her world 100m and 200m titles"
    if unit.dep_ == "conj" and race_noun(unit.head, finder):
        return True  # "the marathon and 10,000m"
    over = unit.doc[unit.i - 2] if unit.i >= 2 else None
    if over is not None and over.lower_ == "over" and over.i > 0:
        before = unit.doc[over.i - 1]
        if race_noun(before, finder) or before.lemma_.lower() in finder.durations:
            return True  # "6.61 seconds over 60m", "the fastest time over 800m"
    if hops and unit.dep_ == "conj" and unit.head.lower_ in finder.race_units_text:
        return _race_name(unit.head, decimal, finder, hops - 1)  # "the 800m and 1500m"
    return False


def race_noun(token: Token, finder: QuantityFinder) -> bool:
    """A noun of racing: "hurdles", "relay", "title", "final", "champion"
    (never a verb: "the pipeline runs for 340km")."""
    nouns = finder.race_nouns
    return token.pos_ != "VERB" and (
        token.lower_ in nouns or token.lemma_.lower() in nouns
    )


def age_band(doc: Doc, last: int) -> bool:
    """ "14-16 year olds", "18 to 21-year-olds": an age names a group."""
    after = [t.lower_ for t in doc[last + 1 : last + 3]]
    return (
        doc[last].lower_.endswith("-olds")
        or "olds" in after[:1]
        or (after[:1] == ["-"] and after[1:] in (["olds"], ["olds."]))
    )


def rhetorical_one(doc: Doc, i: int) -> bool:
    """ "not one penny", "not one hour, of one day, of one month": a "one"
    negated, or one of a run of "one"s, is rhetoric, not a figure."""
    before = doc[i - 1].lower_ if i > 0 else ""
    if before in ("not", "never", "nor"):
        return True
    run = doc[max(0, i - 6) : i]
    return before in ("of", ",", "or", "nor") and any(t.lower_ == "one" for t in run)


def name_before(number: Token) -> bool:
    """The word right before a number is a name it belongs to: a proper noun
    ("Windows 11 users", "Boeing 737 jets"), or a capitalized noun the number
    or its noun hangs on ("Halo 2 sales", "Gloom 3 players"), as a count's
    own modifiers follow its number ("2 Halo games")."""
    prev = number.doc[number.i - 1]
    return prev.pos_ == "PROPN" or (
        prev.is_title
        and prev.pos_ == "NOUN"
        and (number.head == prev or prev.head == number.head)
    )


def in_title(doc: Doc, first: int, head: Token) -> bool:
    """A number between title-cased words, after a capitalised function word
    inside a sentence: "One Against 20 Emcees", "Back To 20 Days" (not
    "Against 20 rivals", nor "In 2004 Ten Firms" at a sentence start)."""
    if first == 0:
        return False
    before = doc[first - 1]
    return (
        before.pos_ in _FUNCTION_POS
        and before.is_title
        and not before.is_sent_start
        and head.is_title
    )


def reference(doc: Doc, found: Found, first: int, finder: QuantityFinder) -> bool:
    """A small number in words after a definite determiner refers to what the
    text has named already ("the two men", "its three sites", "the other
    four"): it is not a figure the article asserts."""
    if not found.words or found.value is None or not 1 < found.value <= 5:
        return False
    at = first - 1
    if at >= 0 and doc[at].lower_ in ("other", "same"):
        at -= 1
    return at >= 0 and (
        doc[at].lower_ in finder.reference_dets or doc[at].tag_ == "PRP$"
    )
