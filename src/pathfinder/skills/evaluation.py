"""Measuring skill matching on labelled phrases: precision and recall at 5 of `SkillMatcher.extract`, with
and without the curated aliases, and how many expected skills a phrase names word for word.

Sets (`EVAL_SETS`): `aliases` (evals/skills.jsonl, written with the alias list: a regression check of the
alias path, in-sample), `tune` and `frozen` (evals/skill_phrases_*.jsonl, phrases that name none of their
expected skills by a label or alias: linking on meaning; frozen is scored once, at the end)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

from pydantic import BaseModel, ValidationError

from pathfinder.domain.taxonomy import Taxonomy, normalise_label
from pathfinder.errors import PathfinderError
from pathfinder.settings import PROJECT_ROOT
from pathfinder.skills.aliases import Alias

SKILLS_EVAL_FILE = PROJECT_ROOT / "evals" / "skills.jsonl"
EVAL_SETS = {
    "aliases": SKILLS_EVAL_FILE,
    "tune": PROJECT_ROOT / "evals" / "skill_phrases_tune.jsonl",
    "frozen": PROJECT_ROOT / "evals" / "skill_phrases_frozen.jsonl",
}
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
    """`evaluate` of `extract` (what the product states) without the aliases ("before") and with them
    ("after"), and of `match`'s ranking, which always answers k skills ("ranked", with aliases)."""
    from pathfinder.skills.matching import SkillMatcher

    plain = SkillMatcher(matcher.taxonomy, matcher.embedder, aliases={})
    plain._vectors = matcher.label_vectors  # same labels, same embedder: reuse the vectors
    return {
        "before": evaluate(lambda t: [m.uri for m in plain.extract(t, top=k)], cases, k),
        "after": evaluate(lambda t: [m.uri for m in matcher.extract(t, top=k)], cases, k),
        "ranked": evaluate(lambda t: [m.uri for m in matcher.match(t, top=k)], cases, k),
    }


def skill_terms(taxonomy: Taxonomy, aliases: Mapping[str, Alias]) -> Callable[[str], list[str]]:
    """uri -> the words that name the skill: its preferred and alternative labels and its curated alias
    terms (`aliases` as `SkillMatcher.aliases`: key -> Alias)."""
    by_uri: dict[str, list[str]] = {}
    for alias in aliases.values():
        by_uri.setdefault(alias.uri, []).append(alias.term)

    def terms(uri: str) -> list[str]:
        skill = taxonomy.skill(uri)
        labels = [skill.label, *skill.alt_labels] if skill else []
        return [*labels, *by_uri.get(uri, [])]

    return terms


def verbatim_hits(case: SkillCase, terms_of: Callable[[str], Iterable[str]]) -> dict[str, str]:
    """Expected skill -> a term of it (label, alt label, alias) the phrase contains word for word
    (normalised: case, accents and punctuation aside). The case's own `labels` always count."""
    words = f" {normalise_label(case.text)} "
    hits: dict[str, str] = {}
    for n, uri in enumerate(case.expected):
        own = [case.labels[n]] if n < len(case.labels) else []
        for term in [*own, *terms_of(uri)]:
            key = normalise_label(term)
            if key and f" {key} " in words:
                hits[uri] = term
                break
    return hits


def verbatim_share(cases: Sequence[SkillCase], terms_of: Callable[[str], Iterable[str]]) -> float:
    """The share of expected skills named word for word by their phrase (in-sample for a word matcher)."""
    total = sum(len(c.expected) for c in cases)
    named = sum(len(verbatim_hits(c, terms_of)) for c in cases)
    return round(named / total, 3) if total else 0.0
