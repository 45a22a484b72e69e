"""A deterministic synthetic magazine of N bilingual articles, for the benchmark.

`write_magazine(root, n)` writes a copy of this repository's site (mkdocs.yml, overrides/,
the hand-written pages and assets of docs/) with its content replaced: 20 themes, a few Making
Sessions, and N articles in Dutch and English (~1,000 words each, 1-3 themes, some with a
session, a few links to other articles), spread over essays/, interviews/ and practices/.

`write_stack(root, n)` writes the same articles as an off-the-shelf site: MkDocs + Material +
mkdocs-static-i18n + Material's tags plugin, articles inside docs/, every article in the nav,
themes as tags, no magazine plugin.

The same N always gives the same files (a seeded random generator, no clock).
Run `python bench/corpus.py DIR N` to write one and look at it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
KINDS = ("essays", "interviews", "practices")
WORDS_PER_ARTICLE = 1000
THEME_COUNT = 20
SEED = 20181107

THEMES = [
    ("work", "Werk", "Work"), ("education", "Onderwijs", "Education"),
    ("health", "Gezondheid", "Health"), ("key-persons", "Sleutelpersonen", "Key persons"),
    ("female-newcomers", "Vrouwelijke nieuwkomers", "Female newcomers"),
    ("local-connections", "Lokale verbindingen", "Local connections"),
    ("integration-act", "Wet inburgering", "Integration Act"),
    ("language", "Taal", "Language"), ("housing", "Wonen", "Housing"),
    ("youth", "Jongeren", "Young people"), ("family", "Gezin", "Family"),
    ("volunteering", "Vrijwilligerswerk", "Volunteering"), ("sport", "Sport", "Sport"),
    ("entrepreneurship", "Ondernemen", "Entrepreneurship"), ("debt", "Schulden", "Debt"),
    ("mental-health", "Mentale gezondheid", "Mental health"),
    ("municipalities", "Gemeenten", "Municipalities"), ("research", "Onderzoek", "Research"),
    ("culture", "Cultuur", "Culture"), ("participation", "Participatie", "Participation"),
]
PLACES = ["Arnhem", "Nijmegen", "Ede", "Apeldoorn", "Zutphen", "Tiel", "Doetinchem", "Harderwijk"]
AUTHORS = ["Amira Haddad", "Jan de Vries", "Samira Yusuf", "Pieter Bakker", "Noor Ahmadi",
           "Els Jansen", "Dawit Tesfaye", "Mila Visser", "Yusuf Demir", "Anouk Smit"]

NL_WORDS = """nieuwkomer gemeente werk taal school gezondheid vrijwilliger buurt inburgering plan
kennis ervaring samen leren praktijk beleid regio provincie toekomst kansen knelpunt oplossing
gesprek ontmoeting vertrouwen netwerk werkgever opleiding diploma erkenning begeleiding zorg
huisarts kinderen ouders jongeren vrouwen mannen verhaal stem ambitie perspectief maatwerk
actie agenda sessie deelnemers professionals onderzoekers de het een en van in op met voor dat
is zijn worden wordt heeft hebben kan kunnen gaat moet ook niet maar wel veel vaak nog steeds
daarom echter bovendien tegelijk""".split()
EN_WORDS = """newcomer municipality work language school health volunteer neighbourhood
integration plan knowledge experience together learning practice policy region province future
opportunities bottleneck solution conversation meeting trust network employer training diploma
recognition guidance care doctor children parents young women men story voice ambition
perspective customisation action agenda session participants professionals researchers the a
and of in on with for that is are becomes has have can could goes must also not but indeed
many often still always therefore however moreover meanwhile""".split()
NL_HEADINGS = ["Wat we zagen", "De vraag", "In de praktijk", "Wat werkt", "Wat niet werkt",
               "Samen verder", "De lessen", "Een voorbeeld"]
EN_HEADINGS = ["What we saw", "The question", "In practice", "What works", "What does not work",
               "Moving on together", "The lessons", "An example"]


@dataclass
class Spec:
    """One synthetic article, the same in both kinds of site."""

    kind: str
    slug: str
    date: dt.date
    authors: list[str]
    themes: list[str]
    session: str | None
    links: list[Spec] = field(default_factory=list)
    title: dict[str, str] = field(default_factory=dict)
    summary: dict[str, str] = field(default_factory=dict)
    body: dict[str, str] = field(default_factory=dict)


@dataclass
class SessionSpec:
    id: str
    date: dt.date
    place: str
    themes: list[str]


def plan(n: int) -> tuple[list[Spec], list[SessionSpec]]:
    """The articles and sessions of a corpus of `n` articles (deterministic)."""
    rng = random.Random(SEED)
    theme_ids = [t[0] for t in THEMES[:THEME_COUNT]]
    sessions = []
    for i in range(max(2, min(40, n // 25))):
        date = dt.date(2018, 3, 1) + dt.timedelta(days=rng.randrange(0, 900))
        sessions.append(SessionSpec(f"{date:%Y-%m}-session-{i + 1}", date, rng.choice(PLACES),
                                    rng.sample(theme_ids, rng.randint(1, 2))))
    specs = []
    for i in range(n):
        kind = KINDS[i % 3]
        session = rng.choice(sessions) if rng.random() < 0.3 else None
        themes = rng.sample(theme_ids, rng.randint(1, 3))
        if session and session.themes[0] not in themes:
            themes[0] = session.themes[0]
        date = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(0, 1100))
        spec = Spec(kind, f"article-{i + 1:05d}", date, rng.sample(AUTHORS, rng.randint(1, 2)),
                    themes, session.id if session else None)
        for lang, words in (("nl", NL_WORDS), ("en", EN_WORDS)):
            spec.title[lang] = sentence(rng, words, 4, 8).rstrip(".")
            spec.summary[lang] = sentence(rng, words, 14, 24)
        specs.append(spec)
    for i, spec in enumerate(specs):  # a few links to earlier articles
        if i and i % 7 == 0:
            spec.links = [specs[rng.randrange(0, i)] for _ in range(rng.randint(1, 2))]
    for spec in specs:
        for lang, words, headings in (("nl", NL_WORDS, NL_HEADINGS), ("en", EN_WORDS, EN_HEADINGS)):
            spec.body[lang] = body(rng, spec, lang, words, headings)
    return specs, sessions


def sentence(rng: random.Random, words: list[str], low: int, high: int) -> str:
    text = " ".join(rng.choice(words) for _ in range(rng.randint(low, high)))
    return text[0].upper() + text[1:] + "."


def body(rng: random.Random, spec: Spec, lang: str, words: list[str], headings: list[str]) -> str:
    """About WORDS_PER_ARTICLE words: paragraphs under headings, a list, links."""
    suffix = "" if lang == "nl" else ".en"
    parts: list[str] = []
    count = 0
    section = 0
    while count < WORDS_PER_ARTICLE:
        if count >= section * 220:
            parts.append(f"## {headings[section % len(headings)]} {section + 1}")
            section += 1
        paragraph = " ".join(sentence(rng, words, 8, 20) for _ in range(rng.randint(3, 6)))
        if rng.random() < 0.2:
            paragraph += f" **{sentence(rng, words, 3, 6)}**"
        count += len(paragraph.split())
        parts.append(paragraph)
        if rng.random() < 0.1:
            items = [f"- {sentence(rng, words, 4, 9)}" for _ in range(3)]
            count += sum(len(i.split()) for i in items)
            parts.append("\n".join(items))
    theme = spec.themes[0]
    see = "Zie ook" if lang == "nl" else "See also"
    links = [f"[{title_of(theme, lang)}](../docs/themes/{theme}{suffix}.md)"]
    links += [f"[{other.title[lang]}](../{other.kind}/{other.slug}{suffix}.md)"
              for other in spec.links]
    parts.append(f"{see}: {', '.join(links)}.")
    return "\n\n".join(parts) + "\n"


def title_of(theme: str, lang: str) -> str:
    return next(t[1] if lang == "nl" else t[2] for t in THEMES if t[0] == theme)


def front_matter(data: dict) -> str:
    return "---\n" + yaml.safe_dump(data, allow_unicode=True, sort_keys=False) + "---\n\n"


# -- our site ------------------------------------------------------------------------------------


ARTICLE_LINK = re.compile(r"\[([^\]]*)\]\((?:\.\./)+(?:essays|interviews|practices)/[^)]*\)")


def write_magazine(root: Path, n: int, config: str | None = None) -> Path:
    """Our site with `n` synthetic articles under `root`; returns the path of its mkdocs.yml."""
    specs, sessions = plan(n)
    root.mkdir(parents=True, exist_ok=True)
    shutil.copytree(REPO / "overrides", root / "overrides", dirs_exist_ok=True)
    docs = root / "docs"
    shutil.copytree(REPO / "docs", docs, dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns("*.pdf"))
    for path in (docs / "editions").glob("*.md"):  # the real flatplan names the real articles
        write(path, front_matter({"title": "Bench", "date": dt.date(2020, 1, 1),
                                  "licence": "CC0"}))
    for group in ("themes", "sessions"):  # keep their index pages, replace the rest
        for path in (docs / group).glob("*.md"):
            if not path.name.startswith("index."):
                path.unlink()
    # The hand-written pages link to real articles, which the synthetic magazine does not have.
    for path in docs.rglob("*.md"):
        text = path.read_text(encoding="utf-8")
        plain = ARTICLE_LINK.sub(r"\1", text)
        if plain != text:
            path.write_text(plain, encoding="utf-8")
    (root / "mkdocs.yml").write_text(config or (REPO / "mkdocs.yml").read_text(encoding="utf-8"),
                                     encoding="utf-8")
    for id, nl, en in THEMES[:THEME_COUNT]:
        for lang, title in (("nl", nl), ("en", en)):
            suffix = "" if lang == "nl" else ".en"
            text = (f"{title}: " + ("over " if lang == "nl" else "about ") + title.lower() + ".")
            write(docs / "themes" / f"{id}{suffix}.md",
                  front_matter({"title": title, "description": text}) + text + "\n")
    for session in sessions:
        for lang in ("nl", "en"):
            suffix = "" if lang == "nl" else ".en"
            name = "Maaksessie" if lang == "nl" else "Making Session"
            write(docs / "sessions" / f"{session.id}{suffix}.md", front_matter({
                "title": f"{name} {session.place} {session.date:%Y-%m}",
                "date": session.date, "time": "9:30-15:00", "place": session.place,
                "themes": session.themes,
                "description": f"{name} in {session.place}.",
                "programme": [f"{name} programme 1", f"{name} programme 2"],
            }) + f"{name} in {session.place}.\n")
    for kind in KINDS:
        folder = root / kind
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir()
    for spec in specs:
        meta = {"title": spec.title["nl"], "summary": spec.summary["nl"], "date": spec.date,
                "authors": spec.authors, "themes": spec.themes}
        if spec.session:
            meta["session"] = spec.session
        write(root / spec.kind / f"{spec.slug}.md", front_matter(meta) + spec.body["nl"])
        write(root / spec.kind / f"{spec.slug}.en.md",
              front_matter({"title": spec.title["en"], "summary": spec.summary["en"]})
              + spec.body["en"])
    return root / "mkdocs.yml"


# -- the off-the-shelf stack ---------------------------------------------------------------------

STACK_CONFIG = {
    "site_name": "Kennis door, voor en over nieuwkomers",
    "site_url": "https://magazine.example.org/",
    "docs_dir": "docs",
    "theme": {"name": "material", "language": "nl",
              "features": ["navigation.tabs", "navigation.top", "search.highlight"],
              "font": False},
    "plugins": [
        "search",
        {"i18n": {"docs_structure": "suffix", "fallback_to_default": True,
                  "reconfigure_material": True, "reconfigure_search": True,
                  "languages": [
                      {"locale": "nl", "name": "Nederlands", "default": True, "build": True},
                      {"locale": "en", "name": "English", "build": True},
                  ]}},
        "tags",
    ],
    "markdown_extensions": [{"toc": {"permalink": True}}, "admonition", "attr_list",
                            "md_in_html", "footnotes", "tables"],
}


def write_stack(root: Path, n: int) -> Path:
    """The same articles as an off-the-shelf MkDocs site; returns the path of its mkdocs.yml."""
    specs, _ = plan(n)
    docs = root / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    write(docs / "index.md", front_matter({"title": "Kennis"}) + "Het magazine.\n")
    write(docs / "index.en.md", front_matter({"title": "Knowledge"}) + "The magazine.\n")
    write(docs / "tags.md", "# Thema's\n\n<!-- material/tags -->\n")
    write(docs / "tags.en.md", "# Themes\n\n<!-- material/tags -->\n")
    for spec in specs:
        for lang in ("nl", "en"):
            suffix = "" if lang == "nl" else ".en"
            meta = {"title": spec.title[lang], "description": spec.summary[lang],
                    "date": spec.date, "authors": spec.authors,
                    "tags": [title_of(t, lang) for t in spec.themes]}
            text = spec.body[lang].replace("../docs/themes/", "../tags")
            text = text.replace(f"../tags{spec.themes[0]}{suffix}.md", f"../tags{suffix}.md")
            write(docs / spec.kind / f"{spec.slug}{suffix}.md", front_matter(meta) + text)
    config = dict(STACK_CONFIG)
    config["nav"] = [{"Home": "index.md"}] + [
        {kind.capitalize(): [f"{kind}/{s.slug}.md" for s in specs if s.kind == kind]}
        for kind in KINDS
    ] + [{"Tags": "tags.md"}]
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return root / "mkdocs.yml"


def markdown_sources(n: int) -> list[str]:
    """The article texts in both languages, as the Python-Markdown floor renders them."""
    specs, _ = plan(n)
    return [spec.body[lang] for spec in specs for lang in ("nl", "en")]


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="bench/corpus.py",
        description="Write the synthetic corpus of N articles: DIR/magazine (our site) and "
                    "DIR/stack (the off-the-shelf site).")
    parser.add_argument("dir", type=Path, help="folder to write into")
    parser.add_argument("n", type=int, help="number of articles, each in Dutch and English")
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("N must be at least 1")
    write_magazine(args.dir / "magazine", args.n)
    write_stack(args.dir / "stack", args.n)
    print(f"wrote {args.n} articles to {args.dir}/magazine and {args.dir}/stack")
    return 0


if __name__ == "__main__":
    sys.exit(main())
