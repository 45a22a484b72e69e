"""The caches through one build: what the plugin's events ask of them, in the order they come.

- the first pass opens the render cache (a page's HTML from its Markdown) and the page cache (a
  page's rendered template), both outside the repository (`render_cache.cache_folder`);
- each language's file list gets pages that take their HTML from the render cache;
- on a big build, a forked copy of the build converts Markdown (`on_nav`) and then renders pages
  (`on_env`) into the two caches on the second core (`second_core.py`);
- each page renders through the page cache's template, which looks its HTML up by a digest of
  everything the template reads (`page_cache.py`); what was rendered anew is kept;
- in-place builds (`make serve`, `--dirty`) write only the pages that look different
  (`written_pages.py`);
- at the end, every entry is written before the next build can look for it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from ...content.model import Magazine
from ..pages.navigation import titled_in_nav, untranslated_name
from ..reading import first_pass, repository_root
from . import cache_entries
from .page_cache import WRAPPER, PageCache
from .render_cache import CachedPage, RenderCache, cache_folder, template_cache
from .second_core import SecondCore, convert_markdown, render_page
from .written_pages import WrittenPages

log = get_plugin_logger(__name__)


class BuildCaches:
    def __init__(self) -> None:
        self.render_cache = RenderCache(None)
        self.page_cache = PageCache(None)
        self.markdown_core = SecondCore()  # converts Markdown on a second core
        self.template_core = SecondCore()  # renders templates on a second core
        self.written = WrittenPages()  # in-place builds write only the pages that changed
        self.in_place = False  # `mkdocs serve` and --dirty builds write into site_dir itself
        self.nav: Any = None
        self.page_templates: dict[str, str] = {}  # page src_uri -> its own template
        # page src_uri -> (input digest, where its HTML comes from: "new", "cache" or "kept")
        self.fingerprints: dict[str, tuple[str, str]] = {}

    @property
    def folder(self) -> Path | None:
        """Where the entries are kept; None with caching off."""
        return self.render_cache.folder

    def start(self, command: str, dirty: bool) -> None:
        self.in_place = command == "serve" or dirty
        self.written.start(dirty)

    def begin_build(self, config: MkDocsConfig) -> None:
        """On the first pass: a new build of every language, with the caches of this repository."""
        if first_pass(config):
            self.written.begin_build()
            self.render_cache = RenderCache(cache_folder(repository_root(config)))
            self.page_cache = PageCache(self.render_cache.folder)

    def add_pages(self, config: MkDocsConfig, files: Files, magazine: Magazine, lang: str) -> None:
        """Every page of the language gets one that takes its HTML from the render cache when
        nothing it depends on changed."""
        self.render_cache.start_build(config, files, magazine, lang)
        if self.page_cache.folder is not None:
            self.page_cache.start_build(config, lang)
        titled = titled_in_nav(config.nav)
        for file in files.documentation_pages():
            # Pages titled in the nav keep that title (static-i18n translates it): in any language.
            if file.page is None and untranslated_name(file.src_uri) not in titled:
                CachedPage(None, file, config, self.render_cache)  # sets file.page
        self.written.build_every_page(files)

    def convert_on_second_core(self, nav: Any, config: MkDocsConfig, files: Files) -> None:
        self.nav = nav
        if not self.in_place and self.render_cache.folder is not None:
            # `mkdocs serve` runs threads, which a fork would not copy
            pages = [f.page for f in files.documentation_pages() if isinstance(f.page, CachedPage)]
            self.markdown_core.start(pages, convert_markdown(config, files))

    def render_on_second_core(self, env: Any, config: MkDocsConfig, files: Files) -> None:
        """Every page has been converted by now: keep the compiled templates in the cache folder
        (Jinja's bytecode cache, so later builds do not compile Material's again), and render the
        pages on the second core too."""
        converted = self.markdown_core.stop()
        if converted:
            log.debug(f"{converted} pages converted on a second core")
        if self.render_cache.folder is not None and env.bytecode_cache is None:
            env.bytecode_cache = template_cache(self.render_cache.folder)
        self.stop_rendering()  # the language built before this one
        if not self.in_place and self.page_cache.folder is not None:
            pages = [f.page for f in files.documentation_pages()
                     if f.src_uri in self.page_templates and f.page is not None]
            self.template_core.start(pages, render_page(config, files, self.nav, env))

    def begin_conversion(self, page: Page) -> None:
        """The page is being converted here: the copy on the second core need not."""
        self.markdown_core.begin(page.file.src_uri)

    def render_through_cache(self, page: Page) -> None:
        """Render the page through the page cache's template. Not a page without front matter:
        Material's templates test whether a page has any, and the template's name would make
        it so."""
        if self.page_cache.folder is not None and page.meta:
            self.page_templates[page.file.src_uri] = page.meta.get("template", "main.html")
            page.meta["template"] = WRAPPER

    def begin_rendering(self, page: Page) -> None:
        """The page is being rendered here: the copy on the second core need not."""
        self.template_core.begin(page.file.src_uri)

    def look_up(self, context: dict[str, Any], page: Page) -> None:
        """After every plugin has filled the context: its digest names the page's HTML. In an
        in-place build, a page the folder already has as it would be now is not written again."""
        template = self.page_templates.get(page.file.src_uri)
        if template is None:
            return
        context["mz_template"] = template
        fingerprint = self.page_cache.fingerprint(context)
        if fingerprint is not None and self.written.unchanged(page.file.abs_dest_path, fingerprint):
            context["mz_output"] = ""  # the folder has it: MkDocs writes no empty page
            self.written.leave_alone(page.file.src_uri)
            self.fingerprints[page.file.src_uri] = (fingerprint, "kept")
        elif fingerprint is not None:
            context["mz_output"] = self.page_cache.get(page.url, fingerprint)
            source = "new" if context["mz_output"] is None else "cache"
            self.fingerprints[page.file.src_uri] = (fingerprint, source)

    def keep(self, output: str, page: Page) -> str:
        """What the template rendered anew goes into the page cache."""
        fingerprint, source = self.fingerprints.pop(page.file.src_uri, (None, "new"))
        if fingerprint is not None and source == "new":
            self.page_cache.put(page.url, fingerprint, output)
        if source != "kept":
            self.written.wrote(page.file.abs_dest_path, fingerprint)
        return output

    def stop_rendering(self) -> None:
        rendered = self.template_core.stop()
        if rendered:
            log.debug(f"{rendered} pages rendered on a second core")

    def finish(self, site_dir: Path) -> None:
        """After the last language: the pages of deleted articles go, and the next build finds
        every entry of this one."""
        self.written.remove_stale(site_dir)
        cache_entries.flush()

    def abort(self) -> None:
        self.markdown_core.stop()
        self.template_core.stop()
        cache_entries.flush()
