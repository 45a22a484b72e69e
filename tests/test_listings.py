"""Listings that do not grow without bound: pages of a fixed size with stable first addresses,
links to the neighbouring pages, an index of every author, and a filter over every article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import GROWN_SITE, build, page, write_site
from readers_site import READERS_CONFIG, readers_files

PAGED_CONFIG = READERS_CONFIG.replace("  - magazine:\n", "  - magazine:\n      page_size: 2\n")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    files = readers_files({k: v for k, v in GROWN_SITE.items()})
    return build(write_site(tmp_path_factory.mktemp("paged") / "repo", files, PAGED_CONFIG))


def titles(html) -> list[str]:  # noqa: ANN001
    return [a.get_text() for a in html.select(".mz-overview .mz-card__title a, "
                                              ".mz-theme-articles .mz-card__title a, "
                                              ".md-content > .md-typeset > .mz-cards "
                                              ".mz-card__title a")]


def test_the_overview_is_split_into_pages_with_a_stable_first_address(site):
    first, second = page(site, "articles"), page(site, "articles/page/2")
    assert titles(first) == ["Nieuwer essay", "Zorg"]  # the newest first
    assert titles(second) == ["Werk eerst", "Alleen Nederlands"]
    assert first.select_one(".mz-overview h2 .mz-count").get_text() == "(4)"
    assert first.select_one(".mz-pager__where").get_text() == "Pagina 1 van 2"
    assert first.select_one("link[rel=next]")["href"] == "page/2/"
    assert not first.select("link[rel=prev]")
    assert second.select_one("link[rel=prev]")["href"] == "../../"
    assert not second.select("link[rel=next]")
    assert [a.get_text() for a in second.select(".mz-pager__pages a")] == ["Vorige", "1"]
    assert second.select_one(".mz-pager [aria-current=page]").get_text() == "2"
    assert second.title.get_text().startswith("Alle artikelen, pagina 2")
    assert not (site / "articles/page/3").exists()


@pytest.mark.parametrize(("url", "first", "second"), [
    ("themes/work", ["Nieuwer essay", "Zorg"], ["Werk eerst"]),
    ("en/themes/work", ["Nieuwer essay", "Care"], ["Work first"]),
    ("essays", ["Nieuwer essay", "Werk eerst"], None),
])
def test_themes_and_sections_are_split_the_same_way(site, url, first, second):
    html = page(site, url)
    assert titles(html) == first
    if second is None:
        assert not html.select(".mz-pager") and not (site / url / "page").exists()
        return
    later = page(site, f"{url}/page/2")
    assert titles(later) == second
    # The later page is in its language, with the other language's page as its alternate.
    assert later.html["lang"] == ("en" if url.startswith("en/") else "nl")
    assert later.select_one(".mz-pager [aria-current=page]").get_text() == "2"


def test_every_author_is_in_the_index_with_a_link_to_their_page(site):
    for prefix, count in (("", "1 artikel"), ("en/", "1 article")):
        html = page(site, f"{prefix}authors")
        rows = [(a.get_text(), a["href"]) for a in html.select(".mz-authors-index a")]
        assert rows == [("Ann", "ann/"), ("Bob", "bob/"), ("Cem", "cem/"), ("Dee", "dee/")]
        assert html.select_one(".mz-authors-index .mz-count").get_text() == f"({count})"
        for _, href in rows:
            assert (site / prefix / "authors" / href / "index.html").is_file()


@pytest.mark.parametrize(("prefix", "care"), [("", "Zorg"), ("en/", "Care")])
def test_the_filter_reads_every_article_from_the_index_of_its_language(site, prefix, care):
    form = page(site, f"{prefix}articles").select_one("form.mz-filter")
    assert form["data-index"] == "index.json" and form["data-total"] == "4"
    entries = json.loads((site / prefix / "articles/index.json").read_text(encoding="utf-8"))
    assert [e["title"] for e in entries][:2] == ["Nieuwer essay", care]
    assert {e["url"] for e in entries} == {f"{prefix}{key}/" for key in (
        "essays/nieuwer", "interviews/zorg", "essays/werk-eerst", "practices/alleen-nl")}
    assert entries[1]["themes"] == ["health", "work"] and entries[1]["folder"] == "interviews"


def test_the_translation_status_is_split_too_with_the_summary_of_every_article(tmp_path):
    from conftest import REPO

    files = readers_files({**GROWN_SITE, "docs/status.md": (REPO / "docs/status.md").read_text(
        encoding="utf-8")})
    site = build(write_site(tmp_path / "repo", files, PAGED_CONFIG))
    first, second = page(site, "status"), page(site, "status/page/2")
    for html in (first, second):
        assert html.select_one(".mz-status-summary").get_text().startswith("4 artikelen:")
        assert len(html.select(".mz-status tbody tr")) == 2
    assert second.select_one("link[rel=prev]")["href"] == "../../"


@pytest.mark.parametrize(("option", "value"), [("page_size", 0), ("page_size", -3),
                                               ("related", -1)])
def test_a_count_below_its_least_in_mkdocs_yml_is_named_with_its_fix(tmp_path, option, value):
    """`page_size: 0` divided by zero deep in the listings; now the build stops at once with
    the option, what it must be and the line to write, and no traceback."""
    import subprocess
    import sys

    config = READERS_CONFIG.replace("  - magazine:\n", f"  - magazine:\n      {option}: {value}\n")
    root = write_site(tmp_path / "repo", readers_files(dict(GROWN_SITE)), config)
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=root,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr and "ZeroDivisionError" not in done.stderr
    assert f"'{option}'" in done.stderr and "a whole number of" in done.stderr, done.stderr
    assert f"{option}: {50 if option == 'page_size' else 5}" in done.stderr, done.stderr
