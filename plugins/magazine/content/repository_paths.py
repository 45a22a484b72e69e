"""The one rule for every file the build reads: it must lie inside the repository.

A path is judged where it really leads, after symlinks are followed: `docs/a.md` that is a link to
`/etc/passwd`, or `images/x.png` reached through `../../`, lies outside. Files and folders whose
name starts with a dot (`.git`, `.github`, `.venv`) are never content: they can hold a CI job's
credentials, so they count as outside too.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path


def inside_repository(root: str | os.PathLike[str], path: str | os.PathLike[str]) -> Path | None:
    """The real path of `path` (relative to `root`, or absolute) if it lies inside the repository
    `root` and outside its hidden folders; else None. The file need not exist."""
    real_root = Path(root).resolve()
    try:
        real = (real_root / path).resolve()
    except (OSError, RuntimeError, ValueError):  # a symlink loop, a NUL byte
        return None
    if not real.is_relative_to(real_root):
        return None
    if any(part.startswith(".") for part in real.relative_to(real_root).parts):
        return None
    return real


def symlink_problems(root: str | os.PathLike[str], folder: str) -> Iterator[tuple[str, str, str]]:
    """(path relative to `root`, the link's target, what is wrong) of each symlink under `folder`
    that leads outside the repository or nowhere, or to a folder: MkDocs walks into linked
    folders, so a link to `..` would publish the repository over and over."""
    base = Path(root) / folder
    if not base.is_dir() or base.is_symlink():
        return
    for dirpath, dirnames, filenames in os.walk(base):
        dirnames.sort()
        for name in sorted([*dirnames, *filenames]):
            path = Path(dirpath) / name
            if not path.is_symlink():
                continue
            relative = path.relative_to(root).as_posix()
            target = os.readlink(path)
            if inside_repository(root, relative) is None or not path.exists():
                yield relative, target, "leaves"
            elif path.is_dir():
                yield relative, target, "folder"
