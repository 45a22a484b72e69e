"""`make preview`: the site built with `use_directory_urls: false` opens from disk, without a web
server: every link of every page names a file that is there (a folder would show a listing)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from bs4 import BeautifulSoup
from conftest import REPO, SITE_CONFIG, TINY_SITE, build, write_site


def local_links(site: Path):
    for file in sorted(site.rglob("*.html")):
        if file.name == "404.html":  # served by a web server only, from the site's root
            continue
        soup = BeautifulSoup(file.read_text(encoding="utf-8"), "html.parser")
        for tag in soup.find_all(["a", "link", "script", "img"]):
            address = tag.get("href") or tag.get("src")
            parts = urlsplit(address or "")
            if address and not parts.scheme and not parts.netloc and parts.path:
                yield file, address, parts.path


def test_every_link_of_the_preview_opens_a_file(tmp_path):
    root = write_site(tmp_path / "repo", TINY_SITE, SITE_CONFIG + "use_directory_urls: false\n")
    site = build(root)
    article = site / "essays/werk-eerst.html"
    assert article.is_file() and (site / "en/interviews/zorg.html").is_file()
    links = list(local_links(site))
    assert len(links) > 200
    broken = [(str(f.relative_to(site)), address) for f, address, path in links
              if path.startswith("/") or not (f.parent / unquote(path)).resolve().is_file()]
    assert broken == []
    # The article's own links: its theme, its session, the interview it links to, its English.
    hrefs = {a["href"] for a in BeautifulSoup(article.read_text(), "html.parser").find_all("a")}
    assert {"../themes/work.html", "../sessions/s1.html", "../interviews/zorg.html",
            "../en/essays/werk-eerst.html"} <= hrefs


def test_the_published_site_keeps_its_clean_addresses(tiny_built):
    assert (tiny_built / "essays/werk-eerst/index.html").is_file()
    assert not (tiny_built / "essays/werk-eerst.html").exists()


def test_a_preview_shows_drafts_marked_as_drafts(tmp_path):
    draft = ("---\ntitle: Nog niet af\nsummary: Een concept.\ndate: 2021-01-01\nauthors: [Ann]\n"
             "themes: [work]\nstatus: draft\n---\nTekst.\n")
    config = SITE_CONFIG.replace("  - magazine\n", "  - magazine:\n      drafts: true\n")
    root = write_site(tmp_path / "repo", {**TINY_SITE, "essays/concept.md": draft}, config)
    site = build(root)
    for url, notice in (("essays/concept/index.html", "Concept: dit artikel staat nog niet"),
                        ("en/essays/concept/index.html", "Draft: this article is not")):
        soup = BeautifulSoup((site / url).read_text(), "html.parser")
        assert notice in soup.select_one(".mz-notice--draft").get_text()
        assert soup.select_one(".mz-article__kind .mz-badge--draft") is not None
    home = BeautifulSoup((site / "index.html").read_text(), "html.parser")
    # The newest piece leads the front page, marked as a draft there too.
    lead = home.select_one(".mz-lead-story")
    assert "Nog niet af" in lead.get_text()
    assert lead.select_one(".mz-badge--draft").get_text() == "Concept"
    cards = [c for c in BeautifulSoup((site / "essays/index.html").read_text(), "html.parser")
             .select(".mz-card") if "Nog niet af" in c.get_text()]
    assert cards and cards[0].select_one(".mz-badge--draft").get_text() == "Concept"
    published = BeautifulSoup((site / "essays/werk-eerst/index.html").read_text(), "html.parser")
    assert published.select_one(".mz-article__kind .mz-badge--draft") is None
    assert published.select_one(".mz-notice--draft") is None


def test_the_published_site_has_no_drafts(tmp_path):
    draft = ("---\ntitle: Nog niet af\nsummary: Een concept.\ndate: 2021-01-01\nauthors: [Ann]\n"
             "themes: [work]\nstatus: draft\n---\nTekst.\n")
    site = build(write_site(tmp_path / "repo", {**TINY_SITE, "essays/concept.md": draft}))
    assert not (site / "essays/concept").exists()
    assert "Nog niet af" not in (site / "index.html").read_text()


def test_make_preview_is_made_and_shows_a_content_error(tmp_path):
    """The pull-request workflow attaches `make preview` also when the checks failed: the editor
    sees the site with the mistake marked on its page, even with `strict: true` in mkdocs.yml."""
    broken = TINY_SITE["essays/werk-eerst.md"] + "\n<script>alert(1)</script>\n"
    # The site's own look (overrides/main.html shows the problems above every page).
    config = SITE_CONFIG.replace("  name: material\n", "  name: material\n  custom_dir: overrides\n")
    root = write_site(tmp_path / "repo", {**TINY_SITE, "essays/werk-eerst.md": broken},
                      config + "strict: true\n")
    shutil.copytree(REPO / "overrides", root / "overrides")
    # Not the flags of a `make test` this may run under: they would add make's own lines.
    env = {name: value for name, value in os.environ.items()
           if name not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    recipe = subprocess.run(["make", "--no-print-directory", "-n", "preview"], cwd=REPO, env=env,
                            capture_output=True, text=True, check=True).stdout
    venv_bin = Path(sys.executable).parent
    for line in recipe.splitlines():
        run = subprocess.run(line.replace(".venv/bin/", f"{venv_bin}/"), shell=True, cwd=root,
                             capture_output=True, text=True, check=False,
                             env={**env, "NO_MKDOCS_2_WARNING": "1"})
        assert run.returncode == 0, run.stderr[-2000:]
    for url in ("essays/werk-eerst.html", "themes/work.html", "en/index.html"):
        shown = BeautifulSoup((root / "preview" / url).read_text(), "html.parser")
        banner = shown.select_one(".mz-problems").get_text()
        script_line = broken.splitlines().index("<script>alert(1)</script>") + 1
        assert f"essays/werk-eerst.md:{script_line}:1" in banner and "<script>" in banner, url
        assert "not published until they are fixed." in banner or "hersteld zijn." in banner
        assert "last worked" not in banner and "laatst werkte" not in banner  # `make serve` only
        assert not [s for s in shown.find_all("script") if "alert(" in (s.string or "")], url


@pytest.mark.allow_warnings
def test_a_strict_build_after_one_with_errors_shows_no_old_problems(tmp_path):
    """MkDocs keeps a plugin from one build of a process to the next (as `mkdocs serve` does):
    the problems of an earlier build must not show on the pages of a later one."""
    config = SITE_CONFIG.replace("  name: material\n", "  name: material\n  custom_dir: overrides\n")
    broken = TINY_SITE["essays/werk-eerst.md"] + "\n<script>alert(1)</script>\n"
    first = write_site(tmp_path / "first", {**TINY_SITE, "essays/werk-eerst.md": broken}, config)
    second = write_site(tmp_path / "second", TINY_SITE, config)
    for root in (first, second):
        shutil.copytree(REPO / "overrides", root / "overrides")
    shown = build(first, strict=False) / "essays/werk-eerst/index.html"
    assert "mz-problems" in shown.read_text()
    assert "mz-problems" not in (build(second) / "essays/werk-eerst/index.html").read_text()


def test_the_footer_links_of_the_preview_open_their_pages(tmp_path):
    """The site's footer ("Over dit magazine", "Colofon", the feed) names files in the preview."""
    config = SITE_CONFIG.replace("  name: material\n", "  name: material\n  custom_dir: overrides\n")
    pages = {f"docs/{name}{suffix}.md": f"---\ntitle: {name}\n---\nTekst.\n"
             for name in ("about", "colophon") for suffix in ("", ".en")}
    root = write_site(tmp_path / "repo", {**TINY_SITE, **pages},
                      config + "use_directory_urls: false\n")
    shutil.copytree(REPO / "overrides", root / "overrides")
    site = build(root)
    for url, prefix in (("essays/werk-eerst.html", "../"), ("en/index.html", "")):
        footer = BeautifulSoup((site / url).read_text(), "html.parser").select_one(".mz-footer__links")
        hrefs = [a["href"] for a in footer.find_all("a")]
        assert hrefs == [f"{prefix}about.html", f"{prefix}colophon.html", f"{prefix}feed.xml"], url
        contact = BeautifulSoup((site / url).read_text(), "html.parser").select_one(
            ".mz-footer__contact")["href"]
        assert contact == f"{prefix}colophon.html#contact"
        for href in [*hrefs, contact.split("#")[0]]:
            assert (site / url).parent.joinpath(href).resolve().is_file(), (url, href)
