"""The map of the knowledge base on the themes overview: an SVG drawn at build time and the same
content as a list, in both languages."""

from __future__ import annotations

import pytest
from conftest import page


@pytest.mark.parametrize(("prefix", "row_work", "row_health"), [
    ("", "Werk: Sessie een: 1 artikel, 1 actie", "Gezondheid: nog geen Maaksessie"),
    ("en/", "Work: Session one: 1 article, 1 action", "Health: no Making Session yet"),
])
def test_the_themes_overview_draws_the_map_and_says_it_in_words(tiny_built, prefix, row_work,
                                                                 row_health):
    html = page(tiny_built, f"{prefix}themes")
    svg = html.select_one(".mz-map svg")
    assert svg["aria-hidden"] == "true"  # the list below says the same for screen readers
    nodes = [" ".join(t.stripped_strings) for t in svg.select("a text")]
    assert sorted(nodes[:2]) == sorted(["Werk", "Gezondheid"] if not prefix else ["Work", "Health"])
    assert nodes[2] == ("Sessie een" if not prefix else "Session one")
    links = [a["href"] for a in svg.select("a")]
    assert links == [a["href"] for a in html.select(".mz-map__list > li > a")] + ["../sessions/s1/"]
    [edge] = svg.select(".mz-map__edges path")
    assert float(edge["stroke-width"]) > 1  # an article and an action: thicker than "about"
    rows = [" ".join(li.get_text(" ", strip=True).split()).replace(" :", ":")
            for li in html.select(".mz-map__list > li")]
    assert sorted(rows) == sorted([row_work, row_health])
    # Drawn for a phone's width: 360 units and a margin for the frames' lines (the HTML parser
    # writes attribute names in lower case).
    assert svg["viewbox"].split()[2] == "364"
