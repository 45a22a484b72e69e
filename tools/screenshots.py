"""Screenshots of pages in both languages, on a phone (390 px) and a laptop (1280 px).

    make screenshots               # every kind of page: screenshots/<page>-<lang>-<width>.png
    make screenshots SINCE=<rev>   # the articles changed since <rev>, from the preview (preview/)

A reviewer sees the result of a pull request without building it: the pull-request workflow
takes the pages of exactly the articles the pull request changed, from `make preview`, which is
made also when the content has errors, and uploads the folder. Needs Chromium at
/usr/bin/chromium (as the browser tests do).
"""

from __future__ import annotations

import argparse
import functools
import http.server
import threading
from pathlib import Path

from magazine.content.changes import changed_articles, changed_files
from magazine.content.loader import load_magazine
from magazine.content.mkdocs_yml import read_mkdocs_yml, site_languages
from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
PAGES = {
    "home": "", "article": "essays/leren-door-te-doen/", "interview": "interviews/werken-in-de-zorg/",
    "practice": "practices/een-maaksessie-organiseren/", "section": "essays/",
    "overview": "articles/", "themes": "themes/", "theme": "themes/work/", "sessions": "sessions/",
    "session": "sessions/2019-05-food-valley/", "about": "about/", "404": "404.html",
}
WIDTHS = (390, 1280)
LANGUAGES = ("nl", "en")


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("site", type=Path, help="the built site")
    parser.add_argument("out", type=Path, help="the folder for the screenshots")
    parser.add_argument("--dark", action="store_true", help="also in dark mode")
    parser.add_argument("--since", help="only the articles changed since this commit; `site` is "
                        "then the preview (it opens from disk)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.since:
        changed_pages(args.site, args.out, args.since)
        return
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=str(args.site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    schemes = ("light", "dark") if args.dark else ("light",)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            for scheme in schemes:
                for width in WIDTHS:
                    context = browser.new_context(
                        viewport={"width": width, "height": 844 if width < 600 else 900},
                        color_scheme=scheme)  # type: ignore[arg-type]
                    page = context.new_page()
                    for lang in LANGUAGES:
                        for name, path in PAGES.items():
                            page.goto(base + ("" if lang == "nl" else f"{lang}/") + path)
                            page.wait_for_load_state("load")
                            suffix = "" if scheme == "light" else "-dark"
                            target = args.out / f"{name}-{lang}-{width}{suffix}.png"
                            page.screenshot(path=str(target), full_page=True)
                            print(target)
                    context.close()
            browser.close()
    finally:
        server.shutdown()


def changed_pages(preview: Path, out: Path, since: str) -> None:
    """The preview's pages of the articles changed since `since`, opened from disk."""
    root = Path.cwd()
    languages = site_languages(read_mkdocs_yml(root))
    magazine, _ = load_magazine(root, languages, include_drafts=True)
    shots = []
    for change in changed_articles(magazine, changed_files(root, since), languages):
        for lang, page in change.pages.items():
            if (preview / page).is_file():
                shots.append((change.key.replace("/", "-"), lang, (preview / page).resolve()))
            else:
                print(f"{change.key}: the preview has no page {page}")
    if not shots:
        print("No article changed, or none of them is in the preview: no screenshots.")
        return
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for width in WIDTHS:
            context = browser.new_context(
                viewport={"width": width, "height": 844 if width < 600 else 900})
            page = context.new_page()
            for name, lang, path in shots:
                page.goto(path.as_uri())
                page.wait_for_load_state("load")
                target = out / f"{name}-{lang}-{width}.png"
                page.screenshot(path=str(target), full_page=True)
                print(target)
            context.close()
        browser.close()


if __name__ == "__main__":
    main()
