"""Preview one language only: `MAGAZINE_LANGUAGE=en mkdocs serve` (or `make serve LANGUAGE=en`).

mkdocs-static-i18n builds the whole site once per language, so a preview that rebuilds after
each save takes as long as a full build. While editing one language, the other is not needed:
with MAGAZINE_LANGUAGE set to a language of the site, only that language is built, at its own
address (Dutch at `/`, English at `/en/`). The site's other language is missing from such a
preview, so never set it for the published site.

static-i18n has `build_only_locale`, but that makes the language built the default one, which
changes which files are Dutch and which English (`x.md` is Dutch here). Instead this sets the
`build` flag of the other languages to false and, for a language other than the default,
runs static-i18n's own per-language configuration again, the way it does for its second pass.

Also for the preview: a broken article stays as it last worked (`keep_last_good`), and the
preview reloads when an article changes (`watch_articles`).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer

from ..content import relations
from ..content.diagnostics import Diagnostic
from ..content.model import KINDS, Article, Magazine

ENV = "MAGAZINE_LANGUAGE"


def wanted_language() -> str:
    return os.environ.get(ENV, "").strip()


def only_language(i18n: Any, config: MkDocsConfig) -> MkDocsConfig:
    """Restrict the build to MAGAZINE_LANGUAGE, if it is set; call after static-i18n's on_config."""
    lang = wanted_language()
    if not lang or i18n is None:
        return config
    if lang not in i18n.all_languages:
        raise PluginError(
            f"{ENV}={lang} is not a language of this site: "
            f"use one of {', '.join(i18n.all_languages)}, or leave it empty to build all"
        )
    for language in i18n.config.languages:
        language.build = language.locale == lang
    if not i18n.building and i18n.current_language != lang:
        i18n.current_language = lang
        config = i18n.on_config(config)
    return config


def keep_last_good(magazine: Magazine, last_good: dict[str, Article],
                   problems: list[Diagnostic], related: int = relations.RELATED_LIMIT) -> Magazine:
    """While editing, an article that a mistake makes unreadable stays in the preview as it last
    worked (the page shows the problem above it), instead of disappearing; `last_good` is
    updated with the articles that work now."""
    broken = {d.path for d in problems}
    kept = [article for key, article in last_good.items()
            if magazine.article(key) is None
            and any(version.path in broken for version in article.versions.values())]
    last_good.clear()
    last_good.update({article.key: article for article in magazine.articles})
    if not kept:
        return magazine
    for article in kept:
        last_good[article.key] = article
        article.related, article.linked_from = [], []
    articles = sorted([*magazine.articles, *kept], key=lambda a: (-a.date.toordinal(), a.key))
    kept_magazine = Magazine(magazine.root, magazine.languages, articles, magazine.themes,
                             magazine.sessions, magazine.drafts, magazine.broken_links)
    relations.connect(kept_magazine, related)
    return kept_magazine


def watch_articles(server: LiveReloadServer, root: Path) -> LiveReloadServer:
    """Reload the preview when an article changes: they live outside docs/, which MkDocs
    watches."""
    for folder in KINDS:
        if (root / folder).is_dir():
            server.watch(str(root / folder))
    return server
