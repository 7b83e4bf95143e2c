"""Parse helpers of concept reading (:mod:`claimkit.components.concepts`):
small questions about a figure's tokens and the words around it, asked of the
dependency parse alone (no lexicon)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

DIRECTIONS = frozenset({"higher", "lower", "up", "down"})
# Nouns of a span of time, and months: a period, never a measure.
TIME_NOUNS = frozenset(
    {"year", "month", "week", "day", "quarter", "half", "period", "hour", "decade"}
)
_MONTHS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)
# Vague nouns whose figure stands in their place in the clause: "hit a
# record $9bn", "a high of $40bn", "a total of $515m" (never "half of").
PASSING = frozenset(
    {"record", "high", "low", "total", "average", "level", "sum", "amount", "figure"}
)
# A currency's name written again after a sum ("£3bn pounds") is its unit.
CURRENCY_NAMES = frozenset(
    {"pound", "dollar", "euro", "yen", "rupee", "yuan", "franc", "rand", "peso"}
)
# "in" objects that say how a sum is paid, not what it measures.
_PAYMENT_FORMS = frozenset({"cash", "share", "stock", "kind", "note", "coin"})
# Dependents that make a word a clause of its own, not a noun.
_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "aux", "auxpass", "mark"})
# Words between a figure and the noun it modifies: a bracketed conversion.
_OPEN, _CLOSE = frozenset({"(", "["}), frozenset({")", "]"})


def direction(token: Token) -> bool:
    """ "3% higher", "5% down": the figure measures the word of direction
    after it, which hangs from the verb."""
    head = token.head
    return (
        token.dep_ == "npadvmod"
        and head.lower_ in DIRECTIONS
        and head.dep_ in ("acomp", "advmod")
    )


def changed(noun: Token, vague: frozenset[str], span: Span) -> Token | None:
    """What a noun of change changes: "rise in profits", "cut of staff", or
    the noun written before it ("a 2% price rise", "a volume sales fall");
    None when it does not say ("a 5% rise", "a rise in the year", "a 3%
    first-quarter rise")."""
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in ("in", "of"):
            for obj in child.rights:
                if (
                    obj.dep_ == "pobj"
                    and obj.pos_ == "NOUN"
                    and obj.lemma_.lower() not in vague
                    and not span.start <= obj.i < span.end  # "a rise of 4%"
                ):
                    return obj
    before = [
        c
        for c in noun.lefts
        if c.dep_ == "compound"
        and c.pos_ == "NOUN"
        and c.is_alpha
        and not (span.start <= c.i < span.end and is_figure(c))  # "0.9 percent"
    ]
    if before and not is_time(before[-1]) and before[-1].lemma_.lower() not in vague:
        return before[-1]
    return None


def hyphen_at(doc: Doc, i: int) -> bool:
    """Token i is a hyphen written tight between two words."""
    return (
        doc[i].text in ("-", "‐")
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and doc[i - 1].text[0].isalpha()
        and doc[i + 1].text[0].isalpha()
    )


def share_of(span: Span) -> Token | None:
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


def aged_after(span: Span) -> bool:
    """ "an eleven year-old girl" when "-old" is left outside the span."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end + 1].lower_ == "old"


def plural_of(word: str, nouns: frozenset[str]) -> str | None:
    """The noun of ``nouns`` that ``word`` is the plural of (-s or -es)."""
    if word.endswith("es") and word[:-2] in nouns:
        return word[:-2]
    if word.endswith("s") and word[:-1] in nouns:
        return word[:-1]
    return None


def denominator(span: Span) -> bool:
    """ "80mg per 100ml of blood": the figure is a rate's denominator."""
    return span.start > 0 and span.doc[span.start - 1].lower_ == "per"


def is_noun(token: Token) -> bool:
    return token.pos_ == "NOUN"


def nominal(token: Token) -> bool:
    """A noun, or a word the tagger made a verb after a sum although an
    article makes it a noun: "an £8m bid", "a £15.8m signing"."""
    return token.pos_ == "NOUN" or (
        token.pos_ == "VERB"
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)
    )


def verb_tagged(subject: Token) -> bool:
    """A clause subject the tagger made a verb though it heads no clause:
    "Spending on housing will rise by 12%", "Scam mails have declined by 40%"
    (not "Cutting costs raised margins by 2%", whose subject has an object)."""
    return (
        subject.pos_ == "VERB"
        and subject.dep_ == "nsubj"
        and not any(c.dep_ in _CLAUSE_DEPS for c in subject.children)
    )


def plural_name(token: Token) -> bool:
    """A plural proper noun a number counts: "2.2 million Ethiopians", "six
    Baftas", "two Olivier Awards"."""
    return token.pos_ == "PROPN" and token.tag_ == "NNPS"


def is_figure(token: Token) -> bool:
    """A number or the head of one ("4.3" , "%", "euros" of "2.4bn euros")."""
    return (
        token.like_num
        or token.pos_ == "NUM"
        or any(
            c.dep_ == "nummod" or c.like_num or c.text[:1].isdigit()
            for c in token.children
        )
    )


def after_brackets(doc: Doc, i: int) -> int:
    """Index i, or the token after a bracketed stretch that opens at i."""
    if i >= len(doc) or doc[i].text not in _OPEN:
        return i
    for j in range(i + 1, min(len(doc), i + 12)):
        if doc[j].text in _CLOSE:
            return j + 1
    return i


def group_counted(number: Token) -> Token | None:
    """The group "a workforce of 2,400" counts: the noun the number's "of"
    hangs on (the quantity component made it the count's unit)."""
    of = number.head
    if number.dep_ != "pobj" or of.lower_ != "of" or of.head.pos_ != "NOUN":
        return None
    return of.head


def worth_of(root: Token) -> Token | None:
    """ "a deal worth $3bn", "the contract is worth £40m": the noun the sum is
    the worth of (a name is left to the caller's entity check)."""
    worth = root.head
    if root.dep_ not in ("npadvmod", "pobj", "dobj") or worth.lower_ != "worth":
        return None
    if worth.dep_ == "amod" and worth.head.pos_ == "NOUN":
        return worth.head
    if worth.dep_ == "oprd":  # "offering tax cuts worth 6.8bn rand"
        return next((c for c in worth.head.children if c.dep_ == "dobj"), None)
    if worth.dep_ == "advcl":  # "buy back shares worth $1bn": the object before
        return next(
            (
                c
                for c in worth.head.children
                if c.dep_ == "dobj" and is_noun(c) and c.i == worth.i - 1
            ),
            None,
        )
    if worth.dep_ == "acomp":
        return next(
            (c for c in worth.head.children if c.dep_ in ("nsubj", "nsubjpass")), None
        )
    # "saw ticket sales worth 211bn yen": the parse gives "worth" a subject
    return next((c for c in worth.children if c.dep_ == "nsubj" and is_noun(c)), None)


def is_time(token: Token) -> bool:
    """A year, a month, a span of time: "2004", "December", "three months"."""
    return (
        token.like_num
        or token.lower_ in _MONTHS
        or token.lemma_.lower() in TIME_NOUNS
        or token.lower_.rstrip("s") in TIME_NOUNS
    )


def period_host(token: Token) -> Token | None:
    """The noun a period is written on, when a figure's "of" hangs on the
    period: "a record profit in 2004 of 30bn yen", "a loss for the three
    months to December of 7.5bn yen" -> profit, loss."""
    for _ in range(4):
        prep = token.head
        if not is_time(token) or token.dep_ != "pobj" or prep.dep_ != "prep":
            return None
        host = prep.head
        if host.pos_ == "NOUN" and not is_time(host):
            return host
        token = host
    return None


def direction_subject(word: Token) -> Token | None:
    """A word of direction with a subject of its own: "with copper up 36%"."""
    return next(
        (
            c
            for c in word.children
            if c.dep_ == "nsubj" and c.pos_ == "NOUN" and not is_figure(c)
        ),
        None,
    )


def bare_in(span: Span, vague: frozenset[str]) -> Token | None:
    """ "$27.5bn in unpaid taxes", "£56m in donations": a plural or modified
    noun with no article after "in" right after a sum is what the sum is
    (never "in the first half", "in 2004", "in advance", "in cash")."""
    doc = span.doc
    i = after_brackets(doc, span.end)
    if i >= len(doc) or doc[i].lower_ != "in" or doc[i].dep_ != "prep":
        return None
    prep = doc[i]
    if prep.head.i not in (span.root.i, span.root.head.i):
        return None
    for obj in prep.children:
        if obj.dep_ != "pobj" or obj.pos_ != "NOUN":
            continue
        lemma = obj.lemma_.lower()
        if (
            any(c.dep_ in ("det", "poss", "nummod") for c in obj.children)
            or lemma in vague
            or lemma in _PAYMENT_FORMS
            or is_time(obj)
        ):
            return None
        # "in unpaid taxes", "in net income"; not "to pay $14m in gun suit"
        if obj.tag_ == "NNS" or any(c.dep_ == "amod" for c in obj.children):
            return obj
    return None


def own_figure(noun: Token, appos: Token, span: Span) -> bool:
    """The noun a figure is in apposition to is a figure itself, or the figure
    is a bracketed conversion ("$86m (£46m)", "70m euros ($91m)"), not a
    measure's value ("a record $180bn", "revenues - £160m -")."""
    before = span.doc[span.start - 1].text if span.start > 0 else ""
    return (
        before in ("(", "[", ";")
        or not noun.is_alpha
        or len(noun.text) < 3
        or noun.lemma_.lower() in CURRENCY_NAMES
        or noun.like_num
        or any(
            c.i != appos.i
            and (c.dep_ == "nummod" or c.text[:1].isdigit() or is_figure(c))
            for c in noun.children
        )
    )


def vague_host(root: Token) -> Token | None:
    """The vague noun whose "of" holds a figure: "a total of $515m", "an
    average of 24%" (its place in the clause is the figure's)."""
    of = root.head
    if root.dep_ != "pobj" or of.lower_ != "of":
        return None
    host = of.head
    if host.pos_ == "NOUN" and host.lemma_.lower() in PASSING and host.i < root.i:
        return host
    return None


# Verbs too light to say what a figure is spent on or counts: "have 3 days".
LIGHT_VERBS = frozenset({"be", "have", "do", "get", "make", "give"})
_CLAUSE_STOPS = frozenset({"npadvmod", "advmod", "punct", "advcl", "conj", "cc"})
_CLAUSE_WORDS = 8  # longer clauses are cut after their verb


def counted_clause(noun: Token, last: int) -> int | None:
    """Where the clause that says what a count counts ends: a participle or
    relative clause right after the counted noun ("21 films competing for
    the top prize", "957 cinemas the film opened in"). ``last`` is the noun
    phrase's last token. None when there is none, when a light verb ("are",
    "have") or a figure is all it says, for a "to" clause ("people to
    serve") and for a clause whose subject is a pronoun ("banks it had
    accused"). A predicate said of the counted noun is no part of what is
    counted: in "12 films will be screened" the count is of "films"."""
    doc = noun.doc
    for child in noun.rights:
        if child.dep_ not in ("acl", "relcl") or child.pos_ not in ("VERB", "AUX"):
            continue
        if (
            child.left_edge.i != last + 1
            or child.lemma_.lower() in LIGHT_VERBS
            or _raising(child)
            or _pronoun_subject(child)
        ):
            return None
        end = max(
            [child.i]
            + [
                c.right_edge.i
                for c in child.children
                if c.dep_ not in _CLAUSE_STOPS and c.i > child.i
            ]
        )
        words = doc[last + 1 : end + 1]
        if len(words) > _CLAUSE_WORDS or any(stops(t) for t in words):
            # Cut after the verb: only a passive participle says enough alone
            # ("computers hijacked ..."), not "sites reaching ...".
            end = _verb_end(child)
            if child.tag_ != "VBN" or any(stops(t) for t in doc[last + 1 : end + 1]):
                return None
        return end
    return None


def _pronoun_subject(verb: Token) -> bool:
    """A relative clause whose subject is a pronoun says what someone did to
    the noun, not which ones are counted: "five banks it had accused of
    fraud" counts banks ("957 cinemas the film opened in" and "workers who
    lost their jobs" keep their clause)."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and c.pos_ == "PRON"
        and c.lower_ not in ("who", "that", "which")
        for c in verb.children
    )


def _raising(verb: Token) -> bool:
    """ "are expected to attend", "people to serve": a "to" clause under the
    verb, or the verb's own "to"."""
    return any(
        c.dep_ == "xcomp" or (c.dep_ == "aux" and c.lower_ == "to")
        for c in verb.children
    )


def _verb_end(verb: Token) -> int:
    """A verb with its particle: "pulled out", "signed up"."""
    prt = [c.i for c in verb.rights if c.dep_ == "prt" and c.i == verb.i + 1]
    end = prt[0] if prt else verb.i
    while end + 2 < len(verb.doc) and hyphen_at(verb.doc, end + 1):
        end += 2  # "pre-ordered" split after "pre"
    return end


# Marks a concept's clause may not run over.
STOP_MARKS = frozenset({",", ";", ":", "(", ")", '"', "-", "–"})


def stops(token: Token, marks: frozenset[str] = STOP_MARKS) -> bool:
    """A token a concept's phrase may not run over: a figure or one of
    ``marks`` (never the hyphen inside a word: "pre-ordered")."""
    if token.text == "-" and token.i > 0 and hyphen_at(token.doc, token.i):
        return False
    return token.like_num or token.text in marks


def kind_named(noun: Token, vague: frozenset[str]) -> bool:
    """A vague noun a noun before it makes definite: "dispersal orders",
    "telephone numbers" (not "record number", "time period")."""
    return any(
        c.dep_ == "compound"
        and c.pos_ == "NOUN"
        and c.is_alpha
        and c.lemma_.lower() not in vague
        for c in noun.lefts
    )


_LEADING_DEPS = frozenset({"prt", "advmod", "quantmod", "prep", "cc"})


def figure_root(span: Span) -> Token:
    """The token that stands for the figure in its clause: the span's root,
    unless that is a bound word the parse hung elsewhere ("earned up to
    £85,000": "up" is the verb's particle, "85,000" its object); then the
    last token of the span whose head is outside it; the object of a verb
    that opens the span ("exceeding $86m")."""
    root = span.root
    head = root.head
    if (
        root.dep_ == "compound"
        and head.dep_ == "npadvmod"
        and head.i == span.end
        and is_time(head)
        and not head.like_num
    ):
        return head  # "fell 0.7% month on month": the span of time's place
    if root.pos_ == "VERB" and root.i == span.start:
        # "tripled, exceeding $86m": a verb of the qualifier; the figure is
        # its object
        obj = next(
            (c for c in root.children if c.dep_ == "dobj" and c.i < span.end), None
        )
        return obj or root
    if root.dep_ not in _LEADING_DEPS:
        return _lower_bound(root, span)
    outside = [
        t
        for t in span
        if t.i != root.i
        and not span.start <= t.head.i < span.end
        and t.dep_ not in _LEADING_DEPS
    ]
    return _lower_bound(outside[-1], span) if outside else root


def _lower_bound(root: Token, span: Span) -> Token:
    """ "profits of between £415m and £425m": the parse joins the upper bound
    to the noun before the span; the lower bound keeps the figure's place."""
    if root.dep_ != "conj" or root.head.i >= span.start:
        return root
    first = next((t for t in span if _leads_range(t, span)), None)
    return first if first is not None and first.i < root.i else root


def _leads_range(token: Token, span: Span) -> bool:
    """``token`` heads a bound of the range ``span`` from outside it."""
    return (
        not span.start <= token.head.i < span.end
        and token.dep_ not in _LEADING_DEPS
        and not token.is_punct
    )


def degree_of(root: Token) -> Token | None:
    """ "100% fit", "90% sure": the adjective a percent is the degree of
    (never a word of direction or a comparative: "5% higher")."""
    adjective = root.head
    if (
        root.dep_ in ("npadvmod", "advmod")
        and adjective.pos_ == "ADJ"
        and adjective.tag_ == "JJ"
        and adjective.dep_ in ("acomp", "oprd")  # said of someone, not "overall"
        and adjective.i == root.i + 1
        and adjective.lower_ not in DIRECTIONS
        and adjective.is_alpha
    ):
        return adjective
    return None


def changed_object(root: Token) -> Token | None:
    """ "sold 95,000 cars, up 2.6%", "produced 14m tonnes of crops, 24%
    higher": a change set off after a clause whose object is a figure
    measures that object (the noun after "of" when the object is a unit);
    so does one after an object an "of" sum gives the value of ("posted a
    profit of $3.4bn, up 27%")."""
    word = root.head
    if not direction(root) or word.dep_ != "advmod" or word.head.pos_ != "VERB":
        return None
    verb = word.head
    if not any(t.text == "," for t in root.doc[verb.i : word.i]):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < word.i), None)
    if obj is None or obj.pos_ != "NOUN":
        return None
    if not is_figure(obj):
        # "posted a profit of $3.4bn, up 27%": the noun the sum is the value of
        return obj if any(is_figure(t) for t in _of_objects(obj)) else None
    inner = next((t for t in _of_objects(obj) if is_noun(t)), None)
    return inner or obj  # "14m tonnes of crops"


def _of_objects(noun: Token) -> list[Token]:
    """The objects of the "of" phrases after ``noun``."""
    return [
        c
        for prep in noun.rights
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for c in prep.children
        if c.dep_ == "pobj"
    ]


def sum_for(root: Token) -> Token | None:
    """ "the demand for $280bn", "a bid for £5bn": the noun a sum is asked,
    offered or claimed "for" (never a time: "the year for £5m")."""
    prep = root.head
    noun = prep.head
    if (
        root.dep_ != "pobj"
        or prep.lower_ != "for"
        or noun.pos_ != "NOUN"
        or noun.i > prep.i
        or is_time(noun)
        or is_figure(noun)
    ):
        return None
    return noun
