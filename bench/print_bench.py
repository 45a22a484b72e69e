"""Benchmark of the print edition: both PDFs (`make_pdfs`: the one layout, the contents' page
numbers checked, written for the printer and for the screen) against one plain WeasyPrint pass
over the same HTML (one layout, one PDF), measured in the same run on the same machine, so the
ratios mean something anywhere: CPU seconds and peak memory. Each runs in a process of its own,
whose peak resident memory the system reports.

    python bench/print_bench.py [--root .] [--lang nl] [--edition ID]
    python bench/print_bench.py --n 200     # the synthetic corpus, an edition of every article
    python bench/print_bench.py --n 200 --out bench/results.md   # and add the table to it
    python bench/print_bench.py --repeat 5   # each step five times, the fastest of each kept

A shared machine's noise (other work slows one run and not the next) is kept out by running the
two steps in turn, `--repeat` times (3 by default, 1 with --n), and comparing each one's
fastest run: the noise only ever adds time.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
PLAIN_OPTIONS = {"pdf_variant": "pdf/ua-1"}  # one file for reading, tagged
COLUMNS = ["N", "pages", "both PDFs CPU s", "plain pass CPU s", "CPU ratio",
           "both PDFs peak MiB", "plain pass peak MiB", "peak ratio"]


@dataclass
class Step:
    cpu: float  # CPU seconds of the work itself, in its process
    wall: float
    peak_mib: float  # the process's peak resident memory
    pages: int


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", default=".")
    parser.add_argument("--lang", default="nl")
    parser.add_argument("--edition", default=None)
    parser.add_argument("--n", type=int, default=0,
                        help="write the synthetic corpus of N articles and print all of them")
    parser.add_argument("--out", help="add the table to this Markdown file (bench/results.md)")
    parser.add_argument("--repeat", type=int, default=None,
                        help="run each step this often, in turn, and keep its fastest run "
                             "(default: 3, or 1 with --n)")
    parser.add_argument("--step", choices=["ours", "plain"], help=argparse.SUPPRESS)
    parser.add_argument("--work", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.step:  # inside a measured process
        return step(args)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(args.root).resolve()
        if args.n:
            sys.path.insert(0, str(HERE))
            from corpus import write_magazine

            root = Path(folder) / "corpus"
            write_magazine(root, args.n)
        repeat = args.repeat or (1 if args.n else 3)
        runs: dict[str, list[Step]] = {"ours": [], "plain": []}
        for _ in range(repeat):  # in turn: what slows the machine for a while slows both
            for name in runs:  # "ours" first: it writes the HTML the plain pass reads
                runs[name].append(measure(name, root, Path(folder), args))
        ours, plain = (min(runs[name], key=lambda run: run.cpu) for name in runs)
    text = report(args.n, ours, plain, repeat)
    print(text)
    if args.out:
        out = Path(args.out)
        before = out.read_text(encoding="utf-8") if out.exists() else ""
        out.write_text(before.rstrip("\n") + "\n\n" + text, encoding="utf-8")
        print(f"table added to {out}")
    return 0


def measure(name: str, root: Path, work: Path, args: argparse.Namespace) -> Step:
    """Run one step in a process of its own: its CPU and wall seconds, its peak memory."""
    command = [sys.executable, __file__, "--step", name, "--root", str(root), "--work", str(work),
               "--lang", args.lang, *(["--edition", args.edition] if args.edition else []),
               *(["--n", str(args.n)] if args.n else [])]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(command, stdout=out, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        out.seek(0)
        err.seek(0)
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"the {name} step failed:\n{err.read().decode(errors='replace')}")
        done = json.loads(out.read().decode().strip().splitlines()[-1])
    return Step(done["cpu"], done["wall"], usage.ru_maxrss / 1024, done["pages"])


def step(args: argparse.Namespace) -> int:
    """`ours`: both PDFs, and the HTML they were laid out from for `plain`; `plain`: one plain
    WeasyPrint pass over that HTML into one tagged PDF, WeasyPrint's defaults otherwise."""
    from magazine.printing import printer
    from magazine.printing.pdf import SHEET, make_pdfs
    from weasyprint import HTML

    root, work = Path(args.root), Path(args.work)
    html_file = work / "edition.html"
    if args.step == "ours":
        from magazine.content.loader import load_magazine
        from magazine.printing.edition import load_edition
        from magazine.printing.render import Renderer, read_site_settings

        magazine, _ = load_magazine(root)
        settings = read_site_settings(root)
        edition_id = None if args.n else args.edition or settings.edition
        start = time.perf_counter(), time.process_time()
        result = make_pdfs(magazine, args.lang, work / "ours" / "magazine.pdf", edition_id,
                           printer=True, settings=settings)
        wall, cpu = time.perf_counter() - start[0], time.process_time() - start[1]
        edition, _ = load_edition(magazine, edition_id, settings.site_names)
        html = Renderer(magazine, edition, args.lang, settings).html(
            result.folios, SHEET, page_css=printer.page_css())
        html_file.write_text(html, encoding="utf-8")
        pages = result.pages
    else:
        html = html_file.read_text(encoding="utf-8")
        start = time.perf_counter(), time.process_time()
        document = HTML(string=html, base_url=root.resolve().as_uri() + "/").render()
        document.write_pdf(work / "plain.pdf", **PLAIN_OPTIONS)
        wall, cpu = time.perf_counter() - start[0], time.process_time() - start[1]
        pages = len(document.pages)
    print(json.dumps({"cpu": cpu, "wall": wall, "pages": pages}))
    return 0


def report(n: int, ours: Step, plain: Step, repeat: int = 1) -> str:
    """The two steps as a Markdown table, with the ratios the issue asks for."""
    per_page = 1000 * ours.wall / max(ours.pages, 1)
    row = [str(n or "-"), str(ours.pages), f"{ours.cpu:.2f}", f"{plain.cpu:.2f}",
           f"{ours.cpu / plain.cpu:.2f}", f"{ours.peak_mib:.0f}", f"{plain.peak_mib:.0f}",
           f"{ours.peak_mib / plain.peak_mib:.2f}"]
    return "\n".join([
        "## The print edition: both PDFs against one plain pass", "",
        "Both PDFs: `make_pdfs` (the edition's HTML made, one layout on the printer's sheet, "
        "the front laid out again with its page numbers, the pages before the back cover, the "
        "pictures sharper than print needs scaled down, the printer's PDF/X-4 written, the "
        "screen's PDF/UA-1 cut from it). Plain pass: one WeasyPrint layout of the same HTML "
        "written as one tagged PDF (PDF/UA-1), with WeasyPrint's defaults. CPU seconds of the "
        "work in its own process; peak resident memory of that process. Ratios are to the "
        "plain pass of the same run" + (f", each step's fastest of {repeat} runs in turn"
                                         if repeat > 1 else "") + ".", "",
        "| " + " | ".join(COLUMNS) + " |", "|" + " --- |" * len(COLUMNS),
        "| " + " | ".join(row) + " |", "",
        f"both PDFs: {ours.wall:.2f} s wall, {per_page:.1f} ms per page; "
        f"plain pass: {plain.wall:.2f} s wall; "
        f"ratio {ours.cpu / plain.cpu:.2f}x one plain WeasyPrint pass in CPU time, "
        f"peak {ours.peak_mib:.0f} MiB", ""])


if __name__ == "__main__":
    sys.exit(main())
