"""What makes the printer's PDF a file a print shop accepts: PDF/X-4, a CMYK output intent,
3 mm bleed, crop marks outside the bleed in registration colour.

The edition is laid out once on the printer's sheet (`page_css`); this module writes that layout
for the print shop, and `screen.py` writes it again for reading.

Why PDF/X-4 and not X-1a: X-1a wants every colour converted to CMYK before the file is made and
forbids transparency, and WeasyPrint cannot convert photographs to CMYK; X-4 keeps RGB pictures
colour-managed (their ICC profile, or sRGB), so the printer's RIP converts them once, with the
press's own profile. Text and the magazine's colours are set in CMYK (`device-cmyk()` in
print.css), black text on black ink alone.

The output intent is ISO Coated v2 (FOGRA39, the standard for sheet-fed offset on coated paper in
Europe), which comes with the package (`profiles/`, zlib licence), so every machine makes the same
PDF/X-4 file. A print shop's own profile can be given with MAGAZINE_ICC_PROFILE; one that is not
a CMYK printer profile stops the printer's PDF with a message, as a file called PDF/X must have
its output intent.
"""

from __future__ import annotations

import functools
import os
import zlib
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

MM = 72 / 25.4  # PDF points per millimetre
BLEED_MM = 3
# The CSS bleed is the whole area outside the page: the bleed and, around it, the slug that
# carries the crop marks, 5-10 mm from the trim (outside the 3 mm bleed).
SLUG_MM = 10
MARK_FROM_MM, MARK_TO_MM = 5, 10
MARK_WIDTH_PT = 0.3  # a hairline, as a print shop's own marks
PDF_VARIANT = "pdf/x-4"


@dataclass(frozen=True)
class Profile:
    path: Path
    condition: str  # OutputConditionIdentifier: the printing condition's registered name
    info: str


BUNDLED = Profile(Path(__file__).resolve().parent / "profiles" / "ISOcoated_v2_300_bas.icc",
                  "FOGRA39", "ISO Coated v2 300% (basICColor), FOGRA39: offset on coated paper")


class ProfileError(Exception):
    """The print shop's profile cannot be the output intent; the message says why and what to do."""


def output_profile() -> Profile:
    """The CMYK profile of the printing condition: the print shop's (MAGAZINE_ICC_PROFILE) or
    ISO Coated v2, which comes with the package."""
    own = os.environ.get("MAGAZINE_ICC_PROFILE")
    if not own:
        return BUNDLED
    path = Path(own)
    if not path.is_file():
        raise ProfileError(f"MAGAZINE_ICC_PROFILE names '{own}', which is not a file; give the "
                           "path of the print shop's .icc profile, or unset it to print "
                           "with the magazine's own profile (FOGRA39, coated paper)")
    with path.open("rb") as file:
        header = file.read(40)
    # An ICC header: the signature 'acsp' at 36, the device class at 12, the colour space at 16.
    if header[36:40] != b"acsp" or header[12:16] != b"prtr" or header[16:20] != b"CMYK":
        raise ProfileError(f"MAGAZINE_ICC_PROFILE names '{own}', which is not a CMYK printer "
                           "profile; ask the print shop for the .icc profile of its press and "
                           "paper, or unset it to print with the magazine's own profile "
                           "(FOGRA39, coated paper)")
    return Profile(path, path.stem, path.stem)


def page_css() -> str:
    """The printer's page: bleed and slug, and the covers' colour and the cover picture 3 mm into
    the bleed on every side they meet the trim. The colour is the covers' own background, not the
    page's: a page background would fill the slug too, under the crop marks. The crop marks are
    not WeasyPrint's (`marks: crop` draws them in RGB black, four inks on press): `finisher`
    draws them in registration colour."""
    return (f"@page {{ bleed: {SLUG_MM}mm; }}\n"
            "@page cover, back { background: none; }\n"
            f".cover, .back-cover {{ background: var(--accent); margin: -{BLEED_MM}mm; "
            f"height: calc(297mm + 2 * {BLEED_MM}mm); }}\n"
            # The cover clips at its padding box: the bleed's edge.
            f".cover {{ padding: {BLEED_MM}mm; }}\n"
            f".cover-text {{ bottom: calc(22mm + {BLEED_MM}mm); }}\n"
            f".back-cover {{ border: {BLEED_MM}mm solid var(--accent); }}\n"
            f".cover-image {{ width: calc(210mm + 2 * {BLEED_MM}mm); max-width: none; "
            f"margin-left: -{BLEED_MM}mm; }}\n")


def prepared(document: object, profile: Profile) -> object:
    """The laid-out pages with the printer's colour profiles: the CMYK output intent, and sRGB
    for whatever is still RGB (DefaultRGB makes that colour-managed, as PDF/X-4 wants)."""
    from weasyprint.css import ColorProfile  # the class WeasyPrint's @color-profile makes

    copy = document.copy()  # type: ignore[attr-defined]
    copy.color_profiles = profiles = {}
    copy.output_intent = "device-cmyk"
    with profile.path.open("rb") as file:
        profiles["device-cmyk"] = ColorProfile(file, profile.path.name, "relative-colorimetric",
                                               (["c"], ["m"], ["y"], ["k"]))
    srgb = files("weasyprint.pdf") / "sRGB2014.icc"
    with srgb.open("rb") as file:
        profiles["DefaultRGB"] = ColorProfile(file, "sRGB2014.icc", "relative-colorimetric",
                                              (["r"], ["g"], ["b"]))
    return copy


def finisher(profile: Profile):  # noqa: ANN201
    """Set each page's BleedBox to exactly 3 mm around the trim (WeasyPrint puts it at the edge of
    the CSS bleed, which here is the slug), draw the crop marks, and name the printing condition
    in the intent."""

    def finish(document: object, pdf: object) -> None:
        import pydyf

        kids = pdf.pages["Kids"]  # type: ignore[attr-defined]
        marks: dict[tuple[float, ...], list[bytes]] = {}
        for number in kids[::3]:  # the page tree lists `number 0 R`
            page = pdf.objects[number]  # type: ignore[attr-defined]
            trim = tuple(float(v) for v in page["TrimBox"])
            left, top, right, bottom = trim
            bleed = BLEED_MM * MM
            page["BleedBox"] = pydyf.Array([left - bleed, top - bleed,
                                            right + bleed, bottom + bleed])
            if trim not in marks:  # every page of the same size shares its marks
                marks[trim] = crop_marks(pdf, page, trim)
            page["Contents"] = pydyf.Array([marks[trim][0], page["Contents"], marks[trim][1]])
        intents = pdf.catalog.get("OutputIntents")  # type: ignore[attr-defined]
        if intents:
            intent = intents[0]
            # The 1 MB profile, deflated once per process and faster than the writer's own
            # (zlib level 9 takes a quarter second for 0.6% less).
            embedded = pdf.objects[int(intent["DestOutputProfile"].split()[0])]  # type: ignore[attr-defined]
            embedded.stream = [deflated(profile.path)]
            embedded.compress = False
            embedded.extra["Filter"] = "/FlateDecode"
            intent["OutputConditionIdentifier"] = pydyf.String(profile.condition)
            intent["OutputCondition"] = pydyf.String(profile.info)
            intent["Info"] = pydyf.String(profile.info)
            intent["RegistryName"] = pydyf.String("http://www.color.org")

    return finish


def crop_marks(pdf: object, page: object, trim: tuple[float, ...]) -> list[bytes]:
    """Two content streams to put around a page's own: the first saves the graphics state, the
    second restores it and draws the crop marks in registration colour (every plate: the
    Separation /All), in the slug, on the lines of the trim."""
    import pydyf

    objects = pdf.objects  # type: ignore[attr-defined]
    resources = objects[int(page["Resources"].split()[0])]  # type: ignore[index]
    spaces = objects[int(resources["ColorSpace"].split()[0])]
    if "Registration" not in spaces:
        tint = pydyf.Dictionary({"FunctionType": 2, "Domain": pydyf.Array([0, 1]),
                                 "C0": pydyf.Array([0, 0, 0, 0]),
                                 "C1": pydyf.Array([1, 1, 1, 1]), "N": 1})
        pdf.add_object(tint)  # type: ignore[attr-defined]
        spaces["Registration"] = pydyf.Array(["/Separation", "/All", "/DeviceCMYK",
                                              tint.reference])
    left, bottom, right, top = trim  # PDF user space: y grows upwards
    near, far = MARK_FROM_MM * MM, MARK_TO_MM * MM
    lines = []
    for x, y, sign_x, sign_y in ((left, bottom, -1, -1), (right, bottom, 1, -1),
                                 (left, top, -1, 1), (right, top, 1, 1)):
        lines.append(f"{x + sign_x * near:.2f} {y:.2f} m {x + sign_x * far:.2f} {y:.2f} l")
        lines.append(f"{x:.2f} {y + sign_y * near:.2f} m {x:.2f} {y + sign_y * far:.2f} l")
    save = pydyf.Stream([b"q"], compress=True)
    draw = pydyf.Stream([b"Q", b"q", b"/Registration CS 1 SCN", f"{MARK_WIDTH_PT} w".encode(),
                         b"0 J", *(line.encode() for line in lines), b"S", b"Q"], compress=True)
    for stream in (save, draw):
        pdf.add_object(stream)  # type: ignore[attr-defined]
    return [save.reference, draw.reference]


def remove_crop_marks(pdf: object) -> None:
    """Take the crop marks of `crop_marks` out of a printer's PDF opened with pikepdf: each page's
    own content is the middle of the three streams the finisher put in its place."""
    import pikepdf

    for page in pdf.pages:  # type: ignore[attr-defined]
        contents = page.obj.Contents
        if not isinstance(contents, pikepdf.Array) or len(contents) != 3:
            raise ValueError("a page of the printer's PDF is not wrapped in its crop marks")
        page.obj.Contents = contents[1]
        spaces = page.obj.Resources.get("/ColorSpace")
        if spaces is not None and "/Registration" in spaces:
            del spaces["/Registration"]


def deflated(path: Path) -> bytes:
    """The profile at `path`, compressed as a PDF stream's FlateDecode data."""
    stat = path.stat()
    return _deflated(path, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=4)
def _deflated(path: Path, mtime_ns: int, size: int) -> bytes:  # noqa: ARG001 (the cache's key)
    return zlib.compress(path.read_bytes(), 6)
