"""What makes the printer's PDF a file a print shop accepts: PDF/X-4, a CMYK output intent,
3 mm bleed, crop marks outside the bleed.

Why PDF/X-4 and not X-1a: X-1a wants every colour converted to CMYK before the file is made and
forbids transparency, and WeasyPrint cannot convert photographs to CMYK; X-4 keeps RGB pictures
colour-managed (their ICC profile, or sRGB), so the printer's RIP converts them once, with the
press's own profile. Text and the magazine's colours are set in CMYK (`device-cmyk()` in
print.css), black text on black ink alone.

The output intent is ISO Coated v2 (FOGRA39, the standard for sheet-fed offset on coated paper in
Europe), from Debian's `scribus-data`. A print shop's own profile can be given with
MAGAZINE_ICC_PROFILE. Without a profile the printer's PDF is still made, without the PDF/X claim,
and the build says so.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

MM = 72 / 25.4  # PDF points per millimetre
BLEED_MM = 3
# The CSS bleed is the whole area outside the page: WeasyPrint draws crop marks in its outer half,
# so 10 mm puts them 5-10 mm from the trim, outside the 3 mm bleed (the slug).
SLUG_MM = 10
PDF_VARIANT = "pdf/x-4"


@dataclass(frozen=True)
class Profile:
    path: Path
    condition: str  # OutputConditionIdentifier: the printing condition's registered name
    info: str


PROFILES = (
    Profile(Path("/usr/share/scribus/profiles/ISOcoated_v2_300_bas.icc"), "FOGRA39",
            "ISO Coated v2 300% (basICColor), FOGRA39: offset on coated paper"),
)


def output_profile() -> Profile | None:
    """The CMYK profile of the printing condition: the print shop's (MAGAZINE_ICC_PROFILE) or
    ISO Coated v2 when it is installed."""
    own = os.environ.get("MAGAZINE_ICC_PROFILE")
    if own:
        path = Path(own)
        return Profile(path, path.stem, path.stem) if path.is_file() else None
    return next((profile for profile in PROFILES if profile.path.is_file()), None)


def page_css() -> str:
    """The printer's page: bleed and slug, crop marks, and the covers' colour to the bleed edge."""
    return (f"@page {{ bleed: {SLUG_MM}mm; marks: crop; }}\n"
            "@page cover, back { background: device-cmyk(0 .72 .9 .22); }\n"
            f".variant-print .cover-image {{ width: calc(210mm + 2 * {BLEED_MM}mm); "
            f"margin-left: -{BLEED_MM}mm; }}\n")


def prepare(document: object, profile: Profile) -> None:
    """Give a laid-out document its colour profiles: the CMYK output intent, and sRGB for
    whatever is still RGB (DefaultRGB makes that colour-managed, as PDF/X-4 wants)."""
    from weasyprint.css import ColorProfile  # the class WeasyPrint's @color-profile makes

    profiles = document.color_profiles  # type: ignore[attr-defined]
    with profile.path.open("rb") as file:
        profiles["device-cmyk"] = ColorProfile(file, profile.path.name, "relative-colorimetric",
                                               (["c"], ["m"], ["y"], ["k"]))
    srgb = files("weasyprint.pdf") / "sRGB2014.icc"
    with srgb.open("rb") as file:
        profiles["DefaultRGB"] = ColorProfile(file, "sRGB2014.icc", "relative-colorimetric",
                                              (["r"], ["g"], ["b"]))


def finisher(profile: Profile | None):  # noqa: ANN201
    """Set each page's BleedBox to exactly 3 mm around the trim (WeasyPrint puts it at the edge of
    the CSS bleed, which here is the slug), and name the printing condition in the intent."""

    def finish(document: object, pdf: object) -> None:
        import pydyf

        kids = pdf.pages["Kids"]  # type: ignore[attr-defined]
        for number in kids[::3]:
            page = pdf.objects[number]  # type: ignore[attr-defined]
            left, top, right, bottom = (float(v) for v in page["TrimBox"])
            bleed = BLEED_MM * MM
            page["BleedBox"] = pydyf.Array([left - bleed, top - bleed,
                                            right + bleed, bottom + bleed])
        intents = pdf.catalog.get("OutputIntents")  # type: ignore[attr-defined]
        if profile is not None and intents:
            intent = intents[0]
            intent["OutputConditionIdentifier"] = pydyf.String(profile.condition)
            intent["OutputCondition"] = pydyf.String(profile.info)
            intent["Info"] = pydyf.String(profile.info)
            intent["RegistryName"] = pydyf.String("http://www.color.org")

    return finish
