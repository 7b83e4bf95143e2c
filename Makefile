# claimkit: `make demo` and `make test` are all the set-up a fresh clone needs.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed
SHARED ?= ../shared/data
OUT    ?= out

.PHONY: help venv demo test lint typecheck unit model ner-model bench fuzz clean

help:
	@echo "make demo   extract the example articles and print a summary"
	@echo "make test   ruff + mypy on claimkit/, then the test suite"
	@echo "make model  save the assembled pipeline to models/claimkit_en"
	@echo "make ner-model  retrain claimkit/models/ner on $(SHARED)/ner/conllpp"
	@echo "make bench  benchmarks on $(SHARED) (skips what is absent)"
	@echo "make fuzz   long property-based runs of the parsers"

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(BIN)/claimkit extract examples/articles -o $(OUT)/examples.jsonl --no-progress
	$(BIN)/claimkit summary $(OUT)/examples.jsonl

lint: $(STAMP)
	$(BIN)/ruff check claimkit
	$(BIN)/ruff format --check claimkit

typecheck: $(STAMP)
	$(BIN)/mypy claimkit

unit: $(STAMP)
	$(BIN)/python -m pytest -q

test: lint typecheck unit

model: $(STAMP)
	$(BIN)/claimkit save-model models/claimkit_en

ner-model: $(STAMP)
	nice $(BIN)/python models/ner/build_ner.py $(SHARED)/ner/conllpp

bench: $(STAMP)
	@echo "no benchmarks yet"

fuzz: $(STAMP)
	@echo "no fuzz targets yet"

clean:
	rm -rf $(OUT) .pytest_cache .mypy_cache .ruff_cache
