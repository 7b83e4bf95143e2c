"""ck_entities: people and organizations, typed per document and clustered.

Importing this package registers the ``ck_entities`` factory
(:func:`make_entity_resolver`, the entry point in ``pyproject.toml``) and the
two that combine the base and claimkit's recognizers (``ck_stash_ents``,
``ck_merge_ents``, :mod:`.recognizers`).
"""

from claimkit.components.entities.recognizers import (
    make_entity_merger,
    make_entity_stash,
)
from claimkit.components.entities.resolver import (
    DEFAULT_CONFIG,
    EntityResolver,
    find_entities,
    make_entity_resolver,
)

__all__ = [
    "DEFAULT_CONFIG",
    "EntityResolver",
    "find_entities",
    "make_entity_merger",
    "make_entity_resolver",
    "make_entity_stash",
]
