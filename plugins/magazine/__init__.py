"""The magazine: content model, website and print edition, and the `magazine` command.

- `content/`: the content model, with no MkDocs or Jinja import; everything else builds on it.
- `site/`: the MkDocs plugin and what only the website needs.
- `printing/`: the print edition, one PDF per language; it does not import the site.
- `cli.py`: the `magazine` command (check, new, status, print).

ARCHITECTURE.md draws the parts and how a page is made.
"""

__version__ = "0.1.0"
