"""The 404 page of each language.

It is served at any address, so its links are absolute. static-i18n builds every language into
the same folder, where each language's 404 page would overwrite the one before at `/404.html`: the
default language's stays there, the others go to `/<lang>/404.html`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from mkdocs.config.defaults import MkDocsConfig

from .magazine_pages import MagazinePages


def template_context(context: dict[str, Any], template_name: str, config: MkDocsConfig,
                     pages: MagazinePages) -> dict[str, Any]:
    """The 404 page's words in the language being built, with the address of its home page."""
    if template_name == "404.html" and pages.views is not None:
        context["mz_t"] = pages.views.t
        context["mz_home_path"] = urlsplit(config.site_url or "/").path.rstrip("/") + "/" + \
            pages.urls.prefix(pages.lang)
    return context


def place(output: str, template_name: str, config: MkDocsConfig, pages: MagazinePages) -> str:
    """The 404 page of a language other than the default one goes to its own folder; MkDocs
    writes nothing for the empty page returned instead, so the default language's one stays."""
    if template_name != "404.html" or pages.magazine is None:
        return output
    if pages.lang == pages.magazine.default_language:
        return output
    target = Path(config.site_dir) / pages.urls.prefix(pages.lang) / "404.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(output, encoding="utf-8")
    return ""
