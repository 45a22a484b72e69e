"""The site's menu as the plugin needs it: which tab a page belongs to, and which pages the menu
titles itself.

The menu (`nav` in mkdocs.yml) lists the sections, not every article, theme or session: a page
that is not in it still marks its section's tab as the active one.
"""

from __future__ import annotations

from typing import Any

from ...content.model import Article
from ...content.urls import Urls


def section_tab(nav: Any, kind: str, article: Article | None, urls: Urls, lang: str) -> Any:
    """The menu entry of the section a page belongs to, when the page is not in the menu."""
    section = {"article": article.folder if article else "", "theme": "themes",
               "session": "sessions"}.get(kind)
    if not section or nav is None:
        return None
    url = urls.section(section, lang)
    return next((item for item in nav.items if getattr(item, "url", None) == url), None)


def untranslated_name(src_uri: str) -> str:
    """`index.en.md` as the nav names it for every language: `index.md`."""
    stem, dot, lang = src_uri.removesuffix(".md").rpartition(".")
    return f"{stem}.md" if dot and len(lang) == 2 and "/" not in lang else src_uri


def titled_in_nav(nav: Any) -> set[str]:
    """The pages that `nav` in mkdocs.yml gives a title of their own ("Home: index.md")."""
    found: set[str] = set()
    items = nav if isinstance(nav, list) else [nav] if nav else []
    for item in items:
        if isinstance(item, dict):
            for value in item.values():
                if isinstance(value, str):
                    found.add(value)
                else:
                    found |= titled_in_nav(value)
    return found


class ActiveTab:
    """The menu entry marked active for the page being rendered, when the page is not in the menu
    itself but its section is; unmarked again before the next page, which has its own section."""

    def __init__(self) -> None:
        self.tab: Any = None

    def mark(self, nav: Any, kind: str, article: Article | None, urls: Urls, lang: str) -> None:
        self.tab = section_tab(nav, kind, article, urls, lang)
        if self.tab is not None:
            self.tab.active = True

    def clear(self) -> None:
        if self.tab is not None:
            self.tab.active = False
            self.tab = None
