"""Front matter text made safe for Material's templates, which do not escape what they print.

Material prints `page.meta.title` (in `<title>`, the header and the navigation) and
`page.meta.description` (in `<meta name="description">`) as they are, and its search index
keeps the title as HTML. Escaping the values once and marking them as `Markup` makes them safe
there, and keeps autoescaping templates (ours) from escaping them a second time.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any

from markupsafe import Markup, escape

ESCAPED_META = ("title", "description")


def escape_page_meta(meta: MutableMapping[str, Any]) -> None:
    """Escape the front matter values that Material prints without escaping, in place."""
    for key in ESCAPED_META:
        value = meta.get(key)
        if value is not None and not isinstance(value, Markup | dict | list):
            meta[key] = escape(str(value))
