"""Action agendas as pages: each session's agenda, the overview of all actions, the actions on a
theme's page, and the links between an action and the articles that report on it."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import REPO, TINY_SITE, build, page, write_site

ACTIONS_PAGES = {
    "docs/actions/index.md": (REPO / "docs/actions/index.md").read_text(encoding="utf-8"),
    "docs/actions/index.en.md": (REPO / "docs/actions/index.en.md").read_text(encoding="utf-8"),
    # A second session with an action on health that nothing reports on, its state not known.
    "docs/sessions/s2.md": (
        "---\ntitle: Sessie twee\nthemes: [health]\naction_agenda:\n"
        "  - id: spreekuur\n    action: Spreekuur met tolk\n    themes: [health]\n---\nTekst.\n"),
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = write_site(tmp_path_factory.mktemp("actions") / "repo", {**TINY_SITE, **ACTIONS_PAGES})
    return build(root)


def test_a_session_page_shows_its_agenda_with_what_came_of_it(site):
    html = page(site, "sessions/s1")
    [action] = html.select(".mz-agenda .mz-action")
    assert action["id"] == "action-pilot"
    assert action.select_one(".mz-action__text").get_text() == "Gemeente start pilot"
    assert action.select_one(".mz-action__meta .mz-state").get_text() == "Bezig"
    assert action.select_one(".mz-action__facts dd").get_text() == "Gemeente Ede"
    history = [li.get_text(" ", strip=True) for li in action.select(".mz-action__history li")]
    assert history == ["14 mei 2019 : Afgesproken (bron: Verslag van de sessie)",
                       "1 september 2019 : Bezig (bron: Nieuwsbrief )"]
    assert action.select_one(".mz-action__history a")["href"] == "https://example.org/nieuws"
    [report] = action.select(".mz-action__articles a")
    assert (report.get_text(), report["href"]) == ("Werk eerst", "../../essays/werk-eerst/")
    assert html.select_one(".mz-agenda a[href='../../actions/']").get_text() == "Alle acties"


def test_the_english_agenda_has_its_own_words_and_the_shared_history(site):
    action = page(site, "en/sessions/s1").select_one(".mz-agenda .mz-action")
    assert action.select_one(".mz-action__text").get_text() == "Municipality starts a pilot"
    assert action.select_one(".mz-state").get_text() == "Under way"
    assert action.select_one(".mz-action__facts dd").get_text() == "Municipality of Ede"
    assert [t.get_text() for t in action.select(".mz-action__history time")] == [
        "14 May 2019", "1 September 2019"]
    assert [a.get_text() for a in action.select(".mz-action__articles a")] == ["Work first"]
    # A session only in Dutch: its action in Dutch, marked as such.
    other = page(site, "en/sessions/s2").select_one(".mz-action__text")
    assert (other.get_text(), other["lang"]) == ("Spreekuur met tolk", "nl")


def test_an_article_links_the_actions_it_reports_on(site):
    html = page(site, "en/essays/werk-eerst")
    [link] = html.select(".mz-reports-on .mz-action__text a")
    assert (link.get_text(), link["href"]) == ("Municipality starts a pilot",
                                               "../../sessions/s1/#action-pilot")
    assert not page(site, "en/interviews/zorg").select(".mz-reports-on")


def test_a_theme_page_shows_the_actions_on_its_theme(site):
    work = page(site, "themes/work")
    assert [a.get_text() for a in work.select(".mz-theme-actions .mz-action__text a")] == [
        "Gemeente start pilot"]
    assert work.select_one(".mz-theme-actions .mz-action__session").get_text() == "Sessie een"
    health = page(site, "en/themes/health")
    assert [a.get_text() for a in health.select(".mz-theme-actions .mz-action__text a")] == [
        "Spreekuur met tolk"]


@pytest.mark.parametrize(("url", "groups", "states"), [
    ("actions", ["Bezig (1)", "Niet bekend (1)"], ["Bezig", "Niet bekend"]),
    ("en/actions", ["Under way (1)", "Not known (1)"], ["Under way", "Not known"]),
])
def test_the_overview_lists_every_action_by_state_and_filters_without_a_script(
        site, url, groups, states):
    html = page(site, url)
    assert [h.get_text(" ", strip=True) for h in html.select(".mz-state-group h2")] == groups
    items = html.select(".mz-overview .mz-action")
    assert [(i["data-session"], i["data-state"], i["data-themes"]) for i in items] == [
        ("s1", "under-way", "work"), ("s2", "not-known", "health")]
    # Without JavaScript: links to each state on the page, each theme's and session's page.
    browse = html.select_one(".mz-browse")
    anchors = [a["href"] for a in browse.select("a[href^='#']")]
    assert anchors == ["#state-under-way", "#state-not-known"]
    assert all(html.select_one(anchor) for anchor in anchors)
    assert {a["href"].split("/")[-2] for a in browse.select("a[href*='themes/']")} == {
        "work", "health"}
    assert len(browse.select("a[href*='sessions/']")) == 2
    form = html.select_one("form.mz-filter")
    assert form.has_attr("hidden")  # shown by the script only
    options = {select["name"]: [o["value"] for o in select.select("option")]
               for select in form.select("select")}
    assert options == {"theme": ["", "health", "work"] if url == "en/actions" else
                       ["", "health", "work"], "session": ["", "s1", "s2"],
                       "state": ["", "under-way", "not-known"]}
    assert [o.get_text() for o in form.select("select[name=state] option")][1:] == states


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_the_real_sessions_keep_not_documented_and_the_example_says_it_is_one(real_site, prefix):
    for session in ("2019-05-food-valley", "meedenken-meedoen-meebouwen"):
        html = page(real_site, f"{prefix}sessions/{session}")
        assert html.select_one(".mz-agenda__unknown") and not html.select(".mz-action")
    example = page(real_site, f"{prefix}sessions/voorbeeld-actieagenda")
    assert example.select_one(".mz-agenda .mz-notice--example")
    actions = example.select(".mz-agenda .mz-action")
    assert len(actions) == 5
    assert all(a.select_one(".mz-badge--example") for a in actions)
    overview = page(real_site, f"{prefix}actions")
    items = overview.select(".mz-overview .mz-action")
    assert len(items) == 5 and all(i.select_one(".mz-badge--example") for i in items)
    assert {i["data-state"] for i in items} == {
        "agreed", "under-way", "done", "stopped", "not-known"}
