"""The site's addresses: Dutch at the root, other languages under `/<lang>/`, one slug for both.

URLs here are relative to the site root, without a leading slash ("en/essays/slug/"), the form
MkDocs uses for `File.url`; templates turn them into page-relative links with the `url` filter.

With `directory_urls` off (MkDocs' `use_directory_urls: false`, as `make preview` builds) every
address names its HTML file ("en/essays/slug.html", "themes/index.html"), so that the site opens
from disk without a web server.
"""

from __future__ import annotations

from .model import Article


class Urls:
    def __init__(self, default_language: str, site_url: str = "",
                 directory_urls: bool = True) -> None:
        self.default_language = default_language
        self.site_url = site_url.rstrip("/") + "/"  # the published address, for absolute URLs
        self.directory_urls = directory_urls

    def page(self, path: str) -> str:
        """The address of the page at `path` ("themes/work"), or of the folder ("themes/")."""
        if self.directory_urls:
            return path if path.endswith("/") or not path else path + "/"
        return path + "index.html" if path.endswith("/") or not path else path + ".html"

    def dest(self, url: str) -> str:
        """Where the page at the address `url` (from `page`) is written: a folder's `index.html`,
        or, without directory addresses, the file the address names."""
        return url + "index.html" if self.directory_urls else url

    def absolute(self, url: str) -> str:
        """`url` as a full address under the site's `site_url` (feeds, sharing, print)."""
        return self.site_url + ("" if url == "./" else url)

    def prefix(self, lang: str) -> str:
        return "" if lang == self.default_language else f"{lang}/"

    def home(self, lang: str) -> str:
        if not self.directory_urls:
            return self.prefix(lang) + "index.html"
        return self.prefix(lang) or "./"

    def article(self, article: Article, lang: str) -> str:
        return self.page(f"{self.prefix(lang)}{article.key}")

    def article_dest(self, article: Article, lang: str) -> str:
        """Where the article's page is written, relative to the site folder."""
        return self.dest(self.article(article, lang))

    def section(self, folder: str, lang: str) -> str:
        return self.page(f"{self.prefix(lang)}{folder}/")

    def theme(self, id: str, lang: str) -> str:
        return self.page(f"{self.prefix(lang)}themes/{id}")

    def feed(self, lang: str, theme: str | None = None) -> str:
        """Where a feed is written, relative to the site folder: "en/themes/work/feed.xml"."""
        return (self.theme(theme, lang) if theme else self.prefix(lang)) + "feed.xml"

    def themes(self, lang: str) -> str:
        return self.page(f"{self.prefix(lang)}themes/")

    def session(self, id: str, lang: str) -> str:
        return self.page(f"{self.prefix(lang)}sessions/{id}")

    def sessions(self, lang: str) -> str:
        return self.page(f"{self.prefix(lang)}sessions/")

    def author(self, slug: str, lang: str) -> str:
        return self.page(f"{self.prefix(lang)}authors/{slug}")

    def author_dest(self, slug: str, lang: str) -> str:
        """Where the author's page is written, relative to the site folder."""
        return self.dest(self.author(slug, lang))
