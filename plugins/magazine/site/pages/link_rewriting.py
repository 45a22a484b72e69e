"""A Python-Markdown extension that points links between magazine pages at the right language.

An editor may link to `../interviews/slug.md`, `../interviews/slug.en.md` or
`../docs/themes/work.md`. Before MkDocs resolves links, this rewrites each such link to the
path MkDocs knows the page by in every language ("interviews/slug.md", "themes/work.md"),
so MkDocs turns it into the address of the page in the language being built, and still
checks it like any other link.

A link to a draft (it will work once the draft is published) or to a file that does not exist
(reported with its line by the content checks) becomes its text alone, so that readers get no
link that leads nowhere and MkDocs does not report the same mistake again.
"""

from __future__ import annotations

import functools
import posixpath
import xml.etree.ElementTree as etree
from urllib.parse import quote, unquote, urlsplit

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

from ...content.links import docs_page, is_valid_url, resolve, site_source
from ...content.model import Magazine

# MkDocs resolves relative links in its "relpath" treeprocessor at priority 0; run just before.
PRIORITY = 1


class MagazineLinks(Extension):
    """Set `magazine` once per build, and `page_source` (repository path) and `page_src_uri`
    (MkDocs path) before each page."""

    def __init__(self, languages: tuple[str, ...]) -> None:
        super().__init__()
        self.languages = languages
        self.magazine: Magazine | None = None
        self.page_source: str | None = None
        self.page_src_uri: str = ""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        md.treeprocessors.register(LinkRewriter(md, self), "magazine_links", PRIORITY)


class LinkRewriter(Treeprocessor):
    def __init__(self, md: Markdown, extension: MagazineLinks) -> None:
        super().__init__(md)
        self.extension = extension

    def run(self, root: etree.Element) -> None:
        source = self.extension.page_source
        if source is None:
            return
        base = posixpath.dirname(self.extension.page_src_uri)
        magazine = self.extension.magazine
        for element in root.iter("img"):
            src = element.get("src")
            if src and not is_valid_url(src):
                element.set("src", quote(src, safe=":/?#@!$&'()*+,;=%"))
            elif src and magazine is not None and (source, src) in magazine.broken_links:
                # Reported by the content check: readers get the picture's text instead.
                alt = element.get("alt", "")
                element.tag = "span"
                element.attrib.clear()
                element.set("class", "mz-missing-picture")
                element.text = alt
            elif src:
                picture = docs_file(source, src)
                if picture is not None:  # from an article to a picture in docs/
                    element.set("src", relative_path(picture, base))
        for anchor in root.iter("a"):
            href = anchor.get("href")
            if href and not is_valid_url(href):
                # MkDocs fails on it with a traceback; `magazine check` reports it with its line.
                anchor.set("href", quote(href, safe=":/?#@!$&'()*+,;=%"))
                continue
            if not href:
                continue
            magazine = self.extension.magazine
            if magazine is not None and (source, href) in magazine.broken_links:
                # Reported with its line and fix by the content check, in the build as in
                # `magazine check`: readers get the text, MkDocs no second message.
                unlink(anchor)
                continue
            ref = resolve(source, href, self.extension.languages)
            if ref is None:
                # A hand-written page such as ../docs/colophon.md: MkDocs knows it without docs/
                # and checks that it exists.
                page = docs_page(posixpath.dirname(source), href, self.extension.languages)
                if page is not None:
                    fragment = urlsplit(href).fragment
                    target = relative_path(page, base)
                    anchor.set("href", f"{target}#{fragment}" if fragment else target)
                continue
            if magazine is not None and not magazine.publishes(ref):
                # A draft, or a file that does not exist (`magazine check` and the build report
                # that with its line): the text stays, without a link that leads nowhere.
                # (A <span>: MkDocs expects every <a> to have an address.)
                unlink(anchor)
                continue
            target = relative_path(site_source(ref), base)
            fragment = urlsplit(href).fragment  # resolve() has parsed it already
            anchor.set("href", f"{target}#{fragment}" if fragment else target)


def unlink(anchor: etree.Element) -> None:
    """Keep the link's text, without an address (a <span>: MkDocs expects every <a> to have one)."""
    anchor.tag = "span"
    anchor.attrib.clear()
    anchor.set("class", "mz-unpublished")


def docs_file(source: str, href: str) -> str | None:
    """The `docs/` path of a picture that an article shows as `../docs/images/x.jpg`."""
    if source.startswith("docs/"):
        return None  # MkDocs follows links between its own pages
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or parts.path[:1] == "/" or not parts.path:
        return None
    path = posixpath.normpath(posixpath.join(posixpath.dirname(source), unquote(parts.path)))
    if not path.startswith("docs/"):
        return None
    page = path[len("docs/"):]
    return f"{page}#{parts.fragment}" if parts.fragment else page


@functools.lru_cache(maxsize=16384)
def relative_path(source: str, base: str) -> str:
    """`source` relative to the folder `base` (cached: `relpath` asks the OS for the cwd)."""
    return posixpath.relpath(source, base or ".")
