"""A translation can wait: the original is published while its translation is still a draft,
even still the template that `magazine new` wrote (CONTRIBUTING, step 3: "or leave it for a
translator"). The check and the strict build pass, and the translation's page shows the
original, marked as not yet translated."""

from __future__ import annotations

from conftest import SITE_CONFIG, TINY_SITE, build, page, write_site
from magazine import cli
from magazine.content.loader import load_magazine

DUTCH = """\
---
title: Taalcoaches in de wijk
summary: Hoe taalcoaches nieuwkomers helpen in hun eigen buurt.
date: 2021-03-04
authors: [Ann de Vries]
themes: [work]
status: published
---

Taalcoaches helpen nieuwkomers elke week in de bibliotheek van de wijk.
"""


def test_a_published_original_with_its_translation_still_the_template(tmp_path, capsys):
    repo = write_site(tmp_path / "repo", TINY_SITE)
    assert cli.main(["--root", str(repo), "new", "interview", "--title", "Taalcoaches in de wijk",
                     "--theme", "work"]) == 0
    english = (repo / "interviews/taalcoaches-in-de-wijk.en.md").read_text()
    assert "status: draft" in english and "Say in one or two sentences" in english
    (repo / "interviews/taalcoaches-in-de-wijk.md").write_text(DUTCH)
    capsys.readouterr()

    assert cli.main(["--root", str(repo), "check"]) == 0
    out = capsys.readouterr().out
    assert "taalcoaches-in-de-wijk.en.md" not in out, out
    _, diagnostics = load_magazine(repo)
    assert [d for d in diagnostics if d.severity == "error"] == []

    site = build(repo)  # strict
    shown = page(site, "en/interviews/taalcoaches-in-de-wijk/")
    assert "Taalcoaches helpen nieuwkomers" in shown.get_text()
    assert "Say in one or two sentences" not in shown.get_text()
    notice = shown.select_one(".mz-notice--untranslated")
    assert notice is not None, "the original stands in, marked"
    assert shown.html["lang"] == "en"
    dutch_page = page(site, "interviews/taalcoaches-in-de-wijk/")
    assert dutch_page.select_one(".mz-notice--untranslated") is None


def draft_translation_site(tmp_path, config=SITE_CONFIG):
    repo = write_site(tmp_path / "repo", TINY_SITE, config)
    assert cli.main(["--root", str(repo), "new", "interview", "--title", "Taalcoaches in de wijk",
                     "--theme", "work"]) == 0
    (repo / "interviews/taalcoaches-in-de-wijk.md").write_text(DUTCH)
    return repo


def test_the_published_site_does_not_call_the_standing_in_original_a_draft(tmp_path):
    site = build(draft_translation_site(tmp_path))
    for url in ("en/interviews/taalcoaches-in-de-wijk/", "en/interviews/", "en/"):
        shown = page(site, url)
        assert shown.select(".mz-badge--draft") == [], url
        assert shown.select(".mz-notice--draft") == [], url


def test_the_preview_marks_the_draft_translation_as_a_draft(tmp_path):
    preview = SITE_CONFIG.replace("  - magazine\n", "  - magazine:\n      drafts: true\n")
    site = build(draft_translation_site(tmp_path, preview), strict=False)
    english = page(site, "en/interviews/taalcoaches-in-de-wijk/")
    assert english.select_one(".mz-notice--draft") is not None
    dutch = page(site, "interviews/taalcoaches-in-de-wijk/")
    assert dutch.select_one(".mz-notice--draft") is None, "the original is published"
