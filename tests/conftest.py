"""Shared fixtures: tiny magazine sites written into a temporary folder and built for real.

Every test fails on an unexpected warning from MkDocs or a plugin (as in mkdocs-gen-files'
tests): a warning means a reader or an editor would see something wrong.
"""

from __future__ import annotations

import logging
import os
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from magazine.content.loader import load_magazine

REPO = Path(__file__).resolve().parent.parent

SITE_CONFIG = """\
site_name: Testmagazine
site_url: https://example.org/
docs_dir: docs
theme:
  name: material
  language: nl
plugins:
  - i18n:
      docs_structure: suffix
      fallback_to_default: true
      reconfigure_material: true
      languages:
        - locale: nl
          name: Nederlands
          default: true
          build: true
        - locale: en
          name: English
          build: true
  - magazine
nav:
  - index.md
  - essays/index.md
  - interviews/index.md
  - practices/index.md
  - themes/index.md
  - sessions/index.md
not_in_nav: |
  /themes/*.md
  /sessions/*.md
"""

# A small magazine: two themes, one session, three articles (one only in Dutch).
TINY_SITE: dict[str, str] = {
    "docs/index.md": "---\ntitle: Welkom\n---\nHet magazine.\n",
    "docs/index.en.md": "---\ntitle: Welcome\n---\nThe magazine.\n",
    "docs/essays/index.md": "---\ntitle: Essays\n---\n",
    "docs/interviews/index.md": "---\ntitle: Interviews\n---\n",
    "docs/practices/index.md": "---\ntitle: Praktijk\n---\n",
    "docs/practices/index.en.md": "---\ntitle: Practices\n---\n",
    "docs/themes/index.md": "---\ntitle: Thema's\n---\n",
    "docs/themes/index.en.md": "---\ntitle: Themes\n---\n",
    "docs/themes/work.md": "---\ntitle: Werk\ndescription: Over werk.\n---\nWerk is belangrijk.\n",
    "docs/themes/work.en.md": "---\ntitle: Work\ndescription: About work.\n---\nWork matters.\n",
    "docs/themes/health.md": "---\ntitle: Gezondheid\ndescription: Over zorg.\n---\nGezond.\n",
    "docs/themes/health.en.md": "---\ntitle: Health\ndescription: About care.\n---\nHealthy.\n",
    "docs/sessions/index.md": "---\ntitle: Maaksessies\n---\n",
    "docs/sessions/index.en.md": "---\ntitle: Making Sessions\n---\n",
    "docs/sessions/s1.md": (
        "---\ntitle: Sessie een\ndate: 2019-05-14\nplace: Ede\nthemes: [work]\n"
        "number: 1\ndescription: De eerste.\nprogramme: [Plan maken]\n"
        "action_agenda:\n"
        "  - id: pilot\n    action: Gemeente start pilot\n    by: [Gemeente Ede]\n"
        "    themes: [work]\n    state: bezig\n    history:\n"
        "      - {state: afgesproken, date: 2019-05-14, source: Verslag van de sessie}\n"
        "      - state: bezig\n        date: 2019-09-01\n"
        "        source: {title: Nieuwsbrief, url: 'https://example.org/nieuws'}\n"
        "---\nProgramma.\n"
    ),
    "docs/sessions/s1.en.md": (
        "---\ntitle: Session one\ndate: 2019-05-14\nplace: Ede\nthemes: [work]\n"
        "number: 1\ndescription: The first.\nprogramme: [Make a plan]\n"
        "action_agenda:\n"
        "  - id: pilot\n    action: Municipality starts a pilot\n"
        "    by: [Municipality of Ede]\n---\nProgramme.\n"
    ),
    "essays/werk-eerst.md": (
        "---\ntitle: Werk eerst\nsummary: Over werk.\ndate: 2019-05-14\n"
        "authors: [Ann]\nthemes: [work]\nsession: s1\nactions: [s1/pilot]\n---\n"
        "Lees [het interview](../interviews/zorg.md) en [werk](../docs/themes/work.md).\n"
    ),
    "essays/werk-eerst.en.md": (
        "---\ntitle: Work first\nsummary: About work.\n---\n"
        "Read [the interview](../interviews/zorg.en.md).\n"
    ),
    "interviews/zorg.md": (
        "---\ntitle: Zorg\nsummary: Over zorg.\ndate: 2020-01-02\n"
        "authors: [Bob]\nthemes: [health, work]\nstatus: example\n---\nTekst.\n"
    ),
    "interviews/zorg.en.md": "---\ntitle: Care\nsummary: About care.\nstatus: example\n---\nText.\n",
    "practices/alleen-nl.md": (
        "---\ntitle: Alleen Nederlands\nsummary: Geen vertaling.\ndate: 2018-07-01\n"
        "authors: [Cem]\nthemes: [health]\n---\nNederlandse tekst.\n"
    ),
}

# The tiny site grown just enough to show what one of a kind cannot: order (a second, newer essay;
# a second session of the theme `work`, later in date but first by id), a theme and a session that
# exist only in Dutch, an article that links to itself, and a reading time of several minutes.
GROWN_SITE: dict[str, str] = {
    **TINY_SITE,
    "docs/themes/education.md": "---\ntitle: Onderwijs\ndescription: Over leren.\n---\nLeren.\n",
    "docs/sessions/s0.md": (
        "---\ntitle: Sessie later\ndate: 2019-11-20\nplace: Arnhem\nthemes: [work]\n"
        "description: De latere.\n---\nProgramma.\n"
    ),
    "essays/nieuwer.md": (
        "---\ntitle: Nieuwer essay\nsummary: Het nieuwste.\ndate: 2021-02-03\n"
        "authors: [Dee]\nthemes: [education, work]\nsession: s0\n---\n"
        + "woord " * 590  # with the five words below: 595 words, 3 minutes at 200 a minute
        + "\n\nZie [dit stuk](nieuwer.md) en [werk](werk-eerst.md).\n"
    ),
}


def write_site(root: Path, files: dict[str, str], config: str = SITE_CONFIG) -> Path:
    """Write a magazine repository: `mkdocs.yml` plus `files` (path -> text)."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    for path, text in files.items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


def add_files(root: Path, files: dict[str, str | bytes]) -> Path:
    """Write `files` (path -> text or bytes) into the repository at `root`."""
    for path, content in files.items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    return root


def build(root: Path, strict: bool = True, site_dir: Path | None = None) -> Path:
    """Build the site in `root` with MkDocs, in this process; return the site folder."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    site_dir = site_dir or root / "site"
    config = load_config(str(root / "mkdocs.yml"), site_dir=str(site_dir), strict=strict)
    config.plugins.on_startup(command="build", dirty=False)
    try:
        mkdocs_build(config)
    finally:
        config.plugins.on_shutdown()
    return site_dir


def page(site: Path, url: str) -> BeautifulSoup:
    """The parsed HTML of the page at `url` ("en/essays/x/") in a built site."""
    path = site / url / "index.html" if not url.endswith(".html") else site / url
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


@pytest.fixture
def tiny_site(tmp_path: Path) -> Callable[..., Path]:
    """Write and build the tiny site, with `changes` on top (a value of None deletes a file)."""

    def make(changes: dict[str, str | None] | None = None, strict: bool = True) -> Path:
        files = {**TINY_SITE, **(changes or {})}
        root = write_site(tmp_path / "repo", {k: v for k, v in files.items() if v is not None})
        return build(root, strict=strict)

    return make


@pytest.fixture(scope="session")
def tiny_built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny site, built once for the tests that only read it."""
    root = write_site(tmp_path_factory.mktemp("tiny") / "repo", TINY_SITE)
    return build(root)


@pytest.fixture(scope="session")
def grown_built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The grown tiny site (GROWN_SITE), built once for the tests that only read it."""
    root = write_site(tmp_path_factory.mktemp("grown") / "repo", GROWN_SITE)
    return build(root)


@pytest.fixture(scope="session")
def real_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This repository's magazine, built once with `--strict` as `make site` builds it."""
    return build(REPO, strict=True, site_dir=tmp_path_factory.mktemp("real") / "site")


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory: pytest.TempPathFactory):
    root = write_site(tmp_path_factory.mktemp("model") / "repo", TINY_SITE)
    return load_magazine(root)


@pytest.fixture(scope="session", autouse=True)
def render_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The builds of the tests keep their render cache in a folder of their own, not the user's."""
    folder = tmp_path_factory.mktemp("render-cache")
    before = os.environ.get("MAGAZINE_CACHE")
    os.environ["MAGAZINE_CACHE"] = str(folder)
    yield folder
    if before is None:
        del os.environ["MAGAZINE_CACHE"]
    else:
        os.environ["MAGAZINE_CACHE"] = before


class WarningCollector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def no_unexpected_warnings(request: pytest.FixtureRequest) -> Iterator[WarningCollector]:
    """Fail a test on any warning MkDocs logs, unless it is marked `allow_warnings`."""
    collector = WarningCollector()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collector)
    yield collector
    logger.removeHandler(collector)
    if request.node.get_closest_marker("allow_warnings") is None and collector.records:
        messages = "\n".join(record.getMessage() for record in collector.records)
        pytest.fail(f"unexpected warnings:\n{messages}")
