"""Evidence that a capitalized name is a vessel, an offence or a grouping.

The recognizer types many capitalized names PERSON or ORG that are neither.
claimkit outputs people and organizations only, so a name the words say is
one of these is dropped rather than typed wrongly. The marks are general
words of ``entities.json``, not lists of names:

- a vessel: a ship prefix opens the name ("INS Kolveri", "the SS Marla
  Vey"; ``vessel_prefixes``, and ``vessel_prefixes_after_the`` that also
  start other names and count only after "the"), or a noun for a ship right
  before it, tied to it in the parse ("the tanker Stella Morvane";
  ``vessel_nouns``). Its owner ("the Indian Navy") stays an organization;
- an offence: an acronym of a charge ("DUI", "OWI"; ``offence_acronyms``),
  or a title-case offence ("Vehicular Manslaughter": a head of
  ``offence_heads`` after adjectives only);
- a grouping of a league: a compass or region word and "Division" or
  "Conference" ("Atlantic Division", "Eastern Conference"), or "Group" or
  "Pool" and one letter or digit ("Group B"). A college league written with
  its own word ("Southeastern Conference", "Big Ten Conference") is a body
  with a commissioner and stays;
- an honour or a seat alone: a post-nominal ("CBE", "MSP"; ``post_nominals``)
  that is the whole name, or an award named "... of the Year" (or of the
  season, the month: "National Coach of the Year");
- a maker's model: a name the text also gives alone as an organization,
  followed by one capitalized word that is no head of an organization's
  name, nor a place, a region or a person's name, owned or counted like a
  thing ("the Toyota Camry" beside "Toyota said"; not "Tata Steel", "Virgin
  Atlantic", "the NBC Universal deal"). Typed ORG, only when a verb acts on
  it ("will drop the Velta Corsa", "the Velta Primus was introduced"):
  "the Nusra Front said", "won on the PGA Tour" are organizations;
- a vehicle, an edition or a document: a name of two words or more after
  an article or an owner and a year or a colour ("his 2013 Velta Corsa",
  "a silver Marlow Vento", "the 1951 Refugee Convention").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from claimkit.components.entities.industry import industry_heads
from claimkit.linking.normalize import GENERIC_HEADS, SURNAMES

if TYPE_CHECKING:
    from claimkit.components.entities.resolver import EntityResolver

VESSEL = "VESSEL"
OFFENCE = "OFFENCE"
GROUPING = "GROUPING"
HONOUR = "HONOUR"
NON_AGENT_KINDS = frozenset({VESSEL, OFFENCE, GROUPING, HONOUR})
_GROUP_WORDS = frozenset({"Group", "Pool"})
_GROUPING_HEADS = frozenset({"Division", "Conference"})
_ADJECTIVE_TAGS = frozenset({"JJ", "VBN", "VBG"})
_OWNERS = frozenset(
    {"the", "a", "an", "his", "her", "their", "my", "our", "your", "its"}
)
# Colours a car is told by ("a silver Velta Corsa").
_COLOURS = frozenset(
    {
        "black",
        "blue",
        "brown",
        "gold",
        "gray",
        "green",
        "grey",
        "maroon",
        "red",
        "silver",
        "white",
        "yellow",
    }
)


def non_agent_evidence(span: Span, root: Token, resolver: EntityResolver) -> str | None:
    """VESSEL, OFFENCE, GROUPING, HONOUR or PRODUCT (a maker's model, a
    vehicle or a dated thing) when the name's words say so."""
    if _vessel(span, root, resolver):
        return VESSEL
    if _offence(span, resolver):
        return OFFENCE
    if _grouping(span, resolver):
        return GROUPING
    if len(span) == 1 and span[0].text in resolver.post_nominals:
        return HONOUR  # "awarded the CBE", "the MSP for Fife": no name alone
    if _of_the_period(span):
        return HONOUR
    if _maker_model(span, resolver) or _vehicle(span, root):
        return "PRODUCT"
    return None


def _vessel(span: Span, root: Token, resolver: EntityResolver) -> bool:
    doc = span.doc
    first = span[0]
    # The prefix inside the name ("INS Kolveri") or right before it.
    if len(span) > 1 and first.text in resolver.vessel_prefixes:
        prefix, name_start = first, span.start + 1
    elif span.start > 0 and doc[span.start - 1].text in resolver.vessel_prefixes:
        prefix, name_start = doc[span.start - 1], span.start
    else:
        prefix, name_start = None, span.start
    if prefix is not None:
        named = doc[name_start].text[:1].isupper()
        if prefix.text not in resolver.vessel_prefixes_after_the:
            return named
        return named and prefix.i > 0 and doc[prefix.i - 1].lower_ == "the"
    i = span.start - 1
    if i < 0:
        return False
    noun = doc[i]
    if not (noun.is_lower and noun.lower_ in resolver.vessel_nouns):
        return False
    # "the frigate Aurelio Brandt": the noun and the name tied in the parse
    # (either the other's compound or appositive, or both of one head; or
    # the name the subject of a clause the parse hangs from the noun).
    return (
        noun.head.i == root.i
        or root.head.i == noun.i
        or (root.head.head.i == noun.i and root.head.dep_ == "relcl")
        or (noun.head.i == root.head.i and noun.dep_ == root.dep_)
    )


_PERIODS = frozenset({"Year", "Season", "Month", "Week", "Decade", "Century"})


def _of_the_period(span: Span) -> bool:
    """An award of a period: "Player of the Year", "Goal of the Month", or
    the name before it when the recognizer stopped there ("the BBC Sports
    Personality | of the Year")."""
    doc = span.doc
    words = [t.text for t in span]
    if len(words) < 4 or words[-3:-1] != ["of", "the"]:
        words += [t.text for t in doc[span.end : span.end + 3]]
    return (
        len(words) >= 4
        and words[-3:-1] == ["of", "the"]
        and words[-1] in _PERIODS
        and span[0].text[:1].isupper()
    )


def _offence(span: Span, resolver: EntityResolver) -> bool:
    words = [t for t in span if not t.is_punct]
    if not words:
        return False
    if len(words) == 1 and words[0].text in resolver.offence_acronyms:
        return True
    last = words[-1]
    if len(words) < 2 or last.text not in resolver.offence_heads:
        return False
    # "Aggravated Assault" (adjectives before the head), or "charged with
    # Vehicular Manslaughter" (what a charge is of; the tagger often calls
    # a capitalized adjective a proper noun).
    if all(t.tag_ in _ADJECTIVE_TAGS and t.is_title for t in words[:-1]):
        return True
    return _charged(span.root, resolver)


def _charged(root: Token, resolver: EntityResolver) -> bool:
    """The name is what a charge is of: "charged with X", "guilty of X and
    Y", "an X charge"."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    head = root.head
    if root.dep_ == "compound":
        return head.lemma_.lower() in resolver.charge_words
    return (
        root.dep_ == "pobj"
        and head.lower_ in ("with", "of", "for")
        and head.head.lemma_.lower() in resolver.charge_words
    )


def _grouping(span: Span, resolver: EntityResolver) -> bool:
    words = [t.text for t in span if not t.is_punct]
    if len(words) != 2:
        return False
    first, last = words
    if last in _GROUPING_HEADS:
        return first in resolver.compass_words
    if first in _GROUP_WORDS:
        return len(last) == 1 and last.isalnum() and not last.islower()
    return False


def _maker_model(span: Span, resolver: EntityResolver) -> bool:
    # A maker's arm typed ORG is too often an organization itself ("the
    # Nusra Front", "the PGA Tour"): typed ORG, only a name handled like a
    # thing ("will drop the Velta Corsa", "the Velta Primus was introduced").
    typed = span.root.ent_type_
    if len(span) != 2 or typed not in ("PERSON", "ORG"):
        return False
    if typed == "ORG" and not _handled(span.root):
        return False
    maker, model = span
    if not (model.is_title and model.is_alpha and maker.text[:1].isupper()):
        return False
    # Owned or counted like a thing ("the Toyota Camry", "her Ford Focus"),
    # not qualifying a noun ("the NBC Universal deal"), and one model ("Sale
    # Sharks" is a team, "BBC Two" a channel, "Alex Kapranos" a person).
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is None or before.lower_ not in _OWNERS or span.root.dep_ == "compound":
        return False
    plural = model.text.endswith("s") and not model.text.endswith(("us", "ss", "is"))
    if model.tag_ == "NNPS" or plural or model.like_num:  # not "Primus", "Corvus"
        return False
    if maker.text in resolver.given_names:
        return False
    # A second word that names a trade, a place, a region or a person makes
    # a company's arm ("Tata Steel", "Virgin Atlantic", "Johnson Matthey").
    if (
        model.text in industry_heads()
        or model.text in resolver.compass_words
        or model.lower_ in resolver.places
        or model.text in resolver.demonyms
        or model.lower_ in SURNAMES
        or model.lower_ in GENERIC_HEADS
        or model.text in resolver.given_names
        or model.text in resolver.suffixes
        or model.text in resolver.place_words
        or model.text in resolver.of_heads
        or model.text in resolver.numbered_org_words
        or model.lower_ in resolver.org_nouns
        or model.lower_ in resolver.compound_org_heads
    ):
        return False
    # The maker is named alone elsewhere as an organization.
    return any(
        e.label_ == "ORG" and e.text == maker.text and e.start != span.start
        for e in span.doc.ents
    )


def _handled(root: Token) -> bool:
    """The name is what a verb acts on: its object or its passive subject
    (or listed with one): "will drop the Velta Corsa and the Sol", "the
    Velta Primus was introduced in 1990"."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root.dep_ in ("dobj", "nsubjpass") and root.head.pos_ == "VERB"


def _vehicle(span: Span, root: Token) -> bool:
    """A name of two words or more dated by a year or told by a colour
    after an article or an owner: a car ("his 2013 Velta Corsa", "a silver
    Velta Corsa"), or an edition, a document or an award ("the 1951 Refugee
    Convention", "a 2008 Grant Fellowship"). No person or firm is written
    so; a name qualifying a noun ("a 2004 Harvard University study") is
    left alone."""
    if len(span) < 2 or root.dep_ == "compound" or not span[0].text[:1].isupper():
        return False
    doc = span.doc
    i = span.start - 1
    marks = 0
    while i >= 0 and marks < 2 and _vehicle_mark(doc[i]):
        i -= 1
        marks += 1
    return marks > 0 and i >= 0 and doc[i].lower_ in _OWNERS


def _vehicle_mark(token: Token) -> bool:
    text = token.text
    if len(text) == 4 and text.isdigit():
        return text.startswith(("19", "20"))  # a model year
    return token.is_lower and text in _COLOURS
