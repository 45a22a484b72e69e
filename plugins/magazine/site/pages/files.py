"""MkDocs `File`s for articles, which live outside `docs/`, made to work with mkdocs-static-i18n.

Each article gets one page per built language: its own text where it has a translation, else
the original text (marked as such by the template). The attributes that static-i18n sets on its
own files (`locale`, `locale_alternate_of`, `alternates`) are set here the same way, so its
language switcher and `hreflang` links point at the same article in the other language.

Material prints front matter as it is: `title` (in `<title>`, the header and the navigation),
`description`, and fields we do not use (`author`, `subtitle`, `icon`, `status`), and it acts on
`template` and `location` (a redirect). `page_meta` keeps only the fields the magazine uses, with
every text escaped once and marked as `Markup`, so that autoescaping templates (ours) do not escape
it a second time; the content check reports the others.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, InclusionLevel

from ...content.model import Article, Author
from ...content.urls import Urls

# What Material may do with `hide` and `search`: hide parts of the page, leave it out of search.
HIDEABLE = frozenset({"navigation", "toc", "footer", "path", "tags"})


def article_files(
    article: Article, languages: tuple[str, ...], root: Path, urls: Urls, config: MkDocsConfig,
    from_model: bool = False,
) -> dict[str, File]:
    """The pages of `article` in the site of each language, each with the others as alternates.

    static-i18n builds one language after the other: the page made here for a later language
    serves as the alternate of this one first, and as that language's page in its own pass.
    With `from_model`, the text comes from the model rather than the file (the preview's last
    good version of an article whose file now has a mistake).
    """
    files = {lang: one_file(article, lang, root, urls, config, from_model) for lang in languages}
    for file in files.values():
        file.alternates = files  # type: ignore[attr-defined]
    return files


def one_file(article: Article, lang: str, root: Path, urls: Urls, config: MkDocsConfig,
             from_model: bool = False) -> File:
    version = article.version(lang)
    # Articles are reached through listings, not the menu: NOT_IN_NAV keeps MkDocs from listing them.
    if from_model:
        text = f"---\ntitle: {json.dumps(version.title)}\n---\n{version.body}"
        file = File.generated(config, f"{article.key}.md", content=text,
                              inclusion=InclusionLevel.NOT_IN_NAV)
    else:
        file = File.generated(
            config, f"{article.key}.md", abs_src_path=str(root / version.path),
            inclusion=InclusionLevel.NOT_IN_NAV,
        )
    # Set before anything reads `url` or `abs_dest_path`, which MkDocs derives from it and caches.
    file.dest_uri = urls.article_dest(article, lang)
    file.locale = version.lang  # type: ignore[attr-defined]
    file.locale_alternate_of = lang  # type: ignore[attr-defined]
    file.localization = None if version.lang == urls.default_language else version.lang  # type: ignore[attr-defined]
    file.norm_src_uri = file.src_uri  # type: ignore[attr-defined]
    return file


def generated_page(config: MkDocsConfig, src: str, dest: str, lang: str, urls: Urls) -> File:
    """A page the plugin makes (its text comes from its template), in `lang`, at `dest`, marked
    for static-i18n as that language's page."""
    file = File.generated(config, src, content="", inclusion=InclusionLevel.NOT_IN_NAV)
    file.dest_uri = dest  # before anything reads `url`, which MkDocs derives from it
    file.locale = lang  # type: ignore[attr-defined]
    file.locale_alternate_of = lang  # type: ignore[attr-defined]
    file.localization = None if lang == urls.default_language else lang  # type: ignore[attr-defined]
    file.norm_src_uri = file.src_uri  # type: ignore[attr-defined]
    return file


def author_files(author: Author, languages: tuple[str, ...], urls: Urls,
                 config: MkDocsConfig) -> dict[str, File]:
    """An author's page in each language (its text comes from the template), as alternates."""
    files = {lang: generated_page(config, f"authors/{author.slug}.md",
                                  urls.author_dest(author.slug, lang), lang, urls)
             for lang in languages}
    for file in files.values():
        file.alternates = files  # type: ignore[attr-defined]
    return files


def page_meta(meta: Mapping[str, Any], fields: Iterable[str]) -> dict[str, Any]:
    """The `fields` of a page's front matter that reach its templates, texts escaped."""
    kept: dict[str, Any] = {}
    for key in fields:
        value = meta.get(key)
        if value is None or isinstance(value, dict | list) and key not in ("hide", "search"):
            continue
        if key == "hide":
            items = value if isinstance(value, list) else [value]
            kept[key] = [str(item) for item in items if str(item) in HIDEABLE]
        elif key == "search":
            if isinstance(value, dict):
                kept[key] = {k: v for k, v in value.items()
                             if (k == "exclude" and isinstance(v, bool))
                             or (k == "boost" and isinstance(v, int | float))}
        else:
            kept[key] = value if isinstance(value, Markup) else escape(str(value))
    return kept
