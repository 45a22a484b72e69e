"""Where the print edition's PDFs are in the built site.

Apart from `pdf.py` so that the site can link to the PDFs without importing WeasyPrint, which
takes some 0.4 s: a build without PDFs (`make serve`, `make preview`) does not pay it.
"""

from __future__ import annotations

from pathlib import Path


def default_paths(site_dir: Path, lang: str, default_language: str) -> tuple[Path, Path]:
    """site/print/magazine.pdf for the default language, site/<lang>/print/... for others."""
    folder = site_dir / "print" if lang == default_language else site_dir / lang / "print"
    return folder / "magazine.pdf", folder / "magazine-print.pdf"


def pdf_url(lang: str, default_language: str, printer: bool = False) -> str:
    """The screen (or printer's) PDF's address relative to the site root, as MkDocs writes URLs."""
    name = "magazine-print.pdf" if printer else "magazine.pdf"
    return f"print/{name}" if lang == default_language else f"{lang}/print/{name}"
