"""The intent classifier: softmax regression over sentence embeddings, trained on the labelled utterances in
`data/utterances.jsonl` (`train.py` writes `data/intent_model.npz`); pure numpy at run time."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from pathfinder.assistant.nlu import encoder

DATA = Path(__file__).parent / "data"
UTTERANCES = DATA / "utterances.jsonl"
MODEL = DATA / "intent_model.npz"
SCALE = 10.0  # embeddings are unit vectors; scaling sharpens the softmax during training


@dataclass(frozen=True)
class Prediction:
    intent: str
    confidence: float
    ranked: tuple[tuple[str, float], ...]

    def score(self, intent: str) -> float:
        return dict(self.ranked).get(intent, 0.0)


def load_utterances(path: Path = UTTERANCES) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def fit(
    X: np.ndarray, y: np.ndarray, classes: int, iters: int = 600, rate: float = 0.5, l2: float = 1e-3
) -> tuple[np.ndarray, np.ndarray]:
    """Multinomial logistic regression by full-batch gradient descent (deterministic; a few hundred rows)."""
    W = np.zeros((X.shape[1], classes), dtype=np.float64)
    b = np.zeros(classes)
    Y = np.eye(classes)[y]
    Xs = X * SCALE
    for _ in range(iters):
        P = _softmax(Xs @ W + b)
        G = (P - Y) / len(X)
        W -= rate * (Xs.T @ G + l2 * W)
        b -= rate * G.sum(0)
    return W, b


def _softmax(Z: np.ndarray) -> np.ndarray:
    Z = Z - Z.max(axis=1, keepdims=True)
    P = np.exp(Z)
    return P / P.sum(axis=1, keepdims=True)


class IntentClassifier:
    def __init__(self, W: np.ndarray, b: np.ndarray, intents: tuple[str, ...]) -> None:
        self.W, self.b, self.intents = W, b, intents

    @classmethod
    def load(cls, path: Path = MODEL) -> IntentClassifier:
        data = np.load(path, allow_pickle=False)
        return cls(data["W"], data["b"], tuple(str(i) for i in data["intents"]))

    def save(self, path: Path = MODEL) -> None:
        np.savez_compressed(
            path, W=self.W.astype(np.float32), b=self.b.astype(np.float32), intents=np.array(self.intents)
        )

    def predict_embedded(self, X: np.ndarray) -> list[Prediction]:
        P = _softmax((X * SCALE) @ self.W + self.b)
        out = []
        for row in P:
            order = np.argsort(-row)
            ranked = tuple((self.intents[i], float(row[i])) for i in order[:5])
            out.append(Prediction(ranked[0][0], ranked[0][1], ranked))
        return out

    def predict(self, text: str) -> Prediction:
        return self.predict_embedded(encoder.encode([text]))[0]


@lru_cache(maxsize=1)
def default_classifier() -> IntentClassifier:
    return IntentClassifier.load()
