"""The intent classifier: softmax regression over sentence embeddings, trained on the labelled utterances in
`data/utterances.jsonl` (`train.py` writes `data/intent_model.npz`); pure numpy at run time.

Since session 22 the first reading comes from two models (`GatedClassifier`): the one trained on the
hand-written lines alone, which every rule downstream was tuned against, and a second one trained on those
lines plus the template lines of `act_templates` (`data/intent_model_templates.npz`, `train.py --templates`).
The second model's reading is taken only where the first is unsure (below `UNSURE`) and the second is sure
(at least `SURE`); everywhere else the first model's reading, confidence and ranking pass unchanged."""

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
TEMPLATE_MODEL = DATA / "intent_model_templates.npz"
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
    X: np.ndarray,
    y: np.ndarray,
    classes: int,
    iters: int = 600,
    rate: float = 0.5,
    l2: float = 1e-3,
    *,
    weights: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Multinomial logistic regression by full-batch gradient descent (deterministic; a few thousand rows);
    `weights`: each row's weight (default 1), the loss is their weighted mean."""
    W = np.zeros((X.shape[1], classes), dtype=np.float64)
    b = np.zeros(classes)
    Y = np.eye(classes)[y]
    Xs = X * SCALE
    w = (np.ones(len(X)) if weights is None else np.asarray(weights, dtype=np.float64))[:, None]
    w = w * (len(X) / w.sum())
    for _ in range(iters):
        P = _softmax(Xs @ W + b)
        G = w * (P - Y) / len(X)
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


# the gate's two thresholds, chosen on the tune dialogues' whole path (docs/BENCHMARKS.md, session 22)
UNSURE = 0.8  # a first reading below this confidence is unsure
SURE = 0.6  # the template model's reading replaces an unsure one when it is at least this sure


class GatedClassifier:
    """The hand-written model's reading, except where it is unsure and the template model is sure of another
    act: then the template model's reading (its act, confidence and ranking) for that text. Where both read
    the same act the first model's confidence stays: the rules' thresholds were set on it (session 21's
    retrain moved confidences of unchanged acts across them: "thinking about devops as a career" explore
    0.47 -> 0.52 lost its goal)."""

    def __init__(
        self, first: IntentClassifier, second: IntentClassifier, unsure: float = UNSURE, sure: float = SURE
    ) -> None:
        self.first, self.second, self.unsure, self.sure = first, second, unsure, sure
        self.intents = first.intents

    def predict_embedded(self, X: np.ndarray) -> list[Prediction]:
        firsts = self.first.predict_embedded(X)
        seconds = self.second.predict_embedded(X)
        return [
            s if f.confidence < self.unsure and s.confidence >= self.sure and s.intent != f.intent else f
            for f, s in zip(firsts, seconds, strict=True)
        ]

    def predict(self, text: str) -> Prediction:
        return self.predict_embedded(encoder.encode([text]))[0]


@lru_cache(maxsize=1)
def default_classifier() -> IntentClassifier | GatedClassifier:
    first = IntentClassifier.load()
    if not TEMPLATE_MODEL.exists():
        return first
    return GatedClassifier(first, IntentClassifier.load(TEMPLATE_MODEL))
