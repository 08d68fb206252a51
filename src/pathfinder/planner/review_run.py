"""The plan-review evaluation run: plan every case of a set, review each plan, and sum the verdicts per split.

Pure: the cases, the taxonomy and the catalogue come in as values (the CLI, `cli/plans_eval.py`, reads them).
A case is a learner (goal x background x constraints x languages) with the evaluator's estimate of their
starting EQF level and its split: "tune" cases may guide planner work, "frozen" ones never (evals/README.md).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from pathfinder.domain import Credential, LearnerProfile, Pathway
from pathfinder.planner import CatalogueLookup, plan_pathway
from pathfinder.planner.gaps import Gap, analyse_gap
from pathfinder.planner.offered import planned_for
from pathfinder.planner.review import CRITERIA, MIN_CONFIDENCE, essential_covered, review_plan, strategy_order

ALL_CRITERIA = (*CRITERIA, "strategy_order")


class PlanCase(BaseModel):
    """One line of evals/plans/cases.jsonl."""

    model_config = ConfigDict(extra="forbid")

    id: str
    split: Literal["tune", "frozen"]
    background: str = ""
    constraints_kind: str = ""
    start_eqf: int | None = Field(
        None, ge=1, le=8, description="the evaluator's estimate of the starting level"
    )
    today: date
    profile: LearnerProfile
    note: str = ""


class CaseResult(BaseModel):
    """What the review found on one case's balanced plan (and its fastest and cheapest plans)."""

    id: str
    split: str
    goal: str
    steps: int
    relevant_steps: int
    essential_gap: int
    essential_teachable: int = Field(
        0, description="essential gap skills some credential the learner may take teaches"
    )
    essential_covered: int
    hours: float
    cost: float
    weeks: int
    solver: str
    unknown_hours: int = Field(description="steps whose workload the catalogue does not state")
    unknown_price: int
    unknown_language: int
    passed: dict[str, bool]
    problems: dict[str, list[str]]
    step_ids: list[str]
    step_why: list[str]


def run_case(
    case: PlanCase, taxonomy, lookup: CatalogueLookup, min_confidence: float = MIN_CONFIDENCE
) -> tuple[CaseResult, Pathway]:
    """Plan the case (balanced with relaxations, as the learner sees it; fastest and cheapest without) and
    review the balanced plan and the strategy ordering."""
    profile, today = case.profile, case.today
    gap: Gap = analyse_gap(profile, taxonomy, lookup, today=today)
    plans = {"balanced": plan_pathway(profile, gap, lookup, "balanced", today=today)}
    # a plan offered in another language or within two years is compared on its own instance
    same = planned_for(profile, plans["balanced"])
    for strategy in ("fastest", "cheapest"):
        plans[strategy] = plan_pathway(same, gap, lookup, strategy, today=today, relax=False)
    pw = plans["balanced"]
    by_id = lookup.by_id
    review = review_plan(
        profile, gap, pw, by_id, today=today, start_eqf=case.start_eqf, min_confidence=min_confidence
    )
    verdicts = [*review.verdicts, strategy_order(gap, plans, by_id)]
    creds = [by_id[s.id] for s in pw.steps]
    result = CaseResult(
        id=case.id,
        split=case.split,
        goal=pw.goal_label,
        steps=len(pw.steps),
        relevant_steps=sum(s.relevant for s in review.steps),
        essential_gap=len(gap.essential),
        essential_teachable=sum(1 for g in gap.essential if g.taught_by),
        essential_covered=essential_covered(gap, pw, by_id),
        hours=pw.totals.hours,
        cost=pw.totals.cost,
        weeks=pw.totals.weeks,
        solver=pw.solver,
        unknown_hours=sum(c.hours is None for c in creds),
        unknown_price=sum(c.cost_eur is None for c in creds),
        unknown_language=sum(not c.languages for c in creds),
        passed={v.criterion: v.passed for v in verdicts},
        problems={v.criterion: list(v.problems) for v in verdicts},
        step_ids=[s.id for s in pw.steps],
        step_why=[s.why for s in review.steps],
    )
    return result, pw


def run_cases(
    cases: Sequence[PlanCase],
    taxonomy,
    credentials: Sequence[Credential],
    progress: Callable[[int, int], None] | None = None,
    min_confidence: float = MIN_CONFIDENCE,
) -> list[CaseResult]:
    lookup = CatalogueLookup.of(credentials)
    out = []
    for k, case in enumerate(cases, 1):
        out.append(run_case(case, taxonomy, lookup, min_confidence)[0])
        if progress:
            progress(k, len(cases))
    return out


def summarise(results: Sequence[CaseResult]) -> dict[str, float | int]:
    """The figures the issue's "done" asks for, over `results`."""
    n = len(results)
    steps = sum(r.steps for r in results)
    ok = lambda name: sum(r.passed[name] for r in results)  # noqa: E731
    within = sum(r.passed["limits"] and r.passed["languages"] for r in results)
    return {
        "cases": n,
        "plans_within_limits_and_languages": within,
        "share_within_limits_and_languages": round(within / n, 3) if n else 0.0,
        **{f"pass_{name}": ok(name) for name in ALL_CRITERIA},
        "steps": steps,
        "relevant_steps": sum(r.relevant_steps for r in results),
        "share_steps_relevant": round(sum(r.relevant_steps for r in results) / steps, 3) if steps else 1.0,
        "eqf_jumps": sum(len(r.problems["eqf_jumps"]) for r in results),
        "plans_passing_all": sum(all(r.passed.values()) for r in results),
        "empty_plans": sum(r.steps == 0 for r in results),
        "empty_plans_with_teachable_skills": sum(r.steps == 0 and r.essential_teachable > 0 for r in results),
        "essential_coverage": round(
            sum(r.essential_covered for r in results) / max(1, sum(r.essential_gap for r in results)), 3
        ),
        "essential_coverage_of_teachable": round(
            sum(min(r.essential_covered, r.essential_teachable) for r in results)
            / max(1, sum(r.essential_teachable for r in results)),
            3,
        ),
        "steps_unknown_hours": sum(r.unknown_hours for r in results),
        "steps_unknown_price": sum(r.unknown_price for r in results),
        "steps_unknown_language": sum(r.unknown_language for r in results),
        "plans_over_104_weeks": sum(r.weeks > 104 for r in results),
    }


def hand_judged_status(results: Sequence[CaseResult], judged: Sequence[dict], catalogue: str) -> dict:
    """Which hand-judged cases (lines of evals/plans/hand_judged*.jsonl) this run planned exactly as a judged
    plan (that judgement stands for it) and which it planned differently (to be judged again)."""
    by_id = {r.id: r for r in results}
    cases: dict[str, list[dict]] = {}
    for j in judged:
        if j.get("catalogue") == catalogue and j["case"] in by_id:
            cases.setdefault(j["case"], []).append(j)
    same = {}
    for case, judgements in cases.items():
        steps = by_id[case].step_ids
        match = [j for j in judgements if [s[0] for s in j["plan"]["steps"]] == steps]
        if match:
            same[case] = match[-1]
    return {
        "judged": len(cases),
        "unchanged": len(same),
        "unchanged_signable": sum(bool(j["sign"]) for j in same.values()),
        "changed": sorted(set(cases) - set(same)),
    }


def summary_by_split(results: Sequence[CaseResult]) -> dict[str, dict[str, float | int]]:
    return {
        name: summarise([r for r in results if name == "all" or r.split == name])
        for name in ("tune", "frozen", "all")
    }


__all__ = [
    "ALL_CRITERIA",
    "CaseResult",
    "PlanCase",
    "hand_judged_status",
    "run_case",
    "run_cases",
    "summarise",
    "summary_by_split",
]
