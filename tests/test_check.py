"""Every content check, each with its own small bad file: the exact path, line, message and hint."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import TINY_SITE, add_files, build, page, write_site
from magazine import cli
from magazine.content.loader import load_magazine

GOOD = (
    "---\ntitle: Goed\nsummary: Een goed artikel.\ndate: 2019-05-14\nauthors: [Ann]\n"
    "themes: [work]\n---\nTekst.\n"
)


def fields(**changes: str | None) -> str:
    """A good Dutch article's front matter with some fields changed (None leaves one out)."""
    values = {"title": "Goed", "summary": "Een goed artikel.", "date": "2019-05-14",
              "authors": "[Ann]", "themes": "[work]"}
    values.update(changes)
    lines = [f"{k}: {v}" for k, v in values.items() if v is not None]
    return "---\n" + "\n".join(lines) + "\n---\nTekst.\n"


# (name, files on top of the tiny site, path, line, col, message part, hint part)
CASES = [
    ("not closed", {"essays/x.md": "---\ntitle: X\nsummary: Y\n"},
     "essays/x.md", 1, 1, "the fields at the top are not closed", "add a line '---'"),
    ("no front matter", {"essays/x.md": "# Titel\n\nTekst.\n"},
     "essays/x.md", 1, 1, "does not start with its fields between two '---' lines", "the first line must be '---'"),
    ("invalid yaml", {"essays/x.md": fields(summary="Werk: een begin")},
     "essays/x.md", 3, 14, "cannot be read as 'name: value'", "between double quotes"),
    ("tab indent", {"essays/x.md": "---\ntitle: X\n\tsummary: Y\n---\n"},
     "essays/x.md", 3, 1, "cannot be read as 'name: value'", "indent with spaces, not tabs"),
    ("python tag", {"essays/x.md": fields(title="!!python/object/apply:os.system ['touch pwned']")},
     "essays/x.md", 2, 8, "the sign '!', which is not allowed", "remove the '!'"),
    ("not a mapping", {"essays/x.md": "---\n- title\n- summary\n---\n"},
     "essays/x.md", 2, 1, "holds no fields", "one 'name: value' per line"),
    ("field twice", {"essays/x.md": fields(summary="Een.\ntitle: Twee")},
     "essays/x.md", 4, 1, "the field 'title' is given twice", "the first is on line 2"),
    ("missing field", {"essays/x.md": fields(summary=None)},
     "essays/x.md", 1, 1,
     "the required field 'summary' is missing or empty", "add a line 'summary: ...'"),
    ("empty field", {"essays/x.md": fields(summary='""')},
     "essays/x.md", 3, 1,
     "the required field 'summary' is missing or empty", "add a line 'summary: ...'"),
    ("empty list", {"essays/x.md": fields(authors="[]")},
     "essays/x.md", 5, 1, "the required field 'authors' is missing or empty", "write a list"),
    ("number as title", {"essays/x.md": fields(title="2019")},
     "essays/x.md", 2, 1, "'title' must be text, not a number", 'title: "2019"'),
    ("yes as title", {"essays/x.md": fields(title="Yes")},
     "essays/x.md", 2, 1, "'title' must be text, not yes/no", 'title: "Yes"'),
    ("decimal as summary", {"essays/x.md": fields(summary="1.10")},
     "essays/x.md", 3, 1, "'summary' must be text, not a number", 'summary: "1.10"'),
    ("text instead of list", {"essays/x.md": fields(authors="Ann")},
     "essays/x.md", 5, 1, "'authors' must be a list, not a single text", "authors: [Ann]"),
    ("list item not text", {"essays/x.md": fields(authors="\n  - Ann\n  - [Bob]")},
     "essays/x.md", 7, 1, "item 2 of 'authors' must be text, not a list", "plain text"),
    ("not an ISO date", {"essays/x.md": fields(date="14-05-2019")},
     "essays/x.md", 4, 1, "'date' is not a date written as year-month-day: '14-05-2019'",
     "write date: 2019-05-14"),
    ("impossible month", {"essays/x.md": fields(date="2019-13-45")},
     "essays/x.md", 4, 1, "'date' 2019-13-45 does not exist: there is no month 13",
     "correct the month or the day"),
    ("impossible day, quoted", {"essays/x.md": fields(date='"2019-02-30"')},
     "essays/x.md", 4, 1, "'date' 2019-02-30 does not exist: February 2019 has 28 days, not 30",
     "correct the month or the day"),
    ("unclosed quote", {"essays/x.md": fields(title='"Werk eerst')},
     "essays/x.md", 2, 8, "the quote that opens here is never closed",
     "end the value with the same quote it starts with"),
    ("curly quotes", {"essays/x.md": fields(title="“Werk: een begin”")},
     "essays/x.md", 2, 13, "cannot be read as 'name: value'", "type straight double quotes"),
    ("template summary", {"essays/x.md": fields(
        summary='"Vat hier in een of twee zinnen samen waar dit essay over gaat."')},
     "essays/x.md", 3, 1, "'summary' is still the template's example text",
     "keep 'status: draft' until it is ready"),
    ("template author", {"essays/x.md": fields(authors='["Voornaam Achternaam"]')},
     "essays/x.md", 5, 1, "'authors' is still the template's example text",
     "write the article's own authors"),
    ("template text", {"essays/x.md": fields() + "\nSchrijf hier de tekst van het essay.\n"},
     "essays/x.md", 10, 1, "the text is still the template's example text",
     "write the article's text here"),
    ("title not translated", {"essays/werk-eerst.en.md":
                              "---\ntitle: Werk eerst\nsummary: About work.\n---\n"},
     "essays/werk-eerst.en.md", 2, 1,
     "the title is the same as in essays/werk-eerst.md: 'Werk eerst'",
     "translate the title into English"),
    ("link without ../", {"essays/x.md": fields() + "\nZie [zorg](interviews/zorg.md).\n"},
     "essays/x.md", 10, 12, "the link 'interviews/zorg.md' leads to no file",
     "write '../interviews/zorg.md'"),
    ("link copied from the browser", {"essays/x.md": fields() + "\nOver [werk](/themes/work/).\n"},
     "essays/x.md", 10, 13,
     "the link '/themes/work/' is the address of a page in the browser, not a file",
     "link to the file instead: '../docs/themes/work.md'"),
    ("English address copied from the browser",
     {"essays/x.md": fields() + "\n[x](https://example.org/en/essays/werk-eerst/)\n"},
     "essays/x.md", 10, 5,
     "the link 'https://example.org/en/essays/werk-eerst/' is the address of a page in the "
     "browser", "link to the file instead: 'werk-eerst.en.md'"),
    ("link to a heading that is not there",
     {"essays/x.md": fields() + "\n## Begin\n\n[zorg](../interviews/zorg.md#nope) [b](#begn)\n"},
     "essays/x.md", 12, 8,
     "the link '../interviews/zorg.md#nope' leads to no heading '#nope' in interviews/zorg.md",
     "interviews/zorg.md has no headings"),
    ("link to a heading of this page misspelt",
     {"essays/x.md": fields() + "\n## Begin\n\n[b](#begn)\n"},
     "essays/x.md", 12, 5, "the link '#begn' leads to no heading '#begn' in this page",
     "write '#begin'"),
    ("docs page with broken front matter", {"docs/about.md": "---\ntitle: Over: ons\n---\nTekst.\n"},
     "docs/about.md", 2, 12, "cannot be read as 'name: value'", "between double quotes"),
    ("docs page link without ../", {"docs/themes/work.md":
                                    "---\ntitle: Werk\n---\n[e](essays/werk-eerst.md)\n"},
     "docs/themes/work.md", 4, 5, "the link 'essays/werk-eerst.md' leads to no file",
     "write '../../essays/werk-eerst.md'"),
    ("subfolder of articles", {"essays/oud/x.md": GOOD},
     "essays/oud", 1, 1, "the folder 'essays/oud/' is not read", "move the files there"),
    (".markdown file", {"essays/x.markdown": GOOD},
     "essays/x.markdown", 1, 1, "the file 'x.markdown' is not used", "rename it to 'x.md'"),
    ("README among the articles", {"essays/README.md": GOOD},
     "essays/README.md", 1, 1, "'README.md' in essays/ is not used", "docs/essays/index.md"),

    ("unknown status", {"essays/x.md": fields(status="publised")},
     "essays/x.md", 7, 1,
     "'status' must be one of published, draft, example", "write status: published"),
    ("unknown field", {"essays/x.md": fields(auteurs="[Ann]")},
     "essays/x.md", 7, 1, "unknown field 'auteurs' is ignored", "write 'authors:' instead of 'auteurs:'"),
    ("theme by its Dutch name", {"essays/x.md": fields(themes="[werk]")},
     "essays/x.md", 6, 1, "there is no theme 'werk'", "write themes: [work]"),
    ("theme misspelt", {"essays/x.md": fields(themes="[work, helth]")},
     "essays/x.md", 6, 1, "there is no theme 'helth'", "write themes: [work, health]"),
    ("second theme on its own line", {"essays/x.md": fields(themes="\n  - work\n  - helth")},
     "essays/x.md", 8, 1, "there is no theme 'helth'", "write themes: [work, health]"),
    ("unknown session", {"essays/x.md": fields(session="s-1")},
     "essays/x.md", 7, 1, "there is no session 's-1'", "write session: s1"),
    ("session with no near id", {"essays/x.md": fields(session="2020-zwolle")},
     "essays/x.md", 7, 1, "there is no session '2020-zwolle'", "the sessions are: s1"),
    ("languages disagree", {"essays/werk-eerst.en.md":
                            "---\ntitle: Work first\nsummary: About work.\n"
                            "date: 2019-05-15\n---\n"},
     "essays/werk-eerst.en.md", 4, 1,
     "'date' differs from essays/werk-eerst.md (line 4): 2019-05-15 here, 2019-05-14 there",
     "give the same date in both files"),
    ("themes disagree", {"essays/werk-eerst.en.md":
                         "---\ntitle: Work first\nsummary: About work.\nthemes: [health]\n---\n"},
     "essays/werk-eerst.en.md", 4, 1,
     "'themes' differs from essays/werk-eerst.md (line 6): [health] here, [work] there",
     "give the same themes in both files"),
    ("status disagrees", {"interviews/zorg.en.md":
                          "---\ntitle: Care\nsummary: About care.\nstatus: published\n---\n"},
     "interviews/zorg.en.md", 4, 1, "'status' is published here but example in interviews/zorg.md",
     "give the same status in both files"),
    ("broken article link", {"essays/x.md": fields() + "\nZie [dit](../interviews/zorgg.md).\n"},
     "essays/x.md", 10, 11, "the link '../interviews/zorgg.md' leads to no article",
     "write '../interviews/zorg.md'"),
    ("broken theme link", {"essays/x.md": fields() + "\nOver [werk](../docs/themes/werk.md).\n"},
     "essays/x.md", 10, 13, "the link '../docs/themes/werk.md' leads to no theme",
     "write '../docs/themes/work.md'"),
    ("broken session link", {"essays/x.md": fields() + "\n[s](../docs/sessions/s2.md)\n"},
     "essays/x.md", 10, 5, "the link '../docs/sessions/s2.md' leads to no session",
     "the sessions are: s1"),
    ("link that is no address", {"essays/x.md": fields() + "\n[host](http://[::1/x)\n"},
     "essays/x.md", 10, 8, "the link 'http://[::1/x' is not a valid address",
     "check the brackets"),
    ("two files, one address", {"essays/werk-eerst.nl.md": GOOD},
     "essays/werk-eerst.nl.md", 1, 1, "this file and essays/werk-eerst.md would both be the page",
     "keep one of them"),
    ("article and docs page, one address", {"docs/essays/werk-eerst.en.md": GOOD},
     "essays/werk-eerst.en.md", 1, 1,
     "this file and docs/essays/werk-eerst.en.md would both be the page at the same address",
     "move the text of docs/essays/werk-eerst.en.md here"),
    ("file name not an address", {"essays/Mijn Artikel.md": GOOD},
     "essays/Mijn Artikel.md", 1, 1,
     "cannot be part of a web address", "rename it to 'mijn-artikel.md'"),
    ("file name with diacritics", {"essays/Café in de wijk.en.md": GOOD},
     "essays/Café in de wijk.en.md", 1, 1,
     "cannot be part of a web address", "rename it to 'cafe-in-de-wijk.en.md'"),
    ("image missing", {"essays/x.md": fields(image="images/nope.jpg", image_alt="A graph")},
     "essays/x.md", 7, 1,
     "the picture 'images/nope.jpg' does not exist", "put the picture in docs/images/"),
    ("image outside", {"essays/x.md": fields(image="../../../etc/passwd", image_alt="A graph")},
     "essays/x.md", 7, 1, "the picture '../../../etc/passwd' lies outside the repository",
     "put the picture in docs/images/"),
    ("not UTF-8", {"essays/x.md": b"---\ntitle: Caf\xe9\n---\n"},
     "essays/x.md", 2, 1, "the file is not UTF-8 text", "save it as UTF-8"),
    ("empty file", {"essays/x.md": ""},
     "essays/x.md", 1, 1, "the file is empty", "copy plugins/magazine/scaffold/article.md"),
    ("only blank lines", {"essays/x.md": "\n  \n"},
     "essays/x.md", 1, 1, "the file is empty", "copy plugins/magazine/scaffold/article.md"),
    ("theme page without title", {"docs/themes/work.en.md": "---\ndescription: About work.\n---\n"},
     "docs/themes/work.en.md", 1, 1,
     "the required field 'title' is missing", "add a line 'title: ...'"),
    ("source without title", {"essays/x.md": fields(sources="\n  - url: https://example.org/a")},
     "essays/x.md", 8, 1, "source 1 has no title", "add 'title: ...'"),
    ("source address not on the web", {"essays/x.md": fields(
        sources="\n  - Een rapport\n  - title: X\n    url: javascript:alert(1)")},
     "essays/x.md", 9, 1, "the url of source 2 is not a web address", "starting with https://"),
    ("sources not a list", {"essays/x.md": fields(sources='"Een rapport"')},
     "essays/x.md", 7, 1, "'sources' must be a list, not text", "write each source as"),
    ("source with unknown field", {"essays/x.md": fields(
        sources="\n  - title: X\n    adres: https://example.org")},
     "essays/x.md", 8, 1, "source 1 has an unknown field 'adres'", "a source has a title and a url"),
    ("theme source without title", {"docs/themes/work.md": (
        "---\ntitle: Werk\nsources:\n  - url: https://example.org\n---\n")},
     "docs/themes/work.md", 4, 1, "source 1 has no title", "add 'title: ...'"),
    ("session agenda is ambiguous", {"docs/sessions/s1.md": (
        "---\ntitle: Sessie\ndate: 2019-05-14\nthemes: [work]\nagenda: [Plan]\n---\n")},
     "docs/sessions/s1.md", 5, 1, "'agenda' is ambiguous", "'programme:'"),
    ("session number not a number", {"docs/sessions/s1.md": (
        "---\ntitle: Sessie\nnumber: vier\nthemes: [work]\n---\n")},
     "docs/sessions/s1.md", 3, 1, "'number' must be a whole number", "number: 4"),
    ("session names unknown theme", {"docs/sessions/s1.md": (
        "---\ntitle: Sessie\ndate: 2019-05-14\nthemes: [work, gezondheid]\n---\n")},
     "docs/sessions/s1.md", 4, 1, "there is no theme 'gezondheid'", "write themes: [work, health]"),
]



def agenda(actions: str, lang: str = "") -> dict[str, str]:
    """Session s1 (of the tiny site) with the action agenda `actions`; the action starts on line 5."""
    return {f"docs/sessions/s1{lang}.md": (
        f"---\ntitle: Sessie {lang or 'een'}\nthemes: [work]\naction_agenda:\n{actions}---\n")}


PILOT = "  - id: pilot\n    action: Gemeente start pilot\n"
CASES += [
    ("action agenda not a list", agenda("  Pilot\n"),
     "docs/sessions/s1.md", 4, 1, "'action_agenda' must be a list of actions, not text",
     "'- id: short-name'"),
    ("action without id", agenda("  - action: Pilot\n"),
     "docs/sessions/s1.md", 5, 1, "action 1 has no id", "'id: short-name'"),
    ("action id not a slug", agenda("  - id: Pilot Ede\n    action: Pilot\n"),
     "docs/sessions/s1.md", 5, 1, "the id 'Pilot Ede' of action 1 cannot be part of a web address",
     "id: pilot-ede"),
    ("action ids twice", agenda(PILOT + PILOT),
     "docs/sessions/s1.md", 7, 1, "action 2 has the same id 'pilot' as action 1",
     "an id of its own"),
    ("action without what was agreed", agenda("  - id: pilot\n    by: [Gemeente]\n"),
     "docs/sessions/s1.md", 5, 1, "action 1 ('pilot') does not say what was agreed",
     "add 'action: ...'"),
    ("action with unknown field", agenda(PILOT + "    wie: [Gemeente]\n"),
     "docs/sessions/s1.md", 7, 1, "action 1 has an unknown field 'wie'", "the fields id, action"),
    ("action state unknown", agenda(PILOT + "    state: halverwege\n"),
     "docs/sessions/s1.md", 7, 1, "the state of action 1 is not known: 'halverwege'",
     "agreed, under way, done, stopped, not known"),
    ("action names unknown theme", agenda(PILOT + "    themes: [werk]\n"),
     "docs/sessions/s1.md", 7, 1, "action 1 names a theme that does not exist: 'werk'",
     "did you mean 'work'?"),
    ("action change without source", agenda(
        PILOT + "    history:\n      - state: klaar\n        date: 2020-01-01\n"),
     "docs/sessions/s1.md", 8, 1, "change 1 of action 1 names no source", "'source: Title"),
    ("action change without date", agenda(
        PILOT + "    history:\n      - state: klaar\n        date: morgen\n        source: X\n"),
     "docs/sessions/s1.md", 9, 1, "change 1 of action 1 has no date, or not one written as year-month-day",
     "date: 2019-09-01"),
    ("action change on a day that does not exist", agenda(
        PILOT + "    history:\n      - state: klaar\n        date: 2020-13-01\n        source: X\n"),
     "docs/sessions/s1.md", 9, 1, "change 1 of action 1 is dated 2020-13-01, which does not exist: "
     "there is no month 13", "correct the month or the day"),
    ("action change dated day first", agenda(
        PILOT + "    history:\n      - state: klaar\n        date: 14-05-2019\n        source: X\n"),
     "docs/sessions/s1.md", 9, 1, "change 1 of action 1 has no date, or not one written as "
     "year-month-day", "write date: 2019-05-14"),
    ("action changes out of order", agenda(
        PILOT + "    history:\n      - {state: bezig, date: 2020-01-01, source: X}\n"
        "      - {state: klaar, date: 2019-01-01, source: Y}\n"),
     "docs/sessions/s1.md", 9, 1, "change 2 of action 1 is dated before the change above it",
     "oldest first"),
    ("action state and history disagree", agenda(
        PILOT + "    state: gestopt\n    history:\n      - {state: klaar, date: 2020-01-01, "
        "source: X}\n"),
     "docs/sessions/s1.md", 7, 1, "the state of 'pilot' is stopped, but its last change says done",
     "add the change that led to the state now"),
    ("action still the template's text", agenda(
        "  - id: pilot\n    action: Beschrijf hier in een zin wat er is afgesproken.\n"),
     "docs/sessions/s1.md", 6, 1, "'action' of action 1 is still the template's example text",
     "as a source documents it"),
    ("translated action the original lacks", agenda(
        "  - id: pilots\n    action: Pilot\n", ".en"),
     "docs/sessions/s1.en.md", 5, 1, "the original has no action 'pilots'", "did you mean 'pilot'?"),
    ("translated action with another state", agenda(
        "  - id: pilot\n    action: Pilot\n    state: done\n", ".en"),
     "docs/sessions/s1.en.md", 7, 1, "the state of action 'pilot' differs from the original's: done",
     "give the same state as the original (under-way)"),
    ("article names unknown action", {"essays/x.md": fields(actions="[s1/pilott]")},
     "essays/x.md", 7, 1, "there is no action 's1/pilott'", "did you mean 's1/pilot'?"),
    ("article names action without session", {"essays/x.md": fields(actions="[pilot]")},
     "essays/x.md", 7, 1, "there is no action 'pilot'", "did you mean 's1/pilot'?"),
    ("session status unknown", {"docs/sessions/s1.md": (
        "---\ntitle: Sessie\nthemes: [work]\nstatus: voorbeeld\n---\n")},
     "docs/sessions/s1.md", 4, 1, "'status' must be one of published, example", "write status:"),
]

# The messages that are warnings: the build goes on, the check shows them.
WARNINGS = ("unknown field", "the title is the same as")


def write(root: Path, files: dict[str, str | bytes]) -> Path:
    write_site(root, TINY_SITE)
    return add_files(root, files)


@pytest.mark.parametrize(("files", "path", "line", "col", "message", "hint"),
                         [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_each_check(tmp_path, files, path, line, col, message, hint):
    root = write(tmp_path / "repo", files)
    _, diagnostics = load_magazine(root)
    found = [d for d in diagnostics if message in d.message]
    assert found, "\n".join(map(str, diagnostics))
    diagnostic = found[0]
    assert (diagnostic.path, diagnostic.line, diagnostic.col) == (path, line, col)
    assert diagnostic.severity == ("warning" if message.startswith(WARNINGS) else "error")
    assert hint in diagnostic.hint
    assert str(diagnostic).startswith(f"{path}:{line}:{col}: {diagnostic.severity}: ")
    assert str(diagnostic).endswith(f"({diagnostic.hint})")


def test_python_tag_is_not_run(tmp_path):
    root = write(tmp_path / "repo", {"essays/x.md": fields(
        title=f"!!python/object/apply:os.system ['touch {tmp_path}/pwned']")})
    load_magazine(root)
    assert not (tmp_path / "pwned").exists()


def test_missing_translation_is_a_warning(tmp_path):
    root = write(tmp_path / "repo", {})
    magazine, diagnostics = load_magazine(root)
    assert [str(d) for d in diagnostics] == [
        "practices/alleen-nl.md:1:1: warning: there is no English version of this article yet "
        "(add practices/alleen-nl.en.md; until then readers see the original, marked as such)"
    ]
    assert magazine.article("practices/alleen-nl") is not None


def test_byte_order_mark_and_windows_line_endings_are_accepted(tmp_path):
    text = "\ufeff" + fields(themes="[work]\nsession: s1").replace("\n", "\r\n")
    root = write(tmp_path / "repo", {"essays/x.md": text.encode("utf-8"),
                                     "essays/x.en.md": b"---\r\ntitle: X\r\nsummary: Y\r\n---\r\n"})
    magazine, diagnostics = load_magazine(root)
    assert [d for d in diagnostics if d.path.startswith("essays/x")] == []
    article = magazine.article("essays/x")
    assert article is not None and article.session == "s1"
    assert article.versions["nl"].title == "Goed"


def test_a_bad_article_does_not_hide_the_others(tmp_path):
    root = write(tmp_path / "repo", {"essays/x.md": fields(date="morgen")})
    magazine, _ = load_magazine(root)
    assert magazine.article("essays/x") is None
    assert {a.key for a in magazine.articles} == {
        "essays/werk-eerst", "interviews/zorg", "practices/alleen-nl"}


# -- the command ---------------------------------------------------------------------------------


def test_check_prints_one_line_per_problem_and_a_summary(tmp_path, capsys):
    root = write(tmp_path / "repo", {"essays/x.md": fields(themes="[werk]")})
    assert cli.main(["--root", str(root), "check", "--lang", "en"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "essays/x.md:1:1: warning: there is no English version of this article yet "
        "(add essays/x.en.md; until then readers see the original, marked as such)",
        "essays/x.md:6:1: error: there is no theme 'werk' (write themes: [work])",
        "practices/alleen-nl.md:1:1: warning: there is no English version of this article yet "
        "(add practices/alleen-nl.en.md; until then readers see the original, marked as such)",
        "4 articles checked: 1 error, 2 warnings",
    ]


def test_check_json(tmp_path, capsys):
    root = write(tmp_path / "repo", {"essays/x.md": fields(themes="[werk]")})
    assert cli.main(["--root", str(root), "check", "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["errors"] == 1 and report["warnings"] == 2 and report["articles"] == 4
    assert report["summary"] == "4 articles checked: 1 error, 2 warnings"
    assert {"path": "essays/x.md", "line": 6, "col": 1, "severity": "error",
            "message": "there is no theme 'werk'", "hint": "write themes: [work]"
            } in report["diagnostics"]


def test_check_exits_0_with_only_warnings(tmp_path, capsys):
    root = write(tmp_path / "repo", {})
    assert cli.main(["--root", str(root), "check", "--lang", "en"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "3 articles checked: 0 errors, 1 warning"


def test_usage_errors_exit_2(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit:
        cli.main(["check", "--format", "xml"])
    assert exit.value.code == 2
    with pytest.raises(SystemExit) as exit:
        cli.main(["--root", str(tmp_path), "check", "--lang", "en"])
    assert exit.value.code == 2
    assert "is not the magazine's repository" in capsys.readouterr().err


def test_check_reads_the_languages_from_mkdocs_yml(tmp_path, capsys):
    root = write(tmp_path / "repo", {})
    config = (root / "mkdocs.yml").read_text()
    config = "site_url: !ENV [SITE_URL, 'https://example.org/']\n" + config.replace(
        "        - locale: en\n          name: English\n",
        "        - locale: en\n          name: English\n          build: true\n"
        "        - locale: de\n          name: Deutsch\n")
    (root / "mkdocs.yml").write_text(config)
    assert cli.site_languages(root) == ("nl", "en", "de")
    assert cli.main(["--root", str(root), "check", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "essays/werk-eerst.md:1:1: warning: there is no de version of this article yet" in out


def test_check_on_the_real_content(capsys):
    from conftest import REPO
    assert cli.main(["--root", str(REPO), "check", "--lang", "en"]) == 0
    lines = capsys.readouterr().out.splitlines()
    # The one warning is honest: no licence has been chosen for the edition yet.
    assert lines[-1].endswith(": 0 errors, 1 warning"), lines
    assert lines[0].startswith("docs/editions/maaksessies-2020.md:1:1: warning: the edition has no "
                               "licence")


# -- the build -----------------------------------------------------------------------------------


@pytest.mark.allow_warnings
def test_strict_build_fails_with_the_same_message(tmp_path, no_unexpected_warnings):
    from mkdocs.exceptions import Abort
    root = write(tmp_path / "repo", {"essays/x.md": fields(themes="[werk]")})
    with pytest.raises(Abort):
        build(root, strict=True)
    messages = [r.getMessage() for r in no_unexpected_warnings.records]
    # In the magazine's language, as `magazine check` says it.
    assert any(m.endswith("essays/x.md:6:1: fout: er is geen thema 'werk' (schrijf themes: [work])")
               for m in messages), messages


@pytest.mark.allow_warnings
def test_non_strict_build_leaves_out_only_the_bad_article(tmp_path, no_unexpected_warnings):
    root = write(tmp_path / "repo", {
        "essays/x.md": fields(date="14-05-2019"),
        "essays/y.md": fields(title="Ook goed") + "\nZie [x](../essays/onbekend.md).\n"
                       "[v6](http://[::1) ![beeld](http://[::2/a.png)\n",
    })
    site = build(root, strict=False)
    messages = [r.getMessage() for r in no_unexpected_warnings.records]
    assert any("essays/x.md:4:1: fout: 'date' is geen datum als jaar-maand-dag: '14-05-2019' "
               "(schrijf date: 2019-05-14)" in m for m in messages)
    assert any("essays/y.md:10:9: fout: de link '../essays/onbekend.md'" in m for m in messages)
    assert not (site / "essays/x").exists()
    for url in ("essays/werk-eerst", "en/essays/werk-eerst", "interviews/zorg",
                "en/interviews/zorg",
                "practices/alleen-nl", "en/practices/alleen-nl", "essays/y", "en/essays/y"):
        assert page(site, url).h1 is not None, url
    assert page(site, "essays/y").h1.get_text() == "Ook goed"
    # The broken link is reported once, by us, and readers get its text without a dead link.
    assert not any("not found among documentation files" in m for m in messages), messages
    broken = page(site, "essays/y").find(class_="mz-unpublished")
    assert broken.name == "span" and broken.get_text() == "x"


def test_a_link_to_a_draft_passes_a_strict_build_and_shows_as_text(tmp_path):
    root = write(tmp_path / "repo", {
        "essays/concept.md": fields(title="Concept", status="draft"),
        "essays/y.md": fields(title="Ook goed") + "\nZie [het concept](concept.md).\n",
    })
    site = build(root, strict=True)  # no warning: the link will work once the draft is published
    assert not (site / "essays/concept").exists()
    for url in ("essays/y", "en/essays/y"):
        text = page(site, url).find(class_="mz-unpublished")
        assert text.name == "span" and text.get_text() == "het concept", url


# -- the documentation for editors ---------------------------------------------------------------


def documented_messages(name: str) -> list[re.Pattern[str]]:
    """The message column of the check table in CONTRIBUTING, as patterns."""
    from conftest import REPO
    patterns = []
    for row in (REPO / name).read_text(encoding="utf-8").splitlines():
        match = re.match(r"^\| `([^`]+)`", row)
        if not match:
            continue
        pattern = re.escape(match.group(1))
        for placeholder in (r"'x'", r"'xx'", r"'…'"):
            pattern = pattern.replace(re.escape(placeholder), "'[^']*'")
        pattern = pattern.replace(re.escape("…"), ".*").replace(re.escape(" n "), r" \d+ ")
        pattern = re.sub(r"<[^>]+>", ".*", pattern.replace("\\<", "<").replace("\\>", ">"))
        pattern = pattern.replace(r"x\ here\ but\ y", r"\S+\ here\ but\ \S+")
        pattern = pattern.replace(r"article\ /\ theme\ /\ session", "(article|theme|session)")
        patterns.append(re.compile(pattern))
    return patterns


# CONTRIBUTING.nl.md needs no table: the check speaks Dutch (tests/test_messages.py).
@pytest.mark.parametrize("name", ["CONTRIBUTING.md"])
def test_every_check_message_is_explained_to_editors(tmp_path, capsys, name):
    patterns = documented_messages(name)
    assert len(patterns) > 20
    from test_check_agrees_with_build import CASES as BUILD_CASES
    from test_check_agrees_with_build import EDITION_CONFIG, edition

    tables = [(case, files, None) for case, files, *_rest in CASES]
    tables += [(case, files, config) for case, files, config, _places in BUILD_CASES]
    tables += [(f"edition: {name}", edition_file, EDITION_CONFIG) for name, edition_file in [
        ("mistakes", {"docs/editions/e.md": "---\ndate: morgen\ncover: images/nee.jpg\n"
                      "kaft: x\nsections:\n  - title: A\n    articles: [essays/werk-eerst, "
                      "essays/werk-eerst]\n  - title: B\n---\n"}),
        ("no list", {"docs/editions/e.md": "---\ntitle: E\nsections: x\n---\n"}),
        ("missing", {}),
        ("entries", edition("[essays/nope]"))]]
    tables.append(("picture outside docs", {
        "essays/x.md": fields() + "![a](plaatje.png)\n", "essays/plaatje.png": "not a picture"},
        None))
    for index, (case, files, config) in enumerate(tables):
        root = write(tmp_path / f"r{index}", files)
        if config:
            (root / "mkdocs.yml").write_text(config)
        capsys.readouterr()
        cli.main(["--root", str(root), "check", "--format", "json"])
        for diagnostic in json.loads(capsys.readouterr().out)["diagnostics"]:
            assert any(p.match(diagnostic["message"]) for p in patterns), (
                case, diagnostic["message"])


def test_workflows_use_the_make_targets():
    from conftest import REPO
    targets = set(re.findall(r"^([a-z]+):", (REPO / "Makefile").read_text(), re.M))
    pr = (REPO / ".github/workflows/pr.yml").read_text()
    deploy = (REPO / ".github/workflows/deploy.yml").read_text()
    # The editor's order: the check, the preview and screenshots, then lint, build and tests.
    assert re.findall(r"run: make (\w+)", pr) == ["check", "preview", "screenshots", "lint",
                                                   "site", "test"]
    assert "run: make check CHECK_FORMAT=github" in pr
    assert re.findall(r"run: make (\w+)", deploy) == ["site"]
    assert {"check", "lint", "site", "test", "preview", "screenshots"} <= targets
    assert "actions/upload-artifact" in pr and "path: preview/" in pr and "path: changed-screenshots/" in pr
    assert "steps.preview.outputs.artifact-url" in pr
    assert "actions/upload-pages-artifact" in deploy and "actions/deploy-pages" in deploy


@pytest.mark.parametrize("config", [
    "site_name: X\n", "plugins:\n  - search\n", "plugins: [i18n]\n", ": : :\n",
    "plugins:\n  - i18n:\n      languages: nl\n",
    "plugins:\n  - i18n:\n      languages:\n        - locale: en\n        - locale: nl\n"
    "          default: true\n",
])
def test_languages_fall_back_to_dutch_and_english(tmp_path, config):
    (tmp_path / "mkdocs.yml").write_text(config)
    assert cli.site_languages(tmp_path) == ("nl", "en")


def test_a_folder_that_cannot_be_read_is_reported_not_skipped(tmp_path, monkeypatch):
    import os

    from magazine.content import loader

    root = write(tmp_path, {})
    real_scandir = os.scandir

    def scandir(path):
        if Path(path) == root / "interviews":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(loader.os, "scandir", scandir)
    magazine, diagnostics = load_magazine(root)
    errors = [d for d in diagnostics if d.severity == "error"]
    assert [(d.path, d.line) for d in errors] == [("interviews", 1)]
    assert "the folder cannot be read: Permission denied" in errors[0].message
    assert magazine.of_folder("essays") and not magazine.of_folder("interviews")


# -- sources, sessions, reading level and editions ------------------------------------------------


def test_a_session_without_a_documented_action_agenda_or_date_says_so(tmp_path):
    root = write(tmp_path / "repo", {
        "docs/sessions/s2.md": "---\ntitle: Sessie elf\nnumber: 11\nthemes: [work]\n"
                               "sources:\n  - title: Verslag\n    url: https://example.org/11\n"
                               "---\nTekst.\n",
    })
    site = build(root)
    html = page(site, "sessions/s2")
    assert html.select_one(".mz-agenda__unknown").get_text().startswith(
        "De actieagenda van deze Maaksessie is (nog) niet beschreven")
    assert not html.select(".mz-agenda .mz-action") and not html.select(".mz-programme")
    assert "niet bekend" in html.select_one(".mz-session__facts").get_text()
    assert [(a.get_text(), a["href"]) for a in html.select(".mz-sources a")] == [
        ("Verslag", "https://example.org/11")]
    overview = page(site, "sessions")
    assert [a.get_text() for a in overview.select(".mz-session > a")] == ["Sessie een", "Sessie elf"]


PLAIN = """\
plugins:
  - magazine:
      plain_language:
        pages: [practices/*]
        nl: 60
        en: 10
"""

HARD_NL = ("De implementatieverantwoordelijkheid van gemeentelijke organisaties betreffende "
           "inburgeringsvoorzieningen veronderstelt interdisciplinaire samenwerkingsverbanden "
           "tussen maatschappelijke belanghebbenden en uitvoeringsinstanties, waarbij "
           "participatiebevorderende instrumentaria systematisch geëvalueerd worden. ") * 3
EASY_EN = ("You go to the town hall. You talk with a man or a woman there. They ask what you want "
           "to do. You say it in your own words. Then you make a plan. You can ask for help. ") * 3


def test_check_warns_when_a_piece_for_newcomers_reads_too_hard(tmp_path, capsys):
    root = write(tmp_path / "repo", {
        "practices/alleen-nl.md": fields(title="Moeilijk") + "\n" + HARD_NL,
        "practices/alleen-nl.en.md": "---\ntitle: Easy\nsummary: Plain.\n---\n" + EASY_EN,
        "essays/werk-eerst.md": fields(title="Essay") + "\n" + HARD_NL,  # not meant for newcomers
    })
    text = (root / "mkdocs.yml").read_text(encoding="utf-8").replace(
        "  - magazine\n", PLAIN.split("plugins:\n", 1)[1])
    (root / "mkdocs.yml").write_text(text, encoding="utf-8")
    assert cli.main(["--root", str(root), "check", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    warnings = [line for line in out.splitlines() if "meant for newcomers" in line]
    assert len(warnings) == 1, out
    assert warnings[0].startswith("practices/alleen-nl.md:8:1: warning: this piece is meant for "
                                  "newcomers but reads harder than the site's level: Flesch-Douma")
    assert "the site asks at least 60" in warnings[0]
    assert cli.main(["--root", str(root), "status"]) == 0
    status = capsys.readouterr().out
    line = next(x for x in status.splitlines() if x.startswith("practices/alleen-nl:"))
    assert "reading level: nl Flesch-Douma" in line and "en Coleman-Liau" in line


def test_reading_levels_of_plain_and_hard_text():
    from magazine.content.readability import measure
    assert measure(HARD_NL, "nl").score < 30
    assert measure("Ik woon in Ede. Ik werk in een winkel. Ik leer Nederlands. " * 4, "nl").score > 80
    assert measure(EASY_EN, "en").score < 5
    assert measure("Te kort.", "nl") is None and measure(EASY_EN, "de") is None
# -- one mistake, one message ----------------------------------------------------------------------


@pytest.mark.parametrize("dutch", [
    "---\ntitle: Werk eerst\n\tsummary: Over werk.\ndate: 2019-05-14\nauthors: [Ann]\n"
    "themes: [work]\n---\n",
    "---\ntitle: Werk eerst\nsummary: Werk: een begin\ndate: 2019-05-14\nauthors: [Ann]\n"
    "themes: [work]\n---\n",
    "---\ntitle: \"Werk eerst\nsummary: Over werk.\ndate: 2019-05-14\nauthors: [Ann]\n"
    "themes: [work]\n---\n",
    "---\ntitle: Werk eerst\ndate: 2019-05-14\nauthors: [Ann]\nthemes: [work]\n---\n",
], ids=["tab", "unquoted colon", "unclosed quote", "no summary"])
def test_a_broken_original_does_not_blame_the_healthy_translation(tmp_path, dutch):
    root = write(tmp_path / "repo", {"essays/werk-eerst.md": dutch})
    magazine, diagnostics = load_magazine(root)
    about = [d for d in diagnostics if d.path.startswith("essays/werk-eerst")]
    assert [d.path for d in about] == ["essays/werk-eerst.md"], about
    assert about[0].severity == "error"
    # No English text at the Dutch address: the article waits for its original.
    assert magazine.article("essays/werk-eerst") is None


def test_the_unclosed_quote_is_reported_where_it_opens(tmp_path):
    root = write(tmp_path / "repo", {"essays/x.md": fields(summary='"Over werk.')})
    _, diagnostics = load_magazine(root)
    assert [(d.line, d.col, d.message) for d in diagnostics if d.path == "essays/x.md"] == [
        (3, 10, "the quote that opens here is never closed")]


def test_a_quoted_iso_date_is_a_date(tmp_path):
    root = write(tmp_path / "repo", {"essays/x.md": fields(date='"2019-05-14"'),
                                     "essays/x.en.md": "---\ntitle: X\nsummary: Y\n---\n"})
    magazine, diagnostics = load_magazine(root)
    assert [d for d in diagnostics if d.path.startswith("essays/x")] == []
    assert str(magazine.article("essays/x").date) == "2019-05-14"


def test_a_new_article_published_unchanged_is_refused(tmp_path, capsys):
    root = write(tmp_path / "repo", {})
    assert cli.main(["--root", str(root), "new", "essay", "--title", "Café in de wijk",
                     "--theme", "work"]) == 0
    for name in ("essays/cafe-in-de-wijk.md", "essays/cafe-in-de-wijk.en.md"):
        path = root / name
        path.write_text(path.read_text().replace("status: draft", "status: published"))
    _, diagnostics = load_magazine(root)
    found = {(d.path, d.message) for d in diagnostics}
    for path in ("essays/cafe-in-de-wijk.md", "essays/cafe-in-de-wijk.en.md"):
        assert (path, "'summary' is still the template's example text") in found
        assert (path, "the text is still the template's example text") in found
    assert ("essays/cafe-in-de-wijk.md", "'authors' is still the template's example text") in found
    assert ("essays/cafe-in-de-wijk.en.md", "the title is the same as in "
            "essays/cafe-in-de-wijk.md: 'Café in de wijk'") in found


def test_check_writes_github_annotations_and_a_job_summary(tmp_path, capsys, monkeypatch):
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    root = write(tmp_path / "repo", {"essays/x.md": fields(themes="[werk]") + "\n[a](100%.md)\n"})
    assert cli.main(["--root", str(root), "check", "--format", "github", "--lang", "en"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert ("::error file=essays/x.md,line=6,col=1,title=magazine check::there is no theme "
            "'werk' (write themes: [work])") in lines
    assert any(line.startswith("::error file=essays/x.md,line=10,col=5,") and
               "the link '100%25.md' leads to no article" in line for line in lines), lines
    assert lines[-1] == "4 articles checked: 2 errors, 2 warnings"
    text = summary.read_text()
    assert text.startswith("### Content check: 4 articles checked: 2 errors, 2 warnings")
    # The fix as text: Markdown's brackets escaped, so that GitHub shows them as typed.
    assert ("| `essays/x.md` | 6 | error: there is no theme 'werk' | write themes: \\[work\\] |"
            in text)


def test_a_misnamed_session_file_is_one_error_with_the_name_to_give(tmp_path):
    """`docs/sessions/Maaksessie 5.md` is not read as a session: the one problem is its name.
    It was also read as a plain page, whose fields are few: a warning for each session field,
    with hints such as "write 'date:' instead of 'date:'"."""
    session = TINY_SITE["docs/sessions/s1.md"]
    root = write(tmp_path / "repo", {**TINY_SITE, "docs/sessions/Maaksessie 5.md": session})
    _, diagnostics = load_magazine(root)
    about = [d for d in diagnostics if d.path == "docs/sessions/Maaksessie 5.md"]
    assert len(about) == 1, "\n".join(map(str, about))
    assert about[0].severity == "error" and "rename it to 'maaksessie-5.md'" in about[0].hint


def test_a_field_is_never_told_to_be_called_what_it_is_called():
    """A Dutch alias names a field only where that field is known: a page's `date` has no
    near field among a page's (title, description, hide, search)."""
    from magazine.content.fields import FIELD_WORDS, renaming

    assert renaming("date", ["title", "description", "hide", "search"], FIELD_WORDS) == ""
    assert renaming("datum", ["title", "date"], FIELD_WORDS) == "write 'date:' instead of 'datum:'"


def test_an_edition_entry_is_reported_on_its_own_line(tmp_path):
    """`- /etc/passwd` on line 8 of the edition file is reported on line 8, not on the line of
    `sections:`; so is an unknown section field and a session without an agenda."""
    from magazine.printing.edition import check_edition
    from test_check_agrees_with_build import EDITION_CONFIG

    root = write(tmp_path / "repo", {**TINY_SITE, "docs/editions/e.md": (
        "---\ntitle: E\ndate: 2020-06-01\nsections:\n  - title: Een\n    articles:\n"
        "      - essays/werk-eerst\n      - /etc/passwd\n    kleur: rood\n"
        "    agendas: [geen-sessie]\n---\n")})
    (root / "mkdocs.yml").write_text(EDITION_CONFIG)
    magazine, _ = load_magazine(root)
    lines = {d.message.split(";")[0]: d.line for d in check_edition(magazine, "e")}
    assert lines.get("no published article 'etc/passwd'") == 8, lines
    assert lines.get("unknown field 'kleur' in section 1") == 9, lines
    assert lines.get("no session 'geen-sessie'") == 10, lines
