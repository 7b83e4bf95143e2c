"""claimkit's spaCy components; importing this module registers the factories."""

from claimkit.components import claims, entities, paragraphs, quantities, quotes
from claimkit.components._extensions import install_extensions

__all__ = [
    "claims",
    "entities",
    "install_extensions",
    "paragraphs",
    "quantities",
    "quotes",
]
