"""Benchmark of the print edition: time per page of `make_pdfs` (layouts until the contents'
page numbers are checked, then the PDF) against one plain WeasyPrint render of the same HTML,
measured in the same run on the same machine, so the ratio means something anywhere.

    python bench/print_bench.py [--root .] [--lang nl] [--edition ID] [--repeat 1]
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
    args = parser.parse_args(argv)
    root = Path(args.root)
    magazine, _ = load_magazine(root)
    settings = read_site_settings(root)
    edition_id = args.edition or settings.edition
    with tempfile.TemporaryDirectory() as folder:
        ours, plain, pages, passes = [], [], 0, 0
        for _ in range(args.repeat):
            start = time.perf_counter()
            result = make_pdfs(magazine, args.lang, Path(folder) / "magazine.pdf", edition_id,
                               printer=False, settings=settings)
            ours.append(time.perf_counter() - start)
            pages, passes = result.pages, result.passes
            edition, _ = load_edition(magazine, edition_id, settings.site_names)
            html = Renderer(magazine, edition, args.lang, settings).html(result.folios)
            start = time.perf_counter()
            HTML(string=html, base_url=root.resolve().as_uri() + "/").write_pdf(
                Path(folder) / "plain.pdf", **SCREEN_OPTIONS)
            plain.append(time.perf_counter() - start)
    best_ours, best_plain = min(ours), min(plain)
    print(f"edition {edition_id or 'default'} ({args.lang}): {pages} pages, {passes} layouts")
    print(f"print edition : {best_ours:.2f} s, {1000 * best_ours / pages:.1f} ms per page")
    print(f"plain render  : {best_plain:.2f} s, {1000 * best_plain / pages:.1f} ms per page")
    print(f"ratio         : {best_ours / best_plain:.2f}x one plain WeasyPrint render")
    return 0


if __name__ == "__main__":
    sys.exit(main())
