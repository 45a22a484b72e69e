"""Hostile input, second round (issue 26): what a pull request could still publish or forge.

Active files under docs/ and overrides/, `file:` and `javascript:` addresses in any output,
forged lines in the build's log, pictures that cannot be decoded, and the smaller cases each
with the right file, line and words. `test_untrusted.py` holds the first round.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SITE_CONFIG, TINY_SITE, add_files, build, page, write_site
from magazine import cli
from magazine.content.diagnostics import Diagnostic
from magazine.content.messages import line as dutch_line

MARKER = "EVIL-MARKER-7d1e"  # what a hostile file holds: it must appear in no output


def check(root: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    """`magazine check` in English, the words these tests read (test_dutch_lines_stay_one_line
    reads the Dutch)."""
    code = cli.main(["--root", str(root), "check", "--lang", "en", *args])
    return code, capsys.readouterr().out


def output_files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


# -- only what a magazine needs is published from docs/ and overrides/ ------------------------------

ASSETS_CONFIG = SITE_CONFIG.replace("  language: nl\n", "  language: nl\n  custom_dir: overrides\n") \
    .replace("  - magazine\n", "  - magazine:\n      assets: [assets/own.js, assets/own.css]\n")
HOSTILE_FILES = {
    "docs/evil.html": (f"<script>alert('{MARKER}')</script>",
                       "'docs/evil.html' is an HTML file, which the site does not publish"),
    "docs/essays/notes.htm": (f"<script>alert('{MARKER}')</script>",
                              "'docs/essays/notes.htm' is an HTML file"),
    "docs/assets/evil.js": (f"alert('{MARKER}')",
                            "'docs/assets/evil.js' is not one of the site's own style or script "
                            "files"),
    "docs/assets/evil.svg": (f'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(\'{MARKER}\')"/>',
                             "'docs/assets/evil.svg' is an SVG picture, which the site does not "
                             "publish"),
    "docs/images/logo.svg": (f"<svg><script>alert('{MARKER}')</script></svg>",
                             "'docs/images/logo.svg' is an SVG picture"),
    "docs/notes.pdf": (f"%PDF-1.4 {MARKER}", "'docs/notes.pdf' is not a page or a picture"),
    "docs/x.xml": (f"<x>{MARKER}</x>", "'docs/x.xml' is not one of the site's own"),
    "docs/page.MD": (f"<script>{MARKER}</script>", "'docs/page.MD' is not a page or a picture"),
    "overrides/evil.js": (f"alert('{MARKER}')", "'overrides/evil.js' is not a template"),
    "overrides/partials/a.svg": (f"<svg onload=\"{MARKER}\"/>",
                                 "'overrides/partials/a.svg' is not a template"),
}


@pytest.fixture
def active_files_repo(tmp_path: Path) -> Path:
    files = {**TINY_SITE, "docs/assets/own.js": "console.log('ours');\n",
             "docs/assets/own.css": "body { margin: 0; }\n",
             **{path: text for path, (text, _) in HOSTILE_FILES.items()}}
    return write_site(tmp_path / "repo", files, ASSETS_CONFIG)


def test_active_files_are_check_errors_with_their_path_and_fix(active_files_repo, capsys):
    code, out = check(active_files_repo, capsys)
    assert code == 1
    for path, (_, message) in HOSTILE_FILES.items():
        rows = [row for row in out.splitlines() if row.startswith(f"{path}:1:1: error: ")]
        assert rows and message in rows[0] and "(" in rows[0], (path, out)
    assert "own.js" not in out and "own.css" not in out


@pytest.mark.allow_warnings
def test_active_files_stop_the_strict_build_and_stay_out_of_any_site(active_files_repo, capsys,
                                                                      no_unexpected_warnings):
    import json

    from mkdocs.exceptions import Abort
    _, out = check(active_files_repo, capsys, "--format", "json")
    said = [Diagnostic(**d) for d in json.loads(out)["diagnostics"]]
    with pytest.raises(Abort):
        build(active_files_repo)
    messages = "\n".join(r.getMessage() for r in no_unexpected_warnings.records)
    # The build's log speaks the magazine's language (Dutch), in the check's words.
    for path, (_, message) in HOSTILE_FILES.items():
        [found] = [d for d in said if d.path == path and d.message.startswith(message)]
        assert f"{path}:1:1: fout: '{path}' is " in dutch_line(found, "nl")
        assert dutch_line(found, "nl") in messages, path
    # The preview is not strict: it is made all the same, without any of them.
    site = build(active_files_repo, strict=False, site_dir=active_files_repo / "preview")
    files = output_files(site)
    assert "assets/own.js" in files and "assets/own.css" in files
    for path in HOSTILE_FILES:
        name = path.split("/", 1)[1]
        assert name not in files, name
    assert not [name for name, data in files.items() if MARKER.encode() in data]


def test_the_asset_list_names_only_style_script_and_font_files(tmp_path, capsys):
    config = ASSETS_CONFIG.replace("[assets/own.js, assets/own.css]",
                                   "[assets/own.js, assets/gone.css, assets/page.html, ../mkdocs.yml]")
    root = write_site(tmp_path / "repo", {**TINY_SITE, "docs/assets/own.js": "//\n",
                                          "docs/assets/page.html": "<p>x</p>"}, config)
    code, out = check(root, capsys)
    assert code == 1
    assert ("mkdocs.yml:1:1: error: the 'assets' list names 'assets/gone.css', but there is no "
            "file docs/assets/gone.css") in out
    assert "mkdocs.yml:1:1: error: the 'assets' list names 'assets/page.html', which is not" in out
    assert "mkdocs.yml:1:1: error: the 'assets' list names '../mkdocs.yml', which is not" in out


def test_the_real_magazine_s_pdfs_link_only_to_the_web_and_mail(real_site):
    """The issue's first case: the four PDFs of the real magazine linked to `file:///<build
    folder>/docs/colophon.md` (a link from an edition article to a hand-written page)."""
    pdfs = sorted(real_site.rglob("*.pdf"))
    assert len(pdfs) == 4
    for pdf in pdfs:
        refused = [a for a in pdf_addresses(pdf)
                   if not a.lower().startswith(("http://", "https://", "mailto:"))]
        assert refused == [], (pdf.name, refused)


def test_the_real_site_publishes_its_own_assets_and_no_original_picture(real_site):
    files = {p.relative_to(real_site).as_posix() for p in real_site.rglob("*") if p.is_file()}
    for asset in ("magazine.css", "print.css", "search.js", "filter.js"):
        assert f"assets/{asset}" in files
    originals = {p.name for p in (Path(__file__).parent.parent / "docs/images").iterdir()}
    assert not {f for f in files if f.startswith("images/") and f.split("/")[-1] in originals}


# -- no file:, javascript:, data: or vbscript: address in any output --------------------------------

REFUSED_SCHEMES = ("file:", "javascript:", "data:", "vbscript:")
ADDRESS_ARTICLE = (
    "---\ntitle: Adressen\nsummary: Links naar van alles.\ndate: 2019-05-14\n"
    "authors: [Ann]\nthemes: [work]\n---\n"
    "Zie [het colofon](../docs/colophon.md) en [de sessies](../docs/sessions/index.md).\n\n"
    '<a href="/etc/passwd">wachtwoorden</a> en [ver weg](../../../../etc/passwd) en '
    '<a href="file:///etc/passwd">bestand</a> en <a href="../mkdocs.yml">instellingen</a>.\n\n'
    '<a href="//198.51.100.7/share/a">zonder schema</a>, <a href="\\\\198.51.100.7\\share">unc</a>, '
    '<a href="  JaVa&#x09;ScRiPt:alert(1)">verstopt</a>.\n'
)
HOSTILE_EDITION = (
    "---\ntitle: E\ndate: 2020-06-01\n"
    "foreword: {nl: 'Lees [dit](javascript:alert(1)) en [dat](file:///etc/passwd).', "
    "en: 'Read [this](vbscript:msgbox(1)).'}\n"
    "back_cover: <script>alert(1)</script>\n"
    "sections:\n  - title: Een\n    articles: [essays/adressen, essays/werk-eerst]\n---\n"
)


def pdf_addresses(pdf: Path) -> list[str]:
    """Every address the links of `pdf` lead to (their /URI actions), read back with pypdf."""
    from pypdf import PdfReader
    found = []
    for pdf_page in PdfReader(pdf).pages:
        for annotation in pdf_page.get("/Annots") or []:
            action = annotation.get_object().get("/A")
            if action is not None and "/URI" in action:
                found.append(str(action["/URI"]))
    return found


@pytest.fixture
def address_repo(tmp_path: Path) -> Path:
    files = {**TINY_SITE, "essays/adressen.md": ADDRESS_ARTICLE,
             "docs/colophon.md": "---\ntitle: Colofon\n---\nGemaakt door ons.\n",
             "docs/editions/e.md": HOSTILE_EDITION}
    config = SITE_CONFIG.replace("site_url: https://example.org/",
                                 "site_url: https://198.51.100.7/magazine/")
    config = config.replace("  - magazine\n", "  - magazine:\n      edition: e\n")
    return write_site(tmp_path / "repo", files,
                      config + "exclude_docs: |\n  /editions/\n"
                      "markdown_extensions:\n  - attr_list\n  - md_in_html\n")


def test_the_edition_file_s_texts_follow_an_article_s_rules_with_their_lines(address_repo,
                                                                           capsys):
    code, out = check(address_repo, capsys)
    assert code == 1
    rows = [row for row in out.splitlines() if row.startswith("docs/editions/e.md:")]
    assert any(row.startswith("docs/editions/e.md:4:") and "a 'javascript:' address is not "
               "allowed in content" in row for row in rows), out
    assert any(row.startswith("docs/editions/e.md:4:") and "'file:' address" in row
               for row in rows), out
    assert any(row.startswith("docs/editions/e.md:4:") and "'vbscript:' address" in row
               for row in rows), out
    assert ("essays/adressen.md:10:53: error: the link '../../../../etc/passwd' leads outside "
            "the repository") in out
    assert any(row.startswith("docs/editions/e.md:5:13: error: ") and "<script> is not allowed" in row
               for row in rows), out


@pytest.mark.allow_warnings
def test_no_output_carries_a_file_or_script_address(address_repo):
    from bs4 import BeautifulSoup
    site = build(address_repo, strict=False)
    pdfs = sorted(site.rglob("*.pdf"))
    assert len(pdfs) == 4  # screen and printer, in both languages
    for pdf in pdfs:
        addresses = pdf_addresses(pdf)
        refused = [a for a in addresses if a.lower().startswith(REFUSED_SCHEMES)
                   or not a.lower().startswith(("http://", "https://", "mailto:"))]
        assert refused == [], (pdf.name, refused)
        # The hand-written pages of docs/ print as their web address.
        prefix = "https://198.51.100.7/magazine/" + ("en/" if "/en/" in pdf.as_posix() else "")
        assert prefix + "colophon/" in addresses and prefix + "sessions/" in addresses, addresses
    for path in site.rglob("*"):
        if path.suffix not in (".html", ".xml", ".json", ".txt"):
            continue
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".html":
            soup = BeautifulSoup(text, "html.parser")
            for element in soup.find_all(True):
                for name, value in element.attrs.items():
                    if name in ("href", "src", "action", "srcset", "poster", "data"):
                        value = " ".join(value) if isinstance(value, list) else value
                        assert not value.strip().lower().startswith(REFUSED_SCHEMES), (
                            path, name, value)
        else:
            for scheme in ("file:///", "javascript:", "vbscript:"):
                assert scheme not in text, (path, scheme)


# -- every message is one line: no value from content starts a line of a log ------------------------

FORGING_FILES = {
    "essays/werk-eerst.md": TINY_SITE["essays/werk-eerst.md"].replace(
        "themes: [work]", 'themes: [work, "x\\n::warning file=README.md::forged\\r\\n'
        '::add-mask::x\\u2028::error::y"]'),
    "interviews/zorg.md": TINY_SITE["interviews/zorg.md"].replace(
        "title: Zorg", 'title: Zorg\nsession: "s\\n::error::z"'),
}


def forged_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.lstrip().startswith("::")
            or "\u2028" in line or "\x1b" in line]


@pytest.mark.parametrize("output", ["text", "json", "github"])
def test_the_check_writes_each_problem_on_one_line(tmp_path, capsys, output):
    root = write_site(tmp_path / "repo", {**TINY_SITE, **FORGING_FILES})
    (root / "essays" / "nieuw\n::warning::n.md").write_text(TINY_SITE["essays/werk-eerst.md"])
    code, out = check(root, capsys, "--format", output)
    assert code == 1
    # The annotations of the github format are workflow commands of ours, one per problem.
    ours = ("::error file=", "::warning file=") if output == "github" else ()
    assert forged_lines("\n".join(line for line in out.splitlines()
                                  if not (ours and line.startswith(ours)))) == [], out
    assert "\\n::warning file=README.md::forged\\r\\n::add-mask::x\\u2028::error::y" in \
        out.replace("\\\\", "\\")
    assert "nieuw\\n::warning::n.md" in out.replace("\\\\", "\\")


def test_the_dutch_check_writes_each_problem_on_one_line(tmp_path, capsys):
    """Escaped after it is translated: a value from content stays inside its Dutch line."""
    root = write_site(tmp_path / "repo", {**TINY_SITE, **FORGING_FILES})
    code = cli.main(["--root", str(root), "check"])
    out = capsys.readouterr().out
    assert code == 1
    assert forged_lines(out) == [], out
    assert "er is geen thema 'x\\n::warning file=README.md::forged" in out, out
    assert "er is geen Maaksessie 's\\n::error::z'" in out, out


def test_the_build_log_writes_each_problem_on_one_line(tmp_path):
    import os
    import subprocess
    import sys
    config = SITE_CONFIG.replace("  - magazine\n",
                                 "  - magazine:\n      pdf: false\n      search: false\n")
    root = write_site(tmp_path / "repo", {**TINY_SITE, **FORGING_FILES}, config)
    (root / "docs" / "a\n::warning::b.md").write_text("---\ntitle: A\n---\n[x](nope.md)\n")
    # MkDocs' own warning names the files: "Excluding 'b\n::warning::c/README.md' ...".
    for name in ("README.md", "index.md"):
        add_files(root, {f"docs/b\n::warning::c/{name}": "---\ntitle: R\n---\nTekst.\n"})
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--no-strict", "--site-dir", "preview"],
        cwd=root, capture_output=True, text=True, timeout=300,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    log = result.stdout + result.stderr
    assert result.returncode == 0, log
    assert "er is geen thema" in log and "er is geen Maaksessie" in log  # the magazine's language
    assert forged_lines(log) == [], log
    assert "::warning file=README.md::forged" in log  # shown, escaped, inside its line
    assert "Excluding 'b\\n::warning::c/README.md' from the site" in log


# -- a picture that cannot be decoded whole is an error; decoding memory is bounded -----------------


def jpeg(width: int = 1600, height: int = 1000) -> bytes:
    import io

    from PIL import Image
    image = Image.new("RGB", (width, height), (200, 80, 40))
    for x in range(0, width, 40):  # detail, so that the file is not mostly header
        image.paste((20, 90, 160), (x, 0, x + 9, height))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


@pytest.mark.allow_warnings
def test_a_cut_off_picture_is_an_error_and_shown_nowhere(tmp_path, capsys,
                                                         no_unexpected_warnings):
    from bs4 import BeautifulSoup
    from pypdf import PdfReader
    whole = jpeg()
    article = TINY_SITE["essays/werk-eerst.md"].replace(
        "session: s1\n", "session: s1\nimage: ../docs/images/lead.jpg\nimage_alt: Een tafel\n"
    ) + "\n![Mensen aan tafel](../docs/images/half.jpg)\n"
    root = write_site(tmp_path / "repo", {**TINY_SITE, "essays/werk-eerst.md": article})
    add_files(root, {"docs/images/lead.jpg": whole[: len(whole) // 2],
                     "docs/images/half.jpg": whole[: len(whole) // 2]})
    code, out = check(root, capsys)
    assert code == 1
    lines = article.splitlines()
    lead_line = lines.index("image: ../docs/images/lead.jpg") + 1
    half_line = lines.index("![Mensen aan tafel](../docs/images/half.jpg)") + 1
    for line, col, name in ((lead_line, 1, "lead"), (half_line, 21, "half")):
        assert (f"essays/werk-eerst.md:{line}:{col}: error: 'docs/images/{name}.jpg' is damaged: "
                "the picture breaks off before its end") in out, out
    site = build(root, strict=False)
    soup = BeautifulSoup((site / "essays/werk-eerst/index.html").read_text(), "html.parser")
    body = soup.select_one(".mz-article__body")
    assert body.find("img") is None
    assert "Mensen aan tafel" in body.get_text()  # its alt text, in its place
    assert soup.select(".mz-article__image, .mz-article img") == []
    reader = PdfReader(site / "print/magazine.pdf")
    text = "".join(p.extract_text() for p in reader.pages)
    assert "Mensen aan tafel" in text
    assert whole[200:400] not in (site / "print/magazine.pdf").read_bytes()
    images = [image for p in reader.pages for image in p.images]
    assert images == [], [i.name for i in images]


def test_a_picture_of_too_many_pixels_is_refused_before_it_is_decoded(tmp_path):
    import io
    import subprocess
    import sys

    from PIL import Image
    buffer = io.BytesIO()
    Image.new("1", (9000, 9000)).save(buffer, "PNG")  # 81 million pixels in a small file
    assert len(buffer.getvalue()) < 300_000
    config = SITE_CONFIG.replace("  - magazine\n",
                                 "  - magazine:\n      pdf: false\n      search: false\n")
    # The build that a pull request's preview runs, in a process of its own: its peak memory,
    # against the same build without the picture.
    script = ("import resource, sys\nfrom mkdocs.__main__ import cli\n"
              "try:\n    cli(['build', '--no-strict', '--site-dir', 'preview'])\n"
              "except SystemExit:\n    pass\n"
              "print('peak', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)\n")
    peaks = {}
    for name, text in (("without", ""), ("with", "\n![Wit vlak](../docs/images/bom.png)\n")):
        files = {**TINY_SITE, "essays/werk-eerst.md": TINY_SITE["essays/werk-eerst.md"] + text}
        root = write_site(tmp_path / name, files, config)
        add_files(root, {"docs/images/bom.png": buffer.getvalue()})
        result = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True,
                                text=True, timeout=300)
        peaks[name] = int(result.stdout.split("peak")[-1])
    assert ("'docs/images/bom.png' heeft te veel pixels om te publiceren (meer dan 50 miljoen)"
            in result.stderr), result.stderr
    assert "Warning" not in result.stderr and "warnings.warn" not in result.stderr
    # Decoding it in colour would take 243 MB, and its copies about a gigabyte.
    assert peaks["with"] - peaks["without"] < 100, peaks


# -- the smaller cases: the right file, line and words ---------------------------------------------

ODD_FILES = {
    "essays/toekomst.md": ("---\ntitle: Toekomst\nsummary: Later.\ndate: 2099-01-01\n"
                           "authors: [Ann]\nthemes: [work]\n---\nTekst 🙂 met een lach.\n"),
    "essays/lijn.md": ("---\ntitle: Lijn\nsummary: \"Een\u2028twee\"\ndate: 2019-01-01\n"
                       "authors: [Ann]\nthemes: [work]\n---\nTekst.\n"),
    "essays/quote.md": ("---\ntitle: \"Open\nsummary: Over.\ndate: 2019-01-01\n"
                        "authors: [Ann]\nthemes: [work]\n---\nTekst.\n"),
    "essays/nieuw.EN.md": "---\ntitle: N\nsummary: N.\n---\nText.\n",
    "docs/editions/e.md": ("---\ntitle: E\nlicence: CC BY 4.0\ncover: ../../secret.jpg\n"
                           "sections:\n  - title: Een\n    articles: [essays/werk-eerst, "
                           "essays/quote]\n---\n"),
}
EDITION_CONFIG = SITE_CONFIG.replace("  - magazine\n", "  - magazine:\n      edition: e\n") + \
    "exclude_docs: |\n  /editions/\n"


def test_the_smaller_cases_get_the_right_line_and_words(tmp_path, capsys):
    root = write_site(tmp_path / "repo", {**TINY_SITE, **ODD_FILES}, EDITION_CONFIG)
    code, out = check(root, capsys)
    assert code == 1
    rows = out.splitlines()
    expected = [
        "essays/toekomst.md:4:1: warning: the date 2099-01-01 lies in the future: until then the "
        "article stands first on the home page and in the feeds",
        "essays/toekomst.md:8:1: warning: the text holds the emoji 🙂, which the print edition "
        "cannot print",
        # YAML counts U+2028 as a line break: the line is the file's, and the character named.
        "essays/lijn.md:3:14: error: a value contains an invisible character (U+2028, "
        "a line separator)",
        "essays/quote.md:2:8: error: the quote that opens here is never closed",
        "essays/nieuw.EN.md:1:1: error: the language 'EN' in 'nieuw.EN.md' is written in "
        "capitals, so the file is not used (rename it to 'nieuw.en.md')",
        "docs/editions/e.md:4:1: error: the cover image '../../secret.jpg' lies outside the "
        "repository",
    ]
    for start in expected:
        assert any(row.startswith(start) for row in rows), (start, out)
    # The healthy edition file names the broken article: the article is blamed, not the edition.
    assert [row for row in rows if row.startswith("docs/editions/e.md")] == [
        row for row in rows if row.startswith("docs/editions/e.md:4:1: error: the cover image")]
    assert len([row for row in rows if row.startswith("essays/lijn.md:")]) == 1


def test_a_malformed_edition_file_says_what_is_printed_instead(tmp_path, capsys):
    files = {**TINY_SITE, "docs/editions/e.md": "---\ntitle: \"E\nsections: []\n---\n"}
    root = write_site(tmp_path / "repo", files, EDITION_CONFIG)
    code, out = check(root, capsys)
    assert code == 1
    assert ("docs/editions/e.md:2:8: error: the quote that opens here is never closed (end the "
            'value with the same quote it starts with: title: "E"; until then the print '
            "edition holds every published article, newest first)") in out, out
    # One line for the one problem: the edition's, which says what is printed meanwhile.
    assert len([row for row in out.splitlines() if row.startswith("docs/editions/e.md:2:8:")]) == 1


@pytest.mark.allow_warnings
def test_a_broken_original_keeps_its_healthy_translation_and_a_clash_warns_no_python(tmp_path):
    import warnings

    from bs4 import BeautifulSoup
    files = {
        **TINY_SITE,
        "essays/beide.md": "---\ntitle: \"Kapot\nsummary: X.\n---\nTekst.\n",
        "essays/beide.en.md": ("---\ntitle: Both\nsummary: Whole.\ndate: 2019-03-01\n"
                               "authors: [Ann]\nthemes: [work]\n---\nThe English text.\n"),
        "docs/essays/werk-eerst.md": "---\ntitle: Botsing\n---\nOok hier.\n",
    }
    config = SITE_CONFIG.replace("  - magazine\n",
                                 "  - magazine:\n      pdf: false\n      search: false\n")
    root = write_site(tmp_path / "repo", files, config)
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)  # MkDocs' notice to plugin authors
        site = build(root, strict=False)
    english = BeautifulSoup((site / "en/essays/beide/index.html").read_text(), "html.parser")
    assert "The English text." in english.get_text()
    dutch = BeautifulSoup((site / "essays/beide/index.html").read_text(), "html.parser")
    assert "The English text." in dutch.get_text()  # the original shown, marked as such
    clash = BeautifulSoup((site / "essays/werk-eerst/index.html").read_text(), "html.parser")
    assert clash.h1.get_text(strip=True) == "Werk eerst"  # the article, as the check says


@pytest.mark.allow_warnings
def test_a_content_error_stops_a_strict_build_before_the_print_edition(tmp_path, monkeypatch):
    from magazine.printing import pdf
    from mkdocs.exceptions import Abort

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("the print edition was laid out in a build that stops")

    monkeypatch.setattr(pdf, "make_site_pdfs", never)
    files = {**TINY_SITE, "essays/werk-eerst.md": TINY_SITE["essays/werk-eerst.md"].replace(
        "themes: [work]", "themes: [werk]")}
    root = write_site(tmp_path / "repo", files, SITE_CONFIG.replace(
        "  - magazine\n", "  - magazine:\n      search: false\n"))
    with pytest.raises(Abort):
        build(root)


# -- beyond the issue: classes of hostile input tried in the second round -------------------------

EXTENSIONS = ("markdown_extensions:\n  - toc:\n      permalink: true\n  - attr_list\n"
              "  - md_in_html\n  - footnotes\n  - tables\n  - admonition\n")
QUICK_CONFIG = SITE_CONFIG.replace(
    "  - magazine\n", "  - magazine:\n      pdf: false\n      search: false\n") + EXTENSIONS
CLOBBERING_ARTICLE = (
    "---\ntitle: Klodders\nsummary: Ids en adressen.\ndate: 2019-05-14\n"
    "authors: [Ann]\nthemes: [work]\n---\n"
    '<p id="__config">{"base": "https://evil.example/", "features": []}</p>\n\n'  # line 8
    "## __search\n\n"  # line 10: a heading's id, made by the toc extension from its words
    "Een alinea.\n{ #__drawer }\n\n"  # line 13: the attribute extension
    '<p id="mz-filter-theme">filter</p>\n\n'  # line 15: the magazine's own ids
    "<blockquote cite=\"javascript:alert('cite')\">q</blockquote>\n\n"  # line 17
    '<img src="//evil.example/a.jpg" alt="een"> <img src="https://evil.example/b.jpg" '
    'alt="twee">\n\n'  # line 19
    '<p style="text-align: url(https://evil.example/c.png)">stijl</p>\n\n'  # line 21
    "## MZ-project\n"  # line 23: an ordinary heading whose words start as the magazine's ids
)


@pytest.fixture
def clobbering_repo(tmp_path: Path) -> Path:
    return write_site(tmp_path / "repo", {**TINY_SITE, "essays/klodders.md": CLOBBERING_ARTICLE},
                      QUICK_CONFIG)


def test_ids_of_the_site_s_own_scripts_and_outside_addresses_are_check_errors(clobbering_repo,
                                                                               capsys):
    code, out = check(clobbering_repo, capsys)
    assert code == 1
    for line, col, ident in ((8, 8, "__config"), (13, 4, "__drawer"), (15, 8, "mz-filter-theme")):
        assert (f"essays/klodders.md:{line}:{col}: error: the id '{ident}' is one the site's own "
                "page uses") in out, (ident, out)
    # A heading's id is made from its words, which the editor chose for the reader: it is made
    # so that it never is one of the site's own, and is no mistake.
    assert "essays/klodders.md:10:" not in out and "essays/klodders.md:23:" not in out, out
    assert "essays/klodders.md:17:19: error: a 'javascript:' address is not allowed" in out
    assert ("essays/klodders.md:19:11: error: the picture '//evil.example/a.jpg' is on the web"
            in out), out
    assert "essays/klodders.md:19:54: error: the picture 'https://evil.example/b.jpg' is on" in out
    assert "essays/klodders.md:21:4: warning: a style attribute is kept only for text-align" in out


@pytest.mark.allow_warnings
def test_content_neither_takes_the_site_s_own_ids_nor_loads_from_elsewhere(clobbering_repo):
    from bs4 import BeautifulSoup
    site = build(clobbering_repo, strict=False)
    soup = BeautifulSoup((site / "essays/klodders/index.html").read_text(), "html.parser")
    # Material reads its settings from the first element with the id __config: its own script.
    config = soup.select("#__config")
    assert [element.name for element in config] == ["script"], config
    body = soup.select_one(".mz-article__body")
    assert [e for e in body.find_all(id=True) if e["id"].startswith(("__", "mz-"))] == []
    assert "Een alinea." in body.get_text() and "filter" in body.get_text()
    # The headings keep an id of their own, and their permalinks lead to it.
    headings = {h.get_text(strip=True).rstrip("¶"): h for h in body.find_all("h2")}
    for words, ident in (("__search", "h-__search"), ("MZ-project", "h-mz-project")):
        assert headings[words]["id"] == ident
        assert headings[words].select_one("a.headerlink")["href"] == f"#{ident}"
    for element in body.find_all(True):
        for name, value in element.attrs.items():
            value = " ".join(value) if isinstance(value, list) else value
            assert "evil.example" not in value and "javascript:" not in value, (element, name)
    assert {img.get("alt") for img in body.find_all("img")} <= {"een", "twee"}


DEEP_VALUE = "[" * 20000 + "]" * 20000
DEEP_GROUPS = "{a: " * 5000 + "1" + "}" * 5000


@pytest.mark.parametrize(("files", "path", "line", "col", "message"), [
    # Nesting that would take Python's YAML reader past its recursion limit.
    ({"essays/diep.md": TINY_SITE["interviews/zorg.md"].replace("title: Zorg",
                                                               f"title: {DEEP_VALUE}")},
     "essays/diep.md", 2, 8, "the values lie more than 20 levels inside each other"),
    ({"essays/diep.md": TINY_SITE["interviews/zorg.md"].replace("summary: Over zorg.",
                                                               f"summary: {DEEP_GROUPS}")},
     "essays/diep.md", 3, 10, "the values lie more than 20 levels inside each other"),
    ({"authors.yml": f"Ann:\n  en: {DEEP_VALUE}\n"},
     "authors.yml", 2, 3, "the values lie more than 20 levels inside each other"),
    # Text that a screen shows in another order than it is written (Trojan Source), or not at all.
    ({"essays/x.md": TINY_SITE["interviews/zorg.md"].replace(
        "title: Zorg", 'title: "Veilig \\u202egpj.exe"')},
     "essays/x.md", 2, 8, "a value contains an invisible character (U+202E, which "
     "changes the direction of the text)"),
    ({"essays/x.md": TINY_SITE["interviews/zorg.md"].replace("authors: [Bob]",
                                                            "authors: [\"B\u2066o\u2069b\"]")},
     "essays/x.md", 5, 11, "a value contains an invisible character (U+2066, which "
     "changes the direction of the text)"),
    ({"essays/x.md": TINY_SITE["interviews/zorg.md"].replace("summary: Over zorg.",
                                                            "summary: Over\u200bzorg.")},
     "essays/x.md", 3, 10, "a value contains an invisible character (U+200B, a "
     "zero-width space)"),
])
def test_nesting_and_invisible_direction_marks_are_check_errors(tmp_path, capsys, files, path,
                                                                 line, col, message):
    root = write_site(tmp_path / "repo", {**TINY_SITE, **files})
    code, out = check(root, capsys)
    assert code == 1
    rows = [row for row in out.splitlines() if row.startswith(f"{path}:")]
    assert any(row.startswith(f"{path}:{line}:{col}: error: {message}") for row in rows), out
    dutch = cli.main(["--root", str(root), "check"])
    assert dutch == 1
    said = capsys.readouterr().out
    assert "recursion" not in said and "Python" not in said, said


def test_a_text_that_would_keep_markdown_busy_for_hours_is_an_error_and_the_preview_is_made(
        tmp_path):
    """Python-Markdown reads a paragraph again for each link in it, and the rest of the text for
    each tag left open: these 80 KB would take it days. The check and the preview's build end
    (the timeout only catches a hang), name the line, and show the text as text."""
    import subprocess
    import sys

    from bs4 import BeautifulSoup
    links = TINY_SITE["interviews/zorg.md"].replace("Tekst.\n", "Eerst gewoon.\n\n" + "[a](" * 20000)
    files = {**TINY_SITE, "essays/traag.md": links,
             "docs/traag.md": "# Traag\n\nTekst.\n\n" + "<a " * 27000 + "\n",
             "docs/editions/e.md": ("---\ntitle: E\nforeword: \"" + "[a](" * 20000 + "\"\n"
                                    "sections:\n  - title: Een\n    articles: [essays/werk-eerst]"
                                    "\n---\n")}
    config = QUICK_CONFIG.replace("      pdf: false\n", "      pdf: false\n      edition: e\n")
    root = write_site(tmp_path / "repo", files, config + "exclude_docs: |\n  /editions/\n")
    check = subprocess.run([sys.executable, "-m", "magazine.cli", "--root", str(root), "check",
                            "--lang", "en"], capture_output=True, text=True, timeout=120)
    assert ("essays/traag.md:11:1: error: this paragraph holds so many links for its length that "
            "reading it would take minutes") in check.stdout, check.stdout
    assert ("docs/traag.md:5:1: error: the text holds 27000 HTML tags that are never closed "
            "with '>'") in check.stdout, check.stdout
    assert ("docs/editions/e.md:3:12: error: this text holds so many links or unclosed HTML tags "
            "that reading it would take minutes") in check.stdout, check.stdout
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--no-strict", "--site-dir",
                    "preview"], cwd=root, capture_output=True, text=True, timeout=300, check=True)
    page = BeautifulSoup((root / "preview/traag/index.html").read_text(), "html.parser")
    assert "<a <a <a" in page.select_one("article").get_text()


def test_the_pull_request_s_summary_shows_titles_and_names_as_text(tmp_path, capsys,
                                                                  monkeypatch):
    """The job's summary page is Markdown that GitHub renders: a title or a file name must not
    add a link (a false "Download the preview"), a picture or a row of its own."""
    import subprocess

    import markdown
    from bs4 import BeautifulSoup
    root = write_site(tmp_path / "repo", TINY_SITE)
    git = ["git", "-C", str(root), "-c", "user.name=T", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "base"], check=True)
    base = subprocess.run([*git, "rev-parse", "HEAD"], capture_output=True, text=True,
                          check=True).stdout.strip()
    title = ('"[Download the preview](https://evil.example/p) ![x](https://evil.example/x.png) '
             '<https://evil.example/a> `code` *nadruk* x\\n| a | b |"')
    add_files(root, {
        "essays/werk-eerst.md": TINY_SITE["essays/werk-eerst.md"].replace(
            "title: Werk eerst", f"title: {title}"),
        "essays/x`](https:evil.example)\n| c | d |.md": TINY_SITE["essays/werk-eerst.md"],
    })
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "change"], check=True)
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    code = cli.main(["--root", str(root), "changed", "--since", base, "--format", "github",
                     "--preview-url", "https://github.example/artifact/1"])
    out = capsys.readouterr().out
    assert code == 0
    assert forged_lines(out) == [], out
    html = markdown.markdown(summary.read_text(encoding="utf-8"), extensions=["tables"])
    soup = BeautifulSoup(html, "html.parser")
    assert [a["href"] for a in soup.find_all("a")] == ["https://github.example/artifact/1"]
    assert soup.find_all("img") == []
    rows = soup.select("tbody tr")
    assert len(rows) == 2, html
    assert "[Download the preview](https://evil.example/p)" in rows[1].get_text() + \
        rows[0].get_text(), html


def test_a_path_written_with_backslashes_is_one_error_with_the_fix(tmp_path, capsys):
    """A path as Windows writes it: `\\` is no folder separator on the web, and Markdown reads
    `\\.` as an escaped dot; so `..\\..\\etc` would become a broken link without a word."""
    article = TINY_SITE["interviews/zorg.md"].replace("Tekst.\n", (
        "Zie [ver](..\\..\\..\\..\\etc\\passwd) en [het essay](..\\essays\\werk-eerst.md).\n\n"
        "![Een tafel](..\\docs\\images\\tafel.jpg)\n"))
    root = write_site(tmp_path / "repo", {**TINY_SITE, "interviews/zorg.md": article})
    add_files(root, {"docs/images/tafel.jpg": jpeg()})
    code, out = check(root, capsys)
    assert code == 1
    rows = [row for row in out.splitlines() if row.startswith("interviews/zorg.md:")]
    assert rows == [
        "interviews/zorg.md:9:11: error: the link '..\\..\\..\\..\\etc\\passwd' is written with "
        "backslashes (write the path with forward slashes (/), as GitHub shows it, such as "
        "'../docs/about.md')",
        "interviews/zorg.md:9:50: error: the link '..\\essays\\werk-eerst.md' is written with "
        "backslashes (write the path with forward slashes (/), as GitHub shows it, such as "
        "'../essays/werk-eerst.md')",
        "interviews/zorg.md:11:14: error: the picture '..\\docs\\images\\tafel.jpg' is written "
        "with backslashes (write the path with forward slashes (/), as GitHub shows it, such as "
        "'../docs/images/tafel.jpg')",
    ], out


# -- the cases, in the build's own log as well as in the check -------------------------------


@pytest.mark.allow_warnings
def test_a_non_strict_build_says_that_a_malformed_edition_file_prints_the_default(
        tmp_path, no_unexpected_warnings):
    files = {**TINY_SITE, "docs/editions/e.md": "---\ntitle: \"E\nsections: []\n---\n"}
    config = EDITION_CONFIG.replace("      edition: e\n",
                                    "      edition: e\n      pdf: false\n      search: false\n")
    root = write_site(tmp_path / "repo", files, config)
    build(root, strict=False, site_dir=root / "preview")
    messages = [r.getMessage() for r in no_unexpected_warnings.records]
    assert any("docs/editions/e.md:2:8: fout: het aanhalingsteken dat hier begint, wordt niet "
               "gesloten" in m and "tot dan" in m for m in messages), messages
    assert len([m for m in messages if "docs/editions/e.md:2:8:" in m]) == 1, messages


@pytest.mark.allow_warnings
def test_a_cut_off_picture_stops_the_strict_build(tmp_path):
    from mkdocs.exceptions import Abort
    whole = jpeg()
    article = TINY_SITE["essays/werk-eerst.md"] + "\n![Mensen aan tafel](../docs/images/half.jpg)\n"
    config = SITE_CONFIG.replace("  - magazine\n",
                                 "  - magazine:\n      pdf: false\n      search: false\n")
    root = write_site(tmp_path / "repo", {**TINY_SITE, "essays/werk-eerst.md": article}, config)
    add_files(root, {"docs/images/half.jpg": whole[: len(whole) // 2]})
    with pytest.raises(Abort):
        build(root)
    assert not (root / "site").exists()


@pytest.mark.parametrize(("field", "length", "limit"), [("title", 201, 200),
                                                         ("summary", 100_000, 1000),
                                                         ("image_credit", 1001, 1000)])
def test_a_field_too_long_for_every_page_that_shows_it_is_an_error(tmp_path, capsys, field,
                                                                    length, limit):
    """A title is shown on every listing, feed and tab: 500 KB of it made each page 1.5 MB."""
    text = TINY_SITE["interviews/zorg.md"].replace(
        "status: example\n", f"status: example\n{field}: {'a' * length}\n"
        if field not in ("title", "summary") else "status: example\n")
    if field == "title":
        text = text.replace("title: Zorg", f"title: {'a' * length}")
    elif field == "summary":
        text = text.replace("summary: Over zorg.", f"summary: {'a' * length}")
    root = write_site(tmp_path / "repo", {**TINY_SITE, "interviews/zorg.md": text})
    code, out = check(root, capsys)
    assert code == 1
    line = text.splitlines().index(next(row for row in text.splitlines()
                                        if row.startswith(f"{field}:"))) + 1
    assert (f"interviews/zorg.md:{line}:1: error: '{field}' is {length} characters long; the "
            f"limit is {limit}") in out, out


@pytest.mark.allow_warnings
def test_an_author_s_name_too_long_for_a_folder_is_an_error_and_the_preview_is_made(tmp_path,
                                                                                   capsys):
    """An author's page is a folder named after the name: 400 characters stopped the build with
    Python's "File name too long"."""
    text = TINY_SITE["interviews/zorg.md"].replace("authors: [Bob]", f"authors: [Bob, {'B' * 400}]")
    root = write_site(tmp_path / "repo", {**TINY_SITE, "interviews/zorg.md": text}, QUICK_CONFIG)
    code, out = check(root, capsys)
    assert code == 1
    assert ("interviews/zorg.md:5:1: error: item 2 of 'authors' is 400 characters long; the limit "
            "is 200 (shorten it:") in out, out  # the fix is to shorten it, as for a title
    site = build(root, strict=False, site_dir=root / "preview")
    assert (site / "essays/werk-eerst/index.html").is_file()


def test_an_author_s_name_that_grows_when_written_in_latin_letters_gets_a_page(tmp_path):
    """150 characters within the limit, whose address in Latin letters would be 2,250 long."""
    name = "\ufdfa" * 150
    text = TINY_SITE["practices/alleen-nl.md"].replace("authors: [Cem]", f"authors: [{name}]")
    root = write_site(tmp_path / "repo", {**TINY_SITE, "practices/alleen-nl.md": text},
                      QUICK_CONFIG)
    site = build(root)
    soup = page(site, "practices/alleen-nl/")
    href = soup.select_one(".mz-authors a.mz-author")["href"]
    folder = href.rstrip("/").rsplit("/", 1)[-1]
    assert len(folder) <= 100 and (site / "authors" / folder / "index.html").is_file(), href


def test_characters_that_turn_the_text_around_in_a_text_are_errors_with_their_place(tmp_path,
                                                                                    capsys):
    text = TINY_SITE["interviews/zorg.md"].replace(
        "Tekst.\n", "Tekst.\n\nBetaal aan \u202eLN01 BANK\u202c nu.\n\n`code \u2066x\u2069`\n")
    root = write_site(tmp_path / "repo", {**TINY_SITE, "interviews/zorg.md": text})
    code, out = check(root, capsys)
    assert code == 1
    assert ("interviews/zorg.md:11:12: error: the text contains an invisible character "
            "(U+202E, which changes the direction of the text)") in out, out
    assert "interviews/zorg.md:13:7: error: the text contains an invisible" in out, out
    assert len([row for row in out.splitlines() if row.startswith("interviews/zorg.md:1")]) == 2


def test_a_script_address_hidden_with_entities_is_reported_on_its_own_line(tmp_path, capsys):
    """Each hidden address on the line where it is written, not on the line of the next plain
    `javascript:` of the text."""
    text = TINY_SITE["interviews/zorg.md"].replace("Tekst.\n", (
        "Tekst.\n\n[a](<javascript:alert(2)>)\n\n[b](&#106;avascript:alert(3))\n\n"
        "[e](\x01javascript:alert(7))\n\n[f](https://example.org/?a=1&b=javascript:2)\n"))
    root = write_site(tmp_path / "repo", {**TINY_SITE, "interviews/zorg.md": text})
    code, out = check(root, capsys)
    assert code == 1
    rows = [row.split(": error: ")[0] for row in out.splitlines()
            if "'javascript:' address" in row]
    assert rows == ["interviews/zorg.md:11:6", "interviews/zorg.md:13:5",
                    "interviews/zorg.md:15:5"], out


def test_a_refused_field_is_explained_wholly_in_dutch(tmp_path, capsys):
    files = {**TINY_SITE, "docs/over.md": "---\ntitle: Over\ntemplate: ../../etc/passwd\n"
                                          "location: /x\n---\nTekst.\n"}
    root = write_site(tmp_path / "repo", files)
    assert cli.main(["--root", str(root), "check"]) == 1
    out = capsys.readouterr().out
    rows = [row for row in out.splitlines() if row.startswith("docs/over.md:")]
    assert len(rows) == 2, out
    assert "het magazine kiest de vormgeving van elke pagina" in rows[0], rows
    assert "het magazine bepaalt het adres van elke pagina" in rows[1], rows
    assert not [row for row in rows if "the magazine" in row], rows


def test_an_emoji_the_print_edition_cannot_print_is_warned_of_in_every_printed_text(tmp_path,
                                                                                     capsys):
    edition = ("---\ntitle: E\nforeword: Hallo \U0001F389 lezers.\nsections:\n  - title: Een\n"
               "    articles: [essays/werk-eerst]\n---\n")
    files = {**TINY_SITE, "docs/editions/e.md": edition,
             "docs/sessions/s1.md": TINY_SITE["docs/sessions/s1.md"].replace(
                 "title: Sessie een", "title: Sessie een \U0001F642"),
             "docs/themes/work.md": TINY_SITE["docs/themes/work.md"].replace(
                 "description: Over werk.", "description: Over \U0001F4BC werk.")}
    root = write_site(tmp_path / "repo", files, EDITION_CONFIG)
    check(root, capsys)
    _, out = check(root, capsys)
    for start in ("docs/editions/e.md:3:17: warning: the text holds the emoji \U0001F389",
                  "docs/sessions/s1.md:2:1: warning: the title holds the emoji \U0001F642",
                  "docs/themes/work.md:3:1: warning: the description holds the emoji \U0001F4BC"):
        assert any(row.startswith(start) for row in out.splitlines()), (start, out)


@pytest.mark.allow_warnings
def test_a_file_that_is_not_the_picture_its_name_says_is_refused_and_a_polyglot_is_redrawn(
        tmp_path, capsys):
    """An HTML page named .jpg, an SVG named .png, and a JPEG with a page stuck to its end: the
    first two are errors; of the third only the picture's pixels reach the site."""
    article = TINY_SITE["essays/werk-eerst.md"] + (
        "\n![Een](../docs/images/pagina.jpg)\n\n![Twee](../docs/images/tekening.png)\n\n"
        "![Drie](../docs/images/dubbel.jpg)\n")
    root = write_site(tmp_path / "repo", {**TINY_SITE, "essays/werk-eerst.md": article},
                      QUICK_CONFIG)
    add_files(root, {
        "docs/images/pagina.jpg": f"<html><script>alert('{MARKER}')</script></html>".encode(),
        "docs/images/tekening.png": f'<svg xmlns="http://www.w3.org/2000/svg" onload="{MARKER}"/>'
                                    .encode(),
        "docs/images/dubbel.jpg": jpeg() + f"<script>alert('{MARKER}')</script>".encode()})
    code, out = check(root, capsys)
    assert code == 1
    lines = article.splitlines()
    for name, alt in (("pagina.jpg", "Een"), ("tekening.png", "Twee")):
        line = lines.index(f"![{alt}](../docs/images/{name})") + 1
        assert (f"essays/werk-eerst.md:{line}:{len(alt) + 5}: error: 'docs/images/{name}' is not "
                "a picture that can be read") in out, out
    assert "dubbel.jpg" not in out
    site = build(root, strict=False)
    files = output_files(site)
    assert [name for name in files if name.startswith("images/dubbel-")]
    assert not [name for name, data in files.items() if MARKER.encode() in data]


@pytest.mark.parametrize("path", ["essays/werk-eerst.md", "authors.yml", "docs/editions/e.md"])
def test_a_python_tag_in_any_yaml_an_editor_writes_runs_nothing(tmp_path, capsys, path):
    made = tmp_path / "made-by-yaml"
    tag = f"!!python/object/apply:os.system ['touch {made}']"
    files = {**TINY_SITE, "docs/editions/e.md": (
        "---\ntitle: E\nsections:\n  - title: Een\n    articles: [essays/werk-eerst]\n---\n")}
    if path == "authors.yml":
        files[path] = f"Ann:\n  en: {tag}\n"
    elif path == "docs/editions/e.md":
        files[path] = files[path].replace("title: E\n", f"title: {tag}\n", 1)
    else:
        files[path] = files[path].replace("title: Werk eerst", f"title: {tag}")
    root = write_site(tmp_path / "repo", files, EDITION_CONFIG)
    code, out = check(root, capsys)
    assert code == 1
    assert any(row.startswith(f"{path}:2:") and "a value starts with the sign '!', which is not allowed" in row
               for row in out.splitlines()), out
    assert not made.exists()


@pytest.mark.parametrize("path", ["authors.yml", "docs/editions/e.md"])
def test_a_yaml_alias_bomb_is_refused_in_the_other_yaml_files_too(tmp_path, capsys, path):
    bomb = "".join(f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]\n"
                   for i in range(8))
    bomb = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + bomb
    files = {**TINY_SITE, "docs/editions/e.md": (
        "---\ntitle: E\nsections:\n  - title: Een\n    articles: [essays/werk-eerst]\n---\n")}
    if path == "authors.yml":
        files[path] = "Ann:\n  en: Ann\n" + bomb
    else:
        files[path] = files[path].replace("title: E\n", "title: E\n" + bomb, 1)
    root = write_site(tmp_path / "repo", files, EDITION_CONFIG)
    code, out = check(root, capsys)
    assert code == 1
    rows = [row for row in out.splitlines() if row.startswith(f"{path}:")
            and "a value starts with & or *, which is not allowed" in row]
    assert len(rows) == 1, out
