"""Train and measure the contextual act model (`act_model`) on the act dataset (`evals/nlu/act_dataset.py`:
the classifier's lines, the act test's lines and the tune dialogues' turns, each as the decision saw it):

    python -m pathfinder.assistant.nlu.act_train --data act_turns.jsonl [--write] [--json]

Measured before anything is written, each figure on turns the model did not see:
- leave-one-batch-out over the tune dialogue batches (the id's batch: `v10n`, `v9d`, ..., `old`): trained on
  the other batches and every utterance line, tested on the held batch;
- the act test's held-out half (`acts-heldout`), never trained on (also not by the written model).
Three deciders are compared on the same turns: (a) today's rules (`joint.settle` + `policy.decide` + the
handlers: the answer's act), (b) the model alone, (c) the model with the rules' choice as two more inputs
(`settled`, `decided`). A model's act is scored as the wired responder would answer it: the same act as
today's choice gives today's outcome; another act passes when the turn accepts it.

The classifier's scores of its own training lines are near certain, never so at run time: those lines get
scores from classifiers trained without them (5 folds), so the model learns how far to trust the scores."""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np

from pathfinder.assistant.nlu import act_features, act_gate, act_model
from pathfinder.assistant.nlu.act_model import MODEL, ActModel, design, fit_any
from pathfinder.assistant.nlu.classifier import IntentClassifier, fit

ACTS = act_features.ACTS
TUNE_WEIGHT = 2.0  # a tune turn in context counts twice a context-free line
HELD = "acts-heldout"


def load(path: Path) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = []
    for r in rows:
        if not r["expected"]:
            continue
        decided = r["decided"] or r["final"]
        passed = r["final"] in r["expected"]
        r["decided"] = decided
        r["passed"] = passed
        # the rules' act where it passed (another act the turn also accepts may be answered differently: a
        # "select" cites the item pointed at, an "explain" the entry in focus), else every act expected
        r["accepted"] = (
            [decided] if passed and decided in ACTS else sorted(a for a in r["expected"] if a in ACTS)
        )
        if r["accepted"]:
            out.append(r)
    return out


def embed(rows: list[dict[str, Any]], cache: Path | None) -> np.ndarray:
    from pathfinder.assistant.nlu import encoder

    texts = [r["record"]["text"] for r in rows]
    if cache is not None and cache.exists():
        data = np.load(cache, allow_pickle=False)
        known = dict(zip((str(t) for t in data["texts"]), data["X"]))
    else:
        known = {}
    missing = sorted({t for t in texts if t not in known})
    if missing:
        known.update(zip(missing, encoder.encode(missing)))
        if cache is not None:
            keys = sorted(known)
            np.savez(cache, texts=np.array(keys), X=np.vstack([known[k] for k in keys]))
    return np.vstack([known[t] for t in texts])


def honest_scores(rows: list[dict[str, Any]], E: np.ndarray, folds: int = 5) -> None:
    """Replace the classifier's scores of its own training lines by those of classifiers trained
    without them."""
    from pathfinder.assistant.nlu.classifier import load_utterances

    intents = tuple(sorted({u["intent"] for u in load_utterances()}))
    at = [i for i, r in enumerate(rows) if r["source"] == "utterance" and r["id"].endswith("-train")]
    if not at:
        return
    X = E[at]
    y = np.array([intents.index(rows[i]["expected"][0]) for i in at])
    fold = np.arange(len(at)) % folds
    for f in range(folds):
        W, b = fit(X[fold != f], y[fold != f], len(intents))
        predictions = IntentClassifier(W, b, intents).predict_embedded(X[fold == f])
        for pred, i in zip(predictions, np.array(at)[fold == f]):
            rows[i]["record"]["scores"] = {a: round(s, 4) for a, s in pred.ranked}


def _matrix(rows: list[dict[str, Any]], E: np.ndarray, with_rules: bool) -> np.ndarray:
    X = design(E, [r["record"] for r in rows])
    if with_rules:
        extra = np.array(
            [
                [float(r["settled"] == a) for a in ACTS] + [float(r["decided"] == a) for a in ACTS]
                for r in rows
            ]
        )
        X = np.hstack([X, extra])
    return X


def _accepted(rows: list[dict[str, Any]]) -> np.ndarray:
    return np.array([[a in r["accepted"] for a in ACTS] for r in rows])


def _weights(rows: list[dict[str, Any]]) -> np.ndarray:
    return np.array([TUNE_WEIGHT if r["source"] == "dialogue" else 1.0 for r in rows])


def outcome(row: dict[str, Any], act: str) -> bool:
    """Whether the turn passes its act check when `act` is decided: today's outcome for today's act."""
    return row["passed"] if act == row["decided"] else act in row["expected"]


def _second_opinions(
    te: list[dict[str, Any]], P: np.ndarray, margins: tuple[float, ...]
) -> dict[str, list[bool]]:
    """(c') the rules unless the model is `m` sure of another act; (d) the same, but only where the rules'
    act is the classifier's own reading (a content rule that re-read the act stands)."""
    out: dict[str, list[bool]] = {}
    for m in margins:
        sure = [ACTS[int(P[k].argmax())] if P[k].max() >= m else r["decided"] for k, r in enumerate(te)]
        out[f"c_rules_unless_{m}"] = [outcome(r, a) for r, a in zip(te, sure)]
        out[f"d_classifier_acts_unless_{m}"] = [
            outcome(r, a if not act_model.rules_reread(r["record"], r["decided"]) else r["decided"])
            for r, a in zip(te, sure)
        ]
    return out


def evaluate(
    rows: list[dict[str, Any]], E: np.ndarray, test: np.ndarray, margins: tuple[float, ...]
) -> dict[str, list[bool]]:
    """Train without the `test` rows (and never on the act test's held-out half); score each decider
    on them."""
    train = ~test & np.array([r["group"] != HELD for r in rows])
    tr = [r for r, t in zip(rows, train) if t]
    te = [r for r, t in zip(rows, test) if t]
    out: dict[str, list[bool]] = {"a_rules": [r["passed"] for r in te]}
    for name, with_rules in (("b_model", False), ("c_model_rules", True)):
        X = _matrix(rows, E, with_rules)
        W, b = fit_any(X[train], _accepted(tr), _weights(tr))
        P = ActModel(W, b, ACTS, ()).probabilities(X[test])
        picks = [ACTS[int(i)] for i in P.argmax(1)]
        out[name] = [outcome(r, a) for r, a in zip(te, picks)]
        if not with_rules:
            out.update(_second_opinions(te, P, margins))
    return out


def measure(
    rows: list[dict[str, Any]], E: np.ndarray, margins: tuple[float, ...], skip_batches: bool = False
) -> dict[str, Any]:
    groups = [] if skip_batches else sorted({r["group"] for r in rows if r["source"] == "dialogue"})
    per_batch: dict[str, dict[str, str]] = {}
    total: dict[str, list[bool]] = defaultdict(list)
    for g in groups:
        test = np.array([r["group"] == g for r in rows])
        res = evaluate(rows, E, test, margins)
        per_batch[g] = {k: f"{sum(v)}/{len(v)}" for k, v in res.items()}
        for k, v in res.items():
            total[k] += v
    is_held = np.array([r["group"] == HELD for r in rows])
    if skip_batches:
        held = evaluate(rows, E, is_held, margins) if is_held.any() else {}
        return {"acts_heldout": {k: _share(v) for k, v in held.items()}}
    held = evaluate(rows, E, is_held, margins) if is_held.any() else {}
    return {
        "leave_one_batch_out": {k: _share(v) for k, v in total.items()},
        "by_batch": per_batch,
        "acts_heldout": {k: _share(v) for k, v in held.items()},
    }


def _share(passed: list[bool]) -> str:
    return f"{sum(passed)}/{len(passed)} ({100 * sum(passed) / max(len(passed), 1):.1f}%)"


def first_look(
    rows: list[dict[str, Any]],
    E: np.ndarray,
    old: list[dict[str, Any]],
    E_old: np.ndarray,
    margins: tuple[float, ...],
) -> dict[str, Any]:
    """The honest comparison: `old` holds batches run through the code as it was before anyone read them
    (the rules' first look). For each such batch the model is trained on everything else of `rows` but that
    batch and scored on the old run's turns with the same rule: today's act of then keeps then's outcome."""
    report: dict[str, Any] = {}
    total: dict[str, list[bool]] = defaultdict(list)
    for g in sorted({r["group"] for r in old}):
        train = np.array([r["group"] not in (g, HELD) for r in rows])
        tr = [r for r, t in zip(rows, train) if t]
        at = [i for i, r in enumerate(old) if r["group"] == g]
        te = [old[i] for i in at]
        res: dict[str, list[bool]] = {"a_rules": [r["passed"] for r in te]}
        for name, with_rules in (("b_model", False), ("c_model_rules", True)):
            X = _matrix(rows, E, with_rules)
            W, b = fit_any(X[train], _accepted(tr), _weights(tr))
            P = ActModel(W, b, ACTS, ()).probabilities(_matrix(te, E_old[at], with_rules))
            picks = [ACTS[int(i)] for i in P.argmax(1)]
            res[name] = [outcome(r, a) for r, a in zip(te, picks)]
            if not with_rules:
                res.update(_second_opinions(te, P, margins))
        report[g] = {k: _share(v) for k, v in res.items()}
        for k, v in res.items():
            total[k] += v
    report["all"] = {k: _share(v) for k, v in total.items()}
    return report


def version(group: str) -> int:
    """The session a batch was written in ("v10n" → 10); the lines older than every batch (the classifier's
    utterances, the act test's tune half, the first tune dialogues) → 0."""
    m = re.match(r"v(\d+)", group)
    return int(m.group(1)) if m else 0


GRID = tuple(
    (u, m, a, c)
    for u in (0.5, 0.6, 0.7, 0.8)
    for m in (0.5, 0.6, 0.7, 0.8)
    for a in (0.9, 0.95, 1.01)
    for c in (False, True)
)  # (unsure_reading, model_sure, agree, corroborated) of `act_gate.choose`; agree 1.01 never overturns a
# content rule; corroborated False is session 12's gate (a reading the phrasing rules agree with is unsure)


def _gated(te: list[dict[str, Any]], P: np.ndarray) -> dict[str, list[bool]]:
    """Each setting of the gate on the test rows: the rules' act unless `act_gate.choose` gives the
    model's."""
    out: dict[str, list[bool]] = {}
    for u, m, a, c in GRID:
        picks = [
            act_gate.choose(
                r["record"], r["settled"] or r["decided"], r["decided"], ACTS[int(P[k].argmax())],
                float(P[k].max()), unsure_reading=u, model_sure=m, agree=a, corroborated=c,
            )
            for k, r in enumerate(te)
        ]  # fmt: skip
        out[f"gate_{u}_{m}_{a}" + ("_agreed" if c else "")] = [outcome(r, act) for r, act in zip(te, picks)]
    return out


def gate_report(rows: list[dict[str, Any]], E: np.ndarray, newest: int) -> dict[str, Any]:
    """The gate measured only on turns newer than what it was trained on: (1) leave-one-batch-out over the
    batches older than session `newest` (to choose the gate's thresholds), each trained on the other older
    batches; (2) the first look at each batch of session `newest`, trained on everything older; (3) the act
    test's held-out half, trained on everything older than `newest`. `rows` are the code as it was before the
    batches of `newest` were read, so the rules' figures are their first look too."""
    old = [r for r in rows if r["group"] != HELD and version(r["group"]) < newest]
    older = np.array([r["group"] != HELD and version(r["group"]) < newest for r in rows])
    X = _matrix(rows, E, with_rules=False)

    def run(train: np.ndarray, test: np.ndarray) -> dict[str, list[bool]]:
        tr = [r for r, t in zip(rows, train) if t]
        te = [r for r, t in zip(rows, test) if t]
        W, b = fit_any(X[train], _accepted(tr), _weights(tr))
        P = ActModel(W, b, ACTS, ()).probabilities(X[test])
        res = {"a_rules": [r["passed"] for r in te]}
        res["b_model"] = [outcome(r, ACTS[int(i)]) for r, i in zip(te, P.argmax(1))]
        res.update(_gated(te, P))
        return res

    def add(total: dict[str, list[bool]], res: dict[str, list[bool]]) -> None:
        for k, v in res.items():
            total[k] += v

    lobo: dict[str, list[bool]] = defaultdict(list)
    for g in sorted({r["group"] for r in old if r["source"] == "dialogue"}):
        in_g = np.array([r["group"] == g for r in rows])
        add(lobo, run(older & ~in_g, in_g))
    first: dict[str, list[bool]] = defaultdict(list)
    by_batch = {}
    for g in sorted({r["group"] for r in rows if version(r["group"]) == newest}):
        res = run(older, np.array([r["group"] == g for r in rows]))
        by_batch[g] = {k: sum(v) for k, v in res.items()}
        add(first, res)
    held = run(older, np.array([r["group"] == HELD for r in rows]))
    return {
        "lobo_older": {k: sum(v) for k, v in lobo.items()},
        "first_look": {k: sum(v) for k, v in first.items()},
        "first_look_by_batch": by_batch,
        "acts_heldout": {k: sum(v) for k, v in held.items()},
        "turns": {"lobo_older": len(lobo["a_rules"]), "first_look": len(first["a_rules"]),
                  "acts_heldout": len(held["a_rules"])},
    }  # fmt: skip


def train_final(rows: list[dict[str, Any]], E: np.ndarray) -> ActModel:
    """The shipped model: every row but the act test's held-out half; the model alone (variant b)."""
    keep = np.array([r["group"] != HELD for r in rows])
    tr = [r for r, k in zip(rows, keep) if k]
    X = _matrix(rows, E, with_rules=False)
    W, b = fit_any(X[keep], _accepted(tr), _weights(tr))
    return ActModel(W, b, ACTS, tuple(act_features.names()))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, required=True, help="the act dataset (evals/nlu/act_dataset.py)")
    parser.add_argument("--cache", type=Path, help="an .npz file keeping the texts' embeddings between runs")
    parser.add_argument("--write", action="store_true", help=f"write the model to {MODEL}")
    parser.add_argument("--margins", default="0.6,0.7,0.8,0.9")
    parser.add_argument(
        "--first-look",
        type=Path,
        help="the act dataset of batches run through the code before they were read (the rules' first look)",
    )
    parser.add_argument("--skip-lobo", action="store_true", help="no leave-one-batch-out (slow)")
    parser.add_argument(
        "--gate",
        type=int,
        metavar="SESSION",
        help="measure the gate (act_gate) on the first look at the batches of SESSION, trained on older data",
    )
    args = parser.parse_args()
    rows = load(args.data)
    E = embed(rows, args.cache)
    honest_scores(rows, E)
    if args.gate is not None:
        print(json.dumps(gate_report(rows, E, args.gate), indent=1))
        return
    margins = tuple(float(m) for m in args.margins.split(","))
    report = measure(rows, E, margins, skip_batches=args.skip_lobo)
    if args.first_look is not None:
        old = load(args.first_look)
        report["first_look"] = first_look(rows, E, old, embed(old, args.cache), margins)
    print(json.dumps(report, indent=1))
    if args.write:
        train_final(rows, E).save(MODEL)


if __name__ == "__main__":
    main()
