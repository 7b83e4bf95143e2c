"""Evidence that a name is a product: software, a device, an engine, a model.

The recognizer types many products ORG or PERSON ("Windows Messenger", "the
Xbox console", "Mac OS X 10.4"). claimkit outputs people and organizations
only, so a name that the words around it mark as a product, and that nothing
marks as an agent, is dropped. The marks are general words, not a list of
products (``product_heads``, ``product_frame_nouns``, ``product_frame_verbs``
and ``maker_verbs`` of the entities lexicon):

- a product noun ending the noun phrase the name opens, "the Zorbix
  console", "Quill Writer software", "the Velo operating system", or in
  apposition to it: "its handheld console, the Zorbix";
- a frame of use: "users of Quill", "Zorbix owners", "a new version of
  Quill", "upgrade to Quill", "installed Quill", "laptops running Quill";
- a version number after it or ending it: "Quill 2.0", "Velo 10.4";
- an organization of the article opening the name, and a product noun
  closing it: "Acme Phone" where "Acme" is a name of its own.

A name keeps its type when any mention shows an organization or a person (a
suffix, a role before it, "a spokesman for Acme software") or it is the
subject of a maker's verb ("Acme launched a phone": in "Acme laptops" Acme is
the maker); it speaking or owning ("said", an "'s") or weak evidence must be
outnumbered by its product mentions.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

if TYPE_CHECKING:
    from claimkit.components.entities.mentions import _Name
    from claimkit.components.entities.resolver import EntityResolver

PRODUCT = "PRODUCT"
# Evidence that a name is an organization or a person; its weak forms and an
# agent's acts (speaking, owning) are outweighed by more product mentions.
_FIRM_EVIDENCE = ("ORG", "PERSON")
_WEAK_EVIDENCE = ("WEAK_ORG", "WEAK_PERSON", "AGENT")
# A model code or a number inside a product's noun phrase: "Razr V3 phone".
_CODE = re.compile(r"^(?=.*\d)[A-Za-z0-9][A-Za-z0-9.\-]*$")
_AFFILIATION_PREPS = frozenset({"at", "for", "of", "with", "from"})
# A version number: "2.0", "10.4", "v3.1".
_VERSION = re.compile(r"^v?\d+(?:\.\d+)+$")
_NOUN_PHRASE_POS = frozenset({"NOUN", "PROPN", "ADJ"})
_SUBJECT_DEPS = frozenset({"nsubj"})
_OBJECT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "attr"})


def products_by_use(
    names: dict[str, _Name], labels: dict[str, str], resolver: EntityResolver
) -> None:
    """Retype, in ``labels``, people and organizations the text uses as products.

    Only names with no evidence of an organization or a person and no
    mention that acts as a firm (:func:`_acts`); weak evidence and an agent's
    acts (it speaks or owns: "the Zorvane's screen") count against the
    product's mentions, which must outnumber them.
    """
    firms = {key for key, label in labels.items() if label == "ORG"}
    for key, name in names.items():
        if labels.get(key) not in ("PERSON", "ORG"):
            continue
        if any(name.evidence[e] for e in _FIRM_EVIDENCE):
            continue
        if any(_acts(span, resolver) for span in name.spans):
            continue
        found = sum(_product_mention(span, firms, resolver) for span in name.spans)
        if found and found > sum(name.evidence[e] for e in _WEAK_EVIDENCE):
            labels[key] = PRODUCT


def _product_mention(span: Span, firms: set[str], resolver: EntityResolver) -> bool:
    """One mention the words around mark as a product's."""
    root = span.root
    return (
        _product_head_after(span, resolver)
        or _product_appositive(root, resolver)
        or _version(span)
        or _frame(span, root, resolver)
        or _firm_product(span, firms, resolver)
    )


def _product_head_after(span: Span, resolver: EntityResolver) -> bool:
    """ "the Zorbix console", "Quill Writer software", "the Velo operating
    system": the noun phrase the name opens ends in a product noun (or a two-
    word one), and the name qualifies it in the parse."""
    doc = span.doc
    head: Token | None = None
    for token in doc[span.end : span.end + 5]:
        if _CODE.match(token.text) and head is None:
            continue  # "the Razr V3 phone"
        if token.pos_ not in _NOUN_PHRASE_POS or not token.is_lower:
            break
        head = token
    if head is None or head.pos_ != "NOUN":
        return False
    if head.i + 1 < len(doc) and doc[head.i + 1].pos_ == "NOUN":
        return False  # "the Acme phone maker": the phrase goes on
    pair = f"{doc[head.i - 1].lower_} {head.lower_}"
    if head.lower_ not in resolver.product_heads and pair not in resolver.product_heads:
        return False
    root = span.root
    return root.head.i == head.i or root.head.i in range(span.end, head.i + 1)


def _product_appositive(root: Token, resolver: EntityResolver) -> bool:
    """ "its new handheld console, the Zorvane", "the Zorvane, a tablet": the
    name and a product noun in apposition."""
    if root.dep_ == "appos" and root.head.i < root.i:
        head = root.head
        return head.is_lower and head.lower_ in resolver.product_heads
    return any(
        c.dep_ == "appos"
        and c.i > root.i
        and c.is_lower
        and c.lower_ in resolver.product_heads
        for c in root.children
    )


def _affiliated(span: Span, resolver: EntityResolver) -> bool:
    """ "a spokesman for Acme software", "analyst at Acme": the name, or the
    phrase it opens, is a role's affiliation (a firm's name may end in a
    product noun)."""
    token = span.root
    if token.head.i >= span.end and token.head.i <= span.end + 3:
        token = token.head  # the phrase's head: "Acme software"
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in _AFFILIATION_PREPS:
        return False
    holder = prep.head
    return holder.is_lower and holder.lower_ in resolver.roles


def _version(span: Span) -> bool:
    """ "Quill 2.0", "Velo 10.4": a version number after the name or ending it."""
    doc = span.doc
    if len(span) > 1 and _VERSION.match(span[-1].text):
        return True
    return span.end < len(doc) and bool(_VERSION.match(doc[span.end].text))


def _frame(span: Span, root: Token, resolver: EntityResolver) -> bool:
    """ "users of Quill", "Zorbix owners", "a new version of Quill",
    "upgrade to Quill", "installed Quill"."""
    head = root.head
    if head.i == root.i:
        return False
    if root.dep_ == "pobj":
        noun = head.head
        if head.lower_ == "of" and noun.lower_ in resolver.product_frame_nouns:
            return noun.i < head.i
        return head.lower_ == "to" and noun.lemma_.lower() == "upgrade"
    if root.dep_ == "compound" and head.i == span.end:
        return head.is_lower and head.lower_ in ("users", "owners")
    if root.dep_ == "dobj" and head.pos_ == "VERB":
        return head.lemma_.lower() in resolver.product_frame_verbs or _run_on(
            head, resolver
        )
    return False


def _run_on(verb: Token, resolver: EntityResolver) -> bool:
    """ "machines running Quill", "the laptop runs Quill": a computer or a
    device runs the name (a person runs a firm, a machine its software)."""
    if verb.lemma_.lower() != "run":
        return False
    host: Token | None = None
    if verb.dep_ == "acl":
        host = verb.head
    else:
        host = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return host is not None and host.is_lower and host.lower_ in resolver.product_hosts


def _firm_product(span: Span, firms: set[str], resolver: EntityResolver) -> bool:
    """ "Acme Phone", "using Acme Quill": an organization of the article opens
    the name, the rest names no organization, and a product noun closes it or
    the name is the object of a verb of use."""
    if not _firm_opened(span, firms, resolver):
        return False
    if span[-1].lower_ in resolver.product_heads:
        return True
    root = span.root
    return (
        root.dep_ == "dobj"
        and root.head.pos_ == "VERB"
        and root.head.lemma_.lower() in resolver.product_use_verbs
    )


def _firm_opened(span: Span, firms: set[str], resolver: EntityResolver) -> bool:
    """An organization of the article opens the name ("Acme" of "Acme
    Quill"), and no word after it is an organization's or a place's
    ("Acme Research", "Acme Pictures", "Acme Europe" are organizations, and
    so is a joint venture of two of the article's firms)."""
    for cut in range(1, len(span)):
        if " ".join(t.lower_ for t in span[:cut]) not in firms:
            continue
        return not any(
            t.text in resolver.suffixes
            or t.lower_ in resolver.org_nouns
            or t.text in resolver.place_words
            or t.text in resolver.demonyms
            or t.ent_type_ in ("GPE", "LOC", "NORP")
            or t.text in resolver.org_tail_words
            or t.lower_ in firms  # two firms' names: a joint venture
            for t in span[cut:]
        )
    return False


def _acts(span: Span, resolver: EntityResolver) -> bool:
    """The mention is an agent's: a role's affiliation (:func:`_affiliated`)
    or the subject of a maker's verb (:func:`_makes`)."""
    return _affiliated(span, resolver) or _makes(span, resolver)


def _makes(span: Span, resolver: EntityResolver) -> bool:
    """ "Acme launched a phone", "Acme will unveil ...": the name is the subject
    of a maker's or a buyer's verb, as a firm is, not a product."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    verb = root.head
    if root.dep_ not in _SUBJECT_DEPS or verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.lemma_.lower() not in resolver.maker_verbs:
        return False
    return any(c.dep_ in _OBJECT_DEPS for c in verb.children)
