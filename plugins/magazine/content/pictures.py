"""Pictures: where an editor's picture lives, and whether it is fit to publish.

Pictures live in `docs/images/`. An editor names one the way GitHub shows it, relative to the
file that uses it: `image: ../docs/images/x.jpg` in the front matter (the lead picture) or
`![alt text](../docs/images/x.jpg "caption")` in the text. The same rules serve `magazine check`,
the build and the print edition, so they agree on every problem.

Nothing outside the repository is ever read: a path is resolved with its symbolic links first
and refused when it leads out of the repository, before the file is opened.
"""

from __future__ import annotations

import os
import posixpath
import re
import struct
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pillow_heif
from PIL import Image, ImageFile, UnidentifiedImageError

from .links import backslash_problem, lines_to_read, picture_name

IMAGES_FOLDER = "docs/images"
# The smallest width that still looks sharp: a lead picture fills the page width and the
# 1200x630 sharing card; a picture in the text fills the reading column.
LEAD_MIN_WIDTH, LEAD_MIN_HEIGHT = 800, 420
TEXT_MIN_WIDTH = 320
# Originals above this slow every fresh build and the editor's upload; the site shrinks them anyway.
HUGE_BYTES = 8 * 1024 * 1024
HUGE_PIXELS = 40_000_000
WEB_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}
# What a phone sends: HEIC/HEIF (an iPhone's photos). Read with pillow-heif; the site publishes it
# as WebP and JPEG, the print edition gets a JPEG of it (printing/fetcher.py).
PHONE_FORMATS = {"HEIF"}
pillow_heif.register_heif_opener()
# EXIF tags that tell more about the photographer than the picture: where it was taken, and the
# serial numbers that tie photos to one camera. `magazine pictures --clean` removes them.
GPS_IFD, EXIF_IFD = 0x8825, 0x8769
SERIAL_TAGS = {0xA431, 0xA435, 0xC62F}  # BodySerialNumber, LensSerialNumber, CameraSerialNumber
# Larger than this, a picture is refused before it is decoded: a PNG of 9000x9000 pixels can be
# a file of 0.2 MB and take a gigabyte to decode (a "decompression bomb"). 50 million pixels
# (a 48-megapixel phone photo still fits) take at most 200 MB. Pillow itself warns above this
# and refuses at twice it; `inspect` refuses at the warning. CONTRIBUTING.md states the limit.
MAX_PIXELS = 50_000_000
Image.MAX_IMAGE_PIXELS = MAX_PIXELS

HINT_PLACE = "put the picture in docs/images/ and write its path from this file, such as "

# `![alt](src "title")`, `![alt](<src with spaces> 'title')`: what Python-Markdown reads as an image.
INLINE_IMAGE = re.compile(
    r"!\[((?:[^\]\\]|\\.)*)\]\(\s*(?:<([^>\n]*)>|([^)\s]+))(?:\s+([\"'])(.*?)\4)?\s*\)"
)
# `{ credit="Foto: ..., CC BY 4.0" }` right after a picture (Python-Markdown's attr_list).
ATTRIBUTES = re.compile(r"\{:?([^}\n]*)\}")
CREDIT = re.compile(r"(?:^|\s)credit=(\"|')(.*?)\1")
FENCE = re.compile(r"^ {0,3}(```|~~~)")
CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")


@dataclass(frozen=True)
class ImageRef:
    """A picture written in the text of a Markdown file."""

    line: int
    col: int  # of the path
    start: int  # column of the `![`
    alt: str
    target: str
    caption: str
    credit: str = ""  # `{ credit="..." }` after it


@dataclass(frozen=True)
class Problem:
    severity: str  # error | warning
    message: str
    hint: str
    # A picture on the web or outside the repository: for pictures in the text, the policy check
    # of the body (`body_check.py`) reports that already, raw HTML `<img>` included.
    escapes: bool = False


@dataclass(frozen=True)
class Original:
    """A picture file inside the repository, as it was uploaded."""

    path: str  # relative to the repository root: "docs/images/x.jpg"
    width: int  # upright, after the camera's orientation is applied
    height: int
    format: str
    bytes: int
    private: tuple[str, ...] = ()  # "location", "serial number": in the file's camera data


def find_images(body: str, first_line: int) -> Iterator[ImageRef]:
    """The pictures in `body` (a file's text starting at `first_line`), outside code."""
    fence: str | None = None
    for offset, line in lines_to_read(body):
        match = FENCE.match(line)
        if match:
            marker = match.group(1)
            fence = marker if fence is None else (None if marker == fence else fence)
            continue
        if fence is not None or "![" not in line:
            continue
        visible = CODE_SPAN.sub(lambda m: " " * len(m.group(0)), line) if "`" in line else line
        for image in INLINE_IMAGE.finditer(visible):
            group = 2 if image.group(2) is not None else 3
            attributes = ATTRIBUTES.match(visible, image.end())
            credit = CREDIT.search(attributes.group(1)) if attributes else None
            yield ImageRef(first_line + offset, image.start(group) + 1, image.start() + 1,
                           image.group(1).strip(),
                           image.group(group), (image.group(5) or "").strip(),
                           credit.group(2).strip() if credit else "")


def locate(root: Path, source: str, target: str) -> tuple[str | None, Problem | None]:
    """The repository path of the picture `target` written in repository file `source`.

    `root` must be resolved. Returns (path, None), or (None, the problem) when the target is on
    the web, leads outside the repository or names no file.
    """
    example = posixpath.relpath(f"{IMAGES_FOLDER}/{picture_name(target)}",
                              posixpath.dirname(source) or ".")
    try:
        parts = urlsplit(target)
    except ValueError:
        parts = None
    if parts is None or parts.scheme or parts.netloc:
        return None, Problem("error", f"the picture '{target}' is not a file in the repository",
                             "pictures from the web are not published: " + HINT_PLACE + example,
                             escapes=True)
    if "\\" in target:
        return None, Problem("error", *backslash_problem("picture", target, source,
                                                         f"{IMAGES_FOLDER}/name.jpg"))
    relative = unquote(parts.path)
    if not relative or relative.startswith("/"):
        return None, Problem("error", f"the picture '{target}' is not a path from this file",
                             HINT_PLACE + example, escapes=True)
    joined = os.path.normpath(os.path.join(root, posixpath.dirname(source), relative))
    try:
        real = Path(os.path.realpath(joined))
    except (OSError, ValueError):
        real = Path(joined)
    if not real.is_relative_to(root):
        return None, Problem("error", f"the picture '{target}' lies outside the repository",
                             HINT_PLACE + example, escapes=True)
    if not real.is_file():
        near = real.relative_to(root).as_posix()
        also = root / IMAGES_FOLDER / posixpath.basename(relative)
        hint = HINT_PLACE + example
        if also.is_file() and also.resolve() != real:
            hint = f"there is a picture of that name in {IMAGES_FOLDER}/: write " + posixpath.relpath(
                f"{IMAGES_FOLDER}/{also.name}", posixpath.dirname(source) or ".")
        return None, Problem("error", f"the picture '{target}' does not exist (looked for {near})",
                             hint)
    return real.relative_to(root).as_posix(), None


def inspect(root: Path, path: str) -> tuple[Original | None, Problem | None]:
    """Open the picture at repository path `path` far enough to know what it is and its size."""
    file = root / path
    try:
        size = file.stat().st_size
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(file) as image:
                width, height = image.size
                if image.getexif().get(0x0112) in (5, 6, 7, 8):  # shot sideways: upright, it turns
                    width, height = height, width
                kind = image.format or ""
                private = private_data(image)
            if kind in WEB_FORMATS:
                read_to_the_end(file)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return None, Problem("error", f"'{path}' has too many pixels to publish "
                             f"(more than {MAX_PIXELS // 1_000_000} million)",
                             "save it smaller, about 2400 pixels wide, and upload it again")
    except (UnidentifiedImageError, SyntaxError, ValueError):
        return None, Problem("error", f"'{path}' is not a picture that can be read",
                             "save it as JPEG, PNG or WebP and upload it again")
    except (Damaged, OSError) as error:
        if isinstance(error, OSError) and error.errno is not None:  # the system's, not Pillow's
            return None, Problem("error", f"'{path}' cannot be read: {error.strerror or error}",
                                 "upload the picture again")
        return None, Problem("error", f"'{path}' is damaged: the picture breaks off before its "
                             "end (an upload that did not finish?)",
                             "open it on your computer, save it again as JPEG, PNG or WebP and "
                             "upload it again")
    if kind not in WEB_FORMATS | PHONE_FORMATS:
        return None, Problem("error", f"'{path}' is a {kind} file, which browsers do not show",
                             "save it as JPEG, PNG or WebP")
    return Original(path, width, height, kind, size, private), None


def private_data(image: Image.Image) -> tuple[str, ...]:
    """What the picture's camera data tells about the photographer: "location", "serial number"."""
    exif = image.getexif()
    found = []
    if exif.get_ifd(GPS_IFD):
        found.append("location")
    details = exif.get_ifd(EXIF_IFD)
    if any(tag in details or tag in exif for tag in SERIAL_TAGS):
        found.append("serial number")
    return tuple(found)


class Damaged(Exception):
    """The picture's data ends, or goes wrong, before the whole picture is read."""


def read_to_the_end(file: Path) -> None:
    """Read all of the picture's data, as the site and the print edition will, with little
    memory: a JPEG is decoded at an eighth of its size (every byte is still read), a PNG's
    chunks are checked without decoding them. Raises Damaged."""
    try:
        with no_padding(), Image.open(file) as image:
            if image.format == "PNG":
                image.verify()
                return
            if image.format == "JPEG":
                image.draft("RGB", (max(1, image.width // 8), max(1, image.height // 8)))
            image.load()
    except (OSError, SyntaxError, ValueError, EOFError, struct.error) as error:
        raise Damaged(str(error)) from None


@contextmanager
def no_padding() -> Iterator[None]:
    """Pillow fails on a cut-off picture while this lasts. WeasyPrint, once imported, tells it to
    pad one silently (for the whole process): the site and the check must not."""
    padding = ImageFile.LOAD_TRUNCATED_IMAGES
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    try:
        yield
    finally:
        ImageFile.LOAD_TRUNCATED_IMAGES = padding


def fitness(original: Original, lead: bool) -> list[Problem]:
    """What is wrong with `original` for its use: too small (an error), huge (a warning)."""
    problems = []
    min_width, min_height = (LEAD_MIN_WIDTH, LEAD_MIN_HEIGHT) if lead else (TEXT_MIN_WIDTH, 1)
    use = "a lead picture" if lead else "a picture in the text"
    if original.width < min_width or original.height < min_height:
        problems.append(Problem(
            "error",
            f"'{original.path}' is {original.width}x{original.height} pixels, too small for {use}",
            f"use a picture of at least {min_width}x{min_height} pixels" if lead
            else f"use a picture at least {min_width} pixels wide",
        ))
    if original.private:
        what = " and ".join({"location": "the place it was taken (GPS)",
                             "serial number": "the camera's serial number"}[p]
                            for p in original.private)
        problems.append(Problem(
            "warning",
            f"'{original.path}' carries {what}; the site leaves it out, but anyone can download "
            "the original from the repository",
            "remove it with: magazine pictures --clean",
        ))
    if original.bytes > HUGE_BYTES or original.width * original.height > HUGE_PIXELS:
        problems.append(Problem(
            "warning",
            f"'{original.path}' is very large: {original.bytes / 1_048_576:.1f} MB, "
            f"{original.width}x{original.height} pixels",
            "the site makes smaller copies, but a picture of about 2400 pixels wide and under "
            "5 MB uploads and builds faster",
        ))
    return problems
