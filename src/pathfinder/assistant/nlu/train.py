"""Train the intent classifier on the train split of `data/utterances.jsonl`, report held-out accuracy
(overall, per language, per intent) and write `data/intent_model.npz`: `python -m
pathfinder.assistant.nlu.train`.

The shipped model is trained on the train split only, so the held-out figures stay honest. `--templates`
trains the second model of the gate (`classifier.GatedClassifier`, session 22) on the same lines plus the
template lines of `act_templates` (all train split, weight `TEMPLATE_WEIGHT`) and writes
`data/intent_model_templates.npz` instead; the held-out report is of that model alone."""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict

import numpy as np

from pathfinder.assistant.nlu import act_templates, encoder
from pathfinder.assistant.nlu.classifier import MODEL, TEMPLATE_MODEL, IntentClassifier, fit, load_utterances

# a template line counts a quarter of a hand-written one: at 1 the template lines of seven acts pulled the
# other acts' readings down (compare, explain, smalltalk); session 21 measured 0.25 / 0.5 / 1 on the
# classifier alone over the tune dialogue turns (3263 / 3250 / 3228 of 3880, hand-written lines alone 3251)
# and the act test (440 / 439 / 435 of 486, alone 435)
TEMPLATE_WEIGHT = 0.25


def train_and_evaluate(write: bool = True, *, templates: bool = False) -> dict:
    generated = list(act_templates.generated()) if templates else []
    rows, extra = load_utterances() + generated, len(generated)
    intents = tuple(sorted({r["intent"] for r in rows}))
    X = encoder.encode([r["text"] for r in rows])
    y = np.array([intents.index(r["intent"]) for r in rows])
    train = np.array([r["split"] == "train" for r in rows])
    weights = np.array([1.0] * (len(rows) - extra) + [TEMPLATE_WEIGHT] * extra)
    W, b = fit(X[train], y[train], len(intents), weights=weights[train])
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
        model.save(TEMPLATE_MODEL if templates else MODEL)
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dry-run", action="store_true", help="report only, do not write the model")
    parser.add_argument(
        "--templates", action="store_true", help="train the gate's template model (+ template lines)"
    )
    args = parser.parse_args()
    started = time.perf_counter()
    report = train_and_evaluate(write=not args.dry_run, templates=args.templates)
    report["seconds"] = round(time.perf_counter() - started, 1)
    print(json.dumps(report, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
