"""The pathway planner: from a gap and a catalogue to an ordered, scheduled, explained `Pathway`.

`plan_pathway` builds the instance (`instance.py`), selects credentials exactly (MILP, `selection.py`)
when the candidates are few and greedily otherwise, orders and schedules them (`schedule.py`), explains
every step and every uncovered skill, and proposes relaxations when constraints bind (`relaxation.py`).
Pure domain code: no I/O.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from pathfinder.domain import Credential, LearnerProfile, Pathway
from pathfinder.planner.gaps import Gap
from pathfinder.planner.instance import STRATEGIES, CatalogueLookup, check_strategy
from pathfinder.planner.relaxation import essential_coverage
from pathfinder.planner.schedule import order_by_prerequisites, schedule
from pathfinder.planner.session import DEFAULT_HOURS_PER_WEEK, EXACT_LIMIT, PlanningSession

__all__ = [
    "ALTERNATIVES", "DEFAULT_HOURS_PER_WEEK", "EXACT_LIMIT", "STRATEGIES", "CatalogueLookup", "PlanningSession",
    "essential_coverage", "order_by_prerequisites", "plan_alternatives", "plan_pathway", "schedule",
]

ALTERNATIVES = ("fastest", "cheapest", "most-complete")


def plan_pathway(
    profile: LearnerProfile,
    gap: Gap,
    credentials: Sequence[Credential],
    strategy: str = "balanced",
    *,
    today: date | None = None,
    exact_limit: int = EXACT_LIMIT,
    relax: bool = True,
) -> Pathway:
    """The best pathway for `strategy` that fits the profile's constraints, with relaxations when it falls short."""
    check_strategy(strategy)
    session = PlanningSession(gap, credentials, today=today, exact_limit=exact_limit)
    return session.plan_with_relaxations(profile, strategy) if relax else session.plan(profile, strategy)


def plan_alternatives(
    profile: LearnerProfile, gap: Gap, credentials: Sequence[Credential], *, today: date | None = None,
    exact_limit: int = EXACT_LIMIT,
) -> dict[str, Pathway]:
    """The fastest, cheapest and most complete pathways, keyed by strategy."""
    session = PlanningSession(gap, credentials, today=today, exact_limit=exact_limit)
    return {s: session.plan_with_relaxations(profile, s) for s in ALTERNATIVES}
