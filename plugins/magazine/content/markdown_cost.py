"""Texts that would keep the Markdown reader busy for minutes, found before it reads them.

Python-Markdown reads a paragraph again for each link in it (`](`), so its time grows with the
number of links times the paragraph's length; and the HTML reader reads the rest of the text
again for each tag that is never closed (`<a ` without `>`). A paragraph of 30 KB made of `[a](`,
or a text of 30 KB made of `<a `, takes minutes; of 800 KB, days. The magazine's real texts stay
a thousand times below the limits, which keep every text under a second.
"""

from __future__ import annotations

import re

LINK_OPENER = re.compile(r"\]\(")
UNCLOSED_TAG = re.compile(r"<[A-Za-z/][^<>]*(?=<|\Z)")
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# Links times the characters of their paragraph, summed over the text; unclosed tags times the
# characters of the text. The longest real page (the colophon) scores about 2,000.
MAX_LINK_WORK = 1_000_000
MAX_TAG_WORK = 1_000_000


def costly_paragraph(body: str) -> tuple[int, str] | None:
    """(line offset in `body`, what is there) of the paragraph that makes `body` too slow to
    convert, if any: 'links' or 'tags'."""
    if "](" in body:
        work, offset, start = 0, 0, 0
        for brk in [*PARAGRAPH_BREAK.finditer(body), None]:
            end = brk.start() if brk else len(body)
            links = body.count("](", start, end)
            work += links * (end - start)
            if work > MAX_LINK_WORK:
                return offset, "links"
            if brk:
                offset += body.count("\n", start, brk.end())
                start = brk.end()
    if "<" in body:
        unclosed = UNCLOSED_TAG.findall(body)
        if len(unclosed) * len(body) > MAX_TAG_WORK:
            first = UNCLOSED_TAG.search(body)
            return (body.count("\n", 0, first.start()) if first else 0), "tags"
    return None


def defused(body: str) -> str:
    """`body` with its link openers and tags made plain text (`\\(` and `&lt;`), which Markdown
    reads in a moment: what a page shows while its text is too costly."""
    return body.replace("](", "]\\(").replace("<", "&lt;")
