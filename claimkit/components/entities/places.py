"""When a name the recognizers found is a place's, not an agent's.

:func:`is_place` is one of the label decisions of :func:`.clusters._decide`:
a known place the model calls a person that nothing in the text makes one
("Fort Lee", but "Obama said"), a place to both recognizers in every mention
("Indiana"), a known place of several words that nothing makes an
organization ("Capitol Hill"), and a place that opens a dateline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from claimkit.components.entities.cues import agency_dateline, dateline
from claimkit.components.entities.mentions import WEAK, _Name, _speaks
from claimkit.linking.normalize import GENERIC_HEADS, SURNAMES

if TYPE_CHECKING:
    from claimkit.components.entities.resolver import EntityResolver


def is_place(name: _Name, label: str, agent: float, resolver: EntityResolver) -> bool:
    """Whether ``name``, which the votes made ``label``, is a place's name;
    ``agent`` is its evidence of acting."""
    if (
        label == "PERSON"
        and name.key in resolver.places
        and not person_said(name)
        and not any(
            s[0].tag_ == "NNP" and not s[0].is_stop and _speaks(s, _root(s), resolver)
            for s in name.spans
        )
    ):
        # "Fort Lee", "York": the model's person is a known place, and no
        # title, given name or role in the text says it is a person, nor
        # does it speak as a proper noun ("Obama said", not "Mine told me").
        return True
    if label == "PERSON" and _place_to_both(name, resolver):
        return True
    if (
        label == "ORG"
        and name.key in resolver.places
        and not (name.evidence["ORG"] or name.evidence[WEAK + "ORG"] or agent)
        and len(name.key.split()) > 1
        and not any(w in GENERIC_HEADS for w in name.key.lower().split())
        and 2 * sum(_in_prose(span) for span in name.spans) > len(name.spans)
    ):
        # "testimony on Capitol Hill", "won Texas and American Samoa": a known
        # place that nothing in the text makes an organization (a club acts:
        # "Leeds beat Bolton"; "University of Texas" is also a town's name).
        # One word is too often a club or a shop to tell ("Harlow's"), and a
        # results table names its teams by their city ("LOS ANGELES 4"): most
        # mentions must be in prose (a dateline is not).
        return True
    # "LONDON (Reuters) -", "DES MOINES -": a known place opening a line in
    # capitals is where the story was written, as is any name that only ever
    # stands before an agency in brackets and a dash.
    return label == "ORG" and (
        (name.key in resolver.places and any(map(dateline, name.spans)))
        or all(map(agency_dateline, name.spans))
    )


def not_opened_by_place(
    name: _Name, label: str, targets: list[str], resolver: EntityResolver
) -> list[str]:
    """The people's names of ``targets`` that the one-word known place
    ``name`` does not open: "York" is no short form of "York Minster" or
    "Isfahan" of "Isfahan Shahid Beheshti", the model's persons, when the
    text never makes the place a person (a place word ending a name, as a
    Chinese given name may: "Wenfeng" of "Liang Wenfeng", still joins).

    The known places hold no census given name nor common surname, so a
    person's name seldom opens with one; every mention of the place would
    be counted a person's.
    """
    key = name.key
    if label == "PERSON" or " " in key or key not in resolver.places:
        return targets
    if person_said(name):
        return targets
    return [t for t in targets if t.split()[0] != key]


def person_said(name: _Name) -> bool:
    """A title, a given name or a role in the text says the name is a person's."""
    return bool(name.evidence.get("PERSON") or name.evidence.get(WEAK + "PERSON"))


def _place_to_both(name: _Name, resolver: EntityResolver) -> bool:
    """A known place that both recognizers call a place in every mention:
    one clue of a person in three mentions or more ("Indiana Secretary
    ...") is the odd one."""
    return (
        name.key in resolver.places
        and name.key not in SURNAMES  # "Castro" may be Julian Castro's
        and not any(name.model.get(t) for t in ("PERSON", "ORG"))
        and 3 * name.evidence["PERSON"] < len(name.spans)
    )


def _root(span: Span) -> Token:
    return span[0] if len(span) == 1 else span.root


def _in_prose(span: Span) -> bool:
    """The span's sentence has a verb: prose, not a table or a list."""
    doc = span.doc
    if not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
        return False
    return any(t.pos_ in ("VERB", "AUX") for t in span.sent)
