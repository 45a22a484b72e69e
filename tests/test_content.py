"""The magazine's own first edition: honest, complete and readable. These tests read the real
content and the real built site, so that a later edit cannot quietly undo what the editors fixed."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from bs4 import BeautifulSoup
from conftest import REPO, page
from magazine.content.loader import load_magazine
from magazine.content.readability import measure, plain_text
from magazine.printing.edition import load_edition
from magazine.printing.render import Renderer, read_site_settings

EDITORS = "Redactie Kennis door, voor en over nieuwkomers"


@pytest.fixture(scope="module")
def magazine():
    return load_magazine(REPO)[0]


def test_at_least_fifteen_articles_each_in_both_languages(magazine):
    assert len(magazine.articles) >= 15
    assert all(article.languages == ["nl", "en"] for article in magazine.articles)
    titles = [a.version(lang).title for a in magazine.articles for lang in ("nl", "en")]
    assert len(titles) == len(set(titles))  # each piece its own job, its own title


def test_every_theme_has_non_fiction_in_both_languages(magazine):
    for id, theme in magazine.themes.items():
        non_fiction = [a for a in theme.articles if a.status == "published"]
        assert non_fiction, f"theme {id} has only examples"
        for lang in ("nl", "en"):
            assert theme.versions[lang].sources, f"theme {id} ({lang}) names no sources"


def test_essays_are_essay_length(magazine):
    for article in magazine.of_folder("essays"):
        for version in article.versions.values():
            words = len(plain_text(version.body).split())
            assert 900 <= words <= 1500, (version.path, words)


def test_dates_and_bylines_are_honest(magazine):
    for article in magazine.articles:
        # Nothing here was written during the project (2018-2020): no text poses as the original.
        assert article.date >= dt.date(2026, 1, 1), article.key
        assert article.authors == [EDITORS], article.key
    colophon = (REPO / "docs/colophon.md").read_text(encoding="utf-8")
    assert EDITORS in colophon and "OpenEmbassy" in colophon and "Renée Frissen" in colophon


def test_every_published_article_names_its_sources(magazine):
    for article in magazine.articles:
        if article.status == "published":
            for version in article.versions.values():
                assert version.sources, version.path


def test_the_integration_act_is_stated_as_it_is(magazine):
    guide = magazine.article("practices/een-pip-maken-met-de-nieuwkomer")
    text = guide.version("nl").body
    for fact in ("1 januari 2022", "brede intake", "bezwaar", "herzien", "statushouders",
                 "onderwijsroute", "Z-route"):
        assert fact in text, fact
    english = guide.version("en").body
    for fact in ("1 January 2022", "broad intake", "object", "reviewed", "not for every newcomer"):
        assert fact in english, fact
    # "From 2021 every newcomer gets a PIP" only ever appears as a quotation from 2019.
    for path in [*REPO.glob("essays/*.md"), *REPO.glob("practices/*.md"),
                 *REPO.glob("interviews/*.md"), *REPO.glob("docs/**/*.md")]:
        body = path.read_text(encoding="utf-8")
        assert not re.search(r"vanaf 2021 (krijgt )?iedere nieuwkomer", body, re.I), path
        assert not re.search(r"every newcomer (will )?receives? .{0,60}from 2021", body, re.I), path


def test_pieces_for_newcomers_are_plain_and_start_with_a_summary_box(magazine):
    pieces = [(v.body, lang, v.path) for a in magazine.of_folder("practices")
              for lang, v in a.versions.items()]
    for name in ("index", "about"):
        for suffix, lang in (("", "nl"), (".en", "en")):
            path = REPO / f"docs/{name}{suffix}.md"
            pieces.append((path.read_text(encoding="utf-8").split("---", 2)[2], lang, path.name))
    for body, lang, path in pieces:
        reading = measure(body, lang)
        assert reading is not None and (reading.score >= 60 if lang == "nl"
                                        else reading.score <= 10), (path, reading)
        assert re.search(r'!!! abstract "(In het kort|In short)"', body), path


def test_sessions_overview_and_pages(real_site):
    overview = page(real_site, "sessions")
    text = overview.select_one(".md-content").get_text(" ", strip=True)
    assert "elf Maaksessies" in text and "vierhonderd" in text
    assert [a.get_text() for a in overview.select(".mz-session > a")] == [
        "Maaksessie #4: Veranderopgave 2021 en het PIP",
        "Maaksessie #11: Meedenken, meedoen, meebouwen",
        "Voorbeeld: zo ziet een beschreven actieagenda eruit"]  # last, marked as an example
    assert [li.select_one(".mz-badge--example") is not None
            for li in overview.select(".mz-session")] == [False, False, True]
    four = page(real_site, "en/sessions/2019-05-food-valley")
    assert len(four.select(".mz-programme li")) == 3
    assert four.select_one(".mz-agenda__unknown")  # the programme is not the action agenda
    assert not four.select(".mz-agenda .mz-action")
    eleven = page(real_site, "sessions/meedenken-meedoen-meebouwen")
    assert "niet bekend" in eleven.select_one(".mz-session__facts").get_text()
    assert eleven.select(".mz-sources a")


def test_article_pages_end_with_their_sources(real_site, magazine):
    for article in magazine.articles:
        html = page(real_site, f"en/{article.key}")
        sources = html.select(".mz-article__footer .mz-sources li")
        assert len(sources) == len(article.version("en").sources), article.key


def test_an_example_shows_its_notice_once_on_the_site_and_in_print(real_site, magazine):
    examples = [a for a in magazine.articles if a.status == "example"]
    assert len(examples) == 3
    settings = read_site_settings(REPO)
    edition, _ = load_edition(magazine, settings.edition, settings.site_names)
    for lang, prefix in (("nl", ""), ("en", "en/")):
        printed = BeautifulSoup(Renderer(magazine, edition, lang, settings).html(), "html.parser")
        for article in examples:
            html = page(real_site, f"{prefix}{article.key}")
            assert len(html.select(".mz-notice--example")) == 1
            body = html.select_one(".mz-article__body").get_text(" ")
            summary = html.select_one(".mz-article__summary").get_text(" ")
            for words in ("illustratie", "illustrati", "verzonnen", "fictional", "made up"):
                assert words not in body.lower() and words not in summary.lower(), article.key
            block = printed.select_one(f'article[data-key="{article.key}"]')
            assert len(block.select(".notice.example")) == 1
            assert block.select_one(".notice.example").get_text().count("verzonnen" if lang == "nl"
                                                                        else "made up") == 1
