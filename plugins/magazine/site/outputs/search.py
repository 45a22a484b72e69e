"""Search per language with Pagefind: an index made after the build, loaded in small pieces.

After the last language is built, `index_site` runs Pagefind over the built site. Pagefind reads
each page's `<html lang>`, stems its words with that language's stemmer (Dutch "gemeenten" and
"gemeente" share a stem) and writes one index per language to `pagefind/`, cut into chunks of
some tens of kilobytes. A reader's browser loads nothing of it until the reader opens the search
box; then Pagefind and the list of pages of its page's language, and while a word is typed only
the chunks that hold it (`docs/assets/search.js`), so what a search costs does not grow with the
magazine the way a single index file does (`bench/search_cost.py` measures it).

Only text that is in the page's language is indexed: the templates mark it with
`data-pagefind-body` (see `pages/search_box.searchable`), and Pagefind leaves out every page without that mark (a
page shown in its original language because it has no translation, the status page, 404).
Listings of other articles, the menus and the footer are left out of the text (`EXCLUDED`), so a
search finds the page that is about the words, not every page that links to it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import tempfile
from importlib.metadata import version
from pathlib import Path

from mkdocs.exceptions import PluginError

BUNDLE = "pagefind"  # the folder of the index in the built site
# Parts of a page that are not its own text: navigation, footers, cards of other articles, and
# the labels around an article (its authors and title stay searchable).
EXCLUDED = [
    ".md-sidebar", ".md-tabs", ".md-footer", ".md-source-file", ".md-content__button",
    ".headerlink", ".mz-cards", ".mz-themes", ".mz-sessions", ".mz-more", ".mz-related",
    ".mz-linked-from", ".mz-filter",
    ".mz-article__kind", ".mz-article__meta dt", ".mz-article__meta time", ".mz-reading-time",
    ".mz-translation", ".mz-notice", ".mz-lead-story", ".mz-section-title", ".mz-print",
    ".mz-print-shop",
]


def executable() -> Path:
    """Pagefind's program, installed with the Python package `pagefind[bin]`."""
    try:
        from pagefind_bin import get_executable
    except ImportError as error:
        raise PluginError(
            "Search needs Pagefind: install it with `pip install 'pagefind[bin]'` "
            "(`make site` does), or turn search off with `search: false` under the magazine "
            "plugin in mkdocs.yml") from error
    return get_executable()


def index_site(site_dir: Path, cache: Path | None = None) -> None:
    """Write the search index of every language of the built site.

    With a `cache` folder, the index of the last build is kept there with a digest of the pages
    it was made from; when every page is as it was then, it is copied instead of made again.
    """
    digest = pages_digest(site_dir) if cache else ""
    kept = cache / "search" / digest if cache else None
    if kept is not None and (kept / "pagefind-entry.json").is_file():
        shutil.copytree(kept, site_dir / BUNDLE, dirs_exist_ok=True, copy_function=link_or_copy)
        return
    run_pagefind(site_dir)
    if kept is not None:
        try:
            shutil.rmtree(kept.parent, ignore_errors=True)  # one index kept: the latest
            shutil.copytree(site_dir / BUNDLE, kept, copy_function=link_or_copy)
        except OSError:
            pass  # a cache that cannot be written only costs time


def link_or_copy(source: str, target: str) -> None:
    """One file of the index, between the site and the cache: a second name for the same file,
    which costs no copying (some thousands of files at a thousand articles). Neither side is
    ever changed in place: Pagefind writes a new site's index into a new folder, and a new index
    replaces the kept one whole. Where that cannot be (another disk), a copy."""
    if os.path.lexists(target):  # an in-place build (`--dirty`): the last build's index
        if os.path.samefile(source, target):
            return
        os.unlink(target)  # its other name, in the cache, stays as it is
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def pages_digest(site_dir: Path) -> str:
    """A digest of what Pagefind reads: every page, its options and its version."""
    digest = hashlib.sha256(json.dumps([EXCLUDED, version("pagefind_bin")]).encode())
    for path in sorted(site_dir.glob("**/index.html")):
        digest.update(path.relative_to(site_dir).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def run_pagefind(site_dir: Path) -> None:
    config = {"site": str(site_dir), "output_subdir": BUNDLE, "exclude_selectors": EXCLUDED,
              # Pages only: not 404.html or the editors' files.
              "glob": "**/index.html"}
    # Pagefind reads its options from a pagefind.json in its working folder; one made for the run
    # keeps a stray file in the repository from changing what the site gets.
    with tempfile.TemporaryDirectory(prefix="magazine-pagefind-") as folder:
        Path(folder, "pagefind.json").write_text(json.dumps(config), encoding="utf-8")
        result = subprocess.run([str(executable()), "--quiet"], cwd=folder, capture_output=True,
                                text=True, check=False)
    if result.returncode != 0:
        raise PluginError(f"Pagefind could not index the site: {result.stderr or result.stdout}")
