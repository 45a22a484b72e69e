"""The print edition as one HTML document: cover, foreword and colophon, contents, every
article, back cover.

Each article's Markdown is rendered with Python-Markdown and the extensions of `mkdocs.yml`, plus
one tree step of ours that makes the article fit in a magazine: its ids are prefixed; a link to
another article of the edition becomes an in-document link that prints its page ("zie p. 12");
a link to the web, a theme or a session gets a note number, its address goes to the list at the
end of the article (never into the justified running text, and never a placeholder address);
pictures point at their files in the repository and become figures with caption and credit;
an interview's questions and an editor's pull quotes get their own classes. The page itself
comes from the Jinja templates in `printing/templates/` (autoescape on).
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
from ..content.html_policy import sanitize, with_safe_heading_ids
from ..content.knowledge_map import knowledge_map
from ..content.links import docs_page, is_valid_url, picture_name, resolve
from ..content.markdown_cost import costly_paragraph, defused
from ..content.mkdocs_yml import (
    i18n_languages,
    markdown_extensions,
    plugin_options,
    read_mkdocs_yml,
)
from ..content.model import Article, Magazine, Session
from ..content.repository_paths import inside_repository
from ..content.ui_strings import Strings
from ..content.urls import Urls
from .edition import Edition, agenda_anchor, agenda_key, in_language

# Not under magazine/templates/: MkDocs would copy print.css from there into the site.
TEMPLATES = Path(__file__).resolve().parent / "templates"
# Run after every other tree step (toc at 5, footnotes at 50), so ids and links are final.
PRIORITY = -50
FIRST_FOLIO = 1  # the cover is page 1 of the page counter, though it shows no number
FRONT_END = "front-end"  # the anchor that stands in for the first article in a front-only layout
# The sessions at a glance fill one page: up to 8 with their place and description, up to 20
# with their titles, dates and numbers (two to a row).
GLANCE_DESCRIBED, GLANCE_MOST = 8, 20
BACK_MOST = 40  # articles named on the back cover, in its two columns
# Hosts that only stand in for a real address: such an address is never printed.
PLACEHOLDER_HOSTS = ("example.org", "example.com", "example.net", "localhost")
PLACEHOLDER_SUFFIXES = (".example", ".test", ".invalid", ".localhost")


def is_real_site_url(site_url: str) -> bool:
    """Whether `site_url` is an address a reader could visit (not empty, not example.org)."""
    host = (urlsplit(site_url).hostname or "").lower() if is_valid_url(site_url) else ""
    if not host:
        return False
    return not (any(host == h or host.endswith("." + h) for h in PLACEHOLDER_HOSTS)
                or host.endswith(PLACEHOLDER_SUFFIXES))


@dataclass
class Note:
    """A web address printed in the list at the end of an article, with its number in the text."""

    number: int
    text: str
    address: str


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
    extensions, configs = markdown_extensions(config)
    with_safe_heading_ids(configs)
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
        self.site_url = settings.site_url if is_real_site_url(settings.site_url) else ""
        if not self.site_url:
            self.report.warning(
                "mkdocs.yml", _line_of_key(self.root / "mkdocs.yml", "site_url"),
                f"the site address '{settings.site_url}' is an example address; the print edition "
                "leaves web addresses of themes, sessions and articles out",
                "set SITE_URL to the magazine's real address when you build the edition to print")
        self.env = Environment(loader=FileSystemLoader(str(TEMPLATES)),
                               autoescape=select_autoescape(default=True, default_for_string=True))
        self._bodies: dict[str, str] = {}
        self._notes: dict[str, list[Note]] = {}
        # Where each picture file is named (file -> path and line), for messages about its print.
        self.picture_places: dict[Path, tuple[str, int]] = {}

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
            self._notes[article.key] = tree_step.notes
        return self._bodies[article.key]

    def notes(self, article: Article) -> list[Note]:
        self.body(article)
        return self._notes[article.key]

    def file_uri(self, path: str | None, named_in: str = "", key: str = "") -> str:
        """A repository-relative path as a file address, only if it stays inside the repository;
        remembered as named by `key` of the file `named_in`."""
        if not path:
            return ""
        candidate = inside_repository(self.root, self.root / path)  # after symlinks
        if candidate is None or not candidate.is_file():
            return ""
        if named_in and candidate not in self.picture_places:  # read its line once, not per pass
            self.picture_places[candidate] = (named_in, _line_of_key(self.root / named_in, key))
        return candidate.as_uri()

    def image_source(self, article: Article) -> str:
        """The file whose front matter names the article's lead picture: this language's, or
        the one it takes the picture from."""
        own = article.version(self.lang).path
        return next((v.path for v in [article.version(self.lang), *article.versions.values()]
                     if _line_of_key(self.root / v.path, "image") > 1), own)

    def html(self, folios: dict[str, int] | None = None, variant: str = "screen",
             extra_pages: int = 0, page_css: str = "", front_only: bool = False,
             back_only: bool = False) -> str:
        """The whole edition. `folios` maps article keys to the page they begin on; without them
        the contents hold placeholders of the same width (the first of two layout passes).
        `variant`: "print" is the printer's sheet, the one layout both PDFs are made from
        (pdf.py), with `page_css` its page; "screen" the same edition in RGB, to look at.
        `extra_pages`: how many pages go before the back cover (see `extra_pages`).
        `front_only`: the cover, colophon and contents, and a marker where the articles begin;
        `back_only`: the extra pages and the back cover."""
        t = self.t
        sections = []
        first = True
        for section in self.edition.sections:
            title = section.title_in(self.lang)
            items = []
            for index, article in enumerate(section.articles):
                version = article.version(self.lang)
                items.append({
                    "folder": article.folder,
                    "image": self.file_uri(article.image, self.image_source(article), "image"),
                    "image_alt": version.image_alt,
                    "image_credit": version.image_credit,
                    "notes": self.notes(article),
                    "opens_right": index == 0 and section.right_hand,
                    "anchor": article_anchor(article),
                    "key": article.key,
                    "kind": t(article.kind),
                    "title": version.title,
                    "summary": version.summary,
                    "authors": self.magazine.byline(article, self.lang),
                    "date": t.date(article.date),
                    "themes": [self.magazine.themes[id].version(self.lang).title
                               for id in article.themes if id in self.magazine.themes],
                    "lang": version.lang,
                    "untranslated": "" if article.has(self.lang) else t(
                        "untranslated", language=t.language(version.lang)),
                    "example": article.status == "example",
                    "body": self.body(article),
                    "sources": version.sources,
                    "folio": str(folios[article.key]) if folios and article.key in folios
                    else "000",
                    "section_start": index == 0,
                    "first": first,
                })
                first = False
            sections.append({"title": title, "articles": items,
                             "agendas": [self.agenda(session, folios, index == 0 and not items)
                                         for index, session in enumerate(section.agendas)]})
        by_key = {item["key"]: item for section in sections for item in section["articles"]}
        edition, lang = self.edition, self.lang
        site_name = self.settings.site_names.get(lang) or edition.title_in(lang)
        template = self.env.get_template("edition.html")
        return template.render(
            lang=lang, t=t, site_name=site_name,
            edition=edition, edition_title=edition.title_in(lang),
            number=edition.number,
            date=t.date(edition.date), iso_date=edition.date.isoformat(),
            cover=self.file_uri(edition.cover, edition.source or "", "cover"),
            cover_lines=[by_key[a.key] for a in edition.cover_lines if a.key in by_key],
            back_cover=in_language(edition.back_cover, lang),
            foreword=self.markdown(in_language(edition.foreword, lang)),
            # Only what the edition file says: a publisher or licence is never made up.
            publisher=in_language(edition.publisher, lang),
            author=in_language(edition.publisher, lang) or ", ".join(
                in_language(edition.editors, lang) or []) or site_name,
            editors=in_language(edition.editors, lang) or [],
            licence=in_language(edition.licence, lang),
            contact=in_language(edition.contact, lang),
            original=in_language(edition.original, lang),
            site_url=self.site_url, sections=sections, variant=variant,
            extra_pages=self.extra_pages(extra_pages), page_css=page_css,
            front_only=front_only, back_only=back_only,
            front_end=FRONT_END,
            back_contents=back_contents(sections),
            css=(TEMPLATES / "print.css").read_text(encoding="utf-8"),
            authors=sorted({a for s in edition.sections for x in s.articles
                            for a in self.magazine.byline(x, lang)}),
            themes=sorted({theme for item in by_key.values() for theme in item["themes"]}),
            knowledge_map=(knowledge_map(self.magazine, lang, Urls(self.magazine.default_language))
                           if edition.map else None),
        )

    def agenda(self, session: Session, folios: dict[str, int] | None,
               section_start: bool) -> dict[str, Any]:
        """A session's action agenda as a page of the edition: each action, where it stands, and
        what came of it, with its sources."""
        t, lang = self.t, self.lang
        version = session.version(lang)
        key = agenda_key(session)
        actions = []
        for action in session.actions:
            words = action.lang_of(lang)
            actions.append({
                "text": action.text[words], "lang": words, "by": action.by.get(words, []),
                "state": t(f"state_{action.state}"),
                "themes": [self.magazine.themes[id].version(lang).title for id in action.themes
                           if id in self.magazine.themes],
                "history": [{"date": t.date(c.date), "state": t(f"state_{c.state}"),
                             "source": c.source} for c in action.history.get(words, [])],
            })
        return {
            "key": key, "anchor": agenda_anchor(session), "title": version.title,
            "lang": version.lang, "example": session.status == "example", "actions": actions,
            "folio": str(folios[key]) if folios and key in folios else "000",
            "section_start": section_start,
        }

    def extra_pages(self, count: int) -> list[dict[str, Any]]:
        """The `count` pages before the back cover: what the edition file chose, in its order,
        then blank pages (the check has said that the edition chose too few)."""
        pages: list[dict[str, Any]] = []
        for index in range(count):
            chosen = self.edition.extra_pages
            # Past the editor's list, more notes pages if notes were chosen, else blank pages.
            kind = (chosen[index] if index < len(chosen)
                    else "notes" if "notes" in chosen else "blank")
            page: dict[str, Any] = {"kind": kind}
            if kind == "blank":
                source = self.edition.source or "mkdocs.yml"
                self.report.warning(
                    source, _line_of_key(self.root / source, "extra_pages"),
                    f"{count - index} page(s) before the back cover stay blank: the edition "
                    "chose nothing for them (the count of a printed magazine is a multiple of "
                    "four)", "add 'extra_pages: [sessions, notes]' to the edition file")
            if kind == "sessions":
                page.update(self.sessions_at_a_glance())
            pages.append(page)
        return pages

    def sessions_at_a_glance(self) -> dict[str, Any]:
        """The sessions for their page: each with its description while few enough fit on one
        page with theirs, their titles alone while more do, and past that the first ones and how
        many more the site has (the page must stay one page: see `pdf.py`)."""
        sessions = sorted(self.magazine.sessions.values(), key=lambda s: s.order)
        described = len(sessions) <= GLANCE_DESCRIBED
        shown = sessions[:GLANCE_MOST]
        return {"sessions": [{
            "number": self.t("session_number", n=s.number) if s.number else "",
            "title": s.version(self.lang).title,
            "lang": s.version(self.lang).lang,
            "date": self.t.date(s.date) if s.date else self.t("date_unknown"),
            "place": in_language(s.place, self.lang) if s.place and described else "",
            "description": _shortened(in_language(s.description, self.lang), 45)
            if s.description and described else "",
        } for s in shown], "more": len(sessions) - len(shown)}

    def markdown(self, text: str) -> str:
        """A short text of the edition file (the foreword) as HTML; raw HTML in it is escaped."""
        if not text:
            return ""
        if costly_paragraph(text):  # an error of the check; printed as plain text meanwhile
            text = defused(text)
        md = markdown.Markdown(extensions=["smarty"])
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        # The same policy as an article's text: no script address, no link to a file.
        return sanitize(md.convert(text), for_print=True)


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
        self.notes: list[Note] = []

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
        for index, element in enumerate(list(root)):
            if element.tag == "p":
                figure = self.figure(element)
                if figure is not None:
                    root.remove(element)
                    root.insert(index, figure)
                elif self.article.folder == "interviews" and _is_question(element):
                    _add_class(element, "question")
            elif element.tag == "blockquote" and _is_pull_quote(element):
                _add_class(element, "pull-quote")
        credit_inline_pictures(root)

    def note(self, anchor: etree.Element, address: str) -> None:
        """Give the link a note number; its address goes to the list at the end of the article."""
        for note in self.notes:
            if note.address == address:
                break
        else:
            note = Note(len(self.notes) + 1, "".join(anchor.itertext()).strip(), address)
            self.notes.append(note)
        anchor.set("href", address)
        anchor.set("data-note", str(note.number))
        _add_class(anchor, "noted")

    def figure(self, paragraph: etree.Element) -> etree.Element | None:
        """A paragraph that holds only a picture becomes a figure with its caption and credit:
        column wide, or across the page with `{ .wide }` after the picture."""
        children = list(paragraph)
        if (len(children) != 1 or children[0].tag != "img" or (paragraph.text or "").strip()
                or (children[0].tail or "").strip()):
            return None
        img = children[0]
        classes = (img.get("class") or "").split()
        wide = bool({"wide", "full"} & set(classes))
        figure = etree.Element("figure", {"class": "figure wide" if wide else "figure"})
        caption, credit = img.attrib.pop("title", ""), img.attrib.pop("credit", "")
        img.tail = None
        figure.append(img)
        if caption or credit:
            figcaption = etree.SubElement(figure, "figcaption")
            figcaption.text = caption
            if credit:
                small = etree.SubElement(figcaption, "span", {"class": "credit"})
                small.text = credit
        return figure

    def link(self, anchor: etree.Element, in_edition: set[str]) -> None:
        href = anchor.get("href") or ""
        if href.startswith("#"):
            anchor.set("href", "#" + self.prefix + href[1:])
            return
        if not is_valid_url(href):
            _plain(anchor)  # reported by the content check, with its line
            return
        parts = urlsplit(href)
        if parts.scheme in ("http", "https", "mailto"):
            address = parts.path if parts.scheme == "mailto" else href
            if "".join(anchor.itertext()).strip() != address:  # an autolink shows it already
                self.note(anchor, address)
            else:
                _add_class(anchor, "address")
            return
        renderer = self.renderer
        ref = resolve(self.source, href, renderer.magazine.languages)
        if ref is None:
            # A hand-written page of docs/ prints as its web address; any other address (a
            # file, another scheme) would be a file: link in the PDF: the words alone.
            url = self.docs_page_url(href)
            if url is None or not renderer.site_url:
                _plain(anchor)
            else:
                self.note(anchor, renderer.urls.absolute(url))
            return
        if not renderer.magazine.publishes(ref):  # a draft or a missing file: the text alone
            _plain(anchor)
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
        if not renderer.site_url:  # no real address to give: the words alone (see Renderer)
            _plain(anchor)
            return
        self.note(anchor, urls.absolute(url))

    def docs_page_url(self, href: str) -> str | None:
        """The site address of the hand-written page of docs/ that `href` names, if it exists."""
        renderer = self.renderer
        page = docs_page(posixpath.dirname(self.source), href, renderer.magazine.languages)
        if page is None or not (renderer.root / "docs" / page).is_file():
            return None
        stem = page.removesuffix(".md")
        path = stem.removesuffix("index") if stem == "index" or stem.endswith("/index") else stem
        return renderer.urls.page(renderer.urls.prefix(renderer.lang) + path)

    def image(self, img: etree.Element) -> etree.Element | None:
        """Point the image at its file; a missing image becomes a visible note and a message."""
        src = img.get("src") or ""
        parts = urlsplit(src) if is_valid_url(src) else None
        root = self.renderer.root
        problem = ""
        if (self.source, src) in self.renderer.magazine.broken_links:
            return self.missing(img, src)  # a damaged picture, reported by the content check
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
                    self.renderer.picture_places.setdefault(
                        candidate, (self.source, self._line_of(src)))
                    return None
            problem = f"the image '{src}' does not exist"
        self.renderer.report.error(
            self.source, self._line_of(src), problem + "; the PDF shows a note in its place",
            "put the picture in docs/images/ and write its path from this file, "
            f"such as ../docs/images/{picture_name(src)}")
        return self.missing(img, src)

    def missing(self, img: etree.Element, src: str) -> etree.Element:
        """A visible note where a picture cannot be printed."""
        note = etree.Element("span", {"class": "missing-image"})
        note.text = self.renderer.t("missing_image", image=img.get("alt") or src)
        return note

    def _line_of(self, needle: str) -> int:
        version = self.article.version(self.renderer.lang)
        for offset, line in enumerate(version.body.split("\n")):
            if needle and needle in line:
                return version.body_line + offset
        return version.body_line


def credit_inline_pictures(root: etree.Element) -> None:
    """A picture within a sentence is no figure: its credit follows it in the line, as on the
    site, so that a CC BY credit is printed wherever its picture is."""
    for parent in list(root.iter()):
        for img in list(parent):
            credit = img.attrib.pop("credit", "") if img.tag == "img" else ""
            if credit:
                small = etree.Element("span", {"class": "credit inline-credit"})
                small.text = credit
                small.tail, img.tail = img.tail, " "
                parent.insert(list(parent).index(img) + 1, small)


def back_contents(sections: list[dict[str, Any]]) -> dict[str, Any]:
    """The back cover's list of what is in the edition: its first BACK_MOST articles, by section,
    and how many more there are (the back cover is one page)."""
    shown, left = [], BACK_MOST
    for section in sections:
        articles = section["articles"][:left]
        if articles:
            shown.append({"title": section["title"], "articles": articles})
        left -= len(articles)
    total = sum(len(section["articles"]) for section in sections)
    return {"sections": shown, "more": total - (BACK_MOST - left)}


def _shortened(text: str, words: int) -> str:
    """The first `words` words of `text`, with an ellipsis when it goes on."""
    parts = str(text).split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def _plain(anchor: etree.Element) -> None:
    anchor.tag = "span"
    anchor.attrib.clear()


def _is_question(paragraph: etree.Element) -> bool:
    """In an interview, a paragraph that is bold from start to end is a question."""
    children = list(paragraph)
    return (len(children) == 1 and children[0].tag in ("strong", "b")
            and not (paragraph.text or "").strip() and not (children[0].tail or "").strip())


def _is_pull_quote(quote: etree.Element) -> bool:
    """`> words` with `{ .pull }` on its last line: a pull quote, set large between the columns."""
    if "pull" in (quote.get("class") or "").split():
        return True
    return any("pull" in (p.get("class") or "").split() for p in quote)


def _line_of_key(file: Path, key: str) -> int:
    try:
        lines = file.read_text(encoding="utf-8").splitlines()
    except OSError:
        return 1
    return next((n for n, line in enumerate(lines, start=1) if line.startswith(f"{key}:")), 1)


def _add_class(element: etree.Element, name: str) -> None:
    classes = (element.get("class") or "").split()
    if name not in classes:
        element.set("class", " ".join([*classes, name]))


