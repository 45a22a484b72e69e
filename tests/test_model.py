"""Unit tests of the content model: reading, pairing, fields, links and relations."""

from __future__ import annotations

import datetime as dt
import gc
import weakref

import pytest
from conftest import TINY_SITE, write_site
from magazine.content.frontmatter import FrontMatterError, read_document
from magazine.content.links import find_links, resolve
from magazine.content.loader import load_magazine
from magazine.content.model import Article, reading_minutes
from magazine.content.relations import RelatedIndex
from magazine.content.ui_strings import Strings
from magazine.site.pages.views import page_role

LANGS = ("nl", "en")


def test_pairs_dutch_and_english_files_into_one_article(tiny_model):
    magazine, _ = tiny_model
    article = magazine.article("essays/werk-eerst")
    assert article.languages == ["nl", "en"]
    assert article.version("nl").path == "essays/werk-eerst.md"
    assert article.version("en").path == "essays/werk-eerst.en.md"
    assert article.version("en").title == "Work first"


def test_english_file_inherits_language_independent_fields(tiny_model):
    magazine, _ = tiny_model
    article = magazine.article("essays/werk-eerst")
    assert article.date == dt.date(2019, 5, 14)
    assert article.authors == ["Ann"]
    assert article.themes == ["work"]
    assert article.session == "s1"


def test_article_in_one_language_falls_back_to_its_original(tiny_model):
    magazine, diagnostics = tiny_model
    article = magazine.article("practices/alleen-nl")
    assert article.languages == ["nl"]
    assert article.version("en").lang == "nl"
    warning = [d for d in diagnostics if d.path == "practices/alleen-nl.md"]
    assert [d.severity for d in warning] == ["warning"]
    assert "English" in warning[0].message


def test_articles_are_newest_first_and_drafts_are_left_out(tmp_path):
    files = {**TINY_SITE, "essays/concept.md": TINY_SITE["essays/werk-eerst.md"].replace(
        "date: 2019-05-14", "date: 2021-01-01\nstatus: draft")}
    magazine, _ = load_magazine(write_site(tmp_path, files))
    assert [a.key for a in magazine.articles] == [
        "interviews/zorg", "essays/werk-eerst", "practices/alleen-nl"]
    with_drafts, _ = load_magazine(tmp_path, include_drafts=True)
    assert with_drafts.articles[0].key == "essays/concept"


def test_a_finished_read_leaves_nothing_behind(tmp_path):
    """`mkdocs serve` reads the magazine again after every save: each read's model must go when
    the next replaces it, or the preview's memory grows with every save."""
    root = write_site(tmp_path, TINY_SITE)
    first, _ = load_magazine(root)
    gone = weakref.ref(first.articles[0])
    del first
    load_magazine(root)
    gc.collect()
    assert gone() is None


@pytest.mark.parametrize("authors, warned", [
    ("[Redactie Kennis door, voor en over nieuwkomers]", "voor en over nieuwkomers"),
    ('["Redactie Kennis door, voor en over nieuwkomers"]', None),  # quoted: one name
    ("[Ann, Özlem Şahin]", None),
    ("[Ann, de Vries]", "de Vries"),
])
def test_a_byline_split_at_a_comma_is_pointed_out(tmp_path, authors, warned):
    """A name with a comma in it, unquoted in a list, becomes two authors: YAML splits it."""
    files = {**TINY_SITE, "essays/werk-eerst.md": TINY_SITE["essays/werk-eerst.md"].replace(
        "authors: [Ann]", f"authors: {authors}")}
    _, diagnostics = load_magazine(write_site(tmp_path, files))
    found = [d for d in diagnostics if "small letter" in d.message]
    if warned is None:
        assert found == []
        return
    [warning] = found
    assert (warning.severity, warning.path, warning.line) == ("warning", "essays/werk-eerst.md", 5)
    assert f"'{warned}'" in warning.message
    assert 'between quotes' in warning.hint and '"' in warning.hint


def test_disagreeing_shared_field_names_both_files(tmp_path):
    files = {**TINY_SITE, "essays/werk-eerst.en.md":
             "---\ntitle: Work first\nsummary: About work.\ndate: 2019-05-15\n---\nText.\n"}
    _, diagnostics = load_magazine(write_site(tmp_path, files))
    [error] = [d for d in diagnostics if d.severity == "error"]
    assert error.path == "essays/werk-eerst.en.md"
    assert error.line == 4
    assert "essays/werk-eerst.md" in error.message
    assert "same date" in error.hint


def test_unknown_theme_suggests_the_nearest_id(tmp_path):
    files = {**TINY_SITE, "practices/alleen-nl.md":
             TINY_SITE["practices/alleen-nl.md"].replace("themes: [health]", "themes: [werk]")}
    _, diagnostics = load_magazine(write_site(tmp_path, files))
    [error] = [d for d in diagnostics if d.severity == "error"]
    assert (error.path, error.line) == ("practices/alleen-nl.md", 6)
    assert error.hint == "write themes: [work]"


def test_themes_and_sessions_know_their_articles(tiny_model):
    magazine, _ = tiny_model
    work = magazine.themes["work"]
    assert [a.key for a in work.articles] == ["interviews/zorg", "essays/werk-eerst"]
    assert [t.id for t in work.related] == ["health"]
    assert [s.id for s in work.sessions] == ["s1"]
    assert [a.key for a in magazine.sessions["s1"].articles] == ["essays/werk-eerst"]


def test_links_between_articles_become_links_back(tiny_model):
    magazine, _ = tiny_model
    assert magazine.article("interviews/zorg").linked_from == [magazine.article("essays/werk-eerst")]
    assert magazine.article("essays/werk-eerst").linked_from == []


def make(key: str, themes: list[str], session: str | None = None, day: int = 1) -> Article:
    folder, slug = key.split("/")
    return Article(folder, slug, dt.date(2020, 1, day), ["A"], themes, session)


def test_related_articles_weigh_themes_then_session_then_kind():
    this = make("essays/this", ["work", "health"], "s1")
    two_themes = make("interviews/two-themes", ["work", "health"])
    theme_and_session = make("interviews/theme-session", ["work"], "s1")
    same_kind = make("essays/same-kind", ["work"])
    other_kind = make("practices/other-kind", ["work"], day=2)
    session_only = make("practices/session-only", ["education"], "s1")
    unrelated = make("essays/unrelated", ["education"])
    articles = [this, two_themes, theme_and_session, same_kind, other_kind, session_only, unrelated]
    by_theme: dict[str, list[Article]] = {}
    by_session: dict[str, list[Article]] = {}
    for article in articles:
        for theme in article.themes:
            by_theme.setdefault(theme, []).append(article)
        if article.session:
            by_session.setdefault(article.session, []).append(article)
    index = RelatedIndex(articles, by_theme, by_session)  # what the build ranks with
    related = index.related(this, limit=10)
    assert related == [two_themes, theme_and_session, same_kind, other_kind, session_only]
    assert index.related(this, limit=2) == [two_themes, theme_and_session]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("See [x](../essays/a.md).", [(10, 9, "../essays/a.md")]),
        ("[x](a.md) and [y](<b c.md> \"title\")", [(10, 5, "a.md"), (10, 20, "b c.md")]),
        ("![image](pic.png)", []),
        ("`[x](code.md)` but [y](real.md)", [(10, 24, "real.md")]),
        ("```\n[x](fenced.md)\n```\n[y](after.md)", [(13, 5, "after.md")]),
        ("[ref]: ../interviews/b.md", [(10, 8, "../interviews/b.md")]),
        # Without code, only the lines with a bracket are read: the line numbers still count all.
        ("Eerst.\n\nDan [x](a.md)\nzonder\n[y](b.md) en [z](c.md)\n",
         [(12, 9, "a.md"), (14, 5, "b.md"), (14, 18, "c.md")]),
        ("[ ] niet\n\n[x](a.md)", [(12, 5, "a.md")]),
        ("~~~\n[x](fenced.md)\n~~~\n[y](after.md)", [(13, 5, "after.md")]),
        ("ongeveer ~5 jaar\n[x](a.md)", [(11, 5, "a.md")]),
    ],
)
def test_find_links_reports_line_and_column_outside_code(body, expected):
    assert list(find_links(body, first_line=10)) == expected


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        ("essays/a.md", "../interviews/b.md", ("article", "interviews/b")),
        ("essays/a.en.md", "../interviews/b.en.md", ("article", "interviews/b")),
        ("essays/a.md", "c.md#part", ("article", "essays/c")),
        ("essays/a.md", "../docs/themes/work.md", ("theme", "work")),
        ("essays/a.md", "../themes/work.en.md", ("theme", "work")),
        ("essays/a.md", "../docs/sessions/s1.md", ("session", "s1")),
        ("docs/about.md", "../essays/a.md", ("article", "essays/a")),
        ("docs/about.md", "essays/a.md", ("article", "essays/a")),
        ("docs/themes/work.md", "../../practices/p.md", ("article", "practices/p")),
        ("essays/a.md", "https://example.org/x.md", None),
        ("essays/a.md", "/essays/b.md", None),
        ("essays/a.md", "../docs/about.md", None),
        ("essays/a.md", "../docs/themes/index.md", None),
        ("essays/a.md", "picture.png", None),
    ],
)
def test_resolve_names_the_entity_a_link_points_at(source, target, expected):
    ref = resolve(source, target, LANGS)
    assert (ref and (ref.kind, ref.id)) == expected


@pytest.mark.parametrize(
    ("src_uri", "role"),
    [
        ("index.md", ("home", "")),
        ("index.en.md", ("home", "")),
        ("essays/index.md", ("section", "essays")),
        ("practices/index.en.md", ("section", "practices")),
        ("themes/index.md", ("themes", "")),
        ("themes/work.en.md", ("theme", "work")),
        ("sessions/s1.md", ("session", "s1")),
        ("about.md", ("", "")),
    ],
)
def test_page_role_from_source_path(src_uri, role):
    assert page_role(src_uri, LANGS) == role


@pytest.mark.parametrize(("words", "minutes"), [(0, 1), (1, 1), (200, 1), (201, 2), (1000, 5)])
def test_reading_minutes(words, minutes):
    assert reading_minutes(words) == minutes


@pytest.mark.parametrize(
    ("lang", "text"), [("nl", "14 mei 2019"), ("en", "14 May 2019")]
)
def test_dates_are_written_in_the_page_language(lang, text):
    assert Strings(lang).date(dt.date(2019, 5, 14)) == text


def test_front_matter_accepts_byte_order_mark_and_windows_line_endings():
    raw = "\ufeff---\r\ntitle: Hallo\r\n---\r\nTekst\r\n".encode()
    doc = read_document(raw)
    assert doc.meta == {"title": "Hallo"}
    assert doc.body.strip() == "Tekst"
    assert doc.body_line == 4


def test_front_matter_never_runs_python_tags():
    raw = b"---\ntitle: !!python/object/apply:os.system ['echo hacked']\n---\n"
    with pytest.raises(FrontMatterError) as error:
        read_document(raw)
    assert error.value.line == 2
    assert "'!'" in error.value.message
