"""Planning for the pages: gap and pathways for a profile against the served index.

Through the assistant's `PlanService` of the index version (`resources.plans()`), so the pages and the chat
share one cache and get the same plan object for the same inputs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pathfinder.domain import LearnerProfile, Pathway
from pathfinder.ui import resources

if TYPE_CHECKING:
    from pathfinder.planner.gaps import Gap


def plan(profile: LearnerProfile, strategy: str = "balanced") -> tuple[Gap, Pathway]:
    """(gap, pathway) for `profile`; PlanningError (with the fix) when the profile has no usable goal."""
    service = resources.plans()
    return service.gap(profile), service.plan(profile, strategy)


def alternatives(profile: LearnerProfile) -> dict[str, Pathway]:
    """The fastest, cheapest and most complete plans, keyed by strategy."""
    return resources.plans().alternatives(profile)
