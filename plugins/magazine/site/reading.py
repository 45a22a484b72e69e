"""The content as a build reads it: once per build, for every language, with its problems logged.

mkdocs-static-i18n builds the site once per language on the same plugin instance. The first pass
(the default language) reads and checks every article, theme and session (`load_magazine`) and
the print edition's list of articles, and logs what is wrong in the words `magazine check` uses;
the later passes reuse that model. `mkdocs serve` keeps a broken article as it last worked
(`preview.keep_last_good`).
"""

from __future__ import annotations

import functools
import gc
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger

from ..content.diagnostics import Diagnostic
from ..content.github_output import github_annotation, in_github_actions
from ..content.loader import DEFAULT_LANGUAGES, load_magazine, symlink_diagnostics
from ..content.messages import line as message_line
from ..content.messages import localize, translate
from ..content.model import Magazine
from ..content.translation_status import translation_status
from ..printing.edition import check_edition, with_edition_problems
from . import preview
from .config import MagazineConfig

log = get_plugin_logger(__name__)


def first_pass(config: MkDocsConfig) -> bool:
    """Whether this is the build's first pass (the default language), not one of static-i18n's
    passes for the other languages."""
    return not getattr(config.plugins.get("i18n"), "building", False)


def repository_root(config: MkDocsConfig) -> Path:
    """The folder of mkdocs.yml: the repository (tools may pass `-f mkdocs.yml`)."""
    return Path(config.config_file_path).resolve().parent


class BuildContent:
    """The magazine of the build being made, and the language being built."""

    def __init__(self) -> None:
        self.magazine: Magazine | None = None
        self.languages = DEFAULT_LANGUAGES
        self.lang = DEFAULT_LANGUAGES[0]
        self.root = Path()
        self.serving = False  # `mkdocs serve`: goes on after a content error
        self.reported: set[Diagnostic] = set()
        self.problems: list[Diagnostic] = []  # shown on every page of a build that is not strict
        self.last_good: dict[str, Any] = {}  # the preview's articles as they last worked
        self.kept: set[str] = set()  # the keys of the articles shown as they last worked
        self.site_names: dict[str, str] = {}

    def start(self, command: str) -> None:
        self.serving = command == "serve"

    def read(self, config: MkDocsConfig, options: MagazineConfig) -> None:
        """On the first pass: stop on a symlink in docs/, read and check the content, log its
        problems. On every pass: note the language being built."""
        i18n = config.plugins.get("i18n")
        self.languages = languages = build_languages(i18n)
        self.lang = getattr(i18n, "current_language", None) or languages[0]
        self.root = repository_root(config)
        self.site_names[self.lang] = config.site_name
        if first_pass(config):
            refuse_symlinks(self.root, Path(config.docs_dir), languages[0])
        if self.magazine is None or first_pass(config):
            self.load(config, options, languages)

    def load(self, config: MkDocsConfig, options: MagazineConfig, languages: tuple[str, ...]) -> None:
        self.magazine, diagnostics = load_magazine(self.root, languages, options.drafts,
                                                   options.related, config.site_url or "",
                                                   tuple(options.assets))
        # The print edition's list of articles is checked on every build, with PDFs or not.
        edition_problems = check_edition(self.magazine, options.edition)
        self.reported = set(with_edition_problems(diagnostics, edition_problems))
        report(sorted(self.reported), self.magazine.default_language)
        # Shown on every page, unless the build is strict and stops on them instead. Always
        # set: MkDocs keeps a plugin from one build of a process to the next.
        self.problems = (sorted(d for d in self.reported if d.severity == "error")
                         if self.serving or not config.strict else [])
        if self.serving:
            published = {a.key for a in self.magazine.articles}
            self.magazine = preview.keep_last_good(self.magazine, self.last_good,
                                                   self.problems, options.related)
            self.kept = {a.key for a in self.magazine.articles} - published
        self.statuses = functools.cache(functools.partial(translation_status, self.magazine))

    def report_new(self, diagnostics: list[Diagnostic]) -> None:
        """Log the print edition's problems, but not a line the content check has blamed already
        in other words; in GitHub Actions, show them on their files and lines as well."""
        places = {(d.path, d.line) for d in self.reported if d.severity == "error"}
        new = [d for d in diagnostics if d not in self.reported and (d.path, d.line) not in places]
        lang = self.magazine.default_language
        report(new, lang)
        if in_github_actions():
            for diagnostic in new:
                print(github_annotation(localize(diagnostic, lang), "magazine build"), flush=True)


def freeze_memory(config: MkDocsConfig) -> None:
    """On the first pass: the model lives through the whole build. Freezing moves it (and
    everything alive now) out of reach of the cyclic garbage collector, which would otherwise walk
    it again and again while thousands of pages render; unfrozen after the build
    (`unfreeze_memory`, bench/README.md). What an earlier build in this process left (a
    preview's) is collected first, or freezing would keep it, and memory would grow with every
    save."""
    if first_pass(config):
        gc.collect()
        gc.freeze()


def unfreeze_memory() -> None:
    gc.unfreeze()


def build_languages(i18n: Any) -> tuple[str, ...]:
    """The magazine's languages, the default first, from static-i18n's configuration."""
    if i18n is None:
        return DEFAULT_LANGUAGES
    default = i18n.default_language
    return (default, *(lang for lang in i18n.all_languages if lang != default))


def refuse_symlinks(root: Path, docs_dir: Path, lang: str) -> None:
    """Stop before MkDocs reads docs/ (or the theme's overrides/) when a symlink there leaves the
    repository or links a folder: MkDocs follows both, so they would publish other files, or the
    same ones endlessly."""
    docs = docs_dir.relative_to(root).as_posix() if docs_dir.is_relative_to(root) else None
    problems = [problem for folder in (docs, "overrides") if folder
                for problem in symlink_diagnostics(root, folder)]
    if problems:  # one line each (a message of several lines would be escaped into one)
        report([Diagnostic(path, 1, 1, "error", message, hint) for message, hint, path in problems],
               lang)
        raise PluginError(translate("the build stops before it reads docs/: see the shortcuts above",
                                    lang))


def report(diagnostics: list[Diagnostic], lang: str) -> None:
    """Errors as errors (`mkdocs build --strict` stops on them: "Aborted with 2 errors"), in the
    words, the language and at the place `magazine check` gives; warnings as info, as the check
    only shows them."""
    for diagnostic in diagnostics:
        if diagnostic.severity == "error":
            log.error(message_line(diagnostic, lang))
        else:
            log.info(message_line(diagnostic, lang))
