"""Benchmark of the print edition: time per page of `make_pdfs` (layouts until the contents'
page numbers are checked, then the PDF) against one plain WeasyPrint render of the same HTML,
measured in the same run on the same machine, so the ratio means something anywhere.

    python bench/print_bench.py [--root .] [--lang nl] [--edition ID] [--repeat 1]
    python bench/print_bench.py --n 200     # the synthetic corpus, an edition of every article
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from magazine.content.loader import load_magazine
from magazine.printing.edition import load_edition
from magazine.printing.pdf import SCREEN_OPTIONS, make_pdfs
from magazine.printing.render import Renderer, read_site_settings
from weasyprint import HTML


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", default=".")
    parser.add_argument("--lang", default="nl")
    parser.add_argument("--edition", default=None)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--printer", action="store_true",
                        help="time the printer's PDF too (one more layout)")
    parser.add_argument("--n", type=int, default=0,
                        help="write the synthetic corpus of N articles and print all of them")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(args.root)
        if args.n:
            sys.path.insert(0, str(Path(__file__).resolve().parent))
            from corpus import write_magazine

            root = Path(folder) / "corpus"
            write_magazine(root, args.n)
        return run(root, args)


def run(root: Path, args: argparse.Namespace) -> int:
    magazine, _ = load_magazine(root)
    settings = read_site_settings(root)
    edition_id = None if args.n else args.edition or settings.edition
    with tempfile.TemporaryDirectory() as folder:
        # Wall-clock seconds, and this process's CPU seconds: on a shared machine the CPU time
        # is the fairer figure, since other work slows the two runs unequally.
        ours, plain, pages, passes = [], [], 0, 0
        for _ in range(args.repeat):
            start = time.perf_counter(), time.process_time()
            result = make_pdfs(magazine, args.lang, Path(folder) / "magazine.pdf", edition_id,
                               printer=args.printer, settings=settings)
            ours.append((time.perf_counter() - start[0], time.process_time() - start[1]))
            pages, passes = result.pages, result.passes
            edition, _ = load_edition(magazine, edition_id, settings.site_names)
            html = Renderer(magazine, edition, args.lang, settings).html(result.folios)
            start = time.perf_counter(), time.process_time()
            HTML(string=html, base_url=root.resolve().as_uri() + "/").write_pdf(
                Path(folder) / "plain.pdf", **SCREEN_OPTIONS)
            plain.append((time.perf_counter() - start[0], time.process_time() - start[1]))
    (wall, cpu), (plain_wall, plain_cpu) = min(ours), min(plain)
    what = "screen and printer's PDF" if args.printer else "screen PDF"
    print(f"edition {edition_id or 'default'} ({args.lang}): {pages} pages, {passes} layouts "
          f"of the whole edition ({what})")
    print(f"print edition : {wall:.2f} s, {1000 * wall / pages:.1f} ms per page "
          f"({cpu:.2f} s CPU)")
    print(f"plain render  : {plain_wall:.2f} s, {1000 * plain_wall / pages:.1f} ms per page "
          f"({plain_cpu:.2f} s CPU)")
    print(f"ratio         : {wall / plain_wall:.2f}x one plain WeasyPrint render "
          f"({cpu / plain_cpu:.2f}x in CPU time)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
