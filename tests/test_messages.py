"""The check speaks the magazine's language: every message and fix has its Dutch text."""

from __future__ import annotations

import json

import pytest
from conftest import TINY_SITE, write_site
from magazine import cli
from magazine.content.diagnostics import Diagnostic
from magazine.content.messages import known, line, translate


def corpus(tmp_path, capsys) -> set[tuple[str, str]]:
    """Every (message, fix) the check's own tests make it say."""
    import test_check
    from test_check_agrees_with_build import CASES as BUILD_CASES
    from test_check_agrees_with_build import EDITION_CONFIG, edition
    tables = [(files, None) for _case, files, *_rest in test_check.CASES]
    tables += [(files, config) for _case, files, config, _places in BUILD_CASES]
    tables += [(edition("[essays/nope]"), EDITION_CONFIG), (
        {"docs/editions/e.md": "---\ndate: morgen\ncover: images/nee.jpg\nkaft: x\nsections:\n"
         "  - title: A\n    articles: [essays/werk-eerst, essays/werk-eerst]\n  - title: B\n---\n"},
        EDITION_CONFIG), ({}, EDITION_CONFIG)]
    tables += hostile_tables()
    seen = set()
    for index, (files, config) in enumerate(tables):
        root = test_check.write(tmp_path / f"r{index}", files)
        if config:
            (root / "mkdocs.yml").write_text(config)
        capsys.readouterr()
        cli.main(["--root", str(root), "check", "--format", "json", "--lang", "en"])
        for d in json.loads(capsys.readouterr().out)["diagnostics"]:
            seen.add((d["message"], d["hint"]))
    return seen


def hostile_tables() -> list[tuple[dict[str, str | bytes], str]]:
    """The cases of test_hostile_input.py (issue 26): files the site does not publish, a wrong
    'assets' list, a cut-off picture, odd front matter, a hostile edition file."""
    import test_hostile_input as hostile
    from conftest import SITE_CONFIG
    whole = hostile.jpeg()
    pictures = TINY_SITE["essays/werk-eerst.md"].replace(
        "session: s1\n", "session: s1\nimage: ../docs/images/lead.jpg\nimage_alt: Een tafel\n"
    ) + "\n![Mensen aan tafel](../docs/images/half.jpg)\n"
    edition_config = SITE_CONFIG.replace("  - magazine\n", "  - magazine:\n      edition: e\n")
    return [
        ({"docs/assets/own.js": "//\n", "docs/assets/own.css": "body {}\n",
          **{path: text for path, (text, _) in hostile.HOSTILE_FILES.items()}},
         hostile.ASSETS_CONFIG),
        ({"docs/assets/page.html": "<p>x</p>"}, hostile.ASSETS_CONFIG.replace(
            "[assets/own.js, assets/own.css]", "[assets/gone.css, assets/page.html, ../mkdocs.yml]")),
        ({"essays/werk-eerst.md": pictures, "docs/images/lead.jpg": whole[: len(whole) // 2],
          "docs/images/half.jpg": whole[: len(whole) // 2]}, None),
        (hostile.ODD_FILES, hostile.EDITION_CONFIG),
        ({"docs/editions/e.md": "---\ntitle: \"E\nsections: []\n---\n"}, hostile.EDITION_CONFIG),
        ({"essays/adressen.md": hostile.ADDRESS_ARTICLE, "docs/editions/e.md": hostile.HOSTILE_EDITION,
          "docs/colophon.md": "---\ntitle: Colofon\n---\nGemaakt door ons.\n"}, edition_config),
    ]


def test_every_message_the_check_gives_has_its_dutch_text(tmp_path, capsys):
    said = corpus(tmp_path, capsys)
    assert len(said) > 80
    untranslated = sorted(text for pair in said for text in pair if not known(text))
    assert untranslated == []


@pytest.mark.parametrize(("english", "dutch"), [
    ("'date' 2019-02-30 does not exist: February 2019 has 28 days, not 30",
     "'date' 2019-02-30 bestaat niet: februari 2019 heeft 28 dagen, niet 30"),
    ("'title' must be text, not a number", "'title' moet tekst zijn, geen getal"),
    ("there is no theme 'werk'", "er is geen thema 'werk'"),
    ("did you mean 'work'?", "bedoel je 'work'?"),
    ("write status: draft", "schrijf status: draft"),
    ("this line of the fields cannot be read as 'name: value'",
     "deze regel van de velden is niet te lezen als 'naam: waarde'"),
    ("write themes: [work, health]", "schrijf themes: [work, health]"),
    ("something new", "something new"),  # without a row: as it is, never lost
])
def test_translations(english, dutch):
    assert translate(english, "nl") == dutch
    assert translate(english, "en") == english


def test_a_line_of_the_check_in_dutch():
    d = Diagnostic("essays/x.md", 6, 1, "error", "there is no theme 'werk'", "did you mean 'work'?")
    assert line(d, "nl") == "essays/x.md:6:1: fout: er is geen thema 'werk' (bedoel je 'work'?)"
    assert line(d, "en") == str(d)


def test_magazine_check_speaks_the_magazines_language(tmp_path, capsys):
    text = TINY_SITE["essays/werk-eerst.md"].replace("themes: [work]", "themes: [werk]")
    root = write_site(tmp_path / "repo", {**TINY_SITE, "essays/werk-eerst.md": text})
    assert cli.main(["--root", str(root), "check"]) == 1
    out = capsys.readouterr().out
    assert "essays/werk-eerst.md:6:1: fout: er is geen thema 'werk' (schrijf themes: [work])" in out
    assert "3 artikelen gecontroleerd: 1 fout, 1 waarschuwing" in out
    assert cli.main(["--root", str(root), "check", "--lang", "en"]) == 1
    out = capsys.readouterr().out
    assert "essays/werk-eerst.md:6:1: error: there is no theme 'werk' (write themes: [work])" in out
    assert "3 articles checked: 1 error, 1 warning" in out


def test_magazine_changed_speaks_the_magazines_language(tmp_path, capsys):
    """`magazine changed` in a pull request that changes no article: said in Dutch."""
    import subprocess

    root = write_site(tmp_path / "repo", TINY_SITE)
    git = ["git", "-C", str(root), "-c", "user.name=T", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "base"], check=True)
    assert cli.main(["--root", str(root), "changed", "--since", "HEAD"]) == 0
    assert capsys.readouterr().out.strip() == "Geen artikel veranderd."
