"""Every pull request is untrusted: what its content can make the build read, fetch, run or write.

Each class of the threat has its tests here: files outside the repository (print attachments,
pictures, symlinks), the network, active content in the text, front matter that Material would
print or act on, input that grows without bound, and a failed build that must leave the previous
site as it was. `test_safety.py` holds the escaping of the fields we use.
"""

from __future__ import annotations

import json
import os
import re
import socket
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import SITE_CONFIG, TINY_SITE, build, page, write_site
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from magazine import cli
from magazine.content.frontmatter import FrontMatterError, read_document
from magazine.content.html_policy import problems_in, sanitize
from magazine.content.loader import load_magazine
from magazine.printing.fetcher import RepositoryFetcher
from magazine.printing.pdf import make_pdfs
from magazine.site import TEMPLATES
from magazine.site.outputs.feeds import Feeds, write_feeds
from pypdf import PdfReader
from search_index import search_pages

SECRET = "SECRET-TOKEN-4f2a9c"  # stands for a CI job's credentials in a file outside the repo

ARTICLE = (
    "---\ntitle: Aanval\nsummary: Een artikel met foute HTML.\ndate: 2019-05-14\n"
    "authors: [Ann]\nthemes: [work]\n---\n"
)


def repo_with(tmp_path: Path, files: dict[str, str]) -> Path:
    """The tiny site plus `files`, and a secret beside (not inside) the repository."""
    (tmp_path / "secret.txt").write_text(SECRET, encoding="utf-8")
    (tmp_path / "secret.png").write_bytes(SECRET.encode())
    return write_site(tmp_path / "repo", {**TINY_SITE, **files}, EXTENDED_CONFIG)


# The Markdown extensions of the real site that let editors write HTML attributes and blocks.
EXTENDED_CONFIG = SITE_CONFIG + "markdown_extensions:\n  - attr_list\n  - md_in_html\n"


def check(root: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = cli.main(["--root", str(root), "check", "--lang", "en"])
    return code, capsys.readouterr().out


# -- the print edition reads nothing outside the repository ---------------------------------------


def embedded_files(pdf: Path) -> list[str]:
    """The names of files embedded in `pdf`: in its catalogue and in file annotations."""
    reader = PdfReader(pdf)
    names = reader.trailer["/Root"].get("/Names")
    found = []
    if names is not None and "/EmbeddedFiles" in names.get_object():
        found.append("/EmbeddedFiles")
    for number, pdf_page in enumerate(reader.pages):
        for annotation in pdf_page.get("/Annots") or []:
            if annotation.get_object().get("/Subtype") == "/FileAttachment":
                found.append(f"page {number + 1}: FileAttachment")
    return found


def test_a_raw_html_attachment_to_a_file_outside_is_not_in_the_pdf_and_fails_the_check(
        tmp_path, capsys):
    secret = (tmp_path / "secret.txt").as_uri()
    root = repo_with(tmp_path, {"essays/aanval.md": ARTICLE + (
        "Tekst.\n\n"
        f'<a rel="attachment" href="{secret}">bijlage</a>\n\n'
        f'<link rel="attachment" href="{secret}">\n\n'
        '<a rel="attachment" href="../mkdocs.yml">instellingen</a>\n\n'
        '<img src="../../secret.png" alt="geheim">\n'
    )})
    magazine, _ = load_magazine(root)
    result = make_pdfs(magazine, "nl", tmp_path / "out" / "m.pdf", printer=False)
    assert embedded_files(result.screen) == []
    data = result.screen.read_bytes()
    assert SECRET.encode() not in data and b"site_name: Testmagazine" not in data
    assert "bijlage" in "".join(p.extract_text() for p in PdfReader(result.screen).pages)

    code, out = check(root, capsys)
    assert code == 1
    assert ('essays/aanval.md:10:4: error: rel="attachment" would attach a file to the PDF and '
            "is not allowed") in out
    assert "essays/aanval.md:12:1: error: the HTML element <link> is not allowed" in out
    assert "essays/aanval.md:16:11: error: the picture '../../secret.png' lies outside the " \
           "repository" in out


def test_a_picture_on_the_network_is_never_requested(tmp_path, monkeypatch, capsys):
    calls: list[object] = []

    def record(*args: object, **kwargs: object) -> None:
        calls.append(args)
        raise OSError("no network in this test")

    monkeypatch.setattr(socket, "create_connection", record)
    monkeypatch.setattr(socket, "getaddrinfo", record)
    monkeypatch.setattr(socket.socket, "connect", record)
    fetched: list[str] = []
    original = RepositoryFetcher.fetch

    def recording_fetch(self: RepositoryFetcher, url: str, headers: object = None):  # noqa: ANN202
        fetched.append(url)
        return original(self, url, headers)

    monkeypatch.setattr(RepositoryFetcher, "fetch", recording_fetch)
    root = repo_with(tmp_path, {"essays/aanval.md": ARTICLE + (
        "Tekst.\n\n<img src=\"http://198.51.100.7/pixel.png\" alt=\"pixel\">\n\n"
        "<p style=\"background: url(https://198.51.100.7/bg.png)\">achtergrond</p>\n"
    )})
    magazine, _ = load_magazine(root)
    make_pdfs(magazine, "nl", tmp_path / "out" / "m.pdf", printer=False)
    # The text's picture on the web is gone before the layout (html_policy.kept_attribute); were
    # it asked for, the fetcher would refuse it (test_the_fetcher_serves_pictures_...).
    assert [url for url in fetched if "198.51.100.7" in url] == []
    assert calls == []
    code, out = check(root, capsys)
    assert code == 1
    assert ("essays/aanval.md:10:11: error: the picture 'http://198.51.100.7/pixel.png' is on the "
            "web; the build fetches nothing from the network") in out


def test_the_fetcher_serves_pictures_in_the_repository_only(tmp_path):
    root = repo_with(tmp_path, {})
    (root / "docs/images").mkdir(parents=True)
    (root / "docs/images/a.png").write_bytes(b"\x89PNG picture")
    (root / ".git").mkdir()
    (root / ".git/config.png").write_bytes(b"token")
    (root / "docs/images/link.png").symlink_to(tmp_path / "secret.png")
    fetcher = RepositoryFetcher(root)
    assert fetcher((root / "docs/images/a.png").as_uri()).read() == b"\x89PNG picture"
    refused = [
        (tmp_path / "secret.png").as_uri(), (root / "mkdocs.yml").as_uri(),
        (root / ".git/config.png").as_uri(), (root / "docs/images/link.png").as_uri(),
        (root / "docs/images/../../../secret.png").as_uri(), "http://198.51.100.7/a.png",
        "https://198.51.100.7/a.png", "data:image/png;base64,iVBORw0KGgo=",
        "file://198.51.100.7/share/a.png", "ftp://198.51.100.7/a.png",
    ]
    for url in refused:
        with pytest.raises(ValueError):
            fetcher(url)
    assert fetcher.refused == refused


# -- symlinks -----------------------------------------------------------------------------------


@pytest.mark.allow_warnings
def test_a_symlinked_article_outside_is_not_read(tmp_path, capsys):
    root = repo_with(tmp_path, {})
    (tmp_path / "outside.md").write_text(ARTICLE.replace("Aanval", SECRET) + SECRET + "\n")
    (root / "essays/lek.md").symlink_to(tmp_path / "outside.md")
    code, out = check(root, capsys)
    assert code == 1
    assert (f"essays/lek.md:1:1: error: this is a shortcut to '{tmp_path / 'outside.md'}', "
            "outside the repository (or to nothing); it is not published") in out, out
    site = build(root, strict=False)
    for path in site.rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path
    assert not (site / "essays/lek").exists() and (site / "essays/werk-eerst/index.html").is_file()


@pytest.mark.allow_warnings
def test_a_symlink_out_of_docs_stops_the_build(tmp_path, capsys, no_unexpected_warnings):
    from mkdocs.exceptions import Abort
    root = repo_with(tmp_path, {})
    (tmp_path / "outside.md").write_text(f"---\ntitle: {SECRET}\n---\n{SECRET}\n")
    (root / "docs/leak.txt").symlink_to(tmp_path / "secret.txt")
    (root / "docs/leak.md").symlink_to(tmp_path / "outside.md")
    (root / "docs/images").mkdir()
    (root / ".git-secret.png").write_bytes(SECRET.encode())
    (root / "docs/images/git.png").symlink_to(root / ".git-secret.png")  # inside, but hidden
    links = {"docs/leak.txt": tmp_path / "secret.txt", "docs/leak.md": tmp_path / "outside.md",
             "docs/images/git.png": root / ".git-secret.png"}
    code, out = check(root, capsys)
    assert code == 1
    with pytest.raises(Abort):
        build(root, strict=False)  # even a build that lets errors pass publishes nothing
    messages = "\n".join(r.getMessage() for r in no_unexpected_warnings.records)
    for path, target in links.items():
        message = (f"{path}:1:1: error: this is a shortcut to '{target}', outside the "
                   "repository (or to nothing); it is not published")
        # The build's log speaks the magazine's language: the same message, in Dutch.
        logged = (f"{path}:1:1: fout: dit is een snelkoppeling naar '{target}', buiten de "
                  "repository (of naar niets); hij wordt niet gepubliceerd")
        assert message in out and logged in messages, (out, messages)
    assert not (root / "site").exists()


@pytest.mark.allow_warnings
@pytest.mark.parametrize("target", ["..", "/"])
def test_a_symlinked_folder_stops_the_build_before_it_is_walked(tmp_path, capsys, target,
                                                                 no_unexpected_warnings):
    from mkdocs.exceptions import Abort
    root = repo_with(tmp_path, {})
    (root / "docs/loop").symlink_to(target)
    code, out = check(root, capsys)
    assert code == 1 and "docs/loop:1:1: error: this is a shortcut to " in out
    with pytest.raises(Abort):
        build(root, strict=False)
    messages = [r.getMessage() for r in no_unexpected_warnings.records]
    assert any("docs/loop:1:1: fout: dit is een snelkoppeling naar " in m for m in messages)
    assert not (root / "site").exists()


# -- no active content --------------------------------------------------------------------------

ACTIVE_BODIES = [
    ("script", "<script>alert(1)</script>", 9, 1, "the HTML element <script> is not allowed"),
    ("iframe", '<iframe src="https://example.org"></iframe>', 9, 1, "<iframe> is not allowed"),
    ("object", '<object data="x.swf"></object>', 9, 1, "<object> is not allowed"),
    ("embed", '<embed src="x.swf">', 9, 1, "<embed> is not allowed"),
    ("style", "<style>body{display:none}</style>", 9, 1, "<style> is not allowed"),
    ("handler", '<p onclick="alert(1)">Klik</p>', 9, 4, "the attribute 'onclick' runs a script"),
    ("handler in Markdown", "Tekst\n{: onmouseover=\"alert(1)\" }", 10, 4,
     "the attribute 'onmouseover' runs a script"),
    ("javascript link", "[klik](javascript:alert(1))", 9, 8, "a 'javascript:' address"),
    ("vbscript link", '<a href="VBScript:msgbox(1)">x</a>', 9, 10, "a 'vbscript:' address"),
    ("data link", "[klik](data:text/html;base64,PHNjcmlwdD4=)", 9, 8, "a 'data:' address"),
    # Found where it is written, entities and all (html_policy.written_value).
    ("entity-hidden javascript", '<a href="jav&#x61;script:alert(1)">x</a>', 9, 10,
     "a 'javascript:' address"),
    ("deep nesting", "> " * 60 + "diep", 8, 1,
     "the text has quotes, lists or HTML inside each other 61 levels deep"),
]


@pytest.mark.parametrize(("body", "line", "col", "message"), [c[1:] for c in ACTIVE_BODIES],
                         ids=[c[0] for c in ACTIVE_BODIES])
def test_active_content_is_a_check_error_with_its_line(tmp_path, capsys, body, line, col,
                                                       message):
    root = repo_with(tmp_path, {"essays/aanval.md": ARTICLE + "\n" + body + "\n"})
    code, out = check(root, capsys)
    assert code == 1
    found = [row for row in out.splitlines() if message in row]
    assert found and found[0].startswith(f"essays/aanval.md:{line}:{col}: error: "), out


def test_a_style_attribute_is_reported_on_its_own_line_after_a_style_element(tmp_path, capsys):
    root = repo_with(tmp_path, {"essays/aanval.md": ARTICLE + (
        '\n<style>p{}</style>\n\n<p style="color: red">x</p>\n')})
    code, out = check(root, capsys)
    assert code == 1
    assert ("essays/aanval.md:11:4: warning: a style attribute is kept only for text-align"
            in out), out


def test_html_in_code_is_text_not_a_problem(tmp_path, capsys):
    root = repo_with(tmp_path, {"essays/uitleg.md": ARTICLE + (
        "Schrijf nooit `<script>` in een artikel.\n\n```html\n<iframe src=x onload=y></iframe>\n"
        "```\n\n<figure><img src=\"../docs/themes/work.md\" alt=\"\"><figcaption>Een figuur"
        "</figcaption></figure>\n\n<details><summary>Meer</summary>Tekst.</details>\n\n"
        "| a | b |\n|:--|--:|\n| 1 | 2 |\n"
    )})
    code, out = check(root, capsys)
    assert code == 0, out


PAYLOADS = [
    '<script>alert("s")</script>', '<img src=x onerror=alert("i")>', "<svg onload=alert('v')>",
    '<a href="javascript:alert(1)">j</a>', '<a href=" jAvA\tScRiPt:alert(1)">j</a>',
    "<scr<script>ipt>alert(2)</script>", '<iframe srcdoc="<script>alert(3)</script>">',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(4)>', "<!--><img src=x onerror=alert(5)>-->",
    '<object data="data:text/html,<script>alert(6)</script>"></object>',
    '<a rel="attachment" href="file:///etc/passwd">p</a>', '<form action="https://x"><input name=q>',
    '<div style="background:url(https://x/t.png)">d</div>', '<base href="https://x/">',
]


def executable(html: str) -> list[str]:
    """What the payloads could have made in `html` that a browser or PDF reader would act on.

    The theme's own scripts, forms and icons are not counted: only script that calls `alert(`,
    handlers, active addresses, frames and plug-ins, attachments and remote styles."""
    soup = BeautifulSoup(html, "html.parser")
    found = [f"<script> {s.string!r}" for s in soup.find_all("script")
             if s.string and "alert(" in s.string]
    found += [f"<{el.name}>" for el in soup.find_all(
        ["iframe", "object", "embed", "math", "base", "frame", "applet"])]
    for el in soup.find_all(True):
        for name, value in el.attrs.items():
            value = " ".join(value) if isinstance(value, list) else value
            if name.startswith("on") or name == "srcdoc" or (
                    name == "rel" and "attachment" in value):
                found.append(f"<{el.name} {name}>")
            if re.match(r"\s*(javascript|vbscript|file):|\s*data:text", value.replace("\t", ""),
                        re.I):
                found.append(f"<{el.name} {name}={value}>")
            if "https://x" in value:  # the payloads' remote style, form and base
                found.append(f"<{el.name} {name}={value}>")
        if el.name == "style" and "display:none" in (el.string or ""):
            found.append("<style> from content")
    return found


@pytest.mark.parametrize("payload", PAYLOADS)
def test_the_sanitiser_leaves_nothing_executable(payload):
    assert executable(sanitize(payload)) == []
    assert executable(sanitize(payload, for_print=True)) == []


def test_the_sanitiser_keeps_layout():
    html = ('<h2 id="a">Kop<a class="headerlink" href="#a" title="Permanent link">¶</a></h2>'
            '<figure><img alt="x" src="../images/a.png"><figcaption>Bijschrift</figcaption>'
            '</figure><details open><summary>Meer</summary><p>Tekst</p></details>'
            '<table><thead><tr><th style="text-align: left">a</th></tr></thead></table>'
            '<div class="admonition note"><p class="admonition-title">Let op</p></div>'
            '<sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a></sup>'
            '<a href="https://example.org/" title="t">web</a><a href="mailto:a@example.org">m</a>')
    soup = BeautifulSoup(sanitize(html), "html.parser")
    assert soup.select_one("h2#a a.headerlink[href='#a']")
    assert soup.select_one("figure img[src='../images/a.png'][alt=x] + figcaption")
    assert soup.select_one("details[open] summary")
    assert soup.select_one("th")["style"].replace(" ", "") == "text-align:left"
    assert soup.select_one("div.admonition.note p.admonition-title")
    assert soup.select_one("sup#fnref\\:1 a.footnote-ref[href='#fn:1']")
    assert [a["href"] for a in soup.select("a")][-2:] == ["https://example.org/",
                                                         "mailto:a@example.org"]
    assert problems_in(html) == []


# -- every field and every text carrying script, in every output ----------------------------------

HOSTILE = '"><script>alert(1)</script><img src=x onerror=alert(2)>'
BODY = ("\n".join(PAYLOADS) + "\n\n[klik](javascript:alert(7))\n\nTekst\n{: onclick=\"alert(8)\" }"
        f"\n\n# Kop {HOSTILE}\n")


def hostile_front(fields: dict[str, object]) -> str:
    """Front matter with every value written the JSON way (JSON is YAML), dates as dates."""
    return "---\n" + "".join(f"{k}: {v if k == 'date' else json.dumps(v)}\n"
                             for k, v in fields.items()) + "---\n"


# Material prints or acts on these when they reach a page; we use none of them from content.
FOREIGN_FIELDS = {"author": HOSTILE, "subtitle": HOSTILE, "icon": HOSTILE, "status": HOSTILE,
                  "template": "redirect.html", "location": "javascript:alert(9)",
                  "description": HOSTILE, "hide": [HOSTILE], "search": {"boost": HOSTILE}}

HOSTILE_FILES = {
    "docs/about.md": hostile_front({"title": HOSTILE, **FOREIGN_FIELDS}) + BODY,
    "docs/index.md": hostile_front({"title": HOSTILE, "subtitle": HOSTILE}) + BODY,
    "essays/werk-eerst.md": hostile_front({
        "title": HOSTILE, "summary": HOSTILE, "date": "2019-05-14", "authors": [HOSTILE],
        "themes": ["work"], "session": "s1", "image": HOSTILE,
        **{k: v for k, v in FOREIGN_FIELDS.items() if k not in ("description", "status")},
    }) + BODY,
    "essays/werk-eerst.en.md": hostile_front({"title": HOSTILE, "summary": HOSTILE,
                                              "author": HOSTILE}) + BODY,
    "docs/themes/work.md": hostile_front({"title": HOSTILE, "description": HOSTILE,
                                          "subtitle": HOSTILE}) + BODY,
    # No front matter: MkDocs takes the title from the first heading.
    "docs/zonder.md": f"# Kop {HOSTILE}\n\n" + BODY,
}


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    config = EXTENDED_CONFIG.replace("nav:\n", "nav:\n  - about.md\n")
    root = write_site(tmp_path_factory.mktemp("hostile") / "repo",
                      {**TINY_SITE, **HOSTILE_FILES}, config)
    return build(root, strict=False)


def test_no_output_file_holds_executable_markup(hostile_site):
    checked = {".html": 0, ".xml": 0, ".json": 0}
    for path in hostile_site.rglob("*"):
        if path.suffix == ".html":
            assert executable(path.read_text(encoding="utf-8")) == [], path
            checked[".html"] += 1
        elif path.suffix == ".xml":  # well-formed, and the payloads are text, not elements
            elements = list(ET.parse(path).getroot().iter())
            tags = {el.tag.rsplit("}", 1)[-1] for el in elements}
            assert not tags & {"script", "img", "svg", "iframe", "a", "style"}, (path, tags)
            for el in elements:
                for name, value in el.attrib.items():
                    assert not name.startswith("on") and not re.match(
                        r"\s*(javascript|vbscript|data|file):", value, re.I), (path, name, value)
            checked[".xml"] += 1
    # The search index (Pagefind) keeps each page's text as the page shows it: as text, which
    # pagefind.js escapes before it builds an excerpt, and docs/assets/search.js shows as text
    # (test_browser.py: test_search_results_show_markup_in_titles_as_text).
    for lang in ("nl", "en"):
        pages = search_pages(hostile_site, lang)
        assert any("<script>alert(1)</script>" in f["content"] for f in pages.values()), lang
        checked[".json"] += bool(pages)
    assert checked[".html"] > 20 and checked[".xml"] >= 5 and checked[".json"] == 2, checked


def test_the_pages_show_the_fields_we_use_as_text(hostile_site):
    article = page(hostile_site, "essays/werk-eerst/")
    assert article.h1.get_text(strip=True).startswith(HOSTILE)
    assert article.select_one('meta[name="description"]')["content"] == HOSTILE
    # Fields we do not use never reach the page: no author meta from content, no redirect.
    assert article.select_one('meta[name="author"]') is None
    about = page(hostile_site, "about/")
    assert about.select_one('meta[name="description"]')["content"] == HOSTILE
    assert about.find("meta", attrs={"http-equiv": "refresh"}) is None
    assert "alert(9)" not in (hostile_site / "about/index.html").read_text(encoding="utf-8")


def test_the_pdf_holds_no_script_no_attachment_and_plain_metadata(hostile_site):
    for pdf in (hostile_site / "print/magazine.pdf", hostile_site / "en/print/magazine.pdf"):
        reader = PdfReader(pdf)
        data = pdf.read_bytes()
        assert b"/JavaScript" not in data and b"/JS " not in data and b"/Launch" not in data
        assert not re.search(rb"/URI\s*\((?:javascript|vbscript|data|file):", data, re.I)
        assert embedded_files(pdf) == []
        # Metadata is text (authors' names as written), and the XML copy holds it as text.
        info = {key: str(value) for key, value in (reader.metadata or {}).items()}
        xmp = reader.trailer["/Root"].get("/Metadata")
        assert xmp is not None  # the screen PDF is PDF/UA, with XMP metadata
        root = ET.fromstring(xmp.get_object().get_data())
        namespaces = {el.tag[1:].partition("}")[0] for el in root.iter()}
        assert namespaces <= XMP_NAMESPACES, namespaces
        texts = {el.text for el in root.iter() if el.text}
        for key, value in info.items():
            if "<" in value:
                assert value in texts, (key, value)


XMP_NAMESPACES = {"adobe:ns:meta/", "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
                  "http://purl.org/dc/elements/1.1/", "http://ns.adobe.com/pdf/1.3/",
                  "http://ns.adobe.com/xap/1.0/", "http://www.aiim.org/pdfua/ns/id/"}


def test_the_check_reports_the_foreign_fields(tmp_path, capsys):
    root = write_site(tmp_path / "repo", {**TINY_SITE, **HOSTILE_FILES})
    code, out = check(root, capsys)
    assert code == 1
    for field, line in (("template", 7), ("location", 8)):
        assert (f"docs/about.md:{line}:1: error: the field '{field}' is not allowed in content"
                in out), out
    assert "docs/about.md:3:1: warning: unknown field 'author' is ignored" in out
    assert "essays/werk-eerst.md:9:1: warning: unknown field 'author' is ignored" in out
    assert "essays/werk-eerst.md:12:1: error: the field 'template' is not allowed" in out


# -- bounded input ------------------------------------------------------------------------------


def test_yaml_aliases_are_refused_before_they_grow(tmp_path):
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]"
              for i in range(8)]
    source = "---\ntitle: Bom\n" + "\n".join(lines) + "\n---\n"
    with pytest.raises(FrontMatterError) as error:
        read_document(source.encode())
    assert (error.value.line, error.value.col) == (3, 4)
    assert "starts with & or *" in error.value.message


@pytest.mark.parametrize(("files", "path", "line", "col", "message"), [
    ({"essays/x.md": ARTICLE.replace("title: Aanval", 'title: "Werk\\x0c eerst"')},
     "essays/x.md", 2, 8, "a value contains an invisible character (U+000C)"),
    ({"essays/x.md": ARTICLE.replace("authors: [Ann]", 'authors: [Ann, "B\\u0000b"]')},
     "essays/x.md", 5, 16, "a value contains an invisible character (U+0000)"),
    ({"docs/about.md": '---\ntitle: "Over\\x1b"\n---\n'},
     "docs/about.md", 2, 8, "a value contains an invisible character (U+001B)"),
    ({"essays/x.md": ARTICLE.replace("authors: [Ann]", "authors: &a [Ann]\nteam: *a")},
     "essays/x.md", 5, 10, "a value starts with & or *"),
    ({"essays/x.md": ARTICLE + "x" * (1024 * 1024)},
     "essays/x.md", 1, 1, "the file is 1025 KB; the limit is 1024 KB"),
])
def test_bounded_input_is_a_check_error(tmp_path, capsys, files, path, line, col, message):
    root = write_site(tmp_path / "repo", {**TINY_SITE, **files})
    code, out = check(root, capsys)
    assert code == 1
    assert f"{path}:{line}:{col}: error: {message}" in out, out


# Any text an editor can write, control characters and markup included.
TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=40)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=TEXT, summary=TEXT, author=TEXT, theme_title=TEXT, body=st.text(max_size=200))
def test_feeds_are_valid_xml_whatever_the_content(tmp_path_factory, title, summary, author,
                                                  theme_title, body):
    root = write_site(tmp_path_factory.mktemp("feeds") / "repo", {
        **TINY_SITE,
        "docs/themes/work.md": hostile_front({"title": theme_title, "description": summary}),
        "essays/werk-eerst.md": hostile_front({
            "title": title, "summary": summary, "date": "2019-05-14", "authors": [author],
            "themes": ["work"]}) + body,
        "essays/werk-eerst.en.md": hostile_front({"title": summary, "summary": title}) + body,
    })
    magazine, _ = load_magazine(root)
    site = root / "site"
    written = write_feeds(Feeds(magazine, "https://example.org/", {"nl": "M", "en": "M"}), site,
                          [str(TEMPLATES)])
    assert len(written) == 6
    for path in written:
        ET.parse(site / path)  # raises on anything that is not well-formed XML


# -- a failed build leaves the previous site ----------------------------------------------------


def leftovers(site: Path) -> list[str]:
    return sorted(p.name for p in site.parent.iterdir() if p.name.startswith(f".{site.name}."))


@pytest.mark.allow_warnings
def test_a_failing_strict_build_leaves_the_good_site(tmp_path, no_unexpected_warnings):
    from mkdocs.exceptions import Abort
    root = write_site(tmp_path / "repo", TINY_SITE)
    site = build(root)
    before = {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    assert (site / "print/magazine.pdf").is_file() and len(before) > 30
    (root / "essays/werk-eerst.md").write_text(
        TINY_SITE["essays/werk-eerst.md"].replace("themes: [work]", "themes: [werk]"))
    with pytest.raises(Abort):
        build(root)
    after = {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    assert after == before
    assert leftovers(site) == []
    messages = [r.getMessage() for r in no_unexpected_warnings.records]
    assert any("The build failed, so nothing was published" in m and "left as it was" in m
               for m in messages), messages


@pytest.mark.allow_warnings
def test_a_pdf_that_cannot_be_made_fails_the_build_and_names_the_article(
        tmp_path, no_unexpected_warnings):
    from mkdocs.exceptions import Abort
    root = write_site(tmp_path / "repo", TINY_SITE)
    site = build(root)
    home = (site / "index.html").read_bytes()
    (root / "essays/werk-eerst.md").write_text(
        TINY_SITE["essays/werk-eerst.md"] + "\n" + "> " * 300 + "diep\n")
    with pytest.raises(Abort):
        build(root, strict=False)
    messages = [r.getMessage() for r in no_unexpected_warnings.records]
    assert any("essays/werk-eerst.md: de gedrukte editie kan dit artikel niet opmaken" in m
               for m in messages), messages  # in the magazine's language
    assert (site / "index.html").read_bytes() == home
    assert (site / "print/magazine.pdf").is_file()
    assert leftovers(site) == []


def test_a_good_build_replaces_the_site_whole(tmp_path):
    root = write_site(tmp_path / "repo", TINY_SITE)
    site = build(root)
    (site / "stale.html").write_text("from an old build")
    build(root)
    assert not (site / "stale.html").exists() and (site / "index.html").is_file()
    assert leftovers(site) == []
    assert os.stat(site).st_mode & 0o055 == 0o055  # readable by the web server, like before


@pytest.mark.parametrize("name", ["CONTRIBUTING.md"])
def test_every_new_message_is_explained_to_editors(tmp_path, name):
    from magazine.content.messages import known
    from test_check import documented_messages
    patterns = documented_messages(name)
    texts = [ARTICLE + "\n" + body + "\n" for _, body, *_ in ACTIVE_BODIES] + [
        ARTICLE + '\n<img src="https://example.org/a.png"> <img src="../../x.png">\n'
        '<a rel="attachment" href="x.pdf">x</a> <blink>b</blink> <p style="color:red" dir=ltr '
        'data-x="1">p</p>\n',
        ARTICLE.replace("summary:", 'template: main.html\nlocation: "/x"\nteam: x\nsummary:'),
        ARTICLE.replace("title: Aanval", 'title: "A\\x0c"'),
        ARTICLE.replace("authors: [Ann]", "authors: &a [Ann]\nteam: *a"),
        ARTICLE + "x" * (1024 * 1024),
        ARTICLE + '\n<p id="__config">x</p>\n',
        ARTICLE + "\n" + "[a](" * 20000 + "\n",
        ARTICLE + "\n" + "<a " * 27000 + "\n",
        ARTICLE.replace("title: Aanval", 'title: "A\\u202e"'),
        ARTICLE.replace("title: Aanval", "title: " + "[" * 2000 + "]" * 2000),
        ARTICLE + "\n[a](..\\essays\\x.md) ![b](..\\docs\\images\\b.jpg)\n",
        ARTICLE.replace("title: Aanval", "title: " + "a" * 300),
        ARTICLE.replace("authors: [Ann]", "authors: [" + "a" * 300 + "]"),
        ARTICLE + "\nBetaal \u202eLN01\u202c nu.\n",
    ]
    for index, text in enumerate(texts):
        root = write_site(tmp_path / f"r{index}", {**TINY_SITE, "essays/x.md": text},
                          EXTENDED_CONFIG)
        if index == 0:
            (root / "docs/link.md").symlink_to(tmp_path / "nothing.md")
            (root / "docs/folder").symlink_to("..")
        diagnostics = load_magazine(root)[1]
        assert diagnostics
        for diagnostic in diagnostics:
            assert any(p.match(diagnostic.message) for p in patterns), (index, diagnostic.message)
            assert known(diagnostic.message) and known(diagnostic.hint), diagnostic  # in Dutch
