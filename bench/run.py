"""The speed benchmark: `make bench` (or `python bench/run.py --sizes 200,1000`).

For each N, in the same run, on the same synthetic corpus (`bench/corpus.py`), where one article
in `PICTURE_EVERY` has a lead picture (a 2400x1600 JPEG, `bench/pictures.py`):

- **ours**: `mkdocs build` of our site configuration (both languages, theme and session pages,
  related articles, search; no PDFs), with MAGAZINE_PROFILE set to time the plugin per event,
  the render and page caches empty. The web versions of the pictures are made once before, into
  the same cache (as in every build after a picture's first: `bench/pictures.py` measures that
  first time);
- **stack**: the off-the-shelf stack (MkDocs + Material + mkdocs-static-i18n + Material's tags
  plugin, every article in the nav, no magazine plugin);
- **floor**: Python-Markdown alone rendering every article in both languages;
- **check**: `magazine check` over the same content;
- **warm**: our build again with nothing changed, from the render and page caches the cold build
  filled (`MAGAZINE_CACHE`, a fresh folder per N);
- **save**: `mkdocs serve` as `make serve` runs it, the time from saving an article (Dutch, then
  English) to the change showing on its page and its section's listing (`bench/preview.py`),
  and the server's peak memory;
- **search**: a reader's first search in Chromium, typed and pasted, as is and on a CPU
  throttled 4x: the bytes it loads and the time to its results (`bench/search_cost.py`).

Each runs in its own subprocess; it reports wall-clock seconds, seconds per page and the peak
memory of that process (its maximum resident set size), the ratios of ours to the stack and the
floor, the plugin's own time per MkDocs event, and the growth from one N to the next. The table
goes to `bench/results.md` (or `--out`). Only ratios from one run are comparable: the machine is
shared.

The full run of the issue: `make bench SIZES=200,1000,3000` (the stack alone takes some ten
minutes at 3000; `--stack-up-to 1000` leaves it out above 1000).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from corpus import write_magazine, write_stack  # noqa: E402
from measuring import REPO, Run, measure, without_pdfs  # noqa: E402
from search_cost import available as browser_available  # noqa: E402
from search_cost import first_searches  # noqa: E402

DEFAULT_SIZES = "200,1000"
PICTURE_EVERY = 25  # one article in 25 has a lead picture
COLUMNS = ["N", "build", "seconds", "pages", "s/page", "peak MiB", "vs stack", "vs floor"]


def html_pages(site: Path) -> int:
    return sum(1 for _ in site.rglob("*.html"))


def build_command() -> list[str]:
    return [sys.executable, "-m", "mkdocs", "build", "--quiet", "--clean", "--site-dir", "site"]


def bench_size(n: int, work: Path, with_stack: bool = True, saves: int = 2) -> dict:
    """Build the corpus of `n` articles every way; the measurements and the plugin's profile."""
    python = sys.executable
    env = {"NO_MKDOCS_2_WARNING": "1"}
    ours_root, stack_root = work / f"magazine-{n}", work / f"stack-{n}"
    config = without_pdfs((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    write_magazine(ours_root, n, config)
    from pictures import add_pictures, keep_pictures_only

    pictures = add_pictures(ours_root, max(1, n // PICTURE_EVERY))
    # The pictures' web versions, made once into the build cache, which then keeps only them.
    cache_folder = work / f"cache-{n}"
    cache = {"MAGAZINE_CACHE": str(cache_folder)}
    measure(build_command(), ours_root, {**env, **cache, "MAGAZINE_SEARCH": "false"})
    keep_pictures_only(cache_folder)
    if with_stack:
        write_stack(stack_root, n)
    profile = work / f"profile-{n}.json"
    build = build_command()
    result = {"n": n, "pictures": pictures}
    ours = measure(build, ours_root, {**env, **cache, "MAGAZINE_PROFILE": str(profile)})
    ours.pages = html_pages(ours_root / "site")
    warm = measure(build, ours_root, {**env, **cache})
    warm.pages = ours.pages
    from preview import preview

    served = preview(ours_root, n, "both", saves=saves, cache=work / f"cache-serve-{n}")
    stack = None
    if with_stack:
        stack = measure(build, stack_root, env)
        stack.pages = html_pages(stack_root / "site")
    floor = measure([python, str(HERE / "floor.py"), str(ours_root)], ours_root)
    check = measure([python, "-m", "magazine.cli", "--root", str(ours_root), "check"], ours_root)
    check.pages = 2 * n
    result.update(ours=ours, stack=stack, floor=floor, check=check, warm=warm, served=served,
                  profile=json.loads(profile.read_text(encoding="utf-8")),
                  search=first_searches(ours_root / "site") if browser_available() else None)
    return result


def ratio(run: Run, base: Run | None) -> str:
    if base is None:
        return "-"
    return "1" if run is base else f"{run.seconds / base.seconds:.2f}"


def table(results: list[dict]) -> str:
    """The results as Markdown: builds, the plugin's share per event, growth, the check."""
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + " --- |" * len(COLUMNS)]
    for r in results:
        for name in ("ours", "stack", "floor", "check"):
            run: Run | None = r[name]
            if run is None:
                lines.append(f"| {r['n']} | {name} | not run | | | | | |")
                continue
            vs_stack, vs_floor = ratio(run, r["stack"]), ratio(run, r["floor"])
            per_page = f"{run.seconds / run.pages * 1000:.1f} ms" if run.pages else "-"
            lines.append(f"| {r['n']} | {name} | {run.seconds:.2f} | {run.pages} | {per_page} | "
                         f"{run.peak_mib:.0f} | {vs_stack} | {vs_floor} |")
    out = ["## Builds", "",
           "`ours`: our site, both languages, search, no PDFs, empty render and page caches, "
           f"a lead picture on one article in {PICTURE_EVERY} (made once before); `stack`: "
           "MkDocs + Material + static-i18n + tags, every article in the nav; `floor`: "
           "Python-Markdown alone, both languages; `check`: `magazine check`. Ratios are to the "
           "same N in the same run.", "",
           *lines, ""]
    out += ["## `magazine check` against the build", "",
            "| N | check seconds | build seconds | check / build |", "| --- | --- | --- | --- |"]
    for r in results:
        out.append(f"| {r['n']} | {r['check'].seconds:.2f} | {r['ours'].seconds:.2f} | "
                   f"{r['check'].seconds / r['ours'].seconds:.3f} |")
    out.append("")
    if len(results) > 1:
        out += ["## Growth", "", "| from N | to N | articles x | ours time x | stack time x |",
                "| --- | --- | --- | --- | --- |"]
        for a, b in zip(results, results[1:], strict=False):
            stack = (f"{b['stack'].seconds / a['stack'].seconds:.2f}"
                     if a["stack"] and b["stack"] else "-")
            out.append(f"| {a['n']} | {b['n']} | {b['n'] / a['n']:.1f} | "
                       f"{b['ours'].seconds / a['ours'].seconds:.2f} | {stack} |")
        out.append("")
    out += ["## Caches: a build with nothing changed, and the preview after a save", "",
            "`cold`: the first build (empty caches); `warm`: the same again; `save`: the median "
            "time from a save to the change served by `mkdocs serve` (both languages, no search "
            "index, as `make serve`), and the server's peak resident memory over the saves.", "",
            "| N | cold s | warm s | warm / cold | warm / floor | save s | save / cold | "
            "serve peak MiB | serve MiB after 1st / last save |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for r in results:
        cold, warm, floor, served = r["ours"], r["warm"], r["floor"], r["served"]
        save = statistics.median(served.changes)
        out.append(f"| {r['n']} | {cold.seconds:.2f} | {warm.seconds:.2f} | "
                   f"{warm.seconds / cold.seconds:.2f} | {warm.seconds / floor.seconds:.2f} | "
                   f"{save:.2f} | {save / cold.seconds:.2f} | {served.peak:.0f} | "
                   f"{served.rss_first:.0f} / {served.rss_last:.0f} |")
    out.append("")
    out += ["## A reader's first search", "",
            "In Chromium with an empty cache (`bench/search_cost.py`), on the home page of each "
            "language: the box opened with `/` and one word (in every article: the largest index "
            "chunks) typed at one key per 200 ms, or pasted at once. The bytes fetched from the "
            "search index until the results of the typed word showed, as served and from a host "
            "that compresses text; the milliseconds from opening the box and from the last "
            "keystroke to those results, and for the pasted word (nothing loaded ahead), as is "
            "and with the CPU throttled 4x.",
            "", "| N | language | query | index kB | kB compressed | files | typed: ms from opening "
            "| typed: ms from last key | pasted: ms | CPU 4x: typed, from opening | CPU 4x: typed, "
            "from last key | CPU 4x: pasted |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for r in results:
        if r.get("search") is None:
            out.append(f"| {r['n']} | not measured (needs Playwright and /usr/bin/chromium) "
                       "| | | | | | | | | | |")
            continue
        for s in r["search"]:
            typed, pasted = s.typed, s.pasted
            slow, slow_pasted = s.typed_throttled, s.pasted_throttled
            out.append(f"| {r['n']} | {s.lang} | {s.query} | {typed.index_bytes / 1000:.0f} | "
                       f"{typed.index_bytes_compressed / 1000:.0f} | {typed.index_files} | "
                       f"{typed.ms_from_open:.0f} | {typed.ms_from_last_key:.0f} | "
                       f"{pasted.ms_from_open:.0f} | {slow.ms_from_open:.0f} | "
                       f"{slow.ms_from_last_key:.0f} | {slow_pasted.ms_from_open:.0f} |")
    out.append("")
    out += ["## The plugin's own time", "",
            "Per MkDocs event, summed over both languages (`MAGAZINE_PROFILE`); `load_magazine` "
            "(reading and checking the content) runs inside `on_config`.", "",
            "| N | event | calls | seconds | share of build |", "| --- | --- | --- | --- | --- |"]
    for r in results:
        build = r["ours"].seconds
        profile = r["profile"]
        for name, event in profile["events"].items():
            out.append(f"| {r['n']} | {name} | {event['calls']} | {event['seconds']:.3f} | "
                       f"{event['seconds'] / build:.1%} |")
        out.append(f"| {r['n']} | **total** | | {profile['total_seconds']:.3f} | "
                   f"**{profile['total_seconds'] / build:.1%}** |")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench/run.py", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=DEFAULT_SIZES,
                        help=f"comma-separated numbers of articles (default {DEFAULT_SIZES})")
    parser.add_argument("--out", default=str(HERE / "results.md"), help="where the table goes")
    parser.add_argument("--stack-up-to", type=int, metavar="N",
                        help="build the off-the-shelf stack only up to N articles (it grows "
                             "faster than the corpus: some 10 minutes at 3000)")
    parser.add_argument("--keep", metavar="DIR", help="write the corpora into DIR and keep them")
    parser.add_argument("--saves", type=int, default=2,
                        help="saves timed in the preview (default 2; bench/preview.py does 20)")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    results = []
    with tempfile.TemporaryDirectory(prefix="magazine-bench-") as tmp:
        work = Path(args.keep) if args.keep else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        for n in sizes:
            print(f"N = {n} ...", flush=True)
            with_stack = args.stack_up_to is None or n <= args.stack_up_to
            results.append(bench_size(n, work, with_stack, args.saves))
    text = table(results)
    heading = (f"# Benchmark: {', '.join(map(str, sizes))} articles\n\n"
               f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {os.cpu_count()} cores, "
               f"Python {sys.version.split()[0]}.\n\n")
    out = Path(args.out)
    out.write_text(heading + text, encoding="utf-8")
    print(text)
    print(f"table written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
