"""Convert Markdown on a second core while MkDocs converts on the first.

MkDocs converts a build's pages one after the other, and converting Markdown is most of a cold
build: on a machine with two cores, one stays idle. Before MkDocs reads the pages, a copy of the
build (a forked process: the same configuration, files and plugins, nothing read again) converts
pages from the end of the list into the render cache (`render_cache.py`), while MkDocs works from
the start; they stop where they meet, and MkDocs finds the other half in the cache. The output is
what a build on one core makes, byte for byte: each page is converted by the same code, from the
same input, under the same cache key; a page that both happen to convert is written twice, whole
(the cache writes by renaming).

Only for `mkdocs build` of a magazine big enough to profit (`MIN_PAGES`), with the cache on and
a second core free, on Linux (where CI and the published build run). Not for `mkdocs serve`: its
server runs in threads, which a fork does not copy, and a preview converts only what changed
anyway. Pages with a picture in the text are left to MkDocs: their pictures are made where the
page is built. The copy logs nothing: a page's
messages go into its cache entry, and MkDocs logs them when it takes the page from there.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

from .render_cache import CachedPage, RenderCache

MIN_PAGES = 200  # below this, starting the copy costs more than it saves
WAIT = False  # tests: let the copy convert every page before MkDocs starts (a fixed outcome)
PICTURE_MARKS = ("![", "<img")  # a picture in the text (picture_markup.py): left to MkDocs


def free_cores() -> int:
    """The cores this process may use; 1 where a fork is not safe to use this way (macOS and
    Windows start processes anew, and their system libraries do not survive a bare fork)."""
    if sys.platform != "linux":
        return 1
    return len(os.sched_getaffinity(0))


class SecondCore:
    def __init__(self) -> None:
        self.process: Any = None
        self.reached: Any = None  # shared with the copy: the last page MkDocs has begun
        self.converted: Any = None  # shared: how many pages the copy converted
        self.positions: dict[str, int] = {}
        self.parent = os.getpid()

    def start(self, config: MkDocsConfig, files: Files, cache: RenderCache) -> None:
        """Start converting from the end of this build's pages, if it is worth it."""
        pages = [file.page for file in files.documentation_pages()
                 if isinstance(file.page, CachedPage)]
        if cache.folder is None or free_cores() < 2 or len(pages) < MIN_PAGES:
            return
        self.positions = {page.file.src_uri: i for i, page in enumerate(pages)}
        self.parent = os.getpid()
        context = multiprocessing.get_context("fork")
        self.reached = context.Value("i", -1, lock=False)
        self.converted = context.Value("i", 0, lock=False)
        self.process = context.Process(target=convert_from_the_end, daemon=True,
                                       args=(pages, config, files, self.reached, self.converted))
        try:
            self.process.start()
        except OSError:  # no memory or processes to spare: MkDocs converts every page itself
            self.process = None
            return
        if WAIT:
            self.process.join()

    def begin(self, src_uri: str) -> None:
        """MkDocs begins converting the page `src_uri`: the copy stops before it."""
        if self.process is not None and os.getpid() == self.parent:
            self.reached.value = max(self.reached.value, self.positions.get(src_uri, -1))

    def stop(self) -> int:
        """Wait for the copy to end (it stops at the next page); how many pages it converted."""
        if self.process is None:
            return 0
        self.reached.value = len(self.positions)
        self.process.join(timeout=120)
        if self.process.is_alive():  # a page that takes minutes: MkDocs has converted it anyway
            self.process.kill()
            self.process.join()
        converted = self.converted.value
        self.process = self.reached = self.converted = None
        return converted


def convert_from_the_end(pages: list[CachedPage], config: MkDocsConfig, files: Files,
                         reached: Any, converted: Any) -> None:
    """In the copy: convert pages into the cache, last first, until MkDocs has begun the next."""
    for name in ("", "mkdocs", "MARKDOWN"):  # the copy's messages are kept in the cache only
        logger = logging.getLogger(name)
        logger.handlers = [logging.NullHandler()]
    for position in range(len(pages) - 1, -1, -1):
        if reached.value >= position:
            return
        page = pages[position]
        config._current_page = page
        try:  # the steps of MkDocs' `_populate_page` up to the conversion
            page = config.plugins.on_pre_page(page, config=config, files=files)
            page.read_source(config)
            assert page.markdown is not None
            page.markdown = config.plugins.on_page_markdown(page.markdown, page=page,
                                                            config=config, files=files)
            if any(mark in page.markdown for mark in PICTURE_MARKS):
                continue
            if not page.cache.has(page.cache.key(page)):
                page.render(config, files)  # into the cache
                converted.value += 1
        except Exception:  # noqa: BLE001 MkDocs converts the page again and reports the problem
            continue
