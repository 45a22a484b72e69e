"""Draw the starter articles' lead pictures: abstract covers, made here, of no real person or place.

Each cover is drawn from the article's slug (the same slug always gives the same picture) in the
colours of its kind: a table seen from above with seats around it for an essay (the Making
Sessions were conversations at tables), two overlapping speech shapes for an interview, steps
for a practice. Written to docs/images/<slug>.jpg at 2720x1700 pixels: 300 ppi where print shows them largest.

    .venv/bin/python tools/make_covers.py            # every article without a cover yet
    .venv/bin/python tools/make_covers.py --force    # draw them all again

Credit line for the front matter: "Illustratie: gegenereerd voor dit magazine (tools/make_covers.py), CC0".
"""

from __future__ import annotations

import argparse
import hashlib
import math
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

ROOT = Path(__file__).resolve().parent.parent
SIZE = (2720, 1700)  # 300 ppi over the cover (216 x 140 mm with the bleed)
SCALE = 2  # drawn at twice the size and scaled down: smooth edges
PALETTES = {  # background, shapes..., per kind
    "essays": ["#1f4e5f", "#f2c14e", "#f78154", "#4d9078", "#fdf6e3"],
    "interviews": ["#7a2e1f", "#f4a259", "#f6e7cb", "#5b8e7d", "#bc4b51"],
    "practices": ["#2d3a2e", "#9bc53d", "#e8d33f", "#f3f1e7", "#5bc0eb"],
}


def rng_for(slug: str) -> random.Random:
    return random.Random(int(hashlib.sha256(slug.encode()).hexdigest()[:12], 16))


def draw_cover(kind: str, slug: str) -> Image.Image:
    rnd = rng_for(slug)
    colours = PALETTES[kind]
    w, h = SIZE[0] * SCALE, SIZE[1] * SCALE
    image = Image.new("RGB", (w, h), colours[0])
    draw = ImageDraw.Draw(image)
    # Soft background bands, like paper on a table.
    for _ in range(5):
        x = rnd.randrange(-w // 4, w)
        band = rnd.randrange(w // 10, w // 4)
        shade = shift(colours[0], rnd.uniform(-0.08, 0.1))
        draw.polygon([(x, 0), (x + band, 0), (x + band - h // 3, h), (x - h // 3, h)], fill=shade)
    {"essays": table, "interviews": conversation, "practices": steps}[kind](draw, rnd, colours, w, h)
    grain = Image.effect_noise((w, h), 18).convert("RGB")
    image = Image.blend(image, grain, 0.04).filter(ImageFilter.SMOOTH)
    return image.resize(SIZE, Image.LANCZOS)


def table(draw: ImageDraw.ImageDraw, rnd: random.Random, c: list[str], w: int, h: int) -> None:
    """A table seen from above, papers on it, seats around it."""
    cx, cy = w * rnd.uniform(0.42, 0.58), h * rnd.uniform(0.45, 0.55)
    tw, th = w * rnd.uniform(0.34, 0.44), h * rnd.uniform(0.3, 0.38)
    draw.rounded_rectangle([cx - tw / 2, cy - th / 2, cx + tw / 2, cy + th / 2], radius=th / 2,
                           fill=c[4])
    for _ in range(rnd.randint(4, 7)):  # papers
        px, py = cx + rnd.uniform(-tw / 3, tw / 3), cy + rnd.uniform(-th / 4, th / 4)
        pw, ph = w * 0.045, h * 0.09
        angle = rnd.uniform(-0.5, 0.5)
        draw.polygon(rotated(px, py, pw, ph, angle), fill=rnd.choice(c[1:4]))
    seats = rnd.randint(7, 11)
    for i in range(seats):
        a = 2 * math.pi * i / seats + rnd.uniform(-0.12, 0.12)
        r = rnd.uniform(0.045, 0.06) * w
        sx = cx + math.cos(a) * (tw / 2 + r * 1.6)
        sy = cy + math.sin(a) * (th / 2 + r * 1.6)
        draw.ellipse([sx - r, sy - r, sx + r, sy + r], fill=rnd.choice(c[1:4]))


def conversation(draw: ImageDraw.ImageDraw, rnd: random.Random, c: list[str], w: int, h: int) -> None:
    """Two speech shapes that overlap: a question and an answer."""
    for i, (fx, colour) in enumerate(((0.36, c[1]), (0.62, c[3]))):
        cx, cy = w * (fx + rnd.uniform(-0.03, 0.03)), h * (0.44 + 0.1 * i + rnd.uniform(-0.03, 0.03))
        rx, ry = w * rnd.uniform(0.2, 0.24), h * rnd.uniform(0.24, 0.3)
        draw.ellipse([cx - rx, cy - ry, cx + rx, cy + ry], fill=colour)
        tail_x = cx - rx * 0.5 if i == 0 else cx + rx * 0.5
        tip_x = tail_x - rx * 0.45 if i == 0 else tail_x + rx * 0.45
        draw.polygon([(tail_x - rx * 0.15, cy + ry * 0.7), (tail_x + rx * 0.15, cy + ry * 0.7),
                      (tip_x, cy + ry * 1.25)], fill=colour)
    for _ in range(rnd.randint(3, 5)):  # lines of text, abstracted
        y = h * rnd.uniform(0.36, 0.62)
        x = w * rnd.uniform(0.3, 0.45)
        draw.rounded_rectangle([x, y, x + w * rnd.uniform(0.12, 0.24), y + h * 0.025],
                               radius=h * 0.0125, fill=c[2])
    r = w * 0.02
    for _ in range(rnd.randint(12, 20)):
        x, y = rnd.uniform(0, w), rnd.uniform(0, h)
        draw.ellipse([x - r, y - r, x + r, y + r], outline=c[4], width=int(r / 3))


def steps(draw: ImageDraw.ImageDraw, rnd: random.Random, c: list[str], w: int, h: int) -> None:
    """Steps rising from left to right, with a path of dots over them."""
    count = rnd.randint(4, 6)
    step_w = w * 0.7 / count
    base = h * 0.82
    for i in range(count):
        x = w * 0.15 + i * step_w
        top = base - (i + 1) * h * 0.6 / count
        draw.rectangle([x, top, x + step_w * 0.94, base], fill=c[1 + i % 3])
    points = [(w * 0.15 + (i + 0.5) * step_w, base - (i + 1) * h * 0.6 / count - h * 0.06)
              for i in range(count)]
    for (x1, y1), (x2, y2) in zip(points, points[1:], strict=False):
        for t in range(6):
            x, y = x1 + (x2 - x1) * t / 6, y1 + (y2 - y1) * t / 6
            draw.ellipse([x - 8 * SCALE, y - 8 * SCALE, x + 8 * SCALE, y + 8 * SCALE], fill=c[4])
    x, y = points[-1]
    r = w * 0.035
    draw.ellipse([x - r, y - r * 2.2, x + r, y - r * 0.2], fill=c[4])


def rotated(x: float, y: float, w: float, h: float, angle: float) -> list[tuple[float, float]]:
    corners = [(-w, -h), (w, -h), (w, h), (-w, h)]
    cos, sin = math.cos(angle), math.sin(angle)
    return [(x + a * cos - b * sin, y + a * sin + b * cos) for a, b in corners]


def shift(colour: str, amount: float) -> tuple[int, int, int]:
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return tuple(max(0, min(255, round(v + 255 * amount))) for v in (r, g, b))  # type: ignore[return-value]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--force", action="store_true", help="draw existing covers again")
    args = parser.parse_args()
    out = ROOT / "docs" / "images"
    out.mkdir(parents=True, exist_ok=True)
    for kind in PALETTES:
        for source in sorted((ROOT / kind).glob("*.md")):
            slug = source.name.split(".")[0]
            target = out / f"{slug}.jpg"
            if target.exists() and not args.force:
                continue
            draw_cover(kind, slug).save(target, quality=88, optimize=True, progressive=True)
            print(target.relative_to(ROOT))


if __name__ == "__main__":
    main()
