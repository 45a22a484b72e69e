"""Cache entries are written whole, and on a thread of their own.

A cold build writes two entries per page (`render_cache.py`, `page_cache.py`): thousands of small
files, each created, written and renamed. The Python work of the build holds one core; the
system calls of those writes can go on beside it, so `write_entry` hands them to one writer
thread and returns. `flush` waits until every entry is on disk; the plugin calls it when a build
ends, so the next build (or a test) finds them all. The queue is short, so a slow disk makes the
build wait rather than hold thousands of pages in memory.

A forked copy of the build (`second_core.py`) has no writer thread: it writes its entries at
once, where the build itself looks for them. The build ends the thread before it forks (`stop`),
and the next entry starts a new one.
"""

from __future__ import annotations

import os
import queue
import tempfile
import threading
from pathlib import Path

QUEUE_LENGTH = 64


def write_whole(path: Path, text: str) -> None:
    """Write `text` to a temporary file beside `path`, then rename it: a build stopped halfway
    leaves no half entry, and two processes writing the same entry leave one of them whole."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, suffix=".tmp",
                                         delete=False) as out:
            out.write(text)
        os.replace(out.name, path)
    except OSError:
        pass  # a cache that cannot be written only costs time


class EntryWriter:
    def __init__(self) -> None:
        self.owner = os.getpid()  # the process whose thread writes; not a forked copy
        self.queue: queue.Queue[tuple[Path, str] | None] | None = None
        self.thread: threading.Thread | None = None

    def write(self, path: Path, text: str) -> None:
        if os.getpid() != self.owner:
            write_whole(path, text)
            return
        if self.queue is None or self.thread is None:
            self.queue = queue.Queue(QUEUE_LENGTH)
            self.thread = threading.Thread(target=self.run, args=(self.queue,), daemon=True,
                                           name="magazine-cache-writer")
            self.thread.start()
        self.queue.put((path, text))

    def run(self, entries: queue.Queue[tuple[Path, str] | None]) -> None:
        while True:
            entry = entries.get()
            try:
                if entry is None:
                    return
                write_whole(*entry)
            finally:
                entries.task_done()

    def flush(self) -> None:
        """Wait until every entry handed over so far is written."""
        if self.queue is not None and os.getpid() == self.owner:
            self.queue.join()

    def stop(self) -> None:
        """Write what is waiting and end the thread, before the build forks a copy of itself: a
        fork copies only the thread that forks, and should find no other."""
        if self.queue is not None and self.thread is not None and os.getpid() == self.owner:
            self.queue.put(None)
            self.thread.join()
            self.queue = self.thread = None


WRITER = EntryWriter()
write_entry = WRITER.write
flush = WRITER.flush
stop = WRITER.stop
