"""Preview one language only: `MAGAZINE_LANGUAGE=en mkdocs serve` (or `make serve LANGUAGE=en`).

mkdocs-static-i18n builds the whole site once per language, so a preview that rebuilds after
each save takes as long as a full build. While editing one language, the other is not needed:
with MAGAZINE_LANGUAGE set to a language of the site, only that language is built, at its own
address (Dutch at `/`, English at `/en/`). The site's other language is missing from such a
preview, so never set it for the published site.

static-i18n has `build_only_locale`, but that makes the language built the default one, which
changes which files are Dutch and which English (`x.md` is Dutch here). Instead this sets the
`build` flag of the other languages to false and, for a language other than the default,
runs static-i18n's own per-language configuration again, the way it does for its second pass.
"""

from __future__ import annotations

import os
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

ENV = "MAGAZINE_LANGUAGE"


def wanted_language() -> str:
    return os.environ.get(ENV, "").strip()


def only_language(i18n: Any, config: MkDocsConfig) -> MkDocsConfig:
    """Restrict the build to MAGAZINE_LANGUAGE, if it is set; call after static-i18n's on_config."""
    lang = wanted_language()
    if not lang or i18n is None:
        return config
    if lang not in i18n.all_languages:
        raise PluginError(
            f"{ENV}={lang} is not a language of this site: "
            f"use one of {', '.join(i18n.all_languages)}, or leave it empty to build all"
        )
    for language in i18n.config.languages:
        language.build = language.locale == lang
    if not i18n.building and i18n.current_language != lang:
        i18n.current_language = lang
        config = i18n.on_config(config)
    return config
