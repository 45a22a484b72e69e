"""Whole files, changed at random: the check never fails with a traceback, every problem points at
a line inside its file, and the healthy file of a language pair is never blamed."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from conftest import TINY_SITE, write_site
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from magazine.content.loader import load_magazine

DUTCH = ("---\ntitle: Werk eerst\nsummary: Over werk.\ndate: 2019-05-14\nauthors: [Ann]\n"
         "themes: [work]\nsession: s1\n---\nLees [het interview](../interviews/zorg.md).\n\n"
         "## Begin\n\nTekst met [een kop](#begin).\n")
ENGLISH = ("---\ntitle: Work first\nsummary: About work.\n---\n"
           "Read [the interview](../interviews/zorg.en.md).\n")
# What editors type and paste: quotes, colons, tabs, brackets, dates, dashes, diacritics.
PIECES = st.sampled_from(['"', "'", ": ", "\t", "[", "]", "{", "---", "#", "2019-02-30", "“",
                          "- ", "  ", "!!python/name:x", "&a", "*a", "é", "\x07", "\ufeff", "%"])
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=6).map("".join)


@st.composite
def changed(draw, text: str) -> str:
    """`text` with a few lines replaced, inserted or cut at random."""
    lines = text.split("\n")
    for _ in range(draw(st.integers(1, 3))):
        index = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["replace", "insert", "append", "cut"]))
        piece = draw(TEXT)
        if action == "replace":
            lines[index] = piece
        elif action == "insert":
            lines.insert(index, piece)
        elif action == "append":
            lines[index] += piece
        elif len(lines) > 1:
            del lines[index]
    return "\n".join(lines)


def repository() -> Path:
    root = Path(tempfile.mkdtemp(prefix="magazine-property-"))
    return write_site(root, {k: v for k, v in TINY_SITE.items() if not k.startswith("essays/")})


ROOT = None


def check(files: dict[str, str]):
    global ROOT
    if ROOT is None:
        ROOT = repository()
    for path, text in files.items():
        (ROOT / path).parent.mkdir(parents=True, exist_ok=True)
        (ROOT / path).write_bytes(text.encode("utf-8", "surrogatepass"))
    try:
        return load_magazine(ROOT)[1]
    finally:
        for path in files:
            (ROOT / path).unlink()


# Each property: 80 changed files, each checked by the real loader (slow, so no deadline).
fuzzed = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def assert_inside(diagnostics, files: dict[str, str]) -> None:
    for diagnostic in diagnostics:
        if diagnostic.path in files:
            # A lone carriage return ends a line too, for editors, MkDocs and the check alike.
            text = files[diagnostic.path].replace("\r\n", "\n").replace("\r", "\n")
            lines = text.count("\n") + 1
            assert 1 <= diagnostic.line <= lines, diagnostic
            assert diagnostic.col >= 1, diagnostic


@fuzzed
@given(changed(DUTCH))
def test_a_broken_dutch_file_never_blames_the_english_one(dutch):
    files = {"essays/werk-eerst.md": dutch, "essays/werk-eerst.en.md": ENGLISH}
    diagnostics = check(files)
    assert_inside(diagnostics, files)
    assert not [d for d in diagnostics if d.path == "essays/werk-eerst.en.md"
                and not d.message.startswith("the title is the same as")], diagnostics


@fuzzed
@given(changed(ENGLISH))
def test_a_broken_english_file_never_blames_the_dutch_one(english):
    files = {"essays/werk-eerst.md": DUTCH, "essays/werk-eerst.en.md": english}
    diagnostics = check(files)
    assert_inside(diagnostics, files)
    assert not [d for d in diagnostics if d.path == "essays/werk-eerst.md"], diagnostics


def teardown_module() -> None:
    if ROOT is not None:
        shutil.rmtree(ROOT, ignore_errors=True)


TARGET = st.lists(st.sampled_from(["../", "docs/", "themes/", "work", ".md", ".en", "#", "/",
                                   "%", "?", "images/", ".png", "essays/", "werk-eerst", "http:",
                                   "//", "é", " ", "[", ")"]), max_size=7).map("".join)


@fuzzed
@given(st.lists(st.tuples(st.booleans(), TARGET), max_size=5), changed("---\ntitle: Over\n---\n"
                                                                        "## Kop\n\nTekst.\n"))
def test_any_link_or_picture_in_any_page_is_reported_inside_its_file(links, about):
    """Links and pictures written anyhow, in an article and in a page of docs/."""
    body = " ".join(f"{'!' if picture else ''}[x]({target})" for picture, target in links)
    files = {"essays/werk-eerst.md": DUTCH + body + "\n", "essays/werk-eerst.en.md": ENGLISH,
             "docs/about.md": about + "\n" + body + "\n"}
    diagnostics = check(files)
    assert_inside(diagnostics, files)
    assert not [d for d in diagnostics if d.path == "essays/werk-eerst.en.md"], diagnostics
