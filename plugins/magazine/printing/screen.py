"""What makes the screen PDF: the printer's PDF cut to the trim, for reading.

The edition is laid out once, on the printer's sheet, and WeasyPrint writes it once: the
printer's PDF/X-4, tagged for screen readers (see `pdf.py`). The screen PDF is that file with
pikepdf, not a second WeasyPrint write:

- the page cut to the trim: each page's MediaBox is its TrimBox, so the bleed and slug (and what
  runs into them: the cover's colour and picture) are outside the page and never shown; the
  crop marks go (`printer.remove_crop_marks`);
- no colour management: the printer's output intent and CMYK profile (1 MB) stay out, and the
  colours set in CMYK show as a viewer shows plain CMYK: black text as black;
- PDF/UA-1 instead of PDF/X-4 in its metadata: the tags, bookmarks, links and the document's
  language are the printer's file's own.

The pictures, fonts and page contents are the printer's, copied as they are.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from . import printer

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
PDFUA = "http://www.aiim.org/pdfua/ns/id/"
PDF_X = "{http://www.npes.org/pdfx/ns/id/}"  # the namespace of GTS_PDFXVersion
PDF_UA_VERSION = "1.7"  # PDF/UA-1 is made on PDF 1.7 (ISO 32000-1); PDF/X-4 on 1.6
ET.register_namespace("pdfuaid", PDFUA)


def cut_from(printer_pdf: Path, screen_pdf: str | Path) -> None:
    """Write the screen PDF at `screen_pdf` from the printer's PDF at `printer_pdf`."""
    import pikepdf

    with pikepdf.open(printer_pdf) as pdf:
        printer.remove_crop_marks(pdf)
        del pdf.Root["/OutputIntents"]
        for page in pdf.pages:
            page.obj.MediaBox = page.obj.TrimBox
            del page.obj["/TrimBox"]
            del page.obj["/BleedBox"]
            spaces = page.obj.Resources.get("/ColorSpace", {})
            if "/device-cmyk" in spaces:  # the CMYK colours without the printer's profile
                spaces["/device-cmyk"] = pikepdf.Name.DeviceCMYK
        pdf.Root.Metadata = pdf.make_stream(as_pdf_ua(pdf.Root.Metadata.read_bytes()),
                                            Type=pikepdf.Name.Metadata, Subtype=pikepdf.Name.XML)
        # The same edition gives the same file: its ID from its contents, not the printer's file
        # (whose profile may be another print shop's) or the clock.
        del pdf.trailer["/ID"]
        pdf.save(screen_pdf, min_version=PDF_UA_VERSION, deterministic_id=True)


def as_pdf_ua(xmp: bytes) -> bytes:
    """The document's XMP metadata saying PDF/UA-1 where it said PDF/X-4: WeasyPrint writes what
    a PDF/X file declares in one description; that one says `pdfuaid:part="1"` instead. The
    title, authors, keywords and dates stay, and the packet around them as WeasyPrint wrote it."""
    start, end = xmp.index(b"<rdf:RDF"), xmp.index(b"</rdf:RDF>") + len(b"</rdf:RDF>")
    rdf = ET.fromstring(xmp[start:end])  # noqa: S314 (the XMP WeasyPrint just wrote)
    declaring = [description for description in rdf.iter(f"{{{RDF}}}Description")
                 if any(child.tag.startswith(PDF_X) for child in description)]
    if len(declaring) != 1:
        raise ValueError("the printer's PDF does not declare PDF/X-4 in its XMP metadata")
    declaring[0].clear()
    declaring[0].set(f"{{{RDF}}}about", "")
    declaring[0].set(f"{{{PDFUA}}}part", "1")
    return xmp[:start] + ET.tostring(rdf) + xmp[end:]
