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

from pathfinder.domain import LearnerProfile, Pathway

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


def core_teachers(cands: Candidates, core: Collection[str], tries: int = CORE_TRIES) -> list[int]:
    """Candidates teaching a core skill (with evidence: `covers`), most core skills first, then the fewest
    hours with everything they need first."""
    wanted = {j for j, u in enumerate(cands.skills) if u in set(core)}
    found = [i for i in range(cands.n) if cands.covers[i] & wanted]

    def key(i: int) -> tuple[int, float, str]:
        hours = sum(cands.hours[k] for k in cands.closures[i])
        return (-len(cands.covers[i] & wanted), hours, cands.cands[i].id)

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
        f"hours, costing {t.currency} {t.cost:g}: {titles}.",
    )
