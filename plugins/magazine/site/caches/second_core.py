"""Convert Markdown, and render pages, on a second core while MkDocs works on the first.

MkDocs builds a site's pages one after the other, twice over: it converts every page's Markdown,
then renders every page's template. Both are most of a cold build, and on a machine with two
cores one stays idle. So, for each of the two passes, a copy of the build (a forked process: the
same configuration, files, navigation and plugins, nothing read again) works through the pages
from the end of the list while MkDocs works from the start; they stop where they meet, and MkDocs
finds the other half in the caches:

- `convert_markdown`, from `on_nav`: the copy converts pages into the render cache
  (`render_cache.py`); MkDocs' reading of the pages then finds them there.
- `render_page`, from `on_env`: the copy renders pages the way MkDocs' `_build_page` does, up to
  the HTML, which the plugin's `on_post_page` keeps in the page cache (`page_cache.py`); MkDocs'
  rendering then finds it there. Only MkDocs writes the site.

The output is what a build on one core makes, byte for byte: each page is made by the same code
from the same input, under the same cache key or fingerprint (one that differs is a miss, and
MkDocs makes the page itself); a page that both happen to make is written twice, whole.

Only for `mkdocs build` of a magazine big enough to profit (`MIN_PAGES`), with the caches on and
a second core free, on Linux (where CI and the published build run). Not for `mkdocs serve`: its
server runs in threads, which a fork does not copy, and a preview makes only what changed
anyway. Pages with a picture in the text are converted by MkDocs: their pictures are made where
the page is built. The copy logs nothing: a conversion's messages go into its cache entry, and
MkDocs logs them when it takes the page from there; templates log nothing.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from mkdocs.commands.build import get_context
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from . import cache_entries

MIN_PAGES = 200  # below this, starting the copy costs more than it saves
# When the copy finds this many pages in the cache before it has made one, the cache is warm
# (nothing, or little, changed since the last build): it stops rather than slow MkDocs down.
WARM_AFTER = 20
WAIT = False  # tests: let the copy do every page before MkDocs starts (a fixed outcome)
PICTURE_MARKS = ("![", "<img")  # a picture in the text (site/pictures/markup.py): left to MkDocs


def free_cores() -> int:
    """The cores this process may use; 1 where a fork is not safe to use this way (macOS and
    Windows start processes anew, and their system libraries do not survive a bare fork)."""
    if sys.platform != "linux":
        return 1
    return len(os.sched_getaffinity(0))


class SecondCore:
    """One pass over the pages, from the end, in a forked copy of the build."""

    def __init__(self) -> None:
        self.process: Any = None
        self.reached: Any = None  # shared with the copy: the last page MkDocs has begun
        self.done: Any = None  # shared: how many pages the copy made
        self.positions: dict[str, int] = {}
        self.parent = os.getpid()

    def start(self, pages: Sequence[Page], work: Callable[[Page], bool | None]) -> None:
        """Start `work` on `pages` from the end, if it is worth it. `work` returns True when it
        made the page, False when the page was in the cache already, None when it leaves the
        page to MkDocs."""
        self.stop()
        if free_cores() < 2 or len(pages) < MIN_PAGES:
            return
        self.positions = {page.file.src_uri: i for i, page in enumerate(pages)}
        self.parent = os.getpid()
        cache_entries.stop()  # the copy gets no half-done thread
        context = multiprocessing.get_context("fork")
        self.reached = context.Value("i", -1, lock=False)
        self.done = context.Value("i", 0, lock=False)
        self.process = context.Process(target=work_from_the_end, daemon=True,
                                       args=(list(pages), work, self.reached, self.done))
        try:
            self.process.start()
        except OSError:  # no memory or processes to spare: MkDocs makes every page itself
            self.process = None
            return
        if WAIT:
            self.process.join()

    def begin(self, src_uri: str) -> None:
        """MkDocs begins the page `src_uri`: the copy stops before it."""
        if self.process is not None and os.getpid() == self.parent:
            self.reached.value = max(self.reached.value, self.positions.get(src_uri, -1))

    def stop(self) -> int:
        """Wait for the copy to end (it stops at the next page); how many pages it made."""
        if self.process is None or os.getpid() != self.parent:
            return 0
        self.reached.value = len(self.positions)
        self.process.join(timeout=120)
        if self.process.is_alive():  # a page that takes minutes: MkDocs has made it anyway
            self.process.kill()
            self.process.join()
        done = self.done.value
        self.process = self.reached = self.done = None
        return done


def work_from_the_end(pages: list[Page], work: Callable[[Page], bool | None], reached: Any,
                      done: Any) -> None:
    """In the copy: do `work` on pages, last first, until MkDocs has begun the next, or until
    the cache turns out to be warm."""
    for name in ("", "mkdocs", "MARKDOWN"):  # the copy's messages are kept in the cache only
        logger = logging.getLogger(name)
        logger.handlers = [logging.NullHandler()]
    found = 0  # pages in the cache already
    for position in range(len(pages) - 1, -1, -1):
        if reached.value >= position:
            return
        try:
            made = work(pages[position])
        except Exception:  # noqa: BLE001 MkDocs makes the page again and reports the problem
            continue
        if made:
            done.value += 1
        elif made is False:
            found += 1
            if found >= WARM_AFTER and not done.value:
                return


def convert_markdown(config: MkDocsConfig, files: Files) -> Callable[[Any], bool | None]:
    """Convert a page's Markdown into the render cache: the steps of MkDocs' `_populate_page`
    up to the conversion, which `CachedPage.render` keeps."""
    def convert(page: Any) -> bool | None:
        config._current_page = page  # MkDocs' `!relative` YAML tag reads it, as in MkDocs
        page = config.plugins.on_pre_page(page, config=config, files=files)
        page.read_source(config)
        assert page.markdown is not None
        page.markdown = config.plugins.on_page_markdown(page.markdown, page=page,
                                                        config=config, files=files)
        if any(mark in page.markdown for mark in PICTURE_MARKS):
            return None
        if page.cache.has(page.cache.key(page)):
            return False
        page.render(config, files)  # into the cache
        return True
    return convert


def render_page(config: MkDocsConfig, files: Files, nav: Any, env: Any) -> Callable[[Page], bool]:
    """Render a page's template: the steps of MkDocs' `_build_page` up to the HTML, which the
    plugin's `on_post_page` keeps in the page cache. Nothing is written to the site."""
    doc_files = files.documentation_pages()

    def render(page: Page) -> bool:
        config._current_page = page
        page.active = True
        try:
            context = get_context(nav, doc_files, config, page)
            template = env.get_template(page.meta.get("template", "main.html"))
            context = config.plugins.on_page_context(context, page=page, config=config, nav=nav)
            made = context.get("mz_output") is None  # else in the page cache already
            output = template.render(context)
            # Also for a page found in the cache: the plugin's `on_post_page` ends the page
            # (it unmarks the menu's active tab), as in MkDocs.
            config.plugins.on_post_page(output, page=page, config=config)
            return made
        finally:
            page.active = False
            config._current_page = None
    return render
