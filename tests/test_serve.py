"""`make serve` while editing: a content error neither stops the preview nor hides the article;
every page shows the problem (file, line, fix), and the next save that fixes it clears it."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import REPO, SITE_CONFIG, TINY_SITE, write_site
from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.plugins import PluginCollection


def serve_build(root: Path, plugins: PluginCollection | None) -> PluginCollection:
    """One rebuild as `make serve` makes it: the config read again, not strict (`--no-strict`:
    mkdocs.yml says strict), the same plugin objects kept from the first build."""
    config = load_config(str(root / "mkdocs.yml"), site_dir=str(root / "site"), strict=False)
    if plugins is not None:
        config.plugins = plugins
    else:
        config.plugins.on_startup(command="serve", dirty=False)
    mkdocs_build(config, serve_url="http://127.0.0.1:8000/")
    return config.plugins


def read(root: Path, url: str) -> BeautifulSoup:
    return BeautifulSoup((root / "site" / url / "index.html").read_text(), "html.parser")


@pytest.mark.allow_warnings
def test_a_content_error_keeps_the_last_good_page_and_shows_the_problem(tmp_path):
    # The site's own look (overrides/main.html shows the problems above every page).
    config = SITE_CONFIG.replace("  name: material\n", "  name: material\n  custom_dir: overrides\n")
    root = write_site(tmp_path / "repo", TINY_SITE, config)
    shutil.copytree(REPO / "overrides", root / "overrides")
    plugins = serve_build(root, None)
    assert read(root, "essays/werk-eerst").select_one(".mz-problems") is None
    article = root / "essays/werk-eerst.md"
    good = article.read_text()
    article.write_text(good.replace("summary: Over werk.", "summary: Werk: <b>eerst</b>"))

    serve_build(root, plugins)  # no Abort: the preview goes on
    page = read(root, "essays/werk-eerst")
    assert page.h1.get_text() == "Werk eerst"  # the last good version of the article
    body = page.select_one(".mz-article__body").get_text()
    assert "Lees het interview en werk." in body and "summary:" not in body
    banner = read(root, "themes/work").select_one(".mz-problems")
    text = banner.get_text(" ", strip=True)
    assert "essays/werk-eerst.md:3:14" in text and "tussen dubbele aanhalingstekens" in text  # the page's language
    assert banner.find("b") is None  # the editor's text is shown, never run as HTML
    assert read(root, "en/essays/werk-eerst").select_one(".mz-problems") is not None

    article.write_text(good)
    serve_build(root, plugins)
    assert read(root, "essays/werk-eerst").select_one(".mz-problems") is None
    assert read(root, "themes/work").select_one(".mz-problems") is None


# -- `make serve` writes only what a save changed ---------------------------------------------

def dirty_serve(root: Path, first: bool, monkeypatch) -> None:
    """One build as `make serve` makes it: `mkdocs serve --dirty --no-strict` (static-i18n reads
    the flag from the command line). As in `mkdocs serve`, the configuration is read again for
    each rebuild; MkDocs keeps our plugin's object (it has `on_startup`), static-i18n's is new."""
    monkeypatch.setattr(sys, "argv", ["mkdocs", "serve", "--dirty", "--no-strict"])
    config = load_config(str(root / "mkdocs.yml"), site_dir=str(root / "site"), strict=False)
    if first:
        config.plugins.on_startup(command="serve", dirty=True)
    mkdocs_build(config, serve_url="http://127.0.0.1:8000/", dirty=True)


def fresh_serve(root: Path, site: Path, monkeypatch) -> Path:
    """What a first `mkdocs serve` of the same files shows: every page built into an empty folder."""
    monkeypatch.setattr(sys, "argv", ["mkdocs", "serve", "--no-strict"])
    config = load_config(str(root / "mkdocs.yml"), site_dir=str(site), strict=False)
    config.plugins.on_startup(command="serve", dirty=False)
    mkdocs_build(config, serve_url="http://127.0.0.1:8000/")
    return site


def files_of(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*"))
            if p.is_file()}


def backdate(site: Path) -> None:
    """Give every file of the site a time long past, so that a file written again stands out."""
    for path in site.rglob("*"):
        if path.is_file():
            os.utime(path, ns=(0, 0))


def rewritten(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*.html")
            if p.stat().st_mtime_ns != 0}


LOOSE = {"essays/los.md": (
    "---\ntitle: Los essay\nsummary: Staat op zich.\ndate: 2019-02-01\nauthors: [Ann]\n"
    "themes: [work]\n---\nAlleen.\n")}


# The options `make serve` gives through the environment, in the test site's mkdocs.yml.
PREVIEW_CONFIG = SITE_CONFIG.replace(
    "  - magazine\n", "  - magazine:\n      pdf: false\n      search: false\n      drafts: true\n")


def test_a_save_rewrites_only_the_pages_it_changes(tmp_path, monkeypatch, caplog):
    root = write_site(tmp_path / "repo", TINY_SITE, PREVIEW_CONFIG)
    dirty_serve(root, True, monkeypatch)
    site = root / "site"
    backdate(site)
    article = root / "essays/werk-eerst.md"
    article.write_text(article.read_text().replace("title: Werk eerst", "title: Werk voorop"))

    with caplog.at_level(logging.INFO, logger="mkdocs"):
        dirty_serve(root, False, monkeypatch)

    assert read(root, "essays/werk-eerst").h1.get_text() == "Werk voorop"
    for listing in ("", "essays", "themes/work", "sessions/s1"):  # every page that lists it
        assert "Werk voorop" in read(root, listing).get_text(), listing
    written = rewritten(site)
    assert "essays/werk-eerst/index.html" in written
    # Pages that do not show the essay are left as they were, in both languages.
    for untouched in ("practices/index.html", "themes/health/index.html",
                      "en/practices/index.html", "practices/alleen-nl/index.html"):
        assert untouched not in written, untouched
    assert len(written) < len(list(site.rglob("*.html"))) / 2
    # What is served is what a fresh preview of the same files shows, byte for byte.
    assert files_of(site) == files_of(fresh_serve(root, tmp_path / "fresh", monkeypatch))
    # MkDocs' notes on a dirty build and on each page left alone say nothing to the editor here.
    said = [record.getMessage() for record in caplog.records]
    assert not [m for m in said if "dirty" in m or m.startswith("Page skipped")], said


def test_a_deleted_article_leaves_the_preview(tmp_path, monkeypatch):
    root = write_site(tmp_path / "repo", {**TINY_SITE, **LOOSE,
                                          "docs/handout.md": "Uitdeelblad."},
                      PREVIEW_CONFIG)
    dirty_serve(root, True, monkeypatch)
    assert "Los essay" in read(root, "essays").get_text()
    assert (root / "site/en/essays/los/index.html").exists()
    assert (root / "site/handout/index.html").exists()

    (root / "essays/los.md").unlink()
    (root / "docs/handout.md").unlink()
    dirty_serve(root, False, monkeypatch)

    assert not (root / "site/essays/los").exists()
    assert not (root / "site/en/essays/los").exists()
    assert not (root / "site/handout").exists()
    assert "Los essay" not in read(root, "essays").get_text()
    assert files_of(root / "site") == files_of(fresh_serve(root, tmp_path / "fresh", monkeypatch))


def test_make_serve_writes_only_what_changed_and_goes_on_after_a_mistake():
    """`make serve` is the fast preview: MkDocs' --dirty, made exact by the plugin; and not
    strict, or MkDocs would hold every request after a content error until it is fixed."""
    command = subprocess.run(["make", "-n", "serve"], cwd=REPO, capture_output=True, text=True,
                             check=True).stdout
    assert "mkdocs serve" in command
    flags = command.split("mkdocs serve", 1)[1].split()
    assert "--dirty" in flags and "--no-strict" in flags
