"""Read and check single front matter fields, reporting what is wrong and how to write it."""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import re
from collections.abc import Iterable
from typing import Any

from .diagnostics import Report
from .frontmatter import Document
from .links import is_valid_url
from .model import Source

SOURCES_HINT = ("write each source as '- title: Name of the document' with, for a page on the web, "
                "a line 'url: https://...' under it")

# Dutch (and a few misspelt) words an editor may type for a field, and for a status.
FIELD_WORDS = {
    "titel": "title", "samenvatting": "summary", "datum": "date", "auteur": "authors",
    "auteurs": "authors", "author": "authors", "schrijver": "authors", "schrijvers": "authors",
    "thema": "themes", "thema's": "themes", "themas": "themes", "theme": "themes",
    "sessie": "session", "maaksessie": "session", "afbeelding": "image", "foto": "image",
    "beeld": "image", "bronnen": "sources", "bron": "sources",
}
STATUS_WORDS = {
    "concept": "draft", "klad": "draft", "gepubliceerd": "published", "publiceren": "published",
    "klaar": "published", "publiek": "published", "voorbeeld": "example",
}
# Fields that MkDocs or Material would act on, which content may not set.
REFUSED_FIELDS = {
    "template": "the magazine chooses each page's template",
    "location": "the magazine decides each page's address",
}


# A field's text is shown wherever the page is listed (cards, feeds, the browser's tab, the
# cover): a long one is a mistake, and a huge one would weigh down every page that shows it.
# The magazine's own longest title has 84 characters, its longest summary 196.
TEXT_LIMITS = {"title": 200, "authors": 200}
MAX_TEXT = 1000


class Fields:
    """The front matter of one file, read field by field into a shared report."""

    def __init__(self, path: str, doc: Document, report: Report) -> None:
        self.path = path
        self.doc = doc
        self.report = report
        self.ok = True
        self.misnamed: set[str] = set()  # required fields written under another name

    def error(self, key: str, message: str, hint: str = "", index: int | None = None) -> None:
        self.ok = False
        self.report.error(self.path, self.doc.line_of(key, index), message, hint)

    def has(self, key: str) -> bool:
        return key in self.doc.meta

    def text(self, key: str, required: bool = True) -> str | None:
        value = self.doc.meta.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.missing(key)
            return None
        if not isinstance(value, str):
            self.error(
                key,
                f"'{key}' must be text, not {describe(value)}",
                f'put the value between double quotes: '
                f'{key}: "{shorten(self.doc.raw.get(key, value))}"',
            )
            return None
        if self.too_long(key, value.strip(), f"'{key}'"):
            return None
        return value.strip()

    def too_long(self, key: str, text: str, what: str, index: int | None = None) -> bool:
        """Report `text`, the value of `what`, when it is longer than `key`'s limit: a title
        or an author's name is shown on every page that lists the article (and an author's name
        is the name of a folder too)."""
        limit = TEXT_LIMITS.get(key, MAX_TEXT)
        if len(text) <= limit:
            return False
        self.error(key, f"{what} is {len(text)} characters long; the limit is {limit}",
                   "shorten it: it is shown on every page that lists this one; what is longer "
                   "belongs in the text", index)
        return True

    def date(self, key: str, required: bool = True) -> dt.date | None:
        value = self.doc.meta.get(key)
        if value is None:
            if required:
                self.missing(key, f"add the line {key}: 2019-05-14, with the article's own date")
            return None
        day, impossible = read_date(value)
        if day is not None:
            return day
        written = value.strip() if isinstance(value, str) else ""
        if impossible:
            self.error(key, f"'{key}' {written} does not exist: {impossible}",
                       f"correct the month or the day; write year-month-day, such as "
                       f"{key}: 2019-05-14")
            return None
        self.error(
            key,
            f"'{key}' is not a date written as year-month-day: {shorten(repr(value))}",
            f"write {key}: {meant}" if (meant := day_first(written)) else
            f"write year-month-day, such as {key}: 2019-05-14",
        )
        return None

    def text_list(self, key: str, required: bool = True) -> list[str] | None:
        value = self.doc.meta.get(key)
        if value is None or value == []:
            if required:
                self.missing(key, f"write a list: {key}: [first, second]")
            return None
        if isinstance(value, str):
            self.error(
                key,
                f"'{key}' must be a list, not a single text",
                f"write it between square brackets: "
                f"{key}: [{shorten(self.doc.raw.get(key, value))}]",
            )
            return None
        if not isinstance(value, list):
            self.error(key, f"'{key}' must be a list, not {describe(value)}",
                       f"write a list: {key}: [first, second]")
            return None
        items: list[str] = []
        for index, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                self.error(
                    key,
                    f"item {index + 1} of '{key}' must be text, not {describe(item)}",
                    "write each item as plain text between the square brackets",
                    index,
                )
                return None
            if self.too_long(key, item.strip(), f"item {index + 1} of '{key}'", index):
                return None
            items.append(item.strip())
        if key == "authors":
            self.split_names(key, items)
        return items

    def split_names(self, key: str, names: list[str]) -> None:
        """Warn about a name that looks like the end of the one before it: in a list written
        `[a, b]`, a comma inside a name splits it ("Redactie Kennis door, voor en over
        nieuwkomers" becomes two authors) unless the name is between quotes."""
        raw = str(self.doc.raw.get(key, ""))
        for index in range(1, len(names)):
            name = names[index]
            if not name[0].islower() or f'"{name}"' in raw or f"'{name}'" in raw:
                continue
            self.report.warning(
                self.path, self.doc.line_of(key, index),
                f"author {index + 1} '{name}' starts with a small letter: it may be the end of "
                "a name with a comma in it, which the list splits in two",
                f'put a name that has a comma between quotes: {key}: '
                f'["{names[index - 1]}, {name}"]')

    def number(self, key: str) -> int | None:
        """An optional whole number, such as a session's number in the series."""
        value = self.doc.meta.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            self.error(key, f"'{key}' must be a whole number from 1 up, not {shorten(repr(value))}",
                       f"write it without quotes, for example {key}: 4")
            return None
        return value

    def sources(self, key: str = "sources") -> list[Source]:
        """What a page rests on: a list of named documents, each with its address if it has one."""
        value = self.doc.meta.get(key)
        if value is None or value == []:
            return []
        if not isinstance(value, list):
            self.error(key, f"'{key}' must be a list, not {describe(value)}", SOURCES_HINT)
            return []
        sources = []
        for index, item in enumerate(value):
            where = f"source {index + 1}"
            if isinstance(item, str) and item.strip():
                sources.append(Source(item.strip()))  # a named document without an address
                continue
            if not isinstance(item, dict):
                self.error(key, f"{where} must be a title with an optional url, not {describe(item)}",
                           SOURCES_HINT, index)
                continue
            unknown = [str(k) for k in item if k not in ("title", "url")]
            if unknown:
                self.error(key, f"{where} has an unknown field '{unknown[0]}'",
                           renaming(unknown[0], ["title", "url"]) or "a source has a title and a url",
                           index)
                continue
            title, url = item.get("title"), item.get("url", "")
            if not isinstance(title, str) or not title.strip():
                self.error(key, f"{where} has no title", "add 'title: ...': the name of the document "
                           "or page, as a reader would look for it", index)
                continue
            if url is None:
                url = ""
            if not isinstance(url, str) or (url and not (
                    url.startswith(("https://", "http://")) and is_valid_url(url)
                    and " " not in url.strip())):
                self.error(key, f"the url of {where} is not a web address: {shorten(repr(url))}",
                           "write the full address, starting with https://, or leave the url out "
                           "for a document that is not on the web", index)
                continue
            sources.append(Source(title.strip(), url.strip()))
        return sources

    def choice(self, key: str, choices: Iterable[str], default: str,
               aliases: dict[str, str] | None = None) -> str:
        value = self.doc.meta.get(key, default)
        options = list(choices)
        if value not in options:
            meant = nearest(str(value), options, aliases)
            self.error(
                key,
                f"'{key}' must be one of {', '.join(options)}, not {shorten(repr(value))}",
                f"write {key}: {meant or default}",
            )
            return meant or default
        return str(value)

    def missing(self, key: str, hint: str = "") -> None:
        self.ok = False
        if key in self.misnamed:  # already said, on the line with the misnamed field
            return
        self.report.error(
            self.path,
            self.doc.line_of(key) if self.has(key) else 1,
            f"the required field '{key}' is missing or empty",
            hint or f"add a line '{key}: ...' to the fields at the top",
        )

    def unknown_keys(self, known: Iterable[str], required: Iterable[str] = ()) -> None:
        """Warn about fields the magazine does not use (they never reach a page); refuse the
        ones that would let a text choose the page's template or address. A misspelt or Dutch
        name of a required field that is missing (`author:`, `auteurs:`) is one error, on its
        line, and not a second one for the missing field."""
        known = list(known)
        required = set(required)
        for key in self.doc.meta:
            meant = nearest(str(key), known, FIELD_WORDS) if key not in known else None
            if key in REFUSED_FIELDS:
                self.error(key, f"the field '{key}' is not allowed in content",
                           f"remove the line '{key}: ...'; {REFUSED_FIELDS[key]}")
            elif meant in required and meant not in self.doc.meta:
                self.misnamed.add(meant)
                self.error(key, f"the field '{key}' should be called '{meant}'",
                           f"write '{meant}:' instead of '{key}:'")
            elif key not in known:
                self.report.warning(
                    self.path,
                    self.doc.line_of(key),
                    f"unknown field '{key}' is ignored",
                    renaming(str(key), known, FIELD_WORDS)
                    or f"the fields are: {', '.join(known)}",
                )


ISO_DATE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}$")
DAY_FIRST = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")  # 14-05-2019, as Dutch dates go
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


def read_date(value: object) -> tuple[dt.date | None, str | None]:
    """A date from a field's value: (the date, None); or (None, which part does not exist) for
    a date written year-month-day that does not exist; or (None, None) for anything else. YAML
    reads 2019-05-14 as a date; between quotes, as many editors write it, it is text."""
    if isinstance(value, dt.datetime):
        return value.date(), None
    if isinstance(value, dt.date):
        return value, None
    written = value.strip() if isinstance(value, str) else ""
    if not ISO_DATE.match(written):
        return None, None
    year, month, day = (int(part) for part in written.split("-"))
    impossible = impossible_part(year, month, day)
    return (dt.date(year, month, day) if impossible is None else None), impossible


def impossible_part(year: int, month: int, day: int) -> str | None:
    """Which part of a date does not exist ("there is no month 13"), or None if it exists."""
    if not 1 <= month <= 12:
        return f"there is no month {month}"
    if not dt.MINYEAR <= year:
        return f"there is no year {year}"
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        return f"{MONTHS[month - 1]} {year} has {days} days, not {day}"
    return None


def day_first(written: str) -> str | None:
    """`14-05-2019` (day first, as a Dutch editor writes it) as 2019-05-14, if that day exists."""
    match = DAY_FIRST.match(written)
    if not match:
        return None
    day, month, year = (int(part) for part in match.groups())
    return None if impossible_part(year, month, day) else f"{year:04d}-{month:02d}-{day:02d}"


def describe(value: Any) -> str:
    """A plain-words name of a YAML value's type, for messages to editors."""
    if isinstance(value, bool):
        return "yes/no"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, dt.date):
        return "a date"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a group of fields"
    if isinstance(value, set):
        return "a set"
    if isinstance(value, bytes):
        return "binary data"
    if value is None:
        return "empty"
    return "text"


def plain(value: Any) -> str:
    """A value the way an editor writes it in front matter: 2019-05-14, [work, health]."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(plain(item) for item in value) + "]"
    return shorten(value)


def shorten(value: Any, limit: int = 60) -> str:
    """A value as the editor wrote it, cut short for a one-line message."""
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def nearest(word: str, options: Iterable[str], aliases: dict[str, str] | None = None) -> str | None:
    """The option nearest to `word` (an alias, such as a Dutch word, names its option)."""
    names = {option.lower(): option for option in options}
    known = set(names.values())
    for alias, option in (aliases or {}).items():
        if option in known:  # `datum` names `date` only where `date` is a field
            names.setdefault(alias.lower(), option)
    if word.lower() in names:
        return names[word.lower()]
    match = difflib.get_close_matches(word.lower(), list(names), n=1, cutoff=0.6)
    return names[match[0]] if match else None


def renaming(name: str, options: Iterable[str], aliases: dict[str, str] | None = None) -> str:
    """`write 'title:' instead of 'titel:'` for the field nearest to `name`, or '' when none is."""
    match = nearest(name, options, aliases)
    return f"write '{match}:' instead of '{name}:'" if match else ""


def suggestion(word: str, options: Iterable[str], aliases: dict[str, str] | None = None) -> str:
    """`did you mean 'x'?` for the option nearest to `word`, or '' when none is near."""
    match = nearest(word, options, aliases)
    return f"did you mean '{match}'?" if match else ""
