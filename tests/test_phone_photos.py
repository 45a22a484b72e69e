"""Photos as phones send them: HEIC is accepted and published as WebP and JPEG; an original that
tells where it was taken or which camera took it is named by the check, and one command
(`magazine pictures --clean`) removes that and shrinks a huge original in place."""

from __future__ import annotations

from pathlib import Path

from conftest import TINY_SITE, build, page, write_site
from magazine import cli
from magazine.content.loader import load_magazine
from magazine.printing.fetcher import RepositoryFetcher
from PIL import Image


def photo(path: Path, size: tuple[int, int], *, camera_data: bool) -> None:
    """A photo as a phone makes it: with GPS and the camera's serial number, if asked."""
    exif = Image.Exif()
    if camera_data:
        exif.get_ifd(0x8825).update({1: "N", 2: (52.0, 1.0, 2.0)})
        exif.get_ifd(0x8769)[0xA431] = "SN-12345"
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", size, (40, 120, 200)).save(path, exif=exif)


def repo(tmp_path: Path, picture: str) -> Path:
    text = TINY_SITE["essays/werk-eerst.md"].replace(
        "session: s1\n", f"session: s1\nimage: ../docs/images/{picture}\nimage_alt: Een tafel\n")
    return write_site(tmp_path / "repo", {**TINY_SITE, "essays/werk-eerst.md": text})


def warnings_about(root: Path, name: str) -> list[str]:
    _, diagnostics = load_magazine(root, include_drafts=True)
    return [f"{d.message} ({d.hint})" for d in diagnostics if name in d.message]


def test_a_heic_photo_is_published_as_webp_and_jpeg_and_printed(tmp_path):
    root = repo(tmp_path, "tafel.heic")
    photo(root / "docs/images/tafel.heic", (1600, 1000), camera_data=False)
    assert warnings_about(root, "tafel") == []
    site = build(root)
    shown = page(site, "essays/werk-eerst/").select_one(".mz-article picture, picture")
    sources = shown.source["srcset"] + shown.img["srcset"]
    assert ".webp" in sources and ".jpg" in sources and ".heic" not in sources
    assert not list(site.rglob("*.heic"))  # the original is not published
    fetched = RepositoryFetcher(root).fetch((root / "docs/images/tafel.heic").as_uri())
    assert fetched.headers["Content-Type"] == "image/jpeg"  # the print edition reads a JPEG



def test_a_phone_photo_is_converted_once_for_the_edition(tmp_path, monkeypatch):
    """The edition is laid out more than once (the front again with its page numbers): a HEIC
    photo on the cover is converted to JPEG once, not once per layout."""
    from magazine.printing import fetcher

    root = repo(tmp_path, "tafel.heic")
    photo(root / "docs/images/tafel.heic", (1600, 1000), camera_data=False)
    converted = []
    monkeypatch.setattr(fetcher, "as_jpeg", lambda data: converted.append(1) or b"jpeg")
    serving = RepositoryFetcher(root)
    address = (root / "docs/images/tafel.heic").as_uri()
    assert serving.fetch(address).read() == serving.fetch(address).read() == b"jpeg"
    assert converted == [1]

def test_the_check_names_a_location_and_a_serial_number_and_the_command(tmp_path):
    root = repo(tmp_path, "tafel.jpg")
    photo(root / "docs/images/tafel.jpg", (1600, 1000), camera_data=True)
    assert warnings_about(root, "tafel") == [
        "'docs/images/tafel.jpg' carries the place it was taken (GPS) and the camera's serial "
        "number; the site leaves it out, but anyone can download the original from the "
        "repository (remove it with: magazine pictures --clean)"]


def test_magazine_pictures_clean_removes_them_and_shrinks_a_huge_original(tmp_path, capsys):
    root = repo(tmp_path, "tafel.jpg")
    photo(root / "docs/images/tafel.jpg", (6000, 4000), camera_data=True)
    photo(root / "docs/images/schoon.png", (1000, 800), camera_data=False)
    before = (root / "docs/images/schoon.png").read_bytes()
    assert cli.main(["--root", str(root), "pictures", "--clean"]) == 0
    out = capsys.readouterr().out  # in the magazine's language, Dutch
    assert ("docs/images/tafel.jpg: plek en serienummer verwijderd; 6000x4000 -> 3600x2400 "
            "pixels" in out), out
    assert "1 afbeelding schoongemaakt; commit hem om de wijziging te publiceren" in out, out
    with Image.open(root / "docs/images/tafel.jpg") as cleaned:
        assert cleaned.size == (3600, 2400) and cleaned.format == "JPEG"
        exif = cleaned.getexif()
        assert not exif.get_ifd(0x8825) and not exif.get_ifd(0x8769)
    assert (root / "docs/images/schoon.png").read_bytes() == before  # nothing to do: untouched
    assert cli.main(["--root", str(root), "pictures", "--clean"]) == 0  # now nothing to do
    assert capsys.readouterr().out == "Geen afbeelding hoefde schoongemaakt te worden.\n"
    assert warnings_about(root, "tafel") == []
