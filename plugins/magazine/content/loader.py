"""Read the repository into a `Magazine`: articles, themes and sessions, checked as they are read.

Every problem becomes a `Diagnostic` naming the file, the line and the fix. A file that cannot be
read at all is reported and left out; every other file is still read, so one mistake never
hides the rest of the magazine.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import emoji

from . import pictures, relations
from .actions import AgendaReader, Entry, known_action, put_together
from .author_names import read_author_names
from .body_check import MKDOCS_EXTENSIONS, BodyChecker
from .diagnostics import Diagnostic, Report
from .fields import STATUS_WORDS, Fields, nearest, plain, suggestion
from .frontmatter import Document, FrontMatterError, check_cost, check_size, read_document
from .html_policy import with_safe_heading_ids
from .link_check import LinkCheck, Page
from .links import find_images, find_links, is_valid_url, resolve, strip_language
from .mkdocs_yml import DEFAULT_LANGUAGES, markdown_extensions, read_mkdocs_yml
from .model import FOLDERS, KINDS, STATUSES, Article, Link, Magazine, Session, Theme, Version
from .published_files import docs_problems
from .repository_paths import inside_repository, symlink_problems
from .slugs import is_slug, slugify

MARKDOWN_SUFFIXES = (".markdown", ".mdown", ".mkd", ".mkdn", ".md.txt", ".txt")
# The template's example text (scaffold/): a published article must say something of its own.
PLACEHOLDERS = {
    "summary": ("Vat hier in een of twee zinnen samen", "Say in one or two sentences what this"),
    "authors": ("Voornaam Achternaam",),
    "body": ("Schrijf hier de tekst van het", "Write the text of the"),
}
ARTICLE_FIELDS = ("title", "summary", "date", "authors", "themes", "session", "status", "image",
                  "sources", "image_alt", "image_credit", "actions")
ARTICLE_REQUIRED = ("title", "summary", "date", "authors", "themes")  # in the original
SHARED_FIELDS = ("date", "authors", "themes", "session", "image", "actions")
THEME_FIELDS = ("title", "description", "sources")
SESSION_FIELDS = ("title", "number", "description", "date", "time", "place", "themes", "programme",
                  "action_agenda", "sources", "status")
SESSION_STATUSES = ("published", "example")
# The fields of the other pages of docs/: what Material does with them is layout, never printed
# as given. Any other field is left off the page (see site/pages/files.py).
DOCS_PAGE_FIELDS = ("title", "description", "hide", "search")
# The folders whose files become part of the site: a symlink in them must stay in the repository.
PUBLISHED_FOLDERS = (*KINDS, "docs", "overrides")
LANGUAGE_NAMES = {"nl": "Dutch", "en": "English"}


@dataclass
class SourceFile:
    """A Markdown file of the content: which entity it belongs to and in which language."""

    path: str  # relative to the repository root
    group: str  # essays | interviews | practices | themes | sessions
    stem: str  # the slug or id
    lang: str


def load_magazine(
    root: str | os.PathLike[str],
    languages: tuple[str, ...] = DEFAULT_LANGUAGES,
    include_drafts: bool = False,
    related: int = relations.RELATED_LIMIT,
    site_url: str | None = None,
    assets: tuple[str, ...] | None = None,
) -> tuple[Magazine, list[Diagnostic]]:
    """Read and check all content under `root`; return the magazine and what is wrong with it.

    `related` is how many related articles each article gets; `site_url` is the published
    address, so that a link copied from the browser can be told apart from another website;
    `assets` the project's own files of docs/ that are published as they are
    (`published_files.py`). The build passes both; else they are read from mkdocs.yml."""
    if site_url is None or assets is None:
        from .mkdocs_yml import plugin_options

        settings = read_mkdocs_yml(root)
        if site_url is None:
            site_url = str(settings.get("site_url") or "")
        if assets is None:
            assets = asset_list(plugin_options(settings, "magazine"))
    reader = Reader(Path(root), languages, include_drafts, related, site_url, assets)
    return reader.read(), reader.report.sorted()


class Reader:
    def __init__(self, root: Path, languages: tuple[str, ...], include_drafts: bool,
                 related: int = relations.RELATED_LIMIT, site_url: str = "",
                 assets: tuple[str, ...] = ()) -> None:
        self.root = root
        self.assets = assets
        self.languages = languages
        self.include_drafts = include_drafts
        self.related = related
        self.site_url = site_url
        self.report = Report()
        self.bodies = BodyChecker(root, lambda: site_markdown(root))
        self.symlinks: set[str] = set()  # the content files that are symbolic links
        self.pages: dict[str, Page] = {}  # every file read that becomes a page, by its path
        self.linking: list[tuple[Page, Article | None]] = []  # pages whose links are checked
        self.unbuilt: list[Version] = []  # article texts that are not built, checked all the same
        self.drafts: set[str] = set()
        self.refused_names: set[str] = set()  # files whose name `classify` refused, with why
        self.folder_entries: dict[str, list[os.DirEntry[str]]] = {}
        self.folders_inside: dict[str, bool] = {}
        self.resolved_root = root.resolve()
        # Each picture file's size and kind, read once however many pages use it.
        self.originals: dict[str, tuple[pictures.Original | None, pictures.Problem | None]] = {}
        self.located: dict[tuple[str, str], tuple[str | None, pictures.Problem | None]] = {}
        # (file, picture as written) of the pictures that cannot be decoded: pages and the print
        # edition show their alt text, as for a missing picture.
        self.refused: set[tuple[str, str]] = set()

    def read(self) -> Magazine:
        self.check_symlinks()
        for problem in docs_problems(self.root, "docs", self.assets):
            self.report.error(problem.path, 1, problem.message, problem.hint)
        groups = self.scan()
        themes = {id: t for id, t in (self.read_theme(id, files) for id, files in
                                       groups["themes"].items()) if t}
        self.themes = themes
        sessions = {id: s for id, s in (self.read_session(id, files) for id, files in
                                         groups["sessions"].items()) if s}
        self.sessions = sessions
        articles: list[Article] = []
        for folder in KINDS:
            docs_pages = set(self.markdown_names(f"docs/{folder}"))
            for slug, files in groups[folder].items():
                self.check_docs_clash(folder, files, docs_pages)
                article = self.read_article(folder, slug, files)
                if article is not None:
                    articles.append(article)
        articles.sort(key=lambda a: (-a.date.toordinal(), a.key))
        magazine = Magazine(str(self.root), self.languages, articles, themes, sessions,
                            self.drafts, author_names=read_author_names(
                                self.root, self.languages, self.report))
        self.check_docs_pages(groups)
        # Pictures first: where they blame a picture, the link check only keeps it out of the page.
        for entity in [*articles, *themes.values(), *sessions.values()]:
            found = {version.path: self.check_text_pictures(version)
                     for version in entity.versions.values()}
            self.check_credits_kept(found)
        for version in self.unbuilt:
            self.check_text_pictures(version)
        self.check_page_pictures()
        magazine.broken_links |= self.refused
        self.check_links(magazine)
        relations.connect(magazine, self.related)
        return magazine

    # -- finding files -------------------------------------------------------------------------

    def scan(self) -> dict[str, dict[str, list[SourceFile]]]:
        """Group the content files by folder and slug; report names that cannot become a URL
        and files the build would not use."""
        groups: dict[str, dict[str, list[SourceFile]]] = defaultdict(lambda: defaultdict(list))
        places = [(folder, folder) for folder in KINDS]
        places += [(group, f"docs/{group}") for group in ("themes", "sessions")]
        for group, folder in places:
            if group in KINDS:
                self.report_unused(folder)
            for file_name in sorted(self.markdown_names(folder)):
                source = self.classify(group, f"{folder}/{file_name}", file_name)
                if source is not None:
                    groups[group][source.stem].append(source)
        return groups

    def entries(self, folder: str) -> list[os.DirEntry[str]]:
        """The entries of repository folder `folder` (none if it is missing), read once."""
        if folder in self.folder_entries:
            return self.folder_entries[folder]
        self.folder_entries[folder] = []
        try:
            with os.scandir(self.root / folder) as entries:
                self.folder_entries[folder] = list(entries)
            return self.folder_entries[folder]
        except (FileNotFoundError, NotADirectoryError):
            return []
        except OSError as error:
            self.report.error(folder, 1, f"the folder cannot be read: {error.strerror}",
                              "check that the folder can be read by the account that builds")
            return []

    def markdown_names(self, folder: str) -> list[str]:
        """The names of the `.md` files in repository folder `folder` (none if it is missing)."""
        names = [entry for entry in self.entries(folder) if entry.name.endswith(".md")
                 and not entry.name.startswith(".")]
        self.symlinks.update(f"{folder}/{e.name}" for e in names if e.is_symlink())
        return [entry.name for entry in names]

    def report_unused(self, folder: str) -> None:
        """Name what an editor put in an article folder that the build would pass over."""
        for entry in sorted(self.entries(folder), key=lambda e: e.name):
            rel = f"{folder}/{entry.name}"
            if entry.name.startswith("."):
                continue
            if entry.is_dir():
                if any(Path(entry.path).rglob("*.md")):
                    self.report.error(
                        rel, 1, f"the folder '{rel}/' is not read: its articles are not published",
                        f"articles live directly in {folder}/: move the files there and delete "
                        "the folder",
                    )
                continue
            lower = entry.name.lower()
            suffix = next((s for s in MARKDOWN_SUFFIXES if lower.endswith(s)), None)
            if suffix is not None or (lower.endswith(".md") and not entry.name.endswith(".md")):
                stem = entry.name[: -len(suffix or ".md")]
                self.report.error(
                    rel, 1, f"the file '{entry.name}' is not used: only files ending in '.md' "
                    "are articles", f"rename it to '{stem}.md'",
                )
            elif strip_language(entry.name.removesuffix(".md"), self.languages) in (
                    "index", "README"):
                self.report.error(
                    rel, 1, f"'{entry.name}' in {folder}/ is not used: an article needs a name "
                    "of its own",
                    f"the text above the list of {folder} lives in docs/{folder}/index.md; give an "
                    "article its own file name, such as "
                    f"{folder}/title-of-the-article.md",
                )

    def classify(self, group: str, rel: str, file_name: str) -> SourceFile | None:
        name = file_name[: -len(".md")]
        base, dot, suffix = name.rpartition(".")
        if dot and suffix != suffix.lower() and suffix.lower() in self.languages:
            self.refused_names.add(rel)
            self.report.error(
                rel, 1, f"the language '{suffix}' in '{file_name}' is written in capitals, so "
                "the file is not used", f"rename it to '{base}.{suffix.lower()}.md'")
            return None
        if dot and suffix not in self.languages and re.fullmatch(r"[a-z]{2}", suffix):
            self.refused_names.add(rel)
            self.report.warning(
                rel, 1, f"'{suffix}' is not a language of this magazine; the file is not used",
                f"the languages are {', '.join(self.languages)}",
            )
            return None
        stem = strip_language(name, self.languages)
        lang = suffix if stem != name else self.languages[0]
        if stem in ("index", "README"):
            return None
        if not is_slug(stem):
            fixed = slugify(stem) or "new-article"
            self.refused_names.add(rel)
            self.report.error(
                rel, 1, f"the file name '{file_name}' cannot be part of a web address",
                "use lowercase letters, digits and hyphens: "
                f"rename it to '{fixed}{file_name[len(stem):]}'",
            )
            return None
        return SourceFile(rel, group, stem, lang)

    def check_docs_clash(self, folder: str, files: list[SourceFile], docs_pages: set[str]) -> None:
        """An article and a page in `docs/<folder>/` (`docs_pages`) with the same name have the
        same address."""
        for source in files:
            name = source.path.rpartition("/")[2]
            if name in docs_pages:
                self.report.error(
                    source.path, 1,
                    f"this file and docs/{folder}/{name} would both be the page at the same "
                    "address",
                    f"articles live in {folder}/ only: move the text of docs/{folder}/{name} "
                    "here and delete it there, or rename one of them",
                )

    def read_file(self, source: SourceFile) -> Document | None:
        real = self.real_path(source.path)
        if real is None:
            return None  # a symlink that leaves the repository: reported by check_symlinks
        try:
            with open(real, "rb") as file:
                check_size(os.fstat(file.fileno()).st_size)
                doc = read_document(file.read())
            self.bodies.check(self.report, source.path, doc.body, doc.body_line)
            self.pages[source.path] = Page(source.path, source.lang, doc.body, doc.body_line)
            return doc
        except FrontMatterError as error:
            self.report.error(source.path, error.line, error.message, error.hint, error.col)
        except OSError as error:
            self.report.error(source.path, 1, f"the file cannot be read: {error.strerror}")
        return None

    def real_path(self, path: str) -> Path | None:
        """Where the content file `path` really is, if inside the repository; found without a
        system call per file when neither it nor its folder is a symbolic link."""
        folder = path.rpartition("/")[0]
        if path not in self.symlinks and self.folder_inside(folder):
            return self.root / path
        return inside_repository(self.root, path)

    def folder_inside(self, folder: str) -> bool:
        # Asked once per folder and kept with this reader (a cache on the method would keep
        # every reader, and the magazine it read, for as long as `mkdocs serve` runs).
        if folder not in self.folders_inside:
            real = inside_repository(self.root, folder)
            self.folders_inside[folder] = real is not None and real == (self.root / folder).absolute()
        return self.folders_inside[folder]

    def by_language(self, files: list[SourceFile]) -> dict[str, tuple[SourceFile, Document]]:
        """Read each language's file; report two files for one language (one URL, two pages).

        `self.unreadable` then holds the languages whose file exists but could not be read."""
        self.unreadable: set[str] = set()
        result: dict[str, tuple[SourceFile, Document]] = {}
        seen: dict[str, SourceFile] = {}
        for source in files:
            if source.lang in seen:
                self.report.error(
                    source.path, 1,
                    f"this file and {seen[source.lang].path} would both be the page at the same "
                    "address",
                    f"keep one of them; the {LANGUAGE_NAMES.get(source.lang, source.lang)} file "
                    f"of '{source.stem}' is {seen[source.lang].path}",
                )
                continue
            seen[source.lang] = source
            doc = self.read_file(source)
            if doc is not None:
                result[source.lang] = (source, doc)
            else:
                self.unreadable.add(source.lang)
        # The default language first: it is the original when both exist.
        return {lang: result[lang] for lang in self.languages if lang in result}

    # -- articles ------------------------------------------------------------------------------

    def read_article(self, folder: str, slug: str, files: list[SourceFile]) -> Article | None:
        docs = self.by_language(files)
        # The original is the first language that has a file, even one that cannot be read:
        # then the translation is not blamed for the fields it takes from the original.
        present = {source.lang for source in files}
        original_lang = next((lang for lang in self.languages if lang in present), None)
        if not docs or original_lang is None:
            return None
        versions: dict[str, Version] = {}
        shared: dict[str, tuple[Any, Fields]] = {}
        status_of: dict[str, str] = {}
        fields_of: dict[str, Fields] = {}
        draft_translations: list[str] = []
        unbuilt: list[Version] = []  # texts the site will not show, whose pictures are checked
        # When the original cannot be read, a translation that has every field of its own is
        # still published (in a build that lets errors pass); one that takes them from the
        # original is left out, without blaming it for them.
        usable = True
        alt_fields: dict[str, Fields] = {}
        for lang, (source, doc) in docs.items():
            fields = fields_of[lang] = Fields(source.path, doc, self.report)
            original = lang == original_lang
            fields.unknown_keys(ARTICLE_FIELDS, ARTICLE_REQUIRED if original else ("title", "summary"))
            title = fields.text("title")
            summary = fields.text("summary")
            image_alt = fields.text("image_alt", required=False)
            image_credit = fields.text("image_credit", required=False)
            status_of[lang] = fields.choice("status", STATUSES, "published", STATUS_WORDS)
            values = {
                "date": fields.date("date", required=original),
                "authors": fields.text_list("authors", required=original),
                "themes": fields.text_list("themes", required=original),
                "session": fields.text("session", required=False),
                "image": fields.text("image", required=False),
                "actions": fields.text_list("actions", required=False),
            }
            for key, value in values.items():
                if value is None:
                    continue
                if key in shared and shared[key][0] != value:
                    first_value, first = shared[key]
                    fields.error(
                        key,
                        f"'{key}' differs from {first.path} (line {first.doc.line_of(key)}): "
                        f"{plain(value)} here, {plain(first_value)} there",
                        f"give the same {key} in both files, or leave it out of this one",
                    )
                elif key not in shared:
                    shared[key] = (value, fields)
            if title is None or summary is None:
                usable = usable and not original
                fields.sources()  # still checked, so that every mistake is reported at once
                unbuilt.append(Version(lang, source.path, title or "", doc.body, doc.body_line))
                continue
            version = Version(
                lang, source.path, title, doc.body, doc.body_line, summary, len(doc.body.split()),
                fields.sources(), image_alt or "", image_credit or "",
            )
            alt_fields[lang] = fields
            if status_of[lang] == "draft" and not original:
                draft_translations.append(lang)
                if not self.include_drafts:
                    continue  # an unfinished translation: the original is shown instead
            versions[lang] = version
        status = status_of.get(original_lang) or next(iter(status_of.values()), "published")
        if status == "draft" and not self.include_drafts:
            self.drafts.add(f"{folder}/{slug}")
            return None  # not built: its problems are the check's to report
        for lang, other in status_of.items():
            if other not in (status, "draft") and original_lang in docs:
                source, doc = docs[lang]
                self.report.error(
                    source.path, doc.line_of("status"),
                    f"'status' is {other} here but {status} in {docs[original_lang][0].path}",
                    "give the same status in both files",
                )
        # Every problem of the article at once, even when it cannot be published as it is.
        themes = self.known_themes(*shared["themes"][::-1]) if "themes" in shared else []
        session = (self.known_session(*shared["session"][::-1]) if "session" in shared
                   else None)
        actions = self.known_actions(*shared["actions"][::-1]) if "actions" in shared else []
        image = None
        if "image" in shared and versions:
            image = self.lead_picture(shared["image"][1], shared["image"][0], versions, alt_fields)
        if status != "draft":
            # A translation that is itself still a draft can wait, even as the bare template:
            # the original stands in for it until it is published.
            finished = {lang: doc for lang, doc in docs.items() if status_of.get(lang) != "draft"}
            self.check_placeholders(
                finished, fields_of, {lang: v for lang, v in versions.items() if lang in finished})
        if "date" in shared and shared["date"][0] > dt.date.today():
            date, first = shared["date"]
            self.report.warning(
                first.path, first.doc.line_of("date"),
                f"the date {date.isoformat()} lies in the future: until then the article "
                "stands first on the home page and in the feeds",
                "check the year; the date is the day the article appears")
        for lang, version in versions.items():
            warn_emoji(self.report, version, docs[lang][1])
        article = None
        required = ("date", "authors", "themes")
        if usable and versions and all(k in shared for k in required):
            self.report_missing_translations(folder, slug, docs)
            article = Article(
                folder, slug, shared["date"][0], shared["authors"][0], themes, session, image,
                status,  # type: ignore[arg-type]
                versions,
                draft_translations,
                actions=actions,
            )
        for lang, (source, _doc) in docs.items():
            standing_in = lang in draft_translations and lang not in versions  # the original shows
            if source.path in self.pages and not standing_in:
                self.linking.append((self.pages[source.path], article))
        # An article that cannot be built still has its pictures checked: a bad date or theme
        # must not hide them until the next run.
        self.unbuilt += unbuilt if article is not None else [*unbuilt, *versions.values()]
        return article

    def check_placeholders(self, docs: dict[str, tuple[SourceFile, Document]],
                           fields_of: dict[str, Fields], versions: dict[str, Version]) -> None:
        """The template's example text, and an English title copied from the Dutch one."""
        for lang, (source, doc) in docs.items():
            fields = fields_of[lang]
            for key in ("summary", "authors"):
                value = doc.meta.get(key)
                texts = value if isinstance(value, list) else [value]
                if any(isinstance(t, str) and t.strip().startswith(PLACEHOLDERS[key])
                       for t in texts):
                    fields.error(key, f"'{key}' is still the template's example text",
                                 f"write the article's own {key}, or keep 'status: draft' until "
                                 "it is ready")
            for offset, line in enumerate(doc.body.split("\n")):
                if line.strip().startswith(PLACEHOLDERS["body"]):
                    self.report.error(
                        source.path, doc.body_line + offset,
                        "the text is still the template's example text",
                        "write the article's text here, or keep 'status: draft' until it is ready")
                    break
        original = next(iter(versions.values()), None)
        for version in list(versions.values())[1:]:
            if original is not None and version.title == original.title:
                doc = docs[version.lang][1]
                self.report.warning(
                    version.path, doc.line_of("title"),
                    f"the title is the same as in {original.path}: '{version.title}'",
                    f"translate the title into {LANGUAGE_NAMES.get(version.lang, version.lang)}; "
                    "if it is a name that stays the same, leave it",
                )

    def report_missing_translations(
        self, folder: str, slug: str, docs: dict[str, tuple[SourceFile, Document]]
    ) -> None:
        original = next(iter(docs.values()))[0]
        for lang in self.languages:
            if lang not in docs and lang not in self.unreadable:  # that one is reported itself
                suffix = "" if lang == self.languages[0] else f".{lang}"
                self.report.warning(
                    original.path, 1,
                    f"there is no {LANGUAGE_NAMES.get(lang, lang)} version of this article yet",
                    f"add {folder}/{slug}{suffix}.md; until then readers see the original, "
                    "marked as such",
                )

    def known_themes(self, fields: Fields, ids: list[str]) -> list[str]:
        known = []
        meant = [theme if theme in self.themes else
                 nearest(theme, self.themes, theme_aliases(self.themes)) for theme in ids]
        # The line to type, when every unknown theme has a near one: `themes: [work, health]`.
        line = f"write themes: [{', '.join(dict.fromkeys(meant))}]" if all(meant) else ""
        for index, theme in enumerate(ids):
            if theme in self.themes:
                known.append(theme)
                continue
            fields.error(
                "themes",
                f"there is no theme '{theme}'",
                line or self.theme_hint(theme),
                index,
            )
        return known

    def theme_hint(self, theme: str) -> str:
        """The nearest theme id or name, else the list of themes."""
        return (suggestion(theme, self.themes, theme_aliases(self.themes))
                or f"the themes are: {', '.join(sorted(self.themes))} (the file names in docs/themes/)")

    def known_session(self, fields: Fields, session: str) -> str | None:
        if session in self.sessions:
            return session
        fields.error(
            "session",
            f"there is no session '{session}'",
            (f"write session: {near}" if (near := nearest(session, self.sessions)) else "")
            or f"the sessions are: {', '.join(sorted(self.sessions)) or 'none yet'} "
            "(the file names in docs/sessions/)",
        )
        return None

    def known_actions(self, fields: Fields, keys: list[str]) -> list[str]:
        """The actions an article reports on, as `session-id/action-id`; the nearest for others."""
        actions = {action.key: action for session in self.sessions.values()
                   for action in session.actions}
        known = []
        for index, key in enumerate(keys):
            found, hint = known_action(key, actions)
            if found:
                known.append(key)
            else:
                fields.error("actions", f"there is no action '{key}'", hint, index)
        return known

    def lead_picture(self, fields: Fields, image: str, versions: dict[str, Version],
                     alt_fields: dict[str, Fields]) -> str | None:
        """The lead picture's repository path, if it can be published; its alt text and credit
        in every language (a translation without its own takes the original's)."""
        path = self.picture(fields.path, fields.doc.line_of("image"), image, lead=True)
        original = next(iter(versions.values()))
        for version in versions.values():
            version.image_alt = version.image_alt or original.image_alt
            version.image_credit = version.image_credit or original.image_credit
        if not original.image_alt:
            fields.error(
                "image_alt" if fields.has("image_alt") else "image",
                "the lead picture has no alt text ('image_alt')",
                "add a line 'image_alt: ...' saying in a sentence what the picture shows, "
                "for readers who cannot see it",
            )
        for lang, other in alt_fields.items():
            if lang != original.lang and other.has("image_alt") and not versions[lang].image_alt:
                other.error("image_alt", "'image_alt' is empty", "say what the picture shows")
        return path

    def picture(self, source: str, line: int, target: str, lead: bool, col: int = 1) -> str | None:
        """Check one picture written in file `source`; its repository path, or None if it cannot
        be published. Each picture file is opened once per build however often it is used."""
        path, problem = self.locate(source, target)
        if path is not None:
            if path not in self.originals:
                self.originals[path] = pictures.inspect(self.resolved_root, path)
            original, problem = self.originals[path]
            if original is None:  # damaged, too many pixels, not a web format: its text instead
                self.refused.add((source, target))
            else:
                for fit in pictures.fitness(original, lead):
                    add = self.report.error if fit.severity == "error" else self.report.warning
                    add(source, line, fit.message, fit.hint, col)
                    if fit.severity == "error":
                        path = None
        if problem is not None:
            if not (problem.escapes and not lead):  # the body check reports those in the text
                self.report.error(source, line, problem.message, problem.hint, col)
            return None
        return path

    def locate(self, source: str, target: str) -> tuple[str | None, pictures.Problem | None]:
        """The repository file that picture address `target` in file `source` names (or why it
        names none), found once however often it is asked."""
        if (source, target) not in self.located:
            self.located[source, target] = pictures.locate(self.resolved_root, source, target)
        return self.located[source, target]

    def check_text_pictures(self, version: Version) -> list[pictures.ImageRef]:
        """Every picture in a file's text: a file inside the repository, with alt text. Returns
        the pictures found."""
        refs = list(pictures.find_images(version.body, version.body_line))
        for ref in refs:
            if not ref.alt:
                self.report.error(
                    version.path, ref.line, f"the picture '{ref.target}' has no alt text",
                    "write what it shows between the square brackets: "
                    f"![A sentence on what it shows]({ref.target})", ref.start,
                )
            self.picture(version.path, ref.line, ref.target, lead=False, col=ref.col)
        return refs

    def check_credits_kept(self, found: dict[str, list[pictures.ImageRef]]) -> None:
        """A picture credited in one language is credited in the other: a credit, which a
        licence such as CC BY requires, may not drop out of a translation. `found`: the pictures
        of each language's file (`check_text_pictures`)."""
        credits: dict[str, tuple[str, str]] = {}  # picture file -> its credit, the file giving it
        uncredited = []
        for source, refs in found.items():
            for ref in refs:
                path, _ = self.locate(source, ref.target)
                if path is not None and ref.credit:
                    credits.setdefault(path, (ref.credit, source))
                elif path is not None:
                    uncredited.append((source, ref, path))
        for source, ref, path in uncredited:
            credit, where = credits.get(path, ("", source))
            if where != source:
                self.report.error(
                    source, ref.line, f"the picture '{ref.target}' has no credit here, but {where} "
                    f"credits it: '{credit}'",
                    f'write it right after the picture: {{ credit="{credit}" }}', ref.start)

    def check_page_pictures(self) -> None:
        """The pictures in the other pages of `docs/` (home, about, colophon, section intros)."""
        docs = self.root / "docs"
        read = ("themes", "sessions", "editions", "images", "assets")
        for folder, names, files in os.walk(docs):
            names[:] = sorted(n for n in names if not (Path(folder) == docs and n in read))
            for name in sorted(files):
                if not name.endswith(".md"):
                    continue
                path = (Path(folder) / name).relative_to(self.root).as_posix()
                try:
                    text = (Path(folder) / name).read_text(encoding="utf-8")
                except (OSError, UnicodeDecodeError):
                    continue  # MkDocs reports a page it cannot read
                if "![" in text:
                    self.check_text_pictures(Version("", path, "", text, 1))

    # -- themes and sessions -------------------------------------------------------------------

    def read_theme(self, id: str, files: list[SourceFile]) -> tuple[str, Theme | None]:
        theme = Theme(id)
        for lang, (source, doc) in self.by_language(files).items():
            fields = Fields(source.path, doc, self.report)
            fields.unknown_keys(THEME_FIELDS)
            title = fields.text("title")
            if title is None:
                continue
            theme.description[lang] = fields.text("description", required=False) or ""
            warn_first_emoji(self.report, source.path, [
                ("title", title, doc.line_of("title")),
                ("description", theme.description[lang], doc.line_of("description"))])
            theme.versions[lang] = Version(lang, source.path, title, doc.body, doc.body_line,
                                           sources=fields.sources())
        return id, theme if theme.versions else None

    def read_session(self, id: str, files: list[SourceFile]) -> tuple[str, Session | None]:
        session: Session | None = None
        agendas: list[tuple[str, AgendaReader, list[Entry]]] = []
        for lang, (source, doc) in self.by_language(files).items():
            fields = Fields(source.path, doc, self.report)
            if fields.has("agenda"):
                fields.error(
                    "agenda", "'agenda' is ambiguous: the programme of the day or the action agenda?",
                    "write the day's programme as 'programme:' and the actions the participants "
                    "agreed, where a source documents them, as 'action_agenda:'")
            fields.unknown_keys((*SESSION_FIELDS, "agenda"))
            title = fields.text("title")
            date = fields.date("date", required=False)  # not every session's day is documented
            themes = fields.text_list("themes", required=session is None)
            number = fields.number("number")
            status = fields.choice("status", SESSION_STATUSES, "published")
            agenda = AgendaReader(source.path, doc, self.report, set(self.themes), self.theme_hint)
            entries = agenda.read()
            if title is None:
                continue
            if session is None:
                if themes is None:
                    continue
                session = Session(id, date, {}, themes, fields.text("time", required=False) or "",
                                  number, status=status)  # type: ignore[arg-type]
                themes_fields = fields
            else:
                for key, value, first in (("date", date, session.date),
                                          ("number", number, session.number),
                                          ("status", status, session.status)):
                    if value is not None and value != first and (key != "status" or fields.has(key)):
                        fields.error(key, f"'{key}' differs from the other language's file: "
                                     f"{plain(value)}",
                                     f"give the same {key} in both files: {plain(first)}")
            agendas.append((lang, agenda, entries))
            session.place[lang] = fields.text("place", required=False) or ""
            session.description[lang] = fields.text("description", required=False) or ""
            warn_first_emoji(self.report, source.path, [
                ("title", title, doc.line_of("title")),
                ("description", session.description[lang], doc.line_of("description"))])
            session.programme[lang] = fields.text_list("programme", required=False) or []
            session.versions[lang] = Version(lang, source.path, title, doc.body, doc.body_line,
                                             sources=fields.sources())
        if session is not None:
            session.themes = self.known_themes(themes_fields, session.themes)
            session.actions = put_together(id, agendas, session.status == "example")
        return id, session

    # -- the rest of docs/ and the folders of the site --------------------------------------------

    def check_symlinks(self) -> None:
        for folder in PUBLISHED_FOLDERS:
            for message, hint, path in symlink_diagnostics(self.root, folder):
                self.report.error(path, 1, message, hint)

    def check_docs_pages(self, groups: dict[str, dict[str, list[SourceFile]]]) -> None:
        """The front matter and text of the pages of docs/ that are not themes or sessions."""
        done = {s.path for group in ("themes", "sessions") for files in groups[group].values()
                for s in files}
        refused = self.refused_names  # a theme or session file `classify` said is not used
        docs = self.root / "docs"
        if not docs.is_dir():
            return
        for folder, subfolders, names in os.walk(docs):
            subfolders.sort()
            for name in sorted(names):
                path = (Path(folder) / name).relative_to(self.root).as_posix()
                if not name.endswith(".md") or path in done or path in refused:
                    continue
                self.check_docs_page(path, edition=path.startswith("docs/editions/"))

    def check_docs_page(self, path: str, edition: bool) -> None:
        real = inside_repository(self.root, path)
        if real is None:
            return  # a symlink that leaves the repository: reported by check_symlinks
        try:
            raw = real.read_bytes()
            check_size(len(raw))
            if not raw.lstrip(b"\xef\xbb\xbf").startswith(b"---"):  # MkDocs allows no front matter
                text = raw.decode("utf-8-sig")
                check_cost(text, 1)
                self.bodies.check(self.report, path, text, 1)
                if not edition:
                    self.add_page(path, text, 1)
                return
            doc = read_document(raw)
        except FrontMatterError as error:
            self.report.error(path, error.line, error.message, error.hint, error.col)
            return
        except (OSError, UnicodeDecodeError):
            self.report.error(path, 1, "the file cannot be read as UTF-8 text",
                              "save it as UTF-8; most editors offer this under 'Save with encoding'")
            return
        if edition:
            return  # read by the print edition, which checks its fields
        Fields(path, doc, self.report).unknown_keys(DOCS_PAGE_FIELDS)
        self.bodies.check(self.report, path, doc.body, doc.body_line)
        self.add_page(path, doc.body, doc.body_line)

    def add_page(self, path: str, body: str, body_line: int) -> None:
        """A page of docs/ whose links are checked like an article's."""
        stem = path[: -len(".md")]
        base, _, suffix = stem.rpartition(".")
        lang = suffix if base and suffix in self.languages else self.languages[0]
        page = self.pages[path] = Page(path, lang, body.replace("\r\n", "\n"), body_line)
        self.linking.append((page, None))

    # -- links ---------------------------------------------------------------------------------

    def check_links(self, magazine: Magazine) -> None:
        """Record each article's links to the magazine and report the ones that lead nowhere,
        in every page the site is built from."""
        for theme in magazine.themes.values():
            self.linking += [(self.pages[v.path], None) for v in theme.versions.values()]
        for session in magazine.sessions.values():
            self.linking += [(self.pages[v.path], None) for v in session.versions.values()]
        check = LinkCheck(magazine, self.pages, self.site_url, self.is_unpublished, self.root)
        # The safety check of the text (body_check) and the picture check have their say first
        # on a picture they refuse.
        blamed = {(d.path, d.line, d.col) for d in self.report.items if d.severity == "error"}
        for page, article in self.linking:
            for line, col, source in find_images(page.body, page.body_line):
                problem = check.picture_problem(page, source) if is_valid_url(source) else None
                if problem is not None and (page.path, line, col) in blamed:
                    magazine.broken_links.add((page.path, source))
                elif problem is not None:
                    self.report.error(page.path, line, problem[0], problem[1], col)
                    magazine.broken_links.add((page.path, source))
            for line, col, target in find_links(page.body, page.body_line):
                if not is_valid_url(target):
                    self.report.error(
                        page.path, line, f"the link '{target}' is not a valid address",
                        "'[' and ']' do not belong in a web address; check the brackets",
                        col,
                    )
                    magazine.broken_links.add((page.path, target))
                    continue
                problem = check.problem(page, target)
                if problem is not None:
                    self.report.error(page.path, line, problem[0], problem[1], col)
                    magazine.broken_links.add((page.path, target))
                if article is not None and page.lang in article.versions:
                    ref = None if problem else resolve(page.path, target, self.languages)
                    article.links.append((page.lang, Link(line, col, target, ref)))

    def is_unpublished(self, key: str) -> bool:
        """A link to a draft is not broken: it will work once the draft is published."""
        folder, _, slug = key.partition("/")
        return any((self.root / folder / f"{slug}{s}.md").is_file()
                   for s in ["", *(f".{lang}" for lang in self.languages)])


def symlink_diagnostics(root: Path, folder: str) -> list[tuple[str, str, str]]:
    """(message, hint, path) for each symlink under `folder` that the build refuses."""
    found = []
    for path, target, problem in symlink_problems(root, folder):
        if problem == "leaves":
            found.append((f"this is a shortcut to '{target}', outside the repository "
                          "(or to nothing); it is not published",
                          "put the file itself here instead of a shortcut, or delete the shortcut", path))
        else:
            found.append((f"this is a shortcut to the folder '{target}'; the site does not "
                          "follow shortcuts to folders", "move the files here instead of a shortcut "
                          "to the folder, or delete the shortcut", path))
    return found


def warn_emoji(report: Report, version: Version, doc: Document) -> None:
    """The first emoji of an article: see `warn_first_emoji`."""
    warn_first_emoji(report, version.path, [("title", version.title, doc.line_of("title")),
                                            ("summary", version.summary, doc.line_of("summary")),
                                            ("text", version.body, version.body_line)])


def warn_first_emoji(report: Report, path: str, texts: list[tuple[str, str, int]],
                     whole_file: str | None = None) -> None:
    """The first emoji of the (field, text, line) `texts` of a file that the print edition
    prints: its fonts have no emoji, so it would print as an empty box. The site shows it; it is
    a warning. With `whole_file`, the emoji's line and column are found in it."""
    for field, text, line in texts:
        found = emoji.emoji_list(text) if text and not text.isascii() else []
        if found:
            first = found[0]
            before = text[: first["match_start"]]
            col = 1
            if field == "text":
                line += before.count("\n")
            if whole_file is not None and first["emoji"] in whole_file:
                at = whole_file.index(first["emoji"])
                line = whole_file.count("\n", 0, at) + 1
                col = at - (whole_file.rfind("\n", 0, at) + 1) + 1
            report.warning(
                path, line,
                f"the {field} holds the emoji {first['emoji']}, which the print edition cannot "
                "print: it shows an empty box there",
                "write it in words if it matters to the meaning; the site shows it", col)
            return


def asset_list(options: dict[str, Any] | None) -> tuple[str, ...]:
    """The magazine plugin's `assets` option: the project's own files of docs/."""
    assets = (options or {}).get("assets") or []
    return tuple(str(a) for a in assets) if isinstance(assets, list) else ()


def site_markdown(root: Path) -> tuple[list[Any], dict[str, dict[str, Any]]]:
    """The Markdown extensions of the site's mkdocs.yml, so that bodies are checked as built."""
    names, options = markdown_extensions(read_mkdocs_yml(root))
    return list(dict.fromkeys([*MKDOCS_EXTENSIONS, *names])), with_safe_heading_ids(options)


def theme_aliases(themes: dict[str, Theme]) -> dict[str, str]:
    """Theme names in every language, so that `werk` suggests `work`."""
    return {v.title: id for id, t in themes.items() for v in t.versions.values()}


__all__ = ["load_magazine", "DEFAULT_LANGUAGES", "FOLDERS"]
