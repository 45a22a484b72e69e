"""The website: the MkDocs plugin (`plugin`, which only wires MkDocs' events to the parts below)
and what only the site needs.

- `reading`: the content as a build reads it, once for every language, its problems logged;
- `pages/`: which page is which and what it shows: the article and author pages (`files`), links
  between pages (`link_rewriting`), each page's view (`views`) for the Jinja templates
  (`templates/`), the menu's active tab, the sharing cards, the 404 page of each language;
- `pictures/`: the web versions of the pictures and the figures in the text;
- `caches/`: the render and page caches, the second core that fills them, and the pages an
  in-place build leaves alone;
- `outputs/`: what is written after the pages (feeds, sitemap, search index, the print edition)
  and the swap of the finished site into place;
- `preview`: `make serve`'s one-language preview and the last good version of a broken article.
"""

from pathlib import Path

TEMPLATES = Path(__file__).parent / "templates"  # ours, after the site's overrides and the theme's
