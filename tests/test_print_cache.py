"""The print edition is laid out once (`printing/pdf_cache.py`): a build whose edition would come
out the same takes the PDFs of the build before, reports what that build reported, and lays the
edition out again when its text, a picture it shows or the printing conditions change."""

from __future__ import annotations

import io
import logging

import pytest
import weasyprint
from conftest import TINY_SITE, build, write_site
from PIL import Image
from pypdf import PdfReader

PDFS = ("print/magazine.pdf", "print/magazine-print.pdf", "en/print/magazine.pdf",
        "en/print/magazine-print.pdf")
ESSAY = "essays/werk-eerst.md"


@pytest.fixture
def layouts(monkeypatch, tmp_path) -> list[str]:
    """Each layout WeasyPrint makes, by the language of the edition; the build cache is the
    test's own."""
    monkeypatch.setenv("MAGAZINE_CACHE", str(tmp_path / "cache"))
    made: list[str] = []
    render = weasyprint.HTML.render

    def counted(self, *args, **kwargs):
        document = render(self, *args, **kwargs)
        made.append(document.metadata.lang)
        return document

    monkeypatch.setattr(weasyprint.HTML, "render", counted)
    return made


def pdfs_of(site) -> dict[str, bytes]:
    return {name: (site / name).read_bytes() for name in PDFS}


def printed_lines(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if "print edition (" in r.getMessage()]


def test_an_unchanged_edition_is_not_laid_out_again(tmp_path, layouts, caplog):
    caplog.set_level(logging.INFO, logger="mkdocs.plugins.magazine")
    root = write_site(tmp_path / "repo", TINY_SITE)
    first = build(root, site_dir=tmp_path / "first")
    assert {"nl", "en"} <= set(layouts)
    told = printed_lines(caplog)
    assert len(told) == 2
    layouts.clear()
    caplog.clear()
    second = build(root, site_dir=tmp_path / "second")
    assert layouts == []  # nothing laid out: the PDFs of the first build
    assert pdfs_of(second) == pdfs_of(first)
    assert printed_lines(caplog) == told  # the same pages, said the same way
    assert (second / "print/magazine.pdf").stat().st_mode & 0o044 == 0o044  # others may read


def test_a_changed_text_lays_the_edition_out_again(tmp_path, layouts):
    root = write_site(tmp_path / "repo", TINY_SITE)
    build(root, site_dir=tmp_path / "first")
    layouts.clear()
    essay = root / ESSAY
    essay.write_text(essay.read_text("utf-8") + "\nEen nieuwe zin over de Maaksessie.\n",
                     encoding="utf-8")
    site = build(root, site_dir=tmp_path / "second")
    assert "nl" in layouts
    text = "\n".join(p.extract_text() for p in PdfReader(site / "print/magazine.pdf").pages)
    assert "Een nieuwe zin over de Maaksessie." in text


def test_a_picture_changed_under_the_same_name_lays_the_edition_out_again(tmp_path, layouts):
    picture = io.BytesIO()
    Image.new("RGB", (1600, 1000), (200, 80, 40)).save(picture, "JPEG")
    text = TINY_SITE[ESSAY].replace(
        "session: s1\n", "session: s1\nimage: ../docs/images/tafel.jpg\n"
        "image_alt: Mensen aan tafel\nimage_credit: Foto Ann\n", 1)
    root = write_site(tmp_path / "repo", {**TINY_SITE, ESSAY: text})
    (root / "docs/images").mkdir(parents=True, exist_ok=True)
    (root / "docs/images/tafel.jpg").write_bytes(picture.getvalue())
    first = build(root, site_dir=tmp_path / "first")
    layouts.clear()
    picture = io.BytesIO()
    Image.new("RGB", (1600, 1000), (20, 90, 160)).save(picture, "JPEG")  # blue, not red
    (root / "docs/images/tafel.jpg").write_bytes(picture.getvalue())
    second = build(root, site_dir=tmp_path / "second")
    assert "nl" in layouts
    assert pdfs_of(second)["print/magazine.pdf"] != pdfs_of(first)["print/magazine.pdf"]


@pytest.mark.allow_warnings
def test_what_the_layout_reported_is_reported_again(tmp_path, layouts, caplog, capsys,
                                                    monkeypatch):
    """A picture too small for its place is found by the layout: a kept layout says so too,
    in the magazine's language, and in GitHub Actions on the article's line as well."""
    caplog.set_level(logging.INFO, logger="mkdocs.plugins.magazine")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    picture = io.BytesIO()
    Image.new("RGB", (900, 600), (200, 80, 40)).save(picture, "JPEG")  # 131 ppi in print
    text = TINY_SITE[ESSAY].replace(
        "session: s1\n", "session: s1\nimage: ../docs/images/tafel.jpg\n"
        "image_alt: Mensen aan tafel\n", 1)
    root = write_site(tmp_path / "repo", {**TINY_SITE, ESSAY: text})
    (root / "docs/images").mkdir(parents=True, exist_ok=True)
    (root / "docs/images/tafel.jpg").write_bytes(picture.getvalue())

    def reported() -> list[str]:
        return [r.getMessage() for r in caplog.records
                if "wordt onscherp gedrukt" in r.getMessage()]

    build(root, site_dir=tmp_path / "first")
    first = reported()
    assert first and all("essays/werk-eerst.md:8:" in message for message in first), first
    annotations = [line for line in capsys.readouterr().out.splitlines()
                   if "onscherp" in line]
    assert annotations and all(line.startswith(
        "::warning file=essays/werk-eerst.md,line=8,col=1,title=magazine build::de afbeelding")
        for line in annotations), annotations
    caplog.clear()
    layouts.clear()
    build(root, site_dir=tmp_path / "second")
    assert layouts == [] and reported() == first


def test_another_printing_condition_lays_the_edition_out_again(tmp_path, layouts, monkeypatch):
    """The print shop's own profile (MAGAZINE_ICC_PROFILE) makes another printer's file."""
    from magazine.printing.printer import BUNDLED

    root = write_site(tmp_path / "repo", TINY_SITE)
    first = build(root, site_dir=tmp_path / "first")
    shop = tmp_path / "shop.icc"
    shop.write_bytes(BUNDLED.path.read_bytes())
    monkeypatch.setenv("MAGAZINE_ICC_PROFILE", str(shop))
    layouts.clear()
    second = build(root, site_dir=tmp_path / "second")
    assert layouts
    intent = PdfReader(second / "print/magazine-print.pdf").trailer["/Root"]["/OutputIntents"][0]
    assert intent.get_object()["/OutputConditionIdentifier"] == "shop"
    assert pdfs_of(first)["print/magazine.pdf"] == pdfs_of(second)["print/magazine.pdf"]


def test_the_editions_problems_are_found_anew_when_its_pdfs_are_kept(tmp_path, layouts):
    """A new typo in the edition's list leaves the edition as it was, so its PDFs are kept;
    the problem reported is the new one."""
    from magazine.content.loader import load_magazine
    from magazine.printing.pdf import make_pdfs
    from magazine.printing.pdf_cache import PrintCache
    from test_print import EDITION

    root = write_site(tmp_path / "repo", {**TINY_SITE, "docs/editions/proef.md": EDITION})
    cache = PrintCache(tmp_path / "kept")

    def problems(folder: str) -> list[str]:
        magazine, _ = load_magazine(root)
        result = make_pdfs(magazine, "nl", tmp_path / folder / "m.pdf", "proef", printer=False,
                           cache=cache)
        return [d.message for d in result.diagnostics]

    assert any("'essays/werk-erst'" in message for message in problems("first"))
    layouts.clear()
    edition = root / "docs/editions/proef.md"
    edition.write_text(edition.read_text("utf-8").replace("essays/werk-erst\n",
                                                          "essays/werk-ers\n"), "utf-8")
    second = problems("second")
    assert layouts == []  # the same edition: the kept PDF
    assert any("'essays/werk-ers'" in message for message in second), second
    assert not any("'essays/werk-erst'" in message for message in second), second
