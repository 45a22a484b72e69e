"""The render cache and the page cache: a build that takes pages from them makes the same site,
byte for byte, as one that converts and renders every page; and a change to a text, or to what
it links to or what lists it, is never served stale.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import SITE_CONFIG, TINY_SITE, build, page, write_site

CONFIG = SITE_CONFIG + "markdown_extensions:\n  - toc:\n      permalink: true\n  - footnotes\n"

# Headings (a table of contents and anchors), a footnote, a link to an anchor on another page, a
# link to a draft, and a page without a title of its own: all that Page.render leaves on a page.
CACHE_SITE = {
    **TINY_SITE,
    "essays/werk-eerst.md": TINY_SITE["essays/werk-eerst.md"] + (
        "\n## Eerste stap\n\nZie [zorg](../interviews/zorg.md#tweede) en [later](../essays/later.md)."
        "[^1]\n\n### Dieper\n\nTekst.\n\n[^1]: Een voetnoot.\n"
    ),
    "interviews/zorg.md": TINY_SITE["interviews/zorg.md"] + "\n## Tweede\n\nMeer.\n",
    "essays/later.md": (
        "---\ntitle: Later\nsummary: Nog niet af.\ndate: 2021-01-01\nauthors: [Ann]\n"
        "themes: [work]\nstatus: draft\n---\nConcept.\n"
    ),
    "docs/about.md": "# Over ons\n\nWie we zijn.\n\n## Contact\n\nMail ons.\n",
}


def files_of(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*"))
            if p.is_file()}


def entries(cache: Path) -> list[Path]:
    """The render cache's entries (the page cache and the search index have folders of their own)."""
    return sorted(cache.glob("??/*.json"))


def page_entries(cache: Path) -> list[Path]:
    return sorted((cache / "pages").rglob("*.json"))


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("MAGAZINE_CACHE", str(folder))
    return folder


def test_a_cached_build_equals_an_uncached_one_byte_for_byte(tmp_path, cache, monkeypatch):
    root = write_site(tmp_path / "repo", CACHE_SITE, CONFIG)
    filled = files_of(build(root, site_dir=tmp_path / "filled"))  # converts, fills the cache
    assert entries(cache) and page_entries(cache)
    cached = files_of(build(root, site_dir=tmp_path / "cached"))  # takes every page from it
    monkeypatch.setenv("MAGAZINE_CACHE", "off")
    plain = files_of(build(root, site_dir=tmp_path / "plain"))
    assert len(plain) > 50
    assert cached.keys() == plain.keys() == filled.keys()
    for name in plain:
        if name == "pagefind/pagefind-entry.json":  # Pagefind lists the languages in any order
            assert json.loads(cached[name]) == json.loads(plain[name]) == json.loads(filled[name])
            continue
        if name.endswith("-print.pdf"):  # PDF/X-4: WeasyPrint gives each file a random id
            cached[name], plain[name], filled[name] = (
                re.sub(rb"(xmp\.did:[0-9a-f-]+|/ID \[\([0-9a-f]+\) \([0-9a-f]+\)\])", b"", f[name])
                for f in (cached, plain, filled))
        assert cached[name] == plain[name], name
        assert filled[name] == plain[name], name
    # What the templates take from a converted page came through: the table of contents, the
    # title of a page that has none in its front matter, the footnote, the anchors.
    about = page(tmp_path / "cached", "about/")
    assert about.title.get_text().startswith("Over ons")
    essay = page(tmp_path / "cached", "essays/werk-eerst/")
    assert essay.select_one('nav.md-nav--secondary a[href="#eerste-stap"]')
    assert essay.select_one(".footnote")


def test_the_cache_is_used(tmp_path, cache):
    root = write_site(tmp_path / "repo", CACHE_SITE, CONFIG)
    build(root)
    touched = 0
    for entry in entries(cache):  # what a hit shows, and so that it was used
        data = json.loads(entry.read_text("utf-8"))
        if "Wie we zijn." in data["content"]:
            data["content"] = data["content"].replace("Wie we zijn.", "Uit de cache.")
            entry.write_text(json.dumps(data), "utf-8")
            touched += 1
    assert touched == 2  # the Dutch page, and the English address that shows it untranslated
    assert "Uit de cache." in page(build(root), "about/").get_text()


def test_an_edited_text_is_converted_again_and_the_rest_is_not(tmp_path, cache):
    root = write_site(tmp_path / "repo", CACHE_SITE, CONFIG)
    build(root)
    before = set(entries(cache))
    (root / "interviews" / "zorg.md").write_text(
        CACHE_SITE["interviews/zorg.md"] + "\nEen nieuwe zin.\n", encoding="utf-8")
    site = build(root)
    assert "Een nieuwe zin." in page(site, "interviews/zorg/").get_text()
    # One new entry: the Dutch interview; its English page and every other page came from the cache.
    assert len(set(entries(cache)) - before) == 1


def test_publishing_a_draft_turns_the_links_to_it_into_links(tmp_path, cache):
    root = write_site(tmp_path / "repo", CACHE_SITE, CONFIG)
    essay = page(build(root), "essays/werk-eerst/")
    assert essay.select_one("span.mz-unpublished").get_text() == "later"
    draft = root / "essays" / "later.md"
    draft.write_text(draft.read_text("utf-8").replace("status: draft\n", ""), encoding="utf-8")
    essay = page(build(root), "essays/werk-eerst/")
    assert not essay.select("span.mz-unpublished")
    assert essay.select_one('a[href="../later/"]').get_text() == "later"


@pytest.mark.allow_warnings
def test_a_cached_page_reports_its_broken_link_again(tmp_path, cache, no_unexpected_warnings):
    root = write_site(tmp_path / "repo", {**CACHE_SITE,
                                          "docs/about.md": "# Over ons\n\n[Weg](weg.md)\n"}, CONFIG)
    build(root, strict=False)
    first = [r.getMessage() for r in no_unexpected_warnings.records]
    assert any("weg.md" in message for message in first)
    no_unexpected_warnings.records.clear()
    build(root, strict=False)
    assert [r.getMessage() for r in no_unexpected_warnings.records] == first


@pytest.mark.allow_warnings
def test_a_page_from_the_cache_is_not_cleaned_again_and_stays_clean(tmp_path, cache,
                                                                     monkeypatch):
    from magazine.content import html_policy
    from magazine.site.caches import render_cache

    hostile = '<script>alert(1)</script>\n\n<p onclick="alert(2)">Klik</p>\n'
    # The home page is titled in the menu, so MkDocs makes it without the render cache.
    config = CONFIG.replace("nav:\n  - index.md\n", "nav:\n  - Welkom: index.md\n")
    root = write_site(tmp_path / "repo", {
        **CACHE_SITE,
        "docs/about.md": "# Over ons\n\nWie we zijn.\n\n" + hostile,
        "docs/index.md": CACHE_SITE["docs/index.md"] + "\n" + hostile,
    }, config)
    build(root, strict=False)  # converts and cleans every page, into the caches
    cleaned: list[str] = []

    def counting(fragment: str, for_print: bool = False) -> str:
        cleaned.append(fragment)
        return html_policy.sanitize(fragment, for_print)

    monkeypatch.setattr(render_cache, "sanitize", counting)
    site = build(root, strict=False)
    # Only the home page, in both languages: its HTML did not come through the render cache.
    assert len(cleaned) == 2 and all("magazine." in html for html in cleaned), cleaned
    for url, text in (("about/", "Wie we zijn."), ("en/about/", "Wie we zijn."),
                      ("", "Het magazine."), ("en/", "The magazine.")):
        shown = page(site, url)
        assert text in shown.get_text()
        assert not [s for s in shown.find_all("script") if "alert(" in (s.string or "")], url
        assert not shown.select("[onclick]"), url


def test_the_page_cache_is_used(tmp_path, cache):
    root = write_site(tmp_path / "repo", CACHE_SITE, CONFIG)
    build(root)
    touched = 0
    for entry in page_entries(cache):
        data = json.loads(entry.read_text("utf-8"))
        if "<h1>Zorg</h1>" in data["html"] or ">Zorg</h1>" in data["html"]:
            data["html"] = data["html"].replace("Tekst.", "Uit de paginacache.")
            entry.write_text(json.dumps(data), "utf-8")
            touched += 1
    assert touched == 1
    assert "Uit de paginacache." in page(build(root), "interviews/zorg/").get_text()


def test_a_new_title_shows_in_every_listing_and_on_the_article(tmp_path, cache, monkeypatch):
    root = write_site(tmp_path / "repo", CACHE_SITE, CONFIG)
    build(root)
    path = root / "interviews" / "zorg.md"
    path.write_text(CACHE_SITE["interviews/zorg.md"].replace("title: Zorg", "title: Zorg dichtbij"),
                    encoding="utf-8")
    site = build(root, site_dir=tmp_path / "cached")
    for url in ["", "interviews/", "themes/health/", "themes/work/", "articles/",
                "essays/werk-eerst/", "interviews/zorg/"]:
        if (site / url / "index.html").exists():
            assert "Zorg dichtbij" in page(site, url).get_text(), url
    monkeypatch.setenv("MAGAZINE_CACHE", "off")
    plain = build(root, site_dir=tmp_path / "plain")
    for name, data in files_of(plain).items():
        if name.endswith(".html"):
            assert files_of(site)[name] == data, name


def test_a_template_that_lists_every_page_shows_a_new_title(tmp_path, cache):
    """The page cache leaves the list of every page out of its digest only while no template
    reads it: a theme override that does is served the new title, not the old page."""
    config = CONFIG.replace("  name: material\n", "  name: material\n  custom_dir: overrides\n")
    root = write_site(tmp_path / "repo", {
        **CACHE_SITE, "docs/about.md": "---\ntitle: Over ons\n---\nWie we zijn.\n",
        "overrides/main.html": (
        '{% extends "base.html" %}{% block content %}{{ super() }}<ul id="all">'
        "{% for p in pages %}<li>{{ p.page.title }}</li>{% endfor %}</ul>{% endblock %}")},
        config)
    assert "Zorg" in page(build(root), "about/").select_one("#all").get_text()
    path = root / "interviews" / "zorg.md"
    path.write_text(CACHE_SITE["interviews/zorg.md"].replace("title: Zorg", "title: Zorg dichtbij"),
                    encoding="utf-8")
    assert "Zorg dichtbij" in page(build(root), "about/").select_one("#all").get_text()


def test_a_picture_in_the_text_shows_in_every_build(tmp_path, cache):
    """Pictures in the text wait under a token that is new every build (site/pictures/markup.py): a page
    holding one is converted anew, never taken from the render cache without its picture."""
    picture = (Path(__file__).parent.parent / "plugins/magazine/site/templates/magazine/"
               "social-card.png").read_bytes()
    site_files = {**CACHE_SITE, "essays/werk-eerst.md": TINY_SITE["essays/werk-eerst.md"]
                  + "\n![Zorg in de wijk](../docs/images/zorg.png)\n"}
    root = write_site(tmp_path / "repo", site_files, CONFIG)
    (root / "docs/images").mkdir()
    (root / "docs/images/zorg.png").write_bytes(picture)
    for site_dir in ("first", "second"):
        html = page(build(root, site_dir=tmp_path / site_dir), "essays/werk-eerst")
        assert html.find("img", alt="Zorg in de wijk") is not None, site_dir
        assert "mzpicture" not in str(html)


def test_pages_made_on_a_second_core_make_the_same_site(tmp_path, cache, monkeypatch, caplog):
    """A big build converts and renders pages in a copy of itself on a second core
    (second_core.py); here the copy makes every page before MkDocs starts, and MkDocs takes them
    all from the caches."""
    from magazine.site.caches import second_core

    if second_core.free_cores() < 2:
        pytest.skip("one core: the build converts every page itself")
    monkeypatch.setattr(second_core, "MIN_PAGES", 1)
    monkeypatch.setattr(second_core, "WAIT", True)
    root = write_site(tmp_path / "repo", CACHE_SITE, CONFIG)
    with caplog.at_level("DEBUG", logger="mkdocs.plugins.magazine.site.caches.build_caches"):
        two_cores = files_of(build(root, site_dir=tmp_path / "two-cores"))
    said = [r.getMessage() for r in caplog.records]
    converted = [int(m.split()[-7]) for m in said if m.endswith("pages converted on a second core")]
    assert len(converted) == 2 and min(converted) > 10  # each language's build, every page
    rendered = [int(m.split()[-7]) for m in said if m.endswith("pages rendered on a second core")]
    assert len(rendered) == 2 and min(rendered) > 10
    # The same build again: the copy finds every page in the caches, and makes none again (a
    # page it rendered in a state MkDocs does not render it in would be made again here).
    caplog.clear()
    with caplog.at_level("DEBUG", logger="mkdocs.plugins.magazine.site.caches.build_caches"):
        again = files_of(build(root, site_dir=tmp_path / "again"))
    assert {name: again[name] for name in again if name.endswith(".html")} == {
        name: two_cores[name] for name in two_cores if name.endswith(".html")}
    assert not [r for r in caplog.records if "on a second core" in r.getMessage()]
    monkeypatch.setenv("MAGAZINE_CACHE", "off")
    plain = files_of(build(root, site_dir=tmp_path / "plain"))
    assert two_cores.keys() == plain.keys()
    for name in plain:
        if name.endswith(".html"):
            assert two_cores[name] == plain[name], name


def test_a_build_goes_on_on_one_core_when_no_process_can_be_started(tmp_path, cache,
                                                                    monkeypatch):
    from multiprocessing.context import ForkProcess

    from magazine.site.caches import second_core

    def refuse(self):
        raise OSError(12, "Cannot allocate memory")

    monkeypatch.setattr(second_core, "MIN_PAGES", 1)
    monkeypatch.setattr(second_core, "free_cores", lambda: 2)
    monkeypatch.setattr(ForkProcess, "start", refuse)
    root = write_site(tmp_path / "repo", CACHE_SITE, CONFIG)
    assert "Wie we zijn." in page(build(root), "about/").get_text()
