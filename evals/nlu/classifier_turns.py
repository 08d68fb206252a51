"""The intent classifier's first reading of every TUNE dialogue turn, before and after a change to the
classifier (issue #12, session 25): which turns a retrained model reads differently, cheaply (no dialogue is
run), so that only the dialogues holding changed turns need a run.

Each turn goes through `nlu.understand` (language, spelling repairs, clauses: the text the classifier reads)
with the language of the dialogue's earlier user turns, as the responder's `conversation_language` gives it
when the conversation has no language yet (an approximation: the session may know it from its state). The
embedding of the whole message is cached (`--cache`), so comparing two models costs a matrix product. Frozen
dialogues are never read: only lines with `"split": "tune"`.

    .venv/bin/python evals/nlu/classifier_turns.py --cache turns.npz [--model OLD.npz] [--json OUT.jsonl]

Without `--model` the shipped model's readings are tallied against the turns' expected acts; with it, the
turns whose top act differs between `--model` (before) and the shipped model (after) are listed, and the
dialogue ids holding them printed last (for `pathfinder eval dialogues --ids`)."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
DIALOGUES = ROOT / "evals" / "dialogues" / "dialogues.jsonl"
TODAY = date(2026, 12, 4)


def tune_turns() -> list[dict]:
    """Every turn of every tune dialogue: id, position, text, the dialogue's language, the acts accepted."""
    out = []
    for line in DIALOGUES.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if row.get("split") != "tune":  # frozen dialogues are never run or read
            continue
        for n, (text, expect) in enumerate(zip(row["turns"], row["expect"]), start=1):
            earlier = row["turns"][: n - 1]
            out.append(
                {
                    "id": row["id"],
                    "n": n,
                    "text": text,
                    "lang": row.get("lang"),
                    "earlier": earlier[::-1][:3],
                    "accepted": expect.get("intent_any") or [],
                }
            )
    return out


def embed(turns: list[dict], cache: Path) -> np.ndarray:
    """The embedding the classifier reads of each turn's whole message (cached by dialogue turn)."""
    from pathfinder.assistant.conversation_language import conversation_language
    from pathfinder.assistant.nlu import understand as u

    keys = [f"{t['id']}#{t['n']}\t{t['text']}" for t in turns]
    known: dict[str, np.ndarray] = {}
    if cache.exists():
        data = np.load(cache, allow_pickle=False)
        known = dict(zip((str(k) for k in data["keys"]), data["X"]))
    missing = [(k, t) for k, t in zip(keys, turns) if k not in known]
    for i, (k, t) in enumerate(missing):
        p = u.understand(t["text"], TODAY, conversation_language("", t["earlier"]))
        known[k] = np.asarray(p.embedding, dtype=np.float32)
        if (i + 1) % 500 == 0 or i + 1 == len(missing):
            order = sorted(known)
            np.savez(cache, keys=np.array(order), X=np.vstack([known[o] for o in order]))
            print(f"embedded {i + 1}/{len(missing)}", flush=True)
    return np.vstack([known[k] for k in keys])


def readings(X: np.ndarray, model: Path | None) -> list[tuple[tuple[str, float], ...]]:
    from pathfinder.assistant.nlu.classifier import IntentClassifier

    clf = IntentClassifier.load(model) if model else IntentClassifier.load()
    return [p.ranked[:3] for p in clf.predict_embedded(X)]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--cache", type=Path, required=True, help="the turns' embeddings (.npz), made if absent"
    )
    parser.add_argument(
        "--model", type=Path, help="an earlier intent_model.npz to compare the shipped one with"
    )
    parser.add_argument("--json", type=Path, help="write one line per turn with the readings")
    args = parser.parse_args()
    turns = tune_turns()
    X = embed(turns, args.cache)
    after = readings(X, None)
    before = readings(X, args.model) if args.model else after
    rows = []
    for t, b, a in zip(turns, before, after):
        ok = [x for x in t["accepted"]]
        rows.append({**t, "before": b, "after": a, "ok_before": b[0][0] in ok, "ok_after": a[0][0] in ok})
    judged = [r for r in rows if r["accepted"]]
    print(f"tune turns {len(rows)}, with an act expected {len(judged)}")
    right_before = sum(r["ok_before"] for r in judged)
    right_after = sum(r["ok_after"] for r in judged)
    print(f"top act accepted: before {right_before}, after {right_after}")
    if args.model:
        changed = [r for r in rows if r["before"][0][0] != r["after"][0][0]]
        moves = Counter(
            (
                "right->wrong"
                if r["ok_before"] and not r["ok_after"]
                else "wrong->right"
                if r["ok_after"] and not r["ok_before"]
                else "other",
                r["lang"],
            )
            for r in changed
            if r["accepted"]
        )
        print(f"changed top act: {len(changed)} turns; {sorted(moves.items())}")
        for r in changed:
            flag = (
                "+"
                if r["ok_after"] and not r["ok_before"]
                else "-"
                if r["ok_before"] and not r["ok_after"]
                else " "
            )
            print(
                f"{flag} {r['id']}#{r['n']} {r['before'][0][0]}:{r['before'][0][1]:.2f} -> "
                f"{r['after'][0][0]}:{r['after'][0][1]:.2f} want {'/'.join(r['accepted'])} | {r['text'][:90]}"
            )
        print("ids:", ",".join(sorted({r["id"] for r in changed})))
    if args.json:
        with args.json.open("w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps({k: v for k, v in r.items() if k != "earlier"}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
