"""Embedder candidates on the retrieval evaluation set: WordLlama (shipped weights), TF-IDF+SVD fitted on the
corpus (scipy), and feature hashing. Reports dense-only and hybrid recall@10/nDCG@10 and embedding speed.

    .venv/bin/python bench/bench_embedders.py      (needs `pathfinder eval retrieval` to have built
    DATA_DIR/eval)
"""

from __future__ import annotations

import json
import time
from collections import Counter

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.linalg import svds

from pathfinder.index import HashEmbedder, OfflineEmbedder, open_index
from pathfinder.index.documents import dense_text
from pathfinder.index.embedders import normalise_rows
from pathfinder.index.evaluation import eval_settings, evaluate, load_queries
from pathfinder.index.lexical import tokenize
from pathfinder.settings import Settings


class TfidfSvdEmbedder:
    """Latent semantic analysis fitted on the catalogue: TF-IDF (sublinear tf) reduced by truncated SVD."""

    def __init__(self, corpus: list[str], dim: int = 256) -> None:
        docs = [Counter(tokenize(t)) for t in corpus]
        self.vocab = {w: i for i, w in enumerate(sorted({w for d in docs for w in d}))}
        df = np.zeros(len(self.vocab))
        for d in docs:
            for w in d:
                df[self.vocab[w]] += 1
        self.idf = np.log((1 + len(docs)) / (1 + df)) + 1
        x = self._tfidf(docs)
        _, _, vt = svds(x, k=min(dim, min(x.shape) - 1))
        self.components = vt.T.astype(np.float32)
        self.dim, self.name = self.components.shape[1], f"tfidf-svd-{dim}"

    def _tfidf(self, docs) -> csr_matrix:
        rows, cols, vals = [], [], []
        for r, d in enumerate(docs):
            for w, n in d.items():
                if w in self.vocab:
                    (
                        rows.append(r),
                        cols.append(self.vocab[w]),
                        vals.append((1 + np.log(n)) * self.idf[self.vocab[w]]),
                    )
        return csr_matrix((vals, (rows, cols)), shape=(len(docs), len(self.vocab)), dtype=np.float32)

    def embed(self, texts):
        return normalise_rows(self._tfidf([Counter(tokenize(t)) for t in texts]) @ self.components)


def main() -> None:
    settings = eval_settings(Settings())
    index = open_index(settings)
    queries = load_queries()
    texts = [dense_text(c) for c in index.credentials()]
    candidates = [OfflineEmbedder(), TfidfSvdEmbedder(texts), HashEmbedder()]
    for emb in candidates:
        t = time.perf_counter()
        index.vectors = emb.embed(texts)
        per_s = len(texts) / (time.perf_counter() - t)
        index.embedder = emb
        r = evaluate(index, queries)
        print(
            json.dumps(
                {
                    "embedder": emb.name,
                    "texts_per_s": round(per_s),
                    "dense": r["dense"],
                    "hybrid": r["hybrid"],
                }
            )
        )


if __name__ == "__main__":
    main()
