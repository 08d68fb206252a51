"""Incremental, atomic re-indexing: embed only what changed, write a new version, then flip the CURRENT
pointer.

Protocol (docs/RETRIEVAL.md): take the lock (and, with a shared index, the hosts' lock); load the catalogue;
compare content hashes with the served version; copy the vectors of unchanged texts, embed the rest (a
Chroma server gets them meanwhile); write versions/<v>.tmp/ completely; rename it to versions/<v>/; publish it
to the shared index; os.replace CURRENT; garbage-collect folders older than the grace period; then bring the
embedded Chroma store up to date (`store_sync`). A run killed at any point before the flip leaves CURRENT on
the previous, complete version.
"""

from __future__ import annotations

import gc
import hashlib
import os
import shutil
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

import numpy as np
from filelock import FileLock, Timeout
from pydantic import BaseModel

from pathfinder.domain import Credential, ImportReport
from pathfinder.errors import PathfinderError
from pathfinder.index import store_sync
from pathfinder.index import versions as v
from pathfinder.index.documents import dense_text, lexical_text, text_hash
from pathfinder.index.embedders import Embedder, build_embedder
from pathfinder.index.filters import FilterTable, chroma_metadata
from pathfinder.index.lexical import TOKENS_FILE, LexicalIndex, TokenRows
from pathfinder.index.reuse import Previous, lacking, remember, served
from pathfinder.index.snapshot import Recent, load_credentials, load_table, recent, write_credentials
from pathfinder.index.sources import load_sources, source_files, write_rejects
from pathfinder.index.store import (
    BackgroundWriter,
    VectorStore,
    collection_name,
    open_client,
    record_key,
    store_location,
)
from pathfinder.settings import Settings

Progress = Callable[[str, int, int], None]  # (stage, done, total)
GRACE_SECONDS = 600.0  # old versions stay readable this long after they stop being current
EMBED_BATCH = 5_000  # texts per embedding call = records per Chroma add (its limit is 5,461)


class SkillInference(Protocol):
    """What re-indexing needs from a skill matcher (`pathfinder.skills.matching.SkillMatcher`): skills for
    entries without any, and what its answers depend on (taxonomy, embedder, tagging model), to know when to
    reuse them."""

    embedder: Embedder

    def inference_key(self) -> str: ...

    def infer_many(self, credentials: Sequence[Credential]) -> list[Credential]: ...


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
    seconds: float = 0.0  # until the new version was served
    rejects_file: str | None = None
    skipped: bool = False
    stored_seconds: float | None = None  # until the embedded store held the version too (when waited for)
    store_pid: int | None = None  # the child process bringing the embedded store up to date
    # added or updated entries with no skill (none stated, none inferred confidently): search finds them,
    # plans cannot use them; the count, and the first ids to show a maintainer
    without_skills: int = 0
    without_skills_ids: list[str] = []


WITHOUT_SKILLS_SHOWN = 20  # ids listed in the summary; the count says how many there are


STATUS_PROBE_GRACE_S = 2.0  # how long a re-index waits for the lock (a status probe holds it an instant)


def _sha(data: bytes) -> str:
    """documents.content_hash of an entry, from the JSON we already made (to hash and to write it once)."""
    return hashlib.sha256(data).hexdigest()[:32]


def reindex(
    settings: Settings,
    paths: Sequence[Path],
    mapping: str | Path | None = None,
    full: bool = False,
    progress: Progress | None = None,
    *,
    embedder: Embedder | None = None,
    matcher: SkillInference | None = None,
    store_wait: bool = True,
) -> IndexSummary:
    """Index the catalogue at `paths` (files or folders) as a new version and serve it (`store_wait=False`:
    the embedded vector store catches up in a child process, see `store_sync`)."""
    paths = [Path(p) for p in paths]
    report = load_sources(paths, mapping)
    return reindex_report(
        settings,
        report,
        source_files(paths),
        mapping=mapping,
        full=full,
        progress=progress,
        embedder=embedder,
        matcher=matcher,
        store_wait=store_wait,
    )


def reindex_report(
    settings: Settings,
    report: ImportReport,
    sources: list[dict] | None = None,
    *,
    mapping: str | Path | None = None,
    full: bool = False,
    progress: Progress | None = None,
    embedder: Embedder | None = None,
    matcher: SkillInference | None = None,
    store_wait: bool = True,
) -> IndexSummary:
    """Index already-loaded credentials (the same protocol as `reindex`; tests and the app's upload use
    it)."""
    settings.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)  # user-only: profiles live here too
    settings.index_dir.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(settings.index_dir / ".reindex.lock"))
    gc_was_enabled = gc.isenabled()
    try:
        # a short wait, not none: `index status` (and the Catalogue page showing it) probes this lock by
        # taking it for an instant, and a re-index starting in that instant must not fail (it did, in a test)
        lock.acquire(timeout=STATUS_PROBE_GRACE_S)
    except Timeout as e:
        raise PathfinderError(
            f"Another re-index is running on {settings.index_dir}; wait for it to finish and run this again."
        ) from e
    except OSError as e:  # a read-only folder: the lock file cannot even be created
        raise _cannot_write(settings, e) from e
    try:
        with _hosts_lock(settings):
            gc.disable()  # the run allocates many objects and frees few: collections only cost time
            try:
                return _reindex_locked(
                    settings, report, sources or [], mapping, full, progress, embedder, matcher, store_wait
                )
            finally:
                if gc_was_enabled:
                    gc.enable()
    except OSError as e:  # disk full, read-only folder: CURRENT still names the previous, complete version
        raise _cannot_write(settings, e) from e
    finally:
        lock.release()


@contextmanager
def _hosts_lock(settings: Settings) -> Iterator[None]:
    """With a shared index: one re-index across every host, starting from the version they serve."""
    if not settings.index_url:
        yield
        return
    from pathfinder.index import shared

    with shared.reindex_lock(settings) as got:
        if not got:
            raise PathfinderError(
                "Another host is re-indexing the shared index; wait for it to finish and run this again."
            )
        shared.follow(settings, force=True)
        yield


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


def _reindex_locked(
    settings, report, sources, mapping, full, progress, embedder, matcher, store_wait
) -> IndexSummary:
    started = time.perf_counter()
    tick = progress or (lambda stage, done, total: None)
    embedder = embedder or build_embedder(settings)
    credentials = _dedupe(report.credentials)
    prev = served(settings, embedder)
    ids = [c.id for c in credentials]
    # the same entries in the same order (the usual edit): entry i is the served row i, no lookups
    rows = range(len(ids)) if ids == list(prev.rows) else list(map(prev.rows.get, ids))
    known = None if full or not prev.entries else recent(v.versions_dir(settings) / prev.version)
    if known is not None and len(known.models) != len(prev.entries):
        known = None
    # without inference an entry is compared with the model as written, with inference as read
    lines, source_hashes = _serialise(credentials, rows, prev, known, as_read=matcher is not None)
    read = credentials
    content_hashes: list[str] = source_hashes
    if matcher is not None:
        inferred = _infer(
            settings, credentials, source_hashes, prev if not full else Previous(), matcher, known
        )
        lines, content_hashes = _after_inference(lines, credentials, inferred, rows, prev, known)
        credentials = inferred
    if full:
        prev = Previous(prev.version)
        rows = [None] * len(ids)

    # Entries: an unchanged entry keeps its text hash (and vector and BM25 row); only changed ones are
    # re-read.
    entries: list[v.Entry] = []
    same: list[int | None] = []  # row of the unchanged entry in the served version
    counts = {"added": 0, "updated": 0, "unchanged": 0}
    texts: dict[int, str] = {}

    old_entries = prev.entries
    for i, (c, chash, shash, row) in enumerate(zip(credentials, content_hashes, source_hashes, rows)):
        if row is not None and (old := old_entries[row]).content_hash == chash:
            entries.append(old if old.source_hash == shash else old._replace(source_hash=shash))
            same.append(row)
        else:
            texts[i] = dense_text(c)
            entries.append(
                v.Entry(
                    c.id, chash, text_hash(texts[i], embedder.name), record_key(chash, embedder.name), shash
                )
            )
            same.append(None)
            counts["added" if row is None else "updated"] += 1
    counts["unchanged"] = len(entries) - counts["added"] - counts["updated"]
    reuse_tokens = same if prev.tokens is not None else [None] * len(same)
    lexical = [None if r is not None else lexical_text(c) for r, c in zip(reuse_tokens, credentials)]
    removed = len(set(prev.rows) - set(ids))

    # Vectors: copy those whose text is unchanged in one gather, embed the rest.
    vectors = np.zeros((len(entries), embedder.dim), dtype=np.float32)
    # An unchanged entry's row is known (`same`); only changed entries look their text hash up.
    todo = []
    if prev.vectors is not None:
        changed = [i for i, r in enumerate(same) if r is None]
        old_row = {e.text_hash: j for j, e in enumerate(prev.entries)} if changed else {}
        copy = [(i, r) for i, r in enumerate(same) if r is not None]
        copy += [(i, old_row[entries[i].text_hash]) for i in changed if entries[i].text_hash in old_row]
        todo = [i for i in changed if entries[i].text_hash not in old_row]
        if copy:
            new_rows, old_rows = map(list, zip(*copy))
            vectors[new_rows] = prev.vectors[old_rows]
    else:
        todo = list(range(len(entries)))

    # With a Chroma server, serving reads vectors from it: it gets each record it lacks as soon as its vector
    # exists (worker thread), before the flip. The embedded store is brought up to date after the flip
    # (`store_sync`), off the critical path; this process does not open it.
    keys = [e.record_key for e in entries]
    where, collection = store_location(settings), collection_name(embedder.name, embedder.dim)
    store = None
    missing: set[int] = set()
    if settings.chroma_url:
        store = VectorStore(open_client(settings), embedder.name, embedder.dim, where)
        missing = set(lacking(store, keys, prev))
    done = 0

    def stored(n: int) -> None:
        nonlocal done
        done += n
        tick("store", done, len(missing))

    writer = BackgroundWriter(store, stored) if store is not None else None
    try:

        def send(rows: list[int]) -> None:
            rows = [i for i in rows if i in missing]
            if writer is not None and rows:
                writer.put(
                    [keys[i] for i in rows], vectors[rows], [chroma_metadata(credentials[i]) for i in rows]
                )

        todo_set = set(todo)
        ready = [i for i in range(len(entries)) if i not in todo_set]
        for start in range(0, len(ready), EMBED_BATCH):
            send(ready[start : start + EMBED_BATCH])
        for start in range(0, len(todo), EMBED_BATCH):
            rows = todo[start : start + EMBED_BATCH]
            vectors[rows] = embedder.embed(
                [texts[i] if i in texts else dense_text(credentials[i]) for i in rows]
            )
            send(rows)
            tick("embed", min(start + EMBED_BATCH, len(todo)), len(todo))
        version, tmp = _write_version(
            settings, report, credentials, lines, vectors, same, lexical, prev, tick, read
        )
        if writer is not None:
            writer.finish()  # a server's flip waits until it holds every record
    except BaseException:
        if writer is not None:
            writer.abandon()
        raise

    root = v.versions_dir(settings)
    rejects_file = str(root / version / v.REJECTS) if report.rejects else None
    # a certificate is planned through its parts, so it needs no skills of its own
    bare = [
        c.id
        for c, row in zip(credentials, same)
        if row is None and not c.skills and not c.stack_ects_required and c.kind != "certificate"
    ]
    summary = IndexSummary(
        version=version,
        previous=prev.version,
        removed=removed,
        rejected=len(report.rejects),
        embedded=len(todo),
        total=len(entries),
        rejects_file=rejects_file,
        without_skills=len(bare),
        without_skills_ids=bare[:WITHOUT_SKILLS_SHOWN],
        **counts,
    )
    manifest = {
        "format": v.FORMAT,
        "version": version,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "embedder": {"name": embedder.name, "dim": embedder.dim},
        "store": {"location": where, "collection": collection},
        "sources": sources,
        "mapping": str(mapping) if mapping else None,
        "inferred_skills": _matcher_key(matcher) if matcher is not None else False,
        "counts": summary.model_dump(
            include={"added", "updated", "unchanged", "removed", "rejected", "embedded", "total"}
        ),
        "entries": entries,
    }
    with open(tmp / v.MANIFEST, "wb") as fh:
        fh.write(v.encode_manifest(manifest))
        fh.flush()
        os.fsync(fh.fileno())
    remember(tmp / v.MANIFEST, (manifest, entries, dict(zip(ids, range(len(ids))))))
    os.replace(tmp, root / version)
    if settings.index_url:  # every host's flip first, then ours (a failed upload leaves both unchanged)
        from pathfinder.index.shared import publish

        publish(settings, version)
    v.set_current(settings, version)
    summary.seconds = round(time.perf_counter() - started, 3)  # served from here on
    _collect_folders(settings, keep={version, prev.version})
    if store is not None:
        store_sync.mark_stored(settings, version)
        store_sync.collect_records(settings, store)
    else:
        summary.store_pid = store_sync.start(settings, version, wait=store_wait)
    summary.stored_seconds = round(time.perf_counter() - started, 3) if store_wait else None
    return summary


_to_json = Credential.__pydantic_serializer__.to_json  # = model_dump_json's bytes, without its wrapper


def _serialise(
    credentials: list[Credential],
    rows: Sequence[int | None],
    prev: Previous,
    known: Recent | None,
    as_read: bool,
) -> tuple[list[bytes | None], list[str]]:
    """Each entry's JSON line and its hash. An entry equal to its model in the served version, when this
    process wrote that version (`known`, `snapshot.recent`), is not serialised: its line is None (copied
    from the served JSONL when writing) and its hash is the served one. `as_read`: compare with the models
    as read (skill inference follows; the hash is the served source hash), else as written."""
    sha = hashlib.sha256
    if known is None:
        lines: list[bytes | None] = [_to_json(c) for c in credentials]  # hashed now, written later
        return lines, [sha(line).hexdigest()[:32] for line in lines]  # type: ignore[arg-type]
    models, old_entries = (known.read if as_read else known.models), prev.entries
    lines, hashes = [], []
    for c, r in zip(credentials, rows):
        # = `models[r] == c` for two Credentials (no extra or private fields), without pydantic's checks
        if r is not None and type(c) is Credential and models[r].__dict__ == c.__dict__:
            old = old_entries[r]
            h = old.source_hash if as_read else old.content_hash
            if h is not None:
                lines.append(None)
                hashes.append(h)
                continue
        line = _to_json(c)
        lines.append(line)
        hashes.append(sha(line).hexdigest()[:32])
    return lines, hashes


def _after_inference(lines, read, inferred, rows, prev: Previous, known: Recent | None):
    """The lines and content hashes once skills were inferred: an entry kept unserialised (None, equal to the
    served one as read) keeps its line and hash when its inferred model is the served one, or when nothing
    was inferred for it now or then (its served line is its JSON as read); any other is serialised."""
    out: list[bytes | None] = []
    hashes: list[str] = []
    for line, a, b, r in zip(lines, read, inferred, rows):
        if line is None and known is not None and r is not None:
            old = prev.entries[r]
            if b is known.models[r] or (a is b and old.content_hash == old.source_hash):
                out.append(None)
                hashes.append(old.content_hash)
                continue
        if line is None or a is not b:
            line = _to_json(b)
        out.append(line)
        hashes.append(_sha(line))
    return out, hashes


def _write_version(
    settings, report, credentials, lines, vectors, same, lexical, prev: Previous, tick, read=None
):
    """Write a version completely under versions/<v>.tmp/ (the manifest comes last, after the store)."""
    version = datetime.now(UTC).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
    tmp = v.versions_dir(settings) / f"{version}.tmp"
    tmp.mkdir(parents=True)
    np.save(tmp / v.VECTORS, vectors)
    tick("bm25", 0, 1)
    rows = TokenRows.assemble(same if prev.tokens is not None else [None] * len(same), prev.tokens, lexical)
    lexical_index = LexicalIndex.from_rows(rows)
    lexical_index.save(tmp / v.BM25_DIR)
    if lexical_index.rows is not None:
        remember(tmp / v.BM25_DIR / TOKENS_FILE, lexical_index.rows)
    tick("bm25", 1, 1)
    previous = v.versions_dir(settings) / prev.version if prev.entries else None
    old_table = load_table(previous) if previous is not None else None
    if old_table is not None and len(old_table) == len(prev.entries):
        table = old_table.update(
            [c.id for c in credentials], same, [c for c, r in zip(credentials, same) if r is None]
        )
    else:
        table = FilterTable.build(credentials)
    write_credentials(tmp, lines, credentials, table, previous=previous, same=same, sources=read)
    if report.rejects:
        write_rejects(report, tmp / v.REJECTS)
    return version, tmp


def _matcher_key(matcher: SkillInference) -> str:
    return matcher.inference_key()


def _infer(
    settings, credentials, source_hashes, prev: Previous, matcher: SkillInference, known: Recent | None
) -> list[Credential]:
    """Infer skills for entries without any, reusing the previous version's answer for unchanged entries
    (its models from memory when this process wrote it, `known`)."""
    reuse: dict[str, Credential] = {}
    if prev.version and prev.entries:
        try:
            if known is not None:
                old = {cid: known.models[r] for cid, r in prev.rows.items()}
            else:
                old = {c.id: c for c in load_credentials(v.versions_dir(settings) / prev.version)[0]}
        except (OSError, ValueError):
            old = {}
        same_matcher = prev.manifest.get("inferred_skills") == _matcher_key(matcher)
        reuse = {cid: old[cid] for cid in prev.rows if cid in old} if same_matcher else {}
    out, todo = list(credentials), []
    for i, (c, h) in enumerate(zip(credentials, source_hashes)):
        e = prev.entry(c.id)
        if c.id in reuse and e is not None and e.source_hash == h:
            out[i] = reuse[c.id]
        else:
            todo.append(i)
    for i, c in zip(todo, matcher.infer_many([credentials[i] for i in todo])):
        out[i] = c
    return out


def _collect_folders(settings: Settings, keep: set[str | None], grace: float | None = None) -> None:
    """Remove unfinished builds and versions past the grace period (`store_sync` deletes their records)."""
    grace = GRACE_SECONDS if grace is None else grace
    now = time.time()
    for folder in v.versions_dir(settings).iterdir():
        if folder.name in keep:
            continue
        if folder.name.endswith(".tmp") or now - folder.stat().st_mtime > grace:
            if folder.is_dir():
                shutil.rmtree(folder, ignore_errors=True)
            else:
                folder.unlink(missing_ok=True)
