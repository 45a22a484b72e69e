"""Hostile input, second round (issue 26): what a pull request could still publish or forge.

Active files under docs/ and overrides/, `file:` and `javascript:` addresses in any output,
forged lines in the build's log, pictures that cannot be decoded, and the smaller cases each
with the right file, line and words. `test_untrusted.py` holds the first round.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SITE_CONFIG, TINY_SITE, build, write_site
from magazine import cli

MARKER = "EVIL-MARKER-7d1e"  # what a hostile file holds: it must appear in no output


def check(root: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = cli.main(["--root", str(root), "check", *args])
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
def test_active_files_stop_the_strict_build_and_stay_out_of_any_site(active_files_repo,
                                                                      no_unexpected_warnings):
    from mkdocs.exceptions import Abort
    with pytest.raises(Abort):
        build(active_files_repo)
    messages = "\n".join(r.getMessage() for r in no_unexpected_warnings.records)
    for path, (_, message) in HOSTILE_FILES.items():
        assert f"{path}:1:1: error: {message}" in messages, path
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


def test_the_real_site_publishes_its_own_assets_and_no_original_picture(real_site):
    files = {p.relative_to(real_site).as_posix() for p in real_site.rglob("*") if p.is_file()}
    for asset in ("magazine.css", "print.css", "search.js", "filter.js"):
        assert f"assets/{asset}" in files
    originals = {p.name for p in (Path(__file__).parent.parent / "docs/images").iterdir()}
    assert not {f for f in files if f.startswith("images/") and f.split("/")[-1] in originals}
