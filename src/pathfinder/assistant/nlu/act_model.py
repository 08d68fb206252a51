"""The contextual act model: softmax regression over a turn's sentence embedding and what the act decision
sees of it (`act_features.vector`: classifier scores, rule reading, slot flags, conversation state, scores
crossed with the state). Trained offline by `act_train` on the classifier's lines and the tune dialogues'
turns, where a turn may accept several acts: the loss is -log of the probability given to the accepted ones.
Pure numpy at run time; `act_train --write` writes the weights to `data/act_model.npz` (not shipped in
session 11: see `second_opinion`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from pathfinder.assistant.nlu import act_features, act_gate

MODEL = Path(__file__).parent / "data" / "act_model.npz"


@dataclass(frozen=True)
class ActReading:
    act: str
    confidence: float
    ranked: tuple[tuple[str, float], ...]


def _softmax(Z: np.ndarray) -> np.ndarray:
    Z = Z - Z.max(axis=1, keepdims=True)
    P = np.exp(Z)
    return P / P.sum(axis=1, keepdims=True)


def fit_any(
    X: np.ndarray,
    accepted: np.ndarray,
    weights: np.ndarray | None = None,
    iters: int = 400,
    rate: float = 0.05,
    l2: float = 1e-3,
) -> tuple[np.ndarray, np.ndarray]:
    """Softmax regression where row i accepts every class with `accepted[i, k]`: minimises
    -log sum_k accepted P(k | x) (weighted), by full-batch Adam (deterministic)."""
    n, d = X.shape
    k = accepted.shape[1]
    w = np.ones(n) if weights is None else weights
    w = w / w.sum()
    W, b = np.zeros((d, k)), np.zeros(k)
    mW, vW, mb, vb = np.zeros_like(W), np.zeros_like(W), np.zeros_like(b), np.zeros_like(b)
    A = accepted.astype(np.float64)
    for t in range(1, iters + 1):
        P = _softmax(X @ W + b)
        Q = P * A
        Q = Q / np.maximum(Q.sum(axis=1, keepdims=True), 1e-12)
        G = (P - Q) * w[:, None]
        gW, gb = X.T @ G + l2 * W, G.sum(0)
        mW, vW = 0.9 * mW + 0.1 * gW, 0.999 * vW + 0.001 * gW**2
        mb, vb = 0.9 * mb + 0.1 * gb, 0.999 * vb + 0.001 * gb**2
        c1, c2 = 1 - 0.9**t, 1 - 0.999**t
        W -= rate * (mW / c1) / (np.sqrt(vW / c2) + 1e-8)
        b -= rate * (mb / c1) / (np.sqrt(vb / c2) + 1e-8)
    return W, b


def design(embeddings: np.ndarray, records: list[dict[str, Any]]) -> np.ndarray:
    """The model's input rows: the embedding beside the turn's features."""
    feats = np.vstack([act_features.vector(r) for r in records]) if records else np.zeros((0, 0))
    return np.hstack([embeddings.astype(np.float64), feats.astype(np.float64)])


class ActModel:
    def __init__(
        self, W: np.ndarray, b: np.ndarray, acts: tuple[str, ...], features: tuple[str, ...]
    ) -> None:
        self.W, self.b, self.acts, self.features = W, b, acts, features

    @classmethod
    def load(cls, path: Path = MODEL) -> ActModel:
        data = np.load(path, allow_pickle=False)
        model = cls(
            data["W"].astype(np.float64),
            data["b"].astype(np.float64),
            tuple(str(a) for a in data["acts"]),
            tuple(str(f) for f in data["features"]),
        )
        if model.features != tuple(act_features.names()):
            raise ValueError(f"{path} was trained on other features; retrain it (act_train)")
        return model

    def save(self, path: Path = MODEL) -> None:
        np.savez_compressed(
            path,
            W=self.W.astype(np.float32),
            b=self.b.astype(np.float32),
            acts=np.array(self.acts),
            features=np.array(self.features),
        )

    def probabilities(self, X: np.ndarray) -> np.ndarray:
        return _softmax(X @ self.W + self.b)

    def read(self, embedding: np.ndarray, record: dict[str, Any]) -> ActReading:
        row = self.probabilities(design(np.atleast_2d(embedding), [record]))[0]
        order = np.argsort(-row)
        ranked = tuple((self.acts[i], float(row[i])) for i in order[:5])
        return ActReading(ranked[0][0], ranked[0][1], ranked)


@lru_cache(maxsize=1)
def default_model() -> ActModel | None:
    """The shipped model, or None when there is none (the rules alone decide)."""
    return ActModel.load() if MODEL.exists() else None


MARGIN = 0.8  # session 11's override margin, kept for `act_train`'s variants (c') and (d)


def second_opinion(record: dict[str, Any], settled: str, decided: str, embedding: Any) -> str:
    """The act to answer: the rules' `decided` act (`settled`: the act after `joint.settle`), unless
    `act_gate.choose` gives the shipped model's act: only where the rules are not sure (a fallback, the
    phrasing rules' guess, a reading the classifier was unsure of) and the model is, or where model and
    classifier agree strongly against a content rule. `record` as `act_features.record` builds it;
    `embedding` is the classifier's embedding of the message (no second encoding). Without a shipped
    model, the rules' act."""
    model = default_model()
    if model is None or embedding is None:
        return decided
    reading = model.read(np.asarray(embedding), record)
    return act_gate.choose(record, settled, decided, reading.act, reading.confidence)


def rules_reread(record: dict[str, Any], decided: str) -> bool:
    """Whether a content rule chose the act (it is not the classifier's first reading of the words)."""
    scores = record["scores"]
    return not scores or decided != max(scores, key=scores.get)
