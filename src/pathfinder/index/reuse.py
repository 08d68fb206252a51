"""What a new index version takes over from the served one: entries, vectors, BM25 token rows, stored records.

An entry whose content hash is unchanged keeps its text hash, vector and token row; the served version's
records are in the store (its flip waited for them and garbage collection keeps them), so only new keys are
looked up there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from pathfinder.errors import IndexNotBuilt
from pathfinder.index import versions as v
from pathfinder.index.embedders import Embedder
from pathfinder.index.lexical import TOKENS_FILE, TokenRows, load_rows
from pathfinder.index.store import VectorStore
from pathfinder.settings import Settings


@dataclass
class Previous:
    """What the served version offers for reuse: entries by id (with their row), vectors, BM25 token rows."""

    version: str | None = None
    manifest: dict = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)  # credential id -> row in the previous version
    entries: list[v.Entry] = field(default_factory=list)
    vectors: np.ndarray | None = None
    tokens: TokenRows | None = None

    def entry(self, cid: str) -> v.Entry | None:
        row = self.rows.get(cid)
        return None if row is None else self.entries[row]


# What this process last wrote or read of a version - its manifest (with typed entries and their rows) and
# its BM25 token rows - keyed by the file's device, inode, size and modification time, so that a warm re-index
# does not read back what it has just written, and an edited or replaced file is read again.
_known: dict[str, tuple[tuple[int, ...], object]] = {}


def _file_key(path: Path) -> tuple[int, ...]:
    st = path.stat()
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def remember(path: Path, value: object) -> None:
    """Keep what was written to (or read from) `path` (a manifest or a token-rows file) for the next run."""
    try:
        _known[path.name] = (_file_key(path), value)
    except OSError:
        _known.pop(path.name, None)


def _recall(path: Path) -> object | None:
    got = _known.get(path.name)
    try:
        return got[1] if got is not None and got[0] == _file_key(path) else None
    except OSError:
        return None


def served(settings: Settings, embedder: Embedder) -> Previous:
    """The served version and what of it can be reused (nothing when another embedder built it)."""
    try:
        version = v.current_version(settings)
        if version is None:
            return Previous()
        path = v.versions_dir(settings) / version / v.MANIFEST
        known = _recall(path)
        if not isinstance(known, tuple):
            manifest = v.read_manifest(settings, version)
            entries = v.entries_of(manifest)
            known = (manifest, entries, dict(zip([e.id for e in entries], range(len(entries)))))
            remember(path, known)
    except IndexNotBuilt:
        return Previous()
    manifest, entries, rows = known
    if manifest["embedder"] != {"name": embedder.name, "dim": embedder.dim}:
        return Previous(version)  # another embedder: nothing can be reused
    folder = v.versions_dir(settings) / version
    prev = Previous(version, manifest, rows, entries)
    try:
        vectors = np.load(folder / v.VECTORS, mmap_mode="r")
        prev.vectors = vectors if vectors.shape == (len(entries), embedder.dim) else None
    except (OSError, ValueError):
        pass
    tokens_file = folder / v.BM25_DIR / TOKENS_FILE
    tokens = _recall(tokens_file)
    if not isinstance(tokens, TokenRows):
        tokens = load_rows(folder / v.BM25_DIR)
        if tokens is not None:
            remember(tokens_file, tokens)
    prev.tokens = tokens if tokens is not None and len(tokens) == len(entries) else None
    return prev


def lacking(store: VectorStore, keys: list[str], prev: Previous) -> list[int]:
    """Rows whose record the store lacks. The served version's records are known to be there (its flip waited
    for them, and garbage collection keeps them), so only other keys are looked up, unless the store looks
    emptied or moved since."""
    if not keys:
        return []
    stored = store.count()
    if stored == 0:
        return list(range(len(keys)))
    known: set[str] = set()
    same_store = prev.manifest.get("store") == {"location": store.where, "collection": store.name}
    if same_store:
        prev_keys = {e.record_key for e in prev.entries}
        if stored >= len(prev_keys):
            known = prev_keys
    ask = [i for i, k in enumerate(keys) if k not in known]
    present = store.present([keys[i] for i in ask])
    return [i for i in ask if keys[i] not in present]
