"""What the caches write: entries on a thread of their own (site/caches/cache_entries.py), on disk and
whole after `flush`, with no thread left for a fork to copy after `stop`; and the kept search
index, put into the site without copying (site/outputs/search.py)."""

from __future__ import annotations

import json
import os
import threading

from magazine.site.caches.cache_entries import EntryWriter


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


def test_the_kept_search_index_goes_into_the_site_without_copying(tmp_path):
    """The search index of an unchanged site is taken from the cache as second names of its
    files (site/outputs/search.py); in a folder that has it already (a --dirty build) it stays as is."""
    from magazine.site.outputs.search import link_or_copy

    kept = tmp_path / "kept.pf"
    kept.write_bytes(b"index")
    site = tmp_path / "site.pf"
    link_or_copy(str(kept), str(site))
    assert site.read_bytes() == b"index" and os.path.samefile(kept, site)
    link_or_copy(str(kept), str(site))  # the same file already: nothing to do
    other = tmp_path / "other.pf"
    other.write_bytes(b"older")
    link_or_copy(str(kept), str(other))  # another file by that name: replaced, not written into
    assert other.read_bytes() == b"index" and kept.read_bytes() == b"index"
