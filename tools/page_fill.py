"""How full each page of a PDF of the edition is: the share of the type area, from its top to the
lowest ink, page by page (the covers count as full). For an art director's look at the white
space, before and after a change of the layout:

    .venv/bin/python tools/page_fill.py site/print/magazine.pdf site/en/print/magazine.pdf

Needs poppler's pdftoppm (as the tests do).
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
from pathlib import Path

from PIL import Image

DPI = 30
MARGINS_MM = (16, 22, 16, 24)  # left, top, right, bottom: about the edition's type area


def page_fill(pdf: Path) -> list[int]:
    """Per page, the percentage of the type area's height that is filled."""
    per_mm = DPI / 25.4
    shares = []
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-png", "-cropbox", str(pdf),
                        f"{folder}/p"], check=True)
        for file in sorted(Path(folder).glob("p-*.png"), key=lambda p: int(p.stem.split("-")[1])):
            image = Image.open(file).convert("L")
            left, top, right, bottom = (round(m * per_mm) for m in MARGINS_MM)
            area = image.crop((left, top, image.width - right, image.height - bottom))
            rows = [y for y in range(area.height)
                    if area.crop((0, y, area.width, y + 1)).getextrema()[0] < 200]  # ink
            shares.append(round(100 * (rows[-1] + 1) / area.height) if rows else 0)
    return shares


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("pdfs", nargs="+", type=Path)
    for pdf in parser.parse_args().pdfs:
        shares = page_fill(pdf)
        print(f"{pdf}: {len(shares)} pages, on average {sum(shares) / len(shares):.0f}% full, "
              f"{sum(s < 60 for s in shares)} under 60%, {shares.count(0)} blank")
        print("  " + " ".join(f"{n}:{s}" for n, s in enumerate(shares, start=1)))


if __name__ == "__main__":
    main()
