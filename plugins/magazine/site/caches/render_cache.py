"""Markdown converted once: a page whose text, settings and link targets have not changed since
an earlier build gets the HTML of that build, from a cache on disk.

Converting Markdown is the largest part of a build. Most builds change few pages: a save in the
preview changes one article, `make site` after a pull a handful. Each page is converted by MkDocs'
`Page.render`; MkDocs lets a plugin give a file its own `Page` (`File.page`, set in `on_files`),
and `CachedPage` is such a page: its `render` looks the page up first and converts only on a miss.
What it keeps is the HTML after the content policy (`content/html_policy.py`): cleaning a page
costs about 0.2 ms, which in a build that converts nothing is a tenth of the time, and a page
from the cache needs none (the plugin's `on_page_content` cleans only what did not come
through here). Everything after that (the pictures, the templates) runs as before.

What the HTML of a page depends on, and so what its key holds:

- the page's Markdown (after `on_page_markdown`) and where it lives (source path, address,
  language), since links are written relative to it;
- the settings that change the conversion: the Markdown extensions and their options, link
  validation, and the versions of MkDocs, Python-Markdown and this package's code;
- the link targets: every file of the build with its address, and which articles, themes and
  sessions the magazine publishes (a link to a draft becomes plain text).

So adding, removing or publishing a page converts every page again, and editing a text converts
that text only. A conversion's messages (a broken link, say) are kept with it and logged again
when the entry is used, so a cached build reports, and fails `--strict` on, what an uncached one
does. Entries are JSON and live outside the repository (`cache_folder`), so that no pull request
can bring its own (the page cache keeps whole pages there too); so do the compiled templates
(`template_cache`, Jinja's own cache).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from importlib.metadata import version
from pathlib import Path
from typing import Any

from jinja2 import FileSystemBytecodeCache
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, TableOfContents

from ...content.html_policy import sanitize
from ...content.markdown_cost import costly_paragraph, defused
from ...content.model import Magazine
from ..pictures.markup import TOKEN_PREFIX
from .cache_entries import write_entry

ENV = "MAGAZINE_CACHE"  # a folder, or "off"
FORMAT = 2  # raise when the entry's layout or meaning changes (2: content after the policy)
PACKAGE = Path(__file__).resolve().parents[2]  # the magazine package


def cache_folder(root: Path) -> Path | None:
    """Where the entries of the repository at `root` are kept; None when caching is off.

    MAGAZINE_CACHE names a folder (or says "off"); by default the user's cache folder
    (`$XDG_CACHE_HOME` or `~/.cache`), one subfolder per repository.
    """
    chosen = os.environ.get(ENV, "").strip()
    if chosen.lower() in ("off", "0", "false", "no"):
        return None
    if chosen:
        return Path(chosen)
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    repo = hashlib.sha256(str(root.resolve()).encode()).hexdigest()[:16]
    return base / "magazine" / "render" / repo


@dataclass
class Rendered:
    """What `Page.render` leaves on a page, in JSON."""

    content: str  # cleaned by the content policy
    title: str | None
    toc: list[dict[str, Any]]
    anchors: list[str]
    links_to_anchors: dict[str, dict[str, str]] | None  # target file's src_uri -> anchors
    messages: list[tuple[str, int, str]] = field(default_factory=list)  # logger, level, text


class RenderCache:
    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.hits = self.misses = 0
        self.settings = ""

    def start_build(self, config: MkDocsConfig, files: Files, magazine: Magazine, lang: str) -> None:
        """Fix what every page of this build's language depends on besides its own text."""
        digest = hashlib.sha256()
        for part in (settings(config), link_targets(files, magazine), lang):
            digest.update(part.encode("utf-8"))
            digest.update(b"\0")
        self.settings = digest.hexdigest()

    def key(self, page: Page) -> str:
        digest = hashlib.sha256(self.settings.encode())
        for part in (page.file.src_uri, page.file.url, page.markdown or ""):
            digest.update(b"\0")
            digest.update(part.encode("utf-8"))
        return digest.hexdigest()

    def path(self, key: str) -> Path:
        assert self.folder is not None
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> Rendered | None:
        if self.folder is None:
            return None
        try:
            data = json.loads(self.path(key).read_text(encoding="utf-8"))
            return Rendered(**data) if data.pop("format", None) == FORMAT else None
        except (OSError, ValueError, TypeError):
            return None  # missing, or unreadable: convert again

    def has(self, key: str) -> bool:
        return self.folder is not None and self.path(key).is_file()

    def put(self, key: str, rendered: Rendered) -> None:
        if self.folder is None:
            return
        write_entry(self.path(key), json.dumps({"format": FORMAT, **asdict(rendered)}))


class CachedPage(Page):
    """A page that takes its HTML from `cache` when its text and what it links to are unchanged."""

    def __init__(self, title: str | None, file: Any, config: MkDocsConfig, cache: RenderCache):
        super().__init__(title, file, config)
        self.cache = cache

    def render(self, config: MkDocsConfig, files: Files) -> None:
        key = self.cache.key(self)
        cached = self.cache.get(key)
        if cached is not None:
            self.cache.hits += 1
            self.restore(cached, files)
            return
        self.cache.misses += 1
        if self.markdown and costly_paragraph(self.markdown):  # an error of the check
            self.markdown = defused(self.markdown)
        with captured_messages() as messages:
            super().render(config, files)
        self.content = sanitize(self.content or "")  # what the cache keeps, too
        # Pictures in the text wait in the HTML under a token that is new every build
        # (site/pictures/markup.py): such a page is rendered anew each time, never kept.
        if TOKEN_PREFIX not in (self.content or ""):
            self.cache.put(key, self.rendered(messages))

    def rendered(self, messages: list[logging.LogRecord]) -> Rendered:
        links = None
        if self.links_to_anchors is not None:
            links = {file.src_uri: dict(anchors) for file, anchors in self.links_to_anchors.items()}
        return Rendered(
            content=self.content or "",
            title=self._title_from_render,
            toc=[toc_item(item) for item in self.toc.items],
            anchors=sorted(self.present_anchor_ids or ()),
            links_to_anchors=links,
            messages=[(r.name, r.levelno, r.getMessage()) for r in messages],
        )

    def restore(self, cached: Rendered, files: Files) -> None:
        for name, level, text in cached.messages:
            logging.getLogger(name).log(level, text)
        self.content = cached.content
        # `title` reads this when the page has no title of its own (Page.render sets it too).
        self._title_from_render = cached.title
        self.toc = TableOfContents([anchor_link(item) for item in cached.toc])
        self.present_anchor_ids = set(cached.anchors)
        if cached.links_to_anchors is not None:
            self.links_to_anchors = {}
            for src_uri, anchors in cached.links_to_anchors.items():
                target = files.get_file_from_path(src_uri)
                if target is not None:
                    self.links_to_anchors[target] = dict(anchors)


def toc_item(link: AnchorLink) -> dict[str, Any]:
    return {"title": link.title, "id": link.id, "level": link.level,
            "children": [toc_item(child) for child in link.children]}


def anchor_link(item: dict[str, Any]) -> AnchorLink:
    link = AnchorLink(item["title"], item["id"], item["level"])
    link.children = [anchor_link(child) for child in item["children"]]
    return link


@contextmanager
def captured_messages() -> Iterator[list[logging.LogRecord]]:
    """The messages MkDocs and its extensions log (INFO and up) while the block runs."""
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    handler = Keep(logging.INFO)
    loggers = [logging.getLogger("mkdocs"), logging.getLogger("MARKDOWN")]
    for logger in loggers:
        logger.addHandler(handler)
    try:
        yield records
    finally:
        for logger in loggers:
            logger.removeHandler(handler)


def settings(config: MkDocsConfig) -> str:
    """The settings and code that change how Markdown becomes HTML."""
    extensions = [e if isinstance(e, str) else f"{type(e).__module__}.{type(e).__qualname__}"
                  for e in config.markdown_extensions]
    return json.dumps({
        "format": FORMAT,
        "extensions": extensions,
        "options": config.mdx_configs,
        "validation": str(config.validation),
        "use_directory_urls": config.use_directory_urls,
        "versions": [version("mkdocs"), version("markdown"), code_version()],
    }, sort_keys=True, default=repr_of)


def repr_of(value: Any) -> str:
    """A stable name for an option that is not JSON (a function, say): not its address."""
    name = getattr(value, "__qualname__", None)
    return f"{getattr(value, '__module__', '')}.{name}" if name else type(value).__qualname__


def link_targets(files: Files, magazine: Magazine) -> str:
    """Every page and file a link can lead to, and what the magazine publishes."""
    digest = hashlib.sha256()
    for file in sorted(files, key=lambda f: f.src_uri):
        digest.update(f"{file.src_uri}\0{file.url}\0".encode())
    published = [a.key for a in magazine.articles] + sorted(magazine.themes) + sorted(magazine.sessions)
    digest.update("\0".join(sorted(published)).encode())
    digest.update("\0".join(magazine.languages).encode())
    return digest.hexdigest()


def template_cache(folder: Path) -> FileSystemBytecodeCache:
    """Jinja's cache of compiled templates, beside the pages'. Jinja checks each template's
    source against its entry, so a changed template is compiled again."""
    path = folder / "templates"
    path.mkdir(parents=True, exist_ok=True)
    return FileSystemBytecodeCache(str(path))


_code_version: str | None = None


def code_version() -> str:
    """A digest of this package's Python code: a change to the link rewriting converts again."""
    global _code_version
    if _code_version is None:
        digest = hashlib.sha256()
        for path in sorted(PACKAGE.rglob("*.py")):
            digest.update(path.read_bytes())
        _code_version = digest.hexdigest()
    return _code_version


def clean(html: str, page: Page) -> str:
    """No script from content: the page's HTML as the policy allows it (`html_policy.py`), before
    the search index and the theme see it. A page of the render cache was cleaned with its
    conversion, and is kept that way."""
    if isinstance(page, CachedPage) and html is page.content:
        return html
    return sanitize(html)
