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
  "inflation stood at 3%"; of its object when the verb changes or holds one
  ("cut output by 3%", "kept rates at 4.75%": ``object_change_verbs``), of
  its passive subject ("the budget was raised 7.8%"), of the noun a relative
  clause hangs on ("profits, which rose 5%"), of the subject a participle or
  a verb of forecast lends it ("profits rose 5%, reaching $3bn"; "growth is
  forecast to slow to 2%": ``raising_words``); a figure coordinated with
  another shares its verb ("by 4.3% in 2005 and 4.2% in 2006", "went up by
  0.4% on the month and by 12.6% on the year"), and a verb coordinated with
  another its subject ("prices were overvalued and could fall by 10%"); the earlier
  level after "from" gets none (compare would date it by the sentence);
- a part's share is the part's: "textiles account for 85% of exports" ->
  textiles, not exports (``part_verbs``);
- "at" on a clause subject ("inflation - at 2.4% - is"), a word of direction
  on a noun ("crop production up 24%"), "to" after a noun of change ("a 6%
  rise in profits to £280m") or after a word of direction ("profits were up
  42% to 719m euros", "the deficit, up 30.5% at $162bn");
- a bracketed conversion between a figure and its noun does not part them:
  "a £1bn ($1.9bn) investment deal".

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
A measure noun the model reads as a name because it opens the sentence
("Revenues slipped 11%") is a concept still (``measure_nouns``), and a plural
the model lemmatizes as another word ("taxes" -> "taxis") keys as the
measure noun. The nouns and adjectives before the noun join it when they
modify it or one another ("furniture store sales").
"""

from __future__ import annotations

from collections.abc import Container
from typing import Any

from spacy.tokens import Span, Token

from claimkit.components.concept_acts import (
    joined,
    paid_act,
    predicate,
    record,
    share_verb,
    spending,
    verb_phrase,
    with_clause,
)
from claimkit.components.concept_frames import (
    frame_after,
    own_worth,
    price_paid,
    priced_thing,
    raised_object,
    sold,
)
from claimkit.components.concept_nouns import (
    best_of,
    describes_name,
    misread_modifier,
    noun_after,
    object_moved,
    participle_subject,
    reported_subject,
    tune_of,
)
from claimkit.components.concept_syntax import (
    CURRENCY_NAMES,
    DIRECTIONS,
    PASSING,
    after_brackets,
    aged_after,
    bare_in,
    changed,
    changed_object,
    degree_of,
    denominator,
    direction,
    direction_subject,
    figure_root,
    group_counted,
    is_figure,
    is_noun,
    is_time,
    nominal,
    own_figure,
    period_host,
    plural_name,
    share_of,
    sum_for,
    vague_host,
    verb_tagged,
    worth_of,
)
from claimkit.components.concept_time import (
    away,
    delayed,
    duration_act,
    duration_of,
    framed,
    held,
    time_measure,
)
from claimkit.components.concept_words import ConceptWords
from claimkit.text.lexicon import load_lexicon

_MODIFIER_DEPS = frozenset({"compound", "nummod", "amod", "nmod", "quantmod"})
_FIGURE_DEPS = frozenset({"dobj", "npadvmod", "attr", "advmod", "pobj", "nummod"})
_MAX_HOPS = 4
# The last words of a figure that ``move_verbs`` move rather than lose or add.
_RATE_WORDS = frozenset({"%", "percent", "pct", "point", "points"})
# Kinds whose "of" noun after the figure is what it is a part or amount of:
# "40% of the subscribers", "£40m of invoices", "7.8m tonnes of LNG".
_SHARED_KINDS = frozenset({"money", "percent", "measure"})
_RELATIVE = frozenset({"which", "that"})
_THEN = frozenset({"before", "after", "while"})
# Clauses that share the subject of the clause they hang from.
_SHARED_SUBJECT_DEPS = frozenset({"advcl", "conj", "xcomp"})


# Words before a span of time that make it an interval: "every four days".
_EVERY = frozenset({"every", "each"})


class ConceptReader(ConceptWords):
    """The lexicon of concept reading: verbs of change and level, vague nouns."""

    def __init__(self, lex: dict[str, Any]) -> None:
        self.value_verbs = frozenset(lex.get("value_verbs", []))
        # Verbs a measure moves by, read for a rate or points only ("shares
        # shed 4%", "lost 120 points"; "we lost $5m" is a loss, not a level).
        self.move_verbs = frozenset(lex.get("move_verbs", []))
        self.vague = frozenset(lex.get("vague_concepts", []))
        self.value_preps = frozenset(lex.get("value_prepositions", ["to", "by", "at"]))
        self.change_nouns = frozenset(lex.get("change_nouns", []))
        self.verb_concepts: dict[str, str] = dict(lex.get("verb_concepts", {}))
        self.share_verbs = frozenset(lex.get("share_verbs", []))
        # Verbs of saying and thinking: the clause a share of people "said"
        # is too long and too loose to be what is measured.
        self.report_verbs = frozenset(lex.get("source_lemmas", []))
        self.period_words = frozenset(lex.get("period_modifiers", []))
        self.spend_verbs = frozenset(lex.get("spend_verbs", ["spend", "invest"]))
        self.spend_preps = frozenset(lex.get("spend_prepositions", ["on", "in"]))
        self.employ_verbs = frozenset(lex.get("employ_verbs", ["employ"]))
        self.object_verbs = frozenset(lex.get("object_change_verbs", []))
        self.raising = frozenset(lex.get("raising_words", []))
        self.sale_verbs = frozenset(lex.get("sale_verbs", []))
        self.price_verbs = frozenset(lex.get("price_verbs", []))
        self.part_verbs: dict[str, str] = dict(lex.get("part_verbs", {}))
        self.measure_nouns = frozenset(lex.get("measure_nouns", []))
        self.holder_verbs = frozenset(lex.get("change_holder_verbs", []))
        self.money_frames: dict[str, str] = dict(lex.get("money_frames", {}))
        synonyms = load_lexicon(None, "compare.json").get("concept_synonyms", {})
        self.synonyms: dict[str, str] = {
            word: head for head, words in synonyms.items() for word in [head, *words]
        }

    def implied_share(
        self, span: Span, entity_tokens: set[int] | dict[int, str]
    ) -> dict[str, Any] | None:
        """ "Palent Systems rose 3%": a percent change of an organization named
        as the clause subject of a verb of market movement is its share price.
        The caller checks the change and that the name is an organization's."""
        root = span.root.head if direction(span.root) else span.root
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
        root = figure_root(span)
        noun: Token | None = None
        if kind in ("measure", "duration"):
            best = best_of(root, self.key_of)
            if best is not None:
                return best  # "a personal best of 16.5m"
        if kind == "count":
            if unit_start is not None and root.idx < unit_start:
                # "dozens of people", "tens of thousands of people": the parse
                # heads the phrase with the number; the counted noun is last.
                nouns = [t for t in span if t.idx >= unit_start and t.pos_ == "NOUN"]
                root = nouns[-1] if nouns else root
            noun = (
                root
                if root.pos_ == "NOUN" or (plural_name(root) and root.i == span.end - 1)
                else group_counted(root)
            )
        elif kind == "duration":
            # "a 15-year embargo"; never "the best song of the past 25 years"
            # nor the person of "the 41-year-old chart-topper".
            if span.text.endswith("old") or aged_after(span):
                return None
            if span.start > 0 and span.doc[span.start - 1].lower_ in _EVERY:
                return None  # "hit every four days": an interval, of no noun
            noun = self._modified(span, root) or duration_of(root, self.vague)
            put_off = None if noun is not None else delayed(root, self.key_of)
            if put_off is not None:
                return put_off  # "the launch was delayed by three months"
            if noun is None:
                act = duration_act(root, span)
                if act is not None and act.pos_ == "VERB":
                    return verb_phrase(act, span, entity_tokens, self.key_of)
                # "total delays amounted to 62 months": a verb of level
                noun = act or (None if framed(root) else self._value_of(span, root))
            if noun is None and not framed(root):
                return time_measure(root, span, self.key_of)
        else:
            degree = degree_of(root) if kind == "percent" else None
            if degree is not None:
                return record(span.doc[degree.i : degree.i + 1], self.key_of([degree]))
            tune = tune_of(span) if kind == "money" else None
            if tune is not None and tune.pos_ == "VERB":
                # "to fund the studio to the tune of $2m": the funding
                return verb_phrase(tune, span, entity_tokens, self.key_of)
            if tune is not None:
                return self._phrase(tune, span, entity_tokens)
            worth = own_worth(root, entity_tokens) if kind == "money" else None
            if worth is not None:
                return worth  # "he is worth $10 billion"
            verb = share_verb(span, self.value_verbs) if kind == "percent" else None
            if verb is not None and self._modified(span, root) is None:
                # "59% wanted more", "40% of the subscribers left"; not "30%
                # said they would", whose concept is a whole clause
                if verb.lemma_.lower() in self.report_verbs and any(
                    c.dep_ == "ccomp" for c in verb.children
                ):
                    return None
                said = predicate(span, verb, self.key_of)
                base = share_of(span)
                named = self._phrase(base, span, entity_tokens) if base else None
                return joined(named, said, span.doc) if said and named else said
            noun = (
                self._modified(span, root, entity_tokens)
                or (self._part_by(root) if kind in ("money", "percent") else None)
                or (
                    share_of(span)
                    if kind in _SHARED_KINDS and not denominator(span)
                    else None
                )
                or self._value_of(span, root)
                or (changed_object(root) if kind == "percent" else None)
                or (worth_of(root) if kind == "money" else None)
                or (sold(root, self.sale_verbs) if kind == "money" else None)
                or (sum_for(root) if kind == "money" else None)
                or (
                    noun_after(span, self.vague, entity_tokens)
                    if kind in _SHARED_KINDS
                    else None
                )
            )
            bare = (
                bare_in(span, self.vague) if noun is None and kind == "money" else None
            )
            if bare is not None:
                # "£4bn in tax cuts": the sum is the cuts, not the tax
                return self._phrase(bare, span, entity_tokens)
            if noun is None and kind == "money":
                # "a total of $515m to settle": the sum's place is the total's
                whole = vague_host(root) or root
                noun = self._spent_on(span, whole)
                if noun is not None:
                    # "£4bn for tax cuts": what it buys, not a change's size
                    return self._phrase(noun, span, entity_tokens)
                thing = priced_thing(whole, self.price_verbs)
                phrase = (
                    self._phrase(thing, span, entity_tokens, _after_figure(thing))
                    if thing
                    else None
                )
                return (
                    phrase
                    or price_paid(whole, self.price_verbs)
                    or paid_act(span, whole, self.verb_concepts)
                    or spending(whole, span, entity_tokens, self.key_of)
                    or frame_after(span, self.money_frames, self.measure_nouns)
                )
            if noun is None and kind == "measure":
                # "200m away from schools", "the tank holds 50 litres"
                return away(root, span, self.key_of) or held(root, self.key_of)
        if noun is not None and noun.lemma_.lower() in self.change_nouns:
            # "a 52% rise in profits"; "profits, which showed a 5% rise"
            noun = changed(noun, self.vague, span) or self._change_holder(noun)
        if noun is None or noun.i in entity_tokens or _other_unit(noun, span):
            return None
        if noun.i == span.end and noun.lemma_.lower() in CURRENCY_NAMES:
            return None  # "save £3bn pounds a year": the unit written twice
        if kind != "count":
            return self._phrase(noun, span, entity_tokens)
        phrase = self._phrase(noun, None, entity_tokens, unit_start)
        if phrase is None:
            return None
        return with_clause(noun, phrase, self.key_of)

    def _change_holder(self, change: Token) -> Token | None:
        """A change a measure is said to show: "profits, which showed a 5.5%
        rise", "sales saw a 3% fall" (a measure noun of the lexicon as the
        subject of a verb of ``holder_verbs``; never "analysts forecast a
        3% rise")."""
        verb = change.head
        if change.dep_ != "dobj" or verb.lemma_.lower() not in self.holder_verbs:
            return None
        holder = self._subject_noun(verb)
        if holder is None or self._lemma(holder) not in self.measure_nouns:
            return None
        return holder

    def _spent_on(self, span: Span, root: Token) -> Token | None:
        """ "spend $2 billion on new trains", "invest £5m in a wind farm",
        "billions of pounds spent on the war": what the sum is spent on (a
        common noun, else nothing)."""
        # "billions of pounds spent on the war": a participle on the sum
        verbs = [c for t in span for c in t.rights if c.dep_ == "acl"]
        if root.dep_ in ("dobj", "nsubjpass"):
            verbs.append(root.head)
        verb = next((v for v in verbs if v.lemma_.lower() in self.spend_verbs), None)
        if verb is None:
            return None
        # "invest £5m in a wind farm", "£7bn to be spent on trains",
        # "allocated £7.5bn for the project"
        for prep in verb.rights:
            if (
                prep.dep_ == "prep"
                and prep.lower_ in self.spend_preps
                and prep.i > root.i
            ):
                for obj in prep.rights:
                    if obj.dep_ == "pobj" and obj.pos_ == "NOUN":
                        return obj
        return None

    def _modified(
        self, span: Span, root: Token, names: Container[int] = ()
    ) -> Token | None:
        head = root.head
        if (
            root.dep_ in _MODIFIER_DEPS
            and head.i >= span.end
            and nominal(head)
            and head.i - after_brackets(span.doc, span.end) < 4
            # "sent a record $16bn home": a figure with a noun of its own
            # before it is a noun phrase, whatever the parse hangs it on.
            and not any(
                t.pos_ == "NOUN" and t.is_alpha and t.i < span.start
                for t in root.subtree
            )
            # "Drogba, Chelsea's £24m striker": a name's description, priced
            and not describes_name(head, names)
        ):
            return head  # "a £500m investment", "a £1bn ($1.9bn) investment"
        return None

    def _part_by(self, root: Token) -> Token | None:
        """ "Textiles account for 85% of exports", "Christmas sales make up 23%
        of the year's sales": the share is the part's, not the whole's."""
        token = root
        if token.dep_ == "pobj" and token.head.dep_ in ("prep", "prt"):
            token = token.head
        verb = token.head
        if verb.lemma_.lower() not in self.part_verbs or token.dep_ not in (
            "prep",
            "dobj",
            "attr",
        ):
            return None
        particle = self.part_verbs[verb.lemma_.lower()]
        if particle and not any(
            c.lower_ == particle and c.dep_ in ("prep", "prt") for c in verb.children
        ):
            return None
        return self._subject_noun(verb) or participle_subject(verb)

    def _value_of(self, span: Span, root: Token) -> Token | None:
        token = root
        for _ in range(_MAX_HOPS):
            head = token.head
            if head.i == token.i:
                return None
            if token.dep_ == "pobj" and (head.pos_ == "ADP" or head.dep_ == "prep"):
                prep = head.lower_
                if prep == "of" and head.head.i < span.start:
                    of = head.head
                    if of.pos_ == "NOUN" and of.lemma_.lower() in PASSING:
                        token = of  # "exports hit a high of $1.7bn": on
                        continue
                    if of.pos_ == "NOUN" and not is_time(of):
                        return of  # "a profit of $3.2bn"
                    return period_host(head.head)  # "a profit in 2004 of $3bn"
                if prep not in self.value_preps and not _from_to(head):
                    return None
                if (
                    prep == "at"
                    and head.dep_ == "prep"
                    and is_noun(head.head)
                    and head.head.dep_ in ("nsubj", "nsubjpass", "ROOT")
                ):
                    return head.head  # "inflation - at 2.4% - is"
                if is_noun(head.head) and head.head.lemma_.lower() in self.change_nouns:
                    return head.head  # "a 6% rise in profits to £280m"
                if head.head.lower_ in DIRECTIONS and head.head.dep_ in (
                    "advmod",
                    "acomp",
                ):
                    # "profits were up 42% to 719m euros", "the deficit, up
                    # 30.5% at $162bn": the level is the rate's measure
                    token = _rate_of(head.head, head) or head.head
                    continue
                token = head  # "rose to €6.1 billion": on to the verb
                continue
            if misread_modifier(token, span):
                token = head  # "remains at a breakneck 9.1%": on to "at"
                continue
            if token.dep_ == "npadvmod" and head.lower_ in DIRECTIONS:
                subject = direction_subject(head)
                if subject is not None:
                    return subject  # "with copper up 36%"
            if direction(token):
                if (
                    head.head.pos_ == "NOUN"
                    and head.dep_ == "advmod"
                    # a headline's noun or a subject, not a misparsed object;
                    # "on sales up 21%": a noun right before the word
                    and (
                        head.head.dep_ in ("ROOT", "nsubj")
                        or (head.head.dep_ == "pobj" and head.i == head.head.i + 1)
                    )
                    and not is_figure(head.head)  # "10bn euros, up 8.1%"
                ):
                    return head.head  # "Crop production up 24%"
                sent = object_moved(head)
                if sent is not None:
                    return sent  # "sent its shares up 4%"
                token = head  # "closed 3% higher": on to the verb
                continue
            if (
                token.dep_ == "appos"
                and is_noun(head)
                and not own_figure(head, token, span)
            ):
                if head.lemma_.lower() not in PASSING:
                    # "surcharge revenues - £160m - will", not "save the
                    # countries $3bn" (a misparsed second object)
                    set_off = span.start > 0 and span.doc[span.start - 1].text in (
                        "-",
                        "–",
                        "—",
                        ",",
                    )
                    named = self._lemma(head) in self.measure_nouns
                    # "with private consumption up just 0.2%"
                    moved = any(
                        t.lower_ in DIRECTIONS for t in span.doc[head.i : span.start]
                    )
                    return head if set_off or named or moved else None
                token = head  # "surged to a record $180.7bn": on
                continue
            if token.dep_ == "conj" and is_figure(head):
                token = head  # "by 4.3% in 2005 and 4.2% in 2006"
                continue
            if token.dep_ == "conj" and token.pos_ == "ADP" and head.dep_ == "prep":
                # "went up by 0.4% on the month and by 12.6% on the year":
                # the second "by" hangs on the first's phrase, not the verb
                token = head
                continue
            if head.pos_ in ("VERB", "AUX"):
                if token.dep_ not in _FIGURE_DEPS and token.dep_ not in (
                    "prep",
                    "agent",  # "had grown by an average of 3.2%"
                    "acomp",
                    "conj",
                ):
                    return None
                return self._verb_measure(head, span)
            if token.dep_ in _MODIFIER_DEPS or token.dep_ == "quantmod":
                token = head
                continue
            return None
        return None

    def _verb_measure(self, verb: Token, span: Span) -> Token | None:
        """What a verb of change or level gives its figure to: its object
        when it changes one ("cut output by 3%", "lifted rates to 5.5%"),
        its passive subject ("the budget was raised 7.8%"), else its subject
        ("revenue rose 8%"; "Orange's profits, which rose 5%"; "profits rose
        5%, reaching $3bn")."""
        for _ in range(_MAX_HOPS):
            lemma = _phrasal(verb)
            # "shares lost 7%" is their fall; "the fund lost $5m" a loss
            # (claimkit.components.losses), and "lost 300 jobs" a count
            moved = lemma in self.move_verbs and (
                _rate(span) or _level_after(verb, span) or _moved_to(span)
            )
            if (
                lemma not in self.value_verbs
                and lemma not in self.object_verbs
                and not moved
            ):
                # "reported a 19% rise in profits to £450m": the change the
                # verb reports, whose "to" names the new level.
                return next(
                    (
                        c
                        for c in verb.children
                        if c.dep_ == "dobj"
                        and is_noun(c)
                        and c.lemma_.lower() in self.change_nouns
                    ),
                    None,
                )
            if lemma in self.object_verbs:
                changed = next(
                    (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")),
                    None,
                )
                # A figure inside the object is no change of it: "sent $9bn
                # home", "profits increased 5%".
                if changed is not None and not (
                    changed.left_edge.i <= span.start <= changed.right_edge.i
                ):
                    # "raised $3m in 2003 and $5m in 2004": the object is
                    # the figure before, no measure of this one
                    return (
                        changed if is_noun(changed) and not is_figure(changed) else None
                    )
                if changed is None and verb.dep_ == "acl" and is_noun(verb.head):
                    # "a deal valued at $4bn", never "its aim to slash $5bn"
                    return verb.head
                if lemma not in self.value_verbs:
                    return None
            subject = self._subject_noun(verb) or reported_subject(verb)
            if subject is None and verb.dep_ == "acl" and is_noun(verb.head):
                return verb.head  # "four donations totaling $2.35 million"
            if subject is None and verb.dep_ == "pcomp" and verb.head.lower_ in _THEN:
                verb = verb.head.head  # "jumped to $53 before closing at $52"
                continue
            if subject is not None or verb.dep_ not in _SHARED_SUBJECT_DEPS:
                return subject
            if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
                return None  # a subject that is no measure: "it rose 5%"
            if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
                # "prices were overvalued and could fall by 10%": the verbs
                # share the first one's subject, whatever that verb is
                shared = self._subject_noun(verb.head)
                if shared is not None:
                    return shared
            raiser = verb.head
            raised = raised_object(raiser, verb, self.raising)
            if raised is not None:
                return raised or None  # "forecast losses to be $6.7bn"
            if verb.dep_ == "xcomp" and raiser.lemma_.lower() in self.raising:
                # "growth is forecast to slow to 2%", "is likely to peak at 2%"
                if raiser.dep_ == "acomp":
                    raiser = raiser.head
                if (
                    raiser.dep_ == "acl"
                    and raiser.tag_ == "VBN"
                    and is_noun(raiser.head)
                ):
                    # "with shipments of consumer goods expected to grow by
                    # 11%": the phrase's head, wherever the parse hangs it
                    noun = raiser.head
                    of = noun.head
                    if noun.dep_ == "pobj" and of.lower_ == "of" and is_noun(of.head):
                        noun = of.head
                    return noun
                return self._subject_noun(raiser)
            verb = verb.head
        return None

    def _subject_noun(self, verb: Token) -> Token | None:
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                if child.lower_ in _RELATIVE and verb.dep_ == "relcl":
                    child = verb.head  # "Orange's profits, which rose 5%"
                if is_noun(child) or self._measure_name(child) or verb_tagged(child):
                    return child
                return None
        return None


def _phrasal(verb: Token) -> str:
    """The verb's lemma, with "go up" and "go down" read as "rise" and "fall"."""
    lemma = verb.lemma_.lower()
    if lemma == "go" and any(
        c.dep_ == "prt" and c.lower_ in ("up", "down") for c in verb.children
    ):
        return "rise"
    return lemma


def _other_unit(noun: Token, span: Span) -> bool:
    """The noun is another figure's currency or rate word: "$2bn (1.53bn
    euros) settlement", "the 7.0 percent of 2006 fell C$0.28"."""
    return (
        not span.start <= noun.i < span.end
        and (noun.lemma_.lower() in CURRENCY_NAMES or noun.lower_ in _RATE_WORDS)
        and is_figure(noun)
    )


def _from_to(prep: Token) -> bool:
    """ "from" opening a move to a later level: "plummet from £220m to £75m",
    "range from $2.5m to $4m" (the level before is the same measure's). An
    earlier level after the later one ("rose to $5m from $4m") is left to
    :mod:`claimkit.components.claim_siblings`, which gives it the subject too."""
    if prep.lower_ != "from" or prep.dep_ != "prep":
        return False
    return any(
        t.dep_ == "prep" and t.lower_ == "to" and t.i > prep.i
        for t in [*prep.head.children, *prep.subtree]
    )


def _rate_of(word: Token, prep: Token) -> Token | None:
    """The rate a word of direction measures, written before the preposition
    of the level: "up 30.5% at $162bn" -> "%"."""
    return next(
        (c for c in word.children if c.dep_ == "npadvmod" and c.i < prep.i),
        None,
    )


def _after_figure(noun: Token) -> int | None:
    """The offset right after a figure written before ``noun`` in its own
    phrase ("a 70 percent stake" -> "stake"), or None."""
    figures = [t for t in noun.lefts if t.like_num or is_figure(t)]
    if not figures:
        return None
    last = max(t.right_edge.i for t in figures)
    return noun.doc[last].idx + len(noun.doc[last].text)


def _level_after(verb: Token, span: Span) -> bool:
    """The figure is the level a verb moves to after a rate it moved by:
    "revenues added 4% to 142bn euros" (the level is the revenues' too)."""
    prep = span.root.head
    return (
        span.root.dep_ == "pobj"
        and prep.lower_ == "to"
        and prep.head.i == verb.i
        and any(
            c.i < prep.i and c.dep_ in ("npadvmod", "dobj") and c.lower_ in _RATE_WORDS
            for c in verb.children
        )
    )


def _moved_to(span: Span) -> bool:
    """The figure is a sum a price moved by or the level it moved to, written
    one after the other: "adding $1.89 to $48.62" (the parse often makes the
    two one number)."""
    doc = span.doc
    after = span.end + 1 < len(doc) and doc[span.end].lower_ == "to"
    before = span.start > 1 and doc[span.start - 1].lower_ == "to"
    return (after and _sum_word(doc[span.end + 1])) or (
        before and _sum_word(span[0]) and doc[span.start - 2].like_num
    )


def _sum_word(token: Token) -> bool:
    """A currency sign or a number opens a sum ("$48.62", "48.62 euros")."""
    return token.is_currency or token.like_num


def _rate(span: Span) -> bool:
    """The figure is a percentage or points ("7%", "7 per cent", "120 points")."""
    last = span[-1].lower_
    return last in _RATE_WORDS or (
        last == "cent" and len(span) > 1 and span[-2].lower_ == "per"
    )
