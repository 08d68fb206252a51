"""What a new index version takes over from the served one: entries, vectors, BM25 token rows, stored records.

An entry whose content hash is unchanged keeps its text hash, vector and token row; the served version's
records are in the store (its flip waited for them and garbage collection keeps them), so only new keys are
looked up there.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from pathfinder.errors import IndexNotBuilt
from pathfinder.index import versions as v
from pathfinder.index.embedders import Embedder
from pathfinder.index.lexical import TokenRows, load_rows
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


def served(settings: Settings, embedder: Embedder) -> Previous:
    """The served version and what of it can be reused (nothing when another embedder built it)."""
    try:
        manifest = v.current_manifest(settings)
    except IndexNotBuilt:
        return Previous()
    version = manifest["version"]
    if manifest["embedder"] != {"name": embedder.name, "dim": embedder.dim}:
        return Previous(version)  # another embedder: nothing can be reused
    folder = v.versions_dir(settings) / version
    entries = v.entries_of(manifest)
    prev = Previous(version, manifest, dict(zip([e.id for e in entries], range(len(entries)))), entries)
    try:
        vectors = np.load(folder / v.VECTORS, mmap_mode="r")
        prev.vectors = vectors if vectors.shape == (len(entries), embedder.dim) else None
    except (OSError, ValueError):
        pass
    tokens = load_rows(folder / v.BM25_DIR)
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
