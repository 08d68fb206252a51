"""Fit the tagging confidence model (skills/tagging.py WEIGHTS) on the hand-labelled TUNE courses only.

Logistic regression (numpy, L2) of "this candidate skill is one the reader labelled" on the candidate
features `skills.tagging.candidate_features` computes; prints the weights to paste into WEIGHTS and the
precision / recall on the tune courses for a few thresholds, plus a two-fold check of how much that overfits.
The frozen courses are never read here. Run with the full ESCO import served:
    PATHFINDER_TAXONOMY_DIR=.pathfinder/esco .venv/bin/python tools/fit_skill_tagging.py
"""

from __future__ import annotations

import numpy as np


def fit(X: np.ndarray, y: np.ndarray, l2: float = 1e-3, steps: int = 20_000, lr: float = 2.0) -> np.ndarray:
    Xb = np.c_[X, np.ones(len(X))]
    w = np.zeros(Xb.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-Xb @ w))
        w -= lr * (Xb.T @ (p - y) / len(y) + l2 * np.r_[w[:-1], 0])
    return w


def main() -> int:
    from pathfinder.cli.skills_linking import load_courses
    from pathfinder.settings import Settings
    from pathfinder.skills.matching import SkillMatcher
    from pathfinder.skills.tagging import candidate_features
    from pathfinder.skills.tagging_eval import load_tagged, score_tagging

    settings = Settings()
    matcher = SkillMatcher.from_settings(settings)
    tagged = load_tagged("tune")
    courses = load_courses(settings.shared_data_dir, {t.id for t in tagged})
    feats = candidate_features([courses[t.id] for t in tagged], matcher)
    rows = [(t, u, f) for t, fs in zip(tagged, feats) for u, f in fs.items()]
    X = np.array([f for _, _, f in rows])
    y = np.array([u in t.skills for t, u, _ in rows], dtype=float)

    def report(w, part, label):
        for th in (0.4, 0.5, 0.6, 0.7):
            p = 1 / (1 + np.exp(-(np.c_[X, np.ones(len(X))] @ w)))
            pred: dict[str, list[tuple[float, str]]] = {}
            for (t, u, _), pi in zip(rows, p):
                if t.id in part and pi >= th:
                    pred.setdefault(t.id, []).append((pi, u))
            chosen = {cid: [u for _, u in sorted(v, reverse=True)[:6]] for cid, v in pred.items()}
            r = score_tagging([t for t in tagged if t.id in part], chosen)
            print(
                f"  {label} threshold {th}: precision {r['precision']} recall {r['recall']} "
                f"unknown {r['skills_unknown']}/{r['courses']}"
            )

    w = fit(X, y)
    print("WEIGHTS =", tuple(round(float(v), 3) for v in w))
    report(w, {t.id for t in tagged}, "tune (in-sample)")
    halves = [{t.id for t in tagged[0::2]}, {t.id for t in tagged[1::2]}]
    for k in (0, 1):
        mask = np.array([t.id in halves[k] for t, _, _ in rows])
        report(fit(X[mask], y[mask]), halves[1 - k], f"two-fold, fit on half {k}, scored on the other")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
