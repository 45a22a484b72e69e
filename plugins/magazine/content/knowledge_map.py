"""The map of the knowledge base: the themes, the sessions, and how articles and actions connect
them, laid out at build time for an SVG picture (the site's `partials/knowledge-map.html`, the
print edition's `edition.html`) and the list that says the same in words.

Themes stand in a column on the left, sessions on the right; a line joins a theme and a session
when the session is about the theme, and grows thicker with each article and action that has
both. The picture is 360 units wide, so that on a phone (390 px) one unit is about a pixel and
its words are 11 px, the size of a caption (the list beside it says the same at the size of the
text). Nothing here knows about MkDocs.
"""

from __future__ import annotations

import math
import textwrap
from dataclasses import dataclass, field

from .model import Magazine
from .urls import Urls

WIDTH = 360
NODE_WIDTH = 132
LINE_HEIGHT = 14
PADDING = 8
GAP = 10
CHARS_PER_LINE = 19  # of the node's width at the map's font size
MAX_LINES = 4


@dataclass
class Node:
    id: str
    url: str
    lines: list[str]  # the title, wrapped to the node's width
    title: str
    lang: str  # the language of the title when it differs from the page's
    x: float
    y: float
    height: float
    example: bool = False

    @property
    def middle(self) -> float:
        return self.y + self.height / 2


@dataclass
class Edge:
    theme: Node
    session: Node
    articles: int
    actions: int
    width: float

    @property
    def path(self) -> str:
        """A curve from the theme's right side to the session's left side."""
        x1, y1 = self.theme.x + NODE_WIDTH, self.theme.middle
        x2, y2 = self.session.x, self.session.middle
        bend = (x2 - x1) / 2
        # Whole units: a map of many sessions has hundreds of lines, and a unit is about a pixel.
        return f"M{x1:.0f},{y1:.0f}C{x1 + bend:.0f},{y1:.0f} {x2 - bend:.0f},{y2:.0f} {x2:.0f},{y2:.0f}"


@dataclass
class KnowledgeMap:
    themes: list[Node]
    sessions: list[Node]
    edges: list[Edge]
    height: float
    width: int = WIDTH
    node_width: int = NODE_WIDTH
    line_height: int = LINE_HEIGHT
    padding: int = PADDING
    # The same content as a list: per theme, its sessions with what connects them.
    rows: list[tuple[Node, list[Edge]]] = field(default_factory=list)


def knowledge_map(magazine: Magazine, lang: str, urls: Urls) -> KnowledgeMap:
    themes = sorted(magazine.themes.values(), key=lambda th: th.version(lang).title.lower())
    sessions = sorted(magazine.sessions.values(), key=lambda s: s.order)
    theme_nodes = stack([(th.id, urls.theme(th.id, lang), th.version(lang).title,
                          th.version(lang).lang, False) for th in themes], 0, lang)
    session_nodes = stack([(s.id, urls.session(s.id, lang), s.version(lang).title,
                            s.version(lang).lang, s.status == "example") for s in sessions],
                          WIDTH - NODE_WIDTH, lang)
    height = max([n.y + n.height for n in theme_nodes + session_nodes], default=0)
    # The shorter column stands in the middle of the taller one.
    for column in (theme_nodes, session_nodes):
        if column:
            shift = (height - (column[-1].y + column[-1].height)) / 2
            for node in column:
                node.y += shift
    by_theme = {n.id: n for n in theme_nodes}
    edges = []
    for session, node in zip(sessions, session_nodes, strict=True):
        for theme_id in sorted(by_theme, key=lambda id: by_theme[id].y):
            articles = sum(1 for a in session.articles if theme_id in a.themes)
            actions = sum(1 for a in session.actions if theme_id in a.themes)
            if not (articles or actions or theme_id in session.themes):
                continue
            edges.append(Edge(by_theme[theme_id], node, articles, actions,
                              1 + 1.5 * math.sqrt(articles + actions)))
    rows = [(theme, [e for e in edges if e.theme is theme]) for theme in theme_nodes]
    return KnowledgeMap(theme_nodes, session_nodes, edges, height, rows=rows)


def stack(items: list[tuple[str, str, str, str, bool]], x: float, lang: str) -> list[Node]:
    """Nodes one under the other, each as tall as its wrapped title."""
    nodes, y = [], 0.0
    for id, url, title, title_lang, example in items:
        lines = textwrap.wrap(title, CHARS_PER_LINE, break_long_words=True) or [id]
        if len(lines) > MAX_LINES:
            lines = lines[:MAX_LINES]
            lines[-1] = lines[-1][: CHARS_PER_LINE - 1].rstrip() + "…"
        height = len(lines) * LINE_HEIGHT + 2 * PADDING
        nodes.append(Node(id, url, lines, title, "" if title_lang == lang else title_lang, x, y,
                          height, example))
        y += height + GAP
    return nodes
