"""What a print edition holds: its title, date, cover and flatplan (sections of articles, in order).

An edition is written by an editor in `docs/editions/<id>.md` front matter:

```yaml
---
title: {nl: Kennis door, voor en over nieuwkomers, en: Knowledge by, for and about newcomers}
number: 1                        # optional, printed on the cover
date: 2020-06-01
cover: images/cover.jpg          # optional, relative to the repository or to docs/
cover_lines: [essays/leren-door-te-doen, practices/een-pip-maken]  # 2 or 3, never an example
back_cover: {nl: Een korte tekst., en: A short text.}   # optional
foreword: {nl: ..., en: ...}     # optional, on the page after the cover (Markdown)
publisher: {nl: ..., en: ...}    # colophon fields, one text or one per language: only when known
editors: {nl: [De redactie], en: [The editors]}
licence: {nl: ..., en: ...}      # the check warns when it is missing; never guess it
contact: {nl: ..., en: ...}      # how readers reach the editors: colophon and back cover
original: {nl: ..., en: ...}     # who made the work this edition rests on: colophon
extra_pages: [sessions, notes]   # what fills the pages that make the count a multiple of four
map: true                        # optional: the map of the knowledge base, after the contents
sections:
  - title: {nl: De aanpak, en: The approach}
    right_hand: true             # the section opens on a right-hand page
    articles: [essays/leren-door-te-doen, practices/een-maaksessie-organiseren]
    agendas: [2019-05-food-valley]   # optional: sessions whose action agenda is printed as a page
---
```

Without an edition file the edition holds every published article, grouped by kind, newest first.
A key that names no published article is reported (file, line, nearest key) and left out, so the
PDF is still complete.

A printed magazine has a multiple of four pages, with the back cover last. The pages that takes
after the last article carry what the editor chose in `extra_pages`, in that order: `sessions`
(the Making Sessions at a glance: number, date, place, title) or `notes` (a page for the reader's
notes). Without a choice they stay blank, and the check says so.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import markdown

from ..content.body_check import MKDOCS_EXTENSIONS, locate, may_hold_problems
from ..content.diagnostics import Diagnostic, Report
from ..content.fields import renaming, suggestion
from ..content.frontmatter import Document, FrontMatterError, read_document
from ..content.html_policy import problems_in
from ..content.loader import warn_first_emoji
from ..content.markdown_cost import costly_paragraph
from ..content.model import KINDS, Article, Magazine, Session
from ..content.repository_paths import inside_repository
from ..content.ui_strings import Strings

EDITIONS_DIR = "docs/editions"
EDITION_FIELDS = ("title", "number", "date", "cover", "cover_lines", "back_cover", "foreword",
                  "publisher", "editors", "licence", "contact", "original", "extra_pages",
                  "sections", "map")
EXTRA_PAGES = ("sessions", "notes")  # what an editor can choose for the pages before the back
SECTION_FIELDS = ("title", "right_hand", "articles", "agendas")
# The fields that are text printed in the edition (the foreword as Markdown).
TEXT_FIELDS = ("title", "number", "cover_lines", "back_cover", "foreword", "publisher", "editors",
               "licence", "contact", "original")


@dataclass
class EditionSection:
    """One section of the flatplan: a heading and its articles in order."""

    title: dict[str, str]  # per language; a missing language falls back to the first one given
    articles: list[Article]
    right_hand: bool = False  # the section's first article opens on a right-hand page
    agendas: list[Session] = field(default_factory=list)  # action agendas, after the articles

    def title_in(self, lang: str) -> str:
        return in_language(self.title, lang)


@dataclass
class Edition:
    id: str
    title: dict[str, str]
    date: dt.date
    sections: list[EditionSection]
    cover: str | None = None  # path relative to the repository, checked to exist
    # The colophon and covers, each per language (see `in_language`).
    publisher: dict[str, str] = field(default_factory=dict)
    editors: dict[str, list[str]] = field(default_factory=dict)
    licence: dict[str, str] = field(default_factory=dict)
    contact: dict[str, str] = field(default_factory=dict)  # how readers reach the editors
    original: dict[str, str] = field(default_factory=dict)  # credits of the original project
    back_cover: dict[str, str] = field(default_factory=dict)
    foreword: dict[str, str] = field(default_factory=dict)  # Markdown
    number: str = ""
    cover_lines: list[Article] = field(default_factory=list)
    source: str = ""  # the edition file, "" for the default edition
    extra_pages: list[str] = field(default_factory=list)  # of EXTRA_PAGES, in the order chosen
    map: bool = False  # the map of the knowledge base as a page after the contents

    def title_in(self, lang: str) -> str:
        return in_language(self.title, lang)

    @property
    def articles(self) -> list[Article]:
        return [article for section in self.sections for article in section.articles]

    @property
    def agendas(self) -> list[Session]:
        return [session for section in self.sections for session in section.agendas]


def agenda_key(session: Session) -> str:
    """How the layout and the contents know a session's action agenda page: "agenda:<id>"."""
    return f"agenda:{session.id}"


def agenda_anchor(session: Session) -> str:
    """The anchor of a session's action agenda page in the edition's HTML."""
    return f"agenda-{session.id}"


def in_language(texts: dict[str, Any], lang: str) -> Any:
    """The text for `lang`, else the first one given (an edition may be written in one language)."""
    if lang in texts:
        return texts[lang]
    return next(iter(texts.values()), "")


def default_edition(magazine: Magazine, site_names: dict[str, str]) -> Edition:
    """Every published article, grouped by kind (essays, interviews, practices), newest first."""
    sections = []
    for folder in KINDS:
        articles = [a for a in magazine.of_folder(folder) if a.status != "draft"]
        if articles:
            title = {lang: Strings(lang)(folder) for lang in magazine.languages}
            sections.append(EditionSection(title, articles))
    newest = max((a.date for a in magazine.articles), default=dt.date.today())
    return Edition("default", dict(site_names), newest, sections)


def load_edition(
    magazine: Magazine, edition_id: str | None, site_names: dict[str, str]
) -> tuple[Edition, list[Diagnostic]]:
    """The edition `edition_id` (from docs/editions/<id>.md), or the default edition if None."""
    report = Report()
    if not edition_id:
        return default_edition(magazine, site_names), []
    root = Path(magazine.root)
    path = f"{EDITIONS_DIR}/{edition_id}.md"
    fallback = default_edition(magazine, site_names)
    try:
        raw = (root / path).read_bytes()
        doc = read_document(raw)
    except FileNotFoundError:
        existing = sorted(p.stem for p in (root / EDITIONS_DIR).glob("*.md"))
        report.error(path, 1, f"there is no edition '{edition_id}'",
                     suggestion(edition_id, existing)
                     or f"write {path} or choose one of: {', '.join(existing) or 'none yet'}")
        return fallback, report.sorted()
    except FrontMatterError as error:
        report.error(path, error.line, error.message,
                     f"{error.hint}; until then the print edition holds every published article, "
                     "newest first", error.col)
        return fallback, report.sorted()
    meta = doc.meta
    check_texts(meta, raw.decode("utf-8-sig").replace("\r\n", "\n"), path, report)

    for key in meta:
        if key not in EDITION_FIELDS:
            report.warning(path, doc.line_of(key), f"unknown field '{key}' in the edition",
                           renaming(key, EDITION_FIELDS) or
                           f"the fields are: {', '.join(EDITION_FIELDS)}")

    title = _texts(meta.get("title"), magazine.languages) or dict(site_names)
    if "title" not in meta:
        report.warning(path, 1, "the edition has no title; the site's name is used",
                       "add a line such as 'title: Kennis door, voor en over nieuwkomers'")
    date = meta.get("date")
    if not isinstance(date, dt.date):
        if date is not None:
            report.error(path, doc.line_of("date"), f"the date '{date}' is not a date",
                         "write the date as year-month-day: date: 2020-06-01")
        date = fallback.date

    cover = None
    if meta.get("cover"):
        cover = _existing(root, str(meta["cover"]))
        if cover is None and _outside(root, str(meta["cover"])):
            report.error(path, doc.line_of("cover"), f"the cover image '{meta['cover']}' lies "
                         "outside the repository; the cover is printed without it",
                         "put the picture in docs/images/ and write cover: images/cover.jpg with its file name")
        elif cover is None:
            report.error(path, doc.line_of("cover"), f"the cover image '{meta['cover']}' does not "
                         "exist; the cover is printed without it",
                         "put the picture in docs/images/ and write cover: images/cover.jpg with its file name")

    sections: list[EditionSection] = []
    raw_sections = meta.get("sections")
    if raw_sections is None:
        sections = fallback.sections
    elif not isinstance(raw_sections, list):
        report.error(path, doc.line_of("sections"), "'sections' is not a list",
                     "write each section as '- title: ...' with 'articles: [essays/name, ...]'")
        sections = fallback.sections
    else:
        sections = _sections(magazine, raw_sections, path, doc, report)

    if "map" in meta and not isinstance(meta["map"], bool):
        report.error(path, doc.line_of("map"), "'map' must be true or false",
                     "write 'map: true' to print the map of the knowledge base after the contents")
    if not meta.get("licence"):
        report.warning(path, doc.line_of("licence") if "licence" in meta else 1,
                       "the edition has no licence, so readers may not know whether they may "
                       "copy or share it",
                       "add a line 'licence: ...' once the makers have chosen one; never guess it")
    edition = Edition(
        edition_id, title, date, sections, cover,
        publisher=_texts(meta.get("publisher"), magazine.languages),
        editors=_lists(meta.get("editors"), magazine.languages),
        licence=_texts(meta.get("licence"), magazine.languages),
        contact=_texts(meta.get("contact"), magazine.languages),
        original=_texts(meta.get("original"), magazine.languages),
        back_cover=_texts(meta.get("back_cover"), magazine.languages),
        foreword=_texts(meta.get("foreword"), magazine.languages),
        number=str(meta.get("number") or ""), source=path, map=meta.get("map") is True,
    )
    edition.cover_lines = _cover_lines(edition, meta.get("cover_lines"), path,
                                       doc.line_of("cover_lines"), report)
    edition.extra_pages = _extra_pages(meta.get("extra_pages"), path,
                                       doc.line_of("extra_pages"), report)
    return edition, report.sorted()


def check_texts(meta: dict[str, Any], text: str, path: str, report: Report) -> None:
    """Every text of the edition file under the rules of an article's text (`html_policy`):
    no script, no `javascript:` address; each problem on the line where it is written."""
    values = [meta.get(key) for key in TEXT_FIELDS]
    values += [section.get("title") for section in meta.get("sections") or []
               if isinstance(section, dict)]
    warn_first_emoji(report, path, [("text", value, 1) for value in _strings(values)],
                     whole_file=text)
    for value in _strings(values):
        costly = costly_paragraph(value)
        if costly is not None:  # the print edition reads it without waiting (`render.markdown`)
            line, col, _ = locate(text, 1, value[:40])
            report.error(path, line, "this text holds so many links or unclosed HTML tags that "
                         "reading it would take minutes",
                         "write a link as [words](address) and a '<' that is not a tag as &lt;",
                         col)
    texts = [value for value in _strings(values)
             if may_hold_problems(value) and costly_paragraph(value) is None]
    if not texts:
        return
    md = markdown.Markdown(extensions=list(MKDOCS_EXTENSIONS))
    searched_to: dict[str, int] = {}
    for value in texts:
        for problem in problems_in(md.reset().convert(value)):
            needle = problem.needle
            if problem.fallback and needle.lower() not in text.lower():
                needle = problem.fallback
            start = searched_to.get(needle.lower(), 0)
            line, col, searched_to[needle.lower()] = locate(text, 1, needle, start)
            add = report.error if problem.active else report.warning
            add(path, line, problem.message, problem.hint, col)


def _strings(value: Any) -> list[str]:
    """The texts in a value of the edition file: one text, a list, or one per language."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return []


def _extra_pages(raw: Any, path: str, line: int, report: Report) -> list[str]:
    """The kinds of page the editor chose for the pages before the back cover."""
    hint = f"write 'extra_pages: [sessions, notes]'; the kinds are: {', '.join(EXTRA_PAGES)}"
    if raw is None:
        return []
    if not isinstance(raw, list):
        report.error(path, line, "'extra_pages' is not a list", hint)
        return []
    chosen = []
    for item in raw:
        kind = str(item).strip()
        if kind in EXTRA_PAGES:
            chosen.append(kind)
        else:
            report.error(path, line, f"'{kind}' is not a kind of extra page",
                         suggestion(kind, EXTRA_PAGES) or hint)
    return chosen


def with_edition_problems(diagnostics: list[Diagnostic],
                          edition_problems: list[Diagnostic]) -> list[Diagnostic]:
    """The content's problems and the edition's, one line per problem: a mistake in the edition
    file that the content check also read is told once, in the edition's words, which say what
    is printed meanwhile."""
    said = {(d.path, d.line, d.col) for d in edition_problems if d.severity == "error"}
    kept = [d for d in diagnostics if (d.path, d.line, d.col) not in said
            or not d.path.startswith("docs/editions/")]
    return sorted({*kept, *edition_problems})


def check_edition(magazine: Magazine, edition_id: str | None) -> list[Diagnostic]:
    """The problems of the edition file, for `magazine check` and every build (PDFs or not)."""
    return load_edition(magazine, edition_id, {lang: "" for lang in magazine.languages})[1]


def _cover_lines(edition: Edition, raw: Any, path: str, line: int,
                 report: Report) -> list[Article]:
    """The articles the cover names: two or three of the edition's, in the order written."""
    if raw is None:
        return []
    hint = "write 'cover_lines: [essays/name, interviews/name]' with two or three of its articles"
    if not isinstance(raw, list):
        report.error(path, line, "'cover_lines' is not a list", hint)
        return []
    in_edition = {a.key: a for a in edition.articles}
    chosen = []
    for key in raw:
        key = str(key).strip().removesuffix(".md").strip("/")
        if key in in_edition and in_edition[key].status == "example":
            # The cover is the magazine's promise; a made-up person or scene must not carry it.
            report.error(path, line, f"the cover line '{key}' is an example (status: example)",
                         "name an article that is not an example on the cover")
        elif key in in_edition:
            chosen.append(in_edition[key])
        else:
            report.error(path, line, f"the cover line '{key}' is not an article of this edition",
                         suggestion(key, in_edition) or hint)
    if len(chosen) > 3:
        report.warning(path, line, f"{len(chosen)} cover lines: the cover has room for three",
                       "keep the two or three articles a reader should see first")
        chosen = chosen[:3]
    return chosen


def _sections(magazine: Magazine, raw: list[Any], path: str, doc: Document,
              report: Report) -> list[EditionSection]:
    """The edition's sections, each problem on the line of the entry it is about."""
    published = {a.key: a for a in magazine.articles if a.status != "draft"}
    seen: set[str] = set()
    sections = []
    for number, item in enumerate(raw, start=1):
        at = ("sections", number - 1)
        agendas = _agendas(magazine, item, number, path, doc, report)
        if isinstance(item, dict) and agendas and "articles" not in item:
            item = {**item, "articles": []}  # a section of action agendas only
        if not isinstance(item, dict) or not isinstance(item.get("articles"), list):
            report.error(path, doc.line_at(*at), f"section {number} has no list 'articles'",
                         "write 'articles: [essays/name, interviews/name]' under the section")
            continue
        for key in item:
            if key not in SECTION_FIELDS:
                report.warning(path, doc.line_at(*at, key),
                               f"unknown field '{key}' in section {number}",
                               renaming(str(key), SECTION_FIELDS) or
                               f"a section has: {', '.join(SECTION_FIELDS)}")
        title = _texts(item.get("title"), magazine.languages) or {
            lang: Strings(lang)("articles") for lang in magazine.languages}
        articles = []
        for index, key in enumerate(item["articles"]):
            key = str(key).strip().removesuffix(".md").strip("/")
            line = doc.line_at(*at, "articles", index)
            if key in seen:
                report.warning(path, line, f"the article '{key}' is in the edition twice",
                               "keep it in one section; it is printed once")
                continue
            article = published.get(key)
            if article is None:
                known = magazine.article(key) or key in magazine.drafts
                if not known and _has_file(Path(magazine.root), key, magazine.languages):
                    continue  # its file has errors of its own, reported there; it is left out
                if known:
                    hint = "publish it (status: published) or take it out of the edition"
                    message = f"the article '{key}' is a draft and is left out"
                else:
                    hint = suggestion(key, published) or (
                        "write it as folder/file name without .md, such as essays/leren-door-te-doen")
                    message = f"no published article '{key}'; it is left out of the edition"
                report.error(path, line, message, hint)
                continue
            seen.add(key)
            articles.append(article)
        sections.append(EditionSection(title, articles, item.get("right_hand") is True,
                                       agendas))
    return [s for s in sections if s.articles or s.agendas]


def _agendas(magazine: Magazine, item: Any, number: int, path: str, doc: Document,
             report: Report) -> list[Session]:
    """The sessions whose action agenda a section prints; each must have a documented one."""
    if not isinstance(item, dict) or item.get("agendas") is None:
        return []
    raw = item["agendas"]
    if not isinstance(raw, list):
        report.error(path, doc.line_at("sections", number - 1, "agendas"),
                     f"'agendas' of section {number} is not a list",
                     "write 'agendas: [name-of-the-session]' with the file names of docs/sessions/, without .md")
        return []
    sessions = []
    for index, id in enumerate(raw):
        id = str(id).strip()
        line = doc.line_at("sections", number - 1, "agendas", index)
        session = magazine.sessions.get(id)
        if session is None:
            report.error(path, line, f"no session '{id}'; its action agenda is left out",
                         suggestion(id, magazine.sessions)
                         or f"the sessions are: {', '.join(sorted(magazine.sessions))}")
        elif not session.actions:
            report.error(path, line, f"the session '{id}' has no documented action agenda to "
                         "print", "take it out of 'agendas', or document its actions on its "
                         "page (action_agenda)")
        else:
            sessions.append(session)
    return sessions


def _texts(value: Any, languages: tuple[str, ...]) -> dict[str, str]:
    """A text given once for all languages, or per language as {nl: ..., en: ...}."""
    if value is None or value == "":
        return {}
    if isinstance(value, dict):
        return {str(k): str(v) for k, v in value.items() if v}
    return {lang: str(value) for lang in languages}


def _lists(value: Any, languages: tuple[str, ...]) -> dict[str, list[str]]:
    """Names given once (a list or one name), or per language as {nl: [...], en: [...]}."""
    def names(item: Any) -> list[str]:
        items = item if isinstance(item, list) else [item] if item else []
        return [str(name) for name in items]

    if isinstance(value, dict):
        return {str(k): names(v) for k, v in value.items() if v}
    return {lang: names(value) for lang in languages} if value else {}


def _has_file(root: Path, key: str, languages: tuple[str, ...]) -> bool:
    """Whether the article `key` has a file in some language (that could not be read)."""
    folder, _, slug = key.partition("/")
    if folder not in KINDS or not slug or "/" in slug:
        return False
    return any((root / folder / f"{slug}{suffix}.md").is_file()
               for suffix in ["", *(f".{lang}" for lang in languages)])


def _outside(root: Path, image: str) -> bool:
    """Whether `image`, read from the repository or from docs/, leads out of the repository."""
    return all(inside_repository(root, base / image) is None for base in (root, root / "docs"))


def _existing(root: Path, image: str) -> str | None:
    for base in (root, root / "docs"):
        candidate = inside_repository(root, base / image)  # after symlinks, not hidden
        if candidate is not None and candidate.is_file():
            return candidate.relative_to(root.resolve()).as_posix()
    return None
