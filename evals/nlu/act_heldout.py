"""How well the intent classifier's reading generalises beyond the phrasings it was written near: the act
(intent) stage measured held out by authoring batch (issue #12, session 28).

The tune split passes 94.8 % of its turns but the frozen split 80.4 %. Two things were tuned on the tune
batches: the classifier's training lines (`nlu/data/utterances.jsonl`, many written beside a batch, some close
paraphrases of its turns) and the rules after it (`joint.settle`, `policy.decide`, tables of words). The rules
cannot be taken apart per batch; the classifier can. This script measures the classifier's first reading (its
top act, on the text `nlu.understand` gives it: `classifier_turns.py`) on every tune turn that expects an act:

- `shipped`: the shipped `intent_model.npz`;
- `refit`: `classifier.fit` on today's train lines (the shipped model is not exactly that: session 25);
- `held out by batch`: grouped K-fold cross-validation over the authoring batches (a dialogue's first tag; a
  batch's dialogues all fall in one fold). For each fold the classifier is refit WITHOUT every training line
  whose embedding is within `--near` cosine of a turn of the fold's batches (the lines written from or beside
  those turns), and reads only that fold's turns. This is the figure to raise: it is what the classifier does
  on phrasings nobody wrote a line near.
- the same with `--extra LINES.jsonl` added to the training lines (candidate lines, also removed when near a
  held-out turn), to measure new lines before they are shipped;
- `--calibrate`: the held-out readings' reliability (accuracy per confidence bin) and the temperature that
  minimises their negative log-likelihood.

First turns (nothing shown yet: the classifier's reading is the whole story) and all turns are counted apart;
later turns often want context acts (select, refine) the rules give. Frozen dialogues are never read.

    .venv/bin/python evals/nlu/act_heldout.py --cache TURNS.npz --lines-cache LINES.npz [--extra X.jsonl]
        [--folds 10] [--near 0.9] [--calibrate] [--json OUT.json]
"""

from __future__ import annotations

import argparse
import json
import sys
import zlib
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from classifier_turns import DIALOGUES, embed, tune_turns  # noqa: E402


def batches() -> dict[str, str]:
    """Each tune dialogue's authoring batch: its first tag (the id when it has none)."""
    out = {}
    for line in DIALOGUES.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if row.get("split") != "tune":  # frozen dialogues are never read
            continue
        tags = row.get("tags") or [row["id"]]
        out[row["id"]] = str(tags[0])
    return out


def fold_of(batch: str, folds: int) -> int:
    return zlib.crc32(batch.encode()) % folds


def embed_lines(rows: list[dict], cache: Path) -> np.ndarray:
    """The training lines' embeddings (as `train.py` encodes them: the raw text), cached by text."""
    from pathfinder.assistant.nlu import encoder

    known: dict[str, np.ndarray] = {}
    if cache.exists():
        data = np.load(cache, allow_pickle=False)
        known = dict(zip((str(k) for k in data["keys"]), data["X"]))
    missing = sorted({r["text"] for r in rows} - set(known))
    if missing:
        X = encoder.encode(missing)
        known.update(zip(missing, np.asarray(X, dtype=np.float32)))
        order = sorted(known)
        np.savez(cache, keys=np.array(order), X=np.vstack([known[o] for o in order]))
    return np.vstack([known[r["text"]] for r in rows])


def _probs(W: np.ndarray, b: np.ndarray, X: np.ndarray, temperature: float = 1.0) -> np.ndarray:
    from pathfinder.assistant.nlu.classifier import SCALE, _softmax

    return _softmax(((X * SCALE) @ W + b) / temperature)


def measure(
    turns: list[dict],
    T: np.ndarray,
    lines: list[dict],
    L: np.ndarray,
    intents: tuple[str, ...],
    folds: int,
    near: float,
) -> tuple[np.ndarray, dict]:
    """Held-out-by-batch probabilities of every turn, and how many lines each fold removed."""
    from pathfinder.assistant.nlu.classifier import fit

    y = np.array([intents.index(r["intent"]) for r in lines])
    P = np.zeros((len(turns), len(intents)))
    removed: dict[int, int] = {}
    for k in range(folds):
        held = np.array([t["fold"] == k for t in turns])
        if not held.any():
            continue
        nearest = (L @ T[held].T).max(axis=1)  # each line's closest held-out turn
        keep = nearest < near
        removed[k] = int((~keep).sum())
        W, b = fit(L[keep], y[keep], len(intents))
        P[held] = _probs(W, b, T[held])
    return P, removed


def tally(turns: list[dict], P: np.ndarray, intents: tuple[str, ...]) -> dict:
    top = [intents[i] for i in P.argmax(axis=1)]
    out: dict = {}
    for name, keep in (("first turns", lambda t: t["n"] == 1), ("all turns", lambda t: True)):
        by_lang: dict[str, list[bool]] = defaultdict(list)
        for t, a in zip(turns, top):
            if keep(t):
                by_lang[t["lang"]].append(a in t["accepted"])
        every = [x for v in by_lang.values() for x in v]
        out[name] = {
            "right": sum(every),
            "of": len(every),
            "rate": round(sum(every) / max(len(every), 1), 4),
            "by_language": {k: f"{sum(v)}/{len(v)}" for k, v in sorted(by_lang.items())},
        }
    return out


def calibration(turns: list[dict], P: np.ndarray, intents: tuple[str, ...]) -> dict:
    """Accuracy per confidence bin of the held-out readings, and the temperature of least negative
    log-likelihood of the accepted acts (softmax(z / T) is P ** (1 / T) renormalised)."""
    accepted = [[intents.index(a) for a in t["accepted"] if a in intents] for t in turns]
    best = None
    for t100 in range(60, 201, 5):
        Q = P ** (100 / t100)
        Q /= Q.sum(axis=1, keepdims=True)
        nll = -float(np.mean([np.log(max(Q[i, a].sum(), 1e-12)) for i, a in enumerate(accepted) if a]))
        if best is None or nll < best[1]:
            best = (t100 / 100, round(nll, 4))
    conf = P.max(axis=1)
    right = np.array([intents[i] in t["accepted"] for i, t in zip(P.argmax(axis=1), turns)])
    bins = {}
    for lo, hi in ((0, 0.3), (0.3, 0.45), (0.45, 0.6), (0.6, 0.8), (0.8, 0.95), (0.95, 1.01)):
        sel = (conf >= lo) & (conf < hi)
        if sel.any():
            bins[f"{lo:.2f}-{min(hi, 1):.2f}"] = f"{int(right[sel].sum())}/{int(sel.sum())}"
    return {"temperature": best[0] if best else 1.0, "nll": best[1] if best else None, "bins": bins}


def _leaning(turns: list[dict], refit: np.ndarray, held: np.ndarray, intents: tuple[str, ...]) -> list[str]:
    """The ten batches whose turns the refit reads right most often more than the held-out folds do."""
    gap: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for t, a, h in zip(turns, refit.argmax(axis=1), held.argmax(axis=1)):
        g = gap[t["batch"]]
        g[0] += intents[a] in t["accepted"]
        g[1] += intents[h] in t["accepted"]
        g[2] += 1
    worst = sorted(gap.items(), key=lambda kv: kv[1][1] - kv[1][0])[:10]
    return [f"{k}: refit {a}/{n}, held out {h}/{n}" for k, (a, h, n) in worst]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--cache", type=Path, required=True, help="tune turns' embeddings (classifier_turns)")
    parser.add_argument("--lines-cache", type=Path, required=True, help="training lines' embeddings")
    parser.add_argument("--extra", type=Path, help="candidate lines (jsonl: text, intent, lang) to add")
    parser.add_argument("--folds", type=int, default=10)
    parser.add_argument("--near", type=float, default=0.9, help="a line this close to a held-out turn is out")
    parser.add_argument("--calibrate", action="store_true")
    parser.add_argument("--json", type=Path, help="write the figures")
    args = parser.parse_args()

    from pathfinder.assistant.nlu.classifier import IntentClassifier, fit, load_utterances

    of_batch = batches()
    turns = [t for t in tune_turns() if t["accepted"]]
    for t in turns:
        t["batch"] = of_batch[t["id"]]
        t["fold"] = fold_of(t["batch"], args.folds)
    T = embed(turns, args.cache)
    rows = [r for r in load_utterances() if r["split"] == "train"]
    intents = tuple(sorted({r["intent"] for r in load_utterances()}))
    shipped = IntentClassifier.load()
    assert shipped.intents == intents
    report: dict = {"turns": len(turns), "batches": len(set(of_batch.values())), "folds": args.folds}
    report["shipped"] = tally(turns, _probs(shipped.W, shipped.b, T), intents)
    L = embed_lines(rows, args.lines_cache)
    y = np.array([intents.index(r["intent"]) for r in rows])
    W, b = fit(L, y, len(intents))
    report["refit"] = tally(turns, _probs(W, b, T), intents)
    P, removed = measure(turns, T, rows, L, intents, args.folds, args.near)
    report["held out by batch"] = tally(turns, P, intents)
    report["lines removed per fold"] = removed
    report["batches leaning most on near lines"] = _leaning(turns, _probs(W, b, T), P, intents)
    if args.extra:
        extra = [json.loads(x) for x in args.extra.read_text(encoding="utf-8").splitlines() if x.strip()]
        rows2 = rows + extra
        L2 = np.vstack([L, embed_lines(extra, args.lines_cache)])
        y2 = np.array([intents.index(r["intent"]) for r in rows2])
        W2, b2 = fit(L2, y2, len(intents))
        report["refit + extra"] = tally(turns, _probs(W2, b2, T), intents)
        P2, removed2 = measure(turns, T, rows2, L2, intents, args.folds, args.near)
        report["held out by batch + extra"] = tally(turns, P2, intents)
        report["lines removed per fold + extra"] = removed2
    if args.calibrate:
        report["calibration (held out)"] = calibration(turns, P, intents)
        report["calibration (shipped)"] = calibration(turns, _probs(shipped.W, shipped.b, T), intents)
    print(json.dumps(report, indent=1, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
