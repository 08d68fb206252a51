"""Index versions shared by hosts through one database: publish a built version, follow the current one.

With `PATHFINDER_INDEX_URL` (PostgreSQL, or a SQLite file for processes on one host), a re-index still builds
its version under its own data folder, then `publish` stores the version's files as one tar in chunks
(`index_chunks`, a transaction per chunk) and, in one last transaction, adds the version's row
(`index_versions`: size, SHA-256, file times) and points `index_current` at it: the same atomic flip as the
CURRENT file, for every host at once. A version without its row is unfinished and never read.

`follow` is what `versions.current_version` calls on every host: at most every `index_poll_seconds` it reads
`index_current`; a version the local cache lacks is downloaded into `versions/<v>.tmp-…`, checked against
its size and SHA-256, renamed into place and only then named by the local CURRENT. While it downloads (or
when the database cannot be reached, or a download fails its check) the host keeps serving the version it
has. Several hosts need no shared disk: each keeps a local cache, the database holds what they share.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tarfile
import threading
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pathfinder.errors import PathfinderError
from pathfinder.index import pointer as v
from pathfinder.settings import Settings

log = logging.getLogger(__name__)
CHUNK = 4 * 1024 * 1024  # bytes per stored chunk (one row, one transaction)
KEEP_SECONDS = 600.0  # versions other than the current and previous one are kept this long (downloads)
_checked: dict[tuple[str, str], float] = {}  # (index url, index dir) -> when the pointer was last read
_guard = threading.Lock()


class SharedIndexError(PathfinderError):
    """The shared index (PATHFINDER_INDEX_URL) cannot be read or written."""


_sqlite: dict[str, Any] = {}  # one SQLite Database per file and process (PostgreSQL: open_database)


def _db(settings: Settings):
    from pathfinder.storage.database import is_postgres_url, open_database

    assert settings.index_url
    target = settings.index_url.removeprefix("sqlite:///")
    if is_postgres_url(target):
        db = open_database(target, SharedIndexError)
    else:
        with _guard:
            db = _sqlite.get(target) or _sqlite.setdefault(target, open_database(target, SharedIndexError))
    db.ensure_schema(SharedIndexError)  # once per Database
    return db


def shared_current(settings: Settings) -> str | None:
    """The version `index_current` names (None when nothing was published)."""
    row = _db(settings).run(lambda tx: tx.execute("SELECT version FROM index_current").fetchone())
    return row[0] if row else None


def reindex_lock(settings: Settings):
    """One re-index at a time across every host sharing the index: a context manager yielding False when
    another host holds it."""
    return _db(settings).try_exclusive("pathfinder-reindex")


# -- publishing ---------------------------------------------------------------------------------------------
def publish(settings: Settings, version: str) -> None:
    """Store the complete version folder `versions/<version>` and make it every host's current version."""
    folder = v.versions_dir(settings) / version
    db = _db(settings)
    tar_path = v.versions_dir(settings) / f"{version}.tar.tmp"
    try:
        size, digest, mtimes = _pack(folder, tar_path)
        db.run(_forget_unfinished, write=True, error=SharedIndexError)
        n = 0
        with open(tar_path, "rb") as fh:
            while chunk := fh.read(CHUNK):
                db.run(
                    lambda tx, n=n, chunk=chunk: tx.execute(
                        "INSERT INTO index_chunks (version, n, data) VALUES (?, ?, ?)", (version, n, chunk)
                    ),
                    write=True,
                    error=SharedIndexError,
                )
                n += 1
    finally:
        tar_path.unlink(missing_ok=True)

    def flip(tx) -> None:
        previous = tx.execute("SELECT version FROM index_current").fetchone()
        tx.execute(
            "INSERT INTO index_versions (version, created_s, size, sha256, chunks, mtimes) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (version, int(time.time()), size, digest, n, json.dumps(mtimes)),
        )
        now = datetime.now(UTC).isoformat(timespec="seconds")
        if tx.execute("UPDATE index_current SET version = ?, flipped_at = ?", (version, now)).rowcount == 0:
            tx.execute("INSERT INTO index_current (id, version, flipped_at) VALUES (1, ?, ?)", (version, now))
        _forget_old(tx, {version, previous[0] if previous else version})

    db.run(flip, write=True, error=SharedIndexError)


def _pack(folder: Path, target: Path) -> tuple[int, str, dict[str, int]]:
    """Tar the folder's files; (size, SHA-256, each file's mtime in ns: the snapshot's stamp needs them)."""
    mtimes = {}
    with tarfile.open(target, "w", format=tarfile.PAX_FORMAT) as tar:
        for path in sorted(folder.rglob("*")):
            rel = path.relative_to(folder).as_posix()
            tar.add(path, arcname=rel, recursive=False)
            if path.is_file():
                mtimes[rel] = path.stat().st_mtime_ns
    sha = hashlib.sha256()
    with open(target, "rb") as fh:
        while block := fh.read(CHUNK):
            sha.update(block)
    return target.stat().st_size, sha.hexdigest(), mtimes


def _forget_unfinished(tx) -> None:
    """Chunks of versions that never got their row (a publisher killed mid-upload)."""
    tx.execute("DELETE FROM index_chunks WHERE version NOT IN (SELECT version FROM index_versions)")


def _forget_old(tx, keep: set[str]) -> None:
    cutoff = int(time.time() - KEEP_SECONDS)
    old = [
        r[0]
        for r in tx.execute("SELECT version FROM index_versions WHERE created_s < ?", (cutoff,)).fetchall()
        if r[0] not in keep
    ]
    for name in old:
        tx.execute("DELETE FROM index_chunks WHERE version = ?", (name,))
        tx.execute("DELETE FROM index_versions WHERE version = ?", (name,))


# -- following ----------------------------------------------------------------------------------------------
def follow(settings: Settings, *, force: bool = False) -> str | None:
    """The version this host serves, after switching to the shared current one when it changed (checked at
    most every `index_poll_seconds`, or now when `force`). Keeps the local version when that fails."""
    local = v.local_version(settings)
    key = (str(settings.index_url), str(settings.index_dir))
    now = time.monotonic()
    with _guard:
        due = force or now - _checked.get(key, -1e9) >= settings.index_poll_seconds
        if due:
            _checked[key] = now
    if not due:
        return local
    try:
        wanted = shared_current(settings)
        if wanted is None or wanted == local:
            return local
        cached = (v.versions_dir(settings) / wanted / v.MANIFEST).is_file()
        if not cached and not _download(settings, wanted):
            return local  # another process of this host is downloading it: serve ours meanwhile
        v.set_current(settings, wanted)
        _prune(settings, keep={wanted, local})
        return wanted
    except (PathfinderError, OSError, ValueError, tarfile.TarError) as e:
        if force or local is None:
            if isinstance(e, PathfinderError):
                raise
            raise SharedIndexError(
                f"The shared index version could not be fetched ({e}). Check PATHFINDER_INDEX_URL and "
                "free disk space under PATHFINDER_DATA_DIR, then try again."
            ) from e
        log.warning("pathfinder: keeping index version %s: the shared one cannot be fetched (%s)", local, e)
        return local


def _download(settings: Settings, version: str) -> bool:
    """Fetch, check and unpack `version` into the local cache; False when another process is at it."""
    from filelock import FileLock, Timeout

    root = v.versions_dir(settings)
    root.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(settings.index_dir / ".fetch.lock"))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        return False
    try:
        if (root / version / v.MANIFEST).is_file():
            return True
        db = _db(settings)
        row = db.run(
            lambda tx: tx.execute(
                "SELECT size, sha256, chunks, mtimes FROM index_versions WHERE version = ?", (version,)
            ).fetchone()
        )
        if row is None:
            raise SharedIndexError(f"The shared index names version {version} but does not hold it.")
        size, digest, chunks, mtimes = row
        tmp = root / f"{version}.{uuid.uuid4().hex[:6]}.tmp"  # a re-index's clean-up removes it if we die
        tar_path = Path(f"{tmp}.tar")
        try:
            sha = hashlib.sha256()
            with open(tar_path, "wb") as fh:
                for n in range(chunks):
                    got = db.run(
                        lambda tx, n=n: tx.execute(
                            "SELECT data FROM index_chunks WHERE version = ? AND n = ?", (version, n)
                        ).fetchone(),
                        error=SharedIndexError,
                    )
                    if got is None:
                        raise SharedIndexError(f"Chunk {n} of the shared index version {version} is missing.")
                    sha.update(got[0])
                    fh.write(got[0])
            if tar_path.stat().st_size != size or sha.hexdigest() != digest:
                raise SharedIndexError(f"The shared index version {version} fails its checksum.")
            tmp.mkdir()
            _unpack(tar_path, tmp)
            for rel, ns in json.loads(mtimes).items():
                os.utime(tmp / rel, ns=(ns, ns))
            os.replace(tmp, root / version)
        finally:
            tar_path.unlink(missing_ok=True)
            shutil.rmtree(tmp, ignore_errors=True)
        return True
    finally:
        lock.release()


def _unpack(tar_path: Path, target: Path) -> None:
    """Extract our own tar (plain files and folders, relative names), refusing anything else."""
    with tarfile.open(tar_path) as tar:
        members = tar.getmembers()
        for m in members:
            if not (m.isfile() or m.isdir()) or m.name.startswith("/") or ".." in Path(m.name).parts:
                raise SharedIndexError(f"The shared index holds an unexpected entry {m.name!r}.")
        if hasattr(tarfile, "data_filter"):  # Python >= 3.11.4
            tar.extractall(target, members=members, filter="data")
        else:  # pragma: no cover - older Pythons; the members were checked above
            tar.extractall(target, members=members)


def _prune(settings: Settings, keep: set[str | None]) -> None:
    """Drop cached versions no longer served (after the grace period readers of old versions get)."""
    now = time.time()
    for folder in v.versions_dir(settings).iterdir():
        if folder.name in keep:
            continue
        if (
            folder.is_dir()
            and not folder.name.endswith(".tmp")
            and now - folder.stat().st_mtime > KEEP_SECONDS
        ):
            shutil.rmtree(folder, ignore_errors=True)


__all__ = ["SharedIndexError", "follow", "publish", "reindex_lock", "shared_current"]
