"""The pictures through one build: the maker of their web versions, and the Markdown extension
that turns the pictures of a text into responsive figures with the site's picture template."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from .maker import Picture, PictureMaker, Renditions
from .markup import MagazinePictures


class BuildPictures:
    def __init__(self) -> None:
        self.markup: MagazinePictures | None = None
        self.scratch: tempfile.TemporaryDirectory[str] | None = None  # with caching off
        self.page: Page | None = None  # the page whose Markdown is being converted

    @property
    def maker(self) -> PictureMaker:
        assert self.markup is not None
        return self.markup.maker

    def renditions(self, path: str) -> Renditions | None:
        return self.maker.renditions(path)

    def set_up(self, config: MkDocsConfig, root: Path, cache_folder: Path | None) -> None:
        """MkDocs reuses a plugin instance for the next build with the same options (`mkdocs
        serve`, and one process building several sites): the pictures follow the site being
        built."""
        cache = self.picture_cache(cache_folder)
        if self.markup is None:
            self.markup = MagazinePictures(PictureMaker(root, cache))
        elif self.markup.maker.root != root.resolve() or self.markup.maker.cache != cache:
            self.markup.maker = PictureMaker(root, cache)
        if self.markup not in config.markdown_extensions:
            config.markdown_extensions.append(self.markup)  # type: ignore[arg-type]
        template = config.theme.get_env().get_template("magazine/partials/picture.html")
        self.markup.render = lambda picture, figure: self.render(template, picture, figure)

    def picture_cache(self, cache_folder: Path | None) -> Path:
        """Where the web versions of the pictures are kept between builds: beside the render cache,
        outside the repository. Not in the repository's folder, even one git ignores, because a pull
        request can bring files there: a picture of its own under the name of ours, or one that
        still holds where it was taken. With caching off, a folder of this process's own."""
        if cache_folder is not None:
            return cache_folder / "pictures"
        if self.scratch is None:
            self.scratch = tempfile.TemporaryDirectory(prefix="magazine-pictures-")
        return Path(self.scratch.name)

    def render(self, template: Any, picture: Picture, figure: bool) -> str:
        """A picture in the text of the page being converted, with addresses relative to it."""
        return template.render(pic=picture, figure=figure, page=self.page, base_url="")

    def begin_page(self, page: Page, source: str | None, has_lead_picture: bool) -> None:
        """The page whose Markdown is converted next: its pictures are found from `source`, and
        the first one loads at once unless the page has a lead picture above it."""
        assert self.markup is not None
        self.markup.page_source = source
        self.markup.first_in_view = not has_lead_picture
        self.page = page

    def insert(self, html: str) -> str:
        """The pictures of the text, which we made, take their places in the page's HTML."""
        assert self.markup is not None
        return self.markup.insert(html)

    def publish(self, site_dir: Path) -> None:
        if self.markup is not None:
            self.markup.maker.publish(site_dir)
