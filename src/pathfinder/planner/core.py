"""The goal's core first (issue 14, session 9): a plan for an occupation holds a course of what the work
centres on when one fits the learner's limits.

The first stage maximises weighted essential coverage, so many cheap courses of shared skills outweigh one
long course of the skill the occupation is about: with 416 hours for a data scientist the plan was data
engineering, visualisation, data modelling and FAIR research data, not Applied Machine Learning (375 h with
its prerequisites, which fits). The core is the goal's O*NET central skills (`Gap.core`: named by O*NET task
statements or in-demand technologies and listed essential by few occupations; machine learning for the data
scientist, data visualisation for the analyst, penetration-testing tools for the ethical hacker). When the
plan covers none of them and a candidate teaches one, the session re-solves with each of the best such
teachers required (`CORE_TRIES`) and keeps the best plan that stays within every limit; the step says why.
When none fits, the plan says so, with what the core would take. Pure functions; the session re-solves.
"""

from __future__ import annotations

from collections.abc import Collection
from statistics import median

from pathfinder.domain import LearnerProfile, Pathway, to_eur
from pathfinder.domain.pathways import amount_text

from .candidates import Candidates
from .gaps import Gap

CORE_TRIES = 3  # re-solves with a core teacher required, best first
EPS = 1e-6


def missing_core(gap: Gap, pathway: Pathway) -> tuple[str, ...]:
    """The goal's core skills in the gap when the plan covers none of them (else ())."""
    core = [g.uri for g in gap.skills if g.essential and g.uri in set(gap.core)]
    uncovered = {u.uri for u in pathway.uncovered}
    if not core or any(u not in uncovered for u in core):
        return ()
    return tuple(core)


def core_covered(pathway: Pathway, core: Collection[str]) -> int:
    """How many of the goal's core skills `core` the plan covers."""
    uncovered = {u.uri for u in pathway.uncovered}
    return sum(1 for u in set(core) if u not in uncovered)


def effort_scale(cands: Candidates) -> tuple[float, float]:
    """The median candidate's hours and EUR (what one unit of effort is, as in the balanced objective)."""
    hours = [h for h in cands.hours if h > 0]
    cost = [c for c in cands.cost_eur if c > 0]
    return (median(hours) if hours else 1.0, median(cost) if cost else 100.0)


def effort(hours: float, cost_eur: float, strategy: str, scale: tuple[float, float]) -> tuple[float, float]:
    """How dear a core teacher (with what it needs first) or a plan is for `strategy` (session 11: the core
    repair ranked by hours alone took a EUR 2,655 course over a EUR 182 track of as many core skills):
    fastest hours then cost, cheapest cost then hours, otherwise hours and cost in median units together."""
    if strategy == "fastest":
        return (hours, cost_eur)
    if strategy == "cheapest":
        return (cost_eur, hours)
    return (hours / scale[0] + cost_eur / scale[1], hours)


def plan_eur(pathway: Pathway) -> float:
    """A plan's cost in EUR (by the reference rates; as stated when the currency has none)."""
    t = pathway.totals
    eur = to_eur(t.cost, t.currency)
    return t.cost if eur is None else eur


def core_teachers(
    cands: Candidates, core: Collection[str], tries: int = CORE_TRIES, strategy: str = "balanced"
) -> list[int]:
    """Candidates teaching a core skill (with evidence: `covers`), most core skills first, then the most
    weighted essential gap skills their closure covers (a course of several essential skills before a
    one-tag introduction), then the least effort for the strategy with everything they need first."""
    wanted = {j for j, u in enumerate(cands.skills) if u in set(core)}
    found = [i for i in range(cands.n) if cands.covers[i] & wanted]
    scale = effort_scale(cands)
    gap = cands.gap
    weight = {g.uri: g.weight for g in gap.essential} if gap is not None else {}

    def key(i: int) -> tuple[int, float, tuple[float, float], str]:
        closure = cands.closures[i]
        hours = sum(cands.hours[k] for k in closure)
        cost = sum(cands.cost_eur[k] for k in closure)
        gain = sum(weight.get(cands.skills[j], 0.0) for j in cands.bundle_covers[i])
        return (
            -len(cands.covers[i] & wanted),
            -round(gain, 6),
            effort(hours, cost, strategy, scale),
            cands.cands[i].id,
        )

    return sorted(found, key=key)[:tries]


def within_limits(pathway: Pathway, profile: LearnerProfile, hours: float | None, weeks: int | None) -> bool:
    """The plan keeps the learner's limits: hours available, weeks available, budget (in the learner's
    currency, as the totals are), each dated session's hours a week (the schedule says so in a note)."""
    t = pathway.totals
    budget = profile.constraints.budget
    if hours is not None and t.hours > hours + EPS:
        return False
    if weeks is not None and t.weeks > weeks:
        return False
    if budget is not None and t.cost > budget + 0.005:
        return False
    return not any(
        n.startswith(("Your pinned credentials alone", "This plan could not")) for n in pathway.notes
    )


def core_reason(labels: Collection[str], goal: str) -> str:
    """The reason on a step taken for the goal's core."""
    return f"the core of {goal} ({', '.join(labels)}): planned first, though other steps cover more skills"


def core_notes(labels: Collection[str], goal: str, title: str, nearest: Pathway | None) -> tuple[str, ...]:
    """Why no step of the goal's core is planned, and the nearest plan that has one (`nearest`: planned with
    the core teacher required, over the limits), so the learner sees what it would take."""
    said = (
        f"No course of what {goal} work centres on ({', '.join(labels)}) fits your limits: {title}, with "
        "what it needs first, does not."
    )
    if nearest is None or not nearest.steps:
        return (said,)
    t = nearest.totals
    titles = "; ".join(s.title for s in nearest.steps)
    return (
        said,
        f"With it the plan would be {len(nearest.steps)} step(s), {t.hours:g} h over {t.weeks} weeks at your "
        f"hours, costing {t.currency} {amount_text(t.cost)}: {titles}.",
    )
