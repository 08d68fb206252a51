"""Measuring skill matching on a labelled set (evals/skills.jsonl): precision and recall at 5 of
`SkillMatcher.extract`, with and without the curated aliases."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from pydantic import BaseModel, ValidationError

from pathfinder.errors import PathfinderError
from pathfinder.settings import PROJECT_ROOT

SKILLS_EVAL_FILE = PROJECT_ROOT / "evals" / "skills.jsonl"
K = 5


class SkillCase(BaseModel, frozen=True):
    """One labelled phrase: a CV line, a chat message or a job-advert line, and the skills it names."""

    id: str
    text: str
    expected: tuple[str, ...]
    kind: str = "chat"
    lang: str = "en"
    labels: tuple[str, ...] = ()


def load_cases(path: Path | str = SKILLS_EVAL_FILE) -> list[SkillCase]:
    """The cases of a JSONL evaluation file (one object a line)."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise PathfinderError(
            f"Cannot read the skill evaluation set {path} ({e}); give one with --file."
        ) from e
    cases = []
    for n, line in enumerate(lines, start=1):
        if line.strip():
            try:
                cases.append(SkillCase.model_validate_json(line))
            except ValidationError as e:
                raise PathfinderError(f"{path} line {n} is not a skill case ({e.errors()[0]['msg']}).") from e
    return cases


def score_case(predicted: Sequence[str], expected: Sequence[str], k: int = K) -> tuple[float, float]:
    """(precision, recall) of the first k predictions; precision of an empty answer is 0."""
    top = list(dict.fromkeys(predicted))[:k]
    hits = len(set(top) & set(expected))
    return (hits / len(top) if top else 0.0, hits / len(expected) if expected else 1.0)


def evaluate(extract: Callable[[str], Sequence[str]], cases: Sequence[SkillCase], k: int = K) -> dict:
    """Macro precision@k and recall@k, the share of cases fully found, empty answers, and recall by
    language."""
    rows = []
    for case in cases:
        predicted = list(extract(case.text))[:k]
        p, r = score_case(predicted, case.expected, k)
        rows.append((case, p, r, predicted))
    n = len(rows) or 1
    by_lang: dict[str, list[float]] = {}
    for case, _, r, _ in rows:
        by_lang.setdefault(case.lang, []).append(r)
    return {
        "cases": len(rows),
        f"precision@{k}": round(sum(p for _, p, _, _ in rows) / n, 3),
        f"recall@{k}": round(sum(r for _, _, r, _ in rows) / n, 3),
        "all_found": round(sum(r == 1.0 for _, _, r, _ in rows) / n, 3),
        "empty": sum(not pred for *_, pred in rows),
        "recall_by_lang": {lang: round(sum(v) / len(v), 3) for lang, v in sorted(by_lang.items())},
        "misses": [
            {"id": c.id, "text": c.text, "missing": sorted(set(c.expected) - set(pred))}
            for c, _, r, pred in rows
            if r < 1.0
        ],
    }


def compare_aliases(matcher, cases: Sequence[SkillCase], k: int = K) -> dict[str, dict]:
    """`evaluate` of the matcher without its aliases ("before") and with them ("after")."""
    from pathfinder.skills.matching import SkillMatcher

    plain = SkillMatcher(matcher.taxonomy, matcher.embedder, aliases={})
    plain._vectors = matcher.label_vectors  # same labels, same embedder: reuse the vectors
    return {
        "before": evaluate(lambda t: [m.uri for m in plain.extract(t, top=k)], cases, k),
        "after": evaluate(lambda t: [m.uri for m in matcher.extract(t, top=k)], cases, k),
    }
