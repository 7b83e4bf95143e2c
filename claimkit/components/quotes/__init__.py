"""ck_quotes: quoted and reported speech with its cue and speaker.

Importing this package registers the ``ck_quotes`` factory.

- ``component``: ``QuoteFinder``, its factory, and ``find_quotes``: the order the
  rules run in
- ``found``: a found quote while the rules work on it
- ``context``: the per-doc lookups (tokens, sentences, paragraphs, entity
  mentions) and a found quote's record
- ``speakers``: a reporting verb's subject and the entity it names
- ``attribution``: the cue and speaker of a quoted span
- ``marked``: quoted spans as direct, partial or scare quotes; continued speakers
- ``reported``: reported speech outside quote marks (indirect, mixed, headline)
"""

from claimkit.components.quotes.component import (
    QuoteFinder,
    find_quotes,
    make_quote_finder,
)

__all__ = ["QuoteFinder", "find_quotes", "make_quote_finder"]
