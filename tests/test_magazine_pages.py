"""The magazine's pages as a reader meets them: author pages from bylines, the front page, the
active section tab, the footer and 404 page in the page's language, headings in order, and only
what is meant to be read published."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import page
from magazine.content.model import author_slug
from readers_site import READERS_CONFIG, build_readers_site, repository_files

ANN_TWICE = {
    "essays/tweede.md": (
        "---\ntitle: Tweede stuk\nsummary: Nog een.\ndate: 2021-02-03\n"
        "authors: [Ann, Özlem Şahin]\nthemes: [health]\n---\nTekst.\n"),
}


# The repository's look: its overrides (footer, 404 page) and the menu as tabs.
LOOK_CONFIG = READERS_CONFIG.replace("  custom_dir: overrides\n",
                                     "  custom_dir: overrides\n  features: [navigation.tabs]\n")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    files = {**ANN_TWICE, **repository_files("overrides/404.html", "overrides/partials/copyright.html")}
    return build_readers_site(tmp_path_factory.mktemp("look") / "repo", files, LOOK_CONFIG)


@pytest.mark.parametrize(("name", "slug"), [
    ("Ann", "ann"), ("Özlem Şahin", "ozlem-sahin"), ("Redactie Kennis van nieuwkomers",
                                                     "redactie-kennis-van-nieuwkomers"),
    ("  ", "author"), ("<script>", "script"),
])
def test_author_addresses(name, slug):
    assert author_slug(name) == slug


@pytest.mark.parametrize(("lang", "prefix", "kicker"), [("nl", "", "Auteur"), ("en", "en/", "Author")])
def test_every_author_has_a_page_per_language_linked_from_bylines(site, lang, prefix, kicker):
    article = page(site, f"{prefix}essays/tweede/")
    links = article.select(".mz-article__meta .mz-authors a.mz-author")
    assert [a.get_text() for a in links] == ["Ann", "Özlem Şahin"]
    assert links[1]["href"] == "../../authors/ozlem-sahin/"
    author = page(site, f"{prefix}authors/ann/")
    assert author.html["lang"] == lang
    assert author.h1.get_text() == "Ann"
    assert author.select_one(".mz-kicker").get_text() == kicker
    assert [h.get_text() for h in author.select(".mz-cards h2.mz-card__title")] == [
        {"nl": "Tweede stuk", "en": "Tweede stuk"}[lang], {"nl": "Werk eerst", "en": "Work first"}[lang]]
    card_links = page(site, f"{prefix}essays/").select(".mz-card__byline a.mz-author")
    assert [a["href"] for a in card_links[:2]] == ["../authors/ann/", "../authors/ozlem-sahin/"]


def test_the_front_page_leads_with_the_newest_story(site):
    home = page(site, "en/")
    lead = home.select_one(".mz-lead-story")
    assert lead.select_one(".mz-lead-story__title a").get_text() == "Tweede stuk"
    assert lead.select_one(".mz-placeholder--essays") is not None  # no picture: the kind's cover
    # Not again as the first card of its section; the section's count still counts it.
    lead_url = lead.select_one(".mz-lead-story__title a")["href"]
    assert lead_url not in [a["href"] for a in home.select(".mz-home-section .mz-card__title a")]
    essays = home.select_one("#mz-section-essays").find_parent("section")
    assert essays.select(".mz-card") and "(2)" in essays.select_one(".mz-more").get_text()
    assert [h.get_text() for h in home.select("h2.mz-section-title")][-3:] == [
        "Themes", "Making Sessions", "About this magazine"]
    assert [a.get_text() for a in home.select(".mz-home-sessions .mz-session > a")] == ["Session one"]


@pytest.mark.parametrize(("url", "tab"), [
    ("essays/werk-eerst/", "Essays"), ("en/interviews/zorg/", "Interviews"),
    ("themes/work/", "Thema's"), ("en/sessions/s1/", "Making Sessions"),
])
def test_an_article_theme_or_session_marks_its_sections_tab(site, url, tab):
    [active] = page(site, url).select(".md-tabs__item--active")
    assert active.get_text(strip=True) == tab


@pytest.mark.parametrize("url", ["essays/", "en/essays/", "themes/work/", "en/sessions/s1/",
                                 "articles/", "en/authors/ann/", "", "en/"])
def test_headings_never_skip_a_level(site, url):
    levels = [int(h.name[1]) for h in page(site, url).select(".md-content h1, .md-content h2, "
                                                               ".md-content h3, .md-content h4")]
    assert levels[0] == 1
    assert all(b <= a + 1 for a, b in zip(levels, levels[1:], strict=False)), levels


@pytest.mark.parametrize(("url", "about", "date"), [
    ("essays/werk-eerst/", "Over dit magazine", "14 mei 2019"),
    ("en/essays/werk-eerst/", "About this magazine", "14 May 2019"),
])
def test_footer_and_dates_speak_the_pages_language(site, url, about, date):
    soup = page(site, url)
    footer = soup.select_one("footer.md-footer")
    assert about in footer.get_text()
    assert "Material for MkDocs" not in footer.get_text()
    assert soup.select_one(".mz-article__meta time").get_text() == date


def test_the_footer_leads_readers_to_the_editors(site, tmp_path):
    # Without a repository address: the colophon's contact section, in the page's language.
    for prefix, words in (("", "Contact met de redactie"), ("en/", "Contact the editors")):
        footer = page(site, f"{prefix}essays/tweede/").select_one("footer.md-footer")
        contact = footer.select_one("a.mz-footer__contact")
        assert contact.get_text() == words
        assert contact["href"] == "../../colophon/#contact"
        assert footer.select_one("a.mz-footer__issues") is None  # no address is ever made up
    # With `repo_url`: the repository's issues too, on every page.
    files = {**ANN_TWICE, **repository_files("overrides/404.html",
                                             "overrides/partials/copyright.html")}
    config = "repo_url: https://example.org/redactie/magazine/\n" + LOOK_CONFIG
    with_repo = build_readers_site(tmp_path / "repo", files, config)
    for url in ("", "en/", "essays/tweede/", "en/essays/tweede/"):
        issues = page(with_repo, url).select_one("footer.md-footer a.mz-footer__issues")
        assert issues["href"] == "https://example.org/redactie/magazine/issues", url


def test_each_language_has_its_own_404_page(site):
    dutch = page(site, "404.html")
    english = page(site, "en/404.html")
    assert (dutch.html["lang"], dutch.h1.get_text()) == ("nl", "Pagina niet gevonden")
    assert (english.html["lang"], english.h1.get_text()) == ("en", "Page not found")
    assert english.select_one(".mz-not-found a")["href"] == "/en/"


def test_the_plugins_templates_are_not_published(site):
    assert not (site / "magazine").exists()
    assert not list(site.rglob("*.html.jinja")) and not (site / "magazine" / "feed.xml").exists()
    feed = (site / "feed.xml").read_text(encoding="utf-8")
    assert "{{" not in feed and "{%" not in feed


def test_pull_quotes_and_interview_questions_as_contributing_describes_them(tmp_path):
    text = ("---\ntitle: Gesprek\nsummary: Een gesprek.\ndate: 2021-04-01\nauthors: [Ann]\n"
            "themes: [work]\n---\n**Hoe begon het?**\n\nMet koffie.\n\n"
            "!!! quote \"\"\n    \"Elke dag leer ik.\"\n\nMeer tekst.\n")
    config = LOOK_CONFIG + "markdown_extensions:\n  - admonition\n"  # as in mkdocs.yml
    site = build_readers_site(tmp_path / "repo", {"interviews/gesprek.md": text}, config)
    body = page(site, "interviews/gesprek/").select_one(".mz-article__body")
    quote = body.select_one(".admonition.quote")
    assert quote.get_text(strip=True) == '"Elke dag leer ik."'
    assert quote.select_one(".admonition-title") is None
    assert body.select_one("p > strong").get_text() == "Hoe begon het?"
    assert body.find_parent("article")["data-kind"] == "interviews"
