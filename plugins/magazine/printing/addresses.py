"""Where the print edition's PDFs are in the built site.

Apart from `pdf.py` so that the site can link to the PDFs without importing WeasyPrint, which
takes some 0.4 s: a build without PDFs (`make serve`, `make preview`) does not pay it.
"""

from __future__ import annotations

from pathlib import Path

SCREEN = Path("magazine.pdf")


def printer_path(screen: Path) -> Path:
    """The printer's PDF beside the screen PDF: magazine.pdf -> magazine-print.pdf."""
    return screen.with_name(screen.stem + "-print" + screen.suffix)


def default_paths(site_dir: Path, lang: str, default_language: str) -> tuple[Path, Path]:
    """site/print/magazine.pdf for the default language, site/<lang>/print/... for others."""
    folder = site_dir / "print" if lang == default_language else site_dir / lang / "print"
    return folder / SCREEN, printer_path(folder / SCREEN)


def pdf_url(lang: str, default_language: str, printer: bool = False) -> str:
    """The screen (or printer's) PDF's address relative to the site root, as MkDocs writes URLs."""
    screen, printed = default_paths(Path(), lang, default_language)
    return (printed if printer else screen).as_posix()
