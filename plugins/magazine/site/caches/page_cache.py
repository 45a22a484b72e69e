"""Pages whose template gets exactly the input it got in an earlier build get that build's HTML.

After the Markdown (`render_cache.py`), rendering Material's page template is most of a build,
and most pages of a build look as they did in the last one: a save in the preview changes one
article and the few listings that show it. Before a page's template is rendered,
`PageCache.fingerprint` digests everything the template can read: the page (its HTML, title,
table of contents, front matter, neighbours and file), the navigation, the magazine's view of
the page, the site's settings (`mkdocs.yml`, the plugins' options, the per-page language
alternates) and the templates themselves (their files, and the versions of the packages that
ship them). If an earlier build rendered the page from the same fingerprint, its HTML is used.

Anything the digest does not know how to read makes the page render as usual: an unknown value
never makes a stale page. Pages are chosen by template in `on_page_markdown`; every page renders
through `magazine/cached-page.html`, which prints the HTML found or includes the page's own
template. One entry per page address and language, so the folder does not grow with every save.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import hashlib
import json
import re
from collections.abc import Callable, Iterator, Mapping
from importlib.metadata import version
from pathlib import Path
from typing import Any

from markupsafe import Markup
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File
from mkdocs.structure.nav import Link, Navigation, Section
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, TableOfContents

from ...content.ui_strings import Strings
from .cache_entries import write_entry
from .render_cache import code_version

WRAPPER = "magazine/cached-page.html"
# Context entries that the site's templates may not read (checked in `start_build`): the time of
# the build, and the list of every page (its titles would otherwise make a new title in one
# article a change to every page). `nav_item.pages`, a section's own pages, is another thing.
UNREAD = {"build_date_utc": re.compile(rb"build_date_utc"),
          "pages": re.compile(rb"(?<![.\w])pages(?!\w)")}
# A template's comments say what it does in words such as "pages": not something it reads.
JINJA_COMMENT = re.compile(rb"\{#.*?#\}", re.DOTALL)
# Where a file is written: the build's own folder, new for every build (atomic_output.py); no
# template prints it, and the page's address is in the digest.
WHERE_WRITTEN = ("abs_dest_path", "dest_dir")
PACKAGES = ("mkdocs", "mkdocs-material", "mkdocs-static-i18n", "jinja2", "markupsafe")


def shallow_files(value: Any) -> Any:
    """`value` with each file in it (or in a dict or list in it) as its addresses."""
    if isinstance(value, File):
        return ("file", value.src_uri, value.url)
    if isinstance(value, dict):
        return {key: shallow_files(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [shallow_files(item) for item in value]
    return value


def menu_entries(items: list[Any]) -> Iterator[Any]:
    """Every section, page and link of the menu, in order."""
    for item in items:
        yield item
        yield from menu_entries(getattr(item, "children", None) or [])


class Unknown(Exception):
    """A value the digest cannot read: the page renders as usual."""


class PageCache:
    def __init__(self, folder: Path | None) -> None:
        self.folder = folder / "pages" if folder else None
        self.site = ""
        self.skipped: tuple[str, ...] = ()
        self.hits = self.misses = 0
        self._memo: dict[int, str] = {}
        # The digests of the views' pieces (an article's card is on every listing that shows
        # it), each held with its object so that its id stays its own during the build.
        self._pieces: dict[int, tuple[Any, ...]] = {}
        self._pages: str | None = None
        self._plugin_configs: dict[int, str] = {}  # id -> the plugin's name, in `self.site`
        self._with_active = True  # False while digesting the menu's layout (`feed_nav`)
        self.lenient = False

    def start_build(self, config: MkDocsConfig, lang: str) -> None:
        """Digest what is the same for every page of this language's build."""
        self._memo = {}
        self._pieces = {}
        self._pages = None
        self.lang = lang
        templates = hashlib.sha256()
        read = set()
        for folder in config.theme.dirs:
            root = Path(folder)
            packaged = "site-packages" in root.parts
            for path in sorted(root.rglob("*.html")):
                text = JINJA_COMMENT.sub(b"", path.read_bytes())
                read.update(name for name, pattern in UNREAD.items() if pattern.search(text))
                if not packaged:  # the packages' templates are known by their versions
                    templates.update(path.as_posix().encode() + b"\0" + text)
        self.skipped = tuple(name for name in UNREAD if name not in read)
        settings = {
            "config_file": Path(config.config_file_path).read_text(encoding="utf-8")
            if config.config_file_path else "",
            # Not where the site is written: no template prints that.
            "site": {key: config[key] for key in config if key not in (
                "plugins", "theme", "markdown_extensions", "mdx_configs", "extra", "site_dir")},
            "theme": {key: config.theme[key] for key in config.theme},
            "theme_dirs": list(config.theme.dirs),
            "plugins": {name: plugin.config for name, plugin in config.plugins.items()},
            "versions": [version(p) for p in PACKAGES] + [code_version()],
            "templates": templates.hexdigest(),
            "lang": lang,
        }
        # Settings hold objects made from mkdocs.yml (ignore patterns, say), whose text is in
        # the digest: those are known by their type, or their repr when it shows their value.
        self.lenient = True
        try:
            self.site = self.digest(settings)
        finally:
            self.lenient = False
        # A plugin's options reach templates too (static-i18n's `i18n_config`): in `self.site`.
        self._plugin_configs = {id(plugin.config): name for name, plugin in config.plugins.items()}

    def fingerprint(self, context: Mapping[str, Any]) -> str | None:
        """A digest of everything the page's template can read; None if some of it is unknown."""
        try:
            parts = {key: value for key, value in context.items()
                     if key not in self.skipped and key not in ("config", "pages")}
            if self._pages is None:  # every documentation page: the same list for all pages
                self._pages = "" if "pages" in self.skipped else self.digest_pages(context["pages"])
            page = parts.pop("page", None)
            whole = hashlib.sha256()
            for part in (self.site, self._pages, self.digest(context["config"].extra)):
                whole.update(part.encode())
            if page is not None:
                self.feed_page(whole, page, depth=0, whole_page=True)
            self.feed(whole, parts, depth=0)
            return whole.hexdigest()
        except Unknown:
            return None

    def digest_pages(self, files: list[File]) -> str:
        """The list of every page's file, with what a link to each page shows (its title);
        the page being rendered, the one marked active, is in the digest on its own."""
        self._with_active = False
        try:
            return self.digest([(file, file.page) for file in files])
        finally:
            self._with_active = True

    def digest(self, value: Any, depth: int = 0) -> str:
        digest = hashlib.sha256()
        self.feed(digest, value, depth)
        return digest.hexdigest()

    def feed(self, digest: Any, value: Any, depth: int) -> None:
        """Add `value` to `digest`, the way its kind is digested (`feeder_for`). A value's type
        decides its kind, so that is found once per type: a page's digest reads a few hundred
        values, and testing each against every kind was a tenth of a build with nothing new."""
        if depth > 24:  # a loop of references, or more than a template would follow
            raise Unknown("too deep")
        kind = type(value)
        feeder = FEEDERS.get(kind)
        if feeder is None:
            feeder = feeder_for(value)
            if not isinstance(value, type):  # a class: `feeder_for` reads more than its type
                FEEDERS[kind] = feeder
        feeder(self, digest, value, depth)

    def feed_plain(self, digest: Any, value: Any, depth: int) -> None:
        digest.update(f"{type(value).__name__}:{value!s}\0".encode())

    def feed_enum(self, digest: Any, value: Any, depth: int) -> None:
        digest.update(f"enum:{value!s}\0".encode())

    def feed_date(self, digest: Any, value: Any, depth: int) -> None:
        digest.update(f"date:{value.isoformat()}\0".encode())

    def feed_sequence(self, digest: Any, value: Any, depth: int) -> None:
        digest.update(b"[")
        for item in value:
            self.feed(digest, item, depth + 1)
        digest.update(b"]")

    def feed_set(self, digest: Any, value: Any, depth: int) -> None:
        digest.update(b"{" + "\0".join(sorted(map(str, value))).encode() + b"}")

    def feed_strings(self, digest: Any, value: Strings, depth: int) -> None:
        digest.update(f"strings:{value.lang}\0".encode())  # the words of one language: code

    def feed_config(self, digest: Any, value: Config, depth: int) -> None:
        if id(value) in self._plugin_configs:
            digest.update(f"plugin-config:{self._plugin_configs[id(value)]}\0".encode())
        else:
            self.feed_mapping(digest, value, depth)

    def feed_mapping(self, digest: Any, value: Any, depth: int) -> None:
        digest.update(b"(")
        for key in sorted(value, key=str):
            digest.update(f"{key}=".encode())
            self.feed(digest, value[key], depth + 1)
        digest.update(b")")

    def feed_dataclass(self, digest: Any, value: Any, depth: int) -> None:
        digest.update(self.feed_piece(value, depth).encode())

    def feed_section(self, digest: Any, value: Section, depth: int) -> None:
        self.feed(digest, ["section", value.title, self.active(value), value.children], depth + 1)

    def feed_link(self, digest: Any, value: Link, depth: int) -> None:
        self.feed(digest, ["link", value.title, value.url, self.active(value)], depth + 1)

    def feed_toc(self, digest: Any, value: TableOfContents, depth: int) -> None:
        self.feed(digest, ["toc", value.items], depth + 1)

    def feed_anchor(self, digest: Any, value: AnchorLink, depth: int) -> None:
        self.feed(digest, ["anchor", value.title, value.id, value.level, value.children],
                  depth + 1)

    def feed_other(self, digest: Any, value: Any, depth: int) -> None:
        """A value of another kind: known by its text while digesting the settings, else
        unknown (the page renders as usual)."""
        if not self.lenient:
            raise Unknown(type(value).__qualname__)
        shown = repr(value)
        digest.update(f"{type(value).__qualname__}:{'' if ' at 0x' in shown else shown}\0"
                      .encode())

    def feed_piece(self, value: Any, depth: int) -> str:
        """The digest of a piece of a view (a card, a picture, a link): made once per build, as
        the views make each piece once and do not change it after it is shown."""
        known = self._pieces.get(id(value))
        if known is None:
            digest = hashlib.sha256(type(value).__qualname__.encode())
            self.feed(digest, {f.name: getattr(value, f.name) for f in dataclasses.fields(value)},
                      depth + 1)
            known = self._pieces[id(value)] = (value, digest.hexdigest())
        return known[1]

    def feed_nav(self, digest: Any, nav: Navigation, depth: int) -> None:
        """The menu: its layout, the same for every page of the build and digested once, and
        which of its entries are marked active for this page."""
        known = self._pieces.get(id(nav))
        if known is None:
            layout = hashlib.sha256(b"nav")
            self._with_active = False
            try:
                self.feed(layout, [nav.items, nav.homepage], depth + 1)
            finally:
                self._with_active = True
            known = self._pieces[id(nav)] = (nav, layout.hexdigest(), list(menu_entries(nav.items)))
        digest.update(known[1].encode())
        digest.update(bytes(entry.active for entry in known[2]))

    def active(self, entry: Any) -> bool | None:
        return entry.active if self._with_active else None

    def feed_page(self, digest: Any, page: Page, depth: int, whole_page: bool = False) -> None:
        """The page being rendered: all of it; any other page (in the navigation, a neighbour):
        what a link to it shows."""
        neighbour = ["page", page.title, page.url, self.active(page), page.is_index,
                     page.is_homepage]
        if not whole_page:
            self.feed(digest, neighbour, depth + 1)
            return
        self.feed(digest, [
            *neighbour, page.content, page.toc, page.meta, page.canonical_url, page.abs_url,
            page.edit_url, page.previous_page, page.next_page, page.parent, page.file,
            getattr(page, "update_date", None),
        ], depth + 1)

    def feed_file(self, digest: Any, file: File, depth: int) -> None:
        """A file: its own fields; the files it names (static-i18n's alternates) by address. Not
        `is_modified`, which in-place builds set on each page (`written_pages.py`)."""
        key = id(file)
        if key not in self._memo:
            fields = {name: shallow_files(value) for name, value in vars(file).items()
                      if name not in ("page", "is_modified", *WHERE_WRITTEN)
                      and not name.startswith("_")}
            fields.update(src_uri=file.src_uri, dest_uri=file.dest_uri, url=file.url)
            self._memo[key] = self.digest(fields, depth + 1)
        digest.update(self._memo[key].encode())

    # -- entries --------------------------------------------------------------------------------

    def path(self, url: str) -> Path:
        assert self.folder is not None
        name = hashlib.sha256(f"{self.lang}\0{url}".encode()).hexdigest()
        return self.folder / name[:2] / f"{name}.json"

    def get(self, url: str, fingerprint: str) -> str | None:
        if self.folder is None:
            return None
        try:
            entry = json.loads(self.path(url).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return entry.get("html") if entry.get("fingerprint") == fingerprint else None

    def put(self, url: str, fingerprint: str, html: str) -> None:
        if self.folder is None:
            return
        write_entry(self.path(url), json.dumps({"fingerprint": fingerprint, "html": html}))


FEEDERS: dict[type, Callable[[PageCache, Any, Any, int], None]] = {}  # a type -> how to digest it


# How each kind of value is digested, in this order: the first kind that fits decides. The entry
# without types is an instance of a dataclass (a piece of a view).
KINDS: tuple[tuple[tuple[type, ...] | None, Callable[[PageCache, Any, Any, int], None]], ...] = (
    ((type(None), bool, int, float, str, Markup), PageCache.feed_plain),
    ((enum.Enum,), PageCache.feed_enum),
    ((dt.date, dt.datetime, dt.time), PageCache.feed_date),
    ((list, tuple), PageCache.feed_sequence),
    ((set, frozenset), PageCache.feed_set),
    ((Strings,), PageCache.feed_strings),
    ((Page,), PageCache.feed_page),
    ((File,), PageCache.feed_file),
    ((Config,), PageCache.feed_config),
    ((Mapping,), PageCache.feed_mapping),
    (None, PageCache.feed_dataclass),
    ((Navigation,), PageCache.feed_nav),
    ((Section,), PageCache.feed_section),
    ((Link,), PageCache.feed_link),
    ((TableOfContents,), PageCache.feed_toc),
    ((AnchorLink,), PageCache.feed_anchor),
)


def feeder_for(value: Any) -> Callable[[PageCache, Any, Any, int], None]:
    """How `PageCache.feed` digests `value`: the first of `KINDS` that fits (`feed` remembers
    it per type); another value is `feed_other`'s."""
    for types, feeder in KINDS:
        if (isinstance(value, types) if types is not None
                else dataclasses.is_dataclass(value) and not isinstance(value, type)):
            return feeder
    return PageCache.feed_other
