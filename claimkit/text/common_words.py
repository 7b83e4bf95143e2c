"""Common English words: whether a word is one of the language's frequent ones.

The words are those of wordfreq's "small" English list used at least about
three times in a million words (Zipf 3.5), read once a process when first
asked. A name made only of such words ("Raging Bull", "Far Cry") is shaped
like a title or a phrase, where a person's or a company's name holds a rarer
word ("Swank", "Macrovision", "Ericsson"). wordfreq counts words in any case,
so frequent names ("Thompson", "Sony") are common words too: callers test
names apart.
"""

from __future__ import annotations

import functools

# Zipf 3.5: 10 ** (3.5 - 9) of all words. Below it are rarer words and most
# surnames ("Ericsson" 3.0, "Sachs" 3.4); above it "raging" (3.7), "decay".
_MIN_FREQUENCY = 10 ** (3.5 - 9)


@functools.lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    # Imported here: only texts with a name to test pay for the import.
    import wordfreq

    found = wordfreq.get_frequency_dict("en", wordlist="small")
    return frozenset(word for word, freq in found.items() if freq >= _MIN_FREQUENCY)


def is_common_word(word: str) -> bool:
    """``word`` (any case) is a frequent English word."""
    return word.lower() in _common()
