"""The floor of the benchmark: Python-Markdown alone renders every article in both languages.

`python bench/floor.py ROOT` reads the article files under ROOT (essays/, interviews/,
practices/, written by `bench/corpus.py`), renders each with the Markdown extensions of our
mkdocs.yml, and prints how many it rendered. No templates, no navigation, nothing written.
"""

from __future__ import annotations

import sys
from pathlib import Path

import markdown

EXTENSIONS = ["toc", "admonition", "attr_list", "md_in_html", "footnotes", "tables"]
CONFIGS = {"toc": {"permalink": True}}


def render(root: Path) -> int:
    """Render every article file under `root` (both languages); return how many."""
    md = markdown.Markdown(extensions=EXTENSIONS, extension_configs=CONFIGS)
    count = 0
    for folder in ("essays", "interviews", "practices"):
        for path in sorted((root / folder).glob("*.md")):
            text = path.read_text(encoding="utf-8")
            body = text.split("\n---\n", 1)[1] if text.startswith("---\n") else text
            md.reset().convert(body)
            count += 1
    return count


if __name__ == "__main__":
    print(render(Path(sys.argv[1])))
