"""`make serve` while editing: a content error neither stops the preview nor hides the article;
every page shows the problem (file, line, fix), and the next save that fixes it clears it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import REPO, SITE_CONFIG, TINY_SITE, write_site
from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.plugins import PluginCollection


def serve_build(root: Path, plugins: PluginCollection | None) -> PluginCollection:
    """One rebuild as `mkdocs serve` makes it: the config read again (mkdocs.yml says strict),
    the same plugin objects kept from the first build."""
    config = load_config(str(root / "mkdocs.yml"), site_dir=str(root / "site"), strict=True)
    if plugins is not None:
        config.plugins = plugins
    else:
        config.plugins.on_startup(command="serve", dirty=False)
    config = config.plugins.on_config(config)
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
    assert "essays/werk-eerst.md:3:14" in text and "between double quotes" in text
    assert banner.find("b") is None  # the editor's text is shown, never run as HTML
    assert read(root, "en/essays/werk-eerst").select_one(".mz-problems") is not None

    article.write_text(good)
    serve_build(root, plugins)
    assert read(root, "essays/werk-eerst").select_one(".mz-problems") is None
    assert read(root, "themes/work").select_one(".mz-problems") is None
