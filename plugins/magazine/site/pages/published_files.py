"""The files of `docs/` and of the theme's `overrides/` that MkDocs would copy into the site as
they are: only the project's own style, script and font files (the `assets` option) stay.

Pages are converted and cleaned (`html_policy.py`), pictures are published as web versions
(`pictures.py`) and never as uploaded; any other file (HTML, SVG, a script an editor added) is left
out, and `content/published_files.py` reports it, in `magazine check` and the build alike.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files


def leave_out_unpublished(files: Files, config: MkDocsConfig, assets: list[str]) -> None:
    """Remove from `files` every file of docs/ or overrides/ that is not a page and not one of
    the project's own `assets`."""
    docs = Path(config.docs_dir).resolve()
    custom = Path(config.theme.custom_dir).resolve() if config.theme.custom_dir else None
    own = {docs / asset for asset in assets}
    for file in list(files):
        if file.abs_src_path is None or file.is_documentation_page():
            continue
        source = Path(file.abs_src_path).resolve()
        if source.is_relative_to(docs) and source not in own:
            files.remove(file)
        elif custom is not None and source.is_relative_to(custom) and source.suffix != ".html":
            files.remove(file)


def add_file(files: Files, file: File) -> None:
    """Add a page the plugin made. A file of docs/ at the same place (an article and a page of
    docs/ of one name: a check error) gives way without MkDocs' warning to plugin authors."""
    existing = files.get_file_from_path(file.src_uri)
    if existing is not None:
        files.remove(existing)
    files.append(file)
