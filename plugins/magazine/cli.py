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
    args = parser.parse_args(argv)
    root = Path(args.root)
    if not (root / "mkdocs.yml").is_file() and not (root / "docs").is_dir():
        parser.error(f"{root.resolve()} is not the magazine's repository (no mkdocs.yml)")
    if args.command == "check":
        return run_check(root, args.format)
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


if __name__ == "__main__":
    sys.exit(main())
