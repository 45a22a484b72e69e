"""Pages shown in a language they are not written in.

With `fallback_to_default`, mkdocs-static-i18n builds a page that has no translation from the
original file, under the other language's address and with that language's page chrome. Such a
page must say so, link to the original, and mark its text with the original's language.
Articles have their own notice (views.ArticleView.untranslated_notice); this covers the rest.
"""

from __future__ import annotations

from dataclasses import dataclass

from .strings import Strings
from .urls import Urls


@dataclass
class Untranslated:
    lang: str  # the language the page's text is in
    url: str  # the original page, relative to the site root
    notice: str
    link: str


def untranslated(page_url: str, file_locale: str | None, lang: str,
                 languages: tuple[str, ...]) -> Untranslated | None:
    """The notice for a page built for `lang` from a file in `file_locale`, or None."""
    if not file_locale or file_locale == lang or file_locale not in languages:
        return None
    urls = Urls(languages[0])
    path = page_url[len(urls.prefix(lang)):] if page_url.startswith(urls.prefix(lang)) else page_url
    t = Strings(lang)
    name = t.language(file_locale)
    return Untranslated(file_locale, urls.prefix(file_locale) + path or "./",
                        t("page_untranslated", language=name), t("page_original", language=name))
