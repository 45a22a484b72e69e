"""What makes the screen PDF of the one layout: the printer's sheet cut to the trim, for reading.

The edition is laid out once, on the printer's sheet (see `pdf.py`). For the screen the same
pages are written again as PDF/UA-1 (tagged for screen readers, bookmarks, links), with:

- the page cut to the trim: each page's MediaBox is its TrimBox, so the bleed and slug (and what
  runs into them: the cover's colour and picture) are outside the page and never shown;
- no colour management: the printer's output intent (a 1 MB CMYK profile) stays out, and the
  colours set in CMYK show as a viewer shows plain CMYK: black text as black;
- pictures at no more than 200 ppi at their size on the page (SCREEN_PPI): sharp on a screen and
  a home printer, a smaller download than the printer's 300 ppi.
"""

from __future__ import annotations


def lower_picture_resolution(document: object, ppi: int) -> None:
    """Have every raster picture of the laid-out `document` written at no more than `ppi`.

    WeasyPrint fixes a picture's resolution when it reads it (its `dpi` option) and scales it as
    each PDF is written; the screen PDF is written after the printer's, so lowering it here
    gives the screen its smaller pictures from the same layout. (A private attribute: the tests
    read the pictures' resolution in both files back, so a WeasyPrint that renames it fails them.)
    """
    from weasyprint.images import RasterImage

    for page in document.pages:  # type: ignore[attr-defined]
        for box in page._page_box.descendants():  # noqa: SLF001 (WeasyPrint's layout tree)
            image = getattr(box, "replacement", None)
            if isinstance(image, RasterImage):
                image._dpi = ppi  # noqa: SLF001


def unmanaged(document: object) -> object:
    """The same pages without the printer's colour profiles and output intent."""
    copy = document.copy()  # type: ignore[attr-defined]
    copy.color_profiles = {}
    copy.output_intent = None
    return copy


def finisher(document: object, pdf: object) -> None:
    """Cut every page to its trim: the MediaBox becomes the TrimBox, the bleed box goes."""
    kids = pdf.pages["Kids"]  # type: ignore[attr-defined]
    for number in kids[::3]:  # the page tree lists `number 0 R`
        page = pdf.objects[number]  # type: ignore[attr-defined]
        page["MediaBox"] = page.pop("TrimBox")
        page.pop("BleedBox", None)
