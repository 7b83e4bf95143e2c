"""Candidate mentions of people and organizations, and the evidence they carry.

The base model's entity spans are trimmed to the names they hold (titles,
articles, possessives and product codes cut off; closed-class words dropped);
untagged acronyms that speak are added. Each mention adds to its name's tally
(:class:`_Name`): the model's vote and what the words around it say it is
(organization nouns and corporate suffixes, titles and roles, speech verbs,
possessives, product codes).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc, Span, Token

from claimkit.components.entities.cues import plural_subject
from claimkit.components.entities.industry import industry_shaped
from claimkit.components.entities.nonagents import non_agent_evidence
from claimkit.components.entities.org_context import (
    PERSON_CAPABLE,
    org_context,
    person_typed_body,
)
from claimkit.components.entities.roles import (
    PLACES,
    TYPES,
    field_before,
    firm_before,
    his_subject,
    place_qualifying,
    role_named,
)
from claimkit.components.entities.spans import (
    _CODE,
    _key_text,
    _name_word,
    _person_like,
)
from claimkit.components.entities.thing_clues import (
    _cited,
    _constituency,
    _counted,
    _hyphened_code,
    _listed_product,
    _made,
    _named_thing,
    _place_before,
    _regional_arm,
)
from claimkit.components.entities.works import model_number, work_evidence
from claimkit.linking.normalize import COUNTRIES, SURNAMES

if TYPE_CHECKING:
    from claimkit.components.entities.resolver import EntityResolver

# Base-model labels a person or organization name may wrongly carry.
CANDIDATE_LABELS = {
    "PERSON",
    "ORG",
    "GPE",
    "PRODUCT",
    "NORP",
    "LOC",
    "FAC",
    "WORK_OF_ART",
    "LAW",
    "EVENT",
}
AGENT = "AGENT"  # evidence that a name acts or owns: a person or organization
MODEL_WEIGHT = 3.0  # the model's votes, spread over a name's mentions
EVIDENCE_WEIGHT = 4.0  # one clear context clue outweighs the model
HEADLINE_WEIGHT = 0.25
WEAK = "WEAK_"  # prefix of evidence that is only next to a name, not tied to it
WEAK_WEIGHT = 1.5
# Internal capital after a lower-case letter: "DeepSeek", "OpenAI" (not "McLean").
_CAMEL = re.compile(r"^(?!Mc|Mac|Di|De|La|Le|O')[A-Z][a-z]+[A-Z]")
_SPEECH_DEPS = {"nsubj", "nsubjpass"}
# A country's short form before an acronym: "the U.S. FTC", "the UK FSA".
COUNTRY_CODES = frozenset({"us", "uk", "eu", "un"})
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$", re.IGNORECASE)


@dataclass
class _Name:
    """One normalized name and the evidence gathered over its mentions."""

    key: str
    spans: list[Span] = field(default_factory=list)
    model: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    evidence: Counter[str] = field(default_factory=Counter)
    body: bool = False
    shaped: bool = False  # the given-name evidence of its words is counted
    shape: str = ""  # the label that evidence gave ("PERSON" for "Vera Drake")

    def scores(self) -> dict[str, float]:
        total = sum(self.model.values()) or 1.0
        scores: defaultdict[str, float] = defaultdict(float)
        for label, weight in self.model.items():
            scores[label] += MODEL_WEIGHT * weight / total
        for label, count in self.evidence.items():
            if label == AGENT:
                scores[label] += count
            elif label.startswith(WEAK):
                scores[label[len(WEAK) :]] += WEAK_WEIGHT * count
            else:
                scores[label] += EVIDENCE_WEIGHT * count
        return scores


def _token_texts(doc: Doc, text: str) -> list[str]:
    # Slicing the text by offsets is several times cheaper than making Tokens.
    offsets = doc.to_array([IDX, LENGTH]).tolist()
    return [text[start : start + length] for start, length in offsets]


def _agent_acronyms(
    doc: Doc,
    texts: list[str],
    taken: set[int],
    resolver: EntityResolver,
    spelled: frozenset[str] = frozenset(),
) -> Iterable[Span]:
    """Untagged names in capitals that speak, are spoken to ("told DW") or own
    something ("NVIDIA's chips") are names; so is one that spells an
    organization the text names (``spelled``, lower case: "the Office for
    National Statistics (ONS)" and then "ONS data"), wherever it stands."""
    for i, text in enumerate(texts):
        if not (2 <= len(text) <= 8 and text.isupper() and text.isalpha()):
            continue
        if i in taken or _key_text(text) in resolver.not_entities:
            continue
        token = doc[i]
        if token.pos_ != "PROPN":
            continue
        head = token.head
        owns = i + 1 < len(doc) and doc[i + 1].tag_ == "POS"  # "NVIDIA's chips"
        if (
            owns
            or text.lower() in spelled
            or _the_acting(token, resolver)
            or (
                head.pos_ == "VERB"
                and head.lemma_ in resolver.speech_verbs
                and (token.dep_ in _SPEECH_DEPS or token.dep_ in ("dobj", "dative"))
            )
        ):
            yield doc[token.i : token.i + 1]


def _the_acting(token: Token, resolver: EntityResolver) -> bool:
    """ "The IFA upheld its decision", "the U.S. FTC has extended", "ruling body
    the IAAF": an acronym after "the" (a country's between) that is a verb's
    subject or stands beside an organization noun names a body; "the HDTV
    standard" and "a PDA" do not."""
    doc = token.doc
    j = token.i - 1
    if j >= 1 and _key_text(doc[j].text) in COUNTRY_CODES:
        j -= 1  # "the U.S. FTC"
    if j < 0 or doc[j].lower_ != "the":
        return False
    head = token.head
    if token.dep_ in _SPEECH_DEPS:
        return head.pos_ in ("VERB", "AUX")
    return token.dep_ == "appos" and head.lower_ in resolver.org_nouns


def _club_named(span: Span, resolver: EntityResolver) -> bool:
    """ "Ipswich Town", "Manchester City": a town's name and "Town" or "City"
    is a football club's in a sentence about the game ("made a bid for the
    striker", "local club Manchester City"), when the whole is no known
    place ("Mexico City", "Cape Town" stay places)."""
    if len(span) < 2 or span[-1].text not in resolver.club_place_heads:
        return False
    town = span[:-1].text.lower()
    if town not in resolver.places or _key_text(span.text) in resolver.places:
        return False
    if not span.doc.has_annotation("SENT_START"):
        return False
    return any(t.lower_ in resolver.club_sentence_words for t in span.sent)


def _add_mention(
    names: dict[str, _Name],
    span: Span,
    label: str | Sequence[tuple[str, float]],
    weight: float,
    resolver: EntityResolver,
) -> None:
    key = _key_text(span.text)
    if not key:
        return
    name = names.get(key)
    if name is None:
        name = names[key] = _Name(key)
    name.spans.append(span)
    # One label, or one from each recognizer with its share of the weight.
    said = [(label, 1.0)] if isinstance(label, str) else label
    total = sum(share for _, share in said) or 1.0
    for vote, share in said:
        name.model[vote] += weight * share / total
    root = span[0] if len(span) == 1 else span.root
    clue = _evidence(span, root, resolver)
    if clue is not None:
        name.evidence[clue] += 1
    elif not name.shaped:
        # What the name's own words say counts once, not once a mention.
        shape = _given_name_evidence(span, resolver) or _place_named(span, resolver)
        if shape is not None:
            name.evidence[shape] += 1
            name.shaped = True
            name.shape = shape
    if _is_agent(span, root, resolver):
        name.evidence[AGENT] += 1


def _bracketed(token: Token) -> bool:
    """Say whether a token stands alone in brackets: "(CCTV)"."""
    doc = token.doc
    return (
        0 < token.i < len(doc) - 1
        and doc[token.i - 1].text == "("
        and doc[token.i + 1].text == ")"
    )


_CALLED = frozenset({"called", "named"})


def _org_called(span: Span, resolver: EntityResolver) -> bool:
    """An organization noun, "called" or "named" and the name: "a company
    called Akamai", "a trade group called The Travel Partnership"."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return (
        i >= 1
        and doc[i].lower_ in _CALLED
        and doc[i - 1].is_lower
        and doc[i - 1].lower_ in resolver.org_nouns
    )


def _evidence(span: Span, root: Token, resolver: EntityResolver) -> str | None:
    """What the words around a name say it is: ORG, PERSON, PRODUCT or a work."""
    doc = span.doc
    first, last = span[0], span[-1]
    if _key_text(span.text) in resolver.party_names:
        return "ORG"  # "the Lib Dems", "Labour": a party, whatever the model says
    kind = non_agent_evidence(span, root, resolver)
    if kind is not None:
        return kind
    if _CODE.match(last.text) and not last.text.isdigit():
        return "PRODUCT"
    if first.text[:1].islower() and any(c.isupper() for c in first.text[1:]):
        return "PRODUCT"  # "iPhone", "iPad"
    if (
        len(span) > 1
        and last.text[:1].islower()
        and last.text.isalpha()
        and any(c.isupper() for c in last.text[1:])
    ):
        return "PRODUCT"  # "an Apple iPod": the maker and the product
    if _hyphened_code(span):
        return "PRODUCT"  # "EV-DO", "DVB-H": a standard's name, cut
    if (
        len(span) > 1
        and last.text in resolver.suffixes
        and not role_named(span, root, resolver)
    ):
        return "ORG"
    if person_typed_body(span, resolver) and not role_named(span, root, resolver):
        return "ORG"  # "Kestrel Programme", "Harbin Academy" typed PERSON
    if any(t.text == "&" for t in span[1:-1]) and not _cited(span):
        return "ORG"  # "Johnson & Johnson", "Marks & Spencer": a firm's name
    if _club_named(span, resolver):
        return "ORG"  # "Ipswich Town made a bid for the striker"
    if len(span) > 1 and last.text.title() in resolver.place_words:
        return "PLACE"  # "Three Gorges Dam", "the Xiluodu dam"
    if _regional_arm(span, resolver):
        return "ORG"
    work = work_evidence(span, root, resolver)
    if work is not None:
        return work
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None:
        plain = before.is_lower or before.is_sent_start
        # "producer Gil Cates": a noun for an organization and a person's
        # role says nothing over a given name and a surname.
        # So does the tail of a hyphenated role ("film-maker George Lucas").
        hyphenated = before.i > 1 and doc[before.i - 1].text == "-"
        ambiguous = (before.lower_ in resolver.roles or hyphenated) and (
            _given_name_evidence(span, resolver) == "PERSON"
        )
        if before.lower_ in resolver.org_nouns and plain and not ambiguous:
            # "chipmaker Nvidia" describes the name; in "told Itar-Tass news
            # agency Yeltsin was ill" the noun ends another name.
            return WEAK + "ORG" if _inside_name(before, resolver.demonyms) else "ORG"
        if before.text in resolver.titles and not before.is_lower:
            return "PERSON"
        if _org_called(span, resolver):
            return "ORG"  # "a trade group called The Travel Partnership"
        # "a director at analyst Gartner": one works at a firm, not at a
        # person, whatever role its name is given.
        if (
            before.is_lower
            and before.text in resolver.roles
            and before.i > 0
            and doc[before.i - 1].lower_ == "at"
            and _given_name_evidence(span, resolver) != "PERSON"
            and not (span.end < len(doc) and doc[span.end].tag_ == "POS")
        ):
            return "ORG"
        # "defending champion Spain": a role before a name the recognizer
        # takes for a place is a team's, not a person's.
        if (
            before.is_lower
            and before.text in resolver.roles
            and before.pos_ == "NOUN"
            and first.ent_type_ not in ("GPE", "LOC")
        ):
            return "PERSON"
    after = doc[span.end] if span.end < len(doc) else None
    if (
        after is not None
        and _CODE.match(after.text)
        and not after.text.isdigit()
        and not _ORDINAL.match(after.text)  # "Jo Roe 81st minute": a time
    ):
        return "ORG"  # the maker of "Nvidia H800"
    if _place_before(span, root, resolver) or _constituency(span, resolver):
        return "PLACE"
    if (
        after is not None
        and after.is_lower
        and root.dep_ in ("compound", "amod", "nmod")
        and root.head.lower_ in resolver.compound_org_heads
        and not place_qualifying(span, root, resolver)
        # Only nouns between: in "X introduced soul group Y" X is no group's.
        and all(t.pos_ in ("NOUN", "ADJ", "PROPN") for t in doc[span.end : root.head.i])
    ):
        return "ORG"  # "the Kommersant newspaper", "the Reuters news agency"
    if (
        after is not None
        and after.lower_ in resolver.product_nouns
        and root.dep_ == "compound"
        and _looks_like_product(span)
    ):
        return "PRODUCT"
    for child in root.children:
        if child.dep_ != "appos" or child.i < span.end:
            continue
        if any(
            t.ent_type_ == "ORG" and not _bracketed(t)
            for t in doc[span.end : child.left_edge.i]
        ):
            # "Jo Roe from Acme, the trade group": an organization named
            # between is the one the noun describes, whatever the parse (not
            # the name's own short form in brackets: "Acme (AC), the group").
            break
        if child.lower_ in resolver.org_nouns:
            return "ORG"
        if child.lower_ in resolver.roles:
            return "PERSON"
        if any(c.dep_ == "conj" and c.lower_ in resolver.roles for c in child.children):
            return "PERSON"
        # Only the nearest noun describes the name: in "Jo Roe, a lobbyist
        # for Acme, the trade group" the group is Acme's ("Jo Roe, 41, a
        # lawyer": an age is no description; nor is a short name in brackets:
        # "China Central Television (CCTV), the state broadcaster").
        if child.pos_ in ("NOUN", "PROPN") and not _bracketed(child):
            break
    if _org_noun_appos(root, resolver):
        return "ORG"
    if _named_thing(root, resolver):
        return "PRODUCT"
    if _listed_product(root, resolver) or _made(root, resolver) or _counted(root):
        return "PRODUCT"
    if model_number(span, resolver) and not _speaks(span, root, resolver):
        return "PRODUCT"  # "PlayStation 2", "Commodore 64"; not "Tempo 9 said"
    if _CAMEL.match(first.text):
        return "ORG"
    if first.ent_type_ in TYPES and _role_owner(span, root, resolver):
        return "ORG"
    if first.ent_type_ in ("PERSON", "ORG") and plural_subject(span, root):
        return "ORG"  # "Keane are touring": a band, not a man
    if first.ent_type_ == "ORG" and his_subject(span, root):
        return "PERSON"  # not a place: "America found her voice"
    if first.ent_type_ in TYPES:
        # Only between a person and an organization: "Texas" in "Senator
        # Ted Cruz of Texas" is a place whatever the words around it say.
        clue = _affiliation(root, resolver) or _list_mates(span, root, resolver)
        if clue is not None:
            return clue
    return org_context(span, root, resolver)


def _org_noun_appos(root: Token, resolver: EntityResolver) -> bool:
    """The name stands beside an organization noun: "the group, Acme", or
    is one of a list beside its plural ("two cosmetics brands, Hard Candy
    and Urban Decay"); not a plural people hold too ("two makers, Jo Roe
    and Ann Lee")."""
    listed = False
    while root.dep_ == "conj" and root.head.i < root.i:
        root, listed = root.head, True
    if root.dep_ != "appos":
        return False
    noun = root.head
    if noun.lower_ in resolver.org_nouns and not listed:
        return True  # a list beside a singular is its members: "Side: K Roe, T Lee"
    lemma = noun.lemma_.lower()
    # A counted or determined plural ("two brands", "the firms") of a name
    # the model places nowhere: not "ASEAN groups Brunei, Indonesia", a verb
    # the parser took for a noun.
    return (
        noun.tag_ == "NNS"
        and any(c.dep_ in ("det", "nummod") for c in noun.children)
        and root.ent_type_ not in ("GPE", "LOC")
        and lemma in resolver.org_nouns
        and lemma not in resolver.roles
        and lemma not in PERSON_CAPABLE
        and lemma != "miner"  # "two miners, Jo Roe and Ann Lee"
    )


def _role_owner(span: Span, root: Token, resolver: EntityResolver) -> bool:
    """The name qualifies a role: "Lib Dem leader", "Labour MP", "BBC chairman".

    A person's name rarely does ("Blair aide"), and a person's other mentions
    outvote the one clue when it does. A post-nominal in capitals after a
    name the model took for a person's and a given name opens is the
    person's own ("Jo Roe MP"; "Bolton West MP" is a seat's).
    """
    doc = span.doc
    if span.end >= len(doc) or root.dep_ not in ("compound", "amod", "nmod"):
        return False
    head = root.head
    if head.i < span.end or head.i > span.end + 3:
        return False
    between = doc[span.end : head.i]
    if (
        not head.is_lower
        and len(span) >= 2
        and span[0].ent_type_ == "PERSON"
        and span[0].text in resolver.given_names
        and _person_like(span, resolver)
    ):
        return False
    return (
        head.lower_ in resolver.roles
        and head.lower_ not in ("head", "seed", "champion", "veteran", "rookie")
        and (head.is_lower or head.text in ("MP", "MEP", "MSP", "CEO"))
        and all(t.is_lower for t in between)
    )


_AFFILIATION_PREPS = {"at", "of", "with", "from"}


def _affiliation(root: Token, resolver: EntityResolver) -> str | None:
    """A person's or a role's affiliation is an organization.

    "Mike Powell of Dresdner Kleinwort Wasserstein", "economist at Global
    Insight", "director of Context".
    """
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in _AFFILIATION_PREPS:
        return None
    holder = prep.head
    doc = root.doc
    if any("\n" in t.text for t in doc[min(holder.i, root.i) : max(holder.i, root.i)]):
        return None  # a parse across a line break: "Hall of Fame\n\nSinger X"
    if root.ent_type_ == "PERSON" and firm_before(root):
        return None  # "chairman of Acme Inc Jo Roe": Acme is the affiliation
    if root.ent_type_ == "PERSON" and field_before(root, resolver):
        return None  # "director of rugby Jo Roe": Jo Roe is the director
    if holder.ent_type_ == "PERSON" and holder.pos_ == "PROPN":
        return "ORG"
    if holder.is_lower and holder.lower_ in resolver.roles and holder.pos_ == "NOUN":
        return "ORG"
    return None


def _list_mates(span: Span, root: Token, resolver: EntityResolver) -> str | None:
    """A name listed among places is a place: "Kursk, Volzhsky, Omsk".

    Listed among organizations only, a name typed PERSON leans ORG.

    Also a one-word name before ", <place>" ("Jacksonville, Florida-based").
    """
    doc = root.doc
    end = span.end
    if (
        len(span) == 1
        and end + 1 < len(doc)
        and doc[end].text == ","
        and doc[end + 1].ent_type_ in PLACES
        and doc[end + 1].ent_iob_ == "B"
    ):
        return "PLACE"
    first = root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    mates = [t for t in _conjuncts(first) if t.i != root.i]
    places = sum(
        1
        for t in mates
        if t.ent_type_ in PLACES
        or (t.is_lower and t.text.title() in resolver.place_words)
    )
    if places >= 2 and places * 2 > len(mates):
        return "PLACE"
    # "Microsoft and Yahoo": listed with organizations and no person, a name
    # the model called a person leans to an organization.
    if span[0].ent_type_ == "PERSON" and mates:
        types = {t.ent_type_ for t in mates if t.pos_ == "PROPN"}
        if types == {"ORG"}:
            # Among two or more firms, a name no given name opens is one too:
            # "Altria Group, Lorillard Tobacco and Liggett Group".
            orgs = sum(1 for t in mates if t.ent_type_ == "ORG")
            if (
                orgs >= 2
                and len(span) >= 2
                and span[0].text not in resolver.given_names
            ):
                return "ORG"
            return WEAK + "ORG"
    if span[0].ent_type_ == "ORG" and mates:
        types = {t.ent_type_ for t in mates if t.pos_ == "PROPN"}
        if types == {"ORG"} and _given_name_evidence(span, resolver) == "PERSON":
            # "Morgan Stanley and Citigroup are leading the offering": among
            # firms only, a name the model called a firm is one, whatever
            # given names it is made of.
            return "ORG"
        # "the voices of Ewan McGregor, Halle Berry and Mel Brooks": listed
        # among people only, a two-word name the model called an organization
        # is one.
        if len(span) == 2 and _plain_name(span, resolver):
            people = [t for t in mates if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"]
            if len(people) == len(mates) >= 2:
                return "PERSON"
    return None


def _plain_name(span: Span, resolver: EntityResolver) -> bool:
    """Capitalized words only, none an organization's or a place's head, the
    last a known surname that names no kind of thing ("Player")."""
    last = span[-1].lower_
    return (
        all(t.text[:1].isupper() and t.is_alpha for t in span)
        and _person_like(span, resolver)
        and last in SURNAMES
        and last not in resolver.tech_nouns
        and last not in resolver.product_nouns
    )


def _conjuncts(first: Token) -> list[Token]:
    """``first`` and every conjunct chained to it."""
    found = [first]
    todo = [first]
    while todo and len(found) < 30:
        token = todo.pop()
        for child in token.children:
            if child.dep_ == "conj":
                found.append(child)
                todo.append(child)
    return found


def _given_name_evidence(span: Span, resolver: EntityResolver) -> str | None:
    """A given name and a surname ("Brittany Lincicome") is a person's name.

    A common given name alone is weaker evidence ("Renata", but also "Grace"
    or "Chase"); a name ending in an organization's head ("Morgan Stanley
    Capital") or holding an organization noun is not a person's; nor is a
    name the definite article belongs to ("the Royal Mail's service"; not
    "the Jo Roe case", where it is the case's).
    """
    words = [t for t in span if not t.is_punct or t.text in ("-", "'")]
    if any(t.text in ("&", "and") for t in span):
        return None  # two names joined make a firm's ("Johnson & Johnson")
    if span.start > 0:
        before = span.doc[span.start - 1]
        if before.lower_ == "the" and span.start <= before.head.i < span.end:
            return None
    first = span[0]
    # Only a name the model took for a person or an organization: "Cleveland"
    # and "Paris" are given names too, and places.
    if first.ent_type_ not in TYPES or first.text not in resolver.given_names:
        return None
    if not _name_word(first):
        return None
    if len(words) == 1:
        common = resolver.given_names.is_common(first.text) and first.is_title
        return WEAK + "PERSON" if common else None
    if len(words) > 3 or not all(_name_word(t) for t in words):
        return None
    if industry_shaped(span, resolver.given_names):
        return None  # "Wendy Aircraft": a firm's name
    return "PERSON" if _person_like(span, resolver) else None


def _place_named(span: Span, resolver: EntityResolver) -> str | None:
    """A name the model took for a person's that holds a place: a team's or
    a firm's ("Rotor Vostok", "Atlas Bangladesh", "Bangladesh Lamps").

    The place is a country, or a known place the model itself tags a place
    elsewhere in the text (a known place alone may be a surname too:
    "Takahashi"), and no given name; no given name opens the name ("Jack
    London" is a person's), and no word of it is a surname ("Liang Wenfeng",
    whose given name is also a town's) or a role ("the Baghdad Blogger").
    """
    if span[0].ent_type_ != "PERSON" or not 2 <= len(span) <= 4:
        return None
    if span[0].text in resolver.given_names or any(
        t.lower_ in resolver.roles or t.lower_ in SURNAMES for t in span
    ):
        return None
    doc = span.doc
    for token in span:
        key = token.lower_
        if key not in resolver.places or token.text in resolver.given_names:
            continue
        if key in COUNTRIES or any(
            ent.label_ in ("GPE", "LOC")
            and ent.text.lower() == key
            and not span.start <= ent.start < span.end
            for ent in doc.ents
        ):
            return "ORG"
    return None


def _inside_name(
    noun: Token, demonyms: set[str] | frozenset[str] = frozenset()
) -> bool:
    """The noun ends a longer name ("Itar-Tass news agency"), not a description."""
    for token in reversed(noun.doc[max(noun.i - 4, 0) : noun.i]):
        # "US supermarket group Winn-Dixie": a place or nationality before the
        # noun describes the name, it does not end another one.
        if token.is_sent_start or token.ent_type_ in ("NORP", "GPE", "LOC"):
            return False
        if _demonym_word(token, demonyms):
            return False  # "Anglo-Dutch household products group X"
        if token.text[:1].isupper():
            return True
        if token.pos_ not in ("NOUN", "ADJ", "PUNCT") or token.is_space:
            return False
    return False


def _demonym_word(token: Token, demonyms: set[str] | frozenset[str]) -> bool:
    """A nationality word, alone or ending a joined one ("Anglo-Dutch")."""
    return token.text in demonyms


def _looks_like_product(span: Span) -> bool:
    return any(t.text[:1].isdigit() or _CODE.match(t.text) for t in span)


def _speaks(span: Span, root: Token, resolver: EntityResolver) -> bool:
    """The name speaks or is spoken to (:func:`_is_agent`, not owning: "the
    PlayStation 2's shape" is a thing's)."""
    doc = span.doc
    owns = span.end < len(doc) and doc[span.end].tag_ == "POS"
    return not owns and _is_agent(span, root, resolver)


def _is_agent(span: Span, root: Token, resolver: EntityResolver) -> bool:
    """The name speaks, acts as a subject of speech, or owns something."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].tag_ == "POS":
        return True
    # "Microsoft and Meta did not respond": both are subjects.
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    head = root.head
    if head.pos_ != "VERB" or head.lemma_ not in resolver.speech_verbs:
        return False
    # "Reuters said", and "told Reuters": spoken to, as an acronym that is.
    return root.dep_ in _SPEECH_DEPS or (
        root.dep_ in ("dobj", "dative") and head.lemma_ == "tell"
    )
