"""Translation status: `magazine status` and the editors' page `/status/`, with and without git."""

from __future__ import annotations

import json
import os
import subprocess

import pytest
from conftest import TINY_SITE, build, page, write_site
from magazine import cli
from magazine.content.loader import load_magazine
from magazine.content.translation_status import last_commits, translation_status

STATUS_PAGES = {
    "docs/status.md": "---\ntitle: Vertaalstatus\n---\nVoor de redactie.\n",
    "docs/status.en.md": "---\ntitle: Translation status\n---\nFor editors.\n",
}


def git(root, *args, date="2020-01-01T12:00:00+00:00"):
    env = {**os.environ, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date}
    identity = ["-c", "user.name=Test", "-c", "user.email=t@example.org"]
    subprocess.run(["git", "-C", str(root), *identity, *args], check=True, capture_output=True,
                   env=env)


@pytest.fixture
def history(tmp_path):
    """The tiny site in git: all committed in 2020, the Dutch 'werk-eerst' changed in 2021."""
    root = write_site(tmp_path / "repo", {**TINY_SITE, **STATUS_PAGES})
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "start")
    path = root / "essays/werk-eerst.md"
    path.write_text(path.read_text() + "\nEen nieuwe alinea.\n")
    git(root, "commit", "-qam", "more", date="2021-03-04T10:00:00+00:00")
    return root


def test_status_without_git(tmp_path, capsys):
    root = write_site(tmp_path / "repo", TINY_SITE)
    assert last_commits(root, ["essays"]) is None
    assert cli.main(["--root", str(root), "status"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "essays/werk-eerst: nl (unknown), en (unknown)",
        "interviews/zorg: nl (unknown), en (unknown); example",
        "practices/alleen-nl: nl (unknown); missing: en",
        "3 articles: 1 with a missing translation, 0 with a translation older than the original "
        "(no git history: dates unknown)",
    ]


def test_last_commits_in_one_call(history):
    dates = last_commits(history, ["essays", "interviews", "practices"])
    assert dates is not None
    assert dates["essays/werk-eerst.md"].isoformat() == "2021-03-04T10:00:00+00:00"
    assert dates["essays/werk-eerst.en.md"].isoformat() == "2020-01-01T12:00:00+00:00"
    assert "docs/themes/work.md" not in dates


def test_status_with_git_finds_the_outdated_translation(history, capsys):
    assert cli.main(["--root", str(history), "status"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == ("essays/werk-eerst: nl (2021-03-04), en (2020-01-01); "
                      "older than the original: en")
    assert out[-1] == ("3 articles: 1 with a missing translation, "
                       "1 with a translation older than the original")


def test_status_json(history, capsys):
    assert cli.main(["--root", str(history), "status", "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["git_history"] is True
    by_key = {a["article"]: a for a in report["articles"]}
    assert by_key["essays/werk-eerst"]["outdated"] == ["en"]
    assert by_key["practices/alleen-nl"]["missing"] == ["en"]
    assert by_key["practices/alleen-nl"]["files"]["nl"] == {
        "path": "practices/alleen-nl.md", "updated": "2020-01-01T12:00:00+00:00"}


def test_an_uncommitted_translation_is_not_called_outdated(history):
    (history / "practices/alleen-nl.en.md").write_text("---\ntitle: Only\nsummary: S.\n---\n")
    magazine, _ = load_magazine(history)
    status = {s.key: s for s in translation_status(magazine)}["practices/alleen-nl"]
    assert status.missing == [] and status.outdated == []
    assert [(f.lang, f.updated) for f in status.files][1] == ("en", None)


def test_status_page_in_both_languages(history):
    site = build(history)
    languages = (("status", "Engels", "Nederlands"), ("en/status", "English", "Dutch"))
    for url, outdated, original in languages:
        soup = page(site, url)
        rows = {row["id"]: row for row in soup.select("table.mz-status tbody tr")}
        assert set(rows) == {"essays-werk-eerst", "interviews-zorg", "practices-alleen-nl"}
        werk = rows["essays-werk-eerst"]
        assert werk.select_one(".mz-status-outdated").get_text(strip=True) == outdated
        assert werk.select_one("a")["href"] == "../essays/werk-eerst/"
        title = "Werk eerst" if url == "status" else "Work first"
        assert werk.select_one("a").get_text() == title
        assert alleen_lang(rows) == ("nl" if url == "en/status" else None)
        alleen = rows["practices-alleen-nl"]
        assert alleen.select_one(".mz-status-missing").get_text(strip=True) == outdated
        assert "mz-status--todo" not in rows["interviews-zorg"].get("class", [])
        assert original in werk.get_text()
    assert "2021" in page(site, "status").select_one("#essays-werk-eerst").get_text()
    # Not in the menu.
    assert not [a for a in page(site, "").select("nav a") if a.get("href", "").endswith("status/")]


def alleen_lang(rows):
    return rows["practices-alleen-nl"].select_one("a").get("lang")


def test_status_page_escapes_titles(tmp_path):
    files = {**TINY_SITE, **STATUS_PAGES, "practices/alleen-nl.md": TINY_SITE[
        "practices/alleen-nl.md"].replace("Alleen Nederlands", '"<script>x()</script>"')}
    site = build(write_site(tmp_path / "repo", files))
    row = page(site, "status").select_one("#practices-alleen-nl")
    assert row.select_one("a").get_text() == "<script>x()</script>" and not row.select("script")
    assert "onbekend" in row.get_text()


def test_a_draft_translation_shows_as_in_progress_on_the_status_page(tmp_path):
    draft = "---\ntitle: Only Dutch\nsummary: Being translated.\nstatus: draft\n---\nText.\n"
    root = write_site(tmp_path / "repo", {**TINY_SITE, **STATUS_PAGES,
                                          "practices/alleen-nl.en.md": draft})
    status = {s.key: s for s in translation_status(load_magazine(root)[0])}["practices/alleen-nl"]
    assert status.missing == ["en"] and status.drafts == ["en"]  # readers cannot read it yet
    site = build(root)
    for url, expected in (("status", "Engels (concept)"), ("en/status", "English (draft)")):
        row = page(site, url).select_one("#practices-alleen-nl")
        assert row.select_one(".mz-status-missing").get_text(strip=True) == expected
    assert not (site / "en/practices/alleen-nl/index.html").read_text().count("Being translated")
