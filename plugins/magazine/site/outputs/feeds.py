"""Atom feeds of the magazine, per language and per theme, made from the content model.

`/feed.xml` and `/<lang>/feed.xml` list every article in the site of that language (in its own
text where it is translated, else in the original, marked with `xml:lang`);
`/themes/<id>/feed.xml` and `/<lang>/themes/<id>/feed.xml` the articles of one theme. The
template `magazine/feed.xml` renders them with autoescaping on, so a site can override it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from ...content.model import Article, Magazine
from ...content.ui_strings import Strings
from ...content.urls import Urls

FEED_TEMPLATE = "magazine/feed.xml"
# Feed readers poll often and show what is new: the newest articles are enough, and a feed
# stays the same size however large the magazine grows.
FEED_ENTRIES = 50


@dataclass
class Category:
    term: str
    label: str


@dataclass
class Entry:
    id: str
    url: str
    title: str
    summary: str
    lang: str
    authors: list[str]
    published: str
    categories: list[Category]


@dataclass
class Feed:
    id: str
    url: str  # the feed itself
    site_url: str  # the page the feed belongs to
    lang: str
    title: str
    subtitle: str
    updated: str
    entries: list[Entry]


def timestamp(day: dt.date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


class Feeds:
    """Builds the feeds of one magazine; `site_url` is the published address of the site."""

    def __init__(self, magazine: Magazine, site_url: str, site_names: dict[str, str]) -> None:
        self.magazine = magazine
        self.site_names = site_names
        self.urls = Urls(magazine.default_language, site_url)

    def entry(self, article: Article, lang: str) -> Entry:
        version = article.version(lang)
        url = self.urls.absolute(self.urls.article(article, lang))
        return Entry(
            id=url, url=url, title=version.title, summary=version.summary, lang=version.lang,
            authors=self.magazine.byline(article, lang), published=timestamp(article.date),
            categories=[
                Category(theme, self.magazine.themes[theme].version(lang).title)
                for theme in article.themes if theme in self.magazine.themes
            ],
        )

    def feed(self, lang: str, articles: Sequence[Article], title: str, page_url: str,
             path: str, subtitle: str = "") -> Feed:
        newest = max((a.date for a in articles), default=dt.date(2000, 1, 1))
        return Feed(
            id=self.urls.absolute(path), url=self.urls.absolute(path),
            site_url=self.urls.absolute(page_url),
            lang=lang, title=title, subtitle=subtitle, updated=timestamp(newest),
            entries=[self.entry(a, lang) for a in articles[:FEED_ENTRIES]],
        )

    def all(self) -> Iterable[tuple[str, Feed]]:
        """(path, feed) of every feed: one per language, one per theme and language."""
        for lang in self.magazine.languages:
            name = self.site_names.get(lang, "")
            path = self.urls.feed(lang)
            yield path, self.feed(lang, self.magazine.articles, name, self.urls.home(lang), path)
            t = Strings(lang)
            for theme in self.magazine.themes.values():
                version = theme.version(lang)
                path = self.urls.feed(lang, theme.id)
                yield path, self.feed(
                    lang, theme.articles, f"{t('theme')}: {version.title} · {name}",
                    self.urls.theme(theme.id, lang), path,
                    theme.description.get(version.lang, ""),
                )


def write_feeds(feeds: Feeds, site_dir: Path, template_dirs: Sequence[str]) -> list[str]:
    """Render every feed into `site_dir`; return the paths written."""
    env = Environment(loader=FileSystemLoader(list(template_dirs)),
                      autoescape=select_autoescape(["html", "xml"]))
    template = env.get_template(FEED_TEMPLATE)
    written = []
    for path, feed in feeds.all():
        target = site_dir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(template.render(feed=feed), encoding="utf-8")
        written.append(path)
    return written
