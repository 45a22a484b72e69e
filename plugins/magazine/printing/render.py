"""The print edition as one HTML document: cover, colophon, contents and every article.

Each article's Markdown is rendered with Python-Markdown and the extensions of `mkdocs.yml`, plus
one tree step of ours that makes the article fit in one document: its ids are prefixed, a link to
another article of the edition becomes an in-document link that prints its page ("zie p. 12"),
a link to the web keeps its address for printing, and images point at their files. The page
itself comes from the Jinja templates in `printing/templates/` (autoescape on).
"""

from __future__ import annotations

import os
import posixpath
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlsplit

import markdown
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from ..content.diagnostics import Diagnostic, Report
from ..content.html_policy import sanitize
from ..content.links import is_valid_url, resolve
from ..content.mkdocs_yml import i18n_languages, plugin_options, read_mkdocs_yml
from ..content.model import Article, Magazine
from ..content.repository_paths import inside_repository
from ..content.ui_strings import Strings
from ..content.urls import Urls
from .edition import Edition

# Not under magazine/templates/: MkDocs would copy print.css from there into the site.
TEMPLATES = Path(__file__).resolve().parent / "templates"
# Run after every other tree step (toc at 5, footnotes at 50), so ids and links are final.
PRIORITY = -50
FIRST_FOLIO = 1  # the cover is page 1 of the page counter, though it shows no number


@dataclass
class SiteSettings:
    """What the print edition takes from `mkdocs.yml`: Markdown extensions, address, names."""

    extensions: list[Any] = field(default_factory=list)
    extension_configs: dict[str, dict[str, Any]] = field(default_factory=dict)
    site_url: str = ""
    site_names: dict[str, str] = field(default_factory=dict)
    edition: str | None = None  # the magazine plugin's `edition` option


def read_site_settings(root: str | os.PathLike[str]) -> SiteSettings:
    """The Markdown extensions, site address and site names of the magazine's mkdocs.yml."""
    config = read_mkdocs_yml(root)
    extensions: list[Any] = []
    configs: dict[str, dict[str, Any]] = {}
    for item in config.get("markdown_extensions") or []:
        if isinstance(item, str):
            extensions.append(item)
        elif isinstance(item, dict):
            for name, options in item.items():
                extensions.append(name)
                configs[name] = dict(options or {})
    # Permalink signs mean nothing on paper.
    if "toc" in configs:
        configs["toc"].pop("permalink", None)
    edition = (plugin_options(config, "magazine") or {}).get("edition") or None
    default_name = str(config.get("site_name") or "")
    names = {str(language["locale"]): str(language.get("site_name") or default_name)
             for language in i18n_languages(config)}
    names.setdefault("nl", default_name)
    return SiteSettings(extensions, configs, str(config.get("site_url") or ""), names,
                        str(edition) if edition else None)


def article_anchor(article: Article) -> str:
    return f"art-{article.folder}-{article.slug}"


class Renderer:
    """Renders one edition in one language as HTML, given the folio each article begins on."""

    def __init__(self, magazine: Magazine, edition: Edition, lang: str,
                 settings: SiteSettings) -> None:
        self.magazine = magazine
        self.edition = edition
        self.lang = lang
        self.settings = settings
        self.t = Strings(lang)
        self.urls = Urls(magazine.default_language, settings.site_url)
        self.root = Path(magazine.root).resolve()
        self.report = Report()
        self.env = Environment(loader=FileSystemLoader(str(TEMPLATES)),
                               autoescape=select_autoescape(default=True, default_for_string=True))
        self._bodies: dict[str, str] = {}

    @property
    def diagnostics(self) -> list[Diagnostic]:
        return self.report.sorted()

    def body(self, article: Article) -> str:
        """The article's text as HTML, rendered once."""
        if article.key not in self._bodies:
            version = article.version(self.lang)
            tree_step = PrintTree(self, article, version.path)
            md = markdown.Markdown(
                extensions=[*self.settings.extensions, PrintExtension(tree_step)],
                extension_configs=self.settings.extension_configs,
            )
            # No script, frame or attachment from content (content/html_policy.py).
            self._bodies[article.key] = sanitize(md.convert(version.body), for_print=True)
        return self._bodies[article.key]

    def html(self, folios: dict[str, int] | None = None, variant: str = "screen",
             pad_pages: int = 0) -> str:
        """The whole edition. `folios` maps article keys to the page they begin on; without them
        the contents hold placeholders of the same width (the first of two layout passes)."""
        t = self.t
        sections = []
        first = True
        for section in self.edition.sections:
            title = section.title_in(self.lang)
            items = []
            for index, article in enumerate(section.articles):
                version = article.version(self.lang)
                items.append({
                    "anchor": article_anchor(article),
                    "key": article.key,
                    "kind": t(article.kind),
                    "title": version.title,
                    "summary": version.summary,
                    "authors": article.authors,
                    "date": t.date(article.date),
                    "themes": [self.magazine.themes[id].version(self.lang).title
                               for id in article.themes if id in self.magazine.themes],
                    "lang": version.lang,
                    "untranslated": "" if article.has(self.lang) else t(
                        "untranslated", language=t.language(version.lang)),
                    "example": t("example_notice") if article.status == "example" else "",
                    "body": self.body(article),
                    "sources": version.sources,
                    "folio": str(folios[article.key]) if folios and article.key in folios
                    else "000",
                    "section_start": index == 0,
                    "first": first,
                })
                first = False
            sections.append({"title": title, "articles": items})
        template = self.env.get_template("edition.html")
        return template.render(
            lang=self.lang, t=t, site_name=self.settings.site_names.get(self.lang)
            or self.edition.title_in(self.lang),
            edition=self.edition, edition_title=self.edition.title_in(self.lang),
            date=t.date(self.edition.date), iso_date=self.edition.date.isoformat(),
            cover=(self.root / self.edition.cover).as_uri() if self.edition.cover else "",
            site_url=self.settings.site_url, sections=sections, variant=variant,
            pad_pages=range(pad_pages),
            css=(TEMPLATES / "print.css").read_text(encoding="utf-8"),
            authors=sorted({a for s in self.edition.sections for x in s.articles
                            for a in x.authors}),
        )


class PrintExtension(Extension):
    def __init__(self, step: PrintTree) -> None:
        super().__init__()
        self.step = step

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        self.step.md = md
        md.treeprocessors.register(self.step, "magazine_print", PRIORITY)


class PrintTree(Treeprocessor):
    """Make one article's tree fit in the edition: ids, links between articles, images."""

    def __init__(self, renderer: Renderer, article: Article, source: str) -> None:
        super().__init__()
        self.renderer = renderer
        self.article = article
        self.source = source  # the Markdown file, relative to the repository
        self.prefix = article_anchor(article) + "-"

    def run(self, root: etree.Element) -> None:
        in_edition = {a.key for a in self.renderer.edition.articles}
        for element in root.iter():
            if element.get("id"):
                element.set("id", self.prefix + element.get("id", ""))
        for parent in list(root.iter()):
            for index, element in enumerate(list(parent)):
                if element.tag == "a":
                    self.link(element, in_edition)
                elif element.tag == "img":
                    replacement = self.image(element)
                    if replacement is not None:
                        replacement.tail = element.tail
                        parent.remove(element)
                        parent.insert(index, replacement)

    def link(self, anchor: etree.Element, in_edition: set[str]) -> None:
        href = anchor.get("href") or ""
        if href.startswith("#"):
            anchor.set("href", "#" + self.prefix + href[1:])
            return
        if not is_valid_url(href):
            return  # reported by the content check, with its line
        parts = urlsplit(href)
        if parts.scheme in ("http", "https", "mailto"):
            address = parts.path if parts.scheme == "mailto" else href
            if "".join(anchor.itertext()).strip() != address:  # an autolink shows it already
                _add_class(anchor, "external")
                anchor.set("data-print", address)
            return
        renderer = self.renderer
        ref = resolve(self.source, href, renderer.magazine.languages)
        if ref is None:
            return
        if not renderer.magazine.publishes(ref):  # a draft or a missing file: the text alone
            anchor.tag = "span"
            anchor.attrib.clear()
            return
        lang, urls = renderer.lang, renderer.urls
        if ref.kind == "article":
            target = renderer.magazine.article(ref.id)
            assert target is not None  # it is published, see above
            if ref.id in in_edition:
                anchor.set("href", "#" + article_anchor(target))
                _add_class(anchor, "xref")
                return
            url = urls.article(target, lang)
        elif ref.kind == "theme":
            url = urls.theme(ref.id, lang)
        else:
            url = urls.session(ref.id, lang)
        address = urls.absolute(url)
        anchor.set("href", address)
        anchor.set("data-print", address)
        _add_class(anchor, "external")

    def image(self, img: etree.Element) -> etree.Element | None:
        """Point the image at its file; a missing image becomes a visible note and a message."""
        src = img.get("src") or ""
        parts = urlsplit(src) if is_valid_url(src) else None
        root = self.renderer.root
        problem = ""
        if parts is None:
            problem = f"the image '{src}' is not a valid address"
        elif parts.scheme or parts.netloc:
            problem = f"the image '{src}' is on the web and is not printed"
        else:
            relative = posixpath.normpath(posixpath.join(posixpath.dirname(self.source),
                                                         unquote(parts.path)))
            candidates = [root / relative]
            if relative.startswith("../"):  # written as the site sees it, from docs/
                candidates.append(root / "docs" / posixpath.normpath(relative[3:]))
            for candidate in candidates:
                candidate = inside_repository(root, candidate)  # after symlinks, not hidden
                if candidate is not None and candidate.is_file():
                    # Relative to the document's base, the repository: no file: address needed.
                    img.set("src", quote(candidate.relative_to(root).as_posix()))
                    return None
            problem = f"the image '{src}' does not exist"
        self.renderer.report.error(
            self.source, self._line_of(src), problem + "; the PDF shows a note in its place",
            "put the image in docs/images/ and link it relative to this file, "
            "such as ../docs/images/<name>")
        note = etree.Element("span", {"class": "missing-image"})
        note.text = self.renderer.t("missing_image", image=img.get("alt") or src)
        return note

    def _line_of(self, needle: str) -> int:
        version = self.article.version(self.renderer.lang)
        for offset, line in enumerate(version.body.split("\n")):
            if needle and needle in line:
                return version.body_line + offset
        return version.body_line


def _add_class(element: etree.Element, name: str) -> None:
    classes = (element.get("class") or "").split()
    if name not in classes:
        element.set("class", " ".join([*classes, name]))


