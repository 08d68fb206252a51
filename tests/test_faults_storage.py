"""Storage faults: a profile conflict between two processes, a full disk and a read-only data directory.

The disk-full and read-only cases run on a real tiny tmpfs when the test may mount one (root on Linux), and on
SQLite's own page limit otherwise, so the behaviour is checked on every machine.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import uuid

import pytest
from test_faults_reindex import make_catalogue

from pathfinder.domain import HeldSkill, ImportReport, LearnerProfile
from pathfinder.errors import PathfinderError, ProfileError
from pathfinder.index import open_index, reindex_report
from pathfinder.storage.conversations import ConversationStore
from pathfinder.storage.profiles import SqliteProfileStore, open_profile_store

SLOW_WRITER = textwrap.dedent("""
    import sys
    from pathfinder.storage.profiles import SqliteProfileStore
    from pathfinder.errors import ProfileConflict
    store = SqliteProfileStore({db!r})
    mine = store.get("ada")
    print("loaded", mine.version, flush=True)
    sys.stdin.readline()  # the other process saves meanwhile
    try:
        store.save(mine.model_copy(update={{"name": "Ada from process A"}}))
        print("saved", flush=True)
    except ProfileConflict as e:
        print("conflict:", e, flush=True)
""")


def _big_profile(pid: str, n: int = 400) -> LearnerProfile:
    return LearnerProfile(
        id=pid,
        name=pid,
        skills=tuple(HeldSkill(uri=f"esco:{uuid.uuid4().hex}", label="x" * 40) for _ in range(n)),
    )


def test_a_conflict_between_two_processes_is_detected_and_reported(tmp_path):
    db = str(tmp_path / "data" / "pathfinder.sqlite3")
    store = SqliteProfileStore(db)
    store.save(LearnerProfile(id="ada", name="Ada"))
    child = subprocess.Popen(
        [sys.executable, "-c", SLOW_WRITER.format(db=db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout.readline().split() == ["loaded", "1"]
    store.save(store.get("ada").model_copy(update={"name": "Ada from process B"}))
    out, _ = child.communicate("go\n", timeout=60)
    assert out.startswith("conflict:") and "Reload it" in out and "now version 2" in out
    assert store.get("ada").name == "Ada from process B" and store.get("ada").version == 2  # B's save kept


def _integrity(db: str) -> str:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def test_a_full_database_is_a_clear_error_and_keeps_what_was_saved(tmp_path, monkeypatch):
    db = str(tmp_path / "data" / "pathfinder.sqlite3")
    store = SqliteProfileStore(db)
    first = store.save(_big_profile("first"))
    real_connect = sqlite3.connect

    def capped(*args, **kwargs):  # SQLite's own "disk is full": no page beyond the ones in use
        conn = real_connect(*args, **kwargs)
        conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
        return conn

    monkeypatch.setattr(sqlite3, "connect", capped)
    store = SqliteProfileStore(db)  # new connections (a store keeps one per thread)
    with pytest.raises(ProfileError, match="(?i)full"):
        for i in range(20):
            store.save(_big_profile(f"more-{i}"))
    with pytest.raises(ProfileError, match="(?i)full"):
        store.save(first.model_copy(update={"skills": first.skills * 3}))
    monkeypatch.undo()
    assert _integrity(db) == "ok"
    assert store.get("first") == first  # the failed update left the saved version whole


@pytest.fixture
def tiny_disk(tmp_path):
    """A 2 MB tmpfs and a read-only bind-mounted view of it (root on Linux only)."""
    mnt, view = tmp_path / "tiny", tmp_path / "read-only-view"
    mnt.mkdir()
    view.mkdir()
    if subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mnt)], capture_output=True
    ).returncode:
        pytest.skip("cannot mount a tmpfs here (not root); the SQLite page-limit test covers disk full")
    try:
        subprocess.run(["mount", "--bind", str(mnt), str(view)], check=True, capture_output=True)
        subprocess.run(["mount", "-o", "remount,bind,ro", str(view)], check=True, capture_output=True)
        yield mnt, view
    finally:
        subprocess.run(["umount", "-l", str(view)], check=False)
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def test_a_real_full_disk_and_a_read_only_data_directory(settings, tiny_disk):
    mnt, view = tiny_disk
    s = settings.model_copy(update={"data_dir": mnt / "data"})
    reindex_report(s, ImportReport(credentials=make_catalogue(40, "old")))
    profiles = open_profile_store(s)
    kept = profiles.save(LearnerProfile(id="ada", name="Ada"))
    ConversationStore(s.database_path).start("ada")

    saved = 0
    with pytest.raises(ProfileError, match="is full.*Free some space"):
        for i in range(400):
            profiles.save(_big_profile(f"p{i}"))
            saved += 1
    with pytest.raises(PathfinderError, match="No space left.*Free disk space.*previous index keeps serving"):
        reindex_report(s, ImportReport(credentials=make_catalogue(3_000, "new")))
    assert saved > 0 and _integrity(s.database_path) == "ok"
    assert profiles.get("ada") == kept and len(profiles.list("p")) == saved
    assert len(open_index(s)) == 40  # the old index keeps serving

    ro = settings.model_copy(update={"data_dir": view / "data"})
    assert len(open_index(ro)) == 40  # the index is served from a read-only copy
    with pytest.raises(ProfileError, match="read-only"):
        open_profile_store(ro).save(kept.model_copy(update={"name": "Ada L."}))
    with pytest.raises(PathfinderError, match="(?i)read-only|writable"):
        reindex_report(ro, ImportReport(credentials=make_catalogue(30, "new")))
    assert profiles.get("ada") == kept and _integrity(s.database_path) == "ok"
