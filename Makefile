# claimkit: `make demo` and `make test` are all the set-up a fresh clone needs.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed
SHARED ?= ../shared/data
OUT    ?= out

.PHONY: help venv demo test lint typecheck docs unit model ner-model ner-model-modern bench fuzz clean screenshot

help:
	@echo "make demo   extract the example articles and print a summary"
	@echo "make test   ruff + mypy on claimkit/, the docs build, then the test suite"
	@echo "make docs   user guide and API reference, built offline into $(OUT)/site"
	@echo "make model  save the assembled pipeline to models/claimkit_en"
	@echo "make ner-model  retrain claimkit/models/ner on $(SHARED)/ner/conllpp"
	@echo "make ner-model-modern  the same plus BTC, WNUT-17, GUM (not shipped)"
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
	$(BIN)/ruff check claimkit tests benchmarks examples scripts models docs
	$(BIN)/ruff format --check claimkit tests benchmarks examples scripts models docs

typecheck: $(STAMP)
	$(BIN)/mypy claimkit

# Guide (docs/) and API reference (docstrings), offline; any warning fails.
docs: $(STAMP)
	$(BIN)/mkdocs build --strict --site-dir $(OUT)/site

unit: $(STAMP)
	$(BIN)/python -m pytest -q

test: lint typecheck docs unit

model: $(STAMP)
	$(BIN)/claimkit save-model models/claimkit_en

BENCH_STAMP = $(VENV)/.bench-installed
$(BENCH_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[dev,bench]"
	touch $(BENCH_STAMP)

# Retrain the entity recognizer from CoNLL-2003 train/dev (writes
# claimkit/models/ner; the committed weights make this optional).
ner-model: $(STAMP)
	nice $(BIN)/python models/ner/build_ner.py $(SHARED)/ner/conllpp

# The same recognizer with modern training text beside CoNLL (build A of
# models/ner/README.md: measured, not adopted); writes models/ner/work/modern
# only, never the shipped weights.
ner-model-modern: $(STAMP)
	nice $(BIN)/python models/ner/build_ner.py $(SHARED)/ner/conllpp \
		--btc $(SHARED)/ner/btc --wnut $(SHARED)/ner/wnut17 --gum $(SHARED)/ner/gum \
		--repeat gum=2 --max-steps 2500 \
		--work models/ner/work/modern-work --out models/ner/work/modern

# Every benchmark prints claimkit beside its baseline in one run. Data comes
# from $(SHARED) (a script says so and skips when its set is absent).
bench: $(BENCH_STAMP)
	$(BIN)/python benchmarks/throughput.py $(SHARED)/bbc/articles --limit 500 --scale-limit 150
	$(BIN)/python benchmarks/ner_conll.py $(SHARED)/ner/conll2003
	$(BIN)/python benchmarks/ner_modern.py $(SHARED)/ner/gum/gum_other_genres.jsonl --genres heldout --systems bare,claimkit
	$(BIN)/python benchmarks/quantities_bench.py $(SHARED)/quantities
	$(BIN)/python benchmarks/quotes_polnear.py $(SHARED)/quotes/polnear
	$(BIN)/python benchmarks/linking_quality.py $(SHARED)/linking
	$(BIN)/python benchmarks/linking_tech.py
	$(BIN)/python benchmarks/linking_scale.py
	$(BIN)/python benchmarks/pathological.py
	$(BIN)/python benchmarks/compare_scale.py
	-$(BIN)/python benchmarks/compare_golden.py examples/compare tests/data/golden/compare.json
	-$(BIN)/python benchmarks/compare_golden.py examples/compare_lead tests/data/golden/compare_lead.json
	-$(BIN)/python benchmarks/compare_golden.py examples/compare_join tests/data/golden/compare_join.json
	-$(BIN)/python benchmarks/compare_golden.py examples/compare_age tests/data/golden/compare_age.json
	-$(BIN)/python benchmarks/compare_golden.py examples/compare_scope tests/data/golden/compare_scope.json
	-$(BIN)/python benchmarks/compare_golden.py examples/compare_units tests/data/golden/compare_units.json
	$(BIN)/python benchmarks/dataset_memory.py

# The property-based tests again with thousands of examples each, and the
# pathological-input timings (linear growth shows as a ratio near 4).
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -q -m "not slow" tests
	$(BIN)/python benchmarks/pathological.py --scale 20000 --runs 1

clean:
	rm -rf $(OUT) .pytest_cache .mypy_cache .ruff_cache

# Execute notebook 01, export it to HTML and capture it in headless Chromium
# (Debian package `chromium`: apt-get install -y chromium).
screenshot: $(STAMP)
	$(BIN)/python scripts/screenshot_notebook.py notebooks/01_quickstart.ipynb -o $(OUT)/notebook_01.png
