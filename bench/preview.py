"""How long the editing preview takes to show a saved change: `python bench/preview.py --n 1000`.

For each way of previewing, it writes the synthetic corpus (`bench/corpus.py`), starts
`mkdocs serve` on it, waits for the first build, then saves a change to one article and polls
that article's page until the change shows, in Dutch, in English (the English page shows its
Dutch summary's change too when the save is to a Dutch-only field... here: the Dutch text) and in
the section listing. It repeats that `--saves` times, alternating two texts, and reports the
first build, the median and worst time from a save to the change being served (file watching,
rebuild and all), and the server's memory (resident set) after the first and the last save and
its peak, next to a full `mkdocs build` of the same corpus. The render cache starts empty in a
folder of the run. Run it on a quiet machine; the numbers are ratios of one run.

Ways of previewing:

- `both`: what `make serve` does without LANGUAGE: `mkdocs serve --dirty`, both languages; the
  plugin writes only the pages that changed (`site/caches/written_pages.py`);
- `nl`: the same for one language (`make serve LANGUAGE=nl`);
- `both-rewrite`: plain `mkdocs serve`, which empties its folder and writes every page again
  after each save: what `make serve` did before.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from corpus import plan, write_magazine  # noqa: E402
from measuring import measure, without_pdfs  # noqa: E402

REPO = HERE.parent
# As `make serve` runs it: no PDFs (the corpus's mkdocs.yml says so), no search index.
SERVE_ENV = {"NO_MKDOCS_2_WARNING": "1", "MAGAZINE_SEARCH": "false"}
MODES = {
    "both": ({}, ["--dirty"]),
    "nl": ({"MAGAZINE_LANGUAGE": "nl"}, ["--dirty"]),
    "both-rewrite": ({}, []),
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


def memory_mib(pid: int) -> tuple[float, float]:
    """(resident, peak resident) memory of process `pid` in MiB, from /proc."""
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = int(value.split()[0]) / 1024
    return values.get("VmRSS", 0.0), values.get("VmHWM", 0.0)


@dataclass
class Preview:
    first: float
    changes: list[float]
    rss_first: float
    rss_last: float
    peak: float


def retitled(text: str, title: str) -> str:
    """The article's text with its front matter's title replaced."""
    lines = text.split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("title:"))
    lines[at] = f"title: {title}"
    return "\n".join(lines)


def preview(root: Path, n: int, mode: str, saves: int = 1, cache: Path | None = None) -> Preview:
    """Start `mkdocs serve`, save the first article `saves` times (Dutch, then English, in turn
    when both languages are previewed), and time each change to show on the article's page and
    in its section's listing."""
    env, flags = MODES[mode]
    spec = plan(n)[0][0]
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    languages = ["nl"] if mode == "nl" else ["nl", "en"]
    files = {lang: root / spec.kind / f"{spec.slug}{'' if lang == 'nl' else '.' + lang}.md"
             for lang in languages}
    texts = {lang: path.read_text(encoding="utf-8") for lang, path in files.items()}
    cache_env = {"MAGAZINE_CACHE": str(cache)} if cache else {}
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--livereload", "-a", f"127.0.0.1:{port}",
         *flags], cwd=root, env={**os.environ, **SERVE_ENV, **cache_env, **env},
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    log: list[str] = []  # MkDocs' messages; read on, or the server would block on a full pipe
    threading.Thread(target=lambda: log.extend(server.stderr), daemon=True).start()
    changes, rss = [], []
    timeout = 60 + n * 0.2
    try:
        start = time.perf_counter()
        # The first build is over when MkDocs starts serving (pages show earlier, while it runs).
        while not any("Serving on" in line for line in log):
            if time.perf_counter() - start > timeout or server.poll() is not None:
                raise SystemExit(f"mkdocs serve did not start:\n{''.join(log)}")
            time.sleep(0.1)
        first = time.perf_counter() - start
        wait_for(f"{base}{spec.kind}/{spec.slug}/", spec.title["nl"], timeout)
        time.sleep(1)  # let the watcher settle
        for i in range(saves):
            lang = languages[i % len(languages)]
            prefix = "" if lang == "nl" else f"{lang}/"
            marker = f"Changed {time.time_ns()}"
            files[lang].write_text(retitled(texts[lang], marker) + f"\n{marker}\n", "utf-8")
            start = time.perf_counter()
            wait_for(f"{base}{prefix}{spec.kind}/{spec.slug}/", marker, timeout)
            wait_for(f"{base}{prefix}{spec.kind}/", marker, timeout)  # its section's listing
            changes.append(time.perf_counter() - start)
            rss.append(memory_mib(server.pid))
            time.sleep(0.5)
        return Preview(first, changes, rss[0][0], rss[-1][0], max(peak for _, peak in rss))
    finally:
        for lang, path in files.items():
            path.write_text(texts[lang], encoding="utf-8")
        server.terminate()
        server.wait(timeout=30)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench/preview.py", description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="number of articles (default 1000)")
    parser.add_argument("--modes", default=",".join(MODES), help="which ways of previewing")
    parser.add_argument("--saves", type=int, default=20, help="saves per way (default 20)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="magazine-preview-") as tmp:
        root = Path(tmp) / "magazine"
        write_magazine(root, args.n, without_pdfs((REPO / "mkdocs.yml").read_text("utf-8")))
        build = measure([sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir",
                         str(Path(tmp) / "site")], root,
                        {**SERVE_ENV, "MAGAZINE_CACHE": str(Path(tmp) / "build-cache")})
        print(f"N = {args.n}: full build (cold render cache, no search index) {build.seconds:.1f} s")
        print("| preview | first build s | save to served s (median) | worst | median vs full "
              "build | memory after 1st / last save MiB | peak MiB |")
        print("| --- | --- | --- | --- | --- | --- | --- |")
        for mode in args.modes.split(","):
            result = preview(root, args.n, mode, args.saves, Path(tmp) / f"cache-{mode}")
            median = statistics.median(result.changes)
            print(f"| {mode} | {result.first:.1f} | {median:.2f} | {max(result.changes):.2f} | "
                  f"{median / build.seconds:.2f} | {result.rss_first:.0f} / {result.rss_last:.0f} | "
                  f"{result.peak:.0f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
