"""What each kind of page shows, as plain data for the Jinja templates, in the page's language.

The templates decide how it looks; this module decides what is on the page. Text from front
matter is passed as it is: the templates escape it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar

from ...content.knowledge_map import KnowledgeMap, knowledge_map
from ...content.links import strip_language
from ...content.model import (
    ACTION_STATES,
    FOLDERS,
    KINDS,
    Action,
    Article,
    Magazine,
    Session,
    Source,
    Theme,
)
from ...content.translation_status import ArticleStatus, translation_status
from ...content.ui_strings import Strings
from ...content.urls import INDEX, Urls, listing_url, page_count
from ..pictures.maker import Picture, Renditions

Item = TypeVar("Item")  # what a listing lists: an article, a row of the translation status

HOME_LATEST = 3
# The width a lead picture and a card's picture take (magazine.css), for the browser's choice
# among its files. In pixels: `rem` in `sizes` means 16px, not the page's root size.
LEAD_SIZES = "(min-width: 840px) 760px, calc(100vw - 32px)"
CARD_SIZES = "(min-width: 1220px) 380px, (min-width: 720px) 45vw, calc(100vw - 32px)"


@dataclass
class LinkItem:
    url: str
    title: str
    lang: str = ""  # language of `title` when it differs from the page's
    note: str = ""


@dataclass
class Card:
    """An article as it appears in a listing."""

    url: str
    title: str
    summary: str
    kind: str
    date: str
    iso_date: str
    authors: list[str]
    text_lang: str  # the language the title and summary are in
    only_in: str  # "Alleen in het Engels", or "" when the page's language has it
    example: bool
    themes: list[LinkItem]
    draft: bool = False  # only in a preview (`make serve`, `make preview`): not on the site yet
    folder: str = ""  # essays | interviews | practices: the kind, for the overview's filter
    theme_ids: list[str] = field(default_factory=list)
    picture: Picture | None = None  # the lead picture, small; None: the kind's placeholder
    author_links: list[LinkItem] = field(default_factory=list)  # each author's page


@dataclass
class StateChangeItem:
    """One change in an action's history, as a page shows it."""

    state: str  # the state's id: "under-way"
    label: str  # its words in the page's language
    date: str
    iso_date: str
    source: Source


@dataclass
class ActionItem:
    """One action of an action agenda, as a page shows it."""

    id: str
    anchor: str  # the id of its place on the session's page: "action-<id>"
    url: str  # the session's page, at the action
    text: str  # what was agreed
    lang: str  # the language of its words when it differs from the page's
    by: list[str]
    themes: list[LinkItem]
    theme_ids: list[str]
    state: str
    state_label: str
    session: LinkItem
    session_id: str
    history: list[StateChangeItem]
    articles: list[LinkItem]
    example: bool


@dataclass
class StateGroup:
    """The actions in one state, for the overview of actions."""

    state: str
    label: str
    actions: list[ActionItem]


@dataclass
class ArticleView:
    card: Card
    lead: Picture | None  # the lead picture at the top, with its caption and credit
    reading_minutes: int
    session: LinkItem | None
    translations: list[LinkItem]
    untranslated_notice: str
    related: list[Card]
    linked_from: list[Card]
    sources: list[Source] = field(default_factory=list)
    actions: list[ActionItem] = field(default_factory=list)  # the actions it reports on
    # The web addresses the text links to, once each: printed from the browser, they are listed
    # at the end of the article (a reader on paper cannot follow a link).
    web_links: list[str] = field(default_factory=list)


@dataclass
class Section:
    folder: str
    title: str
    url: str
    articles: list[Card]
    total: int = 0


@dataclass
class ThemeItem:
    id: str
    url: str
    title: str
    description: str
    count: str
    lang: str = ""
    sources: list[Source] = field(default_factory=list)


@dataclass
class SessionItem:
    id: str
    url: str
    title: str
    date: str  # "" when no source gives the day
    iso_date: str
    time: str
    place: str
    description: str
    themes: list[LinkItem]
    programme: list[str]
    actions: list[ActionItem]  # empty: the page says the agenda is not documented (yet)
    lang: str = ""
    number: int | None = None
    sources: list[Source] = field(default_factory=list)
    example: bool = False  # an example session, to show what a documented agenda looks like


@dataclass
class StatusRow:
    """One article on the editors' translation status page."""

    key: str  # "essays/slug", the file name without the language
    url: str
    title: str
    kind: str
    status: str  # "" when published, else "Concept"/"Voorbeeld"
    files: list[LinkItem]  # per language: title = language name, note = last change or unknown
    missing: list[str]  # language names, "(concept)" added where a draft translation exists
    outdated: list[str]  # language names of translations older than the original
    title_lang: str = ""  # the language of `title` when it differs from the page's


@dataclass
class Pager:
    """Where a page is in a listing split into pages: its number, the others' addresses."""

    number: int
    count: int
    prev: str  # "" on the first page
    next: str  # "" on the last page
    pages: list[LinkItem]  # every page of the listing, title = its number


@dataclass
class PageView:
    """Everything one page needs: `kind` names the template, the rest fills it."""

    kind: str
    lang: str
    t: Strings
    article: ArticleView | None = None
    lead: Card | None = None  # the home page's lead story, with its picture large
    sections: list[Section] = field(default_factory=list)
    themes: list[ThemeItem] = field(default_factory=list)
    sessions: list[SessionItem] = field(default_factory=list)
    theme: ThemeItem | None = None
    author: LinkItem | None = None  # on an author's page: the name and its address
    related_themes: list[ThemeItem] = field(default_factory=list)
    session: SessionItem | None = None
    articles: list[Card] = field(default_factory=list)
    status: list[StatusRow] = field(default_factory=list)
    actions: list[ActionItem] = field(default_factory=list)
    states: list[StateGroup] = field(default_factory=list)  # the overview of actions, by state
    actions_url: str = ""  # the overview of all actions, linked from a session's agenda
    pager: Pager | None = None  # a listing split into pages
    authors: list[LinkItem] = field(default_factory=list)  # the index of authors: note = count
    index_url: str = ""  # the overview's list of every article, for its filter
    map: KnowledgeMap | None = None  # the themes overview's picture of the knowledge base
    status_summary: str = ""  # the translation status of every article, on each of its pages


class Views:
    """Builds the view of any page of the magazine in one language."""

    def __init__(
        self, magazine: Magazine, lang: str,
        statuses: Callable[[], list[ArticleStatus]] | None = None, urls: Urls | None = None,
        renditions: Callable[[str], Renditions | None] | None = None, page_size: int = 50,
    ) -> None:
        self.magazine = magazine
        self.page_size = max(1, page_size)
        # The translation status asks git; the plugin passes one answer for every language.
        self.statuses = statuses or (lambda: translation_status(magazine))
        self.renditions = renditions or (lambda path: None)
        self.lang = lang
        self.t = Strings(lang)
        self.urls = urls or Urls(magazine.default_language)
        # An article's card appears on many pages (theme, section, related lists): make each once
        # per language. The views are rebuilt on every build, so the cache never goes stale.
        self.cards: dict[str, Card] = {}
        self.theme_links: dict[str, LinkItem] = {}
        # The overview of actions is a page of docs/ (actions/index.md): linked where it exists.
        self.has_actions_page = (Path(magazine.root) / "docs" / "actions" / "index.md").is_file()

    def for_page(self, kind: str, id: str, article: Article | None = None,
                 number: int = 1) -> PageView | None:
        """What the page of `kind` (`page_role`'s, or "article") shows; None for other pages.
        `number`: which page of a listing split into pages."""
        if article is not None:
            return self.article(article)
        build = {
            "home": self.home,
            "section": lambda: self.section_page(id, number),
            "themes": self.themes_page,
            "theme": lambda: self.theme_page(id, number),
            "sessions": self.sessions_page,
            "session": lambda: self.session_page(id),
            "author": lambda: self.author_page(id, number),
            "authors": self.authors_page,
            "overview": lambda: self.overview_page(number),
            "actions": self.actions_page,
            "status": lambda: self.status_page(number),
        }.get(kind)
        return build() if build else None

    def page(self, kind: str, **parts: object) -> PageView:
        return PageView(kind, self.lang, self.t, **parts)  # type: ignore[arg-type]

    # -- pieces --------------------------------------------------------------------------------

    def card(self, article: Article) -> Card:
        card = self.cards.get(article.key)
        if card is None:
            card = self.cards[article.key] = self.make_card(article)
        return card

    def make_card(self, article: Article) -> Card:
        version = article.version(self.lang)
        return Card(
            url=self.urls.article(article, self.lang),
            title=version.title,
            summary=version.summary,
            kind=self.t(article.kind),
            date=self.t.date(article.date),
            iso_date=article.date.isoformat(),
            authors=self.magazine.byline(article, self.lang),
            text_lang=version.lang,
            only_in="" if article.has(self.lang) else self.t("only_in",
                                                            language=self.t.language(version.lang)),
            example=article.status == "example",
            # A draft translation is a draft where it is shown (a preview); where the original
            # stands in for it (the site), the page is the published original.
            draft=article.status == "draft" or (self.lang in article.draft_translations
                                                and article.has(self.lang)),
            themes=[self.theme_link(self.magazine.themes[t]) for t in article.themes],
            folder=article.folder,
            theme_ids=list(article.themes),
            # Decorative on a card (alt=""): the title next to it says what the card leads to.
            picture=self.lead_picture(article, "", CARD_SIZES),
            author_links=[LinkItem(self.urls.author(self.magazine.author_slug(name), self.lang),
                                   self.magazine.author_name(name, self.lang))
                          for name in article.authors],
        )

    def lead_picture(self, article: Article, alt: str, sizes: str, lazy: bool = True,
                     credit: str = "") -> Picture | None:
        made = self.renditions(article.image) if article.image else None
        if made is None:
            return None
        return Picture(made, alt, sizes, lazy=lazy, credit=credit)

    def theme_link(self, theme: Theme) -> LinkItem:
        link = self.theme_links.get(theme.id)
        if link is None:
            version = theme.version(self.lang)
            link = self.theme_links[theme.id] = LinkItem(
                self.urls.theme(theme.id, self.lang), version.title, self.other_lang(version.lang))
        return link

    def theme_item(self, theme: Theme) -> ThemeItem:
        version = theme.version(self.lang)
        return ThemeItem(
            theme.id, self.urls.theme(theme.id, self.lang), version.title,
            theme.description.get(version.lang, ""), self.t.count(len(theme.articles)),
            self.other_lang(version.lang), version.sources,
        )

    def session_item(self, session: Session) -> SessionItem:
        version = session.version(self.lang)
        return SessionItem(
            session.id, self.urls.session(session.id, self.lang), version.title,
            self.t.date(session.date) if session.date else "",
            session.date.isoformat() if session.date else "", session.time,
            session.place.get(version.lang, ""), session.description.get(version.lang, ""),
            [self.theme_link(self.magazine.themes[t]) for t in session.themes],
            session.programme.get(version.lang, []),
            [self.action_item(a) for a in session.actions],
            self.other_lang(version.lang), session.number, version.sources,
            session.status == "example",
        )

    def session_link(self, session: Session) -> LinkItem:
        version = session.version(self.lang)
        return LinkItem(self.urls.session(session.id, self.lang), version.title,
                        self.other_lang(version.lang))

    def action_item(self, action: Action) -> ActionItem:
        lang = action.lang_of(self.lang)
        session = self.magazine.sessions[action.session]
        anchor = f"action-{action.id}"
        return ActionItem(
            id=action.id, anchor=anchor,
            url=f"{self.urls.session(action.session, self.lang)}#{anchor}",
            text=action.text[lang], lang=self.other_lang(lang), by=action.by.get(lang, []),
            themes=[self.theme_link(self.magazine.themes[t]) for t in action.themes],
            theme_ids=list(action.themes), state=action.state,
            state_label=self.t(f"state_{action.state}"),
            session=self.session_link(session), session_id=session.id,
            history=[StateChangeItem(c.state, self.t(f"state_{c.state}"), self.t.date(c.date),
                                     c.date.isoformat(), c.source)
                     for c in action.history.get(lang, [])],
            articles=[LinkItem(card.url, card.title, self.other_lang(card.text_lang))
                      for card in map(self.card, action.articles)],
            example=action.example,
        )

    def other_lang(self, lang: str) -> str:
        return "" if lang == self.lang else lang

    # -- pages ---------------------------------------------------------------------------------

    def article(self, article: Article) -> PageView:
        version = article.version(self.lang)
        session = self.magazine.sessions.get(article.session or "")
        translations = [
            LinkItem(self.urls.article(article, lang), self.t("read_in", language=self.t.language(lang)), lang)
            for lang in article.languages if lang != self.lang
        ]
        notice = "" if article.has(self.lang) else self.t(
            "untranslated", language=self.t.language(version.lang))
        lead = self.lead_picture(article, version.image_alt, LEAD_SIZES, lazy=False,
                                 credit=version.image_credit)
        if lead is not None:
            lead.lang = self.other_lang(version.lang)
            lead.classes = ["mz-article__picture"]
        view = ArticleView(
            card=self.card(article),
            lead=lead,
            reading_minutes=version.reading_minutes,
            session=LinkItem(self.urls.session(session.id, self.lang),
                             session.version(self.lang).title,
                             self.other_lang(session.version(self.lang).lang)) if session else None,
            translations=translations,
            untranslated_notice=notice,
            related=[self.card(a) for a in article.related],
            linked_from=[self.card(a) for a in article.linked_from],
            sources=version.sources,
            actions=[self.action_item(self.magazine.actions[key]) for key in article.actions
                     if key in self.magazine.actions],
            web_links=web_addresses(article, version.lang),
        )
        return self.page("article", article=view)

    def home(self) -> PageView:
        """The front page: the newest article large, each section's latest, themes, sessions."""
        lead = self.magazine.articles[0] if self.magazine.articles else None
        lead_card = None
        if lead is not None:
            lead_card = replace(self.card(lead), picture=self.lead_picture(
                lead, "", LEAD_SIZES, lazy=False))
        sessions = sorted(self.magazine.sessions.values(), key=lambda s: s.order)
        return self.page(
            "home",
            lead=lead_card,
            # The lead story is not shown again as the first card of its section.
            sections=[self.section(folder, HOME_LATEST, leaving_out=lead) for folder in KINDS],
            themes=[self.theme_item(t) for t in self.sorted_themes()],
            sessions=[self.session_item(s) for s in sessions],
        )

    def section(self, folder: str, limit: int | None = None,
                leaving_out: Article | None = None) -> Section:
        articles = self.magazine.of_folder(folder)
        shown = [a for a in articles if a is not leaving_out][:limit]
        return Section(folder, self.t(folder), self.urls.section(folder, self.lang),
                       [self.card(a) for a in shown], len(articles))

    def paged(self, kind: str, id: str, articles: list[Article],
              number: int) -> tuple[list[Card], Pager | None]:
        """The cards of page `number` of a listing, and where it is among its pages (None when
        the listing fits on one page)."""
        shown, number, count = self.page_of(articles, number)
        return [self.card(a) for a in shown], self.pager(kind, id, number, count)

    def page_of(self, items: list[Item], number: int) -> tuple[list[Item], int, int]:
        """The items on page `number` of a listing (a number past the last means the last), that
        number, and how many pages the listing has."""
        count = page_count(len(items), self.page_size)
        number = min(max(1, number), count)
        start = (number - 1) * self.page_size
        return items[start:start + self.page_size], number, count

    def pager(self, kind: str, id: str, number: int, count: int) -> Pager | None:
        """Where page `number` is among the `count` pages of a listing; None for one page."""
        if count == 1:
            return None

        def url(n: int) -> str:
            return listing_url(self.urls, kind, id, self.lang, n)

        return Pager(number, count, url(number - 1) if number > 1 else "",
                     url(number + 1) if number < count else "",
                     [LinkItem(url(n), str(n)) for n in range(1, count + 1)])

    def section_page(self, folder: str, number: int = 1) -> PageView:
        articles = self.magazine.of_folder(folder)
        cards, pager = self.paged("section", folder, articles, number)
        section = Section(folder, self.t(folder), self.urls.section(folder, self.lang), cards,
                          len(articles))
        return self.page("section", sections=[section], articles=cards, pager=pager)

    def authors_page(self) -> PageView:
        """Every author, by name, with how many pieces each wrote."""
        authors = sorted(self.magazine.authors.values(),
                         key=lambda a: a.name_in(self.lang).lower())
        return self.page("authors", authors=[
            LinkItem(self.urls.author(a.slug, self.lang), a.name_in(self.lang),
                     note=self.t.count(len(a.articles)))
            for a in authors])

    def themes_page(self) -> PageView:
        return self.page("themes", themes=[self.theme_item(t) for t in self.sorted_themes()],
                         map=knowledge_map(self.magazine, self.lang, self.urls))

    def theme_page(self, id: str, number: int = 1) -> PageView:
        theme = self.magazine.themes[id]
        cards, pager = self.paged("theme", id, theme.articles, number)
        return self.page(
            "theme",
            theme=self.theme_item(theme),
            articles=cards,
            pager=pager,
            related_themes=[self.theme_item(t) for t in theme.related],
            sessions=[self.session_item(s) for s in theme.sessions],
            actions=[self.action_item(a) for a in theme.actions],
        )

    def author_page(self, slug: str, number: int = 1) -> PageView:
        """Everything one author wrote, newest first."""
        author = self.magazine.authors[slug]
        cards, pager = self.paged("author", slug, author.articles, number)
        return self.page("author", author=LinkItem(self.urls.author(slug, self.lang),
                                                   author.name_in(self.lang),
                                                   note=self.t.count(len(author.articles))),
                         articles=cards, pager=pager)

    def sessions_page(self) -> PageView:
        sessions = sorted(self.magazine.sessions.values(), key=lambda s: s.order)
        return self.page("sessions", sessions=[self.session_item(s) for s in sessions])

    def session_page(self, id: str) -> PageView:
        session = self.magazine.sessions[id]
        return self.page(
            "session",
            session=self.session_item(session),
            articles=[self.card(a) for a in session.articles],
            actions_url=(self.urls.page(f"{self.urls.prefix(self.lang)}actions/")
                         if self.has_actions_page else ""),
        )

    def status_page(self, number: int = 1) -> PageView:
        """Every article's languages, the missing ones and the translations that lag behind;
        a page at a time, with the summary of all of them."""
        items = self.statuses()
        summary = self.t("status_summary", n=len(items),
                         missing=sum(1 for item in items if item.missing),
                         outdated=sum(1 for item in items if item.outdated))
        shown, number, count = self.page_of(items, number)
        rows = []
        for item in shown:
            article = self.magazine.article(item.key)
            assert article is not None
            version = article.version(self.lang)
            rows.append(StatusRow(
                item.key, self.urls.article(article, self.lang), version.title,
                self.t(article.kind),
                "" if item.status == "published" else self.t(item.status),
                [LinkItem("", self.t.language(f.lang), f.lang,
                          self.t.date(f.updated.date()) if f.updated else self.t("unknown"))
                 for f in item.files],
                [self.t.language(lang) + (f" ({self.t('draft').lower()})" if lang in item.drafts
                                          else "") for lang in item.missing],
                [self.t.language(lang) for lang in item.outdated],
                self.other_lang(version.lang),
            ))
        return self.page("status", status=rows, status_summary=summary,
                         pager=self.pager("status", "", number, count))

    def overview_page(self, number: int = 1) -> PageView:
        """Every article, a page at a time, with the themes and kinds a reader can narrow the
        whole list by (the filter reads the list of every article, `listing_pages.INDEX`)."""
        cards, pager = self.paged("overview", "", self.magazine.articles, number)
        return self.page("overview", articles=cards, pager=pager,
                         themes=[self.theme_item(t) for t in self.sorted_themes()],
                         sections=[self.section(folder, 0) for folder in KINDS],
                         index_url=self.urls.prefix(self.lang) + INDEX)

    def actions_page(self) -> PageView:
        """Every action of every agenda, by state, with what a reader can narrow the list by:
        theme, session and state. Only the sessions and themes that have actions are offered."""
        actions = [self.action_item(a) for a in self.magazine.actions.values()]
        states = [StateGroup(state, self.t(f"state_{state}"),
                             [a for a in actions if a.state == state]) for state in ACTION_STATES]
        sessions = sorted(self.magazine.sessions.values(), key=lambda s: s.order)
        used_themes = {t for a in actions for t in a.theme_ids}
        return self.page(
            "actions", actions=actions, states=[g for g in states if g.actions],
            sessions=[self.session_item(s) for s in sessions if s.actions],
            themes=[self.theme_item(t) for t in self.sorted_themes() if t.id in used_themes],
        )

    def sorted_themes(self) -> list[Theme]:
        return sorted(self.magazine.themes.values(), key=lambda t: t.version(self.lang).title.lower())


def footer_links(urls: Urls, lang: str) -> dict[str, str]:
    """The footer's pages in `lang`, as addresses that also open from disk (`make preview`)."""
    prefix = urls.prefix(lang)
    colophon = urls.page(prefix + "colophon")
    return {"about": urls.page(prefix + "about"), "colophon": colophon,
            "contact": colophon + "#contact", "feed": prefix + "feed.xml"}


def web_addresses(article: Article, lang: str) -> list[str]:
    """The web addresses (http, https) that the article's text in `lang` links to, in order,
    once each: from its links as the loader read them, once per build."""
    found = [link.target for link_lang, link in article.links
             if link_lang == lang and link.target.lower().startswith(("http://", "https://"))]
    return list(dict.fromkeys(found))


def page_role(src_uri: str, languages: tuple[str, ...]) -> tuple[str, str]:
    """Which magazine page a page of `docs/` is, from its path: ("theme", "work"), ("", "")."""
    path = src_uri[: -len(".md")] if src_uri.endswith(".md") else src_uri
    folder, _, name = path.rpartition("/")
    name = strip_language(name, languages)
    if not folder and name in ("index", "README"):
        return "home", ""
    if folder in FOLDERS.values() and name == "index":
        return "section", folder
    if not folder and name == "status":
        return "status", ""
    if folder == "articles" and name == "index":
        return "overview", ""
    if folder == "actions" and name == "index":
        return "actions", ""
    if folder in ("themes", "sessions"):
        return (folder, "") if name == "index" else (folder[:-1], name)
    return "", ""


@dataclass
class Untranslated:
    """A page shown in a language it is not written in (static-i18n's `fallback_to_default`).

    static-i18n builds a page that has no translation from the original file, under the other
    language's address and with that language's page chrome. Such a page must say so, link to the
    original, and mark its text with the original's language. Articles have their own notice
    (`ArticleView.untranslated_notice`); this covers the rest.
    """


    lang: str  # the language the page's text is in
    url: str  # the original page, relative to the site root
    notice: str
    link: str


def untranslated(page_url: str, file_locale: str | None, lang: str,
                 languages: tuple[str, ...]) -> Untranslated | None:
    """The notice for a page built for `lang` from a file in `file_locale`, or None."""
    if not file_locale or file_locale == lang or file_locale not in languages:
        return None
    urls = Urls(languages[0])
    path = page_url[len(urls.prefix(lang)):] if page_url.startswith(urls.prefix(lang)) else page_url
    t = Strings(lang)
    name = t.language(file_locale)
    return Untranslated(file_locale, urls.prefix(file_locale) + path or "./",
                        t("page_untranslated", language=name), t("page_original", language=name))
