"""Hybrid search over one index version: filters first, then dense (numpy) and BM25 ranks fused by RRF.

Chroma is the durable store; serving scores the vectors of the version in memory with numpy, which is exact
and, with filters, faster than Chroma's `where` (docs/BENCHMARKS.md). `open_index` raises a PathfinderError
that names the command to run when the index is missing, damaged or built with another embedder.
"""

from __future__ import annotations

from typing import Literal

import numpy as np

from pathfinder.domain import Credential, Hit, SearchFilters
from pathfinder.domain.filters import EmptyReason
from pathfinder.errors import IndexMismatch, PathfinderError
from pathfinder.index import versions as v
from pathfinder.index.embedders import Embedder, build_embedder
from pathfinder.index.filters import FilterTable, explain_empty, table_reason
from pathfinder.index.lexical import LexicalIndex
from pathfinder.index.snapshot import load_credentials
from pathfinder.settings import Settings

Mode = Literal["hybrid", "dense", "bm25"]
MAX_QUERY_CHARS = (
    2_000  # longer queries are cut: a pasted CV still works, a 100k-character paste costs nothing
)
# Fusion, tuned on evals/retrieval.jsonl (docs/RETRIEVAL.md): a convex mix of the dense cosine and the BM25
# score scaled by its best value among the allowed entries beat reciprocal rank fusion there.
FUSION: Literal["convex", "rrf"] = "convex"
DENSE_WEIGHT = 0.75  # convex: share of the dense score; the rest is BM25
RRF_K = 60
RRF_DEPTH = 10  # rrf: ranks fused per ranker
CANDIDATES = 100  # depth to which Hit.dense_rank / lexical_rank are reported


class EmptyQuery(PathfinderError):
    """The query has no words."""


def clean_query(query: str) -> str:
    text = " ".join((query or "").split())[:MAX_QUERY_CHARS]
    if not text:
        raise EmptyQuery(
            "The search query is empty: type what you want to learn, e.g. `data analysis with Python`."
        )
    return text


def _top(scores: np.ndarray, allowed: np.ndarray, n: int) -> np.ndarray:
    """Indices of the n best allowed scores, best first."""
    cand = np.flatnonzero(allowed)
    if cand.size == 0:
        return cand
    vals = scores[cand]
    if cand.size > n:
        part = np.argpartition(-vals, n - 1)[:n]
        cand, vals = cand[part], vals[part]
    return cand[np.argsort(-vals, kind="stable")]


def rrf(rankings: list[tuple[np.ndarray, float]], k: int = RRF_K) -> dict[int, float]:
    """Reciprocal rank fusion: sum over rankers of weight / (k + rank), ranks from 1."""
    fused: dict[int, float] = {}
    for ranking, weight in rankings:
        for rank, row in enumerate(ranking.tolist(), start=1):
            fused[row] = fused.get(row, 0.0) + weight / (k + rank)
    return fused


class CatalogueIndex:
    """One index version loaded for serving: credentials, filter table, vectors, BM25."""

    def __init__(
        self,
        version: str,
        manifest: dict,
        credentials: list[Credential],
        vectors: np.ndarray,
        lexical: LexicalIndex,
        embedder: Embedder,
        table: FilterTable | None = None,
    ) -> None:
        self.version = version
        self.manifest = manifest
        self._credentials = credentials
        self.table = table if table is not None else FilterTable.build(credentials)
        self._by_id = self.table.row_of
        self.vectors = vectors
        self.lexical = lexical
        self.embedder = embedder

    def __len__(self) -> int:
        return len(self._credentials)

    def get(self, credential_id: str) -> Credential | None:
        row = self._by_id.get(credential_id)
        return None if row is None else self._credentials[row]

    def credentials(self) -> list[Credential]:
        return list(self._credentials)

    def dense_scores(self, query: str) -> np.ndarray:
        q = self.embedder.embed([query])[0]
        return self.vectors @ q

    def search(
        self, query: str, filters: SearchFilters = SearchFilters(), k: int = 10, mode: Mode = "hybrid"
    ) -> list[Hit]:
        """The k best entries passing `filters` (an empty list when none passes: see `explain_empty`)."""
        query = clean_query(query)
        allowed = self.table.mask(filters)
        if not allowed.any() or k <= 0:
            return []
        n = max(CANDIDATES, k)
        dense_rank = lexical_rank = np.empty(0, dtype=np.int64)
        dense = bm25 = None
        if mode in ("hybrid", "dense"):
            dense = self.dense_scores(query)
            dense_rank = _top(dense, allowed, n)
        if mode in ("hybrid", "bm25"):
            bm25 = self.lexical.scores(query)
            lexical_rank = _top(bm25, allowed & (bm25 > 0), n)
        d_pos = {row: r for r, row in enumerate(dense_rank.tolist(), start=1)}
        l_pos = {row: r for r, row in enumerate(lexical_rank.tolist(), start=1)}
        if mode == "dense":
            best = [(row, float(dense[row])) for row in dense_rank[:k].tolist()]
        elif mode == "bm25":
            best = [(row, float(bm25[row])) for row in lexical_rank[:k].tolist()]
        elif FUSION == "rrf":
            fused = rrf([(dense_rank[:RRF_DEPTH], 1.0), (lexical_rank[:RRF_DEPTH], 1.0)])
            rest = [
                (row, 0.0) for row in dense_rank.tolist() if row not in fused
            ]  # fill beyond the fused depth
            best = (sorted(fused.items(), key=lambda kv: (-kv[1], kv[0])) + rest)[:k]
        else:
            top_bm25 = float(bm25[lexical_rank[0]]) if lexical_rank.size else 0.0
            fused = DENSE_WEIGHT * dense + (1 - DENSE_WEIGHT) * (bm25 / top_bm25 if top_bm25 > 0 else 0.0)
            best = [(row, float(fused[row])) for row in _top(fused, allowed, k).tolist()]
        return [
            Hit(
                credential=self._credentials[row],
                score=round(score, 6),
                lexical_rank=l_pos.get(row),
                dense_rank=d_pos.get(row),
            )
            for row, score in best
        ]

    def explain_empty(self, query: str, filters: SearchFilters) -> str:
        """Which filter removed everything, e.g. 'no credential in German under 100 EUR; 12 in German at any
        price'."""
        return explain_empty(self.table, filters)

    def empty_reason(self, query: str, filters: SearchFilters) -> EmptyReason:
        """The counts behind `explain_empty`, for a reply in the learner's language."""
        return table_reason(self.table, filters)


def open_index(settings: Settings, embedder: Embedder | None = None) -> CatalogueIndex:
    """The version CURRENT names, loaded; raises IndexNotBuilt / IndexMismatch with the command to run."""
    manifest = v.current_manifest(settings)
    version = manifest["version"]
    embedder = embedder or build_embedder(settings)
    built = manifest["embedder"]
    if built["name"] != embedder.name or built["dim"] != embedder.dim:
        raise IndexMismatch(
            f"The index was built with the embedder {built['name']} ({built['dim']}-d) "
            f"but the configured one is {embedder.name} ({embedder.dim}-d). Re-index with "
            "`pathfinder index --full`, or set PATHFINDER_EMBEDDER back to what built it."
        )
    folder = v.versions_dir(settings) / version
    try:
        credentials, table = load_credentials(folder)
        lexical = LexicalIndex.load(folder / v.BM25_DIR, len(credentials))
    except (OSError, ValueError) as e:
        raise v.damaged(settings, f"version {version} is incomplete: {e}") from e
    vectors = _vectors(settings, manifest, folder)
    if vectors.shape != (len(credentials), built["dim"]):
        raise v.damaged(
            settings, f"version {version} has {vectors.shape[0]} vectors for {len(credentials)} entries"
        )
    return CatalogueIndex(version, manifest, credentials, vectors, lexical, embedder, table)


def _vectors(settings: Settings, manifest: dict, folder) -> np.ndarray:
    """The version's vectors: from the Chroma server when one is configured, else the local snapshot
    (falling back to the embedded Chroma store when the snapshot is lost)."""
    from pathfinder.index.store import VectorStore, open_client, store_location

    keys = [e.record_key for e in v.entries_of(manifest)]
    if not settings.chroma_url:
        try:
            return np.load(folder / v.VECTORS)
        except (OSError, ValueError):
            pass
    store = VectorStore(
        open_client(settings),
        manifest["embedder"]["name"],
        manifest["embedder"]["dim"],
        store_location(settings),
    )
    return store.vectors(keys)
