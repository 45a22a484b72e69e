"""Which articles have which languages, which are missing, and which translations lag behind.

A translation lags behind ("is older than its source") when its file was last committed before
the original's file. The dates come from git, in one `git log` call for the whole repository;
without git history every date is unknown and nothing is called outdated.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .model import KINDS, Magazine


@dataclass
class FileStatus:
    lang: str
    path: str  # relative to the repository root
    updated: dt.datetime | None  # the last commit that changed the file; None when unknown


@dataclass
class ArticleStatus:
    key: str  # "essays/slug"
    folder: str
    title: str
    status: str  # published | draft | example
    original: str  # the language of the source text
    files: list[FileStatus] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    drafts: list[str] = field(default_factory=list)  # of `missing`: a draft translation exists
    outdated: list[str] = field(default_factory=list)  # translations older than the original

    @property
    def languages(self) -> list[str]:
        return [f.lang for f in self.files]

    def as_dict(self) -> dict[str, object]:
        return {
            "article": self.key,
            "title": self.title,
            "status": self.status,
            "original": self.original,
            "languages": self.languages,
            "missing": self.missing,
            "drafts": self.drafts,
            "outdated": self.outdated,
            "files": {
                f.lang: {"path": f.path, "updated": f.updated.isoformat() if f.updated else None}
                for f in self.files
            },
        }


def last_commits(root: str | Path, folders: Iterable[str]) -> dict[str, dt.datetime] | None:
    """The date of the last commit of every file under `folders`, from one `git log` call.

    Paths are relative to `root`. None when `root` has no git history (or git is missing).
    """
    command = ["git", "-C", str(root), "log", "--format=%x00%cI", "--name-only", "--relative",
               "--no-renames", "--", *folders]
    try:
        result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    if result.returncode != 0:
        return None
    dates: dict[str, dt.datetime] = {}
    current: dt.datetime | None = None
    for line in result.stdout.splitlines():
        if line.startswith("\0"):
            current = dt.datetime.fromisoformat(line[1:].strip())
        elif line.strip() and current is not None:
            dates.setdefault(line.strip(), current)  # newest first: keep the first seen
    return dates


def translation_status(
    magazine: Magazine, dates: dict[str, dt.datetime] | None = None
) -> list[ArticleStatus]:
    """The status of every article of `magazine`, by folder and slug.

    `dates` maps repository paths to their last commit; by default it is read from git.
    """
    if dates is None:
        dates = last_commits(magazine.root, KINDS) or {}
    statuses = []
    for article in sorted(magazine.articles, key=lambda a: a.key):
        original = article.versions[article.languages[0]]
        item = ArticleStatus(article.key, article.folder, original.title, article.status,
                             original.lang)
        for lang in magazine.languages:
            version = article.versions.get(lang)
            if version is None:
                item.missing.append(lang)
                if lang in article.draft_translations:
                    item.drafts.append(lang)
                continue
            item.files.append(FileStatus(lang, version.path, dates.get(version.path)))
        source = dates.get(original.path)
        for file in item.files:
            if file.lang != original.lang and source and file.updated and file.updated < source:
                item.outdated.append(file.lang)
        statuses.append(item)
    return statuses
