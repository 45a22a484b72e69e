"""How easy a text is to read, so that editors can keep pieces for newcomers plain.

Dutch is measured with Flesch-Douma (0-100, higher is easier; about 60 and up suits B1 readers),
English with the Coleman-Liau index (a school grade, lower is easier). Both come from `textstat`
and run offline: Dutch syllables from its bundled hyphenation dictionary, Coleman-Liau from letters
and sentences only (textstat's English Flesch would download a pronouncing dictionary).

Which pieces are meant for newcomers, and the level they must meet, the site sets in `mkdocs.yml`:

    plugins:
      - magazine:
          plain_language:
            pages: [docs/index, docs/about, practices/*]   # paths without .md or language
            nl: 60    # Flesch-Douma, at least
            en: 10    # Coleman-Liau grade, at most
"""

from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import markdown

from .diagnostics import Diagnostic, Report
from .frontmatter import FrontMatterError, read_document
from .links import strip_language
from .model import Magazine


@dataclass(frozen=True)
class Formula:
    name: str
    higher_is_easier: bool


FORMULAS = {"nl": Formula("Flesch-Douma", True), "en": Formula("Coleman-Liau", False)}
DEFAULT_LEVELS = {"nl": 60.0, "en": 10.0}


@dataclass(frozen=True)
class Reading:
    """The reading level of one text in its language."""

    lang: str
    score: float
    formula: str

    def __str__(self) -> str:
        return f"{self.formula} {self.score:.0f}" if self.lang == "nl" else (
            f"{self.formula} {self.score:.1f}")


@dataclass
class PlainLanguage:
    """The site's rule: these pages must read at least this easily."""

    pages: list[str] = field(default_factory=list)
    levels: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_LEVELS))

    def applies_to(self, path: str, languages: tuple[str, ...]) -> bool:
        key = strip_language(path.removesuffix(".md"), languages)
        return any(fnmatch.fnmatchcase(key, pattern) for pattern in self.pages)

    def too_hard(self, reading: Reading) -> bool:
        level = self.levels.get(reading.lang)
        if level is None:
            return False
        easier = FORMULAS[reading.lang].higher_is_easier
        return reading.score < level if easier else reading.score > level


def plain_language_of(options: dict[str, Any] | None) -> PlainLanguage:
    """The `plain_language` option of the magazine plugin; nothing to check without it."""
    value = (options or {}).get("plain_language")
    if not isinstance(value, dict):
        return PlainLanguage()
    pages = [str(p).removesuffix(".md") for p in value.get("pages") or [] if p]
    levels = dict(DEFAULT_LEVELS)
    for lang in FORMULAS:
        if isinstance(value.get(lang), int | float) and not isinstance(value.get(lang), bool):
            levels[lang] = float(value[lang])
    return PlainLanguage(pages, levels)


class _TextOnly(HTMLParser):
    """The words of rendered Markdown; each block ends a sentence, code is left out."""

    BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd", "blockquote"}

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in ("pre", "code"):
            self.skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("pre", "code"):
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCKS:
            text = "".join(self.parts).rstrip()
            if text and text[-1] not in ".!?:;":
                self.parts.append(".")  # a heading or list item is a sentence of its own
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def plain_text(body: str) -> str:
    """The running text of a Markdown body, as a reader reads it."""
    html = markdown.markdown(body, extensions=["admonition", "tables", "md_in_html"])
    parser = _TextOnly()
    parser.feed(html)
    return re.sub(r"\s+", " ", "".join(parser.parts)).strip()


def measure(body: str, lang: str) -> Reading | None:
    """The reading level of a Markdown text, or None for a language without a formula or a text
    too short to measure."""
    if lang not in FORMULAS:
        return None
    text = plain_text(body)
    if len(text.split()) < 30:
        return None
    from textstat.backend import metrics  # imported here: it is slow to load

    score = (metrics.flesch_reading_ease(text, "nl") if lang == "nl"
             else metrics.coleman_liau_index(text))
    return Reading(lang, round(float(score), 1), FORMULAS[lang].name)


def readings(magazine: Magazine) -> dict[str, dict[str, Reading]]:
    """Each article's reading level per language: {"practices/slug": {"nl": Reading}}."""
    result: dict[str, dict[str, Reading]] = {}
    for article in magazine.articles:
        for lang, version in article.versions.items():
            reading = measure(version.body, lang)
            if reading is not None:
                result.setdefault(article.key, {})[lang] = reading
    return result


def check_plain_language(magazine: Magazine, rule: PlainLanguage) -> list[Diagnostic]:
    """A warning for each piece meant for newcomers that reads harder than the site's level."""
    report = Report()
    if not rule.pages:
        return []
    root = Path(magazine.root)
    texts: list[tuple[str, str, int, str]] = []  # path, body, first body line, lang
    for article in magazine.articles:
        for lang, version in article.versions.items():
            texts.append((version.path, version.body, version.body_line, lang))
    for file in sorted((root / "docs").glob("*.md")):
        path = file.relative_to(root).as_posix()
        name = file.name.removesuffix(".md")
        lang = name.rpartition(".")[2] if "." in name else magazine.default_language
        try:
            doc = read_document(file.read_bytes())
        except (FrontMatterError, OSError):
            continue  # not a magazine page this check can read; MkDocs reports it
        texts.append((path, doc.body, doc.body_line, lang))
    for path, body, line, lang in texts:
        if not rule.applies_to(path, magazine.languages):
            continue
        reading = measure(body, lang)
        if reading is None or not rule.too_hard(reading):
            continue
        level = rule.levels[lang]
        wanted = (f"at least {level:.0f}" if FORMULAS[lang].higher_is_easier
                  else f"at most {level:.0f}")
        report.warning(
            path, line,
            f"this piece is meant for newcomers but reads harder than the site's level: "
            f"{reading}, the site asks {wanted}",
            "write shorter sentences and shorter, everyday words; see GLOSSARY.md for the plain "
            "terms",
        )
    return report.sorted()
