"""The plugin's options in `mkdocs.yml` under `plugins: - magazine:`."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class MagazineConfig(Config):
    drafts = c.Type(bool, default=False)
    """Build articles with `status: draft` too, to preview them; never on for the published site."""

    related = c.Type(int, default=5)
    """How many related articles each article shows."""

    page_size = c.Type(int, default=50)
    """How many articles a listing shows per page (all articles, each section, theme and author);
    the next ones are on `<listing>/page/2/` and so on, so that no page grows without bound."""

    pdf = c.Type(bool, default=True)
    """Make the print edition (site/print/magazine.pdf and one per language) after the build.
    `make serve` turns it off (MAGAZINE_PDF=false) so the preview does not wait for it."""

    search = c.Type(bool, default=True)
    """Make the search index of each language with Pagefind after the build, and show the search
    box. Needs the `pagefind[bin]` package (installed with the magazine)."""

    edition = c.Optional(c.Type(str))
    """The print edition to make: the id of docs/editions/<id>.md. Without it, every published
    article, grouped by kind, newest first."""

    assets = c.ListOfItems(c.Type(str), default=[])
    """The project's own style, script and font files in docs/ (paths relative to docs/), which
    the site publishes as they are. Any other file of docs/ that is not a page or a picture is an
    error (`content/published_files.py`). This list is code: a maintainer reviews every change."""

    plain_language = c.Type(dict, default={})
    """Pieces meant for newcomers and the reading level they must meet; `magazine check` warns
    about the ones that read harder (see `content/readability.py`)."""
