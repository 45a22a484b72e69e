"""The check speaks plain words in both languages, and its fix is the line to type.

Editors are not programmers: no message of the check, the build's log or the preview's banner
(they all say the texts of `messages.TEXTS`) may lean on a word they would have to look up.
"""

from __future__ import annotations

import re

import pytest
from conftest import TINY_SITE, write_site
from magazine import cli
from magazine.content import github_output
from magazine.content.messages import TEXTS, WORDS
from magazine.content.ui_strings import STRINGS

# Words a programmer knows and an editor looks up. `<slug>`, `<id>`, `<name>`: a placeholder in
# angle brackets is not a line anyone can type. An option to type, such as `--slug`, is the fix
# itself, not a word to look up.
JARGON = re.compile(
    r"\bISO\b|YAML|front ?matter|(?<!--)\bslugs?\b|<(slug|id|name|naam|kind)>|JJJJ|YYYY|placeholder"
    r"|relative (path|to)|IPv6|\balias\b|\banchor\b|control character|\bescapes?\b"
    r"|symbolic link|\bnested\b|\bmapping\b|\bboolean\b|\binteger\b|\bstring\b|\bparse"
    r"|traceback|\bkey\b|\bregex", re.IGNORECASE)


def texts() -> list[str]:
    """Every text of the table, both columns, with the placeholders' names left out (`{slug}`
    is where a value goes, not a word the editor reads)."""
    every = [text for row in TEXTS for text in row]
    every += [text for pair in WORDS.items() for text in pair]
    return [re.sub(r"\{\w+\}", "…", text) for text in every]


def test_the_jargon_list_finds_jargon():
    found = [text for text in ["'date' is not an ISO date", "the front matter is not valid YAML",
                               "link to ../docs/themes/<id>.md", "write it as YYYY-MM-DD"]
             if JARGON.search(text)]
    assert len(found) == 4


def test_no_message_of_either_language_uses_jargon():
    assert len(texts()) > 400
    assert [text for text in texts() if JARGON.search(text)] == []


def test_the_banner_the_pages_and_the_pull_requests_summary_use_no_jargon():
    words = [text for entry in STRINGS.values() for text in entry.values()]
    words += [text for title, heads, clean in github_output.JOB_SUMMARY.values()
              for text in (title, *heads, clean)]
    words += [text for entry in github_output.CHANGES_SUMMARY.values() for text in entry.values()]
    assert len(words) > 50
    assert [text for text in words if JARGON.search(text)] == []


ARTICLE = ("---\ntitle: Een stuk\nsummary: Kort.\ndate: 2019-05-14\nauthors: [Ann]\n"
           "themes: [work]\nstatus: published\n---\nTekst.\n")


def check(tmp_path, capsys, article: str, lang: str) -> list[str]:
    root = write_site(tmp_path / f"repo-{lang}", {**TINY_SITE, "essays/stuk.md": article,
                                                  "essays/stuk.en.md": ARTICLE})
    capsys.readouterr()
    assert cli.main(["--root", str(root), "check", "--lang", lang]) == 1
    return [line for line in capsys.readouterr().out.splitlines()
            if line.startswith("essays/stuk.md:")]


# (what the editor did, the article, the line of the check in Dutch, in English)
MISTAKES = [
    ("a Dutch date", ARTICLE.replace("2019-05-14", "14-05-2019"),
     "essays/stuk.md:4:1: fout: 'date' is geen datum als jaar-maand-dag: '14-05-2019' "
     "(schrijf date: 2019-05-14)",
     "essays/stuk.md:4:1: error: 'date' is not a date written as year-month-day: '14-05-2019' "
     "(write date: 2019-05-14)"),
    ("a date that is not one", ARTICLE.replace("2019-05-14", "mei 2019"),
     "essays/stuk.md:4:1: fout: 'date' is geen datum als jaar-maand-dag: 'mei 2019' "
     "(schrijf jaar-maand-dag, zoals date: 2019-05-14)",
     "essays/stuk.md:4:1: error: 'date' is not a date written as year-month-day: 'mei 2019' "
     "(write year-month-day, such as date: 2019-05-14)"),
    # The template's `$session` line, left in the middle of the fields as the template has it.
    ("the template's session line", ARTICLE.replace("status:", "$session\nstatus:"),
     "essays/stuk.md:7:1: fout: de regel '$session' komt nog ongewijzigd uit het sjabloon "
     "(schrijf 'session: ...' met je eigen waarde, of haal de regel weg)",
     "essays/stuk.md:7:1: error: the line '$session' is still as the template has it "
     "(write 'session: ...' with your value, or remove the line)"),
    ("a colon in a title", ARTICLE.replace("title: Een stuk", "title: Werk: een begin"),
     "essays/stuk.md:2:12: fout: deze regel van de velden is niet te lezen als 'naam: waarde' "
     "(zet de waarde tussen dubbele aanhalingstekens: title: \"Werk: een begin\")",
     "essays/stuk.md:2:12: error: this line of the fields cannot be read as 'name: value' "
     "(put the value between double quotes: title: \"Werk: een begin\")"),
    ("a theme by its Dutch name", ARTICLE.replace("[work]", "[work, gezondheid]"),
     "essays/stuk.md:6:1: fout: er is geen thema 'gezondheid' (schrijf themes: [work, health])",
     "essays/stuk.md:6:1: error: there is no theme 'gezondheid' "
     "(write themes: [work, health])"),
    ("a Dutch status", ARTICLE.replace("published", "concept"),
     "essays/stuk.md:7:1: fout: 'status' moet published (gepubliceerd), draft (concept) of "
     "example (voorbeeld) zijn, niet 'concept' (schrijf status: draft)",
     "essays/stuk.md:7:1: error: 'status' must be one of published, draft, example, not "
     "'concept' (write status: draft)"),
]


@pytest.mark.parametrize(("case", "article", "dutch", "english"), MISTAKES,
                         ids=[case for case, *_ in MISTAKES])
def test_a_mistake_gets_the_line_to_type_in_both_languages(tmp_path, capsys, case, article,
                                                            dutch, english):
    assert check(tmp_path, capsys, article, "nl") == [dutch]
    assert check(tmp_path, capsys, article, "en") == [english]
    for said in (dutch, english):
        assert not JARGON.search(said)
