"""`magazine pictures --clean`: the originals in docs/images/ without what they tell about the
photographer, and not larger than they need to be, rewritten in place.

A phone's photo carries where it was taken (GPS) and the camera's serial number. The site never
publishes them (`site/pictures.py` makes its copies without camera data), but the original in
the repository can be downloaded by anyone. Cleaning keeps the picture itself: it is turned
upright as the camera meant it, keeps its colour profile, loses the rest of its camera data, and
a huge original is shrunk to `MAX_SIDE` pixels on its long side (enough for a full page in
print at 300 ppi), in its own format.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps

from .pictures import HUGE_BYTES, HUGE_PIXELS, IMAGES_FOLDER, private_data

MAX_SIDE = 3600  # A4 is 2480x3508 pixels at 300 ppi
SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".heic", ".heif"}
SAVE_OPTIONS = {"JPEG": {"quality": 90, "optimize": True}, "WEBP": {"quality": 90},
                "PNG": {"optimize": True}, "HEIF": {"quality": 90}}


@dataclass
class Cleaned:
    path: str  # relative to the repository
    removed: tuple[str, ...]  # "location", "serial number", "camera data"
    before: tuple[int, int]
    after: tuple[int, int]


def originals(root: Path) -> list[Path]:
    folder = root / IMAGES_FOLDER
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                  and not p.is_symlink())


def clean(root: Path, file: Path) -> Cleaned | None:
    """Rewrite `file` without camera data and, when huge, smaller; None when it needs neither."""
    with Image.open(file) as image:
        kind = image.format or ""
        private = private_data(image)
        huge = file.stat().st_size > HUGE_BYTES or image.width * image.height > HUGE_PIXELS \
            or max(image.size) > MAX_SIDE
        if kind not in SAVE_OPTIONS or not (private or huge):
            return None
        before = image.size
        icc = image.info.get("icc_profile")
        upright = ImageOps.exif_transpose(image)
    if max(upright.size) > MAX_SIDE:
        upright.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    if kind == "JPEG" and upright.mode not in ("RGB", "L", "CMYK"):
        upright = upright.convert("RGB")
    out = io.BytesIO()
    options = dict(SAVE_OPTIONS[kind])
    if icc:
        options["icc_profile"] = icc
    upright.save(out, format=kind, **options)  # no exif= given: the camera data is left out
    temporary = file.with_name(f".{file.name}.cleaning")
    temporary.write_bytes(out.getvalue())
    temporary.replace(file)  # whole or not at all
    return Cleaned(file.relative_to(root).as_posix(), private, before, upright.size)
