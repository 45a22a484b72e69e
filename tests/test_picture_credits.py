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


LEAD = "Foto: Bo Jansen, CC BY-SA 4.0"


def credited_repo(tmp_path, dutch: str, english: str):
    """The tiny magazine with a lead picture credited in Dutch, and `dutch` and `english` added
    to the two texts of essays/werk-eerst."""
    root = repo(tmp_path, "")
    (root / "docs/images/lead.png").write_bytes(PICTURE)
    original = TINY_SITE["essays/werk-eerst.md"].replace(
        "session: s1\n", "session: s1\nimage: ../docs/images/lead.png\nimage_alt: Een tafel\n"
        f'image_credit: "{LEAD}"\n')
    (root / "essays/werk-eerst.md").write_text(original + "\n" + dutch + "\n")
    (root / "essays/werk-eerst.en.md").write_text(
        TINY_SITE["essays/werk-eerst.en.md"] + "\n" + english + "\n")
    return root


def printed(root, lang: str):
    """The article as the print edition's HTML gives it to WeasyPrint."""
    from bs4 import BeautifulSoup
    from magazine.content.loader import load_magazine
    from magazine.printing.edition import load_edition
    from magazine.printing.render import Renderer, read_site_settings
    magazine, diagnostics = load_magazine(root)
    assert not [d for d in diagnostics if d.severity == "error"], diagnostics
    settings = read_site_settings(root)
    edition, _ = load_edition(magazine, settings.edition, settings.site_names)
    html = Renderer(magazine, edition, lang, settings).html()
    return BeautifulSoup(html, "html.parser").select_one('article[data-key="essays/werk-eerst"]')


def test_every_credit_is_printed_under_or_beside_its_picture(tmp_path):
    body = (f'![Zorg in de wijk](../docs/images/zorg.png "In de wijk"){{ credit="{CREDIT}" }}\n\n'
            'Kijk: ![Een tafel](../docs/images/lead.png){ credit="Foto: Cas, CC BY 4.0" } hier.\n')
    root = credited_repo(tmp_path, body, body)
    for lang in ("nl", "en"):
        article = printed(root, lang)
        lead = article.select_one("figure:has(img[src*='lead.png'])")
        assert lead.figcaption.get_text(strip=True) == LEAD, lang  # the Dutch credit, in English too
        figure = article.select_one("figure.figure")
        assert figure.select_one(".credit").get_text() == CREDIT
        # A picture within a sentence is no figure: its credit follows it in the line.
        line = article.select_one("p:has(> img)")
        assert line.select_one("img + .credit").get_text() == "Foto: Cas, CC BY 4.0", lang
        assert line.get_text(" ", strip=True) == "Kijk: Foto: Cas, CC BY 4.0 hier."
        assert not article.select("img[credit]")  # none left as an attribute nobody sees


def test_the_lead_pictures_credit_is_under_it_on_the_web_in_both_languages(tmp_path):
    site = build(credited_repo(tmp_path, "", ""))
    for url in ("essays/werk-eerst/", "en/essays/werk-eerst/"):
        lead = page(site, url).select_one("figure:has(img[src*='lead'])")
        assert lead.select_one(".mz-picture__credit").get_text() == LEAD, url


def check_lines(root, capsys, lang: str) -> list[str]:
    capsys.readouterr()
    assert cli.main(["--root", str(root), "check", "--lang", lang]) == 1
    return [line for line in capsys.readouterr().out.splitlines() if "werk-eerst" in line]


def test_a_translation_cannot_drop_a_credit(tmp_path, capsys):
    root = credited_repo(
        tmp_path, f'![Zorg in de wijk](../docs/images/zorg.png){{ credit="{CREDIT}" }}',
        "![Care in the neighbourhood](../docs/images/zorg.png)")
    line = len(TINY_SITE["essays/werk-eerst.en.md"].splitlines()) + 2
    assert check_lines(root, capsys, "en") == [
        f"essays/werk-eerst.en.md:{line}:1: error: the picture '../docs/images/zorg.png' has no "
        f"credit here, but essays/werk-eerst.md credits it: '{CREDIT}' (write it right after the "
        f'picture: {{ credit="{CREDIT}" }})']
    assert check_lines(root, capsys, "nl") == [
        f"essays/werk-eerst.en.md:{line}:1: fout: de afbeelding '../docs/images/zorg.png' heeft "
        f"hier geen naamsvermelding, maar essays/werk-eerst.md wel: '{CREDIT}' (zet hem direct na "
        f'de afbeelding: {{ credit="{CREDIT}" }})']


def test_a_misspelt_credit_is_an_error_with_the_line_to_type(tmp_path, capsys):
    body = f'![Zorg in de wijk](../docs/images/zorg.png){{ credits="{CREDIT}" }}'
    root = credited_repo(tmp_path, body, body)
    line = len(TINY_SITE["essays/werk-eerst.md"].splitlines()) + 5  # three lines of lead picture
    found = [text for text in check_lines(root, capsys, "nl") if text.startswith("essays/werk-eerst.md:")]
    assert found == [
        f"essays/werk-eerst.md:{line}:46: fout: de naamsvermelding bij de afbeelding wordt niet "
        "getoond: 'credits' is niet hoe je die schrijft (schrijf de naamsvermelding direct na de "
        f'afbeelding als {{ credit="{CREDIT}" }})']
    found = [text for text in check_lines(root, capsys, "en") if text.startswith("essays/werk-eerst.md:")]
    assert found == [
        f"essays/werk-eerst.md:{line}:46: error: the picture's credit is not shown: 'credits' is "
        f'not how a credit is written (write the credit right after the picture as '
        f'{{ credit="{CREDIT}" }})']
