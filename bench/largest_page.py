"""The largest HTML page of the synthetic magazine at each N, with listings split into pages (the
magazine's `page_size`) and, in the same run, without (every listing on one page: the baseline).

    .venv/bin/python bench/largest_page.py --sizes 200,1000,3000

Each build is `mkdocs build` of the corpus (`bench/corpus.py`) without PDFs and search, which do
not change the pages' HTML. It reports, per N and per way, the largest page (bytes and gzip
bytes, its address) and the ratio of the largest page to the baseline's. The pages should stay
under about 150 kB at every N.
"""

from __future__ import annotations

import argparse
import gzip
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from corpus import REPO, write_magazine  # noqa: E402

ONE_PAGE = 10**6  # a page size no listing reaches: the baseline, as before pages


def largest(site: Path) -> tuple[int, int, str]:
    """(bytes, gzip bytes, address) of the largest HTML page of a built site."""
    size, path = max((p.stat().st_size, p) for p in site.rglob("*.html"))
    return size, len(gzip.compress(path.read_bytes())), path.relative_to(site).as_posix()


def build(n: int, page_size: int | None, folder: Path) -> tuple[int, int, str]:
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    if page_size is not None:
        config = config.replace("  - magazine:\n", f"  - magazine:\n      page_size: {page_size}\n")
    root = folder / f"n{n}-{page_size or 'default'}"
    write_magazine(root, n, config)
    env = {**os.environ, "MAGAZINE_PDF": "false", "MAGAZINE_SEARCH": "false",
           "MAGAZINE_CACHE": str(root / ".cache")}
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(root / "site")],
                   cwd=root, env=env, check=True, stdout=subprocess.DEVNULL)
    return largest(root / "site")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="200,1000,3000")
    parser.add_argument("--out", help="append the table to this file")
    args = parser.parse_args()
    rows = ["| N | listings | largest page | gzip | address | vs one page |",
            "| --- | --- | --- | --- | --- | --- |"]
    with tempfile.TemporaryDirectory(prefix="magazine-largest-") as folder:
        for n in (int(size) for size in args.sizes.split(",")):
            base = build(n, ONE_PAGE, Path(folder))
            paged = build(n, None, Path(folder))
            for name, (size, packed, address) in (("one page (baseline)", base),
                                                  ("in pages", paged)):
                rows.append(f"| {n} | {name} | {size / 1000:.0f} kB | {packed / 1000:.0f} kB | "
                            f"{address} | {size / base[0]:.2f} |")
            print(rows[-2], rows[-1], sep="\n", flush=True)
    table = "\n".join(["## The largest page", "", *rows, ""])
    print(table)
    if args.out:
        with open(args.out, "a", encoding="utf-8") as out:
            out.write("\n" + table)


if __name__ == "__main__":
    main()
