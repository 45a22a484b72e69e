"""What a reader's first search costs: `python bench/search_cost.py SITE_DIR` (a built site).

In Debian's Chromium (Playwright), with an empty cache, it opens the home page of each language,
types one word into the search box and waits for the first result. It reports the bytes the
browser fetched from the search index (`pagefind/`) from opening the page until the first result
showed, the bytes of everything else the page loaded, and the milliseconds from the last
keystroke to the first result, on the CPU as it is and throttled 4x (a phone). The bytes are the
files as served, without HTTP compression: what a plain static host sends, the worst case.
`bench/run.py` calls it for each N.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
# A word in every synthetic article (the worst case: its index chunk lists every page), per
# language, typed as a plural or inflected form so that stemming is part of the work.
QUERIES = {"nl": ("", "werkgevers"), "en": ("en/", "municipalities")}

# Notes when the first result is drawn, after the last keystroke.
OBSERVER = """() => {
  const box = document.querySelector("input.md-search__input");
  window.__typed = 0; window.__shown = 0;
  box.addEventListener("input", () => { window.__typed = performance.now(); });
  new MutationObserver(() => {
    if (!window.__shown && document.querySelector("a.md-search-result__link"))
      window.__shown = performance.now();
  }).observe(document.querySelector(".md-search-result__list"), {childList: true});
}"""


@dataclass
class FirstSearch:
    lang: str
    query: str
    index_bytes: int
    page_bytes: int
    index_files: int
    ms: float
    ms_throttled: float


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def served(folder: Path) -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(
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


def one_search(browser, url: str, query: str, throttle: float) -> tuple[dict[str, int], float]:
    """Bytes fetched per address, and ms from the last keystroke to the first result."""
    context = browser.new_context(viewport={"width": 390, "height": 800})
    page = context.new_page()
    sizes: dict[str, int] = {}
    page.on("response", lambda r: sizes.__setitem__(r.url, len(r.body())) if r.ok else None)
    if throttle > 1:
        page.context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate",
                                                {"rate": throttle})
    page.goto(url, wait_until="load")
    page.evaluate(OBSERVER)
    page.keyboard.press("/")  # opens the search on a phone too, where the box is folded away
    page.keyboard.insert_text(query)  # one input event, as when pasting: timed from there
    page.wait_for_function("() => window.__shown > 0", timeout=60_000)
    ms = page.evaluate("() => window.__shown - window.__typed")
    context.close()
    return sizes, ms


def first_searches(site: Path) -> list[FirstSearch]:
    from playwright.sync_api import sync_playwright

    results = []
    with served(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            for lang, (prefix, query) in QUERIES.items():
                if not (site / prefix / "index.html").exists():
                    continue
                sizes, ms = one_search(browser, base + prefix, query, throttle=1)
                _, throttled = one_search(browser, base + prefix, query, throttle=4)
                index = {u: n for u, n in sizes.items() if "/pagefind/" in u}
                results.append(FirstSearch(
                    lang, query, sum(index.values()), sum(sizes.values()) - sum(index.values()),
                    len(index), round(ms, 1), round(throttled, 1)))
        finally:
            browser.close()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench/search_cost.py", description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, help="a built site (mkdocs build)")
    parser.add_argument("--files", action="store_true", help="list the index files loaded")
    args = parser.parse_args(argv)
    if not available():
        print("needs Playwright and /usr/bin/chromium", file=sys.stderr)
        return 1
    print(json.dumps([asdict(r) for r in first_searches(args.site)], indent=2))
    if args.files:
        from playwright.sync_api import sync_playwright

        with served(args.site) as base, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
            sizes, _ = one_search(browser, base, QUERIES["nl"][1], throttle=1)
            browser.close()
        for url, size in sizes.items():
            if "/pagefind/" in url:
                print(f"{size:>8} {url.split('/pagefind/')[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
