"""Incremental, atomic re-indexing: embed only what changed, write a new version, then flip the CURRENT pointer.

Protocol (docs/RETRIEVAL.md): take the lock; load the catalogue; compare content hashes with the served
version; copy the vectors of unchanged texts, embed the rest; add missing records to the Chroma collection;
write versions/<v>.tmp/ completely; rename it to versions/<v>/; os.replace CURRENT; garbage-collect versions
older than the grace period. A run killed at any point leaves CURRENT on the previous, complete version.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
import uuid
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
from concurrent.futures import ThreadPoolExecutor

from filelock import FileLock, Timeout
from pydantic import BaseModel

from pathfinder.domain import Credential, ImportReport
from pathfinder.errors import CatalogueError, IndexNotBuilt, PathfinderError
from pathfinder.index import versions as v
from pathfinder.index.documents import content_hash, dense_text, lexical_text, text_hash
from pathfinder.index.embedders import Embedder, build_embedder
from pathfinder.index.filters import chroma_metadata
from pathfinder.index.lexical import LexicalIndex
from pathfinder.index.store import VectorStore, open_client, record_key, store_location
from pathfinder.settings import Settings

Progress = Callable[[str, int, int], None]  # (stage, done, total)
GRACE_SECONDS = 600.0  # old versions stay readable this long after they stop being current
EMBED_BATCH = 2_048


class IndexSummary(BaseModel):
    """What a re-index did."""

    version: str
    previous: str | None = None
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    rejected: int = 0
    embedded: int = 0  # texts embedded in this run (the rest were copied)
    total: int = 0
    seconds: float = 0.0
    rejects_file: str | None = None
    skipped: bool = False


def _file_hash(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def load_sources(paths: Sequence[Path], mapping: str | Path | None = None) -> ImportReport:
    """Read catalogue files with the catalogue module's loader (our schema, provider CSVs via a mapping, ...)."""
    missing = [str(p) for p in paths if not Path(p).exists()]
    if missing:
        raise CatalogueError(f"Catalogue path not found: {', '.join(missing)}. Check the path and try again.")
    try:
        from pathfinder.catalogue import load_catalogue
    except ImportError:  # the catalogue module is not installed in this checkout: read our own JSON schema
        return _load_credential_json(paths)
    return load_catalogue(list(paths), mapping)


def _load_credential_json(paths: Sequence[Path]) -> ImportReport:
    report = ImportReport(files=[str(p) for p in paths])
    for path in paths:
        files = sorted(Path(path).rglob("*.json*")) if Path(path).is_dir() else [Path(path)]
        for f in files:
            text = f.read_text(encoding="utf-8")
            rows = [json.loads(line) for line in text.splitlines() if line.strip()] if f.suffix == ".jsonl" else json.loads(text)
            report.credentials.extend(Credential.model_validate(r) for r in rows)
    return report


def _write_rejects(report: ImportReport, path: Path) -> None:
    try:
        from pathfinder.catalogue import write_rejects
    except ImportError:
        with open(path, "w", encoding="utf-8") as fh:
            for r in report.rejects:
                fh.write(r.model_dump_json() + "\n")
        return
    write_rejects(report, path)


def _source_files(paths: Sequence[Path]) -> list[dict]:
    out = []
    for p in paths:
        for f in sorted(Path(p).rglob("*")) if Path(p).is_dir() else [Path(p)]:
            if f.is_file():
                out.append({"path": str(f.resolve()), "sha256": _file_hash(f), "bytes": f.stat().st_size})
    return out


def _previous(settings: Settings, embedder: Embedder) -> tuple[str | None, dict[str, tuple], dict[str, np.ndarray]]:
    """The served version, its entries by id, and its vectors by text hash (empty if unusable)."""
    try:
        manifest = v.current_manifest(settings)
    except IndexNotBuilt:
        return None, {}, {}
    version = manifest["version"]
    if manifest["embedder"] != {"name": embedder.name, "dim": embedder.dim}:
        return version, {}, {}  # another embedder: nothing can be reused
    entries = {e[0]: tuple(e) for e in manifest["entries"]}
    try:
        vectors = np.load(v.versions_dir(settings) / version / v.VECTORS, mmap_mode="r")
    except (OSError, ValueError):
        return version, entries, {}
    by_text = {e[2]: vectors[i] for i, e in enumerate(manifest["entries"]) if i < len(vectors)}
    return version, entries, by_text


def reindex(settings: Settings, paths: Sequence[Path], mapping: str | Path | None = None, full: bool = False,
            progress: Progress | None = None, *, embedder: Embedder | None = None, matcher=None) -> IndexSummary:
    """Index the catalogue at `paths` (files or folders) as a new version and serve it."""
    paths = [Path(p) for p in paths]
    report = load_sources(paths, mapping)
    return reindex_report(settings, report, _source_files(paths), mapping=mapping, full=full, progress=progress,
                          embedder=embedder, matcher=matcher)


def reindex_report(settings: Settings, report: ImportReport, sources: list[dict] | None = None, *,
                   mapping: str | Path | None = None, full: bool = False, progress: Progress | None = None,
                   embedder: Embedder | None = None, matcher=None) -> IndexSummary:
    """Index already-loaded credentials (the same protocol as `reindex`; tests and the app's upload use it)."""
    settings.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)  # user-only: profiles live here too
    settings.index_dir.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(settings.index_dir / ".reindex.lock"))
    try:
        lock.acquire(timeout=0)
    except Timeout as e:
        raise PathfinderError(
            f"Another re-index is running on {settings.index_dir}; wait for it to finish and run this again."
        ) from e
    except OSError as e:  # a read-only folder: the lock file cannot even be created
        raise _cannot_write(settings, e) from e
    try:
        return _reindex_locked(settings, report, sources or [], mapping, full, progress, embedder, matcher)
    except OSError as e:  # disk full, read-only folder: CURRENT still names the previous, complete version
        raise _cannot_write(settings, e) from e
    finally:
        lock.release()


def _cannot_write(settings: Settings, e: OSError) -> PathfinderError:
    return PathfinderError(
        f"Cannot write the index under {settings.index_dir} ({e.strerror or e}). Free disk space or make the "
        "folder writable, then run the re-index again; the previous index keeps serving meanwhile."
    )


def _dedupe(credentials: list[Credential]) -> list[Credential]:
    seen: dict[str, Credential] = {}
    for c in credentials:
        seen[c.id] = c  # the last occurrence wins, as when a file is edited by appending
    return list(seen.values())


def _reindex_locked(settings, report, sources, mapping, full, progress, embedder, matcher) -> IndexSummary:
    started = time.perf_counter()
    tick = progress or (lambda stage, done, total: None)
    embedder = embedder or build_embedder(settings)
    credentials = _dedupe(report.credentials)
    previous, old_entries, old_vectors = _previous(settings, embedder)
    source_hashes = [content_hash(c) for c in credentials]
    if matcher is not None:
        credentials = _infer(settings, credentials, source_hashes, old_entries if not full else {}, previous, matcher)
    if full:
        old_entries, old_vectors = {}, {}

    entries, texts = [], []
    counts = {"added": 0, "updated": 0, "unchanged": 0}
    for c in credentials:
        chash = content_hash(c)
        text = dense_text(c)
        thash = text_hash(text, embedder.name)
        entries.append([c.id, chash, thash, record_key(chash, embedder.name), source_hashes[len(entries)]])
        texts.append(text)
        old = old_entries.get(c.id)
        counts["added" if old is None else "unchanged" if old[1] == chash else "updated"] += 1
    removed = len(set(old_entries) - {e[0] for e in entries})

    # Vectors: copy those whose text is unchanged, embed the rest in batches.
    vectors = np.zeros((len(entries), embedder.dim), dtype=np.float32)
    todo = [i for i, e in enumerate(entries) if e[2] not in old_vectors]
    for i, e in enumerate(entries):
        if e[2] in old_vectors:
            vectors[i] = old_vectors[e[2]]
    for start in range(0, len(todo), EMBED_BATCH):
        rows = todo[start : start + EMBED_BATCH]
        vectors[rows] = embedder.embed([texts[i] for i in rows])
        tick("embed", min(start + EMBED_BATCH, len(todo)), len(todo))

    # The durable store: add only records it lacks (content-addressed, so a killed run's adds are reused).
    store = VectorStore(open_client(settings), embedder.name, embedder.dim, store_location(settings))
    keys = [e[3] for e in entries]
    present = store.present(keys)
    missing = [i for i, k in enumerate(keys) if k not in present]
    done = 0

    def stored(n: int) -> None:
        nonlocal done
        done += n
        tick("store", done, len(missing))

    # Chroma's native add runs in a worker thread while this one writes the version's files.
    pool = ThreadPoolExecutor(max_workers=1)
    adding = pool.submit(store.add, [keys[i] for i in missing], vectors[missing],
                         [chroma_metadata(credentials[i]) for i in missing], stored)
    try:
        version, tmp, _ = _write_version(settings, report, credentials, vectors, tick)
        adding.result()  # the pointer flips only once the durable store holds every record
    except BaseException:
        adding.cancel()
        raise
    finally:
        pool.shutdown(wait=True)

    root = v.versions_dir(settings)
    rejects_file = str(root / version / v.REJECTS) if report.rejects else None
    summary = IndexSummary(
        version=version, previous=previous, removed=removed, rejected=len(report.rejects),
        embedded=len(todo), total=len(entries), rejects_file=rejects_file, **counts,
    )
    manifest = {
        "format": v.FORMAT,
        "version": version,
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "embedder": {"name": embedder.name, "dim": embedder.dim},
        "store": {"location": store.where, "collection": store.name},
        "sources": sources,
        "mapping": str(mapping) if mapping else None,
        "inferred_skills": _matcher_key(matcher) if matcher is not None else False,
        "counts": summary.model_dump(include={"added", "updated", "unchanged", "removed", "rejected", "embedded", "total"}),
        "entries": entries,
    }
    with open(tmp / v.MANIFEST, "w", encoding="utf-8") as fh:
        json.dump(manifest, fh)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, root / version)
    v.set_current(settings, version)
    _collect_garbage(settings, store, keep={version, previous})
    summary.seconds = round(time.perf_counter() - started, 3)
    return summary


def _write_version(settings, report, credentials, vectors, tick):
    """Write a version completely under versions/<v>.tmp/ (the manifest comes last, after the store)."""
    version = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
    tmp = v.versions_dir(settings) / f"{version}.tmp"
    tmp.mkdir(parents=True)
    with open(tmp / v.CREDENTIALS, "w", encoding="utf-8") as fh:
        fh.writelines(c.model_dump_json() + "\n" for c in credentials)
    np.save(tmp / v.VECTORS, vectors)
    tick("bm25", 0, 1)
    LexicalIndex.build([lexical_text(c) for c in credentials]).save(tmp / v.BM25_DIR)
    tick("bm25", 1, 1)
    if report.rejects:
        _write_rejects(report, tmp / v.REJECTS)
    return version, tmp, None


def _matcher_key(matcher) -> str:
    return f"{matcher.taxonomy_hash()}:{matcher.embedder.name}"


def _infer(settings, credentials, source_hashes, old_entries, previous, matcher) -> list[Credential]:
    """Infer skills for entries without any, reusing the previous version's answer for unchanged entries."""
    from pathfinder.skillmatch import infer_skills_many

    reuse: dict[str, Credential] = {}
    if previous and old_entries:
        try:
            old = {c.id: c for c in v.load_credentials(v.versions_dir(settings) / previous)}
        except (OSError, ValueError):
            old = {}
        same_matcher = v.read_manifest(settings, previous).get("inferred_skills") == _matcher_key(matcher)
        reuse = {cid: old[cid] for cid in old_entries if cid in old} if same_matcher else {}
    out, todo = list(credentials), []
    for i, (c, h) in enumerate(zip(credentials, source_hashes)):
        e = old_entries.get(c.id)
        if c.id in reuse and e is not None and len(e) > 4 and e[4] == h:
            out[i] = reuse[c.id]
        else:
            todo.append(i)
    for i, c in zip(todo, infer_skills_many([credentials[i] for i in todo], matcher)):
        out[i] = c
    return out


def _collect_garbage(settings: Settings, store: VectorStore, keep: set[str | None], grace: float | None = None) -> None:
    """Remove unfinished builds, versions past the grace period, and store records no kept version uses."""
    grace = GRACE_SECONDS if grace is None else grace
    root = v.versions_dir(settings)
    now = time.time()
    removed_any = False
    for folder in root.iterdir():
        name = folder.name
        if name in keep:
            continue
        if name.endswith(".tmp") or now - folder.stat().st_mtime > grace:
            shutil.rmtree(folder, ignore_errors=True)
            removed_any = True
    if not removed_any:
        return
    referenced: set[str] = set()
    for folder in root.iterdir():
        try:
            manifest = json.loads((folder / v.MANIFEST).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            continue
        if manifest.get("store", {}).get("collection") == store.name:
            referenced.update(e[3] for e in manifest["entries"])
    store.delete(store.all_keys() - referenced)
