"""Listings that do not grow without bound: the later pages of a long listing, and the index that
lets the overview's filter search every article.

The overview of all articles, each section, each theme and each author list a fixed number of
articles per page (`page_size`, mkdocs.yml). The first page keeps its address (`/essays/`); the
next ones are `/essays/page/2/` and so on, made here as MkDocs files, in every language, with each
other as alternates (as `pages.author_files` makes author pages). The overview's filter works on
every article through `articles/index.json` of its language, which the script reads only when a
reader narrows the list (`docs/assets/filter.js`). `/authors/` lists every author.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, InclusionLevel

from ...content.model import KINDS, Magazine
from ...content.ui_strings import Strings
from ...content.urls import INDEX, Urls, listing_base, listing_url, page_count
from .files import generated_page


@dataclass(frozen=True)
class Listing:
    """One page of a listing: its kind ("overview", "section", "theme", "author"), whose listing
    it is (a folder, a theme id, an author's slug; "" for the overview) and its number."""

    kind: str
    id: str
    number: int


def listing_sizes(magazine: Magazine) -> list[tuple[str, str, int]]:
    """(kind, id, number of articles) of every listing that is split into pages."""
    sizes = [("overview", "", len(magazine.articles))]
    sizes += [("section", folder, len(magazine.of_folder(folder))) for folder in KINDS]
    sizes += [("theme", id, len(theme.articles)) for id, theme in magazine.themes.items()]
    sizes += [("author", slug, len(author.articles)) for slug, author in magazine.authors.items()]
    sizes.append(("status", "", len(magazine.articles)))  # the editors' translation status
    return sizes


class ListingPages:
    """The files of the later pages of each listing, the author index and the filter's index;
    made once per build for every language, handed to MkDocs one language at a time."""

    def __init__(self) -> None:
        self.magazine: Magazine | None = None
        self.made: dict[str, list[File]] = {}  # language -> its files
        self.by_src: dict[str, Listing] = {}  # a later page's src_uri -> what it lists

    def files(self, magazine: Magazine, lang: str, urls: Urls, config: MkDocsConfig,
              page_size: int) -> list[File]:
        """The files this module adds to the site of `lang`."""
        if self.magazine is not magazine:
            self.magazine, self.made, self.by_src = magazine, {}, {}
            self.make(magazine, urls, config, page_size)
        return self.made.get(lang, [])

    def make(self, magazine: Magazine, urls: Urls, config: MkDocsConfig, page_size: int) -> None:
        languages = magazine.languages
        groups: list[dict[str, File]] = []
        status_page = (Path(config.docs_dir) / "status.md").is_file()
        for kind, id, size in listing_sizes(magazine):
            if kind == "status" and not status_page:
                continue  # no first page, so no second
            for number in range(2, page_count(size, page_size) + 1):
                src = f"{listing_base(kind, id)}page/{number}.md"
                self.by_src[src] = Listing(kind, id, number)
                groups.append({lang: generated_page(config, src, urls.dest(
                    listing_url(urls, kind, id, lang, number)), lang, urls)
                    for lang in languages})
        authors = "authors/index.md"  # the index of every author: generated, like their pages
        self.by_src[authors] = Listing("authors", "", 1)
        groups.append({lang: generated_page(config, authors, urls.dest(
            listing_url(urls, "authors", "", lang, 1)), lang, urls) for lang in languages})
        for group in groups:
            for file in group.values():
                file.alternates = group  # type: ignore[attr-defined]
        for lang in languages:
            index = File.generated(config, INDEX, content=filter_index(magazine, lang, urls),
                                   inclusion=InclusionLevel.NOT_IN_NAV)
            index.dest_uri = urls.prefix(lang) + INDEX
            self.made[lang] = [group[lang] for group in groups] + [index]

    def listing(self, src_uri: str) -> Listing | None:
        """What a page made here lists, or None for any other page."""
        return self.by_src.get(src_uri)

    def title(self, listing: Listing, lang: str) -> str:
        """The title of a page made here: the listing's, with the page's number."""
        assert self.magazine is not None
        t = Strings(lang)
        name = {
            "overview": lambda: t("all_articles"),
            "section": lambda: t(listing.id),
            "theme": lambda: self.magazine.themes[listing.id].version(lang).title,  # type: ignore[union-attr]
            "author": lambda: self.magazine.authors[listing.id].name_in(lang),  # type: ignore[union-attr]
            "authors": lambda: t("authors"),
            "status": lambda: t("status_title"),
        }[listing.kind]()
        return name if listing.number == 1 else t("page_title", title=name, n=listing.number)


def filter_index(magazine: Magazine, lang: str, urls: Urls) -> str:
    """Every article as the overview's filter needs it, newest first, as JSON. Addresses are
    relative to the site's root; the script shows every text as text."""
    t = Strings(lang)
    items: list[dict[str, Any]] = []
    for article in magazine.articles:
        version = article.version(lang)
        items.append({
            "url": urls.article(article, lang), "title": version.title, "lang": version.lang,
            "summary": version.summary, "kind": t(article.kind), "folder": article.folder,
            "themes": article.themes, "date": t.date(article.date),
            "iso_date": article.date.isoformat(),
        })
    return json.dumps(items, ensure_ascii=False, separators=(",", ":"))
