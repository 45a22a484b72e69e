"""Every line the build logs is one line as written: no value from content can start another.

A title, a theme or a file name can hold a line break (`"x\\n::warning file=README.md::..."`);
printed as it is, the next line of the pull request's log would start with `::`, which the CI
reads as a workflow command of its own. `content/diagnostics.py` writes each problem as one line;
this filter does the same for every other record MkDocs and the plugins log (MkDocs' own
warnings name files and links from content too).
"""

from __future__ import annotations

import logging

from ..content.diagnostics import one_line


class OneLine(logging.Filter):
    """Escapes the line breaks and control characters of a record's message."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        escaped = one_line(message)
        if escaped != message:
            record.msg, record.args = escaped, ()
        return True


def install() -> None:
    """Put the filter on every handler of MkDocs' logger (the command line's output) and on the
    logger itself; once, however many builds run in this process."""
    logger = logging.getLogger("mkdocs")
    for target in (logger, *logger.handlers):
        if not any(isinstance(f, OneLine) for f in target.filters):
            target.addFilter(OneLine())


def strict_build_fails() -> bool:
    """Whether this `--strict` build has logged a warning or an error already, so that MkDocs
    will stop it at the end: then the print edition is not laid out (minutes) for nothing.
    MkDocs counts them with a handler of its own on its logger, only in strict builds."""
    from mkdocs.utils import CountHandler

    return any(isinstance(handler, CountHandler) and handler.get_counts()
               for handler in logging.getLogger("mkdocs").handlers)
