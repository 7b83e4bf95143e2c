"""Evidence that a name is a title, an award or a thing, not an agent.

Films, albums, songs, shows and books, awards and their ceremonies, and
gadgets carry capitalized names that the recognizer often types PERSON or
ORG ("Meet The Fockers", "Golden Globe", "a GameBoy"). claimkit outputs
people and organizations only, so a name the text marks as one of these is
dropped rather than typed wrongly. The marks are the words around it, not a
list of titles:

- a noun for a kind of work right before it, tied to it in the parse: "the
  album Final Straw", "Spanish movie The Sea Inside";
- a noun for an award after it that it qualifies: "a Golden Globe award",
  "an Oscar nomination", "Oscar-winning";
- an indefinite article before it, with the name heading its phrase: "pilot
  a Scout Walker", "won an Oscar" (an organization or a person is not "a"
  thing; in "a Sony spokesman" the name only qualifies the noun);
- a capitalized small word inside it, as titles are written: "Record Of The
  Year", "Freddy Vs Jason";
- a stock market index used as one: "the FTSE 100 fell", "the Kospi index";
- a list it stands in with a title that has such evidence
  (:func:`listed_with_works`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from claimkit.components.entities.ents_memo import from_ents
from claimkit.components.entities.nonagents import NON_AGENT_KINDS
from claimkit.linking.normalize import SURNAMES

if TYPE_CHECKING:
    from claimkit.components.entities.mentions import _Name
    from claimkit.components.entities.resolver import EntityResolver

WORK = "WORK"  # a title: film, song, album, show, book, report
EVENT = "EVENT"  # an award, a prize or a ceremony
THING = "THING"  # "a Scout Walker": a thing, named
# Labels of no agent: these and the product codes and kinds of mentions.py.
NOT_AGENTS = frozenset({WORK, EVENT, THING, "PRODUCT", *NON_AGENT_KINDS})
# Those that one clue gives and the name's acting outweighs ("a Moreau", but
# three times "Moreau said").
OUTWEIGHED = frozenset({WORK, EVENT, THING})
# Small words that a title capitalizes and an organization's name, in running
# text, writes in lower case ("Bank of America", but "Lord Of The Rings").
_TITLE_SMALL_WORDS = frozenset(
    {"The", "Of", "Vs", "Vs.", "For", "In", "On", "With", "From", "To", "At", "A"}
)
_QUALIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
_AFTER_HYPHEN = frozenset({"winning", "nominated", "winner"})
_LIST_DEPS = frozenset({"conj", "appos"})
WEAK = "WEAK_"  # as mentions.WEAK: evidence next to a name, not tied to it


def work_evidence(span: Span, root: Token, resolver: EntityResolver) -> str | None:
    """WORK, EVENT or THING when the words around ``span`` say so, else None."""
    if _work_noun_before(span, root, resolver):
        return WORK
    if (
        _award_after(span, root, resolver)
        or _best_award(span, resolver)
        or _event_named(span, root, resolver)
    ):
        return EVENT
    if _work_frame(span, root, resolver) or _included_work(root, resolver):
        return WORK
    if _indefinite(span, root) or _market_index(span, root, resolver):
        return THING
    if _title_cased(span, resolver):
        return WORK
    return None


def _work_noun_before(span: Span, root: Token, resolver: EntityResolver) -> bool:
    """ "the album Final Straw": a lower-case noun of a kind of work, linked
    to the name in the parse (the name its appositive, or the noun its
    compound), right before it or before its "The"; or before a comma, the
    name its appositive ("his next film, Grey Harbour")."""
    doc = span.doc
    i = span.start - 1
    if i >= 1 and doc[i].lower_ == "the":
        i -= 1
    comma = i >= 1 and doc[i].text == ","
    if comma:
        i -= 1
    if i < 0:
        return False
    noun = doc[i]
    if not (noun.is_lower and noun.lower_ in resolver.work_nouns):
        return False
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if comma:
        # Or of "one of" the works: "one of his best-known songs, Pump Up,"
        # (hung from "one" however the parse reads the name).
        return (root.dep_ == "appos" and root.head.i == noun.i) or _one_of(
            root.head, noun
        )
    # Or both hang from one word: the parse split the apposition ("Spanish
    # movie The Sea Inside was named ...": both subjects of "named").
    return (
        root.i in (noun.head.i, noun.head.head.i)
        or noun.i == root.head.i
        or (noun.head.i == root.head.i and noun.dep_ == root.dep_)
    )


def _one_of(head: Token, noun: Token) -> bool:
    """``head`` is "one" and ``noun`` its "of" phrase's noun: "one of the
    songs" names one of them."""
    prep = noun.head
    return (
        head.lower_ == "one"
        and noun.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.i == head.i
    )


def _event_named(span: Span, root: Token, resolver: EntityResolver) -> bool:
    """ "the Milan Indoors", "Hong Kong's Champions Challenge event": a
    tournament, named by its head word (``event_heads``: Open, Cup, Trophy,
    Championships ...; "Games" only after "Olympic", "Commonwealth" ...) or
    qualifying a noun for an event after it ("the Dubai tournament"). A
    name in capitals ("an ATP event") names who runs it and stays."""
    if span.text.isupper():
        return False
    last = span[-1].text
    if len(span) >= 2 and (
        last in resolver.event_heads
        or (last == "Games" and span[-2].text in resolver.games_qualifiers)
    ):
        return True
    doc = span.doc
    head = root.head
    return (
        root.dep_ == "compound"
        and span.end <= head.i <= span.end + 1
        and head.is_lower
        and head.lower_ in resolver.event_nouns
        and all(t.is_lower for t in doc[span.end : head.i])
    )


_NOT_CAST = frozenset({"in", "as", "alongside", "opposite", "with", "on"})


def _work_frame(span: Span, root: Token, resolver: EntityResolver) -> bool:
    """The frame of a film or a show around the name: "X, starring ...",
    "starred in X", "a role in X", "the sequel to X", "the X franchise",
    "X actress Jo Roe", "wrote X", "directed X"."""
    doc = span.doc
    end = span.end
    i = end + 1 if end < len(doc) and doc[end].text == "," else end
    if i < len(doc) and doc[i].lower_ == "starring":
        # "X, starring Y"; not "X, starring in Y", where X stars.
        return i + 1 >= len(doc) or doc[i + 1].lower_ not in _NOT_CAST
    start = span.start
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "starred in X and Y"
        start = root.left_edge.i
    head = root.head
    # "starred in X", "a role in the X": the preposition right before the
    # phrase (of the list's first name).
    if start > 0 and doc[start - 1].lower_ in ("the", "a"):
        start -= 1
    if (
        root.dep_ == "dobj"
        and head.pos_ == "VERB"
        and head.lemma_.lower() in resolver.work_object_verbs
        and head.i < start
        # "the court directed Acme to pay": an order, not a film.
        and not any(c.dep_ in ("xcomp", "ccomp", "oprd") for c in head.children)
    ):
        return True  # "he wrote Ring of Gold", "directed Big Sky"
    if root.dep_ == "pobj" and head.i == start - 1:
        frame = head.head
        frames = resolver.work_frame_verbs if frame.pos_ == "VERB" else None
        word = frame.lemma_.lower() if frames is not None else frame.lower_
        found = (frames or resolver.work_frames).get(word)
        return frame.is_lower and found == head.lower_
    return (
        root.dep_ == "compound"
        and not span.text.isupper()
        and span.end <= head.i <= span.end + 1
        and head.lower_ in resolver.work_compound_heads
    )


def _award_after(span: Span, root: Token, resolver: EntityResolver) -> bool:
    """ "a Golden Globe award", "an Oscar nomination", "Oscar-winning".

    A name in capitals ("a BBC award") names who gives the award and stays.
    """
    doc = span.doc
    if span.text.isupper() or span.end >= len(doc):
        return False
    after = doc[span.end]
    if (
        after.text == "-"
        and not after.whitespace_
        and span.end + 1 < len(doc)
        and doc[span.end + 1].lower_ in _AFTER_HYPHEN
    ):
        return True
    head = root.head
    return (
        root.dep_ in _QUALIFIER_DEPS
        and span.end <= head.i <= span.end + 1
        and head.is_lower
        and head.lower_ in resolver.award_heads
    )


_INCLUDING = frozenset({"including", "include", "includes", "included"})


def _included_work(root: Token, resolver: EntityResolver) -> bool:
    """ "hits including Street Life, Love Is The Drug", "her credits include
    X and Y": each name of a list that a noun for works includes (a work
    noun, ``work_nouns``, or one of ``work_list_nouns``)."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "including":
        noun = head.head
    elif root.dep_ == "dobj" and head.lower_ in _INCLUDING:
        noun = next((c for c in head.children if c.dep_ == "nsubj"), head)
    else:
        return False
    if noun.pos_ != "NOUN" or not noun.is_lower:
        return False
    return (
        noun.lemma_.lower() in resolver.work_nouns
        or noun.lower_ in resolver.work_list_nouns
    )


_DETERMINERS = frozenset({"a", "an", "the"})


def _best_award(span: Span, resolver: EntityResolver) -> bool:
    """ "a best picture Oscar", "the Oscar for best actress": one word after
    an article, named for a "best" category. A person is not "the X for
    best actor" ("nominated Kate for best actress" has no article), nor is
    a role between ("the best player Messi")."""
    doc = span.doc
    if len(span) != 1 or span.start == 0:
        return False
    if doc[span.start - 1].lower_ in _DETERMINERS:
        end = span.end
        return (
            end + 1 < len(doc)
            and doc[end].lower_ == "for"
            and doc[end + 1].lower_ == "best"
        )
    for i in range(span.start - 2, max(span.start - 5, 0), -1):
        if doc[i].lower_ == "best":
            between = doc[i + 1 : span.start]
            return doc[i - 1].lower_ in _DETERMINERS and all(
                t.is_lower and t.lower_ not in resolver.roles for t in between
            )
    return False


def _market_index(span: Span, root: Token, resolver: EntityResolver) -> bool:
    """ "The FTSE 100 fell 0.8%", "the Kospi closed higher", "the Nikkei
    index": a stock market index, named by its first word
    (``market_indices``), and used as one: a number or an index noun after
    it, or the subject of a verb of market movement (``index_verbs``). The
    same words also name firms ("Nikkei" the newspaper, "Nasdaq" the
    exchange), so the use decides."""
    doc = span.doc
    if span[0].lower_ not in resolver.market_indices:
        return False
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and (
        after.like_num or after.lower_ in ("index", "indices", "composite", "average")
    ):
        return True
    if any(t.like_num for t in span[1:]):
        return True  # "FTSE 100", "CAC 40" inside the name
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in resolver.index_verbs


def _indefinite(span: Span, root: Token) -> bool:
    """ "a Scout Walker", "won an Oscar": the name heads a phrase opened by a/an."""
    doc = span.doc
    if span.start == 0 or root.dep_ in _QUALIFIER_DEPS or root.dep_ == "poss":
        return False
    article = doc[span.start - 1]
    # A capital "A" inside a sentence is an initial: "A Lo Cicero (Padova)".
    written = article.text in ("a", "an") or (
        article.is_sent_start and article.text in ("A", "An")
    )
    if not written or article.head.i != root.i:
        return False
    after = doc[span.end] if span.end < len(doc) else None
    # Only a name that ends its phrase: in "a House of Lords ruling" the
    # article is the ruling's, whatever the parse says; "an Acme's" owns.
    return after is None or not (
        after.tag_ == "POS"
        or after.pos_ in ("NOUN", "PROPN")
        or after.tag_ == "VBG"  # "ruling" tagged a verb
    )


def _title_cased(span: Span, resolver: EntityResolver) -> bool:
    """ "Record Of The Year": a capitalized small word after the first word."""
    if len(span) < 3 or span[-1].text in resolver.suffixes:
        return False
    # A word of its own: "Triple-A" holds no small word.
    doc = span.doc
    return any(
        t.text in _TITLE_SMALL_WORDS and doc[t.i - 1].whitespace_ for t in span[1:-1]
    ) and not _capitalized_sentence(span)  # a headline writes every word so


# Small words that join a name to more of a longer title around it: "Ring
# of | Fire", "Eternal Sunshine | of the Spotless Mind".
_JOINS_BEFORE = (("of",), ("of", "the"), ("in", "the"), ("on", "the"))
_JOINS_AFTER = (("of",), ("of", "the"))
_JOINS_LONGEST = max(len(joins) for joins in _JOINS_BEFORE)


def inside_longer_title(span: Span, resolver: EntityResolver) -> bool:
    """ "Eternal Daylight | of the Quiet Heart": an organization's name that
    opens a longer run of capitalized words, joined by "of" or "of the",
    whose other words the recognizer typed nothing, is a title's fragment,
    not a name; not before a role or title, a place or a nationality
    ("Acme of Ohio"), nor in a headline, where every word is capitalized.
    A name that ends such a run ("Ring of | Fire") is a fragment only when
    the longer name stands whole elsewhere in the text: "a Fellow of the
    Royal Society" holds a whole organization, "The Journey of Romeo
    Dallaire" a whole person, and a person is "Jo Roe of Acme".
    The headline test reads the whole sentence, so it comes last."""
    return _in_title_run(span, resolver) and not _capitalized_sentence(span)


def _in_title_run(span: Span, resolver: EntityResolver) -> bool:
    """The name opens or ends a run joined by "of" (see inside_longer_title)."""
    doc = span.doc
    if any(t.ent_type_ == "ORG" for t in span) and any(
        _joined(doc, span.end, joins, span.end + len(joins), resolver)
        for joins in _JOINS_AFTER
    ):
        return True
    # The words before the name, read once for the four joins.
    before = tuple(
        t.text for t in doc[max(span.start - _JOINS_LONGEST, 0) : span.start]
    )
    for joins in _JOINS_BEFORE:
        word = span.start - len(joins) - 1
        if (
            word >= 0
            and before[len(before) - len(joins) :] == joins
            and _named_elsewhere(doc[word : span.end])
        ):
            return True
    return False


def _capitalized_sentence(span: Span) -> bool:
    """Every longer word of the span's sentence is capitalized: a headline."""
    words = [t.text for t in span.sent if t.is_alpha and len(t) > 3]
    return all(w[:1].isupper() for w in words)


def _named_elsewhere(longer: Span) -> bool:
    """The recognizer holds ``longer`` whole as a name somewhere in the text:
    "Ring of | Fire" in a headline over "the hit Ring of Fire"."""
    return longer.text in from_ents(longer.doc, "texts", _ent_texts)


def _ent_texts(doc: Doc) -> frozenset[str]:
    return frozenset(e.text for e in doc.ents)


def _joined(
    doc: Doc, at: int, joins: tuple[str, ...], word: int, resolver: EntityResolver
) -> bool:
    """``joins`` stand at ``at`` and a loose title word at ``word``."""
    return (
        min(at, word) >= 0
        and max(at + len(joins), word + 1) <= len(doc)
        and tuple(t.text for t in doc[at : at + len(joins)]) == joins
        and _loose_title_word(doc[word], resolver)
    )


def _loose_title_word(token: Token, resolver: EntityResolver) -> bool:
    """A capitalized word in running text that no entity of the recognizer
    holds and that is no role, title, place or nationality."""
    text = token.text
    return (
        text[:1].isupper()
        and token.is_alpha
        and not token.is_sent_start
        and not token.ent_type_
        and token.lower_ not in resolver.roles
        and text not in resolver.titles
        and text not in resolver.demonyms
        and text.lower() not in resolver.places
    )


# Context evidence of an agent: it speaks or owns, is titled or given a role,
# employs someone or is described as a firm.
_ACTING = ("AGENT", "PERSON", "ORG")


def named_work(name: _Name) -> str | None:
    """WORK or EVENT when a clue in the text marks the name as one and no
    context in the text marks it as an agent: one sense per article.

    "the film Vera Drake" makes every "Vera Drake" of the article the film,
    however often the recognizer reads a person there and though "Vera" is a
    given name: what a name's own words look like is no evidence against a
    clue of its use. A name that speaks or owns something ("Nemo said"), is
    titled or given a role, or is described as a firm stays an agent.
    """
    kind = max((WORK, EVENT), key=lambda label: name.evidence[label])
    if not name.evidence[kind]:
        return None
    acting = sum(name.evidence[label] for label in _ACTING)
    if name.shape in _ACTING:
        acting -= 1  # the shape of its words ("Vera"), counted once
    return kind if acting <= 0 else None


def listed_with_works(names: dict[str, _Name], labels: dict[str, str]) -> None:
    """A name listed with titles is a title: "Closer, Ray and The Aviator".

    Retypes, in ``labels``, a person or organization that nothing in the text
    types itself when a name joined to it in a list (conjuncts and
    appositions, as the parse links them) is a title by its own evidence.
    """
    owner: dict[int, str] = {}
    for key, name in names.items():
        for span in name.spans:
            for i in range(span.start, span.end):
                owner[i] = key
    works = {key for key, name in names.items() if name.evidence[WORK]}
    if not works:
        return
    for key, name in names.items():
        if labels.get(key) not in ("PERSON", "ORG") or _typed_by_text(name):
            continue
        for span in name.spans:
            root = span[0] if len(span) == 1 else span.root
            mates = {owner.get(t.i) for t in _list_of(root)} - {key, None}
            if mates & works:
                labels[key] = WORK
                break


# Evidence that a name is an agent: an organization's or a person's, or it
# speaks or owns something.
_FIRM = ("ORG", WEAK + "ORG", "PERSON", WEAK + "PERSON", "AGENT")


def things_by_use(
    names: dict[str, _Name], labels: dict[str, str], resolver: EntityResolver
) -> None:
    """Retype, in ``labels``, organizations and people the text uses as things.

    Only names with no evidence of an agent (an organization noun or suffix,
    a title or given name, it speaks or owns something):

    - an acronym that qualifies a technology noun, "the GPRS network", "DTT
      set-top boxes" (``tech_nouns``), is a technology.
    """
    for key, name in names.items():
        label = labels.get(key)
        if label not in ("PERSON", "ORG") or any(name.evidence[e] for e in _FIRM):
            continue
        if label == "ORG" and _technology(name, resolver):
            labels[key] = "PRODUCT"


def awards_by_name(
    names: dict[str, _Name], labels: dict[str, str], resolver: EntityResolver
) -> None:
    """Retype, in ``labels``, an award's name (``award_names``: "Oscar",
    "Grammys", "Golden Globe") typed a person or an organization: the prize
    or its ceremony ("Aviator for Oscar", "at the Oscars"), however the model
    reads a name that is also a given name.

    Not when it speaks, owns or acts ("Oscar congratulated the team"), nor
    when it is part of a longer name of the text ("Oscar Pistorius"): then it
    may be a person's.
    """
    for key, name in names.items():
        if (
            labels.get(key) in ("PERSON", "ORG")
            and key in resolver.award_names
            and not name.evidence["AGENT"]
            and not any(_acts(span) for span in name.spans)
            and not any(_holds(other, key) for other in names)
        ):
            labels[key] = EVENT


def _acts(span: Span) -> bool:
    """The name is an active verb's subject: "Oscar congratulated the team"
    (a footballer), not a prize."""
    root = span.root
    return root.dep_ == "nsubj" and root.head.pos_ == "VERB"


def _holds(longer: str, key: str) -> bool:
    """``longer`` is a longer name with ``key``'s words in it."""
    return len(longer) > len(key) and f" {key} " in f" {longer} "


def modifiers_by_use(names: dict[str, _Name], labels: dict[str, str]) -> None:
    """Drop, in ``labels``, a one-word "person" the text mostly uses as a
    modifier: "Oscar hopefuls", "the Oscar night", "an Oscar", "Oscar-winning".

    A person's surname qualifies nouns too ("the Blair government"), so only
    a word no list knows as a surname, that never speaks, owns or is titled,
    and does so in two mentions of three or more.
    """
    for key, name in names.items():
        if (
            labels.get(key) != "PERSON"
            or " " in key
            or key in SURNAMES
            or name.evidence["PERSON"]
            or name.evidence["AGENT"]
        ):
            continue
        used = sum(1 for span in name.spans if _modifier(span))
        if 3 * used >= 2 * len(name.spans):
            labels[key] = THING


def _modifier(span: Span) -> bool:
    """The one word qualifies a lower-case noun after it ("Oscar night"), is
    hyphened to a word ("Oscar-winning") or stands after "a", "an" or "the"."""
    doc = span.doc
    root = span[-1]
    head = root.head
    if span.end < len(doc) and doc[span.end].text == "-" and not root.whitespace_:
        return True
    if span.start > 0 and doc[span.start - 1].lower_ in ("a", "an", "the"):
        return True
    return (
        root.dep_ == "compound"
        and head.i > root.i
        and head.is_lower
        and head.pos_ == "NOUN"
    )


def model_number(span: Span, resolver: EntityResolver) -> bool:
    """A name and a model number: "PlayStation 2", "Commodore 64", "Windows
    95". Not a broadcaster's or a club's ("Channel 4", "Radio 1":
    ``numbered_org_words``), a person's ("Olivier Rochus 6", a score cut off)
    nor a score ("Roddick 6-1")."""
    doc = span.doc
    number = span[-1].text
    if len(span) < 2 or not (number.isdigit() and len(number) <= 4):
        return False
    if span.end + 1 < len(doc) and doc[span.end].text in ("-", "/"):
        return False  # "6-1", "6/7": a score
    if span[0].text in resolver.given_names:
        return False
    return not any(t.text in resolver.numbered_org_words for t in span)


def _technology(name: _Name, resolver: EntityResolver) -> bool:
    """An acronym that qualifies a technology noun in one of its mentions
    ("the GPRS network", "DTT set-top boxes", "GPRS and Bluetooth systems")."""
    text = name.spans[0].text
    if not (2 <= len(text) <= 6 and text.isalpha() and text.isupper()):
        return False
    return any(_before_tech_noun(span, resolver) for span in name.spans)


_NOUN_PHRASE_POS = frozenset({"NOUN", "PROPN", "ADJ", "CCONJ"})


def _before_tech_noun(span: Span, resolver: EntityResolver) -> bool:
    """The noun phrase the name opens ends in a technology noun."""
    doc = span.doc
    head = None
    for token in doc[span.end : span.end + 6]:
        glued = token.text == "-" and not token.whitespace_
        if token.pos_ not in _NOUN_PHRASE_POS and not glued:
            break
        if token.pos_ == "NOUN":
            head = token
    return head is not None and head.text in resolver.tech_nouns


def _typed_by_text(name: _Name) -> bool:
    """Some evidence of its own says what the name is (any kind, or it acts).

    Weak evidence is not: a lone given name ("Ray": films are named so too)
    or a list's lean.
    """
    return any(
        count for label, count in name.evidence.items() if not label.startswith(WEAK)
    )


def _list_of(root: Token) -> list[Token]:
    """The words joined to ``root`` by conj or appos, either way, as a list."""
    top = root
    while top.dep_ in _LIST_DEPS and top.head.i != top.i:
        top = top.head
    found = [top]
    todo = [top]
    while todo and len(found) < 30:
        token = todo.pop()
        for child in token.children:
            if child.dep_ in _LIST_DEPS:
                found.append(child)
                todo.append(child)
    return found
