"""Every problem of a file in one run: a mistake that keeps an article from being built (a bad
date, an unknown field value, a missing title) must not hide the problems of its pictures, its
links or its other fields; each round of fixes is a CI run for an editor."""

from __future__ import annotations

import pytest
from conftest import TINY_SITE, write_site
from magazine.content.loader import load_magazine

FIELDS = {"title": "title: Een stuk\n", "summary": "summary: Kort.\n", "date": "date: 2019-05-14\n",
          "authors": "authors: [Ann]\n", "themes": "themes: [work]\n"}
BODY = ("Tekst ![](../docs/images/weg.png) en [x](../essays/bestaat-niet.md).\n")


@pytest.mark.parametrize(("field", "wrong", "expected"), [
    ("date", "date: 14-05-2019\n", "'date'"),
    ("date", "", "'date'"),
    ("themes", "themes: [werkk]\n", "'werkk'"),
    ("title", "", "'title'"),
    ("summary", "", "'summary'"),
    ("authors", "authors: []\n", "'authors'"),
])
def test_a_bad_field_does_not_hide_the_problems_of_the_text(tmp_path, field, wrong, expected):
    front = "".join(wrong if key == field else line for key, line in FIELDS.items())
    text = f"---\n{front}status: gepubliceerd\n---\n{BODY}"
    root = write_site(tmp_path / "repo", {**TINY_SITE, "essays/stuk.md": text})
    for drafts in (True, False):  # magazine check, and the build
        _, diagnostics = load_magazine(root, include_drafts=drafts)
        found = [d.message for d in diagnostics if d.path == "essays/stuk.md"]
        assert any(expected in m for m in found), found
        assert any("'status'" in m for m in found), found
        assert any("has no alt text" in m for m in found), found
        assert any("'../docs/images/weg.png' does not exist" in m for m in found), found
        assert any("'../essays/bestaat-niet.md' leads to no article" in m for m in found), found
