"""Index versions shared by two hosts through one database (issue #17): no shared disk, the same atomic flip.

Two "hosts" are two data folders (and, in the process test, two processes) with one PATHFINDER_INDEX_URL:
a SQLite file, and PostgreSQL when a server is there (tests/store_backends.py).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pathfinder.domain import Credential, ImportReport
from pathfinder.index import index_status, open_index, reindex_report, snapshot
from pathfinder.index import shared as sh
from pathfinder.index import versions as v
from pathfinder.index.status import format_status
from pathfinder.settings import Settings


@pytest.fixture(params=["sqlite", "postgres"])
def index_url(request, tmp_path):
    if request.param == "sqlite":
        return str(tmp_path / "shared.sqlite3")
    return request.getfixturevalue("postgres_target")


def _host(settings: Settings, name: str, url: str) -> Settings:
    return settings.model_copy(
        update={"data_dir": settings.data_dir.parent / name, "index_url": url, "index_poll_seconds": 0.0}
    )


def _catalogue(tag: str, n: int = 12) -> ImportReport:
    return ImportReport(
        credentials=[
            Credential(id=f"c{i}", title=f"Course {i} {tag}", provider="P", hours=10.0 + i, languages=("en",))
            for i in range(n)
        ]
    )


def test_host_b_serves_what_host_a_indexed_and_follows_its_reindex(settings, index_url):
    a, b = _host(settings, "host-a", index_url), _host(settings, "host-b", index_url)
    first = reindex_report(a, _catalogue("first")).version
    index_b = open_index(b)  # host B never indexed: it fetches version `first` from the database
    assert index_b.version == first and index_b.get("c3").title == "Course 3 first"
    assert (b.index_dir / "versions" / first / "manifest.json").is_file()  # its own cache, no shared disk
    status = index_status(b)
    assert status["version"] == first and status["shared"] and "this host's cache" in format_status(status)

    second = reindex_report(a, _catalogue("second")).version
    assert v.current_version(b) == second
    assert open_index(b).get("c3").title == "Course 3 second"
    assert sh.shared_current(a) == second


def test_a_reindex_on_host_b_starts_from_the_shared_version(settings, index_url, monkeypatch):
    a, b = _host(settings, "host-a", index_url), _host(settings, "host-b", index_url)
    reindex_report(a, _catalogue("first"))
    report = _catalogue("first")
    report.credentials[0] = report.credentials[0].model_copy(update={"title": "Changed"})
    summary = reindex_report(b, report)
    assert (summary.unchanged, summary.updated, summary.embedded) == (11, 1, 1)  # reused A's vectors
    # B's version is a patch over the snapshot it downloaded from A; A fetches it and opens it from the
    # snapshot too (the tar carries the base, the file times are restored), not from the JSONL
    assert (b.index_dir / "versions" / summary.version / snapshot.PATCH).is_file()
    jsonl_reads: list[str] = []
    real = snapshot.v.load_credentials
    monkeypatch.setattr(snapshot.v, "load_credentials", lambda f: jsonl_reads.append(f) or real(f))
    assert open_index(a).get("c0").title == "Changed"
    assert open_index(a).credentials() == report.credentials and jsonl_reads == []


def test_kept_lines_on_one_host_give_the_other_host_the_same_version(settings, index_url):
    """Host A re-indexes twice in one process (the second keeps the unchanged lines, copied from its own
    JSONL); host B follows and serves exactly A's JSONL and credentials; B's own re-index (it did not write
    the served version, so it serialises every entry) gives the same entries again."""
    import pickle

    a, b = _host(settings, "host-a", index_url), _host(settings, "host-b", index_url)
    reindex_report(a, _catalogue("first", 40))
    report = _catalogue("first", 40)
    report.credentials[5] = report.credentials[5].model_copy(update={"title": "Changed"})
    report = ImportReport(credentials=pickle.loads(pickle.dumps(report.credentials)))
    second = reindex_report(a, report)
    assert (second.unchanged, second.updated) == (39, 1)
    theirs = open_index(b)
    assert theirs.version == second.version and theirs.credentials() == report.credentials
    jsonl = v.CREDENTIALS
    folder_a, folder_b = (h.index_dir / "versions" / second.version for h in (a, b))
    assert (folder_a / jsonl).read_bytes() == (folder_b / jsonl).read_bytes()
    assert (folder_b / snapshot.OFFSETS).read_bytes() == (folder_a / snapshot.OFFSETS).read_bytes()
    snapshot.forget_recent()  # B is another process: it remembers nothing of A's version
    third = reindex_report(b, report)
    assert (third.unchanged, third.updated) == (40, 0)
    assert open_index(a).credentials() == report.credentials
    again = a.index_dir / "versions" / third.version / jsonl
    assert again.read_bytes() == (folder_a / jsonl).read_bytes()


def test_a_publish_killed_mid_upload_changes_nothing_and_is_cleaned_up(settings, index_url, monkeypatch):
    a, b = _host(settings, "host-a", index_url), _host(settings, "host-b", index_url)
    first = reindex_report(a, _catalogue("first")).version
    assert open_index(b).version == first
    monkeypatch.setattr(sh, "CHUNK", 1024)  # many chunks
    calls = {"n": 0}
    real_run, real_forget = type(sh._db(a)).run, sh._forget_unfinished

    def dying_run(self, fn, **kw):
        if fn is real_forget:
            calls["n"] = 1  # the upload starts
        elif calls["n"]:
            calls["n"] += 1
            if calls["n"] == 4:  # after three chunks
                raise KeyboardInterrupt("killed")
        return real_run(self, fn, **kw)

    monkeypatch.setattr(type(sh._db(a)), "run", dying_run)
    with pytest.raises(KeyboardInterrupt):
        reindex_report(a, _catalogue("second"))
    monkeypatch.setattr(type(sh._db(a)), "run", real_run)
    assert sh.shared_current(a) == first and v.local_version(a) == first
    assert open_index(b).get("c1").title == "Course 1 first"  # never the half-written one
    assert _orphan_chunks(a) > 0  # the killed upload's chunks: stored, never named
    third = reindex_report(a, _catalogue("third")).version
    assert open_index(b).version == third
    assert _orphan_chunks(a) == 0


def _orphan_chunks(settings: Settings) -> int:
    return sh._db(settings).run(
        lambda tx: tx.execute(
            "SELECT count(*) FROM index_chunks WHERE version NOT IN (SELECT version FROM index_versions)"
        ).fetchone()[0]
    )


def test_a_damaged_download_keeps_the_old_version(settings, index_url):
    a, b = _host(settings, "host-a", index_url), _host(settings, "host-b", index_url)
    first = reindex_report(a, _catalogue("first")).version
    assert open_index(b).version == first
    second = reindex_report(a, _catalogue("second")).version
    sh._db(a).run(
        lambda tx: tx.execute("UPDATE index_chunks SET data = ? WHERE version = ?", (b"garbage", second)),
        write=True,
    )
    assert v.current_version(b) == first  # logged, not raised: host B keeps serving
    assert not (b.index_dir / "versions" / second).exists()
    with pytest.raises(sh.SharedIndexError, match="checksum"):
        sh.follow(b, force=True)


def test_a_second_host_cannot_reindex_while_one_does(settings, index_url):
    a, b = _host(settings, "host-a", index_url), _host(settings, "host-b", index_url)
    reindex_report(a, _catalogue("first"))
    with sh.reindex_lock(a) as got:
        assert got
        with pytest.raises(sh.PathfinderError, match="Another host is re-indexing"):
            reindex_report(b, _catalogue("second"))


FOLLOWER = r"""
import json, os, sys, time
from pathfinder.index import open_index
from pathfinder.settings import Settings
s = Settings(_env_file=None, data_dir=sys.argv[1], index_url=sys.argv[2], embedder="hash",
             index_poll_seconds=0)
seen, deadline, stop = {}, time.monotonic() + 180, sys.argv[3]
while time.monotonic() < deadline and not os.path.exists(stop):
    try:
        index = open_index(s)
    except Exception as e:
        print(json.dumps({"error": f"{type(e).__name__}: {e}"}), flush=True)
        continue
    titles = {c.title.split()[-1] for c in index.credentials()}
    seen.setdefault(index.version, sorted(titles))
    if len(titles) != 1 or len(index) != 40:
        print(json.dumps({"error": f"half-written version {index.version}: {sorted(titles)}"}), flush=True)
    time.sleep(0.01)
print(json.dumps({"seen": seen}), flush=True)
"""


@pytest.mark.slow
def test_two_processes_host_a_reindexes_host_b_serves_only_complete_versions(settings, index_url, tmp_path):
    a, b = _host(settings, "host-a", index_url), _host(settings, "host-b", index_url)
    versions = {reindex_report(a, _catalogue("v0", 40)).version: "v0"}
    stop = tmp_path / "stop"
    follower = subprocess.Popen(
        [sys.executable, "-c", FOLLOWER, str(b.data_dir), index_url, str(stop)],
        stdout=subprocess.PIPE,
        text=True,
    )
    time.sleep(4)  # let it start and serve v0
    for n in range(1, 6):
        versions[reindex_report(a, _catalogue(f"v{n}", 40)).version] = f"v{n}"
        time.sleep(1.5)
    time.sleep(3)  # time to fetch the last one
    stop.touch()
    out, _ = follower.communicate(timeout=240)
    lines = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert not [x for x in lines if "error" in x], lines[:3]
    seen = lines[-1]["seen"]
    assert set(seen) <= set(versions)
    assert all(seen[ver] == [versions[ver]] for ver in seen)  # each version whole, with its own titles
    assert len(seen) >= 3 and max(seen) == max(versions)  # it followed the flips up to the last one


def test_without_index_url_nothing_is_shared(settings):
    reindex_report(settings, _catalogue("first"))
    other = settings.model_copy(update={"data_dir": Path(settings.data_dir).parent / "elsewhere"})
    with pytest.raises(sh.PathfinderError, match="No index has been built"):
        open_index(other)


def test_a_tar_reaching_outside_the_cache_is_refused(settings, tmp_path):
    import hashlib
    import io
    import tarfile

    a = _host(settings, "host-a", str(tmp_path / "shared.sqlite3"))
    b = _host(settings, "host-b", str(tmp_path / "shared.sqlite3"))
    reindex_report(a, _catalogue("first"))
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        info = tarfile.TarInfo("../../escaped.txt")
        info.size = 3
        tar.addfile(info, io.BytesIO(b"bad"))
    data = buffer.getvalue()

    def plant(tx):
        tx.execute("INSERT INTO index_chunks (version, n, data) VALUES ('evil', 0, ?)", (data,))
        tx.execute(
            "INSERT INTO index_versions (version, created_s, size, sha256, chunks, mtimes) "
            "VALUES ('evil', 0, ?, ?, 1, '{}')",
            (len(data), hashlib.sha256(data).hexdigest()),
        )
        tx.execute("UPDATE index_current SET version = 'evil'")

    sh._db(a).run(plant, write=True)
    with pytest.raises(sh.SharedIndexError, match="unexpected entry"):
        sh.follow(b, force=True)
    assert not (b.data_dir / "escaped.txt").exists() and not (tmp_path / "escaped.txt").exists()
