"""The sitemap: a small index at `sitemap.xml` that names the list of every page.

Search engines read `sitemap.xml` for the site's pages and their other languages. Material's
script fetches `sitemap.xml` too, on every page view (to map a page onto its other language
when the reader switches), and MkDocs' list of every page grows with the magazine: some 860 kB
at 1,000 articles, 2.5 MB at 3,000, for every reader on every first page. So the list moves to
`sitemap-pages.xml`, and `sitemap.xml` becomes a sitemap index that names it (the sitemaps
protocol's way of splitting a sitemap): search engines follow it, Material reads a few hundred
bytes. Material's language switch then takes the reader to the page's other language as
static-i18n links it, which is the right page already.

Material also fetches a `sitemap.xml` beside every `<link rel="alternate">` of a page, on every
page view: beside the page's feeds (the language's, `en/feed.xml`, and a theme's,
`themes/work/feed.xml`). Each of those folders gets the same small index, so that no page view
asks for a file that is not there (a host answers with the 404 page, some 17 kB each). The head
has no links to the page's other languages (`overrides/main.html`): Material would look for a
sitemap beside every page. Search engines read those from `sitemap-pages.xml`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from jinja2 import Environment, FileSystemLoader

from .. import TEMPLATES

PAGES = "sitemap-pages.xml"


def split_sitemap(site_dir: Path, site_url: str, feeds: Iterable[str] = ()) -> None:
    """Move MkDocs' sitemap (and its gzipped copy) to `PAGES`; write the index in its place, and
    in the folder of each of the `feeds` (paths in the site)."""
    sitemap = site_dir / "sitemap.xml"
    if not sitemap.is_file():
        return
    os.replace(sitemap, site_dir / PAGES)
    zipped = site_dir / "sitemap.xml.gz"
    if zipped.is_file():
        os.replace(zipped, site_dir / f"{PAGES}.gz")
    base = site_url if not site_url or site_url.endswith("/") else site_url + "/"
    template = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True).get_template(
        "magazine/sitemap-index.xml")
    index = template.render(pages_url=base + PAGES)
    for folder in {site_dir, *(site_dir / PurePosixPath(feed).parent for feed in feeds)}:
        (folder / "sitemap.xml").write_text(index, encoding="utf-8")
