"""spaCy-free text code: number words and scanner, quote-mark pairing, text layout."""
