"""One search index per language, so that a Dutch reader finds Dutch pages and an English
reader English pages.

mkdocs-static-i18n builds one language after the other, keeps the search entries of each, and
after the last one has Material's search plugin write them all as one merged index at
`search/search_index.json`. `install` replaces that last step on the static-i18n plugin instance
of the build: `write_language_indexes` writes the entries of each language, through Material's
own index writer, to that language's index: the default language at
`search/search_index.json`, the others at `<lang>/search/search_index.json`, with locations
relative to the language's home and lunr's stemmer set for that language only. Nothing is
written twice and nothing is read back.

Material's search script finds its index at `<base>/search/search_index.json`, where `base`
comes from the page's `base_url`; `language_base_url` makes that the language's home for pages
under `/<lang>/`, so their search loads their own index and their results resolve under it.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.utils import write_file

Entry = dict[str, Any]


def install(i18n: Any) -> None:
    """Have this static-i18n plugin instance write one search index per language."""
    if i18n is None or not hasattr(i18n, "reconfigure_search_index"):
        return
    if not hasattr(i18n, "merged_search_index"):  # on_config runs once per language
        i18n.merged_search_index = i18n.reconfigure_search_index
    i18n.reconfigure_search_index = lambda config: write_per_language(i18n, config)


def write_per_language(i18n: Any, config: MkDocsConfig) -> None:
    """static-i18n's last step, one index per language: the entries of every language built."""
    search = config.plugins.get("material/search") or config.plugins.get("search")
    if search is None or not search.config.get("enabled", True):
        return
    if not hasattr(getattr(search, "search_index", None), "entries"):
        i18n.merged_search_index(config)  # not Material's search plugin: leave it as it was
        return
    entries = list(i18n.search_entries)
    if i18n.config.reconfigure_search:  # static-i18n's own step, in linear time
        dedupe_search_entries(entries, list(i18n.build_languages))
    languages = (i18n.default_language,
                 *(lang for lang in i18n.build_languages if lang != i18n.default_language))
    write_language_indexes(search, config, entries, languages)


def write_language_indexes(
    search: Any, config: MkDocsConfig, entries: list[Entry], languages: tuple[str, ...]
) -> dict[str, int]:
    """Write each language's entries to its index; return the number of entries of each."""
    index = search.search_index
    default = languages[0]
    saved = index.entries, index.config.get("lang")
    per_language = split_entries(entries, languages)
    try:
        for lang, own in per_language.items():
            index.entries, index.config["lang"] = own, [lang]
            if lang == default:
                # Material's own step, which also keeps the index of a `--dirty` rebuild whole.
                search.on_post_build(config=config)
            else:
                path = Path(config.site_dir) / lang / "search" / "search_index.json"
                write_file(index.generate_search_index(None).encode("utf-8"), str(path))
    finally:
        index.entries, index.config["lang"] = saved
    return {lang: len(own) for lang, own in per_language.items()}


def split_entries(entries: list[Entry], languages: tuple[str, ...]) -> dict[str, list[Entry]]:
    """The entries of each language, with locations relative to that language's home."""
    default, others = languages[0], languages[1:]
    per_language: dict[str, list[Entry]] = {lang: [] for lang in languages}
    seen: dict[str, set[str]] = {lang: set() for lang in languages}
    for entry in entries:
        lang, location = entry_language(entry.get("location", ""), others, default)
        if location in seen[lang]:  # the same section indexed twice
            continue
        seen[lang].add(location)
        # A copy only where the location changes: Material's entries are not ours to change.
        per_language[lang].append(
            entry if location == entry.get("location") else {**entry, "location": location})
    return per_language


def entry_language(location: str, others: tuple[str, ...], default: str) -> tuple[str, str]:
    """The language of an index entry and its location relative to that language's home."""
    for lang in others:
        if location == lang or location.startswith((f"{lang}/", f"{lang}#")):
            return lang, location[len(lang):].lstrip("/")
    return default, location


def language_base_url(base_url: str, page_url: str, languages: tuple[str, ...]) -> str:
    """The `base_url` that points a page under `/<lang>/` at its language's home."""
    for lang in languages[1:]:
        if page_url.startswith(f"{lang}/"):
            # With the trailing slash: the browser resolves "search/..." against a folder.
            return f"{base_url.rstrip('/')}/{lang}/" if base_url not in ("", ".") else f"{lang}/"
    return base_url


def dedupe_search_entries(entries: list[dict[str, Any]], languages: list[str]) -> None:
    """Remove, in place, the entries of other languages that repeat a default-language entry.

    A linear replacement for a quadratic step of mkdocs-static-i18n, found by profiling. After the
    last language is built, static-i18n 1.3 merges the search index of all languages and drops an
    entry of another language that repeats an entry of the default language (same title, same
    text, location ending in the default entry's location: a page that falls back to the default
    language's text). It compares every default entry with every other entry: with a thousand
    articles in two languages (some 12,000 entries) that is 37 million comparisons, a quarter of
    the build. A dictionary keyed by (title, text) gives the same result in one pass.
    """
    prefixes = tuple(f"{lang}/" for lang in languages)
    others: dict[tuple[Any, Any], list[dict[str, Any]]] = defaultdict(list)
    for entry in entries:
        if entry["location"].startswith(prefixes):
            others[(entry["title"], entry["text"])].append(entry)
    if not others:
        return
    duplicates: set[int] = set()
    for entry in entries:
        if entry["location"].startswith(prefixes):
            continue
        for other in others.get((entry["title"], entry["text"]), ()):
            if other["location"].endswith(entry["location"]):
                duplicates.add(id(other))
    if duplicates:
        entries[:] = [entry for entry in entries if id(entry) not in duplicates]
