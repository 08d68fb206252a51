"""Measuring credential tagging (skills inferred for courses that list none) on hand-labelled course sets.

Tuning sets (tools/fit_skill_tagging.py fits on all of them): `evals/skill_tagging_tune.jsonl` (90 courses),
`tune2` (60) and the three earlier frozen sets, retired to tuning in session 5 after their reported looks:
`frozen` (160, session 3), `frozen2` (90) and `frozen3` (60, session 4). The frozen set is `frozen4` (80
courses, session 5, labelled by evals/skill_tagging_rules.md and committed before any model ran on it): scored
once, never tuned on. edX and Udemy courses from `../shared/data` (and, in frozen2, bundled catalogue
entries), each with the ESCO skills a reader judges clearly taught (possibly none). The files hold only ids,
titles and labels; the course text is read from the shared data (or the bundled catalogue) when measuring.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pathfinder.domain import Credential
from pathfinder.errors import PathfinderError
from pathfinder.settings import PROJECT_ROOT

TAGGING_SETS = {
    "frozen": PROJECT_ROOT / "evals" / "skill_tagging_frozen.jsonl",
    "tune": PROJECT_ROOT / "evals" / "skill_tagging_tune.jsonl",
    "frozen2": PROJECT_ROOT / "evals" / "skill_tagging_frozen2.jsonl",
    "tune2": PROJECT_ROOT / "evals" / "skill_tagging_tune2.jsonl",
    "frozen3": PROJECT_ROOT / "evals" / "skill_tagging_frozen3.jsonl",
    "frozen4": PROJECT_ROOT / "evals" / "skill_tagging_frozen4.jsonl",
    # session 15: uploads (title + 1-3 sentences, eight languages, text in the file, bundled taxonomy);
    # written by evals/skill_uploads15_write.py before any tuning; the frozen part is scored once
    "uploads15": PROJECT_ROOT / "evals" / "skill_uploads15_tune.jsonl",
    "uploads15-frozen": PROJECT_ROOT / "evals" / "skill_uploads15_frozen.jsonl",
}
SOURCES = (
    ("edx_courses/edx_courses.csv", "edx"),
    ("udemy_courses/udemy_courses.csv", "udemy"),
)  # file, mapping


def bundled_catalogue_dir() -> Path:
    """The bundled catalogue folder (frozen2 samples some of its entries)."""
    from importlib.resources import files

    return Path(str(files("pathfinder") / "corpus" / "catalogue"))


@dataclass(frozen=True)
class TaggedCourse:
    id: str
    title: str
    skills: frozenset[str]
    upload: Credential | None = None  # a row that carries its own text (an upload), else read from the data


def _upload(row: dict) -> Credential | None:
    """The entry a row with its own description stands for, as an upload would arrive."""
    if "description" not in row:
        return None
    languages = tuple(row.get("languages", ()))
    return Credential(
        id=row["id"],
        title=row["title"],
        provider="Upload",
        description=row["description"],
        languages=languages,
    )


def load_tagged(name_or_path: str | Path) -> list[TaggedCourse]:
    path = TAGGING_SETS.get(str(name_or_path), Path(name_or_path))
    try:
        rows = [
            json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()
        ]
    except (OSError, ValueError) as e:
        raise PathfinderError(
            f"Cannot read the tagging set {path} ({e}); give frozen, tune or a JSONL file."
        ) from e
    return [TaggedCourse(r["id"], r["title"], frozenset(r["skills"]), _upload(r)) for r in rows]


def score_tagging(tagged: Sequence[TaggedCourse], predicted: dict[str, Sequence[str]]) -> dict:
    """Micro precision and recall over (course, skill) pairs; courses left untagged count as predicting
    none."""
    tp = fp = fn = 0
    untagged = untagged_without_gold = 0
    for t in tagged:
        pred = set(predicted.get(t.id, ()))
        tp += len(pred & t.skills)
        fp += len(pred - t.skills)
        fn += len(t.skills - pred)
        if not pred:
            untagged += 1
            untagged_without_gold += not t.skills
    return {
        "courses": len(tagged),
        "gold_skills": sum(len(t.skills) for t in tagged),
        "predicted_skills": tp + fp,
        "precision": round(tp / (tp + fp), 3) if tp + fp else None,
        "recall": round(tp / (tp + fn), 3) if tp + fn else None,
        "skills_unknown": untagged,
        "skills_unknown_and_no_gold": untagged_without_gold,
    }


def evaluate_tagging(
    infer: Callable[[list[Credential]], list[Credential]],
    tagged: Sequence[TaggedCourse],
    courses: dict[str, Credential],
    min_confidence: float = 0.0,
) -> dict:
    """Run `infer` on the labelled courses (id -> credential, read with `cli.skills_linking.load_courses`) and
    score the skills it gives at or above `min_confidence`."""
    missing = [t.id for t in tagged if t.id not in courses]
    if missing:
        raise PathfinderError(
            f"{len(missing)} labelled courses are not in the shared data (e.g. {missing[0]})."
        )
    inferred = infer([courses[t.id] for t in tagged])
    predicted = {c.id: [s.uri for s in c.skills if s.confidence >= min_confidence] for c in inferred}
    return score_tagging(tagged, predicted)
