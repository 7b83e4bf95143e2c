"""Clues of the words around a name that it is a thing, a place or a firm's arm.

A code glued to an acronym names a standard ("DVB-H"); a region after a name
a firm's arm ("Lycos Europe"); a year after names cited authors; "-based" or
a noun for a place after a name a place ("the Thames river"); what a firm
makes, a thing named by its kind, counted or listed as an example of a kind
of product is a product.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from claimkit.components.entities.roles import TYPES
from claimkit.components.entities.spans import _key_text

if TYPE_CHECKING:
    from claimkit.components.entities.resolver import EntityResolver


def _hyphened_code(span: Span) -> bool:
    """An acronym glued by a hyphen to a short code in capitals: the name of a
    standard or a technology ("EV-DO", "DVB-H", "DVB-T2"), not of a firm."""
    doc = span.doc
    end = span.end
    if len(span) != 1 or end + 1 >= len(doc) or span[0].whitespace_:
        return False
    word, hyphen, code = span[0].text, doc[end], doc[end + 1]
    return (
        2 <= len(word) <= 6
        and word.isalpha()
        and word.isupper()
        and hyphen.text == "-"
        and not hyphen.whitespace_
        and len(code.text) <= 3
        and code.text.isalnum()
        and code.text.upper() == code.text
        and not code.ent_type_  # "EU-US talks": two names
    )


_REGIONS = {"Europe", "Asia", "America", "Americas", "Africa", "UK", "US", "EMEA"}
# "Latin America", "South-East Asia": a part of a region is a place.
_PARTS = {"North", "South", "East", "West", "Central", "Latin", "Southeast"}


def _regional_arm(span: Span, resolver: EntityResolver) -> bool:
    """A name and a region after it: "Lycos Europe", "Nokia UK".

    A person's name rarely ends in one, and then after a given name. (Cities
    and countries are not used: "Belo Vista", "Jack London".)
    """
    if len(span) != 2 or span[0].ent_type_ not in TYPES:
        return False
    first, last = span[0].text, span[1].text
    return (
        last in _REGIONS
        and first not in resolver.given_names
        and _key_text(first) not in resolver.places
        and first not in resolver.demonyms
        and first.split("-")[0] not in _PARTS
        and first[:1].isupper()
    )


def _cited(span: Span) -> bool:
    """Authors cited with a year: "(Martin & Clarke, 2017)", "Lee & Ono (2011)"."""
    doc = span.doc
    after = [t for t in doc[span.end : span.end + 3] if t.text not in (",", "(")]
    return bool(after) and after[0].like_num


def _place_before(span: Span, root: Token, resolver: EntityResolver) -> bool:
    """The name places something: "Santa Monica-based Activision", "the
    Xiluodu dam", "the Thames river"."""
    doc = span.doc
    end = span.end
    if (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not span[-1].whitespace_
        and doc[end + 1].lower_ == "based"
    ):
        # "EU-based airlines" places them in the EU, which is still the EU.
        return span[0].ent_type_ != "ORG" or _key_text(span.text) in resolver.places
    return (
        end < len(doc)
        and doc[end].lower_ in resolver.place_heads_after
        and doc[end].is_lower
        and root.dep_ in ("compound", "nmod", "amod")
        and root.head.i == end
    )


_MEMBERS = frozenset({"MP", "MPs", "MSP", "AM"})


def _constituency(span: Span, resolver: EntityResolver) -> bool:
    """A constituency, a place: "MP for Mid-Bedfordshire", "the Bristol East
    MP". Not a party ("Labour MP", "SNP MP"), nor a person ("Jo Roe MP")."""
    doc = span.doc
    if span.text.isupper() or _key_text(span.text) in resolver.party_names:
        return False
    if span[0].text in resolver.given_names or span.text in resolver.demonyms:
        return False
    if span.start >= 2 and doc[span.start - 1].lower_ == "for":
        return doc[span.start - 2].text in _MEMBERS
    return (
        span.start > 0
        and doc[span.start - 1].lower_ == "the"
        and span.end < len(doc)
        and doc[span.end].text in _MEMBERS
    )


def _made(root: Token, resolver: EntityResolver) -> bool:
    """The name is what a firm makes: "Inbev, which makes Stella Artois".

    Not where the verb makes the name something ("made Smith chairman").
    """
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "brews Stella Artois and Beck's"
    verb = root.head
    return (
        root.dep_ == "dobj"
        and verb.pos_ == "VERB"
        and verb.lemma_ in resolver.made_verbs
        and not any(c.dep_ in ("oprd", "ccomp", "xcomp") for c in verb.children)
    )


def _named_thing(root: Token, resolver: EntityResolver) -> bool:
    """The name of a thing the text has just named by its kind: "its latest
    tool, GenCrowd", "a humanoid robot, called Emiew" (``product_nouns``), or
    a plan's name ("the plan, called Way Ahead"; ``plan_nouns``)."""
    head = root.head
    kinds = resolver.product_nouns
    if root.dep_ == "oprd" and head.lower_ in ("called", "named", "dubbed"):
        head = head.head
        kinds = kinds | resolver.plan_nouns
    elif root.dep_ != "appos":
        return False
    return (
        head.i < root.i
        and head.is_lower
        and head.pos_ == "NOUN"
        and head.lower_ in kinds
    )


def _counted(root: Token) -> bool:
    """A count of the name's things: "17,815 Buick Raniers", "two Land Rovers".

    People and firms are not counted by name; a plural name with a number is
    a product (or a place: "the two Koreas").
    """
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "17,815 Buick Raniers, GMC Envoys and ..."
    return root.tag_ == "NNPS" and any(
        c.dep_ == "nummod" and c.like_num and c.i < root.i for c in root.children
    )


def _listed_product(root: Token, resolver: EntityResolver) -> bool:
    """An example of a kind of product: "brands such as Dairy Milk", "consoles
    like the GameBoy"."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "such as Celebrex and Vioxx"
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("as", "including", "like"):
        return False
    if prep.lower_ == "as" and (prep.i == 0 or prep.nbor(-1).lower_ != "such"):
        return False
    # "models like ..." may be people, "names like ..." anyone.
    if prep.lower_ == "like" and prep.head.lower_ in ("models", "names"):
        return False
    return prep.head.lower_ in resolver.product_kinds
