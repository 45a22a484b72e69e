"""The search box's words in each language, and which pages go into the search index (the
index itself is made after the build: `outputs/search.py`)."""

from __future__ import annotations

from dataclasses import dataclass

from ...content.ui_strings import Strings


@dataclass(frozen=True)
class SearchText:
    """The words of the search box in one language, for `partials/search.html`."""

    label: str
    placeholder: str
    hint: str
    loading: str
    none: str
    one: str
    other: str  # with "{n}"
    reset: str
    unavailable: str


def search_text(lang: str) -> SearchText:
    t = Strings(lang)
    return SearchText(*(t(f"search_{name}") for name in SearchText.__dataclass_fields__))


def searchable(page_lang: str, text_lang: str | None, kind: str) -> bool:
    """Whether a page's text goes into the search index of its language."""
    return kind != "status" and (text_lang is None or text_lang == page_lang)
