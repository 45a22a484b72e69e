"""Problems as GitHub shows them: on the file and line of a pull request (workflow commands).

`magazine check --format github` writes one per problem; the site's build writes one, when it
runs in GitHub Actions, for each problem only the print edition's layout finds (a picture that
prints soft), so the editor sees it on the article's line too, not only in the build's log.
"""

from __future__ import annotations

import os

from .diagnostics import Diagnostic, one_line


def in_github_actions() -> bool:
    return os.environ.get("GITHUB_ACTIONS") == "true"


def github_annotation(diagnostic: Diagnostic, title: str = "magazine check") -> str:
    """A workflow command that GitHub shows on the file and line of the pull request."""
    message = one_line(f"{diagnostic.message} ({diagnostic.hint})" if diagnostic.hint
                       else diagnostic.message)
    return (f"::{diagnostic.severity} file={escape_property(one_line(diagnostic.path))},"
            f"line={diagnostic.line},col={diagnostic.col},"
            f"title={escape_property(title)}::{escape_data(message)}")


def escape_data(text: str) -> str:
    """GitHub's escaping of a workflow command's message: %, CR and LF."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """GitHub's escaping of a workflow command's property: also ':' and ','."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")
