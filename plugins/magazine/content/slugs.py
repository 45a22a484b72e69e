"""File names that can be part of a web address: one rule for `magazine new` and `magazine check`.

An article's file name is its address: `essays/cafe-in-de-wijk.md` is `/essays/cafe-in-de-wijk/`.
Editors type titles with diacritics, capitals, spaces and apostrophes; `slugify` turns them into
lowercase ASCII words joined by hyphens ("Café in de wijk" -> "cafe-in-de-wijk", "thema's" ->
"themas"), with python-slugify's transliteration instead of a hand-made table.
"""

from __future__ import annotations

import re

from slugify import slugify as _slugify

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# An apostrophe belongs to the word ("thema's" is one word), not between two.
APOSTROPHES = [[quote, ""] for quote in ("'", "’", "‘", "`", "´")]


def slugify(text: str) -> str:
    """A file name (without .md) made from a title or a file name an editor typed."""
    return _slugify(text, replacements=APOSTROPHES)


def is_slug(text: str) -> bool:
    return bool(SLUG.match(text))
