"""A small greedy planner with the real planner's signature, for tests that must not depend on its tuning."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pathfinder.domain import Credential, Pathway, Step, Totals


def simple_plan(profile: Any, gap: Any, credentials: Sequence[Credential], strategy: str = "balanced") -> Any:
    """A small greedy planner with the real one's signature, for tests that must not depend on its tuning:
    one teacher per gap skill, prerequisites added first, held/rejected ids skipped, the budget respected."""
    by_id = {c.id: c for c in credentials}
    skip = set(profile.held_credential_ids) | set(profile.preferences.rejected)
    budget = profile.constraints.budget
    chosen: list[str] = []
    spent = 0.0
    covers: dict[str, list[str]] = {}

    def with_prereqs(cid: str, seen: set[str]) -> list[str]:
        out: list[str] = []
        for pre in by_id[cid].prerequisites:
            if pre in by_id and pre not in skip and pre not in seen:
                seen.add(pre)
                out += with_prereqs(pre, seen) + [pre]
        return out

    for g in gap.skills:
        for cid in g.taught_by:
            if cid in skip or cid not in by_id:
                continue
            if cid in chosen:
                covers.setdefault(cid, []).append(g.uri)
                break
            new = [x for x in with_prereqs(cid, set(chosen)) if x not in chosen] + [cid]
            cost = sum(by_id[x].cost_eur or 0.0 for x in new)
            if budget is not None and spent + cost > budget:
                continue
            chosen += new
            spent += cost
            covers.setdefault(cid, []).append(g.uri)
            break
    hpw = profile.constraints.hours_per_week or 10.0
    steps, week = [], 1
    for cid in chosen:
        c = by_id[cid]
        weeks = max(1, -(-int(c.hours or 10) // int(max(1, hpw))))
        reasons = ("covers " + ", ".join(covers[cid]),) if cid in covers else ("prerequisite",)
        steps.append(
            Step(
                id=c.id,
                title=c.title,
                url=c.url,
                covers=tuple(covers.get(cid, ())),
                reasons=reasons,
                start_week=week,
                end_week=week + weeks - 1,
                hours=c.hours or 0.0,
                ects=c.ects or 0.0,
                cost=c.cost_eur or 0.0,
            )
        )
        week += weeks
    covered = {u for s in steps for u in s.covers}
    total_w = sum(g.weight for g in gap.skills) or 1.0
    return Pathway(
        goal_label=gap.goal_label,
        strategy=strategy,
        steps=tuple(steps),  # type: ignore[arg-type]
        totals=Totals(
            hours=sum(s.hours for s in steps),
            ects=sum(s.ects for s in steps),
            cost=round(spent, 2),
            weeks=week - 1,
        ),
        coverage=min(1.0, sum(g.weight for g in gap.skills if g.uri in covered) / total_w),
    )
