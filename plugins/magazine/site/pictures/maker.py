"""Pictures made fit for the web: several widths in WebP with a JPEG or PNG fallback, and a
1200x630 crop for sharing, with the camera's orientation applied and every bit of metadata
(EXIF, GPS, XMP, comments) left out, so a photo never publishes where it was taken.

Processing is cached by content in a folder outside the site and the repository (the render
cache's `pictures/`, `~/.cache/magazine/` by default): an unchanged picture is never decoded
again, in the next build or the next language's pass.
Only the files that pages of this build use are copied into `site/images/`; the originals in
`docs/images/` are never published.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import warnings
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

from PIL import Image, ImageOps

from ...content.pictures import MAX_PIXELS, no_padding

# Bump when the output changes, so that cached files made the old way are not reused.
VERSION = "2"
WIDTHS = (400, 800, 1200, 1600)
SHARE_SIZE = (1200, 630)
OUTPUT_FOLDER = "images"
MODERN = ("webp", "image/webp")
QUALITY = {"webp": 80, "jpg": 82}


@dataclass(frozen=True)
class Candidate:
    """One file of a picture: its address (relative to the site root) and width in pixels."""

    url: str
    width: int


@dataclass(frozen=True)
class Renditions:
    """The published files of one original picture."""

    width: int  # of the largest file, upright
    height: int
    fallback_type: str  # image/jpeg | image/png
    fallback: tuple[Candidate, ...]  # narrowest first
    modern: tuple[Candidate, ...]  # WebP, the same widths
    share: str  # the 1200x630 JPEG crop
    share_width: int = SHARE_SIZE[0]
    share_height: int = SHARE_SIZE[1]

    @property
    def src(self) -> str:
        """The file for browsers that read no `srcset`: the widest fallback."""
        return self.fallback[-1].url

    def files(self) -> list[str]:
        return [c.url for c in (*self.fallback, *self.modern)] + [self.share]


@dataclass
class Picture:
    """A picture on a page, as `magazine/partials/picture.html` shows it."""

    renditions: Renditions
    alt: str
    sizes: str  # the CSS width it takes, for the browser's choice among `srcset`
    lazy: bool = True  # below the fold: load when the reader scrolls near it
    caption: str = ""
    credit: str = ""
    lang: str = ""  # the language of `alt` and `caption` when it differs from the page's
    classes: list[str] = field(default_factory=list)


class PictureMaker:
    """Makes and remembers the renditions of the pictures of one repository."""

    def __init__(self, root: Path, cache: Path) -> None:
        self.root = root.resolve()
        self.cache = cache
        self.made: dict[tuple[str, int, int], Renditions] = {}  # (path, mtime, size) -> files
        self.used: set[str] = set()  # files the pages of this build show

    def renditions(self, path: str) -> Renditions | None:
        """The published files of the picture at repository path `path` (already checked to be a
        picture inside the repository by `content.pictures`); None if it cannot be read."""
        file = self.root / path
        try:
            stat = file.stat()
        except OSError:
            return None
        key = (path, stat.st_mtime_ns, stat.st_size)
        made = self.made.get(key)
        if made is None:
            try:
                made = self.made[key] = self.make(path, file.read_bytes())
            except (OSError, ValueError, Image.DecompressionBombError):
                return None  # reported by the content checks, with file and line
        self.used.update(made.files())
        return made

    def make(self, path: str, data: bytes) -> Renditions:
        digest = hashlib.sha256(VERSION.encode() + data).hexdigest()[:16]
        stem = re.sub(r"[^a-z0-9]+", "-", Path(path).stem.lower()).strip("-")[:40] or "picture"
        name = f"{stem}-{digest}"
        manifest = self.cache / f"{name}.json"
        try:
            return renditions_from(json.loads(manifest.read_text(encoding="utf-8")), self.cache,
                                   name)
        except (OSError, ValueError, KeyError, TypeError):
            pass  # not made yet, made by an older version, or not made here: make it
        self.cache.mkdir(parents=True, exist_ok=True)
        with warnings.catch_warnings():  # Pillow's warning about the size: refused just below
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            opened = Image.open(BytesIO(data))
        with opened, no_padding():
            kind, icc = opened.format, opened.info.get("icc_profile")
            if opened.width * opened.height > MAX_PIXELS:  # before a byte of it is decoded
                raise ValueError(f"{path} has more than {MAX_PIXELS} pixels")
            if kind == "JPEG":  # decoded no larger than the widest file needs, either way up
                opened.draft(opened.mode, (WIDTHS[-1], WIDTHS[-1]))
            image = ImageOps.exif_transpose(opened)  # upright, as the camera meant it
            image.load()
        fallback_ext = "png" if has_alpha(image) or kind in ("PNG", "GIF") else "jpg"
        mode = "RGBA" if has_alpha(image) else "RGB"
        if image.mode != mode:  # not a second copy of the whole picture when it is one already
            image = image.convert(mode)
        widths = [w for w in WIDTHS if w < image.width] + [min(image.width, WIDTHS[-1])]
        fallback, modern = [], []
        source = image
        for width in sorted(widths, reverse=True):  # each from the one before: less to resample
            height = round(image.height * width / image.width)
            if width != source.width:
                source = source.resize((width, height), Image.LANCZOS, reducing_gap=3.0)
            for ext, target in ((fallback_ext, fallback), (MODERN[0], modern)):
                url = f"{OUTPUT_FOLDER}/{name}-{width}.{ext}"
                save(source, self.cache / Path(url).name, ext, icc)
                target.insert(0, Candidate(url, width))
        share = ImageOps.fit(image.convert("RGB"), SHARE_SIZE, Image.LANCZOS, centering=(0.5, 0.4))
        share_url = f"{OUTPUT_FOLDER}/{name}-share.jpg"
        save(share, self.cache / Path(share_url).name, "jpg", icc)
        made = Renditions(widths[-1], round(image.height * widths[-1] / image.width),
                          f"image/{'png' if fallback_ext == 'png' else 'jpeg'}",
                          tuple(fallback), tuple(modern), share_url)
        write_atomically(manifest, json.dumps(as_json(made)).encode())
        return made

    def publish(self, site_dir: Path) -> int:
        """Copy the files that this build's pages show into the site; how many there were."""
        folder = site_dir / OUTPUT_FOLDER
        folder.mkdir(parents=True, exist_ok=True)
        for url in sorted(self.used):
            target = site_dir / url
            if not target.exists():
                shutil.copyfile(self.cache / Path(url).name, target)
        count = len(self.used)
        self.used = set()
        return count


def has_alpha(image: Image.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info)


def save(image: Image.Image, path: Path, ext: str, icc: bytes | None) -> None:
    """Write `image` with nothing but its pixels and colour profile: no EXIF, GPS, XMP or text."""
    clean = image.copy()
    clean.info = {}
    options: dict[str, object] = {"icc_profile": icc} if icc else {}
    if ext == "jpg":
        options |= {"format": "JPEG", "quality": QUALITY["jpg"], "optimize": True,
                    "progressive": True}
    elif ext == "webp":
        options |= {"format": "WEBP", "quality": QUALITY["webp"], "method": 4}
    else:
        options |= {"format": "PNG", "optimize": True}
    buffer = BytesIO()
    clean.save(buffer, **options)
    write_atomically(path, buffer.getvalue())


def write_atomically(path: Path, data: bytes) -> None:
    """Write via a temporary name, so a build that stops halfway leaves no broken cache file."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.part")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def as_json(made: Renditions) -> dict[str, object]:
    return {
        "width": made.width, "height": made.height, "fallback_type": made.fallback_type,
        "fallback": [[c.url, c.width] for c in made.fallback],
        "modern": [[c.url, c.width] for c in made.modern], "share": made.share,
    }


def renditions_from(data: dict[str, object], cache: Path, name: str) -> Renditions:
    """Renditions from the cache manifest of the picture `name`, if it names exactly the files
    `make` gives that picture, and every one is still in the cache.

    The cache lies outside the repository, so a pull request cannot bring one; this is the check
    behind that: a manifest that names other files, folders or hosts was not made here. Believed,
    it would put those addresses on the pages and copy files out of the site's folder."""
    fallback_type = str(data["fallback_type"])
    fallback_ext = {"image/jpeg": "jpg", "image/png": "png"}[fallback_type]
    made = Renditions(
        int(data["width"]), int(data["height"]), fallback_type,  # type: ignore[call-overload]
        tuple(Candidate(str(u), int(w)) for u, w in data["fallback"]),  # type: ignore[attr-defined]
        tuple(Candidate(str(u), int(w)) for u, w in data["modern"]),  # type: ignore[attr-defined]
        str(data["share"]),
    )
    own = all(c.url == f"{OUTPUT_FOLDER}/{name}-{c.width}.{ext}" and 0 < c.width <= WIDTHS[-1]
              for candidates, ext in ((made.fallback, fallback_ext), (made.modern, MODERN[0]))
              for c in candidates)
    if not own or not made.fallback or made.share != f"{OUTPUT_FOLDER}/{name}-share.jpg":
        raise ValueError("the manifest names files this picture does not have")
    if not all((cache / Path(url).name).is_file() for url in made.files()):
        raise ValueError("a file of the manifest is missing")
    return made
