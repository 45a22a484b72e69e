"""What the print edition may read while it lays out: pictures inside the repository, nothing else.

WeasyPrint asks its URL fetcher for every address in the edition's HTML: pictures, style sheets,
fonts, and files for `<link rel="attachment">`. Its default fetcher would read any file of the
build machine and any address on the network, so a line of HTML in an article could attach a CI
job's secrets to the published PDF. This fetcher serves only picture files that lie inside the
repository after symlinks are resolved (`content.repository_paths`), and refuses the rest: the
network, `data:` and `file:` addresses elsewhere. WeasyPrint then leaves the picture out; the
content check has already reported it with its file and line (`content.body_check`).
"""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

from weasyprint.urls import URLFetcher, URLFetcherResponse

from ..content.repository_paths import inside_repository

# Pictures only: no style sheets, fonts or documents come from content (the edition's CSS is
# inlined by the template), and nothing that could be attached.
PICTURE_TYPES = {
    ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
    ".webp": "image/webp", ".svg": "image/svg+xml", ".heic": "image/heic", ".heif": "image/heif",
}


PHONE_SUFFIXES = (".heic", ".heif")


def as_jpeg(data: bytes) -> bytes:
    """A phone's HEIC photo as a JPEG, upright, with its colour profile and no camera data."""
    from PIL import Image, ImageOps

    from ..content import pictures  # noqa: F401 (registers the HEIF reader)

    with Image.open(io.BytesIO(data)) as image:
        icc = image.info.get("icc_profile")
        upright = ImageOps.exif_transpose(image).convert("RGB")
    out = io.BytesIO()
    upright.save(out, format="JPEG", quality=92, **({"icc_profile": icc} if icc else {}))
    return out.getvalue()


class RefusedAddress(ValueError):
    """The print edition does not read this address."""


class RepositoryFetcher(URLFetcher):
    """A WeasyPrint fetcher that serves the repository's picture files and refuses all else.

    `refused` lists the addresses it turned away, for the tests and for messages.
    """

    def __init__(self, root: str | os.PathLike[str]) -> None:
        super().__init__(allowed_protocols=("file",), allow_redirects=False)
        self.root = Path(root).resolve()
        self.refused: list[str] = []
        self.read: dict[str, str] = {}  # each picture served, in the repository: its digest
        self._as_jpeg: dict[str, bytes] = {}  # a phone photo converted, by its digest: the
        # edition is laid out more than once (its front and back again), a photo converted once

    def fetch(self, url: str, headers: object = None) -> URLFetcherResponse:
        path = self.picture_path(url)
        if path is None:
            self.refused.append(url)
            raise RefusedAddress(f"the print edition reads only pictures in the repository: {url}")
        data = path.read_bytes()
        digest = self.read[path.relative_to(self.root).as_posix()] = hashlib.sha256(data).hexdigest()
        if path.suffix.lower() in PHONE_SUFFIXES:  # WeasyPrint reads no HEIC: a JPEG of it
            if digest not in self._as_jpeg:
                self._as_jpeg[digest] = as_jpeg(data)
            return URLFetcherResponse(url, self._as_jpeg[digest], {"Content-Type": "image/jpeg"})
        return URLFetcherResponse(url, data, {"Content-Type": PICTURE_TYPES[path.suffix.lower()]})

    def picture_path(self, url: str) -> Path | None:
        """The picture file `url` names, if it is one the edition may read."""
        parts = urlsplit(url)
        if parts.scheme != "file" or parts.netloc not in ("", "localhost"):
            return None
        path = inside_repository(self.root, url2pathname(parts.path))
        if path is None or path.suffix.lower() not in PICTURE_TYPES or not path.is_file():
            return None
        return path
