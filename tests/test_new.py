"""`magazine new`: two files from the templates that pass the check, never overwriting."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import TINY_SITE, write_site
from magazine import cli
from magazine.content.frontmatter import read_document
from magazine.content.loader import load_magazine


@pytest.fixture
def repo(tmp_path):
    return write_site(tmp_path / "repo", TINY_SITE)


@pytest.mark.parametrize(("title", "slug"), [
    ("Één café", "een-cafe"),
    ("Maatwerk begint bij de nieuwkomer", "maatwerk-begint-bij-de-nieuwkomer"),
    ("Thema's: werk, zorg & taal!", "themas-werk-zorg-taal"),
    ("  Geïntegreerd beleid?  ", "geintegreerd-beleid"),
    ("Ĳverig ‘leren’ — 2019", "ijverig-leren-2019"),
    ("Straße naïef", "strasse-naief"),
])
def test_slug_from_title(title, slug):
    assert cli.slugify(title) == slug


def test_new_writes_both_languages_that_pass_the_check(repo, capsys):
    code = cli.main(["--root", str(repo), "new", "interview", "--title", 'Één café: "samen"',
                     "--theme", "work", "--theme", "health", "--session", "s1",
                     "--author", "Ann de Vries", "--author", "Bob"])
    out = capsys.readouterr().out
    assert code == 0
    # In the magazine's language (Dutch first in mkdocs.yml), as the check speaks.
    assert "interviews/een-cafe-samen.md geschreven" in out
    assert "interviews/een-cafe-samen.en.md geschreven" in out
    assert "Nu: schrijf de tekst, zet 'status: published' als hij klaar is" in out
    dutch = read_document((repo / "interviews/een-cafe-samen.md").read_bytes())
    assert dutch.meta == {
        "title": 'Één café: "samen"', "summary": dutch.meta["summary"],
        "date": dt.date.today(), "authors": ["Ann de Vries", "Bob"], "themes": ["work", "health"],
        "session": "s1", "status": "draft", "sources": [],
    }
    english_text = (repo / "interviews/een-cafe-samen.en.md").read_text()
    english = read_document(english_text.encode())
    assert english.meta["title"] == 'Één café: "samen"' and english.meta["status"] == "draft"
    assert "# title: the title" in english_text  # the guide, in YAML comments
    assert "# date: de datum" in (repo / "interviews/een-cafe-samen.md").read_text()
    magazine, diagnostics = load_magazine(repo, include_drafts=True)
    assert [d for d in diagnostics if "een-cafe" in d.path] == []
    assert magazine.article("interviews/een-cafe-samen").languages == ["nl", "en"]
    assert cli.main(["--root", str(repo), "check"]) == 0


def test_new_without_session_or_author(repo, capsys):
    assert cli.main(["--root", str(repo), "new", "practice", "--title", "Een plan",
                     "--theme", "work"]) == 0
    meta = read_document((repo / "practices/een-plan.md").read_bytes()).meta
    assert "session" not in meta and meta["authors"] == ["Voornaam Achternaam"]
    assert cli.main(["--root", str(repo), "check"]) == 0


def test_new_refuses_to_overwrite(repo, capsys):
    before = (repo / "essays/werk-eerst.md").read_text()
    assert cli.main(["--root", str(repo), "new", "essay", "--title", "Werk eerst!",
                     "--theme", "work"]) == 1
    err = capsys.readouterr().err
    assert ("magazine new: fout: essays/werk-eerst.md bestaat al en wordt niet overschreven "
            "(kies een andere titel, of geef een bestandsnaam met --slug)") in err
    assert (repo / "essays/werk-eerst.md").read_text() == before
    assert cli.main(["--root", str(repo), "new", "essay", "--title", "Werk eerst!",
                     "--theme", "work", "--slug", "werk-eerst-2"]) == 0
    assert (repo / "essays/werk-eerst-2.en.md").is_file()


def test_new_refuses_when_only_the_translation_exists(repo, capsys):
    (repo / "practices/alleen-en.en.md").write_text("---\ntitle: Only\n---\n")
    assert cli.main(["--root", str(repo), "new", "practice", "--title", "Alleen EN",
                     "--theme", "work"]) == 1
    assert "practices/alleen-en.en.md bestaat al" in capsys.readouterr().err
    assert not (repo / "practices/alleen-en.md").exists()


@pytest.mark.parametrize(("args", "message"), [
    (["--theme", "werk"], "fout: er is geen thema 'werk' (bedoel je 'work'?)"),
    (["--theme", "work", "--theme", "helth"], "fout: er is geen thema 'helth' (bedoel je 'health'?)"),
    (["--theme", "work", "--session", "s2"],
     "fout: er is geen Maaksessie 's2' (de Maaksessies zijn: s1 (de bestandsnamen in docs/sessions/))"),
    (["--theme", "work", "--session", "s2", "--lang", "en"],
     "error: there is no session 's2' (the sessions are: s1 (the file names in docs/sessions/))"),
])
def test_new_checks_themes_and_sessions(repo, capsys, args, message):
    assert cli.main(["--root", str(repo), "new", "essay", "--title", "Nieuw", *args]) == 1
    assert f"magazine new: {message}" in capsys.readouterr().err
    assert not (repo / "essays/nieuw.md").exists()


def test_new_title_without_letters(repo, capsys):
    assert cli.main(["--root", str(repo), "new", "essay", "--title", "?!", "--theme", "work"]) == 1
    assert "'?!' kan geen bestandsnaam zijn" in capsys.readouterr().err


def test_new_usage_errors_exit_2(repo, capsys):
    usage = (["new", "poem", "--title", "X", "--theme", "work"], ["new", "essay", "--title", "X"])
    for args in usage:
        with pytest.raises(SystemExit) as exit:
            cli.main(["--root", str(repo), *args])
        assert exit.value.code == 2


# -- an action agenda ------------------------------------------------------------------------------


def test_new_agenda_adds_the_template_that_the_check_asks_to_fill_in(tmp_path, capsys):
    files = {**TINY_SITE, "docs/sessions/s2.md": "---\ntitle: Sessie twee\nthemes: [health]\n---\nTekst.\n",
             "docs/sessions/s2.en.md": "---\ntitle: Session two\n---\nText.\n"}
    repo = write_site(tmp_path / "repo", files)
    assert cli.main(["--root", str(repo), "new", "agenda", "--session", "s2"]) == 0
    assert "docs/sessions/s2.en.md" in capsys.readouterr().out
    dutch = read_document((repo / "docs/sessions/s2.md").read_bytes())
    assert dutch.meta["title"] == "Sessie twee" and dutch.body == "Tekst.\n"
    [action] = dutch.meta["action_agenda"]
    assert action["themes"] == ["health"] and action["state"] == "afgesproken"
    magazine, diagnostics = load_magazine(repo)
    problems = [(d.path, d.message) for d in diagnostics if d.severity == "error"]
    assert problems == [
        ("docs/sessions/s2.en.md", "'action' of action 1 is still the template's example text"),
        ("docs/sessions/s2.md", "'action' of action 1 is still the template's example text")]
    # Written once: a second call does not add a second agenda.
    assert cli.main(["--root", str(repo), "new", "agenda", "--session", "s2"]) == 1
    assert "docs/sessions/s2.md heeft al een actieagenda" in capsys.readouterr().err


def test_new_agenda_suggests_the_nearest_session(repo, capsys):
    assert cli.main(["--root", str(repo), "new", "agenda", "--session", "s11"]) == 1
    assert "er is geen Maaksessie 's11' (bedoel je 's1'?)" in capsys.readouterr().err
