"""Fit the tagging confidence model (skills/tagging.py WEIGHTS and the skill prior table) on the TUNE courses.

Logistic regression (numpy, L2 on standardised features, weights then mapped back to raw features) of "this
candidate skill is one the reader labelled" on the candidate features `skills.tagging.candidate_features`
computes, over every tuning set (TUNE_SETS: `tune`, `tune2` and the three earlier frozen sets, which had their
reported looks before session 5 and are tuning data since; 460 courses). The skill prior
(`skills/skill_prior.py`) is counted from the same candidates; while fitting, each candidate's own label is
left out of its prior, and in every held-out evaluation the prior is counted on the training part only.

Prints the weights to paste into WEIGHTS, then precision / recall on a grid of thresholds under two held-out
schemes: leave-one-set-out (each labelling pass held out in turn; the sets labelled by ESCO substring look-up
only — tune2, frozen2, frozen3 — are reported apart, as they are labelled like the frozen set) and 5-fold
cross-validation by course. `--write` also writes the prior table to skills/models/tagging-prior.tsv.
The frozen set (`frozen4`) is never read here. Run with the full ESCO import:
    PATHFINDER_TAXONOMY_DIR=.pathfinder/esco .venv/bin/python tools/fit_skill_tagging.py [--write]
"""

from __future__ import annotations

import argparse

import numpy as np

L2 = 1e-2
FOLDS = 5
TUNE_SETS = ("tune", "tune2", "frozen", "frozen2", "frozen3")
SUBSTRING_LABELLED = ("tune2", "frozen2", "frozen3")  # labelled like frozen4: ESCO substring look-up only
TARGET_PRECISION = (
    0.88  # held-out precision wanted at the kept threshold (issue 13 asks 0.85 on a frozen set)
)
GRID = (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9)
MAX_SKILLS = 6


def fit(X: np.ndarray, y: np.ndarray, l2: float = L2, steps: int = 5_000, lr: float = 2.0) -> np.ndarray:
    """Weights for raw features (intercept last), fitted on standardised ones."""
    mu, sd = X.mean(0), X.std(0) + 1e-9
    Xb = np.c_[(X - mu) / sd, np.ones(len(X))]
    w = np.zeros(Xb.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-Xb @ w))
        w -= lr * (Xb.T @ (p - y) / len(y) + l2 * np.r_[w[:-1], 0])
    return np.r_[w[:-1] / sd, w[-1] - float((w[:-1] * mu / sd).sum())]


def with_prior(X: np.ndarray, uris: list[str], y: np.ndarray, train: np.ndarray, column: int) -> np.ndarray:
    """X with the prior column counted on the training rows (each training row's own label left out)."""
    from pathfinder.skills.skill_prior import SkillPrior

    prior = SkillPrior.count((u, bool(t)) for u, t, keep in zip(uris, y, train) if keep)
    X = X.copy()
    X[:, column] = [
        prior.log_rate(u, leave_out=bool(t) if keep else None) for u, t, keep in zip(uris, y, train)
    ]
    return X


def held_out(X, y, uris, folds, column) -> np.ndarray:
    p = np.zeros(len(y))
    for k in np.unique(folds):
        test = folds == k
        Xk = with_prior(X, uris, y, ~test, column)
        w = fit(Xk[~test], y[~test])
        p[test] = 1 / (1 + np.exp(-(np.c_[Xk[test], np.ones(test.sum())] @ w)))
    return p


def report(label, p, rows, tagged_by_set, not_english: set[str] = frozenset()) -> dict[float, float]:
    from pathfinder.skills.tagging_eval import score_tagging

    precision_substring = {}
    for th in GRID:
        pred: dict[str, list[tuple[float, str]]] = {}
        for (_, course_id, uri), pi in zip(rows, p):
            if pi >= th:
                pred.setdefault(course_id, []).append((pi, uri))
        chosen = {cid: [u for _, u in sorted(v, reverse=True)[:MAX_SKILLS]] for cid, v in pred.items()}
        parts = []
        for group in (SUBSTRING_LABELLED, TUNE_SETS):
            r = score_tagging([t for name in group for t in tagged_by_set[name]], chosen)
            parts.append(f"P {r['precision']} R {r['recall']} n {r['predicted_skills']}")
            if group == SUBSTRING_LABELLED:
                precision_substring[th] = r["precision"] or 0.0
        print(f"  {label}, threshold {th}: substring-labelled sets {parts[0]}; all tune sets {parts[1]}")
        if not_english:
            r = score_tagging([t for ts in tagged_by_set.values() for t in ts if t.id in not_english], chosen)
            print(
                f"    courses not in English ({r['courses']}): P {r['precision']} R {r['recall']} n "
                f"{r['predicted_skills']}"
            )
    return precision_substring


def main() -> int:
    from pathfinder.cli.skills_linking import load_courses
    from pathfinder.settings import Settings
    from pathfinder.skills.matching import SkillMatcher
    from pathfinder.skills.skill_prior import SkillPrior
    from pathfinder.skills.tagging import FEATURES, TAG_THRESHOLD, candidate_features
    from pathfinder.skills.tagging_eval import load_tagged

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help="write skills/models/tagging-prior.tsv")
    args = ap.parse_args()
    settings = Settings()
    matcher = SkillMatcher.from_settings(settings)
    tagged_by_set = {name: load_tagged(name) for name in TUNE_SETS}
    tagged = [(name, t) for name in TUNE_SETS for t in tagged_by_set[name]]
    courses = load_courses(settings.shared_data_dir, {t.id for _, t in tagged})
    feats = candidate_features([courses[t.id] for _, t in tagged], matcher, prior=SkillPrior.of({}))
    rows = [(name, t.id, u) for (name, t), fs in zip(tagged, feats) for u in fs]
    X = np.array([f for fs in feats for f in fs.values()])
    y = np.array([u in t.skills for (_, t), fs in zip(tagged, feats) for u in fs], dtype=float)
    uris = [u for _, _, u in rows]
    column = FEATURES.index("skill_prior")

    everything = np.ones(len(y), dtype=bool)
    w = fit(with_prior(X, uris, y, everything, column), y)
    print("WEIGHTS =", tuple(round(float(v), 3) for v in w))
    sets = np.array([name for name, _, _ in rows])
    by_course = {cid: i for i, cid in enumerate(sorted({cid for _, cid, _ in rows}))}
    order = np.random.RandomState(13).permutation(len(by_course)) % FOLDS
    folds = np.array([order[by_course[cid]] for _, cid, _ in rows])
    from pathfinder.skills.multilingual import not_english

    other = {cid for cid, c in courses.items() if not_english(c)}
    loso = report("leave one set out", held_out(X, y, uris, sets, column), rows, tagged_by_set, other)
    report(f"{FOLDS}-fold CV by course", held_out(X, y, uris, folds, column), rows, tagged_by_set)
    ok = loso.get(TAG_THRESHOLD, 0.0) >= TARGET_PRECISION
    print(
        f"kept threshold {TAG_THRESHOLD} (the planner's): held-out precision on the substring-labelled sets "
        f"{loso.get(TAG_THRESHOLD)} {'>=' if ok else '<'} {TARGET_PRECISION}"
    )
    if args.write:
        SkillPrior.count(zip(uris, y.astype(bool))).write()
        print("wrote the skill prior table")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
