"""The pathway planner: from a gap and a catalogue to an ordered, scheduled, explained `Pathway`.

`plan_pathway` builds the instance (`instance.py`), selects credentials exactly (MILP, `selection.py`)
when the candidates are few and greedily otherwise, orders and schedules them (`schedule.py`), explains
every step and every uncovered skill (`explain.py`), and proposes relaxations when constraints bind
(`relaxation.py`). Pure domain code: no I/O.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from pathfinder.domain import Credential, LearnerProfile, Pathway
from pathfinder.planner.gaps import Gap
from pathfinder.planner.instance import DEFAULT_HOURS_PER_WEEK, STRATEGIES, CatalogueLookup, check_strategy
from pathfinder.planner.relaxation import essential_coverage
from pathfinder.planner.schedule import order_by_prerequisites, schedule
from pathfinder.planner.session import EXACT_LIMIT, PlanningSession, with_conversation_language
from pathfinder.planner.stacks import certificate_totals

__all__ = [
    "ALTERNATIVES",
    "DEFAULT_HOURS_PER_WEEK",
    "EXACT_LIMIT",
    "STRATEGIES",
    "CatalogueLookup",
    "PlanningSession",
    "certificate_totals",
    "essential_coverage",
    "order_by_prerequisites",
    "plan_alternatives",
    "plan_pathway",
    "schedule",
    "with_conversation_language",
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
    language: str | None = None,
) -> Pathway:
    """The best pathway for `strategy` that fits the profile's constraints, with relaxations when it falls
    short. `language` (the conversation's) limits the plan's languages when the profile names none."""
    check_strategy(strategy)
    session = PlanningSession(gap, credentials, today=today, exact_limit=exact_limit, language=language)
    return session.plan_with_relaxations(profile, strategy) if relax else session.plan(profile, strategy)


def plan_alternatives(
    profile: LearnerProfile,
    gap: Gap,
    credentials: Sequence[Credential],
    *,
    today: date | None = None,
    exact_limit: int = EXACT_LIMIT,
    language: str | None = None,
) -> dict[str, Pathway]:
    """The fastest, cheapest and most complete pathways, keyed by strategy."""
    session = PlanningSession(gap, credentials, today=today, exact_limit=exact_limit, language=language)
    return {s: session.plan_with_relaxations(profile, s) for s in ALTERNATIVES}
