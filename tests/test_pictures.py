"""Pictures end to end: the checks (file, line, fix), the processing (widths, formats, metadata,
orientation, cache), the pages that show them, the sharing card and the print edition."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from conftest import TINY_SITE, add_files, build, page, write_site
from magazine.content.loader import load_magazine
from magazine.content.pictures import Original, fitness
from magazine.printing.edition import load_edition
from magazine.printing.render import Renderer, read_site_settings
from magazine.site.pictures.maker import PictureMaker
from PIL import Image
from readers_site import READERS_CONFIG, readers_files

GPS = 0x8825
ORIENTATION = 0x0112


def photo(width: int = 1600, height: int = 1000, orientation: int | None = None,
          fmt: str = "JPEG", mode: str = "RGB") -> bytes:
    """A picture as a camera writes it: with EXIF, a GPS position and XMP."""
    image = Image.new(mode, (width, height), (200, 80, 40, 255)[: len(mode)])
    for x in range(0, width, 50):  # something to scale, not one flat colour
        image.paste((20, 90, 160, 255)[: len(mode)], (x, 0, x + 10, height))
    exif = Image.Exif()
    exif[0x010F] = "CameraMaker"
    if orientation:
        exif[ORIENTATION] = orientation
    exif[GPS] = {1: "N", 2: (52.0, 2.0, 3.0), 3: "E", 4: (5.0, 40.0, 1.0)}
    buffer = io.BytesIO()
    options = {"exif": exif.tobytes()}
    if fmt in ("JPEG", "WEBP"):
        options["xmp"] = b'<x:xmpmeta xmlns:x="adobe:ns:meta/">Ede, Gelderland</x:xmpmeta>'
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def article(extra: str = "", body: str = "Tekst.\n") -> str:
    return ("---\ntitle: Met beeld\nsummary: Een artikel met een foto.\ndate: 2021-01-01\n"
            f"authors: [Ann]\nthemes: [work]\n{extra}---\n{body}")


LEAD = ("image: ../docs/images/tafel.jpg\nimage_alt: Mensen aan een tafel\n"
        "image_credit: Foto Ann, CC BY 4.0\n")


def repo(tmp_path: Path, files: dict[str, str | bytes], readers: bool = False) -> Path:
    """The tiny site with a photo in docs/images/ and `files`; `readers`: with the repository's
    overrides (the sharing data in the page head) and CSS."""
    root = write_site(tmp_path / "repo", *((readers_files(), READERS_CONFIG) if readers
                                            else (TINY_SITE,)))
    (root / "docs/images").mkdir(parents=True, exist_ok=True)
    (root / "docs/images/tafel.jpg").write_bytes(photo())
    return add_files(root, files)


# -- checks: the same for `magazine check` and the build ---------------------------------------

# (name, files, path, line, col, severity, message part, hint part)
CHECKS = [
    ("missing in text", {"essays/x.md": article(body="Kijk:\n\n![Een grafiek](../docs/images/nee.png)\n")},
     "essays/x.md", 10, 16, "error", "the picture '../docs/images/nee.png' does not exist",
     "put the picture in docs/images/"),
    ("outside the repository", {"essays/x.md": article(body="![Wachtwoorden](../../../../etc/passwd)\n")},
     "essays/x.md", 8, 17, "error", "lies outside the repository", "docs/images/"),
    ("empty alt text", {"essays/x.md": article(body="Tekst.\n![](../docs/images/tafel.jpg)\n")},
     "essays/x.md", 9, 1, "error", "has no alt text", "![A sentence on what it shows]"),
    ("alt text of spaces", {"essays/x.md": article(body="![  ](../docs/images/tafel.jpg)\n")},
     "essays/x.md", 8, 1, "error", "has no alt text", "between the square brackets"),
    ("not an image", {"essays/x.md": article(body="![Tekst](../docs/images/nep.jpg)\n"),
                      "docs/images/nep.jpg": "dit is geen foto"},
     "essays/x.md", 8, 10, "error", "'docs/images/nep.jpg' is not a picture that can be read",
     "save it as JPEG, PNG or WebP"),
    ("from the web", {"essays/x.md": article(body="![Logo](https://example.org/logo.png)\n")},
     "essays/x.md", 8, 9, "error", "is on the web; the build fetches nothing", "docs/images/"),
    ("too small in text", {"essays/x.md": article(body="![Klein](../docs/images/klein.png)\n"),
                           "docs/images/klein.png": photo(120, 80, fmt="PNG")},
     "essays/x.md", 8, 10, "error", "120x80 pixels, too small for a picture in the text",
     "at least 320 pixels wide"),
    ("lead too small", {"essays/x.md": article("image: ../docs/images/klein.jpg\nimage_alt: Klein\n"),
                        "docs/images/klein.jpg": photo(640, 400)},
     "essays/x.md", 7, 1, "error", "640x400 pixels, too small for a lead picture",
     "at least 800x420 pixels"),
    ("decompression bomb", {"essays/x.md": article(body="![Wit vlak](../docs/images/bom.png)\n"),
                            "docs/images/bom.png": photo(9000, 9000, fmt="PNG", mode="1")},
     "essays/x.md", 8, 13, "error", "has too many pixels to publish (more than 50 million)",
     "about 2400 pixels wide"),
    ("cut off in the text", {"essays/x.md": article(body="![Tafel](../docs/images/half.jpg)\n"),
                             "docs/images/half.jpg": photo()[:6000]},
     "essays/x.md", 8, 10, "error", "'docs/images/half.jpg' is damaged: the picture breaks off "
     "before its end", "save it again as JPEG, PNG or WebP"),
    ("cut off as lead", {"essays/x.md": article("image: ../docs/images/half.png\nimage_alt: T\n"),
                         "docs/images/half.png": photo(1600, 1000, fmt="PNG")[:3000]},
     "essays/x.md", 7, 1, "error", "'docs/images/half.png' is damaged", "upload it again"),
    ("lead without alt text", {"essays/x.md": article("image: ../docs/images/tafel.jpg\n")},
     "essays/x.md", 7, 1, "error", "the lead picture has no alt text", "image_alt"),
    ("lead written from docs/", {"essays/x.md": article("image: images/tafel.jpg\nimage_alt: T\n")},
     "essays/x.md", 7, 1, "error", "the picture 'images/tafel.jpg' does not exist",
     "write ../docs/images/tafel.jpg"),
    ("in an English file", {"essays/werk-eerst.en.md": TINY_SITE["essays/werk-eerst.en.md"]
                            + "\n![](../docs/images/tafel.jpg)\n"},
     "essays/werk-eerst.en.md", 7, 1, "error", "has no alt text", "square brackets"),
    ("in a hand-written page", {"docs/about.md": "# Over ons\n\n![Ons team](images/team.jpg)\n"},
     "docs/about.md", 3, 13, "error", "the picture 'images/team.jpg' does not exist",
     "docs/images/"),
]


@pytest.mark.parametrize(("files", "path", "line", "col", "severity", "message", "hint"),
                         [case[1:] for case in CHECKS], ids=[case[0] for case in CHECKS])
def test_each_picture_check(tmp_path, files, path, line, col, severity, message, hint):
    _, diagnostics = load_magazine(repo(tmp_path, files))
    found = [d for d in diagnostics if message in d.message]
    assert found, "\n".join(map(str, diagnostics))
    assert (found[0].path, found[0].line, found[0].col, found[0].severity) == (path, line, col,
                                                                               severity)
    assert hint in found[0].hint


def test_a_symlink_out_of_the_repository_is_refused_before_reading(tmp_path):
    secret = tmp_path / "secret.jpg"
    secret.write_bytes(photo())
    root = repo(tmp_path, {"essays/x.md": article(body="![Geheim](../docs/images/link.jpg)\n")})
    os.symlink(secret, root / "docs/images/link.jpg")
    _, diagnostics = load_magazine(root)
    assert [d.message for d in diagnostics if "link.jpg" in d.message] == [
        "the picture '../docs/images/link.jpg' lies outside the repository"]


def test_good_pictures_give_no_message_and_the_lead_is_known(tmp_path):
    root = repo(tmp_path, {
        "essays/x.md": article(LEAD, "![Een tafel](../docs/images/tafel.jpg \"Aan tafel\")\n"),
        "essays/x.en.md": "---\ntitle: With a picture\nsummary: A piece.\nimage_alt: People at a table\n"
                          "---\n![A table](../docs/images/tafel.jpg)\n",
    })
    magazine, diagnostics = load_magazine(root)
    assert [d for d in diagnostics if "picture" in d.message] == []
    x = magazine.article("essays/x")
    assert x.image == "docs/images/tafel.jpg"
    assert (x.versions["nl"].image_alt, x.versions["en"].image_alt) == ("Mensen aan een tafel",
                                                                        "People at a table")
    assert x.versions["en"].image_credit == "Foto Ann, CC BY 4.0"  # the original's, by default


def test_a_huge_original_is_a_warning_with_its_size():
    [problem] = fitness(Original("docs/images/groot.jpg", 9000, 6000, "JPEG", 12 * 1_048_576),
                        lead=True)
    assert problem.severity == "warning"
    assert "12.0 MB, 9000x6000 pixels" in problem.message


@pytest.mark.allow_warnings
def test_the_build_reports_what_the_check_reports(tmp_path):
    from mkdocs.exceptions import Abort
    root = repo(tmp_path, {"essays/x.md": article(body="![](../docs/images/tafel.jpg)\n")})
    _, diagnostics = load_magazine(root)
    expected = [str(d) for d in diagnostics if d.severity == "error"]
    assert expected == ["essays/x.md:8:1: error: the picture '../docs/images/tafel.jpg' has no alt "
                        "text (write what it shows between the square brackets: ![A sentence on "
                        "what it shows](../docs/images/tafel.jpg))"]
    with pytest.raises(Abort):
        build(root, strict=True)


# -- processing ------------------------------------------------------------------------------


def test_processing_turns_the_picture_upright_and_leaves_out_all_metadata(tmp_path):
    (tmp_path / "docs/images").mkdir(parents=True)
    # A camera held upright writes 1600x1000 pixels and "turn a quarter" in the EXIF.
    (tmp_path / "docs/images/foto.jpg").write_bytes(photo(1600, 1000, orientation=6))
    made = PictureMaker(tmp_path, tmp_path / "cache").renditions("docs/images/foto.jpg")
    assert (made.width, made.height) == (1000, 1600)
    assert [c.width for c in made.fallback] == [400, 800, 1000]
    assert [c.width for c in made.modern] == [400, 800, 1000]
    assert made.fallback_type == "image/jpeg"
    for url in made.files():
        with Image.open(tmp_path / "cache" / Path(url).name) as out:
            assert not out.getexif(), url
            assert not {"exif", "xmp", "XML:com.adobe.xmp", "comment"} & set(out.info), url
            data = (tmp_path / "cache" / Path(url).name).read_bytes()
            assert b"Ede, Gelderland" not in data and b"CameraMaker" not in data
            if url.endswith("-share.jpg"):
                assert out.size == (1200, 630)
            else:
                assert out.format == ("WEBP" if url.endswith(".webp") else "JPEG")
                assert out.size[0] == int(url.rsplit("-", 1)[1].split(".")[0])
                assert out.size[1] > out.size[0]  # upright


def test_a_transparent_png_keeps_its_transparency(tmp_path):
    (tmp_path / "docs/images").mkdir(parents=True)
    (tmp_path / "docs/images/logo.png").write_bytes(photo(900, 500, fmt="PNG", mode="RGBA"))
    made = PictureMaker(tmp_path, tmp_path / "cache").renditions("docs/images/logo.png")
    assert made.fallback_type == "image/png"
    assert [c.width for c in made.fallback] == [400, 800, 900]
    with Image.open(tmp_path / "cache" / Path(made.src).name) as out:
        assert out.mode == "RGBA"


def test_an_unchanged_picture_is_not_processed_again(tmp_path, monkeypatch):
    (tmp_path / "docs/images").mkdir(parents=True)
    (tmp_path / "docs/images/foto.jpg").write_bytes(photo())
    first = PictureMaker(tmp_path, tmp_path / "cache").renditions("docs/images/foto.jpg")
    times = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "cache").iterdir()}

    def no_decoding(*args, **kwargs):
        raise AssertionError("decoded again")

    monkeypatch.setattr("magazine.site.pictures.maker.Image.open", no_decoding)
    again = PictureMaker(tmp_path, tmp_path / "cache").renditions("docs/images/foto.jpg")
    assert again == first
    assert {p.name: p.stat().st_mtime_ns for p in (tmp_path / "cache").iterdir()} == times


def test_a_changed_picture_gets_new_addresses(tmp_path):
    (tmp_path / "docs/images").mkdir(parents=True)
    file = tmp_path / "docs/images/foto.jpg"
    file.write_bytes(photo())
    first = PictureMaker(tmp_path, tmp_path / "cache").renditions("docs/images/foto.jpg")
    file.write_bytes(photo(1200, 900))
    second = PictureMaker(tmp_path, tmp_path / "cache").renditions("docs/images/foto.jpg")
    assert first.src != second.src  # a reader's browser never shows the old one from its cache
    assert second.width == 1200


# -- the site ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def picture_site(tmp_path_factory) -> tuple[Path, Path]:
    root = repo(tmp_path_factory.mktemp("pictures"), {
        "essays/werk-eerst.md": article(
            LEAD + "session: s1\n",
            "Intro.\n\n![Een tafel vol papier](../docs/images/tafel.jpg \"Aan tafel in Ede\")\n\n"
                  "Een klein ![icoon](../docs/images/tafel.jpg) in de zin.\n"),
        "essays/werk-eerst.en.md": (
            "---\ntitle: With a picture\nsummary: A piece with a photo.\n"
            "image_alt: People at a table\n---\n"
            "Intro.\n\n![A table full of paper](../docs/images/tafel.jpg \"At a table in Ede\")\n"),
    }, readers=True)
    return root, build(root)


def test_the_article_shows_its_lead_picture_with_alt_and_credit(picture_site):
    _, site = picture_site
    for url, alt in (("essays/werk-eerst/", "Mensen aan een tafel"),
                     ("en/essays/werk-eerst/", "People at a table")):
        figure = page(site, url).select_one("figure.mz-article__picture")
        img = figure.select_one("picture img")
        assert img["alt"] == alt
        assert (img["width"], img["height"]) == ("1600", "1000")
        assert "loading" not in img.attrs  # the lead is in view at once
        assert figure.select_one("source")["type"] == "image/webp"
        assert figure.select_one("source")["srcset"].count("w,") == 3  # four widths
        assert "Foto Ann, CC BY 4.0" in figure.figcaption.get_text()
        for candidate in img["srcset"].split(", "):
            address, width = candidate.split(" ")
            assert (site / url / address).resolve().is_file(), address
            assert width.endswith("w")


def test_pictures_in_the_text_become_figures_with_their_caption(picture_site):
    _, site = picture_site
    body = page(site, "essays/werk-eerst/").select_one(".mz-article__body")
    [figure] = body.select("figure")
    assert figure.parent.name != "p"
    assert figure.img["alt"] == "Een tafel vol papier"
    assert figure.img["loading"] == "lazy"
    assert figure.figcaption.get_text(strip=True) == "Aan tafel in Ede"
    # Made by us after the sanitiser: the widths and the WebP source are all there.
    assert figure.select_one("picture source")["type"] == "image/webp"
    assert figure.img["srcset"].count(" ") >= 7 and figure.img["sizes"]
    assert "mzpicture" not in str(body)  # no token left behind
    inline = body.select("p picture img")
    assert [i["alt"] for i in inline] == ["icoon"]
    english = page(site, "en/essays/werk-eerst/").select_one(".mz-article__body figure")
    assert english.img["alt"] == "A table full of paper"
    assert english.figcaption.get_text(strip=True) == "At a table in Ede"


def test_cards_show_the_picture_or_the_kinds_placeholder(picture_site):
    _, site = picture_site
    for url in ("essays/", "themes/work/", "en/sessions/s1/"):
        card = page(site, url).select_one('.mz-card[data-kind="essays"]')
        img = card.select_one(".mz-card__picture img")
        assert img is not None, url
        assert img["alt"] == "" and img["loading"] == "lazy"
    for url in ("", "en/"):  # the newest piece leads the front page, its picture large
        img = page(site, url).select_one('.mz-lead-story[data-kind="essays"] img')
        assert img is not None, url
        assert img["alt"] == "" and "loading" not in img.attrs
    other = page(site, "interviews/").select_one(".mz-card")
    assert other.select_one(".mz-placeholder--interviews") is not None


def test_the_sharing_card_is_the_articles_own_crop(picture_site):
    _, site = picture_site
    soup = page(site, "en/essays/werk-eerst/")
    image = soup.find("meta", property="og:image")["content"]
    assert image.startswith("https://example.org/images/") and image.endswith("-share.jpg")
    assert soup.find("meta", property="og:image:alt")["content"] == "People at a table"
    with Image.open(site / image.removeprefix("https://example.org/")) as shared:
        assert shared.size == (1200, 630)
    assert soup.find("meta", attrs={"name": "twitter:image"})["content"] == image


def test_originals_are_not_published(picture_site):
    root, site = picture_site
    original = (root / "docs/images/tafel.jpg").read_bytes()
    published = [p for p in site.rglob("*") if p.is_file()]
    assert not [p for p in published if p.name == "tafel.jpg"]
    assert not [p for p in published if p.suffix in (".jpg", ".webp") and p.read_bytes() == original]
    assert not [p for p in published if b"Ede, Gelderland" in p.read_bytes()]


# -- the print edition -----------------------------------------------------------------------


def test_the_print_edition_uses_the_original_file(tmp_path):
    root = repo(tmp_path, {"essays/werk-eerst.md": article(
        LEAD, "![Een tafel](../docs/images/tafel.jpg \"Aan tafel\")\n")})
    magazine, _ = load_magazine(root)
    settings = read_site_settings(root)
    edition, _ = load_edition(magazine, None, settings.site_names)
    renderer = Renderer(magazine, edition, "nl", settings)
    html = renderer.html()
    assert 'src="docs/images/tafel.jpg"' in html  # the original, inside the repository
    assert not [d for d in renderer.report.items if "tafel" in d.message]


@pytest.mark.parametrize("name", ["CONTRIBUTING.md"])
def test_every_picture_message_is_explained_to_editors(tmp_path, name):
    """In CONTRIBUTING's table, and in Dutch in the check's own words (content/messages.py)."""
    from magazine.content.messages import known
    from test_check import documented_messages
    patterns = documented_messages(name)
    messages = [problem.message for problem in fitness(
        Original("docs/images/x.jpg", 9000, 100, "JPEG", 12 * 1_048_576), lead=True)]
    for index, (_case, files, *_rest) in enumerate(CHECKS):
        messages += [d.message for d in load_magazine(repo(tmp_path / f"r{index}", files))[1]]
    for message in messages:
        assert any(p.match(message) for p in patterns), message
        assert known(message), message


def test_the_printed_edition_carries_no_camera_data(tmp_path):
    from magazine.printing.pdf import make_pdfs

    root = repo(tmp_path, {"essays/werk-eerst.md": article(
        LEAD, "![Een tafel](../docs/images/tafel.jpg \"Aan tafel\")\n")})
    magazine, _ = load_magazine(root)
    result = make_pdfs(magazine, "nl", tmp_path / "out" / "m.pdf", None)
    data = Path(result.screen).read_bytes()
    assert b"/DCTDecode" in data  # the picture is in it
    assert b"CameraMaker" not in data and b"Ede, Gelderland" not in data and b"Exif\0\0" not in data


def test_a_picture_cache_brought_by_a_pull_request_is_not_read(tmp_path, render_cache):
    """A pull request can bring files into any folder of the repository, even one git ignores
    (`git add -f`, the web editor). A picture cache there, with exactly the names the build gives
    the picture's web versions but other pictures in them (one with its GPS position, say), is
    not read: the build keeps its cache outside the repository and publishes the files it made."""
    import hashlib
    import json

    from magazine.site.pictures import maker as pictures

    data = photo()
    digest = hashlib.sha256(pictures.VERSION.encode() + data).hexdigest()[:16]
    clean = build(repo(tmp_path / "clean", {"essays/werk-eerst.md": article(LEAD)}))
    made = {p.name: p.read_bytes() for p in (clean / "images").iterdir()}
    assert made and all(name.startswith(f"tafel-{digest}-") for name in made)
    assert (render_cache / "pictures" / f"tafel-{digest}.json").is_file()  # the cache in use

    forged_picture = photo(width=400, height=400)  # another picture, GPS position and all
    brought = {f".cache/pictures/{name}": forged_picture for name in made}
    brought[f".cache/pictures/tafel-{digest}.json"] = (
        render_cache / "pictures" / f"tafel-{digest}.json").read_text(encoding="utf-8")
    root = repo(tmp_path, {"essays/werk-eerst.md": article(LEAD), **brought})
    before = sorted(p.relative_to(root) for p in root.rglob("*"))
    site = build(root)
    published = {p.name: p.read_bytes() for p in (site / "images").iterdir()}
    assert published == made  # the build's own files, not the brought ones
    assert forged_picture not in published.values()
    assert sorted(p.relative_to(root) for p in root.rglob("*")
                  if not p.is_relative_to(site)) == before  # nothing written into the repository
    assert json.loads(brought[f".cache/pictures/tafel-{digest}.json"])  # a real manifest was brought


def test_a_cache_manifest_that_names_other_files_is_not_believed(tmp_path):
    """Behind the cache's place outside the repository, a second wall: a manifest that names files
    outside the site's `images/`, or another host, was not made by the build. It is not believed;
    the picture is made anew, and nothing is written outside the site."""
    import hashlib
    import json

    from magazine.site.pictures import maker as pictures

    data = photo()
    digest = hashlib.sha256(pictures.VERSION.encode() + data).hexdigest()[:16]
    cache = tmp_path / "cache"
    cache.mkdir()
    forged = {"width": 1600, "height": 1000, "fallback_type": "image/jpeg",
              "fallback": [["../../escaped.sh", 1600]],
              "modern": [["https://tracker.example/pixel.webp", 1600]],
              "share": "images/../../../escaped.sh"}
    (cache / f"tafel-{digest}.json").write_text(json.dumps(forged), encoding="utf-8")
    (cache / "escaped.sh").write_text("echo owned\n", encoding="utf-8")
    (cache / "pixel.webp").write_text("not a picture", encoding="utf-8")
    (tmp_path / "docs/images").mkdir(parents=True)
    (tmp_path / "docs/images/tafel.jpg").write_bytes(data)
    maker = PictureMaker(tmp_path, cache)
    made = maker.renditions("docs/images/tafel.jpg")
    assert made is not None
    files = made.files()
    assert files and all(url.startswith(f"images/tafel-{digest}-") for url in files)
    site = tmp_path / "site"
    maker.publish(site)
    assert list(tmp_path.rglob("escaped.sh")) == [cache / "escaped.sh"]  # the planted file only
    assert sorted(p.name for p in (site / "images").iterdir()) == sorted(
        url.removeprefix("images/") for url in files)
    with Image.open(site / next(url for url in files if url.endswith(".webp"))) as out:
        assert out.format == "WEBP"  # made here, not the planted file
