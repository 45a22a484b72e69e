"""The MkDocs plugin: wires MkDocs events to the magazine's content model and templates.

Events used, and why:

- `on_config`: have the build write into a new folder beside `site/` (`atomic_output.py`), read
  the content once per build (static-i18n runs one build per language on the same plugin
  instance; the later passes reuse the model), and add our templates and link extension.
- `on_files`: add the article pages, which live outside `docs/`, for the language being built;
  leave the original pictures of `docs/images/` out of the site (their web versions go in); and
  give each page one that takes its HTML from the render cache when nothing it depends on
  changed (`render_cache.py`).
- `on_nav`: on a big build, start converting pages on a second core (`second_core.py`);
  `on_env` waits for it to end, and starts rendering pages there; `on_post_build` waits for that.
- `on_env`: keep the compiled templates in the render cache's folder, so that later builds do
  not compile Material's templates again (Jinja's bytecode cache).
- `on_page_markdown`: choose the template of magazine pages, and tell the link extension
  which page it is rendering.
- `on_page_context`: hand the page's view (articles, themes, sessions) to its template, and the
  search box its words; `on_template_context` the same words to the theme's own pages (404).
  Last of all plugins, so that it sees the whole context: the HTML of an earlier build, if the
  page's input is unchanged (`page_cache.py`); `on_post_page` keeps what was rendered. In an
  in-place build (`make serve`), a page the folder already has as it would be now is not
  written again (`written_pages.py`).
- `on_page_content`: remove script and other active content from the page (`html_policy.py`;
  a page of the render cache comes cleaned already).
- `on_post_build`: after the last language, the pictures the pages show, the sitemap split in
  two (`sitemap.py`), the search index of each language (`search.py`), the feeds and the print
  edition's PDFs (see `printing/`); then the new site takes the place of `site/`.
- `on_startup`: note whether this is `mkdocs serve` or a `--dirty` build, which write in place;
  `mkdocs serve` also goes on after a content error (`make serve` runs it without `--strict`),
  showing the problems on every page and the last good version of a broken article. Any build
  that is not strict (`make preview`, a pull request's copy to download) shows the problems on
  every page too.
- `on_build_error`: remove the unfinished site (the previous one stays, `atomic_output.py`) and
  hand the long-lived objects back to the garbage collector.
- `on_serve`: reload the preview when an article changes.
"""

from __future__ import annotations

import functools
import gc
import shutil
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from ..content.diagnostics import Diagnostic
from ..content.html_policy import sanitize
from ..content.loader import (
    DEFAULT_LANGUAGES,
    DOCS_PAGE_FIELDS,
    load_magazine,
    symlink_diagnostics,
)
from ..content.model import KINDS, Article, Magazine
from ..content.translation_status import translation_status
from ..content.ui_strings import Strings
from ..content.urls import Urls
from ..printing.addresses import pdf_url
from ..printing.edition import check_edition
from . import cache_entries, log_lines, preview, profiling, search
from .atomic_output import AtomicOutput
from .config import MagazineConfig
from .feeds import Feeds, write_feeds
from .link_rewriting import MagazineLinks
from .navigation import section_tab, titled_in_nav, untranslated_name
from .page_cache import WRAPPER, PageCache
from .pages import article_files, author_files, page_meta
from .picture_markup import MagazinePictures
from .pictures import Picture, PictureMaker
from .published_files import add_file, leave_out_unpublished
from .render_cache import CachedPage, RenderCache, cache_folder, template_cache
from .second_core import SecondCore, convert_markdown, render_page
from .sharing import SOCIAL_IMAGE, Sharing
from .sitemap import split_sitemap
from .views import Views, page_role, untranslated
from .written_pages import WrittenPages

log = get_plugin_logger(__name__)
TEMPLATES = Path(__file__).parent / "templates"


class MagazinePlugin(BasePlugin[MagazineConfig]):
    def __init__(self) -> None:
        self.magazine: Magazine | None = None
        self.lang = DEFAULT_LANGUAGES[0]
        self.links: MagazineLinks | None = None
        self.articles_by_src: dict[str, Article] = {}
        self.authors_by_src: dict[str, str] = {}  # the MkDocs path of an author's page -> slug
        self.author_pages: dict[str, dict[str, File]] = {}
        self.article_pages: dict[str, dict[str, File]] = {}  # article key -> language -> page
        self.views: Views | None = None
        self.site_names: dict[str, str] = {}
        self.output = AtomicOutput()
        self.in_place = False  # `mkdocs serve` and --dirty builds write into site_dir itself
        self.serving = False
        self.problems: list[Diagnostic] = []  # shown on every page of a build that is not strict
        self.last_good: dict[str, Article] = {}  # the preview's articles as they last worked
        self.kept: set[str] = set()  # the keys of the articles shown as they last worked
        self.pictures: MagazinePictures | None = None
        self.scratch: tempfile.TemporaryDirectory[str] | None = None  # pictures, with caching off
        self.page: Page | None = None  # the page whose Markdown is being converted
        self.active_tab: Any = None  # the menu entry marked active for the page being rendered
        self.render_cache = RenderCache(None)
        self.page_cache = PageCache(None)
        self.markdown_core = SecondCore()  # converts Markdown on a second core
        self.template_core = SecondCore()  # renders templates on a second core
        self.nav: Any = None
        self.page_templates: dict[str, str] = {}  # page src_uri -> its own template
        # page src_uri -> (input digest, where its HTML comes from: "new", "cache" or "kept")
        self.fingerprints: dict[str, tuple[str, str]] = {}
        self.written = WrittenPages()  # in-place builds write only the pages that changed
        profiling.install(self)  # only with MAGAZINE_PROFILE set: time each event (bench/run.py)

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.in_place = command == "serve" or dirty
        log_lines.install()  # one line per message: content never starts a line of the log
        self.serving = command == "serve"
        self.written.start(dirty)

    # static-i18n sets the language of the build in its on_config at priority -100; run after it.
    @event_priority(-110)
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        i18n = config.plugins.get("i18n")
        config = preview.only_language(i18n, config)  # MAGAZINE_LANGUAGE: preview one language
        if not getattr(i18n, "building", False):
            self.written.begin_build()
            if not self.in_place:
                self.output.start(config)  # the whole site, every language, into a new folder
        languages = build_languages(i18n)
        self.lang = getattr(i18n, "current_language", None) or languages[0]
        self.root = Path(config.config_file_path).resolve().parent  # tools may pass `-f mkdocs.yml`
        if not getattr(i18n, "building", False):
            refuse_symlinks(self.root, Path(config.docs_dir))
        if self.magazine is None or not getattr(i18n, "building", False):
            self.magazine, diagnostics = load_magazine(
                self.root, languages, self.config.drafts, self.config.related,
                config.site_url or "", tuple(self.config.assets))
            # The print edition's list of articles is checked on every build, with PDFs or not.
            edition_problems = check_edition(self.magazine, self.config.edition)
            self.reported = {*diagnostics, *edition_problems}
            report(sorted(self.reported))
            # Shown on every page, unless the build is strict and stops on them instead. Always
            # set: MkDocs keeps a plugin from one build of a process to the next.
            self.problems = (sorted(d for d in self.reported if d.severity == "error")
                             if self.serving or not config.strict else [])
            if self.serving:
                published = {a.key for a in self.magazine.articles}
                self.magazine = preview.keep_last_good(self.magazine, self.last_good,
                                                       self.problems, self.config.related)
                self.kept = {a.key for a in self.magazine.articles} - published
            self.statuses = functools.cache(functools.partial(translation_status, self.magazine))
            self.article_pages = {}
            self.author_pages = {}
            self.render_cache = RenderCache(cache_folder(self.root))
            self.page_cache = PageCache(self.render_cache.folder)
            # The model lives through the whole build: freezing moves it (and everything alive now)
            # out of reach of the cyclic garbage collector, which would otherwise walk it again and
            # again while thousands of pages render. Unfrozen after the build (bench/README.md).
            # What an earlier build in this process left (a preview's) is collected first, or
            # freezing would keep it, and memory would grow with every save.
            gc.collect()
            gc.freeze()
        # MkDocs reuses a plugin instance for the next build with the same options (`mkdocs serve`,
        # and one process building several sites): the pictures follow the site being built.
        cache = self.picture_cache()
        if self.pictures is None:
            self.pictures = MagazinePictures(PictureMaker(self.root, cache))
        elif self.pictures.maker.root != self.root.resolve() or self.pictures.maker.cache != cache:
            self.pictures.maker = PictureMaker(self.root, cache)
        maker = self.pictures.maker
        self.urls = Urls(self.magazine.default_language, directory_urls=config.use_directory_urls)
        self.views = Views(self.magazine, self.lang, self.statuses, self.urls, maker.renditions)
        self.sharing = Sharing(self.magazine, config.site_url or "", maker.renditions)
        self.site_names[self.lang] = config.site_name
        if str(TEMPLATES) not in config.theme.dirs:
            config.theme.dirs.append(str(TEMPLATES))  # after the site's overrides and the theme's
        if self.links is None:
            self.links = MagazineLinks(languages)
        self.links.magazine = self.magazine
        if self.links not in config.markdown_extensions:
            config.markdown_extensions.append(self.links)  # type: ignore[arg-type]
        if self.pictures not in config.markdown_extensions:
            config.markdown_extensions.append(self.pictures)  # type: ignore[arg-type]
        picture_template = config.theme.get_env().get_template("magazine/partials/picture.html")
        self.pictures.render = lambda picture, figure: self.render_picture(
            picture_template, picture, figure)
        return config

    # static-i18n rebuilds the file list for the language at priority -100; add ours after it.
    @event_priority(-110)
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        assert self.magazine is not None
        for file in list(files):  # our templates are not pages: MkDocs would copy feed.xml as is
            if file.abs_src_path and Path(file.abs_src_path).is_relative_to(TEMPLATES):
                files.remove(file)
        leave_out_unpublished(files, config, self.config.assets)  # see published_files.py
        self.articles_by_src = {}
        added: list[File] = []
        for article in self.magazine.articles:
            pages = self.article_pages.get(article.key)
            if pages is None:  # made once per build for every language (see pages.py)
                pages = self.article_pages[article.key] = article_files(
                    article, self.magazine.languages, self.root, self.urls, config,
                    from_model=article.key in self.kept)
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
        i18n = config.plugins.get("i18n")
        per_language = getattr(i18n, "i18n_files_per_language", None)
        if per_language is not None:  # static-i18n's sitemap lists only the files it made
            per_language.setdefault(self.lang, []).extend(added)
        self.render_cache.start_build(config, files, self.magazine, self.lang)
        if self.page_cache.folder is not None:
            self.page_cache.start_build(config, self.lang)
        titled = titled_in_nav(config.nav)
        for file in files.documentation_pages():
            # Pages titled in the nav keep that title (static-i18n translates it): in any language.
            if file.page is None and untranslated_name(file.src_uri) not in titled:
                CachedPage(None, file, config, self.render_cache)  # sets file.page
        self.written.build_every_page(files)
        return files

    # After static-i18n's (-100): the menu of the language being built.
    @event_priority(-110)
    def on_nav(self, nav: Any, *, config: MkDocsConfig, files: Files) -> Any:
        self.nav = nav
        if not self.in_place and self.render_cache.folder is not None:
            # `mkdocs serve` runs threads, which a fork would not copy
            pages = [f.page for f in files.documentation_pages() if isinstance(f.page, CachedPage)]
            self.markdown_core.start(pages, convert_markdown(config, files))
        return nav

    # After every other plugin's: the environment MkDocs renders the pages with.
    @event_priority(-110)
    def on_env(self, env: Any, *, config: MkDocsConfig, files: Files) -> Any:
        converted = self.markdown_core.stop()  # every page has been converted by now
        if converted:
            log.debug(f"{converted} pages converted on a second core")
        if self.render_cache.folder is not None and env.bytecode_cache is None:
            env.bytecode_cache = template_cache(self.render_cache.folder)
        self.stop_rendering()  # the language built before this one
        if not self.in_place and self.page_cache.folder is not None:
            pages = [f.page for f in files.documentation_pages()
                     if f.src_uri in self.page_templates and f.page is not None]
            self.template_core.start(pages, render_page(config, files, self.nav, env))
        return env

    def on_page_markdown(
        self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        assert self.magazine is not None and self.links is not None
        article = self.articles_by_src.get(page.file.src_uri)
        # Only the fields we use reach Material's templates, escaped (see pages.py).
        if article is not None:
            version = article.version(self.lang)
            self.links.page_source = version.path
            page.meta = page_meta({"title": version.title, "description": version.summary},
                                  ("title", "description"))
            page.meta["template"] = "magazine/article.html"
        elif page.file.src_uri in self.authors_by_src:
            name = self.magazine.authors[self.authors_by_src[page.file.src_uri]].name
            page.meta = page_meta({"title": name}, ("title",))
            page.meta["template"] = "magazine/author.html"
            self.links.page_source = None
        else:
            docs = Path(config.docs_dir).relative_to(self.root).as_posix()
            self.links.page_source = f"{docs}/{page.file.src_uri}"
            page.meta = page_meta(page.meta, DOCS_PAGE_FIELDS)
            role = self.role(page)
            if role[0]:
                page.meta["template"] = f"magazine/{role[0]}.html"
        self.links.page_src_uri = page.file.src_uri
        self.markdown_core.begin(page.file.src_uri)
        assert self.pictures is not None
        self.pictures.page_source = self.links.page_source
        self.pictures.first_in_view = article is None or article.image is None
        self.page = page
        # Render through the page cache's template. Not a page without front matter: Material's
        # templates test whether a page has any, and the template's name would make it so.
        if self.page_cache.folder is not None and page.meta:
            self.page_templates[page.file.src_uri] = page.meta.get("template", "main.html")
            page.meta["template"] = WRAPPER
        return markdown

    def on_page_content(
        self, html: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        """No script from content: the page's HTML as the policy allows it (html_policy.py),
        before the search index and the theme see it. A page of the render cache was cleaned
        with its conversion, and is kept that way. Then the pictures of the text, which we
        made (`picture_markup.py`), take their places: the policy need not allow `srcset`."""
        assert self.pictures is not None
        if not (isinstance(page, CachedPage) and html is page.content):
            html = sanitize(html)
        return self.pictures.insert(html)

    # After every other plugin's on_page_context: the page cache digests the whole context.
    @event_priority(-200)
    def on_page_context(
        self, context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Any
    ) -> dict[str, Any]:
        assert self.magazine is not None
        self.template_core.begin(page.file.src_uri)
        article = self.articles_by_src.get(page.file.src_uri)
        kind, id = self.role(page) if article is None else ("article", article.key)
        view = self.views.for_page(kind, id, article) if self.views else None
        if view is not None:
            context["mz"] = view
        context["mz_head"] = self.sharing.head(
            self.lang, config.site_name, article, id if kind == "theme" else None)
        if article is None:  # articles carry their own notice
            context["mz_untranslated"] = untranslated(page.url, getattr(page.file, "locale", None),
                                                      self.lang, self.magazine.languages)
        if self.problems:
            # Only `mkdocs serve` keeps a broken article as it last worked (preview.py).
            text = "preview_problems" if self.serving else "build_problems"
            context["mz_problems"] = {"problems": self.problems, "text": Strings(self.lang)(text)}
        context["mz_t"] = self.views.t if self.views else None  # the footer's words
        context["mz_prefix"] = self.urls.prefix(self.lang)  # "" or "en/": the footer's links
        tab = section_tab(nav, kind, article, self.urls, self.lang)
        if tab is not None:  # not in the menu itself: its section's tab is the active one
            tab.active = True
            self.active_tab = tab
        if self.config.pdf:
            context["magazine_pdf"] = pdf_url(self.lang, self.magazine.default_language)
            context["magazine_printer_pdf"] = pdf_url(self.lang, self.magazine.default_language,
                                                      printer=True)
        if self.config.search:
            context["mz_search"] = search.search_text(self.lang)
            text_lang = (article.version(self.lang).lang if article is not None
                         else getattr(context.get("mz_untranslated"), "lang", None))
            context["mz_searchable"] = search.searchable(self.lang, text_lang, kind)
        template = self.page_templates.get(page.file.src_uri)
        if template is not None:
            context["mz_template"] = template
            fingerprint = self.page_cache.fingerprint(context)
            if fingerprint is not None and self.written.unchanged(page.file.abs_dest_path,
                                                                  fingerprint):
                context["mz_output"] = ""  # the folder has it: MkDocs writes no empty page
                self.written.leave_alone(page.file.src_uri)
                self.fingerprints[page.file.src_uri] = (fingerprint, "kept")
            elif fingerprint is not None:
                context["mz_output"] = self.page_cache.get(page.url, fingerprint)
                source = "new" if context["mz_output"] is None else "cache"
                self.fingerprints[page.file.src_uri] = (fingerprint, source)
        return context

    # First of all plugins: what the template rendered, before anyone changes it.
    @event_priority(100)
    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        fingerprint, source = self.fingerprints.pop(page.file.src_uri, (None, "new"))
        if fingerprint is not None and source == "new":
            self.page_cache.put(page.url, fingerprint, output)
        if source != "kept":
            self.written.wrote(page.file.abs_dest_path, fingerprint)
        if self.active_tab is not None:  # the next page has its own section
            self.active_tab.active = False
            self.active_tab = None
        return output

    def on_template_context(self, context: dict[str, Any], *, template_name: str,
                            config: MkDocsConfig) -> dict[str, Any]:
        """The theme's own pages (404.html): the search box's words; and the 404 page's words in
        the language being built, with the address of its home page (it is served at any address,
        so its links are absolute)."""
        if self.config.search:
            context["mz_search"] = search.search_text(self.lang)
        if template_name == "404.html" and self.views is not None:
            context["mz_t"] = self.views.t
            context["mz_home_path"] = urlsplit(config.site_url or "/").path.rstrip("/") + "/" + \
                self.urls.prefix(self.lang)
        return context

    def on_post_template(self, output: str, *, template_name: str, config: MkDocsConfig) -> str:
        """static-i18n builds every language into the same folder: each language's 404 page would
        overwrite the one before at `/404.html`. The default language's stays there, the others
        go to `/<lang>/404.html`."""
        if template_name != "404.html" or self.magazine is None:
            return output
        if self.lang == self.magazine.default_language:
            return output
        target = Path(config.site_dir) / self.urls.prefix(self.lang) / "404.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(output, encoding="utf-8")
        return ""  # MkDocs writes nothing for an empty page: the default language's one stays

    # static-i18n builds the other languages in its on_post_build at priority -100; the outer
    # (default language) pass of this one runs after all of that, on the whole site.
    @event_priority(-110)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        self.stop_rendering()  # this language's pages are all built
        if getattr(config.plugins.get("i18n"), "building", False) or self.magazine is None:
            return
        gc.unfreeze()
        site_dir = Path(config.site_dir)
        if self.pictures is not None:
            self.pictures.maker.publish(site_dir)
        feeds = write_feeds(Feeds(self.magazine, config.site_url or "", self.site_names),
                            site_dir, config.theme.dirs)
        split_sitemap(site_dir, config.site_url or "", feeds)
        if self.config.search:
            search.index_site(site_dir, self.render_cache.folder)  # copied when unchanged
        if not (site_dir / SOCIAL_IMAGE).exists():
            shutil.copyfile(TEMPLATES / "magazine" / "social-card.png", site_dir / SOCIAL_IMAGE)
        if self.config.pdf and not log_lines.strict_build_fails():  # it stops: no layout
            from ..printing.pdf import PrintError, make_site_pdfs  # WeasyPrint: only when printing

            try:
                results, diagnostics = make_site_pdfs(self.magazine, site_dir,
                                                      self.config.edition,
                                                      self.render_cache.folder)
            except PrintError as error:  # no site whose pages link to a missing PDF
                raise PluginError(f"The print edition could not be made: {error}") from None
            # A line the content check has blamed already is not blamed again in other words.
            places = {(d.path, d.line) for d in self.reported if d.severity == "error"}
            report([d for d in diagnostics
                    if d not in self.reported and (d.path, d.line) not in places])
            for result in results:
                where = result.screen.relative_to(site_dir).as_posix()  # not the staging folder
                log.info(f"print edition ({result.lang}): {where} ({result.pages} pages)")
        self.written.remove_stale(site_dir)
        cache_entries.flush()  # the next build finds every entry of this one
        self.output.finish(config)

    def on_build_error(self, *, error: Exception) -> None:
        self.markdown_core.stop()
        self.template_core.stop()
        cache_entries.flush()
        self.output.discard()
        gc.unfreeze()

    def on_serve(
        self, server: LiveReloadServer, *, config: MkDocsConfig, builder: Any
    ) -> LiveReloadServer:
        for folder in KINDS:
            if (self.root / folder).is_dir():
                server.watch(str(self.root / folder))
        return server

    # -- helpers -------------------------------------------------------------------------------

    def stop_rendering(self) -> None:
        rendered = self.template_core.stop()
        if rendered:
            log.debug(f"{rendered} pages rendered on a second core")

    def picture_cache(self) -> Path:
        """Where the web versions of the pictures are kept between builds: beside the render cache,
        outside the repository. Not in the repository's folder, even one git ignores, because a pull
        request can bring files there: a picture of its own under the name of ours, or one that
        still holds where it was taken. With caching off, a folder of this process's own."""
        if self.render_cache.folder is not None:
            return self.render_cache.folder / "pictures"
        if self.scratch is None:
            self.scratch = tempfile.TemporaryDirectory(prefix="magazine-pictures-")
        return Path(self.scratch.name)

    def render_picture(self, template: Any, picture: Picture, figure: bool) -> str:
        """A picture in the text of the page being converted, with addresses relative to it."""
        return template.render(pic=picture, figure=figure, page=self.page, base_url="")

    def role(self, page: Page) -> tuple[str, str]:
        """The kind of magazine page this `docs/` page is, if its theme or session exists."""
        assert self.magazine is not None
        if page.file.src_uri in self.authors_by_src:
            return "author", self.authors_by_src[page.file.src_uri]
        kind, id = page_role(page.file.src_uri, self.magazine.languages)
        if kind == "theme" and id not in self.magazine.themes:
            return "", ""
        if kind == "session" and id not in self.magazine.sessions:
            return "", ""
        return kind, id


def build_languages(i18n: Any) -> tuple[str, ...]:
    """The magazine's languages, the default first, from static-i18n's configuration."""
    if i18n is None:
        return DEFAULT_LANGUAGES
    default = i18n.default_language
    return (default, *(lang for lang in i18n.all_languages if lang != default))


def refuse_symlinks(root: Path, docs_dir: Path) -> None:
    """Stop before MkDocs reads docs/ (or the theme's overrides/) when a symlink there leaves the
    repository or links a folder: MkDocs follows both, so they would publish other files, or the
    same ones endlessly."""
    docs = docs_dir.relative_to(root).as_posix() if docs_dir.is_relative_to(root) else None
    problems = [problem for folder in (docs, "overrides") if folder
                for problem in symlink_diagnostics(root, folder)]
    if problems:  # one line each (a message of several lines would be escaped into one)
        report([Diagnostic(path, 1, 1, "error", message, hint) for message, hint, path in problems])
        raise PluginError("The build stops before it reads docs/: see the symbolic links above.")


def report(diagnostics: list[Diagnostic]) -> None:
    """Errors as errors (`mkdocs build --strict` stops on them: "Aborted with 2 errors"), in the
    words and at the place `magazine check` gives; warnings as info, as the check only shows
    them."""
    for diagnostic in diagnostics:
        if diagnostic.severity == "error":
            log.error(str(diagnostic))
        else:
            log.info(str(diagnostic))
