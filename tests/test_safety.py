"""Text from front matter is escaped everywhere: a site whose every field holds markup and script
must show that text as text, and nowhere contain the markup as elements or attributes.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import page
from readers_site import build_readers_site
from search_index import search_pages

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(2)>'
SVG = "'><svg onload=alert(3)>"
CLOSE = "</title></textarea><b id=bold>"
ENTITY = "&lt;script&gt;alert(4)&lt;/script&gt;"
PAYLOADS = (SCRIPT, IMG, SVG, CLOSE, ENTITY)


def hostile(n: int) -> str:
    """A text that holds every payload, numbered so that each field is told apart."""
    return f"T{n} " + " ".join(PAYLOADS)


def yaml(value: object) -> str:
    return json.dumps(value)  # JSON is YAML, with every character escaped the JSON way


def front(fields: dict[str, object], body: str = "Tekst.\n") -> str:
    lines = "".join(f"{k}: {v if k == 'date' else yaml(v)}\n" for k, v in fields.items())
    return f"---\n{lines}---\n{body}"


HOSTILE_SITE = {
    "docs/themes/work.md": front({"title": hostile(1), "description": hostile(2)}),
    "docs/themes/work.en.md": front({"title": hostile(3), "description": hostile(4)}),
    "docs/sessions/s1.md": front({
        "title": hostile(5), "date": "2019-05-14", "time": hostile(6), "place": hostile(7),
        "themes": ["work"], "description": hostile(8), "programme": [hostile(9), hostile(10)],
        "action_agenda": [{"id": "a", "action": hostile(14), "by": [hostile(24)], "history": [
            {"state": "done", "date": "2020-01-01", "source": {
                "title": hostile(25), "url": "https://example.org/a?b=1&c=\"><x"}}]}],
    }),
    "docs/sessions/s1.en.md": front({
        "title": hostile(11), "date": "2019-05-14", "place": hostile(12), "themes": ["work"],
        "description": hostile(13),
    }),
    "essays/werk-eerst.md": front({
        "title": hostile(15), "summary": hostile(16), "date": "2019-05-14",
        "authors": [hostile(17), hostile(18)], "themes": ["work"], "session": "s1",
        "sources": [{"title": hostile(22), "url": "https://example.org/a?b=1&c=\"><x"},
                    hostile(23)],
    }),
    "essays/werk-eerst.en.md": front({"title": hostile(19), "summary": hostile(20)}),
    "docs/articles/index.md": front({"title": hostile(21)}),
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_readers_site(tmp_path_factory.mktemp("hostile") / "repo", HOSTILE_SITE)


def injected_html(html: str) -> list[str]:
    """The elements and attributes of `html` that only the payloads could have made."""
    soup = BeautifulSoup(html, "html.parser")
    found = [f"<script> {s.string!r}" for s in soup.find_all("script")
             if s.string and "alert(" in s.string]
    found += [f"<{el.name}>" for el in soup.find_all(["img", "svg", "b"])
              if el.get("src") == "x" or el.get("id") == "bold" or el.has_attr("onload")]
    found += [f"<{el.name} {name}>" for el in soup.find_all(True) for name in el.attrs
              if name.startswith("on")]
    return found


def test_every_page_shows_the_text_and_no_markup(site):
    checked = 0
    for path in site.rglob("*.html"):
        found = injected_html(path.read_text(encoding="utf-8"))
        assert not found, f"{path.relative_to(site)}: {found}"
        checked += 1
    assert checked > 20


@pytest.mark.parametrize(
    ("url", "selector", "n"),
    [
        ("essays/werk-eerst/", "h1", 15),
        ("essays/werk-eerst/", ".mz-article__summary", 16),
        ("essays/werk-eerst/", "title", 15),
        ("essays/werk-eerst/", "[data-md-component=header-topic] .md-ellipsis", 15),
        ("en/essays/werk-eerst/", "h1", 19),
        ("themes/work/", "h1", 1),
        ("themes/work/", ".mz-lead", 2),
        ("en/themes/work/", "h1", 3),
        ("sessions/s1/", "h1", 5),
        ("sessions/s1/", ".mz-lead", 8),
        ("sessions/s1/", ".mz-programme li", 9),
        ("essays/werk-eerst/", ".mz-sources li", 22),
        ("sessions/s1/", ".mz-action__text", 14),
        ("en/sessions/s1/", ".mz-action__facts dd", 24),
        ("sessions/s1/", ".mz-action__history li", 25),
        ("actions/", ".mz-action__text", 14),
        ("articles/", "h1", 21),
    ],
)
def test_hostile_text_is_shown_as_text(site, url, selector, n):
    text = page(site, url).select_one(selector).get_text(" ", strip=True)
    assert hostile(n) in text or hostile(n) in text.replace(" - Testmagazine", "")


def test_meta_tags_carry_the_text_in_their_attributes(site):
    soup = page(site, "essays/werk-eerst/")
    for selector, n in [('meta[name="description"]', 16), ('meta[property="og:title"]', 15),
                        ('meta[property="og:description"]', 16),
                        ('meta[property="article:author"]', 17)]:
        assert soup.select_one(selector)["content"] == hostile(n), selector
    authors = soup.select_one(".mz-authors").get_text()
    assert hostile(17) in authors and hostile(18) in authors


def test_places_and_times_are_text(site):
    facts = page(site, "sessions/s1/").select_one(".mz-session__facts").get_text(" ")
    assert hostile(6) in facts and hostile(7) in facts


def xml_elements(path: Path) -> list[str]:
    return [el.tag.rsplit("}", 1)[-1] for el in ET.parse(path).getroot().iter()]


@pytest.mark.parametrize("path", ["feed.xml", "en/feed.xml", "themes/work/feed.xml",
                                  "en/themes/work/feed.xml", "sitemap-pages.xml"])
def test_feeds_and_sitemap_hold_no_markup(site, path):
    tags = set(xml_elements(site / path))
    assert not tags & {"script", "img", "svg", "b", "textarea"}, tags


def test_feed_carries_the_text(site):
    root = ET.parse(site / "feed.xml").getroot()
    atom = "{http://www.w3.org/2005/Atom}"
    entry = next(e for e in root.iter(f"{atom}entry")
                 if e.find(f"{atom}title").text.startswith("T15"))
    assert entry.find(f"{atom}title").text == hostile(15)
    assert entry.find(f"{atom}summary").text == hostile(16)
    assert [a.find(f"{atom}name").text for a in entry.iter(f"{atom}author")] == [
        hostile(17), hostile(18)]
    assert entry.find(f"{atom}category").get("label") == hostile(1)


@pytest.mark.parametrize(("lang", "url", "n"), [("nl", "/essays/werk-eerst/", 15),
                                                 ("en", "/en/essays/werk-eerst/", 19)])
def test_search_index_holds_the_text_as_text(site, lang, url, n):
    """The search shows titles and excerpts from the index: plain text there, set as text by
    docs/assets/search.js (test_browser checks the results page)."""
    fragment = search_pages(site, lang)[url]
    assert fragment["meta"]["title"] == hostile(n)
    assert hostile(n + 1) in fragment["content"]
