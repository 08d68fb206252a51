"""The one change that buys the goal's core (issue 14, session 20): when a plan has no step of what the goal's
work centres on (empty, or thin) and the nearest plan with the core goes past ONE of the learner's limits, the
proposal names the smallest change of that one limit that admits it, with its figure, before any other.

The relaxation search sizes a change by how many more essential skills it covers, so a Java developer aiming
at software tester with 5 h/week for 16 weeks was first offered 6 h/week for a debugging course, while
Software Testing and Quality (137.5 h, within her budget) needed 9 h/week (thin20-12; fresh19-04: a marketing
assistant was offered 18 h/week "for 7 more essential skills" while SQL and visualisation needed 8). Here:
past the time only, "With N h/week instead of H you can take <the core plan's courses> by <month>" (at most
`MAX_PROPOSED_HOURS`, and no dated session ending after the time window) with "Or keep H h/week and finish in
W weeks" beside it; past the budget only, "A budget of X instead of Y buys <courses>". Past both limits, or
past neither, nothing here (`core.core_changes` sizes the joint change of a plan with steps). The session
plans the changed limits and keeps a proposal only when that plan holds the core and covers more.
Pure functions; `session.PlanningSession` plans and orders.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from pathfinder.domain import Credential, LearnerProfile, Pathway, Relaxation
from pathfinder.domain.pathways import money_text

from .relax_base import MAX_PROPOSED_HOURS, finish_later, sessions_late
from .relax_joint import BUDGET_FLOOR

TIME = frozenset({"hours_per_week", "weeks", "deadline"})  # the limits a 'time' proposal changes
EPS = 1e-6


def core_single_change(
    nearest: Pathway,
    profile: LearnerProfile,
    weeks: int | None,
    today: date,
    by_id: Mapping[str, Credential],
    *,
    what: str,
    min_hours: int = 0,
) -> tuple[Relaxation, ...]:
    """The proposals sizing the ONE limit `nearest` (the plan with the goal's core, planned over the limits)
    goes past: time (more hours a week when at most MAX_PROPOSED_HOURS, and finishing later at the learner's
    hours), or budget; () when it goes past both or neither, or the learner gave no hours a week for a time
    limit. `what` names the core plan's courses in the messages (`core_courses`); `min_hours`, the fewest
    hours a week to propose (the session's retry when the schedule's worst case did not plan it)."""
    c, t = profile.constraints, nearest.totals
    late = weeks is not None and weeks > 0 and t.weeks > weeks
    given = None if weeks is None or c.hours_per_week is None else c.hours_per_week * weeks
    hours_over = given is not None and t.hours > given + EPS
    dear = c.budget is not None and t.cost > c.budget + 0.005
    if dear and (late or hours_over):
        return ()
    if dear:
        needed = math.ceil(t.cost)
        return (
            Relaxation(
                constraint="budget",
                current=c.budget,
                needed=float(needed),
                message=f"A budget of {money_text(needed, t.currency)} instead of "
                f"{money_text(c.budget or 0.0, t.currency)} buys {what}.",
            ),
        )
    if not (late or hours_over) or weeks is None or weeks <= 0 or c.hours_per_week is None:
        return ()
    hours = c.hours_per_week
    out: list[Relaxation] = []
    hpw = hours_a_week([s.hours for s in nearest.steps], weeks, min_hours)
    if hours < hpw <= MAX_PROPOSED_HOURS and not sessions_late(nearest, weeks, by_id):
        by = today + timedelta(weeks=weeks)
        out.append(
            Relaxation(
                constraint="hours_per_week",
                current=hours,
                needed=float(hpw),
                message=f"With {hpw} h/week instead of {hours:g} you can finish by {by:%d %B %Y} with "
                f"{what}.",
            )
        )
    later = finish_later(
        c,
        hours,
        nearest,
        weeks,
        today,
        lambda need, by: (
            f"Or keep {hours:g} h/week and finish in {need} weeks (by {by:%d %B %Y}) with {what}."
        ),
    )
    return time_order(out[0] if out else None, later, today)


def hours_a_week(step_hours: Sequence[float], weeks: int, least: int = 0) -> int:
    """The fewest whole hours a week that take steps of `step_hours` within `weeks`, each step in whole weeks,
    one after another (the schedule's worst case): 292.5 h in 26 weeks is 12 h/week by the total, but 4 + 10
    + 12 weeks... or 27 with a step's last partial week; the smallest that fits all, at least `least`.
    Over MAX_PROPOSED_HOURS it stops at MAX_PROPOSED_HOURS + 1 (no proposal asks that much). The one sizing of
    a "more hours a week" proposal (the goal's core here, a first step in `relax_first_step`)."""
    hpw = max(math.ceil(sum(step_hours) / weeks - EPS), least)
    while hpw <= MAX_PROPOSED_HOURS and sum(math.ceil(h / hpw - EPS) for h in step_hours) > weeks:
        hpw += 1
    return hpw


HOURS_STRETCH = 2.0  # a proposal asking more than this many times the learner's hours a week is a big ask


def time_order(hours: Relaxation | None, later: Relaxation, today: date) -> tuple[Relaxation, ...]:
    """The two time proposals, more hours a week (`hours`, or None) and the learner's own hours finishing
    later (`later`, worded "Or keep H h/week ..."), in the order they are proposed: more hours first, unless
    they more than double the hours the learner gave (HOURS_STRETCH) and finishing later asks less
    (`asks`: 16 h/week for 5 asks 3.2, 44 weeks for 15.7 asks 2.8; es-v13u-10, a learner who could give 5 h
    a week to be done before Easter, was shown a 16 h/week plan). The first is worded without "Or". Only for
    the goal's core proposals, whose two plans are the same core plan (the relaxation search's finishing-later
    plan is re-planned over a longer horizon and may fill it with other fields: tried there, a GPU-computing
    learner was previewed a machine-learning chain; session 22)."""
    if hours is None:
        return (_without_or(later),)
    if asks(hours, today) > HOURS_STRETCH + EPS and asks(later, today) < asks(hours, today) - EPS:
        return (_without_or(later), hours)
    return (hours, later)


def _without_or(r: Relaxation) -> Relaxation:
    """A proposal worded "Or keep ..." when it comes first: "Keep ..."."""
    if not r.message.startswith("Or keep"):
        return r
    return r.model_copy(update={"message": "Keep" + r.message[len("Or keep") :]})


def core_first(
    changes: Sequence[Relaxation], relaxations: Sequence[Relaxation], today: date
) -> tuple[Relaxation, ...]:
    """The proposals with `changes` (the core's one-limit proposals) first when the first of them asks no more
    than the current first proposal (`asks`: proposals ordered by how little they ask); else `relaxations`
    unchanged (the core's notes already say what it would take; in the chat's other languages a later "11 h
    a week (13 %)" would not say it buys the core). Leading, they drop every joint proposal (never beside a
    single change that helps) and the single proposals of the same limit that ask more and cover no more (one
    proposal per limit, the smallest that helps); one that covers more stays, after (a 46 % plan is not
    hidden behind a 13 % one that has the core), and so does a dated session's (its coverage unstated)."""
    kind = {r.constraint for r in changes}
    group = TIME if kind & TIME else kind
    singles = [r for r in relaxations if not r.joint]
    if singles and asks(changes[0], today) > asks(singles[0], today) + EPS:
        return tuple(relaxations)
    most = max((r.coverage_after or 0.0) for r in changes)
    kept = [
        r
        for r in singles
        if r.constraint not in group or r.coverage_after is None or r.coverage_after > most + EPS
    ]
    return (*changes, *kept)


def core_courses(nearest: Pathway, goal: str) -> str:
    """The core plan's courses as a proposal names them, in order, and what they are ("SQL para el análisis
    de datos; Visualización de datos y cuadros de mando: what data analyst work centres on"): titles are
    data, the rest a `pl_core_change_*` template, so the chat says it in the reply's language."""
    return f"{'; '.join(s.title for s in nearest.steps)}: what {goal} work centres on"


def asks(r: Relaxation, today: date) -> float:
    """How much a proposal asks: its new value over the learner's (12 h/week for 10 asks 1.2, a budget five
    times theirs 5, 31 weeks for 20 asks 1.55, a deadline by the weeks from `today`); proposals are ordered by
    it. Infinite when it cannot be read (a language, a provider: any numeric change asks less)."""

    def weeks_of(value: object) -> float | None:
        text = str(value)
        if text.endswith(" weeks"):
            text = text[: -len(" weeks")]
        try:
            return float(text)
        except ValueError:
            pass
        try:
            return max(1.0, (date.fromisoformat(text[:10]) - today).days / 7)
        except ValueError:
            return None

    if r.constraint in ("weeks", "deadline"):
        now, needed = weeks_of(r.current), weeks_of(r.needed)
    elif r.constraint == "budget":  # a budget below the floor (free only) counts as the floor, as in a joint
        try:
            now, needed = max(float(str(r.current)), BUDGET_FLOOR), float(str(r.needed))
        except ValueError:
            return math.inf
    else:
        try:
            now, needed = float(str(r.current)), float(str(r.needed))
        except ValueError:
            return math.inf
    if now is None or needed is None or now <= 0:
        return math.inf
    return needed / now
