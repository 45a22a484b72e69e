"""Which page is which, and what its template gets to show.

For each language built: the article and author pages join the file list (`files.py`); each
page's Markdown gets its template and only the front matter fields we use; each page's template
gets its view (`views.py`), the head's sharing card, the footer's words, the problems of a build
that is not strict, the print edition's and the search box's words, and its section's tab
marked in the menu.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from ...content.html_policy import with_safe_heading_ids
from ...content.loader import DOCS_PAGE_FIELDS
from ...content.messages import localize
from ...content.model import Article, Magazine
from ...content.ui_strings import Strings
from ...content.urls import Urls
from ...printing.addresses import pdf_url
from .. import TEMPLATES
from ..config import MagazineConfig
from ..reading import BuildContent
from . import search_box
from .files import article_files, author_files, page_meta
from .link_rewriting import MagazineLinks
from .listing_pages import ListingPages
from .navigation import ActiveTab
from .published_files import add_file
from .sharing import Sharing
from .views import Views, footer_links, page_role, untranslated


class MagazinePages:
    def __init__(self) -> None:
        self.magazine: Magazine | None = None
        self.lang = ""
        self.links: MagazineLinks | None = None
        self.views: Views | None = None
        self.articles_by_src: dict[str, Article] = {}
        self.authors_by_src: dict[str, str] = {}  # the MkDocs path of an author's page -> slug
        self.article_pages: dict[str, dict[str, File]] = {}  # article key -> language -> page
        self.author_pages: dict[str, dict[str, File]] = {}
        self.active_tab = ActiveTab()
        self.listings = ListingPages()  # the later pages of long listings, the author index
        self.page_size = 50

    def set_up(self, config: MkDocsConfig, content: BuildContent, renditions: Any,
               page_size: int = 50) -> None:
        """The language being built: its addresses and views, our templates after the site's
        overrides and the theme's, and the link extension."""
        assert content.magazine is not None
        if content.magazine is not self.magazine:  # read anew: pages made once for every language
            self.article_pages, self.author_pages = {}, {}
        self.magazine, self.lang, self.content = content.magazine, content.lang, content
        self.urls = Urls(self.magazine.default_language, directory_urls=config.use_directory_urls)
        self.page_size = page_size
        self.views = Views(self.magazine, self.lang, content.statuses, self.urls, renditions,
                           page_size)
        self.sharing = Sharing(self.magazine, config.site_url or "", renditions)
        if str(TEMPLATES) not in config.theme.dirs:
            config.theme.dirs.append(str(TEMPLATES))
        if self.links is None:
            self.links = MagazineLinks(content.languages)
        self.links.magazine = self.magazine
        if self.links not in config.markdown_extensions:
            config.markdown_extensions.append(self.links)  # type: ignore[arg-type]
        with_safe_heading_ids(config.mdx_configs)  # no heading takes an id of the page's own

    def add_files(self, files: Files, config: MkDocsConfig) -> None:
        """The pages of the articles (which live outside `docs/`) and of the authors, in the
        language being built."""
        assert self.magazine is not None
        for file in list(files):  # our templates are not pages: MkDocs would copy feed.xml as is
            if file.abs_src_path and Path(file.abs_src_path).is_relative_to(TEMPLATES):
                files.remove(file)
        self.articles_by_src = {}
        added: list[File] = []
        for article in self.magazine.articles:
            pages = self.article_pages.get(article.key)
            if pages is None:  # made once per build for every language (see files.py)
                pages = self.article_pages[article.key] = article_files(
                    article, self.magazine.languages, self.content.root, self.urls, config,
                    from_model=article.key in self.content.kept)
            file = pages[self.lang]
            add_file(files, file)
            added.append(file)
            self.articles_by_src[file.src_uri] = article
        self.authors_by_src = {}
        for slug, author in self.magazine.authors.items():
            pages = self.author_pages.get(slug)
            if pages is None:
                pages = self.author_pages[slug] = author_files(
                    author, self.magazine.languages, self.urls, config)
            add_file(files, pages[self.lang])
            added.append(pages[self.lang])
            self.authors_by_src[pages[self.lang].src_uri] = slug
        for file in self.listings.files(self.magazine, self.lang, self.urls, config,
                                        self.page_size):
            files.append(file)
            added.append(file)
        i18n = config.plugins.get("i18n")
        per_language = getattr(i18n, "i18n_files_per_language", None)
        if per_language is not None:  # static-i18n's sitemap lists only the files it made
            per_language.setdefault(self.lang, []).extend(added)

    def prepare(self, page: Page, config: MkDocsConfig) -> None:
        """Before the page's Markdown is converted: its template, only the front matter fields we
        use (escaped, see files.py), and which page the link extension is converting."""
        assert self.magazine is not None and self.links is not None
        article = self.articles_by_src.get(page.file.src_uri)
        if article is not None:
            version = article.version(self.lang)
            self.links.page_source = version.path
            page.meta = page_meta({"title": version.title, "description": version.summary},
                                  ("title", "description"))
            page.meta["template"] = "magazine/article.html"
        elif (listing := self.listings.listing(page.file.src_uri)) is not None:
            page.meta = page_meta({"title": self.listings.title(listing, self.lang)}, ("title",))
            page.meta["template"] = f"magazine/{listing.kind}.html"
            self.links.page_source = None
        elif page.file.src_uri in self.authors_by_src:
            name = self.magazine.authors[self.authors_by_src[page.file.src_uri]].name_in(self.lang)
            page.meta = page_meta({"title": name}, ("title",))
            page.meta["template"] = "magazine/author.html"
            self.links.page_source = None
        else:
            docs = Path(config.docs_dir).relative_to(self.content.root).as_posix()
            self.links.page_source = f"{docs}/{page.file.src_uri}"
            page.meta = page_meta(page.meta, DOCS_PAGE_FIELDS)
            role = self.role(page)
            if role[0]:
                page.meta["template"] = f"magazine/{role[0]}.html"
        self.links.page_src_uri = page.file.src_uri

    def source(self) -> str | None:
        """The repository path of the page being converted (None for an author's page)."""
        assert self.links is not None
        return self.links.page_source

    def has_lead_picture(self, page: Page) -> bool:
        article = self.articles_by_src.get(page.file.src_uri)
        return article is not None and article.image is not None

    def fill_context(self, context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Any,
                     options: MagazineConfig) -> dict[str, Any]:
        """What the page's template reads besides MkDocs' own context."""
        assert self.magazine is not None
        article = self.articles_by_src.get(page.file.src_uri)
        kind, id = self.role(page) if article is None else ("article", article.key)
        listing = self.listings.listing(page.file.src_uri)
        view = self.views.for_page(kind, id, article, listing.number if listing else 1) \
            if self.views else None
        if view is not None:
            context["mz"] = view
        context["mz_head"] = self.sharing.head(
            self.lang, config.site_name, article, id if kind == "theme" else None)
        if article is None:  # articles carry their own notice
            context["mz_untranslated"] = untranslated(page.url, getattr(page.file, "locale", None),
                                                      self.lang, self.magazine.languages)
        if self.content.problems:
            # Only `mkdocs serve` keeps a broken article as it last worked (preview.py).
            text = "preview_problems" if self.content.serving else "build_problems"
            context["mz_problems"] = {"problems": [localize(d, self.lang)
                                                   for d in self.content.problems],
                                      "text": Strings(self.lang)(text)}
        context["mz_t"] = self.views.t if self.views else None  # the footer's words
        context["mz_footer"] = footer_links(self.urls, self.lang)  # also from disk (preview)
        self.active_tab.mark(nav, kind, article, self.urls, self.lang)
        if options.pdf:
            context["magazine_pdf"] = pdf_url(self.lang, self.magazine.default_language)
            context["magazine_printer_pdf"] = pdf_url(self.lang, self.magazine.default_language,
                                                      printer=True)
        if options.search:
            context["mz_search"] = search_box.search_text(self.lang)
            text_lang = (article.version(self.lang).lang if article is not None
                         else getattr(context.get("mz_untranslated"), "lang", None))
            context["mz_searchable"] = search_box.searchable(self.lang, text_lang, kind)
        return context

    def search_box(self, context: dict[str, Any], options: MagazineConfig) -> dict[str, Any]:
        """The theme's own pages (404.html) get the search box's words too."""
        if options.search:
            context["mz_search"] = search_box.search_text(self.lang)
        return context

    def role(self, page: Page) -> tuple[str, str]:
        """The kind of magazine page this `docs/` page is, if its theme or session exists."""
        assert self.magazine is not None
        if page.file.src_uri in self.authors_by_src:
            return "author", self.authors_by_src[page.file.src_uri]
        if (listing := self.listings.listing(page.file.src_uri)) is not None:
            return listing.kind, listing.id
        kind, id = page_role(page.file.src_uri, self.magazine.languages)
        if kind == "theme" and id not in self.magazine.themes:
            return "", ""
        if kind == "session" and id not in self.magazine.sessions:
            return "", ""
        return kind, id

