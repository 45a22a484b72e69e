"""The plugin's options in `mkdocs.yml` under `plugins: - magazine:`."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class MagazineConfig(Config):
    drafts = c.Type(bool, default=False)
    """Build articles with `status: draft` too, to preview them; never on for the published site."""

    related = c.Type(int, default=5)
    """How many related articles each article shows."""
