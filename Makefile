# The magazine's commands. Each creates .venv and installs what it needs on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: site serve test check lint clean

site: $(INSTALLED)
	$(BIN)/mkdocs build --strict

serve: $(INSTALLED)
	$(BIN)/mkdocs serve --livereload

# The browser tests drive Debian's Chromium: install it where it is missing and we can (root, apt).
test: $(INSTALLED)
	@test -x /usr/bin/chromium || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
		apt-get update -q && apt-get install -y -q chromium; } || \
		echo "No /usr/bin/chromium: the browser tests will be skipped."
	$(BIN)/python -m pytest

check: $(INSTALLED)
	$(BIN)/magazine check

lint: $(INSTALLED)
	$(BIN)/ruff check plugins tests

$(INSTALLED): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --editable '.[test]'
	touch $@

clean:
	rm -rf site .pytest_cache
