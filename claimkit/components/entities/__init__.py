"""ck_entities: people and organizations, typed per document and clustered.

Importing this package registers the ``ck_entities`` factory
(:func:`make_entity_resolver`, the entry point in ``pyproject.toml``).
"""

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
    "make_entity_resolver",
]
