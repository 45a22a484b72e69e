"""What a reader's first search costs: `python bench/search_cost.py SITE_DIR` (a built site).

In Debian's Chromium (Playwright), each time with an empty cache, it opens the home page of each
language, opens the search box with `/` and searches one word (in every synthetic article, so its
index chunks are the largest there are; typed as a plural or inflected form, so that stemming is
part of the work), in two ways:

- **typed**: the word typed at a human speed (one key every 200 ms, some 60 words a minute, a
  quick typist) as a reader does. Reported: the milliseconds from opening the box to the results
  of the whole word, and from the last keystroke to those results. The search starts loading
  Pagefind when the box opens and fetches the word's index chunks while it is typed, so the second
  figure is what a reader waits for once done typing; results for the first letters may show
  earlier, and their cost counts in the bytes.
- **pasted**: the word pasted into the box the moment it opens: the milliseconds from opening the
  box to its results. Nothing could be loaded ahead: the cold worst case.

Each is measured on the CPU as it is and throttled 4x (a phone). The bytes are what the browser
fetched from the search index (`pagefind/`) until the results of the typed word showed, as
served by a plain static host (no HTTP compression), and as a host that compresses text would
send them (Pagefind's script shrinks; its WebAssembly and index are compressed already); split
into Pagefind's program, its list of the language's pages, the index chunks and the results'
texts. `bench/run.py` calls it for each N.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
# A word in every synthetic article, per language: (home page, word).
QUERIES = {"nl": ("", "werkgevers"), "en": ("en/", "municipalities")}
KEY_MS = 200  # between keystrokes when typing
THROTTLE = 4  # how much slower the CPU runs for the "phone" figures

# Notes when the box opens, the last keystroke, and when the list shows the results of the query
# (search.js marks the list with the query it answers).
OBSERVER = """query => {
  const box = document.querySelector("input.md-search__input");
  const list = document.querySelector(".md-search-result__list");
  Object.assign(window, {__opened: 0, __typed: 0, __shown: 0});
  document.addEventListener("keydown", event => {
    if (event.key === "/" && !window.__opened) window.__opened = performance.now();
  }, true);
  box.addEventListener("input", () => { window.__typed = performance.now(); });
  new MutationObserver(() => {
    if (!window.__shown && list.getAttribute("data-query") === query)
      window.__shown = performance.now();
  }).observe(list, {attributes: true, attributeFilter: ["data-query"]});
}"""


@dataclass
class Search:
    """One search in a fresh browser context, until the results of the whole word showed."""

    ms_from_open: float
    ms_from_last_key: float
    index_bytes: int  # fetched from pagefind/, as served
    index_bytes_compressed: int  # the same, from a host that compresses text
    index_files: int
    parts: dict[str, int] = field(default_factory=dict)  # index bytes by kind
    page_bytes: int = 0  # everything else the page loaded


@dataclass
class FirstSearch:
    lang: str
    query: str
    typed: Search
    pasted: Search
    typed_throttled: Search
    pasted_throttled: Search


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


class Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        pass  # a page closed while a file was on its way: nothing to report


@contextmanager
def served(folder: Path) -> Iterator[str]:
    server = Server(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def available() -> bool:
    try:
        import playwright  # noqa: F401
    except ImportError:
        return False
    return CHROMIUM.exists()


def kind(url: str) -> str:
    name = url.split("/pagefind/", 1)[1]
    if name.startswith("index/"):
        return "index chunks"
    if name.startswith("fragment/"):
        return "results' texts"
    if ".pf_meta" in name or name.startswith("pagefind-entry.json"):
        return "list of pages"
    return "program"


def served_file(site: Path, url: str) -> Path | None:
    path = urlsplit(url).path
    file = site / unquote(path).lstrip("/")
    if path.endswith("/"):
        file = file / "index.html"
    return file if file.is_file() else None


def one_search(browser, site: Path, url: str, query: str, throttle: float,
               typed: bool) -> tuple[Search, dict[str, int]]:
    """A first search on `url`; also the bytes fetched per address from the index."""
    context = browser.new_context(viewport={"width": 390, "height": 800})
    page = context.new_page()
    finished: list[str] = []
    page.on("requestfinished", lambda request: finished.append(request.url))
    if throttle > 1:
        page.context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate",
                                                {"rate": throttle})
    page.goto(url, wait_until="load")
    page.wait_for_load_state("networkidle")
    page.evaluate(OBSERVER, query)
    page.keyboard.press("/")  # opens the search on a phone too, where the box is folded away
    if typed:
        page.keyboard.type(query, delay=KEY_MS)
    else:
        page.keyboard.insert_text(query)  # one input event, as when pasting
    page.wait_for_function("() => window.__shown > 0", timeout=60_000)
    loaded = list(dict.fromkeys(finished))  # fetched before the results showed
    opened, last_key, shown = page.evaluate("() => [window.__opened, window.__typed, window.__shown]")
    context.close()
    # The files as the site folder has them: what a static host sends, and compressed.
    files = {address: served_file(site, address) for address in loaded}
    index = {address: file.stat().st_size for address, file in files.items()
             if file and "/pagefind/" in address}
    compressed = sum(min(n, len(gzip.compress(files[address].read_bytes())))
                     for address, n in index.items())
    parts: dict[str, int] = {}
    for address, n in index.items():
        parts[kind(address)] = parts.get(kind(address), 0) + n
    return Search(
        ms_from_open=round(shown - opened, 1), ms_from_last_key=round(shown - last_key, 1),
        index_bytes=sum(index.values()), index_bytes_compressed=compressed,
        index_files=len(index), parts=parts,
        page_bytes=sum(f.stat().st_size for a, f in files.items() if f and a not in index),
    ), index


def median_search(browser, site: Path, url: str, query: str, throttle: float, typed: bool,
                  repeat: int) -> Search:
    """Of `repeat` runs, the one with the median time from opening the box (the lower one of two)."""
    runs = sorted((one_search(browser, site, url, query, throttle, typed)[0] for _ in range(repeat)),
                  key=lambda s: s.ms_from_open)
    return runs[(len(runs) - 1) // 2]


def first_searches(site: Path, repeat: int = 1) -> list[FirstSearch]:
    from playwright.sync_api import sync_playwright

    results = []
    with served(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            for lang, (prefix, query) in QUERIES.items():
                if not (site / prefix / "index.html").exists():
                    continue
                runs = [median_search(browser, site, base + prefix, query, throttle, typed, repeat)
                        for throttle in (1, THROTTLE) for typed in (True, False)]
                results.append(FirstSearch(lang, query, runs[0], runs[1], runs[2], runs[3]))
        finally:
            browser.close()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench/search_cost.py", description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, help="a built site (mkdocs build)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="searches of each kind; the median is reported (default 1)")
    parser.add_argument("--files", action="store_true",
                        help="list the index files a typed Dutch search loads")
    args = parser.parse_args(argv)
    if not available():
        print("needs Playwright and /usr/bin/chromium", file=sys.stderr)
        return 1
    print(json.dumps([asdict(r) for r in first_searches(args.site, args.repeat)], indent=2))
    if args.files:
        from playwright.sync_api import sync_playwright

        with served(args.site) as base, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
            _, index = one_search(browser, args.site, base, QUERIES["nl"][1], throttle=1, typed=True)
            browser.close()
        for url, size in index.items():
            print(f"{size:>8} {url.split('/pagefind/')[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
