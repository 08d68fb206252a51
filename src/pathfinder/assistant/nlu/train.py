"""Train the intent classifier on the train split of `data/utterances.jsonl`, report held-out accuracy
(overall, per language, per intent) and write `data/intent_model.npz`: `python -m
pathfinder.assistant.nlu.train`.

The shipped model is trained on the train split only, so the held-out figures stay honest."""

from __future__ import annotations

import argparse
import json
from collections import defaultdict

import numpy as np

from pathfinder.assistant.nlu import encoder
from pathfinder.assistant.nlu.classifier import MODEL, IntentClassifier, fit, load_utterances


def train_and_evaluate(write: bool = True) -> dict:
    rows = load_utterances()
    intents = tuple(sorted({r["intent"] for r in rows}))
    X = encoder.encode([r["text"] for r in rows])
    y = np.array([intents.index(r["intent"]) for r in rows])
    train = np.array([r["split"] == "train" for r in rows])
    W, b = fit(X[train], y[train], len(intents))
    model = IntentClassifier(W, b, intents)
    predicted = [p.intent for p in model.predict_embedded(X[~train])]
    held = [r for r, t in zip(rows, train) if not t]
    by_lang: dict[str, list[bool]] = defaultdict(list)
    by_intent: dict[str, list[bool]] = defaultdict(list)
    for r, p in zip(held, predicted):
        by_lang[r["lang"]].append(p == r["intent"])
        by_intent[r["intent"]].append(p == r["intent"])
    report = {
        "train": int(train.sum()),
        "test": len(held),
        "accuracy": round(float(np.mean([p == r["intent"] for r, p in zip(held, predicted)])), 3),
        "by_language": {k: round(float(np.mean(v)), 3) for k, v in sorted(by_lang.items())},
        "by_intent": {k: round(float(np.mean(v)), 3) for k, v in sorted(by_intent.items())},
        "errors": [(r["text"], r["intent"], p) for r, p in zip(held, predicted) if p != r["intent"]],
    }
    if write:
        model.save(MODEL)
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dry-run", action="store_true", help="report only, do not write the model")
    args = parser.parse_args()
    print(json.dumps(train_and_evaluate(write=not args.dry_run), indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
