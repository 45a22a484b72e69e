"""A Python-Markdown extension that turns the pictures in a page's text into responsive pictures.

An editor writes `![alt text](../docs/images/x.jpg "caption")`, relative to the file, as GitHub
shows it. This finds the file with the same rules as the content checks (`content.pictures`),
has it processed (`pictures.PictureMaker`) and renders `magazine/partials/picture.html` for it:
a figure with its caption when the picture stands in a paragraph of its own, else the picture
alone. A picture that cannot be published (the checks report it with its line) leaves its alt
text, so the reader still learns what it showed.

The markup waits under a token that no editor can guess (a new one every build) until the page's
HTML has passed the sanitiser (`content/html_policy.py`); `insert` then puts it in place. So the
policy for what editors write stays strict (no `srcset`, no `<source>`), and our own markup is
not cut down by it.
"""

from __future__ import annotations

import secrets
import xml.etree.ElementTree as etree
from collections.abc import Callable

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

from ...content.pictures import locate
from .maker import Picture, PictureMaker

# Before the link rewriting (1) and MkDocs' own resolution of relative addresses (0): the picture
# leaves the tree for the stash, so MkDocs does not look for it among the documentation files.
PRIORITY = 2
# The reading column: a picture in the text is at most this wide.
TEXT_SIZES = "(min-width: 840px) 760px, calc(100vw - 32px)"

# How a picture's token begins: pages whose HTML holds one are not kept by the render cache.
TOKEN_PREFIX = "mzpicture"


class MagazinePictures(Extension):
    """Set `maker` and `render` once per build, `page_source` (repository path) before each page.

    `render(picture, figure)` returns the HTML of the picture for the page being built."""

    def __init__(self, maker: PictureMaker) -> None:
        super().__init__()
        self.maker = maker
        self.render: Callable[[Picture, bool], str] | None = None
        self.page_source: str | None = None
        # Whether the page's first picture may be in view at once (no lead picture above it).
        self.first_in_view = True
        self.nonce = secrets.token_hex(8)
        self.pending: dict[str, tuple[str, bool]] = {}  # token -> (markup, a figure of its own)

    def hold(self, markup: str, figure: bool) -> str:
        """A token for `markup`, to stand in the page until `insert`."""
        token = f"{TOKEN_PREFIX}{self.nonce}n{len(self.pending)}"
        self.pending[token] = (markup, figure)
        return token

    def insert(self, html: str) -> str:
        """The page's sanitised HTML with the pictures in place of their tokens."""
        for token, (markup, figure) in self.pending.items():
            if figure:  # the paragraph that held only the picture becomes the figure
                html = html.replace(f"<p>{token}</p>", markup)
            html = html.replace(token, markup)
        self.pending = {}
        return html

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        md.treeprocessors.register(PictureRewriter(md, self), "magazine_pictures", PRIORITY)


class PictureRewriter(Treeprocessor):
    def __init__(self, md: Markdown, extension: MagazinePictures) -> None:
        super().__init__(md)
        self.extension = extension

    def run(self, root: etree.Element) -> None:
        source, render = self.extension.page_source, self.extension.render
        if source is None or render is None:
            return
        count = 0
        for parent in list(root.iter()):
            for element in list(parent):
                if element.tag != "img":
                    continue
                count += 1  # the first picture may be in view; the others load as the reader nears
                lazy = count > 1 or not self.extension.first_in_view
                picture = self.picture(source, element, lazy)
                if picture is None:
                    replace(parent, element, alt_text(element))
                    continue
                alone = parent.tag == "p" and len(parent) == 1 and not (parent.text or "").strip() \
                    and not (element.tail or "").strip()
                token = self.extension.hold(render(picture, alone), alone)
                if alone:
                    parent.remove(element)
                    parent.text = token
                else:
                    replace(parent, element, token)

    def picture(self, source: str, img: etree.Element, lazy: bool) -> Picture | None:
        maker = self.extension.maker
        path, problem = locate(maker.root, source, img.get("src") or "")
        if path is None or problem is not None:
            return None
        made = maker.renditions(path)
        if made is None:
            return None
        return Picture(made, img.get("alt") or "", TEXT_SIZES, lazy=lazy,
                       caption=img.get("title") or "", credit=img.get("credit") or "")


def alt_text(img: etree.Element) -> str:
    return img.get("alt") or ""


def replace(parent: etree.Element, element: etree.Element, text: str) -> None:
    """Put `text` where `element` was, keeping the text that followed it."""
    index = list(parent).index(element)
    following = text + (element.tail or "")
    parent.remove(element)
    if index == 0:
        parent.text = (parent.text or "") + following
    else:
        previous = parent[index - 1]
        previous.tail = (previous.tail or "") + following
