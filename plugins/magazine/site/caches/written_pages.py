"""`make serve` writes only the pages a save changed, and leaves no page stale.

`mkdocs serve` empties its folder and writes every page again after each save: at a thousand
articles, two thousand pages and a good part of the wait. `make serve` passes MkDocs' `--dirty`,
which keeps the folder; MkDocs then builds only pages whose own file is newer than their output.
That alone would leave listings, related articles and menus stale. So, in such a build:

- every page is built as usual (`build_every_page`): the render and page caches make that cheap;
- a page whose template input has the fingerprint of what this process last wrote at its address
  (`page_cache.py` digests everything its template can read) is not written again: the plugin
  hands MkDocs an empty page, which MkDocs leaves alone;
- the pages and files of the previous build that this build no longer has (a deleted article, a
  renamed one) are removed from the folder (`remove_stale`).

MkDocs says two things about this that are not true here: that a dirty build "will likely lead to
inaccurate navigation", and, for every page left alone, that it was skipped. A logging filter
keeps both from the editor's terminal (and from `--strict`, which counts warnings).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from mkdocs.structure.files import Files

DIRTY_WARNING = "A 'dirty' build is being performed"
LEFT_ALONE = ("Page skipped: '", "'. Generated empty output.")
STALE_NOTE = "The directory contains stale files."


def always() -> bool:
    return True


class WrittenPages:
    """What the builds of this process wrote into the site folder, by address."""

    def __init__(self) -> None:
        self.active = False
        self.written: dict[str, str] = {}  # output path -> fingerprint of its template input
        self.left_alone: set[str] = set()  # src_uri of the pages this build did not write
        self.previous: set[str] | None = None  # every output path of the last finished build
        self.current: set[str] = set()
        self.quiet = QuietInPlace(self)

    def start(self, dirty: bool) -> None:
        """`mkdocs serve --dirty` or `mkdocs build --dirty`: MkDocs keeps the folder. (MkDocs
        keeps the plugin's object for every build of the process; this is its first.)"""
        self.active = dirty
        self.written = {}
        self.previous = None
        logger = logging.getLogger("mkdocs.commands.build")
        if dirty and self.quiet not in logger.filters:
            logger.addFilter(self.quiet)

    def begin_build(self) -> None:
        """A new build of the whole site (every language) starts."""
        self.current = set()
        self.left_alone = set()

    def build_every_page(self, files: Files) -> None:
        """Have MkDocs build each page, whatever the times of the files: what a page shows
        depends on other files too. Note every output of this language's build."""
        if not self.active:
            return
        for file in files:
            self.current.add(file.abs_dest_path)
            if file.is_documentation_page():
                file.is_modified = always  # type: ignore[method-assign]

    def unchanged(self, path: str, fingerprint: str) -> bool:
        """Whether the folder already has at `path` what a page of this fingerprint renders."""
        return (self.active and self.written.get(path) == fingerprint
                and os.path.isfile(path))

    def leave_alone(self, src_uri: str) -> None:
        self.left_alone.add(src_uri)

    def wrote(self, path: str, fingerprint: str | None) -> None:
        if not self.active:
            return
        if fingerprint is None:  # its input could not be digested: written on every build
            self.written.pop(path, None)
        else:
            self.written[path] = fingerprint

    def remove_stale(self, site_dir: Path) -> None:
        """After the whole site is built: remove what the previous build wrote and this one has
        no file for, and the folders that leaves empty."""
        if not self.active:
            return
        for path in sorted((self.previous or set()) - self.current):
            self.written.pop(path, None)
            target = Path(path)
            if target.is_relative_to(site_dir):
                target.unlink(missing_ok=True)
                for folder in target.parents:
                    if folder == site_dir or any(folder.iterdir()):
                        break
                    folder.rmdir()
        self.previous = self.current


class QuietInPlace(logging.Filter):
    """Drops MkDocs' notes about a dirty build, which the plugin makes exact (see above)."""

    def __init__(self, pages: WrittenPages) -> None:
        super().__init__()
        self.pages = pages

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.pages.active:
            return True
        message = record.getMessage()
        if message.startswith((DIRTY_WARNING, STALE_NOTE)):
            return False
        if message.startswith(LEFT_ALONE[0]) and message.endswith(LEFT_ALONE[1]):
            src_uri = message.removeprefix(LEFT_ALONE[0]).removesuffix(LEFT_ALONE[1])
            return src_uri not in self.pages.left_alone
        return True
