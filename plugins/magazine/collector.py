"""Keep what lives through a whole build out of Python's garbage collector while it runs.

The content model (every article, its text, its relations), MkDocs' configuration and the
plugins are made at the start of a build and live until its end. Python's cyclic garbage
collector still walks all of them again and again while MkDocs renders thousands of pages.
`pause()` moves every object alive at that moment to the collector's permanent generation,
which it skips; `resume()` hands them back at the end of the build, so that the model that
the next build of `mkdocs serve` replaces is collected as usual.

Objects are still freed as soon as nothing refers to them: only cycles among the long-lived
objects wait until `resume()`. See `bench/README.md` for what it saves.
"""

from __future__ import annotations

import gc


def pause() -> None:
    """Leave every object alive now out of the collections until `resume()`."""
    gc.freeze()


def resume() -> None:
    gc.unfreeze()
