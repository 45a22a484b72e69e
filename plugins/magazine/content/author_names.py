"""An author's name in each language: `authors.yml` at the top of the repository.

Most names are the same in every language. A team's is not: the editors are "Redactie Kennis
door, voor en over nieuwkomers" in Dutch and "The editors of Knowledge by, for and about
newcomers" in English. The file names, for each name as the articles write it, the name in the
other languages:

    "Redactie Kennis door, voor en over nieuwkomers":
      en: The editors of Knowledge by, for and about newcomers

The byline, the author's page, the feeds and the print edition then give the name in the
reader's language. The author's page keeps one address, made from the name the articles write.
"""

from __future__ import annotations

from pathlib import Path

from .diagnostics import Report
from .frontmatter import FrontMatterError, check_size, decode, parse_yaml

FILE = "authors.yml"
HINT = ('write the name as the articles write it, then one line per language, such as\n'
        '"Redactie Kennis door, voor en over nieuwkomers":\n'
        '  en: The editors of Knowledge by, for and about newcomers')


def read_author_names(root: Path, languages: tuple[str, ...],
                      report: Report) -> dict[str, dict[str, str]]:
    """Each name as the articles write it -> its name per language; problems into `report`."""
    path = root / FILE
    if not path.is_file():
        return {}
    try:
        raw = path.read_bytes()
        check_size(len(raw))
        data, lines, _, _ = parse_yaml(decode(raw), 1)
    except FrontMatterError as error:
        report.error(FILE, error.line, error.message, error.hint, error.col)
        return {}
    except (OSError, UnicodeError) as error:
        report.error(FILE, 1, f"the file cannot be read: {error}", "save it as UTF-8 text")
        return {}
    names: dict[str, dict[str, str]] = {}
    for name, per_language in data.items():
        line = lines.get(name, 1)
        if not isinstance(per_language, dict) or not per_language:
            report.error(FILE, line, f"'{name}' has no names per language", HINT)
            continue
        own: dict[str, str] = {}
        for lang, text in per_language.items():
            if lang not in languages:
                report.error(FILE, line, f"'{name}' has a name for '{lang}', which is not a "
                             "language of the magazine",
                             f"use one of: {', '.join(languages)}")
            elif not isinstance(text, str) or not text.strip():
                report.error(FILE, line, f"the {lang} name of '{name}' is empty or not text",
                             HINT)
            else:
                own[str(lang)] = text.strip()
        if own:
            names[str(name).strip()] = own
    return names
