# The two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: install demo test docs check-docs bench clean

$(BIN)/summit-archive: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	@touch $@

install: $(BIN)/summit-archive

demo: install
	$(BIN)/summit-archive demo

test: install check-docs
	$(BIN)/python -m pytest

# README sections generated from code (cog): `make docs` rewrites, `check-docs` fails if stale.
docs: install
	$(BIN)/cog -r README.md

check-docs: install
	$(BIN)/cog --check README.md

# Speed and quality targets live here, not in the tests; each prints its same-run baseline.
bench: install
	$(BIN)/python benchmarks/extraction.py
	$(BIN)/python benchmarks/dates.py
	$(BIN)/python benchmarks/relevance.py
	$(BIN)/python benchmarks/backfill.py
	$(BIN)/python benchmarks/search.py

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache
