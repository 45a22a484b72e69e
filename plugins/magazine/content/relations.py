"""Connect the magazine: articles per theme and session, related articles, links back.

Related articles come from an index of themes and sessions (like Hugo's `related`), so each
article only meets the articles it shares something with, never every other article.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations

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
            (s for s in magazine.sessions.values() if id in s.themes), key=lambda s: s.order
        )
    for id, session in magazine.sessions.items():
        session.articles = by_session.get(id, [])
    connect_actions(magazine)
    index = RelatedIndex(magazine.articles, by_theme, by_session)
    for article in magazine.articles:
        article.related = index.related(article, limit)
    link_back(magazine)


def connect_actions(magazine: Magazine) -> None:
    """Each action's articles (newest first) and each theme's actions (in the sessions' order)."""
    actions = magazine.actions
    for action in actions.values():
        action.articles = []
    for article in magazine.articles:
        for key in article.actions:
            if key in actions and article not in actions[key].articles:
                actions[key].articles.append(article)
    for id, theme in magazine.themes.items():
        theme.actions = [action for action in actions.values() if id in action.themes]


class RelatedIndex:
    """The articles that share most with an article (themes, then session, then kind), in time
    linear in N: without scoring every article that shares a theme.

    With a fixed set of themes, each theme gathers a fixed share of all articles, so scoring all
    of them makes the whole magazine quadratic (N articles times N/20 each). Only a few can end
    up in the top `limit`: those sharing two or more themes or the session (found through small
    indices by theme pair and by session), and of those sharing exactly one theme, the newest
    `limit` of the same kind and the newest `limit` of any kind: every other article scores no
    more and is older, so it ranks below them. `tests/test_bench.py` checks that the result
    is the same as scoring every article.
    """

    def __init__(
        self,
        articles: list[Article],
        by_theme: dict[str, list[Article]],
        by_session: dict[str, list[Article]],
    ) -> None:
        self.by_theme = by_theme
        self.by_session = by_session
        self.by_theme_kind: dict[tuple[str, str], list[Article]] = defaultdict(list)
        self.by_pair: dict[tuple[str, str], list[Article]] = defaultdict(list)
        for article in articles:  # newest first, as in `by_theme`
            for theme in article.themes:
                self.by_theme_kind[(theme, article.folder)].append(article)
            for pair in combinations(sorted(set(article.themes)), 2):
                self.by_pair[pair].append(article)

    def related(self, article: Article, limit: int) -> list[Article]:
        strong: set[Article] = set()  # sharing two or more themes, or the session
        for pair in combinations(sorted(set(article.themes)), 2):
            strong.update(self.by_pair.get(pair, ()))
        if article.session:
            strong.update(self.by_session.get(article.session, ()))
        candidates = set(strong)
        for theme in article.themes:
            for newest_first in (self.by_theme_kind.get((theme, article.folder), ()),
                                 self.by_theme.get(theme, ())):
                found = 0
                for other in newest_first:
                    if found >= limit:
                        break
                    if other is not article and other not in strong:
                        candidates.add(other)
                        found += 1
        candidates.discard(article)
        return rank(article, candidates, limit)


def score(article: Article, other: Article, themes: set[str] | None = None) -> int:
    """How much `other` shares with `article` (`themes`: the article's themes, if at hand)."""
    shared = len((set(article.themes) if themes is None else themes).intersection(other.themes))
    same_session = bool(article.session) and other.session == article.session
    return (shared * THEME_WEIGHT + same_session * SESSION_WEIGHT
            + (other.folder == article.folder) * KIND_WEIGHT)


def rank(article: Article, candidates: set[Article], limit: int) -> list[Article]:
    """Highest score first, then newest, then by key."""
    themes = set(article.themes)
    by_key = sorted(candidates, key=lambda other: other.key)
    # Python's sort is stable, also in reverse: articles equal in score and date keep key order.
    ranked = sorted(by_key, key=lambda other: (score(article, other, themes), other.date),
                    reverse=True)
    return ranked[:limit]


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
