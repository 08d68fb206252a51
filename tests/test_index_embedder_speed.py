"""The offline embedder's own pooling gives WordLlama's vectors (the index stays compatible with old
builds)."""

from __future__ import annotations

import numpy as np

from pathfinder.index import OfflineEmbedder
from pathfinder.index.embedders import normalise_rows

TEXTS = [
    "Python for data analysis",
    "learn python programming. Python. pandas, numpy",
    " ",
    "a  b   c",
    "Programmierung für Anfänger — naïve Bayes ☃ 😀",
    "line one\nline two\ttab",
    "日本語のテキスト",
    "x" * 500,
    " leading space",
    "trailing spaces  ",
    "SQL",
    "Kubernetes & Docker: cloud-native ops (CKA)",
]


def test_sparse_pooling_equals_wordllama_padded_pooling():
    emb = OfflineEmbedder()
    ours = emb.embed(TEXTS * 8)  # several lengths in one batch: padding would matter if we pooled over it
    theirs = normalise_rows(emb._model.embed(TEXTS * 8, norm=True, batch_size=64))
    assert ours.shape == (len(TEXTS) * 8, 256)
    assert np.allclose(ours, theirs, atol=1e-5)
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)


def test_batches_do_not_change_vectors(monkeypatch):
    emb = OfflineEmbedder()
    whole = emb.embed(TEXTS)
    monkeypatch.setattr(OfflineEmbedder, "BATCH", 5)
    assert np.allclose(emb.embed(TEXTS), whole, atol=1e-6)
