"""Screenshots of every kind of page in both languages, on a phone (390 px) and a laptop (1280 px).

    make screenshots    # builds the site without PDFs, then writes screenshots/<page>-<lang>-<width>.png

A reviewer sees the result of a pull request without building it: the pull-request workflow
uploads the folder. Needs Chromium at /usr/bin/chromium (as the browser tests do).
"""

from __future__ import annotations

import argparse
import functools
import http.server
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
PAGES = {
    "home": "", "article": "essays/leren-door-te-doen/", "interview": "interviews/werken-in-de-zorg/",
    "practice": "practices/een-maaksessie-organiseren/", "section": "essays/",
    "overview": "articles/", "themes": "themes/", "theme": "themes/work/", "sessions": "sessions/",
    "session": "sessions/2019-05-food-valley/", "about": "about/", "404": "404.html",
    "actions": "actions/", "agenda": "sessions/voorbeeld-actieagenda/", "authors": "authors/",
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
    parser.add_argument("--only", action="append", choices=PAGES, help="only this page (repeat)")
    args = parser.parse_args()
    pages = {name: path for name, path in PAGES.items() if not args.only or name in args.only}
    args.out.mkdir(parents=True, exist_ok=True)
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
                        for name, path in pages.items():
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


if __name__ == "__main__":
    main()
