"""The plugin's options in `mkdocs.yml` under `plugins: - magazine:`."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config, ValidationError


class Count(c.Type):
    """A whole number of at least `least`; MkDocs stops the build with the message, naming the
    option, before anything is built (`page_size: 0` would divide by zero in the listings)."""

    def __init__(self, least: int, default: int) -> None:
        super().__init__(int, default=default)
        self.least = least

    def run_validation(self, value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < self.least:
            raise ValidationError(
                f"'{self._name}' must be a whole number of {self.least} or more, not {value!r}; "  # type: ignore[attr-defined]
                f"write {self._name}: {self.default} in mkdocs.yml")  # type: ignore[attr-defined]
        return value


class MagazineConfig(Config):
    drafts = c.Type(bool, default=False)
    """Build articles with `status: draft` too, to preview them; never on for the published site."""

    related = Count(least=0, default=5)
    """How many related articles each article shows."""

    page_size = Count(least=1, default=50)
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
