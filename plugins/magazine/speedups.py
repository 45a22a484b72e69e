"""A linear replacement for a quadratic step of mkdocs-static-i18n, found by profiling.

After the last language is built, static-i18n 1.3 merges the search index of all languages and
drops an entry of another language that repeats an entry of the default language (same title,
same text, location ending in the default entry's location: a page that falls back to the
default language's text). It compares every default entry with every other entry: with a
thousand articles in two languages (some 12,000 entries, one per heading) that is 37 million
comparisons, a quarter of the build, and four times as long for twice the articles.

`dedupe_search_entries` gives the same result through a dictionary keyed by (title, text), and
`install` puts it on the static-i18n plugin instance of the build. Nothing else changes.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any


def dedupe_search_entries(entries: list[dict[str, Any]], languages: list[str]) -> None:
    """Remove, in place, the entries of other languages that repeat a default-language entry."""
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


def install(i18n: Any) -> None:
    """Use `dedupe_search_entries` in this static-i18n plugin instance, if it has that step."""
    if i18n is None or not hasattr(i18n, "reconfigure_search_duplicates"):
        return
    if getattr(i18n, "_magazine_linear_search", False):
        return

    def reconfigure_search_duplicates(search_index_entries: list[dict[str, Any]]) -> None:
        dedupe_search_entries(search_index_entries, list(i18n.build_languages))

    i18n.reconfigure_search_duplicates = reconfigure_search_duplicates
    i18n._magazine_linear_search = True
