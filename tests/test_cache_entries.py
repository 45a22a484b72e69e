"""Cache entries are written on a thread of their own (site/cache_entries.py): after `flush`
every entry is on disk, whole; `stop` leaves no thread behind for a fork to copy."""

from __future__ import annotations

import json
import threading

from magazine.site.cache_entries import EntryWriter


def writer_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "magazine-cache-writer"]


def test_every_entry_is_on_disk_and_whole_after_a_flush(tmp_path):
    writer = EntryWriter()
    texts = {tmp_path / f"{i % 7:02d}" / f"entry-{i}.json": json.dumps({"n": i, "pad": "x" * i})
             for i in range(300)}  # more than the queue holds: the build waits, nothing is lost
    for path, text in texts.items():
        writer.write(path, text)
    writer.flush()
    assert {path: path.read_text("utf-8") for path in texts} == texts
    assert not list(tmp_path.rglob("*.tmp"))
    writer.stop()


def test_stop_writes_what_waits_and_ends_the_thread(tmp_path):
    before = len(writer_threads())
    writer = EntryWriter()
    writer.write(tmp_path / "a.json", "{}")
    assert len(writer_threads()) == before + 1
    writer.stop()
    assert (tmp_path / "a.json").read_text("utf-8") == "{}"
    assert len(writer_threads()) == before
    writer.write(tmp_path / "b.json", "[]")  # the next entry starts a new thread
    writer.flush()
    assert (tmp_path / "b.json").read_text("utf-8") == "[]"
    writer.stop()


def test_an_entry_that_cannot_be_written_costs_only_time(tmp_path):
    (tmp_path / "file").write_text("not a folder")
    writer = EntryWriter()
    writer.write(tmp_path / "file" / "entry.json", "{}")  # its folder cannot be made
    writer.write(tmp_path / "ok.json", "{}")
    writer.flush()
    assert (tmp_path / "ok.json").exists()
    writer.stop()
