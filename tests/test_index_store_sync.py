"""The embedded vector store catches up after the flip (issue #17): in a child process for the CLI and the
app, so Chroma's add is off the re-index's critical path and off the serving process's GIL."""

from __future__ import annotations

from pathfinder.domain import ImportReport
from pathfinder.index import open_index, reindex_report
from pathfinder.index import store_sync as ss
from pathfinder.index.store import VectorStore, open_client


def _store(settings) -> VectorStore:
    return VectorStore(open_client(settings), "hash-256", 256)


def test_a_background_sync_runs_in_a_child_process_and_completes(settings, catalogue):
    summary = reindex_report(settings, ImportReport(credentials=catalogue), store_wait=False)
    assert summary.store_pid and summary.store_pid > 0 and summary.stored_seconds is None
    assert len(open_index(settings)) == 5  # served before the store holds anything
    ss.wait_stored(settings, summary.version, timeout=120)
    keys = {e[3] for e in open_index(settings).manifest["entries"]}
    assert _store(settings).present(sorted(keys)) == keys  # (this process opens the store only now)
    log = (settings.index_dir / ss.LOG).read_text()
    assert f"version {summary.version}: 5 records added" in log


def test_a_sync_killed_midway_is_completed_by_the_next_one(settings, catalogue):
    first = reindex_report(settings, ImportReport(credentials=catalogue))
    store = _store(settings)
    gone = sorted(store.all_keys())[:2]
    store.delete(gone)  # as if the sync had died after some adds
    (settings.index_dir / "versions" / first.version / ss.STORED).unlink()
    second = reindex_report(settings, ImportReport(credentials=catalogue[:4]))
    assert ss.is_stored(settings, second.version)
    keys = {e[3] for e in open_index(settings).manifest["entries"]}
    assert keys <= store.all_keys()  # the unmarked version's records were checked, the missing ones re-added


def test_records_no_kept_version_uses_are_deleted_by_the_sync(settings, catalogue, monkeypatch):
    import importlib

    monkeypatch.setattr(importlib.import_module("pathfinder.index.reindex"), "GRACE_SECONDS", 0.0)
    reindex_report(settings, ImportReport(credentials=catalogue))
    reindex_report(settings, ImportReport(credentials=catalogue[:3]))
    c = reindex_report(settings, ImportReport(credentials=catalogue[:1]))
    assert ss.is_stored(settings, c.version) and _store(settings).count() == 3
