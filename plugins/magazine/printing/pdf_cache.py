"""The print edition laid out once: a build whose edition would come out as the last build's did
takes that build's PDFs instead of laying them out again.

Laying out the edition is most of a build of the magazine with PDFs (some 20 CPU seconds for
the starter magazine's two languages, one layout each, written as the screen and the printer's
PDF); the site itself takes one. Most builds do not change the edition. What its PDFs depend on, and so what decides:

- the edition's HTML as the first layout gets it: the articles and their order, their text and
  pictures' addresses, the site's settings, the templates and the style sheet (`key`);
- the CMYK profile of the printer's PDF, whether there is one, and the machine's fonts (their
  files), which WeasyPrint finds through fontconfig;
- the versions of WeasyPrint and the libraries it writes PDFs with, and this package's code;
- the bytes of every picture the layout read: recorded with the entry as it is made, and checked
  when it is used (`reuse`).

The entry keeps the problems the layout itself reported, so a build that reuses it reports what
one that lays the edition out does; those of the content and of the edition's list of articles
are found anew on every build. Entries live in the build cache, outside the repository (a pull
request cannot bring one), one per language: the latest.
"""

from __future__ import annotations

import functools
import hashlib
import json
import shutil
import sys
from dataclasses import asdict
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from ..content.diagnostics import Diagnostic
from .whole_file import write_whole

PACKAGE = Path(__file__).resolve().parent.parent
LIBRARIES = ("weasyprint", "pydyf", "pikepdf", "fonttools", "pillow", "tinycss2", "cssselect2")
FONT_FOLDERS = ("/usr/share/fonts", "/usr/local/share/fonts", "~/.fonts", "~/.local/share/fonts")
FORMAT = 1  # raise when the entry's layout changes


class PrintCache:
    """The PDFs of the last build of each language, in `folder` (None: nothing is kept)."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder / "print" if folder else None

    def key(self, html: str, lang: str, printer: bool, profile: Path | None) -> str:
        """What the PDFs of one language are made from, but for the pictures (see `reuse`)."""
        digest = hashlib.sha256(json.dumps([FORMAT, lang, printer, machine()]).encode())
        digest.update(f"{profile}\0{file_digest(profile)}".encode() if profile else b"none")
        digest.update(html.encode())
        return digest.hexdigest()

    def reuse(self, key: str, lang: str, root: Path, screen: Path,
              printer: Path | None) -> dict | None:
        """Write the kept PDFs to `screen` and `printer`, if there are some for `key` and every
        picture they show is as it was; then what the entry says of them, else None."""
        entry = self.entry(lang, key)
        if entry is None:
            return None
        try:
            data = json.loads(entry.read_text(encoding="utf-8"))
            for path, digest in data["pictures"].items():
                if file_digest(root / path) != digest:
                    return None
            copy_whole(entry.with_suffix(".screen.pdf"), screen)
            if printer is not None:
                copy_whole(entry.with_suffix(".printer.pdf"), printer)
        except (OSError, ValueError, KeyError):
            return None  # not there, half there, or another layout: lay the edition out
        data["diagnostics"] = [Diagnostic(**d) for d in data["diagnostics"]]
        return data

    def keep(self, key: str, lang: str, screen: Path, printer: Path | None,
             made: dict, pictures: dict[str, str]) -> None:
        """Keep the PDFs just made for `key`, with `made` (pages, folios, problems) and the
        digest of each picture the layout read; this language's older entry goes."""
        if self.folder is None:
            return
        folder = self.folder / lang
        try:
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True)
            entry = folder / f"{key}.json"
            copy_whole(screen, entry.with_suffix(".screen.pdf"))
            if printer is not None:
                copy_whole(printer, entry.with_suffix(".printer.pdf"))
            made = {**made, "diagnostics": [asdict(d) for d in made["diagnostics"]],
                    "pictures": pictures}
            entry.write_text(json.dumps(made), encoding="utf-8")  # last: the PDFs are there
        except OSError:
            pass  # a cache that cannot be written only costs time

    def entry(self, lang: str, key: str) -> Path | None:
        if self.folder is None:
            return None
        path = self.folder / lang / f"{key}.json"
        return path if path.is_file() else None


@functools.cache
def machine() -> list[object]:
    """What of this machine and its software the layout depends on, besides the edition."""
    code = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*")):
        if path.suffix in (".py", ".html", ".css") and path.is_file():
            code.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0" + path.read_bytes())
    fonts = hashlib.sha256()
    for folder in FONT_FOLDERS:
        for path in sorted(Path(folder).expanduser().rglob("*")):
            if path.is_file():
                stat = path.stat()
                fonts.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
    return [sys.version, [library_version(name) for name in LIBRARIES], code.hexdigest(),
            fonts.hexdigest()]


def library_version(name: str) -> str:
    try:
        return f"{name} {version(name)}"
    except PackageNotFoundError:
        return f"{name} -"


def file_digest(path: Path) -> str:
    try:
        with path.open("rb") as file:
            return hashlib.file_digest(file, "sha256").hexdigest()
    except OSError:
        return "missing"


def copy_whole(source: Path, target: Path) -> None:
    """Never half a PDF, in the site or the cache."""
    write_whole(target, lambda temporary: shutil.copyfile(source, temporary))
