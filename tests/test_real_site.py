"""The magazine's own content, built with `--strict` as `make site` builds it."""

from __future__ import annotations

from conftest import REPO, page
from magazine.content.loader import load_magazine
from test_site import exists, target


def test_content_has_no_errors_or_warnings():
    magazine, diagnostics = load_magazine(REPO)
    assert [str(d) for d in diagnostics] == []
    for folder in ("essays", "interviews", "practices"):
        assert len(magazine.of_folder(folder)) >= 3
    assert all(article.languages == ["nl", "en"] for article in magazine.articles)
    assert len(magazine.themes) == 7


def test_every_article_is_published_in_both_languages(real_site):
    magazine, _ = load_magazine(REPO)
    for article in magazine.articles:
        for lang, prefix in (("nl", ""), ("en", "en/")):
            html = page(real_site, f"{prefix}{article.key}")
            assert html.h1.get_text() == article.version(lang).title
            assert html.select_one(".mz-article__body")["lang"] == lang
            if article.status == "example":
                assert html.select_one(".mz-notice--example")


def test_every_link_in_the_real_site_leads_to_a_page(real_site):
    checked = 0
    for html_file in real_site.rglob("index.html"):
        url = html_file.parent.relative_to(real_site).as_posix() + "/"
        url = "" if url == "./" else url
        for link in page(real_site, url).select(".md-content a[href]"):
            href = link["href"]
            if not href.startswith(("#", "http", "mailto:")):
                assert exists(real_site, target(url, href)), f"{url}: {href}"
                checked += 1
    assert checked > 100
