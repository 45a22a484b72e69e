"""One way to credit a picture, shown under it on the web and in print: `image_credit:` for the
lead picture, `{ credit="..." }` after a picture in the text. A CC BY credit cannot be lost."""

from __future__ import annotations

from conftest import SITE_CONFIG, TINY_SITE, build, page, write_site
from magazine import cli
from test_check_agrees_with_build import PICTURE

CONFIG = SITE_CONFIG + "markdown_extensions:\n  - attr_list\n"
CREDIT = "Foto: Ann de Vries, CC BY 4.0"


def repo(tmp_path, body: str):
    texts = {name: TINY_SITE[name] + "\n" + body + "\n"
             for name in ("essays/werk-eerst.md", "essays/werk-eerst.en.md")}
    root = write_site(tmp_path / "repo", {**TINY_SITE, **texts}, CONFIG)
    (root / "docs/images").mkdir(exist_ok=True)
    (root / "docs/images/zorg.png").write_bytes(PICTURE)
    return root


def test_a_credited_picture_in_the_text_shows_its_credit_in_both_languages(tmp_path, capsys):
    root = repo(tmp_path, f'![Zorg in de wijk](../docs/images/zorg.png "In de wijk"){{ credit="{CREDIT}" }}')
    assert cli.main(["--root", str(root), "check", "--lang", "en"]) == 0
    assert "credit" not in capsys.readouterr().out  # no warning that it is dropped
    site = build(root)
    for url in ("essays/werk-eerst/", "en/essays/werk-eerst/"):
        figure = page(site, url).select_one("figure.mz-picture")
        assert figure.select_one(".mz-picture__credit").get_text() == CREDIT, url
        assert figure.select_one(".mz-picture__caption").get_text() == "In de wijk"
        assert figure.img.get("credit") is None  # not left on the picture itself


def test_a_credit_on_a_picture_within_a_sentence_is_shown_after_it(tmp_path):
    root = repo(tmp_path, f'Kijk: ![Zorg](../docs/images/zorg.png){{ credit="{CREDIT}" }} hier.')
    shown = page(build(root), "essays/werk-eerst/")
    credit = shown.select_one("p .mz-picture__credit")
    assert credit is not None and credit.get_text() == CREDIT
