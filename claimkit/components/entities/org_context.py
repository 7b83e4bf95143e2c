"""What the sentence around a one-word name says when it names a firm.

A reader knows "Nvidia" in "Shares of Nvidia fell" or "Infineon cut its
forecast" is a company without knowing the name: the words of a firm's
shares, stake, board or chief executive, an organization noun before it or
in apposition ("Chinese start-up DeepSeek", "X, the French start-up"), its
own "its" in the name's clause, a "which" clause that does business
("Brisko, which has committed $8 billion"), and a plural noun for people
right before it ("analysts Gartner": a body of them). A "who" clause makes a person
("Altman, who runs the company"). :func:`org_context` gives that clue for
one mention; :func:`.mentions._evidence` asks for it when the other clues
say nothing.

A nationality's label gets no clue, nor does a known place's name in a
place's label. Another place's label gets only the firm's own words, its
list mates and a "which" clause that pays money when the model places the
name nowhere else; a product's or a title's only the firm's own words:
towns, drugs and films have an "its" and a "which" clause too ("Tulsa grew
beyond its plat", "Vioxx, which was withdrawn"). A name the model calls a
place elsewhere in the text gets no "its" or "which" clue.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

import numpy
from spacy.attrs import ENT_TYPE, ORTH, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from claimkit.components.entities.ents_memo import from_ents
from claimkit.components.entities.spans import _key_text
from claimkit.linking.normalize import COUNTRIES, REGION_WORDS, SURNAMES

WEAK = "WEAK_"  # as in .mentions: evidence only next to a name

if TYPE_CHECKING:
    from claimkit.components.entities.resolver import EntityResolver

# What a firm has and a person or a country has not: "shares of Nvidia",
# "a stake in Arm", "Intel's board", "Nvidia shares".
_FIRM_NOUNS = frozenset(
    {
        "shares",
        "stock",
        "stake",
        "shareholders",
        "executives",
        "stockholders",
        "board",
        "valuation",
        "subsidiary",
        "headquarters",
        "takeover",
        "buyout",
        "ceo",
        "founder",
        "co-founder",
        "cofounder",
    }
)
# A person may own shares or a stake in a firm: only "of"/"in" the name.
_OWNED_BY_PEOPLE = frozenset({"shares", "stock", "stake"})
# "chief executive of X", "X's chief financial officer"
_CHIEF_NOUNS = frozenset({"executive", "officer"})
# Business done in a "which" clause: "which has committed $8 billion".
_BUSINESS_VERBS = frozenset(
    {
        "raise",
        "invest",
        "commit",
        "spend",
        "acquire",
        "buy",
        "sell",
        "earn",
        "report",
        "post",
        "forecast",
        "employ",
        "make",
        "manufacture",
        "supply",
        "own",
        "operate",
        "run",
    }
)
_MARKET_NOUNS = frozenset(
    {
        "revenue",
        "revenues",
        "profit",
        "profits",
        "sales",
        "earnings",
        "forecast",
        "outlook",
        "guidance",
        "dividend",
        "stake",
        "shares",
        "workers",
        "staff",
        "employees",
        "jobs",
        "stores",
        "factories",
        "plants",
    }
)
_COUNTRIES = frozenset(COUNTRIES) | frozenset(REGION_WORDS)
# "a funding round led by ASML", "the deal was backed by Arm"
_DEAL_NOUNS = frozenset(
    {"round", "funding", "financing", "investment", "deal", "bid", "offer"}
)
_DEAL_VERBS = frozenset({"lead", "back", "fund", "finance", "make"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Organization nouns a person may be too: "she is a producer", "a giant".
PERSON_CAPABLE = frozenset(
    {"maker", "producer", "developer", "operator", "parent", "giant", "side"}
    | {"unit", "board", "label", "daily", "supplier", "provider", "broker"}
)
_AGENT_LABELS = frozenset({"PERSON", "ORG"})
_CLAUSES = frozenset({"ccomp", "advcl", "relcl", "acl", "parataxis", "conj"})


def org_context(span: Span, root: Token, resolver: EntityResolver) -> str | None:
    """Say "ORG" or "PERSON" when the sentence shows what a name is."""
    label = span[0].ent_type_ or "ORG"  # an untagged name read as a firm's
    if label == "NORP":
        return None
    if label in _PLACE_LABELS and (
        _known_place(_key_text(span.text), resolver) or span.text in resolver.demonyms
    ):
        return None
    if (
        _firm_words(span, root)
        or _org_noun_hyphened(span, root, resolver)
        or _body_of_people(span, root, resolver)
    ):
        return "ORG"
    if label in _PLACE_LABELS:
        # "Microsoft, Alphabet, OpenAI and Anthropic"; "X, which has
        # committed $8 billion to the company" and "an analyst at X", when
        # the model places X nowhere else (a town the list misses spends
        # money too)
        pronoun, verb = _relative(root) or ("", root)
        if (pronoun == "which" and _does_business(verb, money=True)) or _role_at(
            root, resolver
        ):
            return None if _placed_elsewhere(span, resolver) else "ORG"
        return "ORG" if _listed_with_firms(root) else None
    if label not in _AGENT_LABELS or _placed_elsewhere(span, resolver):
        # "Vioxx, which was withdrawn": a product's clause; and a town the
        # place list misses has its own too ("Tulsa expanded beyond its plat").
        return None
    if label == "PERSON" and (
        _band(span, resolver)
        or _said_to_be_org(root, resolver)
        or _owns_a_person(span, root, resolver)
    ):
        return "ORG"
    # Of a name no recognizer tagged the clues are weak: they keep it, but
    # do not outvote what the model says of its other mentions.
    its = "ORG" if span[0].ent_type_ else WEAK + "ORG"
    # A longer name typed PERSON no given name opens: "Halvorsen Marwick".
    unnamed = (
        label == "PERSON" and len(span) > 1 and span[0].text not in resolver.given_names
    )
    relative = _relative(root)
    if relative is not None:
        pronoun, verb = relative
        if pronoun == "who" and label in _AGENT_LABELS:
            return _who(span, label, verb, resolver)
        if _its_in_clause(verb) or _does_business(verb):
            return its
        if pronoun == "which" and label == "PERSON" and len(span) > 1:
            # "Dalton Rowe, which makes engines": no person is a "which"
            return "ORG" if verb.lemma_ in _BUSINESS_VERBS else WEAK + "ORG"
    if len(span) == 1 and _subject_with_its(root):
        return its
    if unnamed and (_subject_with_its(root) or _said_it(root, resolver)):
        return its  # "Halvorsen Marwick said it would close its plant"
    if (
        label != "PERSON"
        and len(span) == 1
        and (_subject_doing_business(root) or _deal_agent(root))
        and not _common_word(span[0], Counter(t.text for t in span.doc))
        and not _person_word(span[0], resolver)
    ):
        # "Anthropic has raised $3.5 billion", "a round led by ASML": people
        # do that too, so the clue only keeps a name no one calls a person.
        return WEAK + "ORG"
    return None


def untagged_firms(lone: list[Span], resolver: EntityResolver) -> Iterator[Span]:
    """The names of ``lone`` (:func:`lone_names`) that the sentence shows
    are firms: "Anthropic has raised $3.5 billion", "Mistral, the French
    start-up, ...". An acronym only by a firm's own words."""
    for span in lone:
        clue = org_context(span, span[0], resolver)
        # An acronym only by a firm's own words ("shares of NVIDIA"): "AI",
        # "GDP" and "HBM" have their "its" too.
        if clue == "ORG" or (clue == WEAK + "ORG" and not span.text.isupper()):
            yield span


def untagged_people(lone: list[Span], resolver: EntityResolver) -> Iterator[Span]:
    """The names of ``lone`` (:func:`lone_names`) that a "who" clause shows
    are people: a known surname, "Altman, who runs the ChatGPT maker, ..."
    (a team's "who" takes a plural verb, and a firm's name is no surname)."""
    for span in lone:
        relative = _relative(span[0])
        if (
            relative is not None
            and relative[0] == "who"
            and not span.text.isupper()
            and _who(span, "", relative[1], resolver) == "PERSON"
        ):
            yield span


def lone_names(doc: Doc, taken: set[int], resolver: EntityResolver) -> list[Span]:
    """Untagged one-word proper names that may be an entity's: a lone
    capitalized word (no neighbour in capitals, so no part of a longer
    name) that is no common word, known place, given name or nationality.

    Read once a Doc for both :func:`untagged_firms` and
    :func:`untagged_people`."""
    return list(_lone_names(doc, taken, resolver))


def _lone_names(doc: Doc, taken: set[int], resolver: EntityResolver) -> Iterator[Span]:
    texts: Counter[str] | None = None  # counted once, when a candidate needs it
    # Untagged proper nouns read from arrays: making every Token is slow.
    pos_ents = doc.to_array([POS, ENT_TYPE])
    propn = (pos_ents[:, 0] == PROPN) & (pos_ents[:, 1] == 0)
    for i in numpy.flatnonzero(propn).tolist():
        if i in taken:
            continue
        token = doc[i]
        text = token.text
        if not (text.isalpha() and text[:1].isupper() and len(text) > 2):
            continue
        if _capitalized(doc, i - 1) or _capitalized(doc, i + 1):
            continue
        if (i + 1 < len(doc) and doc[i + 1].like_num) or (i and doc[i - 1].like_num):
            continue  # "Underground 2", "Pier 1 Imports": a longer name's word
        if token.tag_ == "NNPS":
            continue
        if texts is None:
            # Each distinct word's string looked up once, not once a token.
            strings = doc.vocab.strings
            orths, counts = numpy.unique(doc.to_array(ORTH), return_counts=True)
            texts = Counter(
                {
                    strings[orth]: count
                    for orth, count in zip(orths.tolist(), counts.tolist(), strict=True)
                }
            )
        if _common_word(token, texts):
            continue  # "Gamer buys ..." opening a text that has "a gamer"
        key = _key_text(text)
        if (
            _known_place(key, resolver)
            or key in resolver.not_entities
            or text in resolver.given_names
            or text in resolver.demonyms
        ):
            continue
        yield doc[i : i + 1]


def _firm_words(span: Span, root: Token) -> bool:
    """A firm's shares, stake, board or chief: "shares of Nvidia", "a stake
    in Arm", "Intel's board", "ASML's chief executive", "Nvidia shares"."""
    doc = span.doc
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in ("of", "in"):
        owner = head.head
        return (head.lower_ == "of" and _firm_noun(owner)) or (
            owner.lower_ in _OWNED_BY_PEOPLE and owner.i < head.i
        )
    owns = span.end < len(doc) and doc[span.end].tag_ == "POS"
    if (owns and root.dep_ == "poss") or (
        root.dep_ == "compound" and span.end == head.i and head.is_lower
    ):
        if head.i <= root.i or head.i > span.end + 4:
            return False
        if head.lower_ in _OWNED_BY_PEOPLE:
            # "Nvidia's shares fell"; not "Musk's shares in Tesla"
            return root.dep_ == "compound" or not any(
                c.dep_ == "prep" and c.lower_ == "in" for c in head.children
            )
        return _firm_noun(head)
    return False


def _firm_noun(token: Token) -> bool:
    """A noun of what only a firm has, "chief executive" included."""
    if token.lower_ in _FIRM_NOUNS and token.pos_ in ("NOUN", "PROPN"):
        return True
    return token.lower_ in _CHIEF_NOUNS and any(
        c.lower_ == "chief" for c in token.lefts
    )


def _hyphened(token: Token) -> str:
    """The token with the hyphened word it ends: "up" -> "start-up"."""
    doc = token.doc
    i = token.i
    if (
        i >= 2
        and doc[i - 1].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
    ):
        return f"{doc[i - 2].lower_}-{token.lower_}"
    return token.lower_


def _org_noun_hyphened(span: Span, root: Token, resolver: EntityResolver) -> bool:
    """A hyphened organization noun describes the name: "Chinese start-up
    DeepSeek", "Mistral, the French start-up" (one-word nouns are read in
    :func:`.mentions._evidence`)."""
    doc = span.doc
    if span[0].text in resolver.given_names:
        return False
    if span.start >= 3 and doc[span.start - 1].is_lower:
        word = _hyphened(doc[span.start - 1])
        if "-" in word and word in resolver.org_nouns:
            return True
    for child in root.children:
        if child.dep_ == "appos" and child.i >= span.end:
            word = _hyphened(child)
            return "-" in word and word in resolver.org_nouns and child.is_lower
    return False


def _body_of_people(span: Span, root: Token, resolver: EntityResolver) -> bool:
    """ "analysts Gartner", "pollsters Ipsos": a plural noun for people right
    before a one-word name it describes names a body of them; not a list
    of persons ("team-mates Gerrard and Carragher") nor a given name."""
    doc = span.doc
    if len(span) != 1 or span.start == 0 or span[0].text in resolver.given_names:
        return False
    before = doc[span.start - 1]
    return (
        before.tag_ == "NNS"
        and before.is_lower
        and before.lemma_.lower() in resolver.roles
        and root.dep_ != "conj"
        and not any(c.dep_ == "conj" for c in root.children)
    )


def _relative(root: Token) -> tuple[str, Token] | None:
    """A relative clause after the name and a comma: ("which", verb) for
    "Intel, which sold ...", ("who", verb) for "Altman, who runs ..."."""
    for child in root.rights:
        if child.dep_ != "relcl":
            continue
        pronoun = next((t for t in child.lefts if t.lower_ in ("which", "who")), None)
        if pronoun is None or pronoun.i > root.i + 3:
            return None
        if root.doc[pronoun.i - 1].text != ",":
            return None  # "it is the Londoners who could ...": a cleft
        return pronoun.lower_, child
    return None


def _who(span: Span, label: str, verb: Token, resolver: EntityResolver) -> str | None:
    """What "<name>, who ..." says: British writers put firms and teams
    that way too ("energy drink company, Red Bull, who will supply ...",
    "Chelsea, who are top"). A person's by it is only a name the model calls
    a person, a lone known surname ("Altman, who runs the company") or a
    longer name opened by a given name ("Althea Lucille Roe, who died");
    any other leans to a person."""
    key = _key_text(span.text)
    if _plural(verb) or _known_place(key, resolver):
        return None
    words = [t for t in span if t.is_alpha]
    if not words or words[0].tag_ == "NNPS":
        return None
    if (
        label == "PERSON"
        or (len(words) == 1 and key in SURNAMES)
        or (len(words) > 1 and words[0].text in resolver.given_names)
    ):
        return "PERSON"
    return WEAK + "PERSON"


def _plural(verb: Token) -> bool:
    """A plural verb: "Chelsea, who are top", as British writers put a team."""
    return verb.tag_ == "VBP" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBP" for c in verb.children
    )


def _its_in_clause(verb: Token) -> bool:
    """The clause of ``verb`` has an "its" of its own: "cut its forecast",
    "sold its memory business"; not in a clause inside it ("said its
    rival ...")."""
    todo = [verb]
    while todo:
        token = todo.pop()
        for child in token.children:
            if child.dep_ in _CLAUSES:
                continue
            # "held its own": anything does
            if child.lower_ == "its" and child.dep_ == "poss" and token.lower_ != "own":
                return True
            if child.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in token.children):
                continue  # "urged the firm to cut its costs": the firm's
            todo.append(child)
    return False


def _does_business(verb: Token, *, money: bool = False) -> bool:
    """A business verb with money or (unless ``money``) a market noun: "has
    committed $8 billion", "raised its forecast", "will buy X for $7bn"."""
    if verb.lemma_ not in _BUSINESS_VERBS:
        return False
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            # "will buy Nokia's phone unit for $7.2 billion": the price
            if any(t.ent_type_ == "MONEY" for t in child.subtree):
                return True
            continue
        if child.dep_ not in ("dobj", "attr"):
            continue
        if child.lower_ in _MARKET_NOUNS and not money:
            return True
        if any(t.ent_type_ == "MONEY" for t in child.subtree):
            return True
    return False


def _subject_with_its(root: Token) -> bool:
    """The name is the active subject of a clause with its own "its":
    "Infineon cut its revenue forecast"."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    verb = root.head
    return root.dep_ == "nsubj" and verb.pos_ == "VERB" and _its_in_clause(verb)


def _said_it(root: Token, resolver: EntityResolver) -> bool:
    """The name says "it" does business or has its own: "X said it would
    close its plant", "X said it had raised $2 billion"; not "X said it was
    wrong" (an "it" any speaker uses)."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_ not in resolver.speech_verbs:
        return False
    return any(
        clause.dep_ == "ccomp"
        and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in clause.children)
        and (_its_in_clause(clause) or _does_business(clause))
        for clause in verb.children
    )


def person_typed_body(span: Span, resolver: EntityResolver) -> bool:
    """A name the model typed PERSON that ends in the head of a body's name
    ("Programme", "Academy", "Centre": the lexicon's ``of_heads``), one no
    surname ("Chambers", "Council"): no person's name ends so."""
    last = span[-1]
    return (
        len(span) > 1
        and span[0].ent_type_ == "PERSON"
        and last.text in resolver.of_heads
        and last.lower_ not in SURNAMES
    )


def _said_to_be_org(root: Token, resolver: EntityResolver) -> bool:
    """The name is the subject of "is" or "has become" an organization noun:
    "X has become the third biggest search firm", "X is a charity"; not a
    noun a person may be ("a producer", "a giant of jazz")."""
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_ not in ("be", "become", "remain"):
        return False
    return any(
        c.dep_ == "attr"
        and c.pos_ == "NOUN"
        and c.lower_ in resolver.org_nouns
        and c.lower_ not in resolver.roles
        and c.lower_ not in PERSON_CAPABLE
        for c in verb.children
    )


def _band(span: Span, resolver: EntityResolver) -> bool:
    """ "the Wombles played": a plural name after "the" that acts (a
    subject or an owner: not "commentaries on the Psalms") and is no family's
    (no known surname or given name before its "s": "the Kennedys", "the
    Joneses") names a band or a team."""
    token = span[0]
    text = token.text
    if (
        len(span) != 1
        or token.tag_ != "NNPS"
        or token.dep_ not in ("nsubj", "poss")
        or span.start == 0
        or span.doc[span.start - 1].lower_ != "the"
        or not (len(text) > 4 and text.endswith("s") and text[1:].islower())
    ):
        return False
    stems = (text[:-1], text[:-2]) if text.endswith("es") else (text[:-1],)
    return not any(
        stem.lower() in SURNAMES or stem in resolver.given_names for stem in stems
    )


def _owns_a_person(span: Span, root: Token, resolver: EntityResolver) -> bool:
    """ "Halden Rovers' Jo Roe", "Marbolt's Ann Lee": a name that owns a
    person's full name (a given name and a surname the model calls a
    person) is a team, a band or a firm he belongs to. Not a person's name
    opened by a given name ("Jo Roe's Ann Lee", a part he plays), a known
    surname ("Blair's Alan Milne") or a word of a longer person's name in
    the text ("Mourinho" of "Jose Mourinho")."""
    doc = span.doc
    i = span.end + 1
    if (
        root.dep_ != "poss"
        or i + 1 >= len(doc)
        or doc[span.end].tag_ != "POS"
        or (len(span) > 1 and span[0].text in resolver.given_names)
        or span[-1].lower_ in SURNAMES
    ):
        return False
    owned = root.head
    first = doc[i]
    if (
        owned.i <= i
        or first.text not in resolver.given_names
        or first.ent_iob_ != "B"
        or any(t.ent_type_ != "PERSON" for t in doc[i : owned.i + 1])
        or (owned.i + 1 < len(doc) and doc[owned.i + 1].ent_iob_ == "I")
    ):
        return False
    words = {t.text for t in span}
    return not any(
        e.label_ == "PERSON"
        and len(e) > 1
        and (e[0].text in words or e[-1].text in words)
        for e in doc.ents
        if e.start != i
    )


def _subject_doing_business(root: Token) -> bool:
    """The name is the active subject of a business verb with money or a
    market noun: "Anthropic has raised $3.5 billion"."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root.dep_ == "nsubj" and _does_business(root.head)


def _person_word(token: Token, resolver: EntityResolver) -> bool:
    """A known surname or given name ("Lopez has raised $3m for charity"):
    people buy, sell and raise money too."""
    key = token.lower_
    return key in SURNAMES or key in resolver.given_names


def _capitalized(doc: Doc, i: int) -> bool:
    """A word in capitals at ``i`` (a longer name's other word)."""
    return 0 <= i < len(doc) and doc[i].text[:1].isupper() and doc[i].is_alpha


def _listed_with_firms(root: Token) -> bool:
    """Listed with two or more organizations, most of its list mates: no
    place of the list ("Microsoft, Alphabet, OpenAI and Anthropic")."""
    mates = list(root.conjuncts)
    if not mates:
        return False
    lo = min(t.i for t in (root, *mates))
    hi = max(t.i for t in (root, *mates))
    if any(t.text == "&" or t.like_num for t in root.doc[lo : hi + 3]):
        return False  # "(Marsden, Mackey, & Plonsky, 2016)": authors cited
    mates = [t for t in mates if t.pos_ == "PROPN"]
    # A mate the model calls a place elsewhere is no firm ("the Yangtze,
    # Mekong and Nu", with "Yangtze" typed ORG here and LOC there).
    places = {_key_text(e.text) for e in root.doc.ents if e.label_ in _PLACE_LABELS}
    firms = sum(
        1 for t in mates if t.ent_type_ == "ORG" and _key_text(t.text) not in places
    )
    return firms >= 2 and 2 * firms > len(mates)


def _known_place(key: str, resolver: EntityResolver) -> bool:
    """A known town, country or region: "york", "britain", "europe"."""
    return key in resolver.places or key in _COUNTRIES


def _placed_elsewhere(span: Span, resolver: EntityResolver) -> bool:
    """The model calls the same name a place somewhere else in the text: a
    known place's name ("Tulsa", "Łódź") once, any other more often than it
    calls it a person or an organization ("Infineon" placed once in a
    headline's list and tagged ORG once in the body is no place)."""
    key = _key_text(span.text)
    places = agents = 0
    for label, start in _named(span.doc).get(key, ()):
        if label in _PLACE_LABELS:
            places += start != span.start
        else:
            agents += 1
    return places > agents or (places > 0 and _known_place(key, resolver))


def _named(doc: Doc) -> dict[str, list[tuple[str, int]]]:
    """Key -> (label, start) of each place or agent name of ``doc.ents``;
    _placed_elsewhere asks once per candidate name, and making doc.ents's
    Spans each time cost 5% of ck_entities' time."""
    return from_ents(doc, "named", _named_in)


def _named_in(doc: Doc) -> dict[str, list[tuple[str, int]]]:
    named: dict[str, list[tuple[str, int]]] = {}
    for e in doc.ents:
        if e.label_ in _PLACE_LABELS or e.label_ in _AGENT_LABELS:
            named.setdefault(_key_text(e.text), []).append((e.label_, e.start))
    return named


def _deal_agent(root: Token) -> bool:
    """The name is the agent of a deal's passive: "a funding round led by
    ASML", "the bid was backed by Arm"."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "by" or prep.dep_ != "agent":
        return False
    verb = prep.head
    if verb.lemma_ not in _DEAL_VERBS:
        return False
    deal = verb.head if verb.dep_ in ("acl", "relcl") else None
    if deal is None:
        deal = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return deal is not None and deal.lemma_ in _DEAL_NOUNS


def _common_word(token: Token, texts: Counter[str]) -> bool:
    """The word stands in lower case elsewhere in the text (``texts``: the
    count of each token text in it): a common noun opening a headline
    ("Gamer buys ...", and "a gamer" below)."""
    word = token.lower_
    return texts[word] > (token.text == word)


def _role_at(root: Token, resolver: EntityResolver) -> bool:
    """A role's holder works at the name: "an analyst at Nvidia" (not "of",
    which places a mayor or a president)."""
    prep = root.head
    holder = prep.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ == "at"
        and holder.is_lower
        and holder.pos_ == "NOUN"
        and holder.lower_ in resolver.roles
    )
