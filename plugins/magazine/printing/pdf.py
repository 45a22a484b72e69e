"""Lay the edition out with WeasyPrint and write the screen and printer PDFs, whole or not at all.

The contents' page numbers are not left to `target-counter()` (it has been seen one too low when
the contents run over two pages). Instead the edition is laid out, the page on which each article
really begins is read from the layout (`Document.pages[i].anchors`), and those numbers are
written into the contents and the cover lines as text. Only the front pages (cover, colophon,
contents) are then laid out again: the numbers take the width of their placeholders, so the front
runs to the same pages, which is checked before they replace the first layout's front pages.
Should it ever differ, the whole edition is laid out again until the numbers agree.

The back cover is the last page and the count a multiple of four (a printed magazine is folded
from sheets of four pages): the pages this takes before the back cover carry what the edition
file chose (`extra_pages`: the sessions at a glance, a notes page), laid out on their own.

Both PDFs come from this one layout, made on the printer's sheet (`printer.page_css`: the page
with 3 mm bleed and a slug for the crop marks, colours in CMYK), and WeasyPrint writes it once:
for the print shop as PDF/X-4, tagged (`printer.py`: the output intent, the bleed box, crop
marks in registration colour). The screen PDF is cut from that file (`screen.py`: the same pages
cut to the trim, no output intent, PDF/UA-1). So the two files have the same pages, text and
pictures, and both cost one layout and one write, not one per file.
"""

from __future__ import annotations

import logging
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from ..content.diagnostics import Diagnostic
from ..content.model import Magazine
from . import printer as printshop
from . import screen
from .addresses import default_paths, printer_path
from .edition import Edition, agenda_anchor, agenda_key, load_edition
from .fetcher import RepositoryFetcher
from .pdf_cache import PrintCache
from .render import (
    FIRST_FOLIO,
    FRONT_END,
    Renderer,
    SiteSettings,
    article_anchor,
    read_site_settings,
)
from .resolution import (
    LOWEST_PPI,
    PRINT_PPI,
    Placement,
    fit_pictures,
    placements,
    soft_pictures,
)
from .whole_file import write_whole

MAX_PASSES = 4
SHEET = "print"  # the variant of the edition's HTML that is laid out: the printer's sheet
LAYOUT_OPTIONS = {"pdf_variant": printshop.PDF_VARIANT}
# The printer's PDF: PDF/X-4, tagged for screen readers, as the screen PDF is cut from it (a
# print shop's tools pass the tags by).
PRINT_OPTIONS = {"pdf_variant": printshop.PDF_VARIANT, "pdf_tags": True}


class PrintError(Exception):
    """The PDF could not be made; the message says why and what to do."""


@dataclass
class PrintResult:
    lang: str
    screen: Path
    printer: Path | None
    pages: int  # of the one layout, so of both PDFs
    printer_pages: int  # 0 when no printer's PDF was made
    folios: dict[str, int]  # article key -> the folio its first page carries
    passes: int  # layouts of the whole edition
    diagnostics: list[Diagnostic] = field(default_factory=list)


def page_folios(document: object, edition: Edition) -> dict[str, int]:
    """The folio of the page on which each article (and action agenda) of the edition begins,
    read from a layout."""
    wanted = {article_anchor(a): a.key for a in edition.articles}
    wanted.update({agenda_anchor(s): agenda_key(s) for s in edition.agendas})
    folios: dict[str, int] = {}
    for index, page in enumerate(document.pages):  # type: ignore[attr-defined]
        for name in page.anchors:
            key = wanted.get(name)
            if key is not None and key not in folios:
                folios[key] = index + FIRST_FOLIO
    return folios


def make_pdfs(
    magazine: Magazine,
    lang: str,
    screen_path: Path,
    edition_id: str | None = None,
    printer: bool = True,
    settings: SiteSettings | None = None,
    cache: PrintCache | None = None,
) -> PrintResult:
    """Make the screen PDF at `screen_path` and (with `printer`) the printer PDF beside it; with
    a `cache`, take the ones of an earlier build when the edition would come out the same."""
    from weasyprint import HTML  # imported late: the site builds without it when PDFs are off

    settings = settings or read_site_settings(magazine.root)
    edition, diagnostics = load_edition(magazine, edition_id, settings.site_names)
    renderer = Renderer(magazine, edition, lang, settings)
    base_url = Path(magazine.root).resolve().as_uri() + "/"
    fetcher = RepositoryFetcher(magazine.root)  # pictures of the repository, nothing else
    sheet = printshop.page_css()
    first_html = renderer.html(None, SHEET, page_css=sheet)
    # The problems of the content and the edition's list, found anew on every build; a kept
    # layout brings only those the layout itself found.
    before_layout = {*diagnostics, *renderer.diagnostics}
    printer_file = printer_path(screen_path) if printer else None
    try:
        profile = printshop.output_profile() if printer else None
    except printshop.ProfileError as error:  # never a printer's file without its output intent
        raise PrintError(str(error)) from None
    key = ""
    if cache is not None:
        key = cache.key(first_html, lang, printer, profile.path if profile else None)
        kept = cache.reuse(key, lang, Path(magazine.root), screen_path, printer_file)
        if kept is not None:
            return PrintResult(lang, screen_path, printer_file, kept["pages"],
                               kept["printer_pages"], kept["folios"], kept["passes"],
                               sorted({*before_layout, *kept["diagnostics"]}))

    def layout(html: str, options: dict[str, object]):  # noqa: ANN202
        try:
            document = HTML(string=html, base_url=base_url, url_fetcher=fetcher).render(**options)
        except Exception as error:  # noqa: BLE001 (named for the editor below)
            raise PrintError(failure(renderer, edition, base_url, error)) from None
        return without_attachments(document)

    _quiet_weasyprint()
    document = layout(first_html, LAYOUT_OPTIONS)
    folios = page_folios(document, edition)
    passes = 1
    front = layout(renderer.html(folios, SHEET, page_css=sheet, front_only=True), LAYOUT_OPTIONS)
    first = min(folios.values(), default=FIRST_FOLIO) - FIRST_FOLIO
    if folios and _front_pages(front) == first:
        document = document.copy([*front.pages[:first], *document.pages[first:]])
    else:  # the front ran to other pages: lay the whole edition out until the numbers agree
        while True:
            passes += 1
            document = layout(renderer.html(folios, SHEET, page_css=sheet), LAYOUT_OPTIONS)
            found = page_folios(document, edition)
            if found == folios:
                break
            if passes >= MAX_PASSES:
                raise PrintError(
                    f"the contents' page numbers did not settle after {MAX_PASSES} layouts")
            folios = found
    del front
    # The back cover is the last page, a left-hand one, and the count a multiple of four: the
    # pages before it carry what the edition file chose (`extra_pages`), laid out on their own.
    extra = (-len(document.pages)) % 4
    if extra:
        back = layout(renderer.html(folios, SHEET, extra, sheet, back_only=True), LAYOUT_OPTIONS)
        if len(back.pages) != extra + 1:  # an extra page ran over: the count is off
            raise PrintError(
                f"{renderer.edition.source or 'mkdocs.yml'}: the {extra} page(s) before the back "
                f"cover ran to {len(back.pages) - 1}, so the edition's page count is not a "
                "multiple of four; choose other pages in 'extra_pages', such as "
                "'extra_pages: [notes]'")
        document = document.copy([*document.pages[:-1], *back.pages])
        del back
    pages = len(document.pages)

    # The one layout, written once by WeasyPrint: the printer's PDF (to a temporary file when
    # only the screen's is wanted), from which the screen PDF is cut; both with the same
    # pictures, none sharper than print needs.
    placed = placements(document, base_url)
    if printer_file is not None:
        report_soft_pictures(renderer, placed)
    fit_pictures(placed)
    profile = profile or printshop.BUNDLED
    with tempfile.TemporaryDirectory(prefix="magazine-print-") as folder:
        sheet_file = printer_file or Path(folder) / "sheet.pdf"
        _write(printshop.prepared(document, profile), sheet_file,
               {**PRINT_OPTIONS, "finisher": printshop.finisher(profile)})
        write_whole(screen_path, lambda temporary: screen.cut_from(sheet_file, temporary))
    printer_pages = pages if printer_file is not None else 0

    result = PrintResult(lang, screen_path, printer_file, pages, printer_pages, folios, passes,
                         sorted({*diagnostics, *renderer.diagnostics}))
    if cache is not None:
        cache.keep(key, lang, screen_path, printer_file,
                   {"pages": pages, "printer_pages": printer_pages, "folios": folios,
                    "passes": passes,
                    "diagnostics": [d for d in result.diagnostics if d not in before_layout]},
                   fetcher.read)
    return result


def report_soft_pictures(renderer: Renderer, placed_pictures: list[Placement]) -> None:
    """Warn, at the line that names it, about each picture that prints below LOWEST_PPI."""
    for placed in soft_pictures(placed_pictures):
        path, line = renderer.picture_places.get(placed.file, ("", 1))
        name = placed.file.relative_to(renderer.root).as_posix()
        width, height = placed.size_mm
        good_width, good_height = placed.sharp_size_mm()
        need = placed.pixels_for()
        renderer.report.warning(
            path or name, line,
            f"the picture '{name}' prints soft: {placed.pixels[0]} x {placed.pixels[1]} pixels "
            f"over {width:.0f} x {height:.0f} mm on page {placed.page + FIRST_FOLIO} of the "
            f"printed edition is {placed.ppi:.0f} ppi, below the {LOWEST_PPI} ppi print needs",
            f"it prints well up to {good_width} x {good_height} mm; for this place give a "
            f"picture of at least {need[0]} x {need[1]} pixels ({PRINT_PPI} ppi)")


def without_attachments(document: object) -> object:
    """The laid-out `document` with no file attachments: a PDF of the magazine carries none."""
    document.metadata.attachments = []  # type: ignore[attr-defined]
    for page in document.pages:  # type: ignore[attr-defined]
        page.links[:] = [link for link in page.links if link[0] != "attachment"]
    return document


def failure(renderer: Renderer, edition: Edition, base_url: str, error: BaseException) -> str:
    """Why the edition could not be laid out, naming the article that fails on its own."""
    from weasyprint import HTML

    for article in edition.articles:
        try:
            HTML(string=renderer.body(article), base_url=base_url,
                 url_fetcher=RepositoryFetcher(renderer.root)).render()
        except Exception:  # noqa: BLE001 (any failure points at this article)
            path = article.version(renderer.lang).path
            return (f"{path}: the print edition cannot lay out this article "
                    f"({type(error).__name__}); simplify its layout, such as quotes or lists "
                    "inside one another many levels deep, and run 'magazine check'")
    return f"the print edition cannot be laid out: {type(error).__name__}: {error}"


def _front_pages(front: object) -> int:
    """How many pages the front runs to: its marker sits where the first article begins."""
    for index, page in enumerate(front.pages):  # type: ignore[attr-defined]
        if FRONT_END in page.anchors:
            return index
    return -1


def _write(document: object, path: Path, options: dict[str, object]) -> None:
    """Write the laid-out `document` to `path`, whole or not at all."""
    write_whole(path, lambda temporary: document.write_pdf(  # type: ignore[attr-defined]
        temporary, **options))


def _quiet_weasyprint() -> None:
    """WeasyPrint reports every CSS property it ignores at WARNING; our CSS is checked by tests."""
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)


def make_site_pdfs(magazine: Magazine, site_dir: Path, edition_id: str | None = None,
                   cache: Path | None = None) -> tuple[list[PrintResult], list[Diagnostic]]:
    """Both PDFs of every language into the built site, and the problems found, once each;
    those of an earlier build kept in the folder `cache` when the edition is the same."""
    settings = read_site_settings(magazine.root)
    kept = PrintCache(cache)
    results = []
    diagnostics: set[Diagnostic] = set()
    for lang in magazine.languages:
        screen, _ = default_paths(site_dir, lang, magazine.default_language)
        result = make_pdfs(magazine, lang, screen, edition_id, settings=settings, cache=kept)
        results.append(result)
        diagnostics.update(result.diagnostics)
    return results, sorted(diagnostics)
