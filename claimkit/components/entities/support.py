"""Whether the text supports a name the recognizer found: what keeps it.

A name stays when something beside the recognizer's vote says it is a
person's or an organization's. Two checks (:func:`_unsupported`,
:func:`_supported`) read the text's evidence gathered in
:mod:`.mentions`; :func:`.recognizers.confirm_all` says whether the base
model also calls the name an agent.
"""

from __future__ import annotations

import itertools
from collections import Counter
from typing import TYPE_CHECKING

from spacy.attrs import ORTH
from spacy.tokens import Span, Token

from claimkit.components.entities.industry import industry_heads, industry_shaped
from claimkit.components.entities.mentions import AGENT, TYPES, WEAK, _Name
from claimkit.linking.normalize import COUNTRIES, GENERIC_HEADS, SURNAMES
from claimkit.text.common_words import is_common_word

# Tags of words that are no proper noun: adjectives, common nouns.
_COMMON_TAGS = frozenset({"JJ", "JJR", "JJS", "NN", "NNS"})
_QUALIFIER_DEPS = frozenset({"compound", "amod"})

if TYPE_CHECKING:
    from claimkit.components.entities.resolver import EntityResolver


def _supported(
    key: str,
    keys: list[str],
    names: dict[str, _Name],
    label: str,
    spans: list[Span],
    resolver: EntityResolver,
) -> bool:
    """The text, not only the fine-tune, says the name is a person's or an
    organization's: a title, role, given name, organization noun or suffix, it
    speaks or owns, or it sits beside a figure (a results table); a proper
    word and an industry head ("Ostrava Freight"); or a person's name ends in
    a known surname ("Fearne Cotton")."""
    evidence = sum((names[k].evidence for k in keys), Counter())
    words = key.split()
    return bool(
        any(evidence[t] for t in (*TYPES, *(WEAK + t for t in TYPES), AGENT))
        or key in GENERIC_HEADS
        or (len(words) == 1 and key in resolver.given_names)
        or (label == "PERSON" and len(words) in (2, 3) and words[-1] in SURNAMES)
        or any(_beside_number(s) or _beside_speech(s, resolver) for s in spans)
        or any(industry_shaped(s, resolver.given_names) for s in spans)
    )


def _unsupported(
    key: str, name: _Name, label: str, spans: list[Span], resolver: EntityResolver
) -> bool:
    """A one-word name that nothing but the model calls a person or company.

    No title, role, given name or fuller name, no organization noun or
    suffix, and it never speaks or owns anything: a lone "Vioxx" or
    "Menatep" the model called a person, or "Supernatural" it called an
    organization, is more likely a product, a place or a title. Acronyms,
    generic heads ("Congress") and names beside a figure (a results table,
    where no sentence can say what they are) stay.
    """
    if len(key.split()) != 1 or any(len(s) > 1 for s in spans):
        return False
    if any(_spelled_out_in_lower_case(s) for s in spans):
        return True  # "corporate social responsibility (CSR)"
    if label == "ORG":
        return not (
            spans[0].text.isupper()
            or any(_beside_number(s) or _bracketed_after_person(s) for s in spans)
            or (len(spans) >= 3 and any(_subject(s) for s in spans))
            or (_camel_case(spans[0].text) and any(_active_subject(s) for s in spans))
            or key in GENERIC_HEADS  # "Parliament", "Congress"
            or name.evidence["ORG"]
            or name.evidence[WEAK + "ORG"]
            or name.evidence[AGENT]
        )
    if label != "PERSON" or key in resolver.given_names:
        return False
    if any(_beside_speech(s, resolver) for s in spans):
        return False  # "said Lind", whatever the parse made of it
    return not (
        name.evidence["PERSON"]
        or name.evidence[WEAK + "PERSON"]
        or name.evidence[AGENT] >= 1
    )


def named_thing(
    names: dict[str, _Name],
    keys: list[str],
    spans: list[Span],
    resolver: EntityResolver,
) -> bool:
    """The name is a common word, not a person's or a firm's.

    Either its mentions are common words (:func:`common_words`) that the
    text also writes in lower case and no clue types them a person's; or no
    clue of the text types them (:func:`typed_by_text`) and they are common
    words.

    (The base model's own label was tried as a further check: where it calls
    a name a title, an event or a product and the text types it by no clue,
    drop it. On 300 BBC articles it dropped 8 names, 6 rightly, but running
    the base model over those names' sentences cost 11% more CPU, so it is
    not done.)
    """
    if any(_beside_score(s) for s in spans):
        # a results table: its tagger's common nouns mislead ("Exeter 1",
        # "Cannes 20 5 7")
        return False
    if (
        common_words(spans)
        and _written_in_lower_case(spans[0][0])
        and not any(names[k].evidence["PERSON"] for k in keys)
    ):
        # "Budget airline Ryanair": the noun after gives the word a firm's
        # clue, the text's "budget" shows it a common word (a person's title
        # still types "Dr Baker" beside "the baker")
        return True
    if typed_by_text(names, keys, spans, resolver):
        return False
    return common_words(spans) or common_phrase(names, keys, spans, resolver)


# Small words a title holds between its common words ("Boulevard of Broken
# Dreams"); they say nothing either way.
_LINK_WORDS = frozenset({"of", "the", "a", "an", "and", "in", "on", "to", "for"})
# A region's words open with these: "Southeastern", "Northern", "Westland".
_COMPASS = ("North", "South", "East", "West")


def common_phrase(
    names: dict[str, _Name],
    keys: list[str],
    spans: list[Span],
    resolver: EntityResolver,
) -> bool:
    """Every mention is two or more capitalized common English words and no
    clue of the text, not even acting, types the name: a title or a phrase
    ("Raging Bull", "Sometimes You", "Far Cry"), not a person's or a firm's.

    A person's name holds a given name, a particle ("Bin") or a rarer word; a
    firm's or a body's holds an organization's head ("Canal Bank", "Refugee
    Council", "Continental Research"), which is a clue, or opens with a word
    of one ("National", "Royal"). These stay too: a name made of surnames
    ("Goldman Sachs", "Red Bull"); a name with a plural ("the Scissor
    Sisters", "All Blacks", "Friends of the Earth"), a band's, a team's or a
    group's; a place, a region or a nationality in it ("Scotland Yard",
    "Southeastern Conference", "Northern Rock"); and a name
    whose first word opens another name of the text or is one ("Sky Travel"
    beside "Sky News", "Nissan Motor" beside "Nissan"), a brand's.
    """
    if any(names[k].evidence[t] for k in keys for t in (*TYPES, AGENT)):
        return False
    # Short forms may be one word ("Baby" of "Million Dollar Baby").
    if not (
        any(len(s) > 1 for s in spans)
        and all(_common_title_words(s, resolver) for s in spans)
    ):
        return False
    # "Nissan Motor" and "Nissan", "Sky Travel" and "Sky News": the first
    # word names the brand alone or opens its other names.
    firsts = {key: key.split()[0] for key in keys if " " in key}
    return not any(
        key != name and key.split()[0] == first
        for name, first in firsts.items()
        for key in names
    )


def _common_title_words(span: Span, resolver: EntityResolver) -> bool:
    words = [t for t in span if t.lower_ not in _LINK_WORDS]
    if not words or not span[0].is_title or words[0].text in resolver.org_openers:
        return False
    if all(t.lower_ in SURNAMES for t in words):
        return False
    for token in words:
        text = token.text
        lower = token.lower_
        # An initial ("D Jones") is a person's.
        if not (
            len(text) > 1 and token.is_title and token.is_alpha and is_common_word(text)
        ):
            return False
        if (
            text in resolver.given_names
            or text.startswith(_COMPASS)
            or text in resolver.compass_words
            or text in resolver.demonyms
            or lower in resolver.places
            or lower in COUNTRIES
            or lower in resolver.particles
            or lower in resolver.org_nouns
            or text in resolver.of_heads
            or text in resolver.suffixes
            or text in resolver.org_tail_words
            or text in industry_heads()
        ):
            return False
    # "Friends of the Earth", "the Scissor Sisters": people, in the plural.
    if any(t.tag_ in ("NNS", "NNPS") for t in words):
        return False
    return not _plural(words[-1].lower_)


def _plural(word: str) -> bool:
    """ "sisters", "blacks": a common word and an "s"."""
    return word.endswith("s") and not word.endswith("ss") and is_common_word(word[:-1])


def _beside_score(span: Span) -> bool:
    """A figure after the name, or before it that does not count it: a
    results table ("Plymouth 4 Exeter 1"), not "three Oscars"."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].like_num:
        return True
    if span.start == 0:
        return False
    before = doc[span.start - 1]
    return before.like_num and not (
        before.dep_ == "nummod" and span.start <= before.head.i < span.end
    )


def _written_in_lower_case(token: Token) -> bool:
    """The text writes the word in lower case as a word of its own."""
    lower = token.lower_
    # A token in lower case whose lower case is this one's is spelled ``lower``:
    # compared on the ORTH array, without making every Token.
    strings = token.vocab.strings
    return (
        lower.islower()
        and lower in strings
        and bool((token.doc.to_array(ORTH) == strings[lower]).any())
    )


def typed_by_text(
    names: dict[str, _Name],
    keys: list[str],
    spans: list[Span],
    resolver: EntityResolver,
) -> bool:
    """A clue of the text itself types one of the names a person's or an
    organization's: a title, a given name and a surname, an organization's
    noun or suffix, an industry's head ("Kelvane Chips") or a body's generic
    name ("the Lords"); weak clues and acting do not count."""
    return any(
        k in GENERIC_HEADS or names[k].evidence[t] for k in keys for t in TYPES
    ) or any(industry_shaped(s, resolver.given_names) for s in spans)


def common_words(spans: list[Span]) -> bool:
    """Each mention is one capitalized word that the text uses as a common
    word: the tagger reads an adjective or a common noun ("Small and mid-sized
    firms", "nominated for three Oscars"), or it opens a sentence or a line,
    qualifies the common noun after it and the text writes it in lower case
    too ("Budget airline Ryanair" and "budget flights"; not "Apple shares").
    A generic body ("Parliament") and acronyms are not such.
    """
    return all(len(s) == 1 and _common_word(s[0]) for s in spans)


def _common_word(token: Token) -> bool:
    if not (token.is_title and token.is_alpha) or token.lower_ in GENERIC_HEADS:
        return False
    if token.tag_ in _COMMON_TAGS:
        return True
    doc = token.doc
    head = token.head
    return (
        _written_in_lower_case(token)
        and (token.is_sent_start or (token.i > 0 and "\n" in doc[token.i - 1].text))
        and token.dep_ in _QUALIFIER_DEPS
        and head.i > token.i
        and head.tag_ in ("NN", "NNS")
        and all(t.is_lower or t.is_punct for t in doc[token.i + 1 : head.i + 1])
    )


def _spelled_out_in_lower_case(span: Span) -> bool:
    """An acronym in brackets after the common words it stands for.

    "liquefied natural gas (LNG)" names a thing, not an organization; "the
    British Chambers of Commerce (BCC)" spells out a name in capitals.
    """
    doc = span.doc
    letters = span.text.lower()
    if not (2 <= len(letters) <= 6 and span.text.isupper() and letters.isalpha()):
        return False
    if span.start < 2 or doc[span.start - 1].text != "(":
        return False
    words: list[str] = []
    i = span.start - 2
    while i >= 0 and len(words) < len(letters):
        token = doc[i]
        if not token.is_alpha:
            return False
        if token.lower_ not in ("of", "and", "the", "for", "&"):
            words.append(token.text)
        i -= 1
    words.reverse()
    return (
        len(words) == len(letters)
        and all(w.islower() for w in words)
        and "".join(w[0] for w in words) == letters
    )


def _subject(span: Span) -> bool:
    """The name is the subject of a verb ("Parmalat has sued 45 banks")."""
    root = span[0] if len(span) == 1 else span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.pos_ in ("VERB", "AUX")


_NAME_PREFIXES = ("Mc", "Mac", "Di", "De", "Da", "La", "Le", "Van", "Von", "Du")


def _camel_case(text: str) -> bool:
    """A word written with an inner capital after a lower-case letter, as
    companies write their names ("DeepSeek", "OpenAI", "PayPal"); not a
    surname's prefix ("McCartney", "DiCaprio")."""
    if not (text[:1].isupper() and text.isalpha()):
        return False
    if any(
        text.startswith(p) and text[len(p) : len(p) + 1].isupper()
        for p in _NAME_PREFIXES
    ):
        return False
    return any(a.islower() and b.isupper() for a, b in itertools.pairwise(text))


def _active_subject(span: Span) -> bool:
    """The name is the subject of an active verb: it acts ("DeepSeek
    released a model"), as a product or a title rarely does."""
    root = span[0] if len(span) == 1 else span.root
    return root.dep_ == "nsubj" and root.head.pos_ == "VERB"


def _beside_number(span: Span) -> bool:
    """A figure right before or after the name: a results table or a fixture.

    There the model alone can judge the name, no sentence says what it is.
    """
    doc = span.doc
    return (span.end < len(doc) and doc[span.end].like_num) or (
        span.start > 0 and doc[span.start - 1].like_num
    )


def _bracketed_after_person(span: Span) -> bool:
    """A person's affiliation in brackets: "Luis Figo (Barcelona)"."""
    doc = span.doc
    return (
        span.start >= 2
        and doc[span.start - 1].text == "("
        and (doc[span.start - 2].ent_type_ == "PERSON")
    )


def _beside_speech(span: Span, resolver: EntityResolver) -> bool:
    """A speech verb right before or after the name ("said Lind", "Lind told")."""
    doc = span.doc
    near = [*doc[max(span.start - 2, 0) : span.start], *doc[span.end : span.end + 2]]
    return any(t.pos_ == "VERB" and t.lemma_ in resolver.speech_verbs for t in near)


def org_by_members(
    key: str,
    keys: list[str],
    names: dict[str, _Name],
    labels: dict[str, str],
    resolver: EntityResolver,
) -> bool:
    """A group led by a name typed PERSON that its short forms show is an
    organization: "Pernod Ricard" once, beside "Pernod" eight times with a
    firm's clue ("Pernod shares"). Only when the forms the text calls an
    organization, on a clue of its own, hold most of the group's mentions,
    no form has a person's clue ("Mr", "who", a role) and no given name
    opens the full name (a person's surname is often typed ORG alone)."""
    if not key or key.split()[0].title() in resolver.given_names:
        return False
    forms = [names[k] for k in keys if k in names]
    if any(name.evidence["PERSON"] or name.evidence[WEAK + "PERSON"] for name in forms):
        return False
    orgs = [
        name
        for name in forms
        if labels.get(name.key) == "ORG" and name.evidence["ORG"] > 0
    ]
    mentions = sum(len(name.spans) for name in forms)
    return bool(orgs) and 2 * sum(len(name.spans) for name in orgs) > mentions


def orgs_by_members(
    groups: dict[str, list[Span]],
    group_label: dict[str, str],
    members: dict[str, list[str]],
    names: dict[str, _Name],
    labels: dict[str, str],
    resolver: EntityResolver,
) -> None:
    """Type ORG each PERSON group its forms show is one (:func:`org_by_members`)."""
    for key in groups:
        if group_label[key] == "PERSON" and org_by_members(
            key, [key, *members[key]], names, labels, resolver
        ):
            group_label[key] = "ORG"
