"""claimkit's retrained entity recognizer: CoNLL reading for its build and benchmark."""
