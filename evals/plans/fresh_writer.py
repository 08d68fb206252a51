"""The one writer of the hand-judged learner files (`fresh_profiles.py`, `fresh2_profiles.py`,
`fresh3_profiles.py`): each lists its learners as tuples and calls `write_cases`.

A learner: (catalogue, judge's start EQF, current role, goal, held [(skill, level)], languages,
constraints[, strategy]). Labels resolve against the bundled taxonomy; the current role keeps an occupation
URI only when its label or an alternative label names one (as the chat does), unless `role_uri` is off
(the first file's learners carried none).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TAXONOMY = ROOT / "src" / "pathfinder" / "corpus" / "taxonomy"


def lookup(path: Path, alt: bool = False) -> dict[str, str]:
    """label -> URI; with `alt`, lower-cased labels and alternative labels too (to resolve a job)."""
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    out = {row["label"]: row["uri"] for row in rows}
    if alt:
        for row in rows:
            names = [row["label"], *row.get("alt_labels", "").split(" | ")]
            out.update({n.strip().lower(): row["uri"] for n in names if n.strip()})
    return out


def write_cases(
    prefix: str,
    today: str,
    learners: Sequence[tuple],
    out: Path,
    *,
    role_uri: bool = True,
    first: int = 1,
    append: bool = False,
    split: str = "frozen",
) -> None:
    """Writes `learners` as cases `<prefix>-NN` from `first` on, planned on `today`; with `append`, after the
    cases already in `out` (a file whose learners plan on two dates); `split` "tune" for cases written by the
    helper who fixes what they show (not held out)."""
    skills = lookup(TAXONOMY / "skills.csv")
    occupations = lookup(TAXONOMY / "occupations.csv", alt=role_uri)
    lines = []
    for n, (catalogue, eqf, role, goal, held, langs, constraints, *strategy) in enumerate(learners, first):
        cid = f"{prefix}-{n:02d}"
        profile = {
            "id": cid,
            "name": f"{role} to {goal}",
            "skills": [
                {"uri": skills[s], "label": s, "level": lvl, "source": "self-declared"} for s, lvl in held
            ],
            "credentials": [],
            "goal": {"occupation_uri": occupations[goal], "label": goal},
            "current_role": (
                {"occupation_uri": occupations.get(role.lower()), "label": role}
                if role_uri
                else {"label": role}
            ),
            "languages": langs,
            "constraints": constraints,
            "preferences": {},
        }
        case = {
            "id": cid,
            "split": split,  # "frozen": held out; evals/README says which files were later tuned on
            "background": role,
            "constraints_kind": catalogue,  # which catalogue the plan is judged on
            "start_eqf": eqf,
            "today": today,
            "profile": profile,
        }
        if strategy:
            case["note"] = f"strategy: {strategy[0]}"
        lines.append(json.dumps(case, ensure_ascii=False) + "\n")
    before = out.read_text(encoding="utf-8") if append and out.exists() else ""
    out.write_text(before + "".join(lines), encoding="utf-8")
    print(f"{len(lines)} learners -> {out}")
