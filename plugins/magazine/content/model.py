"""The magazine's content as plain data: articles in one or two languages, themes and sessions.

Built once per build by `loader.load_magazine` and shared by the site, the command line and the
print edition. Nothing here knows about MkDocs.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from dataclasses import dataclass, field
from typing import Literal

from slugify import slugify

Status = Literal["published", "draft", "example"]

# Article kinds: the folder an article lives in decides its kind.
KINDS: dict[str, str] = {"essays": "essay", "interviews": "interview", "practices": "practice"}
FOLDERS: dict[str, str] = {kind: folder for folder, kind in KINDS.items()}
STATUSES: tuple[Status, ...] = ("published", "draft", "example")
# Where an action of an action agenda stands, in the order an action goes through them.
ActionState = Literal["agreed", "under-way", "done", "stopped", "not-known"]
ACTION_STATES: tuple[ActionState, ...] = ("agreed", "under-way", "done", "stopped", "not-known")


@dataclass(frozen=True)
class Source:
    """A source a page rests on: a title and, for a page on the web, its address."""

    title: str
    url: str = ""


@dataclass
class Version:
    """One language's file of an article, theme or session."""

    lang: str
    path: str  # relative to the repository root, e.g. "essays/slug.en.md"
    title: str
    body: str
    body_line: int
    summary: str = ""
    words: int = 0
    sources: list[Source] = field(default_factory=list)
    image_alt: str = ""  # what the article's lead picture shows, in this language
    image_credit: str = ""  # who made the lead picture, and its licence

    @property
    def reading_minutes(self) -> int:
        return reading_minutes(self.words)


@dataclass(frozen=True)
class Link:
    """A Markdown link in an article's body that points at another piece of the magazine."""

    line: int
    col: int
    target: str  # as written
    ref: Ref | None  # what it points at, None when it is not ours (web links, images)


@dataclass(frozen=True)
class Ref:
    """A reference to an entity of the magazine: ("article", "essays/slug"), ("theme", "work")."""

    kind: Literal["article", "theme", "session"]
    id: str


@dataclass(eq=False)
class Article:
    """An essay, interview or practice, in one or two languages."""

    folder: str  # essays | interviews | practices
    slug: str
    date: dt.date
    authors: list[str]
    themes: list[str]
    session: str | None = None
    image: str | None = None  # the lead picture, relative to the repository: "docs/images/x.jpg"
    status: Status = "published"
    versions: dict[str, Version] = field(default_factory=dict)
    # Languages with a translation that is still a draft. On the site it is not shown and the
    # original stands in; a preview (drafts shown) shows it, marked as a draft.
    draft_translations: list[str] = field(default_factory=list)
    links: list[tuple[str, Link]] = field(default_factory=list)  # (lang, link)
    related: list[Article] = field(default_factory=list)
    linked_from: list[Article] = field(default_factory=list)
    # The actions of action agendas this article reports on: "session-id/action-id".
    actions: list[str] = field(default_factory=list)

    @property
    def kind(self) -> str:
        return KINDS[self.folder]

    @property
    def key(self) -> str:
        """Unique id and source path without suffix: "essays/slug"."""
        return f"{self.folder}/{self.slug}"

    @property
    def languages(self) -> list[str]:
        return list(self.versions)

    def has(self, lang: str) -> bool:
        return lang in self.versions

    def version(self, lang: str) -> Version:
        """The text to show in `lang`: the translation if there is one, else the original."""
        return self.versions.get(lang) or next(iter(self.versions.values()))

    def __repr__(self) -> str:
        return f"Article({self.key!r})"


@dataclass(eq=False)
class Theme:
    id: str
    versions: dict[str, Version] = field(default_factory=dict)
    description: dict[str, str] = field(default_factory=dict)
    articles: list[Article] = field(default_factory=list)
    related: list[Theme] = field(default_factory=list)
    sessions: list[Session] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)  # the actions that serve this theme

    def version(self, lang: str) -> Version:
        return self.versions.get(lang) or next(iter(self.versions.values()))

    def __repr__(self) -> str:
        return f"Theme({self.id!r})"


@dataclass(frozen=True)
class StateChange:
    """A change in where an action stands: the new state, from when, and who says so."""

    state: ActionState
    date: dt.date
    source: Source


@dataclass(eq=False)
class Action:
    """One action of a session's action agenda: what was agreed, by whom, and what came of it.

    The words (what was agreed, who took it on, the sources' titles) are per language; the
    themes, the state and the dates of its history are the same in every language."""

    session: str  # the session's id
    id: str  # unique within the session: the address is /sessions/<session>/#action-<id>
    themes: list[str]
    state: ActionState
    text: dict[str, str] = field(default_factory=dict)  # what was agreed
    by: dict[str, list[str]] = field(default_factory=dict)  # organisations or roles, not people
    history: dict[str, list[StateChange]] = field(default_factory=dict)  # oldest first
    example: bool = False  # the agenda of a session with `status: example`
    articles: list[Article] = field(default_factory=list)  # the articles that report on it

    @property
    def key(self) -> str:
        """How an article names it: "session-id/action-id"."""
        return f"{self.session}/{self.id}"

    def lang_of(self, lang: str) -> str:
        """The language its words are shown in on a page in `lang`: `lang` if it has them."""
        return lang if lang in self.text else next(iter(self.text))

    def __repr__(self) -> str:
        return f"Action({self.key!r})"


@dataclass(eq=False)
class Session:
    """A Making Session: a day where participants shared knowledge and drew up an action agenda."""

    id: str
    date: dt.date | None  # None when no source gives the day
    place: dict[str, str]
    themes: list[str]
    time: str = ""
    number: int | None = None  # its number in the series: Making Session #4
    versions: dict[str, Version] = field(default_factory=dict)
    description: dict[str, str] = field(default_factory=dict)
    # The programme of the day (as announced) and the action agenda (the actions agreed, as
    # documented afterwards) are different things: a session may have either, both or neither.
    programme: dict[str, list[str]] = field(default_factory=dict)
    actions: list[Action] = field(default_factory=list)  # empty: the agenda is not documented
    status: Status = "published"  # "example": an illustration, not a session that took place
    articles: list[Article] = field(default_factory=list)

    def version(self, lang: str) -> Version:
        return self.versions.get(lang) or next(iter(self.versions.values()))

    @property
    def order(self) -> tuple[int, dt.date, str]:
        """Sessions in the order of the series: by number, then date; unknown ones last."""
        return (self.number or 10**6, self.date or dt.date.max, self.id)

    def __repr__(self) -> str:
        return f"Session({self.id!r})"


@dataclass(eq=False)
class Author:
    """Someone who wrote for the magazine, with a page per language listing their pieces."""

    slug: str  # the address: /authors/<slug>/
    name: str  # as the articles write it
    articles: list[Article] = field(default_factory=list)  # newest first
    names: dict[str, str] = field(default_factory=dict)  # lang -> name, where it differs

    def name_in(self, lang: str) -> str:
        return self.names.get(lang, self.name)

    def __repr__(self) -> str:
        return f"Author({self.slug!r})"


# A folder's name may have 255 bytes, and a name in Latin letters can grow tenfold ("ﷺ" takes 15).
MAX_AUTHOR_SLUG = 100


def author_slug(name: str) -> str:
    """The address of an author's page: "Özlem de Vries" -> "ozlem-de-vries"; a very long one
    is cut short and told apart by a digest of the name."""
    slug = slugify(name) or "author"
    if len(slug) <= MAX_AUTHOR_SLUG:
        return slug
    digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:8]
    return f"{slug[:MAX_AUTHOR_SLUG - 9].rstrip('-')}-{digest}"


@dataclass
class Magazine:
    """Everything the site, the command line and the print edition need, read once."""

    root: str
    languages: tuple[str, ...]
    articles: list[Article]  # published and examples, newest first; drafts only when asked for
    themes: dict[str, Theme]
    sessions: dict[str, Session]
    drafts: set[str] = field(default_factory=set)  # keys of the drafts left out of `articles`
    # (repository file, link as written) of the links reported as broken: the site shows their
    # text without a link, so that MkDocs does not report the same mistake again in its words.
    broken_links: set[tuple[str, str]] = field(default_factory=set)
    # An author's name per language where it differs (authors.yml), by the name as written.
    author_names: dict[str, dict[str, str]] = field(default_factory=dict)

    @property
    def default_language(self) -> str:
        return self.languages[0]

    def article(self, key: str) -> Article | None:
        return self._by_key.get(key)

    def publishes(self, ref: Ref) -> bool:
        """Whether the magazine has a page for `ref` (not for a draft or a missing file)."""
        if ref.kind == "article":
            return ref.id in self._by_key
        return ref.id in (self.themes if ref.kind == "theme" else self.sessions)

    @functools.cached_property
    def actions(self) -> dict[str, Action]:
        """Every action of every session's agenda, by key, in the order of the sessions."""
        return {action.key: action
                for session in sorted(self.sessions.values(), key=lambda s: s.order)
                for action in session.actions}

    def __post_init__(self) -> None:
        self._by_key = {article.key: article for article in self.articles}
        # Every language's name of an author is that author, under the name the file gives.
        self._author_of: dict[str, str] = {}
        for written, names in self.author_names.items():
            for name in (written, *names.values()):
                self._author_of.setdefault(name, written)
        # Names that differ only in case or accents are one person, under the first spelling.
        self.authors: dict[str, Author] = {}
        for article in self.articles:
            for name in article.authors:
                name = self._author_of.get(name, name)
                slug = author_slug(name)
                author = self.authors.setdefault(
                    slug, Author(slug, name, names=self.author_names.get(name, {})))
                if article not in author.articles:
                    author.articles.append(article)

    def author_name(self, name: str, lang: str) -> str:
        """An author's name, as an article writes it, in `lang` (see `author_names`)."""
        written = self._author_of.get(name, name)
        return self.author_names.get(written, {}).get(lang, name)

    def author_slug(self, name: str) -> str:
        """The address of the page of the author an article names `name`."""
        return author_slug(self._author_of.get(name, name))

    def byline(self, article: Article, lang: str) -> list[str]:
        """The names of the article's authors in `lang`."""
        return [self.author_name(name, lang) for name in article.authors]

    def of_folder(self, folder: str) -> list[Article]:
        return [article for article in self.articles if article.folder == folder]


WORDS_PER_MINUTE = 200


def reading_minutes(words: int) -> int:
    """Minutes to read `words` words, rounded up, at least one."""
    return max(1, -(-words // WORDS_PER_MINUTE))
