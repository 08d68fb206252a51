"""Embedders: one small protocol (texts -> L2-normalised float32 rows) and its offline, OpenAI and hash
versions."""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from pathfinder.errors import LLMError, PathfinderError
from pathfinder.settings import Settings

# Texts longer than this are cut before embedding (a 100k-character query must not cost more than a line).
MAX_EMBED_CHARS = 8_000


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into rows of an (n, dim) float32 matrix, each row of unit length."""

    name: str
    dim: int

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


def normalise_rows(matrix: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length (zero rows stay zero), as float32."""
    matrix = np.asarray(matrix, dtype=np.float32)
    if matrix.ndim == 1:
        matrix = matrix[None, :]
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (matrix / norms).astype(np.float32, copy=False)


class HashEmbedder:
    """Deterministic feature hashing of words and word bigrams: no model, same vector on every machine.

    For tests and as a last resort; it knows spelling, not meaning.
    """

    def __init__(self, dim: int = 256) -> None:
        self.dim = dim
        self.name = f"hash-{dim}"

    def _bucket(self, token: str) -> tuple[int, float]:
        digest = hashlib.blake2b(token.encode(), digest_size=8).digest()
        value = int.from_bytes(digest, "little")
        return value % self.dim, 1.0 if (value >> 63) & 1 else -1.0

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            words = re.findall(r"\w+", text[:MAX_EMBED_CHARS].lower())
            for token in words + [f"{a} {b}" for a, b in zip(words, words[1:])]:
                col, sign = self._bucket(token)
                out[row, col] += sign
        return normalise_rows(out)


@lru_cache(maxsize=1)
def _wordllama(config: str, dim: int):  # -> wordllama.WordLlamaInference
    import wordllama
    from wordllama import WordLlama

    # The wheel ships weights/ and tokenizers/ inside the package; pointing cache_dir at the package folder
    # and disabling downloads makes the loader find both without the hub (see ../shared/OFFLINE.md).
    package_dir = Path(wordllama.__file__).parent
    try:
        return WordLlama.load(config=config, dim=dim, cache_dir=package_dir, disable_download=True)
    except Exception as e:  # the loader raises plain Exceptions/FileNotFoundError for missing files
        raise PathfinderError(
            f"The offline embedder (WordLlama {config}, {dim}-d) could not load its bundled weights: {e}. "
            "Reinstall it with `.venv/bin/pip install --force-reinstall 'wordllama>=0.4,<0.5'`."
        ) from e


@lru_cache(maxsize=1)
def _unpadded(config: str, dim: int):  # -> tokenizers.Tokenizer
    """A copy of WordLlama's tokenizer without padding: the same token ids, no pad rows to pool over."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_str(_wordllama(config, dim).tokenizer.to_str())
    tokenizer.no_padding()
    tokenizer.no_truncation()
    return tokenizer


class OfflineEmbedder:
    """WordLlama static token embeddings (weights shipped in the wheel): fast on CPU, multilingual-ish, no
    download.

    The vector of a text is the mean of its token vectors, as `WordLlama.embed` computes it; we tokenize
    without padding and sum token vectors with one sparse product (texts x vocabulary counts @ weights)
    instead of pooling a padded (batch, longest text, dim) array, which made long and short texts cost the
    same (3x faster).
    """

    BATCH = 4_096  # texts per tokenizer call: bounds the token arrays to a few MB

    def __init__(self, config: str = "l2_supercat", dim: int = 256) -> None:
        self.dim = dim
        self.name = f"wordllama-{config}-{dim}"
        self._model = _wordllama(config, dim)
        self._tokenizer = _unpadded(config, dim)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        clipped = [t[:MAX_EMBED_CHARS] if t.strip() else " " for t in texts]
        out = np.zeros((len(clipped), self.dim), dtype=np.float32)
        for start in range(0, len(clipped), self.BATCH):
            out[start : start + self.BATCH] = self._mean_token_vectors(clipped[start : start + self.BATCH])
        return normalise_rows(out)

    def _mean_token_vectors(self, texts: list[str]) -> np.ndarray:
        from scipy.sparse import csr_matrix

        weights = self._model.embedding
        ids = [e.ids for e in self._tokenizer.encode_batch_fast(texts, add_special_tokens=False)]
        lengths = np.fromiter(map(len, ids), dtype=np.int64, count=len(ids))
        indptr = np.zeros(len(ids) + 1, dtype=np.int64)
        np.cumsum(lengths, out=indptr[1:])
        flat = np.fromiter(itertools.chain.from_iterable(ids), dtype=np.int64, count=int(indptr[-1]))
        np.clip(flat, 0, weights.shape[0] - 1, out=flat)
        counts = csr_matrix(
            (np.ones(flat.size, dtype=np.float32), flat, indptr), shape=(len(ids), weights.shape[0])
        )
        return np.asarray(counts @ weights, dtype=np.float32) / np.maximum(lengths, 1)[:, None].astype(
            np.float32
        )


# Known output sizes; anything else is learned by embedding one probe text.
OPENAI_DIMS = {"text-embedding-3-small": 1536, "text-embedding-3-large": 3072, "text-embedding-ada-002": 1536}
_OPENAI_BATCH = 256
_OPENAI_MAX_TOKENS = 8000


class OpenAIEmbedder:
    """Embeddings from any OpenAI-compatible server (`/v1/embeddings`).

    Texts are sent as strings, never as token-id arrays (LangChain's `check_embedding_ctx_length` path,
    which many compatible servers reject), and cut to the model's context with the offline tokenizer.
    """

    def __init__(
        self, model: str, api_key: str, base_url: str | None = None, timeout: float = 60.0, client=None
    ) -> None:
        if client is None:
            from openai import OpenAI

            client = OpenAI(api_key=api_key, base_url=base_url, timeout=timeout, max_retries=2)
        self._client = client
        self.model = model
        self.name = f"openai-{model}"
        self._dim = OPENAI_DIMS.get(model)

    @property
    def dim(self) -> int:
        if self._dim is None:
            self._dim = int(self._call(["dimension probe"]).shape[1])
        return self._dim

    def _clip(self, text: str) -> str:
        from pathfinder.index.tokens import encoding

        text = text[: _OPENAI_MAX_TOKENS * 8] or " "
        enc = encoding("cl100k_base")
        tokens = enc.encode(text, disallowed_special=())
        return enc.decode(tokens[:_OPENAI_MAX_TOKENS]) if len(tokens) > _OPENAI_MAX_TOKENS else text

    def _call(self, batch: list[str]) -> np.ndarray:
        import openai

        try:
            reply = self._client.embeddings.create(model=self.model, input=batch)
        except openai.APIError as e:
            raise LLMError(
                f"The embedding server refused the request ({type(e).__name__}: {e}). Check "
                "OPENAI_API_KEY, OPENAI_BASE_URL and "
                f"PATHFINDER_EMBEDDING_MODEL={self.model}, or set PATHFINDER_EMBEDDER=offline."
            ) from e
        rows = sorted(reply.data, key=lambda d: d.index)
        return normalise_rows(np.array([r.embedding for r in rows], dtype=np.float32))

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        clipped = [self._clip(t) for t in texts]
        parts = [self._call(clipped[i : i + _OPENAI_BATCH]) for i in range(0, len(clipped), _OPENAI_BATCH)]
        out = np.vstack(parts)
        self._dim = out.shape[1]
        return out


def build_embedder(settings: Settings) -> Embedder:
    """The embedder the settings ask for: offline (default), openai, or hash (tests)."""
    match settings.embedder:
        case "offline":
            return OfflineEmbedder()
        case "openai":
            return OpenAIEmbedder(
                settings.embedding_model,
                settings.require_openai_key(),
                settings.llm_base_url,
                timeout=settings.llm_timeout_s,
            )
        case "hash":
            return HashEmbedder()
    raise PathfinderError(f"Unknown embedder {settings.embedder!r}; use offline, openai or hash.")
