"""Planner quality: essential-skill coverage, hours and validity against a keyword top-k baseline, and the
heuristic against the exact MILP optimum (without limits, and with limits that bind), on the bundled corpus
(every occupation as a goal).

Run: .venv/bin/python evals/eval_planner.py [--edx]   (--edx adds the edX catalogue with ESCO ICT occupations)
"""

from __future__ import annotations

import argparse
import re
import statistics
import tempfile
from datetime import date
from pathlib import Path

from pathfinder.catalogue import load_catalogue
from pathfinder.domain import Constraints, Credential, Goal, LearnerProfile, Occupation, Pathway
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import CatalogueLookup, plan_pathway
from pathfinder.planner.gaps import Gap, analyse_gap
from pathfinder.planner.instance import build_instance, objective
from pathfinder.planner.selection import solve_exact, solve_greedy
from pathfinder.settings import Settings
from pathfinder.skills.files import load_taxonomy

TODAY = date(2026, 1, 5)
LIMITS = Constraints(
    hours_per_week=8, weeks=52, budget=1500
)  # as in bench/bench_planner.py: limits that bind
LIMITS_TEXT = "8 h/week x 52 weeks, EUR 1,500"
WORD = re.compile(r"[a-z0-9+#]+")


def words(text: str) -> set[str]:
    return {w for w in WORD.findall(text.lower()) if len(w) > 2}


def keyword_baseline(occ: Occupation, catalogue: list[Credential], k: int) -> list[Credential]:
    """Top-k entries by word overlap with the role's labels (the naive 'search for the job title' plan)."""
    query = words(" ".join((occ.label, *occ.alt_labels)))
    scored = [
        (len(query & words(f"{c.title} {c.description} {c.subject or ''}")), -i, c)
        for i, c in enumerate(catalogue)
    ]
    return [c for s, _, c in sorted(scored, key=lambda t: (t[0], t[1]), reverse=True)[:k] if s > 0]


def essential_cov(ids: list[str], by_id: dict[str, Credential], gap: Gap) -> float:
    ess = [g.uri for g in gap.essential]
    if not ess:
        return 1.0
    taught = {u for i in ids for u in by_id[i].skill_uris}
    return sum(1 for u in ess if u in taught) / len(ess)


def valid(ids: list[str], by_id: dict[str, Credential], held: frozenset[str]) -> bool:
    pos = {c: k for k, c in enumerate(ids)}
    return len(pos) == len(ids) and all(
        p in held or (p in pos and pos[p] < pos[c]) for c in ids for p in by_id[c].prerequisites
    )


def evaluate(
    name: str, taxonomy: Taxonomy, catalogue: list[Credential], occupations: list[Occupation]
) -> None:
    lookup = CatalogueLookup(catalogue)
    by_id = lookup.by_id
    rows = []
    comparisons: list[tuple[bool, float, float, float, float]] = []
    limited_comparisons: list[tuple[bool, float, float, float, float]] = []
    for occ in occupations:
        profile = LearnerProfile(id="eval", goal=Goal(occupation_uri=occ.uri))
        gap = analyse_gap(profile, taxonomy, lookup, today=TODAY)
        if not gap.essential:
            continue
        reachable = sum(1 for g in gap.essential if g.taught_by) / len(gap.essential)
        pw: Pathway = plan_pathway(profile, gap, lookup, today=TODAY, relax=False)
        base = keyword_baseline(occ, catalogue, max(3, len(pw.steps)))
        rows.append(
            {
                "plan_cov": essential_cov(list(pw.ids), by_id, gap),
                "reachable": reachable,
                "plan_h": pw.totals.hours,
                "plan_valid": valid(list(pw.ids), by_id, profile.held_credential_ids),
                "steps": len(pw.steps),
                "base_cov": essential_cov([c.id for c in base], by_id, gap),
                "base_h": sum(c.hours or 0 for c in base),
                "base_valid": valid([c.id for c in base], by_id, profile.held_credential_ids),
                "solver": pw.solver,
            }
        )
        comparison = compare_with_exact(profile, gap, lookup)
        if comparison is not None:
            comparisons.append(comparison)
        limited = compare_with_exact(profile.model_copy(update={"constraints": LIMITS}), gap, lookup)
        if limited is not None:
            limited_comparisons.append(limited)

    def mean(key: str) -> float:
        return statistics.mean(r[key] for r in rows)

    print(f"\n## {name}: {len(rows)} goals with essential skills")
    print(
        f"essential coverage: planner {mean('plan_cov'):.1%} (reachable in catalogue "
        f"{mean('reachable'):.1%}), keyword top-k baseline {mean('base_cov'):.1%}"
    )
    print(
        f"hours: planner mean {mean('plan_h'):.0f} h over "
        f"{mean('steps'):.1f} steps; baseline {mean('base_h'):.0f} h"
    )
    print(
        "valid (prerequisites first, none missing): planner "
        f"{sum(r['plan_valid'] for r in rows)}/{len(rows)}, baseline "
        f"{sum(r['base_valid'] for r in rows)}/{len(rows)}; solvers "
        f"{ {s: sum(r['solver'] == s for r in rows) for s in ('exact', 'heuristic')} }"
    )
    for label, found in (("", comparisons), (f", limits {LIMITS_TEXT}", limited_comparisons)):
        if not found:
            continue
        equal = [c for c in found if c[0]]
        within = [c for c in equal if c[2] <= c[1] * 1.05 + 1e-6]
        worse_cov = [c for c in found if not c[0]]
        gaps = [(c[2] - c[1]) / c[1] for c in equal if c[1] > 0]
        short = [(c[3] - c[4]) / c[3] for c in worse_cov if c[3] > 0]
        print(
            f"heuristic vs exact ('fastest'{label}, {len(found)} instances): equal coverage {len(equal)}, "
            f"within 5% of optimal hours {len(within)}/{len(equal)}, mean excess "
            f"{statistics.mean(gaps) if gaps else 0:.1%}, max {max(gaps, default=0):.1%}; lower coverage "
            f"{len(worse_cov)}"
            + (f" (short by {statistics.mean(short):.1%} of the optimum's on average)" if short else "")
        )


def compare_with_exact(
    profile: LearnerProfile, gap: Gap, lookup: CatalogueLookup
) -> tuple[bool, float, float, float, float] | None:
    """(equal coverage, optimal hours, heuristic hours, optimal coverage, heuristic coverage) for 'fastest',
    on instances small enough for the MILP; None otherwise."""
    inst = build_instance(profile, gap, lookup, "fastest", today=TODAY)
    if inst.n > 300:
        return None
    exact, greedy = solve_exact(inst), solve_greedy(inst)
    if exact is None:
        return None
    e1, _ = objective(inst, exact)
    g1, _ = objective(inst, greedy)
    eh, gh = sum(inst.hours[i] for i in exact), sum(inst.hours[i] for i in greedy)
    return abs(e1 - g1) < 1e-6, eh, gh, e1, g1


def edx(settings: Settings) -> None:
    from pathfinder.skills.esco import read_esco
    from pathfinder.skills.matching import SkillMatcher, infer_skills_many

    esco_dir = settings.shared_data_dir / "esco_v1.1.1"
    taxonomy = read_esco(esco_dir)
    ict = [o for o in taxonomy.occupations.values() if _isco(esco_dir).get(o.uri, "").startswith("25")]
    report = load_catalogue([settings.shared_data_dir / "edx_courses" / "edx_courses.csv"], mapping="edx")
    with tempfile.TemporaryDirectory() as cache:
        matcher = SkillMatcher(taxonomy, cache_dir=Path(cache))
        catalogue = infer_skills_many(report.credentials, matcher)
    evaluate("edX catalogue, ESCO ICT professionals (ISCO 25)", taxonomy, catalogue, ict)


def _isco(esco_dir: Path) -> dict[str, str]:
    import pandas as pd

    occ = pd.read_csv(esco_dir / "occupations_en.csv.gz", usecols=["conceptUri", "iscoGroup"], dtype=str)
    return dict(zip(occ["conceptUri"], occ["iscoGroup"].fillna("")))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument(
        "--edx", action="store_true", help="also the edX catalogue with full-ESCO ICT occupations (slow)"
    )
    args = ap.parse_args()
    settings = Settings(_env_file=None)
    taxonomy = load_taxonomy(settings)
    catalogue = load_catalogue([settings.corpus_dir / "catalogue"]).credentials
    evaluate(
        "Bundled corpus", taxonomy, catalogue, sorted(taxonomy.occupations.values(), key=lambda o: o.label)
    )
    if args.edx:
        edx(settings)


if __name__ == "__main__":
    main()
