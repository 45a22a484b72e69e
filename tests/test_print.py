"""The print edition: PDFs of the real content read back with pypdf, and tiny editions for the
edge cases (bad flatplan keys, missing images, missing translations, the build and the command)."""

from __future__ import annotations

import logging
import re
import subprocess
import sys
from pathlib import Path

import pyphen
import pytest
from bs4 import BeautifulSoup
from conftest import REPO, SITE_CONFIG, TINY_SITE, build, page, write_site
from magazine.content import messages
from magazine.content.loader import load_magazine
from magazine.content.ui_strings import Strings
from magazine.printing.edition import check_edition, load_edition
from magazine.printing.pdf import make_pdfs, page_folios
from magazine.printing.render import FIRST_FOLIO, Renderer, read_site_settings
from pypdf import PdfReader

HYPHEN = "\u2010"  # WeasyPrint's automatic hyphen


class Printed:
    """One language's PDFs of the real magazine, with what was meant to be in them."""

    def __init__(self, root: Path, lang: str, out: Path) -> None:
        self.magazine, _ = load_magazine(root)
        self.settings = read_site_settings(root)
        self.edition, _ = load_edition(self.magazine, self.settings.edition,
                                       self.settings.site_names)
        self.lang = lang
        self.result = make_pdfs(self.magazine, lang, out / lang / "magazine.pdf",
                                self.settings.edition, settings=self.settings)
        self.screen = PdfReader(self.result.screen)
        assert self.result.printer is not None
        self.printer = PdfReader(self.result.printer)
        self.texts = [p.extract_text() for p in self.screen.pages]

    def title(self, article) -> str:  # noqa: ANN001
        return article.version(self.lang).title


@pytest.fixture(scope="session")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Printed]:
    """Both languages of the real edition, made once for every test that reads them."""
    out = tmp_path_factory.mktemp("print")
    return {lang: Printed(REPO, lang, out) for lang in ("nl", "en")}


LANGS = pytest.mark.parametrize("lang", ["nl", "en"])


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@LANGS
def test_every_article_of_the_edition_is_there_in_order(printed, lang):
    p = printed[lang]
    articles = p.edition.articles
    assert [a.key for a in articles] == [
        key for key, _ in sorted(p.result.folios.items(), key=lambda item: item[1])]
    assert len(articles) == 16  # the flatplan of docs/editions/maaksessies-2020.md
    for article in articles:
        index = p.result.folios[article.key] - FIRST_FOLIO
        assert flat(p.title(article)) in flat(p.texts[index])


@LANGS
def test_articles_run_on_so_no_page_is_half_empty(printed, lang):
    """Nine articles on the pages between the contents and the back cover, none left empty."""
    p = printed[lang]
    first, last = min(p.result.folios.values()), len(p.texts) - 1  # the back cover is last
    sharing = [i for i in range(first - 1, last - 1)
               if sum(flat(p.title(a)) in flat(p.texts[i]) for a in p.edition.articles) > 1]
    assert sharing, "a short article's end shares its page with the next one's opener"
    height = float(p.screen.pages[0].mediabox.height)
    # The last article ends before the pages the edition file chose to fill up to a multiple of
    # four (`extra_pages`), which begin with bookmarks of their own, and before the back cover.
    last_opener = max(p.result.folios.values()) - FIRST_FOLIO  # its page's index
    later = [n for n in bookmarked_pages(p.screen) if n > last_opener]
    last_end = min(later) - 1 if later else last - 1
    for index in range(first - 1, last_end):  # every page but the last article's end is full
        lowest = [height]

        def text_at(text, cm, tm, font, size, lowest=lowest):  # noqa: ANN001, ANN202
            y = tm[5] * cm[3] + cm[5]
            if text.strip() and y > 25 * 72 / 25.4:  # above the page number in the margin
                lowest[0] = min(lowest[0], y)

        p.screen.pages[index].extract_text(visitor_text=text_at)
        # A section's first article opens with the full opener, its lead picture across the page,
        # kept whole: when it does not fit under the end of the article before, that page may
        # end early. The others open with a compact opener, which fits.
        opens_section = any(p.result.folios[s.articles[0].key] == index + 1 + FIRST_FOLIO
                            for s in p.edition.sections if s.articles)
        assert lowest[0] < height / 2 or opens_section, f"page {index + 1} is half empty"


@LANGS
def test_each_lead_picture_is_whole_on_the_page_where_its_article_opens(printed, lang):
    p = printed[lang]
    pictures = [page for page, _, _, _ in picture_ppi(p.result.screen)][1:]  # not the cover's
    openers = [p.result.folios[a.key] for a in p.edition.articles if a.image]
    assert pictures == openers  # each drawn once (never split), on its opener's page


def bookmarked_pages(reader) -> list[int]:  # noqa: ANN001
    """The indexes of the pages on which a bookmark of the PDF's outline begins."""
    def flat(items):  # noqa: ANN001, ANN202
        for item in items:
            yield from flat(item) if isinstance(item, list) else [item]
    return sorted({reader.get_destination_page_number(item) for item in flat(reader.outline)})


@LANGS
def test_contents_numbers_are_the_folios_of_the_articles(printed, lang):
    p = printed[lang]
    first = next(i for i, text in enumerate(p.texts[:6])  # under the colophon
                 if ("Inhoud" if lang == "nl" else "Contents") in text.split("\n"))
    # The contents may run on over more pages, up to the first article.
    contents_pages = range(first, min(p.result.folios.values()) - FIRST_FOLIO)
    assert contents_pages
    contents = "\n".join(p.texts[i] for i in contents_pages)
    for article in p.edition.articles:
        # A long title wraps onto a second line of the contents.
        title = r"\s+".join(map(re.escape, flat(p.title(article)).split()))
        # The page number ends the entry, after its kind and authors (no digits in those).
        match = re.search(title + r"\D*?(\d+)\n", flat_lines(contents) + "\n")
        assert match, f"{article.key} is not in the contents"
        printed_number = int(match.group(1))
        # The folio on the article's first page, counted from the PDF's own page index.
        opening = re.compile(re.escape(Strings(lang)(article.kind).upper()) + "( · "
                             + Strings(lang)("illustrative").upper() + ")? "
                             + re.escape(flat(p.title(article))))
        index = next(i for i, text in enumerate(p.texts)  # after the cover lines and contents
                     if i > max(contents_pages) and opening.search(flat(text)))
        assert printed_number == index + FIRST_FOLIO, article.key
        assert str(printed_number) in p.texts[index].split("\n")[-1:] + p.texts[index].split(
            "\n")[:1], "the page itself carries that folio"


@LANGS
def test_the_contents_stay_on_the_page_under_the_colophon(printed, lang):
    """Sixteen articles fit under the colophon: no page carries only the last line or two of the
    contents (it did, in both languages, before the contents were set a little tighter)."""
    p = printed[lang]
    first = next(i for i, text in enumerate(p.texts[:6])
                 if ("Inhoud" if lang == "nl" else "Contents") in text.split("\n"))
    assert min(p.result.folios.values()) - FIRST_FOLIO == first + 1, "the contents run on"


def flat_lines(text: str) -> str:
    return "\n".join(re.sub(r"[ \t]+", " ", line) for line in text.split("\n"))


@LANGS
def test_bookmarks_sections_and_articles(printed, lang):
    p = printed[lang]
    outline = p.screen.outline
    titles = [item["/Title"] for item in outline if not isinstance(item, list)]
    sections = [s.title_in(lang) for s in p.edition.sections]
    assert [t for t in titles if t in sections] == sections
    children = [item for item in outline if isinstance(item, list)]
    articles = [child["/Title"] for group in children for child in group]
    assert [flat(a) for a in articles] == [flat(p.title(a)) for a in p.edition.articles]
    for group in children:
        for child in group:
            key = next(a.key for a in p.edition.articles
                       if flat(p.title(a)) == flat(child["/Title"]))
            assert p.screen.get_destination_page_number(child) + FIRST_FOLIO == p.result.folios[key]


@LANGS
def test_metadata_title_language_tags(printed, lang):
    p = printed[lang]
    assert p.edition.title_in(lang) in p.screen.metadata.title
    root = p.screen.trailer["/Root"]
    assert root["/Lang"] == lang
    assert root["/MarkInfo"]["/Marked"] == True  # noqa: E712 (a pypdf BooleanObject)
    assert "/StructTreeRoot" in root
    assert p.screen.pages[0].mediabox.width == pytest.approx(595.28, abs=0.1)  # A4


@LANGS
def test_all_fonts_are_embedded(printed, lang):
    fonts = 0
    for pdf_page in printed[lang].screen.pages:
        for font in (pdf_page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                descriptor = descendant.get_object()["/FontDescriptor"].get_object()
                assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor), font
                fonts += 1
    assert fonts > 0


@LANGS
def test_printer_pdf_has_bleed_crop_marks_and_pages_in_fours(printed, lang):
    p = printed[lang]
    assert len(p.printer.pages) % 4 == 0
    assert len(p.printer.pages) >= len(p.screen.pages)
    for pdf_page in p.printer.pages:
        media, trim = pdf_page.mediabox, pdf_page.trimbox
        assert media.width > trim.width + 16 and media.height > trim.height + 16  # 2 x 3 mm
    for article in p.edition.articles:  # the same pages as on screen
        index = p.result.folios[article.key] - FIRST_FOLIO
        assert flat(p.title(article)) in flat(p.printer.pages[index].extract_text())


def test_dutch_words_break_as_dutch(printed):
    p = printed["nl"]
    dictionary = pyphen.Pyphen(lang="nl_NL")
    breaks = []
    for text in p.texts[3:]:
        # A tail in lower case continues the word; a capital is another block of the page (a
        # heading or a caption that the text extraction reads next), not the rest of the word.
        for head, tail in re.findall(rf"(\w+){HYPHEN}\n(\w+)", text):
            if tail[0].islower():
                breaks.append((head, tail))
    assert len(breaks) >= 5, "the Dutch text is hyphenated"
    for head, tail in breaks:
        word = head + tail
        assert len(head) in dictionary.positions(word), f"{head}-{tail} is not a Dutch break"


def test_each_article_carries_its_language():
    magazine, _ = load_magazine(REPO)
    settings = read_site_settings(REPO)
    edition, _ = load_edition(magazine, settings.edition, settings.site_names)
    html = Renderer(magazine, edition, "nl", settings).html()
    soup = BeautifulSoup(html, "html.parser")
    assert soup.html["lang"] == "nl"
    articles = soup.select("article.article")
    assert len(articles) == len(edition.articles)
    assert {a["lang"] for a in articles} == {"nl"}


@LANGS
def test_links_between_articles_print_their_page(printed, lang):
    p = printed[lang]
    word = "zie p." if lang == "nl" else "see p."
    found = 0
    for pdf_page in p.screen.pages:
        text = flat(pdf_page.extract_text())
        for number in re.findall(re.escape(word) + r"\s*(\d+)", text):
            assert int(number) in p.result.folios.values()
            found += 1
    assert found >= 3
    internal = 0
    for pdf_page in p.screen.pages[3:]:
        for annotation in pdf_page.get("/Annots") or []:
            annotation = annotation.get_object()
            if "/Dest" in annotation or annotation.get("/A", {}).get("/S") == "/GoTo":
                internal += 1
    assert internal >= found, "every page reference is a clickable link"


# -- tiny editions: bad input ------------------------------------------------------------------

EDITION = """\
---
title: {nl: Proefeditie, en: Trial edition}
date: 2021-03-01
cover: images/missing-cover.jpg
sections:
  - title: {nl: Eerst, en: First}
    articles:
      - practices/alleen-nl
      - essays/werk-erst
  - title: Twee
    articles: [essays/werk-eerst, interviews/zorg]
---
"""


@pytest.fixture
def tiny_repo(tmp_path: Path) -> Path:
    return write_site(tmp_path / "repo", {**TINY_SITE, "docs/editions/proef.md": EDITION})


def test_bad_edition_keys_and_missing_images_give_messages_and_a_whole_pdf(tiny_repo, tmp_path):
    (tiny_repo / "essays" / "werk-eerst.en.md").write_text(
        TINY_SITE["essays/werk-eerst.en.md"]
        + "\n![Een grafiek](../docs/images/grafiek.png)\n\nSee <https://example.org/werk> and "
        "[the report](https://example.org/rapport.pdf).\n")
    magazine, checked = load_magazine(tiny_repo)
    result = make_pdfs(magazine, "en", tmp_path / "out" / "m.pdf", "proef")
    messages = [str(d) for d in result.diagnostics]
    # The missing picture is the content check's to report (the build logs it once), the
    # edition's problems the print edition's.
    assert any(str(d).startswith("essays/werk-eerst.en.md:") and "grafiek.png" in str(d)
               for d in [*checked, *result.diagnostics])
    assert any(m.startswith("docs/editions/proef.md:9:1: error: no published article "
                            "'essays/werk-erst'") and "essays/werk-eerst" in m for m in messages)
    assert any(m.startswith("docs/editions/proef.md:4:") and "missing-cover.jpg" in m
               for m in messages)
    reader = PdfReader(result.screen)
    assert list(result.folios) == ["practices/alleen-nl", "essays/werk-eerst", "interviews/zorg"]
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "[Image missing: Een grafiek]" in text
    assert flat(text).count("https://example.org/werk") == 1  # an autolink is not doubled
    # A named link gets a note number; its address is in the list at the end of the article.
    assert "the report1" in flat(text)
    assert "ADDRESSES IN THIS ARTICLE the report https://example.org/rapport.pdf" in flat(text)
    assert not list((tmp_path / "out").glob("*.part"))


def test_untranslated_article_keeps_its_language_and_is_marked(tiny_repo):
    magazine, _ = load_magazine(tiny_repo)
    settings = read_site_settings(tiny_repo)
    edition, _ = load_edition(magazine, "proef", settings.site_names)
    soup = BeautifulSoup(Renderer(magazine, edition, "en", settings).html(), "html.parser")
    article = soup.select_one('article[data-key="practices/alleen-nl"]')
    assert article["lang"] == "nl"
    assert article.h1.get_text() == "Alleen Nederlands"
    notice = article.select_one(".untranslated")
    assert notice["lang"] == "en" and "not been translated" in notice.get_text()
    assert soup.select_one('article[data-key="essays/werk-eerst"]')["lang"] == "en"


def test_a_link_to_a_draft_prints_as_its_text(tiny_repo):
    (tiny_repo / "essays" / "concept.md").write_text(
        "---\ntitle: Concept\nsummary: Nog niet af.\ndate: 2021-01-01\nauthors: [A]\n"
        "themes: [work]\nstatus: draft\n---\nTekst.\n", encoding="utf-8")
    source = tiny_repo / "essays" / "werk-eerst.md"
    source.write_text(source.read_text(encoding="utf-8") + "\nZie [het concept](concept.md).\n",
                      encoding="utf-8")
    magazine, _ = load_magazine(tiny_repo)
    settings = read_site_settings(tiny_repo)
    edition, _ = load_edition(magazine, "proef", settings.site_names)
    soup = BeautifulSoup(Renderer(magazine, edition, "nl", settings).html(), "html.parser")
    article = soup.select_one('article[data-key="essays/werk-eerst"]')
    assert article.find(string="het concept").parent.name == "span"
    assert not article.select('a[href*="concept"]')


def test_default_edition_is_every_published_article_by_kind_newest_first(tiny_repo):
    magazine, _ = load_magazine(tiny_repo)
    edition, diagnostics = load_edition(magazine, None, {"nl": "M", "en": "M"})
    assert diagnostics == []
    assert [s.title_in("nl") for s in edition.sections] == ["Essays", "Interviews", "Praktijk"]
    assert [a.key for a in edition.articles] == [
        "essays/werk-eerst", "interviews/zorg", "practices/alleen-nl"]


def test_a_failed_write_leaves_no_half_pdf(tiny_repo, tmp_path, monkeypatch):
    from weasyprint.document import Document

    magazine, _ = load_magazine(tiny_repo)
    target = tmp_path / "out" / "magazine.pdf"
    target.parent.mkdir()
    target.write_bytes(b"%PDF old")

    def broken(self, target=None, **options):  # noqa: ANN001, ANN202
        Path(target).write_bytes(b"%PDF-1.7 half")
        raise OSError("disk full")

    monkeypatch.setattr(Document, "write_pdf", broken)
    with pytest.raises(OSError):
        make_pdfs(magazine, "nl", target, None, printer=False)
    assert target.read_bytes() == b"%PDF old"
    assert [p.name for p in target.parent.iterdir()] == ["magazine.pdf"]


def test_folios_are_read_from_the_layout(tiny_repo):
    from weasyprint import HTML

    magazine, _ = load_magazine(tiny_repo)
    settings = read_site_settings(tiny_repo)
    edition, _ = load_edition(magazine, None, settings.site_names)
    document = HTML(string=Renderer(magazine, edition, "nl", settings).html()).render()
    folios = page_folios(document, edition)
    assert list(folios) == [a.key for a in edition.articles]


@pytest.mark.parametrize(("lang", "reference"), [("nl", "het interview (zie p."),
                                                ("en", "the interview (see p.")])
def test_a_page_reference_gives_the_page_of_the_article_it_names(tiny_repo, tmp_path, lang, reference):
    # Articles run on: long texts give each article a first page of its own.
    for name in ("essays/werk-eerst.md", "essays/werk-eerst.en.md", "interviews/zorg.md",
                 "interviews/zorg.en.md"):
        source = tiny_repo / name
        source.write_text(source.read_text(encoding="utf-8") + "\n" + "\n\n".join(
            ["Nieuwkomers en gemeenten maken samen een plan. " * 20] * 30), encoding="utf-8")
    magazine, _ = load_magazine(tiny_repo)
    result = make_pdfs(magazine, lang, tmp_path / "magazine.pdf", None, printer=False)
    text = flat(" ".join(p.extract_text() for p in PdfReader(result.screen).pages))
    numbers = re.findall(re.escape(reference) + r"\s*(\d+)\)", text)
    assert numbers == [str(result.folios["interviews/zorg"])]
    assert len(set(result.folios.values())) == len(result.folios)  # each article its own page


# -- the build, the command, the benchmark --------------------------------------------------------


def test_the_build_makes_both_pdfs_once_and_links_them(tiny_repo, caplog):
    caplog.set_level(logging.INFO, logger="mkdocs.plugins.magazine")
    site = build(tiny_repo)
    assert (site / "print" / "magazine.pdf").is_file()
    assert (site / "print" / "magazine-print.pdf").is_file()
    assert (site / "en" / "print" / "magazine.pdf").is_file()
    assert (site / "print" / "magazine.pdf").stat().st_mode & 0o044 == 0o044  # others may read
    assert PdfReader(site / "en" / "print" / "magazine.pdf").trailer["/Root"]["/Lang"] == "en"
    made = [r.getMessage() for r in caplog.records if "print edition (" in r.getMessage()]
    assert len(made) == 2, made  # once per language, not once per static-i18n pass
    home = page(site, "").select(".mz-print a")
    assert [a["href"] for a in home] == ["print/magazine.pdf", "print/magazine-print.pdf"]
    english = page(site, "en/essays/").select(".mz-print a")
    assert [a["href"] for a in english] == ["../print/magazine.pdf",
                                            "../print/magazine-print.pdf"]
    assert "print shop" in page(site, "en/essays/").select_one(".mz-print").get_text()


def test_pdf_false_makes_no_pdf(tiny_repo):
    config = (tiny_repo / "mkdocs.yml").read_text().replace(
        "  - magazine\n", "  - magazine:\n      pdf: false\n")
    (tiny_repo / "mkdocs.yml").write_text(config)
    site = build(tiny_repo)
    assert not (site / "print").exists()
    assert page(site, "").select_one(".mz-print") is None


def test_print_command(tiny_repo, tmp_path):
    output = tmp_path / "cli" / "edition.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "magazine.cli", "--root", str(tiny_repo), "print", "--lang", "nl",
         "--edition", "proef", "--output", str(output)],
        capture_output=True, text=True, timeout=300)
    assert done.returncode == 1, done.stderr  # the edition has errors, the PDF is still made
    # In the magazine's language, as `magazine check` says it.
    assert "docs/editions/proef.md:9:1: fout" in done.stderr
    assert "pagina's, voor de drukker" in done.stdout
    assert "Traceback" not in done.stderr
    assert PdfReader(output).pages and PdfReader(output.with_name("edition-print.pdf")).pages


def test_benchmark_runs_on_a_tiny_edition(tiny_repo):
    done = subprocess.run(
        [sys.executable, str(REPO / "bench" / "print_bench.py"), "--root", str(tiny_repo)],
        capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "ms per page" in done.stdout and "ratio" in done.stdout


def test_site_print_stylesheet_is_for_print_only():
    css = (REPO / "docs" / "assets" / "print.css").read_text()
    assert css.lstrip().startswith("/*") and "@media print" in css
    assert "assets/print.css" in (REPO / "mkdocs.yml").read_text()


def test_contents_over_several_pages_still_give_the_right_folios(tmp_path):
    """target-counter() has been seen one too low in a contents of two pages: not here."""
    files = {k: v for k, v in TINY_SITE.items() if not k.startswith(("essays/", "interviews/",
                                                                      "practices/"))}
    for n in range(1, 46):
        length = 1 + n % 4  # articles of one to four pages, so the folios are irregular
        body = "\n\n".join(["Nieuwkomers werken samen met gemeenten aan een actieagenda. " * 12]
                           * (length * 4))
        files[f"essays/artikel-{n:02d}.md"] = (
            f"---\ntitle: Artikel nummer {n:02d}\nsummary: Over werk.\n"
            f"date: 2019-{1 + n % 12:02d}-{1 + n % 28:02d}\nauthors: [Ann]\nthemes: [work]\n"
            f"---\n{body}\n")
    root = write_site(tmp_path / "repo", files)
    magazine, _ = load_magazine(root)
    result = make_pdfs(magazine, "nl", tmp_path / "m.pdf", None, printer=False)
    texts = [p.extract_text() for p in PdfReader(result.screen).pages]
    contents_pages = [i for i, text in enumerate(texts[:8]) if "Essay · Ann" in text]
    assert len(contents_pages) >= 2, "the contents run over more than one page"
    contents = "\n".join(texts[i] for i in contents_pages)
    numbers = dict(re.findall(r"Artikel nummer (\d\d)\D*?(\d+)\n", contents))
    assert len(numbers) == 45
    for n, folio in numbers.items():
        opening = next(i for i, text in enumerate(texts) if f"ESSAY\nArtikel nummer {n}" in text)
        assert int(folio) == opening + FIRST_FOLIO, f"article {n}"


@pytest.mark.allow_warnings
def test_a_bad_edition_fails_a_strict_build_with_its_message(tiny_repo, no_unexpected_warnings):
    config = (tiny_repo / "mkdocs.yml").read_text().replace(
        "  - magazine\n", "  - magazine:\n      edition: proef\n")
    (tiny_repo / "mkdocs.yml").write_text(config)
    site = build(tiny_repo, strict=False)
    messages = [r.getMessage() for r in no_unexpected_warnings.records]
    # In the magazine's language, as `magazine check` says it.
    assert any("docs/editions/proef.md:9:1: fout: geen gepubliceerd artikel 'essays/werk-erst'" in m
               for m in messages), messages
    assert (site / "print" / "magazine.pdf").is_file()


def test_sources_print_after_the_article_and_the_colophon_invents_nothing(tiny_repo):
    source = tiny_repo / "essays" / "werk-eerst.md"
    source.write_text(source.read_text(encoding="utf-8").replace(
        "session: s1\n", "session: s1\nsources:\n  - title: \"Uitnodiging Maaksessie #4\"\n"
        "    url: https://example.org/uitnodiging\n  - Verslag van de sessie\n"), encoding="utf-8")
    magazine, diagnostics = load_magazine(tiny_repo)
    assert not [d for d in diagnostics if d.severity == "error"], diagnostics
    settings = read_site_settings(tiny_repo)
    edition, problems = load_edition(magazine, "proef", settings.site_names)
    assert any(d.severity == "warning" and "the edition has no licence" in d.message
               and d.path == "docs/editions/proef.md" for d in problems)
    soup = BeautifulSoup(Renderer(magazine, edition, "nl", settings).html(), "html.parser")
    article = soup.select_one('article[data-key="essays/werk-eerst"]')
    block = article.select_one(".sources")
    assert block.h2.get_text() == "Bronnen"
    assert [li.get_text(" ", strip=True) for li in block.select("li")] == [
        "Uitnodiging Maaksessie #4 https://example.org/uitnodiging", "Verslag van de sessie"]
    assert article.select(".body + .sources")  # at the end, after the text
    colophon = soup.select_one(".colophon").get_text(" ", strip=True)
    assert "Licentie" not in colophon and "CC BY" not in colophon and "Uitgever" not in colophon


# -- the magazine: cover, colophon, language, references, pictures, interviews ------------------


@LANGS
def test_cover_names_the_cover_lines_with_their_pages(printed, lang):
    p = printed[lang]
    cover = flat(p.texts[0])
    assert p.settings.site_names[lang] in cover and p.edition.title_in(lang) in cover
    assert ("29 NOVEMBER 2026") in cover.upper()
    assert len(p.edition.cover_lines) == 3
    for article in p.edition.cover_lines:
        assert f"{flat(p.title(article))} p. {p.result.folios[article.key]}" in cover


@LANGS
def test_colophon_and_back_cover_in_the_editions_language(printed, lang):
    p = printed[lang]
    front, back = flat(p.texts[1]), flat(p.texts[-1])
    editors = p.edition.editors[lang][0]
    assert editors in front
    if lang == "en":
        assert "Colophon" in front and "EDITORS" in front.upper() and "29 November 2026" in front
        assert "PUBLISHED" in front.upper() and "Verschenen" not in front
    else:
        assert "Colofon" in front and "REDACTIE" in front.upper() and "29 november 2026" in front
    assert "Eleven Making Sessions" in back if lang == "en" else "Elf Maaksessies" in back
    # No publisher is known: the PDFs name the editors, in the edition's language.
    assert p.screen.metadata.author == editors == p.printer.metadata.author
    assert p.screen.metadata.subject.startswith(p.edition.title_in(lang))
    assert p.screen.trailer["/Root"]["/Lang"] == p.printer.trailer["/Root"]["/Lang"] == lang


@LANGS
def test_no_placeholder_address_reaches_a_pdf(printed, lang):
    """mkdocs.yml's site_url is a placeholder until SITE_URL is set: no address is printed."""
    p = printed[lang]
    for reader in (p.screen, p.printer):
        for pdf_page in reader.pages:
            assert "example.org" not in pdf_page.extract_text()
            for annotation in pdf_page.get("/Annots") or []:
                action = annotation.get_object().get("/A") or {}
                assert "example.org" not in str(action.get("/URI", ""))
    assert any("example address" in str(d) and d.severity == "warning" for d in p.result.diagnostics)


@LANGS
def test_the_illustrative_notice_is_given_once_per_piece(printed, lang):
    p = printed[lang]
    text = flat(" ".join(p.texts))
    notice = flat(Strings(lang)("example_notice"))[:40]
    examples = [a for a in p.edition.articles if a.status == "example"]
    assert examples and text.count(notice) == len(examples)
    label = Strings(lang)("illustrative").upper()
    for article in p.edition.articles:
        opening = flat(p.texts[p.result.folios[article.key] - FIRST_FOLIO])
        marked = re.search(re.escape(label) + r" " + re.escape(flat(p.title(article))), opening)
        assert bool(marked) == (article.status == "example"), article.key


def boxes(pdf: Path) -> list[dict[str, list[float]]]:
    """Every page's boxes, as poppler's `pdfinfo -box` reads them (a second, independent reader)."""
    done = subprocess.run(["pdfinfo", "-box", "-f", "1", "-l", "999", str(pdf)],
                          capture_output=True, text=True, check=True)
    pages: dict[int, dict[str, list[float]]] = {}
    for number, box, values in re.findall(r"Page\s+(\d+) (\w+):\s+([-\d. ]+)", done.stdout):
        pages.setdefault(int(number), {})[box] = [float(v) for v in values.split()]
    return [pages[n] for n in sorted(pages)]


@LANGS
def test_printer_file_is_pdf_x4_with_a_cmyk_output_intent(printed, lang):
    p = printed[lang]
    root = p.printer.trailer["/Root"]
    xmp = root["/Metadata"].get_object().get_data().decode()
    assert "<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>" in xmp
    assert p.printer.pdf_header == "%PDF-1.6"
    (intent,) = [i.get_object() for i in root["/OutputIntents"]]
    assert intent["/S"] == "/GTS_PDFX" and intent["/OutputConditionIdentifier"] == "FOGRA39"
    profile = intent["/DestOutputProfile"].get_object()
    assert profile["/N"] == 4  # CMYK
    assert profile.get_data()[36:40] == b"acsp" and profile.get_data()[16:20] == b"CMYK"
    assert p.printer.trailer["/Info"]["/Trapped"] == "/False"


@LANGS
def test_printer_file_boxes_bleed_and_slug_on_every_page(printed, lang):
    p = printed[lang]
    mm = 72 / 25.4
    pages = boxes(p.result.printer)
    assert len(pages) == len(p.printer.pages)
    for number, page_boxes in enumerate(pages, start=1):
        trim, bleed, media = page_boxes["TrimBox"], page_boxes["BleedBox"], page_boxes["MediaBox"]
        assert trim[2] - trim[0] == pytest.approx(595.28, abs=0.05), number  # A4
        assert trim[3] - trim[1] == pytest.approx(841.89, abs=0.05), number
        for inner, outer in zip(trim, bleed, strict=True):
            assert abs(outer - inner) == pytest.approx(3 * mm, abs=0.02), number
        for inner, outer in zip(bleed, media, strict=True):
            assert abs(outer - inner) >= 5 * mm, f"page {number}: no room for crop marks"


def test_crop_marks_sit_outside_the_bleed(printed, tmp_path):
    """On a page of the printer's file: ink in the slug (the marks), none in the bleed."""
    from PIL import Image

    p = printed["nl"]
    blank = 1  # page 2: white paper at its corners, inside the margins
    subprocess.run(["pdftoppm", "-r", "144", "-png", "-f", str(blank + 1), "-l", str(blank + 1),
                    "-singlefile", str(p.result.printer), str(tmp_path / "blank")], check=True)
    image = Image.open(tmp_path / "blank.png").convert("L")
    px_per_mm = 144 / 25.4
    slug = 10 * px_per_mm  # the media box is 10 mm larger than the trim on each side

    def dark(x0: float, y0: float, x1: float, y1: float) -> int:
        region = image.crop((round(x0), round(y0), round(x1), round(y1)))
        return sum(1 for value in region.tobytes() if value < 128)

    corner = slug  # the top-left corner of the trim
    assert dark(0, corner - 1, corner - 3.2 * px_per_mm, corner + 1) > 0, "a crop mark"
    bleed_zone = dark(corner - 2.9 * px_per_mm, corner - 2.9 * px_per_mm, corner + 20, corner + 20)
    assert bleed_zone == 0, "nothing is drawn inside the 3 mm bleed"


@LANGS
def test_pages_in_fours_and_no_blank_page_before_the_back_cover(printed, lang):
    """Both files have the same pages, a multiple of four; the pages that takes before the back
    cover carry what the edition file chose, the back cover names what the issue holds."""
    p = printed[lang]
    texts = [page.extract_text() for page in p.printer.pages]
    assert len(texts) % 4 == 0 and len(texts) == len(p.texts)
    assert flat(texts[-1]) == flat(p.texts[-1])  # the back cover is the last page
    assert p.edition.back_cover[lang][:30] in flat(texts[-1])
    assert all(flat(p.title(a))[:25] in flat(texts[-1]) for a in p.edition.articles)
    assert all(text.strip() for text in texts), "a blank page"
    # The pages after the last article, up to a multiple of four, begin with bookmarks of their
    # own; an edition whose articles end on a multiple of four has none.
    last_opener = max(p.result.folios.values()) - FIRST_FOLIO  # its page's index
    later = [n for n in bookmarked_pages(p.screen) if n > last_opener]
    extra = [flat(text) for text in texts[min(later):-1]] if later else []
    glance, notes = Strings(lang)("sessions_at_a_glance"), Strings(lang)("notes_page")
    assert all(glance in text or notes in text for text in extra), extra
    for pdf_page in p.printer.pages:
        for font in (pdf_page["/Resources"].get("/Font") or {}).values():
            for descendant in font.get_object().get("/DescendantFonts", [font]):
                descriptor = descendant.get_object()["/FontDescriptor"].get_object()
                assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor)


PICTURE_ARTICLE = """\
---
title: Vragen aan Dana
summary: Een interview.
date: 2020-02-02
authors: [Eva]
themes: [work]
---
**Hoe begon het?**

Met een kop koffie, zegt ze. Zie [werk](../docs/themes/work.md) en [de site](https://example.org/x).

> Vraag wat iemand wil en wat iemand al kan.
> { .pull }

![Twee mensen aan tafel](../docs/images/tafel.png "Het eerste gesprek"){ .wide credit="Foto: Eva, CC BY 4.0" }

![Buiten](../../outside.png "Niet van ons")
"""


def picture_repo(tmp_path: Path) -> Path:
    from PIL import Image

    root = write_site(tmp_path / "repo", {**TINY_SITE, "interviews/dana.md": PICTURE_ARTICLE},
                      SITE_CONFIG + "markdown_extensions:\n  - attr_list\n")
    (root / "docs" / "images").mkdir()
    for name in ("lead.png", "tafel.png"):
        Image.new("RGB", (300, 200), (40, 120, 160)).save(root / "docs" / "images" / name)
    Image.new("RGB", (10, 10)).save(tmp_path / "outside.png")  # outside the repository
    return root


def test_pictures_questions_pull_quotes_and_notes_in_print(tmp_path):
    root = picture_repo(tmp_path)
    magazine, checked = load_magazine(root)
    magazine.article("interviews/dana").image = "docs/images/lead.png"  # the lead picture
    settings = read_site_settings(root)
    settings.site_url = "https://nieuwkomers.gelderland.nl/"  # a real address: links get notes
    edition, _ = load_edition(magazine, None, settings.site_names)
    renderer = Renderer(magazine, edition, "nl", settings)
    soup = BeautifulSoup(renderer.html(), "html.parser")
    article = soup.select_one('article[data-key="interviews/dana"]')
    lead = article.select_one(".opener .lead-picture img")
    assert lead["src"] == (root / "docs" / "images" / "lead.png").resolve().as_uri()
    assert article.select_one("p.question").get_text() == "Hoe begon het?"
    assert "Vraag wat iemand wil" in article.select_one("blockquote.pull-quote").get_text()
    figure = article.select_one("figure.figure.wide")
    assert figure.img["src"].endswith("docs/images/tafel.png")
    assert figure.figcaption.get_text(" ", strip=True) == "Het eerste gesprek Foto: Eva, CC BY 4.0"
    assert not article.select('img[src*="outside"]')  # never a file outside the repository
    # Reported once, by the content check (which the build logs) or else by the print edition.
    assert any("outside.png" in str(d) for d in [*checked, *renderer.diagnostics])
    notes = [li.get_text(" ", strip=True) for li in article.select(".notes li")]
    assert notes == ["werk https://nieuwkomers.gelderland.nl/themes/work/",
                     "de site https://example.org/x"]
    body = article.select_one(".body").get_text()
    assert "https://nieuwkomers" not in body.split("Adressen bij dit artikel")[0]
    assert not any("example address" in str(d) for d in renderer.diagnostics)


def test_without_a_real_site_url_theme_links_print_as_words(tmp_path):
    root = picture_repo(tmp_path)
    magazine, _ = load_magazine(root)
    settings = read_site_settings(root)  # site_url: https://example.org/
    edition, _ = load_edition(magazine, None, settings.site_names)
    renderer = Renderer(magazine, edition, "nl", settings)
    soup = BeautifulSoup(renderer.html(), "html.parser")
    article = soup.select_one('article[data-key="interviews/dana"]')
    assert article.find(string="werk").parent.name == "span"
    assert [d.path for d in renderer.diagnostics if "example address" in str(d)] == ["mkdocs.yml"]


def test_a_section_marked_right_hand_opens_on_a_right_hand_page(tiny_repo, tmp_path):
    edition = tiny_repo / "docs" / "editions" / "proef.md"
    edition.write_text(
        "---\ntitle: Proef\ndate: 2021-03-01\nnumber: 3\n"
        "cover_lines: [essays/werk-eerst, essays/bestaat-niet]\n"
        "sections:\n  - title: Een\n    articles: [essays/werk-eerst]\n"
        "  - title: Twee\n    right_hand: true\n    articles: [interviews/zorg]\n---\n")
    magazine, _ = load_magazine(tiny_repo)
    result = make_pdfs(magazine, "nl", tmp_path / "m.pdf", "proef")
    assert result.folios["interviews/zorg"] % 2 == 1
    assert result.folios["essays/werk-eerst"] < result.folios["interviews/zorg"]
    assert any(str(d).startswith("docs/editions/proef.md:5:") and "bestaat-niet" in str(d)
               for d in result.diagnostics)
    cover = PdfReader(result.screen).pages[0].extract_text()
    assert "NUMMER 3" in cover and "Werk eerst" in cover and "Zorg" not in cover
    assert len(PdfReader(result.printer).pages) % 4 == 0


def test_a_section_opens_with_the_full_opener_the_articles_after_it_run_on_compact(tiny_repo):
    """Only a section's first article has the opener across the page; the others run on under
    the end of the one before with the compact opener (print.css, `.runs-on`)."""
    (tiny_repo / "docs" / "editions" / "proef.md").write_text(
        "---\ntitle: Proef\ndate: 2021-03-01\nsections:\n"
        "  - title: Een\n    articles: [essays/werk-eerst, interviews/zorg]\n"
        "  - title: Twee\n    right_hand: true\n    articles: [practices/alleen-nl]\n---\n")
    magazine, _ = load_magazine(tiny_repo)
    settings = read_site_settings(tiny_repo)
    edition, _ = load_edition(magazine, "proef", settings.site_names)
    soup = BeautifulSoup(Renderer(magazine, edition, "nl", settings).html(), "html.parser")
    opened = {a["data-key"]: a["class"] for a in soup.select("article.article")}
    assert {key: "runs-on" in classes for key, classes in opened.items()} == {
        "essays/werk-eerst": False, "interviews/zorg": True,
        "practices/alleen-nl": False}
    assert "opens-right" in opened["practices/alleen-nl"]


# -- a session's action agenda as a page ----------------------------------------------------------

AGENDA_EDITION = """\
---
title: {nl: Proef, en: Trial}
date: 2020-06-01
sections:
  - title: {nl: Acties, en: Actions}
    articles: [essays/werk-eerst]
    agendas: [s1, s9]
  - title: {nl: Alleen agenda's, en: Agendas only}
    agendas: [s1]
---
"""


@pytest.mark.parametrize(("lang", "state", "by"), [("nl", "BEZIG", "Gemeente Ede"),
                                                   ("en", "UNDER WAY", "Municipality of Ede")])
def test_the_edition_prints_a_sessions_action_agenda_as_a_page(tmp_path, lang, state, by):
    repo = write_site(tmp_path / "repo", {**TINY_SITE, "docs/editions/proef.md": AGENDA_EDITION})
    magazine, _ = load_magazine(repo)
    result = make_pdfs(magazine, lang, tmp_path / "out" / "m.pdf", "proef")
    messages = [str(d) for d in result.diagnostics]
    assert any(m.startswith("docs/editions/proef.md:7:1: error: no session 's9'") for m in messages)
    texts = [flat(p.extract_text()) for p in PdfReader(result.screen).pages]
    title = "Sessie een" if lang == "nl" else "Session one"
    agenda = [i for i, text in enumerate(texts) if title in text and by in text]
    assert agenda, texts
    page_text = texts[agenda[0]]
    assert state in page_text.upper() and ("Nieuwsbrief" in page_text)
    # The contents name the agenda with the page it begins on.
    contents = next(text for text in texts if Strings(lang)("contents") in text)
    heading = f"{Strings(lang)('action_agenda')}: {title}"
    assert heading in contents
    assert re.search(re.escape(heading) + r".*?(\d+)", contents).group(1) == str(
        agenda[0] + FIRST_FOLIO)


def test_an_agenda_the_session_does_not_document_is_an_error(tmp_path):
    repo = write_site(tmp_path / "repo", {
        **TINY_SITE, "docs/editions/proef.md": AGENDA_EDITION.replace("[s1, s9]", "[s0]"),
        "docs/sessions/s0.md": "---\ntitle: Sessie nul\nthemes: [work]\n---\nTekst.\n"})
    magazine, _ = load_magazine(repo)
    _, diagnostics = load_edition(magazine, "proef", {})
    assert [str(d) for d in diagnostics if "s0" in d.message] == [
        "docs/editions/proef.md:7:1: error: the session 's0' has no documented action agenda to "
        "print (take it out of 'agendas', or document its actions on its page (action_agenda))"]


@pytest.mark.parametrize(("lang", "title", "row"), [
    ("nl", "Kaart van de kennisbank", "Werk: Sessie een (1 artikel, 1 actie)"),
    ("en", "Map of the knowledge base", "Work: Session one (1 article, 1 action)")])
def test_the_edition_can_carry_the_map_of_the_knowledge_base(tmp_path, lang, title, row):
    edition = AGENDA_EDITION.replace("date: 2020-06-01\n", "date: 2020-06-01\nmap: true\n")
    repo = write_site(tmp_path / "repo", {**TINY_SITE, "docs/editions/proef.md": edition})
    magazine, _ = load_magazine(repo)
    result = make_pdfs(magazine, lang, tmp_path / "out" / "m.pdf", "proef")
    texts = [flat(p.extract_text()) for p in PdfReader(result.screen).pages]
    [map_page] = [text for text in texts if title in text]
    assert row in map_page
    # The picture's words are text of the PDF too: the themes and the session, drawn.
    assert map_page.count("Sessie een" if lang == "nl" else "Session one") >= 2
    # On paper its greys and black are black ink alone, its colour the accent: no RGB.
    colours = set(colours_set(result.printer)[texts.index(map_page)])
    colours.discard(("Separation /All", (1.0,)))  # the crop marks
    assert ("CMYK", (0, 0, 0, 0.7)) in colours and ("CMYK", (0, 0, 0, 0.95)) in colours
    assert all(black_ink_only(ink) or ink[0] == "CMYK" and ink[1] in (ACCENT_CMYK, PAPER_TINT)
               for ink in colours), sorted(colours)


def test_an_example_never_carries_the_cover_and_the_colophon_says_how_to_reach_the_editors(
        tiny_repo):
    (tiny_repo / "docs" / "editions" / "proef.md").write_text(
        "---\ntitle: Proef\ndate: 2021-03-01\n"
        "cover_lines: [essays/werk-eerst, interviews/zorg]\n"
        "contact: {nl: Schrijf de redactie., en: Write to the editors.}\n"
        "original: {nl: Een project van toen., en: A project of then.}\n"
        "sections:\n  - title: Een\n    articles: [essays/werk-eerst, interviews/zorg]\n---\n",
        encoding="utf-8")
    magazine, _ = load_magazine(tiny_repo)
    problems = [str(d) for d in check_edition(magazine, "proef")]
    assert any(p.startswith("docs/editions/proef.md:4:") and "error" in p
               and "'interviews/zorg' is an example" in p for p in problems), problems
    settings = read_site_settings(tiny_repo)
    edition, _ = load_edition(magazine, "proef", settings.site_names)
    assert [a.key for a in edition.cover_lines] == ["essays/werk-eerst"]
    for lang, contact, original in (("nl", "Schrijf de redactie.", "Een project van toen."),
                                    ("en", "Write to the editors.", "A project of then.")):
        soup = BeautifulSoup(Renderer(magazine, edition, lang, settings).html(), "html.parser")
        assert soup.select_one(".colophon dd.contact").get_text() == contact
        assert original in soup.select_one(".colophon").get_text()
        assert soup.select_one(".back-cover .back-contact").get_text() == contact
        assert "Zorg" not in soup.select_one(".cover-lines").get_text()


def text_inks(pdf_path: Path) -> list[list[tuple[str, tuple[float, ...]]]]:
    """Per page, the fill colour (colour space, components) of every piece of text, read from
    the page's content stream and the forms it draws."""
    import pikepdf

    def walk(stream, resources, fill, found) -> None:  # noqa: ANN001
        saved = []
        for operands, operator in pikepdf.parse_content_stream(stream):
            op = str(operator)
            if op == "q":
                saved.append(fill)
            elif op == "Q":
                fill = saved.pop()
            elif op in ("rg", "g", "k"):
                fill = ({"rg": "RGB", "g": "Gray", "k": "CMYK"}[op],
                        tuple(float(v) for v in operands))
            elif op == "cs":
                fill = (str(operands[0]).lstrip("/").removeprefix("Device"), ())
            elif op in ("sc", "scn"):
                fill = (fill[0], tuple(float(v) for v in operands
                                       if not isinstance(v, pikepdf.Name)))
            elif op in ("Tj", "TJ", "'", '"'):
                found.append(fill)
            elif op == "Do":
                xobject = resources.XObject[operands[0]]
                if xobject.Subtype == "/Form":
                    walk(xobject, xobject.get("/Resources", resources), fill, found)

    inks = []
    with pikepdf.open(pdf_path) as pdf:
        for pdf_page in pdf.pages:
            found: list[tuple[str, tuple[float, ...]]] = []
            walk(pdf_page.obj, pdf_page.Resources, ("Gray", (0.0,)), found)
            inks.append(found)
    return inks


def black_ink_only(ink: tuple[str, tuple[float, ...]]) -> bool:
    space, values = ink
    return space == "Gray" or (space == "CMYK" and values[:3] == (0, 0, 0))


ACCENT_CMYK = (0.0, 0.72, 0.9, 0.22)  # --accent of print.css in the printer's file
PAPER_TINT = (0.0, 0.04, 0.07, 0.03)  # --paper-tint

PLAIN_ARTICLE = """\
---
title: Een lange tekst
summary: Alleen tekst.
date: 2020-03-03
authors: [Ann]
themes: [work]
---
""" + "\n\n".join(["Wie nieuw is in een gemeente, zoekt eerst werk en een plek om te wonen. "
                   "Daarna komen taal, school en de buren, en dat kost tijd en geduld."] * 60)


def test_text_of_a_text_only_page_is_black_ink_only(tmp_path):
    """A page of running text carries no cyan, magenta or yellow: on press, grey text in four
    inks is soft and out of register."""
    root = write_site(tmp_path / "repo", {**TINY_SITE, "essays/lang.md": PLAIN_ARTICLE})
    magazine, _ = load_magazine(root)
    result = make_pdfs(magazine, "nl", tmp_path / "out" / "m.pdf")
    opener = result.folios["essays/lang"] - FIRST_FOLIO
    inks = text_inks(result.printer)
    texts = [p.extract_text() for p in PdfReader(result.printer).pages]
    follow_on = opener + 1  # the second page of the long article: running text only
    assert "Wie nieuw is" in texts[follow_on] and "Alleen tekst" not in texts[follow_on]
    assert inks[follow_on] and all(black_ink_only(ink) for ink in inks[follow_on]), \
        sorted(set(inks[follow_on]))


@LANGS
def test_printer_file_sets_every_text_in_cmyk_black_on_black_ink(printed, lang):
    """No text is left in RGB; all of it is black ink alone but for the accent colour."""
    inks = text_inks(printed[lang].result.printer)
    kinds = {ink for page in inks for ink in page}
    assert kinds and all(black_ink_only(ink) or ink == ("CMYK", ACCENT_CMYK)
                         for ink in kinds), sorted(kinds)
    body = sum(ink == ("CMYK", (0, 0, 0, 0.95)) for page in inks for ink in page)
    assert body > 0.5 * sum(map(len, inks))  # the body text: black ink


def test_the_cmyk_profile_comes_with_the_package_and_its_licence():
    """`make site` makes a PDF/X-4 file on any machine: the output intent is not a system file."""
    from magazine.printing.printer import BUNDLED, output_profile

    package = Path(__import__("magazine").__file__).resolve().parent
    assert output_profile() == BUNDLED and BUNDLED.path.is_relative_to(package)
    header = BUNDLED.path.read_bytes()[:40]
    assert header[12:20] == b"prtrCMYK" and header[36:40] == b"acsp"
    licence = BUNDLED.path.with_name("ISOcoated_v2_300_bas.LICENCE.txt").read_text()
    assert "zlib/libpng" in licence and "redistribute it" in licence
    data = (REPO / "pyproject.toml").read_text()
    assert '"printing/profiles/*"' in data  # installed with the package


@pytest.mark.parametrize("profile", ["missing", "rgb"])
def test_a_wrong_print_shop_profile_stops_the_printers_pdf_with_a_message(
        tiny_repo, tmp_path, monkeypatch, profile):
    """Never a file called PDF/X without its output intent: no printer's PDF, and why."""
    from magazine.printing.pdf import PrintError

    path = tmp_path / "shop.icc"
    if profile == "rgb":  # an RGB display profile is no printing condition
        path.write_bytes((Path(__import__("weasyprint").__file__).parent / "pdf"
                          / "sRGB2014.icc").read_bytes())
    monkeypatch.setenv("MAGAZINE_ICC_PROFILE", str(path))
    magazine, _ = load_magazine(tiny_repo)
    with pytest.raises(PrintError, match="MAGAZINE_ICC_PROFILE names .*shop.icc.*unset it"):
        make_pdfs(magazine, "nl", tmp_path / "out" / "m.pdf")
    assert not list((tmp_path).glob("out/*.pdf"))
    done = subprocess.run([sys.executable, "-m", "magazine.cli", "--root", str(tiny_repo),
                           "print", "--lang", "nl", "--output", str(tmp_path / "cli.pdf")],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode != 0 and "MAGAZINE_ICC_PROFILE noemt" in done.stderr  # in Dutch
    assert "Traceback" not in done.stderr and not (tmp_path / "cli-print.pdf").exists()
    if profile == "missing":  # the site's build says it too, in the editors' language
        built = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--site-dir",
                                str(tmp_path / "site")], cwd=tiny_repo, capture_output=True,
                               text=True, timeout=300)
        assert built.returncode != 0 and "Traceback" not in built.stderr
        assert ("De gedrukte editie kon niet worden gemaakt: MAGAZINE_ICC_PROFILE noemt"
                in built.stderr), built.stderr[-2000:]


def painted_areas(pdf_path: Path) -> list[list[tuple[str, tuple[float, float, float, float]]]]:
    """Per page, every picture and every area filled in colour (not white, not black marks),
    with its box on the page after the clipping in force: (what, (x0, y0, x1, y1))."""
    import pikepdf

    def times(a, b):  # noqa: ANN001, ANN202 (the product of two PDF matrices)
        return (a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
                a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3],
                a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5])

    def around(ctm, x0, y0, x1, y1):  # noqa: ANN001, ANN202 (a box on the page)
        xs = [x * ctm[0] + y * ctm[2] + ctm[4] for x in (x0, x1) for y in (y0, y1)]
        ys = [x * ctm[1] + y * ctm[3] + ctm[5] for x in (x0, x1) for y in (y0, y1)]
        return min(xs), min(ys), max(xs), max(ys)

    def within(clip, box):  # noqa: ANN001, ANN202
        if clip is None:
            return box
        return (max(clip[0], box[0]), max(clip[1], box[1]),
                min(clip[2], box[2]), min(clip[3], box[3]))

    numeric = {"cm", "rg", "k", "g", "re", "m", "l", "c", "v", "y", "sc", "scn"}

    def walk(stream, resources, ctm, clip, fill, found) -> None:  # noqa: ANN001, PLR0912
        saved, path, clipping = [], [], False
        for operands, operator in pikepdf.parse_content_stream(stream):
            op = str(operator)
            values = [float(v) for v in operands
                      if not isinstance(v, pikepdf.Name)] if op in numeric else []
            if op == "q":
                saved.append((ctm, clip, fill))
            elif op == "Q":
                ctm, clip, fill = saved.pop()
            elif op == "cm":
                ctm = times(tuple(values), ctm)
            elif op in ("rg", "k", "g", "sc", "scn"):
                fill = tuple(values)
            elif op == "re":
                x, y, width, height = values
                path.append(around(ctm, x, y, x + width, y + height))
            elif op in ("m", "l"):
                path.append(around(ctm, *values, *values))
            elif op in ("W", "W*"):
                clipping = True
            elif op in ("n", "f", "f*", "F", "B", "B*", "b", "b*", "S", "s"):
                if path:
                    box = (min(p[0] for p in path), min(p[1] for p in path),
                           max(p[2] for p in path), max(p[3] for p in path))
                    colour = fill not in ((0, 0, 0, 0), (1, 1, 1), (1,), (0, 0, 0), (0,))
                    if op not in ("n", "S", "s") and colour:
                        found.append(("colour", within(clip, box)))
                    if clipping:
                        clip = within(clip, box)
                path, clipping = [], False
            elif op == "Do":
                xobject = resources.XObject[operands[0]]
                if xobject.Subtype == "/Image":
                    found.append(("picture", within(clip, around(ctm, 0, 0, 1, 1))))
                elif xobject.Subtype == "/Form":
                    matrix = tuple(float(v) for v in xobject.get("/Matrix", [1, 0, 0, 1, 0, 0]))
                    walk(xobject, xobject.get("/Resources", resources), times(matrix, ctm),
                         clip, fill, found)

    pages = []
    with pikepdf.open(pdf_path) as pdf:
        for pdf_page in pdf.pages:
            found: list[tuple[str, tuple[float, float, float, float]]] = []
            walk(pdf_page.obj, pdf_page.Resources, (1, 0, 0, 1, 0, 0), None, None, found)
            pages.append(found)
    return pages


def bleed_faults(pdf_path: Path) -> list[str]:
    """Each picture or colour area that meets the trim but stops short of the bleed (an edge of
    white paper after trimming), or runs past the bleed into the slug of the crop marks."""
    import pikepdf

    mm = 72 / 25.4
    faults = []
    with pikepdf.open(pdf_path) as pdf:
        boxes = [([float(v) for v in p.TrimBox], [float(v) for v in p.BleedBox])
                 for p in pdf.pages]
    for number, (found, (trim, bleed)) in enumerate(
            zip(painted_areas(pdf_path), boxes, strict=True), start=1):
        for what, box in found:
            if box[0] >= trim[2] or box[2] <= trim[0] or box[1] >= trim[3] or box[3] <= trim[1]:
                continue  # outside the page: a crop mark
            for side, low in ((0, True), (1, True), (2, False), (3, False)):
                meets = box[side] <= trim[side] + mm if low else box[side] >= trim[side] - mm
                to_bleed = abs(box[side] - bleed[side]) < 0.3
                if meets and not to_bleed:
                    faults.append(f"page {number}: {what} {[round(v, 1) for v in box]} meets "
                                  f"the trim at side {side} but ends at {box[side]:.1f}, not at "
                                  f"the bleed {bleed[side]:.1f}")
    return faults


def test_cover_picture_and_covers_colour_run_into_the_bleed(tmp_path):
    """The cover first: its picture and colour run 3 mm past the trim, and stop at the bleed."""
    from PIL import Image

    root = picture_repo(tmp_path)
    Image.new("RGB", (1300, 900), (200, 120, 40)).save(root / "docs" / "images" / "cover.jpg")
    (root / "docs" / "editions").mkdir()
    (root / "docs" / "editions" / "proef.md").write_text(
        "---\ntitle: Proef\ndate: 2021-03-01\ncover: images/cover.jpg\n"
        "sections:\n  - title: Een\n    articles: [interviews/dana, essays/werk-eerst]\n---\n")
    magazine, _ = load_magazine(root)
    result = make_pdfs(magazine, "nl", tmp_path / "out" / "m.pdf", "proef")
    areas = painted_areas(result.printer)
    assert [what for what, _ in areas[0]].count("picture") == 1
    assert sum(what == "colour" for what, _ in areas[-1])  # the back cover
    assert bleed_faults(result.printer) == []


@LANGS
def test_every_picture_and_colour_area_at_the_trim_runs_into_the_bleed(printed, lang):
    assert bleed_faults(printed[lang].result.printer) == []


def running_heads(reader: PdfReader) -> list[str]:
    """The running head of each page: the text in its top margin."""
    heads = []
    for pdf_page in reader.pages:
        top = float(pdf_page.trimbox.top) if "/TrimBox" in pdf_page else float(
            pdf_page.mediabox.top)
        parts: list[str] = []

        def text_at(text, cm, tm, font, size, parts=parts, top=top):  # noqa: ANN001, ANN202
            y = tm[5] * cm[3] + cm[5]
            if text.strip() and top - 20 * 72 / 25.4 < y < top:
                parts.append(text)

        pdf_page.extract_text(visitor_text=text_at)
        heads.append(flat("".join(parts)).strip())
    return heads


@LANGS
def test_running_heads_name_the_article_of_their_own_page(printed, lang):
    """A right-hand page names the article it shows; a page on which an article opens names
    that article or nothing, never the one before."""
    p = printed[lang]
    by_page = sorted((folio - FIRST_FOLIO, article) for article in p.edition.articles
                     for key, folio in p.result.folios.items() if key == article.key)
    heads = running_heads(p.screen)
    checked = 0
    for index, head in enumerate(heads):
        opening = [a for i, a in by_page if i == index]
        running = [a for i, a in by_page if i <= index]
        if not running or index == len(heads) - 1:
            continue  # the front pages and the back cover carry none
        own = opening[0] if opening else running[-1]
        if (index + FIRST_FOLIO) % 2 == 1:  # a right-hand page: the article's title
            assert head in ("", flat(p.title(own)).upper(), flat(p.title(own))), (index, head)
            checked += bool(head)
        if opening:
            others = [flat(p.title(a)) for a in p.edition.articles if a is not own]
            assert not any(head and head == title for title in others), (index, head)
    assert checked > 3


def picture_ppi(pdf_path: Path) -> list[tuple[int, int, int, int]]:
    """(page, width, height, ppi) of each picture in a PDF, as poppler's pdfimages reads them."""
    done = subprocess.run(["pdfimages", "-list", str(pdf_path)], capture_output=True, text=True,
                          check=True)
    rows = [line.split() for line in done.stdout.splitlines()[2:]]
    return [(int(r[0]), int(r[3]), int(r[4]), min(int(r[12]), int(r[13]))) for r in rows
            if r[2] == "image"]


def give_lead_picture(root: Path, name: str) -> None:
    """Make docs/images/`name` the lead picture of the interview of `picture_repo`."""
    article = root / "interviews" / "dana.md"
    article.write_text(article.read_text().replace(
        "themes: [work]\n", f"themes: [work]\nimage: ../docs/images/{name}\n"
        "image_alt: Een tafel\n"))


def test_pictures_print_at_300_ppi_at_most_and_a_soft_one_is_named(tmp_path):
    """A 4000-pixel photo reaches the print shop at 300 ppi, not 584; a small picture is
    printed, and the editor is told where it is named and how large it prints well."""
    from PIL import Image

    root = picture_repo(tmp_path)
    Image.new("RGB", (4000, 2600), (60, 140, 90)).save(root / "docs/images/tafel.png")
    Image.new("RGB", (900, 600), (140, 60, 90)).save(root / "docs/images/lead.png")
    give_lead_picture(root, "lead.png")
    magazine, _ = load_magazine(root)
    result = make_pdfs(magazine, "nl", tmp_path / "out" / "m.pdf")
    printed = picture_ppi(result.printer)
    big = [row for row in printed if row[1] > 1000]
    assert big and all(290 <= ppi <= 310 for *_, ppi in big), printed
    assert max(ppi for *_, ppi in printed) <= 310
    assert picture_ppi(result.screen) == printed  # the same pictures on screen
    (soft,) = [d for d in result.diagnostics if "prints soft" in d.message]
    assert soft.severity == "warning" and (soft.path, soft.line) == ("interviews/dana.md", 7)
    assert "'docs/images/lead.png'" in soft.message and "900 x 600 pixels" in soft.message
    # 900 pixels over the text's width (174 mm) is 131 ppi: it prints well up to 114 mm wide.
    match = re.search(r"prints well up to (\d+) x (\d+) mm", soft.hint)
    assert match and 110 <= int(match.group(1)) <= 116, soft.hint
    assert not any("tafel.png" in d.message for d in result.diagnostics)
    # The editor of a Dutch magazine reads it in Dutch, with the same figures.
    dutch = messages.line(soft, "nl")
    assert "wordt onscherp gedrukt: 900 x 600 pixels" in dutch, dutch
    assert re.search(r"tot \d+ x \d+ mm wordt hij scherp gedrukt", dutch) and "prints" not in dutch, dutch


@pytest.mark.parametrize("width", [2400, 4800])
def test_a_picture_sharp_enough_goes_into_both_files_as_it_is(tmp_path, width):
    """A JPEG of 2400 pixels over the text's width (174 mm, 350 ppi) is neither decoded nor
    compressed again: the PDFs carry the file's own bytes. One of 4800 (700 ppi) is decoded at
    half its size (350 ppi), which print takes as it is, not resampled to 300 ppi."""
    import pikepdf
    from PIL import Image

    root = picture_repo(tmp_path)
    lead = root / "docs/images/lead.jpg"
    noise = Image.effect_noise((width, width * 5 // 8), 60).convert("RGB")
    noise.save(lead, "JPEG", quality=88)
    give_lead_picture(root, "lead.jpg")
    magazine, _ = load_magazine(root)
    result = make_pdfs(magazine, "nl", tmp_path / "out" / "m.pdf")
    for pdf_path in (result.printer, result.screen):
        with pikepdf.open(pdf_path) as pdf:
            jpegs = [image for page in pdf.pages
                     for image in page.Resources.get("/XObject", {}).values()
                     if image.get("/Subtype") == "/Image" and image.get("/Filter") == "/DCTDecode"]
            if width == 2400:
                assert lead.read_bytes() in [image.read_raw_bytes() for image in jpegs]
            else:
                assert (2400, 1500) in [(image.Width, image.Height) for image in jpegs]
    assert not any("lead.jpg" in d.message for d in result.diagnostics)


@pytest.mark.parametrize("chosen", ["[sessions, notes]", None, "[sessions, posters]"])
def test_the_pages_before_the_back_cover_carry_what_the_edition_chose(tiny_repo, tmp_path, chosen):
    (tiny_repo / "essays" / "lang.md").write_text(PLAIN_ARTICLE.replace("] * 60", "] * 30"))
    edition = tiny_repo / "docs" / "editions" / "kort.md"
    edition.write_text("---\ntitle: Kort\ndate: 2021-03-01\n"
                       + (f"extra_pages: {chosen}\n" if chosen else "")
                       + "sections:\n  - title: Een\n    articles: [essays/werk-eerst, essays/lang]"
                       "\n---\n")
    magazine, _ = load_magazine(tiny_repo)
    result = make_pdfs(magazine, "nl", tmp_path / "m.pdf", "kort")
    texts = [flat(page.extract_text()) for page in PdfReader(result.screen).pages]
    printer = PdfReader(result.printer).pages
    assert len(texts) % 4 == 0 and len(printer) == len(texts)
    assert "Werk eerst" in texts[result.folios["essays/werk-eerst"] - FIRST_FOLIO]
    messages = [str(d) for d in result.diagnostics
                if d.path == "docs/editions/kort.md" and "licence" not in d.message]
    last = max(i for i, text in enumerate(texts) if "Wie nieuw is" in text)  # the article's end
    extra = texts[last + 1:-1]
    if chosen == "[sessions, notes]":
        assert len(extra) == 2, texts  # (this small edition needs two)
        assert extra[0].startswith("De Maaksessies in één oogopslag") and "Sessie een" in extra[0]
        assert extra[1].startswith("Notities")
        assert all(texts) and not messages
    elif chosen is None:  # nothing chosen: blank pages, and the editor is told how to fill them
        assert extra and not any(extra)
        assert any(":1:1: warning:" in m and "extra_pages" in m for m in messages), messages
    else:
        assert any(":4:1: error: 'posters' is not a kind of extra page" in m for m in messages)



@pytest.mark.parametrize("count", [7, 34])
def test_the_sessions_at_a_glance_stay_one_page_however_many_there_are(tiny_repo, tmp_path,
                                                                      count):
    """A few sessions with their descriptions; many with their titles, the first 20 and how
    many more the site has: the page count stays a multiple of four."""
    (tiny_repo / "essays" / "lang.md").write_text(PLAIN_ARTICLE.replace("] * 60", "] * 30"))
    for number in range(count):
        (tiny_repo / "docs" / "sessions" / f"n{number:02}.md").write_text(
            f"---\ntitle: Maaksessie over werk en taal {number}\ndate: 2019-05-14\nthemes: [work]\n"
            f"description: \"{'Een lange beschrijving van wat er besproken is. ' * 6}\"\n---\n"
            "Tekst.\n")
    (tiny_repo / "docs" / "editions" / "kort.md").write_text(
        "---\ntitle: Kort\ndate: 2021-03-01\nextra_pages: [sessions, notes]\n"
        "sections:\n  - title: Een\n    articles: [essays/werk-eerst, essays/lang]\n---\n")
    magazine, _ = load_magazine(tiny_repo)
    result = make_pdfs(magazine, "nl", tmp_path / "m.pdf", "kort")
    texts = [flat(page.extract_text()) for page in PdfReader(result.screen).pages]
    assert len(texts) % 4 == 0
    (glance,) = [text for text in texts if text.startswith("De Maaksessies in één oogopslag")]
    shown = glance.count("Maaksessie over werk en taal")
    if count == 7:
        assert shown == 7 and "Een lange beschrijving" in glance
    else:
        assert shown >= 20 - 1 and "Een lange beschrijving" not in glance  # (and Sessie een)
        assert "Op de site staan er nog 15, bij Maaksessies." in glance



def test_the_back_cover_names_the_first_40_articles_and_how_many_more():
    """An edition of 60 articles: the back cover (one page) lists 40, by section, and says 20
    more are inside (before, a big edition's back cover ran to two pages)."""
    from magazine.printing.render import back_contents

    sections = [{"title": f"Deel {n}", "articles": [{"title": f"{n}-{i}"} for i in range(20)]}
                for n in range(3)]
    shown = back_contents(sections)
    assert [len(section["articles"]) for section in shown["sections"]] == [20, 20]
    assert shown["more"] == 20
    assert back_contents(sections[:1]) == {"sections": sections[:1], "more": 0}


# -- one layout for both files ---------------------------------------------------------------


@LANGS
def test_the_screen_file_is_the_printers_layout_cut_to_the_trim(printed, lang):
    """Both files are one layout: as many pages, each screen page the printer's trim box with no
    bleed around it, and the same text on every page."""
    p = printed[lang]
    screen, printer = boxes(p.result.screen), boxes(p.result.printer)
    assert len(screen) == len(printer) == p.result.pages == p.result.printer_pages
    for number, (mine, theirs) in enumerate(zip(screen, printer, strict=True), start=1):
        assert mine["MediaBox"] == mine["CropBox"] == theirs["TrimBox"], number
        assert mine["BleedBox"] == mine["TrimBox"] == mine["MediaBox"], number
    assert [page.extract_text() for page in p.printer.pages] == p.texts


def test_both_files_come_from_one_layout_of_the_edition(tmp_path, monkeypatch):
    """The whole edition is laid out once (then only its front, with the page numbers, and the
    pages before the back cover), not once per file."""
    import weasyprint

    render = weasyprint.HTML.render
    whole: list[bool] = []  # per layout: whether it holds the articles

    def counted(self, *args, **kwargs):  # noqa: ANN001, ANN202
        document = render(self, *args, **kwargs)
        whole.append(any(name.startswith("art-") for page in document.pages
                         for name in page.anchors))
        return document

    monkeypatch.setattr(weasyprint.HTML, "render", counted)
    root = write_site(tmp_path / "repo", {**TINY_SITE, "essays/lang.md": PLAIN_ARTICLE})
    magazine, _ = load_magazine(root)
    result = make_pdfs(magazine, "nl", tmp_path / "out" / "m.pdf")
    assert whole.count(True) == 1 and len(whole) <= 3, whole
    screen, printer = PdfReader(result.screen), PdfReader(result.printer)
    assert len(screen.pages) == len(printer.pages) == result.pages >= 4
    assert [page.extract_text() for page in screen.pages] == [
        page.extract_text() for page in printer.pages]


@LANGS
def test_the_screen_file_is_tagged_and_shows_no_printers_marks(printed, lang, tmp_path):
    """For reading: PDF/UA-1, tagged, no output intent; an A4 page white to its corners."""
    from PIL import Image

    p = printed[lang]
    root = p.screen.trailer["/Root"]
    xmp = root["/Metadata"].get_object().get_data().decode()
    assert 'pdfuaid:part="1"' in xmp and "GTS_PDFX" not in xmp
    assert "/StructTreeRoot" in root and "/OutputIntents" not in root
    subprocess.run(["pdftoppm", "-r", "72", "-png", "-f", "2", "-l", "2", "-singlefile",
                    "-gray", str(p.result.screen), str(tmp_path / "page")], check=True)
    image = Image.open(tmp_path / "page.png")
    assert abs(image.width - 595) <= 1 and abs(image.height - 842) <= 1  # A4: no slug
    corner = 12 * 72 / 25.4  # 12 mm: inside the margins, where the marks were on paper
    for x, y in ((0, 0), (image.width - corner, 0), (0, image.height - corner),
                 (image.width - corner, image.height - corner)):
        region = image.crop((round(x), round(y), round(x + corner), round(y + corner)))
        assert min(region.tobytes()) > 250, (x, y)


def colours_set(pdf_path: Path) -> list[list[tuple[str, tuple[float, ...]]]]:
    """Per page, every colour set for filling or stroking, in its page and the forms it draws:
    (colour space, components); a named space as `Separation /All`, `ICCBased`, ..."""
    import pikepdf

    short = {"rg": "RGB", "RG": "RGB", "g": "Gray", "G": "Gray", "k": "CMYK", "K": "CMYK"}

    def space_of(resources, name) -> str:  # noqa: ANN001
        name = str(name)
        if name.startswith("/Device") or name == "/Pattern":
            return name.removeprefix("/Device").lstrip("/")
        space = resources.ColorSpace[name]
        return f"Separation {space[1]}" if space[0] == "/Separation" else str(space[0])[1:]

    def walk(stream, resources, found) -> None:  # noqa: ANN001
        spaces, saved = {"fill": "Gray", "stroke": "Gray"}, []
        for operands, operator in pikepdf.parse_content_stream(stream):
            op = str(operator)
            numbers = tuple(float(v) for v in operands if not isinstance(v, pikepdf.Name)) \
                if op in (*short, "sc", "scn", "SC", "SCN") else ()
            if op == "q":
                saved.append(dict(spaces))
            elif op == "Q" and saved:
                spaces = saved.pop()
            elif op in short:
                found.append((short[op], numbers))
            elif op in ("cs", "CS"):
                spaces["fill" if op == "cs" else "stroke"] = space_of(resources, operands[0])
            elif op in ("sc", "scn", "SC", "SCN") and numbers:
                found.append((spaces["fill" if op.islower() else "stroke"], numbers))
            elif op == "Do":
                xobject = resources.XObject[operands[0]]
                if xobject.Subtype == "/Form":
                    walk(xobject, xobject.get("/Resources", resources), found)

    pages = []
    with pikepdf.open(pdf_path) as pdf:
        for pdf_page in pdf.pages:
            found: list[tuple[str, tuple[float, ...]]] = []
            walk(pdf_page.obj, pdf_page.Resources, found)
            pages.append(found)
    return pages


def slug_strokes(pdf_path: Path) -> list[list[tuple[str, tuple[float, ...]]]]:
    """Per page, the stroke colour of every line drawn outside the bleed box: the crop marks."""
    import pikepdf

    def point(ctm, x, y):  # noqa: ANN001, ANN202
        return x * ctm[0] + y * ctm[2] + ctm[4], x * ctm[1] + y * ctm[3] + ctm[5]

    def times(a, b):  # noqa: ANN001, ANN202
        return (a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
                a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3],
                a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5])

    def walk(stream, resources, ctm, bleed, found) -> None:  # noqa: ANN001, PLR0912
        stroke, saved, lines = ("Gray", (0.0,)), [], []
        space = "Gray"
        for operands, operator in pikepdf.parse_content_stream(stream):
            op = str(operator)
            values = [float(v) for v in operands if not isinstance(v, pikepdf.Name)] \
                if op in ("cm", "m", "l", "RG", "K", "G", "SC", "SCN") else []
            if op == "q":
                saved.append((ctm, stroke, space))
            elif op == "Q" and saved:
                ctm, stroke, space = saved.pop()
            elif op == "cm":
                ctm = times(tuple(values), ctm)
            elif op in ("RG", "K", "G"):
                stroke = ({"RG": "RGB", "K": "CMYK", "G": "Gray"}[op], tuple(values))
            elif op == "CS":
                name = str(operands[0])
                if name.startswith("/Device"):
                    space = name.removeprefix("/Device")
                else:
                    array = resources.ColorSpace[name]
                    space = f"Separation {array[1]}" if array[0] == "/Separation" else name
            elif op in ("SC", "SCN"):
                stroke = (space, tuple(values))
            elif op == "m":
                lines.append([point(ctm, *values)])
            elif op == "l" and lines:
                lines[-1].append(point(ctm, *values))
            elif op in ("S", "s", "B", "B*", "b", "b*"):  # every operator that strokes
                for line in lines:
                    xs, ys = [x for x, _ in line], [y for _, y in line]
                    if (max(xs) < bleed[0] or min(xs) > bleed[2] or max(ys) < bleed[1]
                            or min(ys) > bleed[3]):
                        found.append(stroke)
                lines = []
            elif op in ("n", "f", "f*", "F"):
                lines = []
            elif op == "Do":
                xobject = resources.XObject[operands[0]]
                if xobject.Subtype == "/Form":
                    matrix = tuple(float(v) for v in xobject.get("/Matrix", [1, 0, 0, 1, 0, 0]))
                    walk(xobject, xobject.get("/Resources", resources), times(matrix, ctm),
                         bleed, found)

    pages = []
    with pikepdf.open(pdf_path) as pdf:
        for pdf_page in pdf.pages:
            found: list[tuple[str, tuple[float, ...]]] = []
            bleed = [float(v) for v in pdf_page.BleedBox]
            walk(pdf_page.obj, pdf_page.Resources, (1, 0, 0, 1, 0, 0), bleed, found)
            pages.append(found)
    return pages


@LANGS
def test_crop_marks_are_in_registration_colour(printed, lang):
    """Eight crop marks on every page of the printer's file, outside the bleed, in registration
    colour (every plate, `Separation /All`): never RGB black, which press would print in four
    inks."""
    import pikepdf

    marks = slug_strokes(printed[lang].result.printer)
    assert all(len(page) == 8 for page in marks), [len(page) for page in marks]
    assert {ink for page in marks for ink in page} == {("Separation /All", (1.0,))}
    with pikepdf.open(printed[lang].result.printer) as pdf:
        space = pdf.pages[0].Resources.ColorSpace.Registration
        assert [str(space[i]) for i in range(3)] == ["/Separation", "/All", "/DeviceCMYK"]
        assert [float(v) for v in space[3].C1] == [1, 1, 1, 1]  # full tint: every ink
