"""One search index per language, so that a Dutch reader finds Dutch pages and an English
reader English pages.

mkdocs-static-i18n merges the entries of every language into the one index at
`search/search_index.json`. After the last language is built, `split_search_index` writes the
entries of each language to that language's own index: the default language at
`search/search_index.json`, the others at `<lang>/search/search_index.json`, with locations
relative to the language's home and lunr's stemmer set for that language only.

Material's search script finds its index at `<base>/search/search_index.json`, where `base`
comes from the page's `base_url`; `language_base_url` makes that the language's home for pages
under `/<lang>/`, so their search loads their own index and their results resolve under it.
"""

from __future__ import annotations

import json
from pathlib import Path


def split_search_index(site_dir: Path, languages: tuple[str, ...]) -> dict[str, int]:
    """Write one index per language from the merged one; return the number of entries of each."""
    merged_path = site_dir / "search" / "search_index.json"
    if not merged_path.is_file():
        return {}
    merged = json.loads(merged_path.read_text(encoding="utf-8"))
    default, others = languages[0], languages[1:]
    per_language: dict[str, list[dict]] = {lang: [] for lang in languages}
    seen: dict[str, set[str]] = {lang: set() for lang in languages}
    for entry in merged.get("docs", []):
        lang, location = entry_language(entry.get("location", ""), others, default)
        if location in seen[lang]:  # the same section indexed twice
            continue
        seen[lang].add(location)
        per_language[lang].append({**entry, "location": location})
    for lang, entries in per_language.items():
        config = {**merged.get("config", {}), "lang": [lang]}
        folder = site_dir / "search" if lang == default else site_dir / lang / "search"
        folder.mkdir(parents=True, exist_ok=True)
        data = json.dumps({"config": config, "docs": entries}, separators=(",", ":"),
                          ensure_ascii=False)
        (folder / "search_index.json").write_text(data, encoding="utf-8")
    return {lang: len(entries) for lang, entries in per_language.items()}


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
