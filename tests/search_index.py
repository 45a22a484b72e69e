"""Reads back what Pagefind wrote, for the tests: the pages of each language's search index.

Pagefind stores each indexed page as a "fragment": gzipped JSON (after a short signature) with
the page's address, its indexed text and its title. Reading them shows exactly what a search can
find and show, without a browser.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

SIGNATURE = b"pagefind_dcd"


def search_pages(site: Path, lang: str) -> dict[str, dict]:
    """The pages in the search index of `lang`: address -> Pagefind's fragment."""
    pages = {}
    for path in (site / "pagefind" / "fragment").glob(f"{lang}_*.pf_fragment"):
        data = gzip.decompress(path.read_bytes())
        assert data.startswith(SIGNATURE), path
        fragment = json.loads(data[len(SIGNATURE):])
        pages[fragment["url"]] = fragment
    return pages
