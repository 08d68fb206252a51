"""Bringing the embedded Chroma store up to date with a served index version, after the flip, off the GIL.

Serving reads a version's vectors from its own `vectors.npy`; the embedded Chroma store is the durable,
queryable copy. So a re-index flips CURRENT as soon as the version's files are complete and adds the records
Chroma lacks afterwards: in this process (`wait=True`, the library's default, what tests use) or in a child
process (`wait=False`: the CLI and the app), where Chroma's add (HNSW insert and SQLite, ~47 of 80 s of a
100k build, holding the GIL) no longer stalls the re-index or the app's sessions. Only one process writes the
embedded store at a time (`.store.lock`), and a re-index in embedded mode never opens it itself: an embedded
Chroma client does not see another process's writes. When a version's records are all stored, the sync
writes `versions/<v>/STORED`; the store's records no kept version uses are then deleted. A version without
STORED (a sync killed midway) is completed by the next sync.

With a Chroma server (PATHFINDER_CHROMA_URL) serving reads the vectors from the server, so the re-index
still adds them before the flip (`reindex.py`) and only marks the version STORED.

    python -m pathfinder.index.store_sync DATA_DIR VERSION     (what `start` runs)
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import numpy as np

from pathfinder.errors import PathfinderError
from pathfinder.index import versions as v
from pathfinder.settings import Settings

STORED = "STORED"
LOG = "store-sync.log"
ADD_BATCH = 5_000


def is_stored(settings: Settings, version: str) -> bool:
    return (v.versions_dir(settings) / version / STORED).is_file()


def mark_stored(settings: Settings, version: str) -> None:
    (v.versions_dir(settings) / version / STORED).touch()


def start(settings: Settings, version: str, *, wait: bool = True) -> int | None:
    """Sync the store for `version`: now, in this process, or in a child process whose pid is returned."""
    if wait:
        sync_store(settings, version)
        return None
    log = open(settings.index_dir / LOG, "ab")  # noqa: SIM115 - handed to the child, closed here after
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", "pathfinder.index.store_sync", str(settings.data_dir), version],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
            start_new_session=True,  # it finishes even when `pathfinder index` has returned
        )
    finally:
        log.close()
    return proc.pid


def wait_stored(settings: Settings, version: str, timeout: float = 3600.0) -> None:
    """Block until `version`'s records are in the store (benchmarks, tests)."""
    deadline = time.monotonic() + timeout
    while not is_stored(settings, version):
        if time.monotonic() > deadline:
            raise PathfinderError(f"The vector store did not catch up with version {version} in time.")
        time.sleep(0.05)


def sync_store(settings: Settings, version: str) -> int:
    """Add the records of `version` the embedded store lacks, mark it STORED, delete records no kept version
    uses. Returns the number added. Waits for another sync of the same store to finish first."""
    from filelock import FileLock

    from pathfinder.index.store import VectorStore, open_client, store_location

    with FileLock(str(settings.index_dir / ".store.lock")):
        folder = v.versions_dir(settings) / version
        if not (folder / v.MANIFEST).is_file() or is_stored(settings, version):
            return 0  # already collected, or done by an earlier sync
        manifest = v.read_manifest(settings, version)
        emb = manifest["embedder"]
        store = VectorStore(open_client(settings), emb["name"], emb["dim"], store_location(settings))
        keys = [e.record_key for e in v.entries_of(manifest)]
        known = _stored_keys(settings, manifest["store"])
        count = store.count()
        if count < len(known):  # the store was emptied or replaced since: trust nothing
            known = set()
        ask = [k for k in keys if k not in known]
        present = store.present(ask) if count else set()
        rows = [i for i, k in enumerate(keys) if k not in known and k not in present]
        if rows:
            from pathfinder.index.filters import chroma_metadata
            from pathfinder.index.snapshot import load_credentials

            vectors = np.load(folder / v.VECTORS, mmap_mode="r")
            credentials = load_credentials(folder)[0]
            for start_row in range(0, len(rows), ADD_BATCH):
                part = rows[start_row : start_row + ADD_BATCH]
                store.add(
                    [keys[i] for i in part],
                    np.asarray(vectors[part], dtype=np.float32),
                    [chroma_metadata(credentials[i]) for i in part],
                )
        mark_stored(settings, version)
        collect_records(settings, store)
        return len(rows)


def _stored_keys(settings: Settings, where: dict) -> set[str]:
    """Record keys of the versions already marked STORED in the same store."""
    out: set[str] = set()
    for folder in v.versions_dir(settings).iterdir():
        if not (folder / STORED).is_file():
            continue
        manifest = _manifest(folder)
        if manifest is not None and manifest.get("store") == where:
            out.update(e.record_key for e in v.entries_of(manifest))
    return out


def _manifest(folder: Path) -> dict | None:
    try:
        return v.decode_manifest((folder / v.MANIFEST).read_bytes())
    except (OSError, ValueError):
        return None


def collect_records(settings: Settings, store) -> None:
    """Delete the store's records that no version folder left on disk uses."""
    referenced: set[str] = set()
    for folder in v.versions_dir(settings).iterdir():
        manifest = _manifest(folder)
        if manifest is not None and manifest.get("store", {}).get("collection") == store.name:
            referenced.update(e.record_key for e in v.entries_of(manifest))
    if store.count() > len(referenced):
        store.delete(store.all_keys() - referenced)


def main(argv: list[str]) -> int:
    data_dir, version = argv
    settings = Settings(_env_file=None, data_dir=Path(data_dir), chroma_url=None)
    started = time.perf_counter()
    added = sync_store(settings, version)
    print(f"version {version}: {added} records added in {time.perf_counter() - started:.1f}s", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
