"""Words in a speaker's place that stand in for the one who speaks.

A headline's report set before an inverted cue ('Pay deal "unfair", says union
boss') is parsed as a second subject; the one after the verb speaks. The object
of a verb that makes someone speak ('The row prompted the mayor to say ...')
says what the infinitive reports, not the verb's subject.
"""

from __future__ import annotations

from collections.abc import Callable, Container

from spacy.tokens import Token

from claimkit.text.quotemarks import ALL_MARKS

_NOUNS = ("NOUN", "PROPN")


def inverted_subject(
    verb: Token, subject: Token, usable: Callable[[Token], bool]
) -> Token | None:
    """The subject right after a cue whose report ends just before it.

    `subject` is a subject of `verb` before it; a second one (or a noun the
    parse took for a mark, 'says owner' at a line's end) opening right after
    the verb, with a comma or quote mark right before the verb, speaks.
    `usable` tells whether a token may name a speaker (outside quote marks,
    in the verb's paragraph).
    """
    if subject.i > verb.i or verb.i == 0:
        return None
    before = verb.nbor(-1)
    if before.text != "," and before.text not in ALL_MARKS:
        return None  # the report ends right before its cue
    for other in verb.children:
        if (
            other.i > verb.i
            and other.left_edge.i == verb.i + 1
            and (
                other.dep_ == subject.dep_
                or (other.dep_ in ("punct", "dep") and other.pos_ in _NOUNS)
            )
            and not other.is_punct
            and usable(other)
        ):
            return other
    return None


def object_controller(token: Token, lemmas: Container[str]) -> Token | None:
    """'The pressure prompted the premier to say ...': the premier.

    The object of a verb among `lemmas`, which makes someone act ('prompt',
    'force', 'persuade'), says what the infinitive `token` reports; 'asked the
    board to explain' or 'would prefer Acme to admit' says nothing the object
    said, and gives None.
    """
    if token.dep_ != "xcomp" or token.head.pos_ != "VERB":
        return None
    if token.head.lemma_.lower() not in lemmas:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return None
    objects = [
        c
        for c in token.head.children
        if c.dep_ in ("dobj", "obj") and c.i < token.i and c.pos_ in (*_NOUNS, "PRON")
    ]
    return objects[0] if objects else None
