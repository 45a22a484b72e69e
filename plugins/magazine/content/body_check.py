"""Check the Markdown text of a page against the HTML policy (`html_policy`), with line numbers.

The text is converted with the site's Markdown extensions, as the build converts it, so that a
`<script>` inside a code example is text (allowed) and an `{: onclick=... }` of the attribute
extension is caught. Only texts that can hold HTML, attributes or odd addresses are converted:
most articles are plain Markdown and cost nothing here.
"""

from __future__ import annotations

import os
import posixpath
import re
from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import unquote, urlsplit

import markdown

from .diagnostics import Report
from .frontmatter import INVISIBLE
from .html_policy import Problem, read_html
from .links import backslash_problem, picture_name
from .repository_paths import inside_repository

# Quotes nested deep (`> > > >` or `>>>>`), which the print edition cannot lay out.
DEEP_QUOTES = re.compile(r"^(?:[ \t]*>){8}", re.MULTILINE)


def may_hold_problems(body: str) -> bool:
    """Whether `body` can hold anything the policy removes: raw HTML (`<`), attributes (`{`),
    entities (`&`), pictures, addresses with a refused scheme, or deep nesting. Plain string
    searches, so that the common plain-Markdown article costs next to nothing."""
    if "<" in body or "{" in body or "&" in body or "![" in body:
        return True
    lowered = body.lower()
    if "script:" in lowered or "data:" in lowered or "file:" in lowered:
        return True
    if "\n" + " " * 32 in body or "\n" + "\t" * 8 in body:  # lists nested deep
        return True
    return ">" in body and DEEP_QUOTES.search(body) is not None


# MkDocs always converts with these, whatever mkdocs.yml says.
MKDOCS_EXTENSIONS = ("toc", "tables", "fenced_code")


class BodyChecker:
    """Converts bodies with one set of Markdown extensions and reports what the policy removes."""

    def __init__(self, root: str | os.PathLike[str],
                 settings: Callable[[], tuple[Sequence[Any], dict[str, dict[str, Any]]]]) -> None:
        """`settings` gives the Markdown extensions and their options; it is asked only when a
        text needs converting, which plain Markdown never does."""
        self.root = root
        self.settings = settings
        self._md: markdown.Markdown | None = None

    def check(self, report: Report, path: str, body: str, body_line: int) -> None:
        report_invisible(report, path, body, body_line)
        if not may_hold_problems(body):
            return
        problems, images = read_html(self.convert(body))
        problems += [problem for src in images if (problem := self.image_problem(path, src))]
        seen: set[tuple[int, int, str]] = set()
        searched_to: dict[str, int] = {}  # the same needle twice: the second is further on
        lowered = body.lower()
        for problem in problems:
            needle = problem.needle
            if problem.fallback and needle.lower() not in lowered:
                needle = problem.fallback  # rewritten by Markdown (an `&` became `&amp;`)
            start = searched_to.get(needle.lower(), 0)
            line, col, searched_to[needle.lower()] = locate(body, body_line, needle, start)
            if (line, col, problem.message) in seen:
                continue
            seen.add((line, col, problem.message))
            if problem.active:
                report.error(path, line, problem.message, problem.hint, col)
            else:
                report.warning(path, line, problem.message, problem.hint, col)

    def image_problem(self, path: str, src: str) -> Problem | None:
        """A picture on the web or outside the repository: the build fetches neither."""
        try:
            parts = urlsplit(src)
        except ValueError:
            return None  # reported as an invalid address by the link check
        hint = ("save the picture in docs/images/ and write its path from this file, "
                f"such as ../docs/images/{picture_name(src)}")
        if parts.scheme or parts.netloc:
            if parts.scheme.lower() in ("http", "https", "") and parts.netloc:
                return Problem(True, f"the picture '{src}' is on the web; the build fetches "
                               "nothing from the network", hint, src)
            return None  # another scheme: a policy problem, reported above
        if "\\" in src:
            return Problem(True, *backslash_problem("picture", src, path, "docs/images/name.jpg"),
                           src)
        relative = posixpath.normpath(posixpath.join(posixpath.dirname(path), unquote(parts.path)))
        if parts.path.startswith("/") or inside_repository(self.root, relative) is None:
            return Problem(True, f"the picture '{src}' lies outside the repository", hint, src)
        return None

    def convert(self, body: str) -> str:
        if self._md is None:
            extensions, options = self.settings()
            try:
                self._md = markdown.Markdown(extensions=list(extensions),
                                             extension_configs=options)
            except Exception:  # an extension of mkdocs.yml that is not installed here
                self._md = markdown.Markdown(extensions=list(MKDOCS_EXTENSIONS))
        try:
            return self._md.reset().convert(body)
        except RecursionError:
            return ""  # reported by the nesting check


def report_invisible(report: Report, path: str, body: str, body_line: int) -> None:
    """The first character on a line of the text that a screen does not show, or that shows the
    text around it in another order than it is written (as `frontmatter.INVISIBLE`): GitHub's
    review and the site would read differently."""
    if body.isascii() or not any(c in body for c in INVISIBLE):
        return
    for offset, line in enumerate(body.split("\n")):
        col = next((i for i, c in enumerate(line) if c in INVISIBLE), None)
        if col is not None:
            report.error(path, body_line + offset,
                         f"the text contains an invisible character "
                         f"(U+{ord(line[col]):04X}, {INVISIBLE[line[col]]})",
                         "retype the words there; a word in Arabic or Hebrew takes its own "
                         "direction without it", col + 1)


def locate(body: str, body_line: int, needle: str, start: int = 0) -> tuple[int, int, int]:
    """The file line and column of the first `needle` in `body` from `start` (any case), and
    where to search for the next one; else the body's first line (an address written with
    entities cannot be found as written)."""
    index = body.lower().find(needle.lower(), start)
    if index < 0:
        index = body.lower().find(needle.lower())
        if index < 0:
            return body_line, 1, start
    before = body[:index]
    return (body_line + before.count("\n"), index - (before.rfind("\n") + 1) + 1,
            index + len(needle))
