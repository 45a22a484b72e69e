"""Build the tiny site for real and read its pages with an HTML parser."""

from __future__ import annotations

import gc
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from conftest import TINY_SITE, build, page, write_site
from magazine.site.pages.views import Views

BASE = "https://example.org/"


def target(page_url: str, href: str) -> str:
    """The site-relative URL a link on `page_url` leads to."""
    return urlsplit(urljoin(BASE + page_url, href)).path.lstrip("/")


def exists(site: Path, url: str) -> bool:
    path = site / url
    return (path / "index.html").is_file() if url.endswith("/") or not url else path.is_file()


def test_article_header_in_dutch(tiny_built):
    html = page(tiny_built, "essays/werk-eerst")
    assert html.html["lang"] == "nl"
    header = html.select_one(".mz-article__header")
    assert header.h1.get_text() == "Werk eerst"
    assert header.select_one(".mz-kind").get_text() == "Essay"
    assert header.time["datetime"] == "2019-05-14"
    assert header.time.get_text() == "14 mei 2019"
    assert header.select_one(".mz-authors").get_text() == "Ann"
    assert header.select_one(".mz-reading-time").get_text() == "1 min."
    assert [a.get_text() for a in header.select(".mz-tag")] == ["Werk"]
    assert target("essays/werk-eerst/", header.select_one(".mz-tag")["href"]) == "themes/work/"
    session = header.select_one(".mz-session-link")
    assert (session.get_text(), target("essays/werk-eerst/", session["href"])) == (
        "Sessie een", "sessions/s1/")


def test_article_header_in_english(tiny_built):
    html = page(tiny_built, "en/essays/werk-eerst")
    assert html.html["lang"] == "en"
    header = html.select_one(".mz-article__header")
    assert header.h1.get_text() == "Work first"
    assert header.time.get_text() == "14 May 2019"
    assert [a.get_text() for a in header.select(".mz-tag")] == ["Work"]
    assert target("en/essays/werk-eerst/", header.select_one(".mz-tag")["href"]) == "en/themes/work/"
    assert header.select_one(".mz-session-link").get_text() == "Session one"


@pytest.mark.parametrize(
    ("url", "other"),
    [
        ("essays/werk-eerst/", {"nl": "essays/werk-eerst/", "en": "en/essays/werk-eerst/"}),
        ("en/essays/werk-eerst/", {"nl": "essays/werk-eerst/", "en": "en/essays/werk-eerst/"}),
        ("en/practices/alleen-nl/", {"nl": "practices/alleen-nl/", "en": "en/practices/alleen-nl/"}),
        ("themes/work/", {"nl": "themes/work/", "en": "en/themes/work/"}),
    ],
)
def test_hreflang_and_language_switcher_point_at_the_same_page(tiny_built, url, other):
    html = page(tiny_built, url)
    alternates = {link["hreflang"]: target(url, link["href"])
                  for link in html.select('head link[rel="alternate"][hreflang]')}
    assert alternates == other
    switcher = {a["hreflang"]: target(url, a["href"]) for a in html.select("a.md-select__link")}
    assert switcher == other


@pytest.mark.parametrize(
    ("url", "link_text", "expected"),
    [
        ("essays/werk-eerst/", "het interview", "interviews/zorg/"),
        ("essays/werk-eerst/", "werk", "themes/work/"),
        # Written as ../interviews/zorg.en.md in the English file.
        ("en/essays/werk-eerst/", "the interview", "en/interviews/zorg/"),
    ],
)
def test_links_in_the_text_lead_to_the_page_in_the_same_language(tiny_built, url, link_text, expected):
    body = page(tiny_built, url).select_one(".mz-article__body")
    [link] = [a for a in body.find_all("a") if a.get_text() == link_text]
    assert target(url, link["href"]) == expected


def test_untranslated_article_is_shown_in_its_own_language_and_marked(tiny_built):
    html = page(tiny_built, "en/practices/alleen-nl")
    assert html.html["lang"] == "en"
    assert html.select_one(".mz-article__body")["lang"] == "nl"
    assert html.h1["lang"] == "nl"
    notice = html.select_one(".mz-notice--untranslated")
    assert "not been translated into English" in notice.get_text()
    listing = page(tiny_built, "en/practices")
    [card] = listing.select(".mz-card")
    assert card.select_one(".mz-card__title a")["lang"] == "nl"
    assert card.select_one(".mz-card__summary")["lang"] == "nl"
    assert card.select_one(".mz-badge--language").get_text() == "Only in Dutch"


def test_example_articles_carry_a_notice(tiny_built):
    assert page(tiny_built, "interviews/zorg").select_one(".mz-notice--example")
    assert page(tiny_built, "en/interviews/zorg").select_one(".mz-notice--example")
    assert page(tiny_built, "essays/werk-eerst").select_one(".mz-notice--example") is None


def test_related_articles_and_links_back(tiny_built):
    html = page(tiny_built, "interviews/zorg")
    related = [a.get_text() for a in html.select(".mz-related .mz-card__title a")]
    assert related == ["Werk eerst", "Alleen Nederlands"]
    back = html.select(".mz-linked-from .mz-card__title a")
    assert [(a.get_text(), target("interviews/zorg/", a["href"])) for a in back] == [
        ("Werk eerst", "essays/werk-eerst/")]


def test_the_related_option_sets_how_many_related_articles_show(tmp_path):
    from conftest import SITE_CONFIG

    config = SITE_CONFIG.replace("  - magazine\n", "  - magazine:\n      related: 1\n")
    assert config != SITE_CONFIG
    site = build(write_site(tmp_path, TINY_SITE, config))
    related = page(site, "interviews/zorg").select(".mz-related .mz-card__title a")
    assert [a.get_text() for a in related] == ["Werk eerst"]


@pytest.mark.parametrize(
    ("url", "titles"),
    [
        ("themes/work/", ["Zorg", "Werk eerst"]),
        ("en/themes/work/", ["Care", "Work first"]),
        ("en/themes/health/", ["Care", "Alleen Nederlands"]),
    ],
)
def test_theme_page_lists_its_articles_newest_first(tiny_built, url, titles):
    html = page(tiny_built, url)
    assert [a.get_text() for a in html.select(".mz-theme-articles .mz-card__title a")] == titles


def test_theme_page_has_intro_related_themes_and_sessions(tiny_built):
    html = page(tiny_built, "en/themes/work")
    assert html.h1.get_text() == "Work"
    assert "Work matters." in html.select_one(".md-content").get_text()
    assert [a.get_text() for a in html.select(".mz-related-themes a")] == ["Health"]
    [session] = html.select(".mz-theme-sessions .mz-session a")
    assert (session.get_text(), target("en/themes/work/", session["href"])) == (
        "Session one", "en/sessions/s1/")


def test_theme_overview_counts_articles(tiny_built):
    html = page(tiny_built, "themes")
    counts = {li.a.get_text(): li.select_one(".mz-count").get_text() for li in html.select(".mz-theme")}
    assert counts == {"Gezondheid": "2 artikelen", "Werk": "2 artikelen"}


def test_session_page(tiny_built):
    html = page(tiny_built, "en/sessions/s1")
    assert html.h1.get_text() == "Session one"
    facts = html.select_one(".mz-session__facts").get_text(" ", strip=True)
    assert "14 May 2019" in facts and "Ede" in facts and "Work" in facts
    assert html.select_one(".mz-kicker").get_text() == "Making Session #1"
    assert [li.get_text() for li in html.select(".mz-programme li")] == ["Make a plan"]
    assert [li.get_text() for li in html.select(".mz-agenda li")] == ["Municipality starts a pilot"]
    assert [a.get_text() for a in html.select(".mz-session-articles .mz-card__title a")] == [
        "Work first"]
    overview = page(tiny_built, "en/sessions")
    assert [a.get_text() for a in overview.select(".mz-session > a")] == ["Session one"]


def test_home_presents_sections_and_themes(tiny_built):
    html = page(tiny_built, "en/")
    sections = {s.h2.get_text(): [a.get_text() for a in s.select(".mz-card__title a")]
                for s in html.select(".mz-home-section")}
    # The newest piece (Care) leads the page, and is not repeated in its section.
    assert html.select_one(".mz-lead-story__title a").get_text() == "Care"
    assert sections == {"Essays": ["Work first"], "Interviews": [],
                        "Practices": ["Alleen Nederlands"]}
    assert [a.get_text() for a in html.select(".mz-home-themes .mz-theme > a")] == ["Health", "Work"]


def test_navigation_stays_small(tiny_built):
    html = page(tiny_built, "essays/werk-eerst")
    nav_targets = {target("essays/werk-eerst/", a["href"])
                   for a in html.select("nav.md-nav--primary a.md-nav__link[href]")}
    assert "essays/werk-eerst/" not in nav_targets
    assert not any(t.startswith("interviews/zorg") for t in nav_targets)
    assert len(nav_targets) <= 8


def test_every_internal_link_leads_to_a_page(tiny_built):
    for html_file in tiny_built.rglob("index.html"):
        url = html_file.parent.relative_to(tiny_built).as_posix() + "/"
        url = "" if url == "./" else url
        html = page(tiny_built, url)
        for link in html.select(".md-content a[href]"):
            href = link["href"]
            if href.startswith(("#", "http", "mailto:")):
                continue
            assert exists(tiny_built, target(url, href)), f"{url}: {href}"


def test_draft_articles_are_not_published(tiny_site):
    draft = TINY_SITE["essays/werk-eerst.md"].replace("session: s1\n", "status: draft\n")
    draft = draft.split("Lees")[0] + "Concept.\n"
    site = tiny_site({"essays/concept.md": draft, "essays/concept.en.md": None})
    assert not (site / "essays" / "concept").exists()
    assert not (site / "en" / "essays" / "concept").exists()
    assert "Werk eerst" in [a.get_text() for a in page(site, "essays").select(".mz-card__title a")]


def test_content_is_read_once_per_build_not_once_per_language(tiny_site, monkeypatch):
    import magazine.site.reading

    calls = []
    real = magazine.site.reading.load_magazine
    monkeypatch.setattr(magazine.site.reading, "load_magazine",
                        lambda *args, **kwargs: calls.append(args) or real(*args, **kwargs))
    site = tiny_site()
    assert (site / "en" / "essays" / "werk-eerst" / "index.html").is_file()
    assert len(calls) == 1


def test_a_relative_configuration_path_builds(tmp_path, monkeypatch):
    """`mkdocs build -f mkdocs.yml`, as tools pass it, once ended in a traceback."""
    root = write_site(tmp_path / "repo", TINY_SITE)
    monkeypatch.chdir(root)
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    with open("mkdocs.yml", "rb") as file:  # what `-f` hands MkDocs: a file with a relative name
        config = load_config(file, site_dir="out", strict=True)
    config.plugins.on_startup(command="build", dirty=False)
    try:
        mkdocs_build(config)
    finally:
        config.plugins.on_shutdown()
    assert "Werk eerst" in page(root / "out", "essays/werk-eerst/").h1.get_text()


def test_preview_reloads_when_an_article_changes(tmp_path):
    from conftest import write_site
    from mkdocs.config import load_config

    root = write_site(tmp_path / "repo", TINY_SITE)
    config = load_config(str(root / "mkdocs.yml"))
    watched: list[str] = []

    class Server:
        def watch(self, path: str) -> None:
            watched.append(path)

    config.plugins["magazine"].on_config(config)
    config.plugins["magazine"].on_serve(Server(), config=config, builder=None)
    assert {Path(p).name for p in watched} == {"essays", "interviews", "practices"}


def freeze_counts(monkeypatch) -> list[int]:
    """Record how many objects the plugin's `gc.freeze()` leaves out of the collections."""
    import magazine.site.reading

    frozen: list[int] = []
    real_freeze = gc.freeze

    def freeze() -> None:
        real_freeze()
        frozen.append(gc.get_freeze_count())

    monkeypatch.setattr(magazine.site.reading.gc, "freeze", freeze)
    return frozen


def test_the_garbage_collector_skips_the_model_only_while_a_site_is_built(tmp_path, monkeypatch):
    frozen = freeze_counts(monkeypatch)
    build(write_site(tmp_path, TINY_SITE))
    assert frozen and frozen[0] > 0  # the model and everything alive with it
    assert gc.get_freeze_count() == 0  # handed back when the build ends


@pytest.mark.allow_warnings
def test_the_garbage_collector_gets_the_model_back_when_a_build_fails(
    tmp_path, monkeypatch, no_unexpected_warnings
):
    frozen = freeze_counts(monkeypatch)

    def broken(self, article):
        raise RuntimeError("a template failed")

    monkeypatch.setattr(Views, "article", broken)
    with pytest.raises(RuntimeError):
        build(write_site(tmp_path, TINY_SITE))
    assert frozen and gc.get_freeze_count() == 0
    assert [r.getMessage() for r in no_unexpected_warnings.records][0].endswith("a template failed")


def test_links_to_hand_written_pages_as_github_shows_them(tmp_path):
    """`../docs/sessions/index.md` works on GitHub and on the site, in each language."""
    from conftest import TINY_SITE, build, write_site
    site = build(write_site(tmp_path / "repo", {
        **TINY_SITE,
        "essays/werk-eerst.md": TINY_SITE["essays/werk-eerst.md"]
        + "\nZie [de sessies](../docs/sessions/index.md) en [het begin](../docs/index.md#top).\n",
        "essays/werk-eerst.en.md": TINY_SITE["essays/werk-eerst.en.md"]
        + "\nSee [the sessions](../docs/sessions/index.en.md).\n",
    }))
    for url, text, expected in [("essays/werk-eerst/", "de sessies", "sessions/"),
                                ("essays/werk-eerst/", "het begin", ""),
                                ("en/essays/werk-eerst/", "the sessions", "en/sessions/")]:
        body = page(site, url).select_one(".mz-article__body")
        [link] = [a for a in body.find_all("a") if a.get_text() == text]
        assert target(url, link["href"].partition("#")[0]) == expected, (url, link["href"])
