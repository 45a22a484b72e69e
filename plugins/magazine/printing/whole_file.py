"""Files appear whole or not at all: a PDF in the site and in the build cache (`pdf_cache.py`);
the file mode mask, for the site's folder too (`site/outputs/atomic_output.py`)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def write_whole(path: Path, fill: Callable[[str], object]) -> None:
    """Have `fill` write a temporary file beside `path` (it gets its name), then move it into
    place: a write that fails halfway leaves what was there, and no half file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(handle)
    try:
        fill(temporary)
        os.chmod(temporary, 0o666 & ~umask())  # mkstemp makes it private; the site is public
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def umask() -> int:
    """The process's file mode mask (reading it means setting it: it is set back at once)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
