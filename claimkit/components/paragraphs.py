"""ck_paragraphs: a blank line ends a sentence.

The small parser often runs a headline into the first sentence of the body
("Chipmakers slide\\n\\nPalent Systems rose 3%" parses "Palent Systems" as
the object of "slide"). This component, placed before the parser, marks the
first token after a run of whitespace holding a blank line as a sentence
start; the parser keeps preset boundaries and decides the rest.
"""

from __future__ import annotations

from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc


def _blank_line(text: str) -> bool:
    return text.count("\n") >= 2 and not text.strip()


@Language.component("ck_paragraphs", assigns=["token.is_sent_start"])
def mark_paragraphs(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on the first word after each blank line."""
    after_blank = False
    # Whitespace read from an array: only the tokens looked at are made.
    for i, space in enumerate(doc.to_array(IS_SPACE).tolist()):
        if space:
            after_blank = after_blank or _blank_line(doc[i].text)
            continue
        if after_blank:
            doc[i].is_sent_start = True
        after_blank = False
    return doc
