"""What an editor types in Dutch, or nearly right, gets the right fix, once."""

from __future__ import annotations

import pytest
from conftest import TINY_SITE, write_site
from magazine.content.loader import load_magazine

FRONT = {"title": "title: Een stuk\n", "summary": "summary: Kort.\n", "date": "date: 2019-05-14\n",
         "authors": "authors: [Ann]\n", "themes": "themes: [work]\n", "status": ""}


def check(tmp_path, **lines: str) -> list[tuple[int, str, str, str]]:
    front = "".join({**FRONT, **lines}.values())
    root = write_site(tmp_path / "repo", {**TINY_SITE, "essays/stuk.md": f"---\n{front}---\nTekst.\n"})
    _, diagnostics = load_magazine(root, include_drafts=True)
    return [(d.line, d.severity, d.message, d.hint) for d in diagnostics
            if d.path == "essays/stuk.md" and "English version" not in d.message]


@pytest.mark.parametrize(("typed", "fix"), [
    ("concept", "write status: draft"), ("gepubliceerd", "write status: published"),
    ("voorbeeld", "write status: example"), ("publised", "write status: published"),
    ("Draft", "write status: draft"),
])
def test_a_dutch_or_misspelt_status(tmp_path, typed, fix):
    assert check(tmp_path, status=f"status: {typed}\n") == [
        (7, "error", f"'status' must be one of published, draft, example, not '{typed}'", fix)]


@pytest.mark.parametrize(("field", "typed"), [
    ("authors", "auteurs"), ("authors", "author"), ("authors", "auteur"), ("themes", "thema's"),
    ("themes", "themas"), ("title", "titel"), ("summary", "samenvatting"), ("date", "datum"),
])
def test_a_required_field_under_another_name_is_one_message(tmp_path, field, typed):
    value = FRONT[field].split(":", 1)[1]
    found = check(tmp_path, **{field: f"{typed}:{value}"})
    line = list(FRONT).index(field) + 2
    assert found == [(line, "error", f"the field '{typed}' should be called '{field}'",
                      f"write '{field}:' instead of '{typed}:'")]


def test_an_optional_field_in_dutch_gets_its_name(tmp_path):
    found = check(tmp_path, status="sessie: s1\n")
    assert found == [(7, "warning", "unknown field 'sessie' is ignored", "write 'session:' instead of 'sessie:'")]


def test_a_dutch_theme_name_suggests_its_id(tmp_path):
    found = check(tmp_path, themes="themes: [gezondheid]\n")
    assert found == [(6, "error", "there is no theme 'gezondheid'", "write themes: [health]")]


def test_the_templates_session_placeholder_says_what_to_type(tmp_path):
    found = check(tmp_path, status="$session\n")
    assert found == [(7, "error", "the line '$session' is still as the template has it",
                      "write 'session: ...' with your value, or remove the line")]
