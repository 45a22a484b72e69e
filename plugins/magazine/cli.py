"""The `magazine` command: check the content (and, in later commands, make and print it)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .loader import DEFAULT_LANGUAGES, load_magazine

EXIT_OK, EXIT_CONTENT_ERRORS, EXIT_USAGE = 0, 1, 2


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="magazine", description=__doc__)
    parser.add_argument("--root", default=".", help="the repository folder (default: here)")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="check all content; exit 1 on errors")
    check.add_argument("--format", choices=("text", "json"), default="text")
    printing = commands.add_parser("print", help="make the print edition's PDFs of one language")
    printing.add_argument("--lang", required=True, choices=DEFAULT_LANGUAGES)
    printing.add_argument("--edition", help="the id of docs/editions/<id>.md (default: the one in mkdocs.yml, "
                          "else every published article)")
    printing.add_argument("--output", help="the screen PDF (default: site/[en/]print/magazine.pdf)")
    args = parser.parse_args(argv)
    root = Path(args.root)
    if not (root / "mkdocs.yml").is_file() and not (root / "docs").is_dir():
        parser.error(f"{root.resolve()} is not the magazine's repository (no mkdocs.yml)")
    if args.command == "check":
        return run_check(root, args.format)
    if args.command == "print":
        return run_print(root, args.lang, args.edition, args.output)
    return EXIT_USAGE


def run_check(root: Path, output: str) -> int:
    magazine, diagnostics = load_magazine(root, DEFAULT_LANGUAGES, include_drafts=True)
    errors = sum(1 for d in diagnostics if d.severity == "error")
    warnings = len(diagnostics) - errors
    if output == "json":
        json.dump(
            {"diagnostics": [d.as_dict() for d in diagnostics], "errors": errors,
             "warnings": warnings, "articles": len(magazine.articles)},
            sys.stdout, indent=2, ensure_ascii=False,
        )
        print()
    else:
        for diagnostic in diagnostics:
            print(diagnostic)
        print(f"{len(magazine.articles)} articles checked: {errors} errors, {warnings} warnings")
    return EXIT_CONTENT_ERRORS if errors else EXIT_OK


def run_print(root: Path, lang: str, edition: str | None, output: str | None) -> int:
    """Make the screen PDF and, beside it, the printer PDF (bleed, crop marks, 4n pages)."""
    from .printing.pdf import PrintError, default_paths, make_pdfs
    from .printing.render import read_site_settings

    magazine, diagnostics = load_magazine(root, DEFAULT_LANGUAGES)
    screen = Path(output) if output else default_paths(root / "site", lang,
                                                       magazine.default_language)[0]
    try:
        settings = read_site_settings(root)
        result = make_pdfs(magazine, lang, screen, edition or settings.edition, settings=settings)
    except PrintError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_CONTENT_ERRORS
    problems = sorted({*diagnostics, *result.diagnostics})
    for diagnostic in problems:
        print(diagnostic, file=sys.stderr)
    print(f"{result.screen}: {result.pages} pages")
    if result.printer is not None:
        print(f"{result.printer}: {result.printer_pages} pages, for the printer")
    return EXIT_CONTENT_ERRORS if any(d.severity == "error" for d in problems) else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
