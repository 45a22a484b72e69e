"""A tiny magazine with the repository's overrides, assets and overview pages, for the readers'
features: search per language, feeds, sharing, the overviews, language switching.
"""

from __future__ import annotations

from pathlib import Path

from conftest import REPO, SITE_CONFIG, TINY_SITE, build, write_site

READERS_CONFIG = SITE_CONFIG.replace(
    "  language: nl\n", "  language: nl\n  custom_dir: overrides\n  font: false\n"
).replace(
    "  - magazine\n",
    "  - magazine:\n      assets: [assets/magazine.css, assets/filter.js, assets/search.js]\n",
).replace("  - index.md\n", "  - index.md\n  - articles/index.md\n", 1) + (
    "extra_css:\n  - assets/magazine.css\n"
)


def repository_files(*paths: str) -> dict[str, str]:
    """Files of the real repository, to be written into a tiny site as they are."""
    return {path: (REPO / path).read_text(encoding="utf-8") for path in paths}


def readers_files(extra: dict[str, str] | None = None) -> dict[str, str]:
    return {
        **TINY_SITE,
        **repository_files("overrides/main.html", "docs/assets/magazine.css",
                           "docs/assets/filter.js", "docs/articles/index.md",
                           "docs/assets/search.js", "overrides/partials/header.html",
                           "overrides/partials/search.html",
                           "docs/articles/index.en.md", "docs/actions/index.md",
                           "docs/actions/index.en.md"),
        **(extra or {}),
    }


def build_readers_site(root: Path, extra: dict[str, str] | None = None,
                       config: str = READERS_CONFIG) -> Path:
    return build(write_site(root, readers_files(extra), config))
