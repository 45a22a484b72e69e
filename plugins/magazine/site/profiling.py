"""How long the plugin's own code takes, per event: `MAGAZINE_PROFILE=out.json mkdocs build`.

When the environment variable MAGAZINE_PROFILE is set, `install(plugin)` wraps each `on_*` event
method of the plugin, the reading of the content, and the link rewriting inside the Markdown
rendering in a `time.perf_counter` accumulator. When the process ends, the totals are written
as JSON to the file it names (`1` means `magazine-profile.json` in the current folder):

    {"events": {"on_page_context": {"calls": 2000, "seconds": 0.41}, ...}, "total_seconds": 0.9}

Without the variable nothing is wrapped and nothing is written. `bench/run.py` uses it to report
the plugin's share of the build time.
"""

from __future__ import annotations

import atexit
import functools
import json
import os
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ENV = "MAGAZINE_PROFILE"
DEFAULT_FILE = "magazine-profile.json"

_totals: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])  # name -> [calls, seconds]
_registered = False


def enabled() -> bool:
    return bool(os.environ.get(ENV))


def timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """`function`, adding the time of each call to the total of `name`."""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            total = _totals[name]
            total[0] += 1
            total[1] += time.perf_counter() - start

    return wrapper


def install(plugin: Any) -> None:
    """Time every event method of `plugin`, if MAGAZINE_PROFILE is set."""
    global _registered
    if not enabled():
        return
    for name in dir(type(plugin)):
        if name.startswith("on_") and callable(getattr(plugin, name)):
            method = getattr(plugin, name)
            wrapped = timed(name, method)
            # MkDocs reads the priority from the function it calls; keep it on the wrapper.
            if hasattr(method, "mkdocs_priority"):
                wrapped.mkdocs_priority = method.mkdocs_priority  # type: ignore[attr-defined]
            setattr(plugin, name, wrapped)
    from . import reading  # reads the content inside on_config

    if not hasattr(reading.load_magazine, "__wrapped__"):
        reading.load_magazine = timed("load_magazine", reading.load_magazine)
    from .pages.link_rewriting import LinkRewriter  # runs inside MkDocs' Markdown rendering, not an event

    if not hasattr(LinkRewriter.run, "__wrapped__"):
        LinkRewriter.run = timed("link_rewriting", LinkRewriter.run)  # type: ignore[method-assign]
    if not _registered:
        atexit.register(write)
        _registered = True


def snapshot() -> dict[str, Any]:
    events = {name: {"calls": int(calls), "seconds": round(seconds, 6)}
              for name, (calls, seconds) in sorted(_totals.items())}
    # The content read runs inside on_config: shown, but not added twice.
    total = sum(v["seconds"] for name, v in events.items() if name != "load_magazine")
    return {"events": events, "total_seconds": round(total, 6)}


def write() -> None:
    target = os.environ.get(ENV, "")
    if not target:
        return
    path = Path(DEFAULT_FILE if target == "1" else target)
    path.write_text(json.dumps(snapshot(), indent=2) + "\n", encoding="utf-8")
