"""Hybrid search over a real embedded Chroma store with the hash embedder: ranking, filters, bad input."""

from __future__ import annotations

import numpy as np
import pytest

from pathfinder.domain import ImportReport, SearchFilters
from pathfinder.errors import IndexMismatch, IndexNotBuilt
from pathfinder.index import EmptyQuery, open_index, reindex_report
from pathfinder.index.search import rrf


@pytest.fixture
def index(settings, catalogue):
    reindex_report(settings, ImportReport(credentials=catalogue))
    return open_index(settings)


def test_search_finds_the_obvious_entry(index):
    for mode in ("hybrid", "dense", "bm25"):
        hits = index.search("SQL for analysts", mode=mode)
        assert hits[0].credential.id == "sql-1", mode


def test_hybrid_reports_both_ranks(index):
    hit = index.search("Python basics")[0]
    assert hit.credential.id == "py-1" and hit.lexical_rank == 1 and hit.dense_rank == 1


def test_filters_apply_before_ranking(index):
    hits = index.search("Python basics", SearchFilters(languages=("de",)))
    assert [h.credential.id for h in hits] == ["stats-1"]  # the only German entry, though it is no match
    assert index.search("statistics", SearchFilters(max_cost=100, participation=("online",)), k=10)
    for h in index.search("data", SearchFilters(max_cost=100, participation=("online",))):
        assert h.credential.cost_eur <= 100 and h.credential.participation == "online"


def test_no_match_is_explained(index):
    assert index.search("statistics", SearchFilters(languages=("de",), max_cost=100)) == []
    assert "in German" in index.explain_empty("statistics", SearchFilters(languages=("de",), max_cost=100))


def test_empty_query_is_refused(index):
    with pytest.raises(EmptyQuery, match="empty"):
        index.search("   ")


def test_huge_query_is_truncated(index):
    hits = index.search("Python basics " + "x" * 100_000)
    assert hits and hits[0].credential.id == "py-1"


def test_get_and_credentials(index, catalogue):
    assert index.get("py-1") == catalogue[0]
    assert index.get("nope") is None
    assert {c.id for c in index.credentials()} == {c.id for c in catalogue}


def test_never_built(settings):
    with pytest.raises(IndexNotBuilt, match="pathfinder index"):
        open_index(settings)


def test_deleted_version_directory(settings, catalogue):
    import shutil

    reindex_report(settings, ImportReport(credentials=catalogue))
    shutil.rmtree(settings.index_dir / "versions")
    with pytest.raises(IndexNotBuilt, match="damaged.*pathfinder index --full"):
        open_index(settings)


def test_corrupted_files(settings, catalogue):
    summary = reindex_report(settings, ImportReport(credentials=catalogue))
    folder = settings.index_dir / "versions" / summary.version
    (folder / "credentials.jsonl").write_text("{ not json\n")
    with pytest.raises(IndexNotBuilt, match="damaged"):
        open_index(settings)
    (folder / "manifest.json").write_text("garbage")
    with pytest.raises(IndexNotBuilt, match="damaged"):
        open_index(settings)


def test_lost_vector_snapshot_is_read_back_from_chroma(settings, catalogue):
    summary = reindex_report(settings, ImportReport(credentials=catalogue))
    vectors = np.load(settings.index_dir / "versions" / summary.version / "vectors.npy")
    (settings.index_dir / "versions" / summary.version / "vectors.npy").unlink()
    index = open_index(settings)
    assert np.allclose(index.vectors, vectors, atol=1e-6)


def test_embedder_change_is_detected(settings, catalogue):
    from pathfinder.index import HashEmbedder

    reindex_report(settings, ImportReport(credentials=catalogue))
    with pytest.raises(IndexMismatch, match="hash-256.*hash-64.*pathfinder index --full"):
        open_index(settings, embedder=HashEmbedder(64))


def test_rrf_rewards_agreement():
    fused = rrf([(np.array([1, 2, 3]), 1.0), (np.array([2, 1, 4]), 1.0)])
    assert fused[1] == fused[2] > fused[3] > 0 and fused[4] < fused[2]
