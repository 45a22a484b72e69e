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
        return self.line_with(self.severity)

    def line_with(self, severity: str) -> str:
        """`path:line:col: severity: message (hint)` on one line, with `severity` in the words
        of the reader's language (`messages.line`)."""
        text = f"{self.path}:{self.line}:{self.col}: {severity}: {self.message}"
        return one_line(f"{text} ({self.hint})" if self.hint else text)

    def as_dict(self) -> dict[str, object]:
        return {key: one_line(value) if isinstance(value, str) else value
                for key, value in asdict(self).items()}


# Characters that end a line or steer a terminal in some log, viewer or editor: the C0 and C1
# controls (CR, LF, ESC, NEL), the Unicode line and paragraph separators, and the marks that
# reorder text. Shown escaped, so that every message is one line, as written, and no value from
# content starts a line of a log (where `::warning` would be a CI workflow command).
_ESCAPES = {
    **{code: f"\\x{code:02x}" for code in [*range(0x20), *range(0x7F, 0xA0)]},
    0x09: "\\t", 0x0A: "\\n", 0x0D: "\\r",
    **{code: f"\\u{code:04x}" for code in [0x2028, 0x2029, *range(0x202A, 0x202F),
                                            *range(0x2066, 0x206A), 0x200E, 0x200F, 0xFEFF]},
}


def one_line(text: str) -> str:
    """`text` with its line breaks and control characters escaped (`\\n`, `\\x1b`, `\\u2028`)."""
    if text.isprintable():  # the common case, answered in C
        return text
    return text.translate(_ESCAPES)


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
