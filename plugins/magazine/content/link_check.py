"""Check every link of every page the way the site's build will follow it, and say how to fix it.

`magazine check` and the build run this same check (the build through `load_magazine`), so a
link the build would stop on is reported first by the check, with its file, line and column:

- a link to a file that does not exist, such as `interviews/x.md` written in `essays/` without
  `../`, with the path that does lead there;
- an address copied from the browser (`/themes/work/`, `https://<site>/en/essays/x/`), with the
  file to link to instead (`../docs/themes/work.md`);
- a link to a heading that the page does not have (`other.md#nope`), with the headings it has;
- a picture in the text whose file is not in `docs/` (the site is built from `docs/`), with the
  path of the picture of that name if there is one.

Links to other websites are not followed: only links into the magazine are checked here.
"""

from __future__ import annotations

import functools
import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import markdown

from .fields import nearest
from .html_policy import with_safe_heading_ids
from .links import backslash_problem, resolve, strip_language
from .model import Magazine, Ref

# The extensions that give headings and notes their ids, as the site's mkdocs.yml enables them.
ID_EXTENSIONS = ["toc", "attr_list", "footnotes", "md_in_html", "tables", "admonition"]
ID_ATTRIBUTE = re.compile(r"""<[a-z][^>]*?\s(?:id|name)="([^"]*)\"""")


@dataclass
class Page:
    """A Markdown file of the repository that becomes a page: its body and first body line."""

    path: str
    lang: str
    body: str
    body_line: int


class LinkCheck:
    """Tells what is wrong with a link written in one page, or nothing."""

    def __init__(self, magazine: Magazine, pages: dict[str, Page], site_url: str,
                 is_unpublished: Callable[[str], bool], root: Path) -> None:
        self.root = root
        self.magazine = magazine
        self.pages = pages
        self.languages = magazine.languages
        site = urlsplit(site_url) if site_url else None
        self.site_host = site.netloc if site else ""
        self.site_path = (site.path if site else "/") or "/"
        self.is_unpublished = is_unpublished

    def problem(self, page: Page, target: str) -> tuple[str, str] | None:
        """(message, hint) for a link that the build would not follow, else None."""
        parts = urlsplit(target)
        if parts.scheme in ("http", "https") and parts.netloc and parts.netloc == self.site_host:
            # The site's own address copied from the browser: it would work, but leads readers
            # of the other language, the print edition and a preview to the published site.
            path = parts.path
            if path.startswith(self.site_path):
                path = "/" + path[len(self.site_path):]
            return self.address_problem(page, target, path)
        if parts.scheme or parts.netloc:
            return None  # another website, an e-mail address
        if "\\" in target:
            return backslash_problem("link", target, page.path, "docs/about.md")
        path = unquote(parts.path)
        if not path:
            return self.anchor_problem(page, target, page.path, parts.fragment)
        if path.startswith("/"):
            return self.address_problem(page, target, path)
        ref = resolve(page.path, target, self.languages)
        if ref is not None:
            if not self.magazine.publishes(ref):
                if ref.kind == "article" and self.is_unpublished(ref.id):
                    return None  # a draft: the link works once it is published
                return (f"the link '{target}' leads to no {ref.kind}", self.ref_hint(ref, page))
            return self.anchor_problem(page, target, self.page_of(ref, page.lang), parts.fragment)
        folder = posixpath.dirname(page.path)
        if posixpath.normpath(posixpath.join(folder, path)).split("/")[0] == "..":
            return (f"the link '{target}' leads outside the repository",
                    "link to a page of the magazine, such as "
                    f"'{posixpath.relpath('docs/about.md', folder or '.')}', or to a web "
                    "address (https://...)")
        if path.endswith(".md"):
            file = posixpath.normpath(posixpath.join(folder, path))
            if file in self.pages:
                return self.anchor_problem(page, target, self.localized(file, page.lang),
                                           parts.fragment)
            return (f"the link '{target}' leads to no file", self.file_hint(page, path))
        if path.endswith("/"):
            return (f"the link '{target}' is a web address, not a file",
                    "link to the Markdown file of the page, as GitHub shows it, such as "
                    + ("'../docs/themes/work.md'" if not page.path.startswith("docs/")
                       else "'themes/work.md'"))
        return None

    def picture_problem(self, page: Page, source: str) -> tuple[str, str] | None:
        """(message, hint) for a picture in the text that the build cannot find, else None."""
        parts = urlsplit(source)
        if parts.scheme or parts.netloc:
            return None  # a picture on another website
        path = unquote(parts.path)
        folder = posixpath.dirname(page.path)
        if path.startswith("/"):
            file = posixpath.normpath("docs" + path)
            return (f"the picture '{source}' is an address on the site, not a file",
                    f"write '{posixpath.relpath(file, folder or '.')}'" if self.is_file(file)
                    else "put the picture in docs/images/ and write its path from this file, "
                    f"such as '{posixpath.relpath('docs/images/name.jpg', folder or '.')}'")
        file = posixpath.normpath(posixpath.join(folder, path))
        if file.startswith("docs/") and self.is_file(file):
            return None
        if self.is_file(file):
            return (f"the picture '{source}' is not in docs/, so it is not on the site",
                    "move it to docs/images/ and write "
                    f"'{posixpath.relpath('docs/images/' + posixpath.basename(file), folder or '.')}'")
        return (f"the picture '{source}' does not exist", self.picture_hint(folder, file))

    def picture_hint(self, folder: str, file: str) -> str:
        name = posixpath.basename(file)
        found = sorted(p.relative_to(self.root).as_posix()
                       for p in (self.root / "docs").rglob(name) if p.is_file()) if name else []
        if found:
            return f"write '{posixpath.relpath(found[0], folder or '.')}'"
        return ("put the picture in docs/images/ and write its path from this file, such as "
                f"'{posixpath.relpath('docs/images/' + (name or 'name.jpg'), folder or '.')}'")

    def is_file(self, file: str) -> bool:
        target = (self.root / file).resolve()
        return target.is_relative_to(self.root.resolve()) and target.is_file()

    # -- the kinds of problem ------------------------------------------------------------------

    def address_problem(self, page: Page, target: str, path: str) -> tuple[str, str]:
        file = self.file_at_address(path)
        folder = posixpath.dirname(page.path)
        if file is None:
            hint = ("link to the Markdown file of the page, as GitHub shows it, such as "
                    f"'{posixpath.relpath('docs/themes/work.md', folder or '.')}'")
        else:
            hint = f"link to the file instead: '{posixpath.relpath(file, folder or '.')}'"
        return (f"the link '{target}' is the address of a page in the browser, not a file", hint)

    def anchor_problem(self, page: Page, target: str, file: str | None,
                       fragment: str) -> tuple[str, str] | None:
        # `#top` leads to the top of any page (the HTML standard), with or without such an id.
        if not fragment or fragment.lower() == "top" or file is None or file not in self.pages:
            return None
        ids = anchor_ids(self.pages[file].body)
        if unquote(fragment) in ids:
            return None
        headings = [i for i in ids if not i.startswith(("fn:", "fnref:"))]
        where = "this page" if file == page.path else file
        near = nearest(fragment, headings)
        hint = f"write '{target.partition('#')[0]}#{near}'" if near else (
            f"the headings of {where} are: {', '.join('#' + h for h in headings)}" if headings
            else f"{where} has no headings; link to the page without '#{fragment}'")
        return (f"the link '{target}' leads to no heading '#{fragment}' in {where}", hint)

    # -- hints ---------------------------------------------------------------------------------

    def ref_hint(self, ref: Ref, page: Page) -> str:
        """The link to type: to the nearest article, theme or session, from `page`'s folder."""
        magazine = self.magazine
        folder = posixpath.dirname(page.path) or "."
        if ref.kind == "article":
            near = nearest(ref.id, [a.key for a in magazine.articles])
            if near:
                return f"write '{posixpath.relpath(near + '.md', folder)}'"
            return f"link to an existing file, such as ../{ref.id.partition('/')[0]}/name.md"
        names = magazine.themes if ref.kind == "theme" else magazine.sessions
        if not names:
            return f"there are no {ref.kind}s yet"
        near = nearest(ref.id, names)
        file = posixpath.relpath(f"docs/{ref.kind}s/{near or min(names)}.md", folder)
        if near:
            return f"write '{file}'"
        return f"the {ref.kind}s are: {', '.join(sorted(names))}; link to {file}"

    def file_hint(self, page: Page, path: str) -> str:
        """The path from `page` to the file of the same name, if there is one: the `../` that
        was left out, or a folder too many."""
        folder = posixpath.dirname(page.path)
        name = posixpath.basename(path)
        candidates = sorted(file for file in self.pages if posixpath.basename(file) == name)
        if candidates:
            best = min(candidates, key=lambda f: (not f.endswith("/" + path), len(f)))
            return f"write '{posixpath.relpath(best, folder or '.')}'"
        return ("the path starts from the folder of this file: '../' goes up one folder, such as "
                "'../interviews/name.md'")

    # -- where pages are -----------------------------------------------------------------------

    def page_of(self, ref: Ref, lang: str) -> str | None:
        """The repository file of the page `ref` in language `lang` (or the original)."""
        magazine = self.magazine
        entity = (magazine.article(ref.id) if ref.kind == "article" else
                  (magazine.themes if ref.kind == "theme" else magazine.sessions).get(ref.id))
        if entity is None:
            return None
        return entity.version(lang).path

    def localized(self, file: str, lang: str) -> str:
        """`docs/about.md` -> `docs/about.en.md` for English, where that file exists."""
        if lang == self.languages[0]:
            return file
        stem = strip_language(file[: -len(".md")], self.languages)
        translated = f"{stem}.{lang}.md"
        return translated if translated in self.pages else file

    def file_at_address(self, path: str) -> str | None:
        """The repository file of the page at site address `path` (`/en/themes/work/`)."""
        parts = [p for p in path.split("/") if p]
        if parts and parts[-1] in ("index.html", "index.md"):
            parts.pop()
        lang = self.languages[0]
        if parts and parts[0] in self.languages[1:]:
            lang = parts.pop(0)
        address = "/".join(parts)
        if address.endswith(".html"):
            address = address[: -len(".html")]
        article = self.magazine.article(address)
        if article is not None:
            return article.version(lang).path
        for candidate in (f"docs/{address}.md", f"docs/{address}/index.md".replace("//", "/")):
            if candidate in self.pages:
                return self.localized(candidate, lang)
        return None


@functools.lru_cache(maxsize=1024)
def anchor_ids(body: str) -> frozenset[str]:
    """The ids a page's Markdown gives its headings and notes, as the site renders them."""
    html = markdown.Markdown(extensions=ID_EXTENSIONS,
                             extension_configs=with_safe_heading_ids({})).convert(body)
    return frozenset(ID_ATTRIBUTE.findall(html))
