"""How sharp each picture prints: its pixels over the size it takes on the printer's page.

Print wants about 300 pixels per inch (ppi) at the printed size. The printer's PDF takes no more
than that: WeasyPrint's `dpi` option (PRINT_PPI) scales a larger original down with Pillow as it
writes the file, so a 6000-pixel photo does not go to the print shop at 876 ppi. Below 200 ppi
(LOWEST_PPI) a picture prints soft; then the editor is warned, at the line that names the picture,
with the largest size at which it does print well.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

PRINT_PPI = 300
SCREEN_PPI = 200  # the screen PDF's pictures: sharp on a screen, a smaller file
LOWEST_PPI = 200
MM_PER_INCH = 25.4
CSS_PX_PER_INCH = 96


@dataclass(frozen=True)
class Placement:
    """A picture as laid out: its file, its pixels, the box it fills on the page (mm), its page."""

    file: Path
    pixels: tuple[int, int]
    size_mm: tuple[float, float]
    page: int  # index in the document

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
                                   (image.width, image.height), size, index))  # type: ignore[arg-type]
    return found


def soft_pictures(document: object, base_url: str) -> list[Placement]:
    """The placement of each picture that prints below LOWEST_PPI, the softest use of each file."""
    softest: dict[Path, Placement] = {}
    for placed in placements(document, base_url):
        if placed.ppi < LOWEST_PPI and (placed.file not in softest
                                        or placed.ppi < softest[placed.file].ppi):
            softest[placed.file] = placed
    return sorted(softest.values(), key=lambda placed: (placed.page, str(placed.file)))
