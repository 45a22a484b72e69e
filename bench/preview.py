"""How long the editing preview takes to show a saved change: `python bench/preview.py --n 1000`.

For each way of previewing, it writes the synthetic corpus (`bench/corpus.py`), starts
`mkdocs serve` on it, waits for the first build, then saves a change to one article and polls
that article's page until the change shows. It reports the first build and the time from the
save to the change being served (file watching, rebuild and all), next to a full
`mkdocs build` of the same corpus. Run it on a quiet machine; the numbers are ratios of one run.

Ways of previewing:

- `both`: `mkdocs serve`, both languages (what `make serve` does without LANGUAGE);
- `nl`: `MAGAZINE_LANGUAGE=nl mkdocs serve` (`make serve LANGUAGE=nl`);
- `nl-dirty`: the same with `--dirty --no-strict`: only changed pages are rebuilt, listings
  may lag (MkDocs warns about a dirty build, which strict mode would turn into an error).
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from corpus import plan, write_magazine  # noqa: E402
from run import measure, without_pdfs  # noqa: E402

REPO = HERE.parent
MODES = {
    "both": ({}, []),
    "nl": ({"MAGAZINE_LANGUAGE": "nl"}, []),
    "nl-dirty": ({"MAGAZINE_LANGUAGE": "nl"}, ["--dirty", "--no-strict"]),
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def wait_for(url: str, text: str, timeout: float) -> float:
    """Seconds until the page at `url` contains `text`."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        page = fetch(url)
        if page is not None and text in page:
            return time.perf_counter() - start
        time.sleep(0.1)
    raise SystemExit(f"{url} did not show {text!r} within {timeout:.0f} s")


def preview(root: Path, n: int, mode: str) -> tuple[float, float]:
    """(first build, save-to-served) in seconds for one way of previewing."""
    env, flags = MODES[mode]
    spec = plan(n)[0][0]
    path = root / spec.kind / f"{spec.slug}.md"
    port = free_port()
    url = f"http://127.0.0.1:{port}/{spec.kind}/{spec.slug}/"
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--livereload", "-a", f"127.0.0.1:{port}",
         *flags], cwd=root, env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **env},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        first = wait_for(url, spec.title["nl"], timeout=60 + n * 0.2)
        time.sleep(1)  # let the watcher settle
        marker = f"Gewijzigd {time.time_ns()}"
        text = path.read_text(encoding="utf-8")
        path.write_text(text + f"\n{marker}\n", encoding="utf-8")
        change = wait_for(url, marker, timeout=60 + n * 0.2)
        path.write_text(text, encoding="utf-8")
        return first, change
    finally:
        server.terminate()
        server.wait(timeout=30)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench/preview.py", description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="number of articles (default 1000)")
    parser.add_argument("--modes", default=",".join(MODES), help="which ways of previewing")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="magazine-preview-") as tmp:
        root = Path(tmp) / "magazine"
        write_magazine(root, args.n, without_pdfs((REPO / "mkdocs.yml").read_text("utf-8")))
        build = measure([sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir",
                         str(Path(tmp) / "site")], root, {"NO_MKDOCS_2_WARNING": "1"})
        print(f"N = {args.n}: full build {build.seconds:.1f} s")
        print("| preview | first build s | save to served s | vs full build |")
        print("| --- | --- | --- | --- |")
        for mode in args.modes.split(","):
            first, change = preview(root, args.n, mode)
            print(f"| {mode} | {first:.1f} | {change:.1f} | {change / build.seconds:.2f} |",
                  flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
