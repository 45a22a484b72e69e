"""The speed work: the benchmark runs end to end on a small magazine, and each optimisation gives
the same result as the plain code it replaces. No timings are asserted (shared, noisy machines)."""

from __future__ import annotations

import datetime as dt
import json
import random
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest
import yaml
from conftest import REPO, TINY_SITE, build, page, write_site
from magazine.content import frontmatter, relations
from magazine.content.loader import load_magazine
from magazine.content.model import Article
from search_index import search_pages

sys.path.insert(0, str(REPO / "bench"))
import corpus  # noqa: E402
import measuring as bench_measuring  # noqa: E402
import run as bench_run  # noqa: E402

# -- the benchmark -------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def bench_table(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path, str]:
    """`bench/run.py --sizes 6` run once, as `make bench` runs it: (stdout, table file, work)."""
    tmp = tmp_path_factory.mktemp("bench")
    out = tmp / "results.md"
    work = tmp / "work"
    result = subprocess.run(
        [sys.executable, str(REPO / "bench" / "run.py"), "--sizes", "6", "--out", str(out),
         "--keep", str(work)],
        capture_output=True, text=True, cwd=tmp, timeout=600,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout, out, str(work)


def table_rows(text: str, heading: str) -> list[list[str]]:
    """The rows of the Markdown table under `## heading`, header first."""
    section = text.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]
    return [[cell.strip() for cell in line.strip().strip("|").split("|")]
            for line in section.splitlines() if line.startswith("|") and "---" not in line]


def test_bench_writes_the_table_with_every_build(bench_table):
    stdout, out, _ = bench_table
    assert f"table written to {out}" in stdout
    text = out.read_text(encoding="utf-8")
    rows = table_rows(text, "Builds")
    assert rows[0] == bench_run.COLUMNS
    assert [row[1] for row in rows[1:]] == ["ours", "stack", "floor", "check"]
    for row in rows[1:]:
        assert row[0] == "6"
        assert float(row[2]) > 0 and float(row[5]) > 0  # seconds, peak MiB
        assert row[4].endswith(" ms")
    pages = {row[1]: int(row[3]) for row in rows[1:]}
    assert pages["floor"] == 12 and pages["check"] == 12  # 6 articles in 2 languages
    # Ours: the articles, 20 themes, 2 sessions and the hand-written pages, in both languages.
    assert pages["ours"] > 2 * (6 + 20 + 2)
    assert pages["stack"] >= 12
    ours = next(row for row in rows if row[1] == "ours")
    assert ours[6] != "1" and ours[7] != "1"  # ratios to the stack and the floor


def test_bench_reports_warm_builds_and_the_preview(bench_table):
    _, out, _ = bench_table
    rows = table_rows(out.read_text(encoding="utf-8"), "Caches: a build with nothing changed, "
                      "and the preview after a save")
    assert rows[0][:3] == ["N", "cold s", "warm s"]
    [row] = rows[1:]
    assert row[0] == "6"
    assert all(float(cell) > 0 for cell in row[1:8])  # times, ratios and the server's memory


def test_bench_reports_what_a_first_search_loads(bench_table):
    _, out, _ = bench_table
    rows = table_rows(out.read_text(encoding="utf-8"), "A reader's first search")
    if not Path("/usr/bin/chromium").exists():
        assert "not measured" in rows[1][1]
        return
    assert [row[1] for row in rows[1:]] == ["nl", "en"]
    for row in rows[1:]:
        assert row[0] == "6" and 0 < float(row[4]) <= float(row[3]) and int(row[5]) > 0  # kB, files
        assert all(float(ms) > 0 for ms in row[6:12])  # it showed the results, every way


def test_bench_reports_the_plugins_time_per_event_and_the_check(bench_table):
    _, out, _ = bench_table
    text = out.read_text(encoding="utf-8")
    events = {row[1]: row for row in table_rows(text, "The plugin's own time")[1:]}
    assert {"on_config", "on_files", "on_page_markdown", "on_page_context", "load_magazine",
            "**total**"} <= set(events)
    assert events["load_magazine"][2] == "1"  # the content is read once for both languages
    assert events["on_config"][2] == "2"  # one MkDocs build per language
    assert events["**total**"][4].endswith("%**")
    check = table_rows(text, "`magazine check` against the build")
    assert check[0] == ["N", "check seconds", "build seconds", "check / build"]
    assert check[1][0] == "6" and float(check[1][3]) > 0


def test_bench_builds_real_sites_from_the_same_articles(bench_table):
    _, _, work = bench_table
    ours, stack = Path(work) / "magazine-6" / "site", Path(work) / "stack-6" / "site"
    spec = corpus.plan(6)[0][0]
    ours_page = page(ours, f"en/{spec.kind}/{spec.slug}")
    stack_page = page(stack, f"en/{spec.kind}/{spec.slug}")
    assert ours_page.h1.get_text(strip=True) == spec.title["en"]
    assert stack_page.h1.get_text(strip=True).startswith(spec.title["en"])
    # The stack lists every article in its navigation; ours does not.
    assert len(stack_page.select('nav a[href*="article-"]')) >= 6
    assert not ours_page.select('nav.md-nav--primary a[href*="article-"]')
    # Ours carries the pictures of a real magazine: a lead picture, in its web versions.
    assert list(ours.glob("images/**/bench-0000*.webp"))


def test_corpus_is_deterministic_and_about_a_thousand_words(tmp_path):
    first = corpus.write_magazine(tmp_path / "a", 9).parent
    second = corpus.write_magazine(tmp_path / "b", 9).parent
    files = sorted(p.relative_to(first) for p in first.rglob("*.md"))
    assert files == sorted(p.relative_to(second) for p in second.rglob("*.md"))
    for path in files:
        assert (first / path).read_bytes() == (second / path).read_bytes()
    magazine, diagnostics = load_magazine(first)
    assert [d for d in diagnostics if d.severity == "error"] == []
    assert len(magazine.articles) == 9 and len(magazine.themes) == corpus.THEME_COUNT
    for article in magazine.articles:
        assert 1 <= len(article.themes) <= 3
        words = len(article.version("en").body.split())
        assert 900 <= words <= 1300
    assert any(article.session for article in magazine.articles)
    assert any(article.linked_from for article in magazine.articles)


@pytest.mark.parametrize("config, expected", [
    ("plugins:\n  - magazine\nnav: []\n", "plugins:\n  - magazine:\n      pdf: false\nnav: []\n"),
    ("plugins:\n  - magazine:\n      pdf: true\n      related: 3\n",
     "plugins:\n  - magazine:\n      pdf: false\n      related: 3\n"),
])
def test_bench_turns_the_pdfs_off_when_the_plugin_has_that_option(monkeypatch, config, expected):
    monkeypatch.setattr(bench_measuring, "magazine_has_option", lambda name: name == "pdf")
    assert bench_measuring.without_pdfs(config) == expected
    monkeypatch.setattr(bench_measuring, "magazine_has_option", lambda name: False)
    assert bench_measuring.without_pdfs(config) == config


# -- the optimisations give the same results -----------------------------------------------------


def random_articles(rng: random.Random, n: int) -> list[Article]:
    themes = [f"t{i}" for i in range(rng.randint(1, 6))]
    sessions = [None, None, "s1", "s2"]
    articles = []
    for i in range(n):
        article = Article(
            folder=rng.choice(["essays", "interviews", "practices"]), slug=f"a{i}",
            date=dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(0, 30)), authors=["A"],
            themes=rng.sample(themes, rng.randint(1, min(3, len(themes)))),
            session=rng.choice(sessions),
        )
        articles.append(article)
    articles.sort(key=lambda a: (-a.date.toordinal(), a.key))
    return articles


def score_every_article(
    article: Article, by_theme: dict[str, list[Article]], by_session: dict[str, list[Article]],
    limit: int,
) -> list[Article]:
    """The plain definition of related articles that the index must agree with: score every
    article sharing a theme or the session (themes 3, session 2, kind 1), highest first, then
    newest, then by key."""
    scores: Counter[Article] = Counter()
    for theme in article.themes:
        for other in by_theme[theme]:
            scores[other] += 3
    if article.session:
        for other in by_session[article.session]:
            scores[other] += 2
    scores.pop(article, None)
    for other in scores:
        if other.folder == article.folder:
            scores[other] += 1
    ranked = sorted(scores.items(), key=lambda item: (-item[1], -item[0].date.toordinal(),
                                                      item[0].key))
    return [other for other, _ in ranked[:limit]]


@pytest.mark.parametrize("seed", range(40))
def test_related_index_gives_the_same_articles_as_scoring_every_one(seed):
    rng = random.Random(seed)
    articles = random_articles(rng, rng.randint(1, 60))
    by_theme, by_session = defaultdict(list), defaultdict(list)
    for article in articles:
        for theme in article.themes:
            by_theme[theme].append(article)
        if article.session:
            by_session[article.session].append(article)
    index = relations.RelatedIndex(articles, by_theme, by_session)
    for limit in (1, 3, 5):
        for article in articles:
            expected = score_every_article(article, by_theme, by_session, limit)
            assert index.related(article, limit) == expected


FRONT_MATTER = [
    "title: Werk\nsummary: Over werk.\ndate: 2019-05-14\nauthors: [A, B]\nthemes:\n  - work\n",
    "title: 'Quoted: yes'\nagenda:\n  - one\n  - 'two: three'\n",
    "",
    "title: a: b\n",
    "title: x\n\tfoo: y\n",
    "a: !!python/object:os.system x\n",
    "title: [\n",
    "a: 1\na: 2\n",
    "- a list\n",
]


@pytest.mark.parametrize("source", FRONT_MATTER)
def test_front_matter_reads_the_same_with_libyaml(monkeypatch, source):
    fast_loader = frontmatter.FastFrontMatterLoader
    assert (fast_loader is None) == (not hasattr(yaml, "CSafeLoader"))

    def parse(fast: bool):
        monkeypatch.setattr(frontmatter, "FastFrontMatterLoader", fast_loader if fast else None)
        try:
            return frontmatter.parse_yaml(source, first_line=2)
        except frontmatter.FrontMatterError as error:
            return (error.line, error.col, error.message, error.hint)

    if not hasattr(yaml, "CSafeLoader"):
        pytest.skip("PyYAML without libyaml")
    assert parse(fast=True) == parse(fast=False)


# -- previewing one language ---------------------------------------------------------------------


@pytest.mark.parametrize("lang, prefix, missing", [("nl", "", "en/"), ("en", "en/", "")])
def test_preview_builds_only_the_language_asked_for(tmp_path, monkeypatch, lang, prefix, missing):
    monkeypatch.setenv("MAGAZINE_LANGUAGE", lang)
    site = build(write_site(tmp_path / "repo", TINY_SITE))
    article = page(site, f"{prefix}essays/werk-eerst")
    assert article.h1.get_text() == ("Werk eerst" if lang == "nl" else "Work first")
    assert article.html["lang"] == lang
    assert page(site, f"{prefix}themes/work").select('a[href*="werk-eerst"]')
    assert not (site / missing / "essays" / "werk-eerst" / "index.html").exists()
    if lang == "en":
        assert not (site / "index.html").exists()
    # The language's own search index, as in a full build, holding only that language.
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text("utf-8"))
    assert list(entry["languages"]) == [lang]
    titles = {p["meta"]["title"] for p in search_pages(site, lang).values()}
    assert ("Work first" in titles) == (lang == "en") and ("Werk eerst" in titles) == (lang == "nl")


@pytest.mark.allow_warnings
def test_preview_with_an_unknown_language_says_which_ones_exist(
    tmp_path, monkeypatch, no_unexpected_warnings
):
    from mkdocs.exceptions import Abort

    monkeypatch.setenv("MAGAZINE_LANGUAGE", "de")
    with pytest.raises(Abort):  # MkDocs logs the message as an error and stops, no traceback
        build(write_site(tmp_path / "repo", TINY_SITE))
    messages = [record.getMessage() for record in no_unexpected_warnings.records]
    assert messages == [
        "MAGAZINE_LANGUAGE=de is not a language of this site: use one of nl, en, "
        "or leave it empty to build all"
    ]


def test_the_pictures_benchmark_runs_and_publishes_no_camera_data(tmp_path):
    result = subprocess.run(
        [sys.executable, str(REPO / "bench" / "pictures.py"), "--n", "6", "--pictures", "2",
         "--keep", str(tmp_path)], capture_output=True, text=True, cwd=tmp_path, timeout=600)
    assert result.returncode == 0, result.stderr
    text = result.stdout
    rows = {line.split(" | ")[0].strip("| "): line for line in text.splitlines()
            if line.startswith("| ") and not line.startswith("| build") and "---" not in line}
    assert list(rows) == ["none", "cold", "warm"]
    assert "2 of them with a 2400x1600 JPEG lead picture (18 files published" in text
    published = list((tmp_path / "pictures-6" / "site" / "images").glob("bench-*"))
    assert len(published) == 18  # four widths in WebP and JPEG, and the sharing crop, each
    assert not [p for p in published if b"BenchCamera" in p.read_bytes()]


def test_the_print_benchmark_reports_both_pdfs_against_one_plain_pass(tmp_path):
    """`make bench` adds the print edition's table: both PDFs against one plain WeasyPrint pass
    of the same run, as ratios of CPU time and of peak memory (no timing is asserted)."""
    import print_bench

    out = tmp_path / "results.md"
    out.write_text("# Benchmark\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(REPO / "bench" / "print_bench.py"), "--n", "2", "--out", str(out)],
        capture_output=True, text=True, cwd=tmp_path, timeout=600)
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Benchmark\n")  # added to the table, not written over it
    rows = table_rows(text, "The print edition: both PDFs against one plain pass")
    assert rows[0] == print_bench.COLUMNS
    [row] = rows[1:]
    cells = dict(zip(rows[0], row, strict=True))
    assert cells["N"] == "2" and int(cells["pages"]) % 4 == 0
    ours, plain = float(cells["both PDFs CPU s"]), float(cells["plain pass CPU s"])
    assert ours > 0 and plain > 0
    assert float(cells["CPU ratio"]) == pytest.approx(ours / plain, rel=0.03)  # of rounded cells
    ours, plain = float(cells["both PDFs peak MiB"]), float(cells["plain pass peak MiB"])
    assert ours > 50 and plain > 50  # a process that laid the edition out
    assert float(cells["peak ratio"]) == pytest.approx(ours / plain, rel=0.03)
