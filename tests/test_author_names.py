"""An author's name per language (authors.yml): the editorial team is "Redactie ..." in Dutch and
"The editors of ..." in English, on the site, in the feeds and in print; never the Dutch name in
the English site or edition."""

from __future__ import annotations

from pathlib import Path

import feedparser
import pytest
from bs4 import BeautifulSoup
from conftest import TINY_SITE, build, page, write_site
from magazine.content.loader import load_magazine
from magazine.printing.edition import load_edition
from magazine.printing.render import Renderer, read_site_settings

TEAM_NL = "Redactie Testmagazine"
TEAM_EN = "The editors of Testmagazine"
AUTHORS_YML = f'# names per language\n"{TEAM_NL}":\n  en: {TEAM_EN}\n'


def team_site(root: Path, authors_yml: str = AUTHORS_YML) -> Path:
    essay = TINY_SITE["essays/werk-eerst.md"].replace("authors: [Ann]", f'authors: ["{TEAM_NL}"]')
    return write_site(root, {**TINY_SITE, "essays/werk-eerst.md": essay,
                             "authors.yml": authors_yml})


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    return build(team_site(tmp_path_factory.mktemp("team") / "repo"))


@pytest.mark.parametrize(("prefix", "name"), [("", TEAM_NL), ("en/", TEAM_EN)])
def test_the_byline_and_the_authors_page_give_the_name_in_the_pages_language(site, prefix, name):
    article = page(site, f"{prefix}essays/werk-eerst/")
    assert article.select_one(".mz-authors").get_text(strip=True) == name
    link = article.select_one(".mz-authors a.mz-author")
    assert link["href"] == "../../authors/redactie-testmagazine/"  # one address per author
    author = page(site, f"{prefix}authors/redactie-testmagazine/")
    assert author.h1.get_text() == name
    feed = feedparser.parse((site / prefix / "feed.xml").read_bytes())
    (entry,) = [e for e in feed.entries if "werk-eerst" in e.link]
    assert [a.get("name") for a in entry.authors] == [name]


def test_the_english_site_names_no_dutch_byline(site):
    for file in (site / "en").rglob("*"):
        if file.suffix in (".html", ".xml", ".json"):
            assert TEAM_NL not in file.read_text("utf-8"), file


def test_the_english_edition_prints_the_english_name(tmp_path):
    root = team_site(tmp_path / "repo")
    magazine, diagnostics = load_magazine(root)
    assert not [d for d in diagnostics if d.path == "authors.yml"]
    settings = read_site_settings(root)
    edition, _ = load_edition(magazine, None, settings.site_names)
    for lang, name, other in (("en", TEAM_EN, TEAM_NL), ("nl", TEAM_NL, TEAM_EN)):
        soup = BeautifulSoup(Renderer(magazine, edition, lang, settings).html(), "html.parser")
        byline = soup.select_one('article[data-key="essays/werk-eerst"] .byline').get_text()
        assert name in byline and other not in soup.get_text()


def test_a_mistake_in_authors_yml_names_its_line(tmp_path):
    root = team_site(tmp_path / "repo", f'"{TEAM_NL}":\n  en: {TEAM_EN}\n"Ann":\n  fr: Anne\n')
    magazine, diagnostics = load_magazine(root)
    (problem,) = [d for d in diagnostics if d.path == "authors.yml"]
    assert problem.line == 3 and problem.severity == "error" and "'fr'" in problem.message
    assert magazine.author_name(TEAM_NL, "en") == TEAM_EN  # the rest of the file still counts
