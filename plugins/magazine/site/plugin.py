"""The MkDocs plugin: wires MkDocs' events to the parts of the site, and nothing more.

Each event hands its work to the part whose name says what it does (`site/__init__.py` lists
them); an event method only calls and returns (`tests/test_architecture.py` keeps it so). How a
build flows through the events:

- `on_startup`: `mkdocs serve` and `--dirty` builds write into the site folder itself.
- `on_config`: a new folder for the whole site (`outputs/atomic_output.py`), the content read
  and checked once per build (`reading.py`), the caches opened (`caches/`), the pages' views,
  templates and link extension (`pages/`), the pictures (`pictures/`).
- `on_files`: the article and author pages join the language's file list; each page takes its
  HTML from the render cache when nothing it depends on changed.
- `on_nav`, `on_env`: on a big build, a second core converts Markdown, then renders pages.
- `on_page_markdown`, `on_page_content`: each page's template and front matter, its links and
  pictures, and its HTML as the content policy allows it.
- `on_page_context`, `on_post_page`: each page's view; its HTML from the page cache when its
  template's input is unchanged, and what was rendered anew kept there.
- `on_template_context`, `on_post_template`: the 404 page of each language.
- `on_post_build`: pictures, feeds, sitemap, search index, PDFs; the new site swapped in.
- `on_build_error`: the unfinished site removed; the previous one stays.
- `on_serve`: the preview reloads when an article changes.

static-i18n builds the site once per language on this one instance, in its own events at
priority -100; where the order matters, the priority says why.
"""

from __future__ import annotations

from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from . import TEMPLATES, log_lines, preview, profiling
from .caches.build_caches import BuildCaches
from .caches.render_cache import clean
from .config import MagazineConfig
from .outputs.after_build import finish_build
from .outputs.atomic_output import AtomicOutput
from .pages import not_found
from .pages.magazine_pages import MagazinePages
from .pages.published_files import leave_out_unpublished
from .pictures.build_pictures import BuildPictures
from .reading import BuildContent, freeze_memory, unfreeze_memory

__all__ = ["MagazinePlugin", "TEMPLATES"]


class MagazinePlugin(BasePlugin[MagazineConfig]):
    def __init__(self) -> None:
        self.content = BuildContent()  # the magazine, its problems, the language being built
        self.caches = BuildCaches()  # render and page caches, the second core, in-place writes
        self.pages = MagazinePages()  # which page is which, and what its template shows
        self.pictures = BuildPictures()  # web versions, and the figures in the text
        self.output = AtomicOutput()  # the site appears whole or not at all
        profiling.install(self)  # only with MAGAZINE_PROFILE set: time each event (bench/run.py)

    def on_startup(self, *, command: str, dirty: bool) -> None:
        log_lines.install()  # one line per message: content never starts a line of the log
        self.content.start(command)
        self.caches.start(command, dirty)

    # static-i18n sets the language of the build in its on_config at priority -100; run after it.
    @event_priority(-110)
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        config = preview.only_language(config.plugins.get("i18n"), config)
        self.caches.begin_build(config)
        self.output.begin_build(config, self.caches.in_place)
        self.content.read(config, self.config)
        freeze_memory(config)
        self.pages.set_up(config, self.content, self.pictures.renditions, self.config.page_size)
        self.pictures.set_up(config, self.content.root, self.caches.folder)  # after the links
        return config

    # static-i18n rebuilds the file list for the language at priority -100; add ours after it.
    @event_priority(-110)
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        leave_out_unpublished(files, config, self.config.assets)  # pages, pictures, our assets
        self.pages.add_files(files, config)
        self.caches.add_pages(config, files, self.pages.magazine, self.content.lang)
        return files

    # After static-i18n's (-100): the menu of the language being built.
    @event_priority(-110)
    def on_nav(self, nav: Any, *, config: MkDocsConfig, files: Files) -> Any:
        self.caches.convert_on_second_core(nav, config, files)
        return nav

    # After every other plugin's: the environment MkDocs renders the pages with.
    @event_priority(-110)
    def on_env(self, env: Any, *, config: MkDocsConfig, files: Files) -> Any:
        self.caches.render_on_second_core(env, config, files)
        return env

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig,
                         files: Files) -> str:
        self.pages.prepare(page, config)
        self.caches.begin_conversion(page)
        self.pictures.begin_page(page, self.pages.source(), self.pages.has_lead_picture(page))
        self.caches.render_through_cache(page)
        return markdown

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        # The pictures we made take their places after cleaning: the policy need not allow srcset.
        return self.pictures.insert(clean(html, page))

    # After every other plugin's on_page_context: the page cache digests the whole context.
    @event_priority(-200)
    def on_page_context(self, context: dict[str, Any], *, page: Page, config: MkDocsConfig,
                        nav: Any) -> dict[str, Any]:
        self.caches.begin_rendering(page)
        self.pages.fill_context(context, page, config, nav, self.config)
        self.caches.look_up(context, page)
        return context

    # First of all plugins: what the template rendered, before anyone changes it.
    @event_priority(100)
    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        self.pages.active_tab.clear()  # the next page has its own section
        return self.caches.keep(output, page)

    def on_template_context(self, context: dict[str, Any], *, template_name: str,
                            config: MkDocsConfig) -> dict[str, Any]:
        self.pages.search_box(context, self.config)
        return not_found.template_context(context, template_name, config, self.pages)

    def on_post_template(self, output: str, *, template_name: str, config: MkDocsConfig) -> str:
        return not_found.place(output, template_name, config, self.pages)

    # static-i18n builds the other languages in its on_post_build at priority -100; the outer
    # (default language) pass of this one runs after all of that, on the whole site.
    @event_priority(-110)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        self.caches.stop_rendering()  # this language's pages are all built
        finish_build(config, self.config, self.content, self.pictures, self.caches, self.output)

    def on_build_error(self, *, error: Exception) -> None:
        self.caches.abort()
        self.output.discard()
        unfreeze_memory()

    def on_serve(self, server: LiveReloadServer, *, config: MkDocsConfig,
                 builder: Any) -> LiveReloadServer:
        return preview.watch_articles(server, self.content.root)
