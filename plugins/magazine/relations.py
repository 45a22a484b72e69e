"""Connect the magazine: articles per theme and session, related articles, links back.

Related articles come from an index of themes and sessions (like Hugo's `related`), so each
article only meets the articles it shares something with, never every other article.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from .model import Article, Magazine

RELATED_LIMIT = 5
# How much a shared trait counts towards "related": themes weigh most, then session, then kind.
THEME_WEIGHT = 3
SESSION_WEIGHT = 2
KIND_WEIGHT = 1


def connect(magazine: Magazine, limit: int = RELATED_LIMIT) -> None:
    """Fill in the derived lists of every article, theme and session (newest first)."""
    by_theme: dict[str, list[Article]] = defaultdict(list)
    by_session: dict[str, list[Article]] = defaultdict(list)
    for article in magazine.articles:  # already newest first
        for theme in article.themes:
            by_theme[theme].append(article)
        if article.session:
            by_session[article.session].append(article)

    for id, theme in magazine.themes.items():
        theme.articles = by_theme.get(id, [])
        theme.related = related_themes(id, theme.articles, magazine)
        theme.sessions = sorted(
            (s for s in magazine.sessions.values() if id in s.themes), key=lambda s: s.date
        )
    for id, session in magazine.sessions.items():
        session.articles = by_session.get(id, [])
    for article in magazine.articles:
        article.related = related_articles(article, by_theme, by_session, limit)
    link_back(magazine)


def related_articles(
    article: Article,
    by_theme: dict[str, list[Article]],
    by_session: dict[str, list[Article]],
    limit: int,
) -> list[Article]:
    """The articles that share most with `article`: themes, then session, then kind."""
    scores: Counter[Article] = Counter()
    for theme in article.themes:
        for other in by_theme[theme]:
            scores[other] += THEME_WEIGHT
    if article.session:
        for other in by_session[article.session]:
            scores[other] += SESSION_WEIGHT
    scores.pop(article, None)
    for other in scores:
        if other.folder == article.folder:
            scores[other] += KIND_WEIGHT
    ranked = sorted(scores.items(), key=lambda item: (-item[1], -item[0].date.toordinal(),
                                                      item[0].key))
    return [other for other, _ in ranked[:limit]]


def related_themes(id: str, articles: list[Article], magazine: Magazine) -> list:
    """Themes that appear together with theme `id` on articles, most often first."""
    together: Counter[str] = Counter()
    for article in articles:
        together.update(t for t in article.themes if t != id)
    ranked = sorted(together.items(), key=lambda item: (-item[1], item[0]))
    return [magazine.themes[t] for t, _ in ranked if t in magazine.themes]


def link_back(magazine: Magazine) -> None:
    """Give each article the list of articles that link to it, newest first."""
    for article in magazine.articles:
        article.linked_from = []
    for article in magazine.articles:  # newest first, so each list ends up newest first
        targets = {link.ref.id for _, link in article.links
                   if link.ref and link.ref.kind == "article" and link.ref.id != article.key}
        for key in sorted(targets):
            target = magazine.article(key)
            if target is not None:
                target.linked_from.append(article)
