"""Find the links in an article's Markdown and tell which article, theme or session they name.

Editors write links as relative file paths, the way GitHub shows them:
`[text](../interviews/slug.md)`, `[text](../interviews/slug.en.md)`, `[werk](../docs/themes/work.md)`.
Pages inside `docs/` may also use the site-relative form `../essays/slug.md`. All of these name
the same entity, whatever language file the link is written in.
"""

from __future__ import annotations

import functools
import posixpath
import re
from collections.abc import Iterator
from urllib.parse import unquote, urlsplit

from .model import KINDS, Ref
from .published_files import PICTURE_SUFFIXES

INLINE_LINK = re.compile(
    r"(?<!!)\[(?:[^\]\\]|\\.)*\]\(\s*(?:<([^>\n]*)>|([^)\s]+))(?:\s+[\"'(][^)]*)?\s*\)"
)
INLINE_IMAGE = re.compile(
    r"!\[(?:[^\]\\]|\\.)*\]\(\s*(?:<([^>\n]*)>|([^)\s]+))(?:\s+[\"'(][^)]*)?\s*\)"
)
REFERENCE_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)")
FENCE = re.compile(r"^ {0,3}(```|~~~)")
CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")


def find_images(body: str, first_line: int) -> Iterator[tuple[int, int, str]]:
    """Yield (file line, column, source) for each picture `![text](source)` in `body`."""
    return find_links(body, first_line, INLINE_IMAGE, "![")


def find_links(body: str, first_line: int, pattern: re.Pattern[str] = INLINE_LINK,
               opener: str = "[") -> Iterator[tuple[int, int, str]]:
    """Yield (file line, column, target) for each link in `body`, outside code."""
    fence: str | None = None
    for offset, line in lines_to_read(body):
        match = FENCE.match(line)
        if match:
            marker = match.group(1)
            if fence is None:
                fence = marker
            elif marker == fence:
                fence = None
            continue
        if fence is not None or opener not in line:
            continue
        # Blank out code spans, keeping columns, so `[x](y)` in code is not a link.
        visible = CODE_SPAN.sub(lambda m: " " * len(m.group(0)), line) if "`" in line else line
        for link in pattern.finditer(visible):
            group = 1 if link.group(1) is not None else 2
            yield first_line + offset, link.start(group) + 1, link.group(group)
        definition = REFERENCE_DEFINITION.match(visible) if pattern is INLINE_LINK else None
        if definition:
            yield first_line + offset, definition.start(1) + 1, definition.group(1)


def lines_to_read(body: str) -> Iterator[tuple[int, str]]:
    """(line offset, line) of the lines of `body` that `find_links` has to look at.

    Without code fences, only the lines with a `[`, found by jumping from one `[` to the next:
    most lines of an article hold no link.
    """
    if "`" in body or "~" in body:  # maybe a fence (one character is found much faster)
        yield from enumerate(body.split("\n"))
        return
    offset, counted_to = 0, 0  # `offset` is the line number of position `counted_to`
    bracket = body.find("[")
    while bracket >= 0:
        start = body.rfind("\n", 0, bracket) + 1
        end = body.find("\n", bracket)
        end = len(body) if end < 0 else end
        offset += body.count("\n", counted_to, start)
        counted_to = start
        yield offset, body[start:end]
        bracket = body.find("[", end)


def resolve(source: str, target: str, languages: tuple[str, ...]) -> Ref | None:
    """What a link written in repository file `source` points at, or None if not ours."""
    return resolve_from(posixpath.dirname(source), target, languages)


# Every article of a folder writes the same few links (`../themes/work.md`): each is worked out
# once, for the build's check and for the rewriting of every page that holds it.
@functools.lru_cache(maxsize=16384)
def resolve_from(folder: str, target: str, languages: tuple[str, ...]) -> Ref | None:
    """What a link written in a file in repository folder `folder` points at."""
    try:
        parts = urlsplit(target)
    except ValueError:  # such as "http://[::1": not a link to the magazine
        return None
    if parts.scheme or parts.netloc or not parts.path or parts.path.startswith("/"):
        return None
    path = posixpath.normpath(posixpath.join(folder, unquote(parts.path)))
    if path.startswith("docs/"):
        path = path[len("docs/") :]
    top, _, name = path.partition("/")
    if not name or "/" in name or not name.endswith(".md"):
        return None
    stem = strip_language(name[: -len(".md")], languages)
    if stem in ("", "index", "README"):
        return None
    if top in KINDS:
        return Ref("article", f"{top}/{stem}")
    if top == "themes":
        return Ref("theme", stem)
    if top == "sessions":
        return Ref("session", stem)
    return None


@functools.lru_cache(maxsize=4096)
def docs_page(folder: str, target: str, languages: tuple[str, ...]) -> str | None:
    """The MkDocs path of a hand-written page of `docs/` that a link points at, written the way
    GitHub shows it (`../docs/colophon.md` -> `colophon.md`), or None for any other link."""
    try:
        parts = urlsplit(target)
    except ValueError:
        return None
    if parts.scheme or parts.netloc or not parts.path.endswith(".md") or parts.path.startswith("/"):
        return None
    path = posixpath.normpath(posixpath.join(folder, unquote(parts.path)))
    if not path.startswith("docs/"):
        return None
    head, _, name = path[len("docs/"):].rpartition("/")
    stem = strip_language(name[: -len(".md")], languages)
    return f"{head}/{stem}.md" if head else f"{stem}.md"


def is_valid_url(target: str) -> bool:
    """False for a link that no browser can follow and that MkDocs fails on, like `http://[x`."""
    try:
        urlsplit(target)
    except ValueError:
        return False
    return True


def strip_language(stem: str, languages: tuple[str, ...]) -> str:
    """`slug.en` -> `slug` for a known language suffix."""
    base, dot, suffix = stem.rpartition(".")
    return base if dot and suffix in languages else stem


def site_source(ref: Ref) -> str:
    """The source path that MkDocs knows the entity's page by, in every language."""
    if ref.kind == "article":
        return f"{ref.id}.md"
    return f"{ref.kind}s/{ref.id}.md"


def picture_name(target: str) -> str:
    """The file name a picture's address ends in, for a hint that shows where to put it
    (`photo.jpg` when the address names no picture file)."""
    try:
        name = posixpath.basename(unquote(urlsplit(target).path))
    except ValueError:
        name = ""
    suffix = posixpath.splitext(name)[1].lower()
    usable = suffix in PICTURE_SUFFIXES
    return name if usable and name.isprintable() and " " not in name else "photo.jpg"


def backslash_problem(what: str, source: str, path: str, example: str) -> tuple[str, str]:
    """A path written with Windows' backslashes, which are no folder separator on the web (and
    Markdown reads `\\.` as a dot): the fix is the same path with `/`, if it stays inside."""
    folder = posixpath.dirname(path)
    slashed = source.replace("\\", "/")
    inside = posixpath.normpath(posixpath.join(folder, slashed)).split("/")[0] != ".."
    suggestion = slashed if inside else posixpath.relpath(example, folder or ".")
    return (f"the {what} '{source}' is written with backslashes",
            f"write the path with forward slashes (/), as GitHub shows it, such as '{suggestion}'")
