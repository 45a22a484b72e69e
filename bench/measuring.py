"""What every benchmark step shares: running a command in a subprocess and reading its wall time
and peak memory (`measure`), and our mkdocs.yml without the print edition (`without_pdfs`).
`run.py`, `pictures.py` and `preview.py` all use it."""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


@dataclass
class Run:
    seconds: float
    peak_mib: float
    pages: int


def measure(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> Run:
    """Run `command` in a subprocess; its wall time and its peak resident memory."""
    # Output goes to files, not pipes: a step that prints more than a pipe holds (the check's
    # warnings at N = 1000) would wait for a reader while this waits for it to end.
    with tempfile.TemporaryFile() as stdout, tempfile.TemporaryFile() as stderr:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env={**os.environ, **(env or {})},
                                   stdout=stdout, stderr=stderr)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        stdout.seek(0)
        stderr.seek(0)
        out = stdout.read().decode(errors="replace")
        err = stderr.read().decode(errors="replace")
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"benchmark step failed: {' '.join(command)} (in {cwd})\n{out}\n{err}")
    pages = int(out.strip().splitlines()[-1]) if out.strip().isdigit() else 0
    return Run(seconds, usage.ru_maxrss / 1024, pages)  # ru_maxrss is in KiB on Linux


def magazine_has_option(name: str) -> bool:
    try:
        from magazine.site.config import MagazineConfig
    except ImportError:
        return False
    return any(key == name for key, _ in MagazineConfig._schema)


def without_pdfs(config: str) -> str:
    """Our mkdocs.yml with `pdf: false` for the magazine plugin, when it has that option."""
    if not magazine_has_option("pdf"):
        return config
    lines = config.splitlines()
    for i, line in enumerate(lines):
        match = re.match(r"^(\s*)- magazine(:?)\s*$", line)
        if not match:
            continue
        indent = match.group(1) + "    "
        j = i + 1
        while j < len(lines) and lines[j].startswith(indent):
            j += 1
        options = [x for x in lines[i + 1:j] if not x.strip().startswith("pdf:")]
        lines[i:j] = [f"{match.group(1)}- magazine:", f"{indent}pdf: false", *options]
        break
    return "\n".join(lines) + "\n"
