"""The site appears whole or not at all.

MkDocs empties `site/` when a build starts, so a build that fails half-way (a content error in a
strict build, a PDF that cannot be made) would leave a broken site, or none. Instead the build
writes into a new folder beside `site/` (`.site.building-…`), and only when everything has
succeeded, the PDFs included, does that folder take the place of `site/`. A failed build removes
its folder, leaves the previous site as it was, and says so.

`mkdocs serve` and `--dirty` builds keep MkDocs' own behaviour: they rebuild into the same folder.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import get_plugin_logger

from ...printing.whole_file import umask
from ..reading import first_pass

log = get_plugin_logger(__name__)


class WarningCounter(logging.Handler):
    """Counts MkDocs' warnings, the ones that make `--strict` fail after the last plugin event."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


class AtomicOutput:
    """Builds into a folder beside the site folder and swaps it in on success."""

    def __init__(self) -> None:
        self.target: Path | None = None  # the site folder the reader gets
        self.staging: Path | None = None  # where this build writes
        self.warnings = WarningCounter()
        self.strict = False

    def begin_build(self, config: MkDocsConfig, in_place: bool) -> None:
        """On the first pass of a build that does not write in place (`mkdocs serve` and --dirty
        builds do): the whole site, every language, into a new folder."""
        if first_pass(config) and not in_place:
            self.start(config)

    def start(self, config: MkDocsConfig) -> None:
        """Point the build at a new, empty folder beside `config.site_dir`."""
        self.target = Path(config.site_dir).absolute()
        self.target.parent.mkdir(parents=True, exist_ok=True)
        self.staging = Path(tempfile.mkdtemp(prefix=f".{self.target.name}.building-",
                                             dir=self.target.parent))
        os.chmod(self.staging, 0o777 & ~umask())  # mkdtemp makes it private; the site is public
        config.site_dir = str(self.staging)
        self.strict = bool(config.strict)
        self.warnings.count = 0
        logging.getLogger("mkdocs").addHandler(self.warnings)

    def finish(self, config: MkDocsConfig) -> bool:
        """Put the new site in place, unless a strict build has warnings (it is about to fail)."""
        if self.staging is None or self.target is None:
            return True
        logging.getLogger("mkdocs").removeHandler(self.warnings)
        if self.strict and self.warnings.count:
            self.discard()
            config.site_dir = str(self.target)
            return False
        previous = None
        if self.target.exists():
            previous = Path(tempfile.mkdtemp(prefix=f".{self.target.name}.previous-",
                                             dir=self.target.parent))
            os.replace(self.target, previous)  # onto the empty folder mkdtemp made
        os.replace(self.staging, self.target)
        if previous is not None:
            shutil.rmtree(previous, ignore_errors=True)
        config.site_dir = str(self.target)
        self.staging = None
        return True

    def discard(self) -> None:
        """Remove this build's folder and say that the previous site is still there."""
        logging.getLogger("mkdocs").removeHandler(self.warnings)
        if self.staging is None or self.target is None:
            return
        shutil.rmtree(self.staging, ignore_errors=True)
        self.staging = None
        kept = "was left as it was" if self.target.exists() else "was not made"
        log.error(f"The build failed, so nothing was published: {self.target} {kept}.")
