"""Problems found in the content, reported to editors as `path:line:col: severity: message (hint)`."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One problem in one file, with the line to look at and the fix to make.

    `path` is relative to the repository root, with forward slashes, so that it can be clicked in
    an editor and read in a pull request. `line` and `col` start at 1.
    """

    path: str
    line: int
    col: int
    severity: Severity
    message: str
    hint: str = ""

    def __str__(self) -> str:
        text = f"{self.path}:{self.line}:{self.col}: {self.severity}: {self.message}"
        return f"{text} ({self.hint})" if self.hint else text

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


class Report:
    """Collects diagnostics while the content is read."""

    def __init__(self) -> None:
        self.items: list[Diagnostic] = []

    def error(self, path: str, line: int, message: str, hint: str = "", col: int = 1) -> None:
        self.items.append(Diagnostic(path, max(line, 1), max(col, 1), "error", message, hint))

    def warning(self, path: str, line: int, message: str, hint: str = "", col: int = 1) -> None:
        self.items.append(Diagnostic(path, max(line, 1), max(col, 1), "warning", message, hint))

    def sorted(self) -> list[Diagnostic]:
        return sorted(self.items)
