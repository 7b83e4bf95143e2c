"""Words for a nationality or its people: "American", "Spaniard", "Briton".

Used to cut a nationality off a person's name ("Frenchman Gilles Simon",
"American Dent") and to drop one standing alone ("the Dane").
"""

from __future__ import annotations

_DEMONYM_ENDINGS = ("an", "ese", "ish")
# Nouns for a nationality's people that no ending gives away: "Briton Tim
# Henman", "Frenchman Gilles Simon", "the Spaniard".
DEMONYM_NOUNS = frozenset(
    {
        "Briton", "Brit", "Scot", "Scotsman", "Scotswoman", "Englishman",
        "Englishwoman", "Welshman", "Welshwoman", "Irishman", "Irishwoman",
        "Frenchman", "Frenchwoman", "Dutchman", "Dutchwoman", "Spaniard",
        "Swede", "Dane", "Finn", "Pole", "Turk", "Czech", "Slovak", "Croat",
        "Serb", "Greek", "Swiss", "Thai", "Argentine", "Kiwi", "Aussie",
        "Filipino", "Filipina", "Israeli", "Pakistani", "Iraqi", "Saudi",
        "Kuwaiti", "Qatari", "Omani", "Yemeni", "Emirati", "Bangladeshi",
        "Nepali", "Uzbek", "Kazakh", "Tajik", "Kyrgyz", "Afghan", "Somali",
        "Monegasque", "Luxembourger", "Icelander",
    }
)  # fmt: skip


def is_demonym(text: str, demonyms: set[str] | frozenset[str]) -> bool:
    """A word for a nationality or its people: "American", "Spaniard",
    "Belgian" (a capitalized word ending like one, longer than four letters)."""
    return (
        text in demonyms
        or text in DEMONYM_NOUNS
        or (
            text.istitle()
            and text.isalpha()
            and len(text) > 4  # not "San Diego"
            and text.endswith(_DEMONYM_ENDINGS)
        )
    )
