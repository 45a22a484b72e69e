"""What a page tells search engines, feed readers and social media about itself: Open Graph
and Twitter card data for articles, and the feeds of the page's language (and theme).

Plain data for `magazine/partials/head.html`; absolute URLs from the site's `site_url`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ...content.model import Article, Magazine
from ...content.ui_strings import Strings
from ...content.urls import Urls
from ..pictures.maker import Renditions

# Shared when an article has no image of its own; shipped with the plugin next to the templates.
SOCIAL_IMAGE = "assets/social-card.png"
SOCIAL_IMAGE_SIZE = (1200, 630)
OG_LOCALES = {"nl": "nl_NL", "en": "en_GB"}


@dataclass
class FeedLink:
    title: str
    url: str  # relative to the site root, as MkDocs' `url` filter expects


@dataclass
class Share:
    title: str
    description: str
    url: str
    image: str
    image_alt: str
    image_width: int
    image_height: int
    locale: str
    alternate_locales: list[str]
    site_name: str
    published: str
    authors: list[str]
    tags: list[str]


@dataclass
class Head:
    share: Share | None = None
    feeds: list[FeedLink] = field(default_factory=list)


def og_locale(lang: str) -> str:
    return OG_LOCALES.get(lang, lang)


class Sharing:
    def __init__(self, magazine: Magazine, site_url: str,
                 renditions: Callable[[str], Renditions | None] | None = None) -> None:
        self.magazine = magazine
        self.renditions = renditions or (lambda path: None)
        self.urls = Urls(magazine.default_language, site_url)
        self.feed_links: dict[tuple[str, str, str | None], list[FeedLink]] = {}

    def image(self, article: Article) -> tuple[str, int, int] | None:
        """The article's own 1200x630 sharing crop of its lead picture: address, width, height."""
        made = self.renditions(article.image) if article.image else None
        if made is None:
            return None
        return self.urls.absolute(made.share), made.share_width, made.share_height

    def head(self, lang: str, site_name: str, article: Article | None = None,
             theme: str | None = None) -> Head:
        return Head(self.share(article, lang, site_name) if article else None,
                    self.feeds(lang, site_name, theme))

    def feeds(self, lang: str, site_name: str, theme: str | None) -> list[FeedLink]:
        """The feeds a page links to: the language's, and its theme's (the same for many pages)."""
        key = (lang, site_name, theme)
        if key not in self.feed_links:
            t = Strings(lang)
            feeds = [FeedLink(site_name, self.urls.feed(lang))]
            if theme in self.magazine.themes:
                title = self.magazine.themes[theme].version(lang).title
                feeds.append(FeedLink(f"{t('theme')}: {title}", self.urls.feed(lang, theme)))
            self.feed_links[key] = feeds
        return self.feed_links[key]

    def share(self, article: Article, lang: str, site_name: str) -> Share:
        version = article.version(lang)
        own = self.image(article)
        image, width, height = own or (self.urls.absolute(SOCIAL_IMAGE), *SOCIAL_IMAGE_SIZE)
        return Share(
            title=version.title,
            description=version.summary,
            url=self.urls.absolute(self.urls.article(article, lang)),
            image=image,
            image_alt=version.image_alt if own else site_name,
            image_width=width,
            image_height=height,
            locale=og_locale(version.lang),
            alternate_locales=[og_locale(other) for other in article.languages
                               if other != version.lang],
            site_name=site_name,
            published=article.date.isoformat(),
            authors=self.magazine.byline(article, lang),
            tags=[self.magazine.themes[t].version(lang).title for t in article.themes
                  if t in self.magazine.themes],
        )
