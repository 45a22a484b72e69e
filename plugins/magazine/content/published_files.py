"""Which files of `docs/` and `overrides/` the site may publish: only what a magazine needs.

MkDocs copies every file of `docs/` (and every file of the theme's folder that is not a template)
into the site as it is. A pull request could add `docs/x.html` or an SVG with script that then
runs on the magazine's own address, also in the preview. So the site publishes from `docs/` only:

- pages, written in Markdown (`.md`);
- pictures (JPEG, PNG, WebP, GIF, HEIC), and never the uploaded file itself: pages show the web
  versions that `site/pictures.py` makes, without metadata;
- the project's own style, script and font files, each named in the magazine plugin's `assets`
  option in `mkdocs.yml`. That list and the files are code: a change to them is a change to the
  site's code, which a maintainer reviews (CONTRIBUTING.md, "Reviewing a pull request").

`overrides/` holds the theme's templates (`.html`) and nothing else. Every other file is an error
in `magazine check` and the build alike, and the build leaves it out of the site.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath

# What MkDocs reads as Markdown and makes a page of.
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkdn", ".mkd")
# HEIC/HEIF: a phone's photos, published as WebP and JPEG like the others.
PICTURE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".heic", ".heif")
# What the `assets` list may name: style sheets, scripts and fonts. Not SVG: it can hold script.
ASSET_SUFFIXES = (".css", ".js", ".woff", ".woff2")
# Files a browser runs or renders as a document of the site's own address.
ACTIVE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".svg", ".svgz", ".js", ".mjs", ".xml",
                   ".xsl", ".xslt", ".swf", ".wasm", ".css")
# Folders of docs/ that are not published at all (the print editions are read by the plugin).
UNPUBLISHED_FOLDERS = ("editions",)


@dataclass(frozen=True)
class FileProblem:
    path: str  # relative to the repository root
    message: str
    hint: str


def is_picture(uri: str) -> bool:
    return uri.lower().endswith(PICTURE_SUFFIXES)


def is_page(uri: str) -> bool:
    """A Markdown file, which MkDocs converts into a page (and the policy cleans). As MkDocs
    reads it: `x.MD` is not a page to MkDocs, which would copy it as it is."""
    return uri.endswith(MARKDOWN_SUFFIXES)


def docs_problems(root: str | os.PathLike[str], docs: str, assets: Iterable[str]) -> list[FileProblem]:
    """What is wrong with the files of the folder `docs` (relative to `root`) and `overrides/`:
    each file the site would not publish, with the fix."""
    assets = tuple(assets)
    problems = [*asset_list_problems(root, docs, assets)]
    for path in walk(root, docs):
        uri = path[len(docs) + 1:]
        if uri.split("/")[0] in UNPUBLISHED_FOLDERS or is_page(uri) or is_picture(uri):
            continue
        if uri in assets:
            continue
        problems.append(unpublished(path, uri))
    for path in walk(root, "overrides"):
        if not path.endswith(".html"):
            problems.append(FileProblem(
                path, f"'{path}' is not a template: overrides/ holds the theme's .html templates "
                "only, and the site does not publish it",
                "delete it; pictures go in docs/images/, and the site's own style and script "
                "files are added by a maintainer (the 'assets' list in mkdocs.yml)"))
    return problems


def unpublished(path: str, uri: str) -> FileProblem:
    suffix = PurePosixPath(uri).suffix.lower()
    if suffix in (".html", ".htm", ".xhtml", ".shtml"):
        return FileProblem(
            path, f"'{path}' is an HTML file, which the site does not publish: it could run "
            "script on the magazine's address",
            f"write the page in Markdown as '{path[: -len(suffix)]}.md', or delete the file")
    if suffix in (".svg", ".svgz"):
        return FileProblem(
            path, f"'{path}' is an SVG picture, which the site does not publish: it can hold "
            "script", "save the picture as PNG in docs/images/ and link to that, or delete the file")
    if suffix in ACTIVE_SUFFIXES:
        return FileProblem(
            path, f"'{path}' is not one of the site's own style or script files (the 'assets' "
            "list in mkdocs.yml), so the site does not publish it",
            "delete it: only a maintainer adds style and script files to the site")
    return FileProblem(
        path, f"'{path}' is not a page or a picture, so the site does not publish it",
        "the site publishes pages (.md) and pictures (JPEG, PNG, WebP, GIF, HEIC): delete the "
        "file, or put a picture in docs/images/")


def asset_list_problems(root: str | os.PathLike[str], docs: str,
                        assets: tuple[str, ...]) -> Iterator[FileProblem]:
    for uri in assets:
        path = f"{docs}/{uri}"
        if not uri.lower().endswith(ASSET_SUFFIXES) or ".." in uri.split("/"):
            yield FileProblem("mkdocs.yml", f"the 'assets' list names '{uri}', which is not a "
                              "style sheet, script or font of docs/",
                              "name only .css, .js, .woff and .woff2 files in docs/")
        elif not os.path.isfile(os.path.join(root, path)):
            yield FileProblem("mkdocs.yml", f"the 'assets' list names '{uri}', but there is no "
                              f"file {path}", "correct the name, or remove it from the list")


def walk(root: str | os.PathLike[str], folder: str) -> Iterator[str]:
    """The files under `folder` (relative to `root`), sorted, outside hidden folders; symlinks
    are reported by `repository_paths.symlink_problems`, not followed."""
    base = os.path.join(root, folder)
    for current, names, files in os.walk(base):
        names[:] = sorted(n for n in names if not n.startswith("."))
        relative = os.path.relpath(current, root).replace(os.sep, "/")
        for name in sorted(files):
            if not name.startswith("."):
                yield f"{relative}/{name}"
