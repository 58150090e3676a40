# bitext: `make site` builds the bundled example, `make test` runs the tests.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

.PHONY: site serve test check bench lock clean help
.DEFAULT_GOAL := help

help:
	@echo "make site    build the example site into site/ (sets up .venv/ on first use)"
	@echo "make serve   preview on http://127.0.0.1:8000 with live reload"
	@echo "make test    run the whole test suite"
	@echo "make check   report what bitext finds in the configured reports, without building"
	@echo "make bench   run the benchmark and print its results"

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "bitext needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install -q -r requirements.txt
	@touch $@

$(VENV)/.installed-test: requirements-test.txt $(VENV)/.installed
	$(BIN)/python -m pip install -q -r requirements-test.txt
	@touch $@

site: $(VENV)/.installed
	$(BIN)/python build.py build
	@echo "Open site/index.html, or run 'make serve' and open http://127.0.0.1:8000"

serve: $(VENV)/.installed
	$(BIN)/python build.py serve

check: $(VENV)/.installed
	$(BIN)/python build.py check

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest

bench: $(VENV)/.installed-test
	$(BIN)/python bench/run.py

lock: | $(BIN)/python
	rm -rf .venv-lock && $(PYTHON) -m venv .venv-lock && .venv-lock/bin/pip install -q -r requirements.in
	{ echo "# Pinned runtime dependencies (direct ones in requirements.in). Regenerate with: make lock"; .venv-lock/bin/pip freeze; } > requirements.txt
	rm -rf .venv-lock

clean:
	rm -rf site docs/generated .pytest_cache
