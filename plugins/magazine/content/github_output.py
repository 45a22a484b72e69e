"""What GitHub shows of the magazine's checks, in the magazine's language: problems on the file
and line of a pull request (workflow commands), and the job's summary page.

`magazine check --format github` writes an annotation per problem and a table of them in the
summary; the site's build writes an annotation, when it runs in GitHub Actions, for each problem
only the print edition's layout finds (a picture that prints soft), so the editor sees it on the
article's line too, not only in the build's log; `magazine changed --format github` writes the
changed articles and their pages in the preview into the summary.
"""

from __future__ import annotations

import os
import re

from .changes import ChangedArticle
from .diagnostics import Diagnostic, one_line
from .messages import severity_word


def in_github_actions() -> bool:
    return os.environ.get("GITHUB_ACTIONS") == "true"


def github_annotation(diagnostic: Diagnostic, title: str = "magazine check") -> str:
    """A workflow command that GitHub shows on the file and line of the pull request."""
    message = one_line(f"{diagnostic.message} ({diagnostic.hint})" if diagnostic.hint
                       else diagnostic.message)
    return (f"::{diagnostic.severity} file={escape_property(one_line(diagnostic.path))},"
            f"line={diagnostic.line},col={diagnostic.col},"
            f"title={escape_property(title)}::{escape_data(message)}")


def escape_data(text: str) -> str:
    """GitHub's escaping of a workflow command's message: %, CR and LF."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """GitHub's escaping of a workflow command's property: also ':' and ','."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


JOB_SUMMARY = {
    "en": ("Content check", ("file", "line", "problem", "fix"),
           "Every article and page can be published."),
    "nl": ("Controle van de inhoud", ("bestand", "regel", "probleem", "oplossing"),
           "Elk artikel en elke pagina kan gepubliceerd worden."),
}


def write_job_summary(diagnostics: list[Diagnostic], summary: str, lang: str = "en") -> None:
    """A short table in the job's summary page (GITHUB_STEP_SUMMARY), when run on GitHub."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return
    title, heads, clean = JOB_SUMMARY.get(lang, JOB_SUMMARY["en"])
    lines = [f"### {title}: {summary}", ""]
    if diagnostics:
        lines += ["| " + " | ".join(heads) + " |", "| --- | --- | --- | --- |"]
        lines += [f"| {code_cell(d.path)} | {d.line} | "
                  f"{table_cell(severity_word(d.severity, lang) + ': ' + d.message)} | "
                  f"{table_cell(d.hint)} |" for d in diagnostics]
    else:
        lines.append(clean)
    with open(target, "a", encoding="utf-8") as file:
        file.write("\n".join(lines) + "\n")


# The characters with which Markdown begins a link, a picture, emphasis, code, HTML, an entity or
# a cell's end; escaped with a backslash, each stands for itself.
MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_\[\]()<>!|~&])")


def table_cell(text: str) -> str:
    """Text in a Markdown table cell, as text: on one line, every character that Markdown reads
    as a link, a picture, emphasis, HTML or a cell's end escaped."""
    return MARKDOWN_PUNCTUATION.sub(r"\\\1", one_line(text))


def code_cell(text: str) -> str:
    """Text as code in a Markdown table cell: one line, no backtick to end the code early."""
    return "`" + one_line(text).replace("`", "'").replace("|", "\\|") + "`"


CHANGES_SUMMARY = {
    "en": {
        "title": "Your articles in the preview", "download": "Download the preview",
        "open": "(Artifacts: `preview`), unpack it and open a page below in your browser: the "
                "site as it will look, with your changes. The artifact `screenshots` shows the "
                "same pages on a phone and a laptop.",
        "article": "article", "missing": "not in the preview: see the problems above",
        "none": "This pull request changes no article; `index.html` opens the home page.",
    },
    "nl": {
        "title": "Je artikelen in het voorbeeld", "download": "Download het voorbeeld",
        "open": "(Artifacts: `preview`), pak het uit en open een pagina hieronder in je "
                "browser: de site zoals hij wordt, met jouw wijzigingen. Het artifact "
                "`screenshots` toont dezelfde pagina's op een telefoon en een laptop.",
        "article": "artikel", "missing": "niet in het voorbeeld: zie de problemen hierboven",
        "none": "Deze pull request verandert geen artikel; `index.html` opent de voorpagina.",
    },
}


def write_changes_summary(changes: list[ChangedArticle], languages: tuple[str, ...],
                          preview_url: str) -> None:
    """The changed articles and their pages in the preview, in the job's summary page, in the
    magazine's language."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return
    words = CHANGES_SUMMARY.get(languages[0], CHANGES_SUMMARY["en"])
    download = f"[{words['download']}]({preview_url})" if preview_url else words["download"]
    lines = [f"### {words['title']}", "", f"{download} {words['open']}", ""]
    if changes:
        lines += [f"| {words['article']} | " + " | ".join(languages) + " |",
                  "| --- | " + " | ".join("---" for _ in languages) + " |"]
        for change in changes:
            name = table_cell(change.title or change.key)
            if change.pages:
                cells = [f"`{change.pages[lang]}`" for lang in languages]
            else:
                cells = [words["missing"]] + [""] * (len(languages) - 1)
            lines.append(f"| {name} ({code_cell(change.key)}) | " + " | ".join(cells) + " |")
    else:
        lines.append(words["none"])
    with open(target, "a", encoding="utf-8") as file:
        file.write("\n".join(lines) + "\n")
