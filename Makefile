# The magazine's commands. Each creates .venv and installs what it needs on first use.
PYTHON ?= python3
# Material 9.7+ prints a notice about MkDocs 2 on every build; it says nothing about this site.
export NO_MKDOCS_2_WARNING := 1
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: site serve test check lint clean bench-print

site: $(INSTALLED)
	$(BIN)/mkdocs build --strict

serve: $(INSTALLED)
	MAGAZINE_PDF=false $(BIN)/mkdocs serve --livereload

test: $(INSTALLED)
	$(BIN)/python -m pytest

check: $(INSTALLED)
	$(BIN)/magazine check

# Time per page of the print edition against one plain WeasyPrint render of the same HTML.
bench-print: $(INSTALLED)
	$(BIN)/python bench/print_bench.py

lint: $(INSTALLED)
	$(BIN)/ruff check plugins tests

$(INSTALLED): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --editable '.[test]'
	touch $@

clean:
	rm -rf site .pytest_cache
