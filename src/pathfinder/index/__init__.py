"""Retrieval: embedders, the Chroma store, BM25, filters, hybrid search and incremental atomic re-indexing."""

from pathfinder.index.embedders import Embedder, HashEmbedder, OfflineEmbedder, OpenAIEmbedder, build_embedder
from pathfinder.index.reindex import IndexSummary, reindex, reindex_report
from pathfinder.index.search import CatalogueIndex, EmptyQuery, open_index
from pathfinder.index.status import index_status

__all__ = [
    "CatalogueIndex",
    "Embedder",
    "EmptyQuery",
    "HashEmbedder",
    "IndexSummary",
    "OfflineEmbedder",
    "OpenAIEmbedder",
    "build_embedder",
    "index_status",
    "open_index",
    "reindex",
    "reindex_report",
]
