"""What a figure measures, read from the parse (``QuantityClaim.concept``).

- a sum something is "worth" is its value: "a deal worth $3bn" -> "deal";
- a count measures its counted noun: "300 engineers" -> "engineers", or the
  group it counts: "a workforce of 2,400" -> "workforce";
- a figure that modifies a noun is that noun's value: "a £500m investment",
  "a 5% stake", "the $5.6 million training cost";
- a figure after "of" is the value of the noun before it: "a profit of $3.2bn",
  "market value of $2 trillion";
- a figure governed by a verb of change or level is the value of that verb's
  subject: "revenue rose 8% to €6.1 billion" (both figures are revenue),
  "inflation stood at 3%".

- a sum paid or spent "to" do something the lexicon names is the value of
  that act: "pay $40 million to settle claims" -> "settle" (key
  "settlement"); a sum a verb of penalty governs: "was fined $5m" -> "fined"
  (key "fine") (``verb_concepts``);
- a percent change whose clause subject is an organization's name is its
  share price: "Palent Systems rose 3%" -> concept_key "share"; the concept
  is written nowhere, so ``concept`` stays None (:meth:`ConceptReader.implied_share`).

The concept is a common noun with the adjectives and nouns written right
before it; a name, a pronoun or a vague noun ("total", "figure") is no concept.
``concept_key`` is the lower-case lemmas of its content words, with synonymous
measure heads folded to one word by the ``concept_synonyms`` lexicon of
``compare.json`` ("staff", "workers", "workforce" -> "employee"; "turnover" ->
"revenue", but not the lemma "sale", which may count units; "net income" ->
"profit"); "people" a clause subject employs is "employee" too, and words
of period ("quarterly", "annual": ``period_modifiers``) stay out of the key,
since compare reads the period from the sentence. The concept itself stays as written.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span, Token

from claimkit.text.lexicon import load_lexicon

_MODIFIER_DEPS = frozenset({"compound", "nummod", "amod", "nmod", "quantmod"})
_CONTENT_POS = frozenset({"NOUN", "PROPN", "ADJ", "VERB"})
_LEFT_DEPS = frozenset({"compound", "amod"})
_FIGURE_DEPS = frozenset({"dobj", "npadvmod", "attr", "advmod", "pobj", "nummod"})
_MAX_HOPS = 3
_DIRECTIONS = frozenset({"higher", "lower", "up", "down"})


class ConceptReader:
    """The lexicon of concept reading: verbs of change and level, vague nouns."""

    def __init__(self, lex: dict[str, Any]) -> None:
        self.value_verbs = frozenset(lex.get("value_verbs", []))
        self.vague = frozenset(lex.get("vague_concepts", []))
        self.value_preps = frozenset(lex.get("value_prepositions", ["to", "by", "at"]))
        self.change_nouns = frozenset(lex.get("change_nouns", []))
        self.verb_concepts: dict[str, str] = dict(lex.get("verb_concepts", {}))
        self.share_verbs = frozenset(lex.get("share_verbs", []))
        self.period_words = frozenset(lex.get("period_modifiers", []))
        self.spend_verbs = frozenset(lex.get("spend_verbs", ["spend", "invest"]))
        self.employ_verbs = frozenset(lex.get("employ_verbs", ["employ"]))
        synonyms = load_lexicon(None, "compare.json").get("concept_synonyms", {})
        self.synonyms: dict[str, str] = {
            word: head for head, words in synonyms.items() for word in [head, *words]
        }

    def fold(self, key: str) -> str:
        """Fold a concept key's synonymous measure heads to one word: the
        whole key first ("net income"), else word by word."""
        whole = self.synonyms.get(key)
        if whole is not None:
            return whole
        return " ".join(self.synonyms.get(word, word) for word in key.split())

    def implied_share(
        self, span: Span, entity_tokens: set[int] | dict[int, str]
    ) -> dict[str, Any] | None:
        """ "Palent Systems rose 3%": a percent change of an organization named
        as the clause subject of a verb of market movement is its share price.
        The caller checks the change and that the name is an organization's."""
        root = span.root.head if _direction(span.root) else span.root
        verb = root.head
        if (
            root.dep_ not in ("npadvmod", "dobj", "advmod", "acomp")
            or verb.lemma_.lower() not in self.share_verbs
        ):
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ != "PROPN" or subject.i not in entity_tokens:
            return None
        # Nothing in the text says "shares": no concept as written, only the key.
        return {
            "concept": None,
            "concept_start": None,
            "concept_end": None,
            "concept_key": "share",
        }

    def concept(
        self,
        span: Span,
        kind: str,
        entity_tokens: set[int] | dict[int, str],
        unit_start: int | None = None,
    ) -> dict[str, Any] | None:
        """``concept``, ``concept_start``, ``concept_end``, ``concept_key``, or None."""
        root = span.root
        noun: Token | None = None
        if kind == "count":
            if unit_start is not None and root.idx < unit_start:
                # "dozens of people", "tens of thousands of people": the parse
                # heads the phrase with the number; the counted noun is last.
                nouns = [t for t in span if t.idx >= unit_start and t.pos_ == "NOUN"]
                root = nouns[-1] if nouns else root
            noun = root if root.pos_ == "NOUN" else _group_counted(root)
        elif kind == "duration":
            # "a 15-year embargo"; never "the best song of the past 25 years"
            # nor the person of "the 41-year-old chart-topper".
            if span.text.endswith("old") or _aged_after(span):
                return None
            noun = self._modified(span, root)
        else:
            noun = (
                self._modified(span, root)
                or (_share_of(span) if kind in ("money", "percent") else None)
                or self._value_of(span, root)
                or (_worth_of(root) if kind == "money" else None)
            )
            if noun is None and kind == "money":
                noun = self._spent_on(root)
                if noun is None:
                    return self._act(span, root)
        if noun is not None and noun.lemma_.lower() in self.change_nouns:
            noun = _changed(noun, self.vague)  # "a 52% rise in profits"
        if noun is None or noun.i in entity_tokens:
            return None
        if kind != "count":
            return self._phrase(noun, span, entity_tokens)
        return self._phrase(noun, None, entity_tokens, unit_start)

    def _spent_on(self, root: Token) -> Token | None:
        """ "spend $2 billion on new trains", "invest £5m in a wind farm": what
        the sum is spent on (a common noun, else nothing)."""
        verb = root.head
        if root.dep_ != "dobj" or verb.lemma_.lower() not in self.spend_verbs:
            return None
        for prep in verb.rights:
            if prep.dep_ == "prep" and prep.lower_ in ("on", "in") and prep.i > root.i:
                for obj in prep.rights:
                    if obj.dep_ == "pobj" and obj.pos_ == "NOUN":
                        return obj
        return None

    def _act(self, span: Span, root: Token) -> dict[str, Any] | None:
        """ "pay $40m to settle claims" -> settle; "was fined $5m" -> fined."""
        verb = root.head
        if root.dep_ not in ("dobj", "npadvmod", "attr") or verb.pos_ != "VERB":
            return None
        acts = [verb] + [
            c for c in verb.rights if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"
        ]
        for act in acts:
            key = self.verb_concepts.get(act.lemma_.lower()) or self.verb_concepts.get(
                act.lower_
            )  # the small model lemmatizes "fined" as "fin"
            if key is None or span.start <= act.i < span.end:
                continue
            if act is not verb and not any(c.lower_ == "to" for c in act.lefts):
                continue  # "to settle", not "after settling"
            return {
                "concept": act.text,
                "concept_start": act.idx,
                "concept_end": act.idx + len(act.text),
                "concept_key": key,
            }
        return None

    def _modified(self, span: Span, root: Token) -> Token | None:
        head = root.head
        if (
            root.dep_ in _MODIFIER_DEPS
            and head.i >= span.end
            and head.pos_ == "NOUN"
            and head.i - span.end < 4
        ):
            return head  # "a £500m investment"
        return None

    def _value_of(self, span: Span, root: Token) -> Token | None:
        token = root
        for _ in range(_MAX_HOPS):
            head = token.head
            if head.i == token.i:
                return None
            if token.dep_ == "pobj" and head.pos_ == "ADP":
                prep = head.lower_
                if (
                    prep == "of"
                    and head.head.pos_ == "NOUN"
                    and head.head.i < span.start
                ):
                    return head.head  # "a profit of $3.2bn"
                if prep not in self.value_preps:
                    return None
                token = head  # "rose to €6.1 billion": on to the verb
                continue
            if _direction(token):
                token = head  # "closed 3% higher": on to the verb
                continue
            if head.pos_ in ("VERB", "AUX"):
                if token.dep_ not in _FIGURE_DEPS and token.dep_ not in (
                    "prep",
                    "acomp",
                ):
                    return None
                if head.lemma_.lower() not in self.value_verbs:
                    return None
                return _subject_noun(head)
            if token.dep_ in _MODIFIER_DEPS or token.dep_ == "quantmod":
                token = head
                continue
            return None
        return None

    def _phrase(
        self,
        noun: Token,
        span: Span | None,
        entity_tokens: set[int] | dict[int, str],
        floor: int | None = None,
    ) -> dict[str, Any] | None:
        """The noun with the nouns and adjectives written right before it
        (outside the figure's ``span``, when given)."""
        if (
            noun.pos_ != "NOUN"
            or not noun.text[0].isalpha()  # "47% of the £1.34bn": "%"
            or noun.lemma_.lower() in self.vague
        ):
            return None
        first = noun
        for left in reversed(list(noun.lefts)):
            if (
                left.i == first.i - 1
                and left.dep_ in _LEFT_DEPS
                and left.pos_ in ("NOUN", "ADJ")
                and left.i not in entity_tokens
                and not (span is not None and span.start <= left.i < span.end)
                and not (floor is not None and left.idx < floor)
            ):
                first = left
            else:
                break
        doc = noun.doc
        last = noun.i
        # A hyphenated word is one word: "e-mail", "pay-off", "start-up".
        while last + 2 < len(doc) and _hyphen_at(doc, last + 1):
            last += 2
        while first.i >= 2 and _hyphen_at(doc, first.i - 1):
            if span is not None and first.i - 2 < span.end:
                break
            first = doc[first.i - 2]
        words = doc[first.i : last + 1]
        key = " ".join(
            t.lemma_.lower()
            for t in words
            if t.pos_ in _CONTENT_POS
            and not t.is_punct
            and t.text[0].isalnum()
            and (t.i == noun.i or t.lower_ not in self.period_words)
        )
        if noun.lemma_.lower() in ("people", "person") and (
            noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.employ_verbs
        ):
            key = "employee"  # "employs 9,500 people"
        return {
            "concept": words.text,
            "concept_start": words.start_char,
            "concept_end": words.end_char,
            "concept_key": self.fold(key) if key else None,
        }


def _direction(token: Token) -> bool:
    """ "3% higher", "5% down": the figure measures the word of direction
    after it, which hangs from the verb."""
    head = token.head
    return (
        token.dep_ == "npadvmod"
        and head.lower_ in _DIRECTIONS
        and head.dep_ in ("acomp", "advmod")
    )


def _changed(noun: Token, vague: frozenset[str]) -> Token | None:
    """What a noun of change changes: "rise in profits", "cut of staff"; None
    when it does not say ("a 5% rise", "a rise in the year")."""
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in ("in", "of"):
            for obj in child.rights:
                if (
                    obj.dep_ == "pobj"
                    and obj.pos_ == "NOUN"
                    and obj.lemma_.lower() not in vague
                ):
                    return obj
    return None


def _hyphen_at(doc: Doc, i: int) -> bool:
    """Token i is a hyphen written tight between two words."""
    return (
        doc[i].text in ("-", "‐")
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and doc[i - 1].text[0].isalpha()
        and doc[i + 1].text[0].isalpha()
    )


def _share_of(span: Span) -> Token | None:
    """The noun after "of" that a share or sum is part of: "40% of the
    subscribers", "£40m of invoices" (never "47% of the £1.34bn")."""
    for token in span:
        for child in token.rights:
            if child.dep_ != "prep" or child.lower_ != "of" or child.i < span.end:
                continue
            for obj in child.rights:
                if obj.dep_ == "pobj" and obj.pos_ == "NOUN":
                    return obj
    return None


def _aged_after(span: Span) -> bool:
    """ "an eleven year-old girl" when "-old" is left outside the span."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end + 1].lower_ == "old"


def _subject_noun(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child if child.pos_ == "NOUN" else None
    return None


def _group_counted(number: Token) -> Token | None:
    """The group "a workforce of 2,400" counts: the noun the number's "of"
    hangs on (the quantity component made it the count's unit)."""
    of = number.head
    if number.dep_ != "pobj" or of.lower_ != "of" or of.head.pos_ != "NOUN":
        return None
    return of.head


def _worth_of(root: Token) -> Token | None:
    """ "a deal worth $3bn", "the contract is worth £40m": the noun the sum is
    the worth of (a name is left to the caller's entity check)."""
    worth = root.head
    if root.dep_ not in ("npadvmod", "pobj", "dobj") or worth.lower_ != "worth":
        return None
    if worth.dep_ == "amod" and worth.head.pos_ == "NOUN":
        return worth.head
    if worth.dep_ == "acomp":
        return next(
            (c for c in worth.head.children if c.dep_ in ("nsubj", "nsubjpass")), None
        )
    return None
