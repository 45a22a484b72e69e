"""One set of rules: each mistake is found by `magazine check` and stops `mkdocs build --strict`
with the same words at the same file, line and column, and the build says nothing else."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SITE_CONFIG, TINY_SITE, build, write_site
from magazine import cli
from magazine.content.diagnostics import Diagnostic
from magazine.content.messages import line as message_line
from mkdocs.exceptions import Abort

ARTICLE = ("---\ntitle: Goed\nsummary: Een goed artikel.\ndate: 2019-05-14\nauthors: [Ann]\n"
           "themes: [work]\n---\n")
ENGLISH = "---\ntitle: Good\nsummary: A good article.\n---\nText.\n"
# Without the PDFs, for speed; the case of the pictures makes them, where the print edition could
# blame the same line again.
CONFIG = SITE_CONFIG.replace("  - magazine\n", "  - magazine:\n      pdf: false\n")
EDITION_CONFIG = SITE_CONFIG.replace(
    "  - magazine\n", "  - magazine:\n      edition: e\n      pdf: false\n")


def article(body: str = "Tekst.\n", **fields: str) -> dict[str, str]:
    text = ARTICLE
    for key, value in fields.items():
        text = text.replace(f"{key}: ", f"{key}: {value} #", 1)
    return {"essays/x.md": text + body, "essays/x.en.md": ENGLISH}


def edition(articles: str) -> dict[str, str]:
    return {"docs/editions/e.md": f"---\ntitle: E\ndate: 2020-06-01\nsections:\n"
                                  f"  - title: Een\n    articles: {articles}\n---\n"}


# (name, files on top of the tiny site, mkdocs.yml, the check's errors as `path:line:col`)
CASES = [
    ("link without ../", article("Zie [zorg](interviews/zorg.md).\n"), CONFIG,
     ["essays/x.md:8:12"]),
    ("link copied from the browser", article("Over [werk](/themes/work/).\n"), CONFIG,
     ["essays/x.md:8:13"]),
    ("site address copied from the browser",
     article("[x](https://example.org/en/essays/werk-eerst/)\n"), CONFIG,
     ["essays/x.md:8:5"]),
    ("heading that is not there", article("[zorg](../interviews/zorg.md#nope)\n"), CONFIG,
     ["essays/x.md:8:8"]),
    ("heading of the page itself", article("## Begin\n\n[b](#begn) [goed](#begin)\n"),
     CONFIG, ["essays/x.md:10:5"]),
    ("heading of a docs page", {"docs/themes/work.md": "---\ntitle: Werk\n---\n## Een\n"
                                "[x](../index.md#twee) [y](index.md#nee)\n"}, CONFIG,
     ["docs/themes/work.md:5:5", "docs/themes/work.md:5:27"]),
    ("docs page front matter", {"docs/about.md": "---\ntitle: Over: ons\n---\nTekst.\n"},
     CONFIG, ["docs/about.md:2:12"]),
    ("docs page link without ../",
     {"docs/themes/work.md": "---\ntitle: Werk\n---\n[e](essays/werk-eerst.md)\n"}, CONFIG,
     ["docs/themes/work.md:4:5"]),
    ("article links a docs page", article("[thuis](../docs/index.md) [nee](../docs/over.md)\n"),
     CONFIG, ["essays/x.md:8:33"]),
    ("edition names no article", edition("[essays/werk-eerst, essays/nope]"), EDITION_CONFIG,
     ["docs/editions/e.md:6:1"]),
    ("edition names a draft", {**edition("[essays/concept]"),
                               "essays/concept.md": ARTICLE.replace("title: Goed", "title: C\n"
                                                                    "status: draft")},
     EDITION_CONFIG, ["docs/editions/e.md:6:1"]),
    ("every problem of a file", article("[a](/themes/work/)\n", date="2019-02-30",
                                        themes="[wrk]"),
     CONFIG, ["essays/x.md:4:1", "essays/x.md:6:1", "essays/x.md:8:5"]),
    ("unclosed quote", article(title='"Goed'), CONFIG, ["essays/x.md:2:8"]),
    ("template's summary", article(summary='"Vat hier in een of twee zinnen samen, ja."'),
     CONFIG, ["essays/x.md:3:1"]),
    ("file name with diacritics", {"essays/Café.md": ARTICLE}, CONFIG,
     ["essays/Café.md:1:1"]),
    (".markdown file", {"essays/y.markdown": ARTICLE}, CONFIG, ["essays/y.markdown:1:1"]),
    ("subfolder", {"essays/oud/y.md": ARTICLE}, CONFIG, ["essays/oud:1:1"]),
    ("pictures in the text", {**article("![a](../docs/images/nee.png) ![b](images/zorg.png) "
                                        "![c](/images/zorg.png) ![d](../docs/images/zorg.png)\n"),
                              "docs/about.md": "![e](images/nee.png) ![f](images/zorg.png)\n"},
     SITE_CONFIG, ["docs/about.md:1:6", "essays/x.md:8:6", "essays/x.md:8:35",
                   "essays/x.md:8:57"]),
]


PICTURE = (Path(__file__).parent.parent / "plugins/magazine/site/templates/magazine/"
           "social-card.png").read_bytes()


@pytest.mark.allow_warnings
@pytest.mark.parametrize(("files", "config", "places"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_check_and_strict_build_agree(tmp_path, capsys, no_unexpected_warnings, files, config,
                                      places):
    root = write_site(tmp_path / "repo", {**TINY_SITE, **files}, config)
    (root / "docs/images").mkdir(exist_ok=True)
    (root / "docs/images/zorg.png").write_bytes(PICTURE)
    code = cli.main(["--root", str(root), "check", "--format", "json"])
    errors = [d for d in json.loads(capsys.readouterr().out)["diagnostics"]
              if d["severity"] == "error"]
    assert [f"{d['path']}:{d['line']}:{d['col']}" for d in errors] == places
    assert code == (1 if places else 0)
    # The build speaks the magazine's language (Dutch here), as `magazine check` does.
    expected = [message_line(Diagnostic(**d), "nl") for d in errors]
    if places:
        # Ours, and the one line that says the failed build published nothing (atomic_output).
        with pytest.raises(Abort, match=rf"Aborted with {len(places) + 1} errors in strict mode"):
            build(root, strict=True)
    else:
        build(root, strict=True)
    said = [r.getMessage().removeprefix("magazine: ") for r in no_unexpected_warnings.records
            if not r.name.endswith("atomic_output")]
    assert sorted(said) == sorted(expected)  # the same words and places, and nothing else


def test_a_picture_in_the_text_of_an_article_is_shown(tmp_path):
    from conftest import page
    root = write_site(tmp_path / "repo", {**TINY_SITE, **article(
        "![Zorg in de wijk](../docs/images/zorg.png)\n")})
    (root / "docs/images").mkdir()
    (root / "docs/images/zorg.png").write_bytes(PICTURE)
    site = build(root)
    image = page(site, "essays/x").find("img", alt="Zorg in de wijk")
    shown = (site / "essays/x" / image["src"]).resolve()  # a web version made from the original
    assert shown.is_file() and shown.parent == (site / "images").resolve()
    assert shown.name.startswith("zorg-")
