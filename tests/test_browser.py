"""The site in a real browser: Debian's Chromium driven by Playwright, against the built site
served on 127.0.0.1. One browser for the whole module; the real magazine is built once.

Without /usr/bin/chromium these tests are skipped, unless MAGAZINE_REQUIRE_BROWSER is set (as in
`.ci/run`), where a missing browser fails them. Screenshots go to test-output/screenshots/.
"""

from __future__ import annotations

import functools
import http.server
import importlib.resources
import os
import re
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import GROWN_SITE, REPO, build, write_site
from magazine.content.loader import load_magazine
from readers_site import READERS_CONFIG, readers_files

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
SCREENSHOTS = REPO / "test-output" / "screenshots"

pytestmark = pytest.mark.browser

if not CHROMIUM.exists():
    if os.environ.get("MAGAZINE_REQUIRE_BROWSER"):
        pytest.fail(f"{CHROMIUM} is missing: install it with `apt-get install chromium`",
                    pytrace=False)
    pytest.skip(f"{CHROMIUM} is missing (`make test` installs it where it can)",
                allow_module_level=True)

from playwright.sync_api import Browser, Page, expect, sync_playwright  # noqa: E402

ARTICLE = "essays/leren-door-te-doen/"
THEME = "themes/work/"
SESSION = "sessions/2019-05-food-valley/"
OVERVIEW = "articles/"
PAGES = {"home": "", "article": ARTICLE, "theme": THEME, "session": SESSION,
         "overview": OVERVIEW, "section": "essays/", "actions": "actions/",
         "agenda": "sessions/voorbeeld-actieagenda/",
         "author": f"authors/{next(iter(load_magazine(REPO)[0].authors))}/"}


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@functools.cache
def axe_source() -> str:
    return (importlib.resources.files("axe_playwright_python") / "axe.min.js").read_text()


def serve(folder: Path) -> Iterator[str]:
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def site_url(real_site: Path) -> Iterator[str]:
    """The real magazine, served."""
    yield from serve(real_site)


# A Dutch article that has only the singular "gemeente", and an English one with the plural.
SEARCH_SITE = {
    "essays/gemeente.md": (
        "---\ntitle: Samen met de gemeente\nsummary: Over de gemeente.\ndate: 2021-03-01\n"
        "authors: [Dee]\nthemes: [work]\n---\nDe gemeente helpt de werkgever bij het zoeken.\n"
    ),
    "essays/gemeente.en.md": (
        "---\ntitle: Together with the municipality\nsummary: About the municipality.\n---\n"
        "The municipality helps. In Dutch they are called gemeenten.\n"
    ),
}


@pytest.fixture(scope="module")
def search_site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A tiny magazine with words chosen for the search tests, served."""
    root = write_site(tmp_path_factory.mktemp("search") / "repo", readers_files(SEARCH_SITE),
                      READERS_CONFIG)
    yield from serve(build(root))


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


def url_of(base: str, path: str, lang: str = "nl") -> str:
    return base + ("" if lang == "nl" else f"{lang}/") + path


# -- language switching and themes -------------------------------------------------------------


def test_switching_language_on_an_article_lands_on_its_translation(page, site_url):
    page.goto(url_of(site_url, ARTICLE))
    assert page.locator("h1").first.inner_text().startswith("Leren door te doen")
    page.locator(".md-header__option .md-select button").click()
    page.locator("a.md-select__link[hreflang=en]").click()
    page.wait_for_url(url_of(site_url, ARTICLE, "en"))
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").first.inner_text().startswith("Learning by doing")
    page.locator(".md-header__option .md-select button").click()
    page.locator("a.md-select__link[hreflang=nl]").click()
    page.wait_for_url(url_of(site_url, ARTICLE))


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("path", ["", ARTICLE, THEME])
def test_a_page_view_does_not_download_the_list_of_every_page(page, site_url, path, lang):
    """Material fetches sitemap.xml on every page view, beside the site's base and each
    `<link rel="alternate">`: the reader gets the small index, never the list of every page,
    which grows with the magazine, and no request fails (site/outputs/sitemap.py)."""
    fetched: dict[str, int] = {}
    failed: list[str] = []
    page.on("response", lambda r: fetched.__setitem__(r.url, len(r.body()))
            if "sitemap" in r.url and r.ok else None)
    page.on("response", lambda r: failed.append(r.url) if not r.ok else None)
    page.goto(url_of(site_url, path, lang))
    page.wait_for_load_state("networkidle")
    assert fetched, "Material no longer fetches the sitemap: this test can go"
    assert not [url for url in fetched if "sitemap-pages" in url]
    assert max(fetched.values()) < 300
    assert failed == []


@pytest.mark.parametrize("name", ["home", "theme", "session", "overview"])
def test_switching_language_keeps_every_kind_of_page(page, site_url, name):
    page.goto(url_of(site_url, PAGES[name]))
    page.locator(".md-header__option .md-select button").click()
    page.locator("a.md-select__link[hreflang=en]").click()
    page.wait_for_url(url_of(site_url, PAGES[name], "en"))
    assert page.locator("html").get_attribute("lang") == "en"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_following_a_theme_link_lists_the_article(page, site_url, lang):
    page.goto(url_of(site_url, ARTICLE, lang))
    title = page.locator("h1").first.inner_text()
    link = page.locator(".mz-article__meta a.mz-tag").first
    theme = link.inner_text()
    link.click()
    page.wait_for_url(f"{url_of(site_url, 'themes/', lang)}*/")
    assert page.locator("h1").first.inner_text() == theme
    titles = page.locator(".mz-theme-articles .mz-card__title a").all_inner_texts()
    assert title in titles


# -- search ------------------------------------------------------------------------------------


def search(page: Page, query: str) -> list[str]:
    """Type `query` into the search box and return the addresses of its results."""
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(query)
    # The list says which query it answers: results for the first letters may come first.
    expect(page.locator(".md-search-result__list")).to_have_attribute(
        "data-query", query, timeout=10_000)
    return page.locator("a.md-search-result__link").evaluate_all(
        "links => links.map(link => link.href)")


def index_requests(page: Page) -> list[str]:
    """The files of the search index the page asks for from now on, in order."""
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url.split("/pagefind/")[1])
            if "/pagefind/" in r.url else None)
    return requests


def test_dutch_search_finds_dutch_pages_only(page, site_url):
    page.goto(site_url)
    found = search(page, "Gelderland")
    assert len(found) > 3
    assert all(href.startswith(site_url) and not href.startswith(site_url + "en/")
               for href in found), found


def test_english_search_finds_english_pages_only(page, site_url):
    page.goto(url_of(site_url, ARTICLE, "en"))
    found = search(page, "Gelderland")
    assert len(found) > 3
    assert all(href.startswith(site_url + "en/") for href in found), found


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_words_found_by_search_are_readable(browser, site_url, scheme):
    context, page = context_page(browser, 1280, color_scheme=scheme)
    try:
        page.goto(url_of(site_url, ARTICLE, "en"))
        search(page, "Gelderland")
        marks = page.locator(".md-search-result mark")
        expect(marks.first).to_be_visible()
        page.add_script_tag(content=axe_source())
        result = page.evaluate("""async () => await axe.run({include: ['.md-search-result']},
            {runOnly: ['color-contrast'], resultTypes: ['violations']})""")
        assert not [n["target"] for v in result["violations"] for n in v["nodes"]]
    finally:
        context.close()


@pytest.mark.parametrize("plural", ["gemeenten", "werkgevers"])
def test_a_dutch_plural_finds_the_singular(page, search_site_url, plural):
    page.goto(search_site_url)
    found = search(page, plural)  # the Dutch stemmer: "gemeenten" and "gemeente" -> "gemeent"
    assert any(href.split("?")[0] == search_site_url + "essays/gemeente/" for href in found)
    assert not any("/en/" in href for href in found), found
    # The words found are marked in the excerpts, without the punctuation after them.
    marks = page.locator(".md-search-result mark").all_inner_texts()
    assert marks and all(mark.isalpha() for mark in marks), marks


def test_english_search_uses_english_stemming(page, search_site_url):
    page.goto(url_of(search_site_url, "", "en"))
    found = search(page, "municipalities")
    assert [href.split("?")[0].split("#")[0] for href in found][0] == (
        search_site_url + "en/essays/gemeente/")
    assert all("/en/" in href for href in found), found


@pytest.mark.parametrize(("lang", "word", "texts"), [
    ("nl", "werkgevers", ("Zoeken", "Typ een woord om te zoeken", "1 pagina gevonden",
                          "{n} pagina's gevonden", "Niets gevonden", "Wissen")),
    ("en", "municipalities", ("Search", "Type a word to search", "1 page found",
                              "{n} pages found", "Nothing found", "Clear")),
])
def test_search_results_and_messages_are_in_the_pages_language(page, search_site_url, lang,
                                                                word, texts):
    placeholder, hint, one, other, none, reset = texts
    page.goto(url_of(search_site_url, "", lang))
    box = page.locator("input.md-search__input")
    meta = page.locator(".md-search-result__meta")
    expect(box).to_have_attribute("placeholder", placeholder)
    expect(page.locator(".md-search__options button[type=reset]")).to_have_attribute(
        "aria-label", reset)
    box.click()
    expect(meta).to_have_text(hint)
    found = search(page, word)
    expect(meta).to_have_text(one if len(found) == 1 else other.replace("{n}", str(len(found))))
    box.fill("")
    box.press_sequentially("zzyzx")
    expect(meta).to_have_text(none)
    expect(page.locator("a.md-search-result__link")).to_have_count(0)


@pytest.mark.parametrize(("lang", "width"), [("nl", 1280), ("en", 390)])
def test_slash_opens_the_search_from_anywhere_on_the_page(browser, search_site_url, lang, width):
    context, page = context_page(browser, width)
    try:
        page.goto(url_of(search_site_url, "essays/gemeente/", lang))
        box = page.locator("input.md-search__input")
        expect(box).not_to_be_focused()
        page.keyboard.press("/")  # on a phone the box is folded away: "/" opens it too
        expect(box).to_be_focused()
        expect(box).to_be_visible()
        expect(page.locator("#__search")).to_be_checked()
        word = {"nl": "gemeente", "en": "municipality"}[lang]
        page.keyboard.type(word)  # the slash itself is not typed into the box
        expect(box).to_have_value(word)
        expect(page.locator(".md-search-result__list")).to_have_attribute("data-query", word)
        expect(page.locator("a.md-search-result__link").first).to_be_attached()
        page.keyboard.press("Escape")
        expect(page.locator("#__search")).not_to_be_checked()
    finally:
        context.close()


def test_a_pasted_word_is_searched_at_once_and_a_typed_one_when_typing_pauses(
        page, search_site_url):
    page.clock.install()  # the page's timers wait until the test moves its clock on
    page.goto(search_site_url)
    page.clock.pause_at(page.evaluate("Date.now()") + 1000)
    box = page.locator("input.md-search__input")
    results = page.locator(".md-search-result__list")
    page.keyboard.press("/")
    page.keyboard.insert_text("gemeente")  # one input event with the whole word, as a paste
    expect(results).to_have_attribute("data-query", "gemeente")  # no pause waited for
    expect(page.locator("a.md-search-result__link").first).to_be_attached()

    box.fill("")
    box.press_sequentially("werk")  # letter by letter: more may come, so the search waits
    page.wait_for_timeout(300)
    expect(results).to_have_attribute("data-query", "gemeente")
    page.clock.run_for(1000)  # typing has paused
    expect(results).to_have_attribute("data-query", "werk")

    # A phone's keyboard composing a word sends the word so far with every letter: it waits too.
    box.evaluate("""box => {
        box.value = "zorg";
        box.dispatchEvent(new InputEvent("input", {inputType: "insertCompositionText",
                                                   data: "zorg", isComposing: true}));
    }""")
    page.wait_for_timeout(300)
    expect(results).to_have_attribute("data-query", "werk")
    page.clock.run_for(1000)
    expect(results).to_have_attribute("data-query", "zorg")


@pytest.mark.parametrize(("lang", "typed", "marked"), [
    ("nl", "werkgevers", "werkgever"),  # typed as a plural, found as the singular
    ("en", "municipalities", "municipality"),
])
def test_the_result_page_highlights_the_words_found(page, search_site_url, lang, typed, marked):
    page.goto(url_of(search_site_url, "", lang))
    search(page, typed)
    page.locator("a.md-search-result__link").first.click()
    page.wait_for_url("**/essays/gemeente/?highlight=*")
    # The word is marked in the article's own text.
    marks = page.locator(".mz-article__body mark.mz-highlight")
    expect(marks.first).to_have_text(marked)
    expect(marks.first).to_be_in_viewport()


def test_a_reader_who_does_not_search_loads_nothing_of_the_search(page, search_site_url):
    requests = index_requests(page)
    page.goto(url_of(search_site_url, "essays/gemeente/"))
    page.wait_for_load_state("networkidle")
    # Reading, scrolling and pointing at the search box show no intent to search.
    page.mouse.wheel(0, 2000)
    page.locator("input.md-search__input").hover()
    page.locator(".mz-article__body").click()
    page.wait_for_load_state("networkidle")
    assert requests == []


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_opening_the_search_loads_pagefind_and_its_languages_page_list_before_any_word(
    page, search_site_url, lang
):
    page.goto(url_of(search_site_url, "", lang))
    page.wait_for_load_state("networkidle")
    requests = index_requests(page)
    # So that the first word typed finds its program and its language's index ready.
    with page.expect_request(f"**/pagefind/wasm.{lang}.pagefind"), \
            page.expect_request(f"**/pagefind/pagefind.{lang}_*.pf_meta"):
        page.keyboard.press("/")
    assert "pagefind.js" in requests
    assert not [name for name in requests if name.startswith(("index/", "fragment/"))], requests
    other = "en" if lang == "nl" else "nl"
    assert not [name for name in requests if f".{other}" in name or f"{other}_" in name]


def test_a_search_loads_a_little_of_its_languages_index_and_nothing_from_elsewhere(
    page, search_site_url
):
    page.goto(search_site_url)
    page.wait_for_load_state("networkidle")
    loaded: dict[str, int] = {}
    page.on("response", lambda r: loaded.__setitem__(r.url, len(r.body())) if r.ok else None)
    search(page, "gemeenten")
    index_files = [url for url in loaded if "/pagefind/" in url]
    assert index_files and not [url for url in index_files if "/en_" in url or ".en." in url]
    assert sum(loaded[url] for url in index_files) < 300_000
    # Nothing but the site itself: no fonts, scripts or index from another host.
    assert all(url.startswith(search_site_url) for url in loaded), loaded


def test_results_come_a_few_at_a_time_and_the_rest_as_the_reader_scrolls(browser, site_url):
    context, page = context_page(browser, 390)
    try:
        page.goto(url_of(site_url, "", "en"))
        page.keyboard.press("/")
        page.evaluate("""() => {
          const list = document.querySelector(".md-search-result__list");
          new MutationObserver(() => {
            if (window.firstDrawn === undefined) window.firstDrawn = list.children.length;
          }).observe(list, {attributes: true, attributeFilter: ["data-query"]});
        }""")
        search(page, "integration")
        total = int(page.locator(".md-search-result__meta").inner_text().split()[0])
        assert total > 10
        # The texts of the first five are fetched with the search; the rest when scrolled to.
        assert page.evaluate("() => window.firstDrawn") == 5
        items = page.locator(".md-search-result__item")
        scrollwrap = page.locator(".md-search__scrollwrap")
        for _ in range(total):
            count = items.count()
            if count == total:
                break
            scrollwrap.evaluate("wrap => wrap.scrollTop = wrap.scrollHeight")
            expect(items).not_to_have_count(count)
        expect(items).to_have_count(total)
    finally:
        context.close()


def test_search_results_show_markup_in_titles_as_text(page, tmp_path_factory):
    from test_safety import HOSTILE_SITE, hostile

    root = write_site(tmp_path_factory.mktemp("hostile-search") / "repo",
                      readers_files(HOSTILE_SITE), READERS_CONFIG)
    for url in serve(build(root)):
        page.goto(url)
        found = search(page, "T15")
        assert found
        result = page.locator(".md-search-result__list")
        expect(result.locator("h1").first).to_have_text(hostile(15))
        assert result.locator("img, svg, script, b").count() == 0


# -- overview ----------------------------------------------------------------------------------


def test_overview_filters_by_theme_and_kind(page, site_url):
    page.goto(url_of(site_url, OVERVIEW))
    cards = page.locator(".mz-overview li.mz-card")
    total = cards.count()
    assert total >= 9
    form = page.locator("form.mz-filter")
    expect(form).to_be_visible()
    page.select_option("#mz-filter-theme", "work")
    visible = page.locator(".mz-overview li.mz-card:visible")
    work = visible.count()
    assert 0 < work < total
    for i in range(work):
        assert "work" in visible.nth(i).get_attribute("data-themes").split()
    assert page.locator(".mz-filter__count").inner_text() == f"{work} van de {total} artikelen"
    page.select_option("#mz-filter-kind", "interviews")
    both = page.locator(".mz-overview li.mz-card:visible")
    assert all(both.nth(i).get_attribute("data-kind") == "interviews" for i in range(both.count()))
    assert "theme=work" in page.url and "kind=interviews" in page.url
    page.reload()  # the filter is kept in the address
    assert page.locator(".mz-overview li.mz-card:visible").count() == both.count()


@pytest.mark.parametrize(("lang", "width", "shown"), [
    ("nl", 390, "{n} van de {total} acties"), ("en", 1280, "{n} of {total} actions")])
def test_the_overview_of_actions_filters_by_theme_session_and_state(browser, site_url, lang,
                                                                     width, shown):
    page = browser.new_page(viewport={"width": width, "height": 844})
    try:
        page.goto(url_of(site_url, "actions/", lang))
        items = page.locator(".mz-overview li.mz-action")
        total = items.count()
        assert total >= 5
        expect(page.locator("form.mz-filter")).to_be_visible()
        page.select_option("#mz-filter-theme", "work")
        visible = page.locator(".mz-overview li.mz-action:visible")
        work = visible.count()
        assert 0 < work < total
        assert all("work" in visible.nth(i).get_attribute("data-themes").split()
                   for i in range(work))
        assert page.locator(".mz-filter__count").inner_text() == shown.format(n=work, total=total)
        page.select_option("#mz-filter-state", "done")
        # No action on work is done: every state's group is hidden, and the count says so.
        expect(page.locator(".mz-state-group:visible")).to_have_count(0)
        assert page.locator(".mz-filter__count").inner_text() == shown.format(n=0, total=total)
        page.select_option("#mz-filter-theme", "")
        expect(page.locator(".mz-state-group:visible")).to_have_count(1)
        page.select_option("#mz-filter-session", "voorbeeld-actieagenda")
        assert "state=done" in page.url and "session=voorbeeld-actieagenda" in page.url
        page.reload()  # the filter is kept in the address
        assert page.locator(".mz-overview li.mz-action:visible").count() == 1
        # The form and the list fit the phone's width: nothing of them sticks out.
        assert page.evaluate("""() => Math.max(...[...document.querySelectorAll(
            '.md-content *')].map(e => e.getBoundingClientRect().right))""") <= width
    finally:
        page.close()


@pytest.fixture(scope="module")
def paged_site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The grown tiny magazine with two articles a page, served."""
    from test_listings import PAGED_CONFIG

    root = write_site(tmp_path_factory.mktemp("paged") / "repo", readers_files(GROWN_SITE),
                      PAGED_CONFIG)
    yield from serve(build(root))


@pytest.mark.parametrize(("lang", "width", "shown", "titles"), [
    ("nl", 390, "3 van de 4 artikelen", ["Nieuwer essay", "Zorg", "Werk eerst"]),
    ("en", 1280, "3 of 4 articles", ["Nieuwer essay", "Care", "Work first"])])
def test_the_filter_of_an_overview_in_pages_searches_every_article(browser, paged_site_url, lang,
                                                                   width, shown, titles):
    page = browser.new_page(viewport={"width": width, "height": 844})
    try:
        page.goto(url_of(paged_site_url, "articles/", lang))
        cards = page.locator(".mz-overview li.mz-card:visible")
        expect(cards).to_have_count(2)
        expect(page.locator(".mz-pager")).to_be_visible()
        page.select_option("#mz-filter-theme", "work")
        expect(cards).to_have_count(3)  # one of them is on the second page
        assert [cards.nth(i).locator("h3 a").inner_text() for i in range(3)] == titles
        assert all("work" in cards.nth(i).get_attribute("data-themes").split() for i in range(3))
        assert page.locator(".mz-filter__count").inner_text() == shown
        expect(page.locator(".mz-pager")).to_be_hidden()
        page.select_option("#mz-filter-kind", "interviews")
        expect(cards).to_have_count(1)
        cards.first.locator("h3 a").click()  # the found card leads to the article
        expect(page).to_have_url(url_of(paged_site_url, "interviews/zorg/", lang))
        page.go_back()
        page.select_option("#mz-filter-kind", "")
        page.select_option("#mz-filter-theme", "")
        expect(cards).to_have_count(2)
        expect(page.locator(".mz-pager")).to_be_visible()
    finally:
        page.close()


@pytest.mark.parametrize(("lang", "width"), [("nl", 390), ("en", 390), ("nl", 1280),
                                             ("en", 1280)])
def test_the_map_of_the_knowledge_base_is_readable_at_both_widths(browser, site_url, lang, width):
    page = browser.new_page(viewport={"width": width, "height": 844})
    try:
        page.goto(url_of(site_url, "themes/", lang))
        svg = page.locator(".mz-map svg")
        expect(svg).to_be_visible()
        box = svg.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width
        # Its words at least as large as 10 px: the picture is drawn 364 units wide, in 11 px type.
        assert 11 * box["width"] / 364 >= 10
        # Every name fits inside its frame.
        for node in page.locator(".mz-map__node").all():
            frame, words = node.locator("rect").bounding_box(), node.locator("text").bounding_box()
            assert words["x"] + words["width"] <= frame["x"] + frame["width"] + 0.5
            assert words["y"] + words["height"] <= frame["y"] + frame["height"] + 0.5
        # The list says the same: one entry per theme, with links to the sessions.
        expect(page.locator(".mz-map__list > li")).to_have_count(7)
        assert page.locator(".mz-map__list a[href*='sessions/']").count() >= 3
    finally:
        page.close()


# -- accessibility -----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("name", list(PAGES))
def test_no_serious_accessibility_violations(page, site_url, name, lang):
    page.goto(url_of(site_url, PAGES[name], lang))
    assert page.locator("html").get_attribute("lang") == lang
    page.add_script_tag(content=axe_source())
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} at "
        + ", ".join(str(node["target"]) for node in v["nodes"][:5])
        for v in result["violations"] if v["impact"] in ("serious", "critical")
    ]
    assert not serious, "\n".join(serious)


# -- looks ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("name", ["home", "article", "theme"])
def test_pages_fit_phones_and_laptops(browser, site_url, name, lang, width):
    context = browser.new_context(viewport={"width": width, "height": 844 if width < 600 else 900})
    page = context.new_page()
    try:
        page.goto(url_of(site_url, PAGES[name], lang))
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{name}-{lang}-{width}.png"), full_page=True)
        scroll, inner = page.evaluate(
            "[document.scrollingElement.scrollWidth, window.innerWidth]")
        assert scroll <= inner, f"horizontal scrolling: {scroll} > {inner}"
        switcher = page.locator(".md-header__option .md-select button")
        expect(switcher).to_be_visible()
        themes = page.locator(".mz-article__meta a.mz-tag, .mz-themes a, .mz-lead")
        expect(themes.first).to_be_visible()
        # Lines of running text stay readable: at most about 90 characters.
        measure = page.evaluate("""() => {
            const p = document.querySelector('.md-typeset p');
            const font = parseFloat(getComputedStyle(p).fontSize);
            return p.getBoundingClientRect().width / (font * 0.5);
        }""")
        assert measure <= 95, f"{measure:.0f} characters a line"
    finally:
        context.close()


NARROW_PAGES = ["home", "article", "theme", "actions", "themes"]


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("name", NARROW_PAGES)
def test_no_page_is_wider_than_a_phone(browser, site_url, name, lang):
    """At 390 px no page scrolls sideways, the themes overview with its map included. Material
    centres the hidden language menu under its button; where the button is the header's last
    (the preview has no search box, and a page is first laid out before its search box is read),
    the menu stuck out 31 px and the page was 421 px wide."""
    context, page = context_page(browser, 390)
    try:
        page.goto(url_of(site_url, {**PAGES, "themes": "themes/"}[name], lang))
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"phone-{name}-{lang}-390.png"), full_page=True)
        widths = [page.evaluate("document.documentElement.scrollWidth")]
        page.evaluate("document.querySelectorAll('.md-search, label[for=__search]')"
                      ".forEach(e => e.remove())")
        widths.append(page.evaluate("document.documentElement.scrollWidth"))
        page.locator(".md-header__option .md-select").hover()  # the menu open
        widths.append(page.evaluate("document.documentElement.scrollWidth"))
        menu = page.locator(".md-select__inner").bounding_box()
    finally:
        context.close()
    assert widths == [390, 390, 390]
    assert menu is not None and menu["x"] >= 0 and menu["x"] + menu["width"] <= 390


# -- the magazine's look -----------------------------------------------------------------------


def context_page(browser: Browser, width: int, **options: object) -> tuple[object, Page]:
    context = browser.new_context(viewport={"width": width, "height": 844 if width < 600 else 900},
                                  **options)
    return context, context.new_page()


@pytest.mark.parametrize(("width", "candidate"), [(390, "-400.webp"), (1280, "-800.webp")])
def test_the_lead_picture_loads_the_file_that_fits_the_screen(browser, site_url, width, candidate):
    context, page = context_page(browser, width)
    try:
        page.goto(url_of(site_url, ARTICLE, "en"))
        lead = page.locator("figure.mz-article__picture img")
        expect(lead).to_be_visible()
        page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=lead.element_handle())
        current, natural, shown = lead.evaluate(
            "img => [img.currentSrc, img.naturalWidth, img.getBoundingClientRect().width]")
        assert current.endswith(candidate), current
        assert natural >= shown  # sharp: never a file narrower than its place on the screen
        assert lead.get_attribute("alt")  # the lead picture says what it shows
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_headline_is_larger_and_darker_than_the_standfirst(page, site_url, lang):
    page.goto(url_of(site_url, ARTICLE, lang))
    style = r"""el => { const s = getComputedStyle(el); const [r, g, b] = s.color.match(/\d+/g).map(Number);
        return [parseFloat(s.fontSize), 0.2126 * r + 0.7152 * g + 0.0722 * b, parseInt(s.fontWeight)]; }"""
    head_size, head_light, head_weight = page.locator(".mz-article__header h1").evaluate(style)
    sub_size, sub_light, sub_weight = page.locator(".mz-article__summary").evaluate(style)
    assert head_size > sub_size * 1.5
    assert head_light < sub_light  # darker ink
    assert head_weight >= 700 > sub_weight


@pytest.mark.parametrize("name", ["article", "theme", "home"])
def test_no_empty_sidebar_and_no_contents_list_on_a_wide_screen(page, site_url, name):
    page.goto(url_of(site_url, PAGES[name]))
    expect(page.locator(".md-sidebar--primary")).to_be_hidden()
    expect(page.locator(".md-sidebar--secondary")).to_be_hidden()
    content = page.locator(".md-content").bounding_box()
    assert content["width"] > 900  # the page uses the width the sidebars had


@pytest.mark.parametrize(("path", "lang", "tab"), [
    (ARTICLE, "nl", "Essays"), (ARTICLE, "en", "Essays"), (THEME, "nl", "Thema's"),
    (THEME, "en", "Themes"), (SESSION, "en", "Making Sessions"),
    ("interviews/werken-in-de-zorg/", "nl", "Interviews"), ("", "en", "Front page"),
])
def test_the_pages_section_tab_is_active(page, site_url, path, lang, tab):
    page.goto(url_of(site_url, path, lang))
    active = page.locator(".md-tabs__item--active")
    expect(active).to_have_count(1)
    assert active.inner_text().strip() == tab


def test_card_titles_are_not_underlined_and_cards_have_pictures(page, site_url):
    page.goto(url_of(site_url, "essays/"))
    title = page.locator(".mz-card__title a").first
    assert title.evaluate("a => getComputedStyle(a).textDecorationLine") == "none"
    for card in page.locator(".mz-card").all():
        expect(card.locator(".mz-card__picture img, .mz-card__picture .mz-placeholder")).to_be_visible()


def test_dark_mode_follows_the_system_and_the_switch(browser, site_url):
    context, page = context_page(browser, 1280, color_scheme="dark")
    try:
        page.goto(url_of(site_url, ARTICLE, "en"))
        dark = page.evaluate("getComputedStyle(document.body).backgroundColor")
        assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
        assert sum(map(int, dark[dark.index("(") + 1:-1].split(",")[:3])) < 200, dark
        page.locator("form[data-md-component=palette] label:visible").first.click()
        expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "default")
        light = page.evaluate("getComputedStyle(document.body).backgroundColor")
        assert sum(map(int, light[light.index("(") + 1:-1].split(",")[:3])) > 600, light
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_dark_mode_has_no_serious_accessibility_violations(browser, site_url, lang):
    context, page = context_page(browser, 1280, color_scheme="dark")
    try:
        page.goto(url_of(site_url, ARTICLE, lang))
        page.add_script_tag(content=axe_source())
        result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        serious = [f"{v['id']}: {v['help']}" for v in result["violations"]
                   if v["impact"] in ("serious", "critical")]
        assert not serious, "\n".join(serious)
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_byline_leads_to_the_authors_page(page, site_url, lang):
    page.goto(url_of(site_url, ARTICLE, lang))
    byline = page.locator(".mz-article__meta a.mz-author").first
    name = byline.inner_text()
    byline.click()
    expect(page.locator("h1")).to_have_text(name)
    assert page.locator("html").get_attribute("lang") == lang
    expect(page.locator(f'.mz-card__title a[href$="{ARTICLE}"]')).to_have_count(1)
    page.add_script_tag(content=axe_source())
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    assert not [v["id"] for v in result["violations"] if v["impact"] in ("serious", "critical")]


@pytest.mark.parametrize(("lang", "title"), [("nl", "Pagina niet gevonden"), ("en", "Page not found")])
def test_the_404_page_speaks_the_sites_language(page, site_url, lang, title):
    page.goto(url_of(site_url, "404.html", lang))
    assert page.locator("html").get_attribute("lang") == lang
    expect(page.locator("h1")).to_have_text(title)
    assert "Material for MkDocs" not in page.locator("footer").inner_text()


# -- printing a page from the browser ----------------------------------------------------------


def printed_text(page: Page) -> str:
    """The text of the page as Chromium prints it to PDF, read back with pypdf."""
    import io

    from pypdf import PdfReader

    pdf = PdfReader(io.BytesIO(page.pdf(format="A4")))
    return "\n".join(p.extract_text() for p in pdf.pages)


def test_printing_an_article_from_the_browser_prints_the_article_only(page, site_url):
    page.goto(url_of(site_url, ARTICLE))
    page.emulate_media(media="print")
    for chrome in (".md-header", ".md-sidebar--primary", ".md-footer", ".md-search"):
        expect(page.locator(chrome).first).to_be_hidden()
    text = printed_text(page)
    # The kind and the title come first: no header, menu or search box before them.
    assert text.lstrip().startswith("ESSAY\nLeren door te doen")
    assert "Maaksessies" in text


def test_printed_pages_show_where_web_links_lead(page, site_url):
    page.goto(url_of(site_url, "colophon/"))
    address = "https://openembassy.nl/magazine/"
    assert address not in page.locator("article").inner_text()  # on screen: only the link text
    page.emulate_media(media="print")
    assert address in printed_text(page).replace("\n", "")


def test_the_print_edition_link_is_left_out_of_a_printed_page(page, site_url):
    page.goto(url_of(site_url, ""))
    expect(page.locator(".mz-print")).to_be_visible()
    page.emulate_media(media="print")
    expect(page.locator(".mz-print")).to_be_hidden()


# -- the preview of a pull request, opened from disk ------------------------------------------


@pytest.fixture(scope="module")
def preview_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny site as `make preview` builds it: every link names its .html file."""
    from conftest import SITE_CONFIG, TINY_SITE

    root = write_site(tmp_path_factory.mktemp("preview") / "repo", TINY_SITE,
                      SITE_CONFIG + "use_directory_urls: false\n")
    return build(root)


def test_the_preview_opens_from_disk_and_its_links_lead_to_pages(page, preview_folder):
    page.goto((preview_folder / "index.html").as_uri())
    page.locator(".mz-card__title a", has_text="Werk eerst").first.click()
    page.wait_for_url("**/essays/werk-eerst.html")
    assert page.locator("h1").first.inner_text() == "Werk eerst"
    page.locator(".mz-article__meta a.mz-tag").first.click()
    page.wait_for_url("**/themes/work.html")
    assert page.locator("h1").first.inner_text() == "Werk"
    page.locator(".md-header__option .md-select button").click()
    page.locator("a.md-select__link[hreflang=en]").click()
    page.wait_for_url("**/en/themes/work.html")
    assert page.locator("h1").first.inner_text() == "Work"


# -- an article printed from the browser (Ctrl+P), and boxes drawn whole ------------------------

ESSAY = "essays/maatwerk-begint-bij-de-nieuwkomer/"  # about 1,100 words, with its lead picture
PRACTICE = "practices/een-actieagenda-opstellen/"  # opens with an "In het kort" box


def printed_pages(page: Page, path: Path) -> list[str]:
    """Print the page as a reader's Ctrl+P does (the print style sheet, its A4 page); the text of
    each printed page."""
    from pypdf import PdfReader

    page.pdf(path=str(path), prefer_css_page_size=True, print_background=True)
    return [p.extract_text() for p in PdfReader(path).pages]


def test_an_essay_printed_from_the_browser_is_a_document_of_its_own(browser, site_url, tmp_path):
    import subprocess

    words = len(load_magazine(REPO)[0].article(ESSAY.strip("/")).version("nl").body.split())
    assert words >= 1000
    context, page = context_page(browser, 1280)
    try:
        page.goto(url_of(site_url, ESSAY))
        lead = page.locator("figure.mz-article__picture img")
        page.wait_for_function("img => img.complete && img.naturalWidth > 0",
                               arg=lead.element_handle())
        texts = printed_pages(page, tmp_path / "essay.pdf")
    finally:
        context.close()
    assert len(texts) <= 3, f"{words} words on {len(texts)} pages"
    listing = subprocess.run(["pdfimages", "-list", str(tmp_path / "essay.pdf")],
                             capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert [line.split()[0] for line in listing] == ["1"]  # the picture, whole, on page 1
    everything = "\n".join(texts)
    for furniture in ("Gerelateerde artikelen", "Zoeken", "Lees ook", "Read in English"):
        assert furniture not in everything
    assert "Maatwerk begint" in texts[0] and "Bronnen" in texts[-1]


LINKED_PRACTICE = """\
---
title: Een praktijk met links
summary: Een praktijk.
date: 2021-05-05
authors: [Ann]
themes: [work]
---
Lees [de integratiepagina van de provincie](https://www.gelderland.nl/integratie) en
[het rapport](https://www.example.org/rapport.pdf), en nog eens
[de provincie](https://www.gelderland.nl/integratie).
"""


def test_a_printed_article_lists_its_web_addresses_at_the_end(browser, tmp_path_factory, tmp_path):
    config = READERS_CONFIG.replace("assets/search.js]", "assets/search.js, assets/print.css]") \
        + "  - assets/print.css\n"
    assert "assets/print.css]" in config  # the site publishes only the assets it lists
    files = readers_files({"practices/links.md": LINKED_PRACTICE,
                           "docs/assets/print.css": (REPO / "docs/assets/print.css").read_text()})
    root = write_site(tmp_path_factory.mktemp("links") / "repo", files, config)
    for base in serve(build(root)):
        context, page = context_page(browser, 1280)
        try:
            page.goto(base + "practices/links/")
            expect(page.locator(".mz-print-links")).to_be_hidden()  # on screen: the links work
            text = "\n".join(printed_pages(page, tmp_path / "links.pdf"))
        finally:
            context.close()
    body, _, notes = text.partition("Adressen bij dit artikel")
    assert "https://" not in body  # not in the running text
    addresses = [re.sub(r"^\d+\.\s*", "", line.strip()) for line in notes.splitlines()
                 if "https://" in line]
    assert addresses == ["https://www.gelderland.nl/integratie", "https://www.example.org/rapport.pdf"]


@pytest.mark.parametrize("width", [390, 768, 1280, 1920])
def test_every_box_is_drawn_whole_at_every_width(browser, site_url, width):
    """The "In het kort" box: its title bar spans the box, whatever the width of the screen."""
    context, page = context_page(browser, width)
    try:
        page.goto(url_of(site_url, PRACTICE))
        boxes = page.evaluate("""() => [...document.querySelectorAll('.md-typeset .admonition')]
            .map(box => {
                const title = box.querySelector(':scope > .admonition-title');
                const style = getComputedStyle(box);
                const inner = box.getBoundingClientRect().width
                    - parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth);
                return [inner, title ? title.getBoundingClientRect().width : inner];
            })""")
    finally:
        context.close()
    assert boxes
    for inner, title in boxes:
        assert title >= inner - 1, f"the title bar is {title:.0f} px in a box of {inner:.0f} px"
