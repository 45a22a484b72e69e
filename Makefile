# The magazine's commands. Each creates .venv and installs what it needs on first use.
PYTHON ?= python3
# Material 9.7+ prints a notice about MkDocs 2 on every build; it says nothing about this site.
export NO_MKDOCS_2_WARNING := 1
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: site serve preview test check lint clean bench bench-print screenshots

site: $(INSTALLED)
	$(BIN)/mkdocs build --strict

# A copy of the site that opens from disk, without a web server (every link names its .html
# file), for a pull request's preview: download it, unpack it, open index.html. Drafts are in it,
# marked as drafts; content errors are shown (as `make site` shows them, and on their pages) but
# do not stop it (`--no-strict`: mkdocs.yml is strict). With the PDFs of `make site` when they
# are there. Never published: the site keeps clean addresses. No search: a browser does not run
# it from disk.
preview: $(INSTALLED)
	MAGAZINE_PDF=false MAGAZINE_DRAFTS=true MAGAZINE_SEARCH=false $(BIN)/mkdocs build --no-strict --no-directory-urls --site-dir preview
	if [ -d site/print ]; then cp -r site/print preview/; fi
	if [ -d site/en/print ]; then mkdir -p preview/en && cp -r site/en/print preview/en/; fi

# Preview with live reload. After a save, only the pages that now look different are written
# again (MkDocs' --dirty keeps the folder; the plugin builds every page from its caches and leaves
# the unchanged ones alone, so no listing goes stale: site/caches/written_pages.py). Not strict: a content
# error must not stop the preview (MkDocs would then hold every request until it is fixed); every
# page shows it instead. While editing one language on a big magazine, `make serve LANGUAGE=nl`
# (or en) builds only that language (English then lives under /en/).
LANGUAGE ?=
SERVE_FLAGS ?=
serve: $(INSTALLED)
	MAGAZINE_PDF=false MAGAZINE_DRAFTS=true MAGAZINE_SEARCH=false MAGAZINE_LANGUAGE=$(LANGUAGE) $(BIN)/mkdocs serve --livereload --dirty --no-strict $(SERVE_FLAGS)

# The tests need Pango, fonts, the CMYK profile, poppler-utils and Debian's Chromium: install
# what is missing where we can (.ci/setup-system); without them those tests are skipped.
test: $(INSTALLED)
	@.ci/setup-system || echo "Some system packages are missing (see .ci/setup-system): the tests that need them are skipped."
	$(BIN)/python -m pytest

# `make check CHECK_FORMAT=github` (the pull-request workflow): annotations on the files and lines.
CHECK_FORMAT ?= text
# Screenshots of every kind of page, both languages, 390 and 1280 px wide, into screenshots/.
# `make screenshots SINCE=<commit>`: the pages of the articles changed since that commit, from
# preview/ (`make preview` first; made also when the content has errors), into
# changed-screenshots/: the pull-request workflow attaches them. Needs /usr/bin/chromium, as
# `make test` does.
SINCE ?=
screenshots: $(INSTALLED)
ifeq ($(SINCE),)
	MAGAZINE_PDF=false $(BIN)/mkdocs build --strict --site-dir test-output/screenshot-site
	$(BIN)/python tools/screenshots.py test-output/screenshot-site screenshots
else
	rm -rf changed-screenshots
	$(BIN)/python tools/screenshots.py --since "$(SINCE)" preview changed-screenshots
endif

check: $(INSTALLED)
	$(BIN)/magazine check --format $(CHECK_FORMAT)

# Both PDFs of the print edition against one plain WeasyPrint pass over the same HTML, in CPU
# time and peak memory, on the synthetic corpus of PRINT_N articles (an edition of every
# article; some five minutes at 200). `make bench` adds the same table to bench/results.md.
PRINT_N ?= 200
bench-print: $(INSTALLED)
	$(BIN)/python bench/print_bench.py --n $(PRINT_N)

# Style, the import contracts between the package's parts (pyproject.toml, ARCHITECTURE.md),
# and the GitHub workflows: actionlint (mistakes) and zizmor (security; offline, no token).
lint: $(INSTALLED)
	$(BIN)/ruff check plugins tests bench tools
	$(BIN)/lint-imports
	$(BIN)/actionlint .github/workflows/*.yml
	$(BIN)/zizmor --offline --quiet .github/workflows/

# Speed benchmark on synthetic magazines (bench/run.py): our build against the off-the-shelf stack
# and Python-Markdown alone, the plugin's time per event, `magazine check`; the table goes to
# bench/results.md, then what pictures cost (bench/pictures.py: a fresh build and the next one),
# the largest HTML page with listings in pages against one page each (bench/largest_page.py), and
# the print edition (bench/print_bench.py, PRINT_N articles).
# The full run: `make bench SIZES=200,1000,3000` (some 25 minutes on 2 cores).
# `$(BIN)/python bench/preview.py --n 1000` times the editing preview.
SIZES ?= 200,1000
bench: $(INSTALLED)
	$(BIN)/python bench/run.py --sizes $(SIZES)
	$(BIN)/python bench/pictures.py --n 200 --pictures 40 --out bench/results.md
	$(BIN)/python bench/largest_page.py --sizes $(SIZES) --out bench/results.md
	$(BIN)/python bench/print_bench.py --n $(PRINT_N) --out bench/results.md

$(INSTALLED): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --editable '.[test]'
	touch $@

clean:
	rm -rf site preview .pytest_cache changed-screenshots test-output
