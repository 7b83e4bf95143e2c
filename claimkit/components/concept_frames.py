"""Concepts a sum's frame names when no noun of its own does (used by
:mod:`claimkit.components.concepts`):

- a phrase right after the sum that says where it is held or owed: "$19
  million in the bank" -> "in the bank" (key "cash"), "$2 trillion in debt"
  -> "debt" (the ``money_frames`` lexicon and bare measure nouns after "in":
  :func:`frame_after`);
- a sum a person or a pronoun is "worth": "he is worth $10 billion" ->
  "worth" (:func:`own_worth`; "a deal worth $3bn" is the deal's, read
  elsewhere);
- a measure noun with the bare noun its "of" names, written as one term:
  "margin of error", "rate of inflation", "cost of living"
  (:func:`of_complement`), never "share of the vote" (a determiner) nor a name;
- a sum paid "for" a thing is its price: "will pay $57m for a stake" ->
  "stake" (:func:`priced_thing`); "pay" (key "price", :func:`price_paid`)
  when the thing is no concept of its own;
- a sum a thing costs is its price: "the handset will cost $499" ->
  "handset" (:func:`priced_thing`), as a thing that sells for it: "the unit
  could sell for £350m" (:func:`sold`);
- the object a raising verb's "to be" clause measures: "forecast the firm's
  losses to be $6.7bn" -> losses (:func:`raised_object`).
"""

from __future__ import annotations

from typing import Any, Literal

from spacy.tokens import Span, Token

from claimkit.components.concept_acts import record
from claimkit.components.concept_syntax import after_brackets, is_noun, is_time

# Words of a noun phrase that make its "of" complement no fixed term.
_DETERMINING = frozenset({"det", "poss", "nummod", "amod", "compound"})


def frame_after(
    span: Span, frames: dict[str, str], measures: frozenset[str]
) -> dict[str, Any] | None:
    """ "$19 million in the bank", "$46m in debt": the phrase right after the
    sum that says what it is, when it hangs on the sum or its verb."""
    doc = span.doc
    i = after_brackets(doc, span.end)
    if i >= len(doc) or doc[i].dep_ != "prep":
        return None
    prep = doc[i]
    if prep.head.i not in (span.root.i, span.root.head.i):
        return None
    for words, key in frames.items():
        n = len(words.split())
        phrase = doc[i : i + n]
        if len(phrase) == n and " ".join(t.lower_ for t in phrase) == words:
            return record(phrase, key)
    if prep.lower_ != "in":
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if (
        obj is None
        or obj.i != i + 1
        or obj.pos_ != "NOUN"
        or obj.lemma_.lower() not in measures
        or any(c.dep_ in _DETERMINING for c in obj.children)
    ):
        return None
    return record(doc[obj.i : obj.i + 1], obj.lemma_.lower())  # "in debt"


def own_worth(
    root: Token, entity_tokens: set[int] | dict[int, str]
) -> dict[str, Any] | None:
    """ "He is worth $10 billion", "Ortega, worth about $74 billion": what a
    person is worth is their net worth; the word "worth" is the concept."""
    worth = root.head
    if root.dep_ not in ("npadvmod", "pobj", "dobj") or worth.lower_ != "worth":
        return None
    owner: Token | None = None
    if worth.dep_ == "acomp":
        owner = next(
            (c for c in worth.head.children if c.dep_ in ("nsubj", "nsubjpass")), None
        )
    elif worth.dep_ in ("amod", "appos") and worth.head.pos_ == "PROPN":
        owner = worth.head
    if owner is None or not (
        owner.pos_ in ("PRON", "PROPN") or owner.i in entity_tokens
    ):
        return None
    if owner.pos_ == "PRON" and owner.lower_ in ("it", "this", "that", "which"):
        return None  # "it is worth $3bn": a thing's value, said before
    return record(worth.doc[worth.i : worth.i + 1], "worth")


def of_complement(noun: Token, entity_tokens: set[int] | dict[int, str]) -> int:
    """The last token of the term ``noun`` opens: "margin of error", "rate of
    inflation", "cost of living" (a bare common noun right after "of"); the
    noun itself when its "of" phrase is no such term."""
    doc = noun.doc
    if noun.i + 2 >= len(doc):
        return noun.i
    prep, obj = doc[noun.i + 1], doc[noun.i + 2]
    if (
        prep.lower_ != "of"
        or prep.head.i != noun.i
        or obj.head.i != prep.i
        or obj.dep_ != "pobj"
        or obj.tag_ not in ("NN", "VBG")
        or not obj.is_lower
        or not obj.is_alpha
        or obj.i in entity_tokens
        or is_time(obj)
        or any(c.dep_ in _DETERMINING for c in obj.children)
    ):
        return noun.i
    return obj.i


def term_opener(
    noun: Token, span: Span, entity_tokens: set[int] | dict[int, str]
) -> Token | None:
    """The noun that opens the term ``noun`` closes: "margin" of "margin of
    error" (a figure's "of" read the last word first: "a margin of error of
    plus or minus 2.4 points"); never the figure's own word ("12% of
    output", "12 years of unrest")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ != "NOUN":
        return None
    opener = prep.head
    if not opener.is_alpha or span.start <= opener.i < span.end:
        return None
    return opener if of_complement(opener, entity_tokens) == noun.i else None


def sold(root: Token, sale_verbs: frozenset[str]) -> Token | None:
    """ "sold the bonds for 11bn euros", "a mill sold for $800m", "the
    console goes on sale for $250": the price is the value of what is sold
    or bought (a common noun)."""
    prep = root.head
    verb = prep.head
    if root.dep_ != "pobj" or prep.lower_ != "for" or verb.pos_ != "VERB":
        return None
    if any(
        c.lower_ == "on" and any(o.lower_ == "sale" for o in c.children)
        for c in verb.children
    ):
        return thing_subject(verb)  # "the console will go on sale for $250"
    if verb.lemma_.lower() not in sale_verbs:
        return None
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            return child if is_noun(child) else None
    if verb.dep_ == "acl" and is_noun(verb.head):
        return verb.head
    if verb.lemma_.lower() in _SELLS_FOR and verb.pos_ == "VERB":
        # "the unit could sell for £350m": what sells is what is sold
        return thing_subject(verb)
    return None


# Verbs whose subject, with no object, is what is sold: "it retails for $99".
_SELLS_FOR = frozenset({"sell", "retail"})


def thing_subject(verb: Token) -> Token | None:
    """The common noun subject of ``verb``; the noun a relative clause hangs
    on for "which" or "that" ("the handset, which costs $499")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subject = verb.head
    if _joint(subject):
        return None  # "the lamp and the desk cost £85"
    return subject if is_noun(subject) and not is_time(subject) else None


def priced_thing(root: Token, price_verbs: frozenset[str]) -> Token | None:
    """The thing a sum is the price of: the subject of "cost" ("the handset
    will cost $499", "the scheme cost the council £5m"), the thing paid
    "for" ("will pay $57m for a stake"); never a pronoun or a name ("it will
    cost $5bn"), an act ("pay $5m for breaching rules") or a time ("for two
    years")."""
    verb = root.head
    if root.dep_ not in ("dobj", "npadvmod"):
        return None
    if verb.pos_ == "NOUN" and verb.lower_ in ("cost", "costs") and verb.dep_ == "ROOT":
        # "The new phone costs $1,099": the tagger made the verb a noun whose
        # compound is the subject
        nouns = [c for c in verb.lefts if c.dep_ == "compound" and is_noun(c)]
        return nouns[-1] if nouns and root.dep_ == "dobj" else None
    if verb.pos_ != "VERB":
        return None
    if verb.lemma_.lower() == "cost":
        return thing_subject(verb)
    if root.dep_ != "dobj" or verb.lemma_.lower() not in price_verbs:
        return None
    for prep in (*verb.children, *root.children):
        if prep.lower_ != "for" or prep.i < root.i:
            continue
        thing = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if thing is not None and is_noun(thing) and not is_time(thing):
            return None if _joint(thing) else thing
    return None


def _joint(thing: Token) -> bool:
    """One of two things priced together: "£85 for a lamp and a desk", "for
    a lamp and desk set" (a conjunction in its phrase)."""
    return (
        thing.dep_ == "conj"
        or any(c.dep_ == "conj" for c in thing.children)
        or any(t.dep_ in ("cc", "conj") for t in thing.subtree if t.i < thing.i)
    )


def price_paid(root: Token, verbs: frozenset[str]) -> dict[str, Any] | None:
    """ "will pay $57m for a 72% stake", "offers $78m for a car plant": a sum
    a verb of paying takes as object, "for" a thing bought, is its price
    (the verb, key "price"); not "pay $5m for breaching rules" (an act) nor
    "for two years" (a time) nor "for him" (a person)."""
    verb = root.head
    if root.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
        return None
    preps = [c for c in (*verb.children, *root.children) if c.lower_ == "for"]
    for prep in preps:
        thing = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if thing is not None and thing.pos_ == "NOUN" and not is_time(thing):
            return record(root.doc[verb.i : verb.i + 1], "price")
    return None


def raised_object(
    raiser: Token, verb: Token, raising: frozenset[str]
) -> Token | Literal[False] | None:
    """ "had forecast the firm's losses to be $6.7bn": the object of a
    raising verb before its "to" clause is what the figure measures, not the
    forecaster; False when that object is no noun, None when there is none."""
    if (
        raiser.lemma_.lower() not in raising
        or verb.dep_ not in ("xcomp", "advcl")
        or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    ):
        return None
    raised = next(
        (c for c in raiser.children if c.dep_ == "dobj" and c.i < verb.i), None
    )
    if raised is None:
        return None
    return raised if is_noun(raised) else False


# Verbs of trading or holding a part of a company.
_STAKE_VERBS = frozenset(
    {"buy", "sell", "acquire", "purchase", "own", "hold", "retain", "keep", "control"}
)


def stake_in(root: Token, index: dict[int, str], labels: dict[str, str]) -> bool:
    """A share "of" a company itself that is bought, sold or held is a stake:
    "will purchase the six percent of Colt the state owns"; not "6 percent of
    Colt's sales" (a measure) nor "6 percent of voters" (no company)."""
    verb = root.head
    if root.dep_ != "dobj" or verb.lemma_.lower() not in _STAKE_VERBS:
        return False
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            company = next((c for c in prep.children if c.dep_ == "pobj"), None)
            return (
                company is not None
                and company.i in index
                and labels.get(index[company.i]) == "ORG"
            )
    return False
