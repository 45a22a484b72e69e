"""The `magazine` command: check the content, start a new article, see what needs translating."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from string import Template

from .content.changes import GitError, changed_articles, changed_files
from .content.diagnostics import one_line
from .content.fields import suggestion
from .content.github_output import github_annotation, write_changes_summary, write_job_summary
from .content.loader import DEFAULT_LANGUAGES, load_magazine, theme_aliases
from .content.messages import line as message_line
from .content.messages import localize, severity_word, translate
from .content.mkdocs_yml import plugin_options, read_mkdocs_yml
from .content.mkdocs_yml import site_languages as languages_of
from .content.model import FOLDERS
from .content.readability import check_plain_language, plain_language_of, readings
from .content.slugs import is_slug, slugify
from .content.translation_status import last_commits, translation_status

EXIT_OK, EXIT_CONTENT_ERRORS, EXIT_USAGE = 0, 1, 2
SCAFFOLD = Path(__file__).parent / "scaffold"
KIND_NAMES = {
    "essay": ("essay", "essay"), "interview": ("interview", "interview"),
    "practice": ("praktijkartikel", "practice article"),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="magazine", description=__doc__)
    parser.add_argument("--root", default=".", help="the repository folder (default: here)")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="check all content; exit 1 on errors")
    check.add_argument("--format", choices=("text", "json", "github"), default="text",
                       help="github: annotations on the files of a pull request, and a summary; "
                       "json: for tools, always in English")
    check.add_argument("--lang", choices=DEFAULT_LANGUAGES,
                       help="the language of the messages (default: the magazine's, the first "
                       "language of mkdocs.yml)")
    printing = commands.add_parser("print", help="make the print edition's PDFs of one language")
    printing.add_argument("--lang", required=True, choices=DEFAULT_LANGUAGES)
    printing.add_argument("--edition", help="the name of the edition's file in docs/editions/, "
                          "without .md (default: the one in mkdocs.yml, "
                          "else every published article)")
    printing.add_argument("--output", help="the screen PDF (default: site/[en/]print/magazine.pdf)")
    new = commands.add_parser(
        "new", help="start an article in Dutch and English, or a session's action agenda",
        description="Write the article's Dutch and English files (such as essays/my-title.md and "
        "essays/my-title.en.md) with the fields filled in; or, "
        "with 'agenda', add an action agenda to the files of --session.",
    )
    new.add_argument("kind", choices=(*FOLDERS, "agenda"),
                     help="the kind of article, or 'agenda' for a session's action agenda")
    new.add_argument("--title", help="the title (the file name is made from it)")
    new.add_argument("--theme", action="append", dest="themes",
                     help="a theme: the name of its file in docs/themes/, without .md (repeat for more themes)")
    new.add_argument("--session", help="a session: the name of its file in docs/sessions/, without .md")
    new.add_argument("--author", action="append", dest="authors",
                     help="an author's name (repeat for more authors)")
    new.add_argument("--slug", help="the file name without .md (default: made from the title)")
    new.add_argument("--lang", choices=DEFAULT_LANGUAGES,
                     help="the language of the messages (default: the magazine's)")
    status = commands.add_parser(
        "status", help="list each article's languages, missing and outdated translations")
    status.add_argument("--format", choices=("text", "json"), default="text")
    pictures = commands.add_parser(
        "pictures", help="remove the location and serial numbers from the originals in "
        "docs/images/, and shrink huge ones, in place")
    pictures.add_argument("--clean", action="store_true", required=True,
                          help="rewrite the originals that need it (the check names them)")
    pictures.add_argument("paths", nargs="*", help="only these files (default: all of docs/images/)")
    changed = commands.add_parser(
        "changed", help="list the articles changed since a commit, with their preview pages")
    changed.add_argument("--since", required=True,
                         help="the commit to compare with (a pull request's base)")
    changed.add_argument("--format", choices=("text", "github"), default="text",
                         help="github: also a table in the job's summary")
    changed.add_argument("--preview-url", default="",
                         help="where the preview can be downloaded, for the summary")
    args = parser.parse_args(argv)
    root = Path(args.root)
    if not (root / "mkdocs.yml").is_file() and not (root / "docs").is_dir():
        parser.error(f"{root.resolve()} is not the magazine's repository (no mkdocs.yml)")
    if args.command == "check":
        return run_check(root, args.format, args.lang or site_languages(root)[0])
    if args.command == "print":
        return run_print(root, args.lang, args.edition, args.output)
    if args.command == "new" and args.kind == "agenda":
        if not args.session:
            new.error("'magazine new agenda' needs --session and the name of the session's file "
                      "in docs/sessions/, without .md")
        return run_new_agenda(root, args.session, args.lang or site_languages(root)[0])
    if args.command == "new":
        if not args.title or not args.themes:
            new.error("an article needs --title and at least one --theme")
        return run_new(root, args, args.lang or site_languages(root)[0])
    if args.command == "status":
        return run_status(root, args.format)
    if args.command == "pictures":
        return run_pictures(root, args.paths)
    if args.command == "changed":
        return run_changed(root, args.since, args.format, args.preview_url)
    return EXIT_USAGE


def run_check(root: Path, output: str, lang: str = "en") -> int:
    """Check every article, page and the print edition's list, as the build will."""
    from .printing.edition import check_edition, with_edition_problems

    magazine, diagnostics = load_magazine(root, site_languages(root), include_drafts=True)
    options = plugin_options(read_mkdocs_yml(root), "magazine") or {}
    diagnostics += check_plain_language(magazine, plain_language_of(options))
    edition = options.get("edition")
    edition = edition if isinstance(edition, str) else None  # the edition the build prints
    diagnostics = with_edition_problems(diagnostics, check_edition(magazine, edition))
    errors = sum(1 for d in diagnostics if d.severity == "error")
    warnings = len(diagnostics) - errors
    # json is for tools: English, whatever the magazine's language
    summary = check_summary(len(magazine.articles), errors, warnings,
                            "en" if output == "json" else lang)
    if output == "json":
        json.dump(
            {"diagnostics": [d.as_dict() for d in diagnostics], "errors": errors,
             "warnings": warnings, "articles": len(magazine.articles), "summary": summary},
            sys.stdout, indent=2, ensure_ascii=False,
        )
        print()
    elif output == "github":
        for diagnostic in diagnostics:
            print(github_annotation(localize(diagnostic, lang)))
        print(summary)
        write_job_summary([localize(d, lang) for d in diagnostics], summary, lang)
    else:
        for diagnostic in diagnostics:
            print(message_line(diagnostic, lang))
        print(summary)
    return EXIT_CONTENT_ERRORS if errors else EXIT_OK


def check_summary(articles: int, errors: int, warnings: int, lang: str) -> str:
    if lang == "nl":
        return (f"{articles} {'artikel' if articles == 1 else 'artikelen'} gecontroleerd: "
                f"{errors} {'fout' if errors == 1 else 'fouten'}, "
                f"{warnings} {'waarschuwing' if warnings == 1 else 'waarschuwingen'}")
    return (f"{plural(articles, 'article')} checked: "
            f"{plural(errors, 'error')}, {plural(warnings, 'warning')}")


def run_print(root: Path, lang: str, edition: str | None, output: str | None) -> int:
    """Make the screen PDF and, beside it, the printer PDF (bleed, crop marks, 4n pages)."""
    from .printing.pdf import PrintError, default_paths, make_pdfs
    from .printing.render import read_site_settings

    magazine, diagnostics = load_magazine(root, site_languages(root))
    said = magazine.default_language  # the editors' language, as the check speaks it
    screen = Path(output) if output else default_paths(root / "site", lang,
                                                       magazine.default_language)[0]
    try:
        settings = read_site_settings(root)
        result = make_pdfs(magazine, lang, screen, edition or settings.edition, settings=settings)
    except PrintError as error:
        print(one_line(f"{severity_word('error', said)}: {translate(str(error), said)}"),
              file=sys.stderr)
        return EXIT_CONTENT_ERRORS
    problems = sorted({*diagnostics, *result.diagnostics})
    for diagnostic in problems:
        print(message_line(diagnostic, said), file=sys.stderr)
    print(translate(f"{result.screen}: {result.pages} pages", said))
    if result.printer is not None:
        print(translate(f"{result.printer}: {result.printer_pages} pages, for the printer", said))
    return EXIT_CONTENT_ERRORS if any(d.severity == "error" for d in problems) else EXIT_OK


def new_failed(problems: list[tuple[str, str]], lang: str) -> int:
    """Print each problem of `magazine new` with its fix, in the editor's language."""
    for problem, fix in problems:
        print(one_line(f"magazine new: {severity_word('error', lang)}: "
                       f"{translate(problem, lang)} ({translate(fix, lang)})"), file=sys.stderr)
    return EXIT_CONTENT_ERRORS


def unknown_session(session_id: str, sessions: dict[str, object]) -> tuple[str, str]:
    return (f"there is no session '{session_id}'", suggestion(session_id, sessions) or (
        f"the sessions are: {', '.join(sorted(sessions)) or 'none yet'} "
        "(the file names in docs/sessions/)"))


def run_new(root: Path, args: argparse.Namespace, lang: str) -> int:
    """Write a new article's two files from the templates in `scaffold/`."""
    languages = site_languages(root)
    magazine, _ = load_magazine(root, languages, include_drafts=True)
    problems: list[tuple[str, str]] = []
    aliases = theme_aliases(magazine.themes)
    for theme in args.themes:
        if theme not in magazine.themes:
            problems.append((f"there is no theme '{theme}'", suggestion(
                theme, magazine.themes, aliases) or (
                f"the themes are: {', '.join(sorted(magazine.themes)) or 'none yet'} "
                "(the file names in docs/themes/)")))
    if args.session and args.session not in magazine.sessions:
        problems.append(unknown_session(args.session, magazine.sessions))
    slug = args.slug or slugify(args.title)
    if not is_slug(slug):
        problems.append((f"'{slug or args.title}' cannot be a file name",
                         "use --slug with lowercase letters, digits and hyphens"))
    folder = FOLDERS[args.kind]
    targets = {lang: f"{folder}/{slug}{'' if lang == languages[0] else '.' + lang}.md"
               for lang in languages[:2]}
    for path in targets.values():
        if (root / path).exists():
            problems.append((f"{path} already exists; it is not overwritten",
                             "choose another title, or give a file name with --slug"))
    if problems:
        return new_failed(problems, lang)
    values = {
        "slug": slug,
        "title": yaml_text(args.title.strip()),
        "date": dt.date.today().isoformat(),
        "authors": yaml_list(args.authors or ["Voornaam Achternaam"]),
        "themes": yaml_list(args.themes),
        "session": f"session: {args.session}" if args.session else "# session: ",
        "kind_nl": KIND_NAMES[args.kind][0],
        "kind_en": KIND_NAMES[args.kind][1],
    }
    (root / folder).mkdir(parents=True, exist_ok=True)
    for file_lang, path in targets.items():
        template = "article.md" if file_lang == languages[0] else "article.en.md"
        text = Template((SCAFFOLD / template).read_text(encoding="utf-8")).substitute(values)
        (root / path).write_text(text, encoding="utf-8")
        print(translate(f"wrote {path}", lang))
    print(translate("Next: write the text, set 'status: published' when it is ready, and run "
                    "'magazine check'.", lang))
    return EXIT_OK


def run_new_agenda(root: Path, session_id: str, lang: str) -> int:
    """Add the template of an action agenda (`scaffold/agenda*.md`) to the front matter of each
    language file of a session that has none yet."""
    from .content.frontmatter import FrontMatterError, find_closing_fence, read_document

    languages = site_languages(root)
    magazine, _ = load_magazine(root, languages, include_drafts=True)
    session = magazine.sessions.get(session_id)
    if session is None:
        return new_failed([unknown_session(session_id, magazine.sessions)], lang)
    values = {"themes": yaml_list(session.themes), "date": dt.date.today().isoformat()}
    changes: dict[str, str] = {}
    for file_lang, version in session.versions.items():
        text = (root / version.path).read_text(encoding="utf-8")
        try:
            if "action_agenda" in read_document(text.encode("utf-8")).meta:
                return new_failed([(f"{version.path} already has an action agenda",
                                    "add the actions to it")], lang)
        except FrontMatterError as error:
            return new_failed([(f"{version.path}:{error.line}: {error.message}",
                                "run 'magazine check' and correct the file first")], lang)
        template = "agenda.md" if file_lang == languages[0] else "agenda.en.md"
        block = Template((SCAFFOLD / template).read_text(encoding="utf-8")).substitute(values)
        text = text.replace("\r\n", "\n")
        closer = find_closing_fence(text, text.index("\n") + 1)
        assert closer is not None  # read_document found it
        changes[version.path] = text[: closer[1]] + block + text[closer[1]:]
    for path, text in changes.items():
        (root / path).write_text(text, encoding="utf-8")
        print(translate(f"wrote the action agenda's template into {path}", lang))
    print(translate("Next: write each action as a source documents it, and run "
                    "'magazine check'.", lang))
    return EXIT_OK


def run_status(root: Path, output: str) -> int:
    """Print each article's languages, the missing ones and the translations that lag behind."""
    magazine, _ = load_magazine(root, site_languages(root), include_drafts=True)
    dates = last_commits(root, FOLDERS.values())
    statuses = translation_status(magazine, dates or {})
    levels = readings(magazine)
    if output == "json":
        json.dump({"git_history": dates is not None,
                   "articles": [{**s.as_dict(), "reading": {
                       lang: {"score": r.score, "formula": r.formula}
                       for lang, r in levels.get(s.key, {}).items()}} for s in statuses]},
                  sys.stdout, indent=2, ensure_ascii=False)
        print()
        return EXIT_OK
    for item in statuses:
        files = ", ".join(
            f"{f.lang} ({f.updated.date().isoformat() if f.updated else 'unknown'})"
            for f in item.files
        )
        notes = []
        if item.missing:
            notes.append("missing: " + ", ".join(item.missing))
        if item.outdated:
            notes.append("older than the original: " + ", ".join(item.outdated))
        if item.status != "published":
            notes.append(item.status)
        if levels.get(item.key):
            notes.append("reading level: " + ", ".join(
                f"{lang} {reading}" for lang, reading in levels[item.key].items()))
        print(f"{item.key}: {files}" + (f"; {'; '.join(notes)}" if notes else ""))
    missing = sum(1 for s in statuses if s.missing)
    outdated = sum(1 for s in statuses if s.outdated)
    history = "" if dates is not None else " (no git history: dates unknown)"
    print(f"{len(statuses)} articles: {missing} with a missing translation, "
          f"{outdated} with a translation older than the original{history}")
    return EXIT_OK


def run_pictures(root: Path, paths: list[str]) -> int:
    """Clean the originals: no location or serial number, no more pixels than print needs."""
    from .content.picture_cleaning import clean, originals

    said = site_languages(root)[0]  # the editors' language, as the check speaks it
    files = [root / p for p in paths] if paths else originals(root)
    cleaned = 0
    for file in files:
        try:
            done = clean(root, file)
        except (OSError, ValueError) as error:
            problem = translate(f"{file.relative_to(root) if file.is_relative_to(root) else file}"
                                f": the picture cannot be cleaned ({error}); open it on your "
                                "computer, save it again as JPEG or PNG and upload it", said)
            print(one_line(f"magazine pictures: {severity_word('error', said)}: {problem}"),
                  file=sys.stderr)
            return EXIT_CONTENT_ERRORS
        if done is None:
            continue
        cleaned += 1
        what = f" {translate('and', said)} ".join(translate(word, said)
                                                  for word in done.removed or ("camera data",))
        size = (f"; {done.before[0]}x{done.before[1]} -> {done.after[0]}x{done.after[1]} pixels"
                if done.before != done.after else "")
        print(one_line(translate(f"{done.path}: removed {what}{size}", said)))
    print(translate("No picture needed cleaning." if cleaned == 0 else
                    "1 picture cleaned; commit it to publish the change" if cleaned == 1 else
                    f"{cleaned} pictures cleaned; commit them to publish the change", said))
    return EXIT_OK


def run_changed(root: Path, since: str, output: str, preview_url: str) -> int:
    """Print the articles changed since `since` and where their pages are in the preview."""
    languages = site_languages(root)
    try:
        files = changed_files(root, since)
    except GitError as error:
        print(one_line(f"magazine changed: error: {error}"), file=sys.stderr)
        return EXIT_USAGE
    magazine, _ = load_magazine(root, languages, include_drafts=True)
    changes = changed_articles(magazine, files, languages)
    for change in changes:
        where = ", ".join(f"preview/{page}" for page in change.pages.values())
        print(one_line(f"{change.key}: " + (where or translate(
            "not in the preview (see the problems of the check)", languages[0]))))
    if not changes:
        print(translate("No article changed.", languages[0]))
    if output == "github":
        write_changes_summary(changes, languages, preview_url)
    return EXIT_OK


# -- helpers -----------------------------------------------------------------------------------


def site_languages(root: Path) -> tuple[str, ...]:
    """The languages of the i18n plugin in mkdocs.yml, the default first; else nl, en."""
    return languages_of(read_mkdocs_yml(root))


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def yaml_text(text: str) -> str:
    """Text as a YAML value that reads back as the same text."""
    return json.dumps(text, ensure_ascii=False)


def yaml_list(items: list[str]) -> str:
    return "[" + ", ".join(yaml_text(item.strip()) for item in items) + "]"


if __name__ == "__main__":
    sys.exit(main())
