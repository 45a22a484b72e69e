"""Which articles a pull request changed, and where their pages are in the preview.

The pull-request workflow lists them in the job's summary and takes screenshots of exactly those
pages (`magazine changed`, `tools/screenshots.py --since`). The changed files come from one
`git diff` against the commit the pull request starts from.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from .model import KINDS, Magazine
from .urls import Urls


class GitError(Exception):
    """git could not tell what changed (no repository, or the commit is not in its history)."""


@dataclass
class ChangedArticle:
    key: str  # "essays/slug"
    files: list[str]  # the changed files of the article, relative to the repository
    title: str | None = None  # None: the article is not in the magazine (deleted, or it has errors)
    pages: dict[str, str] = field(default_factory=dict)  # lang -> the page's file in the preview


def changed_files(root: str | Path, since: str) -> list[str]:
    """The files that differ between the commit `since` and the working tree's commit."""
    try:
        result = subprocess.run(
            ["git", "-C", str(root), "diff", "--name-only", "--no-renames", "-z", since, "HEAD",
             "--"], capture_output=True, text=True, check=False)
    except OSError as error:
        raise GitError(f"git could not be run: {error}") from error
    if result.returncode != 0:
        raise GitError(result.stderr.strip() or f"git diff {since} failed")
    return [path for path in result.stdout.split("\0") if path]


def article_key(path: str, languages: tuple[str, ...]) -> str | None:
    """"essays/slug" for "essays/slug.md" or "essays/slug.en.md"; None for any other file."""
    folder, _, name = path.partition("/")
    if folder not in KINDS or "/" in name or not name.endswith(".md"):
        return None
    slug = name.removesuffix(".md")
    for lang in languages:
        slug = slug.removesuffix(f".{lang}")
    return f"{folder}/{slug}"


def changed_articles(magazine: Magazine, files: list[str],
                     languages: tuple[str, ...]) -> list[ChangedArticle]:
    """The articles among `files`, each with its preview pages in every language of the site
    (a missing translation's page shows the original, so each language has one)."""
    by_key: dict[str, ChangedArticle] = {}
    for path in files:
        key = article_key(path, languages)
        if key is not None:
            by_key.setdefault(key, ChangedArticle(key, [])).files.append(path)
    urls = Urls(magazine.default_language, directory_urls=False)
    found = {article.key: article for article in magazine.articles}
    for key, change in by_key.items():
        article = found.get(key)
        if article is None:
            continue
        change.title = article.version(magazine.default_language).title
        change.pages = {lang: urls.article_dest(article, lang) for lang in languages}
    return sorted(by_key.values(), key=lambda change: change.key)
