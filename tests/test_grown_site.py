"""What only a site with more than one of a kind shows: order, pages in one language, self-links.

These guard what readers see against faults that the tiny site, with one article per section and
one session, cannot reveal (each was once planted on purpose and went unnoticed).
"""

from __future__ import annotations

from conftest import page
from test_site import target

NEWER, OLDER = "Nieuwer essay", "Werk eerst"


def titles(html, selector: str = ".mz-card__title a") -> list[str]:
    return [a.get_text() for a in html.select(selector)]


def test_sections_list_the_newest_article_first(grown_built):
    assert titles(page(grown_built, "essays")) == [NEWER, OLDER]
    assert titles(page(grown_built, "en/essays")) == [NEWER, "Work first"]


def test_home_leads_with_the_newest_article_and_lists_each_sections_next(grown_built):
    for url, older in (("", OLDER), ("en/", "Work first")):
        home = page(grown_built, url)
        assert home.select_one(".mz-lead-story__title a").get_text() == NEWER
        [essays] = [s for s in home.select(".mz-home-section") if s.h2.get_text() == "Essays"]
        assert titles(essays) == [older]  # the lead story is not repeated below it


def test_a_themes_sessions_are_in_order_of_date(grown_built):
    # s1 (14 May 2019) before s0 (20 November 2019): date order, not the order of the ids.
    sessions = page(grown_built, "themes/work").select(".mz-session > a")
    assert [a.get_text() for a in sessions] == ["Sessie een", "Sessie later"]
    overview = page(grown_built, "sessions").select(".mz-session > a")
    assert [a.get_text() for a in overview] == ["Sessie een", "Sessie later"]


def test_an_article_that_links_to_itself_is_not_among_those_linking_to_it(grown_built):
    newer = page(grown_built, "essays/nieuwer")
    assert titles(newer, ".mz-linked-from .mz-card__title a") == []
    assert titles(page(grown_built, "essays/werk-eerst"), ".mz-linked-from .mz-card__title a") == [
        NEWER]


def test_the_link_to_the_other_language_leads_there_with_its_hreflang(grown_built):
    for url, other, lang in (("essays/werk-eerst/", "en/essays/werk-eerst/", "en"),
                             ("en/essays/werk-eerst/", "essays/werk-eerst/", "nl")):
        [link] = page(grown_built, url).select(".mz-translation a")
        assert target(url, link["href"]) == other
        assert link["hreflang"] == lang


def test_text_in_the_other_language_is_marked_with_its_language(grown_built):
    html = page(grown_built, "en/essays/nieuwer")  # written in Dutch only
    assert html.html["lang"] == "en"
    assert html.select_one(".mz-article__summary")["lang"] == "nl"
    # The theme `education` has only a Dutch page: its label on the English site is Dutch.
    tags = {a.get_text(): a.get("lang") for a in html.select(".mz-article__header .mz-tag")}
    assert tags == {"Onderwijs": "nl", "Work": None}
    session = html.select_one(".mz-session-link")
    assert (session.get_text(), session.get("lang")) == ("Sessie later", "nl")
    [card] = [c for c in page(grown_built, "en/essays").select(".mz-card")
              if c.select_one(".mz-card__title a").get_text() == NEWER]
    assert card.select_one(".mz-card__summary")["lang"] == "nl"


def test_reading_time_counts_words(grown_built):
    # 595 words at 200 a minute: 3 minutes (counted in characters it would be 18).
    assert page(grown_built, "essays/nieuwer").select_one(".mz-reading-time").get_text() == "3 min."
    assert page(grown_built, "en/essays/nieuwer").select_one(".mz-reading-time").get_text() == "3 min"
