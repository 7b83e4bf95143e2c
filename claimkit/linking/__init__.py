"""Cross-document entity linking on records (does not import spaCy).

- :mod:`~claimkit.linking.normalize`: the words a name is compared by.
- :mod:`~claimkit.linking.candidates`: scorers, per-label indexes and blocked
  fuzzy candidates (the candidate generator, kept apart as scispacy keeps it).
- :mod:`~claimkit.linking.registry`: :class:`EntityRegistry`, which decides
  each link, keeps aliases and persists the corpus-wide entities.
"""

from claimkit.linking.candidates import (
    DEFAULT_SCORE_CUTOFF,
    DEFAULT_SCORER,
    SCORERS,
    Match,
    Scorer,
    best_match,
    get_scorer,
    id_sort_key,
)
from claimkit.linking.normalize import (
    acronym,
    base_tokens,
    is_coordination,
    is_unit,
    label_tokens,
    normalize_name,
)
from claimkit.linking.registry import LABELS, EntityRegistry, link_articles

__all__ = [
    "DEFAULT_SCORER",
    "DEFAULT_SCORE_CUTOFF",
    "LABELS",
    "SCORERS",
    "EntityRegistry",
    "Match",
    "Scorer",
    "acronym",
    "base_tokens",
    "best_match",
    "get_scorer",
    "id_sort_key",
    "is_coordination",
    "is_unit",
    "label_tokens",
    "link_articles",
    "normalize_name",
]
