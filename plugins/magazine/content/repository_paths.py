"""The one rule for every file the build reads: it must lie inside the repository.

A path is judged where it really leads, after symlinks are followed: `docs/a.md` that is a link to
`/etc/passwd`, or `images/x.png` reached through `../../`, lies outside. Files and folders whose
name starts with a dot (`.git`, `.github`, `.venv`) are never content: they can hold a CI job's
credentials, so they count as outside too.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path


def inside_repository(root: str | os.PathLike[str], path: str | os.PathLike[str]) -> Path | None:
    """The real path of `path` (relative to `root`, or absolute) if it lies inside the repository
    `root` and outside its hidden folders; else None. The file need not exist."""
    real_root = _resolved(os.fspath(root))
    try:
        real = os.path.realpath(os.path.join(real_root, path))
    except (OSError, ValueError):  # a NUL byte
        return None
    if not real.startswith(real_root + os.sep):
        return None
    if any(part.startswith(".") for part in real[len(real_root) + 1:].split(os.sep)):
        return None
    return Path(real)


@lru_cache(maxsize=8)
def _resolved(root: str) -> str:
    return os.path.realpath(root)


def symlink_problems(root: str | os.PathLike[str], folder: str) -> Iterator[tuple[str, str, str]]:
    """(path relative to `root`, the link's target, what is wrong) of each symlink under `folder`
    that leads outside the repository or nowhere, or to a folder: MkDocs walks into linked
    folders, so a link to `..` would publish the repository over and over."""
    base = os.path.join(root, folder)
    if os.path.islink(base) or not os.path.isdir(base):
        return
    pending = [base]
    while pending:
        try:
            with os.scandir(pending.pop()) as scan:
                entries = sorted(scan, key=lambda entry: entry.name)
        except OSError:
            continue  # an unreadable folder is reported where the content is read
        for entry in entries:
            if entry.is_symlink():
                relative = Path(os.path.relpath(entry.path, root)).as_posix()
                target = os.readlink(entry.path)
                if inside_repository(root, relative) is None or not os.path.exists(entry.path):
                    yield relative, target, "leaves"
                elif os.path.isdir(entry.path):
                    yield relative, target, "folder"
            elif entry.is_dir():
                pending.append(entry.path)
