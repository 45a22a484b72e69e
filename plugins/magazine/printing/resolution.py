"""How sharp each picture prints: its pixels over the size it takes on the printer's page.

Print wants about 300 pixels per inch (ppi) at the printed size. A picture that has up to 450 ppi
(MOST_PPI) at the largest size it prints at goes into both PDFs as it is: a JPEG is copied into
the file without being decoded and compressed again, so it loses nothing and costs no time. A
sharper one only makes the files larger: `fit_pictures` scales it down to 300 ppi (PRINT_PPI), or
to the half, quarter or eighth of its size that a JPEG decodes at when that lies between 300 and
450 ppi, once, after the layout, for both PDFs, so a 6000-pixel photo does not go to the print
shop at 876 ppi. Below 200 ppi (LOWEST_PPI) a picture prints soft; then the editor is warned, at
the line that names the picture, with the largest size at which it does print well.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

PRINT_PPI = 300
MOST_PPI = 450
LOWEST_PPI = 200
JPEG_QUALITY = 90  # a scaled photo for print: no visible loss, a quarter of the original's bytes
MM_PER_INCH = 25.4
CSS_PX_PER_INCH = 96


@dataclass(frozen=True)
class Placement:
    """A picture as laid out: its file, its pixels, the box it fills on the page (mm), its page."""

    file: Path
    pixels: tuple[int, int]
    size_mm: tuple[float, float]
    page: int  # index in the document
    image: object = field(default=None, compare=False, repr=False)  # WeasyPrint's picture

    @property
    def ppi(self) -> float:
        """Pixels per inch as printed. A picture fills its box (`object-fit: cover` crops the rest),
        so the side with fewer pixels per inch decides."""
        width, height = self.size_mm
        return min(self.pixels[0] * MM_PER_INCH / width, self.pixels[1] * MM_PER_INCH / height)

    def sharp_size_mm(self, ppi: float = LOWEST_PPI) -> tuple[int, int]:
        """The largest box of the same shape that this picture fills at `ppi`, in whole mm."""
        scale = ppi / self.ppi
        return math.floor(self.size_mm[0] / scale), math.floor(self.size_mm[1] / scale)

    def pixels_for(self, ppi: float = PRINT_PPI) -> tuple[int, int]:
        """The pixels this box needs at `ppi`."""
        return tuple(math.ceil(side / MM_PER_INCH * ppi) for side in self.size_mm)  # type: ignore[return-value]


def placements(document: object, base_url: str) -> list[Placement]:
    """Every raster picture of a laid-out WeasyPrint `document`, with the box it fills."""
    found = []
    for index, page in enumerate(document.pages):  # type: ignore[attr-defined]
        for box in page._page_box.descendants():  # noqa: SLF001 (WeasyPrint's layout tree)
            image = getattr(box, "replacement", None)
            element = getattr(box, "element", None)
            if element is None or not hasattr(image, "width") or not hasattr(image, "mode"):
                continue  # not a raster picture (an SVG has no pixels to count)
            address = urljoin(base_url, element.get("src") or "")
            if urlsplit(address).scheme != "file" or not box.width or not box.height:
                continue
            size = tuple(side * MM_PER_INCH / CSS_PX_PER_INCH for side in (box.width, box.height))
            found.append(Placement(Path(unquote(urlsplit(address).path)),
                                   (image.width, image.height), size, index, image))  # type: ignore[arg-type]
    return found


def soft_pictures(placed_pictures: list[Placement]) -> list[Placement]:
    """The placement of each picture that prints below LOWEST_PPI, the softest use of each file."""
    softest: dict[Path, Placement] = {}
    for placed in placed_pictures:
        if placed.ppi < LOWEST_PPI and (placed.file not in softest
                                        or placed.ppi < softest[placed.file].ppi):
            softest[placed.file] = placed
    return sorted(softest.values(), key=lambda placed: (placed.page, str(placed.file)))


def fit_pictures(placed_pictures: list[Placement]) -> int:
    """Scale each picture (of `placements`) that has more than MOST_PPI at the largest size it
    prints at down to PRINT_PPI at that size, once, for both PDFs; leave the others as they came.
    Returns how many were scaled.

    WeasyPrint keeps a picture's data and pixel size on the picture it read (`image_data`,
    `width`, `height`: private attributes; the tests read the pictures of both PDFs back, so a
    WeasyPrint that renames them fails them). The boxes on the pages keep their size in mm.
    """
    largest: dict[int, Placement] = {}  # per picture read: its place with the fewest ppi
    for placed in placed_pictures:
        known = largest.get(id(placed.image))
        if known is None or placed.ppi < known.ppi:
            largest[id(placed.image)] = placed
    scaled = 0
    for placed in largest.values():
        if placed.ppi > MOST_PPI and placed.image.mode in ("RGB", "L", "RGBA", "LA"):  # type: ignore[attr-defined]
            _scale(placed.image, PRINT_PPI / placed.ppi)
            scaled += 1
    return scaled


def _scale(image: object, factor: float) -> None:
    """Replace the data of WeasyPrint's `image` with its pixels scaled by `factor`, in its format
    (JPEG stays JPEG, the rest PNG), with its colour profile. A JPEG that decodes at a half, a
    quarter or an eighth of its size with no more than MOST_PPI is taken at that size as it is:
    half the work of decoding it whole and resampling it."""
    from PIL import Image

    size = (max(1, round(image.width * factor)), max(1, round(image.height * factor)))  # type: ignore[attr-defined]
    with Image.open(io.BytesIO(image.image_data.data)) as picture:  # type: ignore[attr-defined]
        picture.draft(picture.mode, size)  # the smallest such size that is still `size` or more
        profile = picture.info.get("icc_profile")
        scaled = picture.convert(image.mode)  # type: ignore[attr-defined]
    if scaled.width > size[0] * MOST_PPI / PRINT_PPI:
        scaled = scaled.resize(size, Image.Resampling.LANCZOS)
    out = io.BytesIO()
    if image.format == "JPEG":  # type: ignore[attr-defined]
        scaled.save(out, "JPEG", quality=JPEG_QUALITY, icc_profile=profile)
    else:
        scaled.save(out, "PNG", icc_profile=profile)
    image.image_data = image.cache_image_data(out.getvalue(), slot="print")  # type: ignore[attr-defined]
    image.width, image.height = scaled.size  # type: ignore[attr-defined]
