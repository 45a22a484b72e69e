"""What readers get besides the pages: search per language, sitemap, feeds, sharing metadata,
the overview of all articles, and a language switcher that keeps them on the same page.
"""

from __future__ import annotations

import json
import posixpath
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urljoin

import feedparser
import pytest
from bs4 import BeautifulSoup
from conftest import page
from readers_site import build_readers_site
from search_index import search_pages

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_readers_site(tmp_path_factory.mktemp("readers") / "repo")


def index(site: Path, path: str) -> dict:
    return json.loads((site / path).read_text(encoding="utf-8"))


def pages(site: Path) -> list[str]:
    """Every page of the built site as a URL relative to the site root ("en/essays/x/")."""
    return sorted(
        "" if p.parent == site else p.parent.relative_to(site).as_posix() + "/"
        for p in site.rglob("index.html")
    )


def resolve(page_url: str, href: str) -> str:
    """The site-relative URL of a link `href` on the page at `page_url`."""
    if href.startswith("/"):
        target = href.lstrip("/")
    else:
        target = posixpath.normpath(posixpath.join(page_url, href))
    target = "" if target in (".", "") else target.rstrip("/") + "/"
    return target


# -- search ------------------------------------------------------------------------------------


def test_each_language_has_its_own_search_index(site):
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text("utf-8"))
    assert set(entry["languages"]) == {"nl", "en"}
    nl, en = search_pages(site, "nl"), search_pages(site, "en")
    assert nl and en
    assert not [url for url in nl if url.startswith("/en/")]
    assert all(url.startswith("/en/") for url in en)
    # The articles added by the plugin are in both, each in its own language.
    assert nl["/essays/werk-eerst/"]["meta"]["title"] == "Werk eerst"
    assert en["/en/essays/werk-eerst/"]["meta"]["title"] == "Work first"
    assert en["/en/themes/work/"]["meta"]["title"] == "Work"
    assert nl["/themes/work/"]["meta"]["title"] == "Werk"


def test_only_the_pages_own_text_is_indexed(site):
    nl, en = search_pages(site, "nl"), search_pages(site, "en")
    # Without a translation the English address shows the Dutch text: not English, not indexed.
    assert "/practices/alleen-nl/" in nl and "/en/practices/alleen-nl/" not in en
    assert "/en/interviews/" not in en  # a listing page with no English text of its own
    # The editors' status page and 404 are not for readers.
    assert not [url for url in {**nl, **en} if "status" in url or "404" in url]
    # Menus, the footer and the cards of other articles are not the page's text.
    home = nl["/"]["content"]
    # The front page shows its own text under the masthead; the lead story is another article.
    assert "Het magazine" in home and "Over zorg" not in home and "Zorg" not in home
    article = nl["/essays/werk-eerst/"]["content"]
    assert "Ann" in article and "Leestijd" not in article and "Alleen Nederlands" not in article


def test_pages_load_no_search_index_until_a_search_starts(site):
    for url, lang in [("", "nl"), ("en/essays/werk-eerst/", "en")]:
        html = page(site, url)
        assert not html.find("link", href=lambda h: h and "pagefind" in h)
        assert not html.find("script", src=lambda s: s and "pagefind" in s)
        box = html.select_one("[data-mz-search]")
        # The index is one folder at the site's root; the page's <html lang> picks the language.
        assert urljoin(f"http://host/{url}", box["data-bundle"]) == "http://host/pagefind/"
        assert html.html["lang"] == lang
        words = json.loads(box["data-strings"])
        assert words["none"] == {"nl": "Niets gevonden", "en": "Nothing found"}[lang]
        assert box.input["placeholder"] == {"nl": "Zoeken", "en": "Search"}[lang]


def test_without_search_no_index_and_no_search_box(tmp_path):
    from readers_site import READERS_CONFIG

    config = READERS_CONFIG.replace("  - magazine:\n", "  - magazine:\n      search: false\n")
    site = build_readers_site(tmp_path / "repo", config=config)
    assert not (site / "pagefind").exists()
    assert not page(site, "").select("[data-mz-search]")


# -- sitemap and language switching ------------------------------------------------------------


def test_sitemap_is_a_small_index_that_names_the_list_of_pages(site):
    """Material's script fetches sitemap.xml on every page view: it must not grow with the
    magazine. Search engines follow the index to the list of every page."""
    index = ET.parse(site / "sitemap.xml").getroot()
    assert index.tag == f"{SITEMAP}sitemapindex"
    assert [loc.text for loc in index.iter(f"{SITEMAP}loc")] == [
        "https://example.org/sitemap-pages.xml"]
    assert (site / "sitemap.xml").stat().st_size < 300
    assert (site / "sitemap-pages.xml.gz").is_file() and not (site / "sitemap.xml.gz").exists()


def test_material_finds_a_small_sitemap_wherever_a_page_makes_it_look(site):
    """On every page view Material's script fetches `sitemap.xml` relative to the site's base
    and to every `<link rel="alternate">` of the page (its feeds). Each of those is the small
    index: no page view asks for a file that is not there, and none gets the list of pages. So
    the head does not link the page's other languages (Material would look beside each page):
    search engines find them in the sitemap."""
    origin = "https://reader.example/"
    looked_for = set()
    for url in pages(site):
        soup = page(site, url)
        here = urljoin(origin, url)
        hrefs = [urljoin(here, json.loads(soup.select_one("#__config").string)["base"] + "/")]
        hrefs += [urljoin(here, link["href"]) for link in soup.select('head link[rel="alternate"]')]
        looked_for.update(urljoin(href, "sitemap.xml").removeprefix(origin) for href in hrefs)
        assert not soup.select('head link[rel="alternate"][hreflang]'), url  # in the sitemap
    assert {"sitemap.xml", "en/sitemap.xml", "themes/work/sitemap.xml",
            "en/themes/work/sitemap.xml"} <= looked_for
    for path in looked_for:
        index = ET.parse(site / path).getroot()
        assert index.tag == f"{SITEMAP}sitemapindex", path
        assert (site / path).stat().st_size < 300, path


def test_sitemap_lists_every_page_with_its_alternates(site):
    root = ET.parse(site / "sitemap-pages.xml").getroot()
    listed = {}
    for url in root.iter(f"{SITEMAP}url"):
        loc = url.find(f"{SITEMAP}loc").text.removeprefix("https://example.org/")
        listed[loc] = {link.get("hreflang"): link.get("href").removeprefix("https://example.org/")
                       for link in url.iter(f"{XHTML}link")}
    assert set(listed) == set(pages(site))
    for loc, alternates in listed.items():
        assert set(alternates) == {"nl", "en"}, loc
        assert loc in alternates.values(), loc
        for href in alternates.values():
            assert (site / href / "index.html").is_file(), (loc, href)
    assert listed["essays/werk-eerst/"]["en"] == "en/essays/werk-eerst/"
    assert listed["en/articles/"]["nl"] == "articles/"


def test_language_switcher_leads_to_the_same_page_in_the_other_language(site):
    checked = 0
    for url in pages(site):
        soup = page(site, url)
        lang = soup.html["lang"]
        other = "en" if lang == "nl" else "nl"
        link = soup.select_one(f"a.md-select__link[hreflang={other}]")
        target = resolve(url, link["href"])
        there = page(site, target)
        assert there.html["lang"] == other, (url, target)
        back = there.select_one(f"a.md-select__link[hreflang={lang}]")
        assert resolve(target, back["href"]) == url, (url, target)
        checked += 1
    assert checked == len(pages(site)) > 20


def test_a_page_without_translation_says_so_and_links_to_the_original(site):
    soup = page(site, "en/essays/")  # docs/essays/index.md has no English version
    notice = soup.select_one(".md-banner .mz-untranslated-notice")
    assert "has not been translated into English" in notice.get_text()
    assert resolve("en/essays/", notice.a["href"]) == "essays/"
    assert soup.select_one(".mz-untranslated")["lang"] == "nl"
    assert soup.select_one(".mz-untranslated .md-content h1").get_text() == "Essays"
    translated = page(site, "en/practices/")
    assert translated.select_one(".md-banner") is None
    assert translated.select_one(".mz-untranslated") is None


def test_article_only_in_dutch_is_marked_in_the_english_site(site):
    soup = page(site, "en/practices/alleen-nl/")
    assert "has not been translated" in soup.select_one(".mz-notice--untranslated").get_text()
    assert soup.select_one(".mz-article__body")["lang"] == "nl"
    assert soup.select_one("h1")["lang"] == "nl"


# -- feeds -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "title", "entries"),
    [
        ("feed.xml", "Testmagazine", ["Zorg", "Werk eerst", "Alleen Nederlands"]),
        ("en/feed.xml", "Testmagazine", ["Care", "Work first", "Alleen Nederlands"]),
        ("themes/work/feed.xml", "Thema: Werk · Testmagazine", ["Zorg", "Werk eerst"]),
        ("en/themes/work/feed.xml", "Theme: Work · Testmagazine", ["Care", "Work first"]),
        ("en/themes/health/feed.xml", "Theme: Health · Testmagazine",
         ["Care", "Alleen Nederlands"]),
    ],
)
def test_feeds_per_language_and_theme(site, path, title, entries):
    feed = feedparser.parse((site / path).read_bytes())
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.feed.title == title
    assert [entry.title for entry in feed.entries] == entries
    for entry in feed.entries:
        assert entry.summary and entry.authors and entry.tags and entry.published
        assert entry.link.startswith("https://example.org/")
        target = entry.link.removeprefix("https://example.org/")
        assert (site / target / "index.html").is_file()


def test_feed_entry_has_authors_date_and_themes_as_categories(site):
    feed = feedparser.parse((site / "en/feed.xml").read_bytes())
    care = next(e for e in feed.entries if e.title == "Care")
    assert care.summary == "About care."
    assert [a["name"] for a in care.authors] == ["Bob"]
    assert care.published.startswith("2020-01-02")
    assert [(t.term, t.label) for t in care.tags] == [("health", "Health"), ("work", "Work")]
    dutch = next(e for e in feed.entries if e.title == "Alleen Nederlands")
    assert dutch.get("language") == "nl" or dutch.title_detail.language == "nl"


def test_pages_link_to_their_feeds(site):
    links = page(site, "en/themes/work/").select('link[type="application/atom+xml"]')
    assert [link["href"] for link in links] == ["../../feed.xml", "feed.xml"]
    assert (site / "en/themes/work/feed.xml").is_file() and (site / "en/feed.xml").is_file()
    links = page(site, "essays/werk-eerst/").select('link[type="application/atom+xml"]')
    assert [link["href"] for link in links] == ["../../feed.xml"]


# -- sharing -----------------------------------------------------------------------------------


def meta(soup: BeautifulSoup, name: str) -> list[str]:
    return [m["content"] for m in soup.select(f'meta[property="{name}"], meta[name="{name}"]')]


@pytest.mark.parametrize(
    ("url", "title", "description", "locale", "alternates"),
    [
        ("en/essays/werk-eerst/", "Work first", "About work.", "en_GB", ["nl_NL"]),
        ("essays/werk-eerst/", "Werk eerst", "Over werk.", "nl_NL", ["en_GB"]),
        ("en/practices/alleen-nl/", "Alleen Nederlands", "Geen vertaling.", "nl_NL", []),
    ],
)
def test_articles_have_open_graph_and_twitter_cards(site, url, title, description, locale,
                                                    alternates):
    soup = page(site, url)
    canonical = soup.select_one('link[rel="canonical"]')["href"]
    assert canonical == f"https://example.org/{url}"
    assert meta(soup, "og:type") == ["article"]
    assert meta(soup, "og:title") == meta(soup, "twitter:title") == [title]
    assert meta(soup, "og:description") == meta(soup, "twitter:description") == [description]
    assert meta(soup, "description") == [description]
    assert meta(soup, "og:url") == [canonical]
    assert meta(soup, "og:locale") == [locale]
    assert meta(soup, "og:locale:alternate") == alternates
    assert meta(soup, "twitter:card") == ["summary_large_image"]
    [image] = meta(soup, "og:image")
    assert meta(soup, "twitter:image") == [image]
    assert (site / image.removeprefix("https://example.org/")).stat().st_size > 1000


def test_other_pages_have_no_article_cards(site):
    assert meta(page(site, "themes/work/"), "og:type") == []


# -- overview ----------------------------------------------------------------------------------


def test_overview_lists_every_article_and_works_without_javascript(site):
    soup = page(site, "articles/")
    assert soup.h1.get_text() == "Alle artikelen"
    cards = soup.select(".mz-overview li.mz-card")
    assert [c.select_one(".mz-card__title").get_text(strip=True) for c in cards] == [
        "Zorg", "Werk eerst", "Alleen Nederlands"]
    assert [(c["data-kind"], c["data-themes"]) for c in cards] == [
        ("interviews", "health work"), ("essays", "work"), ("practices", "health")]
    form = soup.select_one("form.mz-filter")
    assert form.has_attr("hidden")  # shown by the script
    assert [o["value"] for o in form.select("#mz-filter-theme option")] == ["", "health", "work"]
    assert [o["value"] for o in form.select("#mz-filter-kind option")] == [
        "", "essays", "interviews", "practices"]
    browse = [resolve("articles/", a["href"]) for a in soup.select(".mz-browse a")]
    assert browse == ["themes/health/", "themes/work/", "essays/", "interviews/", "practices/"]
    assert soup.find("script", src="../assets/filter.js") is not None


def test_overview_in_english(site):
    soup = page(site, "en/articles/")
    assert soup.html["lang"] == "en"
    assert soup.h1.get_text() == "All articles"
    assert soup.select_one("label[for=mz-filter-theme]").get_text() == "Theme"
    assert len(soup.select(".mz-overview li.mz-card")) == 3


def test_a_feed_holds_the_newest_articles_only(tmp_path):
    import datetime as dt

    from magazine.content.model import Article, Magazine, Version
    from magazine.site.outputs.feeds import FEED_ENTRIES, Feeds

    articles = [
        Article("essays", f"a{n}", dt.date(2020, 1, 1) + dt.timedelta(days=n), ["A"], [],
                versions={"nl": Version("nl", f"essays/a{n}.md", f"Titel {n}", "", 1, "s")})
        for n in reversed(range(FEED_ENTRIES + 5))
    ]
    magazine = Magazine(str(tmp_path), ("nl", "en"), articles, {}, {})
    [(_, feed)] = [(path, feed) for path, feed in Feeds(magazine, "https://x/", {}).all()
                   if path == "feed.xml"]
    assert len(feed.entries) == FEED_ENTRIES
    assert feed.entries[0].title == f"Titel {FEED_ENTRIES + 4}"
