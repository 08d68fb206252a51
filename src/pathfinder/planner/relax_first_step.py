"""A first step in time (session 24, issue 14, branch plans24): when no step fits the learner's hours and
weeks, the smallest time change that gives one, beside what the whole goal would take.

A teacher with 3 h/week for 16 weeks (48 h) and a 55 h course was told "13 h/week instead of 3" or "keep
3 h/week and finish in 65 weeks": both are what the *whole* plan (192.5 h) takes without a time limit
(fresh23-04). An advisor says "19 weeks at your 3 h/week for the first course, or 4 h/week": the least that
gives a first step. The rule (`first_step_in_time`): for an empty plan, the whole plan's shortest prefix that
closes an essential skill (its steps are ordered, prerequisites first, so a prefix can be taken alone) sets
the time asked, at the learner's hours a week (more weeks) and within their weeks (more hours a week); each
change is re-planned and proposed only when that plan covers more and asks less than the whole plan's
proposals. They are proposed before the whole plan's, the smaller change first (`ask`).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date, timedelta

from pathfinder.domain import LearnerProfile, Pathway, Relaxation, Step
from pathfinder.planner.core_proposal import asks, hours_a_week
from pathfinder.planner.gaps import Gap
from pathfinder.planner.relax_base import (
    MAX_PROPOSED_HOURS,
    MAX_WEEKS,
    essential_coverage,
    finish_later,
    gain_text,
    sessions_late,
)
from pathfinder.planner.relax_base import with_constraints as _with

BetterFn = Callable[[LearnerProfile, str], "tuple[Pathway, float] | None"]


def first_prefix(whole: Pathway, gap: Gap) -> tuple[Step, ...]:
    """The shortest prefix of `whole` (ordered steps) whose steps close an essential skill of the gap; ()
    when none does or the prefix is the whole plan (nothing smaller to ask for)."""
    essential = {g.uri for g in gap.essential}
    for n, step in enumerate(whole.steps, 1):
        if essential & set(step.covers):
            return whole.steps[:n] if n < len(whole.steps) else ()
    return ()


def first_prefix_hours(whole: Pathway, gap: Gap) -> float | None:
    """The hours of `first_prefix`; None when there is none."""
    prefix = first_prefix(whole, gap)
    return sum(s.hours for s in prefix) if prefix else None


FIRST_STEP = "a first step"  # in both proposals' wording: what `is_first_step` reads


def is_first_step(r: Relaxation) -> bool:
    """Whether `r` is a first step in time proposed by `first_step_in_time` (its own wording)."""
    return not r.joint and r.constraint in ("hours_per_week", "weeks", "deadline") and FIRST_STEP in r.message


def first_step_in_time(
    profile: LearnerProfile,
    gap: Gap,
    current: Pathway,
    whole: Pathway,
    weeks: int,
    today: date,
    better: BetterFn,
    by_id,
    largest: tuple[float, ...],
) -> list[tuple[float, Relaxation]]:
    """For an empty `current` plan, the time changes that give a first step (module doc), smaller first; each
    with the essential coverage of its plan. `whole` is the plan without a time limit; `largest` the asks of
    the whole plan's time proposals (`core_proposal.asks`; a first step is proposed only when it asks less
    than each)."""
    c = profile.constraints
    hpw = c.hours_per_week
    if current.steps or hpw is None or hpw <= 0 or weeks <= 0:
        return []
    prefix = [s.hours for s in first_prefix(whole, gap)]
    if not prefix:
        return []
    hours = sum(prefix)
    out: list[tuple[float, Relaxation]] = []
    before = essential_coverage(current, gap)
    more_weeks = math.ceil(hours / hpw - 1e-9)
    if weeks < more_weeks <= MAX_WEEKS:  # beyond what `Constraints.weeks` holds: no first step to propose
        r = better(_with(profile, weeks=more_weeks, deadline=None), current.strategy)
        if r is not None:
            plan, after = r
            titles = "; ".join(s.title for s in plan.steps)
            rel = finish_later(
                c,
                hpw,
                plan,
                weeks,
                today,
                lambda need, by: (
                    f"{need} weeks instead of {weeks} at your {hpw:g} h/week (until {by:%B %Y}) give "
                    f"{FIRST_STEP}: {titles}; that plan {gain_text(before, after, gap)}."
                ),
            )
            out.append((after, rel))
            # the re-made plan may need less than the prefix (a course the prefix held that the first
            # step does not need: AI Foundations before Python and visualisation): the hours ask that much
            if plan.totals.hours < hours:
                prefix = [s.hours for s in plan.steps]
    # sized as the goal's core change is (`core_proposal.hours_a_week`: whole weeks per step, one after
    # another), not by the total: 3 x 10 h in 4 weeks is 10 h/week, not 8
    more_hours = hours_a_week(prefix, weeks)
    if hpw < more_hours <= MAX_PROPOSED_HOURS:
        r = better(_with(profile, hours_per_week=float(more_hours)), current.strategy)
        if r is not None and not sessions_late(r[0], weeks, by_id):
            plan, after = r
            titles = "; ".join(s.title for s in plan.steps)
            by = today + timedelta(weeks=weeks)
            out.append(
                (
                    after,
                    Relaxation(
                        constraint="hours_per_week",
                        current=hpw,
                        needed=float(more_hours),
                        message=f"With {more_hours} h/week instead of {hpw:g} you can take {FIRST_STEP} by "
                        f"{by:%B %Y}: {titles}; that plan {gain_text(before, after, gap)}.",
                    ),
                )
            )
    limit = min(largest, default=math.inf)
    out = [(a, r) for a, r in out if asks(r, today) < limit]
    out.sort(key=lambda ar: asks(ar[1], today))
    return out
